/* vitae-import-dated-place.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* vitae-import-dated-place.c */
gboolean
_vitae_import_title_dates_place (const char  *text,
                                 char       **title,
                                 char       **dates,
                                 char       **place);

G_END_DECLS
