/* test-import-misreads.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose words the import misread: a heading of education
 * worded the British way ("Academic Qualifications"). Each page is
 * drawn or its lines set here, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A heading of education worded "Academic Qualifications", in bold at
 * the text's size as the schools under it are: a section of its own,
 * not the summary's end, and the items under a degree are its items. */
static void
test_academic_qualifications (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *school;

  add_line_full (lines, 0, 220, 370, 22, 0, VITAE_TEXT_LINE_BOLD, "Tobias Wren");
  add_line (lines, 230, 360, 11, 3, "Mob: 07700 900461");
  add_line (lines, 215, 380, 11, 3, "Email: tobias.wren@example.co.uk");
  add_line (lines, 90, 505, 11, 14, "A patient, curious graduate looking for a first post in data engineering.");
  add_line_full (lines, 0, 72, 190, 12, 17, VITAE_TEXT_LINE_BOLD, "Academic Qualifications");
  add_line_full (lines, 0, 72, 260, 12, 3, VITAE_TEXT_LINE_BOLD, "2019-2022 University of Leeds");
  add_line (lines, 72, 300, 12, 3, "BSc Mathematics – First Class");
  add_line (lines, 108, 420, 12, 3, "• Modelled river flooding with a team of four.");
  add_line (lines, 108, 400, 12, 3, "• Tutored first-year students in statistics.");
  add_line_full (lines, 0, 72, 190, 12, 17, VITAE_TEXT_LINE_BOLD, "Professional Experience");
  add_line_full (lines, 0, 72, 420, 12, 3, VITAE_TEXT_LINE_BOLD, "2022 – 2024: Analyst at Fenwick Mills");
  add_line (lines, 108, 480, 12, 3, "• Cleaned the weekly sales data for the buyers.");
  document = vitae_import_lines (lines, NULL);

  g_assert_null (strstr (basics (document, "summary"), "Leeds"));
  g_assert_null (strstr (basics (document, "label"), "Leeds"));
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_nonnull (school);
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 2);
  g_assert_cmpstr (bullet_text (school, 0), ==, "Modelled river flooding with a team of four.");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-misreads/academic-qualifications", test_academic_qualifications);
  return g_test_run ();
}
