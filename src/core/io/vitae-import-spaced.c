/* vitae-import-spaced.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text a PDF set letter-spaced, its characters drawn so far apart that
 * the reader took most of them for words of their own: an e-mail
 * address so set ("j o n a s 7 @ e x a m p l e .co m") is written
 * whole again, the way the contact details and the name's match against
 * it read it; and so is a word of the name so set ("J o h a nn e s", a
 * ligature's two letters kept together), or the whole name, its words
 * set apart by wide gaps ("I LO N A <tab> N O VÁ KO VÁ", a kerned pair
 * of capitals kept together); and a section's heading ("E M P L OY M E
 * N T", or small capitals broken: "E XP ÉRIENCE"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/* Whether @word, a piece of a letter-spaced address, can be part of one:
 * three characters at most (".co"), letters, digits and "._-+" (the
 * local part's) or "@". */
static gboolean
is_address_piece (const char *word)
{
  gsize len = strlen (word);

  if (len == 0 || len > 3)
    return FALSE;
  for (const char *p = word; *p; p++)
    if (!g_ascii_isalnum (*p) && !strchr ("._-+@", *p))
      return FALSE;
  return TRUE;
}

/* Joins, in the space-separated words @words, the run of address pieces
 * around the one with an "@" at @at, when it is letter-spaced: three
 * pieces or more on each side, most of all the pieces single
 * characters, and the joined run an address. Returns whether it did. */
static gboolean
join_run (GPtrArray *words,
          guint      at)
{
  guint first = at, last = at, single = 0;
  g_autoptr(GString) joined = g_string_new (NULL);

  while (first > 0 && is_address_piece (g_ptr_array_index (words, first - 1)) &&
         strchr (g_ptr_array_index (words, first - 1), '@') == NULL)
    first--;
  while (last + 1 < words->len && is_address_piece (g_ptr_array_index (words, last + 1)) &&
         strchr (g_ptr_array_index (words, last + 1), '@') == NULL)
    last++;
  if (at - first < 3 || last - at < 3)
    return FALSE;
  for (guint k = first; k <= last; k++)
    {
      g_string_append (joined, g_ptr_array_index (words, k));
      single += strlen (g_ptr_array_index (words, k)) == 1;
    }
  if (2 * single <= last - first + 1 || !_vitae_import_looks_like_email (joined->str) ||
      !g_ascii_isalpha (joined->str[joined->len - 1]))
    return FALSE;
  g_free (g_ptr_array_index (words, first));
  g_ptr_array_index (words, first) = g_string_free (g_steal_pointer (&joined), FALSE);
  g_ptr_array_remove_range (words, first + 1, last - first);
  return TRUE;
}

/* The e-mail address that @cell, a whole cell, is when small capitals
 * set wide apart left its words whole but its "@" and dots apart, each
 * a word of its own ("ADA @ EXAMPLE . ORG"): words and marks in turn,
 * one "@", a dot after it; or NULL. */
static char *
dup_spaced_marks (const char *cell)
{
  g_auto(GStrv) pieces = g_strsplit (cell, " ", -1);
  g_autoptr(GString) joined = g_string_new (NULL);
  guint n = g_strv_length (pieces), ats = 0, dots = 0;

  if (n < 5 || n % 2 == 0)
    return NULL;
  for (guint k = 0; k < n; k++)
    {
      if (k % 2 == 1 && (g_str_equal (pieces[k], "@") || (g_str_equal (pieces[k], ".") && ats == 1)))
        {
          ats += pieces[k][0] == '@';
          dots += pieces[k][0] == '.';
        }
      else if (k % 2 == 1 || pieces[k][0] == '\0')
        return NULL;
      for (const char *p = pieces[k]; *p; p++)
        if (!g_ascii_isalnum (*p) && !strchr ("._-+@", *p))
          return NULL;
      g_string_append (joined, pieces[k]);
    }
  if (ats != 1 || dots == 0 || !_vitae_import_looks_like_email (joined->str))
    return NULL;
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* @text with an e-mail address set letter-spaced written whole, in each
 * of its cells (between tabs); or NULL when it has none. */
char *
_vitae_import_join_spaced_email (const char *text)
{
  g_auto(GStrv) cells = NULL;
  gboolean any = FALSE;

  if (strstr (text, "@ ") == NULL && strstr (text, " @") == NULL)
    return NULL;
  cells = g_strsplit (text, "\t", -1);
  for (guint c = 0; cells[c]; c++)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
      g_auto(GStrv) split = g_strsplit (cells[c], " ", -1);
      g_autofree char *marks = dup_spaced_marks (g_strstrip (cells[c]));
      gboolean joined = FALSE;

      if (marks != NULL)
        {
          g_free (cells[c]);
          cells[c] = g_steal_pointer (&marks);
          any = TRUE;
          continue;
        }
      for (guint k = 0; split[k]; k++)
        g_ptr_array_add (words, g_strdup (split[k]));
      for (guint k = 0; k < words->len; k++)
        if (strchr (g_ptr_array_index (words, k), '@') != NULL && is_address_piece (g_ptr_array_index (words, k)) &&
            join_run (words, k))
          joined = TRUE;
      if (!joined)
        continue;
      g_ptr_array_add (words, NULL);
      g_free (cells[c]);
      cells[c] = g_strjoinv (" ", (char **) words->pdata);
      any = TRUE;
    }
  return any ? g_strjoinv ("\t", cells) : NULL;
}

/* The one word that @text, set letter-spaced, is: four pieces or more
 * apart, of one or two letters each (a ligature's: "tt", a kerned pair
 * of capitals: "AN"), most single, the first a capital and the others
 * in lower case, or all capitals ("J o h a nn e s" → "Johannes", "K A
 * R L" → "KARL", "AN D E R S" → "ANDERS"); or NULL. */
char *
_vitae_import_dup_spaced_word (const char *text)
{
  g_auto(GStrv) pieces = strchr (text, '\t') == NULL ? g_strsplit (text, " ", -1) : NULL;
  g_autoptr(GString) word = g_string_new (NULL);
  guint n, single = 0, upper = 0;

  if (pieces == NULL || (n = g_strv_length (pieces)) < 4)
    return NULL;
  for (guint k = 0; k < n; k++)
    {
      glong len = g_utf8_strlen (pieces[k], -1);

      if (len < 1 || len > 2)
        return NULL;
      for (const char *q = pieces[k]; *q; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (!g_unichar_isalpha (c) || (k == 0 && q == pieces[k] && !g_unichar_isupper (c)))
            return NULL;
          upper += g_unichar_isupper (c) != 0;
        }
      single += len == 1;
      g_string_append (word, pieces[k]);
    }
  if (2 * single <= n || (upper != 1 && upper != g_utf8_strlen (word->str, -1)))
    return NULL;
  return g_string_free (g_steal_pointer (&word), FALSE);
}

/* The word that @cell, a part of a name set letter-spaced, is: two
 * pieces apart or more, of one or two letters each (a kerned pair of
 * capitals, "LO", or a ligature), two of them single letters (or all of
 * both), in capitals or capitalized, or single letters in lower case
 * ("N O VÁ KO VÁ" → "NOVÁKOVÁ"); or NULL. */
static char *
dup_spaced_cell (const char *cell)
{
  g_auto(GStrv) pieces = g_strsplit (cell, " ", -1);
  g_autoptr(GString) word = g_string_new (NULL);
  guint n = g_strv_length (pieces), single = 0, lower = 0, upper = 0;

  for (guint k = 0; k < n; k++)
    {
      glong len = g_utf8_strlen (pieces[k], -1);

      if (len < 1 || len > 2)
        return NULL;
      for (const char *q = pieces[k]; *q; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (!g_unichar_isalpha (c))
            return NULL;
          upper += g_unichar_isupper (c) != 0;
          lower += g_unichar_islower (c) != 0;
        }
      single += len == 1;
      g_string_append (word, pieces[k]);
    }
  if (n < 2 || single < 2 || (single < n && n < 3) ||
      (lower > 0 && upper > 0 && (upper != 1 || !g_unichar_isupper (g_utf8_get_char (word->str)))) ||
      (upper == 0 && single < n))
    return NULL;
  return g_string_free (g_steal_pointer (&word), FALSE);
}

/* The name that @text, set letter-spaced, is: two to four words set
 * apart by wide gaps (tabs), each letter-spaced (dup_spaced_cell()),
 * written with a space between them ("I LO N A <tab> N O VÁ KO VÁ" →
 * "ILONA NOVÁKOVÁ"); or NULL. */
char *
_vitae_import_dup_spaced_name (const char *text)
{
  g_auto(GStrv) cells = g_strsplit (text, "\t", -1);
  g_autoptr(GString) name = g_string_new (NULL);
  guint n = g_strv_length (cells);

  if (n < 2 || n > 4)
    return NULL;
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *word = dup_spaced_cell (g_strstrip (cells[c]));

      if (word == NULL)
        return NULL;
      if (c > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, word);
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* @pieces[0..@n) joined, with a space after each piece @k whose
 * @keep[k] is set. */
static char *
join_pieces (GStrv           pieces,
             guint           n,
             const gboolean *keep)
{
  GString *joined = g_string_new (NULL);

  for (guint k = 0; k < n; k++)
    {
      g_string_append (joined, pieces[k]);
      if (k + 1 < n && keep[k])
        g_string_append_c (joined, ' ');
    }
  return g_string_free (joined, FALSE);
}

/* The pieces @pieces[0..@n) joined with the spaces @keep keeps and
 * @left more of those after the pieces from @from on, when they then
 * name a section; or NULL. */
static char *
find_heading (GStrv     pieces,
              guint     n,
              gboolean *keep,
              guint     left,
              guint     from)
{
  if (left == 0)
    {
      g_autofree char *joined = join_pieces (pieces, n, keep);

      return _vitae_import_kind_from_heading (joined) >= 0 ? g_steal_pointer (&joined) : NULL;
    }
  for (guint k = from; k + 1 < n; k++)
    {
      char *found;

      if (keep[k])
        continue;
      keep[k] = TRUE;
      found = find_heading (pieces, n, keep, left - 1, k + 1);
      keep[k] = FALSE;
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_lone_letter (const char *piece)
{
  return g_utf8_strlen (piece, -1) == 1 && g_unichar_isalpha (g_utf8_get_char (piece));
}

/* The heading that @cell, its letters set apart, is with its words
 * spaced as the heading writes them; or NULL. The cell is no heading as
 * it stands and has no digits. When most of its pieces are letters alone
 * ("E M P L OY M E N T"), any space between letters may go; in capitals,
 * only one after a letter alone or before one ("H ONORS") or before a
 * capital with an accent, where small capitals break ("EXP ÉRIENCE").
 * Its pieces joined back at such spaces, some of them kept (three at
 * most: a heading's words are few), name a section: the fewest words
 * that do. */
static char *
dup_spaced_heading (const char *cell)
{
  g_auto(GStrv) pieces = g_strsplit (cell, " ", -1);
  g_autofree gboolean *keep = NULL;
  guint n = g_strv_length (pieces), lone = 0;
  gboolean any = FALSE, spaced;

  if (n < 2 || n > 40 || g_utf8_strlen (cell, -1) > 60 || _vitae_import_has_digit (cell) ||
      _vitae_import_kind_from_heading (cell) >= 0)
    return NULL;
  for (guint k = 0; k < n; k++)
    {
      if (pieces[k][0] == '\0')
        return NULL;
      lone += is_lone_letter (pieces[k]);
    }
  spaced = 2 * lone > n;
  if (!spaced && !_vitae_import_is_upper_text (cell))
    return NULL;
  keep = g_new0 (gboolean, n);
  for (guint k = 0; k + 1 < n; k++)
    {
      gunichar last = g_utf8_get_char (g_utf8_prev_char (pieces[k] + strlen (pieces[k])));
      gunichar first = g_utf8_get_char (pieces[k + 1]);

      keep[k] = !g_unichar_isalpha (last) || !g_unichar_isalpha (first) ||
                !(spaced || is_lone_letter (pieces[k]) || is_lone_letter (pieces[k + 1]) || first >= 0x80);
      any |= !keep[k];
    }
  for (guint more = 0; any && more <= 3; more++)
    {
      char *found = find_heading (pieces, n, keep, more, 0);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * _vitae_import_join_spaced_headings:
 * @lines: (element-type VitaeTextLine): the lines of a resume
 *
 * Headings whose letters the text layer set apart, spaced over the
 * whole line ("E M P L OY M E N T") or broken where small capitals
 * change size or meet an accent ("E XP ÉRIENCE P ROFESSIONNELLE"), in a
 * line or a cell of one, written with their words spaced as the heading
 * writes them (dup_spaced_heading()).
 *
 * Returns: (nullable): copies of the lines, or NULL when no heading was
 *   so set
 */
GPtrArray *
_vitae_import_join_spaced_headings (GPtrArray *lines)
{
  GPtrArray *joined = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_auto(GStrv) cells = NULL;
      gboolean any = FALSE;

      if (strchr (line->text, ' ') == NULL)
        continue;
      cells = g_strsplit (line->text, "\t", -1);
      for (guint c = 0; cells[c]; c++)
        {
          char *heading = dup_spaced_heading (cells[c]);

          if (heading == NULL)
            continue;
          g_debug ("a heading set letter-spaced: %s → %s", cells[c], heading);
          g_free (cells[c]);
          cells[c] = heading;
          any = TRUE;
        }
      if (!any)
        continue;
      if (joined == NULL)
        joined = vitae_text_lines_copy (lines);
      g_free (((VitaeTextLine *) g_ptr_array_index (joined, i))->text);
      ((VitaeTextLine *) g_ptr_array_index (joined, i))->text = g_strjoinv ("\t", cells);
    }
  return joined;
}
