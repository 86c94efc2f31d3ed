/* vitae-import-review.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_IMPORT_REVIEW (vitae_import_review_get_type ())

G_DECLARE_FINAL_TYPE (VitaeImportReview, vitae_import_review, VITAE, IMPORT_REVIEW, AdwWindow)

VitaeImportReview *vitae_import_review_new          (GtkWindow         *parent,
                                                     VitaeDocument     *document,
                                                     const char        *source_text,
                                                     GPtrArray         *notes);
VitaeDocument     *vitae_import_review_get_document (VitaeImportReview *self);
guint              vitae_import_review_get_n_unsure (VitaeImportReview *self);
guint              vitae_import_review_get_n_pieces (VitaeImportReview *self);

G_END_DECLS
