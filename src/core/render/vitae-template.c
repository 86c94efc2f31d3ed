/* vitae-template.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-template.h"

/* The families are free fonts packaged by Debian (fonts-noto-core,
 * fonts-liberation2, fonts-dejavu-core) and available to the Flatpak; each
 * list ends with a generic family so that a missing font degrades to a
 * similar one rather than failing. Hebrew and Arabic are named next to the
 * Latin family, because some general fonts' Hebrew and Arabic glyphs have
 * metrics that make extractors split words; CJK and other scripts fall back
 * through fontconfig to Noto. Arabic is set in Noto Naskh Arabic in every
 * template: Noto Sans Arabic draws lam-alef and lam-yeh as one glyph, which
 * cairo maps to a presentation form that poppler extracts as the two
 * letters swapped ("ألنظمة" for "لأنظمة"); Naskh draws each letter as a
 * glyph of its own, which extracts in logical order. */
#define SERIF_FAMILIES "Noto Serif, Noto Serif Hebrew, Noto Naskh Arabic, Liberation Serif, DejaVu Serif, serif"
#define SANS_FAMILIES  "Noto Sans, Noto Sans Hebrew, Noto Naskh Arabic, Noto Sans Arabic, Liberation Sans, DejaVu Sans, sans-serif"

static const VitaeTemplate templates[] = {
  {
    .id = "classic",
    .name = N_("Classic"),
    .family = SERIF_FAMILIES,
    .heading_family = SERIF_FAMILIES,
    .body_size = 10.5,
    .margin = 54.0,
    .line_spacing = 1.0,
    .name_scale = 2.1,
    .headline_scale = 1.15,
    .heading_scale = 1.1,
    .section_gap = 1.25,
    .entry_gap = 0.75,
    .bullet_gap = 0.2,
    .center_header = TRUE,
    .heading_rule = TRUE,
    .one_line_entry = FALSE,
    .ink = 0x1a1a1a,
    .accent = 0x1a1a1a,
    .muted = 0x4d4d4d,
    .bullet = VITAE_BULLET_SHAPE_DOT,
  },
  {
    .id = "modern",
    .name = N_("Modern"),
    .family = SANS_FAMILIES,
    .heading_family = SANS_FAMILIES,
    .body_size = 10.0,
    .margin = 50.0,
    .line_spacing = 1.0,
    .name_scale = 2.4,
    .headline_scale = 1.2,
    .heading_scale = 1.1,
    .section_gap = 1.4,
    .entry_gap = 0.8,
    .bullet_gap = 0.25,
    .center_header = FALSE,
    .heading_rule = FALSE,
    .one_line_entry = FALSE,
    .ink = 0x222222,
    .accent = 0x1c4e80,
    .muted = 0x555555,
    .bullet = VITAE_BULLET_SHAPE_SQUARE,
  },
  {
    .id = "compact",
    .name = N_("Compact"),
    .family = SANS_FAMILIES,
    .heading_family = SANS_FAMILIES,
    .body_size = 9.5,
    .margin = 40.0,
    .line_spacing = 1.0,
    .name_scale = 1.9,
    .headline_scale = 1.05,
    .heading_scale = 1.05,
    .section_gap = 0.9,
    .entry_gap = 0.6,
    .bullet_gap = 0.15,
    .center_header = FALSE,
    .heading_rule = TRUE,
    .one_line_entry = FALSE,
    .ink = 0x000000,
    .accent = 0x000000,
    .muted = 0x444444,
    .bullet = VITAE_BULLET_SHAPE_DOT,
  },
};

/**
 * vitae_template_lookup:
 * @id: (nullable): a template id such as "classic"; %NULL for the default
 *
 * Returns: (nullable): the template, or %NULL when @id names none
 */
const VitaeTemplate *
vitae_template_lookup (const char *id)
{
  if (id == NULL)
    return &templates[0];

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (id, templates[i].id))
      return &templates[i];

  return NULL;
}

/**
 * vitae_template_get_nth:
 * @position: an index below vitae_template_get_count()
 *
 * Returns: the template at @position; the first is the default
 */
const VitaeTemplate *
vitae_template_get_nth (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (templates), NULL);

  return &templates[position];
}

guint
vitae_template_get_count (void)
{
  return G_N_ELEMENTS (templates);
}

/**
 * vitae_template_get_name:
 * @self: a #VitaeTemplate
 *
 * Returns: the translated name of the template, for pickers
 */
const char *
vitae_template_get_name (const VitaeTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, self->name);
}

/**
 * vitae_template_dup_ids:
 * @separator: what goes between two ids
 *
 * Returns: (transfer full): every template id, the default first
 */
char *
vitae_template_dup_ids (const char *separator)
{
  GString *ids = g_string_new (NULL);

  g_return_val_if_fail (separator != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      if (i > 0)
        g_string_append (ids, separator);
      g_string_append (ids, templates[i].id);
    }

  return g_string_free (ids, FALSE);
}
