/* test-render.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-flow.h"
#include "vitae-pdf.h"
#include "vitae-render.h"
#include "vitae-render-private.h"
#include "vitae-test-pdf.h"
#include "vitae-text-reader.h"

/* Bullets of one to three lines, so that breaks fall in many places. */
static const char *bullet_texts[] = {
  "Cut p99 latency from 3.2 s to 180 ms by batching PostgreSQL writes.",
  "Designed an idempotent payment-capture service in Go with an outbox table and Kafka, ending duplicate charges across 2.1M daily transactions and saving the support team a week a month.",
  "Led the migration of fourteen services from EC2 to Amazon EKS with Terraform and Argo CD, with no customer-facing downtime, a 37% drop in compute spend and a runbook the on-call team now uses for every cluster upgrade, written with them over six weeks.",
  "Mentored four engineers.",
  "Introduced OpenTelemetry tracing for 30 endpoints, cutting mean time to recovery from 52 to 11 minutes.",
};

static VitaeDocument *
make_document (guint n_entries,
               guint bullets_per_entry)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeSection) skills = vitae_section_new (VITAE_SECTION_SKILLS);
  g_autoptr(VitaeSection) education = vitae_section_new (VITAE_SECTION_EDUCATION);
  guint counter = 0;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  vitae_node_set_text (VITAE_NODE (document), "label", "Backend Engineer");
  vitae_node_set_text (VITAE_NODE (document), "email", "ana@example.com");
  vitae_node_set_text (VITAE_NODE (document), "summary",
                       "Backend engineer with eight years of payment systems in Go and Python.");

  for (guint e = 0; e < n_entries; e++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *role = g_strdup_printf ("Engineer %u", e + 1);

      vitae_node_set_text (VITAE_NODE (entry), "role", role);
      vitae_node_set_text (VITAE_NODE (entry), "organization", "Acme Logistics");
      vitae_node_set_text (VITAE_NODE (entry), "location", "Berlin");
      vitae_node_set_text (VITAE_NODE (entry), "start", "2019-04");
      for (guint b = 0; b < bullets_per_entry; b++)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (bullet_texts[counter++ % G_N_ELEMENTS (bullet_texts)]);

          vitae_entry_append_bullet (entry, bullet);
        }
      vitae_section_append_entry (experience, entry);
    }
  vitae_document_append_section (document, experience);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      const char * const keywords[] = { "Go", "PostgreSQL", "Kubernetes", NULL };

      vitae_node_set_text (VITAE_NODE (entry), "title", "Backend");
      vitae_node_set_list (VITAE_NODE (entry), "keywords", keywords);
      vitae_section_append_entry (skills, entry);
    }
  vitae_document_append_section (document, skills);

  {
    g_autoptr(VitaeEntry) entry = vitae_entry_new ();

    vitae_node_set_text (VITAE_NODE (entry), "organization", "TU Berlin");
    vitae_node_set_text (VITAE_NODE (entry), "degree", "MSc");
    vitae_node_set_text (VITAE_NODE (entry), "area", "Computer Science");
    vitae_node_set_text (VITAE_NODE (entry), "end", "2016");
    vitae_section_append_entry (education, entry);
  }
  vitae_document_append_section (document, education);

  return document;
}

static void
test_paper (void)
{
  static const struct {
    const char *locale;
    VitaePaper  paper;
  } cases[] = {
    { "en_US.UTF-8", VITAE_PAPER_LETTER },
    { "en_CA", VITAE_PAPER_LETTER },
    { "fr_CA.UTF-8", VITAE_PAPER_LETTER },
    { "es_MX.UTF-8@euro", VITAE_PAPER_LETTER },
    { "es_CL", VITAE_PAPER_LETTER },
    { "en_GB.UTF-8", VITAE_PAPER_A4 },
    { "de_DE.UTF-8", VITAE_PAPER_A4 },
    { "pt_BR.UTF-8", VITAE_PAPER_A4 },
    { "ja_JP.UTF-8", VITAE_PAPER_A4 },
    { "C", VITAE_PAPER_A4 },
    { "C.UTF-8", VITAE_PAPER_A4 },
    { "POSIX", VITAE_PAPER_A4 },
    { "en", VITAE_PAPER_A4 },
    { "", VITAE_PAPER_A4 },
    { NULL, VITAE_PAPER_A4 },
  };
  VitaePaper paper;
  double width, height;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("locale %s", cases[i].locale);
      g_assert_cmpint (vitae_paper_for_locale (cases[i].locale), ==, cases[i].paper);
    }

  g_assert_true (vitae_paper_from_id ("letter", &paper));
  g_assert_cmpint (paper, ==, VITAE_PAPER_LETTER);
  g_assert_true (vitae_paper_from_id ("A4", &paper));
  g_assert_cmpint (paper, ==, VITAE_PAPER_A4);
  g_assert_false (vitae_paper_from_id ("legal", &paper));

  vitae_paper_get_size (VITAE_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.01);
  vitae_paper_get_size (VITAE_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
}

static void
test_link_target (void)
{
  static const struct {
    const char *kind;
    const char *text;
    const char *uri;
  } cases[] = {
    { "email", "ana@example.com", "mailto:ana@example.com" },
    { "email", "not an email", NULL },
    { "email", "ana@localhost", NULL },
    { "email", "mailto:ana@example.com", NULL },
    { "phone", "+1 (415) 555-0142", "tel:+14155550142" },
    { "phone", "030 1234 567", "tel:0301234567" },
    { "phone", "call me maybe", NULL },
    { "url", "https://github.com/ana", "https://github.com/ana" },
    { "url", "HTTP://example.com/a", "http://example.com/a" },
    { "url", "hTtps://example.com/p/10", "https://example.com/p/10" },
    { "url", "linkedin.com/in/jane-doe", "https://linkedin.com/in/jane-doe" },
    { "url", "www.example.com", "https://www.example.com" },
    { "url", "https://example.com/it's", "https://example.com/it%27s" },
    { "url", "javascript:alert(1)", NULL },
    { "url", "JavaScript:alert(1)", NULL },
    { "url", "file:///etc/passwd", NULL },
    { "url", "data:text/html,hi", NULL },
    { "url", "ftp://example.com", NULL },
    { "url", "https://", NULL },
    { "url", "has space.com", NULL },
    { "url", "nodots/path", NULL },
    /* Whatever cairo's attribute syntax or a PDF string would read as
     * syntax is refused or encoded. */
    { "email", "ana@example.com'uri='javascript:app.alert(1)", NULL },
    { "email", "a@b.co'rect=[0 0 700 900]uri='file:///etc/passwd", NULL },
    { "email", "a@b.co'rect=[0,0,700,900]uri='file:///etc/passwd", NULL },
    { "email", "x'uri='javascript:a@b.co", NULL },
    { "email", "back\\slash@example.com", NULL },
    { "email", "ana@exa\\mple.com", NULL },
    { "email", "ana@example.com)", NULL },
    { "email", "ana@@example.com", NULL },
    { "email", "a@b@example.com", NULL },
    { "email", ".ana@example.com", NULL },
    { "email", "ana..b@example.com", NULL },
    { "email", "ana@-example.com", NULL },
    { "email", "ana@example..com", NULL },
    { "email", "o'brien@example.ie", "mailto:o%27brien@example.ie" },
    { "email", "x'uri='y@b.co", "mailto:x%27uri%3D%27y@b.co" },
    { "email", "ana+cv@Example.COM", "mailto:ana+cv@example.com" },
    { "email", "zoë@bücher.example", "mailto:zo%C3%AB@xn--bcher-kva.example" },
    { "phone", "+1 555'uri='javascript:1", NULL },
    { "phone", "555\\0100", NULL },
    { "phone", "12", NULL },
    { "phone", "1234567890123456", NULL },
    { "phone", "1+555 0100", NULL },
    { "url", "https://example.com/a'uri='javascript:app.alert(1)",
      "https://example.com/a%27uri=%27javascript:app.alert%281%29" },
    { "url", "https://example.com/x'rect=[0,0,700,900]", "https://example.com/x%27rect=%5B0,0,700,900%5D" },
    { "url", "https://example.com/a\\'uri='file:///etc/passwd",
      "https://example.com/a%5C%27uri=%27file:///etc/passwd" },
    { "url", "https://example.com/b)>>/S/JavaScript/JS(app.alert(2)",
      "https://example.com/b%29%3E%3E/S/JavaScript/JS%28app.alert%282%29" },
    { "url", "https://example.com/100%25/%zz", "https://example.com/100%25/%25zz" },
    { "url", "https://example.com:8080/a", "https://example.com:8080/a" },
    { "url", "https://example.com:80x/a", NULL },
    { "url", "https://bank.example@evil.example/", NULL },
    { "url", "https://exa'mple.com/", NULL },
    { "url", "https://example.com'uri='javascript:x", NULL },
    { "url", "example.com/p'uri='javascript:x", "https://example.com/p%27uri=%27javascript:x" },
    { "url", "https://bücher.example/straße", "https://xn--bcher-kva.example/stra%C3%9Fe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uri = _vitae_render_link_target (cases[i].kind, cases[i].text);

      g_test_message ("%s %s", cases[i].kind, cases[i].text);
      g_assert_cmpstr (uri, ==, cases[i].uri);
    }
}

static void
test_dates (void)
{
  static const struct {
    const char *start;
    const char *end;
    const char *date;
    const char *text;
  } cases[] = {
    { "2021-04", NULL, NULL, "Apr 2021 – Present" },
    { "2019", "2021", NULL, "2019 – 2021" },
    { "2017-06", "2021-02-28", NULL, "Jun 2017 – Feb 2021" },
    { NULL, "2016", NULL, "2016" },
    { NULL, NULL, "2020-06-12", "Jun 2020" },
    { NULL, NULL, "Spring 2020", "Spring 2020" },
    { NULL, NULL, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *text = NULL;

      vitae_node_set_text (VITAE_NODE (entry), "start", cases[i].start);
      vitae_node_set_text (VITAE_NODE (entry), "end", cases[i].end);
      vitae_node_set_text (VITAE_NODE (entry), "date", cases[i].date);
      text = vitae_entry_dup_dates (VITAE_NODE (entry));
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static guint
count_bullets (VitaeLayout *layout)
{
  guint count = 0;

  for (guint i = 0; i < vitae_layout_get_n_boxes (layout); i++)
    {
      VitaeLayoutBox box;

      g_assert_true (vitae_layout_get_box (layout, i, &box));
      count += box.kind == VITAE_BLOCK_BULLET;
    }

  return count;
}

/* The rules of good pagination, checked on every block. */
static void
assert_paginated_well (VitaeLayout *layout)
{
  guint n = vitae_layout_get_n_boxes (layout);
  double width, height, margin = vitae_layout_get_margin (layout);
  guint last_page = 0;
  double last_bottom = 0;

  vitae_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat (margin, >=, 36.0);
  g_assert_cmpfloat (vitae_layout_get_font_size (layout), >=, 9.0);

  for (guint i = 0; i < n; i++)
    {
      VitaeLayoutBox box, next;

      g_assert_true (vitae_layout_get_box (layout, i, &box));

      /* Reading order is page order. */
      g_assert_cmpuint (box.first_page, >=, last_page);
      if (box.first_page == last_page)
        g_assert_cmpfloat (box.y, >=, last_bottom - 0.01);
      last_page = box.last_page;
      last_bottom = box.first_page == box.last_page ? box.y + box.height : 0;

      /* Nothing runs into the bottom margin. */
      g_assert_cmpfloat (box.y, >=, margin - 0.01);
      if (box.first_page == box.last_page)
        g_assert_cmpfloat (box.y + box.height, <=, height - margin + 0.01);

      /* Bullets and headings are never split, unless taller than a page. */
      if (box.kind != VITAE_BLOCK_PARAGRAPH && box.height <= height - 2 * margin)
        g_assert_cmpuint (box.first_page, ==, box.last_page);

      if (!vitae_layout_get_box (layout, i + 1, &next))
        {
          g_assert_cmpuint (box.kind, !=, VITAE_BLOCK_SECTION_HEADING);
          continue;
        }

      /* No heading is stranded: a section heading shares its page with what
       * follows, and an entry's heading with its first bullet. */
      if (box.kind == VITAE_BLOCK_SECTION_HEADING)
        g_assert_cmpuint (next.first_page, ==, box.last_page);

      if (box.kind == VITAE_BLOCK_ENTRY_HEADING)
        {
          for (guint j = i + 1; vitae_layout_get_box (layout, j, &next); j++)
            {
              if (next.kind == VITAE_BLOCK_ENTRY_HEADING || next.kind == VITAE_BLOCK_SECTION_HEADING)
                break;
              if (next.kind == VITAE_BLOCK_BULLET)
                {
                  g_assert_true (VITAE_IS_BULLET (next.node));
                  g_assert_true (VITAE_NODE (vitae_bullet_get_entry (VITAE_BULLET (next.node))) == box.node);
                  g_assert_cmpuint (next.first_page, ==, box.first_page);
                  break;
                }
            }
        }
    }

  g_assert_cmpuint (last_page + 1, ==, vitae_layout_get_n_pages (layout));
}

static guint assert_no_widows (VitaeLayout *layout);

static void
test_pagination (void)
{
  /* 60 bullets in 12 entries, then the same with long entries; on both
   * papers and in every template, at several sizes. */
  static const struct {
    guint entries;
    guint bullets;
  } shapes[] = { { 12, 5 }, { 4, 15 }, { 60, 1 } };
  static const double sizes[] = { 0, 9.0, 11.5 };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      g_autoptr(VitaeDocument) document = make_document (shapes[s].entries, shapes[s].bullets);

      for (guint t = 0; t < vitae_template_get_count (); t++)
        for (guint p = 0; p < 2; p++)
          for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
            {
              g_autoptr(VitaeLayout) layout = NULL;
              VitaeRenderOptions options;

              vitae_render_options_init (&options);
              options.template_id = vitae_template_get_nth (t)->id;
              options.paper = p ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
              options.font_size = sizes[z];

              g_test_message ("%u×%u %s %s %.1f", shapes[s].entries, shapes[s].bullets,
                              options.template_id, vitae_paper_to_id (options.paper), sizes[z]);
              layout = vitae_layout_new (document, &options);
              g_assert_cmpuint (count_bullets (layout), ==, 60);
              g_assert_cmpuint (vitae_layout_get_n_pages (layout), >=, 2);
              g_assert_cmpuint (vitae_layout_get_overflow_lines (layout), ==, 0);
              assert_paginated_well (layout);
              assert_no_widows (layout);
            }
    }
}

static void
test_options_clamped (void)
{
  g_autoptr(VitaeDocument) document = make_document (2, 3);
  g_autoptr(VitaeLayout) layout = NULL;
  g_autoptr(VitaeLayout) unknown = NULL;
  VitaeRenderOptions options;

  vitae_render_options_init (&options);
  options.font_size = 6;
  options.margin = 10;
  layout = vitae_layout_new (document, &options);
  g_assert_cmpfloat (vitae_layout_get_font_size (layout), ==, VITAE_MIN_BODY_SIZE);
  g_assert_cmpfloat (vitae_layout_get_margin (layout), ==, VITAE_MIN_MARGIN);

  options.font_size = 0;
  options.margin = 0;
  options.template_id = "no-such-template";
  g_test_expect_message ("vitae-render", G_LOG_LEVEL_WARNING, "*no-such-template*");
  unknown = vitae_layout_new (document, &options);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (vitae_layout_get_template (unknown)->id, ==, "classic");
}

static int
score_by_length_cb (VitaeBullet *bullet,
                    gpointer     user_data)
{
  guint *calls = user_data;

  (*calls)++;

  /* Short bullets score low here, so they are named first. */
  return (int) MIN (strlen (vitae_bullet_get_text (bullet)), 100);
}

static void
test_fit (void)
{
  g_autoptr(VitaeDocument) small = make_document (4, 4);
  g_autoptr(VitaeDocument) large = make_document (12, 5);
  g_autoptr(VitaeLayout) natural = NULL;
  g_autoptr(VitaeLayout) fitted = NULL;
  g_autoptr(VitaeLayout) overflowing = NULL;
  g_autoptr(GPtrArray) cuts = NULL;
  g_autoptr(GPtrArray) none = NULL;
  VitaeRenderOptions options;
  guint calls = 0, freed = 0;
  int last_score = -1;

  vitae_render_options_init (&options);
  options.paper = VITAE_PAPER_A4;
  natural = vitae_layout_new (small, &options);
  g_assert_cmpuint (vitae_layout_get_n_pages (natural), ==, 2);

  /* Fitting tightens the layout onto one page, readable still. */
  options.fit_pages = 1;
  fitted = vitae_layout_new (small, &options);
  g_assert_cmpuint (vitae_layout_get_n_pages (fitted), ==, 1);
  g_assert_cmpuint (vitae_layout_get_overflow_lines (fitted), ==, 0);
  g_assert_cmpfloat (vitae_layout_get_font_size (fitted), >=, VITAE_MIN_BODY_SIZE);
  g_assert_cmpfloat (vitae_layout_get_margin (fitted), >=, VITAE_MIN_MARGIN);
  assert_paginated_well (fitted);
  none = vitae_layout_dup_cut_candidates (fitted, score_by_length_cb, &calls);
  g_assert_cmpuint (none->len, ==, 0);

  /* When it cannot fit, it says by how much and what to cut. */
  overflowing = vitae_layout_new (large, &options);
  g_assert_cmpuint (vitae_layout_get_n_pages (overflowing), >, 1);
  g_assert_cmpuint (vitae_layout_get_overflow_lines (overflowing), >, 0);
  g_assert_cmpfloat (vitae_layout_get_font_size (overflowing), ==, VITAE_MIN_BODY_SIZE);
  assert_paginated_well (overflowing);

  cuts = vitae_layout_dup_cut_candidates (overflowing, score_by_length_cb, &calls);
  g_assert_cmpuint (calls, ==, 60);
  g_assert_cmpuint (cuts->len, >, 0);
  for (guint i = 0; i < cuts->len; i++)
    {
      VitaeBullet *bullet = g_ptr_array_index (cuts, i);
      int score = (int) MIN (strlen (vitae_bullet_get_text (bullet)), 100);

      g_assert_cmpint (score, >=, last_score);
      last_score = score;
    }
  g_assert_cmpstr (vitae_bullet_get_text (g_ptr_array_index (cuts, 0)), ==, "Mentored four engineers.");

  /* Enough lines are named to make up the overflow, and no more than one
   * bullet beyond it. */
  for (guint i = 0; i < vitae_layout_get_n_boxes (overflowing); i++)
    {
      VitaeLayoutBox box;

      vitae_layout_get_box (overflowing, i, &box);
      if (box.kind == VITAE_BLOCK_BULLET && g_ptr_array_find (cuts, box.node, NULL))
        freed += box.n_lines;
    }
  g_assert_cmpuint (freed, >=, vitae_layout_get_overflow_lines (overflowing));
}

static gboolean
has_ink (cairo_surface_t *surface,
         int              x0,
         int              y0,
         int              x1,
         int              y1)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (((const guint32 *) (data + y * stride))[x] != 0xffffffff)
        return TRUE;

  return FALSE;
}

static void
test_draw (void)
{
  g_autoptr(VitaeDocument) document = make_document (12, 5);
  g_autoptr(VitaeDocument) empty = vitae_document_new ();
  g_autoptr(VitaeLayout) blank = NULL;

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autoptr(VitaeLayout) layout = NULL;
      VitaeRenderOptions options;
      cairo_surface_t *surface;
      double width, height, margin;
      cairo_t *cr;
      int m;

      vitae_render_options_init (&options);
      options.template_id = vitae_template_get_nth (t)->id;
      layout = vitae_layout_new (document, &options);
      vitae_layout_get_page_size (layout, &width, &height);
      margin = vitae_layout_get_margin (layout);
      m = (int) margin - 1;

      /* One pixel to the point, as a preview at 100 % would. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
      for (guint page = 0; page < vitae_layout_get_n_pages (layout); page++)
        {
          cr = cairo_create (surface);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          vitae_layout_draw_page (layout, page, cr);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_surface_flush (surface);

          g_assert_true (has_ink (surface, m, m, (int) width - m, (int) height - m));
          g_assert_false (has_ink (surface, 0, 0, (int) width, m));
          g_assert_false (has_ink (surface, 0, 0, m, (int) height));
          g_assert_false (has_ink (surface, (int) width - m, 0, (int) width, (int) height));
          g_assert_false (has_ink (surface, 0, (int) height - m, (int) width, (int) height));
        }
      cairo_surface_destroy (surface);
    }

  /* An empty resume is one blank page, not an error. */
  blank = vitae_layout_new (empty, NULL);
  g_assert_cmpuint (vitae_layout_get_n_pages (blank), ==, 1);
  g_assert_cmpuint (vitae_layout_get_n_boxes (blank), ==, 0);
}

/* Hostile text in every field that makes a link: the PDF holds exactly the
 * links expected, each to an allowed target with its string closed where it
 * should be, each inside the page, and nothing else. */
static const char *hostile_values[] = {
  "ana@example.com'uri='javascript:app.alert(1)",
  "a@b.co'rect=[0 0 700 900]uri='file:///etc/passwd",
  "https://example.com/a\\'uri='file:///etc/passwd",
  "https://example.com/b)>>/S/JavaScript/JS(app.alert(2)",
  "example.com/x'rect=[0,0,700,900]uri='javascript:x",
};

static VitaeDocument *
make_hostile_document (void)
{
  VitaeDocument *document = vitae_document_new ();
  VitaeNode *basics = VITAE_NODE (document);
  static const VitaeSectionKind kinds[] = {
    VITAE_SECTION_EXPERIENCE, VITAE_SECTION_PROJECTS, VITAE_SECTION_EDUCATION,
    VITAE_SECTION_VOLUNTEER, VITAE_SECTION_CERTIFICATIONS, VITAE_SECTION_AWARDS,
    VITAE_SECTION_PUBLICATIONS,
  };

  vitae_node_set_text (basics, "name", "Ana Núñez");
  vitae_node_set_text (basics, "email", "ana@example.com'uri='javascript:app.alert(1)");
  vitae_node_set_text (basics, "phone", "+1 555'rect=[0 0 700 900]uri='file:///etc/passwd");
  vitae_node_set_text (basics, "url", "https://ana.example/it's\\'uri='javascript:app.alert(1)");

  for (guint i = 0; i < G_N_ELEMENTS (hostile_values); i++)
    {
      g_autoptr(VitaeEntry) profile = vitae_entry_new ();

      vitae_node_set_text (VITAE_NODE (profile), "network", "Web");
      vitae_node_set_text (VITAE_NODE (profile), "url", hostile_values[i]);
      vitae_document_append_profile (document, profile);
    }

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(VitaeSection) section = vitae_section_new (kinds[k]);

      for (guint i = 0; i < G_N_ELEMENTS (hostile_values); i++)
        {
          g_autoptr(VitaeEntry) entry = vitae_entry_new ();

          vitae_node_set_text (VITAE_NODE (entry), "title", "Something");
          vitae_node_set_text (VITAE_NODE (entry), "role", "Engineer");
          vitae_node_set_text (VITAE_NODE (entry), "organization", "Acme");
          vitae_node_set_text (VITAE_NODE (entry), "url", hostile_values[i]);
          vitae_section_append_entry (section, entry);
        }
      vitae_document_append_section (document, section);
    }

  return document;
}

static void
test_link_injection (void)
{
  g_autoptr(VitaeDocument) document = make_hostile_document ();
  /* The links each field makes: the e-mail and phone are not well formed,
   * so plain text; the web addresses are linked, encoded. */
  static const char *linked[] = {
    "https://ana.example/it%27s%5C%27uri=%27javascript:app.alert%281%29",
    "https://example.com/a%5C%27uri=%27file:///etc/passwd",
    "https://example.com/b%29%3E%3E/S/JavaScript/JS%28app.alert%282%29",
    "https://example.com/x%27rect=%5B0,0,700,900%5Duri=%27javascript:x",
  };
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (linked); i++)
    g_hash_table_add (expected, (gpointer) linked[i]);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    for (guint paper = 0; paper < 2; paper++)
      {
        g_autoptr(VitaeLayout) layout = NULL;
        g_autoptr(GBytes) pdf = NULL;
        g_autoptr(GArray) links = NULL;
        g_autoptr(GError) error = NULL;
        VitaeRenderOptions options;
        double width, height;
        const char *data;
        gsize size;

        vitae_render_options_init (&options);
        options.template_id = vitae_template_get_nth (t)->id;
        options.paper = paper ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
        layout = vitae_layout_new (document, &options);
        vitae_layout_get_page_size (layout, &width, &height);
        pdf = vitae_pdf_render (layout, &options, &error);
        g_assert_no_error (error);
        data = g_bytes_get_data (pdf, &size);

        links = test_pdf_list_links (data, size);
        g_test_message ("%s: %u links", options.template_id, links->len);
        g_assert_cmpuint (test_pdf_count_annotations (data, size), ==, links->len);
        g_hash_table_remove_all (seen);
        for (guint i = 0; i < links->len; i++)
          {
            TestPdfLink *link = &g_array_index (links, TestPdfLink, i);

            g_test_message ("link %s [%g %g %g %g]", link->uri,
                            link->rect[0], link->rect[1], link->rect[2], link->rect[3]);
            g_assert_true (link->well_formed);
            g_assert_true (test_pdf_uri_allowed (link->uri));
            g_assert_true (g_hash_table_contains (expected, link->uri));
            g_assert_true (test_pdf_link_inside (link, width, height));
            /* No link covers more than a line. */
            g_assert_cmpfloat (link->rect[3] - link->rect[1], <, 40);
            g_hash_table_add (seen, link->uri);
          }
        /* Each address links once in the header and once per section. */
        g_assert_cmpuint (g_hash_table_size (seen), ==, G_N_ELEMENTS (linked));
        g_assert_cmpuint (links->len, >=, 1 + 3 * (1 + 7));

        g_assert_false (test_pdf_contains (data, size, "/URI (javascript"));
        g_assert_false (test_pdf_contains (data, size, "/URI (file"));
        g_assert_false (test_pdf_contains (data, size, "/S /JavaScript"));
        g_assert_false (test_pdf_contains (data, size, "/S /GoToR"));
        g_assert_false (test_pdf_contains (data, size, "/S /Launch"));
      }
}

/* The text a reader finds on the pages, with all white space removed, so
 * that texts broken across lines compare equal. */
static char *
dup_layout_text (VitaeLayout *layout)
{
  GString *text = g_string_new (NULL);

  for (guint page = 0; page < vitae_layout_get_n_pages (layout); page++)
    {
      g_autofree char *page_text = _vitae_layout_dup_page_text (layout, page);

      for (const char *p = page_text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (text, g_utf8_get_char (p));
    }

  return g_string_free (text, FALSE);
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint count = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p++)
    count++;

  return count;
}

/* Renders @layout and checks every link lies within the column. */
static GArray *
render_links (VitaeLayout *layout)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  double width, height, margin = vitae_layout_get_margin (layout);
  GArray *links;
  const char *data;
  gsize size;

  vitae_layout_get_page_size (layout, &width, &height);
  pdf = vitae_pdf_render (layout, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &size);
  links = test_pdf_list_links (data, size);

  for (guint i = 0; i < links->len; i++)
    {
      TestPdfLink *link = &g_array_index (links, TestPdfLink, i);

      g_assert_true (link->well_formed);
      g_assert_true (test_pdf_link_inside (link, width, height));
      /* Cairo rounds the rectangle out to whole points. */
      g_assert_cmpfloat (link->rect[0], >=, margin - 1);
      g_assert_cmpfloat (link->rect[2], <=, width - margin + 1);
    }

  return links;
}

/* A realistic 129-character address, as typed into a bullet, as a bullet
 * of its own, as an entry's and the person's web site: it breaks at its
 * seams, every character is on the page, and its links stay inside the
 * column. So does a long token with no seam, which breaks anywhere. */
static void
test_long_words (void)
{
  static const char url[] =
    "https://www.example.org/research/publications/2023/distributed-systems/"
    "consensus-protocols?author=ana-nunez&format=pdf&lang=en-GB";
  static const char token[] =
    "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    "60b6d3a2c1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2";
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autofree char *sentence = g_strdup_printf ("Wrote the guide at %s for every team.", url);
  const char *bullets[] = { sentence, url, token, "Mentored four engineers." };
  g_autofree char *expected_url = squeeze (url);

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  vitae_node_set_text (VITAE_NODE (document), "url", url);
  vitae_node_set_text (VITAE_NODE (entry), "role", "Engineer");
  vitae_node_set_text (VITAE_NODE (entry), "organization", "Acme");
  vitae_node_set_text (VITAE_NODE (entry), "url", url);
  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (bullets[i]);

      vitae_entry_append_bullet (entry, bullet);
    }
  vitae_section_append_entry (experience, entry);
  vitae_document_append_section (document, experience);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    for (guint paper = 0; paper < 2; paper++)
      {
        g_autoptr(VitaeLayout) layout = NULL;
        g_autoptr(GArray) links = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *text = NULL;
        VitaeRenderOptions options;
        guint url_links = 0;

        vitae_render_options_init (&options);
        options.template_id = vitae_template_get_nth (t)->id;
        options.paper = paper ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
        layout = vitae_layout_new (document, &options);
        g_test_message ("%s %s", options.template_id, vitae_paper_to_id (options.paper));

        g_assert_true (vitae_layout_check_fit (layout, &error));
        g_assert_no_error (error);

        text = dup_layout_text (layout);
        g_assert_cmpuint (count_occurrences (text, expected_url), ==, 4);
        for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
          {
            g_autofree char *bullet = squeeze (bullets[i]);

            g_assert_nonnull (strstr (text, bullet));
          }

        links = render_links (layout);
        for (guint i = 0; i < links->len; i++)
          url_links += g_str_equal (g_array_index (links, TestPdfLink, i).uri, url);
        /* The site, the entry's address and the two bullets' addresses are
         * not linked from bullets; the two linked ones break over lines. */
        g_assert_cmpuint (url_links, >=, 2);
      }
}

/* A skills group that holds items, sentences an import found under a
 * skills heading: every template prints them, as the text export and the
 * flow of the Word and OpenDocument exports write them. */
static void
test_skill_items (void)
{
  const char *items[] = { "Splices rope of any lay by hand and by eye",
                          "Reads the weather from the colour of the swell" };
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) skills = vitae_section_new (VITAE_SECTION_SKILLS);
  g_autoptr(VitaeEntry) group = vitae_entry_new ();
  g_autoptr(VitaeEntry) items_only = vitae_entry_new ();
  const char *keywords[] = { "Knots", "Charts", NULL };
  g_autoptr(VitaeFlow) flow = NULL;
  g_autofree char *flow_text = NULL;
  g_autofree char *export = NULL;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Quill");
  vitae_node_set_text (VITAE_NODE (group), "title", "Seamanship");
  vitae_node_set_list (VITAE_NODE (group), "keywords", keywords);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (items[i]);

      vitae_entry_append_bullet (i == 0 ? group : items_only, bullet);
    }
  vitae_section_append_entry (skills, group);
  vitae_section_append_entry (skills, items_only);
  vitae_document_append_section (document, skills);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autoptr(VitaeLayout) layout = NULL;
      g_autofree char *text = NULL;
      VitaeRenderOptions options;

      vitae_render_options_init (&options);
      options.template_id = vitae_template_get_nth (t)->id;
      layout = vitae_layout_new (document, &options);
      text = dup_layout_text (layout);
      g_test_message ("%s", options.template_id);
      g_assert_nonnull (strstr (text, "Knots,Charts"));
      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        {
          g_autofree char *item = squeeze (items[i]);

          g_assert_nonnull (strstr (text, item));
        }
    }

  export = vitae_text_export (document);
  flow = vitae_flow_new (document);
  flow_text = vitae_flow_dup_text (flow);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *line = g_strdup_printf ("- %s\n", items[i]);

      g_assert_nonnull (strstr (export, line));
      g_assert_nonnull (strstr (flow_text, items[i]));
    }
}

/* Far more than a resume holds: 10,000 keywords in one group, 1,500
 * profiles, a bullet of 20,000 characters and 600 bullets. Every word
 * is on a page, every profile linked, the tall blocks broken across pages. */
static void
test_large_content (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) skills = vitae_section_new (VITAE_SECTION_SKILLS);
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) group = vitae_entry_new ();
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) long_bullet = g_string_new (NULL);
  g_autoptr(VitaeLayout) layout = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  guint profile_links = 0;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  for (guint i = 0; i < 1500; i++)
    {
      g_autoptr(VitaeEntry) profile = vitae_entry_new ();
      g_autofree char *address = g_strdup_printf ("https://example.com/people/%u", i);

      vitae_node_set_text (VITAE_NODE (profile), "url", address);
      vitae_document_append_profile (document, profile);
    }

  for (guint i = 0; i < 10000; i++)
    g_ptr_array_add (keywords, g_strdup_printf ("tool-%u", i));
  g_ptr_array_add (keywords, NULL);
  vitae_node_set_text (VITAE_NODE (group), "title", "Tools");
  vitae_node_set_list (VITAE_NODE (group), "keywords", (const char * const *) keywords->pdata);
  vitae_section_append_entry (skills, group);
  vitae_document_append_section (document, skills);

  for (guint i = 0; long_bullet->len < 20000; i++)
    g_string_append_printf (long_bullet, "%s ", bullet_texts[i % G_N_ELEMENTS (bullet_texts)]);
  vitae_node_set_text (VITAE_NODE (entry), "role", "Engineer");
  {
    g_autoptr(VitaeBullet) bullet = vitae_bullet_new (long_bullet->str);

    vitae_entry_append_bullet (entry, bullet);
  }
  for (guint i = 0; i < 600; i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (bullet_texts[i % G_N_ELEMENTS (bullet_texts)]);

      vitae_entry_append_bullet (entry, bullet);
    }
  vitae_section_append_entry (experience, entry);
  vitae_document_append_section (document, experience);

  layout = vitae_layout_new (document, NULL);
  g_assert_true (vitae_layout_check_fit (layout, &error));
  g_assert_no_error (error);
  assert_paginated_well (layout);

  text = dup_layout_text (layout);
  for (guint i = 0; i < 1500; i += 7)
    {
      g_autofree char *address = g_strdup_printf ("https://example.com/people/%u", i);

      g_assert_nonnull (strstr (text, address));
    }
  expected = squeeze (vitae_node_get_list (VITAE_NODE (group), "keywords")[9999]);
  g_assert_nonnull (strstr (text, expected));
  {
    g_autofree char *all = g_strjoinv (",", (char **) vitae_node_get_list (VITAE_NODE (group), "keywords"));

    g_assert_nonnull (strstr (text, all));
  }
  {
    g_autofree char *bullet = squeeze (long_bullet->str);

    g_assert_nonnull (strstr (text, bullet));
  }
  g_assert_cmpuint (count_occurrences (text, "Mentoredfourengineers."), >=, 120);

  links = render_links (layout);
  for (guint i = 0; i < links->len; i++)
    profile_links += g_str_has_prefix (g_array_index (links, TestPdfLink, i).uri, "https://example.com/people/");
  g_assert_cmpuint (profile_links, >=, 1500);
}

static gboolean
bytes_contain (const char *data,
               gsize       size,
               const char *needle)
{
  gsize length = strlen (needle);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;

  return FALSE;
}

/* A heading's right-aligned dates (and place) are read with the heading,
 * before the lines under it, by poppler's reading order (pdftotext's),
 * in every template: also for an entry whose lines, and all below it on
 * the page, are too short to reach under the dates. */
static void
test_dates_read_with_heading (void)
{
  g_autoptr(VitaeDocument) document = make_document (1, 2);
  g_autoptr(VitaeSection) projects = vitae_section_new (VITAE_SECTION_PROJECTS);
  g_autoptr(VitaeSection) languages = vitae_section_new (VITAE_SECTION_LANGUAGES);
  g_autoptr(VitaeEntry) project = vitae_entry_new ();
  g_autoptr(VitaeEntry) language = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Used by forty teams.");
  const char * const roles[] = { "Author", NULL };

  vitae_node_set_text (VITAE_NODE (project), "title", "shardcheck");
  vitae_node_set_list (VITAE_NODE (project), "roles", roles);
  vitae_node_set_text (VITAE_NODE (project), "start", "2022-01");
  vitae_node_set_text (VITAE_NODE (project), "description", "A linter for partitioned tables");
  vitae_entry_append_bullet (project, bullet);
  vitae_section_append_entry (projects, project);
  vitae_document_append_section (document, projects);
  vitae_node_set_text (VITAE_NODE (language), "title", "Spanish");
  vitae_node_set_text (VITAE_NODE (language), "fluency", "Native");
  vitae_section_append_entry (languages, language);
  vitae_document_append_section (document, languages);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autoptr(VitaeLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      VitaeRenderOptions options;
      const char *title, *dates, *details, *place, *bullets;

      vitae_render_options_init (&options);
      options.template_id = vitae_template_get_nth (t)->id;
      layout = vitae_layout_new (document, &options);
      pdf = vitae_pdf_render (layout, &options, NULL);
      text = vitae_pdf_read_text (pdf, &error);
      g_assert_no_error (error);

      /* The experience entry, with long bullets under it. */
      title = strstr (text, "Engineer 1");
      dates = strstr (text, "Apr 2019 – Present");
      place = strstr (text, "Berlin");
      bullets = strstr (text, "Cut p99 latency");
      g_assert_nonnull (title);
      g_assert_nonnull (dates);
      g_assert_nonnull (place);
      g_assert_nonnull (bullets);
      g_assert_true (title < dates && dates < bullets);
      if (!(title < place && place < bullets))
        g_test_message ("%s: %s", options.template_id, text);
      g_assert_true (title < place && place < bullets);

      /* The project, with only short lines below it. */
      title = strstr (text, "shardcheck");
      dates = strstr (text, "Jan 2022 – Present");
      details = strstr (text, "A linter for partitioned tables");
      g_assert_nonnull (title);
      g_assert_nonnull (dates);
      g_assert_nonnull (details);
      if (!(title < dates && dates < details))
        g_test_message ("%s: %s", options.template_id, text);
      g_assert_true (title < dates && dates < details);
    }
}

/* The lines of every page as laid out, white space at their ends taken
 * off, in reading order. */
static GPtrArray *
dup_layout_lines (VitaeLayout *layout)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint page = 0; page < vitae_layout_get_n_pages (layout); page++)
    {
      g_autofree char *page_text = _vitae_layout_dup_page_text (layout, page);
      g_auto(GStrv) split = g_strsplit (page_text, "\n", -1);

      for (guint i = 0; split[i] != NULL; i++)
        g_ptr_array_add (lines, g_strchomp (g_strdup (split[i])));
    }

  return lines;
}

/* @text with each run of white space made one space. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014 || c == 0x00ad;
}

/* What a reader that joins lines with a space (pdftotext, pdfminer) or
 * that joins a line ending in a hyphen to the next (poppler) makes of the
 * pages is what was typed: no line ends in a dash, and with the lines
 * joined by spaces each of @texts is there as typed. Returns how many
 * lines broke inside one of @texts, so a test can tell it tried. */
static guint
assert_breaks_keep_text (VitaeLayout        *layout,
                         const char * const *texts)
{
  g_autoptr(GPtrArray) lines = dup_layout_lines (layout);
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autofree char *collapsed = NULL;
  guint breaks = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *last;

      if (*line == '\0')
        continue;
      last = g_utf8_find_prev_char (line, line + strlen (line));
      if (is_dash (g_utf8_get_char (last)))
        g_test_message ("line ends in a dash: %s", line);
      g_assert_false (is_dash (g_utf8_get_char (last)));
      g_string_append (joined, line);
      g_string_append_c (joined, ' ');
    }
  collapsed = collapse_spaces (joined->str);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *text = collapse_spaces (texts[i]);

      if (strstr (collapsed, text) == NULL)
        g_test_message ("not as typed: %s\nin: %s", text, collapsed);
      g_assert_nonnull (strstr (collapsed, text));
    }

  /* Lines that continue one of the texts: each is a break inside it. */
  for (guint i = 0; i < lines->len; i++)
    for (guint j = 0; texts[j] != NULL; j++)
      {
        g_autofree char *line = collapse_spaces (g_ptr_array_index (lines, i));
        g_autofree char *text = collapse_spaces (texts[j]);

        if (*line && strstr (text, line) != NULL && !g_str_has_prefix (text, line))
          breaks++;
      }

  return breaks;
}

/* Lays @document out in every template on both papers at body sizes from
 * 9 to 12.5 points, so that line ends fall in many places, and checks
 * each layout with assert_breaks_keep_text(). Returns the line breaks
 * that fell inside @texts. */
static guint
assert_breaks_keep_text_at_widths (VitaeDocument      *document,
                                   const char * const *texts)
{
  guint breaks = 0;

  for (guint t = 0; t < vitae_template_get_count (); t++)
    for (guint paper = 0; paper < 2; paper++)
      for (double size = 9.0; size <= 12.5; size += 0.5)
        {
          g_autoptr(VitaeLayout) layout = NULL;
          VitaeRenderOptions options;

          vitae_render_options_init (&options);
          options.template_id = vitae_template_get_nth (t)->id;
          options.paper = paper ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
          options.font_size = size;
          g_test_message ("%s %s %.2f", options.template_id, vitae_paper_to_id (options.paper), size);
          layout = vitae_layout_new (document, &options);
          breaks += assert_breaks_keep_text (layout, texts);
        }

  return breaks;
}

static VitaeDocument *
make_bullets_document (const char * const *texts)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();

  vitae_node_set_text (VITAE_NODE (document), "name", "Lena Brandt");
  vitae_node_set_text (VITAE_NODE (entry), "role", "Plattform-Ingenieurin");
  vitae_node_set_text (VITAE_NODE (entry), "organization", "Nordlicht Logistik");
  vitae_node_set_text (VITAE_NODE (entry), "start", "2019-04");
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (texts[i]);

      vitae_entry_append_bullet (entry, bullet);
    }
  vitae_section_append_entry (experience, entry);
  vitae_document_append_section (document, experience);

  return document;
}

/* German compounds with hyphens: a line never ends in a hyphen (a reader
 * that joins hyphenated lines would make "Kubernetes- und" into
 * "Kubernetesund"), nor breaks after a hyphen inside a word (which a
 * reader joins with a space), nor after a dash standing alone. */
static void
test_hyphen_breaks (void)
{
  static const char * const texts[] = {
    "Führte die Kubernetes- und Terraform-Migration von vierzehn Diensten, Qualitäts-sicherung und Last-tests für die Zahlungs-schnittstellen inklusive.",
    "Baute die PlayStore - Android Veröffentlichungs-pipeline, erreichte Top-4–10-Finalist im Innovations-wettbewerb und senkte die Bereitstellungs-zeit der Daten-plattform um die Hälfte.",
    "Verantwortete Software-Architektur, Quellcode-Prüfungen, Qualitäts-sicherungs-strecken, Sicherheits- und Datenschutz-Audits sowie Release-Planung für Versicherungs-konzerne.",
    /* A chain of dashes longer than a line: it breaks before a dash. */
    "Betrieb: Kubernetes - Terraform - PostgreSQL - Go - Rust - Python - Kafka - Redis - Envoy - gRPC - Prometheus - Grafana - Vault - Consul - Nomad - Ansible - Helm - Istio.",
    NULL
  };
  g_autoptr(VitaeDocument) document = make_bullets_document (texts);
  guint breaks;

  breaks = assert_breaks_keep_text_at_widths (document, texts);
  /* The lines did break inside the bullets, at their spaces. */
  g_assert_cmpuint (breaks, >, 0);
}

/* A date range with an en dash, unspaced as in "2019–2021" or spaced, is
 * never broken after the dash, wherever a line ends. */
static void
test_dash_range_breaks (void)
{
  static const char * const texts[] = {
    "Ran the on-call rota in 2019–2021 and again in 2022–2024 for the payments team, with the incident reviews of Q3–Q4 2023 published to every engineer.",
    "Chaired the reading group from Jan 2018 – Mar 2020 and from 2021 – 2022, then taught the 2023–24 cohort of apprentices at the Hamburg office.",
    NULL
  };
  g_autoptr(VitaeDocument) document = make_bullets_document (texts);
  guint breaks;

  breaks = assert_breaks_keep_text_at_widths (document, texts);
  g_assert_cmpuint (breaks, >, 0);
}

/* Korean breaks at spaces only (keep-all): a break between the syllables
 * of a word would extract as two words ("서비 스"). */
static void
test_korean_breaks (void)
{
  static const char * const texts[] = {
    "서비스 안정성을 높이기 위해 쿠버네티스 클러스터를 재설계하고 배포 파이프라인을 자동화하여 장애 복구 시간을 크게 단축했습니다.",
    "데이터베이스 마이그레이션을 주도하여 결제 시스템의 응답 시간을 절반으로 줄이고 신규 개발자 네 명의 온보딩을 담당했습니다.",
    NULL
  };
  g_autoptr(VitaeDocument) document = make_bullets_document (texts);
  guint breaks;

  breaks = assert_breaks_keep_text_at_widths (document, texts);
  g_assert_cmpuint (breaks, >, 0);
}

/* @text as a reader extracts it: without the characters of @dropped and
 * the skin tones that went with them, nor any joiner or variation
 * selector. */
static char *
remove_dropped (const char *text,
                const char *dropped)
{
  GString *out = g_string_new (NULL);
  gboolean dropping = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean modifier = c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x1f3fb && c <= 0x1f3ff);
      gboolean listed = c >= 0x80 && g_utf8_strchr (dropped, -1, c) != NULL;

      if (listed || (dropping && modifier))
        {
          dropping = TRUE;
          continue;
        }
      dropping = FALSE;
      /* A joiner or variation selector takes no glyph: nothing extracts. */
      if (c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Emoji and symbols in a headline, a title and a bullet: none prints as
 * a box with its code in it (which extracts as digits, "01F 680"), none
 * is drawn from a Type 3 font; each is drawn from a font that has it, or
 * left out, and the text around it extracts as typed. */
static void
test_emoji (void)
{
  static const char label[] = "🚀 Software Engineer ✨ Cloud ★ Platform 👩🏽‍💻";
  static const char role[] = "Release Lead 🎉";
  static const char bullet_text[] = "Shipped the mobile app ✅ to 2M users ⭐️ and cut crashes by half 📉.";
  g_autoptr(VitaeDocument) document = make_document (1, 1);
  VitaeSection *experience = vitae_document_get_section (document, 0);
  VitaeEntry *entry = vitae_section_get_entry (experience, 0);
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new (bullet_text);

  vitae_node_set_text (VITAE_NODE (document), "label", label);
  vitae_node_set_text (VITAE_NODE (entry), "role", role);
  vitae_entry_append_bullet (entry, bullet);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autoptr(VitaeLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *squeezed = NULL;
      VitaeRenderOptions options;
      const char *dropped;
      const char *data;
      gsize size;

      vitae_render_options_init (&options);
      options.template_id = vitae_template_get_nth (t)->id;
      layout = vitae_layout_new (document, &options);
      dropped = _vitae_layout_get_dropped (layout);
      g_test_message ("%s: left out “%s”", options.template_id, dropped);
      pdf = vitae_pdf_render (layout, &options, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (pdf, &size);
      g_assert_false (bytes_contain (data, size, "/Type3"));

      text = vitae_pdf_read_text (pdf, &error);
      g_assert_no_error (error);
      squeezed = squeeze (text);

      for (guint i = 0; i < 3; i++)
        {
          const char *typed = (const char *[]) { label, role, bullet_text }[i];
          g_autofree char *kept = remove_dropped (typed, dropped);
          g_autofree char *expected = squeeze (kept);

          if (strstr (squeezed, expected) == NULL)
            g_test_message ("not as typed: %s\nin: %s", expected, squeezed);
          g_assert_nonnull (strstr (squeezed, expected));
        }
      /* Only symbols are ever left out. */
      for (const char *p = dropped; *p; p = g_utf8_next_char (p))
        g_assert_false (g_unichar_isalnum (g_utf8_get_char (p)));
    }
}

/* No entry leaves a single line of itself alone on either side of a page
 * break: its heading goes with its first bullet, and a last bullet of one
 * line with the bullet before it. Returns the entries that did break
 * across pages. */
static guint
assert_no_widows (VitaeLayout *layout)
{
  g_autoptr(GHashTable) first_page = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) lines = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  guint broken = 0;

  /* Lines of each entry's heading and bullets, per page, keyed by
   * entry and page. */
  for (guint i = 0; i < vitae_layout_get_n_boxes (layout); i++)
    {
      VitaeLayoutBox box;
      VitaeNode *entry = NULL;
      gpointer key;

      g_assert_true (vitae_layout_get_box (layout, i, &box));
      if (box.kind == VITAE_BLOCK_BULLET)
        entry = VITAE_NODE (vitae_bullet_get_entry (VITAE_BULLET (box.node)));
      else if (box.kind == VITAE_BLOCK_ENTRY_HEADING)
        entry = box.node;
      if (entry == NULL)
        continue;
      g_assert_cmpuint (box.first_page, ==, box.last_page);

      if (!g_hash_table_contains (first_page, entry))
        {
          g_hash_table_insert (first_page, entry, GUINT_TO_POINTER (box.first_page));
          g_ptr_array_add (entries, entry);
        }
      key = GUINT_TO_POINTER (GPOINTER_TO_UINT (entry) ^ (box.first_page * 0x9e3779b1u));
      g_hash_table_insert (lines, key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (lines, key)) + box.n_lines));
    }

  for (guint i = 0; i < entries->len; i++)
    {
      VitaeNode *entry = g_ptr_array_index (entries, i);
      guint page = GPOINTER_TO_UINT (g_hash_table_lookup (first_page, entry));
      guint on_first = GPOINTER_TO_UINT (g_hash_table_lookup (lines, GUINT_TO_POINTER (GPOINTER_TO_UINT (entry) ^ (page * 0x9e3779b1u))));
      guint on_next = GPOINTER_TO_UINT (g_hash_table_lookup (lines, GUINT_TO_POINTER (GPOINTER_TO_UINT (entry) ^ ((page + 1) * 0x9e3779b1u))));

      if (on_next == 0)
        continue;
      broken++;
      if (on_first < 2 || on_next < 2)
        g_test_message ("%s: %u line(s) on page %u, %u on the next",
                        vitae_node_get_text (entry, "role"), on_first, page + 1, on_next);
      g_assert_cmpuint (on_first, >=, 2);
      g_assert_cmpuint (on_next, >=, 2);
    }

  return broken;
}

/* Long entries whose last bullet is a line long, laid out at many sizes
 * so that page breaks fall before every bullet: none is a widow. */
static void
test_widows (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) experience = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  guint broken = 0;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  for (guint e = 0; e < 9; e++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *role = g_strdup_printf ("Engineer %u", e + 1);

      vitae_node_set_text (VITAE_NODE (entry), "role", role);
      vitae_node_set_text (VITAE_NODE (entry), "organization", "Acme Logistics");
      vitae_node_set_text (VITAE_NODE (entry), "start", "2019-04");
      for (guint b = 0; b < 4 + e % 3; b++)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (bullet_texts[(e + b) % 3 == 0 ? 4 : (e + b) % 3]);

          vitae_entry_append_bullet (entry, bullet);
        }
      {
        g_autoptr(VitaeBullet) last = vitae_bullet_new ("Mentored four engineers.");

        vitae_entry_append_bullet (entry, last);
      }
      vitae_section_append_entry (experience, entry);
    }
  vitae_document_append_section (document, experience);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    for (guint paper = 0; paper < 2; paper++)
      for (double size = 9.0; size <= 12.5; size += 0.5)
        {
          g_autoptr(VitaeLayout) layout = NULL;
          VitaeRenderOptions options;

          vitae_render_options_init (&options);
          options.template_id = vitae_template_get_nth (t)->id;
          options.paper = paper ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
          options.font_size = size;
          g_test_message ("%s %s %.2f", options.template_id, vitae_paper_to_id (options.paper), size);
          layout = vitae_layout_new (document, &options);
          assert_paginated_well (layout);
          broken += assert_no_widows (layout);
        }

  /* Entries did break across pages. */
  g_assert_cmpuint (broken, >, 0);
}

/* Whether @dates sit at the right edge of the column on the first page
 * of @pdf (else beside their title). */
static gboolean
dates_at_right (PopplerPage *page,
                const char  *dates,
                double       right_edge)
{
  GList *found = poppler_page_find_text (page, dates);
  PopplerRectangle *rect;
  gboolean at_right;

  g_assert_nonnull (found);
  g_assert_null (found->next);
  rect = found->data;
  at_right = rect->x2 > right_edge - 2;
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);

  return at_right;
}

/* Dates and places right-aligned are read late: by poppler when only short
 * lines are below them, by pdfminer whenever the entry's bullets are short.
 * Every entry's dates sit beside its title and its place beside the
 * organisation, in every template and paper, and no place is read after
 * its entry's bullets. */
static void
test_dates_one_look (void)
{
  static const char * const dates[] = {
    "Apr 2019 – Present", "Jan 2016 – Mar 2019", "Jan 2022 – Present", "May 2020 – Feb 2021",
    "Berlin", "Oslo",
  };
  g_autoptr(VitaeDocument) document = make_document (1, 2);
  g_autoptr(VitaeSection) projects = vitae_section_new (VITAE_SECTION_PROJECTS);
  VitaeSection *experience = vitae_document_get_section (document, 0);
  g_autoptr(VitaeEntry) earlier = vitae_entry_new ();
  g_autoptr(VitaeBullet) short_bullet = vitae_bullet_new ("Wrote the on-call guide.");
  guint beside = 0;

  vitae_node_set_text (VITAE_NODE (earlier), "role", "Engineer");
  vitae_node_set_text (VITAE_NODE (earlier), "organization", "Fjordflow");
  vitae_node_set_text (VITAE_NODE (earlier), "start", "2016-01");
  vitae_node_set_text (VITAE_NODE (earlier), "end", "2019-03");
  vitae_node_set_text (VITAE_NODE (earlier), "location", "Oslo");
  vitae_entry_append_bullet (earlier, short_bullet);
  vitae_section_append_entry (experience, earlier);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(VitaeEntry) project = vitae_entry_new ();
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (i ? "Small." : "Used by forty teams.");

      vitae_node_set_text (VITAE_NODE (project), "title", i ? "pgbatch" : "shardcheck");
      vitae_node_set_text (VITAE_NODE (project), "start", i ? "2020-05" : "2022-01");
      vitae_node_set_text (VITAE_NODE (project), "end", i ? "2021-02" : NULL);
      vitae_entry_append_bullet (project, bullet);
      vitae_section_append_entry (projects, project);
    }
  /* Experience, then projects, with nothing below them. */
  vitae_document_remove_section (document, 1);
  vitae_document_remove_section (document, 1);
  vitae_document_append_section (document, projects);

  for (guint t = 0; t < vitae_template_get_count (); t++)
    for (guint paper = 0; paper < 2; paper++)
      {
        g_autoptr(VitaeLayout) layout = NULL;
        g_autoptr(GBytes) pdf = NULL;
        g_autoptr(GError) error = NULL;
        PopplerDocument *reader;
        PopplerPage *page;
        VitaeRenderOptions options;
        double width, height;
        guint at_right = 0;

        vitae_render_options_init (&options);
        options.template_id = vitae_template_get_nth (t)->id;
        options.paper = paper ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
        layout = vitae_layout_new (document, &options);
        g_assert_cmpuint (vitae_layout_get_n_pages (layout), ==, 1);
        vitae_layout_get_page_size (layout, &width, &height);
        pdf = vitae_pdf_render (layout, &options, &error);
        g_assert_no_error (error);

        reader = poppler_document_new_from_bytes (pdf, NULL, &error);
        g_assert_no_error (error);
        page = poppler_document_get_page (reader, 0);
        for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
          at_right += dates_at_right (page, dates[i], width - vitae_layout_get_margin (layout));
        g_test_message ("%s %s: %u of %u dates at the right", options.template_id,
                        vitae_paper_to_id (options.paper), at_right, (guint) G_N_ELEMENTS (dates));
        g_assert_cmpuint (at_right, ==, 0);
        beside += at_right == 0;

        /* And every reader reads a place with its entry. */
        {
          g_autofree char *text = vitae_pdf_read_text (pdf, &error);
          const char *oslo, *guide;

          g_assert_no_error (error);
          oslo = strstr (text, "Oslo");
          guide = strstr (text, "Wrote the on-call guide.");
          g_assert_nonnull (oslo);
          g_assert_nonnull (guide);
          g_assert_true (oslo < guide);
        }
        g_object_unref (page);
        g_object_unref (reader);
      }

  g_assert_cmpuint (beside, ==, vitae_template_get_count () * 2);
}

/* The samples as people see them: the junior one's bullets are short, so
 * right-aligned dates came out of pdfminer after every bullet of the page.
 * Each date range sits beside its title, within an em of it. */
static void
test_dates_beside_samples (void)
{
  static const struct { const char *file; const char *title; const char *dates; } entries[] = {
    { "junior-weak.vitae", "Junior Developer", "Jul 2023 – Present" },
    { "junior-weak.vitae", "Student Worker", "Sep 2021 – May 2023" },
    { "junior-weak.vitae", "Ohio State University", "Aug 2019 – May 2023" },
    { "senior-backend.vitae", "Senior Backend Engineer", "Mar 2021 – Present" },
  };

  for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
    for (guint t = 0; t < vitae_template_get_count (); t++)
      {
        g_autofree char *path = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "data", "samples",
                                                  entries[e].file, NULL);
        g_autoptr(VitaeDocument) document = NULL;
        g_autoptr(VitaeLayout) layout = NULL;
        g_autoptr(GBytes) pdf = NULL;
        g_autoptr(GError) error = NULL;
        PopplerDocument *reader;
        PopplerPage *page;
        PopplerRectangle *title, *dates;
        VitaeRenderOptions options;
        GList *titles, *found;

        document = vitae_document_load (path, &error);
        g_assert_no_error (error);
        vitae_render_options_init (&options);
        options.template_id = vitae_template_get_nth (t)->id;
        layout = vitae_layout_new (document, &options);
        pdf = vitae_pdf_render (layout, &options, &error);
        g_assert_no_error (error);
        reader = poppler_document_new_from_bytes (pdf, NULL, &error);
        g_assert_no_error (error);
        page = poppler_document_get_page (reader, 0);

        titles = poppler_page_find_text (page, entries[e].title);
        found = poppler_page_find_text (page, entries[e].dates);
        g_assert_nonnull (titles);
        g_assert_nonnull (found);
        /* The entry's title is the last match: the headline above may
         * repeat it. */
        title = g_list_last (titles)->data;
        dates = found->data;
        g_test_message ("%s %s: “%s” ends at %.1f, “%s” starts at %.1f", entries[e].file,
                        options.template_id, entries[e].title, title->x2, entries[e].dates, dates->x1);
        g_assert_cmpfloat (fabs (title->y1 - dates->y1), <, 2);
        g_assert_cmpfloat (dates->x1 - title->x2, >, 0);
        g_assert_cmpfloat (dates->x1 - title->x2, <, vitae_layout_get_font_size (layout));
        g_list_free_full (titles, (GDestroyNotify) poppler_rectangle_free);
        g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
        g_object_unref (page);
        g_object_unref (reader);
      }
}

static void
test_pdf_catalog (void)
{
  g_autoptr(VitaeDocument) document = make_document (3, 2);
  g_autoptr(VitaeLayout) layout = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  VitaeRenderOptions options;
  const char *data;
  gsize size;

  vitae_render_options_init (&options);
  options.date = date;
  options.language = "de-CH";
  layout = vitae_layout_new (document, &options);
  first = vitae_pdf_render (layout, &options, NULL);
  second = vitae_pdf_render (layout, &options, NULL);
  g_assert_nonnull (first);
  g_assert_true (g_bytes_equal (first, second));

  data = g_bytes_get_data (first, &size);
  g_assert_nonnull (g_strstr_len (data, MIN (size, 16), "%PDF-"));
  g_assert_true (bytes_contain (data, size, "/Lang (de-CH)"));
  g_assert_true (bytes_contain (data, size, "/MarkInfo << /Marked true >>"));
  g_assert_true (bytes_contain (data, size, "/CreationDate (D:20260102030405"));

  /* A language that would need escaping is left out rather than written. */
  {
    g_autofree char *language = NULL;
    g_autoptr(GBytes) kept = _vitae_pdf_complete_catalog (first, "en) /Evil (");

    g_assert_true (g_bytes_equal (kept, first));
    options.language = NULL;
    language = vitae_pdf_dup_language (&options);
    g_assert_cmpstr (language, ==, "en");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/render/paper", test_paper);
  g_test_add_func ("/vitae/render/link-target", test_link_target);
  g_test_add_func ("/vitae/render/dates", test_dates);
  g_test_add_func ("/vitae/render/dates-read-with-heading", test_dates_read_with_heading);
  g_test_add_func ("/vitae/render/pagination", test_pagination);
  g_test_add_func ("/vitae/render/options-clamped", test_options_clamped);
  g_test_add_func ("/vitae/render/fit", test_fit);
  g_test_add_func ("/vitae/render/draw", test_draw);
  g_test_add_func ("/vitae/render/pdf-catalog", test_pdf_catalog);
  g_test_add_func ("/vitae/render/link-injection", test_link_injection);
  g_test_add_func ("/vitae/render/long-words", test_long_words);
  g_test_add_func ("/vitae/render/skill-items", test_skill_items);
  g_test_add_func ("/vitae/render/large-content", test_large_content);
  g_test_add_func ("/vitae/render/hyphen-breaks", test_hyphen_breaks);
  g_test_add_func ("/vitae/render/dash-range-breaks", test_dash_range_breaks);
  g_test_add_func ("/vitae/render/korean-breaks", test_korean_breaks);
  g_test_add_func ("/vitae/render/emoji", test_emoji);
  g_test_add_func ("/vitae/render/widows", test_widows);
  g_test_add_func ("/vitae/render/dates-one-look", test_dates_one_look);
  g_test_add_func ("/vitae/render/dates-beside-samples", test_dates_beside_samples);

  return g_test_run ();
}
