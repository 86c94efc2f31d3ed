/* vitae-preview.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-core.h"
#include "vitae-render.h"
#include "vitae-side-panel.h"

G_BEGIN_DECLS

#define VITAE_TYPE_PREVIEW (vitae_preview_get_type ())

G_DECLARE_FINAL_TYPE (VitaePreview, vitae_preview, VITAE, PREVIEW, VitaeSidePanel)

GtkWidget   *vitae_preview_new          (GSettings          *settings);
void         vitae_preview_get_options  (VitaePreview       *self,
                                         VitaeRenderOptions *options);
VitaeLayout *vitae_preview_get_layout   (VitaePreview       *self);
void         vitae_preview_set_zoom     (VitaePreview       *self,
                                         double              zoom);
double       vitae_preview_get_zoom     (VitaePreview       *self);
void         vitae_preview_set_full_window (VitaePreview    *self,
                                            gboolean         full);

G_END_DECLS
