/* vitae-import-known.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  _vitae_import_known_forget   (void);
char *_vitae_import_known_language (void);

G_END_DECLS
