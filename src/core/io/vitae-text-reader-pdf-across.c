/* vitae-text-reader-pdf-across.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What stands at or across a place on a page, for finding where its
 * right column starts (vitae-text-reader-pdf-columns.c): a line of the
 * left column running across it, words set large starting there. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* Where the first row with a part (its glyphs up to a gap as wide as a
 * tab) starting within 3 points of @x stands. */
static double
first_top_at (PdfPage *p,
              double   x)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      g_array_set_size (starts, 0);
      _vitae_pdf_add_part_starts (p, row, starts);
      for (guint j = 0; j < starts->len; j++)
        if (ABS (g_array_index (starts, double, j) - x) <= 3)
          return row->top;
    }
  return G_MAXDOUBLE;
}

/* Whether a part of some row of the page (its glyphs up to a gap as
 * wide as a tab) that starts 48 points or more left of @x, and in the
 * page's left quarter, runs across it, level with the column or under
 * its first line: a line of the left column (not a part of the right
 * one that starts a little further left, a date, nor a header's line
 * over both columns, a name set large). */
gboolean
_vitae_pdf_text_across (PdfPage *p,
                        double   x)
{
  double top = first_top_at (p, x);

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double start = -1, prev = -1;

      if (row->bottom < top)
        continue;
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]))
            continue;
          if (prev < 0 || r->x1 - prev > 2 * MAX (a ? a->font_size : 0, 5.0))
            start = r->x1;
          prev = r->x2;
          if (start <= x - 48 && start < p->width * 0.25 && r->x1 < x - 3 && r->x2 > x + 1)
            return TRUE;
        }
    }
  return FALSE;
}

/* How many rows have a word (a letter first) in a size of @size or
 * more that starts within a point and a half of @x. */
guint
_vitae_pdf_n_words_at (PdfPage *p,
                       double   x,
                       double   size)
{
  guint n = 0;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);

          if (ABS (p->rects[p->rect_of[i]].x1 - x) <= 1.5 && !g_unichar_isspace (p->chars[i]))
            {
              PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

              n += g_unichar_isalpha (p->chars[i]) && a != NULL && a->font_size >= size;
              break;
            }
        }
    }
  return n;
}
