/* vitae-text-reader-pdf-side-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One list set in two sub-columns inside a column, its marks drawn (a
 * sidebar's skills, "• Java   • MongoDB" on each row), for the PDF
 * reader's drawn marks (vitae-text-reader-pdf-marks.c): each row is one
 * line of the text layer, its second item after a wide gap. Where
 * several rows have a part starting at one place after such a gap
 * (_vitae_pdf_inner_parts()), the marks are looked for left of it too;
 * the rows whose parts have one are read as two columns, the left one
 * first (_vitae_pdf_read_marked_columns()). Lists whose marks are
 * written are read so before the page's columns are
 * (vitae-text-reader-pdf-items.c). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* The usual size of the page's letters: the one most of them have. */
double
_vitae_pdf_usual_size (PdfPage *p)
{
  g_autoptr(GHashTable) votes = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0;
  int best_key = 0;

  for (guint i = 0; i < p->n_rects; i++)
    {
      PopplerTextAttributes *a = p->by_char[i];
      int key = a ? (int) (a->font_size * 4 + 0.5) : 0;
      guint n;

      if (key <= 0)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (votes, GINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (votes, GINT_TO_POINTER (key), GUINT_TO_POINTER (n));
      if (n > best)
        best = n, best_key = key;
    }
  return best_key / 4.0;
}

/* Finds @row's second part: the glyphs after its one gap of an em and a
 * half or more, when it starts with a letter or a digit. FALSE when the
 * row has no such gap, or more than one. */
static gboolean
second_part (PdfPage        *p,
             PdfLine        *row,
             PdfInnerPart   *part)
{
  double prev = -1;
  guint n_gaps = 0;

  if (row->rtl > 0)
    return FALSE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
      double size = a && a->font_size > 0 ? a->font_size : (r->y2 - r->y1) / 1.2;

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (prev >= 0 && r->x1 - prev >= 1.5 * size)
        {
          if (n_gaps++ > 0 || !g_unichar_isalnum (p->chars[i]))
            return FALSE;
          *part = (PdfInnerPart) { 0, r->x1, prev, r->y1, r->y2, size };
        }
      prev = MAX (prev, r->x2);
    }
  return n_gaps == 1;
}

/**
 * _vitae_pdf_inner_parts:
 * @p: a page whose rows are read (in columns) and sorted left to right
 *
 * Where the page's rows have a second part (after one wide gap, starting
 * with a letter) that starts within a point and a half of where those of
 * two other rows do: where a list's second sub-column may have its marks
 * drawn, left of it.
 *
 * Returns: (element-type PdfInnerPart): the parts, by row
 */
GArray *
_vitae_pdf_inner_parts (PdfPage *p)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (PdfInnerPart));
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (PdfInnerPart));

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfInnerPart part;

      if (second_part (p, &g_array_index (p->rows, PdfLine, k), &part))
        {
          part.row = k;
          g_array_append_val (all, part);
        }
    }
  for (guint k = 0; k < all->len; k++)
    {
      const PdfInnerPart *part = &g_array_index (all, PdfInnerPart, k);
      guint n = 0;

      for (guint j = 0; j < all->len; j++)
        n += ABS (g_array_index (all, PdfInnerPart, j).x0 - part->x0) <= 1.5;
      if (n >= 3)
        g_array_append_val (parts, *part);
    }
  return parts;
}

/* Whether row @k belongs to the list whose second sub-column's marks
 * stand at @inner: its own second part's mark there, or its mark there
 * (an item of that sub-column alone on its row), or its text kept clear
 * of it (an item of the first alone on its row, or a wrapped line). */
static gboolean
in_marked_columns (PdfPage *p,
                   guint    k,
                   double   inner)
{
  PdfLine *row = &g_array_index (p->rows, PdfLine, k);
  gboolean right = FALSE, left = FALSE;

  /* (A row emptied by the page's columns stands anywhere.) */
  if (row->chars->len == 0)
    return TRUE;
  if (row->inner_mark_x > 0)
    return ABS (row->inner_mark_x - inner) <= 1.5;
  if (row->mark_x > 0 && ABS (row->mark_x - inner) <= 1.5)
    return TRUE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      right |= r->x2 > inner;
      left |= r->x1 < inner;
    }
  return left && !right;
}

/* Whether row @b stands close under the nearest row with text from @a
 * up, as a list's lines do: less than twice the lower one's height
 * apart. A row without text is close. */
static gboolean
close_under (PdfPage *p,
             guint    a,
             guint    b)
{
  PdfLine *below = &g_array_index (p->rows, PdfLine, b);

  if (below->chars->len == 0)
    return TRUE;
  for (int k = a; k >= 0; k--)
    {
      PdfLine *above = &g_array_index (p->rows, PdfLine, k);

      if (above->chars->len > 0)
        return below->top > above->top &&
               below->top - above->top <= 2 * MIN (below->bottom - below->top, above->bottom - above->top);
    }
  return TRUE;
}

/* Reads rows @start to @end as two columns parted at @inner, the left
 * one first; the right one's rows have their marks at @inner. Returns
 * how many rows they are now. */
static guint
read_two (PdfPage *p,
          guint    start,
          guint    end,
          double   inner)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));

  g_array_set_clear_func (rows, _vitae_pdf_line_clear);
  for (int side = 0; side < 2; side++)
    for (guint k = start; k <= end; k++)
      {
        PdfLine *row = &g_array_index (p->rows, PdfLine, k);
        PdfLine part = *row;

        part.chars = g_array_new (FALSE, FALSE, sizeof (guint));
        part.inner_mark_x = 0;
        for (guint c = 0; c < row->chars->len; c++)
          {
            guint i = g_array_index (row->chars, guint, c);

            if ((p->rects[p->rect_of[i]].x1 >= inner) == side)
              g_array_append_val (part.chars, i);
          }
        if (side == 1)
          part.mark_x = row->inner_mark_x > 0 ? row->inner_mark_x : row->mark_x >= inner - 1.5 ? row->mark_x : 0;
        else if (row->mark_x >= inner - 1.5)
          part.mark_x = 0;
        if (part.chars->len > 0)
          g_array_append_val (rows, part);
        else
          g_array_unref (part.chars);
      }
  return _vitae_pdf_replace_rows (p, start, end, rows);
}

/**
 * _vitae_pdf_read_marked_columns:
 * @p: a page whose drawn marks are found
 *
 * Reads a list set in two sub-columns whose marks are drawn (see the top
 * of the file) as two columns, the left one first: from a row whose
 * second part has its mark drawn, the rows each close under the one
 * above that have their second part's mark at that place, their item's
 * mark there, or keep clear of it, up to the last with a mark, when two
 * or more have their second part's.
 */
void
_vitae_pdf_read_marked_columns (PdfPage *p)
{
  for (guint k = 0; k < p->rows->len; k++)
    {
      double inner = g_array_index (p->rows, PdfLine, k).inner_mark_x;
      guint end = k, n_inner = 0;

      if (inner <= 0)
        continue;
      while (end + 1 < p->rows->len && in_marked_columns (p, end + 1, inner) && close_under (p, end, end + 1))
        end++;
      /* (What follows the list's last item, unmarked, is not of it.) */
      while (end > k && g_array_index (p->rows, PdfLine, end).mark_x <= 0 &&
             g_array_index (p->rows, PdfLine, end).inner_mark_x <= 0)
        end--;
      for (guint j = k; j <= end; j++)
        n_inner += g_array_index (p->rows, PdfLine, j).inner_mark_x > 0;
      if (n_inner < 2)
        {
          for (guint j = k; j <= end; j++)
            g_array_index (p->rows, PdfLine, j).inner_mark_x = 0;
          continue;
        }
      k += read_two (p, k, end, inner - 0.5) - 1;
    }
}
