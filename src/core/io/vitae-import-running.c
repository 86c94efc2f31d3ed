/* vitae-import-running.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lines of a PDF before the pass over the lines: the running headers
 * and footers of a PDF of several pages that carry the page's number
 * ("Ada Lovelace – page 2", "1 / 2"), left out
 * (_vitae_import_drop_running_lines()), and so are the ornaments set
 * between entries ("⋆⋆", _vitae_import_drop_ornaments()) and rules set
 * as glyphs ("ㅡ"); a column's
 * text that goes on over a page break beside another column, read in
 * its place (_vitae_import_join_page_break()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* @text with each run of digits made one "#": a running header's or
 * footer's form, the same on every page ("Page 1 of 2", "cv.md 2/7/24"). */
static char *
running_form (const char *text)
{
  GString *form = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      g_string_append_c (form, *p);
    else if (p == text || !g_ascii_isdigit (p[-1]))
      g_string_append_c (form, '#');
  return g_string_free (form, FALSE);
}

/* Whether @text is a page's number alone: "2", "2 / 3", "- 2 -", "2 of
 * 3", the numbers no higher than the pages (@n_pages). */
static gboolean
is_page_number (const char *text,
                int         n_pages)
{
  g_autofree char *form = running_form (text);
  static const char * const forms[] = { "#", "# / #", "#/#", "- # -", "– # –", "# of #", "(#)", "[#]", NULL };
  const char *p = text;

  if (!g_strv_contains (forms, form))
    return FALSE;
  for (int k = 0; (p = strpbrk (p, "0123456789")) != NULL; k++)
    {
      guint64 number = g_ascii_strtoull (p, (char **) &p, 10);

      if (number < 1 || number > (guint64) n_pages)
        return FALSE;
    }
  return TRUE;
}

/* Whether line @k of @lines is among the first two of its page (@top)
 * or the last two: where a page's header or footer reads. */
static gboolean
at_page_edge (GPtrArray *lines,
              guint      k,
              gboolean   top)
{
  int page = ((VitaeTextLine *) g_ptr_array_index (lines, k))->page;

  for (guint d = 1; d <= 2; d++)
    if (top ? k < d || ((VitaeTextLine *) g_ptr_array_index (lines, k - d))->page != page
            : k + d >= lines->len || ((VitaeTextLine *) g_ptr_array_index (lines, k + d))->page != page)
      return TRUE;
  return FALSE;
}

/* Whether @text has words, not only dates ("09/2017 – 03/2019" in a
 * column of dates that a page starts with). */
static gboolean
has_words (const char *text)
{
  g_autofree char *s = NULL, *e = NULL;
  guint n_letters = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n_letters += g_unichar_isalpha (g_utf8_get_char (p));
  return n_letters >= 3 && !_vitae_import_parse_dates (text, &s, &e);
}

/* Whether line @k, at its page's edge, is the same there on another
 * page but for its numbers (at the same place, in the same size): a
 * running header or footer with the page's number ("Ada Lovelace – page
 * 2"). (The same text on each page is read once, r->repeated.) */
static gboolean
is_running_line (GPtrArray *lines,
                 guint      k)
{
  VitaeTextLine *line = g_ptr_array_index (lines, k);
  g_autofree char *form = running_form (line->text);

  for (guint j = 0; j < lines->len; j++)
    {
      VitaeTextLine *other = g_ptr_array_index (lines, j);
      g_autofree char *other_form = NULL;

      if (other->page == line->page || ABS (other->x - line->x) > 2 || ABS (other->size - line->size) > 0.5 ||
          (!at_page_edge (lines, j, TRUE) && !at_page_edge (lines, j, FALSE)))
        continue;
      other_form = running_form (other->text);
      if (g_str_equal (form, other_form) && !g_str_equal (line->text, other->text))
        return TRUE;
    }
  return FALSE;
}

/* The lines of a PDF of several pages without its running headers and
 * footers that carry the page's number: lines at a page's edge that are
 * its number alone ("1 / 2"), or that repeat on another page but for
 * their numbers. They stand between the items of a list that goes on
 * over the page break. Contact details are kept (read once,
 * vitae-import-contact.c), and so is the top of the first page (the
 * name). Returns NULL when nothing is dropped;
 * else the lines kept (borrowed from @lines). */
GPtrArray *
_vitae_import_drop_running_lines (GPtrArray *lines)
{
  g_autoptr(GPtrArray) kept = NULL;
  int n_pages = 0;

  for (guint k = 0; k < lines->len; k++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, k);

      if (line->size <= 0)
        return NULL;
      n_pages = MAX (n_pages, line->page + 1);
    }
  if (n_pages < 2)
    return NULL;
  kept = g_ptr_array_new ();
  for (guint k = 0; k < lines->len; k++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, k);
      gboolean top = at_page_edge (lines, k, TRUE);
      gboolean running = FALSE;

      if (top || at_page_edge (lines, k, FALSE))
        running = is_page_number (line->text, n_pages) ||
                  (!(line->page == 0 && top) && is_running_line (lines, k) && has_words (line->text) &&
                   !_vitae_import_is_contact_line (line->text) && !_vitae_import_has_phone (line->text));

      if (running)
        g_debug ("a running header or footer: %s", line->text);
      else
        g_ptr_array_add (kept, line);
    }
  return kept->len < lines->len ? g_steal_pointer (&kept) : NULL;
}

/* Whether @text is a rule drawn with glyphs alone: one or more of a
 * horizontal line's ("───"), or of the Hangul letter "ㅡ", a flat stroke
 * that word processors' templates set as a rule over each heading (no
 * word of Korean is that letter alone). */
static gboolean
is_text_rule (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (c != 0x3161 && c != 0x2500 && c != 0x2501)
        return FALSE;
      n++;
    }
  return n > 0;
}

/* Whether line @k of @lines is an ornament between two entries: marks
 * without a letter or a digit ("⋆⋆", "* * *"), more than one glyph
 * alone, set well in from where the lines above and under it start (a
 * centred rule); or a rule drawn with glyphs, wherever it stands
 * (is_text_rule()). */
static gboolean
is_ornament (GPtrArray *lines,
             guint      k)
{
  VitaeTextLine *line = g_ptr_array_index (lines, k);
  VitaeTextLine *above, *under;
  guint n = 0;

  if (is_text_rule (line->text))
    return TRUE;
  if (k == 0 || k + 1 >= lines->len || line->size <= 0)
    return FALSE;
  for (const char *p = line->text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        return FALSE;
      n += !g_unichar_isspace (c);
    }
  above = g_ptr_array_index (lines, k - 1);
  under = g_ptr_array_index (lines, k + 1);
  return n >= 2 && above->page == line->page && under->page == line->page && line->x > above->x + 2 * line->size &&
         line->x > under->x + 2 * line->size;
}

/* The lines of a PDF without the ornaments set between its entries
 * (is_ornament()): the line under each stands as far under the line
 * above the ornament as it is drawn. Returns NULL when there is none;
 * else copies of the lines kept. */
GPtrArray *
_vitae_import_drop_ornaments (GPtrArray *lines)
{
  g_autofree gboolean *ornament = g_new0 (gboolean, lines->len + 1);
  GPtrArray *kept;
  gboolean any = FALSE;
  double grown = 0;

  for (guint k = 0; k < lines->len; k++)
    any |= ornament[k] = is_ornament (lines, k);
  if (!any)
    return NULL;
  kept = g_ptr_array_new_with_free_func (vitae_text_line_free);
  for (guint k = 0; k < lines->len; k++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, k);
      VitaeTextLine *copy;

      if (ornament[k])
        {
          g_debug ("an ornament between entries: %s", line->text);
          grown += line->gap + line->size;
          continue;
        }
      copy = vitae_text_line_copy (line, NULL);
      copy->gap += grown;
      grown = 0;
      g_ptr_array_add (kept, copy);
    }
  return kept;
}

/* The end of the run of lines from @j set as @last is (at its left edge,
 * within a point, in its size, as close as a paragraph's lines), on @j's
 * page. */
static guint
run_end (GPtrArray     *lines,
         guint          j,
         VitaeTextLine *last)
{
  VitaeTextLine *first = g_ptr_array_index (lines, j);
  guint e = j + 1;

  while (e < lines->len)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, e);

      if (line->page != first->page || ABS (line->x - last->x) >= 1 || ABS (line->size - last->size) >= 0.5 ||
          line->gap > 0.5 * line->size)
        break;
      e++;
    }
  return e;
}

/* The lines of a PDF whose column goes on over a page break beside
 * another column read first (a main column that overflows beside a
 * sidebar): where a page's last line ends no sentence, and the next page
 * has, after lines of another column (three ems or more away), a line at
 * that line's left edge, in its size, that starts in lower case, the run
 * of lines set as it is moves to right after the page's last line.
 * Returns NULL when nothing moves; else the lines (borrowed from
 * @lines). */
GPtrArray *
_vitae_import_join_page_break (GPtrArray *lines)
{
  GPtrArray *owned = NULL;

  for (guint k = 1; k < lines->len; k++)
    {
      VitaeTextLine *last = g_ptr_array_index (lines, k - 1);
      VitaeTextLine *top = g_ptr_array_index (lines, k);
      GPtrArray *moved;
      guint j = k, e;

      if (top->page == last->page || last->size <= 0 || _vitae_import_ends_sentence (last->text) ||
          _vitae_import_after_bullet (last->text) != NULL)
        continue;
      while (j < lines->len && ((VitaeTextLine *) g_ptr_array_index (lines, j))->page == top->page &&
             ABS (((VitaeTextLine *) g_ptr_array_index (lines, j))->x - last->x) >= 3 * last->size)
        j++;
      if (j == k || j >= lines->len)
        continue;
      top = g_ptr_array_index (lines, j);
      if (top->page != last->page + 1 || ABS (top->x - last->x) >= 1 || ABS (top->size - last->size) >= 0.5 ||
          !g_unichar_islower (g_utf8_get_char (top->text)) || strchr (top->text, '\t'))
        continue;
      g_debug ("a column goes on over the page break: %s", top->text);
      e = run_end (lines, j, last);
      moved = g_ptr_array_new ();
      for (guint i = 0; i < k; i++)
        g_ptr_array_add (moved, g_ptr_array_index (lines, i));
      for (guint i = j; i < e; i++)
        g_ptr_array_add (moved, g_ptr_array_index (lines, i));
      for (guint i = k; i < j; i++)
        g_ptr_array_add (moved, g_ptr_array_index (lines, i));
      for (guint i = e; i < lines->len; i++)
        g_ptr_array_add (moved, g_ptr_array_index (lines, i));
      g_clear_pointer (&owned, g_ptr_array_unref);
      owned = lines = moved;
      k += e - j;
    }
  return owned;
}
