/* test-import-grad-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A school's entry set as a stack of short lines: the school in bold
 * over a line of its dates with a word before them and its place behind
 * a bar ("Grad. June 2011 | Harrowgate, YK"). Each stack is an entry of
 * its own. The lines are given as the reader's, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static const char *
field_of (VitaeDocument    *document,
          VitaeSectionKind  kind,
          guint             index,
          const char       *key)
{
  VitaeEntry *entry = entry_at (document, kind, index);

  g_assert_nonnull (entry);
  return vitae_node_has (VITAE_NODE (entry), key) ? vitae_node_get_text (VITAE_NODE (entry), key) : NULL;
}

/* Two schools, each in bold over the line of its dates, a word before
 * them, and its place behind a bar: each school is an entry of its
 * own, with its dates and place, not the text of the one above. */
static void
test_school_stacks (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 97, 515, 24, 0, "Rowena Quillfeather");
  add_line (lines, 139, 467, 10, 4, "rowena.quillfeather@example.org");
  add_line (lines, 35, 128, 14, 22, "Education");
  add_line_full (lines, 0, 35, 206, 11, 6, VITAE_TEXT_LINE_BOLD, "Fellside Sixth Form College");
  add_line (lines, 35, 135, 10, 1, "Graduated June 2012 | Kendal, CU");
  add_line_full (lines, 0, 35, 188, 11, 6, VITAE_TEXT_LINE_BOLD, "Hollybank Grammar School");
  add_line (lines, 35, 176, 10, 1, "Grad. June 2010 | Windermere, CU");
  add_line (lines, 35, 84, 14, 17, "Skills");
  add_line (lines, 35, 117, 10, 2, "Surveying, AutoCAD, Concrete design");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 2);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "organization"), ==, "Fellside Sixth Form College");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "end"), ==, "2012-06");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "location"), ==, "Kendal, CU");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "summary"), ==, NULL);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "organization"), ==, "Hollybank Grammar School");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "end"), ==, "2010-06");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "location"), ==, "Windermere, CU");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "summary"), ==, NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-grad-dates/school-stacks", test_school_stacks);
  return g_test_run ();
}
