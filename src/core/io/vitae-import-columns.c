/* vitae-import-columns.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's measures of a PDF's columns: where each line's column
 * ends (_vitae_import_column_rights()) and the leading of the text of
 * each size (_vitae_import_size_gaps()); a span of dates split over two
 * rows of a column, joined (_vitae_import_join_split_spans()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether line @k of a PDF reaches as far right as the column of line
 * @i reaches. Lines of another page, size or column do not, nor does a
 * line read after (or before) a column set right of line @i's (three
 * lines or more, in a row) when it runs across where that column
 * starts and line @i does not: a section set across the page under two
 * columns, whose lines start where the left column's do. */
static gboolean
reaches_column (GPtrArray *lines,
                guint      i,
                guint      k,
                guint      header_end)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  VitaeTextLine *other = g_ptr_array_index (lines, k);
  int step = k > i ? 1 : -1;
  guint n_beside = 0;
  double beside_x = G_MAXDOUBLE, cross_x = G_MAXDOUBLE;

  if (other->page != line->page || ABS (other->x - line->x) >= 100 || ABS (other->size - line->size) >= 1 ||
      (k < header_end) != (i < header_end))
    return FALSE;
  for (guint j = i + step; j != k; j += step)
    {
      VitaeTextLine *between = g_ptr_array_index (lines, j);

      if (between->page == line->page && between->x > line->x + 100 && between->x > line->right)
        {
          beside_x = MIN (beside_x, between->x);
          if (++n_beside >= 3)
            cross_x = MIN (cross_x, beside_x);
        }
      else
        n_beside = 0, beside_x = G_MAXDOUBLE;
    }
  return other->right <= cross_x;
}

/* Where the column of each line of a PDF ends: the furthest right any
 * line of its page that starts near it (within 100 points) ends
 * (reaches_column()), the header's lines (before line @header_end) and
 * the sections' apart: a summary across the page's width over two
 * columns of sections. */
double *
_vitae_import_column_rights (GPtrArray *lines,
                             guint      header_end)
{
  double *rights = g_new0 (double, lines->len + 1);

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      rights[i] = line->right > 0 ? line->right : 0;
      for (guint k = 0; k < lines->len && line->right > 0; k++)
        if (k != i && reaches_column (lines, i, k, header_end))
          rights[i] = MAX (rights[i], ((VitaeTextLine *) g_ptr_array_index (lines, k))->right);
    }
  return rights;
}

/* The gap between the lines of a paragraph for each line's font size:
 * the smallest gap met three times or more between two lines of that
 * size, one under the other, or 0. A document sets its text of each size
 * with its own leading. */
double *
_vitae_import_size_gaps (GPtrArray *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) best = g_hash_table_new (g_direct_hash, g_direct_equal);
  double *gaps = g_new0 (double, lines->len + 1);

  for (guint i = 1; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *above = g_ptr_array_index (lines, i - 1);
      int size = (int) (line->size * 2 + 0.5);
      int gap = (int) (MAX (line->gap, 0) * 2 + 0.5);
      gpointer key = GINT_TO_POINTER (size * 10000 + gap);
      guint n;

      if (line->size <= 0 || above->page != line->page || ABS (above->size - line->size) >= 0.5 ||
          line->gap <= -1 || line->gap >= line->size || gap >= 10000)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;
      g_hash_table_insert (counts, key, GUINT_TO_POINTER (n));
      if (n >= 3 && (!g_hash_table_contains (best, GINT_TO_POINTER (size)) ||
                     gap < GPOINTER_TO_INT (g_hash_table_lookup (best, GINT_TO_POINTER (size)))))
        g_hash_table_insert (best, GINT_TO_POINTER (size), GINT_TO_POINTER (gap));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      gpointer size = GINT_TO_POINTER ((int) (line->size * 2 + 0.5));

      if (g_hash_table_contains (best, size))
        gaps[i] = GPOINTER_TO_INT (g_hash_table_lookup (best, size)) / 2.0;
    }
  return gaps;
}

/* The first cell of @text (up to its first tab), stripped. */
static char *
first_cell (const char *text)
{
  return g_strstrip (g_strndup (text, strcspn (text, "\t")));
}

/* Whether @cell is a single date ("2019", "Mar 2021"), no span. */
static gboolean
is_single_date (const char *cell)
{
  g_autofree char *s = NULL, *e = NULL;

  return _vitae_import_parse_dates (cell, &s, &e) && s == NULL && e != NULL && e[0] != '\0';
}

/* The span @top, a date and a dash ("2018-", "Mar 2020 –"), makes
 * with @bottom, the date under it: "2018 – 2019"; or NULL. */
static char *
join_span (const char *top,
           const char *bottom)
{
  static const char * const dashes[] = { "-", "–", "—", NULL };
  g_autofree char *s = NULL, *e = NULL;

  for (guint k = 0; dashes[k]; k++)
    if (g_str_has_suffix (top, dashes[k]))
      {
        g_autofree char *start = g_strstrip (g_strndup (top, strlen (top) - strlen (dashes[k])));
        g_autofree char *span = g_strdup_printf ("%s – %s", start, bottom);

        /* (Not a span left open over the next entry's year: "2018 –"
         * over "2016" is two entries, the newest first.) */
        if (is_single_date (start) && is_single_date (bottom) && _vitae_import_parse_dates (span, &s, &e) &&
            s != NULL && e != NULL && strcmp (e, s) >= 0)
          return g_steal_pointer (&span);
      }
  return NULL;
}

/* Whether @next, the line under @line, starts in @line's column of
 * dates: where @line does, or (dates set flush right) right of that but
 * before @line's text, which @next's own text starts under. */
static gboolean
in_date_column (VitaeTextLine *line,
                VitaeTextLine *next)
{
  return ABS (next->x - line->x) <= 0.5 * line->size ||
         (next->x > line->x && next->x < line->tab_x && ABS (next->tab_x - line->tab_x) < 1);
}

/* The size of the rest of line @i + 1 of @lines once its date is gone:
 * its own size, or that of the line under it when that starts where the
 * rest does and is smaller (the line's size was the date's), unless the
 * rest goes on with the title on line @i: that line ends where its
 * column does (any of the page's lines starting where its text does
 * or whose text after a tab does, reaches no further than its first
 * word would, half an em a letter). */
static double
rest_size (GPtrArray *lines,
           guint      i)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  VitaeTextLine *next = g_ptr_array_index (lines, i + 1);
  VitaeTextLine *under = i + 2 < lines->len ? g_ptr_array_index (lines, i + 2) : NULL;
  double word = 0.5 * next->size * g_utf8_strlen (next->text, strcspn (next->text, " \t"));

  if (under == NULL || under->page != next->page || ABS (under->x - next->x) >= 1 || under->size >= next->size ||
      under->gap >= 0.5 * under->size)
    return next->size;
  for (guint k = 0; k < lines->len; k++)
    {
      VitaeTextLine *other = g_ptr_array_index (lines, k);

      if (other->page == line->page && (ABS (other->x - next->x) < 1 || ABS (other->tab_x - next->x) < 1) &&
          other->right > line->right + word)
        return under->size;
    }
  return next->size;
}

/* Whether @line is dates in a column of their own (or their end's word,
 * "present") and, after a tab on their baseline, a list's item with its
 * mark written ("2017 <tab> - Member of …"): a "•", or a mark that the
 * next line's item starts with where that item starts. The item is one
 * of the list under the dates, unless the dates are a piece of some
 * stacked over lines: they end in a dash, or the line @above has a word
 * or a number before its first tab. */
static gboolean
dates_beside_item (VitaeTextLine *above,
                   VitaeTextLine *line,
                   VitaeTextLine *next)
{
  const char *tab = strchr (line->text, '\t');
  g_autofree char *cell = first_cell (line->text);
  g_autofree char *over = above != NULL && strchr (above->text, '\t') ? first_cell (above->text) : NULL;
  g_autofree char *s = NULL, *e = NULL;
  const char *item;

  /* (Not a piece of dates stacked over lines: "March" / "2018 -".) */
  for (const char *c = over; c != NULL && *c != '\0' && above->page == line->page; c = g_utf8_next_char (c))
    if (g_unichar_isalnum (g_utf8_get_char (c)))
      return FALSE;
  if (tab == NULL || line->tab_x <= line->x || strchr (tab + 1, '\t') != NULL || g_str_has_suffix (cell, "-") ||
      g_str_has_suffix (cell, "–") ||
      !(_vitae_import_parse_dates (cell, &s, &e) || _vitae_import_is_present (cell)) ||
      (item = _vitae_import_after_bullet (tab + 1)) == NULL)
    return FALSE;
  if (g_str_has_prefix (tab + 1, "•"))
    return TRUE;
  if (next == NULL || next->page != line->page || ABS (next->x - line->tab_x) >= 1 ||
      _vitae_import_after_bullet (next->text) == NULL)
    return FALSE;
  /* (The same mark: the item's text starts as far into the line.) */
  return item - (tab + 1) == _vitae_import_after_bullet (next->text) - next->text &&
         strncmp (tab + 1, next->text, item - (tab + 1)) == 0;
}

/* Splits each line of dates with a list's first item beside them
 * (dates_beside_item()) into the dates and the item, where it starts.
 * @result: @lines when they are a copy already, else NULL. Returns the
 * lines so read, or @result. */
static GPtrArray *
split_dated_items (GPtrArray *lines,
                   GPtrArray *result)
{
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i), *item;
      char *tab;

      if (!dates_beside_item (i > 0 ? g_ptr_array_index (lines, i - 1) : NULL, line,
                              i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : NULL))
        continue;
      if (result == NULL)
        {
          result = vitae_text_lines_copy (lines);
          lines = result;
          line = g_ptr_array_index (lines, i);
        }
      tab = strchr (line->text, '\t');
      item = vitae_text_line_copy (line, tab + 1);
      item->x = line->tab_x;
      item->tab_x = -1;
      *tab = '\0';
      line->right = line->tab_x - 1;
      line->tab_x = -1;
      g_ptr_array_insert (lines, i + 1, item);
      i++;
    }
  return result;
}

/* Dates set in a column of their own with a span broken over two lines
 * ("2018-" / "2019" beside an entry's title, the column flush left or
 * flush right): the line under the title holds the span's end, and,
 * when it shares its baseline with the entry's first item or next line,
 * that line after a tab. The span is made whole on the title's line, and
 * the rest of the line under it is a line of its own, where its text
 * starts, in the size of the lines under it (rest_size()). Dates
 * stacked end over start are joined too (vitae-import-stacked.c), and
 * dates with a list's first item beside them split from it
 * (split_dated_items()). Returns the lines so read, or NULL when no span
 * is broken and no item split. */
GPtrArray *
_vitae_import_join_split_spans (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *next = g_ptr_array_index (lines, i + 1);
      g_autofree char *top = first_cell (line->text);
      g_autofree char *bottom = first_cell (next->text);
      g_autofree char *span = NULL;
      const char *tab = strchr (line->text, '\t');
      const char *rest = strchr (next->text, '\t');

      if (line->size <= 0 || tab == NULL || next->page != line->page || !in_date_column (line, next) ||
          next->gap > 0.5 * next->size || (span = join_span (top, bottom)) == NULL)
        continue;
      if (result == NULL)
        {
          result = vitae_text_lines_copy (lines);
          lines = result;
          line = g_ptr_array_index (lines, i);
          next = g_ptr_array_index (lines, i + 1);
          tab = strchr (line->text, '\t');
          rest = strchr (next->text, '\t');
        }
      {
        g_autofree char *old = line->text;

        line->text = g_strconcat (span, tab, NULL);
      }
      if (rest == NULL || rest[strspn (rest, " \t")] == '\0')
        {
          g_ptr_array_remove_index (lines, i + 1);
          continue;
        }
      {
        g_autofree char *old = next->text;

        next->text = g_strdup (rest + strspn (rest, " \t"));
        if (next->tab_x > next->x)
          next->x = next->tab_x;
        next->tab_x = -1;
        next->size = rest_size (lines, i);
      }
    }
  result = _vitae_import_join_stacked_spans (result != NULL ? result : lines, result);
  return split_dated_items (result != NULL ? result : lines, result);
}
