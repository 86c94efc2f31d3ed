/* vitae-bullet.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-node.h"

G_BEGIN_DECLS

#define VITAE_TYPE_BULLET (vitae_bullet_get_type ())

G_DECLARE_FINAL_TYPE (VitaeBullet, vitae_bullet, VITAE, BULLET, VitaeNode)

/* A bullet keeps its text in the "text" field. */
VitaeBullet *vitae_bullet_new       (const char  *text);
VitaeBullet *vitae_bullet_copy      (VitaeBullet *self);
const char  *vitae_bullet_get_text  (VitaeBullet *self);
void         vitae_bullet_set_text  (VitaeBullet *self,
                                     const char  *text);
VitaeEntry  *vitae_bullet_get_entry (VitaeBullet *self);

G_END_DECLS
