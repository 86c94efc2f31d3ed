/* vitae-template.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VITAE_BULLET_SHAPE_DOT,
  VITAE_BULLET_SHAPE_SQUARE,
} VitaeBulletShape;

/*
 * A template is the typographic design of the pages: fonts, sizes, spacing
 * and colours. Every template keeps to DESIGN.md principle 4 by
 * construction: one reading column, body text of at least 9 pt, margins of
 * at least 0.5 in, headings set in capitals or weight only, bullets drawn as
 * shapes.
 *
 * Sizes are in points; gaps are in multiples of the body size, so that a
 * smaller base size tightens the spacing with it.
 */
typedef struct
{
  const char       *id;
  const char       *name;            /* untranslated; see vitae_template_get_name() */
  const char       *family;          /* a Pango family list, best first */
  const char       *heading_family;
  double            body_size;
  double            margin;
  double            line_spacing;    /* a factor of the font's own line height */
  double            name_scale;      /* the name's size over the body size */
  double            headline_scale;
  double            heading_scale;
  double            section_gap;
  double            entry_gap;
  double            bullet_gap;
  gboolean          center_header;
  gboolean          heading_rule;    /* a thin rule under each section heading */
  /* Role, organisation and place on one line. Extractors read dates aligned
   * right beside a one-line heading as a separate column when the lines
   * below are short, so the shipped templates keep two lines. */
  gboolean          one_line_entry;
  guint32           ink;             /* 0xRRGGBB */
  guint32           accent;
  guint32           muted;
  VitaeBulletShape  bullet;
} VitaeTemplate;

const VitaeTemplate *vitae_template_lookup    (const char          *id);
const VitaeTemplate *vitae_template_get_nth   (guint                position);
guint                vitae_template_get_count (void);
const char          *vitae_template_get_name  (const VitaeTemplate *self);
char                *vitae_template_dup_ids   (const char          *separator);

G_END_DECLS
