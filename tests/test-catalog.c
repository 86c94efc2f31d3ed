/* test-catalog.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "vitae-core.h"
#include "vitae-catalog.h"
#include "vitae-catalog-private.h"
#include "vitae-coach.h"
#include "vitae-matcher.h"
#include "vitae-sql.h"

static VitaeCatalog *shipped;

static char *
make_scratch_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vitae-catalog-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static gint64
query_int (VitaeCatalog *catalog,
           const char   *sql,
           const char   *param)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (vitae_catalog_get_db (catalog), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
test_schema (void)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (query_int (shipped, "PRAGMA main.user_version", NULL), ==, 2);
  g_assert_cmpint (query_int (shipped, "PRAGMA user.user_version", NULL), ==, 2);

  /* Every reference between the data files holds. */
  sqlite3_prepare_v2 (vitae_catalog_get_db (shipped), "PRAGMA foreign_key_check", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
test_roles (void)
{
  static const char * const expected[] = {
    "backend-developer", "frontend-developer", "full-stack-developer",
    "data-engineer", "devops-sre", "mobile-developer", NULL,
  };
  g_auto(GStrv) roles = vitae_catalog_dup_role_ids (shipped);
  g_autofree char *name = vitae_catalog_dup_role_name (shipped, "devops-sre");

  g_assert_cmpstrv (roles, expected);
  g_assert_cmpstr (vitae_catalog_get_default_role (shipped), ==, "backend-developer");
  g_assert_cmpstr (name, ==, "DevOps / Site Reliability Engineer");
  g_assert_null (vitae_catalog_dup_role_name (shipped, "astronaut"));

  for (guint i = 0; roles[i] != NULL; i++)
    {
      gint64 n = query_int (shipped, "SELECT count(*) FROM group_keywords WHERE role_id = ?1", roles[i]);
      gint64 aliased = query_int (shipped,
                                  "SELECT count(DISTINCT a.keyword) FROM aliases a "
                                  "JOIN group_keywords gk ON gk.keyword = a.keyword WHERE gk.role_id = ?1",
                                  roles[i]);

      g_test_message ("%s: %" G_GINT64_FORMAT " keywords, %" G_GINT64_FORMAT " with aliases",
                      roles[i], n, aliased);
      g_assert_cmpint (n, >=, g_str_equal (roles[i], "backend-developer") ? 50 : 60);
      g_assert_cmpint (aliased, >=, 10);
    }
}

/* The default role holds the guide's facts: five groups of ten keywords,
 * fifteen skills (eight must-haves, five nice-to-haves, two emerging) and
 * six certifications, one of them overrated. */
static void
test_backend (void)
{
  static const struct {
    const char *group;
    const char *first;
    const char *last;
  } groups[] = {
    { "languages", "Node.js", "Spring Boot" },
    { "databases", "PostgreSQL", "data modeling" },
    { "apis", "REST API", "distributed systems" },
    { "cloud", "AWS", "infrastructure as code" },
    { "practices", "test-driven development", "on-call" },
  };
  static const guint tiers[VITAE_N_TIERS] = { 8, 5, 2 };
  g_autoptr(GPtrArray) skills = vitae_catalog_list_skills (shipped, "backend-developer");
  g_autoptr(GPtrArray) certifications = vitae_catalog_list_certifications (shipped, "backend-developer");
  guint counts[VITAE_N_TIERS] = { 0 };
  guint overrated = 0;

  g_assert_cmpint (query_int (shipped, "SELECT count(*) FROM keyword_groups WHERE role_id = ?1",
                              "backend-developer"), ==, 5);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      sqlite3_stmt *stmt = NULL;
      g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);

      sqlite3_prepare_v2 (vitae_catalog_get_db (shipped),
                          "SELECT keyword FROM group_keywords WHERE role_id = 'backend-developer' "
                          "AND group_id = ?1 ORDER BY position", -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, groups[i].group, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (keywords, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);

      g_assert_cmpuint (keywords->len, ==, 10);
      g_assert_cmpstr (g_ptr_array_index (keywords, 0), ==, groups[i].first);
      g_assert_cmpstr (g_ptr_array_index (keywords, 9), ==, groups[i].last);
      g_assert_true (vitae_catalog_has_group (shipped, "backend-developer", groups[i].group));
    }

  g_assert_cmpuint (skills->len, ==, 15);
  for (guint i = 0; i < skills->len; i++)
    counts[((VitaeSkill *) g_ptr_array_index (skills, i))->tier]++;
  for (guint t = 0; t < VITAE_N_TIERS; t++)
    g_assert_cmpuint (counts[t], ==, tiers[t]);
  g_assert_cmpstr (((VitaeSkill *) g_ptr_array_index (skills, 0))->id, ==, "language-depth");

  g_assert_cmpuint (certifications->len, ==, 6);
  for (guint i = 0; i < certifications->len; i++)
    {
      VitaeCertification *certification = g_ptr_array_index (certifications, i);

      g_assert_cmpstr (certification->reason, !=, "");
      if (certification->verdict == VITAE_VERDICT_OVERRATED)
        {
          g_assert_cmpstr (certification->id, ==, "csm");
          overrated++;
        }
      else
        g_assert_cmpint (certification->verdict, ==, VITAE_VERDICT_SITUATIONAL);
    }
  g_assert_cmpuint (overrated, ==, 1);
}

static void
test_aliases (void)
{
  static const struct {
    const char *alias;
    const char *keyword;
    gboolean    match_case;
  } cases[] = {
    { "Postgres", "PostgreSQL", FALSE },
    { "k8s", "Kubernetes", FALSE },
    { "Golang", "Go", FALSE },
    { "JS", "JavaScript", TRUE },
    { "TS", "TypeScript", TRUE },
    { "Node", "Node.js", TRUE },
    { "REST", "REST API", TRUE },
    { "Lambda", "AWS Lambda", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (vitae_catalog_get_db (shipped),
                          "SELECT keyword, match_case FROM aliases WHERE alias = ?1", -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, cases[i].alias, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, cases[i].keyword);
      g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, cases[i].match_case);
      sqlite3_finalize (stmt);
    }

  /* Canonical names that are ordinary words keep their capitals. */
  g_assert_cmpint (query_int (shipped, "SELECT match_case FROM keywords WHERE name = ?1", "Go"), ==, 1);
  g_assert_cmpint (query_int (shipped, "SELECT match_case FROM keywords WHERE name = ?1", "Rust"), ==, 1);
  g_assert_cmpint (query_int (shipped, "SELECT match_case FROM keywords WHERE name = ?1", "Python"), ==, 0);
}

static void
test_user_keywords (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "nested", "user-catalog.db", NULL);
  g_autoptr(GError) error = NULL;
  const char * const expected[] = { "Temporal", "Pulumi Cloud", NULL };
  const char * const none[] = { NULL };

  {
    g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (path, &error);
    guint revision;

    g_assert_no_error (error);
    g_assert_null (vitae_catalog_get_user_error (catalog));
    g_assert_cmpstr (vitae_catalog_get_user_path (catalog), ==, path);
    revision = vitae_catalog_get_revision (catalog);

    g_assert_true (vitae_catalog_add_user_keyword (catalog, "backend-developer", "apis", "  Temporal ", &error));
    g_assert_no_error (error);
    g_assert_true (vitae_catalog_add_user_keyword (catalog, "backend-developer", "cloud", "Pulumi Cloud", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (vitae_catalog_get_revision (catalog), ==, revision + 2);

    /* Refused: a keyword the catalog has (in any case, or as an alias), one
     * the user already added, an unknown group, an empty keyword. */
    g_assert_false (vitae_catalog_add_user_keyword (catalog, "backend-developer", "apis", "postgres", &error));
    g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (vitae_catalog_add_user_keyword (catalog, "backend-developer", "apis", "temporal", &error));
    g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (vitae_catalog_add_user_keyword (catalog, "backend-developer", "nope", "Temporal2", &error));
    g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "nope"));
    g_clear_error (&error);
    g_assert_false (vitae_catalog_add_user_keyword (catalog, "backend-developer", "apis", "   ", &error));
    g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* The keywords outlive the catalog object: they are in the file. */
  {
    g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (path, &error);
    g_auto(GStrv) keywords = NULL;
    g_auto(GStrv) left = NULL;

    g_assert_no_error (error);
    keywords = vitae_catalog_dup_user_keywords (catalog, "backend-developer");
    g_assert_cmpstrv (keywords, expected);

    g_assert_true (vitae_catalog_remove_user_keyword (catalog, "backend-developer", "Temporal", &error));
    g_assert_no_error (error);
    g_assert_false (vitae_catalog_remove_user_keyword (catalog, "backend-developer", "Temporal", &error));
    g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
    g_clear_error (&error);

    left = vitae_catalog_dup_user_keywords (catalog, "frontend-developer");
    g_assert_cmpstrv (left, none);
  }

  remove_tree (dir);
}

/* A keyword made of SQL is data: it is stored and matched as written, and
 * the catalog's tables are unharmed. */
static void
test_injection (void)
{
  static const char *attack = "x'); DROP TABLE keywords;--";
  const char * const expected[] = { "x'); DROP TABLE keywords;--", NULL };
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "user-catalog.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (path, &error);
  g_autoptr(VitaeMatcher) matcher = NULL;
  g_autoptr(GArray) matches = NULL;
  g_auto(GStrv) stored = NULL;
  const char *text = "Hardened the login form against x'); DROP TABLE keywords;-- and friends.";
  gint64 before;
  guint id;

  g_assert_no_error (error);
  before = query_int (catalog, "SELECT count(*) FROM keywords", NULL);

  g_assert_true (vitae_catalog_add_user_keyword (catalog, "backend-developer", "practices", attack, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM keywords", NULL), ==, before);
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.user_keywords WHERE keyword = ?1", attack), ==, 1);
  stored = vitae_catalog_dup_user_keywords (catalog, NULL);
  g_assert_cmpstrv (stored, expected);

  matcher = vitae_matcher_new (catalog);
  g_assert_true (vitae_matcher_lookup (matcher, attack, &id));
  g_assert_true (vitae_matcher_is_user_keyword (matcher, id));

  matches = vitae_matcher_scan (matcher, text, -1);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpuint (g_array_index (matches, VitaeMatch, 0).keyword, ==, id);
  g_assert_cmpuint (g_array_index (matches, VitaeMatch, 0).start, ==, strstr (text, "x')") - text);
  g_clear_pointer (&matches, g_array_unref);

  /* Punctuation-only differences do not match it. */
  matches = vitae_matcher_scan (matcher, "x') DROP TABLE keywords", -1);
  g_assert_cmpuint (matches->len, ==, 0);

  g_clear_object (&catalog);
  remove_tree (dir);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Garbage where the user catalog should be: it is moved aside (kept, not
 * deleted), an empty catalog takes its place, a message says what happened,
 * and a resume next to it is left alone. */
static void
test_corrupt (void)
{
  static const char garbage[] = "This is not a database.\x00\xff\xfe garbage bytes \x01\x02";
  static const char resume[] = "<resume xmlns=\"https://vitae.github.io/ns/1\" version=\"1\"/>\n";
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "user-catalog.db", NULL);
  g_autofree char *resume_path = g_build_filename (dir, "resume.vitae", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *header = NULL;
  g_autofree char *resume_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = NULL;
  g_autoptr(GDir) listing = NULL;
  const GError *notice;
  const char *name;
  gsize length;

  g_file_set_contents (path, garbage, sizeof garbage, &error);
  g_assert_no_error (error);
  g_file_set_contents (resume_path, resume, -1, &error);
  g_assert_no_error (error);

  catalog = vitae_catalog_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  notice = vitae_catalog_get_user_error (catalog);
  g_assert_nonnull (notice);
  g_assert_true (g_error_matches (notice, VITAE_ERROR, VITAE_ERROR_CATALOG));
  g_assert_nonnull (strstr (notice->message, path));
  g_assert_nonnull (strstr (notice->message, ".corrupt-"));

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    if (g_str_has_prefix (name, "user-catalog.db.corrupt-"))
      aside = g_build_filename (dir, name, NULL);
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (notice->message, aside));

  /* The damaged bytes are kept as they were. */
  g_file_get_contents (aside, &header, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (header, length, garbage, sizeof garbage);
  g_clear_pointer (&header, g_free);

  /* The new catalog works and is a real SQLite file. */
  g_assert_true (vitae_catalog_add_user_keyword (catalog, "data-engineer", "processing", "Temporal", &error));
  g_assert_no_error (error);
  g_clear_object (&catalog);
  header = read_file (path);
  g_assert_true (g_str_has_prefix (header, "SQLite format 3"));

  resume_after = read_file (resume_path);
  g_assert_cmpstr (resume_after, ==, resume);

  /* Opened again, the recreated catalog is healthy and kept the keyword. */
  catalog = vitae_catalog_new (path, &error);
  g_assert_no_error (error);
  g_assert_null (vitae_catalog_get_user_error (catalog));
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.user_keywords", NULL), ==, 1);
  g_clear_object (&catalog);

  remove_tree (dir);
}

/* A user catalog from before the keywords table (version 0) is migrated in
 * place, keeping what it held; the shipped catalog is not in it. */
static void
test_migration (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "user-catalog.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  catalog = vitae_catalog_new (path, &error);
  g_assert_no_error (error);
  g_assert_null (vitae_catalog_get_user_error (catalog));
  g_assert_cmpint (query_int (catalog, "PRAGMA user.user_version", NULL), ==, 2);
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.notes", NULL), ==, 1);
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.sqlite_master WHERE name = ?1",
                              "keywords"), ==, 0);
  g_assert_true (vitae_catalog_add_user_keyword (catalog, "backend-developer", "apis", "Temporal", &error));
  g_assert_no_error (error);
  g_clear_object (&catalog);

  remove_tree (dir);
}

/* A user catalog that cannot be created leaves a working catalog and says
 * why; keywords are kept for the session only. */
static void
test_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new ("/dev/null/vitae/user-catalog.db", &error);

  g_assert_no_error (error);
  g_assert_nonnull (vitae_catalog_get_user_error (catalog));
  g_assert_nonnull (strstr (vitae_catalog_get_user_error (catalog)->message, "/dev/null/vitae"));
  g_assert_true (vitae_catalog_add_user_keyword (catalog, "backend-developer", "apis", "Temporal", &error));
  g_assert_no_error (error);
}

/* Writes a user catalog holding @n keywords, long enough to fill many
 * pages, and returns the number of one page in the middle of the keyword
 * table's leaves, and the page size. */
static guint
make_big_catalog (const char *path,
                  guint       n,
                  guint      *page_size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (path, &error);
  g_autoptr(GArray) leaves = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_assert_null (vitae_catalog_get_user_error (catalog));
  g_clear_object (&catalog);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "INSERT INTO user_keywords (keyword, role_id, group_id, created) "
                          "VALUES (?1, 'backend-developer', 'apis', ?2)", -1, &stmt, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *keyword = g_strdup_printf ("Keyword number %05u, long enough to fill pages", i);

      sqlite3_bind_text (stmt, 1, keyword, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, 1700000000 + i);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);

  sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = 'user_keywords' AND pagetype = 'leaf' "
                          "ORDER BY pageno", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint page = sqlite3_column_int (stmt, 0);

      g_array_append_val (leaves, page);
    }
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *page_size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpuint (leaves->len, >=, 10);
  return g_array_index (leaves, guint, leaves->len / 2);
}

/* Overwrites page @page of @path with bytes that are no b-tree page. */
static void
damage_page (const char *path,
             guint       page,
             guint       page_size)
{
  g_autofree char *garbage = g_strnfill (page_size, '\xa5');
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (long) (page - 1) * page_size, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (garbage, 1, page_size, file), ==, page_size);
  g_assert_cmpint (fclose (file), ==, 0);
}

static guint
count_aside (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)))
    n += strstr (name, ".corrupt-") != NULL;

  return n;
}

/* One damaged page of the user catalog costs the keywords on that page and
 * no others. A read-only catalog (the command line) reads what it can and
 * leaves the file exactly as it was; a writable one (the window) copies
 * what it can read into a new catalog and moves the damaged file aside. */
static void
test_salvage (void)
{
  const guint n = 3000;
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "user-catalog.db", NULL);
  g_autofree char *damaged = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = NULL;
  gsize damaged_len, after_len;
  guint page_size = 0, page;
  gint64 read_only_count, kept;

  page = make_big_catalog (path, n, &page_size);
  damage_page (path, page, page_size);
  g_file_get_contents (path, &damaged, &damaged_len, &error);
  g_assert_no_error (error);

  /* Read-only: the keywords around the damage are there, the file is not
   * touched, nothing is moved. */
  catalog = vitae_catalog_new_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vitae_catalog_get_user_error (catalog));
  g_test_message ("%s", vitae_catalog_get_user_error (catalog)->message);
  g_assert_nonnull (strstr (vitae_catalog_get_user_error (catalog)->message, "damaged"));
  g_assert_nonnull (strstr (vitae_catalog_get_user_error (catalog)->message, "not changed"));
  read_only_count = query_int (catalog, "SELECT count(*) FROM user.user_keywords", NULL);
  g_test_message ("read-only: %" G_GINT64_FORMAT " of %u keywords", read_only_count, n);
  g_assert_cmpint (read_only_count, <, n);
  g_assert_cmpint (read_only_count, >=, n - 2 * page_size / 50);
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.user_keywords WHERE keyword = ?1",
                              "Keyword number 02999, long enough to fill pages"), ==, 1);
  g_clear_object (&catalog);
  g_file_get_contents (path, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_len, damaged, damaged_len);
  g_assert_cmpuint (count_aside (dir), ==, 0);

  /* Writable: the same keywords go into a new catalog, the damaged file
   * is moved aside as it was, and the message says how many were kept. */
  catalog = vitae_catalog_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vitae_catalog_get_user_error (catalog));
  g_test_message ("%s", vitae_catalog_get_user_error (catalog)->message);
  {
    g_autofree char *count = g_strdup_printf ("The %" G_GINT64_FORMAT " keywords", read_only_count);

    g_assert_nonnull (strstr (vitae_catalog_get_user_error (catalog)->message, count));
  }
  g_assert_cmpuint (count_aside (dir), ==, 1);
  g_clear_object (&catalog);

  catalog = vitae_catalog_new (path, &error);
  g_assert_no_error (error);
  g_assert_null (vitae_catalog_get_user_error (catalog));
  kept = query_int (catalog, "SELECT count(*) FROM user.user_keywords", NULL);
  g_assert_cmpint (kept, ==, read_only_count);
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.user_keywords WHERE keyword = ?1",
                              "Keyword number 00000, long enough to fill pages"), ==, 1);
  g_assert_cmpint (query_int (catalog, "SELECT min(created) FROM user.user_keywords", NULL), ==, 1700000000);
  g_clear_object (&catalog);

  remove_tree (dir);
}

/* A read-only catalog never creates the user's file nor its folder, and
 * reads an older catalog without migrating it. */
static void
test_read_only (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *missing = g_build_filename (dir, "no", "such", "user-catalog.db", NULL);
  g_autofree char *old = g_build_filename (dir, "old.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = NULL;
  sqlite3 *db = NULL;
  gsize before_len, after_len;

  catalog = vitae_catalog_new_read_only (missing, &error);
  g_assert_no_error (error);
  g_assert_null (vitae_catalog_get_user_error (catalog));
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.user_keywords", NULL), ==, 0);
  g_clear_object (&catalog);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  {
    g_autofree char *folder = g_build_filename (dir, "no", NULL);

    g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  }

  /* Version 1: the table without the index of version 2. */
  g_assert_cmpint (sqlite3_open (old, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE user_keywords (keyword TEXT NOT NULL, role_id TEXT NOT NULL,"
                                 "  group_id TEXT NOT NULL, created INTEGER NOT NULL,"
                                 "  PRIMARY KEY (role_id, keyword));"
                                 "INSERT INTO user_keywords VALUES ('Temporal', 'backend-developer', 'apis', 1);"
                                 "PRAGMA user_version = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_file_get_contents (old, &before, &before_len, &error);
  g_assert_no_error (error);

  catalog = vitae_catalog_new_read_only (old, &error);
  g_assert_no_error (error);
  g_assert_null (vitae_catalog_get_user_error (catalog));
  g_assert_cmpint (query_int (catalog, "SELECT count(*) FROM user.user_keywords", NULL), ==, 1);
  g_clear_object (&catalog);
  g_file_get_contents (old, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_len, before, before_len);

  remove_tree (dir);
}

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "vitae", "user-catalog.db", NULL);
  g_autofree char *path = NULL;
  g_autofree char *saved = g_strdup (g_getenv (VITAE_USER_CATALOG_ENV));

  g_unsetenv (VITAE_USER_CATALOG_ENV);
  path = vitae_catalog_get_default_user_path ();
  g_assert_cmpstr (path, ==, expected);
  g_clear_pointer (&path, g_free);

  g_setenv (VITAE_USER_CATALOG_ENV, "/tmp/elsewhere.db", TRUE);
  path = vitae_catalog_get_default_user_path ();
  g_assert_cmpstr (path, ==, "/tmp/elsewhere.db");

  if (saved != NULL)
    g_setenv (VITAE_USER_CATALOG_ENV, saved, TRUE);
  else
    g_unsetenv (VITAE_USER_CATALOG_ENV);
}

/* A statement that fails is reported with its SQL and SQLite's message,
 * not read as an empty result. */
static void
test_sql_failure (void)
{
  g_autoptr(VitaeCatalog) catalog = _vitae_catalog_new_copy (NULL);
  sqlite3 *db = vitae_catalog_get_db (catalog);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) roles = NULL;

  /* The helper: a statement that cannot be prepared stays failed, its
   * binds and steps do nothing, and the failure comes out at the end. */
  g_assert_false (vitae_sql_prepare (&q, db, "SELECT id FROM no_such_table WHERE id = ?1"));
  vitae_sql_bind_text (&q, 1, "x");
  g_assert_false (vitae_sql_step (&q));
  g_assert_cmpint (vitae_sql_reset (&q), ==, SQLITE_ERROR);
  g_assert_cmpint (vitae_sql_finish (&q, &error), ==, SQLITE_ERROR);
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG);
  g_assert_nonnull (strstr (error->message, "no_such_table"));
  g_clear_error (&error);

  /* A step that fails: a constraint the insert breaks. */
  g_assert_true (vitae_sql_prepare (&q, db, "INSERT INTO main.roles (id) VALUES (NULL)"));
  g_assert_false (vitae_sql_step (&q));
  g_assert_cmpint (vitae_sql_finish (&q, &error), !=, SQLITE_OK);
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG);
  g_clear_error (&error);

  /* The catalog: a table that is gone is a warning naming the query (the
   * translated view in front of it goes too). */
  g_assert_cmpint (vitae_sql_exec (db, "DROP VIEW temp.roles; ALTER TABLE main.roles RENAME TO roles_gone;", NULL),
                   ==, SQLITE_OK);
  g_test_expect_message ("vitae-catalog", G_LOG_LEVEL_WARNING,
                         "SQL failed (no such table: roles): SELECT id FROM roles ORDER BY position, id");
  roles = vitae_catalog_dup_role_ids (catalog);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_strv_length (roles), ==, 0);
}

/* The coach of a copy of the shipped catalog after @sql has changed it. */
static VitaeCoach *
coach_after (const char  *sql,
             GError     **error)
{
  g_autoptr(VitaeCatalog) catalog = _vitae_catalog_new_copy (NULL);

  g_assert_cmpint (vitae_sql_exec (vitae_catalog_get_db (catalog), sql, NULL), ==, SQLITE_OK);

  return vitae_coach_new (catalog, error);
}

/* The coach reads its tables through the same checked statements: a table
 * of its own that fails to read is an error naming its file; the catalog's
 * keywords, which it can do without, are a warning naming the query; a
 * catalog without the French tables (an older one) is no error. Each table
 * is made to fail while it is read, not when the query is prepared: a view
 * whose rows overflow. */
static void
test_coach_sql_failure (void)
{
  g_autoptr(VitaeCoach) coach = NULL;
  g_autoptr(VitaeCoachResult) result = NULL;
  g_autoptr(GError) error = NULL;

  coach = coach_after ("ALTER TABLE coach_lexicon RENAME TO coach_lexicon_gone;"
                       "CREATE VIEW coach_lexicon AS SELECT 'unit' AS list, abs(-9223372036854775808) AS word;",
                       &error);
  g_assert_null (coach);
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG);
  g_assert_nonnull (strstr (error->message, "(30-coach.sql)"));
  g_assert_nonnull (strstr (error->message, "integer overflow"));
  g_clear_error (&error);

  coach = coach_after ("ALTER TABLE coach_fr_words RENAME TO coach_fr_words_gone;"
                       "CREATE VIEW coach_fr_words AS SELECT 'unit' AS list, abs(-9223372036854775808) AS word;",
                       &error);
  g_assert_null (coach);
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG);
  g_assert_nonnull (strstr (error->message, "(31-coach-fr.sql)"));
  g_assert_nonnull (strstr (error->message, "integer overflow"));
  g_clear_error (&error);

  /* Without the French tables, a French bullet gets no French rewrite. */
  coach = coach_after ("DROP TABLE coach_fr_phrases; DROP TABLE coach_fr_openers;"
                       "DROP TABLE coach_fr_words; DROP TABLE coach_fr_slots;", &error);
  g_assert_no_error (error);
  g_assert_nonnull (coach);
  vitae_coach_set_language (coach, "fr");
  result = vitae_coach_analyze_bullet (coach, "Responsable de la maintenance des outils internes de facturation");
  for (guint i = 0; i < vitae_coach_result_get_n_suggestions (result); i++)
    g_assert_null (strstr (vitae_coach_result_get_suggestion (result, i)->text, "[pour quel"));
  g_clear_object (&coach);

  g_test_expect_message ("vitae-catalog", G_LOG_LEVEL_WARNING,
                         "SQL failed (integer overflow): SELECT lower(name) FROM keywords WHERE *");
  g_test_expect_message ("vitae-catalog", G_LOG_LEVEL_WARNING,
                         "SQL failed (integer overflow): SELECT name FROM keywords WHERE *");
  coach = coach_after ("ALTER TABLE keywords RENAME TO keywords_gone;"
                       "CREATE VIEW keywords AS SELECT abs(-9223372036854775808) AS name;", &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (coach);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  shipped = vitae_catalog_new (NULL, NULL);
  g_assert_nonnull (shipped);

  g_test_add_func ("/vitae/catalog/schema", test_schema);
  g_test_add_func ("/vitae/catalog/roles", test_roles);
  g_test_add_func ("/vitae/catalog/backend", test_backend);
  g_test_add_func ("/vitae/catalog/aliases", test_aliases);
  g_test_add_func ("/vitae/catalog/user-keywords", test_user_keywords);
  g_test_add_func ("/vitae/catalog/injection", test_injection);
  g_test_add_func ("/vitae/catalog/corrupt", test_corrupt);
  g_test_add_func ("/vitae/catalog/migration", test_migration);
  g_test_add_func ("/vitae/catalog/unwritable", test_unwritable);
  g_test_add_func ("/vitae/catalog/default-path", test_default_path);
  g_test_add_func ("/vitae/catalog/salvage", test_salvage);
  g_test_add_func ("/vitae/catalog/read-only", test_read_only);
  g_test_add_func ("/vitae/catalog/sql-failure", test_sql_failure);
  g_test_add_func ("/vitae/catalog/coach-sql-failure", test_coach_sql_failure);

  status = g_test_run ();

  g_assert_finalize_object (shipped);

  return status;
}
