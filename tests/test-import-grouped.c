/* test-import-grouped.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's heading set on two lines, the organisation and its place
 * over what was done there and its dates (the commonest layout of all):
 * one entry a dated line, each with the organisation above it. The
 * lines are given as the reader's, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static void
assert_entry (VitaeDocument    *document,
              VitaeSectionKind  kind,
              guint             index,
              const char       *key,
              const char       *value)
{
  VitaeEntry *entry = entry_at (document, kind, index);

  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), key), ==, value);
}

/* A school and its town over two degrees, each with its dates; then an
 * employer and its town over a role and its dates, with its items, and
 * a second employer alike. */
static void
test_grouped_school_and_employer (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 230, 380, 24, 0, "Oskar Venneberg");
  add_line (lines, 120, 490, 10, 1, "555-201-7788 | oskar.venneberg@example.org");
  add_line (lines, 36, 100, 12, 18, "Education");
  add_line (lines, 47, 570, 11, 6, "Lakeshore Institute of Technology\tMillbrook, OR");
  add_line (lines, 47, 569, 10, 4.5, "Bachelor of Science in Geology\tSep. 2012 – Jun. 2016");
  add_line (lines, 47, 569, 10, 4.7, "Master of Science in Hydrology\tSep. 2016 – Jun. 2018");
  add_line (lines, 36, 104, 12, 12, "Experience");
  add_line (lines, 47, 570, 11, 6, "Riverbend Water Works\tMillbrook, OR");
  add_line (lines, 47, 569, 10, 4.5, "Field Hydrologist\tJuly 2018 – Present");
  add_line (lines, 61, 560, 10, 4, "\u2022\tMeasured the flow of four creeks through two dry summers");
  add_line (lines, 61, 560, 10, 4, "\u2022\tMapped the wells of the valley for the county's new plan");
  add_line (lines, 47, 570, 11, 6, "Granite Peak Surveys Inc.\tAshford, OR");
  add_line (lines, 47, 569, 10, 4.5, "Survey Assistant\tMay 2016 – Aug. 2016");
  add_line (lines, 61, 560, 10, 4, "\u2022\tCarried the levels and kept the field book of a crew of three");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 2);
  assert_entry (document, VITAE_SECTION_EDUCATION, 0, "organization", "Lakeshore Institute of Technology");
  assert_entry (document, VITAE_SECTION_EDUCATION, 0, "location", "Millbrook, OR");
  assert_entry (document, VITAE_SECTION_EDUCATION, 0, "degree", "Bachelor of Science in Geology");
  assert_entry (document, VITAE_SECTION_EDUCATION, 0, "start", "2012-09");
  assert_entry (document, VITAE_SECTION_EDUCATION, 1, "organization", "Lakeshore Institute of Technology");
  assert_entry (document, VITAE_SECTION_EDUCATION, 1, "location", "Millbrook, OR");
  assert_entry (document, VITAE_SECTION_EDUCATION, 1, "degree", "Master of Science in Hydrology");
  assert_entry (document, VITAE_SECTION_EDUCATION, 1, "end", "2018-06");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 0, "organization", "Riverbend Water Works");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 0, "location", "Millbrook, OR");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 0, "role", "Field Hydrologist");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 0, "start", "2018-07");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 2);
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 1, "organization", "Granite Peak Surveys Inc.");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 1, "location", "Ashford, OR");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 1, "role", "Survey Assistant");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 1, "summary", "");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 1)), ==, 1);
}

/* The role first with its dates, its employer and place under it: the
 * layout already understood stays as it was. */
static void
test_role_over_employer (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 230, 380, 24, 0, "Oskar Venneberg");
  add_line (lines, 120, 490, 10, 1, "oskar.venneberg@example.org");
  add_line (lines, 36, 104, 12, 18, "Experience");
  add_line (lines, 47, 570, 11, 6, "Field Hydrologist\tJuly 2018 – Present");
  add_line (lines, 47, 569, 10, 4, "Riverbend Water Works\tMillbrook, OR");
  add_line (lines, 61, 560, 10, 4, "\u2022\tMeasured the flow of four creeks through two dry summers");
  add_line (lines, 47, 570, 11, 6, "Survey Assistant\tMay 2016 – Aug. 2016");
  add_line (lines, 47, 569, 10, 4, "Granite Peak Surveys Inc.\tAshford, OR");
  add_line (lines, 61, 560, 10, 4, "\u2022\tCarried the levels and kept the field book of a crew of three");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 0, "role", "Field Hydrologist");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 0, "organization", "Riverbend Water Works");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 1, "role", "Survey Assistant");
  assert_entry (document, VITAE_SECTION_EXPERIENCE, 1, "organization", "Granite Peak Surveys Inc.");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-grouped/school-and-employer", test_grouped_school_and_employer);
  g_test_add_func ("/import-grouped/role-over-employer", test_role_over_employer);
  return g_test_run ();
}
