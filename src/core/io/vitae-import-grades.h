/* vitae-import-grades.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-grades.c */
gboolean
_vitae_import_is_grade_line (const char *text);
void
_vitae_import_note_grade_item (Reader     *r,
                               guint       i,
                               VitaeEntry *entry,
                               gboolean    marked);
void
_vitae_import_settle_grades (VitaeDocument *document);

G_END_DECLS
