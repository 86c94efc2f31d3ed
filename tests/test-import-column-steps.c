/* test-import-column-steps.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs in two columns: a right column that sets its lines at
 * three steps in from its edge (an entry's lines at the edge, its
 * items' dashes further in, their wrapped lines further still); two
 * columns over a section set across the page. Each page is drawn here,
 * in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

#define LEADING 14.4

/* Draws the left column's lists, a heading over its items at each
 * step; returns where its text ends. */
static double
draw_left_lists (cairo_t *cr,
                 double   y)
{
  static const char * const kitchen[] = {
    "- Sourdough starters", "- Proofing baskets", "- Stone ovens", "- Dough scrapers",
    "- Bench knives", "- Cooling racks", "- Piping bags", "- Stand mixers",
    "- Pastry brushes", "- Rolling pins", NULL
  };
  static const char * const shop[] = {
    "- Cash registers", "- Label printers", "- Scales", "- Display cases",
    "- Order books", "- Delivery vans", "- Coffee grinders", "- Milk frothers",
    "- Till rolls", "- Price guns", "- Paper bags", "- Gift boxes",
    "- Chalk boards", "- Shop signs", NULL
  };
  static const char * const market[] = {
    "- Folding tables", "- Awnings", "- Crates", "- Tarpaulins",
    "- Card readers", "- Ice boxes", "- Hand carts", "- Bunting", NULL
  };

  draw_text (cr, 41, y, "Kitchen Tools", 10, TRUE);
  y += LEADING;
  for (guint k = 0; kitchen[k]; k++, y += LEADING)
    draw_text (cr, 77, y, kitchen[k], 10, FALSE);
  draw_text (cr, 41, y, "Shop Tools", 10, TRUE);
  y += LEADING;
  for (guint k = 0; shop[k]; k++, y += LEADING)
    draw_text (cr, 77, y, shop[k], 10, FALSE);
  draw_text (cr, 41, y, "Market Tools", 10, TRUE);
  y += LEADING;
  for (guint k = 0; market[k]; k++, y += LEADING)
    draw_text (cr, 77, y, market[k], 10, FALSE);
  return y;
}

/* Draws the right column's entry: its lines at the column's edge, its
 * items' dashes further in, their wrapped lines further still. */
static void
draw_right_entry (cairo_t *cr,
                  double   y)
{
  static const char * const items[] = {
    "- Baked rye and spelt loaves for", "three village markets every week",
    "- Kept the proving room at the", "right warmth through the winter",
    "- Taught two apprentices to shape", "and score a batard by hand",
    "- Wrote the recipe cards for the", "new counter of pastries",
    "- Ordered flour from two mills",
    "- Cleaned the ovens each evening",
    NULL
  };

  draw_text (cr, 273, y, "Master Baker Certificate", 10, TRUE);
  draw_text (cr, 273, y + LEADING, "Lyon Baking School", 10, FALSE);
  draw_text (cr, 273, y + 2 * LEADING, "Lyon, France", 10, FALSE);
  draw_text (cr, 273, y + 3 * LEADING, "September 2016 - June 2018", 10, FALSE);
  y += 5 * LEADING;
  for (guint k = 0; items[k]; k++, y += LEADING)
    draw_text (cr, items[k][0] == '-' ? 309 : 345, y, items[k], 10, FALSE);
}

static void
draw_column_steps (cairo_t *cr)
{
  draw_text (cr, 23, 20, "Odile Marchand", 30, TRUE);
  draw_text (cr, 23, 70, "Baker", 10, FALSE);
  draw_text (cr, 35, 95, "(555) - 010 - 4477", 10, FALSE);
  draw_text (cr, 190, 95, "ODILE@MARCHAND.EXAMPLE", 10, FALSE);
  draw_text (cr, 28, 120, "BAKING TOOLS", 16, TRUE);
  draw_text (cr, 261, 120, "EDUCATION", 16, TRUE);
  draw_left_lists (cr, 145);
  draw_right_entry (cr, 145);
}

static gboolean
has_line (const char *bullets,
          const char *text)
{
  g_autofree char *line = g_strdup_printf ("%s\n", text);

  return g_str_has_prefix (bullets, line) || strstr (bullets, line) != NULL;
}

/* The right column reads after the left one: the left column's items
 * are theirs alone, not joined row by row to the entry's lines and
 * items beside them. */
static void
test_column_steps (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_column_steps);
  document = import_drawn (draw_column_steps);
  bullets = all_bullets (document);
  g_assert_true (has_line (bullets, "Sourdough starters"));
  g_assert_true (has_line (bullets, "Proofing baskets"));
  g_assert_true (has_line (bullets, "Cash registers"));
  g_assert_true (has_line (bullets, "Ordered flour from two mills"));
  g_assert_null (strstr (bullets, "Stone ovens\t"));
  g_assert_null (strstr (bullets, "Stone ovens Lyon"));
}

static void
draw_columns_over_section (cairo_t *cr)
{
  static const char * const tools[] = {
    "- Proofing baskets", "- Stone ovens", "- Dough scrapers", "- Bench knives",
    "- Cooling racks", "- Piping bags", "- Stand mixers", "- Rolling pins", NULL
  };
  static const char * const courses[] = {
    "- Bread and viennoiserie", "- Laminated doughs", "- Sugar work", "- Food hygiene",
    "- Costing a recipe", "- Running a bakehouse", "- Wedding cakes", "- Chocolate", NULL
  };
  static const char * const duties[] = {
    "- Opened the shop at six and set out the first bread of the day for the morning queue",
    "- Counted the till with the manager at closing time and wrote down what was short",
    "- Answered the telephone orders for birthday cakes and wedding tiers all week long",
    NULL
  };
  double y = 145;

  draw_text (cr, 40, 20, "Odile Marchand", 30, TRUE);
  draw_text (cr, 40, 70, "odile@marchand.example", 10, FALSE);
  draw_text (cr, 40, 120, "BAKING TOOLS", 16, TRUE);
  draw_text (cr, 300, 120, "COURSES", 16, TRUE);
  for (guint k = 0; tools[k]; k++, y += LEADING)
    {
      draw_text (cr, 40, y, tools[k], 10, FALSE);
      draw_text (cr, 300, y, courses[k], 10, FALSE);
    }
  draw_text (cr, 40, y + 20, "EXPERIENCE", 16, TRUE);
  y += 45;
  draw_text (cr, 40, y, "Counter Assistant - Corner Bakery", 10, TRUE);
  draw_text (cr, 40, y + LEADING, "May 2014 - June 2016", 10, FALSE);
  y += 2 * LEADING;
  for (guint k = 0; duties[k]; k++, y += LEADING)
    draw_text (cr, 40, y, duties[k], 10, FALSE);
}

/* Two columns over a section set across the page, whose heading and
 * first entry's title and dates are short: the right column reads
 * before that heading, not between the entry's dates and its items. */
static void
test_columns_over_section (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *job;

  log_lines (draw_columns_over_section);
  document = import_drawn (draw_columns_over_section);
  bullets = all_bullets (document);
  g_assert_true (has_line (bullets, "Laminated doughs"));
  job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (job);
  g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (job), "role"), "Counter Assistant"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, 3);
  g_assert_nonnull (strstr (bullet_text (job, 0), "Opened the shop at six"));
}

/* A page in two columns set in 12 points: the left column's items
 * indented three ems from its edge, where their wrapped lines go back
 * to ("- Mending sails for" / "any size of boat"); the right column's
 * items wrap three ems right of their dashes, a wrapped line starting
 * with a capital ("- Built a small tide app - Harbour" / "Clock, a
 * class project …"). */
static void
draw_wide_wraps (cairo_t *cr)
{
  static const char * const left[] = {
    "- Knot tying", "- Splicing rope", "- Mending sails for", "any size of boat (canvas & nylon)",
    "- Varnishing", "- Engine care (Diesel, Out", "board, Electric)", "- Chart reading", "- First aid",
    "- Anchoring", "- Reefing", "- Bilge pumps", "- Weather reports", "- Tying up", "- Rowing",
    "- Hauling out", "- Antifouling", "- Winter storage", "- Rigging checks", "- Night watches",
    "- Man overboard drills", "- Towing", NULL
  };
  static const char * const right[] = {
    "- Learned coastal navigation with", "paper charts and a hand compass",
    "- Built a small tide app - Harbour", "Clock, a class project that reads the",
    "tide tables out loud for a chosen", "harbour and its next high water",
    "- Sailed the school boat to the", "islands and back twice", "- Passed the radio licence", NULL
  };
  double y = 175;

  draw_text (cr, 23, 20, "Maren Tollefsen", 30, TRUE);
  draw_text (cr, 35, 95, "MAREN@TOLLEFSEN.EXAMPLE", 9, FALSE);
  draw_text (cr, 28, 120, "SEA SKILLS", 16, TRUE);
  draw_text (cr, 261, 120, "EDUCATION", 16, TRUE);
  draw_text (cr, 41, 150, "Boat Work", 9, TRUE);
  for (guint k = 0; left[k]; k++, y += LEADING)
    draw_text (cr, left[k][0] == '-' ? 77 : 41, y, left[k], 9, FALSE);
  draw_text (cr, 273, 150, "Sailing Certificate", 9, TRUE);
  draw_text (cr, 273, 150 + LEADING, "Bergen Sea School", 9, FALSE);
  draw_text (cr, 273, 150 + 2 * LEADING, "September 2019 - Present", 9, FALSE);
  y = 150 + 4 * LEADING;
  for (guint k = 0; right[k]; k++, y += LEADING)
    draw_text (cr, right[k][0] == '-' ? 309 : 345, y, right[k], 9, FALSE);
}

/* Each wrapped line, three ems left or right of its item's dash, goes
 * on with its item. */
static void
test_wide_wraps (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_wide_wraps);
  document = import_drawn (draw_wide_wraps);
  bullets = all_bullets (document);
  g_assert_true (has_line (bullets, "Mending sails for any size of boat (canvas & nylon)"));
  g_assert_true (has_line (bullets, "Engine care (Diesel, Out board, Electric)"));
  g_assert_true (has_line (bullets, "Built a small tide app - Harbour Clock, a class project that reads the tide "
                                    "tables out loud for a chosen harbour and its next high water"));
  g_assert_true (has_line (bullets, "Learned coastal navigation with paper charts and a hand compass"));
  g_assert_true (has_line (bullets, "Knot tying"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-column-steps/column-steps", test_column_steps);
  g_test_add_func ("/import-column-steps/columns-over-section", test_columns_over_section);
  g_test_add_func ("/import-column-steps/wide-wraps", test_wide_wraps);
  return g_test_run ();
}
