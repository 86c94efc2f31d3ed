/* vitae-text-reader-pdf-headed.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A table of short lists side by side, each under its own heading on one
 * row ("Databases   Languages   Tools", their items in rows under them):
 * read row by row, the items of different columns would join into one
 * line, and a column's item that wraps would join the row below. Such a
 * table is read column by column instead, the left one first, each
 * heading over its items (_vitae_pdf_read_headed_columns()); so are two
 * sections set side by side, their headings on one row, set larger than
 * their text (read_two_sections()). This runs before the drawn marks are
 * looked for, so that each item, on a row of its own, has its mark found
 * left of it. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

#define MAX_COLUMNS 8

static double
char_size (PdfPage *p,
           guint    i)
{
  const PopplerRectangle *r = &p->rects[p->rect_of[i]];
  PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

  return a && a->font_size > 0 ? a->font_size : (r->y2 - r->y1) / 1.2;
}

/* Where @row's parts start, parted by gaps of an em and a half or more
 * (as the row's tabs are): @starts gets at most MAX_COLUMNS of them,
 * @ends (unless NULL) where they end, and @size the row's largest size. Returns how many parts, or 0 when the
 * row has more, or reads right to left. */
static guint
part_starts (PdfPage *p,
             PdfLine *row,
             double  *starts,
             double  *ends,
             double  *size)
{
  double prev = -1;
  guint n = 0;

  *size = 0;
  if (row->rtl > 0)
    return 0;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      double s = char_size (p, i);

      if (g_unichar_isspace (p->chars[i]))
        continue;
      *size = MAX (*size, s);
      if (prev < 0 || r->x1 - prev >= 1.5 * s)
        {
          if (n == MAX_COLUMNS)
            return 0;
          starts[n++] = r->x1;
        }
      prev = MAX (prev, r->x2);
      if (ends != NULL)
        ends[n - 1] = prev;
    }
  return n;
}

/* The column of @n starting at @starts (less @slack) that @x stands in,
 * or -1 left of the first. */
static int
column_of (const double *starts,
           guint         n,
           double        slack,
           double        x)
{
  int c = -1;

  for (guint j = 0; j < n; j++)
    if (x >= starts[j] - slack)
      c = j;
  return c;
}

/* How many of the columns of @n at @starts @row has text in, each part
 * of its text kept inside one of them, starting right of its heading
 * (an item's, after its mark: no row of a grid without headings) and
 * half an em clear of the next column's; 0 when some of its text is not
 * so, or it has none. */
static guint
columns_filled (PdfPage      *p,
                PdfLine      *row,
                const double *starts,
                guint         n,
                double        slack)
{
  double x1[MAX_COLUMNS], x2[MAX_COLUMNS], size = 0;
  guint filled = 0;
  int last = -1;

  for (guint j = 0; j < n; j++)
    x1[j] = G_MAXDOUBLE, x2[j] = -G_MAXDOUBLE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      int c;

      if (g_unichar_isspace (p->chars[i]))
        continue;
      c = column_of (starts, n, slack, r->x1);
      if (c < 0 || (c + 1 < (int) n && r->x2 > starts[c + 1] - slack))
        return 0;
      x1[c] = MIN (x1[c], r->x1);
      x2[c] = MAX (x2[c], r->x2);
      size = MAX (size, char_size (p, i));
    }
  for (guint j = 0; j < n; j++)
    {
      if (x2[j] < x1[j])
        continue;
      if (x1[j] < starts[j] + slack || (last >= 0 && x1[j] - x2[last] < 0.5 * size))
        return 0;
      last = j;
      filled++;
    }
  return filled;
}

/* Whether row @b stands close under row @a: its top less than twice
 * the shorter one's height lower (the taller one's with @taller: a
 * heading over its first line, set further apart). */
static gboolean
close_under (PdfPage  *p,
             guint     a,
             guint     b,
             gboolean  taller)
{
  PdfLine *above = &g_array_index (p->rows, PdfLine, a);
  PdfLine *below = &g_array_index (p->rows, PdfLine, b);
  double h_above = above->bottom - above->top, h_below = below->bottom - below->top;

  return below->top > above->top &&
         below->top - above->top <= 2 * (taller ? MAX (h_above, h_below) : MIN (h_above, h_below));
}

/* Reads rows @start to @end as the @n columns at @starts, the left one
 * first. A column with nothing under its heading (the section's own,
 * set in a column of labels left of the table) stays on one row with
 * the next column's heading, as it stood. Returns how many rows they are
 * now. */
static guint
read_columns (PdfPage      *p,
              guint         start,
              guint         end,
              const double *starts,
              guint         n,
              double        slack)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));

  int first[MAX_COLUMNS];

  /* (Each column's chars go with those of the first of the columns
   * before it that have nothing under their headings.) */
  first[0] = 0;
  for (guint c = 0; c + 1 < n; c++)
    {
      gboolean under = FALSE;

      for (guint k = start + 1; k <= end && !under; k++)
        {
          PdfLine *row = &g_array_index (p->rows, PdfLine, k);

          for (guint j = 0; j < row->chars->len && !under; j++)
            under = column_of (starts, n, slack, p->rects[p->rect_of[g_array_index (row->chars, guint, j)]].x1) == (int) c;
        }
      first[c + 1] = under ? (int) c + 1 : first[c];
    }
  g_array_set_clear_func (rows, _vitae_pdf_line_clear);
  for (guint c = 0; c < n; c++)
    for (guint k = start; k <= end; k++)
      {
        PdfLine *row = &g_array_index (p->rows, PdfLine, k);
        PdfLine part = *row;

        part.chars = g_array_new (FALSE, FALSE, sizeof (guint));
        part.label_x = 0;
        part.mark_x = 0;
        part.inner_mark_x = 0;
        part.flush = FALSE;
        for (guint j = 0; j < row->chars->len; j++)
          {
            guint i = g_array_index (row->chars, guint, j);

            int col = column_of (starts, n, slack, p->rects[p->rect_of[i]].x1);

            if (k == start ? col >= 0 && first[col] == (int) c : col == (int) c)
              g_array_append_val (part.chars, i);
          }
        if (part.chars->len > 0)
          g_array_append_val (rows, part);
        else
          g_array_unref (part.chars);
      }
  return _vitae_pdf_replace_rows (p, start, end, rows);
}

/* The size of @row's largest glyph. */
static double
row_size (PdfPage *p,
          PdfLine *row)
{
  double size = 0;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);

      if (!g_unichar_isspace (p->chars[i]))
        size = MAX (size, char_size (p, i));
    }
  return size;
}

/* Whether each glyph of @row is set a sixth larger than @text or more
 * (a heading's, not a line of that text's). */
static gboolean
all_large (PdfPage *p,
           PdfLine *row,
           double   text)
{
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);

      if (!g_unichar_isspace (p->chars[i]) && char_size (p, i) < 1.15 * text)
        return FALSE;
    }
  return text > 0 && row->chars->len > 0;
}

/* Narrows the gutter *@lo to *@hi between two sections side by side to
 * where @row parts: the place outside its text or between two of its
 * parts that overlaps the gutter most, by @least or more. Returns FALSE
 * when none does (its text runs across), else says in @left and @right
 * whether the row has text either side. */
static gboolean
narrow_gutter (PdfPage  *p,
               PdfLine  *row,
               double    least,
               double   *lo,
               double   *hi,
               gboolean *left,
               gboolean *right)
{
  double starts[MAX_COLUMNS], ends[MAX_COLUMNS], size, best = least, best_lo = 0, best_hi = 0;
  guint n = part_starts (p, row, starts, ends, &size);

  if (n == 0)
    return FALSE;
  for (guint j = 0; j <= n; j++)
    {
      double a = MAX (*lo, j == 0 ? -G_MAXDOUBLE : ends[j - 1]);
      double b = MIN (*hi, j == n ? G_MAXDOUBLE : starts[j]);

      if (b - a >= best)
        best = b - a, best_lo = a, best_hi = b, *left = j > 0, *right = j < n;
    }
  if (best_hi <= best_lo)
    return FALSE;
  *lo = best_lo, *hi = best_hi;
  return TRUE;
}

/* Reads two sections set side by side, each under its heading on row
 * @k (two parts, @starts and @ends, both set larger than the page's
 * text and the row under them), when the rows close under it part at
 * one place: the gutter between the heading's parts (its right end up
 * to two ems right of the second's start) narrowed by each row, a row
 * alone in its column taken for the left one's when it starts left of
 * the gutter. They end at a row that runs across it, or has headings
 * both sides, and after the last with text right of it (and the left
 * one's lines under it); two or more have text both sides. Returns how
 * many rows they are now, or 0. */
static guint
read_two_sections (PdfPage      *p,
                   guint         k,
                   const double *starts,
                   const double *ends,
                   double        size)
{
  double lo = ends[0], hi = starts[1] + 2 * size, split[2], text;
  guint end = k, last = k, n_both = 0;

  if (k + 1 >= p->rows->len)
    return 0;
  text = MAX (p->usual, row_size (p, &g_array_index (p->rows, PdfLine, k + 1)));
  if (!all_large (p, &g_array_index (p->rows, PdfLine, k), text))
    return 0;
  while (end + 1 < p->rows->len && close_under (p, end, end + 1, TRUE))
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, end + 1);
      gboolean left = FALSE, right = FALSE;

      /* (Another row of headings both sides starts two sections of its
       * own, or is an entry's dates and title: a column of dates.) */
      if (!narrow_gutter (p, row, p->usual, &lo, &hi, &left, &right) || (left && right && all_large (p, row, text)))
        break;
      end++;
      if (right)
        last = end;
      n_both += left && right;
    }
  /* (The left one's lines going on under the right one's last, up to
   * a heading: one across the page, after the two.) */
  while (last < end && !all_large (p, &g_array_index (p->rows, PdfLine, last + 1), text))
    last++;
  if (n_both < 2 || hi < starts[1] - 2 * size)
    return 0;
  split[0] = -G_MAXDOUBLE, split[1] = (lo + hi) / 2;
  g_debug ("two sections side by side, parted at %.1f: %u rows", split[1], last - k);
  return read_columns (p, k, last, split, 2, 0);
}

/**
 * _vitae_pdf_read_headed_columns:
 * @p: a page whose rows are read (in columns) and sorted left to right
 *
 * Reads each table of lists under headings (see the top of the file)
 * column by column: a row of three parts or more, each short, and the
 * rows close under it whose text keeps inside the columns those parts
 * start, each a little right of its heading or more, two of them or more
 * with text in three columns.
 */
void
_vitae_pdf_read_headed_columns (PdfPage *p)
{
  for (guint k = 0; k + 2 < p->rows->len; k++)
    {
      PdfLine *head = &g_array_index (p->rows, PdfLine, k);
      double starts[MAX_COLUMNS], ends[MAX_COLUMNS], size, slack;
      guint n = part_starts (p, head, starts, ends, &size), end = k, n_full = 0;

      if (n == 2 && head->chars->len <= 24 * n && (n = read_two_sections (p, k, starts, ends, size)) > 0)
        {
          k += n - 1;
          continue;
        }
      if (n < 3 || head->chars->len > 24 * n)
        continue;
      slack = 0.25 * size;
      while (end + 1 < p->rows->len && close_under (p, end, end + 1, FALSE))
        {
          guint filled = columns_filled (p, &g_array_index (p->rows, PdfLine, end + 1), starts, n, slack);

          if (filled == 0)
            break;
          n_full += filled >= 3;
          end++;
        }
      if (n_full < 2)
        continue;
      g_debug ("a table of %u columns under: %u rows", n, end - k);
      k += read_columns (p, k, end, starts, n, slack) - 1;
    }
}
