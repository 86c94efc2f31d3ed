/* vitae-text-reader-pdf-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items for the PDF reader's columns
 * (vitae-text-reader-pdf-columns.c): items set in two narrow columns
 * inside one column of a PDF page (a web page's CSS columns), read the
 * left one first (_vitae_pdf_read_item_columns()); an item's mark left
 * alone by the columns' split, back on its row
 * (_vitae_pdf_join_lone_marks()); and the edge of items' text set with
 * a hanging indent, which is no gutter (_vitae_pdf_is_hanging_edge()). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <poppler.h>

#include "vitae-text-reader-private.h"

/* Whether @c marks a list item. */
static gboolean
is_item_mark (gunichar c)
{
  return c == 0x2022 || c == 0x25AA || c == 0x25E6 || c == 0x25CF || c == 0x25A0 || c == 0x2023 || c == 0x25B8;
}

/* Whether @row's @j-th character marks a list item: a mark's glyph, or
 * a small "o" standing alone, well apart from the glyphs on either side
 * (Word's second-level items, set in Courier New). */
static gboolean
is_mark_in_row (PdfPage *p,
                PdfLine *row,
                guint    j)
{
  guint i = g_array_index (row->chars, guint, j);
  const PopplerRectangle *r = &p->rects[p->rect_of[i]];
  double before = -G_MAXDOUBLE, after = G_MAXDOUBLE;

  if (is_item_mark (p->chars[i]))
    return TRUE;
  if (p->chars[i] != 'o')
    return FALSE;
  for (guint k = 0; k < row->chars->len; k++)
    {
      guint c = g_array_index (row->chars, guint, k);
      const PopplerRectangle *o = &p->rects[p->rect_of[c]];

      if (k == j || g_unichar_isspace (p->chars[c]))
        continue;
      if (o->x2 <= r->x1 + 0.1)
        before = MAX (before, o->x2);
      else if (o->x1 >= r->x2 - 0.1)
        after = MIN (after, o->x1);
    }
  return r->x1 - before >= 6 && after - r->x2 >= 6 && after < G_MAXDOUBLE;
}

/* Where @row's text starts and ends left of @x, and starts right of it
 * (-1 or G_MAXDOUBLE when none); whether a glyph runs across @x. */
static gboolean
row_parts (PdfPage *p,
           PdfLine *row,
           double   x,
           double  *left_start,
           double  *left_end,
           double  *right_start)
{
  gboolean across = FALSE;

  *left_start = G_MAXDOUBLE, *left_end = -1, *right_start = G_MAXDOUBLE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (r->x1 < x)
        *left_start = MIN (*left_start, r->x1), *left_end = MAX (*left_end, r->x2);
      else
        *right_start = MIN (*right_start, r->x1);
      across |= r->x1 < x && r->x2 > x + 0.5;
    }
  return across;
}

/* Where a list item's mark stands in @row after a gap, well right of the
 * row's start (a second column of items beside the first), or -1. */
static double
inner_mark (PdfPage *p,
            PdfLine *row)
{
  double start = G_MAXDOUBLE, last = -1;

  if (row->rtl > 0)
    return -1;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (is_mark_in_row (p, row, j) && start < G_MAXDOUBLE && r->x1 > start + 60 && r->x1 - last >= 3)
        return r->x1;
      start = MIN (start, r->x1);
      last = r->x2;
    }
  return -1;
}

/* Where the text of the item marked at @x in @row starts (the first
 * glyph right of that mark), or -1. */
static double
inner_text_start (PdfPage *p,
                  PdfLine *row,
                  double   x)
{
  double start = G_MAXDOUBLE;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (!g_unichar_isspace (p->chars[i]) && r->x1 > x + 1)
        start = MIN (start, r->x1);
    }
  return start < G_MAXDOUBLE ? start : -1;
}

/* How tall @row's line is: its tallest glyph, or the height it was
 * gathered with (that of its first glyph: an item's mark, raised and
 * smaller than its text, may be it). */
static double
row_height (PdfPage *p,
            PdfLine *row)
{
  double height = row->bottom - row->top;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (!g_unichar_isspace (p->chars[i]))
        height = MAX (height, r->y2 - r->y1);
    }
  return height;
}

/* Whether row @k belongs to a block of items set in two narrow columns
 * whose right one starts at @x (its marks) or a little right of it (its
 * wrapped lines, less than a line's height, or where its items' text
 * starts, @text_x, a mark set well left of its text): no glyph across @x, its
 * right part (if any) starting there, its left part (if any) well left
 * of it and apart from it by more than a word space. Or, when the right column's marks stand @shift right of the
 * left one's (else 0), a row of the cells' titles (a grid of cells, each
 * a title over its items): two parts, set that far apart, the left one
 * left of the left column's marks; then *@split (where the row parts)
 * is where the right one starts, and *@title is set. */
static gboolean
in_item_columns (PdfPage  *p,
                 guint     k,
                 double    x,
                 double    text_x,
                 double    shift,
                 gboolean *both,
                 double   *split,
                 gboolean *title)
{
  PdfLine *row = &g_array_index (p->rows, PdfLine, k);
  double left_start, left_end, right_start, start;

  *split = x - 1;
  *title = FALSE;
  if (row->rtl > 0)
    return FALSE;
  row_parts (p, row, G_MAXDOUBLE, &start, &left_end, &right_start);
  if (shift > 0 && start < x - shift - 1 && !row_parts (p, row, start + shift - 1, &left_start, &left_end, &right_start) &&
      ABS (right_start - (start + shift)) < 1 && left_end < start + shift - 3)
    {
      *both = *title = TRUE;
      *split = start + shift - 1;
      return TRUE;
    }
  if (row_parts (p, row, x - 1, &left_start, &left_end, &right_start))
    return FALSE;
  *both = left_end >= 0 && right_start < G_MAXDOUBLE;
  /* The gutter is white on every row it parts: a row whose parts stand
   * closer than a wide word space (a word's glyphs, touching, or the
   * words of one line) runs on across it. */
  if (*both && right_start - left_end < 0.4 * row_height (p, row))
    return FALSE;
  /* (A row emptied by the page's columns stands anywhere.) */
  return (right_start == G_MAXDOUBLE || right_start < x + MAX (6, 0.9 * row_height (p, row)) ||
          ABS (right_start - text_x) <= 1.5) &&
         (left_end < 0 || left_start < x - 60);
}

/* Whether rows @a and @b (a above @b) stand as close as a paragraph's
 * lines: the nearest row with text above @b (from @a up) no further
 * above it than 1.8 times @b's height, or 2.4 times when @b starts with
 * a list item's mark (items spaced apart) or is a row of the cells'
 * titles (@title). A row without text is close. */
static gboolean
close_rows (PdfPage  *p,
            guint     a,
            guint     b,
            gboolean  title)
{
  PdfLine *below = &g_array_index (p->rows, PdfLine, b);
  double most = 1.8;

  if (below->chars->len == 0)
    return TRUE;
  if (title || is_mark_in_row (p, below, 0))
    most = 2.4;
  for (int k = a; k >= 0; k--)
    {
      PdfLine *above = &g_array_index (p->rows, PdfLine, k);

      if (above->chars->len > 0)
        return below->top - above->top <= most * row_height (p, below);
    }
  return TRUE;
}

/* Where the first glyph of row @k stands when it is a list item's mark,
 * else -1. */
static double
mark_start (PdfPage *p,
            guint    k)
{
  PdfLine *row = &g_array_index (p->rows, PdfLine, k);

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);

      if (!g_unichar_isspace (p->chars[i]))
        return is_mark_in_row (p, row, j) ? p->rects[p->rect_of[i]].x1 : -1;
    }
  return -1;
}

/* Reads rows @start to @end, parted at @splits (one for each), as two
 * columns, the left one first; a row of titles (@titles) after the
 * first starts a new row of cells, read so in turn. Returns how many
 * rows they are now. */
static guint
read_cells (PdfPage  *p,
            guint     start,
            guint     end,
            double   *splits,
            gboolean *titles)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));

  g_array_set_clear_func (rows, _vitae_pdf_line_clear);
  for (guint from = start, to; from <= end; from = to + 1)
    {
      for (to = from; to < end && !titles[to + 1 - start]; to++)
        ;
      for (int side = 0; side < 2; side++)
        for (guint j = from; j <= to; j++)
          {
            PdfLine *row = &g_array_index (p->rows, PdfLine, j);
            PdfLine part = { row->top, row->bottom, g_array_new (FALSE, FALSE, sizeof (guint)), row->rtl, FALSE };

            for (guint c = 0; c < row->chars->len; c++)
              {
                guint i = g_array_index (row->chars, guint, c);

                if ((p->rects[p->rect_of[i]].x1 >= splits[j - start]) == side)
                  g_array_append_val (part.chars, i);
              }
            if (part.chars->len > 0 || side == 0)
              g_array_append_val (rows, part);
            else
              g_array_unref (part.chars);
          }
    }
  return _vitae_pdf_replace_rows (p, start, end, rows);
}

/* Reads list items set in two narrow columns inside a column (a web
 * page's CSS columns, a gutter of a dozen points): where a row has an
 * item's mark well right of its start, after a gap, the rows around it
 * whose text keeps clear of where that mark stands (or that the page's
 * columns emptied), three with text on both sides at least and items
 * marked on both, are read as two columns, the left one first. In a
 * grid of cells, each a title over items (Typst's grid), each row of
 * cells is read so in turn (in_item_columns()). */
void
_vitae_pdf_read_item_columns (PdfPage *p)
{
  for (guint k = 0; k < p->rows->len; k++)
    {
      double x = inner_mark (p, &g_array_index (p->rows, PdfLine, k));
      double shift = x - mark_start (p, k), split;
      double text_x = x < 0 ? -1 : inner_text_start (p, &g_array_index (p->rows, PdfLine, k), x);
      guint start = k, end = k, n_both = 0, n_left_marks = 0;
      gboolean both, title;
      g_autofree double *splits = NULL;
      g_autofree gboolean *titles = NULL;

      shift = mark_start (p, k) >= 0 ? shift : 0;
      if (x < 0 || !in_item_columns (p, k, x, text_x, shift, &both, &split, &title))
        continue;
      while (start > 0 && in_item_columns (p, start - 1, x, text_x, shift, &both, &split, &title) &&
             in_item_columns (p, start, x, text_x, shift, &both, &split, &title) && close_rows (p, start - 1, start, title))
        start--;
      while (end + 1 < p->rows->len && in_item_columns (p, end + 1, x, text_x, shift, &both, &split, &title) &&
             close_rows (p, end, end + 1, title))
        end++;
      splits = g_new0 (double, end - start + 1);
      titles = g_new0 (gboolean, end - start + 1);
      for (guint j = start; j <= end; j++)
        {
          PdfLine *row = &g_array_index (p->rows, PdfLine, j);

          in_item_columns (p, j, x, text_x, shift, &both, &splits[j - start], &titles[j - start]);
          n_both += both;
          n_left_marks += row->chars->len > 0 && is_mark_in_row (p, row, 0);
        }
      if (n_both < 3 || n_left_marks == 0)
        continue;
      k = start + read_cells (p, start, end, splits, titles) - 1;
    }
}

/* Where the characters of @row stand: the middle of its first glyph
 * (*@middle, *@height), its left and right edges; returns whether it has
 * glyphs, all of them marks (no letter or digit) when @marks is set. */
static gboolean
row_glyphs (PdfPage  *p,
            PdfLine  *row,
            gboolean  marks,
            double   *middle,
            double   *height,
            double   *left,
            double   *right)
{
  guint n = 0;

  *left = G_MAXDOUBLE;
  *right = -1;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (marks && g_unichar_isalnum (p->chars[i]))
        return FALSE;
      if (n++ == 0)
        *middle = (r->y1 + r->y2) / 2, *height = r->y2 - r->y1;
      *left = MIN (*left, r->x1);
      *right = MAX (*right, r->x2);
    }
  return n > 0 && (!marks || n <= 2);
}

/* A list item's mark, taller than its text (a Symbol font's bullet), can
 * join a row of the other column that stands a little higher, and be
 * left alone there when the columns are split: it goes back to the row
 * of its item, the one that starts within three ems right of it at its
 * height. */
void
_vitae_pdf_join_lone_marks (PdfPage *p)
{
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *mark = &g_array_index (p->rows, PdfLine, k);
      double middle, height, left, right;
      PdfLine *host = NULL;

      if (!row_glyphs (p, mark, TRUE, &middle, &height, &left, &right))
        continue;
      for (guint h = 0; h < p->rows->len && host == NULL; h++)
        {
          PdfLine *row = &g_array_index (p->rows, PdfLine, h);
          double row_middle, row_height, row_left, row_right;

          if (h != k && row_glyphs (p, row, FALSE, &row_middle, &row_height, &row_left, &row_right) &&
              ABS (row_middle - middle) < 0.5 * MIN (height, row_height) && row_left >= right &&
              row_left < right + 3 * row_height)
            host = row;
        }
      if (host == NULL)
        continue;
      g_array_append_vals (host->chars, mark->chars->data, mark->chars->len);
      g_array_set_size (mark->chars, 0);
    }
}

/* Where @row's glyphs stand about @x: where its part left of it starts
 * and ends (G_MAXDOUBLE and -1: none) and its part right of it starts
 * (G_MAXDOUBLE: none); in *@mark, whether its left part is a list item's
 * mark alone (one or two glyphs, no letter or digit). */
static void
row_about (PdfPage  *p,
           PdfLine  *row,
           double    x,
           double   *left_start,
           double   *left_end,
           double   *right_start,
           gboolean *mark)
{
  guint n_left = 0;
  gboolean letters = FALSE;

  *left_start = G_MAXDOUBLE, *left_end = -1, *right_start = G_MAXDOUBLE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (r->x1 >= x - 3)
        {
          *right_start = MIN (*right_start, r->x1);
          continue;
        }
      *left_start = MIN (*left_start, r->x1);
      *left_end = MAX (*left_end, r->x2);
      n_left++;
      letters |= g_unichar_isalnum (p->chars[i]);
    }
  *mark = n_left > 0 && n_left <= 2 && !letters;
}

/* Whether the lines that start at @gutter are the wrapped lines of list
 * items set with a hanging indent, not a column's: each item's mark just
 * left of it (less than 12 points from its text), its text and wrapped
 * lines there (a point and a half apart at most, each line close under
 * the one above). Or the items' text starts there after a tab, and their
 * wrapped lines go back left of it, to about where the mark stands (a
 * word processor's item without a hanging indent): then they run across
 * @gutter or end before it. They are two or more, more than half of the
 * lines there with nothing left of them, and more than the rows with
 * text both sides of it, apart (a sidebar's beside a column's). Then the
 * page is one column (moderncv's items beside its column of dates). */
gboolean
_vitae_pdf_is_hanging_edge (PdfPage *p,
                            double   gutter)
{
  guint n_wraps = 0, n_edge = 0, n_beside = 0;
  double text_x = -1, mark_x = -1, prev_top = 0;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double left_start, left_end, right_start;
      gboolean mark, close;

      if (row->chars->len == 0)
        continue;
      row_about (p, row, gutter, &left_start, &left_end, &right_start, &mark);
      close = row->top - prev_top <= 2 * (row->bottom - row->top);
      if (left_end < 0 && right_start < gutter + 24)
        n_edge++;
      if (left_end >= 0 && !mark && right_start < G_MAXDOUBLE && right_start - left_end >= 10)
        n_beside++;
      if (left_end < 0 && text_x >= 0 && ABS (right_start - text_x) <= 1.5 && close)
        n_wraps++;
      else if (mark_x >= 0 && !mark && left_end >= 0 && left_start > mark_x - 12 && close &&
               (right_start == G_MAXDOUBLE || right_start - left_end < 10))
        n_wraps++, text_x = -1;
      else if (mark && right_start < G_MAXDOUBLE)
        text_x = right_start - left_end < 12 ? right_start : -1, mark_x = left_start;
      else
        text_x = -1, mark_x = -1;
      prev_top = row->top;
    }
  return n_wraps >= 2 && n_wraps * 2 > n_edge && n_wraps > n_beside;
}
