/* vitae-catalog-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-catalog.h"

G_BEGIN_DECLS

#define MEMORY_PATH ":memory:"

struct _VitaeCatalog
{
  GObject  parent_instance;

  /* owned */
  sqlite3 *db;
  GBytes  *shipped;     /* the shipped database, which "main" reads in place */
  char    *user_path;
  GError  *user_error;
  char    *default_role;

  gsize    opened;      /* the database is open (the default one opens when first used) */
  guint    revision;
  /* Opened by a command that only reads (`vitae check`): the user's file
   * is never created, migrated, moved or written. */
  gboolean read_only;
};

/* Attaches the user's catalog at @path (or MEMORY_PATH) as "user", from
 * vitae-catalog-user.c; trouble is recovered from and left in user_error. */
void _vitae_catalog_open_user_db (VitaeCatalog *self,
                                  const char   *path);

/* A catalog whose shipped tables are a copy in memory that SQL can change
 * (the others read them in place, read-only): for tests that break the
 * catalog on purpose. The user's keywords are kept in memory. */
VitaeCatalog *_vitae_catalog_new_copy (GError **error);

G_END_DECLS
