/* test-import-list-grids.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported PDFs set side by side in columns, in our own
 * words: items of two columns whose wrapped lines share a row. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* The lines of a drawn page, one a line, logged. */
static char *
lines_of (DrawFunc draw)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);
  return g_string_free (out, FALSE);
}

/* Two columns of items whose marks stand well left of their text (a
 * word processor's list with a wide indent), a long item in each
 * column wrapped onto the same row: each wrap goes with its own item,
 * the left column read first. */
static void
draw_shared_wrap_row (cairo_t *cr)
{
  static const char * const left[] = { "Bread baking", "Cake icing", "Pastry", "Pizza dough", "Sourdough and rye", "Till work" };
  static const char * const right[] = { "Stock ordering", "Food hygiene", "Rotas", "Deliveries", "Opening and closing" };
  static const char * const summary[] = {
    "Baker with ten years behind the oven, first in my family's shop and then in",
    "a busy town-centre bakery; happy to start before dawn, to teach newcomers and",
    "to keep a small team cheerful through the long weekends before the holidays.",
    "Looking for a head baker's place where bread still matters more than speed.",
  };
  static const char * const duties[] = {
    "• Baked the morning bread for three cafés and the school canteen next door.",
    "• Trained two apprentices in shaping, proofing and the care of the wood oven.",
    "• Kept the flour store dry and the weekly orders within the owner's budget.",
    "• Served at the counter on market days when the queue reached the street.",
    "• Wrote the price cards and kept the shop's list of allergens up to date.",
    "• Took the bread van round the villages on Saturdays and kept its logbook.",
    "• Tested new loaves with the regulars and put the best two on the menu.",
    "• Cleaned and checked the mixers each week and booked their yearly service.",
    "• Counted the stock each month and cut the flour wasted by nearly a fifth.",
  };

  draw_text (cr, 60, 40, "Bruno Almeida", 20, TRUE);
  draw_text (cr, 60, 70, "bruno.almeida@example.pt", 10, FALSE);
  /* (Long lines across the page: it is one column.) */
  for (guint k = 0; k < G_N_ELEMENTS (summary); k++)
    draw_text (cr, 60, 100 + 16 * k, summary[k], 11, FALSE);
  draw_text (cr, 200, 190, "CORE SKILLS", 14, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (left); k++)
    {
      double y = 216 + 15 * k + (k == 5 ? 15 : 0);

      draw_text (cr, 90, y, "●", 9, FALSE);
      draw_text (cr, 108, y, left[k], 9, FALSE);
      if (k < G_N_ELEMENTS (right))
        {
          draw_text (cr, 320, y, "●", 9, FALSE);
          draw_text (cr, 338, y, right[k], 9, FALSE);
        }
    }
  /* The fifth item of each column wraps onto one row. */
  draw_text (cr, 108, 291, "starters", 9, FALSE);
  draw_text (cr, 338, 291, "the shop", 9, FALSE);
  draw_text (cr, 200, 340, "EXPERIENCE", 14, TRUE);
  draw_text (cr, 60, 366, "Baker, Padaria Sol, Porto, 2019 – 2023", 11, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (duties); k++)
    draw_text (cr, 60, 382 + 16 * k, duties[k], 11, FALSE);
  draw_text (cr, 60, 550, "Baker's assistant, Pão Quente, Braga, 2015 – 2019", 11, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (duties); k++)
    draw_text (cr, 60, 566 + 16 * k, duties[k], 11, FALSE);
}

static void
test_shared_wrap_row (void)
{
  g_autofree char *got = lines_of (draw_shared_wrap_row);
  const char *left_item = strstr (got, "Sourdough and rye\n");
  const char *right_item = strstr (got, "Opening and closing\n");

  g_test_message ("lines:\n%s", got);
  g_assert_nonnull (left_item);
  g_assert_nonnull (right_item);
  g_assert_nonnull (strstr (got, "starters\n"));
  g_assert_nonnull (strstr (got, "the shop\n"));
  /* Each wrap right under its own item, the left column first. */
  g_assert_true (g_str_has_prefix (left_item + strlen ("Sourdough and rye\n"), "starters\n"));
  g_assert_true (g_str_has_prefix (right_item + strlen ("Opening and closing\n"), "the shop\n"));
  g_assert_true (strstr (got, "Till work") < strstr (got, "Stock ordering"));
}

/* Two columns of items whose marks are small dots set a little high, a
 * glyph each before the text (a row gathered from its mark first is as
 * short as the mark), one of the right column's items a little lower
 * than the left one's beside it (not on its row), two wrapped: the left
 * column reads first, each wrap under its own item. */
static const char * const high_left[] = { "Knot tying", "Sail repair", "Engine checks", "Chart work" };
static const char * const high_right[] = { "First aid at sea", "Radio log", "Night watches", "Tide tables" };

static void
draw_high_marks (cairo_t *cr)
{
  static const char * const summary[] = {
    "Deckhand with six seasons on coastal ferries and a summer at sea,",
    "used to long watches, cold mornings and a small crew's gear; now",
    "looking for a mate's berth on a vessel of the northern routes.",
  };

  draw_text (cr, 60, 40, "Ivo Lindqvist", 20, TRUE);
  draw_text (cr, 60, 70, "ivo.lindqvist@example.se", 10, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (summary); k++)
    draw_text (cr, 60, 100 + 16 * k, summary[k], 11, FALSE);
  draw_text (cr, 60, 170, "SKILLS", 14, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (high_left); k++)
    {
      double y = 196 + 30 * k, lower = k == 1 ? 3 : 0;

      draw_text (cr, 100, y + 2, "●", 5, FALSE);
      draw_text (cr, 110, y, high_left[k], 9, FALSE);
      draw_text (cr, 450, y + 2 + lower, "●", 5, FALSE);
      draw_text (cr, 460, y + lower, high_right[k], 9, FALSE);
    }
  draw_text (cr, 110, 210, "and splicing", 9, FALSE);
  draw_text (cr, 460, 210, "and drills", 9, FALSE);
  draw_text (cr, 110, 240, "and stitching", 9, FALSE);
  draw_text (cr, 60, 330, "EXPERIENCE", 14, TRUE);
  draw_text (cr, 60, 356, "Deckhand, Skagen Ferries, 2018 – 2024", 11, FALSE);
  for (guint k = 0; k < 2 * G_N_ELEMENTS (summary); k++)
    draw_text (cr, 60, 376 + 16 * k, summary[k % G_N_ELEMENTS (summary)], 11, FALSE);
}

static void
test_high_marks (void)
{
  g_autofree char *got = lines_of (draw_high_marks);
  const char *wrapped = strstr (got, "First aid at sea\n");

  g_test_message ("lines:\n%s", got);
  for (guint k = 0; k < G_N_ELEMENTS (high_left); k++)
    {
      g_autofree char *left = g_strdup_printf ("%s\n", high_left[k]);
      g_autofree char *right = g_strdup_printf ("%s\n", high_right[k]);

      g_assert_nonnull (strstr (got, left));
      g_assert_nonnull (strstr (got, right));
    }
  g_assert_true (g_str_has_prefix (wrapped + strlen ("First aid at sea\n"), "and drills\n"));
  g_assert_true (strstr (got, "Chart work") < strstr (got, "First aid at sea"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-list-grids/shared-wrap-row", test_shared_wrap_row);
  g_test_add_func ("/import-list-grids/high-marks", test_high_marks);
  return g_test_run ();
}
