/* test-matcher-build.c
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
#include "vitae-core.h"
#include "vitae-matcher.h"

/*
 * The automaton built from a large user catalog (vitae-matcher.c builds
 * its trie one depth at a time from the sorted spellings): every keyword
 * is found, whole, among thousands that share prefixes with it, that are
 * prefixes of each other, that differ only by a hyphen or a suffix, and
 * that were added to two roles (one spelling, added once).
 */

#define N_WORDS 600

static const char *syllables[] = { "zor", "vel", "qua", "min", "tek" };
static const char *suffixes[] = { "", "s", ".js", " labs", "-ops", "DB", "#" };

static char *
make_word (guint n)
{
  GString *out = g_string_new (NULL);

  do
    {
      g_string_append (out, syllables[n % G_N_ELEMENTS (syllables)]);
      n /= G_N_ELEMENTS (syllables);
    }
  while (n > 0);
  out->str[0] = g_ascii_toupper (out->str[0]);

  return g_string_free (out, FALSE);
}

static char *
second_role (VitaeCatalog *catalog,
             const char   *first)
{
  sqlite3_stmt *stmt = NULL;
  char *role = NULL;

  sqlite3_prepare_v2 (vitae_catalog_get_db (catalog),
                      "SELECT id FROM roles WHERE id != ?1 ORDER BY position LIMIT 1", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    role = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return role;
}

static void
test_large_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) catalog = vitae_catalog_new (NULL, &error);
  g_autoptr(VitaeMatcher) shipped = NULL;
  g_autoptr(VitaeMatcher) matcher = NULL;
  g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *other_role = NULL;
  const char *role;
  guint added = 0;

  g_assert_no_error (error);
  role = vitae_catalog_get_default_role (catalog);
  other_role = second_role (catalog, role);
  g_assert_nonnull (other_role);
  shipped = vitae_matcher_new (catalog);

  for (guint n = 0; n < N_WORDS; n++)
    {
      g_autofree char *word = make_word (n + 25);
      char *keyword = g_strconcat (word, suffixes[n % G_N_ELEMENTS (suffixes)], NULL);

      if (vitae_catalog_add_user_keyword (catalog, role, "languages", keyword, NULL))
        {
          g_ptr_array_add (keywords, keyword);
          added++;
          /* Every fifth also in a second role: the same spelling. */
          if (n % 5 == 0)
            g_assert_true (vitae_catalog_add_user_keyword (catalog, other_role, "languages", keyword, NULL));
        }
      else
        g_free (keyword);
    }
  g_assert_cmpuint (added, >, N_WORDS / 2);

  matcher = vitae_matcher_new (catalog);
  /* One pattern per user keyword, whatever the roles it is in. Shipped and
   * user spellings never coincide: the made-up words are no technology. */
  g_assert_cmpuint (vitae_matcher_get_n_patterns (matcher), ==,
                    vitae_matcher_get_n_patterns (shipped) + added);
  g_assert_cmpuint (vitae_matcher_get_n_states (matcher), >, vitae_matcher_get_n_states (shipped));

  for (guint i = 0; i < keywords->len; i++)
    {
      const char *keyword = g_ptr_array_index (keywords, i);
      g_autofree char *text = g_strdup_printf ("Worked with %s every day.", keyword);
      g_autoptr(GArray) matches = vitae_matcher_scan (matcher, text, -1);
      gsize start = strlen ("Worked with ");
      gboolean found = FALSE;
      guint id;

      g_assert_true (vitae_matcher_lookup (matcher, keyword, &id));
      g_assert_true (vitae_matcher_is_user_keyword (matcher, id));
      for (guint m = 0; m < matches->len; m++)
        {
          const VitaeMatch *match = &g_array_index (matches, VitaeMatch, m);

          if (match->keyword == id && match->start == start &&
              (match->end == start + strlen (keyword) ||
               /* a plural "s" may follow a keyword ending in a letter */
               match->end == start + strlen (keyword) + 1))
            found = TRUE;
        }
      if (!found)
        g_error ("“%s” not found in “%s” (%u matches)", keyword, text, matches->len);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/matcher-build/large-catalog", test_large_catalog);

  return g_test_run ();
}
