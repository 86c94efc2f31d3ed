/* vitae-import-date-forms.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates written short, as _vitae_import_parse_dates() meets them: a year
 * cut to two digits after an opening quote typed for the apostrophe
 * ("Sept ‘17"), and a span whose first month takes its end's year
 * ("May - Aug ’16"), and two months sharing one year ("03-08/2015"); a
 * date of digits written with a space after each dot ("24. 03. 1992"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "vitae-import-private.h"
#include "vitae-locale.h"

/**
 * _vitae_import_turn_year_quotes:
 * @text: dates being read
 *
 * Turns an opening quote before a year cut to two digits ("‘17") into
 * the apostrophe it stands for ("’17"), not one before more digits.
 */
void
_vitae_import_turn_year_quotes (GString *text)
{
  const char *open = "\u2018", *apostrophe = "\u2019";

  for (char *p = strstr (text->str, open); p != NULL; p = strstr (p + strlen (open), open))
    {
      const char *digits = p + strlen (open);

      if (g_ascii_isdigit (digits[0]) && g_ascii_isdigit (digits[1]) && !g_ascii_isdigit (digits[2]))
        memcpy (p, apostrophe, strlen (apostrophe));
    }
}

/**
 * _vitae_import_month_before_end:
 * @left: the start of a span, a month's name alone ("May", "Sept")
 * @end: the span's end read as a month ("2016-08")
 *
 * The start of a span whose first month has no year of its own: the
 * end's year, or the year before when that month comes after the end's
 * ("Nov - Feb ’19": 2018-11).
 *
 * Returns: (nullable): the start as "YYYY-MM", or %NULL
 */
char *
_vitae_import_month_before_end (const char *left,
                                const char *end)
{
  g_autofree char *word = g_strstrip (g_strdup (left));
  int month, year, end_month;

  if (end == NULL || sscanf (end, "%4d-%2d", &year, &end_month) != 2 || strlen (end) != 7 || strchr (word, ' '))
    return NULL;
  /* (A month shortened to four letters, with a dot or not: "Sept.") */
  if (g_str_has_suffix (word, "."))
    word[strlen (word) - 1] = '\0';
  month = vitae_locale_match_month (word, NULL);
  if (month <= 0 && strlen (word) == 4 && g_ascii_isalpha (word[3]))
    {
      word[3] = '\0';
      month = vitae_locale_match_month (word, NULL);
    }
  if (month <= 0)
    return NULL;
  return g_strdup_printf ("%04d-%02d", month > end_month ? year - 1 : year, month);
}

/**
 * _vitae_import_months_of_year:
 * @text: dates being read
 * @start: (out): where the span's start goes
 * @end: (out): where its end goes
 *
 * Reads a span of two months that share the year written once after the
 * second, a hyphen between them ("03-08/2015"): from the first to the
 * second of that year.
 *
 * Returns: whether @text is such a span
 */
gboolean
_vitae_import_months_of_year (const char  *text,
                              char       **start,
                              char       **end)
{
  int first, second, year, n = 0;

  if (sscanf (text, "%2d-%2d/%4d%n", &first, &second, &year, &n) != 3 || text[n] != '\0' || !g_ascii_isdigit (text[1]) ||
      first < 1 || first > 12 || second < 1 || second > 12 || first > second || year < 1900)
    return FALSE;
  *start = g_strdup_printf ("%04d-%02d", year, first);
  *end = g_strdup_printf ("%04d-%02d", year, second);
  return TRUE;
}

/**
 * _vitae_import_is_spaced_date:
 * @text: a part of the contact details, or of a line
 *
 * Whether @text is a date of digits written with a space after each dot,
 * and a dot after the day when the year comes first, as Central Europe
 * and Korea write them ("24. 03. 1992", "2. 4. 1984", "1997. 02. 04."):
 * no phone number (_vitae_import_is_numeric_date() once unspaced).
 */
gboolean
_vitae_import_is_spaced_date (const char *text)
{
  g_autoptr(GString) tight = g_string_new (text);
  gsize len;

  g_string_replace (tight, ". ", ".", 0);
  len = tight->len;
  /* (The dot after the day: a year of four digits first.) */
  if (len > 1 && tight->str[len - 1] == '.' && strspn (tight->str, "0123456789") == 4)
    g_string_truncate (tight, len - 1);
  return strpbrk (tight->str, " -/") == NULL && _vitae_import_is_numeric_date (tight->str);
}
