/* vitae-import-marked-titles.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-marked-titles.c */
gboolean
_vitae_import_heads_dated_subtitle (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line);
Role
_vitae_import_marked_subtitle_role (Reader        *r,
                                    guint          i,
                                    const char    *text);

G_END_DECLS
