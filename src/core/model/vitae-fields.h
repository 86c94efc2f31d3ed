/* vitae-fields.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-types.h"

G_BEGIN_DECLS

typedef enum
{
  VITAE_FIELD_TEXT,       /* one line */
  VITAE_FIELD_MULTILINE,  /* a paragraph */
  VITAE_FIELD_DATE,       /* ISO 8601: "2021", "2021-04", "2021-04-12" */
  VITAE_FIELD_URL,
  VITAE_FIELD_LIST,       /* a list field, edited as comma-separated text */
} VitaeFieldType;

typedef struct
{
  const char     *key;
  VitaeFieldType  type;
  const char     *label;   /* untranslated; use vitae_field_info_get_label() */
} VitaeFieldInfo;

const VitaeFieldInfo *vitae_section_kind_get_fields (VitaeSectionKind      kind,
                                                     guint                *n_fields);
const char           *vitae_section_kind_get_heading_key (VitaeSectionKind kind);
const char           *vitae_field_info_get_label    (const VitaeFieldInfo *info);

gboolean              vitae_date_parse              (const char           *iso,
                                                     int                  *year,
                                                     int                  *month);
char                 *vitae_date_format             (const char           *iso);
char                 *vitae_date_normalize          (const char           *text);

gboolean              vitae_grade_has_label         (const char           *score);

G_END_DECLS
