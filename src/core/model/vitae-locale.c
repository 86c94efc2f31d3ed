/* vitae-locale.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document language's words, as data: data/catalog/40-locale.sql is
 * loaded into the keyword catalog's SQLite database like every catalog
 * file, and turned at build time into the tables of vitae-locale-table.h
 * (build-aux/gen-locale-table.py, which lets SQLite run the same file), so
 * that the model (and the renderer and exporters that may only use the
 * model) need no database and parse nothing. */

#define G_LOG_DOMAIN "vitae-locale"

#include "config.h"

#include <string.h>

#include "vitae-fields.h"
#include "vitae-language.h"
#include "vitae-locale.h"
#include "vitae-section.h"

#define FALLBACK "en"

/* A row of the locale_strings or locale_aliases table. */
typedef struct
{
  const char *language;
  const char *key;
  const char *value;
} LocaleRow;

#include "vitae-locale-table.h"

typedef struct
{
  const char *language;   /* interned */
  const char *key;        /* interned: "heading.experience", "present", "month.4" */
} Match;

typedef struct
{
  GHashTable *strings;    /* "language\x1fkey" → value */
  GHashTable *languages;  /* interned language → itself */
  GHashTable *matches;    /* folded text → Match, the first language that has it */
} LocaleData;

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;

  return TRUE;
}

static char *
fold (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  gsize len;

  /* Most headings are ASCII, which NFKC leaves as it is and which folds
   * as its small letters: the tables are built at every start. */
  if (is_ascii (text))
    folded = g_strstrip (g_ascii_strdown (text, -1));
  else if ((normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC)) == NULL)
    return NULL;
  else
    folded = g_utf8_casefold (g_strstrip (normal), -1);
  /* Turkish capitals fold as their small letters do: "İŞ DENEYİMİ" (an i
   * and a dot above) and "HAKKIMDA" (i for ı) read as "İş Deneyimi" and
   * "Hakkımda". */
  if (strstr (folded, "\xc4\xb1") != NULL || strstr (folded, "i\xcc\x87") != NULL)
    {
      g_autoptr(GString) plain = g_string_new (folded);

      g_string_replace (plain, "\xc4\xb1", "i", 0);
      g_string_replace (plain, "i\xcc\x87", "i", 0);
      g_free (folded);
      folded = g_string_free (g_steal_pointer (&plain), FALSE);
    }
  len = strlen (folded);
  /* "Experience:", "Berufserfahrung :", "学歴：" (NFKC made it ":") */
  while (len > 0 && (folded[len - 1] == ':' || g_ascii_isspace (folded[len - 1])))
    folded[--len] = '\0';

  return g_steal_pointer (&folded);
}

static void
add_match (LocaleData *data,
           const char *language,
           const char *key,
           const char *text)
{
  g_autofree char *folded = NULL;
  Match *match;

  if (!g_str_has_prefix (key, "heading.") && !g_str_equal (key, "present") && !g_str_has_prefix (key, "month."))
    return;
  folded = fold (text);
  if (folded == NULL || folded[0] == '\0' || g_hash_table_contains (data->matches, folded))
    return;

  match = g_new (Match, 1);
  match->language = language;
  match->key = g_intern_string (key);
  g_hash_table_insert (data->matches, g_steal_pointer (&folded), match);
}

static void
add_rows (LocaleData      *data,
          const LocaleRow *rows,
          gsize            n_rows,
          gboolean         strings)
{
  for (gsize i = 0; i < n_rows; i++)
    {
      const char *language = g_intern_static_string (rows[i].language);

      /* A language is one documents print in when it has strings; one
       * with other wordings only is read on import. */
      if (strings)
        g_hash_table_add (data->languages, (gpointer) language);
      if (strings)
        g_hash_table_insert (data->strings, g_strconcat (language, "\x1f", rows[i].key, NULL),
                             (gpointer) rows[i].value);
      add_match (data, language, rows[i].key, rows[i].value);
    }
}

static LocaleData *
get_data (void)
{
  static LocaleData *locale_data;

  if (g_once_init_enter (&locale_data))
    {
      LocaleData *data = g_new0 (LocaleData, 1);

      data->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      data->languages = g_hash_table_new (g_str_hash, g_str_equal);
      data->matches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      add_rows (data, locale_strings, G_N_ELEMENTS (locale_strings), TRUE);
      add_rows (data, locale_aliases, G_N_ELEMENTS (locale_aliases), FALSE);

      g_once_init_leave (&locale_data, data);
    }

  return locale_data;
}

/* The primary language of @language if there is data for it, else English. */
static const char *
resolve (const char *language)
{
  LocaleData *data = get_data ();
  g_autofree char *primary = vitae_language_dup_primary (language);
  const char *found;

  if (primary != NULL && (found = g_hash_table_lookup (data->languages, primary)) != NULL)
    return found;

  return FALLBACK;
}

/**
 * vitae_locale_has_language:
 * @language: (nullable): a BCP 47 tag
 *
 * Returns: whether there are headings and dates for @language
 */
gboolean
vitae_locale_has_language (const char *language)
{
  g_autofree char *primary = vitae_language_dup_primary (language);

  return primary != NULL && g_hash_table_contains (get_data ()->languages, primary);
}

/**
 * vitae_locale_get_string:
 * @language: (nullable): a BCP 47 tag; %NULL for English
 * @key: a key of the locale_strings table: "heading.experience",
 *   "month.4", "date.month-year", "date.range", "present"
 *
 * Returns: (transfer none): the text of @key in @language, else in
 *   English, else @key itself
 */
const char *
vitae_locale_get_string (const char *language,
                         const char *key)
{
  LocaleData *data = get_data ();
  g_autofree char *lookup = NULL;
  const char *value;

  g_return_val_if_fail (key != NULL, NULL);

  lookup = g_strconcat (resolve (language), "\x1f", key, NULL);
  if ((value = g_hash_table_lookup (data->strings, lookup)) != NULL)
    return value;

  g_free (lookup);
  lookup = g_strconcat (FALLBACK, "\x1f", key, NULL);
  if ((value = g_hash_table_lookup (data->strings, lookup)) != NULL)
    return value;

  return key;
}

/**
 * vitae_locale_get_heading:
 * @language: (nullable): a BCP 47 tag
 * @section_id: "summary" or a section kind's id ("experience")
 *
 * Returns: (transfer none): the standard heading in @language
 */
const char *
vitae_locale_get_heading (const char *language,
                          const char *section_id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (section_id != NULL, NULL);

  key = g_strconcat ("heading.", section_id, NULL);
  return g_intern_string (vitae_locale_get_string (language, key));
}

/**
 * vitae_locale_get_section_heading:
 * @language: (nullable): a BCP 47 tag
 * @kind: a section kind
 *
 * Returns: (transfer none): the standard heading of @kind in @language
 */
const char *
vitae_locale_get_section_heading (const char       *language,
                                  VitaeSectionKind  kind)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, NULL);

  return vitae_locale_get_heading (language, vitae_section_kind_to_id (kind));
}

/**
 * vitae_locale_get_section_title:
 * @language: (nullable): a BCP 47 tag
 * @section: a section
 *
 * Returns: (transfer none): the heading @section prints under: the title
 *   the user gave it, as typed, else the standard heading of its kind in
 *   @language
 */
const char *
vitae_locale_get_section_title (const char   *language,
                                VitaeSection *section)
{
  const char *title;

  g_return_val_if_fail (VITAE_IS_SECTION (section), NULL);

  title = vitae_node_get_text (VITAE_NODE (section), "title");
  if (title[0] != '\0')
    return title;

  return vitae_locale_get_section_heading (language, vitae_section_get_kind (section));
}

/**
 * vitae_locale_get_month:
 * @language: (nullable): a BCP 47 tag
 * @month: 1–12
 *
 * Returns: (transfer none): the month's name as dates in @language show it
 */
const char *
vitae_locale_get_month (const char *language,
                        int         month)
{
  char key[16];

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  g_snprintf (key, sizeof key, "month.%d", month);
  return vitae_locale_get_string (language, key);
}

/**
 * vitae_locale_get_present:
 * @language: (nullable): a BCP 47 tag
 *
 * Returns: (transfer none): the word for an end that has not come
 *   ("Present", "heute", "至今")
 */
const char *
vitae_locale_get_present (const char *language)
{
  return vitae_locale_get_string (language, "present");
}

/* @pattern with each "{name}" replaced by its value, in one pass. */
static char *
expand (const char *pattern,
        const char *name1,
        const char *value1,
        const char *name2,
        const char *value2)
{
  GString *out = g_string_new (NULL);

  for (const char *p = pattern; *p; )
    {
      if (*p == '{')
        {
          gsize len1 = strlen (name1), len2 = strlen (name2);

          if (strncmp (p + 1, name1, len1) == 0 && p[1 + len1] == '}')
            {
              g_string_append (out, value1);
              p += len1 + 2;
              continue;
            }
          if (strncmp (p + 1, name2, len2) == 0 && p[1 + len2] == '}')
            {
              g_string_append (out, value2);
              p += len2 + 2;
              continue;
            }
        }
      g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/**
 * vitae_locale_format_date:
 * @language: (nullable): a BCP 47 tag
 * @iso: (nullable): an ISO 8601 date
 *
 * Returns: (transfer full): the date as a reader of @language sees it:
 *   "Apr 2021", "April 2021", "2021年4月", or the year alone; text that is
 *   not an ISO date as it is
 */
char *
vitae_locale_format_date (const char *language,
                          const char *iso)
{
  int year, month;
  char year_text[16];

  if (!vitae_date_parse (iso, &year, &month))
    return g_strdup (iso ? iso : "");

  g_snprintf (year_text, sizeof year_text, "%d", year);
  if (month == 0)
    return g_strdup (year_text);

  return expand (vitae_locale_get_string (language, "date.month-year"),
                 "month", vitae_locale_get_month (language, month),
                 "year", year_text);
}

/**
 * vitae_locale_format_span:
 * @language: (nullable): a BCP 47 tag
 * @start: (nullable): the start, an ISO date or free text
 * @end: (nullable): the end, an ISO date or free text
 *
 * Returns: (transfer full): the span as a reader of @language sees it:
 *   "Apr 2021 – Jun 2023", "April 2021 – heute" (a start and no end), the
 *   end alone, or "" when there is neither
 */
char *
vitae_locale_format_span (const char *language,
                          const char *start,
                          const char *end)
{
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  gboolean has_start = start != NULL && start[0] != '\0';
  gboolean has_end = end != NULL && end[0] != '\0';

  if (!has_start)
    return has_end ? vitae_locale_format_date (language, end) : g_strdup ("");

  start_text = vitae_locale_format_date (language, start);
  end_text = has_end ? vitae_locale_format_date (language, end)
                     : g_strdup (vitae_locale_get_present (language));

  return expand (vitae_locale_get_string (language, "date.range"),
                 "start", start_text, "end", end_text);
}

/**
 * vitae_locale_format_study:
 * @language: (nullable): a BCP 47 tag
 * @degree: a degree ("BSc", "Licence")
 * @area: its field of study ("Physics", "informatique")
 *
 * Returns: (transfer full): the degree and its field as @language writes
 *   them: "BSc in Physics", "Licence en informatique", "学士（工学）"
 */
char *
vitae_locale_format_study (const char *language,
                           const char *degree,
                           const char *area)
{
  g_return_val_if_fail (degree != NULL && area != NULL, NULL);

  return expand (vitae_locale_get_string (language, "entry.study"),
                 "degree", degree, "area", area);
}

static const Match *
lookup_match (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  folded = fold (text);
  if (folded == NULL)
    return NULL;

  return g_hash_table_lookup (get_data ()->matches, folded);
}

/**
 * vitae_locale_match_heading:
 * @text: (nullable): a line of a resume
 * @language: (out) (optional) (transfer none): the language of the heading
 *
 * Recognises a standard section heading in any document language, in any
 * case, with a trailing colon or not: "EXPERIENCE", "Berufserfahrung:",
 * "Formação acadêmica", "職務経歴".
 *
 * Returns: (nullable): "summary" or the id of the section kind, or %NULL
 */
const char *
vitae_locale_match_heading (const char  *text,
                            const char **language)
{
  const Match *match = lookup_match (text);

  if (match == NULL || !g_str_has_prefix (match->key, "heading."))
    return NULL;
  if (language != NULL)
    *language = match->language;

  return match->key + strlen ("heading.");
}

/**
 * vitae_locale_match_present:
 * @text: (nullable): the end of a span of dates
 * @language: (out) (optional) (transfer none): the language of the word
 *
 * Returns: whether @text says "until now" in a document language
 *   ("Present", "heute", "настоящее время", "至今")
 */
gboolean
vitae_locale_match_present (const char  *text,
                            const char **language)
{
  const Match *match = lookup_match (text);

  if (match == NULL || !g_str_equal (match->key, "present"))
    return FALSE;
  if (language != NULL)
    *language = match->language;

  return TRUE;
}

/**
 * vitae_locale_match_month:
 * @word: (nullable): a word of a date
 * @language: (out) (optional) (transfer none): the language of the name
 *
 * Returns: the month 1–12 that @word names as a document language writes
 *   it in a date ("März", "avril", "апрель", "4月", "Ene."), or 0
 */
int
vitae_locale_match_month (const char  *word,
                          const char **language)
{
  const Match *match = lookup_match (word);

  /* A name shortened with a full stop: "Ene.", "Okt.", "févr." */
  if (match == NULL && word != NULL && g_str_has_suffix (word, ".") && strlen (word) > 2)
    {
      g_autofree char *bare = g_strndup (word, strlen (word) - 1);

      match = lookup_match (bare);
    }

  if (match == NULL || !g_str_has_prefix (match->key, "month."))
    return 0;
  if (language != NULL)
    *language = match->language;

  return (int) g_ascii_strtoll (match->key + strlen ("month."), NULL, 10);
}
