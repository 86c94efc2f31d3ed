/* vitae-text-reader-pdf-glyph-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Glyphs whose row the height of their middle alone does not tell, for
 * the PDF reader's rows (vitae-text-reader-pdf.c): a glyph stacked on a
 * glyph of a row is on another line (_vitae_pdf_stacks_on_row()); a
 * small glyph set inside the glyph before it, as the LaTeX logo's "A"
 * is inside its "L", is on that glyph's row and reads at its size
 * (_vitae_pdf_is_inside_glyph(), _vitae_pdf_size_inside_glyphs());
 * and the logos of LaTeX and TeX, set as capitals raised and lowered,
 * read as their names (_vitae_pdf_read_tex_logos()). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <string.h>

#include "vitae-text-reader-private.h"

static const PopplerRectangle *
char_rect (PdfPage *p,
           guint    i)
{
  return &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];
}

static PopplerTextAttributes *
char_font (PdfPage *p,
           guint    i)
{
  return p->by_char[MIN (p->rect_of[i], p->n_rects - 1)];
}

/* Whether the glyph @i would stack on a glyph of @row rather than stand
 * beside it: a row held by a larger glyph (an icon) reaches over two
 * lines of text, a label set just above its value; a glyph of one over
 * a glyph of the other, their middles half a letter apart, is on
 * another line (else their letters would interleave: "P+H4O7NE"). */
gboolean
_vitae_pdf_stacks_on_row (PdfPage       *p,
                          const PdfLine *row,
                          guint          i)
{
  const PopplerRectangle *r = char_rect (p, i);
  double height = r->y2 - r->y1;
  double tall = (row->bottom - row->top) / 1.2;

  if (height > tall)
    return FALSE;
  for (guint j = 0; j < row->chars->len; j++)
    {
      const PopplerRectangle *o = char_rect (p, g_array_index (row->chars, guint, j));
      double other = o->y2 - o->y1;
      double overlap = MIN (r->x2, o->x2) - MAX (r->x1, o->x1);

      if (other < tall && other > 0.5 * height && height > 0.5 * other &&
          overlap > 0.5 * MIN (r->x2 - r->x1, o->x2 - o->x1) &&
          ABS ((r->y1 + r->y2) - (o->y1 + o->y2)) / 2 > 0.5 * MIN (height, other))
        return TRUE;
    }
  return FALSE;
}

/* Whether the letter @i, which no row took, is a smaller letter set
 * inside the height of the letter @before it in the text and touching
 * it or kerned into it (the LaTeX logo's "A", raised to the top of its
 * "L"), or the next glyph of the word of such a letter. The row it first meets may stand lower than that "L" (a label
 * in small capitals, whose font's box starts lower, began it), so that
 * its middle, high in the line, is too far from the row's: left a row
 * of its own, it would take in the rest of the line after it
 * ("Tools <tab> Git, LTEX," over "A <tab> Linux, …"). */
gboolean
_vitae_pdf_is_inside_glyph (PdfPage *p,
                            guint    i,
                            guint    before)
{
  const PopplerRectangle *r = char_rect (p, i), *b = char_rect (p, before);
  PopplerTextAttributes *small = char_font (p, i), *big = char_font (p, before);
  double size, end = b->x2;

  if (small == NULL || big == NULL)
    return FALSE;
  /* (A space between them is as wide as it is: "Pearl Excellence
   * Award" in a font of drawn glyphs whose sizes differ by letter.) */
  if (i == before + 2 && g_unichar_isspace (p->chars[i - 1]) && char_rect (p, i - 1)->x1 >= b->x2 - 0.5)
    end = char_rect (p, i - 1)->x2;
  /* (The glyphs after it in its word go with it: "th" of "6th".) */
  if (small == big && r->y1 == b->y1 && r->y2 == b->y2 && r->x1 >= b->x1 && r->x1 <= end + 0.1 * small->font_size)
    return TRUE;
  if (!g_unichar_isalnum (p->chars[i]) || !g_unichar_isalnum (p->chars[before]))
    return FALSE;
  size = big->font_size;
  return small->font_size > 0 && small->font_size < 0.85 * size && r->y1 >= b->y1 - 0.05 * size &&
         r->y2 <= b->y2 + 0.05 * size && r->x1 >= b->x1 && r->x1 <= end + 0.1 * size;
}

/* The glyphs set inside the glyph before them (@inside, of pairs of
 * that glyph and the one before it, in the text's order) read at the
 * size of the glyph they are set in, once the logos are read: the "th"
 * of "6th" is no word of a smaller size set apart, and "LaTeX" reads as
 * one word. */
void
_vitae_pdf_size_inside_glyphs (PdfPage *p,
                               GArray  *inside)
{
  for (guint k = 0; k < inside->len; k++)
    {
      const guint *pair = &((const guint *) inside->data)[2 * k];

      p->by_char[MIN (p->rect_of[pair[0]], p->n_rects - 1)] = char_font (p, pair[1]);
    }
}

/* Whether the glyphs @a and @b, one after the other in a row, touch:
 * no more than a tenth of @size apart, or kerned into each other. */
static gboolean
touch (PdfPage *p,
       guint    a,
       guint    b,
       double   size)
{
  return char_rect (p, b)->x1 - char_rect (p, a)->x2 < 0.1 * size && char_rect (p, b)->x1 > char_rect (p, a)->x1;
}

/* Whether the glyphs from @at of @row (sorted) spell @word in capitals
 * of one size that touch one another. */
static gboolean
spells (PdfPage    *p,
        PdfLine    *row,
        guint       at,
        const char *word)
{
  guint n = strlen (word);
  PopplerTextAttributes *first;

  if (at + n > row->chars->len || (first = char_font (p, g_array_index (row->chars, guint, at))) == NULL)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      guint i = g_array_index (row->chars, guint, at + k);
      PopplerTextAttributes *font = char_font (p, i);

      if (p->chars[i] != (gunichar) word[k] || font == NULL || ABS (font->font_size - first->font_size) > 0.05 ||
          (k > 0 && !touch (p, g_array_index (row->chars, guint, at + k - 1), i, first->font_size)))
        return FALSE;
    }
  return TRUE;
}

/* Whether the "E" @e is set lower than a glyph of its font and size on
 * @row that starts as high: by a tenth of its size at least (TeX lowers
 * it by half an x-height, a fifth or a quarter of it; poppler gives the letters of its
 * word the word's box, which the "E" stretches down). */
static gboolean
is_lowered (PdfPage *p,
            PdfLine *row,
            guint    e)
{
  const PopplerRectangle *r = char_rect (p, e);
  PopplerTextAttributes *font = char_font (p, e);

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, j);
      const PopplerRectangle *o = char_rect (p, i);
      PopplerTextAttributes *other = char_font (p, i);

      if (other != NULL && !g_unichar_isspace (p->chars[i]) && g_strcmp0 (other->font_name, font->font_name) == 0 &&
          ABS (other->font_size - font->font_size) < 0.05 && ABS (o->y1 - r->y1) < 0.05 * font->font_size &&
          r->y2 - o->y2 > 0.1 * font->font_size)
        return TRUE;
    }
  return FALSE;
}

/* Whether the glyph at @at of @row (sorted) is no letter: the word
 * before or after a logo ends there. */
static gboolean
ends_word (PdfPage *p,
           PdfLine *row,
           guint    at)
{
  return at >= row->chars->len || !g_unichar_isalpha (p->chars[g_array_index (row->chars, guint, at)]);
}

/* The logos TeX and LaTeX as TeX sets them: "TEX" with its "E" lowered
 * (is_lowered()), after an "L" with a smaller "A" raised into it for
 * LaTeX. The text layer gives their capitals ("LATEX", "TEX"); they read
 * as the names they stand for, a word of their row ("LaTeX", and
 * "LaTeX2e" or "XeLaTeX" as written around it). Capitals of one size
 * ("TEX" in a heading) and an "A" on the line of its "L" (small
 * capitals) are no logo. */
void
_vitae_pdf_read_tex_logos (PdfPage *p)
{
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      _vitae_pdf_sort_row (p, row);
      for (guint j = 0; j + 3 <= row->chars->len; j++)
        {
          guint at = j, l = 0, a = 0;
          gboolean latex = FALSE;

          if (j + 5 <= row->chars->len && p->chars[g_array_index (row->chars, guint, j)] == 'L' &&
              p->chars[g_array_index (row->chars, guint, j + 1)] == 'A' && spells (p, row, j + 2, "TEX"))
            {
              const PopplerRectangle *rl, *ra;
              PopplerTextAttributes *fl, *fa;

              l = g_array_index (row->chars, guint, j), a = g_array_index (row->chars, guint, j + 1);
              rl = char_rect (p, l), ra = char_rect (p, a);
              fl = char_font (p, l), fa = char_font (p, a);
              latex = fl != NULL && fa != NULL && fa->font_size < 0.85 * fl->font_size &&
                      ABS (fl->font_size - char_font (p, g_array_index (row->chars, guint, j + 2))->font_size) < 0.05 &&
                      ra->x1 < rl->x2 && ra->x1 > rl->x1 &&
                      touch (p, a, g_array_index (row->chars, guint, j + 2), fl->font_size) &&
                      rl->y2 - ra->y2 > 0.15 * fl->font_size;
              at = j + 2;
            }
          if (!latex && (!spells (p, row, j, "TEX") || (j > 0 && !ends_word (p, row, j - 1))))
            continue;
          if (!ends_word (p, row, at + 3) || !is_lowered (p, row, g_array_index (row->chars, guint, at + 1)))
            continue;
          if (latex)
            p->chars[a] = 'a';
          p->chars[g_array_index (row->chars, guint, at + 1)] = 'e';
          j = at + 2;
        }
    }
}
