/* test-import-slanted-heading.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported resumes whose entries' headings are in bold on every line,
 * their parts told apart by italics alone, as real resumes do, in our own
 * words: the school upright with its date at the right, its degree and
 * an honour under it in bold italics. They are one entry's heading and
 * details, not three entries. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

#define BOLD_ITALIC (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC)

static void
test_slanted_school_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *school, *job;

  add_line_full (lines, 0, 180, 420, 30, 0, 0, "PERPETUA ELLWOOD");
  add_line_full (lines, 0, 170, 430, 11, 3, 0, "perpetua.ellwood@example.org · 555-014-2237");
  add_line_full (lines, 0, 72, 140, 14, 9, 0, "EDUCATION");
  add_cells (lines, 105, 490, 540, 11, 8, VITAE_TEXT_LINE_BOLD, "HARBOURVIEW INSTITUTE OF DESIGN\tJUNE 2023");
  add_line_full (lines, 0, 105, 400, 11, 2.4, BOLD_ITALIC, "BACHELOR OF ARTS IN INDUSTRIAL DESIGN");
  add_line_full (lines, 0, 105, 420, 10, 2.4, BOLD_ITALIC, "Winner of the faculty's travel bursary for a study of Nordic chairs");
  add_line_full (lines, 0, 105, 200, 10, 2.2, 0, "Studio average: 82%");
  add_line_full (lines, 0, 72, 140, 14, 9, 0, "EXPERIENCE");
  add_cells (lines, 105, 470, 540, 11, 4, VITAE_TEXT_LINE_BOLD, "NORTHWIND FURNITURE CO.\tJUL – SEP 2022");
  add_line_full (lines, 0, 140, 520, 10, 3, VITAE_TEXT_LINE_ICON, "Drew the joints of a folding stool in three sizes for the workshop");
  add_line_full (lines, 0, 140, 500, 10, 3, VITAE_TEXT_LINE_ICON, "Tested the glue of forty samples against damp and heat");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "organization"), ==, "HARBOURVIEW INSTITUTE OF DESIGN");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "end"), ==, "2023-06");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "degree"), ==, "BACHELOR OF ARTS IN INDUSTRIAL DESIGN");
  /* The honour is the school's detail, no word of it lost. */
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (school), "summary"),
                            "Winner of the faculty's travel bursary for a study of Nordic chairs"));

  /* The job after it is an entry of its own, as before. */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-slanted-heading/school", test_slanted_school_heading);
  return g_test_run ();
}
