/* bench-load.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <time.h>

#include "bench-common.h"
#include "vitae-catalog.h"
#include "vitae-coach.h"
#include "vitae-core.h"
#include "vitae-coverage.h"
#include "vitae-pdf.h"
#include "vitae-render.h"

/*
 * A long career: a resume of 1,000 bullets (50 jobs of 20, a line each,
 * some 25 pages), taken through everything opening it does, each
 * step timed on its own (medians of RUNS):
 *
 *   _build/tests/bench/bench-load [RUNS]
 *
 *   open      vitae_document_load() of the .vitae and of the JSON Resume
 *             file (read, UTF-8 check, parse, schema, model)
 *   analyse   the coach over every bullet (cold cache) and coverage of the
 *             whole resume (a new analyser), then both again warm, as a
 *             redraw after a keystroke costs
 *   preview   vitae_layout_new() and page 1 drawn to an image surface at
 *             the preview's 1.5× scale
 *   export    vitae_pdf_render() of that layout
 *
 * DESIGN.md's budget for analysing a 1,000-bullet resume is 20 ms; the GUI
 * side (a keystroke in the same resume, in the real window) is
 * bench-keystroke, run under Xvfb.
 */

#define N_ENTRIES 50
#define N_BULLETS 20

/* Bullets of every kind the coach meets, around a number that makes each
 * one distinct so that a cold analysis really analyses every bullet. */
static const struct {
  const char *head;
  const char *tail;
} templates[] = {
  { "Designed a versioned REST API in Go for ", " partner teams, with zero-downtime migrations." },
  { "Responsible for maintaining billing service ", "." },
  { "Cut p99 latency of endpoint ", " from 3.2s to 180ms with a Redis cache." },
  { "Worked on Kafka consumers for pipeline ", "." },
  { "Moved email for region ", " to a queue with a dead-letter topic, cutting p95 by 340ms." },
  { "I was tasked with improving deployment ", " for the platform team." },
  { "Implemented OpenTelemetry tracing across ", " services, cutting MTTR to 8 minutes." },
  { "Successfully helped migrate various databases for region ", "." },
  { "Built CI/CD in GitHub Actions for ", " services with Terraform on AWS." },
  { "Mentored ", " engineers through code review and system design." },
};

static void
record (GArray *times,
        gint64  start)
{
  gint64 elapsed = now_ns () - start;

  g_array_append_val (times, elapsed);
}

static VitaeDocument *
make_resume (void)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeSection) skills = vitae_section_new (VITAE_SECTION_SKILLS);
  g_autoptr(VitaeEntry) languages = vitae_entry_new ();
  static const char *keywords[] = { "Go", "Python", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "Terraform", NULL };
  guint k = 0;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Benchmark");
  vitae_node_set_text (VITAE_NODE (document), "label", "Staff Backend Engineer");
  vitae_node_set_text (VITAE_NODE (document), "email", "ada@example.com");
  vitae_node_set_text (VITAE_NODE (document), "summary",
                       "Backend engineer with twenty years of Go, Python and PostgreSQL services at scale.");

  for (guint e = 0; e < N_ENTRIES; e++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *organization = g_strdup_printf ("Example Corp %u", e);
      g_autofree char *start = g_strdup_printf ("%04u-01", 1975 + e);
      g_autofree char *end = g_strdup_printf ("%04u-12", 1975 + e);

      vitae_node_set_text (VITAE_NODE (entry), "organization", organization);
      vitae_node_set_text (VITAE_NODE (entry), "role", "Backend Engineer");
      vitae_node_set_text (VITAE_NODE (entry), "start", start);
      vitae_node_set_text (VITAE_NODE (entry), "end", end);
      for (guint b = 0; b < N_BULLETS; b++, k++)
        {
          g_autofree char *text = g_strdup_printf ("%s%u%s", templates[k % G_N_ELEMENTS (templates)].head, k + 2,
                                                   templates[k % G_N_ELEMENTS (templates)].tail);
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (text);

          vitae_entry_append_bullet (entry, bullet);
        }
      vitae_section_append_entry (experience, entry);
    }

  vitae_node_set_text (VITAE_NODE (languages), "title", "Languages and platforms");
  vitae_node_set_list (VITAE_NODE (languages), "keywords", keywords);
  vitae_section_append_entry (skills, languages);
  vitae_document_append_section (document, experience);
  vitae_document_append_section (document, skills);

  return document;
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeCoverage) warm_coverage = NULL;
  g_autoptr(VitaeLayout) layout = NULL;
  g_autoptr(GArray) open_xml = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) open_json = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coach_cold = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coach_warm = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coverage_cold = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) coverage_warm = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) layouts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) draws = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) exports = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *tmpdir = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *json = NULL;
  g_autofree char *xml_path = NULL;
  g_autofree char *json_path = NULL;
  VitaeCatalog *catalog;
  VitaeCoach *coach;
  gsize xml_length, json_length, pdf_size = 0;
  guint runs, n_bullets = 0, n_pages;
  double width, height;

  setlocale (LC_ALL, "");
  g_setenv (VITAE_USER_CATALOG_ENV, ":memory:", FALSE);
  vitae_core_init ();

  runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 9;
  runs = MAX (runs, 1);

  catalog = vitae_catalog_get_default ();
  coach = vitae_coach_get_default ();
  warm_coverage = vitae_coverage_new (catalog);

  /* The files, written once by Vitae's own writers. */
  document = make_resume ();
  xml = vitae_xml_serialize (document, &xml_length);
  json = vitae_json_resume_serialize (document, &json_length);
  tmpdir = g_dir_make_tmp ("vitae-bench-load-XXXXXX", &error);
  g_assert_no_error (error);
  xml_path = write_file (tmpdir, "long.vitae", xml, xml_length);
  json_path = write_file (tmpdir, "long.json", json, json_length);
  g_clear_object (&document);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(VitaeDocument) from_json = NULL;
      gint64 start;

      g_clear_object (&document);
      start = now_ns ();
      document = vitae_document_load (xml_path, &error);
      record (open_xml, start);
      g_assert_no_error (error);

      start = now_ns ();
      from_json = vitae_document_load (json_path, &error);
      record (open_json, start);
      g_assert_no_error (error);
      g_assert_true (vitae_document_equal (document, from_json));
    }

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(VitaeCoachReport) cold = NULL;
      g_autoptr(VitaeCoachReport) warm = NULL;
      g_autoptr(VitaeCoverage) coverage = vitae_coverage_new (catalog);
      gint64 start;

      vitae_coach_clear_cache (coach);
      start = now_ns ();
      cold = vitae_coach_analyze_document (coach, document);
      record (coach_cold, start);
      n_bullets = vitae_coach_report_get_n_bullets (cold);

      start = now_ns ();
      warm = vitae_coach_analyze_document (coach, document);
      record (coach_warm, start);

      start = now_ns ();
      g_assert_true (vitae_coverage_analyze (coverage, document, NULL, NULL, &error));
      record (coverage_cold, start);
      g_assert_no_error (error);

      vitae_coverage_analyze (warm_coverage, document, NULL, NULL, NULL);
      start = now_ns ();
      g_assert_true (vitae_coverage_analyze (warm_coverage, document, NULL, NULL, &error));
      record (coverage_warm, start);
      g_assert_no_error (error);
    }

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GBytes) pdf = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;
      gint64 start;

      g_clear_object (&layout);
      start = now_ns ();
      layout = vitae_layout_new (document, NULL);
      record (layouts, start);

      vitae_layout_get_page_size (layout, &width, &height);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.5), (int) (height * 1.5));
      start = now_ns ();
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 1.5, 1.5);
      vitae_layout_draw_page (layout, 0, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      record (draws, start);
      cairo_surface_destroy (surface);

      start = now_ns ();
      pdf = vitae_pdf_render (layout, NULL, &error);
      record (exports, start);
      g_assert_no_error (error);
      pdf_size = g_bytes_get_size (pdf);
    }
  n_pages = vitae_layout_get_n_pages (layout);

  printf ("resume                  %u bullets, %u pages; .vitae %.0f KB, JSON %.0f KB, PDF %.0f KB\n",
          n_bullets, n_pages, xml_length / 1024.0, json_length / 1024.0, pdf_size / 1024.0);
  printf ("open .vitae             %9.2f ms   (median of %u)\n", median_ms (open_xml), runs);
  printf ("open JSON Resume        %9.2f ms\n", median_ms (open_json));
  printf ("coach, cold cache       %9.2f ms\n", median_ms (coach_cold));
  printf ("coverage, new analyser  %9.2f ms\n", median_ms (coverage_cold));
  printf ("analyse cold total      %9.2f ms   (budget 20 ms)\n",
          median_ms (coach_cold) + median_ms (coverage_cold));
  printf ("coach, warm cache       %9.2f ms\n", median_ms (coach_warm));
  printf ("coverage, warm          %9.2f ms\n", median_ms (coverage_warm));
  printf ("analyse warm total      %9.2f ms   (budget 20 ms)\n",
          median_ms (coach_warm) + median_ms (coverage_warm));
  printf ("preview layout          %9.2f ms\n", median_ms (layouts));
  printf ("preview page 1 drawn    %9.2f ms   (1.5×, image surface)\n", median_ms (draws));
  printf ("export PDF              %9.2f ms   (vitae_pdf_render of the layout)\n", median_ms (exports));

  g_unlink (xml_path);
  g_unlink (json_path);
  g_rmdir (tmpdir);

  return 0;
}
