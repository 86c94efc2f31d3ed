/* vitae-text-reader-pdf-weights.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Fonts' weights and slants, as their names say, and words a PDF parts
 * by weight alone: a name set large in two weights of one typeface, its
 * given name thin and its family name bold, the two touching with no
 * space between them ("anna" + "berg" drawn as "annaberg"). The reader
 * (vitae-text-reader-pdf.c) reads a space there. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <string.h>

#include "vitae-text-reader-private.h"

/* Whether the font named @font is a bold one (its name says so). */
gboolean
_vitae_pdf_font_is_bold (const char *font)
{
  g_autofree char *folded = font ? g_ascii_strdown (font, -1) : NULL;

  return folded != NULL && (strstr (folded, "bold") || strstr (folded, "black") ||
                            strstr (folded, "heavy") || strstr (folded, "semibold") ||
                            strstr (folded, "demi"));
}

/* Whether the font named @font is an italic one. */
gboolean
_vitae_pdf_font_is_italic (const char *font)
{
  g_autofree char *folded = font ? g_ascii_strdown (font, -1) : NULL;

  return folded != NULL && (strstr (folded, "italic") || strstr (folded, "oblique"));
}

/* The typeface of the font @font: its name without the subset's tag
 * ("ABCDEF+") nor the style after the first hyphen ("Roboto" of
 * "ABCDEF+Roboto-Thin"), its length in *@len. */
static const char *
typeface (const char *font,
          gsize      *len)
{
  const char *plus = strchr (font, '+');
  const char *name = plus != NULL && plus - font == 6 ? plus + 1 : font;

  *len = strcspn (name, "-,");
  return name;
}

/* Whether a space parts the letter @c, in the font @after, from the
 * letter @prev before it, in the font @before, where the two touch: the
 * fonts are two styles of one typeface ("Lato-Light", "Lato-Bold") in
 * the same size, set at least twice as large as the page's usual size
 * @usual (a name's type, not a word of the text with a part in bold,
 * "JavaScript"), after @run letters in @before, four or more ("anna"
 * + "berg"; a heading's first three letters set apart, "Exp" +
 * "erience", are no word), or two or more in lower case before a
 * capital ("Li" + "Wang"). */
gboolean
_vitae_pdf_weight_parts_words (const PopplerTextAttributes *before,
                               gunichar                     prev,
                               guint                        run,
                               const PopplerTextAttributes *after,
                               gunichar                     c,
                               double                       usual)
{
  const char *a, *b;
  gsize a_len, b_len;

  if (before == NULL || after == NULL || before->font_name == NULL || after->font_name == NULL || usual <= 0 ||
      !g_unichar_isalpha (prev) || !g_unichar_isalpha (c) || ABS (before->font_size - after->font_size) >= 0.5 ||
      after->font_size < 2 * usual || g_str_equal (before->font_name, after->font_name) ||
      (run < 4 && (run < 2 || !g_unichar_islower (prev) || !g_unichar_isupper (c))))
    return FALSE;
  a = typeface (before->font_name, &a_len);
  b = typeface (after->font_name, &b_len);
  return a_len > 0 && a_len == b_len && strncmp (a, b, a_len) == 0;
}
