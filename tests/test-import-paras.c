/* test-import-paras.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Paragraphs and entries' heads of imported PDFs in layouts met in real
 * resumes, which are no list items: a paragraph set after a column of
 * labels (LaTeX's moderncv). Each page is drawn here, in our own words
 * (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* The text of all of an entry's paragraphs: its summary and its
 * description, a space apart. */
static char *
paragraphs_of (VitaeEntry *entry)
{
  g_autofree char *all = g_strdup_printf ("%s %s", vitae_node_get_text (VITAE_NODE (entry), "summary"),
                                          vitae_node_get_text (VITAE_NODE (entry), "description"));

  return g_strdelimit (g_strstrip (g_steal_pointer (&all)), "\n", ' ');
}

/* A CV in the manner of moderncv: the dates right aligned in a column
 * of labels left of where the text starts (x 150), each entry's title
 * beside them, and under it a plain paragraph without marks, its lines
 * starting where the title's text does. The paragraph is the entry's
 * text, not a list item a line. */
static void
draw_label_paragraphs (cairo_t *cr)
{
  draw_text (cr, 60, 40, "Inês Carvalho", 20, FALSE);
  draw_text (cr, 150, 76, "ines.carvalho@example.org", 8, FALSE);
  draw_text (cr, 150, 110, "Experience", 12, FALSE);
  draw_right_aligned (cr, 144, 134, "2019 – 2022", 8);
  draw_text (cr, 150, 134, "Surveyor, Harbour Works, Porto", 8, TRUE);
  draw_text (cr, 150, 148, "Measured the depth of the harbour basin every month and drew the", 8, FALSE);
  draw_text (cr, 150, 160, "charts that the pilots use on their way in. Kept the old survey boat", 8, FALSE);
  draw_text (cr, 150, 172, "running through two hard winters on the river.", 8, FALSE);
  draw_right_aligned (cr, 144, 194, "2018", 8);
  draw_text (cr, 150, 194, "Assistant, Coastal Office, Aveiro", 8, TRUE);
  draw_text (cr, 150, 208, "Sorted the tide records of forty years, wrote down what each column", 8, FALSE);
  draw_text (cr, 150, 220, "meant and typed them into the office's first database.", 8, FALSE);
  draw_text (cr, 150, 250, "Education", 12, FALSE);
  draw_right_aligned (cr, 144, 274, "2012 – 2016", 8);
  draw_text (cr, 150, 274, "Geography, University of Coimbra", 8, TRUE);
  draw_text (cr, 150, 288, "Thesis on the silting of river mouths", 8, FALSE);
}

static void
test_label_paragraphs (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *first, *second;
  g_autofree char *text = NULL, *first_text = NULL, *second_text = NULL;

  log_lines (draw_label_paragraphs);
  document = import_drawn (draw_label_paragraphs);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 0);
  first_text = paragraphs_of (first);
  second_text = paragraphs_of (second);
  g_assert_true (g_str_has_suffix (first_text, "two hard winters on the river."));
  /* (The paragraph's first line, short as a subtitle, wraps onto the
   * next: it is the paragraph's.) */
  g_assert_true (g_str_has_prefix (first_text, "Measured the depth of the harbour basin"));
  g_assert_true (g_str_has_prefix (second_text, "Sorted the tide records"));
  g_assert_true (g_str_has_suffix (second_text, "the office's first database."));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "start"), ==, "2019");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EDUCATION, 0)), ==, 0);
}

/* The same, an entry's title too long for its line: it wraps onto the
 * next, which starts where the title's text does, and the title's line
 * reaches the column's right edge (LaTeX justifies it). The wrapped
 * line is the title's, not a paragraph's. */
static void
draw_label_wrapped_title (cairo_t *cr)
{
  draw_text (cr, 60, 40, "Inês Carvalho", 20, FALSE);
  draw_text (cr, 150, 76, "ines.carvalho@example.org", 8, FALSE);
  draw_text (cr, 150, 110, "Experience", 12, FALSE);
  draw_right_aligned (cr, 144, 134, "2019 – 2022", 8);
  draw_text (cr, 150, 134, "Surveyor, Harbour Works, Porto", 8, TRUE);
  draw_text (cr, 150, 148, "Measured the depth of the harbour basin every month and drew the", 8, FALSE);
  draw_text (cr, 150, 160, "charts that the pilots use on their way in.", 8, FALSE);
  draw_right_aligned (cr, 144, 182, "2016 – 2019", 8);
  draw_text (cr, 150, 182, "Trainee in hydrography, Port Authority of the Northern Coast and its", 8, TRUE);
  draw_text (cr, 150, 194, "survey office, Viana do Castelo", 8, TRUE);
  draw_text (cr, 150, 208, "Sorted the tide records of forty years.", 8, FALSE);
  draw_right_aligned (cr, 144, 230, "2015", 8);
  draw_text (cr, 150, 230, "Volunteer, Beach Clean-up Network, Aveiro", 8, TRUE);
}

static void
test_label_wrapped_title (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *text = NULL, *second_text = NULL;
  VitaeEntry *second;

  log_lines (draw_label_wrapped_title);
  document = import_drawn (draw_label_wrapped_title);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (strstr (text, "and its survey office, Viana do Castelo"));
  second_text = paragraphs_of (second);
  g_assert_cmpstr (second_text, ==, "Sorted the tide records of forty years.");
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 0);
}

/* The same, a row of the column of labels under each title: a place
 * as its label and a paragraph as its text, the paragraph's lines
 * wrapped under it from where the text starts. The place is the
 * entry's, the paragraph its text, whole. */
static void
draw_label_row_paragraph (cairo_t *cr)
{
  draw_text (cr, 60, 40, "Inês Carvalho", 20, FALSE);
  draw_text (cr, 150, 76, "ines.carvalho@example.org", 8, FALSE);
  draw_text (cr, 150, 110, "Experience", 12, FALSE);
  draw_right_aligned (cr, 144, 134, "2019 – 2022", 8);
  draw_text (cr, 150, 134, "Surveyor, Harbour Works", 8, TRUE);
  draw_right_aligned (cr, 144, 148, "Porto", 8);
  draw_text (cr, 150, 148, "Measured the depth of the harbour basin each month, and then drew the", 8, FALSE);
  draw_text (cr, 150, 160, "charts that the pilots use on their way into port. Kept the old survey", 8, FALSE);
  draw_text (cr, 150, 172, "boat running through two hard winters.", 8, FALSE);
  draw_right_aligned (cr, 144, 194, "2016 – 2019", 8);
  draw_text (cr, 150, 194, "Assistant, Coastal Office", 8, TRUE);
  draw_right_aligned (cr, 144, 208, "Aveiro", 8);
  draw_text (cr, 150, 208, "Sorted the tide records of forty years, and wrote down what every column", 8, FALSE);
  draw_text (cr, 150, 220, "meant and typed them into the office's first database.", 8, FALSE);
}

static void
test_label_row_paragraph (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *text = NULL, *first_text = NULL, *second_text = NULL;
  VitaeEntry *first, *second;

  log_lines (draw_label_row_paragraph);
  document = import_drawn (draw_label_row_paragraph);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  first_text = paragraphs_of (first);
  second_text = paragraphs_of (second);
  g_assert_cmpstr (first_text, ==,
                   "Measured the depth of the harbour basin each month, and then drew the charts that the pilots use "
                   "on their way into port. Kept the old survey boat running through two hard winters.");
  g_assert_cmpstr (second_text, ==,
                   "Sorted the tide records of forty years, and wrote down what every column meant and typed them "
                   "into the office's first database.");
  g_assert_nonnull (strstr (text, "Porto"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 0);
}

/* Courses grouped under subheadings, each set larger than the dated
 * lines under it, right under a heading of certificates: the
 * subheadings are no certificates of their own. */
static void
draw_course_groups (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Wanjiru Kamau", 20, TRUE);
  draw_text (cr, 40, 70, "wanjiru.kamau@example.org", 8, FALSE);
  draw_text (cr, 40, 110, "Certifications", 12, TRUE);
  draw_text (cr, 40, 136, "Data analysis", 10, FALSE);
  draw_text (cr, 40, 156, "Nov 2023", 8, FALSE);
  draw_text (cr, 140, 156, "Describing survey data with R", 8, FALSE);
  draw_text (cr, 40, 170, "Oct 2023", 8, FALSE);
  draw_text (cr, 140, 170, "Dashboards for small charities", 8, FALSE);
  draw_text (cr, 40, 192, "Embedded systems", 10, FALSE);
  draw_text (cr, 40, 212, "Jan 2024", 8, FALSE);
  draw_text (cr, 140, 212, "Sensors on a low power budget", 8, FALSE);
}

static void
test_course_groups (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *text = NULL;

  log_lines (draw_course_groups);
  document = import_drawn (draw_course_groups);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_CERTIFICATIONS); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_CERTIFICATIONS, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        {
          g_assert_cmpstr (bullet_text (entry, b), !=, "Data analysis");
          g_assert_cmpstr (bullet_text (entry, b), !=, "Embedded systems");
        }
    }
  g_assert_nonnull (strstr (text, "Describing survey data with R"));
}

/* A browser's page whose list marks hang left of the text, an entry's
 * title in bold and larger starting between the marks and the text, a
 * project's line set a little larger and further in over its items, and
 * a line of tags in smaller italics under them: only the marked lines
 * are items, though the others start right of the marks too. */
static void
draw_hanging_marks (cairo_t *cr)
{
  draw_text (cr, 18, 30, "Tomás Aguilar", 14, TRUE);
  draw_text (cr, 18, 54, "tomas.aguilar@example.org", 8, FALSE);
  draw_text (cr, 18, 80, "Experience", 9, TRUE);
  draw_text (cr, 18, 100, "Northwind Software, Frontend Engineer, Lisbon", 9, TRUE);
  draw_text (cr, 11, 118, "•", 8, FALSE);
  draw_text (cr, 24, 118, "Led a team of six developers through three releases", 8, FALSE);
  draw_text (cr, 11, 132, "•", 8, FALSE);
  draw_text (cr, 24, 132, "Cut the loading time of the main page by half", 8, FALSE);
  draw_text (cr, 24, 150, "Tools: TypeScript, React, Docker", 7, FALSE);
  draw_text (cr, 18, 174, "Harbour Apps, Developer, Porto", 9, TRUE);
  draw_text (cr, 30, 190, "Ferry timetable app | TypeScript, React Native", 8.5, FALSE);
  draw_text (cr, 11, 206, "•", 8, FALSE);
  draw_text (cr, 24, 206, "Built the offline mode and the ticket wallet", 8, FALSE);
  draw_text (cr, 11, 220, "•", 8, FALSE);
  draw_text (cr, 24, 220, "Reached thirty thousand monthly users", 8, FALSE);
  draw_text (cr, 30, 238, "Clinic booking site | JavaScript, Vue", 8.5, FALSE);
  draw_text (cr, 11, 254, "•", 8, FALSE);
  draw_text (cr, 24, 254, "Wrote the booking calendar and its reminders", 8, FALSE);
}

static void
test_hanging_marks (void)
{
  static const char * const items[] = {
    "Led a team of six developers through three releases",
    "Cut the loading time of the main page by half",
    "Built the offline mode and the ticket wallet",
    "Reached thirty thousand monthly users",
    "Wrote the booking calendar and its reminders",
  };
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) bullets = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *text = NULL;

  log_lines (draw_hanging_marks);
  document = import_drawn (draw_hanging_marks);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (bullets, "%s\n", bullet_text (entry, b));
    }
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    g_string_append_printf (expected, "%s\n", items[k]);
  g_assert_cmpstr (bullets->str, ==, expected->str);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  g_assert_nonnull (strstr (text, "Ferry timetable app"));
  g_assert_nonnull (strstr (text, "Tools: TypeScript"));
}

/* Items drawn without a glyph, indented under their entries' titles,
 * in a section set larger than most of the page's lines (a long list of
 * skills in small type): they are set as their section's text is, and
 * are items. */
static void
draw_indented_items_small_skills (cairo_t *cr)
{
  double y = 250;

  draw_text (cr, 40, 30, "Olusegun Adeyemi", 16, TRUE);
  draw_text (cr, 40, 56, "olusegun.adeyemi@example.org", 8, FALSE);
  draw_text (cr, 40, 84, "Experience", 11, TRUE);
  draw_text (cr, 40, 104, "Surveyor, Harbour Works, Lagos", 8, TRUE);
  draw_text (cr, 400, 104, "2019 – 2022", 8, FALSE);
  draw_text (cr, 60, 118, "Measured the harbour basin every month", 8, FALSE);
  draw_text (cr, 60, 130, "Drew the charts the pilots use", 8, FALSE);
  draw_text (cr, 60, 142, "Kept the survey boat running", 8, FALSE);
  draw_text (cr, 40, 164, "Assistant, Coastal Office, Badagry", 8, TRUE);
  draw_text (cr, 400, 164, "2016 – 2019", 8, FALSE);
  draw_text (cr, 60, 178, "Sorted forty years of tide records", 8, FALSE);
  draw_text (cr, 60, 190, "Typed them into a database", 8, FALSE);
  draw_text (cr, 40, 226, "Skills", 11, TRUE);
  for (guint k = 0; k < 14; k++, y += 10)
    {
      g_autofree char *skill = g_strdup_printf ("Survey tool %c: sonar, GPS, tide gauge", 'A' + k);

      draw_text (cr, 40, y, skill, 6.5, FALSE);
    }
}

static void
test_indented_items_small_skills (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *text = NULL;
  VitaeEntry *first, *second;

  log_lines (draw_indented_items_small_skills);
  document = import_drawn (draw_indented_items_small_skills);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 3);
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 2);
  g_assert_cmpstr (bullet_text (second, 1), ==, "Typed them into a database");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-paras/label-paragraphs", test_label_paragraphs);
  g_test_add_func ("/import-paras/label-wrapped-title", test_label_wrapped_title);
  g_test_add_func ("/import-paras/label-row-paragraph", test_label_row_paragraph);
  g_test_add_func ("/import-paras/course-groups", test_course_groups);
  g_test_add_func ("/import-paras/hanging-marks", test_hanging_marks);
  g_test_add_func ("/import-paras/indented-items-small-skills", test_indented_items_small_skills);
  return g_test_run ();
}
