/* vitae-text-reader-pdf-label-edge.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A sidebar beside a main column that sets its entries as rows of a
 * table, for the PDF reader's columns (vitae-text-reader-pdf-columns.c):
 * each entry's dates or label ("2019 – 2021", "Tools") in a narrow column
 * at the main column's left, its text in a wider one right of it. Most
 * lines start at the wider column, so that is the gutter the page's
 * columns find first; split there, the dates would read with the
 * sidebar, far from the entries they head. The main column's own edge,
 * further left, is where the page parts (_vitae_pdf_label_column_edge()):
 * then each label stays on its row, before its entry's text, as in a
 * page of one column with dates in its margin. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* What the rows of a page hold between the main column's edge and the
 * gutter of its text (the labels) and right of that gutter. */
typedef struct
{
  guint n_beside;    /* rows with a label beside text, on one line */
  guint n_same;      /* of those, rows whose label and text share a baseline */
  guint n_label;     /* rows with a label alone */
  guint n_runs;      /* runs of rows one under another with labels */
  guint n_aligned;   /* labels that start or end where most others do */
  double text_right; /* where the text right of the gutter ends, at most */
} LabelRows;

/* A row's glyphs between the main column's edge and the gutter (its
 * label), and right of the gutter (its text): where they start and end,
 * their lowest bottom and their largest size; start is -1 for none. */
typedef struct
{
  double start, end, bottom, size;
} RowPart;

static void
add_glyph (RowPart                *part,
           const PopplerRectangle *r,
           PopplerTextAttributes  *a)
{
  part->start = part->start < 0 ? r->x1 : MIN (part->start, r->x1);
  part->end = MAX (part->end, r->x2);
  part->bottom = MAX (part->bottom, r->y2);
  part->size = MAX (part->size, a ? a->font_size : 0);
}

/* The label and text of @row about @edge and @gutter. */
static void
row_parts (PdfPage *p,
           PdfLine *row,
           double   edge,
           double   gutter,
           RowPart *label,
           RowPart *text)
{
  *label = *text = (RowPart) { -1, -1, -1, 0 };
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];

      if (g_unichar_isspace (p->chars[i]) || r->x1 < edge - 3)
        continue;
      add_glyph (r->x1 < gutter - 3 ? label : text, r, p->by_char[p->rect_of[i]]);
    }
}

/* How many of @xs stand within 3 points of @x. */
static guint
n_near (GArray *xs,
        double  x)
{
  guint n = 0;

  for (guint k = 0; k < xs->len; k++)
    n += ABS (g_array_index (xs, double, k) - x) <= 3;
  return n;
}

/* Counts the rows' labels between @edge and @gutter (LabelRows). A
 * label beside text shares its line: their bottoms less than half a
 * line apart, and 10 points or more between them (a line that runs on
 * from the labels' column across the gutter, a heading, is neither). */
static void
count_labels (PdfPage   *p,
              double     edge,
              double     gutter,
              LabelRows *rows)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean in_run = FALSE;

  *rows = (LabelRows) { 0, 0, 0, 0, 0, -1 };
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      RowPart label, text;
      double size;
      gboolean has_label;

      row_parts (p, row, edge, gutter, &label, &text);
      if (text.start >= 0)
        rows->text_right = MAX (rows->text_right, text.end);
      has_label = label.start >= 0 && (text.start < 0 || text.start - label.end >= 10);
      if (label.start < 0 && text.start < 0)
        continue;
      rows->n_runs += has_label && !in_run;
      in_run = has_label;
      if (label.start >= 0 && text.start < 0)
        rows->n_label++;
      size = MAX (MAX (label.size, text.size), 5.0);
      if (!has_label || text.start < 0 || ABS (label.bottom - text.bottom) >= 0.5 * size)
        continue;
      rows->n_beside++;
      rows->n_same += ABS (label.bottom - text.bottom) <= 1 + 0.25 * ABS (label.size - text.size);
      g_array_append_val (starts, label.start);
      g_array_append_val (ends, label.end);
    }
  for (guint k = 0; k < starts->len; k++)
    rows->n_aligned = MAX (rows->n_aligned, MAX (n_near (starts, g_array_index (starts, double, k)),
                                                 n_near (ends, g_array_index (ends, double, k))));
}

/**
 * _vitae_pdf_label_column_edge:
 * @p: a page
 * @gutter: where the page's columns would part, where most lines start
 *
 * The text right of @gutter may be a main column's entries, beside a
 * narrow column of their labels or dates, with a sidebar further left:
 * a place 48 points or more left of @gutter, right of the page's first
 * quarter, where a part of some row starts, no line of the sidebar
 * running across it, that parts the rows when the sidebar's lines set
 * on baselines of their own count as rows apart, with rows of its own
 * right of it; between it and @gutter, three rows or more have a label
 * beside their text on one line, more than have a label alone (the
 * main column's headings), four in five of those labels starting or
 * ending within 3 points of each other and standing on their text's
 * baseline (a table's row; an entry's title, employer and dates
 * stacked beside its items keep a leading of their own), and rows with
 * labels stand fewer than two on average one under another (a label
 * heads its entry's lines; stacked lines are no labels); and the text
 * right of @gutter runs wider than the labels' column. The leftmost
 * such place is the main column's edge.
 *
 * Returns: that place, or -1
 */
double
_vitae_pdf_label_column_edge (PdfPage *p,
                              double   gutter)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (double));
  double edge = -1;

  if (gutter <= 0)
    return -1;
  for (guint k = 0; k < p->rows->len; k++)
    _vitae_pdf_add_part_starts (p, &g_array_index (p->rows, PdfLine, k), starts);
  for (guint k = 0; k < starts->len; k++)
    {
      double x = g_array_index (starts, double, k);
      gboolean own = FALSE;
      LabelRows rows;

      if (x <= p->width * 0.25 || x >= gutter - 48 || (edge > 0 && x >= edge))
        continue;
      if (_vitae_pdf_text_across (p, x) || !_vitae_pdf_parts_columns_full (p, x, &own, TRUE) || !own)
        continue;
      count_labels (p, x, gutter, &rows);
      if (rows.n_beside >= 3 && rows.n_beside > rows.n_label && rows.n_aligned * 5 >= rows.n_beside * 4 &&
          rows.n_same * 5 >= rows.n_beside * 4 && rows.n_beside + rows.n_label < 2 * rows.n_runs &&
          rows.text_right - gutter > gutter - x)
        edge = x;
    }
  return edge;
}
