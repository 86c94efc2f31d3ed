/* vitae-import-sub-titles.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-sub-titles.c */
gboolean
_vitae_import_is_sub_title (Reader        *r,
                            guint          i,
                            VitaeTextLine *line,
                            const char    *text);
Role
_vitae_import_heading_role (Reader        *r,
                            guint          i,
                            VitaeTextLine *line,
                            const char    *text);
char *
_vitae_import_sub_title_wraps (Reader     *r,
                               guint       i,
                               const char *text,
                               guint      *end);

G_END_DECLS
