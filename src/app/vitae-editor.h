/* vitae-editor.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vitae-core.h"

G_BEGIN_DECLS

#define VITAE_TYPE_EDITOR (vitae_editor_get_type ())

G_DECLARE_FINAL_TYPE (VitaeEditor, vitae_editor, VITAE, EDITOR, AdwBin)

/* Positions the editor can scroll to, besides section indexes. */
#define VITAE_EDITOR_BASICS  (-2)
#define VITAE_EDITOR_SUMMARY (-1)

GtkWidget     *vitae_editor_new               (void);
VitaeDocument *vitae_editor_get_document      (VitaeEditor   *self);
void           vitae_editor_set_document      (VitaeEditor   *self,
                                               VitaeDocument *document);
void           vitae_editor_scroll_to         (VitaeEditor   *self,
                                               int            position);
GtkListBox    *vitae_editor_get_sections_list (VitaeEditor   *self);
GtkWidget     *vitae_editor_find_bullet_row   (VitaeEditor   *self,
                                               VitaeBullet   *bullet);
void           vitae_editor_reveal_widget     (VitaeEditor   *self,
                                               GtkWidget     *widget);

G_END_DECLS
