/* vitae-fonts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <string.h>

#include "vitae-fonts.h"
#include "vitae-node-private.h"
#include "vitae-template.h"

/*
 * The fonts the preview and the export lay text out with.
 *
 * Pango sorts every font fontconfig knows for each distinct font
 * description (a family list at one size, weight and style), to find
 * fallbacks: a resume has a dozen of those, and a desktop several hundred
 * fonts, so that sorting was the largest part of an export. The renderer
 * instead gets a private fontconfig configuration: the system's own
 * (its rules, folders and caches, so a font is chosen as before), with
 * only the templates' families and the fallbacks for the scripts a resume
 * is written in (Arabic, Hebrew, Chinese, Japanese, Korean, emoji and
 * symbols; Latin, Greek and Cyrillic are in the templates' fonts)
 * accepted.
 *
 * Nothing may print as a missing-glyph box that the system's fonts would
 * draw: when a template's first family is not installed, or a document
 * holds a character none of the private fonts has, that layout uses
 * Pango's default font map, as before. VITAE_SYSTEM_FONTS=1 in the
 * environment always does (to compare the two).
 */

/* Fallbacks for scripts the templates' Latin families lack; the ones that
 * are not installed are simply not there. */
static const char * const fallback_families[] = {
  "Noto Sans Arabic", "Noto Naskh Arabic",
  "Noto Sans Hebrew", "Noto Serif Hebrew",
  "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK",
  "Noto Sans CJK JP", "Noto Sans CJK KR",
  "Noto Serif CJK SC", "Noto Serif CJK TC", "Noto Serif CJK HK",
  "Noto Serif CJK JP", "Noto Serif CJK KR",
  "Noto Color Emoji", "Noto Emoji",
  /* The renderer's monochrome fallbacks for symbols and colour emoji. */
  "Symbola", "Noto Sans Symbols2", "Noto Sans Symbols",
};

/* Generic names are resolved by the configuration's rules, not fonts. */
static const char * const generic_families[] = {
  "serif", "sans-serif", "sans", "monospace", "mono", "cursive", "fantasy",
  "system-ui", "emoji", "math",
};

typedef struct
{
  FcConfig  *config;     /* NULL: the system's fonts */
  FcCharSet *coverage;   /* every character one of the private fonts has */
  guint      n_fonts;
} PrivateFonts;

/* Two sets: the templates' families alone, which most resumes need and
 * which are quick to sort; and with the fallbacks (large CJK fonts). */
enum {
  SET_TEMPLATES,
  SET_FALLBACKS,
  N_SETS
};

static GPrivate font_maps[N_SETS] = {
  G_PRIVATE_INIT (g_object_unref),
  G_PRIVATE_INIT (g_object_unref),
};
static GPrivate system_font_maps = G_PRIVATE_INIT (g_object_unref);

/* Set by vitae_fonts_own_process(). */
static gboolean own_process;

static gboolean
is_generic (const char *family)
{
  for (guint i = 0; i < G_N_ELEMENTS (generic_families); i++)
    if (g_ascii_strcasecmp (family, generic_families[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
add_family (GPtrArray  *families,
            const char *family)
{
  if (*family == '\0' || is_generic (family))
    return;

  for (guint i = 0; i < families->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (families, i), family) == 0)
      return;

  g_ptr_array_add (families, g_strdup (family));
}

/* Adds the families of a Pango family list; returns the first's name. */
static char *
add_family_list (GPtrArray  *families,
                 const char *list)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);
  char *first = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);

      add_family (families, name);
      if (first == NULL && *name != '\0' && !is_generic (name))
        first = g_strdup (name);
    }

  return first;
}

static char *
selectfont_xml (GPtrArray *families)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                               "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                               "<fontconfig>\n"
                               "  <selectfont>\n"
                               "    <acceptfont>\n");

  for (guint i = 0; i < families->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (families, i), -1);

      g_string_append_printf (xml,
                              "      <pattern><patelt name=\"family\"><string>%s</string></patelt></pattern>\n",
                              escaped);
    }
  g_string_append (xml,
                   "    </acceptfont>\n"
                   "    <rejectfont><pattern/></rejectfont>\n"
                   "  </selectfont>\n"
                   "</fontconfig>\n");

  return g_string_free (xml, FALSE);
}

static gboolean
set_has_family (FcFontSet  *set,
                const char *family)
{
  for (int i = 0; set != NULL && i < set->nfont; i++)
    {
      FcChar8 *value;

      for (int id = 0; FcPatternGetString (set->fonts[i], FC_FAMILY, id, &value) == FcResultMatch; id++)
        if (FcStrCmpIgnoreCase (value, (const FcChar8 *) family) == 0)
          return TRUE;
    }

  return FALSE;
}

/* The private configuration, or NULL (with @why set) when it would lack
 * what the templates need. */
static FcConfig *
load_config (PrivateFonts  *fonts,
             guint          set_id,
             const char   **why)
{
  g_autoptr(GPtrArray) families = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) required = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *xml = NULL;
  FcConfig *config;
  FcFontSet *set;

  for (guint i = 0; i < vitae_template_get_count (); i++)
    {
      const VitaeTemplate *template = vitae_template_get_nth (i);
      char *first;

      if ((first = add_family_list (families, template->family)) != NULL)
        g_ptr_array_add (required, first);
      if ((first = add_family_list (families, template->heading_family)) != NULL)
        g_ptr_array_add (required, first);
    }
  for (guint i = 0; set_id == SET_FALLBACKS && i < G_N_ELEMENTS (fallback_families); i++)
    add_family (families, fallback_families[i]);

  /* The system's configuration file, parsed into a configuration of our
   * own; then the selection, which applies as its fonts are loaded from
   * the caches. */
  config = FcConfigCreate ();
  xml = selectfont_xml (families);
  if (!FcConfigParseAndLoad (config, NULL, FcTrue) ||
      !FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) xml, FcTrue) ||
      !FcConfigBuildFonts (config))
    {
      *why = "the configuration did not load";
      FcConfigDestroy (config);
      return NULL;
    }

  set = FcConfigGetFonts (config, FcSetSystem);
  for (guint i = 0; i < required->len; i++)
    if (!set_has_family (set, g_ptr_array_index (required, i)))
      {
        *why = "a template's font is not installed";
        FcConfigDestroy (config);
        return NULL;
      }

  fonts->coverage = FcCharSetCreate ();
  for (int i = 0; i < set->nfont; i++)
    {
      FcCharSet *charset;

      if (FcPatternGetCharSet (set->fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch)
        FcCharSetMerge (fonts->coverage, charset, NULL);
    }
  fonts->n_fonts = set->nfont;

  for (FcChar32 c = 0x20; c < 0x7f; c++)
    if (!FcCharSetHasChar (fonts->coverage, c))
      {
        *why = "the fonts lack ASCII";
        g_clear_pointer (&fonts->coverage, FcCharSetDestroy);
        FcConfigDestroy (config);
        return NULL;
      }

  return config;
}

static gpointer
load_private_fonts (gpointer data)
{
  PrivateFonts *fonts = g_new0 (PrivateFonts, 1);
  guint set_id = GPOINTER_TO_UINT (data);
  const char *why = NULL;

  if (g_strcmp0 (g_getenv ("VITAE_SYSTEM_FONTS"), "1") == 0)
    return fonts;

  if ((fonts->config = load_config (fonts, set_id, &why)) == NULL)
    g_debug ("No private font set %u: %s", set_id, why);
  else if (own_process && set_id == SET_TEMPLATES)
    FcConfigSetCurrent (fonts->config);

  return fonts;
}

static PrivateFonts *
get_private_fonts (guint set_id)
{
  static GOnce once[N_SETS] = { G_ONCE_INIT, G_ONCE_INIT };

  return g_once (&once[set_id], load_private_fonts, GUINT_TO_POINTER (set_id));
}

static PangoFontMap *
get_font_map (guint set_id)
{
  PrivateFonts *fonts = get_private_fonts (set_id);
  PangoFontMap *font_map;

  if (fonts->config == NULL)
    return NULL;

  if ((font_map = g_private_get (&font_maps[set_id])) == NULL)
    {
      font_map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
      if (font_map == NULL || !PANGO_IS_FC_FONT_MAP (font_map))
        {
          g_clear_object (&font_map);
          return NULL;
        }
      pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (font_map), fonts->config);
      g_private_set (&font_maps[set_id], font_map);
    }

  return font_map;
}

static gpointer
load_system_config (gpointer data)
{
  return FcInitLoadConfigAndFonts ();
}

/* The system's fonts: Pango's default font map, unless the process's
 * default configuration is a private one. */
static PangoFontMap *
get_system_font_map (void)
{
  static GOnce once = G_ONCE_INIT;
  PangoFontMap *font_map;
  FcConfig *config;

  if (!own_process || get_private_fonts (SET_TEMPLATES)->config == NULL)
    return pango_cairo_font_map_get_default ();

  if ((font_map = g_private_get (&system_font_maps)) == NULL)
    {
      font_map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
      config = g_once (&once, load_system_config, NULL);
      if (font_map == NULL || !PANGO_IS_FC_FONT_MAP (font_map) || config == NULL)
        {
          g_clear_object (&font_map);
          return pango_cairo_font_map_get_default ();
        }
      pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (font_map), config);
      g_private_set (&system_font_maps, font_map);
    }

  return font_map;
}

/**
 * vitae_fonts_own_process:
 *
 * Says that this process draws text only through the renderer (the
 * command line does; the window does not): the templates' font set then
 * becomes fontconfig's default configuration when it is first needed, so
 * that the system's is not loaded as well. Call it before any text is
 * laid out.
 */
void
vitae_fonts_own_process (void)
{
  own_process = TRUE;
}

/*
 * _vitae_fonts_get_private:
 * @fallbacks: whether with the fallbacks for other scripts
 *
 * Returns: (transfer none) (nullable): this thread's font map with a
 *   private configuration, or %NULL when there is none
 */
PangoFontMap *
_vitae_fonts_get_private (gboolean fallbacks)
{
  return get_font_map (fallbacks ? SET_FALLBACKS : SET_TEMPLATES);
}

/* The number of fonts in a private configuration; 0 when there is none. */
guint
_vitae_fonts_get_n_private (gboolean fallbacks)
{
  PrivateFonts *fonts = get_private_fonts (fallbacks ? SET_FALLBACKS : SET_TEMPLATES);

  return fonts->config != NULL ? fonts->n_fonts : 0;
}

/* Whether @fonts have every character of @text that is drawn (invisible
 * format characters need no glyph). */
static gboolean
covers (PrivateFonts *fonts,
        const char   *text)
{
  if (fonts->coverage == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0';)
    {
      gunichar c;

      /* ASCII is known to be there. */
      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      p = g_utf8_next_char (p);

      if (!FcCharSetHasChar (fonts->coverage, c) &&
          !g_unichar_iszerowidth (c) &&
          g_unichar_type (c) != G_UNICODE_FORMAT &&
          g_unichar_type (c) != G_UNICODE_CONTROL)
        return FALSE;
    }

  return TRUE;
}

/*
 * _vitae_fonts_covers:
 * @fallbacks: which private set
 * @text: UTF-8 text
 *
 * Returns: whether that set's fonts have every character of @text that
 *   is drawn
 */
gboolean
_vitae_fonts_covers (gboolean    fallbacks,
                     const char *text)
{
  return covers (get_private_fonts (fallbacks ? SET_FALLBACKS : SET_TEMPLATES), text);
}

typedef struct
{
  PrivateFonts *fonts;
  gboolean      covered;
} CoverData;

static void node_check (VitaeNode *node, CoverData *data);

static void
store_check (GListStore *store,
             gpointer    user_data)
{
  CoverData *data = user_data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n && data->covered; i++)
    {
      g_autoptr(VitaeNode) child = g_list_model_get_item (G_LIST_MODEL (store), i);

      node_check (child, data);
    }
}

static void
node_check (VitaeNode *node,
            CoverData *data)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (node);

  for (guint i = 0; keys[i] != NULL && data->covered; i++)
    {
      const char * const *list = vitae_node_get_list (node, keys[i]);

      if (!covers (data->fonts, vitae_node_get_text (node, keys[i])))
        data->covered = FALSE;
      for (guint j = 0; list[j] != NULL && data->covered; j++)
        if (!covers (data->fonts, list[j]))
          data->covered = FALSE;
    }

  if (data->covered)
    _vitae_node_foreach_store (node, store_check, data);
}

/*
 * _vitae_fonts_get_font_map:
 * @document: the resume to lay out
 *
 * Returns: (transfer none): the smallest private font map whose fonts draw
 *   all of @document's text, else Pango's default one
 */
PangoFontMap *
_vitae_fonts_get_font_map (VitaeDocument *document)
{
  for (guint set_id = 0; set_id < N_SETS; set_id++)
    {
      PangoFontMap *font_map = get_font_map (set_id);
      CoverData data = { get_private_fonts (set_id), TRUE };

      if (font_map == NULL)
        continue;

      node_check (VITAE_NODE (document), &data);
      if (data.covered)
        return font_map;
    }

  return get_system_font_map ();
}
