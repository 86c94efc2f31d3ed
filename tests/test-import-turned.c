/* test-import-turned.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose section headings are set on their side, up the
 * left margin beside their sections and level with their middles, as
 * designed one-page resumes set them; and a sidebar whose headings are set
 * up its outer edge. Each page is drawn here, in our own words
 * (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static const char * const duties[] = {
  "Sounded the harbour channel every spring",
  "Kept the tide tables of four small ports",
  "Trained two new deckhands on the echo sounder",
  "Wrote the survey reports for the port authority",
};

/* @text in bold, 12 points, read from bottom to top, its middle at
 * height @middle and its top edge at @x. */
static void
draw_turned (cairo_t    *cr,
             double      x,
             double      middle,
             const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans Bold 12");
  PangoRectangle logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_save (cr);
  cairo_translate (cr, x, middle + (double) logical.width / PANGO_SCALE / 2);
  cairo_rotate (cr, -G_PI / 2);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* A name and an e-mail; then three sections whose headings are turned up
 * the left margin, each level with the middle of its section: a job with
 * its marked duties, a school, and a list of skills. */
static void
draw_turned_headings (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 80, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 80, 72, "maren.solberg@example.no", 9, FALSE);

  draw_text (cr, 80, y, "Harbour Survey Office", 10, TRUE);
  draw_right_aligned (cr, 540, y, "2019 – 2023", 10);
  draw_text (cr, 80, y += 16, "Hydrographic surveyor", 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      draw_text (cr, 86, y += 16, "•", 10, FALSE);
      draw_text (cr, 98, y, duties[i], 10, FALSE);
    }
  draw_turned (cr, 30, (130 + y + 12) / 2, "Experience");

  y += 40;
  draw_text (cr, 80, y, "Nordland Marine College", 10, TRUE);
  draw_right_aligned (cr, 540, y, "2015 – 2019", 10);
  draw_text (cr, 80, y += 16, "BSc in Marine Science", 10, FALSE);
  draw_text (cr, 80, y += 16, "Thesis on the tidal currents of narrow fjords", 10, FALSE);
  draw_text (cr, 80, y += 16, "Two years as the student union's treasurer", 10, FALSE);
  draw_turned (cr, 30, (y - 48 + y + 12) / 2, "Education");

  y += 40;
  draw_text (cr, 80, y, "Chart plotters, tide software, echo sounders, GIS", 10, FALSE);
  draw_text (cr, 80, y += 16, "Spreadsheets, report writing, small boat handling", 10, FALSE);
  draw_turned (cr, 30, (y - 16 + y + 12) / 2, "Skills");
}

static void
test_headings (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_turned_headings);
  g_autoptr(GPtrArray) lines = drawn_lines (draw_turned_headings);
  g_autofree char *bullets = all_bullets (document);
  VitaeEntry *job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  VitaeEntry *school = entry_at (document, VITAE_SECTION_EDUCATION, 0);

  /* No letter of a heading reads as a line of its own. */
  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpuint (strlen (((VitaeTextLine *) g_ptr_array_index (lines, i))->text), >, 2);

  /* Each heading heads its section, the whole of it. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Maren Solberg");
  g_assert_nonnull (job);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (job), "start"), ==, "2019");
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, G_N_ELEMENTS (duties));
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    g_assert_cmpstr (bullet_text (job, i), ==, duties[i]);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_nonnull (school);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "start"), ==, "2015");
  g_assert_nonnull (entry_at (document, VITAE_SECTION_SKILLS, 0));
  g_assert_null (strstr (bullets, "Chart plotters"));
}

/* A main column with its headings across, as usual, and a sidebar at the
 * right whose two headings are turned up its outer edge. */
static void
draw_turned_sidebar (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, y, "Harbour Survey Office", 10, TRUE);
  draw_right_aligned (cr, 340, y, "2019 – 2023", 10);
  draw_text (cr, 40, y += 16, "Hydrographic surveyor", 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      draw_text (cr, 46, y += 16, "•", 10, FALSE);
      draw_text (cr, 58, y, duties[i], 10, FALSE);
    }

  draw_text (cr, 380, 130, "maren.solberg@example.no", 8, FALSE);
  draw_text (cr, 380, 150, "+47 412 55 019", 8, FALSE);
  draw_text (cr, 380, 170, "Bodø, Norway", 8, FALSE);
  draw_turned (cr, 560, 156, "Contact");
  draw_text (cr, 380, 260, "Norwegian (native)", 8, FALSE);
  draw_text (cr, 380, 280, "English (fluent)", 8, FALSE);
  draw_text (cr, 380, 300, "German (basic)", 8, FALSE);
  draw_turned (cr, 560, 286, "Languages");
}

static void
test_sidebar (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_turned_sidebar);
  g_autoptr(GPtrArray) lines = drawn_lines (draw_turned_sidebar);
  g_autofree char *bullets = all_bullets (document);
  VitaeEntry *job = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpuint (strlen (((VitaeTextLine *) g_ptr_array_index (lines, i))->text), >, 2);
  g_assert_nonnull (job);
  g_assert_cmpuint (vitae_entry_get_n_bullets (job), ==, G_N_ELEMENTS (duties));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "maren.solberg@example.no");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, 3);
  g_assert_null (strstr (bullets, "Norwegian"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-turned/headings", test_headings);
  g_test_add_func ("/import-turned/sidebar", test_sidebar);
  return g_test_run ();
}
