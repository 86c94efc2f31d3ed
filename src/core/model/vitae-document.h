/* vitae-document.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-node.h"

G_BEGIN_DECLS

#define VITAE_TYPE_DOCUMENT (vitae_document_get_type ())

G_DECLARE_FINAL_TYPE (VitaeDocument, vitae_document, VITAE, DOCUMENT, VitaeNode)

/*
 * The document node holds the contact basics as text fields: "name",
 * "label" (the headline), "email", "phone", "url", "image", "summary",
 * "address", "postal-code", "city", "country-code", "region", and the
 * JSON Resume meta data "meta-canonical", "meta-version" and
 * "meta-last-modified", and "language", the document language as a BCP 47
 * tag (see vitae_document_get_effective_language() for an empty one).
 * Profiles (links) are entries with "network",
 * "username" and "url" fields.
 *
 * The "changed" signal without detail of VitaeNode fires for a field of the
 * document itself; "content-changed" fires once after any change anywhere in
 * the document (a field of any node, or a list insertion, removal or move).
 */
VitaeDocument *vitae_document_new             (void);
VitaeHistory  *vitae_document_get_history     (VitaeDocument *self);
gboolean       vitae_document_get_modified    (VitaeDocument *self);
void           vitae_document_set_modified    (VitaeDocument *self,
                                               gboolean       modified);
void           vitae_document_set_saved_position (VitaeDocument *self,
                                                  guint64        position);
guint64        vitae_document_get_revision    (VitaeDocument *self);

const char    *vitae_document_get_language    (VitaeDocument *self);
void           vitae_document_set_language    (VitaeDocument *self,
                                               const char    *language);
const char    *vitae_document_detect_language (VitaeDocument *self);
const char    *vitae_document_get_effective_language (VitaeDocument *self);

GListModel    *vitae_document_get_sections    (VitaeDocument *self);
guint          vitae_document_get_n_sections  (VitaeDocument *self);
VitaeSection  *vitae_document_get_section     (VitaeDocument *self,
                                               guint          position);
VitaeSection  *vitae_document_find_section    (VitaeDocument *self,
                                               VitaeSectionKind kind);
void           vitae_document_insert_section  (VitaeDocument *self,
                                               guint          position,
                                               VitaeSection  *section);
void           vitae_document_append_section  (VitaeDocument *self,
                                               VitaeSection  *section);
void           vitae_document_remove_section  (VitaeDocument *self,
                                               guint          position);
void           vitae_document_move_section    (VitaeDocument *self,
                                               guint          from,
                                               guint          to);

GListModel    *vitae_document_get_profiles    (VitaeDocument *self);
void           vitae_document_insert_profile  (VitaeDocument *self,
                                               guint          position,
                                               VitaeEntry    *profile);
void           vitae_document_append_profile  (VitaeDocument *self,
                                               VitaeEntry    *profile);
void           vitae_document_remove_profile  (VitaeDocument *self,
                                               guint          position);

gboolean       vitae_document_equal           (VitaeDocument *a,
                                               VitaeDocument *b);

G_END_DECLS
