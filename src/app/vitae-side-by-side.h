/* vitae-side-by-side.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VITAE_TYPE_SIDE_BY_SIDE (vitae_side_by_side_get_type ())

G_DECLARE_FINAL_TYPE (VitaeSideBySide, vitae_side_by_side, VITAE, SIDE_BY_SIDE, AdwBin)

GtkWidget   *vitae_side_by_side_new           (const char      *pieces_heading,
                                               const char      *text_heading);
GtkListBox  *vitae_side_by_side_get_pieces    (VitaeSideBySide *self);
GtkTextView *vitae_side_by_side_get_text_view (VitaeSideBySide *self);

G_END_DECLS
