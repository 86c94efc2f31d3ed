/* vitae-text-reader-pdf-rotated.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Words set on their side in a margin ("3 years" beside an entry, a
 * group's name up the side of a list of skills). Poppler gives each of
 * their glyphs a box of its own, turned as the glyph is: as wide as a
 * line is tall and as tall as the glyph is wide, one over the other. Read
 * as rows, each glyph would be a line of one letter, or glued to the
 * line level with it. A glyph of upright text has a box taller than
 * wide, or about as wide (an "m", a dash); so a glyph whose box is wider
 * than tall by a third, in a column of at least three such glyphs set
 * one over the other (their boxes as wide and in line within a tenth of
 * their width, less than half their width apart), is a turned word's,
 * and so is any glyph in line with such a column (a wide letter, about
 * square, or a space). When set smaller than most of the page's letters
 * (by more than 15 %), such a word is a note in the margin, and it is
 * left out of the page's rows; one set larger is a section's heading set
 * up the side of the section, and it is turned upright over the section
 * (vitae-text-reader-pdf-upright.c). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include "vitae-text-reader-pdf-rotated.h"

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Whether the boxes @a and @b stand in one column, one over the other. */
static gboolean
stacked (const PopplerRectangle *a,
         const PopplerRectangle *b)
{
  double w = MAX (a->x2 - a->x1, b->x2 - b->x1);
  double gap = MAX (a->y1, b->y1) - MIN (a->y2, b->y2);

  return ABS (a->x1 - b->x1) < 0.1 * w && ABS (a->x2 - b->x2) < 0.1 * w && gap < 0.5 * w;
}

/**
 * _vitae_pdf_find_rotated:
 * @p: a loaded page
 *
 * Finds the glyphs of words set on their side (see the top of the file).
 *
 * Returns: (transfer full) (nullable): for each character of @p, whether
 *   it is such a glyph, a note's (%PDF_TURNED_NOTE) or a heading's
 *   (%PDF_TURNED_HEADING), or 0; NULL when there is none
 */
guint8 *
_vitae_pdf_find_rotated (PdfPage *p)
{
  g_autoptr(GArray) wide = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *parent = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint8 *rotated = NULL;
  gboolean any = FALSE;
  double usual;

  if (p->n_rects == 0)
    return NULL;
  for (guint i = 0; i < (guint) p->n_chars; i++)
    {
      const PopplerRectangle *r = &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];

      if (p->chars[i] != '\n' && r->y2 > r->y1 && r->x2 - r->x1 > 1.33 * (r->y2 - r->y1))
        g_array_append_val (wide, i);
    }
  /* (A page of many such glyphs is some other thing: a table of
   * symbols.) */
  if (wide->len < 3 || wide->len > 2000)
    return NULL;
  parent = g_new (guint, wide->len);
  count = g_new0 (guint, wide->len);
  for (guint k = 0; k < wide->len; k++)
    parent[k] = k;
  for (guint k = 0; k < wide->len; k++)
    for (guint j = k + 1; j < wide->len; j++)
      if (stacked (&p->rects[MIN (p->rect_of[g_array_index (wide, guint, k)], p->n_rects - 1)],
                   &p->rects[MIN (p->rect_of[g_array_index (wide, guint, j)], p->n_rects - 1)]))
        parent[find_root (parent, k)] = find_root (parent, j);
  for (guint k = 0; k < wide->len; k++)
    count[find_root (parent, k)]++;
  rotated = g_new0 (guint8, p->n_chars);
  usual = _vitae_pdf_usual_size (p);
  for (guint k = 0; k < wide->len; k++)
    {
      guint i = g_array_index (wide, guint, k);
      PopplerTextAttributes *a = p->by_char[MIN (p->rect_of[i], p->n_rects - 1)];

      if (count[find_root (parent, k)] >= 3 && a != NULL && a->font_size > 0)
        {
          rotated[i] = a->font_size < 0.85 * usual ? PDF_TURNED_NOTE : PDF_TURNED_HEADING;
          any = TRUE;
        }
    }
  if (!any)
    return NULL;
  /* A wide letter of such a word ("m", "W") has a box about square, and
   * a space one as wide: in line with the column, it is of the word. */
  for (guint i = 0; i < (guint) p->n_chars; i++)
    {
      const PopplerRectangle *r = &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];

      for (guint k = 0; k < wide->len && !rotated[i] && p->chars[i] != '\n' && r->y2 > r->y1; k++)
        {
          guint j = g_array_index (wide, guint, k);

          if (rotated[j] && stacked (r, &p->rects[MIN (p->rect_of[j], p->n_rects - 1)]))
            rotated[i] = rotated[j];
        }
    }
  return g_steal_pointer (&rotated);
}
