/* test-import-cells.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lists of imported PDFs set beside a column of labels, drawn in our own
 * words: a list's first item on its label's row (Europass). */

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-cells/europass-label-rows", test_europass_label_rows);
  return g_test_run ();
}
