/* test-import-item-breaks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where an imported resume's list items end, in layouts met in real
 * ones: the next project's title set between an entry's items in
 * another size. Pages are drawn here, in our own words
 * (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* An entry holds two projects, each a title ("Name | tools") set a
 * point larger than the items and a little deeper than their text,
 * then its items with glyphs. The second title stands under the first
 * project's last item, which ends short: it is no wrapped line of that
 * item. */
static void
draw_project_titles (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Selma Okonkwo", 20, TRUE);
  draw_text (cr, 40, 70, "selma.okonkwo@example.org", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 130, "Riverbank Studio, Mobile Developer, 2019 - 2023", 11, TRUE);
  draw_text (cr, 62, 150, "Ferry timetable | Kotlin, Room, WorkManager", 11, FALSE);
  draw_text (cr, 40, 170, "•", 10, FALSE);
  draw_text (cr, 52, 170, "Rebuilt the offline timetable so that it loads in under a second on old phones", 10, FALSE);
  draw_text (cr, 40, 188, "•", 10, FALSE);
  draw_text (cr, 52, 188, "Added the delay alerts the harbour office wanted", 10, FALSE);
  draw_text (cr, 62, 209, "Parking permits | Swift, SwiftUI, Core Data", 11, FALSE);
  draw_text (cr, 40, 229, "•", 10, FALSE);
  draw_text (cr, 52, 229, "Wrote the renewal flow and its reminders", 10, FALSE);
  draw_text (cr, 40, 247, "•", 10, FALSE);
  draw_text (cr, 52, 247, "Moved the payments to the city's new provider", 10, FALSE);
}

static void
test_project_titles (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_project_titles);
  g_autofree char *bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "\nAdded the delay alerts the harbour office wanted\n"));
  g_assert_nonnull (strstr (bullets, "\nWrote the renewal flow and its reminders\n"));
  g_assert_null (strstr (bullets, "Parking permits"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-breaks/project-titles", test_project_titles);
  return g_test_run ();
}
