/* vitae-text-reader-pdf-forms.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pages set as a form: what the part of a row left of a column of values
 * is as a label ("Name:", a table's bold first cell), for the test of a
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
