/* vitae-outline.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-analysis.h"
#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_OUTLINE (vitae_outline_get_type ())

G_DECLARE_FINAL_TYPE (VitaeOutline, vitae_outline, VITAE, OUTLINE, AdwBin)

GtkWidget *vitae_outline_new          (void);
void       vitae_outline_set_document (VitaeOutline  *self,
                                       VitaeDocument *document);
void       vitae_outline_set_analysis (VitaeOutline  *self,
                                       VitaeAnalysis *analysis);

G_END_DECLS
