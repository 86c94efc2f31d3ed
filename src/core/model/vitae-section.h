/* vitae-section.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-node.h"

G_BEGIN_DECLS

#define VITAE_TYPE_SECTION (vitae_section_get_type ())

G_DECLARE_FINAL_TYPE (VitaeSection, vitae_section, VITAE, SECTION, VitaeNode)

/* A section's own heading, when the user gave one, is its "title" field. */
VitaeSection     *vitae_section_new          (VitaeSectionKind  kind);
VitaeSection     *vitae_section_copy         (VitaeSection     *self);
VitaeSectionKind  vitae_section_get_kind     (VitaeSection     *self);
const char       *vitae_section_get_id       (VitaeSection     *self);
const char       *vitae_section_get_title    (VitaeSection     *self);
GListModel       *vitae_section_get_entries  (VitaeSection     *self);
guint             vitae_section_get_n_entries(VitaeSection     *self);
VitaeEntry       *vitae_section_get_entry    (VitaeSection     *self,
                                              guint             position);
void              vitae_section_insert_entry (VitaeSection     *self,
                                              guint             position,
                                              VitaeEntry       *entry);
void              vitae_section_append_entry (VitaeSection     *self,
                                              VitaeEntry       *entry);
void              vitae_section_remove_entry (VitaeSection     *self,
                                              guint             position);
void              vitae_section_move_entry   (VitaeSection     *self,
                                              guint             from,
                                              guint             to);

G_END_DECLS
