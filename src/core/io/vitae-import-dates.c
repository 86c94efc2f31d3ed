/* vitae-import-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line importer's reading of dates: a month and its year, a year, a
 * span between two of them, in the languages Vitae reads ("Apr 2021 –
 * Present", "marzo de 2017 - Hoy", "von 08/2000 - bis 01/2003"); after
 * a label ("Expected Graduation: May 2025", "Período: 2021"); in
 * brackets, a word saying they are still to come after them or not;
 * an academic year whose end keeps two digits ("2016-17"); and dates
 * listed ("2021, 2022", "Fall 2020, Spring 2021"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitae-fields.h"
#include "vitae-import-dates.h"
#include "vitae-import-known.h"
#include "vitae-import-private.h"
#include "vitae-locale.h"

static const char * const present_words[] = {
  "present", "current", "currently", "now", "today", "ongoing", "continue", "continuing", "heute", "aktuell", "jetzt", "aujourd'hui",
  "actuel", "présent", "actualidad", "presente", "actual", "oggi", "atual", "atualmente", "heden", "hoy", "hoje",
  "actuellement", "en cours", "momenteel", "obecnie", "настоящее время", "по настоящее время", "н.в.", "сейчас",
  "今", "至今", "现在", "現在",
  NULL
};

/* Words in brackets after dates still to come: "2024 - 2028
 * (expected)". */
static const char * const expected_words[] = {
  "expected", "exp.", "anticipated", "prévu", "prévue", "prévision", "voraussichtlich", "previsto", "prevista",
  "previsión", "previsão", "atteso", "attesa", NULL
};

/* Words before the date of a degree, given or to come, without a
 * label's colon: "Grad. May 2014", "Expected June 2026", "Graduating
 * May 2023", "Expected Graduation December 2021". */
static const char * const degree_date_words[] = {
  "grad.", "graduated", "graduating", "graduation", "expected", "exp.", "anticipated", NULL
};

/* Words that open a span before its start ("von", "from", "de") or its
 * end ("bis", "to", "à", "hasta"), or a span still open ("since 2019",
 * "seit 05.2016", "depuis juin 2022", "desde 2024"). */
static const char * const span_words[] = {
  "von", "vom", "from", "de", "du", "desde", "dal", "bis", "to", "until", "till", "au", "à", "hasta", "al", "até", NULL
};
static const char * const since_words[] = {
  "since", "seit", "depuis", "desde", "dal", "dès", NULL
};

/* Words a label names a birth date with, which is no entry's date. */
static const char * const birth_words[] = {
  "birth", "born", "birthday", "naissance", "né", "née", "geburtsdatum", "geboren", "nascimento", "nacimiento",
  "nascita", NULL
};

gboolean
_vitae_import_is_present (const char *word)
{
  g_autoptr(GString) plain = g_string_new (word);
  g_autofree char *folded = NULL;

  /* (A typographic apostrophe for the straight one: "aujourd’hui".) */
  g_string_replace (plain, "\u2019", "'", 0);
  folded = g_utf8_casefold (plain->str, -1);
  g_strstrip (folded);
  return g_strv_contains (present_words, folded) || vitae_locale_match_present (folded, NULL);
}

/* Whether the first word of @text, folded and without a colon after it,
 * is one of @words; @rest is set after it and the spaces that follow. */
static gboolean
starts_with_word (const char          *text,
                  const char * const  *words,
                  const char         **rest)
{
  const char *space = strchr (text, ' ');
  g_autofree char *word = NULL;
  gsize len;

  if (space == NULL || space == text)
    return FALSE;
  word = g_utf8_casefold (text, space - text);
  len = strlen (word);
  if (len > 1 && word[len - 1] == ':')
    word[len - 1] = '\0';
  if (!g_strv_contains (words, word))
    return FALSE;
  while (*space == ' ')
    space++;
  *rest = space;
  return *space != '\0';
}

/**
 * _vitae_import_after_date_label:
 * @text: dates being read
 *
 * The dates after a label of up to three words of letters and a colon
 * ("Issued: 2023", "Expected Graduation: May 2025", "Período: 2021",
 * "Graduated : 2024"), not a birth date's label ("Date of birth:").
 *
 * Returns: the text after the label's colon, or @text
 */
const char *
_vitae_import_after_date_label (const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  g_auto(GStrv) words = NULL;

  if (colon == NULL || colon == text || colon - text > 30 || colon[1] != ' ')
    return text;
  for (const char *p = text; p < colon; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)) && *p != ' ' && *p != '.')
      return text;
  label = g_strstrip (g_utf8_casefold (text, colon - text));
  words = g_strsplit (label, " ", -1);
  if (label[0] == '\0' || g_strv_length (words) > 3)
    return text;
  for (guint i = 0; words[i]; i++)
    for (guint k = 0; birth_words[k]; k++)
      if (g_str_has_prefix (words[i], birth_words[k]))
        return text;
  return colon + 1;
}

/* A month's name, or an abbreviation with a dot that starts as one's
 * three letters do ("Septs.", "Sept." for September). */
static int
match_month (const char *word)
{
  int month = vitae_locale_match_month (word, NULL);
  gsize len = strlen (word);

  if (month <= 0 && len >= 5 && len <= 6 && word[len - 1] == '.')
    {
      g_autofree char *three = g_strndup (word, 3);

      for (gsize i = 0; i + 1 < len; i++)
        if (!g_ascii_isalpha (word[i]))
          return 0;
      month = vitae_locale_match_month (three, NULL);
    }
  return month;
}

/* A date as vitae_date_normalize() reads it, or a month named in a
 * document language and a year, in either order ("يناير 2020",
 * "מרץ 2019"). */
static char *
normalize_plain_date (const char *text)
{
  g_auto(GStrv) words = NULL;
  char *date;
  int d1, d2, d3;
  char sep1, sep2, rest;

  /* "3.64": a grade, a decimal number (a month's number before a year
   * cut short has its zero, "03.18"). */
  if (g_ascii_isdigit (text[0]) && text[1] == '.' && g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) &&
      text[4] == '\0')
    return NULL;
  words = g_strsplit (text, " ", -1);
  date = vitae_date_normalize (text);

  /* A day's date, "24/03/2025", "24.03.2025", "24-03-2025" (or
   * "03/24/2025"): its month. */
  if (date == NULL && sscanf (text, " %2d%c%2d%c%4d%c", &d1, &sep1, &d2, &sep2, &d3, &rest) == 5 &&
      sep1 == sep2 && (sep1 == '/' || sep1 == '.' || sep1 == '-') && d3 >= 1000 && d1 >= 1 && d2 >= 1 &&
      (d1 <= 12 || d2 <= 12) && d1 <= 31 && d2 <= 31)
    date = g_strdup_printf ("%04d-%02d", d3, d2 <= 12 ? d2 : d1);

  if (date == NULL && g_strv_length (words) == 2)
    {
      for (guint i = 0; i < 2 && date == NULL; i++)
        {
          int month = match_month (words[i]);
          const char *year = words[1 - i];

          if (month > 0 && strlen (year) == 4 && g_ascii_isdigit (year[0]) && g_ascii_isdigit (year[3]))
            date = g_strdup_printf ("%s-%02d", year, month);
        }
      /* A season and a year ("Summer 2022", "Été 2022"): the year. */
      if (date == NULL && _vitae_import_is_season (words[0]) && strlen (words[1]) == 4 && g_ascii_isdigit (words[1][0]) &&
          g_ascii_isdigit (words[1][3]))
        date = g_strdup (words[1]);
    }
  /* A month's name and its year joined by a slash, as Brazil writes
   * them: "Abril/2019", "Set/2020". */
  if (date == NULL && g_strv_length (words) == 1 && strchr (text, '/') != NULL &&
      strchr (text, '/') == strrchr (text, '/') && g_unichar_isalpha (g_utf8_get_char (text)))
    {
      g_autofree char *spaced = g_strdup (text);

      *strchr (spaced, '/') = ' ';
      date = normalize_plain_date (spaced);
    }
  /* "de" between the month and the year: "marzo de 2017", "Verano de
   * 2018". */
  if (date == NULL && g_strv_length (words) == 3 && (g_str_equal (words[1], "de") || g_str_equal (words[1], "del")))
    {
      g_autofree char *two = g_strdup_printf ("%s %s", words[0], words[2]);

      date = normalize_plain_date (two);
    }
  return date;
}

/* A date as normalize_plain_date() reads it, after a word opening a
 * span's start or its end or not ("von 08/2000", "bis 01/2003"). */
static char *
normalize_date (const char *text)
{
  const char *rest = text;
  char *date = normalize_plain_date (text);

  if (date == NULL && starts_with_word (rest, span_words, &rest))
    date = normalize_plain_date (rest);
  return date;
}

/**
 * _vitae_import_short_end_year:
 * @start: the start of a span read as a year ("2016")
 * @end: its end as written, the year's last two digits ("17")
 *
 * The end of an academic year or a span written short ("2016-17",
 * "2015–19"): the year ending in those digits one to ten years after
 * @start.
 *
 * Returns: (nullable): the end's year, or %NULL
 */
char *
_vitae_import_short_end_year (const char *start,
                              const char *end)
{
  g_autofree char *two = g_strstrip (g_strdup (end));
  int first, last;

  if (start == NULL || strlen (start) != 4 || strlen (two) != 2 || !g_ascii_isdigit (two[0]) || !g_ascii_isdigit (two[1]))
    return NULL;
  first = atoi (start);
  last = first / 100 * 100 + atoi (two);
  if (last <= first)
    last += 100;
  if (last - first > 10)
    return NULL;
  return g_strdup_printf ("%04d", last);
}

/* Whether @text holds four digits in a row. */
static gboolean
has_year (const char *text)
{
  for (const char *p = text; *p; p++)
    if (strspn (p, "0123456789") >= 4)
      return TRUE;
  return FALSE;
}

/**
 * _vitae_import_parse_date_list:
 * @text: dates being read
 * @start: (out): where the earliest goes
 * @end: (out): where the latest goes ("" for "Present")
 *
 * Reads dates listed with commas or "and" between them ("2021, 2022",
 * "December 2020, May 2021", "Fall 2022, Spring 2021, and Fall 2020",
 * "2012 – 2015, 2018 – 2023", "2017-18, 2018-19") as the span from the
 * earliest to the latest.
 *
 * Returns: whether @text is two dates or more, and nothing else
 */
gboolean
_vitae_import_parse_date_list (const char  *text,
                               char       **start,
                               char       **end)
{
  static const char * const ands[] = { ", and ", ", & ", " and ", " & ", " et ", " und ", " y ", " e ", NULL };
  g_autoptr(GString) flat = g_string_new (text);
  g_auto(GStrv) pieces = NULL;
  g_autofree char *first = NULL, *last = NULL;

  for (guint i = 0; ands[i]; i++)
    g_string_replace (flat, ands[i], ", ", 0);
  if (strchr (flat->str, ',') == NULL || g_utf8_strlen (flat->str, -1) > 90)
    return FALSE;
  pieces = g_strsplit (flat->str, ",", -1);
  if (g_strv_length (pieces) < 2)
    return FALSE;
  for (guint i = 0; pieces[i]; i++)
    {
      g_autofree char *s = NULL, *e = NULL;
      const char *from;

      /* (Each with its year: "May 15, 2020" is one day.) */
      if (!has_year (g_strstrip (pieces[i])) || !_vitae_import_parse_dates (pieces[i], &s, &e))
        return FALSE;
      from = s != NULL ? s : e;
      if (from[0] != '\0' && (first == NULL || strcmp (from, first) < 0))
        {
          g_free (first);
          first = g_strdup (from);
        }
      if (last == NULL || e[0] == '\0' || (last[0] != '\0' && strcmp (e, last) > 0))
        {
          g_free (last);
          last = g_strdup (e);
        }
    }
  if (first == NULL || last == NULL)
    return FALSE;
  *start = g_strcmp0 (first, last) == 0 ? NULL : g_steal_pointer (&first);
  *end = g_steal_pointer (&last);
  return TRUE;
}

/* What stands between the dates of a span: dashes, words, and the word
 * of each document language's "date.range" ("{start} حتى {end}"). */
static GPtrArray *
range_words (void)
{
  static const char * const dashes[] = {
    " – ", " — ", " - ", " \u2011 ", "–", "—", " to ", " bis ", " à ", " 至 ", "至", " ~ ", "~", "〜", NULL
  };
  static const char * const languages[] = { "ar", "he", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "ko", NULL };
  static gsize words;

  if (g_once_init_enter (&words))
    {
      GPtrArray *found = g_ptr_array_new ();

      for (guint i = 0; dashes[i]; i++)
        g_ptr_array_add (found, (char *) dashes[i]);
      for (guint i = 0; languages[i]; i++)
        {
          const char *range = vitae_locale_get_string (languages[i], "date.range");
          const char *open = range ? strstr (range, "{start}") : NULL;
          const char *close = range ? strstr (range, "{end}") : NULL;
          g_autofree char *word = NULL;

          if (open == NULL || close == NULL || close <= open + strlen ("{start}"))
            continue;
          word = g_strndup (open + strlen ("{start}"), close - open - strlen ("{start}"));
          if (g_utf8_strlen (word, -1) > 2 && !g_ptr_array_find_with_equal_func (found, word, g_str_equal, NULL))
            g_ptr_array_add (found, (char *) g_intern_string (word));
        }
      g_once_init_leave (&words, (gsize) found);
    }
  return (GPtrArray *) words;
}

/* Takes off brackets around a span ("(2018 - 2020)", "[2014-2018]";
 * not around a year alone, "(2022)", or a list, "(2017, 2019)", part of
 * a title), and after it a span's length ("11/2021 – 10/2023
 * (2 years)") or a word saying it is still to come ("2024 - 2028
 * (expected)"). */
static char *
unwrap_dates (char *stripped)
{
  gsize len = strlen (stripped);
  char *open;

  if (len > 2 && ((stripped[0] == '(' && stripped[len - 1] == ')') || (stripped[0] == '[' && stripped[len - 1] == ']')) &&
      (strpbrk (stripped, "-~") != NULL || strstr (stripped, "–") != NULL || strstr (stripped, "—") != NULL))
    {
      char *inner = g_strstrip (g_strndup (stripped + 1, len - 2));

      g_free (stripped);
      stripped = inner;
    }
  open = strrchr (stripped, '(');
  if (open != NULL && open > stripped && open[-1] == ' ' && g_str_has_suffix (open, ")"))
    {
      g_autofree char *word = g_utf8_casefold (open + 1, strlen (open) - 2);

      if (_vitae_import_has_digit (open) || g_strv_contains (expected_words, g_strstrip (word)))
        {
          *open = '\0';
          g_strstrip (stripped);
        }
    }
  return stripped;
}

/* Reads @stripped as two dates with a dash or a word between them,
 * the first of @range_words() that it holds. */
static gboolean
read_range (const char  *stripped,
            gboolean    *found,
            char       **start,
            char       **end)
{
  for (guint i = 0; i < range_words ()->len; i++)
    {
      const char *dash = strstr (stripped, g_ptr_array_index (range_words (), i));

      if (dash != NULL)
        {
          g_autofree char *left = g_strstrip (g_strndup (stripped, dash - stripped));
          const char *right = dash + strlen (g_ptr_array_index (range_words (), i));
          g_autofree char *a = normalize_date (left);
          g_autofree char *b = _vitae_import_is_present (right) ? g_strdup ("") : normalize_date (right);

          *found = TRUE;
          if (a != NULL && b == NULL)
            b = _vitae_import_short_end_year (a, right);
          /* A month, a dash and its year: "June - 2018". */
          if (a == NULL && b != NULL && strlen (b) == 4 && left[0] != '\0' && strchr (left, ' ') == NULL)
            {
              g_autofree char *joined = g_strdup_printf ("%s %s", left, b);
              g_autofree char *month = normalize_plain_date (joined);

              if (month != NULL && strlen (month) == 7)
                {
                  *end = g_steal_pointer (&month);
                  return TRUE;
                }
            }
          if (a == NULL && b != NULL)
            a = _vitae_import_month_before_end (left, b);
          if (a == NULL || b == NULL)
            return FALSE;
          *start = g_steal_pointer (&a);
          *end = g_steal_pointer (&b);
          return TRUE;
        }
    }
  *found = FALSE;
  return FALSE;
}

/* A span whose hyphen has no spaces around it: "2015-2019", "2016-17",
 * "09/2020-06/2022" (a year and a month, "2020-05", read before). */
static gboolean
read_hyphen_span (const char  *stripped,
                  char       **start,
                  char       **end)
{
  for (const char *h = strchr (stripped, '-'); h != NULL; h = strchr (h + 1, '-'))
    {
      g_autofree char *left = NULL, *a = NULL, *b = NULL;

      if (h == stripped || !g_ascii_isdigit (h[-1]) || strlen (h + 1) < 2)
        continue;
      left = g_strndup (stripped, h - stripped);
      a = normalize_date (left);
      b = _vitae_import_is_present (h + 1) ? g_strdup ("") : strlen (h + 1) < 4 ? NULL : normalize_date (h + 1);
      if (a != NULL && b == NULL)
        b = _vitae_import_short_end_year (a, h + 1);
      if (a != NULL && b != NULL)
        {
          *start = g_steal_pointer (&a);
          *end = g_steal_pointer (&b);
          return TRUE;
        }
    }
  return FALSE;
}

/* Reads "Apr 2021 – Present", "2019 – 2021", "Mar 2023", "Aug’14 –
 * July’15", "Issued: 2023" into ISO dates; @end is "" for "Present". */
static gboolean
read_dates (const char  *text,
            char       **start,
            char       **end)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GString) spaced = NULL;
  const char *rest;
  gboolean found;

  *start = *end = NULL;
  /* A label before the dates: "Issued: 2023", "Período: 2021". */
  text = _vitae_import_after_date_label (text);
  /* (Up to two words before a degree's date: "Expected Graduation".) */
  for (guint i = 0; i < 2 && starts_with_word (text, degree_date_words, &rest); i++)
    text = rest;
  /* A short year glued to its month: "Aug’14" reads as "Aug ’14". */
  spaced = g_string_new (text);
  for (gsize i = 1; i < spaced->len; i++)
    if (g_ascii_isalpha (spaced->str[i - 1]) &&
        (spaced->str[i] == '\'' || g_str_has_prefix (spaced->str + i, "\u2019")) &&
        g_ascii_isdigit (spaced->str[i + (spaced->str[i] == '\'' ? 1 : strlen ("\u2019"))]))
      g_string_insert_c (spaced, i++, ' ');
  _vitae_import_turn_year_quotes (spaced);
  stripped = unwrap_dates (g_strstrip (g_string_free (g_steal_pointer (&spaced), FALSE)));
  if (stripped[0] == '\0')
    return FALSE;
  if (_vitae_import_parse_date_list (stripped, start, end))
    return TRUE;
  if (g_utf8_strlen (stripped, -1) > 40)
    return FALSE;

  /* A span left open: "Jan. 2025 ~", "2021 –", "since 2019". */
  {
    const char *open_ends[] = { " ~", " –", " -", " —" };

    for (guint i = 0; i < G_N_ELEMENTS (open_ends); i++)
      if (g_str_has_suffix (stripped, open_ends[i]))
        {
          g_autofree char *left = g_strndup (stripped, strlen (stripped) - strlen (open_ends[i]));

          *start = normalize_date (left);
          if (*start == NULL)
            return FALSE;
          *end = g_strdup ("");
          return TRUE;
        }
    if (starts_with_word (stripped, since_words, &rest) && (*start = normalize_plain_date (rest)) != NULL)
      {
        *end = g_strdup ("");
        return TRUE;
      }
  }

  if (read_range (stripped, &found, start, end))
    return TRUE;
  if (found)
    return FALSE;

  {
    g_autofree char *single = normalize_date (stripped);

    if (single != NULL)
      {
        *end = g_steal_pointer (&single);
        return TRUE;
      }
  }
  if (read_hyphen_span (stripped, start, end))
    return TRUE;
  return _vitae_import_months_of_year (stripped, start, end);
}

/* Whether @date, an ISO date or "" or NULL, is in a year a resume can
 * name: a life's, a degree's still to come. "11 9554-3190" is a phone
 * number (São Paulo's area code and eight digits), no month of the year
 * 9554. */
static gboolean
is_plausible_year (const char *date)
{
  gint64 year;

  if (date == NULL || date[0] == '\0')
    return TRUE;
  year = g_ascii_strtoll (date, NULL, 10);
  return year >= 1900 && year <= 2099;
}

static gboolean
parse_dates (const char  *text,
             char       **start,
             char       **end)
{
  if (!read_dates (text, start, end))
    return FALSE;
  if (is_plausible_year (*start) && is_plausible_year (*end))
    return TRUE;
  g_clear_pointer (start, g_free);
  g_clear_pointer (end, g_free);
  return FALSE;
}

/* The dates read of the lines read so far (an import asks of each of
 * its lines many times over), for the language the names of the months
 * are read in (vitae-import-known.c). Bounded: a hostile file's lines
 * are all different. */
#define MAX_KNOWN_DATES 4096

typedef struct
{
  gboolean found;
  char    *start, *end;
} KnownDates;

static void
known_dates_free (gpointer data)
{
  KnownDates *known = data;

  g_free (known->start);
  g_free (known->end);
  g_free (known);
}

static GMutex known_lock;
static GHashTable *known_dates;
static char *known_language;

/**
 * _vitae_import_parse_dates:
 * @text: a line, or a part of one
 * @start: (out) (transfer full): the start, an ISO date
 * @end: (out) (transfer full): the end; "" for "Present"
 *
 * Reads "Apr 2021 – Present", "2019 – 2021", "Mar 2023", "Aug’14 –
 * July’15", "Issued: 2023" into ISO dates.
 *
 * Returns: whether @text is dates
 */
gboolean
_vitae_import_parse_dates (const char  *text,
                           char       **start,
                           char       **end)
{
  g_autofree char *language = _vitae_import_known_language ();
  KnownDates *known;
  gboolean found;

  g_mutex_lock (&known_lock);
  if (known_dates == NULL || g_strcmp0 (known_language, language) != 0 ||
      g_hash_table_size (known_dates) >= MAX_KNOWN_DATES)
    {
      g_clear_pointer (&known_dates, g_hash_table_unref);
      known_dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, known_dates_free);
      g_free (known_language);
      known_language = g_strdup (language);
    }
  known = g_hash_table_lookup (known_dates, text);
  if (known != NULL)
    {
      *start = g_strdup (known->start);
      *end = g_strdup (known->end);
      found = known->found;
      g_mutex_unlock (&known_lock);
      return found;
    }
  g_mutex_unlock (&known_lock);

  found = parse_dates (text, start, end);
  known = g_new0 (KnownDates, 1);
  known->found = found;
  known->start = g_strdup (*start);
  known->end = g_strdup (*end);
  g_mutex_lock (&known_lock);
  if (known_dates != NULL && g_strcmp0 (known_language, language) == 0)
    g_hash_table_replace (known_dates, g_strdup (text), g_steal_pointer (&known));
  g_mutex_unlock (&known_lock);
  if (known != NULL)
    known_dates_free (known);
  return found;
}
