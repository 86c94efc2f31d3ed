/* vitae-import-degree-lines.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-degree-lines.c */
Role
_vitae_import_degree_line_role (Reader        *r,
                                guint          i,
                                VitaeTextLine *line,
                                const char    *text);

G_END_DECLS
