/* vitae-import-item-details.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-item-details.c */
gboolean
_vitae_import_is_link_word (const char *cell);
char *
_vitae_import_take_item_detail (Builder             *builder,
                                VitaeEntry          *entry,
                                const VitaeTextLine *line,
                                const char          *text);

G_END_DECLS
