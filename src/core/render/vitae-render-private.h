/* vitae-render-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-render.h"

G_BEGIN_DECLS

char *_vitae_render_link_target  (const char  *kind,
                                  const char  *text);
char *_vitae_layout_dup_page_text (VitaeLayout *self,
                                   guint        page);
const char *_vitae_layout_get_dropped (VitaeLayout *self);

G_END_DECLS
