/* vitae-import-grid.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* vitae-import-grid.c (its _vitae_import_grid_wraps() is in
 * vitae-import-private.h) */
char *
_vitae_import_split_close_cells (const char *row);

G_END_DECLS
