/* vitae-types.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-types.h"

static const struct {
  const char *id;
  const char *title;
  gboolean    has_bullets;
} kinds[VITAE_N_SECTION_KINDS] = {
  [VITAE_SECTION_EXPERIENCE]     = { "experience",     N_("Experience"),     TRUE },
  [VITAE_SECTION_PROJECTS]       = { "projects",       N_("Projects"),       TRUE },
  [VITAE_SECTION_EDUCATION]      = { "education",      N_("Education"),      FALSE },
  [VITAE_SECTION_SKILLS]         = { "skills",         N_("Skills"),         FALSE },
  [VITAE_SECTION_CERTIFICATIONS] = { "certifications", N_("Certifications"), FALSE },
  [VITAE_SECTION_AWARDS]         = { "awards",         N_("Awards"),         FALSE },
  [VITAE_SECTION_VOLUNTEER]      = { "volunteer",      N_("Volunteering"),   TRUE },
  [VITAE_SECTION_PUBLICATIONS]   = { "publications",   N_("Publications"),   FALSE },
  [VITAE_SECTION_LANGUAGES]      = { "languages",      N_("Languages"),      FALSE },
  [VITAE_SECTION_INTERESTS]      = { "interests",      N_("Interests"),      FALSE },
  [VITAE_SECTION_REFERENCES]     = { "references",     N_("References"),     FALSE },
  [VITAE_SECTION_CUSTOM]         = { "custom",         N_("Additional Information"), TRUE },
};

/**
 * vitae_section_kind_to_id:
 * @kind: a #VitaeSectionKind
 *
 * Returns: the stable id of @kind ("experience", "skills"…), used in files
 *   and in the command line's JSON
 */
const char *
vitae_section_kind_to_id (VitaeSectionKind kind)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
vitae_section_kind_from_id (const char       *id,
                            VitaeSectionKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < VITAE_N_SECTION_KINDS; i++)
    {
      if (g_str_equal (id, kinds[i].id))
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * vitae_section_kind_get_title:
 * @kind: a #VitaeSectionKind
 *
 * Returns: the translated standard heading for @kind
 */
const char *
vitae_section_kind_get_title (VitaeSectionKind kind)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].title);
}

/**
 * vitae_section_kind_has_bullets:
 * @kind: a #VitaeSectionKind
 *
 * Returns: whether entries of @kind are described with bullets
 */
gboolean
vitae_section_kind_has_bullets (VitaeSectionKind kind)
{
  g_return_val_if_fail (kind < VITAE_N_SECTION_KINDS, FALSE);

  return kinds[kind].has_bullets;
}
