/* vitae-import-after-pass.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the import does to the resume once the line pass is done
 * (reader_finish() in vitae-import-lines.c). */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-not-dates.c */
void
_vitae_import_move_not_dates (VitaeDocument *document);

/* vitae-import-groups.c */
void
_vitae_import_gather_groups (VitaeDocument *document);
void
_vitae_import_mark_item_group (VitaeEntry *group);
void
_vitae_import_leave_group (Builder    *builder,
                           const char *text);

/* vitae-import-emails.c */
void
_vitae_import_take_own_email (VitaeDocument *document,
                              GPtrArray     *lines);

G_END_DECLS
