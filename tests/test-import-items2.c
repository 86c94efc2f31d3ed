/* test-import-items2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items and headings of imported PDFs in layouts met in real
 * resumes, as their lines come from the reader, in our own words: a
 * word broken at a soft hyphen, a heading the vocabulary does not know
 * set as the known ones are, items without marks told apart by space or
 * nested by indent, a subheading under an item, items marked by dashes
 * run together in one paragraph, hanging items led by bold words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Typst breaks a long word at a soft hyphen (U+00AD) that it leaves at
 * the line's end: the word is whole again, without it. */
static void
test_soft_hyphen (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 300, 24, 0, 0, "Irma Lindqvist");
  add_line_full (lines, 0, 40, 200, 9, 2, 0, "irma.lindqvist@example.org");
  add_line_full (lines, 0, 40, 140, 16, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 40, 560, 12, 3, VITAE_TEXT_LINE_BOLD, "Tide gauge analyst, Harbour Office");
  add_line_full (lines, 0, 40, 570, 10, 1, 0, "•\tCompared the readings of nine gauges against the hourly weather obser\u00ad");
  add_line_full (lines, 0, 49, 120, 10, -1, 0, "vations of the coast.");
  add_line_full (lines, 0, 40, 400, 10, -1, 0, "•\tWrote the monthly summary for the pilots.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Compared the readings of nine gauges against the hourly weather observations of the coast.\n"
                   "Wrote the monthly summary for the pilots.\n");
}

/* A heading whose words name no known section ("Selected Honours"), set
 * in the size, weight and left edge of the known headings and with as
 * little space above it as they have: a section of its own, not a group
 * of the skills above it. */
static void
test_styled_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  add_line_full (lines, 0, 130, 360, 30, 0, 0, "Oskar Ventura");
  add_line_full (lines, 0, 150, 350, 9, 2, 0, "oskar.ventura@example.org");
  add_line_full (lines, 0, 40, 140, 16, 40, VITAE_TEXT_LINE_BOLD, "Education");
  add_line_full (lines, 0, 40, 560, 12, 0, VITAE_TEXT_LINE_BOLD, "Coastal University\tPorto");
  add_line_full (lines, 0, 40, 560, 10, 0, 0, "Bachelor of Oceanography\tSeptember 2021 — June 2025");
  add_line_full (lines, 0, 40, 100, 16, 10, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 40, 270, 11, 0, VITAE_TEXT_LINE_BOLD, "Languages\tPython, R, SQL");
  add_line_full (lines, 0, 40, 370, 11, 1, 0, "Tools\tGit, QGIS, Jupyter");
  add_line_full (lines, 0, 40, 210, 16, 9, VITAE_TEXT_LINE_BOLD, "Selected Honours");
  add_line_full (lines, 0, 40, 200, 12, -2, VITAE_TEXT_LINE_BOLD, "Teaching");
  add_line_full (lines, 0, 40, 400, 11, -2, 0, "•\tTutor of the first-year statistics course");
  add_line_full (lines, 0, 51, 300, 11, -1, 0, "‣ Recorded lectures on sampling: (video)");
  add_line_full (lines, 0, 40, 110, 16, 9, VITAE_TEXT_LINE_BOLD, "Projects");
  add_line_full (lines, 0, 40, 560, 12, 3, 0, "Tide model\tgithub.com/oskar/tides");
  add_line_full (lines, 0, 40, 330, 10, -1, 0, "•\tFitted a harmonic model to ten years of readings;");
  document = vitae_import_lines (lines, NULL);
  g_free (all_bullets (document));

  section = section_titled (document, "Selected Honours");
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Recorded lectures on sampling: (video)");
}

/* Known headings in capitals at the text's own size, further under the
 * line above than the entries' lines are ("EDUCATION", "RESEARCH
 * EXPERIENCE", "PUBLICATIONS"): a line in capitals so set and so spaced
 * is a heading too ("TEACHING", its posts no research's); an employer
 * in capitals close under the line above stays an entry's. */
static void
test_capital_headings_at_text_size (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;

  add_line_full (lines, 0, 200, 400, 20, 0, 0, "OSKAR VENTURA");
  add_line_full (lines, 0, 150, 450, 10, 10, 0, "Porto, Portugal oskar.ventura@example.org");
  add_line_full (lines, 0, 40, 110, 10, 15, 0, "EDUCATION");
  add_line_full (lines, 0, 40, 560, 10, 8, 0, "Master of Oceanography, Coastal University\t2021 – 2023");
  add_line_full (lines, 0, 40, 300, 10, 3, 0, "Thesis on the tides of the outer channel");
  add_line_full (lines, 0, 40, 180, 10, 13, 0, "RESEARCH EXPERIENCE");
  add_line_full (lines, 0, 40, 560, 10, 8, 0, "Tide gauges of the northern coast with Prof. Lind\t2022 – 2023");
  add_line_full (lines, 0, 50, 400, 10, 5, 0, "•\tCompared nine gauges against the weather records");
  add_line_full (lines, 0, 50, 400, 10, 3, 0, "•\tWrote the monthly tables for the pilots");
  add_line_full (lines, 0, 40, 160, 10, 8, 0, "HARBOUR OFFICE");
  add_line_full (lines, 0, 40, 560, 10, 3, 0, "Clerk of the tide tables\t2020 – 2021");
  add_line_full (lines, 0, 40, 140, 10, 13, 0, "TEACHING");
  add_line_full (lines, 0, 40, 560, 10, 8, 0, "Teaching assistant, Coastal University\t2021 – 2022");
  add_line_full (lines, 0, 50, 400, 10, 5, 0, "•\tRan the weekly sessions of the statistics course");
  add_line_full (lines, 0, 40, 140, 10, 13, 0, "PUBLICATIONS");
  add_line_full (lines, 0, 40, 560, 10, 20, 0, "O. Ventura, “Tides of the outer channel”, Coastal Letters, 2023.");
  document = vitae_import_lines (lines, NULL);
  g_free (all_bullets (document));

  section = section_titled (document, "Teaching");
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  g_assert_cmpstr (bullet_text (vitae_section_get_entry (section, 0), 0), ==,
                   "Ran the weekly sessions of the statistics course");
  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpuint (vitae_section_get_n_entries (section), >=, 2);
  for (guint i = 0; i < vitae_section_get_n_entries (section); i++)
    {
      const char *role = vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, i)), "role");

      g_assert_true (role == NULL || strstr (role, "Teaching") == NULL);
    }
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    g_assert_cmpstr (vitae_section_get_title (vitae_document_get_section (document, i)), !=, "Harbour Office");
}

/* A line set as the headings are but closer under the line above than
 * any of them (a project's name right under its heading) is no
 * heading. */
static void
test_styled_close_line (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 130, 360, 30, 0, 0, "Oskar Ventura");
  add_line_full (lines, 0, 150, 350, 9, 2, 0, "oskar.ventura@example.org");
  add_line_full (lines, 0, 40, 140, 16, 40, VITAE_TEXT_LINE_BOLD, "Education");
  add_line_full (lines, 0, 40, 560, 10, 0, 0, "Coastal University, Bachelor of Oceanography, 2021 - 2025");
  add_line_full (lines, 0, 40, 100, 16, 10, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 40, 270, 10, 0, 0, "Python, R, SQL, Git, QGIS");
  add_line_full (lines, 0, 40, 110, 16, 10, VITAE_TEXT_LINE_BOLD, "Projects");
  add_line_full (lines, 0, 40, 150, 16, 2, VITAE_TEXT_LINE_BOLD, "Tide Model");
  add_line_full (lines, 0, 40, 330, 10, 1, 0, "•\tFitted a harmonic model to ten years of readings");
  add_line_full (lines, 0, 40, 330, 10, 1, 0, "•\tPublished the tables for the harbour office");
  add_line_full (lines, 0, 40, 330, 10, 1, 0, "•\tChecked the model against the storm of 2023");
  document = vitae_import_lines (lines, NULL);
  g_free (all_bullets (document));

  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    g_assert_cmpstr (vitae_section_get_title (vitae_document_get_section (document, i)), !=, "Tide Model");
}

/* Entries' titles set as large as the headings, more of them than of
 * headings, are no headings. */
static void
test_titles_as_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;

  add_line_full (lines, 0, 130, 360, 30, 0, 0, "Oskar Ventura");
  add_line_full (lines, 0, 150, 350, 9, 2, 0, "oskar.ventura@example.org");
  add_line_full (lines, 0, 40, 140, 14, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 40, 200, 14, 6, VITAE_TEXT_LINE_BOLD, "Harbour Office");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "•\tKept the tide tables of four ports");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "•\tTrained two new clerks");
  add_line_full (lines, 0, 40, 200, 14, 6, VITAE_TEXT_LINE_BOLD, "River Authority");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "•\tMapped the flood plain of the lower valley");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "•\tChecked the dams after each storm");
  add_line_full (lines, 0, 40, 200, 14, 6, VITAE_TEXT_LINE_BOLD, "Coastal Survey");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "•\tSounded the depth of the outer channel");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "•\tDrew the charts of the harbour mouth");
  add_line_full (lines, 0, 40, 140, 14, 20, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 40, 400, 10, 1, 0, "Python, R, SQL, QGIS");
  document = vitae_import_lines (lines, NULL);
  g_free (all_bullets (document));

  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  g_assert_nonnull (section);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 3);
}

/* Certificates one a line without marks, in a sidebar, told apart by
 * the space between them: a wrapped line that starts with a capital,
 * close under the line above, goes on with it. */
static void
test_spaced_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 220, 440, 26, 0, 0, "Lene Sørhaug");
  add_line_full (lines, 0, 220, 400, 12, 4, 0, "lene.sorhaug@example.no");
  add_line_full (lines, 0, 22, 100, 13, 20, 0, "Certifications");
  add_line_full (lines, 0, 22, 185, 10, 10, 0, "Rust in practice: write your first");
  add_line_full (lines, 0, 22, 90, 10, 2.3, 0, "Web Service");
  add_line_full (lines, 0, 22, 180, 10, 10, 0, "Kotlin basics: classes, objects");
  add_line_full (lines, 0, 22, 120, 10, 2.3, 0, "and interfaces");
  add_line_full (lines, 0, 22, 175, 10, 10, 0, "SQL for analysts: joins and");
  add_line_full (lines, 0, 22, 110, 10, 2.3, 0, "window functions");
  add_line_full (lines, 0, 22, 160, 10, 10, 0, "Linux shell: the first steps");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Rust in practice: write your first Web Service\n"
                   "Kotlin basics: classes, objects and interfaces\n"
                   "SQL for analysts: joins and window functions\n"
                   "Linux shell: the first steps\n");
}

/* Items without marks told apart by space in entries of a section, the
 * last entry with two of them: the first one's wrapped line, close under
 * it, starts with a capital ("… the Harbour Office" / "Web Service, …").
 * Its own entry has one item set apart; the page's other entries have
 * more: the line goes on with its item. */
static void
test_spaced_items_two (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 200, 440, 22, 0, 0, "Sigrid Aasen");
  add_line_full (lines, 0, 200, 400, 9, 4, 0, "sigrid.aasen@example.no");
  add_line_full (lines, 0, 200, 300, 12, 12, 0, "EXPERIENCE");
  add_cells (lines, 200, 510, 575, 9, 7, VITAE_TEXT_LINE_BOLD, "Harbour Office - Intern\tJun. 2019 - Aug. 2019");
  add_line_full (lines, 0, 212, 560, 8, 5.5, 0, "Wrote a small service that reads the tide gauges every ten minutes and keeps");
  add_line_full (lines, 0, 212, 380, 8, 1, 0, "their readings for a whole year.");
  add_line_full (lines, 0, 212, 555, 8, 5.5, 0, "Drew the charts of the high waters for the pilots, who had asked for them on");
  add_line_full (lines, 0, 212, 330, 8, 1, 0, "paper as well.");
  add_line_full (lines, 0, 212, 540, 8, 5.5, 0, "Tested the alarms of the lock gates with the night watch every Friday.");
  add_line_full (lines, 0, 200, 300, 12, 9, 0, "PROJECTS");
  add_cells (lines, 200, 510, 575, 9, 7, VITAE_TEXT_LINE_BOLD, "tidal.example.no\tSep. 2019 - Oct. 2019");
  add_line_full (lines, 0, 212, 562, 8, 4.5, 0, "Built and hosted a page that shows the next high water of each quay of the Harbour");
  add_line_full (lines, 0, 212, 300, 8, 1, 0, "Office, with its lights.");
  add_line_full (lines, 0, 212, 520, 8, 5.5, 0, "Keeps a week of readings in a small database on the same server.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Built and hosted a page that shows the next high water of each quay of the "
                                     "Harbour Office, with its lights.\n"));
  g_assert_nonnull (strstr (bullets, "\nKeeps a week of readings in a small database on the same server.\n"));
}

/* Items without marks ("Project: …") with their details one a line,
 * indented deeper, as nested items: a detail under a project line that
 * fills the column is no wrapped line of it, since a detail stands at
 * that indent under a short project line too; a line in lower case
 * back at the items' edge, under a line that ends short without ending
 * a sentence, is the item above wrapped. */
static void
test_nested_without_marks (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 160, 290, 24, 0, 0, "Anouk Vermeulen");
  add_line_full (lines, 0, 160, 300, 10, 4, 0, "anouk.vermeulen@example.nl");
  add_line_full (lines, 0, 28, 180, 14, 18, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 14, 425, 12, 20, VITAE_TEXT_LINE_BOLD, "2016 - 2020\tLead developer\tUtrecht");
  add_line_full (lines, 0, 14, 80, 12, 2, 0, "Polderdata");
  add_line_full (lines, 0, 31, 190, 10, 4, 0, "Project: tide gauge dashboard");
  add_line_full (lines, 0, 45, 300, 10, 4.4, 0, "Plotted the live readings of twelve gauges");
  add_line_full (lines, 0, 45, 424, 10, 4.4, 0, "Alerts by text message when the water rises above the warning level");
  add_line_full (lines, 0, 31, 392, 10, 4.4, 0, "Project: weather stations for the regional council : Coast Watch");
  add_line_full (lines, 0, 45, 220, 10, 2.2, 0, "Firmware of the data loggers");
  add_line_full (lines, 0, 31, 368, 10, 5.8, 0, "Project: summaries of long sensor records grouped across");
  add_line_full (lines, 0, 31, 270, 10, 4.4, 0, "a cube of readings (joint project with a university)");
  add_line_full (lines, 0, 45, 330, 10, 4.4, 0, "Clustering of the seasonal patterns (C++)");
  add_line_full (lines, 0, 31, 200, 10, 4.4, 0, "Project: buoy network upkeep");
  add_line_full (lines, 0, 45, 300, 10, 4.4, 0, "cleaning of the solar panels every spring");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Project: tide gauge dashboard\n"
                   "Plotted the live readings of twelve gauges\n"
                   "Alerts by text message when the water rises above the warning level\n"
                   "Project: weather stations for the regional council : Coast Watch\n"
                   "Firmware of the data loggers\n"
                   "Project: summaries of long sensor records grouped across a cube of readings (joint project "
                   "with a university)\n"
                   "Clustering of the seasonal patterns (C++)\n"
                   "Project: buoy network upkeep\n"
                   "cleaning of the solar panels every spring\n");
}

/* Under an employer, projects' subheadings ("Name | stack") set a little
 * larger than the items, indented past their marks and further under
 * the last item than its wrapped lines: no wrapped line of the item. */
static void
test_subheading_under_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 24, 160, 18, 0, VITAE_TEXT_LINE_BOLD, "Marit Solberg");
  add_line_full (lines, 0, 24, 200, 9.7, 2, 0, "marit.solberg@example.no");
  add_line_full (lines, 0, 24, 100, 12, 10, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 18, 460, 12, 6.5, VITAE_TEXT_LINE_BOLD, "Fjordbank Senior Frontend Engineer '21 - present");
  add_line_full (lines, 0, 11.4, 570, 10.5, 13.4, 0, "• Led a team of ten developers, coached the new ones and held many of the");
  add_line_full (lines, 0, 24, 300, 10.5, 1, 0, "technical interviews");
  add_line_full (lines, 0, 11.4, 470, 10.5, 7, 0, "• Planned the interviews for hiring new developers");
  add_line_full (lines, 0, 30, 407, 11.2, 8.5, 0, "Fitness App | TS, React Native, Redux, Firebase");
  add_line_full (lines, 0, 11.4, 500, 10.5, 13.6, 0, "• Built the app from scratch and shipped many updates for the");
  add_line_full (lines, 0, 24, 96, 10.5, 0.3, 0, "users");
  add_line_full (lines, 0, 11.4, 430, 10.5, 7, 0, "• Added loyalty points, subscriptions and payments");
  add_line_full (lines, 0, 30, 350, 11.2, 8.5, 0, "Staff Portal | JS, React, Redux, Webpack");
  add_line_full (lines, 0, 11.4, 560, 10.5, 13.6, 0, "• Wrote the org chart tree that stays fast with thousands of people");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_true (strstr (bullets, "Planned the interviews for hiring new developers\n") != NULL);
  g_assert_true (strstr (bullets, "Added loyalty points, subscriptions and payments\n") != NULL);
  g_assert_true (strstr (bullets, "Built the app from scratch and shipped many updates for the users\n") != NULL);
}

/* Items marked by an icon font's glyph (Word's bullets in Symbol or
 * Wingdings read as no text: the line starts with its words and is
 * flagged), one of them starting with a number: the number is the
 * item's ("6. Semester"), not a numbered list's mark. */
static void
test_icon_item_with_number (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 70, 300, 20, 0, 0, "Greta Holmberg");
  add_line_full (lines, 0, 70, 300, 10, 4, 0, "greta.holmberg@example.de");
  add_line_full (lines, 0, 70, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "Ausbildung");
  add_line_full (lines, 0, 212, 500, 10.6, 6, VITAE_TEXT_LINE_BOLD, "B.Sc. Geoinformatik");
  add_line_full (lines, 0, 212, 420, 10.6, 3, 0, "Hochschule am See (Konstanz, DE)");
  add_line_full (lines, 0, 246, 400, 10.6, 3, VITAE_TEXT_LINE_ICON, "Hauptfach: Geoinformatik (150 ECTS)");
  add_line_full (lines, 0, 246, 440, 10.6, 3, VITAE_TEXT_LINE_ICON, "Nebenfach: Volkswirtschaftslehre (30 ECTS)");
  add_line_full (lines, 0, 246, 300, 10.6, 3, VITAE_TEXT_LINE_ICON, "4. Semester");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_true (strstr (bullets, "\n4. Semester\n") != NULL);
}

/* Items marked by a dash glued to their first word and run together in
 * one paragraph, as a word processor's user typed them ("-drove … -kept
 * …"), under a heading in Spanish; and a paragraph with a dash in it,
 * not at its start, that stays one. */
static void
test_items_run_together (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 57, 300, 13, 0, 0, "Nombre: Rosa Quintero Lagos");
  add_line_full (lines, 0, 57, 220, 13, 4, 0, "Email: rosa.quintero@example.org");
  add_line_full (lines, 0, 57, 190, 13, 10, VITAE_TEXT_LINE_BOLD, "Actividades Laborales:");
  add_line_full (lines, 0, 57, 550, 13, 10, 0, "-chofer de reparto para Panaderia Central. 2 años. -encargado de almacén");
  add_line_full (lines, 0, 57, 530, 13, 3, 0, "para Ferreteria del Norte. 6 meses -Voluntario en el banco de alimentos.");
  add_line_full (lines, 0, 57, 160, 13, 10, VITAE_TEXT_LINE_BOLD, "Experiencia:");
  add_line_full (lines, 0, 57, 540, 13, 10, 0, "Trabajé en turnos de noche - y de día - en la planta de envasado.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "chofer de reparto para Panaderia Central. 2 años.\n"
                   "encargado de almacén para Ferreteria del Norte. 6 meses\n"
                   "Voluntario en el banco de alimentos.\n");
}

/* Items set with a hanging indent and no glyph, each led by a project's
 * name in bold: where the bold words take most of an item's first line,
 * the line reads as bold, yet it starts one more item, not an entry's
 * title. */
static void
test_bold_hanging_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 57, 300, 20, 0, 0, "Pavel Orlov");
  add_line_full (lines, 0, 57, 220, 10, 4, 0, "pavel.orlov@example.org");
  add_line_full (lines, 0, 57, 200, 10.5, 40, VITAE_TEXT_LINE_BOLD, "SIDE PROJECTS");
  add_line_full (lines, 0, 72, 536, 12, 30, 0, "Tidebook — a search engine for harbour timetables, for ferry lines and");
  add_line_full (lines, 0, 83, 240, 12, 5, 0, "travellers, built in Rust.");
  add_line_full (lines, 0, 72, 500, 12, 6, 0, "Quaylog — a logbook for small boats, with the weather of each");
  add_line_full (lines, 0, 83, 300, 12, 5, 0, "trip read from the coast guard.");
  add_line_full (lines, 0, 72, 510, 12, 6, VITAE_TEXT_LINE_BOLD, "Net mender's helper \"Knot-by-Knot\" (mobile app) — a guide to");
  add_line_full (lines, 0, 83, 370, 12, 5, 0, "mending nets, with drawings of every knot");
  add_line_full (lines, 0, 72, 505, 12, 6, VITAE_TEXT_LINE_BOLD, "Berth planner for marinas (booking system) — on top of");
  add_line_full (lines, 0, 83, 519, 12, 5, 0, "\"Harbourmaster\", a calendar of berths for a small marina; takes");
  add_line_full (lines, 0, 83, 200, 12, 5, 0, "bookings by text message.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Tidebook — a search engine for harbour timetables, for ferry lines and travellers, built in Rust.\n"
                   "Quaylog — a logbook for small boats, with the weather of each trip read from the coast guard.\n"
                   "Net mender's helper \"Knot-by-Knot\" (mobile app) — a guide to mending nets, with drawings of every knot\n"
                   "Berth planner for marinas (booking system) — on top of \"Harbourmaster\", a calendar of berths for a "
                   "small marina; takes bookings by text message.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-items2/soft-hyphen", test_soft_hyphen);
  g_test_add_func ("/import-items2/styled-heading", test_styled_heading);
  g_test_add_func ("/import-items2/styled-close-line", test_styled_close_line);
  g_test_add_func ("/import-items2/capital-headings-at-text-size", test_capital_headings_at_text_size);
  g_test_add_func ("/import-items2/titles-as-headings", test_titles_as_headings);
  g_test_add_func ("/import-items2/spaced-items", test_spaced_items);
  g_test_add_func ("/import-items2/spaced-items-two", test_spaced_items_two);
  g_test_add_func ("/import-items2/nested-without-marks", test_nested_without_marks);
  g_test_add_func ("/import-items2/subheading-under-item", test_subheading_under_item);
  g_test_add_func ("/import-items2/icon-item-with-number", test_icon_item_with_number);
  g_test_add_func ("/import-items2/items-run-together", test_items_run_together);
  g_test_add_func ("/import-items2/bold-hanging-items", test_bold_hanging_items);
  return g_test_run ();
}
