/* test-import-contacts8.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The header of an imported resume written the American way or left
 * where people leave it: a generation's suffix after the name's comma,
 * an address that ends with its state and ZIP code (the street's number
 * first, no comma before the town), the ZIP code before the phone
 * number, a web host alone on the first line, the person's own e-mail
 * address at the end of the last page, and "Summary of Qualifications";
 * and a word processor's text layer that maps its hyphen to three
 * characters and draws its tabs as glyphs of their own.
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

static gboolean
all_placed (VitaeDocument *document,
            GPtrArray     *lines)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) unplaced = NULL;

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);
  unplaced = vitae_import_unplaced_lines (document, text->str);
  for (guint i = 0; i < unplaced->len; i++)
    g_test_message ("not placed: %s", (const char *) g_ptr_array_index (unplaced, i));
  return unplaced->len == 0;
}

/* A name set large with "IV" after its comma (the e-mail address not
 * its, so that the import looks for it among the lines set large), the
 * address under it apart by a bar: the suffix stays with the name; the street, the town,
 * the state and the ZIP code each go to their own field, and the line is
 * placed. */
static void
test_suffix_and_state (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 340, 576, 25, 0, "Lucien Marcel Dufresne, IV");
  add_line (lines, 270, 576, 10, 7, "(504) 555-0135 | hello@example.org");
  add_line (lines, 377, 576, 10, 3, "2718 Magnolia Ave. | Gretna, LA 70053");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lucien Marcel Dufresne, IV");
  g_assert_cmpstr (basics (document, "address"), ==, "2718 Magnolia Ave.");
  g_assert_cmpstr (basics (document, "city"), ==, "Gretna");
  g_assert_cmpstr (basics (document, "region"), ==, "LA");
  g_assert_cmpstr (basics (document, "postal-code"), ==, "70053");
  g_assert_true (all_placed (document, lines));
}

/* The street's number first and the town after the street without a
 * comma ("Dr. Houston"): the town is the words after the street's kind;
 * when they are not a town's (a mailbox's number among them), the street
 * keeps them, and the house's number is never the ZIP code. A house's
 * number that reads as a year ("1948") is no year. */
static void
test_street_before_town (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) box = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) year = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) boxed = NULL;
  g_autoptr(VitaeDocument) dated = NULL;

  add_line (lines, 200, 400, 18, 0, "Nadia Okafor");
  add_line (lines, 200, 400, 10, 7, "10456 Willowbend Dr. Houston, TX 77035");
  add_line (lines, 200, 400, 10, 3, "nadia@example.org");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "address"), ==, "10456 Willowbend Dr.");
  g_assert_cmpstr (basics (document, "city"), ==, "Houston");
  g_assert_cmpstr (basics (document, "postal-code"), ==, "77035");

  add_line (box, 200, 400, 18, 0, "Nadia Okafor");
  add_line (box, 200, 400, 10, 7, "2000 Birch Way MB 218 Wellesley, MA 02481");
  add_line (box, 200, 400, 10, 3, "nadia@example.org");
  add_header_sections (box);
  boxed = vitae_import_lines (box, NULL);
  g_assert_cmpstr (basics (boxed, "address"), ==, "2000 Birch Way MB 218 Wellesley");
  g_assert_cmpstr (basics (boxed, "postal-code"), ==, "02481");
  g_assert_cmpstr (basics (boxed, "region"), ==, "MA");

  add_line (year, 200, 400, 18, 0, "Nadia Okafor");
  add_line (year, 200, 400, 10, 7, "1948 N. Cedar Ct. • Fresno, CA 93704");
  add_line (year, 200, 400, 10, 3, "nadia.example.dev");
  add_header_sections (year);
  dated = vitae_import_lines (year, NULL);
  g_assert_cmpstr (basics (dated, "address"), ==, "1948 N. Cedar Ct.");
  g_assert_cmpstr (basics (dated, "city"), ==, "Fresno");
  /* (The web host alone is the site, no headline.) */
  g_assert_cmpstr (basics (dated, "url"), ==, "nadia.example.dev");
  g_assert_cmpstr (basics (dated, "label"), ==, "");
}

/* The street, the town and the state with its ZIP code apart by commas:
 * the state and the ZIP code each in their own field. */
static void
test_street_town_state (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 200, 400, 18, 0, "Nadia Okafor");
  add_line (lines, 200, 400, 10, 7, "412 Quarry Cir, Bloomington, IN 47401");
  add_line (lines, 200, 400, 10, 3, "nadia@example.org");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "address"), ==, "412 Quarry Cir");
  g_assert_cmpstr (basics (document, "city"), ==, "Bloomington");
  g_assert_cmpstr (basics (document, "region"), ==, "IN");
  g_assert_cmpstr (basics (document, "postal-code"), ==, "47401");
}

/* The contact details in a table, each label in a cell of its own
 * before its value: the labels are no place, and their lines are placed. */
static void
test_label_cells (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 300, 507, 25, 0, "TOMAS HRUBY");
  add_line_full (lines, 0, 89, 233, 14, 32, VITAE_TEXT_LINE_BOLD, "PERSONAL DETAILS");
  add_line (lines, 110, 273, 11, 15, "Phone\t+420 601 222 333")->tab_x = 189;
  add_line (lines, 110, 301, 11, 4, "Mail\ttomas.hruby@example.cz")->tab_x = 189;
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "+420 601 222 333");
  g_assert_cmpstr (basics (document, "email"), ==, "tomas.hruby@example.cz");
  g_assert_cmpstr (basics (document, "city"), ==, "");
  g_assert_true (all_placed (document, lines));
}

/* A state and its ZIP code right before the phone number: the ZIP code
 * is no part of the number. */
static void
test_zip_before_phone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 54, 558, 10, 0, "Owen Castellano\towen@example.edu")->tab_x = 430;
  add_line (lines, 54, 487, 10, 2, "88 West Larch Avenue, Evanston, IL 60201 847-555-0192");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Owen Castellano");
  g_assert_cmpstr (basics (document, "phone"), ==, "847-555-0192");
}

/* A web host alone on the first line, in the body's size; the name set
 * twice as large in a row with a profile and the e-mail address: the
 * name is the large one, the host the person's site. */
static void
test_web_host_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 43, 110, 10, 0, "owenmarsh.com");
  add_line (lines, 43, 569, 10, 2, "github.com/owenmarsh\t617.555.0148")->tab_x = 514;
  add_line (lines, 43, 569, 20, -5, "linkedin.com/in/owenmarsh\tOwen Marsh\towen.marsh@example.com")->tab_x = 248;
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Owen Marsh");
  g_assert_cmpstr (basics (document, "url"), ==, "owenmarsh.com");
  g_assert_cmpstr (basics (document, "email"), ==, "owen.marsh@example.com");
}

/* No contact details in the header; "Email me: …" after the references
 * at the end: that address is the person's. A referee's address is not. */
static void
test_own_email_at_end (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) referee = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) other = NULL;

  add_line (lines, 36, 154, 14, 0, "Samir Haddad");
  add_header_sections (lines);
  add_line_full (lines, 1, 36, 100, 12, 0, VITAE_TEXT_LINE_BOLD, "References");
  add_line (lines, 36, 208, 10, 11, "References available upon request.");
  add_line (lines, 36, 197, 10, 9, "Email me: samir.h@example.net");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "email"), ==, "samir.h@example.net");

  add_line (referee, 36, 154, 14, 0, "Samir Haddad");
  add_header_sections (referee);
  add_line_full (referee, 1, 36, 100, 12, 0, VITAE_TEXT_LINE_BOLD, "References");
  add_line (referee, 36, 208, 10, 11, "Dr. Lena Fischer, Harbour Works");
  add_line (referee, 36, 197, 10, 3, "Email: lena.fischer@example.org");
  other = vitae_import_lines (referee, NULL);
  g_assert_cmpstr (basics (other, "email"), ==, "");
}

/* "Summary of Qualifications" under the contact details, set as the
 * headings are: a section's heading, not the person's headline. */
static void
test_summary_of_qualifications (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 54, 558, 10, 0, "Owen Castellano\towen@example.edu")->tab_x = 430;
  add_line_full (lines, 0, 54, 165, 10, 13, VITAE_TEXT_LINE_BOLD, "Summary of Qualifications");
  add_line (lines, 54, 475, 10, 4, "• Published research on how rumours spread in online crowds");
  add_line (lines, 54, 426, 10, 1, "• Experience with network analysis and text classification");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "label"), ==, "");
  g_assert_cmpstr (basics (document, "name"), ==, "Owen Castellano");
}

/* A word processor's PDF: a font whose hyphen maps to three characters
 * ("-", a soft hyphen and U+2010, which poppler gives a third of its box
 * each), and a tab drawn as glyphs between the name and the address at
 * the right (each a tab, a carriage return, a space and a no-break space,
 * again and again across the gap). The phone number reads with one
 * hyphen, and the gap parts the name from the address. */
static void
test_word_processor_glyphs (void)
{
  /* (One glyph maps to "\t\r \u00a0" as one in Word's PDFs, so that
   * poppler keeps its characters.) */
  static const char cmap[] =
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Plain def /CMapType 2 def "
    "1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfrange <20> <2C> <0020> <2E> <7D> <002E> "
    "endbfrange 2 beginbfchar\n<2D> <002D00AD2010>\n<7E> <0009000D002000A0>\nendbfchar endcmap "
    "CMapName currentdict /CMap defineresource pop end end";
  static const char content[] =
    "BT /F1 10 Tf 54 800 Td (Owen Castellano~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~owen@example.edu) Tj ET\n"
    "BT /F1 10 Tf 54 788 Td (88 West Larch Avenue, Evanston, IL 60201 847-555-0192) Tj ET\n"
    "BT /F2 13 Tf 54 760 Td (Experience) Tj ET\n"
    "BT /F2 10 Tf 54 740 Td (Survey assistant, Harbour Works, 2019 - 2023) Tj ET\n"
    "BT /F1 10 Tf 64 726 Td (- Measured the depth of the basin every spring) Tj ET\n"
    "BT /F1 10 Tf 64 714 Td (- Drew the maps of the new quay for the engineers) Tj ET\n";
  const char *objects[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [ 3 0 R ] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 7 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    content,
    cmap,
  };
  g_autoptr(GBytes) pdf = written_pdf_objects (objects, G_N_ELEMENTS (objects), 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "written.pdf", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (basics (document, "name"), ==, "Owen Castellano");
  g_assert_cmpstr (basics (document, "email"), ==, "owen@example.edu");
  g_assert_cmpstr (basics (document, "phone"), ==, "847-555-0192");
}

/* A degree signed after the name across a wide gap ("B.Sc.") stays
 * with the name; a birthday after an icon's glyph beside the phone
 * ("{ 14. 03. 2001") is no headline. */
static void
test_degree_beside_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  const char *label;

  add_cells (lines, 215, 350, 380, 17, 0, VITAE_TEXT_LINE_BOLD, "Milena Vukovic\tB.Sc.");
  add_cells (lines, 116, 420, 490, 11, 4, 0, "+43 660 1234567\t{ 14. 03. 2001");
  add_line (lines, 164, 445, 11, 2, "milena.vukovic@example.at");
  add_header_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Milena Vukovic B.Sc.");
  g_assert_cmpstr (basics (document, "phone"), ==, "+43 660 1234567");
  label = basics (document, "label");
  g_assert_true (label == NULL || label[0] == '\0');
}

/* Lines under the name that are no headline: where the person lives
 * (a town and its region and country, read as such), when they were
 * born, a heading over the contact details; the headline after them is
 * the headline. */
static void
test_details_under_name (void)
{
  static const char * const cases[][4] = {
    { "Kingston, ON, Canada", "Kingston", "ON, Canada", "Data Engineer" },
    { "Tartu, Estonia", "Tartu", "Estonia", "Data Engineer" },
    { "Santa Fe, NM", "Santa Fe", "NM", "Data Engineer" },
    { "Contact Information", "", "", "Data Engineer" },
    { "Born: 3 May 1999", "", "", "Data Engineer" },
    { "Platform Engineer, Team Lead", "", "", "Platform Engineer, Team Lead" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 36, 300, 20, 0, "Kaisa Tamm");
      add_line (lines, 36, 200, 10, 4, cases[k][0]);
      if (!g_str_equal (cases[k][3], cases[k][0]))
        add_line (lines, 36, 200, 10, 2, cases[k][3]);
      add_line (lines, 36, 250, 10, 2, "kaisa.tamm@example.ee");
      add_header_sections (lines);
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "city"), ==, cases[k][1]);
      g_assert_cmpstr (basics (document, "region"), ==, cases[k][2]);
      g_assert_cmpstr (basics (document, "label"), ==, cases[k][3]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts8/suffix-and-state", test_suffix_and_state);
  g_test_add_func ("/import-contacts8/street-before-town", test_street_before_town);
  g_test_add_func ("/import-contacts8/street-town-state", test_street_town_state);
  g_test_add_func ("/import-contacts8/zip-before-phone", test_zip_before_phone);
  g_test_add_func ("/import-contacts8/label-cells", test_label_cells);
  g_test_add_func ("/import-contacts8/web-host-over-name", test_web_host_over_name);
  g_test_add_func ("/import-contacts8/own-email-at-end", test_own_email_at_end);
  g_test_add_func ("/import-contacts8/summary-of-qualifications", test_summary_of_qualifications);
  g_test_add_func ("/import-contacts8/word-processor-glyphs", test_word_processor_glyphs);
  g_test_add_func ("/import-contacts8/degree-beside-name", test_degree_beside_name);
  g_test_add_func ("/import-contacts8/details-under-name", test_details_under_name);
  return g_test_run ();
}
