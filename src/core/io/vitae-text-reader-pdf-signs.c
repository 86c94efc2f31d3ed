/* vitae-text-reader-pdf-signs.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A list's mark that a PDF's text layer reads as a control character,
 * for the PDF reader (vitae-text-reader-pdf.c) and the drawn marks'
 * search (vitae-text-reader-pdf-marks.c): a sign of a symbol font that
 * has no map to Unicode, set before an item's first letter, reads as the
 * written bullet "•" it stands for, and the row is no place to look for
 * a drawn mark. And the signs of TeX's symbol font that the text layer
 * reads as the letters of their codes ("k" for a double bar) read as
 * the signs they are. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <string.h>

#include "vitae-text-reader-private.h"

/**
 * _vitae_pdf_is_control_sign:
 * @c: a character of the text layer
 * @r: its box
 * @attributes: (nullable): its font
 *
 * Whether @c, with a box, is a sign that the text layer reads as a
 * control character: a symbol font's without a map to Unicode (LaTeX's
 * AMS square, \blacksquare, reads U+0004; a Type 3 font's bullet
 * U+0088), not an icon font's (FontAwesome's, or one named for its
 * icons: the logos before skills' names).
 */
gboolean
_vitae_pdf_is_control_sign (gunichar                     c,
                            const PopplerRectangle      *r,
                            const PopplerTextAttributes *attributes)
{
  g_autofree char *folded = NULL;

  if (!g_unichar_iscntrl (c) || g_unichar_isspace (c) || r->x2 <= r->x1 || r->y2 <= r->y1 ||
      _vitae_pdf_is_icon_letter (attributes, c))
    return FALSE;
  folded = attributes && attributes->font_name ? g_ascii_strdown (attributes->font_name, -1) : NULL;
  return folded == NULL || strstr (folded, "icon") == NULL;
}

/**
 * _vitae_pdf_control_mark:
 * @p: a page
 * @order: a row's characters in reading order (of Placed)
 *
 * Where in @order the row's list mark is when the text layer reads it
 * as a control character (_vitae_pdf_is_control_sign()): the row's
 * first visible glyph, a letter after it and clear of it (a Europass
 * page's items, marked by LaTeX's square). The mark reads as "•", as if
 * written.
 *
 * Returns: its index in @order, or G_MAXUINT
 */
guint
_vitae_pdf_control_mark (PdfPage *p,
                         GArray  *order)
{
  guint j = 0, k;
  const Placed *mark, *next;

  while (j < order->len && g_unichar_isspace (p->chars[g_array_index (order, Placed, j).index]))
    j++;
  for (k = j + 1; k < order->len && g_unichar_isspace (p->chars[g_array_index (order, Placed, k).index]); k++)
    ;
  if (k >= order->len)
    return G_MAXUINT;
  mark = &g_array_index (order, Placed, j);
  next = &g_array_index (order, Placed, k);
  if (!_vitae_pdf_is_control_sign (p->chars[mark->index], &mark->rect, p->by_char[p->rect_of[mark->index]]) ||
      !g_unichar_isalpha (p->chars[next->index]) || next->rect.x1 <= mark->rect.x2)
    return G_MAXUINT;
  return j;
}

/* @font's name without its subset's tag ("ABCDEF+"). */
static const char *
typeface_of (const char *font)
{
  const char *plus = strchr (font, '+');

  return plus != NULL && plus - font == 6 ? plus + 1 : font;
}

/* Whether the character @ci of the page is @c in the font @font, its
 * box starting at @x on another row than @y, and the next visible
 * character of the text layer a letter clear of it: the mark of another
 * item of the same list. */
static gboolean
marks_item_at (PdfPage    *p,
               glong       ci,
               gunichar    c,
               const char *font,
               double      x,
               double      y)
{
  const PopplerRectangle *r = &p->rects[p->rect_of[ci]];
  const PopplerTextAttributes *a = p->by_char[p->rect_of[ci]];
  glong k = ci + 1;

  if (p->chars[ci] != c || a == NULL || g_strcmp0 (a->font_name, font) != 0 || ABS (r->x1 - x) >= 1 ||
      ABS (r->y1 - y) < 1)
    return FALSE;
  while (k < p->n_chars && g_unichar_isspace (p->chars[k]))
    k++;
  return k < p->n_chars && g_unichar_isalpha (p->chars[k]) && p->rects[p->rect_of[k]].x1 > r->x2;
}

/**
 * _vitae_pdf_icon_mark:
 * @p: a page
 * @order: a row's characters in reading order (of Placed)
 * @rect: (out): the mark's box, as high as the letter after it
 * @text_x: (out): where the item's text starts
 *
 * Where in @order the row's list mark is when it is a glyph of an icon
 * font that the text layer reads as a sign of ASCII (moderncv sets its
 * item's ring "◦" in MarVoSym, read "{"): the row's first visible glyph,
 * a letter after it and clear of it, and the same glyph, in the same
 * font, at the same place on another row with a letter after it — the
 * list's other item. An icon stands before a single detail (a phone's
 * before its number), each its own. The mark reads as "•", as if
 * written, so the item's wrapped lines read under its text; its box
 * spans the letters' height, the glyph, taller, not setting the line's
 * top and foot (the space above it was the letters' before).
 *
 * Returns: its index in @order, or G_MAXUINT
 */
guint
_vitae_pdf_icon_mark (PdfPage          *p,
                      GArray           *order,
                      PopplerRectangle *rect,
                      double           *text_x)
{
  guint j = 0, k;
  const Placed *mark, *next;
  const PopplerTextAttributes *a;
  gunichar c;

  while (j < order->len && g_unichar_isspace (p->chars[g_array_index (order, Placed, j).index]))
    j++;
  for (k = j + 1; k < order->len && g_unichar_isspace (p->chars[g_array_index (order, Placed, k).index]); k++)
    ;
  if (k >= order->len)
    return G_MAXUINT;
  mark = &g_array_index (order, Placed, j);
  next = &g_array_index (order, Placed, k);
  c = p->chars[mark->index];
  a = p->by_char[p->rect_of[mark->index]];
  /* (FontAwesome's glyphs are icons all: a calendar before each
   * entry's dates, a pin before its place.) */
  if (c >= 0x80 || !g_unichar_isgraph (c) || !_vitae_pdf_is_icon_letter (a, c) ||
      g_ascii_strncasecmp (typeface_of (a->font_name), "fontawesome", 11) == 0 ||
      !g_unichar_isalpha (p->chars[next->index]) || next->rect.x1 <= mark->rect.x2)
    return G_MAXUINT;
  for (glong ci = 0; ci < p->n_chars; ci++)
    if (marks_item_at (p, ci, c, a->font_name, mark->rect.x1, mark->rect.y1))
      {
        *rect = mark->rect;
        rect->y1 = next->rect.y1;
        rect->y2 = next->rect.y2;
        *text_x = next->rect.x1;
        return j;
      }
  return G_MAXUINT;
}

/**
 * _vitae_pdf_read_math_signs:
 * @p: a page, its characters and their fonts read
 *
 * Reads the signs of TeX's symbol font (Computer Modern's, "CMSY10")
 * that the text layer gives as the small letters of their codes, the
 * font having no map to Unicode, as the signs they draw: "j" a bar,
 * "f" and "g" braces, "x" a section sign. The font has no letters in
 * those codes. Its double bar ("k") reads as a bar: set between the
 * details of a header ("Ada Roe ‖ Ghent ‖ ada@…"), it parts them as a
 * bar does.
 */
void
_vitae_pdf_read_math_signs (PdfPage *p)
{
  /* (The codes from "a" to "z" of the font's encoding, OMS.) */
  static const char signs[] = "⊣⌊⌋⌈⌉{}⟨⟩||↕⇕\\≀√⨿∇∫⊔⊓⊑⊒§†‡";
  g_autofree gunichar *table = g_utf8_to_ucs4_fast (signs, -1, NULL);

  for (glong ci = 0; ci < p->n_chars; ci++)
    {
      const PopplerTextAttributes *a = p->by_char[p->rect_of[ci]];
      g_autofree char *folded = NULL;

      if (p->chars[ci] < 'a' || p->chars[ci] > 'z' || a == NULL || a->font_name == NULL)
        continue;
      folded = g_ascii_strdown (a->font_name, -1);
      if (strstr (folded, "cmsy") != NULL)
        p->chars[ci] = table[p->chars[ci] - 'a'];
    }
}
