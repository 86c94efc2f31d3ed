/* test-import-cells.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lists of imported PDFs set beside a column of labels or in a grid of
 * cells, drawn in our own words: a list's first item on its label's row
 * (Europass), a grid of cells each a title over its items (Typst), a
 * wrapped line that closes an item's parenthesis. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* A Europass CV: the labels right aligned at x 144, the items' dashes
 * at 152 and their text (and wrapped lines) at 164. Each list's first
 * item stands on its label's row; one label wraps beside the item's
 * wrapped line. The page's foot sets a date at the far left and the
 * page's number at the right, on one row. */
static void
draw_europass (cairo_t *cr)
{
  draw_text (cr, 152, 30, "Curriculum vitae", 10, FALSE);
  draw_text (cr, 152, 56, "Lidia Corvo", 14, FALSE);
  draw_text (cr, 152, 80, "lidia.corvo@example.org", 10, FALSE);
  draw_right_aligned (cr, 144, 110, "PERSONAL SKILLS", 7);
  draw_right_aligned (cr, 144, 130, "Communication skills", 7);
  draw_text (cr, 152, 130, "– team work: gained over four years of student projects and of", 7, FALSE);
  draw_text (cr, 164, 142, "evening classes", 7, FALSE);
  draw_text (cr, 152, 154, "– public speaking, as the host of a weekly programme on the", 7, FALSE);
  draw_text (cr, 164, 166, "local radio station", 7, FALSE);
  draw_right_aligned (cr, 144, 186, "Job-related", 7);
  draw_text (cr, 152, 186, "– ordered the stock of a small bookshop by subject, from the", 7, FALSE);
  draw_right_aligned (cr, 144, 198, "skills", 7);
  draw_text (cr, 164, 198, "cellar to the shelves", 7, FALSE);
  draw_text (cr, 152, 210, "– answered the customers' letters within two days", 7, FALSE);
  draw_right_aligned (cr, 144, 230, "Digital skills", 7);
  draw_text (cr, 152, 230, "– wrote small tools in Python for the town library", 7, FALSE);
  draw_text (cr, 152, 242, "– kept the parish's four laptops running and backed up", 7, FALSE);
  draw_text (cr, 152, 254, "– set up a shared calendar for the choir's rehearsals", 7, FALSE);
  draw_text (cr, 30, 800, "2 March 2020", 8, FALSE);
  draw_text (cr, 480, 800, "Page 1 / 1", 8, FALSE);
}

static void
test_europass_label_rows (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_europass);
  document = import_drawn (draw_europass);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "team work: gained over four years of student projects and of evening classes\n"));
  g_assert_nonnull (strstr (bullets, "public speaking, as the host of a weekly programme on the local radio station\n"));
  g_assert_nonnull (strstr (bullets, "ordered the stock of a small bookshop by subject, from the cellar to the shelves\n"));
  g_assert_nonnull (strstr (bullets, "answered the customers' letters within two days\n"));
  g_assert_nonnull (strstr (bullets, "wrote small tools in Python for the town library\n"));
  g_assert_nonnull (strstr (bullets, "kept the parish's four laptops running and backed up\n"));
  /* The labels are no items. */
  g_assert_null (strstr (bullets, "skills\n"));
}

/* A job's projects in a grid of two cells a row (Typst's grid): each
 * cell a title in bold over its items, marked "•" in the line, their
 * wrapped lines under the mark; items spaced wider than their lines.
 * The cells wrap at different rows, and one item's wrapped line, under
 * its mark, starts with a sign: it closes the item's parenthesis. */
static void
draw_grid (cairo_t *cr)
{
  static const char * const items[] = {
    "• Moved the harbour's billing from nightly batches to a queue that settles each call at once",
    "• Wrote the runbook that the night shift still follows when the tide gauges stop reporting",
    "• Cut the monthly cloud bill by a third by moving the archives of old readings to cold storage",
    "• Replaced the hand-written invoices of the pilots' office with ones the ledger prints itself",
    "• Taught four interns to read a query plan and to add an index only where a plan asks for one",
    "• Kept the public API of the tide tables up through two moves of data centre, without a minute down",
    "• Measured every endpoint's latency each week and sent the slowest three to the team's review",
    "• Rewrote the importer of the gauges' readings so that a gauge that sends twice is counted once",
    "• Set up the alerts that wake the person on call only when a reading is late by a whole hour",
    "• Moved the team from a shared server to containers that each engineer can run on a laptop",
    "• Documented each table of the ledger's database, its owner and the jobs that write to it",
    "• Ran the weekly review of incidents and kept the list of what each one taught the team",
  };

  draw_text (cr, 40, 30, "Elena Varga", 18, TRUE);
  draw_text (cr, 40, 60, "elena.varga@example.org", 8, FALSE);
  draw_text (cr, 40, 84, "Summary", 12, TRUE);
  draw_text (cr, 40, 104, "Engineer of small systems that run for years: ferries, orchards and docks, each with a screen", 7,
             FALSE);
  draw_text (cr, 40, 116, "that the people who work there read at a glance, and a database that keeps what they did for the", 7,
             FALSE);
  draw_text (cr, 40, 128, "books. Ten years of Rust and Postgres, the last four as the lead of a team of five engineers.", 7,
             FALSE);
  draw_text (cr, 40, 160, "Experience", 12, TRUE);
  draw_text (cr, 40, 184, "Lead Engineer, Gridworks", 8, TRUE);
  draw_text (cr, 480, 184, "2021 — 2024", 8, FALSE);
  draw_text (cr, 40, 206, "Ticket Terminal", 7, TRUE);
  draw_text (cr, 300, 206, "Harvest Planner", 7, TRUE);
  draw_text (cr, 49, 226, "• Sold tickets for the city's three ferries from", 7, FALSE);
  draw_text (cr, 309, 226, "• Planned the picking rounds of an orchard", 7, FALSE);
  draw_text (cr, 49, 238, "one screen", 7, FALSE);
  draw_text (cr, 309, 248, "• Rebuilt the booking front end (Python", 7, FALSE);
  draw_text (cr, 49, 260, "• Printed the boarding passes at the pier", 7, FALSE);
  draw_text (cr, 309, 260, "+ Vue)", 7, FALSE);
  draw_text (cr, 40, 282, "Dock Sensors", 7, TRUE);
  draw_text (cr, 300, 282, "Ledger Sync", 7, TRUE);
  draw_text (cr, 49, 302, "• Read the water level of nine docks every", 7, FALSE);
  draw_text (cr, 309, 302, "• Matched the bank statements to invoices", 7, FALSE);
  draw_text (cr, 49, 314, "minute", 7, FALSE);
  draw_text (cr, 309, 324, "• Flagged the missing payments each Monday", 7, FALSE);
  draw_text (cr, 49, 336, "• Drew the tides on a wall screen", 7, FALSE);
  draw_text (cr, 40, 360, "Stack: Rust · Postgres · Kubernetes · a line of the job set across the width of both cells", 7,
             FALSE);
  draw_text (cr, 40, 390, "Backend Engineer, Tidewater Data", 8, TRUE);
  draw_text (cr, 480, 390, "2017 — 2021", 8, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    draw_text (cr, 49, 410 + 20 * i, items[i], 7, FALSE);
}

static void
test_grid_of_cells (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_grid);
  document = import_drawn (draw_grid);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Sold tickets for the city's three ferries from one screen\n"));
  g_assert_nonnull (strstr (bullets, "Planned the picking rounds of an orchard\n"));
  g_assert_nonnull (strstr (bullets, "Rebuilt the booking front end (Python + Vue)\n"));
  g_assert_nonnull (strstr (bullets, "Printed the boarding passes at the pier\n"));
  g_assert_nonnull (strstr (bullets, "Read the water level of nine docks every minute\n"));
  g_assert_nonnull (strstr (bullets, "Matched the bank statements to invoices\n"));
  g_assert_nonnull (strstr (bullets, "Flagged the missing payments each Monday\n"));
  g_assert_nonnull (strstr (bullets, "Drew the tides on a wall screen\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-cells/europass-label-rows", test_europass_label_rows);
  g_test_add_func ("/import-cells/grid-of-cells", test_grid_of_cells);
  return g_test_run ();
}
