/* test-import-entry-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The items of entries in imported PDFs, as their lines come from the
 * reader, in our own words: which lines under an entry's title are its
 * items and which are titles or details. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A degree in bold over its schools, each a marked item with its year
 * at the right and nothing set under it: the schools are the degree's
 * items (their years no part of them), not entries of their own; an
 * employer's name so marked with a list nested under it is still a
 * title. */
static void
test_dated_schools_under_degree (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 180, 430, 24, 0, "Ilse Marquardt");
  add_line (lines, 240, 370, 8, 2, "ilse.marquardt@example.org");
  add_line_full (lines, 0, 57, 230, 10, 28, VITAE_TEXT_LINE_BOLD, "EDUCATION\tPh.D. in History")->tab_x = 146;
  add_line (lines, 150, 555, 10, 5, "■\tRiverside State University\t2023")->tab_x = 535;
  add_line_full (lines, 0, 146, 226, 10, 10, VITAE_TEXT_LINE_BOLD, "M.A. in History");
  add_line (lines, 150, 555, 10, 5, "■\tRiverside State University\t2019")->tab_x = 535;
  add_line (lines, 150, 555, 10, 3, "■\tHarbour College, Lisbon, Portugal\t2016")->tab_x = 535;
  add_line_full (lines, 0, 146, 222, 10, 10, VITAE_TEXT_LINE_BOLD, "B.A. in History");
  add_line (lines, 150, 555, 10, 5, "■\tAlder College of Arts and Letters, Porto, Portugal\t2014")->tab_x = 535;
  add_line_full (lines, 0, 57, 230, 10, 17, VITAE_TEXT_LINE_BOLD, "EMPLOYMENT\tArchivist")->tab_x = 146;
  add_line (lines, 150, 555, 10, 5, "■\tCity Archive\t2020 – 2023")->tab_x = 535;
  add_line (lines, 160, 500, 10, 3, "● Catalogued the harbour's old ledgers");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Riverside State University\n"
                   "Riverside State University\n"
                   "Harbour College, Lisbon, Portugal\n"
                   "Alder College of Arts and Letters, Porto, Portugal\n"
                   "Catalogued the harbour's old ledgers\n");
}

/* A school's degree set as the one item under the heading, a sentence
 * with its years at the right: an item, the years the entry's. */
static void
test_dated_sentence_under_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  add_line (lines, 37, 558, 16, 0, "PAVEL ADAMEC\tpavel.adamec@example.cz")->tab_x = 283;
  add_line (lines, 37, 558, 13, 30, "Data Engineer, Orchard Labs\t2021-2024")->tab_x = 501;
  add_line (lines, 55, 540, 12, 8, "●\tMoved the nightly reports to a stream that is never late.");
  add_line (lines, 37, 90, 13, 29, "Education");
  add_line (lines, 55, 557, 13, 14, "●\tBSc in Physics and Computing, Alder University.\t2014-2018")->tab_x = 501;
  add_line (lines, 37, 108, 13, 31, "Languages");
  add_line (lines, 55, 231, 12, 14, "●\tCzech, English, German.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_nonnull (strstr (bullets, "BSc in Physics and Computing, Alder University.\n"));
  section = vitae_document_find_section (document, VITAE_SECTION_EDUCATION);
  g_assert_nonnull (section);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2018");
}

/* Headings in capitals in the text's size, not bold, at an edge left
 * of all the text (the first a known one): each heads a section of its
 * own, so the paragraphs under "Selected papers" are no items of the
 * school above (each paper is one item of its own section, whole). */
static void
test_outdented_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 230, 380, 14, 0, "OSKAR LINDQVIST");
  add_line (lines, 210, 400, 10, 11, "oskar.lindqvist@example.se");
  add_line (lines, 72, 143, 10, 16, "EDUCATION");
  add_line (lines, 87, 540, 10, 9, "Lakeside University\tAug 2019 - Present")->tab_x = 455;
  add_line (lines, 87, 245, 10, 3, "Ph.D. in Marine Geology");
  add_line (lines, 72, 206, 10, 14, "SELECTED PAPERS");
  add_line (lines, 87, 540, 10, 10, "O. Lindqvist, A. Berg (2023) Sand waves of the northern shelf and what moves");
  add_line (lines, 87, 300, 10, 3, "them. Journal of Coastal Studies.");
  add_line (lines, 87, 540, 10, 9, "O. Lindqvist (2021) A survey of the harbour floor from a small boat, Shelf");
  add_line (lines, 87, 280, 10, 3, "Letters, vol. 12, no. 3.");
  add_line (lines, 72, 136, 10, 20, "OUTREACH");
  add_line (lines, 89, 480, 10, 10, "· Led the open days of the coastal station.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EDUCATION, 0)), ==, 0);
  g_assert_null (strstr (bullets, "Sand waves of the northern shelf and what moves\n"));
  g_assert_nonnull (strstr (bullets, "Led the open days of the coastal station."));
  g_assert_cmpuint (vitae_document_get_n_sections (document), >=, 3);
}

/* Employers and projects set as items in bold, each over its dates,
 * role and tools in a smaller size, under its text: entries' titles
 * with their text, not items run on with it. */
static void
test_bold_items_over_smaller_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 36, 160, 20.7, 0, "Radek Horák");
  add_line_full (lines, 0, 50, 185, 12, 6, VITAE_TEXT_LINE_ICON, "radek.horak@example.cz");
  add_line_full (lines, 0, 36, 168, 14.3, 20, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 36, 130, 12, 14, VITAE_TEXT_LINE_BOLD, "•\tHarbour Works Ltd.");
  add_line (lines, 50.3, 140, 10, 5.5, "1.3.2021 - 30.6.2023");
  add_line (lines, 50.3, 210, 10, 6, "Backend developer of the booking system");
  add_line (lines, 50.3, 150, 10, 6.2, "Go, SQL, Docker");
  add_line_full (lines, 0, 36, 95, 14.3, 20, VITAE_TEXT_LINE_BOLD, "Projects");
  add_line_full (lines, 0, 36, 280, 12, 27, VITAE_TEXT_LINE_BOLD, "•\tTide table reader [link]");
  add_line (lines, 50.3, 290, 10, 5.5, "Reads the harbour's tide tables and draws");
  add_line (lines, 50.3, 190, 10, 6, "them for the week ahead");
  add_line (lines, 50.3, 100, 10, 6, "Python");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==, "");
}

/* Jobs marked as items ("> NIGHT PORTER" in bold), each over its
 * employer, town and year in italics and set further in, then its
 * items or its paragraph: entries' titles with those, not items; so
 * is a project's name over a detail in italics ("Platform: …"). Bold
 * items each over a smaller line of details, one after another from
 * the same edge, stay items (their details with them). */
static void
test_marked_titles_over_dated_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 200, 420, 30, 0, "Maren Solberg");
  add_line (lines, 230, 400, 10, 6, "maren.solberg@example.no");
  add_line (lines, 40, 120, 12, 30, "EXPERIENCE :");
  add_line_full (lines, 0, 40, 250, 11, 10, VITAE_TEXT_LINE_BOLD, "> NIGHT PORTER (SEASONAL)");
  add_line_full (lines, 0, 60, 240, 10, 3, VITAE_TEXT_LINE_ITALIC, "Fjord Hotel, Bergen, 2023");
  add_line (lines, 46, 300, 10, 4, "• Checked in late guests and kept the night log.");
  add_line (lines, 46, 300, 10, 1.5, "• Trained two new porters on the booking desk.");
  add_line_full (lines, 0, 40, 220, 11, 24, VITAE_TEXT_LINE_BOLD, "> FERRY DECKHAND");
  add_line_full (lines, 0, 56, 260, 10, 4, VITAE_TEXT_LINE_ITALIC, "Coast Lines, Stavanger, 2019 - 2022");
  add_line (lines, 56, 300, 10, 7, "Moored the boats and guided the passengers");
  add_line (lines, 56, 240, 10, 1.5, "on board in all weathers.");
  add_line (lines, 40, 120, 12, 30, "PROJECTS");
  add_line_full (lines, 0, 42, 200, 10, 8, VITAE_TEXT_LINE_BOLD, "• Tide Gauge Logger");
  add_line_full (lines, 0, 56, 180, 10, 2.5, VITAE_TEXT_LINE_ITALIC, "Platform: Raspberry Pi");
  add_line (lines, 56, 300, 10, 2.5, "Records the harbour's water level every minute");
  add_line (lines, 56, 200, 10, 0.5, "and sends it to the port office.");
  add_line (lines, 40, 120, 12, 30, "COURSE PROJECTS");
  add_line_full (lines, 0, 42, 260, 10, 8, VITAE_TEXT_LINE_BOLD, "• Wave height forecast from buoy data");
  add_line (lines, 52, 230, 9, 4, "Numerical Methods - Fall 2021");
  add_line_full (lines, 0, 42, 230, 10, 3.5, VITAE_TEXT_LINE_BOLD, "• Route planner for small ferries");
  add_line (lines, 52, 230, 9, 4, "Graph Algorithms - Spring 2020");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Checked in late guests and kept the night log.\n"
                   "Trained two new porters on the booking desk.\n"
                   "Wave height forecast from buoy data Numerical Methods - Fall 2021\n"
                   "Route planner for small ferries Graph Algorithms - Spring 2020\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "NIGHT PORTER (SEASONAL)");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, "Fjord Hotel, Bergen");
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), vitae_node_has (VITAE_NODE (entry), "end") ? "end" : "start"), "2023"));
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "FERRY DECKHAND");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2019");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), ==,
                   "Moored the boats and guided the passengers on board in all weathers.");
  entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Tide Gauge Logger");
}

/* Schools one a line right under the heading, without marks, each a
 * degree, then its school and perhaps its years, set apart by commas
 * or bars: entries, not a list's items; a neighbour whose school's name
 * has no known word ("Kantonsschule") too. An entry's line of text
 * under its title that names a degree and a school stays its text. */
static void
test_degree_lines_one_a_line (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 200, 420, 30, 0, "Jonas Lindqvist");
  add_line (lines, 230, 400, 10, 6, "jonas.lindqvist@example.se");
  add_line_full (lines, 0, 40, 120, 12, 30, VITAE_TEXT_LINE_BOLD, "Education");
  add_line (lines, 40, 400, 10, 10, "M.Sc., Ocean Engineering, Northfjord University (2020)");
  add_line (lines, 40, 330, 10, 0.5, "Matura (Languages), Gymnasialschule Visby");
  add_line (lines, 40, 420, 10, 0.5, "B.A. History | Alder College | Leith, UK");
  add_line_full (lines, 0, 40, 300, 10, 10, VITAE_TEXT_LINE_BOLD, "Summer course\t2018");
  add_line (lines, 40, 330, 10, 2, "Certificate, Coastal Survey, Leith Institute");
  add_line_full (lines, 0, 40, 120, 12, 20, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 40, 300, 10, 10, VITAE_TEXT_LINE_BOLD, "Lab Technician\t2021 - 2023");
  add_line (lines, 40, 330, 10, 2, "Ran the wave tank for the harbour studies.");
  add_line (lines, 40, 330, 10, 0.5, "Kept the logs of every test run.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_null (strstr (bullets, "University"));
  g_assert_null (strstr (bullets, "Visby"));
  g_assert_null (strstr (bullets, "College"));
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, "Northfjord University");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "degree"), ==, "M.Sc.");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "area"), ==, "Ocean Engineering");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, "Gymnasialschule Visby");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), ==, "Alder College");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "location"), ==, "Leith, UK");
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 3);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), "organization"), "Summer course"));
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-entry-items/dated-schools-under-degree", test_dated_schools_under_degree);
  g_test_add_func ("/import-entry-items/dated-sentence-under-heading", test_dated_sentence_under_heading);
  g_test_add_func ("/import-entry-items/outdented-headings", test_outdented_headings);
  g_test_add_func ("/import-entry-items/bold-items-over-smaller-lines", test_bold_items_over_smaller_lines);
  g_test_add_func ("/import-entry-items/marked-titles-over-dated-lines", test_marked_titles_over_dated_lines);
  g_test_add_func ("/import-entry-items/degree-lines-one-a-line", test_degree_lines_one_a_line);
  return g_test_run ();
}
