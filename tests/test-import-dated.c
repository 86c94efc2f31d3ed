/* test-import-dated.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs met in a tuning set: a list of certificates each with a
 * day's date at its right ("14-02-2023"), the wrapped lines of a glyph's
 * items set back at the glyph's edge in a smaller size than the glyph,
 * and a main column whose first heading stands a little higher than the
 * name at the top of a sidebar left of it. Pages are drawn here, in our
 * own words (vitae-test-draw.h), or given as the reader's lines. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A sidebar at the left, its name at the top; the main column's first
 * heading level with the name but standing a little higher, on a
 * baseline of its own (a row of its own). The columns begin at that heading:
 * the sidebar reads first, then the main column under its heading. */
static void
draw_heading_beside_name (cairo_t *cr)
{
  const char *items[] = {
    "• Planned the network of the new warehouse",
    "• Kept the mail server running for all staff",
    "• Wrote the guides for the help desk",
  };

  draw_text (cr, 30, 42, "Ingrid Solberg", 13, TRUE);
  draw_text (cr, 220, 32, "Experience", 13, TRUE);
  draw_text (cr, 30, 100, "Profile", 11, TRUE);
  draw_text (cr, 30, 120, "Network engineer who likes", 9, FALSE);
  draw_text (cr, 30, 133, "plain tools that last and", 9, FALSE);
  draw_text (cr, 30, 146, "quiet server rooms.", 9, FALSE);
  draw_text (cr, 30, 180, "Contact", 11, TRUE);
  draw_text (cr, 30, 200, "ingrid.solberg@example.no", 9, FALSE);
  draw_text (cr, 30, 215, "+47 912 34 567", 9, FALSE);
  draw_text (cr, 30, 250, "Languages", 11, TRUE);
  draw_text (cr, 30, 270, "Norwegian, English", 9, FALSE);
  for (guint j = 0; j < 3; j++)
    {
      double y = 70 + j * 110;

      draw_text (cr, 220, y, j == 0 ? "Network Engineer, Fjord Freight" : j == 1 ? "Systems Administrator, Nordkapp Bank"
                                                                               : "Help Desk Technician, Lofoten Print",
                 10, TRUE);
      draw_text (cr, 220, y + 15, j == 0 ? "2020 – 2024" : j == 1 ? "2017 – 2020" : "2015 – 2017", 10, FALSE);
      for (guint k = 0; k < 3; k++)
        draw_text (cr, 220, y + 35 + k * 15, items[k], 9, FALSE);
    }
}

static void
test_heading_beside_name (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_heading_beside_name);
  document = import_drawn (draw_heading_beside_name);
  g_free (all_bullets (document));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ingrid Solberg");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Planned the network of the new warehouse");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-dated/heading-beside-name", test_heading_beside_name);
  return g_test_run ();
}
