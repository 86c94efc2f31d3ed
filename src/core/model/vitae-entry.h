/* vitae-entry.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-node.h"

G_BEGIN_DECLS

#define VITAE_TYPE_ENTRY (vitae_entry_get_type ())

G_DECLARE_FINAL_TYPE (VitaeEntry, vitae_entry, VITAE, ENTRY, VitaeNode)

/*
 * Field keys an entry may hold. Which ones a kind uses, and how they map to
 * JSON Resume, is in vitae-json-resume-schema.c and the RELAX NG schema:
 *
 *   text: "title" (name of a project, award, certificate, skill group,
 *         language, interest, reference or publication), "organization"
 *         (employer, institution, issuer…), "role" (position), "location",
 *         "url", "start", "end", "date", "summary", "description", "area",
 *         "degree", "score", "awarder", "issuer", "publisher", "level",
 *         "fluency", "reference", "entity", "type", and for profiles
 *         "network" and "username".
 *   list: "keywords", "courses", "roles".
 *
 * Dates are ISO 8601 strings as typed ("2021", "2021-04", "2021-04-12"). An
 * entry with a start and no end is current ("present").
 */
gboolean      vitae_entry_key_is_known (const char  *key,
                                        gboolean    *is_list);

VitaeEntry   *vitae_entry_new          (void);
VitaeEntry   *vitae_entry_copy         (VitaeEntry  *self);
VitaeSection *vitae_entry_get_section  (VitaeEntry  *self);
GListModel   *vitae_entry_get_bullets  (VitaeEntry  *self);
guint         vitae_entry_get_n_bullets(VitaeEntry  *self);
VitaeBullet  *vitae_entry_get_bullet   (VitaeEntry  *self,
                                        guint        position);
void          vitae_entry_insert_bullet(VitaeEntry  *self,
                                        guint        position,
                                        VitaeBullet *bullet);
void          vitae_entry_append_bullet(VitaeEntry  *self,
                                        VitaeBullet *bullet);
void          vitae_entry_remove_bullet(VitaeEntry  *self,
                                        guint        position);
void          vitae_entry_move_bullet  (VitaeEntry  *self,
                                        guint        from,
                                        guint        to);

G_END_DECLS
