/* test-import-items3.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported PDFs in layouts met in real resumes, as their
 * lines come from the reader, in our own words: a nested list whose
 * marks are an icon font's glyphs (which the reader leaves out), its
 * groups' items set further in than the groups. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Skills in two levels, every line marked by an icon font's glyph: a
 * group ("Garden design.") and, an indent further in and set as close,
 * its items ("Planting plans: 40%"). An item with a mark of its own is
 * no wrapped line of the group above it, however close under it. */
static void
test_nested_icon_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  guint icon = VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_ITALIC;

  add_line_full (lines, 0, 180, 420, 14, 0, VITAE_TEXT_LINE_BOLD, "Marta Velasco Ibarra");
  add_line_full (lines, 0, 180, 400, 11, 8, 0, "marta.velasco@example.mx");
  add_line_full (lines, 0, 110, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "HABILIDADES");
  add_line_full (lines, 0, 32, 140, 10, 15, icon | VITAE_TEXT_LINE_BOLD, "Garden design.");
  add_line_full (lines, 0, 50, 130, 10, 1.2, icon, "Planting plans: 40%");
  add_line_full (lines, 0, 50, 110, 10, 1.1, icon, "Irrigation: 25%");
  add_line_full (lines, 0, 32, 170, 10, 1.0, icon | VITAE_TEXT_LINE_BOLD, "Soil and compost care");
  add_line_full (lines, 0, 50, 115, 10, 1.2, icon, "Mulching: 60%");
  add_line_full (lines, 0, 50, 118, 10, 1.1, icon, "Soil tests: 35%");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Garden design.\n"
                   "Planting plans: 40%\n"
                   "Irrigation: 25%\n"
                   "Soil and compost care\n"
                   "Mulching: 60%\n"
                   "Soil tests: 35%\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-items3/nested-icon-items", test_nested_icon_items);
  return g_test_run ();
}
