/* vitae-remembered.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  _vitae_is_portal_path          (const char *path);
char     *_vitae_portal_host_path        (const char *path);
void      _vitae_remembered_add          (const char *path);
char     *_vitae_remembered_host_path    (const char *path);

G_END_DECLS
