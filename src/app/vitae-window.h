/* vitae-window.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-application.h"

G_BEGIN_DECLS

#define VITAE_TYPE_WINDOW (vitae_window_get_type ())

G_DECLARE_FINAL_TYPE (VitaeWindow, vitae_window, VITAE, WINDOW, AdwApplicationWindow)

VitaeWindow *vitae_window_new       (VitaeApplication *application);
void         vitae_window_open_file (VitaeWindow      *self,
                                     GFile            *file);

G_END_DECLS
