/* vitae-text-reader-pdf-columns.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pages in two columns: where the right column starts (its gutter), and
 * the rows of the page split there so that the left column reads first,
 * then the right one (_vitae_pdf_read_columns()). Items set in two
 * narrow columns inside one are in vitae-text-reader-pdf-items.c. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vitae-text-reader-private.h"

static int
compare_size (gconstpointer a,
              gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* How many of @xs stand within a point and a half of @x. */
guint
_vitae_pdf_n_near (GArray *xs,
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

/* Whether the glyphs of a row left of a gutter (their lowest bottom
 * @left and largest size @left_size) and right of it stand on different
 * baselines: further apart than a point, and than the sizes' descents
 * differ (a quarter of the sizes' difference). */
static gboolean
baselines_differ (double left,
                  double left_size,
                  double right,
                  double right_size)
{
  return ABS (left - right) > 1 + 0.25 * ABS (left_size - right_size);
}

/* Whether @x parts the page's rows as a gutter between independent
 * columns: no row has a glyph across it (from more than 3 points left
 * of it to more than 3 points right) but those above the first row with
 * text right of it apart that run across it from 48 points or more left
 * of it (a header over both columns: a name, a summary set across the
 * page, whose word spaces may fall there), and most rows
 * with text left of it have none right of it (a table's cells, a date
 * beside each entry, share their rows); in @right_own (if not NULL),
 * whether four rows or more, and more than have text on both sides,
 * have text right of it alone, or on a baseline of its own beside the
 * left's (a sidebar's lines set at their own leading, beside the main
 * column's). With @own_baselines, rows whose sides stand on baselines
 * of their own count as rows of one side each (a sidebar beside a
 * column at much the same leading shares no row with it). */
gboolean
_vitae_pdf_parts_columns_full (PdfPage  *p,
                               double    x,
                               gboolean *right_own,
                               gboolean  own_baselines)
{
  guint n_left = 0, n_both = 0, right_only = 0, n_apart = 0;
  gboolean begun = FALSE;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      gboolean left = FALSE, right = FALSE, across = FALSE, spans = FALSE;
      double bottom[2] = { -1, -1 }, size[2] = { 0, 0 }, start = -1, prev = -1;

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
          int side = r->x1 >= x - 3;

          if (g_unichar_isspace (p->chars[i]))
            continue;
          if (prev < 0 || r->x1 - prev > 2 * MAX (a ? a->font_size : 0, 5.0))
            start = r->x1;
          prev = r->x2;
          across |= r->x1 < x - 3 && r->x2 > x + 3;
          spans |= start <= x - 48 && r->x2 > x + 3;
          left |= r->x2 <= x + 3;
          right |= r->x1 >= x - 3;
          bottom[side] = MAX (bottom[side], r->y2);
          size[side] = MAX (size[side], a ? a->font_size : 0);
        }
      if (across && begun)
        return FALSE;
      if (spans && !begun)
        continue;
      begun |= right;
      n_left += left;
      n_both += left && right;
      right_only += right && !left;
      n_apart += left && right && baselines_differ (bottom[0], size[0], bottom[1], size[1]);
    }
  /* (A column of its own at the right stands mostly on rows of its
   * own too.) */
  if (right_own != NULL)
    *right_own = right_only + n_apart >= MAX (4, n_both - n_apart);
  return (own_baselines ? n_both - n_apart : n_both) * 2 < n_left;
}

static gboolean
parts_columns (PdfPage  *p,
               double    x,
               gboolean *right_own)
{
  return _vitae_pdf_parts_columns_full (p, x, right_own, FALSE);
}

/* The right column may start with a column of its own further left
 * than its text (the dates of a word processor's table beside each
 * entry): the leftmost place left of @edge where three parts or more
 * start and that parts the columns (parts_columns()), no line running
 * across it (text_across()), else @edge. */
static double
first_clear_start (PdfPage *p,
                   GArray  *start_xs,
                   double   edge,
                   double   page_width)
{
  double best = edge;

  for (guint k = 0; k < start_xs->len; k++)
    {
      double x = g_array_index (start_xs, double, k);

      if (x < best - 3 && x > page_width * 0.25 && _vitae_pdf_n_near (start_xs, x) >= 3 && parts_columns (p, x, NULL) &&
          !_vitae_pdf_text_across (p, x))
        best = x;
    }
  return best;
}

/* Two columns: when many lines have a second part starting at the same
 * place in the middle of the page (between a quarter and @right_end of
 * its width, 74 %: right-aligned dates stand further right), the page is read as a
 * left column, then a right one. Returns where the right column's text
 * starts (right of @from), or -1, in @best how many lines start there, and in @dates
 * where the column starts, left of its text when it has a column of
 * dates there (first_clear_start()). */
static double
find_gutter (PdfPage *p,
             guint   *best,
             double  *dates,
             double   from,
             double   right_end)
{
  double page_width = 0, page_height = 0, gutter = -1;
  guint n_near;
  g_autoptr(GHashTable) starts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) start_xs = g_array_new (FALSE, FALSE, sizeof (double));

  *best = 0;
  *dates = -1;
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
               (prev < 0 && r->x1 > MAX (page_width * 0.25, from) && r->x1 < page_width * right_end)) &&
              !part_is_figures (p, row, &j, &prev))
            {
              int bucket = (int) (r->x1 / 6);
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (starts, GINT_TO_POINTER (bucket))) + 1;

              g_hash_table_insert (starts, GINT_TO_POINTER (bucket), GUINT_TO_POINTER (count));
              g_array_append_val (start_xs, r->x1);
              if (count > *best && r->x1 > MAX (page_width * 0.25, from) && r->x1 < page_width * right_end)
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
       * more start (not one centred line of the header), or 48 points
       * at once to where two words start set a fifth larger than most
       * text at the left (headings set well left of their column's
       * text, not the wrapped lines of its items), and never where a
       * line of the other column runs across (under a header set wider
       * than the column). */
      double heading_size = 1.2 * MAX (_vitae_pdf_left_size (p, gutter, -1), 5.0);

      while (low >= gutter - 48)
        {
          edge = low;
          for (guint k = 0; k < start_xs->len; k++)
            {
              double x = g_array_index (start_xs, double, k);

              if ((x >= edge - 24 || (x >= gutter - 48 && _vitae_pdf_n_words_at (p, x, heading_size) >= 2)) && x < low &&
                  x > MAX (page_width * 0.25, from) && _vitae_pdf_n_near (start_xs, x) >= 2 && !_vitae_pdf_text_across (p, x))
                low = x;
            }
          if (low == edge)
            break;
        }
      gutter = MIN (gutter, floor (edge / 6) * 6.0);
      *dates = MIN (gutter, floor (first_clear_start (p, start_xs, gutter, page_width) / 6) * 6.0);

      /* A column's headings, item glyphs and item text start a few
       * points apart: all of them count for the column, and so do the
       * lines from its edge found left of them (an entry's lines at the
       * edge, its items' dashes and their wrapped lines each a step
       * further in: the step where most lines start may be the last). */
      n_near = 0;
      for (guint k = 0; k < start_xs->len; k++)
        {
          double x = g_array_index (start_xs, double, k);

          n_near += x >= MIN (*dates, gutter) - 3 && x < gutter + 24;
        }
      *best = MAX (*best, n_near);
    }
  return gutter;
}

/* The size of the largest letter of row @k left of @gutter, or 0; for
 * @k = -1, the size most rows with letters there have. A rule drawn
 * with glyphs has no letter (_vitae_pdf_is_rule_glyph()). */
double
_vitae_pdf_left_size (PdfPage *p,
                      double   gutter,
                      int      k)
{
  g_autoptr(GHashTable) votes = NULL;
  double size = 0;
  guint most = 0;

  if (k >= 0)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

          if (g_unichar_isalnum (p->chars[i]) && !_vitae_pdf_is_rule_glyph (p->chars[i]) &&
              p->rects[p->rect_of[i]].x2 < gutter - 3 && a != NULL)
            size = MAX (size, a->font_size);
        }
      return size;
    }
  votes = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint h = 0; h < p->rows->len; h++)
    {
      int bucket = (int) (_vitae_pdf_left_size (p, gutter, h) * 2 + 0.5);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (votes, GINT_TO_POINTER (bucket))) + 1;

      if (bucket == 0)
        continue;
      g_hash_table_insert (votes, GINT_TO_POINTER (bucket), GUINT_TO_POINTER (n));
      if (n > most || (n == most && bucket / 2.0 < size))
        most = n, size = bucket / 2.0;
    }
  return size;
}

/* Where the glyphs of @row stand about @gutter: where its part left of
 * it ends (-1: none) and its part right of it starts (G_MAXDOUBLE: none),
 * and the size of its largest letter. */
void
_vitae_pdf_row_sides (PdfPage *p,
                      PdfLine *row,
                      double   gutter,
                      double  *left_end,
                      double  *right_start,
                      double  *size)
{
  *left_end = -1;
  *right_start = G_MAXDOUBLE;
  *size = 0;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]))
        continue;
      if (r->x1 < gutter - 3)
        *left_end = MAX (*left_end, r->x2);
      else
        *right_start = MIN (*right_start, r->x1);
      if (a != NULL && g_unichar_isalnum (p->chars[i]))
        *size = MAX (*size, a->font_size);
    }
}

/* Where the first glyph of row @k stands. */
static double
row_start (PdfPage *p,
           guint    k)
{
  PdfLine *row = &g_array_index (p->rows, PdfLine, k);
  double x = G_MAXDOUBLE;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);

      if (!g_unichar_isspace (p->chars[i]))
        x = MIN (x, p->rects[p->rect_of[i]].x1);
    }
  return x;
}

/* Where the columns end and the page goes on across its width, below
 * them (sections set across the page after two columns): the first row
 * below the right column's last line (one that starts at its edge) that
 * runs across @gutter, or the rows of a table and a heading just above
 * it; the number of rows if none. */
static guint
columns_end (PdfPage *p,
             double   gutter)
{
  int last = -1;
  guint end = p->rows->len;
  double left_end, right_start, size, body;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint k = 0; k < p->rows->len; k++)
    {
      _vitae_pdf_row_sides (p, &g_array_index (p->rows, PdfLine, k), gutter, &left_end, &right_start, &size);
      if (right_start < gutter + 24 && (left_end < 0 || right_start - left_end >= 10))
        last = k;
    }
  /* Where the lines of the right column start: those above its last
   * line, and those alone on their rows. */
  for (guint k = 0; last >= 0 && k < p->rows->len; k++)
    {
      _vitae_pdf_row_sides (p, &g_array_index (p->rows, PdfLine, k), gutter, &left_end, &right_start, &size);
      if (right_start < G_MAXDOUBLE && ((int) k <= last || left_end < 0))
        g_array_append_val (starts, right_start);
      if (left_end >= 0 && size > 0)
        g_array_append_val (sizes, size);
      if ((int) k > last && end == p->rows->len && left_end >= 0 && right_start - left_end < 10)
        end = k;
    }
  if (end == p->rows->len || sizes->len == 0)
    return p->rows->len;
  g_array_sort (sizes, compare_size);
  body = g_array_index (sizes, double, sizes->len / 2);
  /* Above it, the rows of a table across the page (parts right of the
   * gutter where no line of the right column starts) and its heading
   * (larger than most rows with text at the left). */
  while (end > (guint) last + 1)
    {
      _vitae_pdf_row_sides (p, &g_array_index (p->rows, PdfLine, end - 1), gutter, &left_end, &right_start, &size);
      if (!(left_end >= 0 && right_start < G_MAXDOUBLE && _vitae_pdf_n_near (starts, right_start) == 0) &&
          !(right_start == G_MAXDOUBLE && size > body + 0.5))
        break;
      end--;
    }
  /* Or the heading of a section across the page, over an entry's first
   * short lines (its title, its dates) that start where its first line
   * across does, and run across no gutter: set larger than most rows,
   * and no further right than that line (not a heading of a middle
   * column, nor a line of a sidebar at the left). */
  for (guint k = end; end < p->rows->len && k > (guint) last + 1 && end - k < 3; k--)
    {
      double x = row_start (p, k - 1), across = row_start (p, end);

      _vitae_pdf_row_sides (p, &g_array_index (p->rows, PdfLine, k - 1), gutter, &left_end, &right_start, &size);
      if (left_end < 0 || right_start < G_MAXDOUBLE || x > across + 3)
        break;
      if (size > body + 0.5)
        return k - 1;
      if (x < across - 3)
        break;
    }
  return end;
}

/* Whether @next, the row under @row, has text left of @gutter alone
 * and stands level with @row (its top above @row's bottom). */
static gboolean
starts_left_column (PdfPage *p,
                    PdfLine *row,
                    PdfLine *next,
                    double   gutter)
{
  double left_end, right_start, size;

  _vitae_pdf_row_sides (p, next, gutter, &left_end, &right_start, &size);
  return left_end >= 0 && right_start == G_MAXDOUBLE && next->top < row->bottom;
}

/* The size of the largest letter left of @gutter on the page. */
static double
largest_left (PdfPage *p,
              double   gutter)
{
  double size = 0;

  for (guint k = 0; k < p->rows->len; k++)
    size = MAX (size, _vitae_pdf_left_size (p, gutter, k));
  return size;
}

/* Moves the parts of rows right of @gutter to rows of their own after
 * the others: the right column is read after the left one, and before
 * what the page sets across its width below both (columns_end()). On a
 * page after the first whose first lines stand in the right column
 * alone, above the left column's first, the right column goes on from
 * the page before (an entry's items beside a sidebar's next heading):
 * it is read first. Returns where the right column's rows start, in
 * @n_right how many they are. */
static guint
split_columns (PdfPage *p,
               double   gutter,
               guint   *n_right)
{
  g_autoptr(GArray) right = g_array_new (FALSE, TRUE, sizeof (PdfLine));
  gboolean started = FALSE, seen_left = FALSE;
  guint end = columns_end (p, gutter), lead = 0, at;

  g_array_set_clear_func (right, _vitae_pdf_line_clear);
  for (guint k = 0; k < end; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      PdfLine part;
      GArray *kept;
      double left_end, right_start, size;

      /* Lines above the first one that is split (a centred header) and
       * lines that run across the gutter stay whole. */
      _vitae_pdf_row_sides (p, row, gutter, &left_end, &right_start, &size);
      if (!seen_left && left_end < 0 && right_start < G_MAXDOUBLE && lead == k)
        lead = k + 1;
      /* A line of the right column alone level with the left column's
       * first line (a heading beside a sidebar's name, their baselines
       * apart): the columns begin there; unless it is set half as large
       * again as all of the left column (the page's name at the top of
       * the main column, beside the sidebar's first heading). */
      if (!started && !seen_left && left_end < 0 && right_start < G_MAXDOUBLE && k + 1 < end &&
          starts_left_column (p, row, &g_array_index (p->rows, PdfLine, k + 1), gutter) &&
          size < 1.5 * largest_left (p, gutter))
        started = TRUE;
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
  at = lead > 0 && poppler_page_get_index (p->page) > 0 ? lead : end;
  g_array_insert_vals (p->rows, at, right->data, right->len);
  g_array_set_clear_func (right, NULL);
  _vitae_pdf_join_lone_marks (p);
  *n_right = right->len;
  return at;
}

/* Reads rows @start to @end as two columns: the left parts of those
 * rows first, then their right parts. A row that runs on across the
 * gutter (its parts less than 10 points apart) stays whole. */
void
_vitae_pdf_split_rows (PdfPage *p,
                       double   gutter,
                       guint    start,
                       guint    end)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));

  g_array_set_clear_func (rows, _vitae_pdf_line_clear);
  for (int side = 0; side < 2; side++)
    for (guint k = start; k <= end; k++)
      {
        PdfLine *row = &g_array_index (p->rows, PdfLine, k);
        PdfLine part = { row->top, row->bottom, g_array_new (FALSE, FALSE, sizeof (guint)), row->rtl, FALSE };
        double left_end, right_start, size;

        _vitae_pdf_row_sides (p, row, gutter, &left_end, &right_start, &size);
        for (guint j = 0; j < row->chars->len; j++)
          {
            guint i = g_array_index (row->chars, guint, j);
            gboolean right = p->rects[p->rect_of[i]].x1 >= gutter - 3 && right_start - left_end >= 10;

            if (right == side)
              g_array_append_val (part.chars, i);
          }
        g_array_append_val (rows, part);
      }
  _vitae_pdf_replace_rows (p, start, end, rows);
}

/* Whether the text left of @gutter is a column of labels beside the
 * text right of it, not a column of its own: three rows or more have
 * text on both sides, on one baseline (or, beside a table's labels, less
 * than half a line apart), and at most half as many rows have text left
 * of it alone. Either the labels are a CV's dates or
 * field names, right aligned: each ends less than three ems from the
 * column's edge (its text may start further right, in a grid), four in
 * five of them at one x. Or they are a form's field names, at any
 * distance from their values: three in four end in a colon ("Name:"),
 * or four in five are a few words in bold that start at one x (a
 * table's first column). */
static gboolean
is_label_column (PdfPage *p,
                 double   gutter)
{
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_left_only = 0, most = 0, most_starts = 0, n_colons = 0, n_bold = 0, n_apart = 0;
  gboolean wide = FALSE;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      double end = -1, start = G_MAXDOUBLE, bottom[2] = { -1, -1 }, size[2] = { 0, 0 }, x;
      gboolean colon, bold_short;

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
          int side = r->x1 >= gutter - 3;

          if (g_unichar_isspace (p->chars[i]))
            continue;
          if (side)
            start = MIN (start, r->x1);
          else
            end = MAX (end, r->x2);
          bottom[side] = MAX (bottom[side], r->y2);
          size[side] = MAX (size[side], a ? a->font_size : 0);
        }
      if (end >= 0 && start == G_MAXDOUBLE)
        n_left_only++;
      if (end < 0 || start == G_MAXDOUBLE)
        continue;
      /* (The page's foot sets its parts far apart: a date, the page's
       * number.) */
      if (k + 1 == p->rows->len && start - end >= 3 * MAX (size[0], 5.0))
        continue;
      /* (A table's cells may set their first lines a little apart.) */
      if (ABS (bottom[0] - bottom[1]) >= 0.5 * MAX (size[0], size[1]))
        return FALSE;
      n_apart += baselines_differ (bottom[0], size[0], bottom[1], size[1]);
      wide |= MIN (start, gutter) - end >= 3 * MAX (size[0], 5.0);
      _vitae_pdf_read_label (p, row, gutter, &x, &colon, &bold_short);
      n_colons += colon;
      n_bold += bold_short;
      g_array_append_val (ends, end);
      g_array_append_val (starts, x);
    }
  for (guint k = 0; k < ends->len; k++)
    {
      most = MAX (most, _vitae_pdf_n_near (ends, g_array_index (ends, double, k)));
      most_starts = MAX (most_starts, _vitae_pdf_n_near (starts, g_array_index (starts, double, k)));
    }
  if (ends->len < 3 || n_left_only * 2 > ends->len)
    return FALSE;
  if (n_bold * 5 >= ends->len * 4 && most_starts * 5 >= ends->len * 4)
    return TRUE;
  return n_apart == 0 && ((!wide && most * 5 >= ends->len * 4) || n_colons * 4 >= ends->len * 3);
}

/* Whether text right of @x is set larger than most text left of it by
 * a fourth: a sidebar's headings (a column of dates and places has none). */
gboolean
_vitae_pdf_right_has_heading (PdfPage *p,
                              double   x)
{
  double usual = _vitae_pdf_left_size (p, x, -1);

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

          if (a != NULL && g_unichar_isalnum (p->chars[i]) && p->rects[p->rect_of[i]].x1 >= x - 3 &&
              usual > 0 && a->font_size >= 1.25 * usual)
            return TRUE;
        }
    }
  return FALSE;
}

/* Splits the page's rows in two columns when it has a gutter that many
 * lines start at, unless the left column is headings alone
 * (vitae-text-reader-pdf-headings.c) or the gutter is where the text of
 * items marked just left of it starts, and their wrapped lines
 * (_vitae_pdf_is_hanging_edge()); a gutter up to 86 % of the page's
 * width when what stands right of it parts the rows clearly and has
 * headings of its own (a narrow sidebar). */
static void
read_page_columns (PdfPage *p)
{
  guint best = 0;
  double dates = -1;
  double gutter = find_gutter (p, &best, &dates, 0, 0.74), side;
  gboolean right_own = FALSE;
  guint at, n_right = 0;

  /* The main column's text may start far right of its own edge, where
   * its headings and a column of dates stand (more than the 48 points
   * find_gutter() goes back): where its lines run across the gutter
   * found (a paragraph under a heading), its edge parts the rows when a
   * sidebar left of it sets its lines on baselines of their own (beside
   * the column's or not) and the column has headings of its own. */
  if (gutter > 0 && dates > 0 && dates < gutter - 48 && !parts_columns (p, gutter, NULL) &&
      _vitae_pdf_parts_columns_full (p, dates, &right_own, TRUE) && right_own && _vitae_pdf_right_has_heading (p, dates))
    gutter = dates;
  right_own = FALSE;
  /* Three columns (dates, the main column, a sidebar at the right):
   * where lines run across the gutter found (the main column's, after
   * their dates), a place 48 points or more right of it that parts the
   * rows clearly, with rows of its own, is the sidebar's. */
  if (gutter > 0 && !parts_columns (p, gutter, NULL))
    {
      guint further_best = 0;
      double further_dates = -1;
      double further = find_gutter (p, &further_best, &further_dates, gutter + 48, 0.74);

      if (further > 0 && further_best >= 4 && parts_columns (p, further, &right_own) && right_own)
        gutter = further, best = further_best, dates = further_dates;
      right_own = FALSE;
    }
  /* Fewer lines start at the gutter when the right column's lines are
   * centred; then it must part the rows clearly (parts_columns()). */
  if (gutter <= 0 || best < 4 ||
      (best < p->rows->len / 4 && !(parts_columns (p, gutter, &right_own) && right_own)))
    {
      gutter = find_gutter (p, &best, &dates, 0, 0.86);
      if (gutter <= 0 || best < 4 || !parts_columns (p, gutter, &right_own) || !right_own ||
          !_vitae_pdf_right_has_heading (p, gutter))
        return;
    }
  if (is_label_column (p, gutter) || _vitae_pdf_is_plain_label_table (p, gutter))
    return;
  if (_vitae_pdf_read_heading_column (p, gutter))
    return;
  if (_vitae_pdf_is_hanging_edge (p, dates))
    return;
  /* A sidebar left of a main column whose entries stand beside their
   * dates or labels (the gutter found is where the entries' text
   * starts): the page parts at the main column's edge, each label
   * staying on its row. */
  side = _vitae_pdf_label_column_edge (p, dates);
  if (side > 0)
    {
      split_columns (p, side, &n_right);
      return;
    }
  /* A sidebar left of a main column whose entries set their items in a
   * column of their own (that column is the gutter found): the sidebar
   * reads first, then each entry before its items. */
  side = _vitae_pdf_side_edge (p, dates);
  at = split_columns (p, side > 0 ? side : dates, &n_right);
  if (side > 0 && n_right > 0)
    _vitae_pdf_read_entry_columns (p, dates, at, at + n_right - 1);
}

/* The page's columns (read_page_columns()), then items set in two
 * narrow columns inside one (_vitae_pdf_read_item_columns()). */
void
_vitae_pdf_read_columns (PdfPage *p)
{
  read_page_columns (p);
  _vitae_pdf_read_item_columns (p);
}
