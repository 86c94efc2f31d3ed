/* test-import-contacts7.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The phone numbers and the name of an imported PDF's header written in
 * less usual shapes: a number whose groups a "+" sets apart, two numbers
 * apart by a semicolon, a country code that a narrow column broke from
 * its number in a row of columns, and the bars of TeX's symbol font
 * (read as the letters of its codes) between the name and the place;
 * web and e-mail addresses apart by single spaces.
 * Each page is given as the reader's lines or written by hand, in our
 * own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"
#include "vitae-test-written.h"

/* A number in international form whose groups a "+" sets apart as it
 * sets the country code ("+886+2+…"), after a long label and a wide
 * colon; a second one so under it: the first is the phone, the second
 * kept. */
static void
test_plus_between_groups (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 200, 330, 16, 0, VITAE_TEXT_LINE_BOLD, "Lin, Mei-Hua");
  add_line (lines, 60, 300, 10, 8, "Email：meihua.lin@example.tw");
  add_line (lines, 60, 400, 10, 8, "Land-line Phone Number：+886+2+23456789");
  add_line (lines, 60, 400, 10, 8, "Mobile Phone Number：+886+912345678");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lin, Mei-Hua");
  g_assert_cmpstr (basics (document, "phone"), ==, "+886+2+23456789");
  g_assert_true (has_profile (document, "+886+912345678"));
}

/* Two numbers apart by a semicolon after the e-mail address: the first
 * is the phone, the second kept. */
static void
test_semicolon_between_two (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 200, 330, 16, 0, VITAE_TEXT_LINE_BOLD, "Tomas Lindqvist");
  add_line (lines, 120, 460, 10, 4, "t.lindqvist@example.se · (+46) 70-123-4567; (+1) 415-555-0123");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "(+46) 70-123-4567");
  g_assert_true (has_profile (document, "(+1) 415-555-0123"));
}

/* A row of four narrow columns under their labels, the first the phone:
 * its country code alone on the row's first line, the number under it;
 * the other columns wrap too. The number is read whole. */
static void
test_code_above_number_in_columns (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 58, 240, 18, 0, VITAE_TEXT_LINE_BOLD, "RUTA KAZLAUSKAITE");
  add_line (lines, 58, 300, 10, 4, "VILNIUS LITHUANIA");
  add_line (lines, 58, 480, 10, 20, "PHONE:\tEMAIL:\tWEBSITE:")->tab_x = 200;
  line = add_line (lines, 58, 460, 10, 3, "+370\truta.k@example.lt\tgitlab.com/ruta-");
  line->tab_x = 200;
  line = add_line (lines, 58, 420, 10, 0, "612.345.678\tkazlauskaite");
  line->tab_x = 340;
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "+370 612.345.678");
  g_assert_cmpstr (basics (document, "email"), ==, "ruta.k@example.lt");
}

/* A LaTeX header whose details are apart by the double bar of TeX's
 * symbol font, which has no map to Unicode and reads as the letter of
 * its code ("k"); the first after the name, on its line. The name is
 * read alone, the address without the bar. */
static void
test_symbol_font_bars (void)
{
  static const char content[] =
    "BT /F1 20 Tf 40 800 Td (Ilse Vandamme) Tj ET\n"
    "BT /F3 14 Tf 190 800 Td (k) Tj ET\n"
    "BT /F1 12 Tf 205 800 Td (Ghent, BE, 9000) Tj ET\n"
    "BT /F1 10 Tf 40 780 Td (ilse.vandamme@example.be) Tj ET\n"
    "BT /F3 10 Tf 172 780 Td (k) Tj ET\n"
    "BT /F1 10 Tf 182 780 Td (github.com/ivandamme) Tj ET\n"
    "BT /F2 12 Tf 40 740 Td (Experience) Tj ET\n"
    "BT /F2 10 Tf 40 722 Td (Lab assistant, Ghent University) Tj ET\n"
    "BT /F1 10 Tf 50 708 Td (Prepared the samples of the soil survey.) Tj ET\n"
    "BT /F1 10 Tf 50 694 Td (Kept the records of the field trips.) Tj ET\n";
  g_autoptr(GBytes) pdf = written_pdf (content, "CMSY10");
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "written.pdf", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (basics (document, "name"), ==, "Ilse Vandamme");
  g_assert_cmpstr (basics (document, "email"), ==, "ilse.vandamme@example.be");
}

/* The name and a headline after a dash on the first line, the phone in
 * a cell at its right; an e-mail address under them written with a typographic
 * hyphen (U+2010): the name is the first cell's, the details are the
 * person's. */
static void
test_dash_headline_beside_phone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 60, 540, 11, 0, "Nora Quist - Service Designer\t555.010.0199")->tab_x = 470;
  add_line (lines, 60, 540, 11, 3, "https://www.linkedin.com/in/noraquist\tnora@post.fjord\u2010net.example")->tab_x = 420;
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Nora Quist");
  g_assert_cmpstr (basics (document, "label"), ==, "Service Designer");
  g_assert_cmpstr (basics (document, "phone"), ==, "555.010.0199");
  g_assert_cmpstr (basics (document, "email"), ==, "nora@post.fjord-net.example");
}

/* A centred line of details under the name with single spaces between
 * them, a home page with a tilde among them: each is read, and the
 * line is no line left out. */
static void
test_details_apart_by_spaces (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  const char *details = "cs.example.edu/~otaka otto.takala@example.org linkedin.com/in/ottotakala";

  add_line (lines, 230, 380, 20, 0, "Otto Takala");
  add_line (lines, 90, 520, 11, 11, details);
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "email"), ==, "otto.takala@example.org");
  g_assert_cmpstr (basics (document, "url"), ==, "cs.example.edu/~otaka");
  g_assert_true (has_profile (document, "linkedin.com/in/ottotakala"));
  unplaced = vitae_import_unplaced_lines (document, details);
  g_assert_cmpuint (unplaced->len, ==, 0);
}

/* A town, its region and postal code, an e-mail address and a home
 * page with the sentence's full stop after it, one line apart by spaces
 * alone: the place, the address and the page are each read, and the
 * line is no line left out. Words that are no place before an address
 * ("write to") make none. */
static void
test_place_and_site_around_address (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) plain = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  const char *details = "Tampere, Pirkanmaa 33100 otto.takala@example.org otaka.example.dev.";

  add_line (lines, 230, 380, 20, 0, "Otto Takala");
  add_line (lines, 90, 520, 11, 11, details);
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "email"), ==, "otto.takala@example.org");
  g_assert_cmpstr (basics (document, "city"), ==, "Tampere");
  g_assert_cmpstr (basics (document, "region"), ==, "Pirkanmaa");
  g_assert_cmpstr (basics (document, "postal-code"), ==, "33100");
  g_assert_cmpstr (basics (document, "url"), ==, "otaka.example.dev");
  unplaced = vitae_import_unplaced_lines (document, details);
  g_assert_cmpuint (unplaced->len, ==, 0);

  add_line (other, 230, 380, 20, 0, "Otto Takala");
  add_line (other, 90, 520, 11, 11, "Write to otto.takala@example.org");
  add_header_sections (other);
  plain = vitae_import_lines (other, NULL);
  g_assert_cmpstr (basics (plain, "email"), ==, "otto.takala@example.org");
  g_assert_cmpstr (basics (plain, "city"), ==, "");
}

/* A street with its house's number on a line of its own ("2 bis rue
 * des Tilleuls": a number of two digits is no postal code), the postal
 * code and town under it: the address, the code and the town, and no
 * line left out. */
static void
test_street_over_postal_town (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;

  add_line (lines, 60, 190, 11, 0, "2 bis rue des Tilleuls");
  add_line (lines, 60, 150, 11, 1, "31400 Toulouse");
  add_line (lines, 230, 380, 20, 12, "Otto Takala");
  add_line (lines, 230, 420, 11, 6, "otto.takala@example.org");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "address"), ==, "2 bis rue des Tilleuls");
  g_assert_cmpstr (basics (document, "postal-code"), ==, "31400");
  g_assert_cmpstr (basics (document, "city"), ==, "Toulouse");
  unplaced = vitae_import_unplaced_lines (document, "2 bis rue des Tilleuls\n31400 Toulouse\n");
  g_assert_cmpuint (unplaced->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts7/plus-between-groups", test_plus_between_groups);
  g_test_add_func ("/import-contacts7/semicolon-between-two", test_semicolon_between_two);
  g_test_add_func ("/import-contacts7/code-above-number-in-columns", test_code_above_number_in_columns);
  g_test_add_func ("/import-contacts7/symbol-font-bars", test_symbol_font_bars);
  g_test_add_func ("/import-contacts7/dash-headline-beside-phone", test_dash_headline_beside_phone);
  g_test_add_func ("/import-contacts7/details-apart-by-spaces", test_details_apart_by_spaces);
  g_test_add_func ("/import-contacts7/place-and-site-around-address", test_place_and_site_around_address);
  g_test_add_func ("/import-contacts7/street-over-postal-town", test_street_over_postal_town);
  return g_test_run ();
}
