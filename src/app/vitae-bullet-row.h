/* vitae-bullet-row.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vitae-analysis.h"
#include "vitae-coach.h"
#include "vitae-core.h"
#include "vitae-node-row.h"

G_BEGIN_DECLS

#define VITAE_TYPE_BULLET_ROW (vitae_bullet_row_get_type ())

G_DECLARE_FINAL_TYPE (VitaeBulletRow, vitae_bullet_row, VITAE, BULLET_ROW, VitaeNodeRow)

GtkWidget   *vitae_bullet_row_new                 (VitaeBullet    *bullet);
void         vitae_bullet_row_ensure_built        (VitaeBulletRow *self);
gboolean     vitae_bullet_row_is_built            (VitaeBulletRow *self);
VitaeBullet *vitae_bullet_row_get_bullet          (VitaeBulletRow *self);
GtkTextView *vitae_bullet_row_get_text_view       (VitaeBulletRow *self);
GtkBox      *vitae_bullet_row_get_suggestion_area (VitaeBulletRow *self);
void         vitae_bullet_row_set_suggestions_visible (VitaeBulletRow *self,
                                                       gboolean        visible);
void         vitae_bullet_row_set_score           (VitaeBulletRow *self,
                                                   int             score);
void         vitae_bullet_row_focus_text          (VitaeBulletRow *self,
                                                   gboolean        at_end);
VitaeCoachResult *vitae_bullet_row_get_result     (VitaeBulletRow   *self);
gboolean     vitae_bullet_row_apply_suggestion    (VitaeBulletRow *self,
                                                   guint           position);
gboolean     vitae_bullet_row_select_next_slot    (VitaeBulletRow *self);

G_END_DECLS
