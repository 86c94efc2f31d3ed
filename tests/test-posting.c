/* test-posting.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-catalog.h"
#include "vitae-matcher.h"
#include "vitae-posting.h"

/*
 * The posting reader on job postings written for these tests
 * (tests/data/jobs/, see its README): every hard skill, tool, service and
 * practice a recruiter's filter could search for is labelled, none of the
 * company's own names or products, nothing the posting says is not needed;
 * a term is a must-have unless a nice-to-have section or phrase says
 * otherwise. Precision and recall of the terms and the share of tiers right
 * are printed and must stay at or above 0.95 and 0.90.
 */

static VitaeCatalog *catalog;
static VitaeMatcher *matcher;

static VitaePosting *
read_posting (const char *text)
{
  return vitae_posting_new (matcher, text, -1);
}

/* The asked term for @canonical, or NULL. */
static const VitaePostingTerm *
asked (VitaePosting *posting,
       const char   *canonical)
{
  guint id;
  const VitaePostingTerm *term;

  if (!vitae_matcher_lookup (matcher, canonical, &id))
    g_error ("“%s” is not in the catalog", canonical);
  term = vitae_posting_find (posting, id);

  return term != NULL && term->verdict == VITAE_POSTING_ASKED ? term : NULL;
}

static VitaePostingVerdict
verdict_of (VitaePosting *posting,
            const char   *canonical)
{
  guint id;
  const VitaePostingTerm *term;

  g_assert_true (vitae_matcher_lookup (matcher, canonical, &id));
  term = vitae_posting_find (posting, id);
  g_assert_nonnull (term);

  return term->verdict;
}

static void
test_committed (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "jobs", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint tp = 0, fp = 0, fn = 0, tiers_right = 0, n_postings = 0;
  const char *name;
  double precision, recall, tiers;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)))
    {
      g_autofree char *path = NULL, *stem = NULL, *label_path = NULL, *text = NULL, *labels = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(VitaePosting) posting = NULL;
      g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
      guint found = 0;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      path = g_build_filename (dir, name, NULL);
      stem = g_strndup (path, strlen (path) - 4);
      label_path = g_strconcat (stem, ".tsv", NULL);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_true (g_file_get_contents (label_path, &labels, NULL, NULL));
      lines = g_strsplit (labels, "\n", -1);
      posting = read_posting (text);
      n_postings++;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *tab = strchr (lines[i], '\t');
          const VitaePostingTerm *term;

          if (tab == NULL)
            continue;
          *tab = '\0';
          g_hash_table_insert (expected, lines[i], tab + 1);
          term = asked (posting, lines[i]);
          if (term == NULL)
            {
              g_test_message ("%s: missed %s", name, lines[i]);
              fn++;
              continue;
            }
          tp++;
          found++;
          if ((term->tier == VITAE_TIER_MUST_HAVE) == g_str_equal (tab + 1, "must"))
            tiers_right++;
          else
            g_test_message ("%s: %s has the wrong tier", name, lines[i]);
        }

      for (guint t = 0; t < vitae_posting_get_n_terms (posting); t++)
        {
          const char *keyword = vitae_matcher_get_keyword (matcher, vitae_posting_get_term (posting, t)->keyword);

          if (!g_hash_table_contains (expected, keyword))
            {
              g_test_message ("%s: extra %s", name, keyword);
              fp++;
            }
        }
    }

  g_assert_cmpuint (n_postings, >=, 5);
  precision = (double) tp / MAX (1, tp + fp);
  recall = (double) tp / MAX (1, tp + fn);
  tiers = (double) tiers_right / MAX (1, tp);
  g_print ("# %u postings: precision %.3f, recall %.3f, must/nice right %.3f (%u of %u)\n",
           n_postings, precision, recall, tiers, tiers_right, tp);
  g_assert_cmpfloat (precision, >=, 0.95);
  g_assert_cmpfloat (recall, >=, 0.95);
  g_assert_cmpfloat (tiers, >=, 0.90);
}

static void
test_negation (void)
{
  g_autoptr(VitaePosting) posting =
    read_posting ("We write Go. JavaScript experience is not required.\n"
                  "You will not need RxJS. We don't use Kafka, but Redis is a must.\n"
                  "There is no need for Scala.");

  g_assert_nonnull (asked (posting, "Go"));
  g_assert_nonnull (asked (posting, "Redis"));
  g_assert_cmpint (verdict_of (posting, "JavaScript"), ==, VITAE_POSTING_NEGATED);
  g_assert_cmpint (verdict_of (posting, "RxJS"), ==, VITAE_POSTING_NEGATED);
  g_assert_cmpint (verdict_of (posting, "Kafka"), ==, VITAE_POSTING_NEGATED);
  g_assert_cmpint (verdict_of (posting, "Scala"), ==, VITAE_POSTING_NEGATED);
}

static void
test_scope (void)
{
  g_autoptr(VitaePosting) posting =
    read_posting ("You build the API in Python.\n"
                  "The React app is owned by a separate team.\n"
                  "Kubernetes is handled by another team.\n"
                  "You will work with the DevOps team.");

  g_assert_nonnull (asked (posting, "Python"));
  g_assert_cmpint (verdict_of (posting, "React"), ==, VITAE_POSTING_OUT_OF_SCOPE);
  g_assert_cmpint (verdict_of (posting, "Kubernetes"), ==, VITAE_POSTING_OUT_OF_SCOPE);
  g_assert_cmpint (verdict_of (posting, "DevOps"), ==, VITAE_POSTING_OUT_OF_SCOPE);
}

/* "Design systems which…" and "build systems that…" are verbs with their
 * object; "a design system" and "build systems such as Bazel" are terms. */
static void
test_verbs (void)
{
  g_autoptr(VitaePosting) verbs =
    read_posting ("You will design systems which balance cost, and build systems that integrate.");
  g_autoptr(VitaePosting) nouns =
    read_posting ("You will grow our design system and our build systems such as Bazel.");
  guint id;

  g_assert_true (vitae_matcher_lookup (matcher, "design system", &id));
  g_assert_null (vitae_posting_find (verbs, id));
  g_assert_nonnull (asked (nouns, "design system"));
  g_assert_true (vitae_matcher_lookup (matcher, "build systems", &id));
  g_assert_null (vitae_posting_find (verbs, id));
  g_assert_nonnull (asked (nouns, "build systems"));
}

static void
test_product_list (void)
{
  g_autoptr(VitaePosting) posting =
    read_posting ("About us\nWe help teams ship: our platform offers feature flags, A/B testing and a data warehouse.\n\n"
                  "Requirements\nTypeScript and PostgreSQL. Our platform offers Elasticsearch to customers.\n"
                  "Join Stripe-like teams at Snowflake: Snowflake's mission matters.");

  g_assert_nonnull (asked (posting, "TypeScript"));
  g_assert_nonnull (asked (posting, "PostgreSQL"));
  g_assert_cmpint (verdict_of (posting, "feature flags"), ==, VITAE_POSTING_COMPANY);
  g_assert_cmpint (verdict_of (posting, "A/B testing"), ==, VITAE_POSTING_COMPANY);
  g_assert_cmpint (verdict_of (posting, "data warehouse"), ==, VITAE_POSTING_COMPANY);
  g_assert_cmpint (verdict_of (posting, "Elasticsearch"), ==, VITAE_POSTING_COMPANY);

  /* What the company is, in a job section: its tool is not the job's
   * unless the job says so too. */
  {
    g_autoptr(VitaePosting) maker =
      read_posting ("Job description\nOrbitly is the commercial developer of Dagster, a tool leading the "
                    "market in data orchestration.\nYou will use Python every day.");
    g_autoptr(VitaePosting) user =
      read_posting ("Job description\nOrbitly is the commercial developer of Dagster.\n"
                    "You will run Dagster and Python every day.");

    g_assert_nonnull (asked (maker, "Python"));
    g_assert_cmpint (verdict_of (maker, "Dagster"), ==, VITAE_POSTING_COMPANY);
    g_assert_cmpint (verdict_of (maker, "data orchestration"), ==, VITAE_POSTING_COMPANY);
    g_assert_nonnull (asked (user, "Dagster"));
  }
  g_assert_cmpint (verdict_of (posting, "Snowflake"), ==, VITAE_POSTING_COMPANY);
}

static void
test_coordination (void)
{
  g_autoptr(VitaePosting) posting =
    read_posting ("Write unit, integration, and E2E tests. Add contract and load tests later.\n"
                  "Also smoke/data tests, and regression or property-based testing.");

  g_assert_nonnull (asked (posting, "unit testing"));
  g_assert_nonnull (asked (posting, "integration testing"));
  g_assert_nonnull (asked (posting, "end-to-end testing"));
  g_assert_nonnull (asked (posting, "contract testing"));
  g_assert_nonnull (asked (posting, "load testing"));
  /* The last item names nothing ("data tests"), the others still do. */
  g_assert_nonnull (asked (posting, "smoke testing"));
  g_assert_nonnull (asked (posting, "regression testing"));
  g_assert_nonnull (asked (posting, "property-based testing"));
}

static void
test_inflection (void)
{
  g_autoptr(VitaePosting) posting =
    read_posting ("Run Dockerized services on our streaming platform, add tracing, "
                  "containerized builds and virtualised hosts.");

  g_assert_nonnull (asked (posting, "Docker"));
  g_assert_nonnull (asked (posting, "stream processing"));
  g_assert_nonnull (asked (posting, "distributed tracing"));
  g_assert_nonnull (asked (posting, "containerization"));
  g_assert_nonnull (asked (posting, "virtualization"));
}

static void
test_tiers (void)
{
  g_autoptr(VitaePosting) posting =
    read_posting ("Requirements:\n- Java and SQL\n- Experience with cloud environments, AWS preferred\n"
                  "- SQL (PostgreSQL or MySQL), and optionally MongoDB\n"
                  "- Experience with Rust is a plus\n"
                  "- Data pipelines in Go (experience with Kotlin is a plus)\n\nNice to have\n- Terraform\n\n"
                  "Benefits\n- A Kubernetes training budget");

  g_assert_cmpint (asked (posting, "Java")->tier, ==, VITAE_TIER_MUST_HAVE);
  g_assert_cmpint (asked (posting, "SQL")->tier, ==, VITAE_TIER_MUST_HAVE);
  g_assert_cmpint (asked (posting, "PostgreSQL")->tier, ==, VITAE_TIER_MUST_HAVE);
  g_assert_cmpint (asked (posting, "AWS")->tier, ==, VITAE_TIER_NICE_TO_HAVE);
  g_assert_cmpint (asked (posting, "MongoDB")->tier, ==, VITAE_TIER_NICE_TO_HAVE);
  g_assert_cmpint (asked (posting, "Rust")->tier, ==, VITAE_TIER_NICE_TO_HAVE);
  /* A bonus said in a bracket is about what the bracket names. */
  g_assert_cmpint (asked (posting, "Go")->tier, ==, VITAE_TIER_MUST_HAVE);
  g_assert_cmpint (asked (posting, "data pipeline")->tier, ==, VITAE_TIER_MUST_HAVE);
  g_assert_cmpint (asked (posting, "Kotlin")->tier, ==, VITAE_TIER_NICE_TO_HAVE);
  g_assert_cmpint (asked (posting, "Terraform")->tier, ==, VITAE_TIER_NICE_TO_HAVE);
  g_assert_cmpint (asked (posting, "Terraform")->part, ==, VITAE_POSTING_NICE_TO_HAVE);
  g_assert_cmpint (verdict_of (posting, "Kubernetes"), ==, VITAE_POSTING_COMPANY);
}

/* A description of 1 MB without a full stop, naming a term every few
 * words: what is said about a term stays near it, and the company's name
 * is found once for all its namings. (Read quadratically, this took
 * minutes; the test's timeout would stop it.) */
static void
test_long_posting (void)
{
  g_autoptr(GString) text = g_string_new ("We hire at Snowflake and want Python and ");
  g_autoptr(VitaePosting) posting = NULL;

  while (text->len < 1024 * 1024)
    g_string_append (text, "Kafka with Snowflake and lots of words between the terms at every line, ");
  g_string_append (text, "and Rust is not required");
  posting = read_posting (text->str);

  g_assert_nonnull (asked (posting, "Python"));
  g_assert_nonnull (asked (posting, "Kafka"));
  g_assert_cmpuint (asked (posting, "Kafka")->count, >, 10000);
  g_assert_cmpint (verdict_of (posting, "Rust"), ==, VITAE_POSTING_NEGATED);
  g_assert_cmpint (verdict_of (posting, "Snowflake"), ==, VITAE_POSTING_COMPANY);
}

/* DESIGN.md's word-boundary and case rules, on terms of the vocabulary. */
static void
test_boundaries (void)
{
  static const struct {
    const char *text;
    const char *keyword;
    gboolean    found;
  } cases[] = {
    { "We write C and C++.", "C", TRUE },
    { "Report to C-level executives.", "C", FALSE },
    { "We raised our Series C last year.", "C", FALSE },
    { "Statistics in R for the team.", "R", TRUE },
    { "Five years of R&D experience.", "R", FALSE },
    { "Services in Go.", "Go", TRUE },
    { "Ready to go-live and a go-to person.", "Go", FALSE },
    { "Modern JavaScript only.", "Java", FALSE },
    { "Tuned PostgreSQL and PL/SQL.", "SQL", FALSE },
    { "Tuned PostgreSQL and PL/SQL.", "PL/SQL", TRUE },
    { "APIs in C# on .NET, with Node.js behind CI/CD.", "C#", TRUE },
    { "APIs in C# on .NET, with Node.js behind CI/CD.", ".NET", TRUE },
    { "APIs in C# on .NET, with Node.js behind CI/CD.", "CI/CD", TRUE },
    { "We use a cursor to page results.", "Cursor", FALSE },
    { "Agents in Cursor and Claude Code.", "Cursor", TRUE },
    { "A ray of light; scaled with Ray.", "Ray", TRUE },
    { "Grab a stalk of celery.", "Celery", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) matches = vitae_matcher_scan (matcher, cases[i].text, -1);
      gboolean found = FALSE;
      guint id;

      g_assert_true (vitae_matcher_lookup (matcher, cases[i].keyword, &id));
      for (guint m = 0; m < matches->len; m++)
        found |= g_array_index (matches, VitaeMatch, m).keyword == id;
      if (found != cases[i].found)
        g_error ("“%s”: %s %s", cases[i].text, cases[i].keyword, found ? "found" : "not found");
    }
}

static void
test_kinds (void)
{
  guint id;

  g_assert_true (vitae_matcher_lookup (matcher, "ClickHouse", &id));
  g_assert_cmpint (vitae_matcher_get_kind (matcher, id), ==, VITAE_KIND_DATA_STORE);
  g_assert_true (vitae_matcher_lookup (matcher, "Scrum", &id));
  g_assert_cmpint (vitae_matcher_get_kind (matcher, id), ==, VITAE_KIND_PRACTICE);
  g_assert_true (vitae_matcher_lookup (matcher, "EventBridge", &id));
  g_assert_cmpint (vitae_matcher_get_kind (matcher, id), ==, VITAE_KIND_CLOUD_SERVICE);
  g_assert_cmpuint (vitae_matcher_get_n_keywords (matcher), >=, 2000);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  catalog = vitae_catalog_new (NULL, NULL);
  matcher = vitae_matcher_new (catalog);

  g_test_add_func ("/vitae/posting/committed", test_committed);
  g_test_add_func ("/vitae/posting/negation", test_negation);
  g_test_add_func ("/vitae/posting/scope", test_scope);
  g_test_add_func ("/vitae/posting/verbs", test_verbs);
  g_test_add_func ("/vitae/posting/product-list", test_product_list);
  g_test_add_func ("/vitae/posting/coordination", test_coordination);
  g_test_add_func ("/vitae/posting/inflection", test_inflection);
  g_test_add_func ("/vitae/posting/tiers", test_tiers);
  g_test_add_func ("/vitae/posting/long", test_long_posting);
  g_test_add_func ("/vitae/posting/boundaries", test_boundaries);
  g_test_add_func ("/vitae/posting/kinds", test_kinds);

  status = g_test_run ();

  g_clear_object (&matcher);
  g_clear_object (&catalog);

  return status;
}
