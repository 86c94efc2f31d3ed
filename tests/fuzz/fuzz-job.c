/* fuzz-job.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vitae-catalog.h"
#include "vitae-core.h"
#include "vitae-coverage.h"

#include "fuzz-common.h"

/*
 * Job-description extraction: the input is a pasted job description,
 * compared by the coverage engine with a fixed small resume. The job text
 * comes from GTK or vitae_read_text_file(), so it is valid UTF-8; invalid
 * bytes are replaced first.
 */

static VitaeCoverage *coverage;
static VitaeDocument *document;

static const char *bullets[] = {
  "Cut p99 latency of the Go payments API from 900ms to 120ms with PostgreSQL indexes.",
  "Ran Kafka consumers on Kubernetes (k8s) with Prometheus alerts and Grafana dashboards.",
  "Built CI/CD pipelines in GitHub Actions for 12 Node.js services.",
};

static const char *skill_keywords[] = { "Go", "Python", "Docker", "Terraform", NULL };

static VitaeDocument *
make_document (void)
{
  VitaeDocument *doc = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeSection) skills = vitae_section_new (VITAE_SECTION_SKILLS);
  g_autoptr(VitaeEntry) job = vitae_entry_new ();
  g_autoptr(VitaeEntry) group = vitae_entry_new ();

  vitae_node_set_text (VITAE_NODE (doc), "name", "Ada Fuzz");
  vitae_node_set_text (VITAE_NODE (doc), "summary", "Backend engineer: Go, PostgreSQL, AWS.");
  vitae_node_set_text (VITAE_NODE (job), "organization", "Acme");
  vitae_node_set_text (VITAE_NODE (job), "role", "Backend Engineer");
  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (bullets[i]);

      vitae_entry_append_bullet (job, bullet);
    }
  vitae_section_append_entry (experience, job);
  vitae_node_set_text (VITAE_NODE (group), "title", "Languages");
  vitae_node_set_list (VITAE_NODE (group), "keywords", skill_keywords);
  vitae_section_append_entry (skills, group);
  vitae_document_append_section (doc, experience);
  vitae_document_append_section (doc, skills);

  return doc;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  VitaeCatalog *catalog;

  fuzz_init ();
  catalog = vitae_catalog_get_default ();
  g_assert_nonnull (catalog);
  coverage = vitae_coverage_new (catalog);
  document = make_document ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *job = fuzz_dup_valid_utf8 (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) json = NULL;
  const char * const *unknown;
  double rate;

  g_assert_true (vitae_coverage_analyze (coverage, document, NULL, job, &error));
  g_assert_no_error (error);
  g_assert_true (vitae_coverage_has_job (coverage));
  g_assert_cmpuint (vitae_coverage_get_score (coverage), <=, 100);

  for (guint i = 0; i < vitae_coverage_get_n_job_keywords (coverage); i++)
    {
      const VitaeJobKeyword *keyword = vitae_coverage_get_job_keyword (coverage, i);

      g_assert_nonnull (keyword->keyword);
      g_assert_cmpuint (keyword->count, >, 0);
    }
  rate = vitae_coverage_get_match_rate (coverage);
  g_assert_true (rate >= 0.0 && rate <= 1.0);

  unknown = vitae_coverage_get_unknown_terms (coverage);
  for (guint i = 0; unknown != NULL && unknown[i] != NULL; i++)
    g_assert_true (g_utf8_validate (unknown[i], -1, NULL));

  json = vitae_coverage_to_json (coverage);
  g_assert_nonnull (json);

  return 0;
}
