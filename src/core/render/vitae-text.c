/* vitae-text.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <hb-ot.h>

#include "vitae-render-private.h"
#include "vitae-render.h"

/* The text builder: a text with its styled spans, links and font
 * fallbacks, appended run by run before vitae-text-layout.c sets it as an
 * item; and which font draws each character past ASCII. */

static void
link_clear (gpointer data)
{
  Link *link = data;

  g_clear_pointer (&link->uri, g_free);
}

void
_vitae_builder_init (TextBuilder *builder,
                     VitaeLayout *self)
{
  builder->self = self;
  builder->text = g_string_new (NULL);
  builder->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  builder->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_set_clear_func (builder->links, link_clear);
  builder->fallbacks = g_array_new (FALSE, FALSE, sizeof (Fallback));
}

/* ------------------------------------------------------------------ */
/* Fonts for symbols                                                    */
/* ------------------------------------------------------------------ */

/*
 * No character prints as a "tofu" box: Pango draws a character no font
 * has as a box holding its code, which extractors read as digits
 * ("🚀Software Engineer" as "01F 680Software Engineer"). Nor as a
 * colour glyph: Cairo embeds a colour emoji font (Noto Color Emoji's
 * bitmaps) as a Type 3 font, which ATS parsers do not read. A character
 * is drawn with the fonts the layout finds for it, else with a
 * monochrome font that has it, else left out of the page; the coach
 * names emoji as an ATS risk either way.
 */

typedef enum
{
  GLYPH_DRAWN = 1,     /* by the fonts the text is set in */
  GLYPH_FALLBACK,      /* by one of mono_fallbacks, named for it */
  GLYPH_DROPPED,       /* by no font: left out */
} GlyphSource;

/* Monochrome fonts with symbols and emoji, that embed as TrueType or
 * OpenType outlines. */
static const char * const mono_fallbacks[] = {
  "Symbola",
  "Noto Emoji",
  "Noto Sans Symbols2",
  "Noto Sans Symbols",
  "DejaVu Sans",
};

static gboolean
font_is_color (PangoFont *font)
{
  hb_font_t *hb_font = pango_font_get_hb_font (font);
  hb_face_t *face = hb_font != NULL ? hb_font_get_face (hb_font) : NULL;

  return face != NULL &&
         (hb_ot_color_has_png (face) || hb_ot_color_has_svg (face) ||
          hb_ot_color_has_layers (face));
}

/* Whether @font, loaded for the family @family, is that family and
 * draws @c in outlines. */
static gboolean
font_draws (PangoFont  *font,
            const char *family,
            gunichar    c)
{
  g_autoptr(PangoFontDescription) description = NULL;
  const char *name;

  if (font == NULL || !pango_font_has_char (font, c) || font_is_color (font))
    return FALSE;
  if (family == NULL)
    return TRUE;

  description = pango_font_describe (font);
  name = pango_font_description_get_family (description);

  return name != NULL && g_ascii_strcasecmp (name, family) == 0;
}

/* Characters that take no glyph of their own: they join or vary the one
 * before (a zero-width joiner, a variation selector, an emoji's tag or
 * skin tone), and go with it when it is left out. */
static gboolean
is_glyph_modifier (gunichar c)
{
  return c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f) ||
         (c >= 0xe0020 && c <= 0xe007f) || (c >= 0xe0100 && c <= 0xe01ef) ||
         (c >= 0x1f3fb && c <= 0x1f3ff) || c == 0x20e3;
}

/* The font Pango sets @c in, alone, in @family or the template's: the
 * itemizer's choice, which for an emoji prefers a colour font. */
static PangoFont *
itemized_font (VitaeLayout *self,
               gunichar     c,
               const char  *family)
{
  g_autoptr(PangoFontDescription) description = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoFont *font = NULL;
  char text[8];
  int length = g_unichar_to_utf8 (c, text);
  GList *items;

  description = pango_font_description_from_string (family != NULL ? family : self->template->family);
  pango_font_description_set_absolute_size (description, 10 * PANGO_SCALE);
  pango_attr_list_insert (attrs, pango_attr_font_desc_new (description));
  items = pango_itemize (self->context, text, 0, length, attrs, NULL);
  if (items != NULL && ((PangoItem *) items->data)->analysis.font != NULL)
    font = g_object_ref (((PangoItem *) items->data)->analysis.font);
  g_list_free_full (items, (GDestroyNotify) pango_item_free);
  pango_attr_list_unref (attrs);

  return font;
}

static GlyphSource
glyph_source (VitaeLayout  *self,
              gunichar      c,
              const char  **family)
{
  gpointer cached;
  GlyphSource source = GLYPH_DROPPED;
  PangoFont *font;

  *family = NULL;
  if (c < 0x80 || g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
      g_unichar_type (c) == G_UNICODE_FORMAT || is_glyph_modifier (c))
    return GLYPH_DRAWN;

  if (self->glyph_sources == NULL)
    self->glyph_sources = g_hash_table_new (NULL, NULL);
  cached = g_hash_table_lookup (self->glyph_sources, GUINT_TO_POINTER (c));
  if (cached != NULL)
    {
      source = GPOINTER_TO_UINT (cached) & 0xff;
      if (source == GLYPH_FALLBACK)
        *family = mono_fallbacks[GPOINTER_TO_UINT (cached) >> 8];
      return source;
    }

  font = itemized_font (self, c, NULL);
  if (font_draws (font, NULL, c))
    source = GLYPH_DRAWN;
  g_clear_object (&font);

  for (guint i = 0; source == GLYPH_DROPPED && i < G_N_ELEMENTS (mono_fallbacks); i++)
    {
      font = itemized_font (self, c, mono_fallbacks[i]);
      if (font_draws (font, mono_fallbacks[i], c))
        {
          source = GLYPH_FALLBACK;
          *family = mono_fallbacks[i];
          g_hash_table_insert (self->glyph_sources, GUINT_TO_POINTER (c),
                               GUINT_TO_POINTER (source | (i << 8)));
        }
      g_clear_object (&font);
    }

  if (source != GLYPH_FALLBACK)
    g_hash_table_insert (self->glyph_sources, GUINT_TO_POINTER (c), GUINT_TO_POINTER (source));
  if (source == GLYPH_DROPPED)
    {
      if (self->dropped == NULL)
        self->dropped = g_string_new (NULL);
      g_string_append_unichar (self->dropped, c);
    }

  return source;
}

/* Appends @text to @builder, but for the characters no font draws as
 * text, with a monochrome font named for the ones only it draws. */
static void
append_drawable (TextBuilder *builder,
                 const char  *text)
{
  const char *run = text;
  gboolean dropping = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *family;
      GlyphSource source;

      if (c < 0x80)
        {
          /* A symbol left out between spaces, or before one at the
           * start, leaves one space, or none. */
          if (dropping && c == ' ' &&
              (builder->text->len == 0 || builder->text->str[builder->text->len - 1] == ' '))
            {
              run = p + 1;
              dropping = FALSE;
              continue;
            }
          dropping = FALSE;
          continue;
        }
      if (dropping && is_glyph_modifier (c))
        source = GLYPH_DROPPED;
      else
        source = glyph_source (builder->self, c, &family);
      dropping = source == GLYPH_DROPPED;

      if (source == GLYPH_DRAWN)
        continue;

      g_string_append_len (builder->text, run, p - run);
      run = g_utf8_next_char (p);
      if (source == GLYPH_FALLBACK)
        {
          Fallback fallback = { builder->text->len, 0, family };

          g_string_append_len (builder->text, p, run - p);
          fallback.end = builder->text->len;
          g_array_append_val (builder->fallbacks, fallback);
        }
    }
  g_string_append (builder->text, run);
}

void
_vitae_builder_add_fallbacks (GPtrArray *attrs,
                              GArray    *fallbacks,
                              guint      start,
                              guint      end)
{
  for (guint i = 0; i < fallbacks->len; i++)
    {
      Fallback *fallback = &g_array_index (fallbacks, Fallback, i);
      PangoAttribute *attr;

      if (fallback->end <= start || fallback->start >= end)
        continue;
      attr = pango_attr_family_new (fallback->family);
      attr->start_index = MAX (fallback->start, start) - start;
      attr->end_index = MIN (fallback->end, end) - start;
      g_ptr_array_add (attrs, attr);
    }
}

void
_vitae_builder_append (TextBuilder *builder,
                       const char  *text,
                       Style        style)
{
  Span span;

  if (text == NULL || text[0] == '\0')
    return;

  span.start = builder->text->len;
  append_drawable (builder, text);
  span.end = builder->text->len;
  span.style = style;

  if (style != STYLE_PLAIN)
    g_array_append_val (builder->spans, span);
}

/* Appends @text, linked to where @kind says when it is a safe target. */
void
_vitae_builder_append_link (TextBuilder *builder,
                            const char  *kind,
                            const char  *text,
                            Style        style)
{
  g_autofree char *uri = NULL;
  Link link;

  if (text == NULL || text[0] == '\0')
    return;

  uri = _vitae_render_link_target (kind, text);
  link.start = builder->text->len;
  _vitae_builder_append (builder, text, style);
  link.end = builder->text->len;

  if (uri != NULL && _vitae_render_link_target_is_safe (uri))
    {
      link.uri = g_steal_pointer (&uri);
      g_array_append_val (builder->links, link);
    }
}
