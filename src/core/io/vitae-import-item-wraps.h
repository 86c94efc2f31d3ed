/* vitae-import-item-wraps.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-item-wraps.c */
gboolean
_vitae_import_unseen_mark_item (Reader        *r,
                                guint          i,
                                VitaeTextLine *line);

G_END_DECLS
