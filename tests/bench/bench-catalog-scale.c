/* bench-catalog-scale.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bench-common.h"
#include "vitae-catalog.h"
#include "vitae-core.h"
#include "vitae-matcher.h"

/*
 * Keyword matching with a user catalog of 100,000 keywords, beside the
 * shipped catalog alone:
 *
 *   _build/tests/bench/bench-catalog-scale [N_KEYWORDS [RUNS]]
 *
 * The keywords are generated (one, two and three words, some with the
 * punctuation of "Node.js" or "CI/CD") and added through
 * vitae_catalog_add_user_keyword() into a user database in a temporary
 * folder, in one transaction. The catalog is then opened again from that
 * file, as at start-up, and the automaton built; then a 2-page resume's
 * text (data/samples/senior-backend.vitae as plain text, with a few of the
 * user's keywords in it) is scanned repeated 1×, 10× and 100×. Medians,
 * and the time per KB, which stays flat when matching is linear in the
 * text; and the process's peak resident memory before and after the
 * automaton is built.
 */

#define DEFAULT_KEYWORDS 100000

static const char *syllables[] = {
  "ka", "lo", "mi", "ra", "zen", "tor", "vex", "qua", "nix", "bel",
  "dro", "fy", "gu", "hal", "jo", "pet", "sar", "ul", "wim", "yo",
};

static const char *suffixes[] = { "", ".js", "DB", "/CD", "#", " 2", "-ops", "ly" };

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_maxrss / 1024.0;
}

/* This process's CPU time: on a shared machine the wall time of a build
 * also counts the other processes' turns. */
static gint64
cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

  return ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* A distinct made-up word for every number: its syllables in base 20. */
static void
append_word (GString *out,
             guint    n)
{
  do
    {
      g_string_append (out, syllables[n % G_N_ELEMENTS (syllables)]);
      n /= G_N_ELEMENTS (syllables);
    }
  while (n > 0);
}

/* Keyword @n: a capitalised made-up word, every third one followed by a
 * second word and every seventh by a third, with one of the suffixes. */
static char *
make_keyword (guint n)
{
  GString *out = g_string_new (NULL);

  append_word (out, n + 400);
  out->str[0] = g_ascii_toupper (out->str[0]);
  if (n % 3 == 1)
    {
      g_string_append_c (out, ' ');
      append_word (out, n / 3 + 20);
    }
  if (n % 7 == 2)
    {
      g_string_append_c (out, ' ');
      append_word (out, n / 7 + 20);
    }
  g_string_append (out, suffixes[n % G_N_ELEMENTS (suffixes)]);

  return g_string_free (out, FALSE);
}

static gboolean
exec_sql (VitaeCatalog *catalog,
          const char   *sql)
{
  char *message = NULL;

  if (sqlite3_exec (vitae_catalog_get_db (catalog), sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_printerr ("bench-catalog-scale: %s: %s\n", sql, message);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static char *
load_resume_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT") ? g_getenv ("VITAE_SOURCE_ROOT") : ".",
                                            "data", "samples", "senior-backend.vitae", NULL);

  document = vitae_document_load (path, &error);
  if (document == NULL)
    {
      g_printerr ("bench-catalog-scale: %s (run from the source tree or set VITAE_SOURCE_ROOT)\n",
                  error->message);
      return NULL;
    }

  return vitae_text_export (document);
}

static void
bench_scan (VitaeMatcher *matcher,
            const char   *label,
            const char   *base_text,
            guint         runs,
            double       *per_kb_1x)
{
  static const guint factors[] = { 1, 10, 100 };

  for (guint f = 0; f < G_N_ELEMENTS (factors); f++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint n_matches = 0;
      double median, per_kb;

      for (guint i = 0; i < factors[f]; i++)
        {
          g_string_append (text, base_text);
          g_string_append_c (text, '\n');
        }

      for (guint r = 0; r < runs; r++)
        {
          GArray *matches;
          gint64 start = now_ns ();

          matches = vitae_matcher_scan (matcher, text->str, text->len);
          start = now_ns () - start;
          g_array_append_val (times, start);
          n_matches = matches->len;
          g_array_unref (matches);
        }

      median = median_ms (times);
      per_kb = median * 1000.0 / (text->len / 1024.0);
      if (f == 0)
        *per_kb_1x = per_kb;
      printf ("%-18s %4u× %8.1f KB %7u matches   %9.3f ms   %7.2f µs/KB   (%.2f× the 1× rate)\n",
              label, factors[f], text->len / 1024.0, n_matches, median, per_kb, per_kb / *per_kb_1x);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeCatalog) shipped = NULL;
  g_autoptr(VitaeCatalog) filling = NULL;
  g_autoptr(VitaeCatalog) catalog = NULL;
  g_autoptr(VitaeMatcher) shipped_matcher = NULL;
  g_autoptr(VitaeMatcher) matcher = NULL;
  g_autoptr(GArray) builds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) cpu_builds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) shipped_builds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) text = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *resume = NULL;
  g_autofree char *label = NULL;
  const char *role, *group = "languages";
  guint n_keywords, runs, added = 0;
  gint64 start, add_time, open_time;
  double per_kb, rss_before;

  setlocale (LC_ALL, "");
  vitae_core_init ();

  n_keywords = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : DEFAULT_KEYWORDS;
  runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 9;
  runs = MAX (runs, 1);

  if ((resume = load_resume_text ()) == NULL)
    return 1;

  /* The shipped catalog alone, for comparison. */
  shipped = vitae_catalog_new (NULL, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < runs; r++)
    {
      start = now_ns ();
      g_clear_object (&shipped_matcher);
      shipped_matcher = vitae_matcher_new (shipped);
      start = now_ns () - start;
      g_array_append_val (shipped_builds, start);
    }

  /* The user's keywords, through the API, into a database file. */
  tmpdir = g_dir_make_tmp ("vitae-bench-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "user-catalog.db", NULL);
  filling = vitae_catalog_new (db_path, &error);
  g_assert_no_error (error);
  role = vitae_catalog_get_default_role (filling);

  start = now_ns ();
  if (!exec_sql (filling, "BEGIN"))
    return 1;
  for (guint n = 0; n < n_keywords; n++)
    {
      g_autofree char *keyword = make_keyword (n);
      g_autoptr(GError) add_error = NULL;

      if (vitae_catalog_add_user_keyword (filling, role, group, keyword, &add_error))
        added++;
      else if (!g_error_matches (add_error, VITAE_ERROR, VITAE_ERROR_INVALID))
        {
          g_printerr ("bench-catalog-scale: %s\n", add_error->message);
          return 1;
        }
    }
  if (!exec_sql (filling, "COMMIT"))
    return 1;
  add_time = now_ns () - start;
  g_clear_object (&filling);

  /* Opened again, as at start-up. */
  start = now_ns ();
  catalog = vitae_catalog_new (db_path, &error);
  open_time = now_ns () - start;
  g_assert_no_error (error);

  rss_before = peak_rss_mb ();
  for (guint r = 0; r < runs; r++)
    {
      gint64 cpu;

      g_clear_object (&matcher);
      start = now_ns ();
      cpu = cpu_ns ();
      matcher = vitae_matcher_new (catalog);
      cpu = cpu_ns () - cpu;
      start = now_ns () - start;
      g_array_append_val (builds, start);
      g_array_append_val (cpu_builds, cpu);
    }

  printf ("user keywords added   %u of %u in %.0f ms (%.1f µs each, one transaction)\n",
          added, n_keywords, add_time / 1e6, add_time / 1e3 / MAX (n_keywords, 1));
  printf ("catalog opened        %.1f ms with the user database\n", open_time / 1e6);
  printf ("automaton build       shipped catalog %8.2f ms (%u patterns, %u states)\n",
          median_ms (shipped_builds), vitae_matcher_get_n_patterns (shipped_matcher),
          vitae_matcher_get_n_states (shipped_matcher));
  printf ("                      with the user's %8.2f ms (%u patterns, %u states), %.2f ms of CPU\n",
          median_ms (builds), vitae_matcher_get_n_patterns (matcher),
          vitae_matcher_get_n_states (matcher), median_ms (cpu_builds));
  printf ("automaton tables      shipped catalog %8.2f MB, with the user's %.2f MB\n",
          vitae_matcher_get_memory_size (shipped_matcher) / 1048576.0,
          vitae_matcher_get_memory_size (matcher) / 1048576.0);
  printf ("peak resident memory  %.0f MB before the automaton, %.0f MB after\n",
          rss_before, peak_rss_mb ());
  printf ("budget                automaton %.1f MB (peak growth %.0f MB) of 40 MB, "
          "built in %.0f ms of CPU (%.0f ms wall) of 300 ms\n",
          vitae_matcher_get_memory_size (matcher) / 1048576.0, peak_rss_mb () - rss_before,
          median_ms (cpu_builds), median_ms (builds));

  /* The resume names a few of the user's keywords, so that they match. */
  text = g_string_new (resume);
  g_string_append (text, "\nAlso: ");
  for (guint n = 0; n < 10; n++)
    {
      g_autofree char *keyword = make_keyword (n * (MAX (n_keywords, 10) / 10));

      g_string_append_printf (text, "%s%s", n > 0 ? ", " : "", keyword);
    }
  g_string_append (text, ".\n");

  label = g_strdup_printf ("+ %u user's", added);
  bench_scan (shipped_matcher, "shipped catalog", text->str, runs, &per_kb);
  bench_scan (matcher, label, text->str, runs, &per_kb);

  g_unlink (db_path);
  g_rmdir (tmpdir);

  return 0;
}
