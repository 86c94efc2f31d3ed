/* test-import-item-shapes.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The shapes of imported PDFs' list items met in real resumes, as their
 * lines come from the reader, in our own words: an emoji after an item's
 * mark; an item's dates at the right of its last line; items one a line
 * under an entry whose span runs on to now. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Certificates marked "•", the first two with a star emoji glued to
 * their text as well ("• ⭐Data Basics …"): the star is a second mark,
 * no part of the item's text. */
static void
test_emoji_after_mark (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 150, 450, 16, 0, VITAE_TEXT_LINE_BOLD, "Marta Quiroga Lenz");
  add_line_full (lines, 0, 120, 480, 10, 2, 0, "marta.quiroga@example.org | +54 11 5555-0101");
  add_line_full (lines, 0, 61, 200, 11, 14, VITAE_TEXT_LINE_BOLD, "CERTIFICATIONS");
  add_line_full (lines, 0, 72, 330, 9.6, 5, 0, "• ⭐Data Basics for Planners – Open Academy (2024)");
  add_line_full (lines, 0, 72, 230, 9.6, 1.6, 0, "• ⭐\ufe0fSafe Lifting – City Institute (2023)");
  add_line_full (lines, 0, 72, 220, 9.6, 4.6, 0, "• Spreadsheets – Night School (2022)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Data Basics for Planners – Open Academy (2024)\n"
                   "Safe Lifting – City Institute (2023)\n"
                   "Spreadsheets – Night School (2022)\n");
}

/* Courses as items under one heading, each a bold first line and a
 * bracketed list of topics wrapped under its text, the course's month at
 * the right of its last line after a wide gap: the month is no part of
 * the item, and the line goes on with it however it is cut. So does a
 * degree's second line that carries the years, and the grade under it. */
static void
test_dates_right_of_last_line (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 132, 480, 18, 0, VITAE_TEXT_LINE_BOLD, "Karim Farouk Selim");
  add_line_full (lines, 0, 59, 135, 11, 9, 0, "Tanta, Egypt");
  add_line_full (lines, 0, 59, 173, 11, 2, 0, "karim.selim@example.org");
  add_line_full (lines, 0, 36, 124, 14, 8, VITAE_TEXT_LINE_BOLD, "INTERNSHIPS");
  add_line_full (lines, 0, 54, 400, 11, 9, VITAE_TEXT_LINE_BOLD, "•\tFinished the routing course at the Delta Training Centre.");
  add_line_full (lines, 0, 72, 570, 11, 0.8, 0,
                 "[Static routes - Link-state protocols - Address planning - Access lists and the tables they");
  add_line_full (lines, 0, 72, 574, 11, 0.8, 0, "use - Tunnels].\t(May 2021)")->tab_x = 521;
  add_line_full (lines, 0, 54, 520, 11, 1.1, VITAE_TEXT_LINE_BOLD,
                 "•\tTrained in storage systems at the Delta Training Centre (DTC).");
  add_line_full (lines, 0, 72, 564, 11, 0.8, 0,
                 "[Disks and arrays - Backups and restores - Shared folders – Quotas for the users of a");
  add_line_full (lines, 0, 72, 574, 11, 0.8, 0, "team].\t(Aug 2021)")->tab_x = 524;
  add_line_full (lines, 0, 54, 460, 11, 1.1, VITAE_TEXT_LINE_BOLD, "•\tStudied office networks on my own.");
  add_line_full (lines, 0, 72, 575, 11, 0.8, 0, "[Cabling - Printers on a network - Installing systems]\t(Mar 2022)")->tab_x = 525;
  add_line_full (lines, 0, 54, 305, 11, 0.9, VITAE_TEXT_LINE_BOLD, "•\tStudied network security basics.");
  add_line_full (lines, 0, 72, 574, 11, 0.8, 0, "[Threats - Policies - Firewalls – Kinds of attack]\t(Apr 2022)");
  add_line_full (lines, 0, 36, 113, 14, 23, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 54, 552, 11, 9, VITAE_TEXT_LINE_BOLD,
                 "•\tBachelor’s degree in electronics and communications, Faculty of Engineering,");
  add_line_full (lines, 0, 72, 574, 11, 0.8, VITAE_TEXT_LINE_BOLD, "Tanta University.\t(2017-June 2022)")->tab_x = 494;
  add_line_full (lines, 0, 72, 250, 11, 0.8, 0, "Overall grade : “Good” (2.9)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Finished the routing course at the Delta Training Centre. [Static routes - Link-state protocols - "
                   "Address planning - Access lists and the tables they use - Tunnels].\n"
                   "Trained in storage systems at the Delta Training Centre (DTC). [Disks and arrays - Backups and "
                   "restores - Shared folders – Quotas for the users of a team].\n"
                   "Studied office networks on my own. [Cabling - Printers on a network - Installing systems]\n"
                   "Studied network security basics. [Threats - Policies - Firewalls – Kinds of attack]\n"
                   "Bachelor’s degree in electronics and communications, Faculty of Engineering, Tanta University. "
                   "Overall grade : “Good” (2.9)\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_EDUCATION, 0)), "start"), ==,
                   "2017");
}

/* A sidebar beside the entries, each entry's employer and its dates
 * ("… <tab> March 2019-Currently") over its role, then its duties one a
 * line without marks: each line is an item, under the first entry too,
 * whose span runs on to now. */
static void
test_one_a_line_after_current_span (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 196, 541, 45, 0, VITAE_TEXT_LINE_BOLD, "TOMASZ WRONA");
  add_line_full (lines, 0, 200, 264, 16, 3.8, 0, "601 222 333");
  add_line_full (lines, 0, 200, 372, 16, 0.1, 0, "tomasz.wrona@example.pl");
  add_line_full (lines, 0, 90, 124, 18, 41, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 36, 80, 12, 6.8, 0, "Inkscape");
  add_line_full (lines, 0, 36, 80, 12, 0.1, 0, "Blender");
  add_line_full (lines, 0, 81, 132, 18, 240, VITAE_TEXT_LINE_BOLD, "Hobbies");
  add_line_full (lines, 0, 36, 69, 12, 14.7, 0, "Sailing");
  add_line_full (lines, 0, 36, 69, 12, 0.1, 0, "Chess");
  add_line_full (lines, 0, 344, 415, 18, 0, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 206, 553, 16, 8.1, 0, "Kodowisko\tMarch 2019-Currently")->tab_x = 440;
  add_line_full (lines, 0, 206, 276, 14, 0.3, 0, "Team Lead");
  add_line_full (lines, 0, 206, 330, 12, 7.5, 0, "Planning the team's sprints");
  add_line_full (lines, 0, 206, 313, 12, 0.1, 0, "Hiring new developers");
  add_line_full (lines, 0, 206, 352, 12, 0.1, 0, "Reviewing the team's designs");
  add_line_full (lines, 0, 206, 553, 16, 25.4, 0, "Sklepik\tMay 2016-February 2019")->tab_x = 445;
  add_line_full (lines, 0, 206, 292, 14, 0.3, 0, "Web Developer");
  add_line_full (lines, 0, 206, 468, 12, 7.5, 0, "Building the checkout and the pages of the shop's offers");
  add_line_full (lines, 0, 206, 355, 12, 0.1, 0, "Keeping the servers up");
  add_line_full (lines, 0, 206, 321, 12, 0.1, 0, "Moving the shop to a new host");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Planning the team's sprints\n"
                   "Hiring new developers\n"
                   "Reviewing the team's designs\n"
                   "Building the checkout and the pages of the shop's offers\n"
                   "Keeping the servers up\n"
                   "Moving the shop to a new host\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2019-03");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-shapes/emoji-after-mark", test_emoji_after_mark);
  g_test_add_func ("/import-item-shapes/dates-right-of-last-line", test_dates_right_of_last_line);
  g_test_add_func ("/import-item-shapes/one-a-line-after-current-span", test_one_a_line_after_current_span);
  return g_test_run ();
}
