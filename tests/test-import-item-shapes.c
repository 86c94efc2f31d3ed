/* test-import-item-shapes.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The shapes of imported PDFs' list items met in real resumes, as their
 * lines come from the reader, in our own words: an emoji after an item's
 * mark; an item's dates at the right of its last line; items one a line
 * under an entry whose span runs on to now; items marked by an icon
 * font, a label over its description or a line wrapped at a capital,
 * their wrapped lines as far apart as the items, back at the column's
 * edge, or closer than the items after a sentence's end; a line
 * wrapped after a little word that ends after a wide gap. */

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

/* Projects marked by an icon font's glyph (the reader leaves it out,
 * so each line starts where the text does), each a label in bold, even a
 * word alone ("Kiln:"), with its description right under it, a few
 * sentences, and its tags set smaller below: each is one item, the
 * label and its description. */
static void
test_label_items_under_icon (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  guint icon_bold = VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_BOLD;

  add_line_full (lines, 0, 52, 200, 17, 0, VITAE_TEXT_LINE_BOLD, "Lin Yuchen");
  add_line_full (lines, 0, 52, 400, 10, 3, 0, "lin.yuchen@example.org");
  add_line_full (lines, 0, 66, 234, 14.3, 23.7, VITAE_TEXT_LINE_BOLD, "Side Projects");
  add_line_full (lines, 0, 62.4, 110, 10, 8.4, icon_bold, "Kiln:");
  add_line_full (lines, 0, 62.1, 554, 10, 0.9, 0,
                 "A small kernel for learning how x86 boots, with a scheduler and drivers for the timer and the disk.");
  add_line_full (lines, 0, 62.4, 380, 10, 0.9, 0, "Written over two summers, tested on real boards.");
  add_line_full (lines, 0, 83.7, 300, 8, 7.3, 0, "C Assembly Kernel");
  add_line_full (lines, 0, 62.4, 234, 10, 12.2, icon_bold, "Air Watch (course work):");
  add_line_full (lines, 0, 62.1, 554, 10, 0.9, 0,
                 "A sensor box that reports the room's air over MQTT, with a web page to read it and an alarm when");
  add_line_full (lines, 0, 62.4, 285, 10, 0.9, 0, "the air turns bad.");
  add_line_full (lines, 0, 83.7, 220, 8, 7.3, 0, "C Embedded MQTT");
  add_line_full (lines, 0, 62.4, 164, 10, 12.2, icon_bold, "Tally:");
  add_line_full (lines, 0, 62.1, 554, 10, 0.9, 0, "A command-line counter of words in Rust, fast on large folders.");
  add_line_full (lines, 0, 62.4, 385, 10, 0.9, 0, "Includes a watch mode for files that change.");
  add_line_full (lines, 0, 83.7, 148, 8, 7.1, 0, "Rust Tool");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Kiln: A small kernel for learning how x86 boots, with a scheduler and drivers for the timer and "
                   "the disk. Written over two summers, tested on real boards.\n"
                   "Air Watch (course work): A sensor box that reports the room's air over MQTT, with a web page to "
                   "read it and an alarm when the air turns bad.\n"
                   "Tally: A command-line counter of words in Rust, fast on large folders. Includes a watch mode for "
                   "files that change.\n");
}

/* Items marked by an icon font's glyph, their lines wrapped right under
 * their text and spaced wider than the page's paragraphs: a line that
 * starts with a capital under a first line that filled its column
 * without ending a sentence ("… written in Java" / "FX. It …") goes on
 * with the item. */
static void
test_icon_item_wraps_at_capital (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 52, 200, 17, 0, VITAE_TEXT_LINE_BOLD, "Lin Yuchen");
  add_line_full (lines, 0, 52, 400, 10, 3, 0, "lin.yuchen@example.org");
  add_line_full (lines, 0, 66, 234, 14.3, 23.7, VITAE_TEXT_LINE_BOLD, "Projects");
  add_line_full (lines, 0, 141.5, 400, 10, 10, VITAE_TEXT_LINE_BOLD, "Booking Desk for a Sailing School");
  add_line_full (lines, 0, 141.5, 547, 10, 0.9, 0,
                 "A freelance project, kept up in my spare time. It books the courses and keeps the boats' logs,");
  add_line_full (lines, 0, 141.5, 547, 10, 0.9, 0,
                 "sends the sailors their reminders and prints the instructors' weekly plans for the harbour.");
  add_line_full (lines, 0, 141.5, 300, 10, 0.9, 0, "It is still in use.");
  add_line_full (lines, 0, 161.5, 490, 10, 6, VITAE_TEXT_LINE_ICON, "Used Django and its REST Framework for the backend");
  add_line_full (lines, 0, 161.5, 547.2, 10, 3.8, VITAE_TEXT_LINE_ICON,
                 "Wrote the check-in kiosk for the harbour office's card reader in Java");
  add_line_full (lines, 0, 161.5, 547.2, 10, 3.8, 0, "FX. It talks to the booking desk and to the harbour's own system");
  add_line_full (lines, 0, 161.5, 440, 10, 3.8, 0, "for the berths.");
  add_line_full (lines, 0, 161.5, 549, 10, 3.8, VITAE_TEXT_LINE_ICON, "Packed the whole project in containers");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Used Django and its REST Framework for the backend\n"
                   "Wrote the check-in kiosk for the harbour office's card reader in Java FX. It talks to the booking "
                   "desk and to the harbour's own system for the berths.\n"
                   "Packed the whole project in containers\n");
}

/* Items marked by an icon font's glyph in a document set with wide
 * leading (a word processor's one and a half lines): the lines of the
 * page stand as far apart as its items, more than half an em (a few
 * lines, whose glyphs the reader boxes taller, measured closer), and an
 * item's wrapped lines, in lower case or at a capital, however many, go
 * on with it: a list never sets its wrapped lines further apart than
 * its items. */
static void
test_icon_item_wraps_as_spaced_as_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 36, 150, 16, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 36, 400, 11, 3.4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 36, 170, 11, 13.5, VITAE_TEXT_LINE_BOLD, "RESEARCH EXPERIENCE");
  add_line_full (lines, 0, 36, 330, 11, 5.7, VITAE_TEXT_LINE_BOLD, "Mapping River Banks from a Small Boat");
  add_line_full (lines, 0, 36, 380, 11, 3.4, VITAE_TEXT_LINE_ITALIC, "Supervisor: Ada Moreno, Professor of Hydrology");
  add_line_full (lines, 0, 57, 559, 11, 3.4, VITAE_TEXT_LINE_ICON,
                 "Built a survey rig from a sonar, a satellite receiver and a small computer, including the");
  add_line_full (lines, 0, 57, 260, 11, 5.7, 0, "mounts, the cables and the housing");
  add_line_full (lines, 0, 57, 500, 11, 5.7, VITAE_TEXT_LINE_ICON, "Measured the depth of four rivers over two summers with the team");
  add_line_full (lines, 0, 57, 558, 11, 5.7, VITAE_TEXT_LINE_ICON,
                 "Wrote the programs that clean the soundings, merge them with the positions and draw the");
  add_line_full (lines, 0, 57, 556, 11, 5.7, 0,
                 "Banks as maps that the town's planners use every spring to decide, with the");
  add_line_full (lines, 0, 57, 300, 11, 5.7, 0, "River Board, where the new flood walls stand");
  add_line_full (lines, 0, 57, 420, 11, 3.4, VITAE_TEXT_LINE_ICON, "Presented the maps at the regional water meeting");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Built a survey rig from a sonar, a satellite receiver and a small computer, including the mounts, "
                   "the cables and the housing\n"
                   "Measured the depth of four rivers over two summers with the team\n"
                   "Wrote the programs that clean the soundings, merge them with the positions and draw the Banks as "
                   "maps that the town's planners use every spring to decide, with the River Board, where the new flood "
                   "walls stand\n"
                   "Presented the maps at the regional water meeting\n");
}

/* An item marked by an icon font's glyph, its text indented after the
 * glyph, its wrapped lines back at the column's edge where the entries'
 * titles stand (a word processor's bullet set as a first line's
 * indent): they go on with the item, as close under it as a paragraph's
 * lines; the next entry's title, after a clear space, does not. */
static void
test_icon_item_wraps_back_to_edge (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 156, 330, 15, 0, 0, "Rosa Lindqvist Barros");
  add_line_full (lines, 0, 156, 460, 10, 2, 0, "Mobile: +46 70 555 0182 | E-mail: rosa.barros@example.org");
  add_line_full (lines, 0, 56.6, 224, 12, 28, 0, "EMPLOYMENT HISTORY");
  add_line_full (lines, 0, 56.6, 480, 10, 12, 0, "CLAIMS HANDLER AT NORRHAMN INSURANCE GROUP");
  add_line_full (lines, 0, 56.6, 238, 10, 0, 0, "March 2012 – May 2016");
  add_line_full (lines, 0, 92, 538.4, 10, 0.1, VITAE_TEXT_LINE_ICON,
                 "As claims handler, my main task was to settle the claims of private customers,");
  add_line_full (lines, 0, 56.6, 538.5, 10, 0, 0,
                 "from the first call to the payment, and to train the new colleagues of the team in the");
  add_line_full (lines, 0, 56.6, 150, 10, 0, 0, "rules of the house.");
  add_line_full (lines, 0, 56.6, 420, 10, 6, 0, "TEAM LEADER AT NORRHAMN INSURANCE GROUP");
  add_line_full (lines, 0, 56.6, 200, 10, 6, 0, "May 2016 – June 2020");
  add_line_full (lines, 0, 92, 538.4, 10, 6, VITAE_TEXT_LINE_ICON,
                 "As team leader I was in charge of eight claims handlers, and my main task was to");
  add_line_full (lines, 0, 56.6, 300, 10, 0, 0, "plan their work and check their files.");
  add_line_full (lines, 0, 56.6, 107, 12, 28, 0, "SKILLS");
  add_line_full (lines, 0, 92, 260, 10, 12, VITAE_TEXT_LINE_ICON, "Careful reading of contracts");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "As claims handler, my main task was to settle the claims of private customers, from the first "
                   "call to the payment, and to train the new colleagues of the team in the rules of the house.\n"
                   "As team leader I was in charge of eight claims handlers, and my main task was to plan their "
                   "work and check their files.\n"
                   "Careful reading of contracts\n");
}

/* Items marked by an icon font's glyph (moderncv's, read as a letter of
 * a symbol font), their lines right under their text and closer to each
 * other than the items stand apart: the lines of an item go on with it
 * after a sentence's end or a short line, and a web address broken after
 * its scheme goes on with its item too, not the entry's. */
static void
test_icon_item_closer_than_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 74, 315, 35.7, 0, 0, "Ilya Sorokin");
  add_line_full (lines, 0, 411, 517, 10.9, 4, VITAE_TEXT_LINE_ICON, "ilya.sorokin@example.org");
  add_line_full (lines, 0, 152.1, 337, 17.2, 57.8, 0, "Internships");
  add_line_full (lines, 0, 162.2, 521, 12, 9, VITAE_TEXT_LINE_ICON,
                 "Completed an internship at the river port's office, on two of its");
  add_line_full (lines, 0, 162.7, 522, 12, 3.9, 0, "tracks, \"pilotage\" and \"dredging\" (https://");
  add_line_full (lines, 0, 162.7, 282, 12, 4.8, 0, "example.org/interns/).");
  add_line_full (lines, 0, 162.7, 520, 12, 3.6, 0, "The internship covered charts, tides and the rules of the harbour");
  add_line_full (lines, 0, 162.7, 200, 12, 3.9, 0, "master.");
  add_line_full (lines, 0, 162.2, 450, 12, 6.9, VITAE_TEXT_LINE_ICON, "Followed a course on SQL with weekly exercises.");
  add_line_full (lines, 0, 152.1, 285, 17.2, 13.7, 0, "Skills");
  add_line_full (lines, 0, 162.2, 305, 12, 6.9, VITAE_TEXT_LINE_ICON, "Fluent in Python.");
  add_line_full (lines, 0, 162.7, 521, 12, 3.8, 0, "Used numpy, pandas and matplotlib every day. Familiar with");
  add_line_full (lines, 0, 162.7, 357, 12, 3.8, 0, "object-oriented design and use it at work.");
  add_line_full (lines, 0, 162.7, 521, 12, 5.7, VITAE_TEXT_LINE_ICON,
                 "Know the basics of neural networks that segment images. Built a");
  add_line_full (lines, 0, 162.7, 370, 12, 3.8, 0, "network that segments road scenes (course work):");
  add_line_full (lines, 0, 162.7, 433, 12, 4.8, 0, "https://example.org/roadseg");
  add_line_full (lines, 0, 162.7, 351, 12, 5.7, VITAE_TEXT_LINE_ICON, "Know the basics of PHP.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Completed an internship at the river port's office, on two of its tracks, \"pilotage\" and "
                   "\"dredging\" (https://example.org/interns/). The internship covered charts, tides and the rules "
                   "of the harbour master.\n"
                   "Followed a course on SQL with weekly exercises.\n"
                   "Fluent in Python. Used numpy, pandas and matplotlib every day. Familiar with object-oriented "
                   "design and use it at work.\n"
                   "Know the basics of neural networks that segment images. Built a network that segments road "
                   "scenes (course work): https://example.org/roadseg\n"
                   "Know the basics of PHP.\n");
}

/* Projects' items marked "○", the last item of one wrapped after a
 * little word ("… the boats' positions using") onto a line under its
 * text that ends in the project's name after a wide gap ("Kalman
 * Filters <tab> (Tide-Track)"): the line goes on with the item, its name
 * too, rather than becoming the entry's summary. */
static void
test_wrap_with_gap_after_little_word (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 59.5, 300, 20, 0, VITAE_TEXT_LINE_BOLD, "Ingrid Solheim Dahl");
  add_line_full (lines, 0, 59.5, 400, 10, 6, 0, "ingrid.dahl@example.no	+47 555 01 234")->tab_x = 300;
  add_line_full (lines, 0, 59.5, 200, 14.3, 14.8, VITAE_TEXT_LINE_BOLD, "Projects");
  add_line_full (lines, 0, 59.5, 535.7, 10.9, 12.1, VITAE_TEXT_LINE_BOLD, "Harbour Lab\tBergen, Norway")->tab_x = 470;
  add_line_full (lines, 0, 488.5, 535.7, 10.9, 3.9, VITAE_TEXT_LINE_ITALIC, "2019-2020");
  add_line_full (lines, 0, 59.8, 400, 10, 4.4, 0, "\u25cb\tBuilt a tracker for the small boats of the harbour");
  add_line_full (lines, 0, 59.8, 380, 10, 3.1, 0, "\u25cb\tWorked in a team of four students and one teacher");
  add_line_full (lines, 0, 59.8, 535.7, 10, 3.1, 0,
                 "\u25cb\tSmoothed the noisy readings of the boats' positions with a model of their motion using");
  add_line_full (lines, 0, 70.4, 273.1, 10, 3.1, 0, "Kalman Filters\t(Tide-Track)")->tab_x = 200;
  add_line_full (lines, 0, 59.5, 535.7, 10.9, 15.7, VITAE_TEXT_LINE_BOLD, "Fjord College\tBergen, Norway")->tab_x = 470;
  add_line_full (lines, 0, 488.5, 535.7, 10.9, 3.9, VITAE_TEXT_LINE_ITALIC, "2017-2019");
  add_line_full (lines, 0, 59.8, 283.4, 10, 4.4, 0, "\u25cb\tWrote a parser for weather reports");
  add_line_full (lines, 0, 59.8, 248.1, 10, 3.1, 0, "\u25cb\tDrew maps of the seabed from soundings");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Built a tracker for the small boats of the harbour\n"
                   "Worked in a team of four students and one teacher\n"
                   "Smoothed the noisy readings of the boats' positions with a model of their motion using Kalman "
                   "Filters (Tide-Track)\n"
                   "Wrote a parser for weather reports\n"
                   "Drew maps of the seabed from soundings\n");
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
  g_test_add_func ("/import-item-shapes/label-items-under-icon", test_label_items_under_icon);
  g_test_add_func ("/import-item-shapes/icon-item-wraps-at-capital", test_icon_item_wraps_at_capital);
  g_test_add_func ("/import-item-shapes/icon-item-wraps-as-spaced-as-items", test_icon_item_wraps_as_spaced_as_items);
  g_test_add_func ("/import-item-shapes/icon-item-wraps-back-to-edge", test_icon_item_wraps_back_to_edge);
  g_test_add_func ("/import-item-shapes/icon-item-closer-than-items", test_icon_item_closer_than_items);
  g_test_add_func ("/import-item-shapes/wrap-with-gap-after-little-word", test_wrap_with_gap_after_little_word);
  return g_test_run ();
}
