/* test-import-item-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The marks of imported PDFs' list items in layouts met in real
 * resumes, as their lines come from the reader, in our own words: a
 * dash or a dot after a tab stop inside an item, unlike the item's
 * mark. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Items of a sub-list each with a term at a tab stop after an em dash
 * ("• Course <tab> — Autumn 2024"), and items of another list with a
 * middle dot between two names that a wide gap set apart: one item
 * each, since the dash and the dot are not the items' mark "•"; two
 * items side by side, both marked "•", stay two. */
static void
test_unlike_mark_after_tab (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 47, 400, 20, 0, 0, "Lotte Brauer");
  add_line_full (lines, 0, 47, 250, 10, 4, 0, "lotte.brauer@example.org");
  add_line_full (lines, 0, 47, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 47, 570, 11, 6, VITAE_TEXT_LINE_BOLD, "Teaching assistant\tSeptember 2024 - April 2025");
  add_line_full (lines, 0, 61, 140, 10, 4, 0, "•\tCourses taught:");
  add_line_full (lines, 0, 71, 410, 10, 6, 0, "•\tGEO1010 - Reading maps and charts\t— Autumn 2024");
  add_line_full (lines, 0, 71, 400, 10, 3, 0, "•\tGEO2200 - Field surveying\t— Winter 2025");
  add_line_full (lines, 0, 61, 300, 10, 4, 0, "•\tMarked 300 field reports");
  add_line_full (lines, 0, 61, 460, 10, 4, 0, "•\tDrove the survey van\t•\tKept the instrument log");
  add_line_full (lines, 0, 47, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "Certifications");
  add_line_full (lines, 0, 47, 440, 10, 6, 0, "• Cartography Basics\t· Remote Sensing Foundations");
  add_line_full (lines, 0, 47, 500, 10, 1, 0, "• Surveying Safety (Guild)\t· Drone Pilot Licence (Aviation Board)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Courses taught:\n"
                   "GEO1010 - Reading maps and charts — Autumn 2024\n"
                   "GEO2200 - Field surveying — Winter 2025\n"
                   "Marked 300 field reports\n"
                   "Drove the survey van\n"
                   "Kept the instrument log\n"
                   "Cartography Basics · Remote Sensing Foundations\n"
                   "Surveying Safety (Guild) · Drone Pilot Licence (Aviation Board)\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-marks/unlike-mark-after-tab", test_unlike_mark_after_tab);
  return g_test_run ();
}
