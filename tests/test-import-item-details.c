/* test-import-item-details.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose list items carry a detail of their entry at the
 * right edge, in the column where the entries' titles set their dates,
 * as real resumes do, in our own words: a second date, a grade, a place,
 * or a link's word beside an item. The item is the text before the gap;
 * the detail is the entry's, and no word of it is lost. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A school's honours, each after an icon font's mark, the last two with
 * the school's award date and grade set flush right: the items are the
 * honours alone, the date and the grade the school's. A job's duties, the
 * second with a later span of its own at the right. */
static void
test_side_details (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 230, 380, 20, 0, VITAE_TEXT_LINE_BOLD, "Oriane Valcourt");
  add_line_full (lines, 0, 200, 420, 10.5, 0.4, 0, "oriane.valcourt@example.org");
  add_line_full (lines, 0, 54, 118, 10.5, 38, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 54, 200, 10.5, 12.6, VITAE_TEXT_LINE_BOLD, "Riverside Technical College");
  add_cells (lines, 54, 474, 553, 10.5, 0.5, VITAE_TEXT_LINE_ITALIC, "Associate of Science: Chemistry\tMilltown, OR");
  add_line_full (lines, 0, 90, 260, 10.5, 1.2, VITAE_TEXT_LINE_ICON, "Honour roll, four terms");
  add_cells (lines, 90, 471, 553, 10.5, 1.2, VITAE_TEXT_LINE_ICON, "President's Award for Lab Safety\tAwarded June 2019");
  add_cells (lines, 90, 517, 554, 10.5, 1.2, VITAE_TEXT_LINE_ICON, "Glassblowing Guild bursary\tGPA 3.8");
  add_line_full (lines, 0, 54, 131, 10.5, 24.7, VITAE_TEXT_LINE_BOLD, "EMPLOYMENT");
  add_line_full (lines, 0, 54, 180, 10.5, 12.6, VITAE_TEXT_LINE_BOLD, "Harbour Water Board");
  add_cells (lines, 54, 471, 557, 10.5, 13.9, VITAE_TEXT_LINE_ITALIC, "Sampling Technician\tMar. 2020-Aug. 2021");
  add_line_full (lines, 0, 90, 380, 10.5, 1.2, VITAE_TEXT_LINE_ICON, "Collected river samples at twelve stations every week");
  add_cells (lines, 90, 479, 556, 10.5, 1.2, VITAE_TEXT_LINE_ICON,
             "Trained the new technicians on the titration bench\tSep. 2021-Present");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Honour roll, four terms\n"
                   "President's Award for Lab Safety\n"
                   "Glassblowing Guild bursary\n"
                   "Collected river samples at twelve stations every week\n"
                   "Trained the new technicians on the titration bench\n");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "score"), ==, "GPA 3.8");
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), "Awarded June 2019"));
  /* (The job's, its duties': the last entry.) */
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, n_entries_of (document, VITAE_SECTION_EXPERIENCE) - 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2020-03");
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), "Sep. 2021-Present"));
}

/* Projects, each marked and with a link's word flush right, and a job's
 * first duty with the job's city at the right: items without them, the
 * city the job's place. */
static void
test_link_word_and_place (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 230, 380, 20, 0, VITAE_TEXT_LINE_BOLD, "Ansel Brekke");
  add_line_full (lines, 0, 200, 420, 10, 0.4, 0, "ansel.brekke@example.net");
  add_line_full (lines, 0, 70, 130, 12, 20, VITAE_TEXT_LINE_BOLD, "PROJECTS");
  add_cells (lines, 88, 513, 538, 9, 1.5, 0, "•\tA weather station that logs to a small web page\tGitHub");
  add_cells (lines, 88, 513, 538, 9, 1.5, 0, "•\tA budget planner for shared flats, in Python\tGitHub");
  add_line_full (lines, 0, 70, 150, 12, 16, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_cells (lines, 42, 480, 576, 11, 5, VITAE_TEXT_LINE_BOLD, "Support Intern at Fjordlight\t06/2018 to 09/2018");
  add_cells (lines, 60, 470, 576, 11, 0.2, 0, "•\tAnswered the customers' calls about the router\tBergen, Vestland");
  add_line_full (lines, 0, 60, 330, 11, 0, 0, "•\tWrote the answers up for the help pages");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "A weather station that logs to a small web page\n"
                   "A budget planner for shared flats, in Python\n"
                   "Answered the customers' calls about the router\n"
                   "Wrote the answers up for the help pages\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Bergen, Vestland");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-item-details/side-details", test_side_details);
  g_test_add_func ("/import-item-details/link-word-and-place", test_link_word_and_place);
  return g_test_run ();
}
