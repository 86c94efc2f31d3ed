/* test-import-names12.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names and contact details of imported PDFs read short or wrong: the
 * given names and the family name in capitals with a comma between
 * them (a degree after a comma still cut); a name set large that wraps
 * onto a second line in another weight; a referee's phone number under
 * a job read before the header's own, set in a second column; a
 * sidebar's heading of the contact details that stands first on a page
 * whose name is drawn as a picture. Each page is given as the reader's
 * lines in our own words, with where each line stands on the page. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* The first line in capitals, large and bold, centred: the given names,
 * a comma and then the family name (or a degree the person signs with,
 * which stays with the name); the details under it set apart by bars; a
 * summary of bullets. */
static void
test_family_name_after_comma (void)
{
  static const char * const firsts[] = { "TOMAS ERIK LINDQVIST, BERGSTROM", "TOMAS ERIK LINDQVIST, PHD",
                                         "TOMAS ERIK LINDQVIST, MBA" };
  static const char * const names[] = { "TOMAS ERIK LINDQVIST, BERGSTROM", "TOMAS ERIK LINDQVIST, PHD",
                                        "TOMAS ERIK LINDQVIST, MBA" };

  for (guint k = 0; k < G_N_ELEMENTS (firsts); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_placed (lines, 0, 35, 120, 480, 20, 0, VITAE_TEXT_LINE_BOLD, firsts[k]);
      add_placed (lines, 0, 62, 44, 560, 10, 8, 0,
                  "+46 70 555 01 23\t|\ttomas.erik@example.com\t|\thttps://tel.example.net\t|\tUmeå")->tab_x = 140;
      add_placed (lines, 0, 90, 270, 326, 12, 15, VITAE_TEXT_LINE_BOLD, "SUMMARY");
      add_placed (lines, 0, 105, 36, 300, 10, 4, 0, "• Eight years of writing firmware for lifts and doors.");
      add_placed (lines, 0, 117, 36, 330, 10, -1, 0, "• Led a team of four through two product launches.");
      add_placed (lines, 0, 140, 250, 340, 12, 10, VITAE_TEXT_LINE_BOLD, "WORK EXPERIENCE");
      add_placed (lines, 0, 156, 36, 560, 10, 4, 0, "Nordlift AB\tMay 2019 to present")->tab_x = 450;
      add_placed (lines, 0, 168, 36, 560, 10, 0, 0, "Firmware Engineer\tUmeå, Sweden")->tab_x = 480;
      add_placed (lines, 0, 180, 36, 400, 10, 0, 0, "• Wrote the door controller's state machine in C.");
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "name"), ==, names[k]);
    }
}

/* The name set largest at the top, wrapped onto a second line: its
 * first two words in bold, the family name under them in the regular
 * weight of the same size; headings and a column of details below. */
static void
test_name_wraps_in_largest_type (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 55, 36, 260, 26, 0, VITAE_TEXT_LINE_BOLD, "Lakshmi Devika");
  add_placed (lines, 0, 90, 36, 140, 26, 3.5, 0, "Varanasi");
  add_placed (lines, 0, 157, 36, 105, 12, 35, VITAE_TEXT_LINE_BOLD, "OBJECTIVE");
  add_placed (lines, 0, 178, 36, 350, 10, 6, 0, "To grow as a support analyst in a team that builds its own tools");
  add_placed (lines, 0, 191, 36, 320, 10, 1.5, 0, "and to learn the networks of a large company from the inside.");
  add_placed (lines, 0, 157, 370, 440, 12, 0, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_placed (lines, 0, 178, 370, 520, 10, 6, 0, "lakshmi.dv@example.com");
  add_placed (lines, 0, 191, 370, 480, 10, 1.5, 0, "Växjö, Sweden");
  add_placed (lines, 0, 288, 36, 113, 12, 57, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_placed (lines, 0, 310, 36, 200, 10, 8, 0, "Support Analyst");
  add_placed (lines, 0, 323, 36, 200, 10, 1, 0, "Feb 2022 - Present");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lakshmi Devika Varanasi");
}

/* The header's details in two columns, the left one read first, down
 * through the first job, whose last line gives a former manager's name
 * and phone number; the right column with the person's own number read
 * after it. */
static void
test_referee_phone_under_job (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 21, 24, 320, 23, 0, 0, "Farid Ahmed Qureshi");
  add_placed (lines, 0, 49, 25, 410, 12, 1.7, 0, "Test Engineer | Quality Assurance");
  add_placed (lines, 0, 127, 44, 173, 9, 46, 0, "farid.qa@example.com");
  add_placed (lines, 0, 147, 44, 110, 9, 10, 0, "Multan, Pakistan");
  add_placed (lines, 0, 201, 25, 157, 14, 24, VITAE_TEXT_LINE_BOLD, "WORK EXPERIENCE");
  add_placed (lines, 0, 227, 25, 240, 12, 10, VITAE_TEXT_LINE_BOLD, "Quality Assurance Engineer");
  add_placed (lines, 0, 241, 25, 110, 12, 0.1, 0, "Brightloop");
  add_placed (lines, 0, 258, 25, 278, 8, 3.5, VITAE_TEXT_LINE_ITALIC, "01/2022 - Present,\tMultan, Pakistan")->tab_x = 219;
  add_placed (lines, 0, 301, 25, 259, 9, 2, 0, "• Tested thirty web and phone apps by hand.");
  add_placed (lines, 0, 316, 25, 250, 9, 5, 0, "• Wrote the test plans of two releases.");
  add_placed (lines, 0, 374, 25, 192, 8, 7.5, VITAE_TEXT_LINE_ITALIC, "Contact : Salma Idris\t- +92 301 5550147")->tab_x = 110;
  add_placed (lines, 0, 394, 25, 192, 12, 10.5, VITAE_TEXT_LINE_BOLD, "Junior Test Engineer");
  add_placed (lines, 0, 408, 25, 139, 12, 0.1, 0, "Codewell");
  add_placed (lines, 0, 425, 25, 278, 8, 3.5, VITAE_TEXT_LINE_ITALIC, "06/2021 - 12/2021,\tMultan, Pakistan")->tab_x = 219;
  add_placed (lines, 0, 440, 25, 259, 9, 2, 0, "• Logged and retested the bugs of a shop's app.");
  add_placed (lines, 0, 127, 332, 400, 9, 0, 0, "+92 300 5550199");
  add_placed (lines, 0, 147, 332, 493, 9, 10, 0, "farid-qa.example.io/portfolio/");
  add_placed (lines, 0, 201, 315, 361, 14, 24.6, VITAE_TEXT_LINE_BOLD, "SKILLS");
  add_placed (lines, 0, 227, 316, 500, 10, 9, 0, "Manual Testing\tTest Automation")->tab_x = 400;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "+92 300 5550199");
}

/* A list of personal details under its heading, the person's own name
 * (shorter than the header's) after its label beside the phone number:
 * that number is the person's, not another's. */
static void
test_own_name_beside_phone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 40, 40, 300, 20, 0, VITAE_TEXT_LINE_BOLD, "Irene Valdés Moro");
  add_placed (lines, 0, 70, 40, 200, 10, 10, 0, "irene.vm@example.com");
  add_placed (lines, 0, 100, 40, 200, 13, 16, VITAE_TEXT_LINE_BOLD, "Experience");
  add_placed (lines, 0, 120, 40, 500, 10, 6, VITAE_TEXT_LINE_BOLD, "Lab Technician\t2020 – 2024")->tab_x = 440;
  add_placed (lines, 0, 134, 40, 400, 10, 2, 0, "• Ran the water samples of three coastal towns.");
  add_placed (lines, 0, 160, 40, 200, 13, 16, VITAE_TEXT_LINE_BOLD, "Details");
  add_placed (lines, 0, 180, 40, 400, 10, 6, 0, "Full name: Irene Valdés\t+34 611 555 032")->tab_x = 250;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "+34 611 555 032");
}

/* The name and the e-mail address drawn as pictures: the page's text
 * opens with the profile, then a sidebar's heading of the contact
 * details over a phone number and a place. The heading is no name. */
static void
test_contact_heading_is_no_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 176, 225, 573, 10, 0, 0, "Student of computer science who enjoys building small web tools");
  add_placed (lines, 0, 186, 225, 573, 10, -2, 0, "and fixing the computers of friends, and wants a first job in a team.");
  add_placed (lines, 0, 214, 36, 115, 15.5, -3.4, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_placed (lines, 0, 244, 55, 110, 9.5, 12, 0, "3442-555018");
  add_placed (lines, 0, 319, 55, 160, 9.5, 40, 0, "Paraná - Entre Ríos");
  add_placed (lines, 0, 363, 36, 133, 15.5, 24, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_placed (lines, 0, 378, 36, 98, 9.5, -1.9, 0, "2024 - Present");
  add_placed (lines, 0, 390, 36, 136, 9.5, 0.4, VITAE_TEXT_LINE_BOLD, "Systems Analyst - UADER");
  add_placed (lines, 0, 550, 34, 139, 15.5, 18, VITAE_TEXT_LINE_BOLD, "LANGUAGES");
  add_placed (lines, 0, 565, 35, 104, 9.5, -1.9, 0, "Spanish – Native");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), !=, "CONTACT");
  g_assert_cmpstr (basics (document, "phone"), ==, "3442-555018");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names12/family-name-after-comma", test_family_name_after_comma);
  g_test_add_func ("/import-names12/name-wraps-in-largest-type", test_name_wraps_in_largest_type);
  g_test_add_func ("/import-names12/referee-phone-under-job", test_referee_phone_under_job);
  g_test_add_func ("/import-names12/own-name-beside-phone", test_own_name_beside_phone);
  g_test_add_func ("/import-names12/contact-heading-is-no-name", test_contact_heading_is_no_name);

  return g_test_run ();
}
