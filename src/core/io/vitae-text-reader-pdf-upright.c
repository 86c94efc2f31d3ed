/* vitae-text-reader-pdf-upright.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Section headings set on their side up the left of their sections
 * ("Formation", "Experience" read bottom to top in a designed resume's
 * margin), as _vitae_pdf_find_rotated() finds them. Each is set level
 * with the middle of its section, not its top: so each is turned upright
 * and set as a line of its own over the first line of its section, where
 * that section's text starts.
 *
 * Where a section starts and ends: the lines beside the headings (starting
 * a third of a page's width from them at most) part into blocks where a gap between two
 * lines is wider than most of a letter (0.8 of the usual size). The first
 * heading's section starts at the block's start and ends at the block's
 * end that together centre it best on the heading's middle; each next
 * section starts where the one above ended and ends at the block's end
 * that centres it best on its heading. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-pdf-rotated.h"

typedef struct
{
  double top, bottom, left;
} Extent;

typedef struct
{
  guint  first, n;       /* its characters, @first and the @n after it */
  double middle;         /* the middle of its height on the page */
  double left, right;    /* where its glyphs start and end across */
} Turned;

static int
compare_extent (gconstpointer a,
                gconstpointer b)
{
  const Extent *x = a, *y = b;

  return (x->top > y->top) - (x->top < y->top);
}

static int
compare_turned (gconstpointer a,
                gconstpointer b)
{
  const Turned *x = a, *y = b;

  return (x->middle > y->middle) - (x->middle < y->middle);
}

static const PopplerRectangle *
rect_of (PdfPage *p,
         guint    i)
{
  return &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];
}

/* The headings of @p: runs of glyphs that @turned marks as a heading's,
 * in the order of the text, each glyph over the one before. */
static GArray *
find_turned (PdfPage      *p,
             const guint8 *turned)
{
  GArray *headings = g_array_new (FALSE, TRUE, sizeof (Turned));

  for (guint i = 0; i < (guint) p->n_chars; i++)
    {
      Turned heading = { i, 0, 0, G_MAXDOUBLE, 0 };
      double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

      if (turned[i] != PDF_TURNED_HEADING)
        continue;
      for (; i < (guint) p->n_chars && turned[i] == PDF_TURNED_HEADING; i++)
        {
          const PopplerRectangle *r = rect_of (p, i);

          top = MIN (top, r->y1);
          bottom = MAX (bottom, r->y2);
          heading.left = MIN (heading.left, r->x1);
          heading.right = MAX (heading.right, r->x2);
          heading.n++;
        }
      heading.middle = (top + bottom) / 2;
      g_array_append_val (headings, heading);
    }
  g_array_sort (headings, compare_turned);
  return headings;
}

static int
compare_x1 (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  PdfPage *p = data;
  double x = rect_of (p, *(const guint *) a)->x1, y = rect_of (p, *(const guint *) b)->x1;

  return (x > y) - (x < y);
}

/* The extents of @p's rows beside a column of headings that spans
 * @left to @right, top to bottom: of each row's runs of glyphs (parted
 * where a gap is wider than a letter's height) those that start at the
 * column's right, a third of the page's width from it at most, or, when
 * @at_right is FALSE, those that stand at its left, starting as far
 * from it at most. */
static GArray *
rows_beside (PdfPage *p,
             double   left,
             double   right,
             gboolean at_right)
{
  GArray *extents = g_array_new (FALSE, FALSE, sizeof (Extent));

  for (guint k = 0; k < p->rows->len; k++)
    {
      const PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      g_autoptr(GArray) order = g_array_copy (row->chars);
      Extent e = { G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE };
      Extent run = { G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE };
      double run_right = -G_MAXDOUBLE;

      g_array_sort_with_data (order, compare_x1, p);
      for (guint j = 0; j <= order->len; j++)
        {
          const PopplerRectangle *r = j < order->len ? rect_of (p, g_array_index (order, guint, j)) : NULL;

          if (j < order->len && g_unichar_isspace (p->chars[g_array_index (order, guint, j)]))
            continue;
          /* (A run ends: keep it if it stands beside the column.) */
          if (run.top < G_MAXDOUBLE && (r == NULL || r->x1 - run_right > r->y2 - r->y1))
            {
              if (at_right ? run.left >= right - 1 && run.left <= right + p->width / 3
                           : run_right <= left + 1 && run.left >= left - p->width / 3)
                {
                  e.top = MIN (e.top, run.top);
                  e.bottom = MAX (e.bottom, run.bottom);
                  e.left = MIN (e.left, run.left);
                }
              run.top = G_MAXDOUBLE, run.bottom = -G_MAXDOUBLE, run.left = G_MAXDOUBLE;
            }
          if (r == NULL)
            break;
          run_right = run.top == G_MAXDOUBLE ? r->x2 : MAX (run_right, r->x2);
          run.top = MIN (run.top, r->y1);
          run.bottom = MAX (run.bottom, r->y2);
          run.left = MIN (run.left, r->x1);
        }
      if (e.top < G_MAXDOUBLE)
        g_array_append_val (extents, e);
    }
  g_array_sort (extents, compare_extent);
  return extents;
}

/* The index into @rows of the block end (a row after which a wide gap
 * comes, or the last) at or after row @from, that centres rows @from to
 * it best on @middle; @cost is set to how far off. */
static guint
best_end (GArray *rows,
          guint   from,
          double  middle,
          double  gap,
          double *cost)
{
  guint best = rows->len - 1;

  *cost = G_MAXDOUBLE;
  for (guint j = from; j < rows->len; j++)
    {
      const Extent *e = &g_array_index (rows, Extent, j);
      double off;

      if (j + 1 < rows->len && g_array_index (rows, Extent, j + 1).top - e->bottom < gap)
        continue;
      off = ABS ((g_array_index (rows, Extent, from).top + e->bottom) / 2 - middle);
      if (off < *cost)
        {
          *cost = off;
          best = j;
        }
    }
  return best;
}

/* Turns @heading's glyphs upright as one line over @row, the first of its
 * section, and adds it to @p's rows. */
static void
set_upright (PdfPage      *p,
             const Turned *heading,
             const Extent *row,
             double        above)
{
  PdfLine line = { 0, 0, g_array_new (FALSE, FALSE, sizeof (guint)), FALSE, 0, 0 };
  double x = row->left, height = 0;

  for (guint i = heading->first; i < heading->first + heading->n; i++)
    height = MAX (height, rect_of (p, i)->x2 - rect_of (p, i)->x1);
  line.bottom = row->top - 1;
  line.top = MAX (line.bottom - height, above);
  for (guint i = heading->first; i < heading->first + heading->n; i++)
    {
      PopplerRectangle *r = &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];
      double advance = r->y2 - r->y1;

      r->x1 = x;
      r->x2 = x += advance;
      r->y1 = line.top;
      r->y2 = line.bottom;
      g_array_append_val (line.chars, i);
    }
  g_array_append_val (p->rows, line);
}

/* The row of @rows that the section of a column's first heading, its
 * middle at @middle, starts at: see add_column(). */
static guint
first_start (GArray *rows,
             double  middle,
             double  gap)
{
  g_autoptr(GArray) costs = g_array_new (FALSE, FALSE, sizeof (double));
  double best = G_MAXDOUBLE, widest = -1;
  guint from = 0;

  for (guint j = 0; j < rows->len && g_array_index (rows, Extent, j).top < middle; j++)
    {
      double cost = G_MAXDOUBLE;

      if (j == 0 || g_array_index (rows, Extent, j).top - g_array_index (rows, Extent, j - 1).bottom >= gap)
        best_end (rows, j, middle, gap, &cost);
      g_array_append_val (costs, cost);
      best = MIN (best, cost);
    }
  for (guint j = 0; j < costs->len; j++)
    {
      double above = j == 0 ? g_array_index (rows, Extent, 0).top
                            : g_array_index (rows, Extent, j).top - g_array_index (rows, Extent, j - 1).bottom;

      if (g_array_index (costs, double, j) <= best + gap / 1.6 && above > widest)
        {
          widest = above;
          from = j;
        }
    }
  return from;
}

/* Sets the headings of one column, @headings (top to bottom), upright
 * over their sections in @rows. */
static void
add_column (PdfPage *p,
            GArray  *headings,
            GArray  *rows)
{
  double gap = 0.8 * _vitae_pdf_usual_size (p);
  guint from = G_MAXUINT;

  for (guint k = 0; k < headings->len; k++)
    {
      const Turned *heading = &g_array_index (headings, Turned, k);
      double cost;

      /* The first section starts at whichever block's start centres it
       * best (of those that centre it within half a letter, after the
       * widest gap: lines spaced evenly centre it nearly as well from
       * one line lower); the others where the section above ended. */
      if (from == G_MAXUINT)
        from = first_start (rows, heading->middle, gap);
      /* (A heading below the last section's end: where it stands.) */
      if (from >= rows->len)
        {
          Extent own = { heading->middle, heading->middle, heading->left };

          set_upright (p, heading, &own, rows->len > 0 ? g_array_index (rows, Extent, rows->len - 1).bottom + 0.5 : 0);
          continue;
        }
      set_upright (p, heading, &g_array_index (rows, Extent, from),
                   from > 0 ? g_array_index (rows, Extent, from - 1).bottom + 0.5 : 0);
      from = best_end (rows, from, heading->middle, gap, &cost) + 1;
    }
}

/**
 * _vitae_pdf_add_upright:
 * @p: a page whose rows are gathered, but for turned glyphs
 * @turned: what _vitae_pdf_find_rotated() found @p's glyphs are
 *
 * Turns the headings set on their side upright over their sections, and
 * adds them to @p's rows (see the top of the file). Headings one over
 * the other form a column; a column's sections are the rows at its
 * right, or at its left when there are none at its right (a sidebar's
 * headings set up its outer edge).
 */
void
_vitae_pdf_add_upright (PdfPage      *p,
                        const guint8 *turned)
{
  g_autoptr(GArray) headings = find_turned (p, turned);
  g_autofree gboolean *done = g_new0 (gboolean, headings->len + 1);

  for (guint k = 0; k < headings->len; k++)
    {
      const Turned *first = &g_array_index (headings, Turned, k);
      g_autoptr(GArray) column = g_array_new (FALSE, FALSE, sizeof (Turned));
      g_autoptr(GArray) rows = NULL;
      double left = first->left, right = first->right;

      if (done[k])
        continue;
      for (guint j = k; j < headings->len; j++)
        {
          const Turned *other = &g_array_index (headings, Turned, j);

          if (!done[j] && other->left < first->right && other->right > first->left)
            {
              g_array_append_val (column, *other);
              left = MIN (left, other->left);
              right = MAX (right, other->right);
              done[j] = TRUE;
            }
        }
      rows = rows_beside (p, left, right, TRUE);
      if (rows->len == 0)
        {
          g_array_unref (rows);
          rows = rows_beside (p, left, right, FALSE);
        }
      add_column (p, column, rows);
    }
}
