/* test-import-pdf.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the PDF reader turns positioned glyphs into lines, columns and item
 * marks (vitae-text-reader-pdf.c, vitae-text-reader-bidi.c), on pages
 * drawn in the layouts met in real resumes, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-import.h"
#include "vitae-template.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* The lines the reader gives for a page drawn by @draw. */
static GPtrArray *
drawn_lines (DrawFunc draw)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw);
  g_autoptr(GError) error = NULL;
  GPtrArray *lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  /* What the reader gave, for when an assertion fails (meson's log). */
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f size %.1f: %s", line->x, line->size, line->text);
    }
  return lines;
}

/* Whether a line of @lines reads @text exactly, or (@prefix) starts so. */
static gboolean
has_line (GPtrArray  *lines,
          const char *text,
          gboolean    prefix)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      if (prefix ? g_str_has_prefix (line, text) : g_strcmp0 (line, text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Item marks printed by an HTML-to-PDF tool as a glyph a few tenths of a
 * point tall, at the item's first letter and a little below its middle
 * (FlowCV does so). Alone, each would be a row of its own between the
 * item's first two lines, and the items would run together. */
static void
draw_tiny_marks (cairo_t *cr)
{
  static const char * const items[] = {
    "Rewrote the tide table importer so that a whole season of readings loads in under two seconds",
    "Drew the harbour dashboard with plain SVG, no chart library",
    "Ran the volunteer sign-up form for three regattas and answered every e-mail within a day",
  };
  double y;

  draw_text (cr, 40, 40, "Ingrid Solberg", 20, TRUE);
  draw_text (cr, 40, 70, "ingrid.solberg@example.no", 10, FALSE);
  draw_text (cr, 40, 110, "Projects", 12, TRUE);
  draw_text (cr, 60, 130, "Harbour Watch", 10, TRUE);
  y = 146;
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      double height = draw_wrapped (cr, 70, y, 300, items[k], 10);

      /* The mark: 0.7 points, at the first letter, a little below the
       * middle of the first line, or further below (on a row of its own
       * between the item's first two lines). */
      draw_text (cr, 70, y + (k == 0 ? 7 : 11), "•", 0.7, FALSE);
      y += height + 4;
    }
}

static void
test_tiny_marks (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_tiny_marks);
  g_autoptr(VitaeDocument) document = import_drawn (draw_tiny_marks);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);

  /* Each mark starts its item's first line. */
  g_assert_false (has_line (lines, "•", FALSE));
  g_assert_true (has_line (lines, "• Rewrote the tide table", TRUE));
  g_assert_true (has_line (lines, "• Drew the harbour dashboard", TRUE));
  g_assert_true (has_line (lines, "• Ran the volunteer sign-up form", TRUE));
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==,
                   "Rewrote the tide table importer so that a whole season of readings loads in under two seconds");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Drew the harbour dashboard with plain SVG, no chart library");
  g_assert_cmpstr (bullet_text (entry, 2), ==,
                   "Ran the volunteer sign-up form for three regattas and answered every e-mail within a day");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/import-pdf/tiny-marks", test_tiny_marks);

  return g_test_run ();
}
