/* vitae-import-contact-around.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-import-private.h"

G_BEGIN_DECLS

/* vitae-import-contact-around.c */
void
_vitae_import_read_around_address (Builder    *builder,
                                   const char *part);
gboolean
_vitae_import_starts_with_postal_code (const char *part);
gboolean
_vitae_import_is_grouped_number (const char *text);
gboolean
_vitae_import_is_state_zip (const char *text);
gboolean
_vitae_import_ends_with_state_zip (const char *part);
void
_vitae_import_set_region (VitaeNode  *node,
                          const char *text);
gboolean
_vitae_import_is_numbered_street (const char *part);
gboolean
_vitae_import_is_detail (const char *text);
void
_vitae_import_set_street_and_city (VitaeNode  *node,
                                   const char *part);

/* vitae-import-text.c */
gboolean
_vitae_import_is_web_host (const char *text);

G_END_DECLS
