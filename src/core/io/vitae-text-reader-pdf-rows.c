/* vitae-text-reader-pdf-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Rows of a PDF page gathered by their height that are two lines of
 * their own: a tiny line far from a much larger one whose height it
 * stands inside (_vitae_pdf_part_far_rows()), for the PDF reader
 * (vitae-text-reader-pdf.c). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* The height of the tallest glyph of @row's characters @from to @to
 * (sorted), and their top and bottom. */
static double
part_height (PdfPage *p,
             PdfLine *row,
             guint    from,
             guint    to,
             double  *top,
             double  *bottom)
{
  double height = 0;

  *top = G_MAXDOUBLE, *bottom = -G_MAXDOUBLE;
  for (guint j = from; j < to; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      height = MAX (height, r->y2 - r->y1);
      *top = MIN (*top, r->y1), *bottom = MAX (*bottom, r->y2);
    }
  return height;
}

/* Where @row parts in two lines of their own, or 0: at its widest gap
 * between glyphs when that is a dozen times as wide as its taller side's
 * glyphs, and one side is less than half as tall as the other and
 * stands inside its height (a card's tiny role line in one column,
 * level with a large line far off in the other, on a page whose columns
 * are not told apart). */
static guint
far_part (PdfPage *p,
          PdfLine *row)
{
  double widest = 0, prev = -1, top[2], bottom[2], height[2];
  guint at = 0, small;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (prev >= 0 && r->x1 - prev > widest)
        widest = r->x1 - prev, at = j;
      prev = MAX (prev, r->x2);
    }
  if (at == 0)
    return 0;
  height[0] = part_height (p, row, 0, at, &top[0], &bottom[0]);
  height[1] = part_height (p, row, at, row->chars->len, &top[1], &bottom[1]);
  small = height[0] < height[1] ? 0 : 1;
  if (height[small] <= 0 || widest < 12 * height[1 - small] || 2 * height[small] >= height[1 - small] ||
      top[small] < top[1 - small] || bottom[small] > bottom[1 - small])
    return 0;
  return at;
}

/* Parts each row of @p that stands for two lines of their own
 * (far_part()) in two rows; the rows are sorted again afterwards. */
void
_vitae_pdf_part_far_rows (PdfPage *p)
{
  guint n = p->rows->len;

  for (guint k = 0; k < n; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      PdfLine part = { 0, };
      double top, bottom;
      guint at;

      _vitae_pdf_sort_row (p, row);
      if ((at = far_part (p, row)) == 0)
        continue;
      part.chars = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_vals (part.chars, &g_array_index (row->chars, guint, at), row->chars->len - at);
      g_array_set_size (row->chars, at);
      for (guint j = 0; j < part.chars->len; j++)
        {
          int direction = _vitae_pdf_char_direction (p->chars[g_array_index (part.chars, guint, j)]);

          part.rtl += direction, row->rtl -= direction;
        }
      part_height (p, row, 0, row->chars->len, &top, &bottom);
      row->top = top, row->bottom = bottom;
      part_height (p, &part, 0, part.chars->len, &top, &bottom);
      part.top = top, part.bottom = bottom;
      g_array_append_val (p->rows, part);
    }
}
