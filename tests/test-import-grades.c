/* test-import-grades.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A school's grade set on a line of its own under the school, as real
 * resumes do, in our own words: drawn without a mark it is the school's
 * score, its label kept with it; marked as a list's item it stays the
 * item the person made it. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* Three schools under "Education", each name in bold over its degree:
 * the first with its grade and its minor one a line without marks, the
 * second with its grade after a colon set apart ("Percentage : 91.5"),
 * the third with its grade as a marked item among others. */
static void
draw_school_grades (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tobiah Ferrant", 20, TRUE);
  draw_text (cr, 40, 70, "tobiah.ferrant@example.net", 10, FALSE);
  draw_text (cr, 40, 104, "Education", 13, TRUE);
  draw_text (cr, 40, 128, "Lakeshore State University", 10.5, TRUE);
  draw_right_aligned (cr, 555, 128, "May 2024", 10.5);
  draw_text (cr, 40, 144, "Bachelor of Science in Soil Chemistry", 10, FALSE);
  draw_text (cr, 40, 160, "Cumulative GPA: 3.71/4.00", 10, FALSE);
  draw_text (cr, 40, 176, "Minor: Hydrology", 10, FALSE);
  draw_text (cr, 40, 204, "Hillcrest Junior College", 10.5, TRUE);
  draw_right_aligned (cr, 555, 204, "June 2020", 10.5);
  draw_text (cr, 40, 220, "Higher Secondary Certificate", 10, FALSE);
  draw_text (cr, 40, 236, "Percentage : 91.5", 10, FALSE);
  draw_text (cr, 40, 264, "Marlow Grammar School", 10.5, TRUE);
  draw_right_aligned (cr, 555, 264, "June 2018", 10.5);
  draw_text (cr, 40, 280, "Secondary School Certificate", 10, FALSE);
  draw_text (cr, 50, 296, "•", 10, FALSE);
  draw_text (cr, 64, 296, "Average mark: 84%", 10, FALSE);
  draw_text (cr, 50, 312, "•", 10, FALSE);
  draw_text (cr, 64, 312, "Captain of the chess club for two years", 10, FALSE);
  draw_text (cr, 40, 346, "Experience", 13, TRUE);
  draw_text (cr, 40, 370, "Field Assistant, Greenvale Soil Lab", 10.5, TRUE);
  draw_right_aligned (cr, 555, 370, "2022 – 2024", 10.5);
  draw_text (cr, 50, 388, "•", 10, FALSE);
  draw_text (cr, 64, 388, "Sampled the clay of forty farms for the county's survey", 10, FALSE);
}

static void
test_school_grades (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *school;

  log_lines (draw_school_grades);
  document = import_drawn (draw_school_grades);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 3);

  /* The grade is the school's, the label with it; the minor is still a
   * detail of its own. */
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "score"), ==, "Cumulative GPA: 3.71/4.00");
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 1);
  g_assert_cmpstr (bullet_text (school, 0), ==, "Minor: Hydrology");

  school = entry_at (document, VITAE_SECTION_EDUCATION, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "score"), ==, "Percentage : 91.5");
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 0);

  /* Marked, the grade is one of the items the person listed. */
  school = entry_at (document, VITAE_SECTION_EDUCATION, 2);
  g_assert_false (vitae_node_has (VITAE_NODE (school), "score"));

  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Minor: Hydrology\n"
                   "Average mark: 84%\n"
                   "Captain of the chess club for two years\n"
                   "Sampled the clay of forty farms for the county's survey\n");
}

/* A grade kept with its own label is shown as written, with no label of
 * the template's before it; a bare grade gets the template's. */
static void
test_shown_as_written (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EDUCATION);
  g_autoptr(VitaeEntry) labelled = vitae_entry_new ();
  g_autoptr(VitaeEntry) bare = vitae_entry_new ();
  g_autofree char *text = NULL;

  g_assert_true (vitae_grade_has_label ("GPA: 3.85"));
  g_assert_true (vitae_grade_has_label ("Percentage : 98"));
  g_assert_true (vitae_grade_has_label ("Cumulative GPA: 3.6/4.0"));
  g_assert_false (vitae_grade_has_label ("3.85"));
  g_assert_false (vitae_grade_has_label ("3.6/4.0 (top 5 %)"));
  g_assert_false (vitae_grade_has_label ("Year 2: 15/20"));
  g_assert_false (vitae_grade_has_label ("A:"));
  g_assert_false (vitae_grade_has_label (NULL));

  vitae_node_set_text (VITAE_NODE (document), "language", "en");
  vitae_node_set_text (VITAE_NODE (labelled), "organization", "Harbour College");
  vitae_node_set_text (VITAE_NODE (labelled), "score", "GPA: 3.85");
  vitae_node_set_text (VITAE_NODE (bare), "organization", "Fjord School");
  vitae_node_set_text (VITAE_NODE (bare), "score", "5.2 of 6");
  vitae_section_append_entry (section, labelled);
  vitae_section_append_entry (section, bare);
  vitae_document_append_section (document, section);

  text = vitae_text_export (document);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "\nGPA: 3.85\n"));
  g_assert_null (strstr (text, ": GPA"));
  g_assert_nonnull (strstr (text, "Score: 5.2 of 6"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-grades/school-grades", test_school_grades);
  g_test_add_func ("/import-grades/shown-as-written", test_shown_as_written);

  return g_test_run ();
}
