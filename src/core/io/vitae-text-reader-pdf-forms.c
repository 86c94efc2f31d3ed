/* vitae-text-reader-pdf-forms.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pages set as a form: what the part of a row left of a column of values
 * is as a label ("Name:", a table's bold first cell), and whether a
 * column of plain labels stands beside its values, for the test of a
 * label column in vitae-text-reader-pdf-columns.c. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-private.h"

/* What the part of @row left of @gutter is as a label: where it starts
 * (*@x), whether it ends in a colon, whether it is short (three words at
 * most) and bold (most of its letters). */
void
_vitae_pdf_read_label (PdfPage  *p,
                       PdfLine  *row,
                       double    gutter,
                       double   *x,
                       gboolean *colon,
                       gboolean *bold_short)
{
  guint n_words = 0, n_letters = 0, n_bold = 0;
  gboolean in_word = FALSE;
  gunichar last = 0;

  *x = G_MAXDOUBLE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[i]];

      if (r->x1 >= gutter - 3)
        continue;
      if (g_unichar_isspace (p->chars[i]))
        {
          in_word = FALSE;
          continue;
        }
      *x = MIN (*x, r->x1);
      n_words += !in_word;
      in_word = TRUE;
      last = p->chars[i];
      if (g_unichar_isalnum (p->chars[i]))
        {
          n_letters++;
          n_bold += a != NULL && _vitae_pdf_font_is_bold (a->font_name);
        }
    }
  *colon = last == ':';
  *bold_short = n_words <= 3 && n_letters > 0 && n_bold * 2 > n_letters;
}

/* What stands on a row left and right of a gutter. */
typedef struct
{
  double   left_start, left_end, right_start;
  double   bottom[2], size[2];
  guint    n_words, n_letters, n_bold;
  gboolean across, digits;
} RowSides;

static void
read_row_sides (PdfPage  *p,
                PdfLine  *row,
                double    gutter,
                RowSides *s)
{
  gboolean in_word = FALSE;

  *s = (RowSides) { G_MAXDOUBLE, -1, G_MAXDOUBLE, { -1, -1 }, { 0, 0 }, 0, 0, 0, FALSE, FALSE };
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[i]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
      int side = r->x1 >= gutter - 3;

      if (g_unichar_isspace (p->chars[i]))
        {
          in_word = FALSE;
          continue;
        }
      s->across |= r->x1 < gutter - 3 && r->x2 > gutter + 3;
      s->bottom[side] = MAX (s->bottom[side], r->y2);
      s->size[side] = MAX (s->size[side], a ? a->font_size : 0);
      if (side)
        {
          s->right_start = MIN (s->right_start, r->x1);
          continue;
        }
      s->left_start = MIN (s->left_start, r->x1);
      s->left_end = MAX (s->left_end, r->x2);
      s->n_words += !in_word;
      in_word = TRUE;
      s->digits |= g_unichar_isdigit (p->chars[i]);
      if (g_unichar_isalnum (p->chars[i]))
        {
          s->n_letters++;
          s->n_bold += a != NULL && _vitae_pdf_font_is_bold (a->font_name);
        }
    }
}

/* Whether the text left of @gutter is a table's plain labels beside
 * their values ("Phone" beside a number, "Languages" beside the first of
 * its lines), set neither bold nor right-aligned nor with colons, so
 * that each label stays on its row: three labels or more of three words
 * at most and no figure (not a column of dates beside entries, which
 * other tests read), four in five of them starting at one x, each level
 * with its value (their baselines a fifth of a line apart at most: a
 * table's cells may stand a point apart), the values starting at one x;
 * and below the first row with text right of @gutter, every other line
 * with text left of it a heading (bold, or set larger than the labels)
 * or a line of the page's width (running across @gutter, or with a
 * part, a date, far right of the values), one such line at least. A sidebar
 * flows on its own: its lines are not all headings, nor all level with
 * the main column's, and no line runs across the gutter beside it. */
gboolean
_vitae_pdf_is_plain_label_table (PdfPage *p,
                                 double   gutter)
{
  g_autoptr(GArray) label_xs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) value_xs = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_across = 0, most_labels = 0, most_values = 0;
  gboolean begun = FALSE;
  double label_size = 0, plain_size = G_MAXDOUBLE;

  for (guint k = 0; k < p->rows->len; k++)
    {
      RowSides s;

      read_row_sides (p, &g_array_index (p->rows, PdfLine, k), gutter, &s);
      begun |= s.right_start < G_MAXDOUBLE;
      if (!begun || s.left_end < 0)
        continue;
      if (s.across || s.right_start - s.left_end < 10 || (s.right_start < G_MAXDOUBLE && s.right_start > gutter + 24))
        n_across++;
      else if (s.right_start == G_MAXDOUBLE)
        plain_size = s.n_bold * 2 > s.n_letters ? plain_size : MIN (plain_size, s.size[0]);
      else if (s.n_words > 3 || s.n_bold * 2 > s.n_letters || s.digits ||
               ABS (s.bottom[0] - s.bottom[1]) > 0.2 * MAX (s.size[0], s.size[1]))
        return FALSE;
      else
        {
          label_size = MAX (label_size, s.size[0]);
          g_array_append_val (label_xs, s.left_start);
          g_array_append_val (value_xs, s.right_start);
        }
    }
  for (guint k = 0; k < label_xs->len; k++)
    {
      most_labels = MAX (most_labels, _vitae_pdf_n_near (label_xs, g_array_index (label_xs, double, k)));
      most_values = MAX (most_values, _vitae_pdf_n_near (value_xs, g_array_index (value_xs, double, k)));
    }
  return label_xs->len >= 3 && n_across > 0 && plain_size >= 1.15 * label_size &&
         most_labels * 5 >= label_xs->len * 4 && most_values * 5 >= label_xs->len * 4;
}
