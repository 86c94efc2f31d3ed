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
 * heading over its items (_vitae_pdf_read_headed_columns()). This runs
 * before the drawn marks are looked for, so that each item, on a row of
 * its own, has its mark found left of it. */

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
 * (as the row's tabs are): @starts gets at most MAX_COLUMNS of them and
 * @size the row's largest size. Returns how many parts, or 0 when the
 * row has more, or reads right to left. */
static guint
part_starts (PdfPage *p,
             PdfLine *row,
             double  *starts,
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
 * the shorter one's height lower. */
static gboolean
close_under (PdfPage *p,
             guint    a,
             guint    b)
{
  PdfLine *above = &g_array_index (p->rows, PdfLine, a);
  PdfLine *below = &g_array_index (p->rows, PdfLine, b);

  return below->top > above->top &&
         below->top - above->top <= 2 * MIN (below->bottom - below->top, above->bottom - above->top);
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
      double starts[MAX_COLUMNS], size, slack;
      guint n = part_starts (p, head, starts, &size), end = k, n_full = 0;

      if (n < 3 || head->chars->len > 24 * n)
        continue;
      slack = 0.25 * size;
      while (end + 1 < p->rows->len && close_under (p, end, end + 1))
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
