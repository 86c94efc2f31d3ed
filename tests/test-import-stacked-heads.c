/* test-import-stacked-heads.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Entries' heads set as stacks of short lines: employers set larger
 * over their roles in bold, each role over a row of its dates and first
 * duty. The lines are given as the reader's, in our own words. */

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

/* Two employers in 16 points, each over its roles in bold; a role's
 * dates start the row of its first duty. The second employer is an
 * entry of its own, not the last role's text. */
static void
test_employers_over_roles (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  guint n;

  add_line (lines, 170, 448, 30, 0, "Ottilie Brandvold");
  add_line (lines, 170, 380, 11, 8, "ottilie.brandvold@example.org");
  add_line_full (lines, 0, 170, 360, 22, 12, VITAE_TEXT_LINE_BOLD, "Work experience");
  add_line_full (lines, 0, 174, 400, 16, 19, VITAE_TEXT_LINE_BOLD, "Saltmarsh Shipyards");
  add_line_full (lines, 0, 330, 427, 11, 24, VITAE_TEXT_LINE_BOLD, "Senior welder");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2020.03 - current\t\u25cf\tWelded the hulls of four trawlers");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tTrained the apprentices of the yard");
  add_line_full (lines, 0, 340, 420, 11, 24, VITAE_TEXT_LINE_BOLD, "Welder");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2016.01 - 2020.03\t\u25cf\tMended the keels of fishing boats");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tKept the workshop's tools in order");
  add_line_full (lines, 0, 174, 300, 16, 35, VITAE_TEXT_LINE_BOLD, "Harbour Forge");
  add_line_full (lines, 0, 305, 450, 11, 30, VITAE_TEXT_LINE_BOLD, "Apprentice smith");
  add_cells (lines, 174, 293, 560, 11, 12, 0, "2013.07 - 2015.12\t\u25cf\tForged hooks and chains for the harbour");
  add_line (lines, 293, 560, 11, 0.2, "\u25cf\tSwept the forge before dawn");
  document = vitae_import_lines (lines, NULL);

  n = n_entries_of (document, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpuint (n, >=, 3);
  for (guint k = 0; k < n; k++)
    g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, k, "summary"), ==, NULL);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, n - 2, "role"), ==, "Harbour Forge");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, n - 1, "role"), ==, "Apprentice smith");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, n - 1, "start"), ==, "2013-07");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, n - 1)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-stacked-heads/employers-over-roles", test_employers_over_roles);
  return g_test_run ();
}
