/* vitae-catalog.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-catalog"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "vitae-catalog.h"
#include "vitae-core.h"
#include "vitae-error.h"

#define CATALOG_RESOURCE_PATH "/io/github/vitae/Vitae/core/catalog/"

struct _VitaeCatalog
{
  GObject  parent_instance;

  /* owned */
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (VitaeCatalog, vitae_catalog, G_TYPE_OBJECT)

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
load_shipped_sql (VitaeCatalog  *self,
                  GError       **error)
{
  g_auto(GStrv) names = NULL;
  guint n;

  names = g_resources_enumerate_children (CATALOG_RESOURCE_PATH, 0, error);
  if (names == NULL)
    return FALSE;

  n = g_strv_length (names);
  qsort (names, n, sizeof (char *), compare_names);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strconcat (CATALOG_RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      char *message = NULL;
      gsize len;

      if (!g_str_has_suffix (names[i], ".sql"))
        continue;

      if (!(bytes = g_resources_lookup_data (path, 0, error)))
        return FALSE;

      sql = g_strndup (g_bytes_get_data (bytes, &len), g_bytes_get_size (bytes));
      if (sqlite3_exec (self->db, sql, NULL, NULL, &message) != SQLITE_OK)
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                       /* Translators: %s is a file name, then SQLite's message */
                       _("The keyword catalog “%s” is broken: %s"), names[i], message);
          sqlite3_free (message);
          return FALSE;
        }
    }

  return TRUE;
}

static void
vitae_catalog_finalize (GObject *object)
{
  VitaeCatalog *self = (VitaeCatalog *)object;

  g_clear_pointer (&self->db, sqlite3_close);

  G_OBJECT_CLASS (vitae_catalog_parent_class)->finalize (object);
}

static void
vitae_catalog_class_init (VitaeCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_catalog_finalize;
}

static void
vitae_catalog_init (VitaeCatalog *self)
{
}

/**
 * vitae_catalog_new:
 * @user_db_path: (nullable): the user's own catalog, or %NULL
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the catalog
 */
VitaeCatalog *
vitae_catalog_new (const char  *user_db_path,
                   GError     **error)
{
  g_autoptr(VitaeCatalog) self = g_object_new (VITAE_TYPE_CATALOG, NULL);

  vitae_core_init ();

  if (sqlite3_open_v2 (":memory:", &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("Could not open the keyword catalog: %s"), sqlite3_errmsg (self->db));
      return NULL;
    }

  if (!load_shipped_sql (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * vitae_catalog_get_default:
 *
 * Returns: (transfer none): the shipped catalog, loaded once
 */
VitaeCatalog *
vitae_catalog_get_default (void)
{
  static VitaeCatalog *instance;

  if (g_once_init_enter (&instance))
    {
      g_autoptr(GError) error = NULL;
      VitaeCatalog *catalog = vitae_catalog_new (NULL, &error);

      /* The shipped catalog is part of the program: failing to load it is a bug. */
      if (catalog == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&instance, catalog);
    }

  return instance;
}

/**
 * vitae_catalog_get_db:
 * @self: a #VitaeCatalog
 *
 * Returns: (transfer none): the SQLite connection; use parameterised
 *   queries only
 */
sqlite3 *
vitae_catalog_get_db (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);

  return self->db;
}
