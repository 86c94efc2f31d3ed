/* test-import-label-column.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items in the right-hand column of layouts with a column of dates
 * or labels at the left (moderncv, Europass, academic CVs), as their
 * lines come from the reader, in our own words: items marked by an icon
 * font's glyph whose lines go on after a sentence ends, up to the next
 * item of the list, or wrapped at the top of a page; a line that stands
 * apart under an item's last sentence; a sidebar's note under a
 * language; an item in bold capitals wrapped right under its
 * first letter; a symbol font's square that reads as a control
 * character marking items; a justified line whose space after a
 * sentence TeX widened more than its others; plain labels beside
 * their values, a point lower. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"
#include "vitae-test-written.h"

/* Skills marked by an icon font's glyph (moderncv's ring; the reader
 * leaves it out, so each item's line starts where its text does), set
 * right of a column of dates: an item's first sentence ends short on its
 * line ("… with Rust.") and its next sentence starts on the line under
 * it, a link alone ends another; the lines under each item, as close as
 * its lines and right under its text, before the next item of the list,
 * are the item's. A project's items in an entry the same: an item in
 * italics, its link, then what it did. */
static void
test_icon_item_goes_on_to_next_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 74, 300, 34, 0, 0, "Oskar Lindgren");
  add_line_full (lines, 0, 410, 517, 11, 4, VITAE_TEXT_LINE_ICON, "oskar.lindgren@example.org");
  add_line_full (lines, 0, 152, 250, 17, 50, 0, "Education");
  add_line_full (lines, 0, 92, 520, 12, 9, 0, "2015-2019\tBachelor of Science in Physics, Lund University");
  add_line_full (lines, 0, 152, 260, 17, 16, 0, "Projects");
  add_line_full (lines, 0, 152, 220, 12, 7, VITAE_TEXT_LINE_BOLD, "Tidewatch.");
  add_line_full (lines, 0, 152, 521, 11, 4.6, 0, "A web service that warns sailors of the tides in their harbour,");
  add_line_full (lines, 0, 152, 300, 11, 3.9, 0, "built with the following parts:");
  add_line_full (lines, 0, 163.8, 300, 11, 3.9, VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_ITALIC,
                 "a nightly import of the tide tables");
  add_line_full (lines, 0, 163.8, 370, 11, 3.9, 0, "(https://example.org/tidewatch/import).");
  add_line_full (lines, 0, 163.8, 521, 11, 3.9, 0, "Checks of each table against the last one, alerts by e-mail when a");
  add_line_full (lines, 0, 163.8, 400, 11, 3.9, 0, "table is late and a log of every import.");
  add_line_full (lines, 0, 163.8, 521, 11, 3.9, VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_ITALIC,
                 "A map of the harbours drawn in the browser.");
  add_line_full (lines, 0, 152, 260, 17, 16, 0, "Skills");
  add_line_full (lines, 0, 152, 320, 14, 7, 0, "Programming languages");
  add_line_full (lines, 0, 162.2, 300, 12, 7, VITAE_TEXT_LINE_ICON, "Fluent with Rust.");
  add_line_full (lines, 0, 162.7, 521, 12, 3.8, 0, "Wrote parsers, a small web server, tokio, serde, clap and a few");
  add_line_full (lines, 0, 162.7, 350, 12, 3.8, 0, "crates of my own.");
  add_line_full (lines, 0, 162.7, 521, 12, 5.7, VITAE_TEXT_LINE_ICON, "Some knowledge of neural networks for images in");
  add_line_full (lines, 0, 162.7, 521, 12, 3.8, 0, "Python; trained a network that finds boats in harbour pictures");
  add_line_full (lines, 0, 162.7, 370, 12, 3.9, 0, "(a course project):");
  add_line_full (lines, 0, 162.7, 430, 12, 4.8, 0, "https://example.org/oskar/boat-finder");
  add_line_full (lines, 0, 162.7, 350, 12, 5.7, VITAE_TEXT_LINE_ICON, "Basic knowledge of SQL and shell scripts.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "a nightly import of the tide tables (https://example.org/tidewatch/import). Checks of each table "
                   "against the last one, alerts by e-mail when a table is late and a log of every import.\n"
                   "A map of the harbours drawn in the browser.\n"
                   "Fluent with Rust. Wrote parsers, a small web server, tokio, serde, clap and a few crates of my "
                   "own.\n"
                   "Some knowledge of neural networks for images in Python; trained a network that finds boats in "
                   "harbour pictures (a course project): https://example.org/oskar/boat-finder\n"
                   "Basic knowledge of SQL and shell scripts.\n");
}

/* A paragraph justified as TeX sets it: the spaces of each full line
 * widened alike, the space after a sentence's end widened more, twice
 * as wide as the others (TeX stretches it three times as much): one
 * line still, no cells. A title whose place stands after a gap as wide,
 * its spaces as wide as the page's others, keeps the two apart. */
static void
test_justified_sentence_space (void)
{
  static const char content[] =
    "BT /F1 24 Tf 60 780 Td (Greta Hofmann) Tj ET\n"
    "BT /F1 10 Tf 60 764 Td (greta.hofmann@example.org) Tj ET\n"
    "BT /F1 14 Tf 60 740 Td (Experience) Tj ET\n"
    "BT /F1 10 Tf 60 720 Td (Head baker and pastry cook at the Hofmann Brothers Ltd.) Tj ET\n"
    "BT /F1 10 Tf 331.24 720 Td (Kassel) Tj ET\n"
    "BT /F1 10 Tf 2.733 Tw 60 706 Td [(Ran the night shift of a small bakery.) -662 ( Baked bread, rolls and)] TJ ET\n"
    "BT /F1 10 Tf 2.63 Tw 60 693 Td [(cakes for three shops.) -649 ( Trained two apprentices in the craft of)] TJ ET\n"
    "BT /F1 10 Tf 0 Tw 60 680 Td (kneading by hand.) Tj ET\n"
    "BT /F1 14 Tf 60 650 Td (Skills) Tj ET\n"
    "BT /F1 10 Tf 60 630 Td (Sourdough, laminated doughs, cake decoration, food safety and stock keeping) Tj ET\n"
    "BT /F1 10 Tf 60 616 Td (Apprenticeship as a baker at the Kassel trade school, 2012 to 2015) Tj ET\n"
    "BT /F1 10 Tf 60 602 Td (Languages: German as mother tongue, good English and some Polish) Tj ET\n";
  g_autoptr(GBytes) pdf = written_pdf (content, "MathSigns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(GString) texts = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (texts, "%s\n", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);
  g_test_message ("%s", texts->str);
  g_assert_nonnull (strstr (texts->str, "\nHead baker and pastry cook at the Hofmann Brothers Ltd.\tKassel\n"));
  g_assert_nonnull (strstr (texts->str, "\nRan the night shift of a small bakery. Baked bread, rolls and\n"));
  g_assert_nonnull (strstr (texts->str, "\ncakes for three shops. Trained two apprentices in the craft of\n"));
}

/* An icon's item whose wrapped line starts with a bracket that TeX hangs
 * a little into the margin (microtype's protrusion): the line starts a
 * point and a half left of the item's others, and goes on with it as
 * they do, up to the list's next item. */
static void
test_icon_item_line_opens_bracket (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 74, 300, 34, 0, 0, "Oskar Lindgren");
  add_line_full (lines, 0, 410, 517, 11, 4, VITAE_TEXT_LINE_ICON, "oskar.lindgren@example.org");
  add_line_full (lines, 0, 152, 250, 17, 50, 0, "Skills");
  add_line_full (lines, 0, 152, 320, 14, 7, 0, "Networks");
  add_line_full (lines, 0, 162.7, 521, 12, 7, VITAE_TEXT_LINE_ICON, "Set up the firewalls of two offices: rules, address");
  add_line_full (lines, 0, 162.7, 523, 12, 3.9, 0, "translation and tunnels. Checked their logs every week.");
  add_line_full (lines, 0, 162.7, 521, 12, 3.9, 0, "Found faults from the command line of the routers");
  add_line_full (lines, 0, 161.3, 522, 12, 3.9, 0, "(the state of each link, the routes, the load) and");
  add_line_full (lines, 0, 162.7, 380, 12, 3.9, 0, "fixed the simple ones myself.");
  add_line_full (lines, 0, 162.7, 521, 12, 6.4, VITAE_TEXT_LINE_ICON, "Wrote the offices' network plans.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Set up the firewalls of two offices: rules, address translation and tunnels. Checked their logs "
                   "every week. Found faults from the command line of the routers (the state of each link, the routes, "
                   "the load) and fixed the simple ones myself.\n"
                   "Wrote the offices' network plans.\n");
}

/* A Europass page set with LaTeX: labels and dates right-aligned in a
 * column at the left, the entries right of it, an entry's items marked
 * by a square from a symbol font that has no map to Unicode, so that the
 * text layer reads the mark as a control character. The mark is the
 * items' bullet, as a written "•" would be: three items, each with its
 * wrapped line, the first line of none a wrapped line of the last. */
static void
test_control_character_mark (void)
{
  static const char content[] =
    "BT /F1 10 Tf 150 790 Td (Curriculum vitae) Tj ET\n"
    "BT /F1 12 Tf 30 760 Td (Personal information) Tj ET BT /F1 12 Tf 160 760 Td (Ilse Marquardt) Tj ET\n"
    "BT /F1 9 Tf 160 746 Td (ilse.marquardt@example.org) Tj ET\n"
    "BT /F1 9 Tf 30 720 Td (EDUCATION AND TRAINING) Tj ET\n"
    "BT /F1 10 Tf 86.6 700 Td (2014 - 2018) Tj ET BT /F1 10 Tf 150 700 Td (Master of Science, Marine Biology) Tj ET\n"
    "BT /F1 9 Tf 150 688 Td (University of Kiel, Germany) Tj ET\n"
    "BT /F3 9 Tf 150 670 Td (\\034) Tj ET\n"
    "BT /F1 9 Tf 160 670 Td (A programme joining field work at sea, laboratory methods and the) Tj ET\n"
    "BT /F1 9 Tf 160 660 Td (statistics of populations) Tj ET\n"
    "BT /F3 9 Tf 150 645 Td (\\034) Tj ET\n"
    "BT /F1 9 Tf 160 645 Td (Courses in ecology, genetics of fish stocks, oceanography and) Tj ET\n"
    "BT /F1 9 Tf 160 635 Td (the writing of research papers) Tj ET\n"
    "BT /F3 9 Tf 150 620 Td (\\034) Tj ET BT /F1 9 Tf 160 620 Td (Thesis: Growth of mussels on offshore wind turbines) Tj ET\n"
    "BT /F1 9 Tf 60 590 Td (WORK EXPERIENCE) Tj ET\n"
    "BT /F1 10 Tf 86.6 570 Td (2018 - 2021) Tj ET BT /F1 10 Tf 150 570 Td (Research Assistant) Tj ET\n"
    "BT /F1 9 Tf 150 558 Td (Institute for Sea Research, Kiel) Tj ET\n"
    "BT /F1 9 Tf 150 546 Td (- Counted plankton samples from six cruises) Tj ET\n"
    "BT /F1 9 Tf 150 536 Td (- Kept the station's database of catches) Tj ET\n";
  g_autoptr(GBytes) pdf = written_pdf (content, "MathSigns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *bullets = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (texts, "%s\n", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);
  g_test_message ("%s", texts->str);
  g_assert_nonnull (strstr (texts->str, "\n• Courses in ecology, genetics of fish stocks, oceanography and\n"));
  g_assert_nonnull (strstr (texts->str, "\n• Thesis: Growth of mussels on offshore wind turbines\n"));

  document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "written.pdf", NULL, &error);
  g_assert_no_error (error);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "A programme joining field work at sea, laboratory methods and the statistics of populations\n"
                   "Courses in ecology, genetics of fish stocks, oceanography and the writing of research papers\n"
                   "Thesis: Growth of mussels on offshore wind turbines\n"
                   "Counted plankton samples from six cruises\n"
                   "Kept the station's database of catches\n");
}

/* Schools in a Word page's right-hand column, each an item in bold
 * capitals whose mark is drawn (the line reads "• " and its letters
 * start at text_x), its name wrapped onto a second line in bold
 * capitals too, right under its first letter, in a text box narrower
 * than the column (its first line ends well short of the column's
 * edge); the degree and the years under it, at the column's edge. Each
 * school's two lines are one item, not an item and a heading's word. */
static void
test_bold_item_wraps_in_capitals (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 45, 200, 16, 0, VITAE_TEXT_LINE_BOLD, "JANA KOWALCZYK");
  add_line_full (lines, 0, 45, 200, 10, 6, 0, "jana.kowalczyk@example.org");
  add_line_full (lines, 0, 292, 602, 10, 12, 0, "Spedytorka z pięcioletnim doświadczeniem w transporcie drogowym,");
  add_line_full (lines, 0, 292, 480, 10, 2.3, 0, "planowaniu tras i obsłudze klientów.");
  add_line_full (lines, 0, 301, 417, 14, 15.5, 0, "EDUCATION");
  line = add_line_full (lines, 0, 298.8, 522, 10, 6.1, VITAE_TEXT_LINE_BOLD, "• HIGHER SCHOOL OF TRADE IN POZNAN,");
  line->text_x = 309.5;
  add_line_full (lines, 0, 309.5, 360, 10, 2.2, VITAE_TEXT_LINE_BOLD, "POZNAN");
  add_line_full (lines, 0, 291.9, 440, 10, 4.7, 0, "Master, Field – Management");
  add_line_full (lines, 0, 294.9, 348, 10, 2.1, 0, "2018 - 2020");
  line = add_line_full (lines, 0, 298.8, 470, 10, 7.1, VITAE_TEXT_LINE_BOLD, "• INTERNATIONAL COLLEGE OF");
  line->text_x = 309.5;
  add_line_full (lines, 0, 309.5, 500, 10, 2.0, VITAE_TEXT_LINE_BOLD, "LOGISTICS AND SHIPPING, POZNAN");
  add_line_full (lines, 0, 291.9, 440, 10, 4.8, 0, "Bachelor, Field – Logistics");
  add_line_full (lines, 0, 294.9, 348, 10, 2.0, 0, "2012 - 2016");
  add_line_full (lines, 0, 301, 421, 14, 2.0, 0, "EXPERIENCE");
  add_line_full (lines, 0, 301, 580, 10, 6.2, VITAE_TEXT_LINE_BOLD, "NORTHWIND FREIGHT SP. Z O. O., POZNAN");
  add_line_full (lines, 0, 301, 578, 11, -0.1, VITAE_TEXT_LINE_BOLD, "Freight forwarder / 2016.12 .01 - now");
  line = add_line_full (lines, 0, 297.6, 502, 10, 17.2, 0, "• Planning the routes of the fleet");
  line->text_x = 309.5;
  line = add_line_full (lines, 0, 297.6, 540, 10, 2.0, 0, "• Talking with carriers and customers abroad");
  line->text_x = 309.5;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "HIGHER SCHOOL OF TRADE IN POZNAN, POZNAN\n"));
  g_assert_nonnull (strstr (bullets, "INTERNATIONAL COLLEGE OF LOGISTICS AND SHIPPING, POZNAN\n"));
}

/* Items marked by an icon font's glyph in a document set with wide
 * leading, the lines of the page as far apart as its items; the last
 * item of an entry starts at the top of the next page and wraps there:
 * its wrapped line goes on with it, as far under it as the list's items
 * stand apart on the page before (the page's first line stands under
 * nothing). */
static void
test_icon_item_wraps_at_page_top (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 36, 150, 16, 0, 0, "Mei Tanaka");
  add_line_full (lines, 0, 36, 400, 11, 3.5, 0, "mei.tanaka@example.org");
  add_line_full (lines, 0, 36, 170, 11, 13.5, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 36, 500, 11, 5.7, VITAE_TEXT_LINE_BOLD, "University of the North Coast\t2019 - 2023");
  add_line_full (lines, 0, 36, 300, 11, 3.5, 0, "Bachelor of Science in Ecology");
  add_line_full (lines, 0, 36, 300, 11, 3.5, 0, "Grade: 3.8 / 4.0");
  add_line_full (lines, 0, 36, 300, 11, 3.5, 0, "Courses: Field Methods, Statistics, Remote Sensing");
  add_line_full (lines, 0, 36, 170, 11, 13.5, VITAE_TEXT_LINE_BOLD, "PROJECTS");
  add_line_full (lines, 0, 36, 330, 11, 5.7, VITAE_TEXT_LINE_BOLD, "Counting Birds from Drone Pictures");
  add_line_full (lines, 0, 36, 380, 11, 5.7, VITAE_TEXT_LINE_ITALIC, "Supervisor: Ken Mori, Professor of Ecology");
  add_line_full (lines, 0, 57, 559, 11, 5.7, VITAE_TEXT_LINE_ICON,
                 "Stitched the pictures of each flight into one map and marked the nests on it with a small");
  add_line_full (lines, 0, 57, 260, 11, 5.7, 0, "program of my own");
  add_line_full (lines, 0, 57, 540, 11, 5.7, VITAE_TEXT_LINE_ICON,
                 "Trained a network to count the birds on each map and checked it against counts by hand");
  add_line_full (lines, 1, 57, 559, 11, 0, VITAE_TEXT_LINE_ICON,
                 "Tools used: Python, OpenCV, a small neural network library, a drone's flight planner and,");
  add_line_full (lines, 1, 57, 150, 11, 5.7, 0, "a spreadsheet");
  add_line_full (lines, 1, 36, 180, 11, 13.5, VITAE_TEXT_LINE_BOLD, "INTERNSHIPS");
  add_line_full (lines, 1, 36, 500, 11, 5.7, VITAE_TEXT_LINE_BOLD, "Institute of Field Ecology\tJune 2023 - Sep. 2023");
  add_line_full (lines, 1, 57, 520, 11, 5.7, VITAE_TEXT_LINE_ICON, "Sorted ten years of bird counts into one database");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "\nTools used: Python, OpenCV, a small neural network library, a drone's flight "
                                     "planner and, a spreadsheet\n"));
}

/* A project's items marked "•" and a tab, their wrapped lines indented
 * under their text as close as a paragraph's lines; under the last item,
 * after a clear space, a line at the same indent that is no part of it:
 * the project's grade. The item ends with its sentence; the grade, an
 * indented line of the project's, is a line of its own. */
static void
test_line_apart_under_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 200, 400, 20, 0, VITAE_TEXT_LINE_BOLD, "Nadia Farouk");
  add_line_full (lines, 0, 200, 400, 11, 2, 0, "nadia.farouk@example.org");
  add_line_full (lines, 0, 36, 101, 14, 9, VITAE_TEXT_LINE_BOLD, "PROJECTS");
  add_line_full (lines, 0, 54, 300, 11, 9, VITAE_TEXT_LINE_BOLD, "Project 1: Smart Irrigation (Graduate project)");
  add_line_full (lines, 0, 54, 550, 11, 9.1, 0, "•\tField Sensors: Measure the moisture of the soil every hour and send it to the");
  add_line_full (lines, 0, 72, 130, 11, 0.1, 0, "gateway.");
  add_line_full (lines, 0, 54, 460, 11, 0.1, 0, "•\tMobile Application: Shows each field's water and the forecast.");
  add_line_full (lines, 0, 54, 551, 11, -0.2, 0, "•\tValve Controller: Opens and closes the valves of each field on its own, including at");
  add_line_full (lines, 0, 72, 368, 11, 0.1, 0, "night and when the network is down for some hours.");
  add_line_full (lines, 0, 72, 250, 11, 7.3, 0, "Project Grade: Very Good (A)");
  add_line_full (lines, 0, 54, 480, 11, 12.8, VITAE_TEXT_LINE_BOLD, "Project 2: Office Network (Simulated in Packet Tracer)");
  add_line_full (lines, 0, 54, 207, 11, 8.8, 0, "•\tVLAN Configuration.");
  add_line_full (lines, 0, 54, 218, 11, 0.8, 0, "•\tRouting with OSPF.");
  add_line_full (lines, 0, 54, 255, 11, 1.1, 0, "•\tAccess Control Lists.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Field Sensors: Measure the moisture of the soil every hour and send it to the gateway.\n"
                   "Mobile Application: Shows each field's water and the forecast.\n"
                   "Valve Controller: Opens and closes the valves of each field on its own, including at night and "
                   "when the network is down for some hours.\n"
                   "Project Grade: Very Good (A)\n"
                   "VLAN Configuration.\n"
                   "Routing with OSPF.\n"
                   "Access Control Lists.\n");
}

/* A sidebar's languages, each marked by an icon font's glyph, some with
 * notes under them, indented and set smaller, also marked: the last note
 * lists two things with a comma ("Evening course, aim B1"). A note is an
 * item about its language, not two more languages. */
static void
test_note_under_language (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 219, 400, 26, 0, 0, "Reto Ammann");
  add_line_full (lines, 0, 219, 400, 11, 4, 0, "reto.ammann@example.ch");
  add_line_full (lines, 0, 10.6, 120, 14, 20, 0, "SPRACHEN");
  add_line_full (lines, 0, 28.6, 166, 12, 8, VITAE_TEXT_LINE_ICON, "Deutsch (C2 Muttersprache)");
  add_line_full (lines, 0, 28.6, 90, 12, 2.4, VITAE_TEXT_LINE_ICON, "Englisch (B2)");
  add_line_full (lines, 0, 38.9, 180, 11, 1.3, VITAE_TEXT_LINE_ICON, "Sprachaufenthalt in Brighton");
  add_line_full (lines, 0, 38.9, 170, 11, 1.5, VITAE_TEXT_LINE_ICON, "Lese englische Fachbücher");
  add_line_full (lines, 0, 28.6, 108, 12, 2.7, VITAE_TEXT_LINE_ICON, "Italienisch (A2)");
  add_line_full (lines, 0, 38.9, 161, 11, 1.3, VITAE_TEXT_LINE_ICON, "Abendkurs, Ziel B1");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Abendkurs, Ziel B1\n"));
}

/* An entry's dates in the column at the left, on the row of its first
 * list item ("2019.03 - current <tab> ● Moved …"), the item wrapped
 * under its text and the entry's other items under it from where its
 * mark stands, under the role's line: the dates are the entry's, the
 * item whole. */
static void
test_dates_beside_first_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *job;

  add_line_full (lines, 0, 170, 380, 16, 0, VITAE_TEXT_LINE_BOLD, "Tomasz Wrona");
  add_line (lines, 170, 330, 11, 4, "tomasz.wrona@example.pl");
  add_line_full (lines, 0, 170, 320, 20, 12, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line_full (lines, 0, 330, 420, 11, 20, VITAE_TEXT_LINE_BOLD, "Senior developer, Vistula Savings Bank");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2019.03 - 2021.11\t\u25cf\tMoved the savings bank's payment service from one");
  add_line (lines, 311, 430, 11, 0, "large program to small services");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tKept the card system running through two audits");
  add_line (lines, 293, 520, 11, 0.2, "\u25cf\tLed a team of four developers");
  add_line_full (lines, 0, 330, 420, 11, 20, VITAE_TEXT_LINE_BOLD, "Developer, Baltic Post");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2016.10 - 2019.02\t\u25cf\tWrote the parcel tracking pages for the post's");
  add_line (lines, 311, 430, 11, 0, "customers and its branches");
  add_line (lines, 293, 520, 11, 0.2, "\u25cf\tTested releases every two weeks");
  /* (A list of dated items: each year stays its items'.) */
  add_line_full (lines, 0, 170, 320, 20, 20, VITAE_TEXT_LINE_BOLD, "Courses");
  add_cells (lines, 174, 228, 500, 11, 12, 0, "2018\t\u00b7 Networks and crowds, an online course");
  add_cells (lines, 174, 228, 500, 11, 3, 0, "2017\t\u00b7 Agent-based models, a summer school");
  add_line (lines, 228, 500, 11, 3, "\u00b7 Data analysis in Python, an online course");
  add_line_full (lines, 0, 170, 320, 20, 20, VITAE_TEXT_LINE_BOLD, "Languages");
  add_line (lines, 174, 300, 11, 12, "Polish, English");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_test_message ("%s", bullets);
  g_assert_nonnull (strstr (bullets, "Moved the savings bank's payment service from one large program to small services\n"));
  g_assert_nonnull (strstr (bullets, "Wrote the parcel tracking pages for the post's customers and its branches\n"));
  job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (job);
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 3);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (job), "start"), ==, "2019-03");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (job), "end"), ==, "2021-11");
  g_assert_nonnull (strstr (bullets, "Agent-based models"));
  g_assert_false (in_sections (document, "2017\n"));
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, e));

          g_assert_cmpstr (vitae_node_get_text (entry, "organization"), !=, "2017");
        }
    }
}

/* Employers' names in bold between the sections' headings and the
 * text in size, each over its roles in bold and their dates: the
 * employers head no sections of their own; their roles are the
 * experience's entries. */
static void
test_employers_over_roles (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  guint n_sections = 0;

  add_line_full (lines, 0, 170, 380, 22, 0, VITAE_TEXT_LINE_BOLD, "Tomasz Wrona");
  add_line (lines, 170, 330, 11, 4, "tomasz.wrona@example.pl");
  add_line_full (lines, 0, 170, 320, 22, 12, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line_full (lines, 0, 174, 400, 16, 19, VITAE_TEXT_LINE_BOLD, "Vistula Savings Bank");
  add_line_full (lines, 0, 330, 420, 11, 24, VITAE_TEXT_LINE_BOLD, "Senior developer");
  add_line (lines, 174, 260, 11, 12, "2019.03 - 2021.11");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tKept the card system running through two audits");
  add_line (lines, 293, 520, 11, 0.2, "\u25cf\tLed a team of four developers");
  add_line_full (lines, 0, 174, 320, 16, 35, VITAE_TEXT_LINE_BOLD, "Baltic Post");
  add_line_full (lines, 0, 330, 420, 11, 30, VITAE_TEXT_LINE_BOLD, "Junior developer");
  add_line (lines, 174, 260, 11, 12, "2016.10 - 2019.02");
  add_line (lines, 293, 520, 11, 0.2, "\u25cf\tTested releases every two weeks");
  add_line_full (lines, 0, 170, 320, 22, 20, VITAE_TEXT_LINE_BOLD, "Education");
  add_line (lines, 174, 400, 11, 12, "Cracow University of Technology, 2012 - 2016");
  document = vitae_import_lines (lines, NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      const char *title = vitae_section_get_title (vitae_document_get_section (document, s));

      g_test_message ("section %s", title);
      g_assert_cmpstr (title, !=, "Vistula Savings Bank");
      g_assert_cmpstr (title, !=, "Baltic Post");
      n_sections += vitae_section_get_kind (vitae_document_get_section (document, s)) == VITAE_SECTION_EXPERIENCE;
    }
  g_assert_cmpuint (n_sections, ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), >=, 2);
}

/* A table of plain labels beside their values, as a LaTeX class sets
 * personal details and skills: labels neither bold nor right-aligned nor
 * ending in colons, each value's first line set a point higher than its
 * label; between the tables, headings in bold and an education's lines
 * that run across the page to their dates. Each label stays on its row,
 * beside its value, not read as a column of its own before the values. */
static void
test_plain_labels_beside_values (void)
{
  static const char content[] =
    "BT /F2 24 Tf 300 780 Td (Tomas Varga) Tj ET\n"
    "BT /F2 14 Tf 60 740 Td (PERSONAL DETAILS) Tj ET\n"
    "BT /F1 10 Tf 80 715 Td (Born) Tj ET\n"
    "BT /F1 10 Tf 160 716 Td (March 3, 1999, Brno) Tj ET\n"
    "BT /F1 10 Tf 80 702 Td (Phone) Tj ET\n"
    "BT /F1 10 Tf 160 703 Td (+420 600 111 222) Tj ET\n"
    "BT /F1 10 Tf 80 689 Td (Mail) Tj ET\n"
    "BT /F1 10 Tf 160 690 Td (tomas.varga@example.org) Tj ET\n"
    "BT /F2 14 Tf 60 660 Td (EDUCATION) Tj ET\n"
    "BT /F1 10 Tf 60 640 Td (Masaryk University, Faculty of Informatics) Tj ET\n"
    "BT /F1 10 Tf 480 640 Td (2018-2021) Tj ET\n"
    "BT /F1 10 Tf 60 627 Td (Bachelor of Computer Science, thesis on map tiles) Tj ET\n"
    "BT /F2 14 Tf 60 600 Td (SKILLS) Tj ET\n"
    "BT /F1 10 Tf 80 575 Td (Languages) Tj ET\n"
    "BT /F1 10 Tf 160 576 Td (Czech \\(native\\)) Tj ET\n"
    "BT /F1 10 Tf 160 563 Td (Slovak \\(fluent\\)) Tj ET\n"
    "BT /F1 10 Tf 160 550 Td (English \\(good\\)) Tj ET\n"
    "BT /F1 10 Tf 80 535 Td (Programming) Tj ET\n"
    "BT /F1 10 Tf 160 536 Td (Go \\(good\\)) Tj ET\n"
    "BT /F1 10 Tf 160 523 Td (SQL \\(basic\\)) Tj ET\n";
  g_autoptr(GBytes) pdf = written_pdf (content, "MathSigns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(GString) texts = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (texts, "%s\n", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);
  g_test_message ("%s", texts->str);
  g_assert_nonnull (strstr (texts->str, "\nBorn\tMarch 3, 1999, Brno\nPhone\t+420 600 111 222\n"));
  g_assert_nonnull (strstr (texts->str, "\nLanguages\tCzech (native)\nSlovak (fluent)\nEnglish (good)\n"));
  g_assert_nonnull (strstr (texts->str, "\nProgramming\tGo (good)\nSQL (basic)\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-label-column/icon-item-goes-on-to-next-item", test_icon_item_goes_on_to_next_item);
  g_test_add_func ("/import-label-column/icon-item-line-opens-bracket", test_icon_item_line_opens_bracket);
  g_test_add_func ("/import-label-column/icon-item-wraps-at-page-top", test_icon_item_wraps_at_page_top);
  g_test_add_func ("/import-label-column/line-apart-under-item", test_line_apart_under_item);
  g_test_add_func ("/import-label-column/note-under-language", test_note_under_language);
  g_test_add_func ("/import-label-column/bold-item-wraps-in-capitals", test_bold_item_wraps_in_capitals);
  g_test_add_func ("/import-label-column/control-character-mark", test_control_character_mark);
  g_test_add_func ("/import-label-column/justified-sentence-space", test_justified_sentence_space);
  g_test_add_func ("/import-label-column/dates-beside-first-item", test_dates_beside_first_item);
  g_test_add_func ("/import-label-column/employers-over-roles", test_employers_over_roles);
  g_test_add_func ("/import-label-column/plain-labels-beside-values", test_plain_labels_beside_values);
  return g_test_run ();
}
