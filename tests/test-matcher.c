/* test-matcher.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "vitae-core.h"
#include "vitae-catalog.h"
#include "vitae-matcher.h"

static VitaeCatalog *catalog;
static VitaeMatcher *matcher;

/* Describes the matches of @text as "Canonical=matched text" items joined
 * by " | ", which reads well in a failing assertion. */
static char *
describe (const char *text)
{
  g_autoptr(GArray) matches = vitae_matcher_scan (matcher, text, -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const VitaeMatch *match = &g_array_index (matches, VitaeMatch, i);

      if (i > 0)
        g_string_append (out, " | ");
      g_string_append_printf (out, "%s=%.*s",
                              vitae_matcher_get_keyword (matcher, match->keyword),
                              (int) (match->end - match->start), text + match->start);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_tricky (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    /* Go is the language; go, going, go-to, Go-live are not. */
    { "Built services in Go and Golang.", "Go=Go | Go=Golang" },
    { "We go to the office, going on-site; a go-to person.", "" },
    { "Go-to engineer for the Go-live, then GO home.", "" },
    { "Go's channels, (Go), Go/Rust, Go.", "Go=Go | Go=Go | Go=Go | Rust=Rust | Go=Go" },
    /* Java is not inside JavaScript. */
    { "JavaScript and Java, javascript too", "JavaScript=JavaScript | Java=Java | JavaScript=javascript" },
    /* SQL is not inside PostgreSQL, NoSQL or MySQL; they match as themselves. */
    { "PostgreSQL, NoSQL, MySQL and SQL", "PostgreSQL=PostgreSQL | NoSQL=NoSQL | MySQL=MySQL | SQL=SQL" },
    { "SQL Server 2019", "SQL Server=SQL Server" },
    /* Punctuation belongs to the keyword. */
    { "Node.js, CI/CD, C#, C++ and .NET", "Node.js=Node.js | CI/CD=CI/CD | C#=C# | C++=C++ | .NET=.NET" },
    { "C++17 and C#/.NET; CI / CD and CICD", "C++=C++ | C#=C# | .NET=.NET | CI/CD=CI / CD | CI/CD=CICD" },
    { "node.js (NodeJS), written in Node", "Node.js=node.js | Node.js=NodeJS | Node.js=Node" },
    { "a graph node, example.net", "" },
    /* Plurals and hyphen or space variants. */
    { "REST APIs and RESTful services, a REST API", "REST API=REST APIs | REST API=RESTful | REST API=REST API" },
    { "a microservice, many microservices, micro-services", "microservices=microservice | microservices=microservices | microservices=micro-services" },
    { "event driven, event-driven and event  driven", "event-driven=event driven | event-driven=event-driven | event-driven=event  driven" },
    { "SLOs, JWTs, message queues, code reviews, a distributed system",
      "SLO=SLOs | JWT=JWTs | message queue=message queues | code review=code reviews | distributed systems=distributed system" },
    /* Aliases. */
    { "Postgres, k8s, K8s, Golang, JS, TS", "PostgreSQL=Postgres | Kubernetes=k8s | Kubernetes=K8s | Go=Golang | JavaScript=JS | TypeScript=TS" },
    { "Python3, HTML5 and OAuth 2.0", "Python=Python3 | HTML=HTML5 | OAuth=OAuth 2.0" },
    /* Ordinary words only match with the keyword's capitals. */
    { "rust on the bridge, Rust in prod; react fast with React", "Rust=Rust | React=React" },
    { "a swift reply, a Swift app; spring cleaning, Spring Boot and Spring", "Swift=Swift | Spring Boot=Spring Boot | Spring=Spring" },
    { "express delivery on Express; a flask of tea, Flask", "Express=Express | Flask=Flask" },
    { "Reacts to news; the js file, ts", "" },
    /* Case-insensitive keywords match in any case; plural only at a boundary. */
    { "PYTHON, kafka, DOCKER and Dockers", "Python=PYTHON | Kafka=kafka | Docker=DOCKER | Docker=Dockers" },
    { "Pythonista, Kafkaesque, Dockerized", "Docker=Dockerized" },
    /* Containment: a keyword inside a longer one is that longer one. */
    { "Google Cloud, cloud-native and the cloud", "GCP=Google Cloud | cloud-native=cloud-native | cloud=cloud" },
    { "Spring Boot, Ruby on Rails, database design", "Spring Boot=Spring Boot | Ruby on Rails=Ruby on Rails | database design=database design" },
    /* Non-ASCII text around keywords. */
    { "Diseñé APIs en Go y Python para España — también Kafka’s consumers",
      "Go=Go | Python=Python | Kafka=Kafka" },
    { "使用Go开发，部署在Kubernetes上。", "Go=Go | Kubernetes=Kubernetes" },
    { "éGo, Goé, Pythonñ, Ω Rust Ω", "Rust=Rust" },
    { "event\u00a0driven, Kafka\u2011based, Go\u2011to", "event-driven=event\u00a0driven | Kafka=Kafka" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = describe (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (found, ==, cases[i].expected);
    }
}

/* @spelling of @canonical is found where it stands, as its own canonical
 * keyword; a case-sensitive spelling is not found in lower case, and it is
 * not found glued to a longer word. */
static void
check_spelling (const char *canonical,
                const char *spelling,
                gboolean    match_case)
{
  g_autofree char *text = g_strdup_printf ("Worked with %s daily.", spelling);
  g_autofree char *expected = g_strdup_printf ("%s=%s", canonical, spelling);
  g_autofree char *found = describe (text);
  gsize length = strlen (spelling);

  g_assert_cmpstr (found, ==, expected);

  if (match_case)
    {
      g_autofree char *lower = g_ascii_strdown (spelling, -1);
      g_autofree char *lower_text = g_strdup_printf ("Worked with %s daily.", lower);
      g_autofree char *lower_found = describe (lower_text);

      if (!g_str_equal (lower, spelling))
        g_assert_cmpstr (lower_found, ==, "");
    }

  /* Glued to a longer word, the spelling is not found; a shorter
   * keyword inside it may still be ("Spring" in "Spring Bootzq"). */
  if (g_ascii_isalnum (spelling[length - 1]))
    {
      g_autofree char *glued = g_strdup_printf ("Worked with %szq daily.", spelling);
      g_autoptr(GArray) matches = vitae_matcher_scan (matcher, glued, -1);

      for (guint i = 0; i < matches->len; i++)
        g_assert_cmpuint (g_array_index (matches, VitaeMatch, i).end, <, 12 + length);
    }

  if (g_ascii_isalnum (spelling[0]))
    {
      g_autofree char *glued = g_strdup_printf ("Worked with qz%s daily.", spelling);
      g_autoptr(GArray) matches = vitae_matcher_scan (matcher, glued, -1);

      for (guint i = 0; i < matches->len; i++)
        g_assert_cmpuint (g_array_index (matches, VitaeMatch, i).start, >, 14);
    }
}

/* Every keyword and alias of the catalog, and every spelling of the
 * technology vocabulary, passes check_spelling(). */
static void
test_every_spelling (void)
{
  sqlite3 *db = vitae_catalog_get_db (catalog);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  sqlite3_prepare_v2 (db,
                      "SELECT name, name, match_case FROM keywords "
                      "UNION ALL SELECT keyword, alias, match_case FROM aliases",
                      -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      check_spelling ((const char *) sqlite3_column_text (stmt, 0),
                      (const char *) sqlite3_column_text (stmt, 1),
                      sqlite3_column_int (stmt, 2));
      n++;
    }
  sqlite3_finalize (stmt);

  /* The vocabulary: a line per term, tab-separated, roles first; "="
   * marks a keyword of the keywords table, "!" and "^" the rules. */
  sqlite3_prepare_v2 (db, "SELECT terms FROM technologies", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_auto(GStrv) lines = g_strsplit ((const char *) sqlite3_column_text (stmt, 0), "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[l], "\t", -1);
          const char *canonical = NULL;

          g_assert_cmpuint (g_strv_length (fields), >=, 2);
          for (guint f = 1; fields[f] != NULL; f++)
            {
              const char *spelling = fields[f];
              gboolean match_case = FALSE;

              if (f == 1 && spelling[0] == '=')
                {
                  canonical = spelling + 1;
                  continue;
                }
              while (spelling[0] == '!' || spelling[0] == '^')
                match_case |= *spelling++ == '!';
              if (canonical == NULL)
                canonical = spelling;
              check_spelling (canonical, spelling, match_case);
              n++;
            }
        }
    }
  sqlite3_finalize (stmt);

  g_assert_cmpuint (n, ==, vitae_matcher_get_n_patterns (matcher));
}

static void
test_offsets (void)
{
  static const struct {
    const char *text;
    const char *keyword;
    glong       start;
    glong       end;
  } cases[] = {
    { "Diseñé con Go", "Go", 11, 13 },
    { "Équipe Kubernetes", "Kubernetes", 7, 17 },
    { "日本語でPostgreSQLを使った", "PostgreSQL", 4, 14 },
    { "naïve REST APIs", "REST API", 6, 15 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) matches = vitae_matcher_scan (matcher, cases[i].text, -1);
      const VitaeMatch *match;
      glong start, end;

      g_assert_cmpuint (matches->len, ==, 1);
      match = &g_array_index (matches, VitaeMatch, 0);
      g_assert_cmpstr (vitae_matcher_get_keyword (matcher, match->keyword), ==, cases[i].keyword);

      vitae_match_get_char_range (match, cases[i].text, &start, &end);
      g_assert_cmpint (start, ==, cases[i].start);
      g_assert_cmpint (end, ==, cases[i].end);
      g_assert_cmpint (g_utf8_pointer_to_offset (cases[i].text, cases[i].text + match->end), ==, end);
    }
}

static void
test_facets (void)
{
  static const struct {
    const char        *keyword;
    VitaeKeywordFacet  facets;
  } cases[] = {
    { "PostgreSQL", VITAE_FACET_DATABASE },
    { "DynamoDB", VITAE_FACET_DATABASE | VITAE_FACET_CLOUD_SERVICE },
    { "AWS", VITAE_FACET_CLOUD_PROVIDER },
    { "relational database", VITAE_FACET_GENERIC_DATABASE },
    { "cloud", VITAE_FACET_GENERIC_CLOUD },
    { "observability", VITAE_FACET_OWNERSHIP },
    { "FastAPI", VITAE_FACET_FRAMEWORK },
    { "Go", VITAE_FACET_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint id;

      g_assert_true (vitae_matcher_lookup (matcher, cases[i].keyword, &id));
      g_assert_cmpuint (vitae_matcher_get_facets (matcher, id), ==, cases[i].facets);
      g_assert_false (vitae_matcher_is_user_keyword (matcher, id));
    }

  g_assert_false (vitae_matcher_lookup (matcher, "Postgres", NULL));
}

/* Matches are read by where they start, the longer first: the order the
 * matcher's results and the posting's terms both follow. */
static void
test_span_order (void)
{
  g_assert_cmpint (vitae_span_compare (0, 4, 2, 3), <, 0);
  g_assert_cmpint (vitae_span_compare (2, 3, 0, 4), >, 0);
  g_assert_cmpint (vitae_span_compare (5, 12, 5, 9), <, 0);
  g_assert_cmpint (vitae_span_compare (5, 9, 5, 12), >, 0);
  g_assert_cmpint (vitae_span_compare (5, 9, 5, 9), ==, 0);
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
  g_assert_nonnull (catalog);
  matcher = vitae_matcher_new (catalog);

  g_test_add_func ("/vitae/matcher/tricky", test_tricky);
  g_test_add_func ("/vitae/matcher/every-spelling", test_every_spelling);
  g_test_add_func ("/vitae/matcher/offsets", test_offsets);
  g_test_add_func ("/vitae/matcher/facets", test_facets);
  g_test_add_func ("/vitae/matcher/span-order", test_span_order);

  status = g_test_run ();

  g_assert_finalize_object (matcher);
  g_assert_finalize_object (catalog);

  return status;
}
