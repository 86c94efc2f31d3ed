/* test-import-bar-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported PDFs marked by a thin upright bar drawn left of
 * each item (a grey rule as tall as the item, as some web and LaTeX
 * templates draw them), and what only looks like it: one rule running
 * down beside a whole list, a box drawn around a line; and words set on
 * their side in the margin beside such lists. Each page is
 * drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* Whether the line ending in @text reads as a list item. */
static gboolean
reads_as_item (GPtrArray  *lines,
               const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_suffix (line->text, text))
        return g_str_has_prefix (line->text, "• ");
    }
  g_error ("no line ends in %s", text);
  return FALSE;
}

static const char * const duties[] = {
  "Sounded the harbour channel every spring",
  "Kept the tide tables of four small ports",
  "Trained two new deckhands on the echo sounder",
  "Wrote the survey reports for the port authority",
};

static const char * const hobbies[] = { "Sailing", "Restoring old radios", "Birdwatching" };

/* A thin grey bar from a little above a line of 10 points at @y to a
 * little below it, @lines lines tall. */
static void
draw_bar (cairo_t *cr,
          double   x,
          double   y,
          guint    lines)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_rectangle (cr, x, y - 1, 0.6, 16 * lines - 2);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* An entry's title, a line about it, and its duties each after a bar of
 * its own (the third one's wrapped onto a second line beside the same
 * bar); then hobbies beside one rule that runs down the whole list, and
 * a line in a box. */
static void
draw_bars (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, y, "Harbour Survey Office", 10, TRUE);
  draw_text (cr, 40, y += 16, "Charted the silted channel before the dredging.", 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      draw_bar (cr, 50, y += 16, i == 2 ? 2 : 1);
      draw_text (cr, 56, y, duties[i], 10, FALSE);
      if (i == 2)
        draw_text (cr, 56, y += 16, "and the harbour master", 10, FALSE);
    }

  draw_text (cr, 40, y = 300, "HOBBIES", 12, TRUE);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_rectangle (cr, 50, y + 22, 0.6, 16 * G_N_ELEMENTS (hobbies) - 4);
  cairo_fill (cr);
  cairo_restore (cr);
  y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (hobbies); i++)
    draw_text (cr, 56, y += 16, hobbies[i], 10, FALSE);

  draw_text (cr, 40, y = 400, "AWARDS", 12, TRUE);
  cairo_save (cr);
  cairo_set_line_width (cr, 0.6);
  cairo_rectangle (cr, 50, y + 22, 200, 14);
  cairo_rectangle (cr, 50, y + 38, 200, 14);
  cairo_stroke (cr);
  cairo_restore (cr);
  draw_text (cr, 56, y + 22, "Harbour prize for safety", 10, FALSE);
  draw_text (cr, 56, y + 38, "Coastal trust volunteer medal", 10, FALSE);
}

static void
test_bars (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_bars);
  g_autoptr(VitaeDocument) document = import_drawn (draw_bars);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_false (reads_as_item (lines, "before the dredging."));
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    g_assert_true (reads_as_item (lines, duties[i]));
  /* The line beside the lower half of a bar wraps the item. */
  g_assert_false (reads_as_item (lines, "and the harbour master"));
  /* One rule beside a whole list marks none of its lines. */
  for (guint i = 0; i < G_N_ELEMENTS (hobbies); i++)
    g_assert_false (reads_as_item (lines, hobbies[i]));
  /* Nor does a box's edge. */
  g_assert_false (reads_as_item (lines, "safety"));
  g_assert_false (reads_as_item (lines, "medal"));

  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, G_N_ELEMENTS (duties));
  g_assert_cmpstr (bullet_text (entry, 0), ==, duties[0]);
}

static const char * const tools[] = { "Spreadsheets", "Chart plotters", "Tide software", "Echo sounders" };

/* What stands like such bars but marks no item: one rule between each
 * entry's dates and its lines, a list of tools parted by bars and
 * wrapped onto a second line that starts after one, and a timeline whose
 * rule hangs from a written square before each title. */
static void
draw_not_bars (cairo_t *cr)
{
  double x = 56;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EDUCATION", 12, TRUE);
  for (guint i = 0; i < 2; i++)
    {
      double y = 124 + 44 * i;

      draw_right_aligned (cr, 104, y, i == 0 ? "2014 - 2017" : "2010 - 2014", 9);
      draw_bar (cr, 108, y, i == 0 ? 2 : 1);
      draw_text (cr, 114, y, i == 0 ? "Maritime College, Bergen" : "Harbour School, Alesund", 10, FALSE);
      if (i == 0)
        draw_text (cr, 114, y + 16, "Navigation and hydrography", 10, FALSE);
    }

  draw_text (cr, 40, 230, "TOOLS", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      double y = i < 2 ? 254 : 270;

      if (i == 2)
        x = 56;
      if (i > 0)
        {
          draw_bar (cr, x, y, 1);
          x += 6;
        }
      draw_text (cr, x, y, tools[i], 10, FALSE);
      x += 16 + 7.5 * strlen (tools[i]);
    }

  draw_text (cr, 40, 320, "PROJECTS", 12, TRUE);
  for (guint i = 0; i < 2; i++)
    {
      double y = 344 + 48 * i;

      draw_text (cr, 46, y, "\u25A0", 8, FALSE);
      draw_text (cr, 60, y, i == 0 ? "Tide gauge network" : "Ferry timetable data", 10, TRUE);
      draw_text (cr, 60, y + 16, i == 0 ? "Fjord Council" : "Northern Ferry Line", 10, FALSE);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
      cairo_rectangle (cr, 49.5, y + 11, 0.6, 36);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

static void
test_not_bars (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_not_bars);

  for (guint i = 0; i < lines->len; i++)
    g_assert_false (g_str_has_prefix (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, "•"));
}

/* An entry's length written up its side, in the margin beside its
 * marked items, and a group's name up the side of a list of skills. */
static void
draw_sideways (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 56, y, "Harbour Survey Office", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      draw_bar (cr, 50, y += 16, 1);
      draw_text (cr, 56, y, duties[i], 10, FALSE);
    }
  cairo_save (cr);
  cairo_translate (cr, 36, 206);
  cairo_rotate (cr, -G_PI / 2);
  draw_text (cr, 0, 0, "four years", 6, FALSE);
  cairo_restore (cr);

  draw_text (cr, 40, 260, "SKILLS", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    draw_text (cr, 70, 284 + 16 * i, tools[i], 10, FALSE);
  cairo_save (cr);
  cairo_translate (cr, 48, 346);
  cairo_rotate (cr, -G_PI / 2);
  draw_text (cr, 0, 0, "Instruments", 8, FALSE);
  cairo_restore (cr);
}

static void
test_sideways (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_sideways);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *text = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      /* No letter of a word set on its side reads as a line of its own,
       * nor glued to a line level with it. */
      g_assert_cmpuint (strlen (text), >, 3);
      g_assert_null (strstr (text, "  "));
    }
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    g_assert_true (reads_as_item (lines, duties[i]));
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < lines->len && !found; j++)
        found = g_strcmp0 (((VitaeTextLine *) g_ptr_array_index (lines, j))->text, tools[i]) == 0;
      g_assert_true (found);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-bar-marks/bars", test_bars);
  g_test_add_func ("/import-bar-marks/not-bars", test_not_bars);
  g_test_add_func ("/import-bar-marks/sideways", test_sideways);
  return g_test_run ();
}
