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

/* What a font's name says of it (FONT_*), for the last font asked of
 * in this thread: a page asks of each of its letters' fonts, one after
 * another, and most letters are in the font of the letter before. */
enum { FONT_BOLD = 1 << 0, FONT_ITALIC = 1 << 1, FONT_ICON = 1 << 2 };

typedef struct
{
  char *name;
  guint facts;
} FontFacts;

static void
font_facts_free (gpointer data)
{
  FontFacts *last = data;

  g_free (last->name);
  g_free (last);
}

/* The facts of a TeX font, named by its family and its series and shape
 * in a few letters, not in words: Computer Modern's "CMBX10" (bold
 * extended), "CMTI10" (text italic), "CMSL10" (slanted), the same in
 * the EC and cm-super fonts ("ECBX1200", "SFTI1000"). @folded is the
 * font's name in lower case, maybe after a subset's tag ("abcdef+"). */
static guint
tex_font_facts (const char *folded)
{
  static const char * const families[] = { "cm", "ec", "sf", "cmss", NULL };
  const char *plus = strchr (folded, '+');
  const char *name = plus != NULL && plus - folded == 6 ? plus + 1 : folded;

  for (guint i = 0; families[i] != NULL; i++)
    {
      const char *rest = name + strlen (families[i]);
      guint facts = 0;

      if (!g_str_has_prefix (name, families[i]))
        continue;
      /* ("bx", bold extended; "b", bold: "CMB10", "SFBI1000") */
      if (g_str_has_prefix (rest, "bx") || (rest[0] == 'b' && (g_ascii_isdigit (rest[1]) || rest[1] == 'i')))
        {
          facts |= FONT_BOLD;
          rest += rest[1] == 'x' ? 2 : 1;
        }
      if (g_str_has_prefix (rest, "ti") || g_str_has_prefix (rest, "sl"))
        {
          facts |= FONT_ITALIC;
          rest += 2;
        }
      else if (rest[0] == 'i' && facts != 0)
        {
          facts |= FONT_ITALIC;
          rest++;
        }
      /* (The digits of the design size follow, and only them.) */
      if (facts != 0 && g_ascii_isdigit (rest[0]))
        return facts;
    }
  return 0;
}

static GPrivate last_font = G_PRIVATE_INIT (font_facts_free);

static guint
font_facts (const char *font)
{
  /* (Icon fonts without a map to Unicode: _vitae_pdf_is_icon_letter().) */
  static const char * const icon_fonts[] = { "fontawesome", "marvosym", "wingdings", "webdings", "dingbats", NULL };
  FontFacts *last = g_private_get (&last_font);
  g_autofree char *folded = NULL;

  if (last == NULL)
    {
      last = g_new0 (FontFacts, 1);
      g_private_set (&last_font, last);
    }
  if (last->name != NULL && strcmp (last->name, font) == 0)
    return last->facts;
  folded = g_ascii_strdown (font, -1);
  last->facts = 0;
  if (strstr (folded, "bold") || strstr (folded, "black") || strstr (folded, "heavy") || strstr (folded, "semibold") ||
      strstr (folded, "demi"))
    last->facts |= FONT_BOLD;
  if (strstr (folded, "italic") || strstr (folded, "oblique"))
    last->facts |= FONT_ITALIC;
  for (guint i = 0; icon_fonts[i]; i++)
    if (strstr (folded, icon_fonts[i]) != NULL)
      last->facts |= FONT_ICON;
  last->facts |= tex_font_facts (folded);
  g_free (last->name);
  last->name = g_strdup (font);
  return last->facts;
}

/* Whether the font named @font is a bold one (its name says so). */
gboolean
_vitae_pdf_font_is_bold (const char *font)
{
  return font != NULL && (font_facts (font) & FONT_BOLD) != 0;
}

/* Whether the font named @font is an italic one. */
gboolean
_vitae_pdf_font_is_italic (const char *font)
{
  return font != NULL && (font_facts (font) & FONT_ITALIC) != 0;
}

/* Whether the font named @font is an icon font: FontAwesome, MarVoSym,
 * Wingdings, Webdings, Dingbats. */
gboolean
_vitae_pdf_font_is_icons (const char *font)
{
  return font != NULL && (font_facts (font) & FONT_ICON) != 0;
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
