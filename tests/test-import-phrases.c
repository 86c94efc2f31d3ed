/* test-import-phrases.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's items set one a line without a mark, each a phrase rather
 * than a sentence, as the reader's lines of imported PDFs give them, in
 * layouts met in real resumes, in our own words: close under a job's
 * dates, none ending short of the column; indented under a lead-in of a
 * school's entry; and, apart from them, a paragraph whose wrapped lines
 * start with names, which stays a paragraph; and a job's field close
 * under its title, over tasks spaced further apart, which stays the
 * entry's; and a later entry's tasks that wrap, spaced apart as the
 * first entry's tasks were; and projects without titles, each wrapped,
 * spaced apart. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A job's employer and role in bold, its dates alone under them, then
 * four tasks one a line, set close and smaller, none with a full stop
 * and one as wide as the column, so that no line ends short enough to
 * tell them apart by its width: four items, not a paragraph. */
static void
test_phrases_under_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 266, 480, 23, 0, VITAE_TEXT_LINE_BOLD, "ODALYS FERRANTE");
  add_line_full (lines, 0, 266, 420, 9, 11, 0, "odalys.ferrante@example.es");
  add_line_full (lines, 0, 290, 400, 15, 18, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 262, 400, 7.2, 8, VITAE_TEXT_LINE_BOLD, "NORTEMAR LOGISTICS\tBilbao, Spain");
  add_line_full (lines, 0, 262, 375, 11.3, 2.6, VITAE_TEXT_LINE_BOLD, "Backend Developer");
  add_line_full (lines, 0, 262, 300, 5.2, 3.4, 0, "MARCH 2022 - TODAY");
  add_line_full (lines, 0, 262, 470, 7.4, 5.4, 0, "Design of REST services written in Kotlin and Spring");
  add_line_full (lines, 0, 262, 493, 7.4, 1, 0, "Migration of the warehouse stock tables to PostgreSQL");
  add_line_full (lines, 0, 262, 485, 7.4, 1, 0, "Monitoring of the delivery queues with Grafana dashboards");
  add_line_full (lines, 0, 262, 372, 7.4, 1, 0, "Maintenance of older Perl tools");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Design of REST services written in Kotlin and Spring\n"
                   "Migration of the warehouse stock tables to PostgreSQL\n"
                   "Monitoring of the delivery queues with Grafana dashboards\n"
                   "Maintenance of older Perl tools\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* A school's entry, its dates in a column at the left: its degree and
 * school, then a lead-in set a little smaller ("Main subjects") and the
 * subjects indented under it, one a line, without a mark: each subject
 * is an item. */
static void
test_indented_phrases_under_lead_in (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 296, 538, 38, 0, 0, "Teodora Vasile");
  add_line_full (lines, 0, 170, 400, 10.9, 12, 0, "teodora.vasile@example.ro");
  add_line_full (lines, 0, 170, 291, 14.3, 23.5, 0, "Personal information");
  add_line_full (lines, 0, 110, 210, 10.9, 7.8, 0, "First name\tTeodora")->tab_x = 170;
  add_line_full (lines, 0, 120, 200, 10.9, 5.4, 0, "Surname\tVasile")->tab_x = 170;
  add_line_full (lines, 0, 108, 198, 10.9, 5.4, 0, "Nationality\tRomanian")->tab_x = 170;
  add_line_full (lines, 0, 170, 307, 14.3, 13.4, 0, "Education and Training");
  add_line_full (lines, 0, 57, 410, 10.9, 7.8, VITAE_TEXT_LINE_BOLD, "Oct 2017 – Jul 2021\tBachelor in Physics,")->tab_x = 170;
  add_line_full (lines, 0, 170, 450, 10.9, 2.6, 0, "West University of Timisoara, Timisoara (Romania).");
  add_line_full (lines, 0, 170, 240, 10, 3.4, 0, "Main subjects");
  add_line_full (lines, 0, 181, 370, 10, 2, 0, "Quantum mechanics (two semesters)");
  add_line_full (lines, 0, 181, 270, 10, 2, 0, "Solid state physics");
  add_line_full (lines, 0, 181, 256, 10, 2, 0, "Numerical methods");
  add_line_full (lines, 0, 181, 243, 10, 2, 0, "Optics");
  add_line_full (lines, 0, 57, 510, 10.9, 6.1, VITAE_TEXT_LINE_BOLD, "Sep 2012 – Jun 2017\tDiploma of the science high school.")->tab_x = 170;
  add_line_full (lines, 0, 170, 430, 10.9, 2.6, VITAE_TEXT_LINE_BOLD, "Liceul Teoretic Grigore Moisil, Timisoara.");
  add_line_full (lines, 0, 170, 538, 10, 3.4, 0, "Over four years the classes covered mechanics, electricity and the basics");
  add_line_full (lines, 0, 170, 540, 10, 2, 0, "of chemistry, with a project on the weather station of the school, built");
  add_line_full (lines, 0, 170, 360, 10, 2, 0, "with two classmates.");
  add_line_full (lines, 0, 112, 203, 10.9, 4.4, 0, "Final mark\t9.5/10")->tab_x = 170;
  add_line_full (lines, 0, 170, 312, 14.3, 13.6, 0, "Languages");
  add_line_full (lines, 0, 124, 233, 10.9, 7.8, 0, "Romanian\tMother tongue")->tab_x = 170;
  add_line_full (lines, 0, 127, 297, 10.9, 5.4, 0, "English\tCambridge certificate C1")->tab_x = 170;
  add_line_full (lines, 0, 170, 295, 14.3, 13.6, 0, "Technical skills");
  add_line_full (lines, 0, 85, 394, 10.9, 7.8, 0, "Systems\tLinux, Windows, Android")->tab_x = 170;
  add_line_full (lines, 0, 105, 495, 10.9, 6.4, 0, "Programming\tC, C++, Python, Fortran, Julia, Bash")->tab_x = 170;
  add_line_full (lines, 0, 67, 282, 10.9, 6.4, 0, "Markup languages\tMarkdown, LaTeX")->tab_x = 170;
  add_line_full (lines, 0, 108, 300, 10.9, 6.4, 0, "Office\tLibreOffice, Microsoft Office")->tab_x = 170;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets,
                            "Quantum mechanics (two semesters)\n"
                            "Solid state physics\n"
                            "Numerical methods\n"
                            "Optics\n"));
}

/* A job's description under its title: a paragraph whose wrapped lines
 * start with capitals (the names of products and places), which ends a
 * sentence: a paragraph still, no items. */
static void
test_paragraph_of_names_stays (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 50, 300, 22, 0, VITAE_TEXT_LINE_BOLD, "Ilse Brandvold");
  add_line_full (lines, 0, 50, 300, 10, 10, 0, "ilse.brandvold@example.no");
  add_line_full (lines, 0, 50, 200, 14, 16, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 50, 540, 11, 8, VITAE_TEXT_LINE_BOLD, "Data Analyst, Fjordline Shipping\t2019 – 2023");
  add_line_full (lines, 0, 50, 538, 10, 3, 0, "Built the weekly reports of the freight volumes between Bergen and");
  add_line_full (lines, 0, 50, 540, 10, 2, 0, "Aberdeen for the sales team and moved them from spreadsheets to");
  add_line_full (lines, 0, 50, 536, 10, 2, 0, "Power BI, so that the managers in Oslo and Hamburg could follow");
  add_line_full (lines, 0, 50, 300, 10, 2, 0, "Shipments by the day.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_true (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* A job's employer and dates, its field close under them, then its
 * tasks one a line spaced further apart than that: the field stays the
 * entry's, the tasks are its items. */
static void
test_field_close_over_spaced_tasks (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 103, 508, 20.7, 0, 0, "ROSALIND OKAFOR-BRANDT");
  add_line_full (lines, 0, 178, 430, 10.9, 13.9, 0, "rosalind.ob@example.ca");
  add_line_full (lines, 0, 54, 138, 10.9, 19.6, 0, "SUMMARY");
  add_line_full (lines, 0, 70.4, 556, 10.9, 11, 0, "Engineering student who likes to take a machine from its first sketch to a");
  add_line_full (lines, 0, 70.4, 555, 10.9, 3.9, 0, "working prototype, with a taste for motors, sensors and the firmware that");
  add_line_full (lines, 0, 70.4, 557, 10.9, 3.9, 0, "ties them together, and for the tests that prove the whole thing works");
  add_line_full (lines, 0, 70.4, 240, 10.9, 3.9, 0, "before it ships.");
  add_line_full (lines, 0, 54, 138, 10.9, 16.6, 0, "EXPERIENCE");
  add_line_full (lines, 0, 70.4, 558, 10.9, 11, 0, "Halvorsen Robotics\tMarch 2023 - June 2023")->tab_x = 430;
  add_line_full (lines, 0, 70.4, 190, 10.9, 3.9, 0, "Embedded Systems");
  add_line_full (lines, 0, 70.4, 440, 10.9, 10.6, 0, "Wrote the motor drivers of a pipetting arm in C");
  add_line_full (lines, 0, 70.4, 330, 10.9, 10.6, 0, "Laid out two sensor boards");
  add_line_full (lines, 0, 70.4, 380, 10.9, 10.6, 0, "Tested the arm against its calibration plates");
  add_line_full (lines, 0, 70.4, 300, 10.9, 10.6, 0, "Documented the wiring harness");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Wrote the motor drivers of a pipetting arm in C\n"
                   "Laid out two sensor boards\n"
                   "Tested the arm against its calibration plates\n"
                   "Documented the wiring harness\n");
}

/* Tasks spaced apart one a line under a job, then a volunteer's role
 * whose two tasks are sentences that wrap, spaced apart as the job's
 * tasks were, their wrapped lines close: two items, each whole. */
static void
test_wrapped_tasks_spaced_as_before (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 103, 508, 20.7, 0, 0, "ROSALIND OKAFOR-BRANDT");
  add_line_full (lines, 0, 178, 430, 10.9, 13.9, 0, "rosalind.ob@example.ca");
  add_line_full (lines, 0, 54, 138, 10.9, 19.6, 0, "SUMMARY");
  add_line_full (lines, 0, 70.4, 556, 10.9, 11, 0, "Engineering student who likes to take a machine from its first sketch to a");
  add_line_full (lines, 0, 70.4, 555, 10.9, 3.9, 0, "working prototype, with a taste for motors, sensors and the firmware that");
  add_line_full (lines, 0, 70.4, 240, 10.9, 3.9, 0, "ties them together.");
  add_line_full (lines, 0, 54, 138, 10.9, 16.6, 0, "EXPERIENCE");
  add_line_full (lines, 0, 70.4, 558, 10.9, 11, 0, "Halvorsen Robotics\tMarch 2023 - June 2023")->tab_x = 430;
  add_line_full (lines, 0, 70.4, 440, 10.9, 10.6, 0, "Wrote the motor drivers of a pipetting arm in C");
  add_line_full (lines, 0, 70.4, 330, 10.9, 10.6, 0, "Laid out two sensor boards");
  add_line_full (lines, 0, 70.4, 380, 10.9, 10.6, 0, "Tested the arm against its calibration plates");
  add_line_full (lines, 0, 54, 138, 10.9, 16.6, 0, "VOLUNTEERING");
  add_line_full (lines, 0, 70.4, 558, 10.9, 11, 0, "Campus Rover Club - Mentor\tSep 2021 - Feb 2022")->tab_x = 430;
  add_line_full (lines, 0, 70.4, 558, 10.9, 10.6, 0, "The club builds a small rover every year for a contest between the schools of");
  add_line_full (lines, 0, 70.4, 240, 10.9, 3.9, 0, "the province, in teams of six.");
  add_line_full (lines, 0, 70.4, 557, 10.9, 10.6, 0, "Coached the first-year team on soldering and motor control until their rover");
  add_line_full (lines, 0, 70.4, 300, 10.9, 3.9, 0, "finished third of twelve.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets,
                            "The club builds a small rover every year for a contest between the schools of "
                            "the province, in teams of six.\n"
                            "Coached the first-year team on soldering and motor control until their rover "
                            "finished third of twelve.\n"));
  entry = entry_at (document, VITAE_SECTION_VOLUNTEER, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* A narrow column's projects, right under their heading, with no title
 * of their own: each a phrase wrapped onto a second line, the two spaced
 * further apart than their lines: two items, each whole. */
static void
test_spaced_projects_without_titles (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 315, 484, 32, 0, VITAE_TEXT_LINE_BOLD, "TOMASZ");
  add_line_full (lines, 0, 39.4, 106, 11.7, 68, 0, "ABOUT ME");
  add_line_full (lines, 0, 39.4, 195, 7.8, 5.9, 0, "I am a patient person and I like to");
  add_line_full (lines, 0, 39.4, 176, 7.8, 2.8, 0, "learn from people who know more than");
  add_line_full (lines, 0, 39.4, 190, 7.8, 2.8, 0, "I do. I keep my promises and I am not");
  add_line_full (lines, 0, 39.4, 183, 7.8, 2.8, 0, "afraid of a long task done with care.");
  add_line_full (lines, 0, 39.4, 150, 7.8, 2.8, 0, "E-mail: tomasz@example.pl");
  add_line_full (lines, 0, 39.4, 172, 11.7, 30, 0, "SELECTED PROJECTS");
  add_line_full (lines, 0, 39.4, 165, 7.8, 6, 0, "Library catalogue (python , django");
  add_line_full (lines, 0, 39.4, 166, 7.8, 2.7, 0, "and celery, database: Postgres)");
  add_line_full (lines, 0, 39.4, 170, 7.8, 5.5, 0, "Weather station dashboard");
  add_line_full (lines, 0, 39.4, 201, 7.8, 2.7, 0, "(Kotlin, Ktor, database: SQLite)");
  add_line_full (lines, 0, 39.4, 106, 11.7, 35, 0, "INTERESTS");
  add_line_full (lines, 0, 39.4, 102, 7.8, 5.9, 0, "Sailing");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Library catalogue (python , django and celery, database: Postgres)\n"
                   "Weather station dashboard (Kotlin, Ktor, database: SQLite)\n");
}

/* Entries whose dates stand in a column at the left, their text
 * indented from there: a job's title over two tasks one a line, each a
 * phrase, right above the next job; a school's title over its two lines,
 * which stay the school's; and, under a heading the import does not
 * know, a dated title over three phrases one a line. The tasks and the
 * phrases are items. */
static void
test_short_runs_of_dated_entries (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 57, 300, 22, 0, VITAE_TEXT_LINE_BOLD, "Maelle Quintard");
  add_line_full (lines, 0, 57, 250, 12, 8, 0, "maelle.quintard@example.fr");
  add_line_full (lines, 0, 57, 281, 23, 40, 0, "Work history");
  add_line_full (lines, 0, 57, 500, 12, 3, 0, "2023-2024\tHarbour Kids Club - Leader of the coding workshops")->tab_x = 129;
  add_line_full (lines, 0, 129, 420, 11, 2, 0, "Games with block programming for pupils of eight and nine");
  add_line_full (lines, 0, 129, 455, 11, 2, 0, "Small web pages in HTML with the older pupils after class");
  add_line_full (lines, 0, 57, 365, 12, 14, 0, "2019-2022\tPrivate lessons in physics")->tab_x = 129;
  add_line_full (lines, 0, 129, 500, 12, 2, 0, "Weekly lessons for three pupils over several school years");
  add_line_full (lines, 0, 57, 269, 23, 25, 0, "Education");
  add_line_full (lines, 0, 57, 250, 12, 3, 0, "2018-2023\tSchool of Engineering of Brest")->tab_x = 129;
  add_line_full (lines, 0, 129, 470, 10, 3, 0, "Public school of engineering with a year of work placements");
  add_line_full (lines, 0, 129, 498, 11, 2, 0, "Major in embedded systems and a minor in signal processing");
  add_line_full (lines, 0, 57, 246, 23, 31, 0, "Stage and screen");
  add_line_full (lines, 0, 57, 423, 12, 2, 0, "2024\tLight show for the summer festival of the old port")->tab_x = 129;
  add_line_full (lines, 0, 129, 513, 10, 3, 0, "Lights driven by a small program that follows the beat of the music");
  add_line_full (lines, 0, 129, 529, 10, 3, 0, "Shown in June 2024 on the quay for three evenings in a row");
  add_line_full (lines, 0, 129, 442, 10, 3, 0, "Shown again in the autumn at the town hall of Morlaix");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Games with block programming for pupils of eight and nine\n"
                   "Small web pages in HTML with the older pupils after class\n"
                   "Lights driven by a small program that follows the beat of the music\n"
                   "Shown in June 2024 on the quay for three evenings in a row\n"
                   "Shown again in the autumn at the town hall of Morlaix\n");
}

/* A degree's courses in two columns, each row's first course marked and
 * the second not, the second at the same tab stop on every row: one
 * item a course. */
static void
test_grid_of_courses (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 170, 380, 20, 0, VITAE_TEXT_LINE_BOLD, "Tobiah Lindqvist");
  add_line_full (lines, 0, 170, 300, 9, 8, 0, "tobiah.lindqvist@example.se");
  add_line_full (lines, 0, 170, 260, 12, 14, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 170, 400, 9, 5, VITAE_TEXT_LINE_BOLD, "Bachelor of Information Systems");
  add_line_full (lines, 0, 170, 330, 9, 3, 0, "Lakeside Polytechnic");
  add_line_full (lines, 0, 170, 540, 9, 3, 0, "09/2020 - 06/2024\tGothenburg")->tab_x = 480;
  add_line_full (lines, 0, 172, 480, 9, 4, 0, "\u2022 Relational Data Bases\tOperating Systems Basics")->tab_x = 388;
  add_line_full (lines, 0, 172, 500, 9, 5, 0, "\u2022 Computer Networks\tCompilers and Languages")->tab_x = 388;
  add_line_full (lines, 0, 172, 520, 9, 5, 0, "\u2022 Project Management\tSecurity of Systems")->tab_x = 388;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets,
                            "Relational Data Bases\n"
                            "Operating Systems Basics\n"
                            "Computer Networks\n"
                            "Compilers and Languages\n"
                            "Project Management\n"
                            "Security of Systems\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-phrases/phrases-under-dates", test_phrases_under_dates);
  g_test_add_func ("/import-phrases/indented-phrases-under-lead-in", test_indented_phrases_under_lead_in);
  g_test_add_func ("/import-phrases/paragraph-of-names-stays", test_paragraph_of_names_stays);
  g_test_add_func ("/import-phrases/field-close-over-spaced-tasks", test_field_close_over_spaced_tasks);
  g_test_add_func ("/import-phrases/wrapped-tasks-spaced-as-before", test_wrapped_tasks_spaced_as_before);
  g_test_add_func ("/import-phrases/spaced-projects-without-titles", test_spaced_projects_without_titles);
  g_test_add_func ("/import-phrases/short-runs-of-dated-entries", test_short_runs_of_dated_entries);
  g_test_add_func ("/import-phrases/grid-of-courses", test_grid_of_courses);
  return g_test_run ();
}
