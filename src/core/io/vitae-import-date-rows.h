/* vitae-import-date-rows.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* vitae-import-date-rows.c */
GPtrArray *
_vitae_import_join_date_rows (GPtrArray *lines);

G_END_DECLS
