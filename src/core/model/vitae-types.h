/* vitae-types.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _VitaeBullet     VitaeBullet;
typedef struct _VitaeCatalog    VitaeCatalog;
typedef struct _VitaeDocument   VitaeDocument;
typedef struct _VitaeEntry      VitaeEntry;
typedef struct _VitaeHistory    VitaeHistory;
typedef struct _VitaeNode       VitaeNode;
typedef struct _VitaeSection    VitaeSection;

/**
 * VitaeSectionKind:
 *
 * The kinds of section a resume can hold. Every section of JSON Resume
 * v1.0.0 has a home here, so nothing imported is lost.
 */
typedef enum
{
  VITAE_SECTION_EXPERIENCE,
  VITAE_SECTION_PROJECTS,
  VITAE_SECTION_EDUCATION,
  VITAE_SECTION_SKILLS,
  VITAE_SECTION_CERTIFICATIONS,
  VITAE_SECTION_AWARDS,
  VITAE_SECTION_VOLUNTEER,
  VITAE_SECTION_PUBLICATIONS,
  VITAE_SECTION_LANGUAGES,
  VITAE_SECTION_INTERESTS,
  VITAE_SECTION_REFERENCES,
  VITAE_SECTION_CUSTOM,
  VITAE_N_SECTION_KINDS
} VitaeSectionKind;

const char *vitae_section_kind_to_id        (VitaeSectionKind  kind);
gboolean    vitae_section_kind_from_id      (const char       *id,
                                             VitaeSectionKind *kind);
const char *vitae_section_kind_get_title    (VitaeSectionKind  kind);
gboolean    vitae_section_kind_has_bullets  (VitaeSectionKind  kind);

G_END_DECLS
