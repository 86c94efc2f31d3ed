/* test-import-names14.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs that took a line too many or the wrong one: a
 * job title set as large as the name right under it; a row of two
 * columns' headings where the name is a picture; the name before a
 * comma in a CV's running title; a name set wide apart beside its
 * e-mail address, the address's "@" and dots spaced too; the contact
 * details' heading of a sidebar over the name. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A front-end developer's page: the name and the job title in the
 * same large type, one under the other from the same edge, then a
 * sentence about the person and the e-mail address. The title is a
 * headline, no part of the name. */
static void
test_job_title_under_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 40, 230, 410, 24, 0, 0, "Oskar Lindqvist");
  add_placed (lines, 0, 70, 230, 440, 24, 4, 0, "Web Developer");
  add_placed (lines, 0, 110, 230, 520, 11, 16, 0, "I build fast pages that work for everyone.");
  add_placed (lines, 0, 135, 230, 390, 11, 12, 0, "oskar.lindqvist@example.se");
  add_placed (lines, 0, 190, 40, 120, 10, 40, 0, "Experience");
  add_placed (lines, 0, 215, 40, 160, 11, 12, 0, "2019 - Present");
  add_placed (lines, 0, 215, 230, 540, 11, -11, 0, "Rebuilt the shop's checkout in plain web parts.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Oskar Lindqvist");
  g_assert_cmpstr (basics (document, "email"), ==, "oskar.lindqvist@example.se");
}

/* A page whose name is a drawn logo: the contact details first, then
 * the headings of two columns on one row, the left one a known
 * section's. The heading beside it is no name: better none. */
static void
test_heading_row_no_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 180, 360, 13, 0, "Email: pia.moreau@example.ca");
  add_line (lines, 180, 330, 13, 0, "Phone: (416) 555-0142");
  add_cells (lines, 40, 320, 450, 13, 40, 0, "Education\tCoding Tools");
  add_cells (lines, 40, 110, 380, 12, 16, 0, "2019 - 2023\tBachelor of Arts, Design");
  add_line (lines, 110, 380, 11, 2, "Lakeshore College, Toronto");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "");
  g_assert_cmpstr (basics (document, "email"), ==, "pia.moreau@example.ca");
}

/* An academic CV whose only name is in the running title over the first
 * page, before a comma: "Name, Curriculum Vitae, date"; the headings in
 * a column at the left, "Contact" over "Information". */
static void
test_name_in_running_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 36, 350, 12, 0, "Ilse Verhoeven, Curriculum Vitae, March 2021");
  add_line (lines, 36, 76, 10, 21, "Contact");
  add_cells (lines, 134, 430, 572, 10, -2, 0, "Institute of Sound Studies\tRoom 12, North Wing");
  add_line (lines, 36, 90, 10, -3, "Information");
  add_cells (lines, 134, 440, 572, 10, 3, 0, "verhoeven.example.org\tilse.verhoeven@example.nl");
  add_line (lines, 36, 85, 10, 26, "Education");
  add_cells (lines, 134, 527, 572, 10, -2, 0, "Ph.D., Acoustics\t2015-2019");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Ilse Verhoeven");
  g_assert_cmpstr (basics (document, "email"), ==, "ilse.verhoeven@example.nl");
}

/* A name in capitals set wide apart, its words read as cells, with the
 * e-mail address beside it on its line in small capitals whose "@" and
 * dots the reader spaced apart: the name is both words, the address is
 * whole again. */
static void
test_spaced_name_beside_spaced_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 490, 577, 14, 0, "604.555.0199");
  add_cells (lines, 30, 430, 577, 24, -6, 0, "TOMAS\tBRENNER\tBRENNER @ EXAMPLE . COM");
  add_line (lines, 30, 140, 16, 9, "EDUCATION");
  add_line_full (lines, 0, 30, 160, 13, 9, VITAE_TEXT_LINE_BOLD, "Harbour University");
  add_line (lines, 30, 157, 9, 5, "Sep 2016 - Jun 2020");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "TOMAS BRENNER");
  g_assert_cmpstr (basics (document, "email"), ==, "BRENNER@EXAMPLE.COM");
}

/* A banner with the name set very large, its sidebar beside it headed
 * "Contact Me", read first: the heading is no name, and the name is no
 * headline either. */
static void
test_contact_me_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 470, 540, 13, 0, "Contact Me");
  add_cells (lines, 13, 470, 567, 61, -11, 0, "Nadia Ferrer\tPortland, Oregon 97205");
  add_line (lines, 470, 580, 9, -63, "503-555-0117 (c)");
  add_line (lines, 470, 550, 9, 1, "nferrer@example.com");
  add_cells (lines, 17, 470, 528, 13, 8, 0, "Employment\tEducation");
  add_line (lines, 18, 156, 10, -2, "Cedar Goods - 03/2018 - Present");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Nadia Ferrer");
  g_assert_cmpstr (basics (document, "label"), ==, "");
  g_assert_cmpstr (basics (document, "email"), ==, "nferrer@example.com");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names14/job-title-under-name", test_job_title_under_name);
  g_test_add_func ("/import-names14/heading-row-no-name", test_heading_row_no_name);
  g_test_add_func ("/import-names14/name-in-running-title", test_name_in_running_title);
  g_test_add_func ("/import-names14/spaced-name-beside-spaced-email", test_spaced_name_beside_spaced_email);
  g_test_add_func ("/import-names14/contact-me-over-name", test_contact_me_over_name);
  return g_test_run ();
}
