/* test-i18n-catalog.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalog's text the user sees follows the locale: run with a language
 * (de, fr, es), with the text domain bound to the catalogs compiled into
 * the build tree, the loaded catalog's role names, keyword group names and
 * placement advice are the translations of the shipped English, while ids,
 * keywords and section lists stay as they are (the JSON of `vitae check`
 * keeps its English ids), and an error about a JSON Resume member or a
 * limit, or where to add a keyword, is one sentence translated whole.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-analysis-issue.h"
#include "vitae-catalog.h"

#define CATALOG_RESOURCE_PATH "/io/github/vitae/Vitae/core/catalog/"

static const char *language;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The shipped catalog as its SQL says it, in English. */
static sqlite3 *
load_english (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (CATALOG_RESOURCE_PATH, 0, &error);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (CATALOG_RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;

      if (!g_str_has_suffix (names[i], ".sql"))
        continue;
      bytes = g_resources_lookup_data (path, 0, &error);
      g_assert_no_error (error);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }

  return db;
}

/* Rows of @sql (key, text) as a table key → text. */
static GHashTable *
query_texts (sqlite3    *db,
             const char *sql)
{
  GHashTable *texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (texts,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  return texts;
}

static void
check_column (sqlite3    *english_db,
              sqlite3    *db,
              const char *context,
              const char *sql)
{
  g_autoptr(GHashTable) english = query_texts (english_db, sql);
  g_autoptr(GHashTable) shown = query_texts (db, sql);
  GHashTableIter iter;
  gpointer key, text;
  guint n_translated = 0;

  g_assert_cmpuint (g_hash_table_size (english), >, 0);
  g_assert_cmpuint (g_hash_table_size (shown), ==, g_hash_table_size (english));

  g_hash_table_iter_init (&iter, english);
  while (g_hash_table_iter_next (&iter, &key, &text))
    {
      const char *expected = g_dpgettext2 (GETTEXT_PACKAGE, context, text);
      const char *got = g_hash_table_lookup (shown, key);

      g_assert_cmpstr (got, ==, expected);
      if (!g_str_equal (got, text))
        n_translated++;
    }

  /* A few names are the same in every language ("iOS", "Android"). */
  g_test_message ("%s: %u of %u translated", context, n_translated, g_hash_table_size (english));
  g_assert_cmpuint (n_translated * 3, >=, g_hash_table_size (english) * 2);
}

static void
test_catalog_translated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new_read_only (NULL, &error);
  sqlite3 *english = load_english ();
  sqlite3 *db;

  g_assert_no_error (error);
  db = vitae_catalog_get_db (catalog);

  check_column (english, db, "role", "SELECT id, name FROM roles");
  check_column (english, db, "keyword group",
                "SELECT role_id || '/' || id, name FROM keyword_groups");
  check_column (english, db, "keyword group advice",
                "SELECT role_id || '/' || id, advice FROM keyword_groups");

  /* What is matched or named in JSON stays as shipped. */
  {
    static const char * const same[] = {
      "SELECT group_concat (id || ' ' || sections || ' ' || target, ';') FROM "
      "  (SELECT * FROM keyword_groups ORDER BY role_id, id)",
      "SELECT group_concat (id, ';') FROM (SELECT id FROM roles ORDER BY id)",
      "SELECT group_concat (name, ';') FROM (SELECT name FROM keywords ORDER BY name)",
      "SELECT group_concat (name, ';') FROM (SELECT name FROM tiers ORDER BY rank)",
    };

    for (guint i = 0; i < G_N_ELEMENTS (same); i++)
      {
        g_autofree char *sql = g_strconcat ("SELECT 'k', (", same[i], ")", NULL);
        g_autoptr(GHashTable) a = query_texts (english, sql);
        g_autoptr(GHashTable) b = query_texts (db, sql);

        g_assert_cmpstr (g_hash_table_lookup (a, "k"), ==, g_hash_table_lookup (b, "k"));
      }
  }

  sqlite3_close (english);
}

/* An error about a JSON Resume member is one sentence translated whole,
 * not a sentence with a translated fragment put in. */
static void
test_json_error_whole (void)
{
  static const struct { const char *json; const char *format; const char *path; } cases[] = {
    { "{\"basics\": {\"name\": 42}}", N_("%s must be a string"), "basics.name" },
    { "{\"work\": [{\"highlights\": \"a\"}]}", N_("%s must be an array of strings"), "work[0].highlights" },
    { "{\"basics\": []}", N_("%s must be an object"), "basics" },
    { "{\"work\": {\"name\": \"Acme\"}}", N_("%s must be an array"), "work" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VitaeDocument) document = vitae_json_resume_parse (cases[i].json, strlen (cases[i].json),
                                                                   "resume.json", &error);
      const char *format = g_dgettext (GETTEXT_PACKAGE, cases[i].format);
      /* the translation with the place put in for its one %s */
      g_auto(GStrv) parts = g_strsplit (format, "%s", 2);
      g_autofree char *reason = g_strjoinv (cases[i].path, parts);
      g_autofree char *expected = g_strconcat ("resume.json: ", reason, NULL);

      g_assert_null (document);
      g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
      /* translated, and as a whole */
      g_assert_cmpstr (format, !=, cases[i].format);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Over a limit: the sentence names what is counted, whole and in the
 * plural its limit asks for. */
static void
test_limit_error_whole (void)
{
  g_autoptr(GError) error = NULL;
  guint max = vitae_limit_get_max (VITAE_LIMIT_BULLETS_PER_ENTRY);
  const char *format = g_dngettext (GETTEXT_PACKAGE,
                                    "%s: more than %u bullet in one entry; no resume needs that many, "
                                    "and Vitae opens none that has them",
                                    "%s: more than %u bullets in one entry; no resume needs that many, "
                                    "and Vitae opens none that has them",
                                    max);
  g_autofree char *number = g_strdup_printf ("%u", max);
  g_auto(GStrv) parts = g_strsplit (format, "%s", 2);
  g_autofree char *placed = g_strjoinv ("resume.json: work[0].highlights", parts);
  g_auto(GStrv) parts2 = g_strsplit (placed, "%u", 2);
  g_autofree char *expected = g_strjoinv (number, parts2);

  g_assert_false (vitae_limit_check (VITAE_LIMIT_BULLETS_PER_ENTRY, max + 1,
                                     "resume.json: work[0].highlights", &error));
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
  g_assert_false (g_str_has_prefix (format, "%s: more than"));
  g_assert_cmpstr (error->message, ==, expected);
}

/* Where a job's keyword goes names the section as a name, in one
 * sentence, whatever the section's title is. */
static void
test_missing_keyword_whole (void)
{
  g_autofree char *advice = vitae_analysis_describe_missing (NULL, "Kafka", "experience");
  const char *format = g_dgettext (GETTEXT_PACKAGE, "Add “%s” to your “%s” section, if you have used it.");
  g_auto(GStrv) parts = g_strsplit (format, "%s", 3);
  g_autofree char *expected = NULL;

  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  expected = g_strconcat (parts[0], "Kafka", parts[1], vitae_section_kind_get_title (VITAE_SECTION_EXPERIENCE),
                          parts[2], NULL);
  g_assert_false (g_str_has_prefix (format, "Add "));
  g_assert_cmpstr (advice, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("VITAE_TEST_LOCALEDIR");

  /* The language comes first, before anything is translated. */
  for (int i = 1; i < argc && language == NULL; i++)
    if (g_regex_match_simple ("^[a-z][a-z][a-z]?(_[A-Z][A-Z])?$", argv[i], 0, 0))
      language = argv[i];
  if (language == NULL)
    language = "de";
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/i18n/catalog-translated", test_catalog_translated);
  g_test_add_func ("/vitae/i18n/json-error-whole", test_json_error_whole);
  g_test_add_func ("/vitae/i18n/limit-error-whole", test_limit_error_whole);
  g_test_add_func ("/vitae/i18n/missing-keyword-whole", test_missing_keyword_whole);

  return g_test_run ();
}
