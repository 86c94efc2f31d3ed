/* vitae-import-dates.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *_vitae_import_after_date_label (const char *text);
char       *_vitae_import_short_end_year   (const char *start,
                                            const char *end);
gboolean    _vitae_import_parse_date_list  (const char  *text,
                                            char       **start,
                                            char       **end);

G_END_DECLS
