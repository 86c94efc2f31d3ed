/* vitae-import-name-wraps.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of PDFs that go on past where the name's first reading stops:
 * the family name after a comma, after the given names, all in
 * capitals ("ANA LUCÍA, SOTO"); a name set in the page's largest type
 * that wraps onto a second line in another weight. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether @word, in capitals, ends as the name of a trade or a field
 * does, in English and the languages near it ("ENGINEER", "DIRECTOR",
 * "ANALYST", "ARTIST", "CONSULTANT", "STUDENT", "TECHNICIAN",
 * "ARCHITECT", "MARKETING"). */
static gboolean
ends_as_trade (const char *word)
{
  static const char * const ends[] = { "ER", "OR", "IST", "YST", "ANT", "ENT", "IAN", "ECT", "ING", "EUR", "ICS", NULL };

  for (guint k = 0; ends[k]; k++)
    if (g_str_has_suffix (word, ends[k]))
      return TRUE;
  return FALSE;
}

/* Whether @after, the text after the comma of the name @before, is the
 * family name after the given names ("ANA LUCÍA, SOTO"), not a degree
 * or a headline: both in capitals, the given names two to four words,
 * the family name one word of letters (a hyphen or an apostrophe
 * between them), four letters or more of which two are vowels (no
 * degree's abbreviation: "MBA", "PHD", "CISSP"), that ends as no trade's
 * name does. */
gboolean
_vitae_import_is_family_name_after_comma (const char *before,
                                          const char *after)
{
  g_autofree char *ascii = g_str_to_ascii (after, "C");
  guint n_letters = 0, n_vowels = 0;
  guint words = _vitae_import_count_words (before);

  if (words < 2 || words > 4 || !_vitae_import_is_upper_text (before) || !_vitae_import_is_upper_text (after) ||
      !_vitae_import_is_plausible_name (before) || ends_as_trade (ascii))
    return FALSE;
  for (const char *p = after; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        n_letters++;
      else if (c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  for (const char *p = ascii; *p; p++)
    n_vowels += strchr ("AEIOUY", *p) != NULL;
  return n_letters >= 4 && n_vowels >= 2;
}

/* Whether @after, what follows a name after its comma, is the degrees
 * and titles people sign with ("PhD", "MBA, PMP", "Ph.D.", "Jr."): each
 * word, its periods left out, two to five letters of which two are
 * capitals, or a suffix of the name. They stay with the name; a word
 * such as "Undergraduate" is a headline. */
gboolean
_vitae_import_is_post_nominal (const char *after)
{
  static const char * const suffixes[] = { "Jr", "Sr", "Esq", NULL };
  g_auto(GStrv) words = g_strsplit_set (after, " ,", -1);
  guint n = 0;

  for (guint k = 0; words[k] != NULL; k++)
    {
      g_autoptr(GString) bare = g_string_new (words[k]);
      guint upper = 0;

      g_string_replace (bare, ".", "", 0);
      if (bare->len == 0)
        continue;
      for (const char *p = bare->str; *p; p++)
        {
          if (!g_ascii_isalpha (*p))
            return FALSE;
          upper += g_ascii_isupper (*p) != 0;
        }
      if (!g_strv_contains (suffixes, bare->str) && (bare->len < 2 || bare->len > 5 || upper < 2))
        return FALSE;
      n++;
    }
  return n > 0;
}

/* Whether @next goes on with the name @name of @line, set in the page's
 * largest type and wrapped onto a second line ("Ana Lucía" / "Soto",
 * the first line in bold and the second not): the first lines of the
 * page, as large as each other and twice the text at least, larger than
 * every other line of the page, from the same left edge, close under
 * it; written as a name, two or three words over one or two, four in
 * all at most, the second line no headline ("UX Designer"). */
gboolean
_vitae_import_name_wraps_in_largest (Reader              *r,
                                     const VitaeTextLine *line,
                                     const char          *name,
                                     const VitaeTextLine *next)
{
  guint words = _vitae_import_count_words (name), next_words = _vitae_import_count_words (next->text);

  if (line->size < 2 * r->body_size || ABS (next->size - line->size) >= 0.5 || ABS (next->x - line->x) >= 1 ||
      next->page != line->page || next->gap >= 0.5 * line->size || strchr (next->text, '\t') != NULL ||
      words < 2 || words > 3 || next_words < 1 || next_words > 2 || words + next_words > 4 ||
      !_vitae_import_is_name_cased (name) || !_vitae_import_is_name_cased (next->text) ||
      !_vitae_import_is_plausible_name (next->text) || _vitae_import_is_noise (next->text) ||
      _vitae_import_is_contact_heading (next->text) || _vitae_import_is_headline_part (name, next->text) ||
      _vitae_import_is_job_title (next->text))
    return FALSE;
  for (guint k = 0; k < r->lines->len; k++)
    {
      VitaeTextLine *other = line_at (r, k);

      /* (@next may be a copy of its line: its first cell.) */
      if (other->page != line->page || other == line ||
          (ABS (other->top - next->top) < 0.5 && ABS (other->x - next->x) < 0.5 &&
           g_str_has_prefix (other->text, next->text)))
        continue;
      if (other->size >= line->size - 0.5)
        return FALSE;
    }
  return TRUE;
}

/* Cuts from @name a known section's heading at its end, one or two
 * words: a heading of the column beside the name set on the name's
 * baseline, so close that the reader joined them ("Ada Lovelace
 * Education"). The name left is two words or more, written as one. */
void
_vitae_import_cut_heading_after_name (char *name)
{
  for (guint n = 1; n <= 2; n++)
    {
      char *tail = name + strlen (name);

      for (guint k = 0; k < n && tail != NULL; k++)
        tail = g_strrstr_len (name, tail - name, " ");
      if (tail == NULL || _vitae_import_kind_from_heading (tail + 1) < 0 || !g_unichar_isupper (g_utf8_get_char (tail + 1)))
        continue;
      *tail = '\0';
      if (_vitae_import_count_words (name) >= 2 && _vitae_import_is_name_cased (name) &&
          _vitae_import_is_plausible_name (name))
        return;
      *tail = ' ';
    }
}
