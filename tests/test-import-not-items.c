/* test-import-not-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lines of imported PDFs set in from their entry's edge as items drawn
 * without a glyph are, but which the page does not mark as items, in
 * layouts met in real resumes, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Each job: its dates and employer (or its dates alone) on a line at
 * the section's edge, a sentence on what the job was, wrapped, set in a
 * little from that edge, then a few keywords written with a glyph,
 * further in still.
 * The sentence is the entry's text; only the keywords are items. */
static void
test_description_over_written_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 60, 200, 18, 0, 0, "Ottilie Brandauer");
  add_line (lines, 82, 170, 9, 5, "ottilie.b@example.ch");
  add_line_full (lines, 0, 60, 120, 18, 38, 0, "WORK");
  add_cells (lines, 71, 168, 260, 9, 13, 0, "MAR 2019 – JUN 2021\tLINDENHOF ATELIER");
  add_line (lines, 82, 520, 9, 6.7, "Model maker – In the workshop of a small studio I built the mock-ups of lamps and");
  add_line (lines, 82, 300, 9, 0.9, "chairs for their first shows.");
  add_line (lines, 87, 180, 9, 9.9, "\u2022 Model making");
  add_line (lines, 87, 150, 9, 6.9, "\u2022 Woodwork");
  add_line (lines, 71, 140, 9, 18, "JAN 2017 – FEB 2019");
  add_line (lines, 82, 510, 9, 6.7, "Draughtsman – I turned the sketches of the designers into drawings for the");
  add_line (lines, 82, 290, 9, 0.9, "joiners who made the furniture.");
  add_line (lines, 87, 170, 9, 9.9, "\u2022 Technical drawing");
  add_line (lines, 87, 140, 9, 6.9, "\u2022 Sketching");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "Model making\nWoodwork\nTechnical drawing\nSketching\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  if (entry == NULL)
    entry = entry_at (document, VITAE_SECTION_CUSTOM, 1);
  g_assert_nonnull (entry);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), "joiners who made the furniture."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-not-items/description-over-written-items", test_description_over_written_items);
  return g_test_run ();
}
