/* vitae-catalog.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "vitae-types.h"

G_BEGIN_DECLS

#define VITAE_TYPE_CATALOG (vitae_catalog_get_type ())

G_DECLARE_FINAL_TYPE (VitaeCatalog, vitae_catalog, VITAE, CATALOG, GObject)

/*
 * The keyword catalog: the shipped data (data/catalog/NN-*.sql, run in name
 * order from the core's resources into an in-memory SQLite database) and,
 * when a path is given, the user's own database attached as "user".
 */
VitaeCatalog *vitae_catalog_new         (const char    *user_db_path,
                                         GError       **error);
VitaeCatalog *vitae_catalog_get_default (void);
sqlite3      *vitae_catalog_get_db      (VitaeCatalog  *self);

G_END_DECLS
