/* vitae-window.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-analysis.h"
#include "vitae-application.h"
#include "vitae-core.h"
#include "vitae-editor.h"

G_BEGIN_DECLS

#define VITAE_TYPE_WINDOW (vitae_window_get_type ())

/* The keyboard shortcuts window ("help_overlay" in it), built by the
 * window's win.show-help-overlay when first shown. */
#define VITAE_SHORTCUTS_RESOURCE "/io/github/vitae/Vitae/vitae-shortcuts.ui"

G_DECLARE_FINAL_TYPE (VitaeWindow, vitae_window, VITAE, WINDOW, AdwApplicationWindow)

VitaeWindow   *vitae_window_new             (VitaeApplication *application);
VitaeDocument *vitae_window_get_document    (VitaeWindow      *self);
GFile         *vitae_window_get_file        (VitaeWindow      *self);
VitaeEditor   *vitae_window_get_editor      (VitaeWindow      *self);
VitaeAnalysis *vitae_window_get_analysis    (VitaeWindow      *self);
gboolean       vitae_window_open_file       (VitaeWindow      *self,
                                             GFile            *file);
void           vitae_window_offer_recovery  (VitaeWindow      *self,
                                             GPtrArray        *items);

G_END_DECLS
