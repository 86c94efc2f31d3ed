/* vitae-text-reader-pdf-entry-columns.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A sidebar beside a main column whose entries stand in two columns of
 * their own, for the PDF reader's columns
 * (vitae-text-reader-pdf-columns.c): each entry's title, employer and
 * dates at the main column's left, its items in a column further right
 * (a Canva design). The items' column is the gutter the page's columns
 * find first, since most lines start there; the sidebar's edge, further
 * left, is where the page parts (_vitae_pdf_side_edge()), and each
 * entry's lines read before its items (_vitae_pdf_read_entry_columns()). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/**
 * _vitae_pdf_add_part_starts:
 * @p: the page
 * @row: one of its rows
 * @starts: (element-type double): where to append
 *
 * Appends where the parts of @row (its glyphs up to a gap as wide as a
 * tab) start.
 */
void
_vitae_pdf_add_part_starts (PdfPage *p,
                            PdfLine *row,
                            GArray  *starts)
{
  double prev = -1;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (prev < 0 || r->x1 - prev > 2 * MAX (a ? a->font_size : 0, 5.0))
        g_array_append_val (starts, r->x1);
      prev = r->x2;
    }
}

/* How many rows have text right of @x up to @gutter and right of
 * @gutter both, apart by 10 points or more. */
static guint
n_rows_beside (PdfPage *p,
               double   x,
               double   gutter)
{
  guint n = 0;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double mid_end = -1, right_start = G_MAXDOUBLE;

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]) || r->x1 < x - 3)
            continue;
          if (r->x1 >= gutter - 3)
            right_start = MIN (right_start, r->x1);
          else
            mid_end = MAX (mid_end, r->x2);
        }
      n += mid_end >= 0 && right_start < G_MAXDOUBLE && right_start - mid_end >= 10;
    }
  return n;
}

/**
 * _vitae_pdf_side_edge:
 * @p: a page
 * @gutter: where the page's columns would part
 *
 * The column right of @gutter may be the items of the main column's
 * entries, beside each entry's title and dates, with a sidebar further
 * left: the column has no heading of its own (nothing set larger than
 * the text left of it: a sidebar at the right has its headings), and a
 * place 48 points or more left of it, right of the page's first
 * quarter, where three parts or more start, parts the rows when the
 * sidebar's lines set on baselines of their own count as rows apart,
 * with rows of its own right of it and headings of its own (the main
 * column's), no line of the sidebar running across it; and three rows
 * or more have text between that place and @gutter beside the items
 * (an entry's lines beside its items).
 *
 * Returns: that place, the sidebar's edge, or -1
 */
double
_vitae_pdf_side_edge (PdfPage *p,
                      double   gutter)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  double edge = -1;

  if (gutter <= 0 || _vitae_pdf_right_has_heading (p, gutter))
    return -1;
  for (guint k = 0; k < p->rows->len; k++)
    _vitae_pdf_add_part_starts (p, &g_array_index (p->rows, PdfLine, k), starts);
  for (guint k = 0; k < starts->len; k++)
    {
      double x = g_array_index (starts, double, k);
      guint n_near = 0;
      gboolean own = FALSE;

      if (x <= p->width * 0.25 || x >= gutter - 48 || (edge > 0 && x >= edge))
        continue;
      for (guint j = 0; j < starts->len; j++)
        n_near += ABS (g_array_index (starts, double, j) - x) <= 1.5;
      if (n_near >= 3 && !_vitae_pdf_text_across (p, x) && _vitae_pdf_parts_columns_full (p, x, &own, TRUE) && own &&
          _vitae_pdf_right_has_heading (p, x) && n_rows_beside (p, x, gutter) >= 3)
        edge = x;
    }
  return edge;
}

/* Where the glyphs of @row right of @gutter stand (top and bottom), and
 * whether it has any there apart from its glyphs left of it (by 10
 * points or more: a line running on across the gutter has none). */
static gboolean
right_part (PdfPage *p,
            PdfLine *row,
            double   gutter,
            double  *top,
            double  *bottom)
{
  double left_end, right_start, size;

  _vitae_pdf_row_sides (p, row, gutter, &left_end, &right_start, &size);
  *top = G_MAXDOUBLE, *bottom = -1;
  if (right_start == G_MAXDOUBLE || (left_end >= 0 && right_start - left_end < 10))
    return FALSE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]) || r->x1 < gutter - 3)
        continue;
      *top = MIN (*top, r->y1);
      *bottom = MAX (*bottom, r->y2);
    }
  return TRUE;
}

/* Whether @row runs on across @gutter (its parts less than 10 points
 * apart): a line of the main column set wider than an entry's lines. */
static gboolean
runs_across (PdfPage *p,
             PdfLine *row,
             double   gutter)
{
  double left_end, right_start, size;

  _vitae_pdf_row_sides (p, row, gutter, &left_end, &right_start, &size);
  return left_end >= 0 && right_start < G_MAXDOUBLE && right_start - left_end < 10;
}

/**
 * _vitae_pdf_read_entry_columns:
 * @p: a page
 * @gutter: where the entries' items stand
 * @start: the main column's first row
 * @end: its last row
 *
 * Reads the main column's rows @start to @end entry by entry: an
 * entry's items are the lines right of @gutter that follow each other
 * closely (less than half a line's height apart: a wider gap starts the
 * next entry's, as does a line running across the gutter), two or more,
 * and the rows from the first of them to the last read as two columns,
 * the entry's lines first (_vitae_pdf_split_rows()).
 */
void
_vitae_pdf_read_entry_columns (PdfPage *p,
                               double   gutter,
                               guint    start,
                               guint    end)
{
  guint k = start;

  while (k <= end)
    {
      double top, bottom, prev_bottom, prev_top;
      guint first = k, last, n_items = 1;

      while (first <= end && !right_part (p, &g_array_index (p->rows, PdfLine, first), gutter, &top, &bottom))
        first++;
      if (first > end)
        return;
      last = first;
      prev_top = top, prev_bottom = bottom;
      for (guint j = first + 1; j <= end; j++)
        {
          PdfLine *row = &g_array_index (p->rows, PdfLine, j);

          if (runs_across (p, row, gutter))
            break;
          if (!right_part (p, row, gutter, &top, &bottom))
            continue;
          if (top - prev_bottom > 0.5 * (prev_bottom - prev_top))
            break;
          last = j;
          n_items++;
          prev_top = top, prev_bottom = bottom;
        }
      /* (A row alone beside the column is no entry's items: a grid's
       * second cell, read with its row.) */
      if (n_items < 2)
        {
          k = last + 1;
          continue;
        }
      _vitae_pdf_split_rows (p, gutter, first, last);
      k = first + 2 * (last - first + 1);
      end += last - first + 1;
    }
}
