/* test-import-contacts6.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The phone numbers and e-mail addresses of imported PDFs in a block of
 * contact details under a heading of its own ("Get in touch",
 * "Kontakt"), after the person's first number was read: the person's
 * too, in whatever language the heading is, while referees' details in
 * their own section stay the referees'. Each page is given as the
 * reader's lines, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* The header: a name, a job title, then a heading of the contact
 * details (@heading) over two lines, each a country's label before a
 * phone number and, after a wide gap, an e-mail address or a web page;
 * the sections under them. */
static void
test_contact_block_under_heading (void)
{
  static const char * const headings[] = { "GET IN TOUCH", "Get in contact", "KONTAKT", "Coordonnées" };

  for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      g_test_message ("%s", headings[k]);
      add_line (lines, 240, 380, 11, 0, "DATA ENGINEER");
      add_line_full (lines, 0, 240, 400, 30, 14, VITAE_TEXT_LINE_BOLD, "INES HALVORSEN");
      add_line_full (lines, 0, 240, 350, 11, 40, VITAE_TEXT_LINE_BOLD, headings[k]);
      add_line (lines, 240, 500, 9, 8, "Norway:\t+47 912 34 567\tines.halvorsen@example.no")->tab_x = 296;
      add_line (lines, 240, 490, 9, 3, "Portugal: +351 912 345 678\tineshalvorsen.example.io")->tab_x = 396;
      add_line_full (lines, 0, 65, 200, 11, 40, VITAE_TEXT_LINE_BOLD, "WORK EXPERIENCE");
      add_line_full (lines, 0, 65, 400, 9, 12, VITAE_TEXT_LINE_BOLD, "Fjord Data AS | 2021 – 2024");
      add_line (lines, 75, 500, 9, 3, "• Moved the nightly loads of the ferry tickets to a stream");
      add_line (lines, 75, 500, 9, 3, "• Cut the cost of the reports' queries by a third");
      document = vitae_import_lines (lines, NULL);
    
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+47 912 34 567");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ines.halvorsen@example.no");
      g_assert_true (has_profile (document, "+351 912 345 678"));
      g_assert_false (in_sections (document, "+351"));
    }
}

/* The same block at the end of the page, after the sections, the
 * person's first number in the header; and a section of referees
 * before it whose numbers stay theirs. */
static void
test_contact_block_at_end (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 60, 300, 26, 0, VITAE_TEXT_LINE_BOLD, "Tobias Brenner");
  add_line (lines, 60, 400, 10, 4, "tobias.brenner@example.de | +49 151 2345 6789");
  add_line_full (lines, 0, 60, 200, 13, 18, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 60, 400, 10, 8, VITAE_TEXT_LINE_BOLD, "Site engineer, Holzbau Nord\t2018 – 2024")->tab_x = 480;
  add_line (lines, 70, 500, 10, 3, "• Planned the timber frames of forty family houses");
  add_line (lines, 70, 500, 10, 3, "• Checked the deliveries against the drawings");
  add_line_full (lines, 0, 60, 200, 13, 18, VITAE_TEXT_LINE_BOLD, "References");
  add_line_full (lines, 0, 60, 300, 10, 8, VITAE_TEXT_LINE_BOLD, "Dr. Anke Vogt, Holzbau Nord");
  add_line (lines, 60, 300, 10, 2, "Phone: +49 40 555 0199");
  add_line (lines, 60, 300, 10, 2, "anke.vogt@example.com");
  add_line_full (lines, 0, 60, 200, 13, 18, VITAE_TEXT_LINE_BOLD, "Get in touch");
  add_line (lines, 60, 300, 10, 8, "Mobile: +31 6 1234 5678");
  add_line (lines, 60, 300, 10, 2, "t.brenner@example.org");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 151 2345 6789");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "tobias.brenner@example.de");
  g_assert_true (has_profile (document, "+31 6 1234 5678"));
  g_assert_false (has_profile (document, "+49 40 555 0199"));
  g_assert_true (in_sections (document, "+49 40 555 0199"));
}

/* The header: a name, a job title in capitals, then the person's web
 * site in capitals, set bold and as large as a heading: a web address
 * (in any case) is the site, never a section of its own. */
static void
test_site_in_capitals (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 60, 300, 24, 0, VITAE_TEXT_LINE_BOLD, "Marit Solberg");
  add_line (lines, 60, 300, 11, 4, "STRUCTURAL ENGINEER");
  add_line_full (lines, 0, 60, 260, 12, 14, VITAE_TEXT_LINE_BOLD, "WWW.MARITSOLBERG.NO");
  add_line_full (lines, 0, 60, 200, 12, 18, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 60, 400, 10, 8, VITAE_TEXT_LINE_BOLD, "Bridge engineer, Vegbygg AS\t2019 – 2024")->tab_x = 480;
  add_line (lines, 70, 500, 10, 3, "• Checked the loads of twelve footbridges over the river");
  add_line (lines, 70, 500, 10, 3, "• Drew the steel details of the new ferry quay");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "url"), ==, "WWW.MARITSOLBERG.NO");
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    g_assert_null (strstr (vitae_section_get_title (vitae_document_get_section (document, s)), "MARIT"));
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts6/contact-block-under-heading", test_contact_block_under_heading);
  g_test_add_func ("/import-contacts6/contact-block-at-end", test_contact_block_at_end);
  g_test_add_func ("/import-contacts6/site-in-capitals", test_site_in_capitals);
  return g_test_run ();
}
