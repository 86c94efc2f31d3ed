/* test-import-name-breaks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose name poppler breaks into lines of its own on one
 * row, in our own words: a centred name set close over its address,
 * which poppler reads as a block of two lines, the given name's and the
 * family name's, with no space between them. */

#include "config.h"

#include <locale.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* A bold name, centred, its words a narrow space apart (Helvetica's), its address in a smaller type eight points
 * under its baseline, the e-mail under that. */
static void
draw_name_over_address (cairo_t *cr)
{
  cairo_text_extents_t extents;

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 16);
  cairo_move_to (cr, 241.5, 76);
  cairo_show_text (cr, "Nadia");
  cairo_text_extents (cr, "Nadia", &extents);
  cairo_move_to (cr, 241.5 + extents.x_advance + 4.4, 76);
  cairo_show_text (cr, "Okonkwo");
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 10);
  cairo_move_to (cr, 258, 84);
  cairo_show_text (cr, "18 Willow Lane, Springfield");
  cairo_move_to (cr, 250, 98);
  cairo_show_text (cr, "nadia.okonkwo@example.org");
  draw_text (cr, 60, 130, "Experience", 12, TRUE);
  draw_text (cr, 60, 150, "Surveyor, Fenwick Maps, 2019 to 2023", 10, FALSE);
}

static void
test_name_over_address (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_name_over_address);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Nadia Okonkwo");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-name-breaks/name-over-address", test_name_over_address);
  return g_test_run ();
}
