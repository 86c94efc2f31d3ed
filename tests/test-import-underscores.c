/* test-import-underscores.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose text layer misses what the page shows, in our
 * own words: an address's underscores drawn as rules, which the text
 * layer reads as spaces. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static GPtrArray *
read_drawn (DrawFunc draw)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw);
  g_autoptr(GError) error = NULL;
  GPtrArray *lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  return lines;
}

/* Draws @text at (@x, @y) in @font and returns where it ends. */
static double
draw_piece (cairo_t    *cr,
            double      x,
            double      y,
            const char *font,
            const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (font);
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoRectangle logical;

  /* Advances as the font has them, not rounded to pixels: the gaps are
   * where LaTeX would leave them. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_extents (layout, NULL, &logical);
  pango_font_description_free (description);
  g_object_unref (layout);
  return x + (double) logical.width / PANGO_SCALE;
}

/* An address as LaTeX sets "ada_lind_7@example.org": each underscore a
 * kern of 0.06 em and a rule of 0.3 em on the baseline, no glyph; a
 * line with ordinary spaces under it. (Pango's 10 is 13.33 points.) */
static void
draw_ruled_underscores (cairo_t *cr)
{
  const char *pieces[] = { "ada", "lind", "7@example.org" };
  double em = 10 * 96.0 / 72, x = 60;

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_piece (cr, 60, 40, "DejaVu Sans Bold 12", "Ada Lind");
  for (guint k = 0; k < G_N_ELEMENTS (pieces); k++)
    {
      x = draw_piece (cr, x, 64, "DejaVu Sans 10", pieces[k]);
      if (k + 1 == G_N_ELEMENTS (pieces))
        break;
      cairo_rectangle (cr, x + 0.06 * em, 64 + 0.93 * em, 0.3 * em, 0.04 * em);
      cairo_fill (cr);
      x += 0.36 * em;
    }
  draw_piece (cr, 60, 84, "DejaVu Sans 10", "Lisbon and Porto, open to work in Madrid");
}

/* The gaps as wide as LaTeX's underscore, inside an address, are
 * underscores; ordinary spaces stay. */
static void
test_underscores_drawn_as_rules (void)
{
  g_autoptr(GPtrArray) lines = read_drawn (draw_ruled_underscores);

  log_lines (draw_ruled_underscores);
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpstr (((VitaeTextLine *) g_ptr_array_index (lines, 1))->text, ==, "ada_lind_7@example.org");
  g_assert_cmpstr (((VitaeTextLine *) g_ptr_array_index (lines, 2))->text, ==,
                   "Lisbon and Porto, open to work in Madrid");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-underscores/underscores-drawn-as-rules", test_underscores_drawn_as_rules);
  return g_test_run ();
}
