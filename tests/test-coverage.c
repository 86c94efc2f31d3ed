/* test-coverage.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "vitae-core.h"
#include "vitae-catalog.h"
#include "vitae-coverage.h"

static VitaeCatalog *catalog;

static VitaeEntry *
add_entry (VitaeDocument    *document,
           VitaeSectionKind  kind)
{
  VitaeSection *section = vitae_document_find_section (document, kind);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();

  if (section == NULL)
    {
      g_autoptr(VitaeSection) created = vitae_section_new (kind);

      vitae_document_append_section (document, created);
      section = created;
    }

  vitae_section_append_entry (section, entry);
  return entry;
}

static void
add_bullets (VitaeEntry         *entry,
             const char * const *texts)
{
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (texts[i]);

      vitae_entry_append_bullet (entry, bullet);
    }
}

static void
add_skills (VitaeDocument      *document,
            const char         *title,
            const char * const *keywords)
{
  VitaeEntry *entry = add_entry (document, VITAE_SECTION_SKILLS);

  vitae_node_set_text (VITAE_NODE (entry), "title", title);
  vitae_node_set_list (VITAE_NODE (entry), "keywords", keywords);
}

/* A two-page backend resume: keywords in the summary, in bullets, in the
 * skills lists and in an education course. */
static VitaeDocument *
make_backend_resume (void)
{
  static const char * const bullets[] = {
    "Designed a versioned REST API in Go serving 40K daily users, with PostgreSQL schema changes shipped without downtime.",
    "Moved email delivery to a Kafka-backed consumer with a dead-letter queue, cutting p95 latency by 340ms.",
    "Implemented OpenTelemetry tracing across 5 services, improving observability and cutting MTTR from 45 to 8 minutes.",
    "Reduced p99 latency from 3.2s to 180ms with a Redis cache-aside layer.",
    NULL,
  };
  static const char * const languages[] = { "Go", "Python", "SQL", NULL };
  static const char * const infrastructure[] = { "Docker", "Kubernetes", "Terraform", "GraphQL", "reliability", NULL };
  static const char * const courses[] = { "Distributed Systems", NULL };
  VitaeDocument *document = vitae_document_new ();
  VitaeEntry *job, *school;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  vitae_node_set_text (VITAE_NODE (document), "label", "Backend Engineer");
  vitae_node_set_text (VITAE_NODE (document), "summary",
                       "Backend engineer with 6 years building Go microservices on AWS (EKS, RDS, SQS) "
                       "and taking on-call for payment APIs.");

  job = add_entry (document, VITAE_SECTION_EXPERIENCE);
  vitae_node_set_text (VITAE_NODE (job), "organization", "Acme Pagos");
  vitae_node_set_text (VITAE_NODE (job), "role", "Senior Backend Engineer");
  add_bullets (job, bullets);

  add_skills (document, "Languages", languages);
  add_skills (document, "Infrastructure", infrastructure);

  school = add_entry (document, VITAE_SECTION_EDUCATION);
  vitae_node_set_text (VITAE_NODE (school), "organization", "Universidad de Chile");
  vitae_node_set_text (VITAE_NODE (school), "area", "Computer Science");
  vitae_node_set_list (VITAE_NODE (school), "courses", courses);

  return document;
}

static char *
describe_placements (VitaeCoverage *coverage)
{
  static const char * const kinds[] = {
    [VITAE_PLACEMENT_SKILLS_SECTION]    = "skills-section",
    [VITAE_PLACEMENT_FRAMEWORK]         = "framework",
    [VITAE_PLACEMENT_SPECIFIC_DATABASE] = "specific-database",
    [VITAE_PLACEMENT_SPECIFIC_CLOUD]    = "specific-cloud",
    [VITAE_PLACEMENT_CLOUD_SERVICES]    = "cloud-services",
    [VITAE_PLACEMENT_OWNERSHIP]         = "ownership",
    [VITAE_PLACEMENT_CONTEXT]           = "context",
  };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < vitae_coverage_get_n_placements (coverage); i++)
    {
      const VitaeCoveragePlacement *placement = vitae_coverage_get_placement (coverage, i);

      /* Every message names its keyword, so the user knows what it is about. */
      g_assert_nonnull (strstr (placement->message, placement->keyword));
      g_string_append_printf (out, "%s%s:%s", i > 0 ? " " : "",
                              kinds[placement->kind], placement->keyword);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_sections (void)
{
  static const struct {
    const char *keyword;
    const char *group;
    const char *sections;
    gboolean    in_context;
  } cases[] = {
    { "Python", "languages", "skills", FALSE },
    { "Go", "languages", "summary experience skills", TRUE },
    { "PostgreSQL", "databases", "experience", TRUE },
    { "Redis", "databases", "experience", TRUE },
    { "SQL", "databases", "skills", FALSE },
    { "REST API", "apis", "experience", TRUE },
    { "GraphQL", "apis", "skills", FALSE },
    { "microservices", "apis", "summary", TRUE },
    { "Kafka", "apis", "experience", TRUE },
    { "distributed systems", "apis", "education", FALSE },
    { "AWS", "cloud", "summary", TRUE },
    { "Docker", "cloud", "skills", FALSE },
    { "Kubernetes", "cloud", "skills", FALSE },
    { "Terraform", "cloud", "skills", FALSE },
    { "observability", "practices", "experience", TRUE },
    { "reliability", "practices", "skills", FALSE },
    { "on-call", "practices", "summary", TRUE },
  };
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  g_autoptr(GError) error = NULL;

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_coverage_get_role (coverage), ==, "backend-developer");

  /* Exactly these keywords of the role, in group order, and nothing else. */
  g_assert_cmpuint (vitae_coverage_get_n_keywords (coverage), ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const VitaeCoverageKeyword *keyword = vitae_coverage_get_keyword (coverage, i);
      g_autofree char *sections = g_strjoinv (" ", (char **) keyword->sections);

      g_test_message ("%s", cases[i].keyword);
      g_assert_cmpstr (keyword->keyword, ==, cases[i].keyword);
      g_assert_cmpstr (keyword->group, ==, cases[i].group);
      g_assert_cmpstr (sections, ==, cases[i].sections);
      g_assert_cmpint (keyword->in_context, ==, cases[i].in_context);
      g_assert_true (vitae_coverage_find_keyword (coverage, cases[i].keyword) == keyword);
    }

  g_assert_cmpuint (vitae_coverage_find_keyword (coverage, "Go")->count, ==, 3);
  /* EKS is a keyword of the catalog but not of this role. */
  g_assert_null (vitae_coverage_find_keyword (coverage, "EKS"));
  g_assert_false (vitae_coverage_has_job (coverage));
}

static void
test_groups_and_score (void)
{
  static const struct {
    const char *id;
    const char *found;
    const char *missing;
  } cases[] = {
    { "languages", "Python Go", "Node.js Java Rust TypeScript PHP Ruby Kotlin Spring Boot" },
    { "databases", "PostgreSQL Redis SQL", "MySQL MongoDB DynamoDB Cassandra database design data modeling Elasticsearch" },
    { "apis", "REST API GraphQL microservices Kafka distributed systems", "API design gRPC message queue RabbitMQ event-driven" },
    { "cloud", "AWS Docker Kubernetes Terraform", "GCP Azure CI/CD serverless cloud-native infrastructure as code" },
    { "practices", "observability reliability on-call", "security test-driven development code review system design Agile performance optimization monitoring" },
  };
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  g_autofree char *placements = NULL;

  g_assert_true (vitae_coverage_analyze (coverage, document, "backend-developer", NULL, NULL));

  g_assert_cmpuint (vitae_coverage_get_n_groups (coverage), ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const VitaeCoverageGroup *group = vitae_coverage_get_group (coverage, i);
      g_autofree char *found = g_strjoinv (" ", (char **) group->found);
      g_autofree char *missing = g_strjoinv (" ", (char **) group->missing);

      g_assert_cmpstr (group->id, ==, cases[i].id);
      g_assert_cmpstr (found, ==, cases[i].found);
      g_assert_cmpstr (missing, ==, cases[i].missing);
      g_assert_cmpstr (group->advice, !=, "");
    }

  /* By the formula of compute_groups_and_score(): languages 2/2 (two
   * must-haves), databases 2.5/3 (SQL only listed), apis 3.25/4 (GraphQL
   * and distributed systems only listed), cloud 3/4 (AWS only in the
   * summary), practices 1.875/4; their mean is 77.3%. */
  g_assert_cmpfloat_with_epsilon (vitae_coverage_get_group (coverage, 0)->score, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (vitae_coverage_get_group (coverage, 1)->score, 2.5 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (vitae_coverage_get_group (coverage, 2)->score, 3.25 / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (vitae_coverage_get_group (coverage, 4)->score, 0.46875, 1e-9);
  g_assert_cmpuint (vitae_coverage_get_score (coverage), ==, 77);

  placements = describe_placements (coverage);
  g_assert_cmpstr (placements, ==,
                   "framework:Go context:SQL context:GraphQL context:distributed systems ownership:reliability");
}

static void
test_placement (void)
{
  static const struct {
    const char *skills;
    const char *bullet;
    const char *placements;
    guint       score;
  } cases[] = {
    { NULL, NULL, "", 0 },
    { "Go", NULL, "framework:Go", 10 },
    { NULL, "Built Go services for payments.", "skills-section:Go", 5 },
    { "Python", "Worked with relational databases and the cloud.",
      "framework:Python specific-database:relational database specific-cloud:cloud", 10 },
    { "Python|AWS", "Ran PostgreSQL in the cloud.", "framework:Python cloud-services:AWS", 22 },
    { "Python|AWS", "Ran PostgreSQL on AWS Lambda and S3 in the cloud.", "framework:Python", 22 },
    { "Python / FastAPI", "Stored orders in a NoSQL store.", "specific-database:NoSQL", 10 },
    { "Python / FastAPI", "Stored orders in a NoSQL store (MongoDB).", "", 17 },
    { "observability|microservices", NULL, "context:microservices ownership:observability", 4 },
    { "Linux", "Automated Linux fleet patching.", "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeDocument) document = vitae_document_new ();
      g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
      g_autofree char *placements = NULL;

      if (cases[i].skills != NULL)
        {
          g_auto(GStrv) keywords = g_strsplit (cases[i].skills, "|", -1);

          add_skills (document, "Skills", (const char * const *) keywords);
        }

      if (cases[i].bullet != NULL)
        {
          const char * const bullets[] = { cases[i].bullet, NULL };

          add_bullets (add_entry (document, VITAE_SECTION_EXPERIENCE), bullets);
        }

      g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, NULL));
      placements = describe_placements (coverage);
      g_test_message ("case %u", i);
      g_assert_cmpstr (placements, ==, cases[i].placements);
      g_assert_cmpuint (vitae_coverage_get_score (coverage), ==, cases[i].score);
    }
}

static char *
load_job (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ats", "backend-job.txt", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
test_job (void)
{
  static const struct {
    const char *keyword;
    guint       count;
    gboolean    matched;
    const char *section;
    VitaeTier   tier;
  } cases[] = {
    { "Go", 1, TRUE, NULL, VITAE_TIER_MUST_HAVE },
    { "PostgreSQL", 1, TRUE, NULL, VITAE_TIER_MUST_HAVE },
    { "Kafka", 1, TRUE, NULL, VITAE_TIER_MUST_HAVE },
    { "gRPC", 2, FALSE, "experience", VITAE_TIER_MUST_HAVE },
    { "on-call", 1, TRUE, NULL, VITAE_TIER_MUST_HAVE },
    { "Elasticsearch", 1, FALSE, "experience", VITAE_TIER_MUST_HAVE },
    { "OpenSearch", 2, FALSE, "skills", VITAE_TIER_MUST_HAVE },
    { "GitLab", 2, FALSE, "skills", VITAE_TIER_MUST_HAVE },
    { "HIPAA", 2, FALSE, "experience", VITAE_TIER_MUST_HAVE },
    { "Rust", 1, FALSE, "skills", VITAE_TIER_NICE_TO_HAVE },
    { "Kubernetes", 1, TRUE, NULL, VITAE_TIER_NICE_TO_HAVE },
    { "Terraform", 1, TRUE, NULL, VITAE_TIER_NICE_TO_HAVE },
    { "relational database", 1, FALSE, "skills", VITAE_TIER_NICE_TO_HAVE },
  };
  /* The vocabulary knows OpenSearch, GitLab and HIPAA: what the
   * description repeats and no catalog names is a ledger database. */
  const char * const unknown[] = { "TigerBeetle", NULL };
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  g_autofree char *job = load_job ();

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, job, NULL));
  g_assert_true (vitae_coverage_has_job (coverage));

  g_assert_cmpuint (vitae_coverage_get_n_job_keywords (coverage), ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const VitaeJobKeyword *keyword = vitae_coverage_get_job_keyword (coverage, i);

      g_assert_cmpstr (keyword->keyword, ==, cases[i].keyword);
      g_assert_cmpuint (keyword->count, ==, cases[i].count);
      g_assert_cmpint (keyword->matched, ==, cases[i].matched);
      g_assert_cmpstr (keyword->section, ==, cases[i].section);
      g_assert_cmpint (keyword->tier, ==, cases[i].tier);
      /* A keyword the resume has says where it already is. */
      g_assert_true (keyword->matched == (keyword->sections != NULL && keyword->sections[0] != NULL));
    }

  g_assert_cmpfloat_with_epsilon (vitae_coverage_get_match_rate (coverage), 6.0 / 13.0, 1e-9);
  /* Must-haves weigh twice: 4 of 9 must-haves, 2 of 4 nice-to-haves. */
  g_assert_cmpfloat_with_epsilon (vitae_coverage_get_match_score (coverage), (4.0 + 1.0) / (9.0 + 2.0), 1e-9);
  g_assert_cmpstrv (vitae_coverage_get_unknown_terms (coverage), unknown);

  /* A job keyword of another role belongs where that role puts it. */
  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, "Experience with SwiftUI and Swift.", NULL));
  g_assert_cmpuint (vitae_coverage_get_n_job_keywords (coverage), ==, 2);
  g_assert_cmpstr (vitae_coverage_get_job_keyword (coverage, 0)->section, ==, "skills");
  g_assert_cmpfloat (vitae_coverage_get_match_rate (coverage), ==, 0.0);

  /* A description without catalog keywords matches nothing. */
  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, "Great team, free snacks.", NULL));
  g_assert_cmpuint (vitae_coverage_get_n_job_keywords (coverage), ==, 0);
  g_assert_cmpfloat (vitae_coverage_get_match_rate (coverage), ==, 0.0);
}

/* After a keystroke only the changed text is different; the result follows
 * it, and going back gives the first result again. */
static void
test_incremental (void)
{
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  VitaeEntry *job = vitae_section_get_entry (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE), 0);
  VitaeBullet *bullet = vitae_entry_get_bullet (job, 3);
  g_autofree char *original = g_strdup (vitae_bullet_get_text (bullet));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *placements = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) last = NULL;

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, NULL));
  first = vitae_coverage_to_json (coverage);
  before = json_to_string (first, FALSE);
  g_assert_cmpuint (vitae_coverage_get_score (coverage), ==, 77);
  g_assert_false (vitae_coverage_find_keyword (coverage, "GraphQL")->in_context);

  vitae_bullet_set_text (bullet, "Reduced p99 latency from 3.2s to 180ms with a Redis cache-aside layer behind a GraphQL gateway.");
  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, NULL));
  g_assert_true (vitae_coverage_find_keyword (coverage, "GraphQL")->in_context);
  g_assert_cmpuint (vitae_coverage_get_score (coverage), ==, 79);
  placements = describe_placements (coverage);
  g_assert_cmpstr (placements, ==, "framework:Go context:SQL context:distributed systems ownership:reliability");

  vitae_bullet_set_text (bullet, original);
  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, NULL));
  last = vitae_coverage_to_json (coverage);
  after = json_to_string (last, FALSE);
  g_assert_cmpstr (after, ==, before);
}

static void
test_occurrences (void)
{
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  VitaeEntry *job = vitae_section_get_entry (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE), 0);
  VitaeBullet *first = vitae_entry_get_bullet (job, 0);
  const char *text = vitae_bullet_get_text (first);
  guint found = 0;

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, NULL));

  for (guint i = 0; i < vitae_coverage_get_n_occurrences (coverage); i++)
    {
      const VitaeCoverageOccurrence *occurrence = vitae_coverage_get_occurrence (coverage, i);

      if (occurrence->node != VITAE_NODE (first))
        continue;

      g_assert_cmpstr (occurrence->key, ==, "text");
      g_assert_cmpstr (occurrence->section, ==, "experience");
      if (g_str_equal (occurrence->keyword, "Go"))
        {
          g_assert_cmpuint (occurrence->start, ==, strstr (text, " Go ") + 1 - text);
          g_assert_cmpuint (occurrence->end, ==, occurrence->start + 2);
        }
      found++;
    }

  /* REST API, Go, PostgreSQL. */
  g_assert_cmpuint (found, ==, 3);
}

static void
test_roles (void)
{
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  g_autoptr(GError) error = NULL;
  const VitaeCoverageKeyword *eks;

  g_assert_true (vitae_coverage_analyze (coverage, document, "devops-sre", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_coverage_get_role (coverage), ==, "devops-sre");
  g_assert_cmpuint (vitae_coverage_get_n_groups (coverage), ==, 6);

  eks = vitae_coverage_find_keyword (coverage, "EKS");
  g_assert_nonnull (eks);
  g_assert_cmpstr (eks->group, ==, "cloud");
  g_assert_true (eks->in_context);

  g_assert_false (vitae_coverage_analyze (coverage, document, "astronaut", NULL, &error));
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "astronaut"));
  g_clear_error (&error);

  /* Every role of the catalog can be analysed, and its groups cover what
   * the role's keywords are. */
  {
    g_auto(GStrv) roles = vitae_catalog_dup_role_ids (catalog);

    for (guint r = 0; roles[r] != NULL; r++)
      {
        guint n_keywords = 0;

        g_assert_true (vitae_coverage_analyze (coverage, document, roles[r], NULL, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (vitae_coverage_get_n_groups (coverage), >=, 5);
        for (guint g = 0; g < vitae_coverage_get_n_groups (coverage); g++)
          {
            const VitaeCoverageGroup *group = vitae_coverage_get_group (coverage, g);

            n_keywords += g_strv_length ((char **) group->found) + g_strv_length ((char **) group->missing);
          }
        g_assert_cmpuint (n_keywords, >=, 50);
      }
  }

  /* And back: the role's data is reloaded. */
  g_assert_true (vitae_coverage_analyze (coverage, document, "backend-developer", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vitae_coverage_get_score (coverage), ==, 77);
}

/* A keyword the user adds is matched from the next analysis on. */
static void
test_user_keyword (void)
{
  g_autoptr(VitaeCatalog) own = vitae_catalog_new (NULL, NULL);
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (own);
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(GError) error = NULL;
  const char * const bullets[] = { "Orchestrated refunds with Temporal workflows across 3 regions.", NULL };
  const char *job = "Requirements: Go, and Temporal for our workflows.";
  const VitaeCoverageKeyword *temporal;
  const VitaeCoverageGroup *apis;

  add_bullets (vitae_section_get_entry (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE), 0), bullets);

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, job, NULL));
  g_assert_null (vitae_coverage_find_keyword (coverage, "Temporal"));
  g_assert_cmpuint (vitae_coverage_get_n_job_keywords (coverage), ==, 1);

  g_assert_true (vitae_catalog_add_user_keyword (own, "backend-developer", "apis", "Temporal", &error));
  g_assert_no_error (error);

  /* The same job description is read again with the user's keyword: the
   * reading kept for it belonged to the matcher before. */
  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, job, NULL));
  g_assert_cmpuint (vitae_coverage_get_n_job_keywords (coverage), ==, 2);
  g_assert_cmpstr (vitae_coverage_get_job_keyword (coverage, 1)->keyword, ==, "Temporal");
  g_assert_true (vitae_coverage_get_job_keyword (coverage, 1)->matched);
  temporal = vitae_coverage_find_keyword (coverage, "Temporal");
  g_assert_nonnull (temporal);
  g_assert_cmpstr (temporal->group, ==, "apis");
  g_assert_true (temporal->in_context);
  g_assert_cmpint (temporal->tier, ==, VITAE_TIER_NICE_TO_HAVE);

  apis = vitae_coverage_get_group (coverage, 2);
  g_assert_cmpstr (apis->found[5], ==, "Temporal");
}

static void
assert_members (JsonObject         *object,
                const char * const *names)
{
  g_autoptr(GList) members = json_object_get_members (object);

  g_assert_cmpuint (g_list_length (members), ==, g_strv_length ((char **) names));
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_true (json_object_has_member (object, names[i]));
}

static void
test_json (void)
{
  static const char * const ats_members[] = { "role", "score", "keywords", "groups", "placement", NULL };
  static const char * const ats_job_members[] = { "role", "score", "keywords", "groups", "placement", "job", NULL };
  static const char * const keyword_members[] = { "keyword", "group", "sections", "in_context", NULL };
  static const char * const group_members[] = { "id", "name", "found", "missing", NULL };
  static const char * const placement_members[] = { "keyword", "message", NULL };
  static const char * const job_members[] = { "keywords", "matched", "missing", "match_rate", "must_have",
                                              "nice_to_have", "match_score", "terms", "ignored", NULL };
  g_autoptr(VitaeDocument) document = make_backend_resume ();
  g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *job_text = load_job ();
  JsonObject *ats, *keyword, *job;
  JsonArray *sections, *missing;

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, NULL));
  node = vitae_coverage_to_json (coverage);
  ats = json_node_get_object (node);
  assert_members (ats, ats_members);
  g_assert_cmpstr (json_object_get_string_member (ats, "role"), ==, "backend-developer");
  g_assert_cmpint (json_object_get_int_member (ats, "score"), ==, 77);

  keyword = json_array_get_object_element (json_object_get_array_member (ats, "keywords"), 1);
  assert_members (keyword, keyword_members);
  g_assert_cmpstr (json_object_get_string_member (keyword, "keyword"), ==, "Go");
  g_assert_cmpstr (json_object_get_string_member (keyword, "group"), ==, "languages");
  g_assert_true (json_object_get_boolean_member (keyword, "in_context"));
  sections = json_object_get_array_member (keyword, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (sections, 2), ==, "skills");

  assert_members (json_array_get_object_element (json_object_get_array_member (ats, "groups"), 0), group_members);
  assert_members (json_array_get_object_element (json_object_get_array_member (ats, "placement"), 0), placement_members);
  g_clear_pointer (&node, json_node_unref);

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, job_text, NULL));
  node = vitae_coverage_to_json (coverage);

  /* It survives a trip through text, as `vitae check` prints it. */
  text = json_to_string (node, FALSE);
  parsed = json_from_string (text, NULL);
  g_assert_nonnull (parsed);
  ats = json_node_get_object (parsed);
  assert_members (ats, ats_job_members);
  job = json_object_get_object_member (ats, "job");
  assert_members (job, job_members);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job, "keywords")), ==, 13);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job, "matched")), ==, 6);
  missing = json_object_get_array_member (job, "missing");
  g_assert_cmpuint (json_array_get_length (missing), ==, 7);
  g_assert_cmpstr (json_array_get_string_element (missing, 0), ==, "gRPC");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (job, "match_rate"), 6.0 / 13.0, 1e-9);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job, "must_have")), ==, 9);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job, "nice_to_have")), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job, "terms")), ==, 13);
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

  g_test_add_func ("/vitae/coverage/sections", test_sections);
  g_test_add_func ("/vitae/coverage/groups-and-score", test_groups_and_score);
  g_test_add_func ("/vitae/coverage/placement", test_placement);
  g_test_add_func ("/vitae/coverage/job", test_job);
  g_test_add_func ("/vitae/coverage/incremental", test_incremental);
  g_test_add_func ("/vitae/coverage/occurrences", test_occurrences);
  g_test_add_func ("/vitae/coverage/roles", test_roles);
  g_test_add_func ("/vitae/coverage/user-keyword", test_user_keyword);
  g_test_add_func ("/vitae/coverage/json", test_json);

  status = g_test_run ();

  g_assert_finalize_object (catalog);

  return status;
}
