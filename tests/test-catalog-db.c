/* test-catalog-db.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "vitae-catalog.h"
#include "vitae-catalog-private.h"
#include "vitae-core.h"

/*
 * The shipped catalog is a database built at compile time from the SQL
 * (build-aux/catalog-compile.c), opened without running any SQL: it must
 * hold exactly what running every SQL file of data/catalog in name order
 * gives, so that a file added to the folder but not to the list the build
 * reads (data/vitae-core.gresource.xml) fails here.
 */

#define CATALOG_DB_RESOURCE "/io/github/vitae/Vitae/core/catalog.db"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Every SQL file of data/catalog in the source tree, run as vitae-catalog.c ran
 * them at every start before the database was built at compile time. */
static sqlite3 *
load_sql_reference (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".sql"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autofree char *sql = NULL;
      char *message = NULL;

      g_assert_true (g_file_get_contents (path, &sql, NULL, &error));
      g_assert_no_error (error);
      if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
        g_error ("%s: %s", path, message);
    }

  return db;
}

/* The rows of one query, one line each, columns tab-separated. */
static char *
dump_query (sqlite3    *db,
            const char *sql)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          g_string_append_printf (out, "%s%s", c > 0 ? "\t" : "", text ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

static void
test_same_as_sql (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, &error);
  sqlite3 *reference = load_sql_reference ();
  sqlite3 *shipped;
  g_autofree char *schema = NULL;
  g_autofree char *shipped_schema = NULL;
  g_auto(GStrv) tables = NULL;

  g_assert_no_error (error);
  shipped = vitae_catalog_get_db (catalog);

  schema = dump_query (reference, "SELECT type, name, sql FROM main.sqlite_master ORDER BY type, name");
  shipped_schema = dump_query (shipped, "SELECT type, name, sql FROM main.sqlite_master ORDER BY type, name");
  g_assert_cmpstr (shipped_schema, ==, schema);

  {
    g_autofree char *names = dump_query (reference,
                                         "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name");

    tables = g_strsplit (g_strchomp (names), "\n", -1);
  }
  g_assert_cmpuint (g_strv_length (tables), >, 3);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM main.\"%s\" ORDER BY rowid", tables[i]);
      g_autofree char *expected = dump_query (reference, sql);
      g_autofree char *actual = dump_query (shipped, sql);

      g_test_message ("%s: %zu bytes", tables[i], strlen (expected));
      g_assert_cmpstr (actual, ==, expected);
    }

  sqlite3_close (reference);
}

/* The catalog is the compiled database, not SQL run at start-up: its main
 * database has the resource's size, and the user's keywords still attach. */
static void
test_compiled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  sqlite3 *db;
  g_autofree char *pages = NULL;
  g_autofree char *page_size = NULL;
  g_autofree char *user = NULL;

  g_assert_no_error (error);
  db = vitae_catalog_get_db (catalog);

  bytes = g_resources_lookup_data (CATALOG_DB_RESOURCE, 0, &error);
  g_assert_no_error (error);
  pages = dump_query (db, "PRAGMA main.page_count");
  page_size = dump_query (db, "PRAGMA main.page_size");
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10) * g_ascii_strtoull (page_size, NULL, 10), ==,
                    g_bytes_get_size (bytes));

  user = dump_query (db, "SELECT name FROM pragma_database_list WHERE name = 'user'");
  g_assert_cmpstr (user, ==, "user\n");
}

/* The window reads the catalog where the resource holds it, not from a
 * copy (900 KB of memory at every start): SQLite's "main" is the resource's
 * own bytes, read-only; the user's keywords still go in, and a catalog made
 * to be changed (for the tests that break it) is a copy. */
static void
test_in_place (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, &error);
  g_autoptr(VitaeCatalog) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  sqlite3_int64 size = 0;
  sqlite3 *db;

  g_assert_no_error (error);
  db = vitae_catalog_get_db (catalog);
  bytes = g_resources_lookup_data (CATALOG_DB_RESOURCE, 0, &error);
  g_assert_no_error (error);

  g_assert_true (sqlite3_serialize (db, "main", &size, SQLITE_SERIALIZE_NOCOPY) == g_bytes_get_data (bytes, NULL));
  g_assert_cmpint (size, ==, g_bytes_get_size (bytes));
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM main.aliases", NULL, NULL, NULL), !=, SQLITE_OK);

  {
    const char *role = vitae_catalog_get_default_role (catalog);
    g_autofree char *group_sql = g_strdup_printf ("SELECT id FROM keyword_groups WHERE role_id = '%s' LIMIT 1", role);
    g_autofree char *group = g_strchomp (dump_query (db, group_sql));
    g_auto(GStrv) added = NULL;

    g_assert_true (vitae_catalog_add_user_keyword (catalog, role, group, "Frobnicator", &error));
    g_assert_no_error (error);
    added = vitae_catalog_dup_user_keywords (catalog, role);
    g_assert_true (g_strv_contains ((const char * const *) added, "Frobnicator"));
  }

  copy = _vitae_catalog_new_copy (&error);
  g_assert_no_error (error);
  db = vitae_catalog_get_db (copy);
  g_assert_true (sqlite3_serialize (db, "main", &size, SQLITE_SERIALIZE_NOCOPY) != g_bytes_get_data (bytes, NULL));
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM main.aliases", NULL, NULL, NULL), ==, SQLITE_OK);
}

/* The default catalog (the window's) opens its database when first asked
 * for something, not when made: the window makes it with its analysis
 * before its first frame, and analyses only after it. */
static void
test_default_opens_when_used (void)
{
  VitaeCatalog *catalog = vitae_catalog_get_default ();

  g_assert_cmpuint (catalog->opened, ==, 0);
  g_assert_null (catalog->db);
  g_assert_nonnull (vitae_catalog_get_user_path (catalog));
  g_assert_cmpuint (catalog->opened, ==, 0);

  g_assert_nonnull (vitae_catalog_get_default_role (catalog));
  g_assert_cmpuint (catalog->opened, ==, 1);
  g_assert_nonnull (catalog->db);
  g_assert_true (vitae_catalog_get_db (catalog) == catalog->db);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/catalog-db/same-as-sql", test_same_as_sql);
  g_test_add_func ("/vitae/catalog-db/compiled", test_compiled);
  g_test_add_func ("/vitae/catalog-db/in-place", test_in_place);
  g_test_add_func ("/vitae/catalog-db/default-opens-when-used", test_default_opens_when_used);

  return g_test_run ();
}
