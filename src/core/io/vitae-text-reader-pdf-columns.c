/* vitae-text-reader-pdf-columns.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pages in two columns: where the right column starts (its gutter), and
 * the rows of the page split there so that the left column reads first,
 * then the right one (_vitae_pdf_read_columns()). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vitae-text-reader-private.h"

/* How many of @xs stand within a point and a half of @x. */
static guint
n_starts_near (GArray *xs,
               double  x)
{
  guint n = 0;

  for (guint k = 0; k < xs->len; k++)
    n += ABS (g_array_index (xs, double, k) - x) <= 1.5;
  return n;
}

/* Whether the part of @row that starts at its *@j-th character (up to
 * a gap as wide as a tab) has no letter: then *@j and *@x2 move to its
 * last character and where it ends. */
static gboolean
part_is_figures (PdfPage *p,
                 PdfLine *row,
                 guint   *j,
                 double  *x2)
{
  guint end = *j;

  for (guint k = *j; k < row->chars->len; k++)
    {
      guint i = g_array_index (row->chars, guint, k);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
      const PopplerRectangle *last = &p->rects[p->rect_of[g_array_index (row->chars, guint, end)]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (k > *j && r->x1 - last->x2 > 2 * MAX (a ? a->font_size : 0, 5.0))
        break;
      if (g_unichar_isalpha (p->chars[i]))
        return FALSE;
      end = k;
    }
  *j = end;
  *x2 = p->rects[p->rect_of[g_array_index (row->chars, guint, end)]].x2;
  return TRUE;
}

/* Two columns: when many lines have a second part starting at the same
 * place in the middle of the page (between a quarter and 70 % of its
 * width: right-aligned dates stand further right), the page is read as a
 * left column, then a right one. Returns where the right column starts,
 * or -1, and in @best how many lines start there. */
static double
find_gutter (PdfPage *p,
             guint   *best)
{
  double page_width = 0, page_height = 0, gutter = -1;
  guint n_near;
  g_autoptr(GHashTable) starts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) start_xs = g_array_new (FALSE, FALSE, sizeof (double));

  *best = 0;
  poppler_page_get_size (p->page, &page_width, &page_height);
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double prev = -1;

      if (row->rtl)
        continue;
      _vitae_pdf_sort_row (p, row);
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]))
            continue;
          /* A line of the right column alone, where the left one has a
           * gap, starts there too. Figures alone (a skill bar's "100%"
           * in a sidebar, a year) start no column's text. */
          if (((prev >= 0 && r->x1 - prev > 2 * MAX (a ? a->font_size : 0, 5.0)) ||
               (prev < 0 && r->x1 > page_width * 0.25 && r->x1 < page_width * 0.74)) &&
              !part_is_figures (p, row, &j, &prev))
            {
              int bucket = (int) (r->x1 / 6);
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (starts, GINT_TO_POINTER (bucket))) + 1;

              g_hash_table_insert (starts, GINT_TO_POINTER (bucket), GUINT_TO_POINTER (count));
              g_array_append_val (start_xs, r->x1);
              if (count > *best && r->x1 > page_width * 0.25 && r->x1 < page_width * 0.74)
                *best = count, gutter = bucket * 6.0;
              break;
            }
          prev = r->x2;
        }
    }

  /* The column starts at its headings, left of its indented bullets,
   * which may be indented twice (the item's glyph, then its text). */
  if (gutter > 0)
    {
      double edge = gutter, low = gutter;

      /* No further than two steps of 24 points, to where two lines or
       * more start (not one centred line of the header). */
      while (low >= gutter - 48)
        {
          edge = low;
          for (guint k = 0; k < start_xs->len; k++)
            {
              double x = g_array_index (start_xs, double, k);

              if (x >= edge - 24 && x < low && x > page_width * 0.25 && n_starts_near (start_xs, x) >= 2)
                low = x;
            }
          if (low == edge)
            break;
        }
      gutter = MIN (gutter, floor (edge / 6) * 6.0);

      /* A column's headings, item glyphs and item text start a few
       * points apart: all of them count for the column. */
      n_near = 0;
      for (guint k = 0; k < start_xs->len; k++)
        {
          double x = g_array_index (start_xs, double, k);

          n_near += x >= gutter - 3 && x < gutter + 24;
        }
      *best = MAX (*best, n_near);
    }
  return gutter;
}

/* A narrow left column of headings alone (a word processor's table with
 * the section headings in its first column, beside or level with their
 * sections) is no sidebar: no more than two of its lines follow each
 * other, and each is a few words without digits or punctuation. The
 * importer reads those as side headings. */
static gboolean
is_heading_column (PdfPage *p,
                   double   gutter)
{
  guint run = 0, longest = 0;
  gboolean seen_both = FALSE;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      gboolean left = FALSE, right = FALSE, across = FALSE, in_word = FALSE;
      guint n_words = 0, n_letters = 0;

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          gunichar c = p->chars[i];

          across |= !g_unichar_isspace (c) && r->x1 < gutter - 3 && r->x2 > gutter + 3;
          if (r->x1 >= gutter - 3)
            {
              right |= !g_unichar_isspace (c);
              continue;
            }
          if (g_unichar_isspace (c))
            {
              in_word = FALSE;
              continue;
            }
          left = TRUE;
          n_letters++;
          n_words += !in_word;
          in_word = TRUE;
          if (g_unichar_isdigit (c) || (c < 128 && strchr (",:/@|()", (char) c)))
            n_words = 99;
        }
      if (across || !(seen_both || (left && right)))
        {
          run = 0;
          continue;
        }
      seen_both = TRUE;
      run = left ? run + 1 : 0;
      longest = MAX (longest, run);
      if (left && (n_words > 4 || n_letters > 32))
        return FALSE;
    }
  return longest <= 2;
}

/* Moves the parts of rows right of @gutter to rows of their own after
 * the others: the right column is read after the left one. */
static void
split_columns (PdfPage *p,
               double   gutter)
{
  g_autoptr(GArray) right = g_array_new (FALSE, TRUE, sizeof (PdfLine));
  gboolean started = FALSE, seen_left = FALSE;

  g_array_set_clear_func (right, _vitae_pdf_line_clear);
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      PdfLine part;
      GArray *kept;
      double left_end = -1, right_start = G_MAXDOUBLE;

      /* Lines above the first one that is split (a centred header) and
       * lines that run across the gutter stay whole. */
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]))
            continue;
          if (r->x1 < gutter - 3)
            left_end = MAX (left_end, r->x2);
          else
            right_start = MIN (right_start, r->x1);
        }
      /* A line of the right column alone after one of the left column
       * alone: the columns have begun beside each other. */
      if (!started && right_start < G_MAXDOUBLE && left_end < 0 && seen_left)
        started = TRUE;
      seen_left |= left_end >= 0 && right_start == G_MAXDOUBLE;
      if (right_start == G_MAXDOUBLE || right_start - left_end < 10 || (!started && left_end < 0))
        continue;
      started = TRUE;

      part = (PdfLine) { row->top, row->bottom, g_array_new (FALSE, FALSE, sizeof (guint)), row->rtl };
      kept = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);

          if (p->rects[p->rect_of[i]].x1 >= gutter - 3)
            g_array_append_val (part.chars, i);
          else
            g_array_append_val (kept, i);
        }
      g_array_unref (row->chars);
      row->chars = kept;
      if (part.chars->len > 0)
        g_array_append_val (right, part);
      else
        g_array_unref (part.chars);
    }
  for (guint k = 0; k < right->len; k++)
    {
      PdfLine moved = g_array_index (right, PdfLine, k);

      g_array_append_val (p->rows, moved);
      g_array_index (right, PdfLine, k).chars = NULL;
    }
  g_array_set_clear_func (right, NULL);
}

/* Splits the page's rows in two columns when it has a gutter that many
 * lines start at, unless the left column is headings alone. */
void
_vitae_pdf_read_columns (PdfPage *p)
{
  guint best = 0;
  double gutter = find_gutter (p, &best);

  if (gutter > 0 && is_heading_column (p, gutter))
    gutter = -1;
  if (gutter > 0 && best >= MAX (4, p->rows->len / 4))
    split_columns (p, gutter);
}
