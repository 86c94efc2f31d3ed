/* vitae-import-date-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A table whose rows each set an entry's dates in a narrow first cell
 * and its text in a wide one, the dates on the same row as the text's
 * first line (a LaTeX tabular under a heading):
 *
 *   2019          Cook at a mountain inn, serving
 *                 forty guests a night.
 *   2017 - 2018:  Delivered newspapers before school.
 *
 * The PDF reader may find the text's edge a gutter and read the cells
 * of dates as a column of their own, all the dates first, then all the
 * texts. _vitae_import_join_date_rows() puts each date back on its row,
 * before its text after a tab, as a page with dates in its margin reads:
 * then each row is one entry. It does so only when three dates or more,
 * one under another at one x, are followed right away by lines right of
 * them, and each date stands level with (at the same top as) one of
 * those lines, the first with the first. Between the dates, only the
 * headings of the table's parts ("Volunteering") may stand, set apart
 * and level with none of those lines; they go in their place by their
 * tops. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-import-date-rows.h"
#include "vitae-text-reader.h"

/* Whether @line is a cell of dates alone: short, no tab, reading as
 * dates or a word for the present ("2016", "2015 - 2016:"). */
static gboolean
is_date_cell (VitaeTextLine *line)
{
  g_autofree char *s = NULL, *e = NULL;
  g_autofree char *text = NULL;

  if (line->size <= 0 || strchr (line->text, '\t') || g_utf8_strlen (line->text, -1) > 24)
    return FALSE;
  /* (A table's first cells may end in a colon.) */
  text = g_strstrip (g_strdup (line->text));
  if (g_str_has_suffix (text, ":"))
    text[strlen (text) - 1] = '\0';
  return _vitae_import_parse_dates (text, &s, &e) || _vitae_import_is_present (text);
}

/* Whether lines @a and @b stand on one row: on one page, their tops
 * less than a fifth of their size apart. */
static gboolean
level (VitaeTextLine *a,
       VitaeTextLine *b)
{
  return a->page == b->page && ABS (a->top - b->top) <= 0.2 * MAX (a->size, b->size);
}

/* Where the column of lines from line @i ends: the first line after it
 * on its page that stands no lower than the line before it (the column
 * right of it, read after it), or 0 when the page ends first. */
static guint
column_end (GPtrArray *lines,
            guint      i)
{
  for (guint j = i + 1; j < lines->len; j++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, j);
      VitaeTextLine *above = g_ptr_array_index (lines, j - 1);

      if (line->page != above->page)
        return 0;
      if (line->top <= above->top)
        return j;
    }
  return 0;
}

/* Whether @line, between cells of dates, is a heading of the table's
 * next part ("Education"): short, no tab, set apart from the line above
 * by most of its size. */
static gboolean
is_apart (VitaeTextLine *line)
{
  return !strchr (line->text, '\t') && g_utf8_strlen (line->text, -1) <= 40 && line->gap >= 0.8 * line->size;
}

/* Dates read as a column of their own: lines @i (the first date cell)
 * to @cut - 1 of the column that ends at @j, and lines @j to @r_end - 1
 * of the column after it, which ends at @k; in @row, for each of lines
 * @i to @cut - 1, the line it stands level with, or 0. */
typedef struct
{
  guint  i, cut, j, r_end, k;
  guint *row;
} DateRows;

/* The lines of the column right of the dates: from @d->j on, on its
 * page, one under another, each right of the widest date cell at line
 * @d->i's x by half an em; FALSE when its first line does not stand
 * level with the first date. */
static gboolean
find_text_column (GPtrArray *lines,
                  DateRows  *d)
{
  VitaeTextLine *first = g_ptr_array_index (lines, d->i);
  double edge = 0;

  for (guint m = d->i; m < d->j; m++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, m);

      if (ABS (line->x - first->x) <= 1.5 && is_date_cell (line))
        edge = MAX (edge, line->right);
    }
  for (d->k = d->j; d->k < lines->len; d->k++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, d->k);

      if (line->page != first->page || line->x < edge + 0.5 * first->size ||
          (d->k > d->j && line->top <= ((VitaeTextLine *) g_ptr_array_index (lines, d->k - 1))->top))
        break;
    }
  return d->k > d->j && level (first, g_ptr_array_index (lines, d->j));
}

/* Finds the rows of dates that start at line @i (a date cell), as the
 * top of this file says: the column of dates goes on while each of its
 * date cells (at line @i's x) stands level with a line of the column
 * right of it, and each of its other lines is a heading level with none
 * of them; it ends after its last date cell. FALSE unless it has three
 * date cells or more. */
static gboolean
find_date_rows (GPtrArray *lines,
                guint      i,
                DateRows  *d)
{
  VitaeTextLine *first = g_ptr_array_index (lines, i);
  guint n = 0, at;

  d->i = d->cut = i;
  if ((d->j = column_end (lines, i)) == 0 || d->j < i + 3 || !find_text_column (lines, d))
    return FALSE;
  d->row = g_new0 (guint, d->j - i);
  at = d->j;
  for (guint m = i; m < d->j; m++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, m);
      gboolean dates = ABS (line->x - first->x) <= 1.5 && is_date_cell (line);

      while (at < d->k && ((VitaeTextLine *) g_ptr_array_index (lines, at))->top < line->top &&
             !level (line, g_ptr_array_index (lines, at)))
        at++;
      if (at < d->k && level (line, g_ptr_array_index (lines, at)) && dates)
        d->row[m - i] = at, d->cut = m + 1, n++;
      else if ((at < d->k && level (line, g_ptr_array_index (lines, at))) || dates || !is_apart (line))
        break;
    }
  /* (The text column's lines under the last date, up to the next line
   * of the column of dates, are that row's.) */
  for (d->r_end = d->j; d->r_end < d->k; d->r_end++)
    if (d->cut < d->j && ((VitaeTextLine *) g_ptr_array_index (lines, d->r_end))->top >=
                             ((VitaeTextLine *) g_ptr_array_index (lines, d->cut))->top)
      break;
  return n >= 3;
}

/* The row of date cell @date and text line @text as one line: the date,
 * a tab, the text. */
static VitaeTextLine *
join_row (VitaeTextLine *date,
          VitaeTextLine *text,
          gboolean       first)
{
  g_autofree char *cell = g_strstrip (g_strdup (date->text));
  g_autofree char *joined = NULL;
  VitaeTextLine *copy;

  /* (Without the colon that may end the cell, as dates at the right
   * have none.) */
  if (g_str_has_suffix (cell, ":"))
    cell[strlen (cell) - 1] = '\0';
  joined = g_strconcat (cell, "\t", text->text, NULL);
  copy = vitae_text_line_copy (text, joined);
  g_debug ("a date back on its row: %s", joined);
  copy->x = date->x;
  copy->tab_x = text->x;
  copy->size = MAX (date->size, text->size);
  copy->lead_size = date->size;
  /* (The first row stands as far under the line above as its date.) */
  if (first)
    copy->gap = date->gap;
  return copy;
}

/* Where line @m, of a column that ends at @end, ends: where the line
 * under it in the column starts, less its gap; or its size under its
 * top. */
static double
bottom_of (GPtrArray *lines,
           guint      m,
           guint      end)
{
  VitaeTextLine *line = g_ptr_array_index (lines, m);
  VitaeTextLine *under = m + 1 < end ? g_ptr_array_index (lines, m + 1) : NULL;

  return under != NULL && under->page == line->page ? under->top - under->gap : line->top + line->size;
}

/* Adds the lines of @d to @result: the column of dates and the column
 * right of it, by their tops, each date cell on the row it stands level
 * with, each line as far under the line before it as it is drawn; then
 * the rest of both columns, as they were. */
static void
add_rows (GPtrArray *result,
          GPtrArray *lines,
          DateRows  *d)
{
  guint a = d->i, b = d->j;
  double bottom = -1;

  while (a < d->cut || b < d->r_end)
    {
      VitaeTextLine *left = a < d->cut ? g_ptr_array_index (lines, a) : NULL;
      VitaeTextLine *right = b < d->r_end ? g_ptr_array_index (lines, b) : NULL;
      VitaeTextLine *copy;
      double end;

      if (left != NULL && d->row[a - d->i] == b && b > 0)
        {
          copy = join_row (left, right, a == d->i);
          end = MAX (bottom_of (lines, a, d->j), bottom_of (lines, b, d->k));
          a++, b++;
        }
      else if (left != NULL && (right == NULL || left->top <= right->top))
        copy = vitae_text_line_copy (left, NULL), end = bottom_of (lines, a++, d->j);
      else
        copy = vitae_text_line_copy (right, NULL), end = bottom_of (lines, b++, d->k);
      if (bottom >= 0)
        copy->gap = copy->top - bottom;
      bottom = end;
      g_ptr_array_add (result, copy);
    }
  for (guint m = d->cut; m < d->j; m++)
    g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (lines, m), NULL));
  for (guint m = d->r_end; m < d->k; m++)
    g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (lines, m), NULL));
}

/**
 * _vitae_import_join_date_rows:
 * @lines: (element-type VitaeTextLine): a PDF's lines
 *
 * Puts dates read as a column of their own back on the rows of the
 * text beside them, as the top of this file describes.
 *
 * Returns: (transfer full) (nullable): copies of the lines, or NULL
 * when no dates were read apart so
 */
GPtrArray *
_vitae_import_join_date_rows (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i < lines->len;)
    {
      DateRows d = { 0 };
      gboolean found = is_date_cell (g_ptr_array_index (lines, i)) && find_date_rows (lines, i, &d);

      if (found && result == NULL)
        result = vitae_text_lines_copy_n (lines, i);
      if (found)
        add_rows (result, lines, &d), i = d.k;
      else if (result != NULL)
        g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (lines, i), NULL)), i++;
      else
        i++;
      g_free (d.row);
    }
  return result;
}
