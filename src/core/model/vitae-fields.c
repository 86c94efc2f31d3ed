/* vitae-fields.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-fields"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "vitae-fields.h"

/* Which fields an entry of each kind shows, in the order the editor lists
 * them. The first one is what names the entry in an outline or a heading. */

static const VitaeFieldInfo experience_fields[] = {
  { "role",         VITAE_FIELD_TEXT,      N_("Position") },
  { "organization", VITAE_FIELD_TEXT,      N_("Company") },
  { "location",     VITAE_FIELD_TEXT,      N_("Location") },
  { "start",        VITAE_FIELD_DATE,      N_("Start") },
  { "end",          VITAE_FIELD_DATE,      N_("End") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
  { "description",  VITAE_FIELD_TEXT,      N_("Company Description") },
  { "summary",      VITAE_FIELD_MULTILINE, N_("Summary") },
};

static const VitaeFieldInfo volunteer_fields[] = {
  { "role",         VITAE_FIELD_TEXT,      N_("Position") },
  { "organization", VITAE_FIELD_TEXT,      N_("Organization") },
  { "start",        VITAE_FIELD_DATE,      N_("Start") },
  { "end",          VITAE_FIELD_DATE,      N_("End") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
  { "summary",      VITAE_FIELD_MULTILINE, N_("Summary") },
};

static const VitaeFieldInfo projects_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Project") },
  { "description",  VITAE_FIELD_TEXT,      N_("Description") },
  { "roles",        VITAE_FIELD_LIST,      N_("Roles") },
  { "entity",       VITAE_FIELD_TEXT,      N_("Organization") },
  { "type",         VITAE_FIELD_TEXT,      N_("Type") },
  { "start",        VITAE_FIELD_DATE,      N_("Start") },
  { "end",          VITAE_FIELD_DATE,      N_("End") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
  { "keywords",     VITAE_FIELD_LIST,      N_("Technologies") },
};

static const VitaeFieldInfo education_fields[] = {
  { "organization", VITAE_FIELD_TEXT,      N_("Institution") },
  { "degree",       VITAE_FIELD_TEXT,      N_("Degree") },
  { "area",         VITAE_FIELD_TEXT,      N_("Field of Study") },
  { "start",        VITAE_FIELD_DATE,      N_("Start") },
  { "end",          VITAE_FIELD_DATE,      N_("End") },
  { "score",        VITAE_FIELD_TEXT,      N_("Grade") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
  { "courses",      VITAE_FIELD_LIST,      N_("Courses") },
};

static const VitaeFieldInfo skills_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Group") },
  { "keywords",     VITAE_FIELD_LIST,      N_("Skills") },
  { "level",        VITAE_FIELD_TEXT,      N_("Level") },
};

static const VitaeFieldInfo certifications_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Certificate") },
  { "issuer",       VITAE_FIELD_TEXT,      N_("Issuer") },
  { "date",         VITAE_FIELD_DATE,      N_("Date") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
};

static const VitaeFieldInfo awards_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Award") },
  { "awarder",      VITAE_FIELD_TEXT,      N_("Awarded By") },
  { "date",         VITAE_FIELD_DATE,      N_("Date") },
  { "summary",      VITAE_FIELD_MULTILINE, N_("Summary") },
};

static const VitaeFieldInfo publications_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Title") },
  { "publisher",    VITAE_FIELD_TEXT,      N_("Publisher") },
  { "date",         VITAE_FIELD_DATE,      N_("Date") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
  { "summary",      VITAE_FIELD_MULTILINE, N_("Summary") },
};

static const VitaeFieldInfo languages_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Language") },
  { "fluency",      VITAE_FIELD_TEXT,      N_("Fluency") },
};

static const VitaeFieldInfo interests_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Interest") },
  { "keywords",     VITAE_FIELD_LIST,      N_("Keywords") },
};

static const VitaeFieldInfo references_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Name") },
  { "reference",    VITAE_FIELD_MULTILINE, N_("Reference") },
};

static const VitaeFieldInfo custom_fields[] = {
  { "title",        VITAE_FIELD_TEXT,      N_("Title") },
  { "organization", VITAE_FIELD_TEXT,      N_("Organization") },
  { "location",     VITAE_FIELD_TEXT,      N_("Location") },
  { "start",        VITAE_FIELD_DATE,      N_("Start") },
  { "end",          VITAE_FIELD_DATE,      N_("End") },
  { "url",          VITAE_FIELD_URL,       N_("Website") },
  { "summary",      VITAE_FIELD_MULTILINE, N_("Summary") },
};

static const struct {
  const VitaeFieldInfo *fields;
  guint                 n_fields;
} kind_fields[VITAE_N_SECTION_KINDS] = {
#define FIELDS(kind, array) [kind] = { array, G_N_ELEMENTS (array) }
  FIELDS (VITAE_SECTION_EXPERIENCE, experience_fields),
  FIELDS (VITAE_SECTION_PROJECTS, projects_fields),
  FIELDS (VITAE_SECTION_EDUCATION, education_fields),
  FIELDS (VITAE_SECTION_SKILLS, skills_fields),
  FIELDS (VITAE_SECTION_CERTIFICATIONS, certifications_fields),
  FIELDS (VITAE_SECTION_AWARDS, awards_fields),
  FIELDS (VITAE_SECTION_VOLUNTEER, volunteer_fields),
  FIELDS (VITAE_SECTION_PUBLICATIONS, publications_fields),
  FIELDS (VITAE_SECTION_LANGUAGES, languages_fields),
  FIELDS (VITAE_SECTION_INTERESTS, interests_fields),
  FIELDS (VITAE_SECTION_REFERENCES, references_fields),
  FIELDS (VITAE_SECTION_CUSTOM, custom_fields),
#undef FIELDS
};

/**
 * vitae_section_kind_get_fields:
 * @kind: a #VitaeSectionKind
 * @n_fields: (out): the number of fields
 *
 * Returns: (array length=n_fields): the fields an entry of @kind shows
 */
const VitaeFieldInfo *
vitae_section_kind_get_fields (VitaeSectionKind  kind,
                               guint            *n_fields)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, NULL);
  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = kind_fields[kind].n_fields;

  return kind_fields[kind].fields;
}

/**
 * vitae_section_kind_get_heading_key:
 * @kind: a #VitaeSectionKind
 *
 * Returns: the key of the field that names an entry of @kind
 */
const char *
vitae_section_kind_get_heading_key (VitaeSectionKind kind)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, NULL);

  return kind_fields[kind].fields[0].key;
}

const char *
vitae_field_info_get_label (const VitaeFieldInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, info->label);
}

/**
 * vitae_date_parse:
 * @iso: (nullable): an ISO 8601 date: "2021", "2021-04" or "2021-04-12"
 * @year: (out): the year
 * @month: (out): the month 1–12, or 0 when @iso has none
 *
 * Returns: %TRUE if @iso is such a date
 */
gboolean
vitae_date_parse (const char *iso,
                  int        *year,
                  int        *month)
{
  int y = 0, m = 0;
  guint i;

  g_return_val_if_fail (year != NULL && month != NULL, FALSE);

  if (iso == NULL)
    return FALSE;

  for (i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (iso[i]))
        return FALSE;
      y = y * 10 + (iso[i] - '0');
    }

  if (iso[4] == '-')
    {
      if (!g_ascii_isdigit (iso[5]) || !g_ascii_isdigit (iso[6]))
        return FALSE;
      m = (iso[5] - '0') * 10 + (iso[6] - '0');
      if (m < 1 || m > 12)
        return FALSE;
      if (iso[7] != '\0' && iso[7] != '-')
        return FALSE;
    }
  else if (iso[4] != '\0')
    return FALSE;

  *year = y;
  *month = m;

  return TRUE;
}

/**
 * vitae_date_format:
 * @iso: (nullable): an ISO 8601 date
 *
 * Returns: (transfer full): the date as a reader sees it: "Apr 2021" or
 *   "2021"; text that is not an ISO date is returned as it is
 */
char *
vitae_date_format (const char *iso)
{
  static const char *months[] = {
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"),
    /* Translators: the month, abbreviated as the others are */
    N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
  };
  int year, month;

  if (!vitae_date_parse (iso, &year, &month))
    return g_strdup (iso ? iso : "");

  if (month == 0)
    return g_strdup_printf ("%d", year);

  /* Translators: a month abbreviation, then a year: "Apr 2021" */
  return g_strdup_printf (_("%s %d"), g_dgettext (GETTEXT_PACKAGE, months[month - 1]), year);
}

#define N_MONTH_FORMATS 4

/* The month names of the user's locale, full and abbreviated, in the
 * nominative and the genitive (%OB, %Ob), folded and without a final
 * dot; month by month, N_MONTH_FORMATS names each. Formatting them for
 * every word read was most of the time an import spent on dates, and the
 * locale does not change while Vitae runs. */
static const char * const *
locale_month_names (void)
{
  static const char **names;

  if (g_once_init_enter (&names))
    {
      const char *formats[N_MONTH_FORMATS] = { "%B", "%b", "%OB", "%Ob" };
      const char **table = g_new0 (const char *, 12 * N_MONTH_FORMATS);

      for (int m = 1; m <= 12; m++)
        {
          g_autoptr(GDateTime) date = g_date_time_new_utc (2000, m, 1, 0, 0, 0);

          for (guint f = 0; f < N_MONTH_FORMATS; f++)
            {
              g_autofree char *name = g_date_time_format (date, formats[f]);
              g_autofree char *folded = NULL;
              gsize len;

              if (name == NULL)
                continue;
              folded = g_utf8_casefold (name, -1);
              len = strlen (folded);
              if (len > 0 && folded[len - 1] == '.')
                folded[len - 1] = '\0';
              table[(m - 1) * N_MONTH_FORMATS + f] = g_intern_string (folded);
            }
        }
      g_once_init_leave (&names, table);
    }

  return names;
}

/* The month @word names, in English or in the user's language, full or
 * abbreviated ("June", "Jun", "jun.", "Sept"), or 0. */
static int
month_from_name (const char *word)
{
  static const char *english[] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
  };
  const char * const *names = locale_month_names ();
  g_autofree char *folded = g_utf8_casefold (word, -1);
  gsize len = strlen (folded);

  if (len > 0 && folded[len - 1] == '.')
    folded[--len] = '\0';
  if (g_utf8_strlen (folded, -1) < 3)
    return 0;

  for (int m = 1; m <= 12; m++)
    {
      /* A prefix of the English name of at least three letters: Jun, Sept. */
      if (g_str_has_prefix (english[m - 1], folded))
        return m;

      for (guint f = 0; f < N_MONTH_FORMATS; f++)
        {
          const char *name = names[(m - 1) * N_MONTH_FORMATS + f];

          if (name != NULL && g_str_equal (name, folded))
            return m;
        }
    }

  return 0;
}

/* A year written with four digits, or two ("'22", "22"): a two-digit year
 * up to ten years ahead of now is in this century, else in the last. */
static int
year_from_digits (const char *digits)
{
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (digits[i]))
      return -1;

  if (len == 4)
    return atoi (digits);

  if (len == 2)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int century = g_date_time_get_year (now) / 100 * 100;
      int year = century + atoi (digits);

      return year > g_date_time_get_year (now) + 10 ? year - 100 : year;
    }

  return -1;
}

static int
month_from_digits (const char *digits)
{
  gsize len = strlen (digits);
  int month;

  if (len < 1 || len > 2 || !g_ascii_isdigit (digits[0]) || (len == 2 && !g_ascii_isdigit (digits[1])))
    return 0;

  month = atoi (digits);

  return month >= 1 && month <= 12 ? month : 0;
}

/**
 * vitae_date_normalize:
 * @text: (nullable): a date as a person types it
 *
 * Reads the forms people commonly type for a month and year — "June 2022",
 * "Jun '22", "jun. 2022", "06/2022", "6.2022", "2022/06", "2022-06" — or a
 * year alone.
 *
 * Returns: (transfer full) (nullable): the ISO 8601 date ("2022-06",
 *   "2022"; a full ISO date is kept as it is), or %NULL if @text is not a
 *   date read that way
 */
char *
vitae_date_normalize (const char *text)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) words = NULL;
  GPtrArray *parts;
  int year = -1, month = 0;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  /* Quotes around the whole date: "Jun 2022" */
  {
    gsize len = strlen (stripped);

    if (len >= 2 && (stripped[0] == '"' || stripped[0] == '\'') && stripped[len - 1] == stripped[0])
      {
        memmove (stripped, stripped + 1, len - 2);
        stripped[len - 2] = '\0';
        g_strstrip (stripped);
      }
  }

  if (vitae_date_parse (stripped, &year, &month))
    return g_steal_pointer (&stripped);

  /* Split at spaces, commas, slashes, dots between digits and dashes. */
  parts = g_ptr_array_new ();
  for (char *p = stripped; *p; p++)
    if (*p == ',' || *p == '/' || *p == '-' || *p == '\t' ||
        (*p == '.' && (p[1] == '\0' || g_ascii_isdigit (p[1]) || p[1] == ' ')))
      *p = ' ';
  words = g_strsplit (stripped, " ", -1);
  for (guint i = 0; words[i]; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (parts, words[i]);

  year = -1;
  month = 0;
  if (parts->len == 1)
    year = strlen (parts->pdata[0]) == 4 ? year_from_digits (parts->pdata[0]) : -1;
  else if (parts->len == 2)
    {
      const char *a = parts->pdata[0];
      const char *b = parts->pdata[1];

      /* An apostrophe, straight or typographic, before a short year. */
      if (b[0] == '\'')
        b++;
      else if (g_str_has_prefix (b, "\u2019"))
        b += strlen ("\u2019");

      if ((month = month_from_name (a)) != 0)
        year = year_from_digits (b);
      else if ((month = month_from_name (b)) != 0)
        year = year_from_digits (a);
      else if (strlen (a) == 4 && (month = month_from_digits (b)) != 0)
        year = year_from_digits (a);
      else if ((month = month_from_digits (a)) != 0)
        year = year_from_digits (b);
    }
  g_ptr_array_unref (parts);

  if (year < 1000 || year > 9999)
    return NULL;
  if (month == 0)
    return g_strdup_printf ("%04d", year);

  return g_strdup_printf ("%04d-%02d", year, month);
}

/**
 * vitae_grade_has_label:
 * @score: (nullable): an education entry's "score"
 *
 * Whether @score names itself, a label of a few words before a colon and
 * a value ("GPA: 3.85", "Percentage : 98", as a resume's import keeps
 * the person's own words): what shows it puts no label of its own before
 * it ("Grade: GPA: 3.85").
 *
 * Returns: %TRUE if @score starts with its own label
 */
gboolean
vitae_grade_has_label (const char *score)
{
  const char *colon = score != NULL ? strchr (score, ':') : NULL;
  guint n_letters = 0, n_words = 1;

  if (colon == NULL || colon == score || colon - score > 32 || colon[1] == '\0')
    return FALSE;
  for (const char *p = score; p < colon; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        return FALSE;
      n_letters += g_unichar_isalpha (c);
      n_words += c == ' ' && p + 1 < colon && p[1] != ' ';
    }
  return n_letters >= 2 && n_words <= 4;
}
