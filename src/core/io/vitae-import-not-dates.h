/* vitae-import-not-dates.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-not-dates.c */
void
_vitae_import_move_not_dates (VitaeDocument *document);

G_END_DECLS
