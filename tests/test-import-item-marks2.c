/* test-import-item-marks2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What marks imported PDFs' list items, and what only looks like a
 * mark, in layouts met in real resumes, in our own words: a column of
 * dates written with their day first ("01. March 2024 -"); an item
 * that starts with a number's plus sign ("+20 …") after a drawn mark;
 * a ring set beside an entry's heading of two lines (moderncv); emoji
 * that mark items, after a tab or glued to the item's first word; small
 * dots drawn over a shaded shape in the page's margin; dots drawn in the
 * margin of a column whose rows all start at its edge. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Entries with their dates in a column of their own at the left, each a
 * day, a month and a year over the end's ("01. März 2023 -" / "heute"),
 * the column read before the entries' titles and descriptions at the
 * right: the days are no numbered items' numbers, so no item holds a
 * month's name. */
static void
test_day_dates (void)
{
  static const char * const dates[][2] = { { "01. März 2023 -", "heute" },
                                           { "15. Oktober 2020 -", "28. Februar 2023" },
                                           { "03. Mai 2018 -", "30. September 2020" } };
  static const char * const titles[] = { "Werkstattleiter bei Fahrradhaus Nord",
                                         "Mechaniker bei Radwerk Süd",
                                         "Aushilfe bei Pedal & Kette" };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 56.7, 200, 16, 0, VITAE_TEXT_LINE_BOLD, "Jonas Feldhaus");
  add_line_full (lines, 0, 56.7, 190, 10, 6, 0, "jonas.feldhaus@example.de");
  add_line_full (lines, 0, 56.7, 160, 13, 24, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      add_line_full (lines, 0, 58.7, 135, 10, i == 0 ? 9.3 : 75, 0, dates[i][0]);
      add_line_full (lines, 0, 58.7, 140, 10, 2.7, 0, dates[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      add_line_full (lines, 0, 159.4, 420, 11, i == 0 ? 0 : 15, VITAE_TEXT_LINE_BOLD, titles[i]);
      add_line_full (lines, 0, 159.4, 520, 10, 6.7, 0, "Reparatur und Wartung von Stadt- und Lastenrädern für die");
      add_line_full (lines, 0, 159.4, 300, 10, 0.4, 0, "Kundschaft aus der ganzen Stadt.");
      add_line_full (lines, 0, 159.4, 390, 10, 4.3, 0, "Werkzeuge: Zentrierständer, Drehmomentschlüssel");
    }
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_null (strstr (bullets, "März"));
  g_assert_null (strstr (bullets, "Oktober"));
  g_assert_null (strstr (bullets, "Mai"));
}

/* A square mark drawn centred at (@x, @y), without a glyph. */
static void
draw_square (cairo_t *cr,
             double   x,
             double   y)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x - 1.6, y - 1.6, 3.2, 3.2);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Awards in a list whose square marks are drawn, one of them starting
 * with a number's plus sign ("+12 distinctions …"): the plus is part of
 * the item's text, and the drawn square before it is its mark. */
static void
draw_plus_number_item (cairo_t *cr)
{
  static const char * const awards[] = { "Best record of the 2021 class", "+12 distinctions in the degree",
                                         "Honours for the final thesis" };

  draw_text (cr, 40, 40, "Nuria Castells", 20, TRUE);
  draw_text (cr, 40, 72, "nuria.castells@example.es", 9, FALSE);
  draw_text (cr, 40, 100, "EDUCATION", 12, TRUE);
  draw_text (cr, 40, 122, "Degree in Computer Science\t2019 – 2023", 10, TRUE);
  draw_text (cr, 40, 150, "AWARDS", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (awards); i++)
    {
      draw_square (cr, 44, 178 + 14 * i + 6.8);
      draw_text (cr, 50, 178 + 14 * i, awards[i], 9, FALSE);
    }
}

static void
test_plus_number_item (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_plus_number_item);
  document = import_drawn (draw_plus_number_item);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Best record of the 2021 class\n"));
  g_assert_nonnull (strstr (bullets, "\n+12 distinctions in the degree\n"));
  g_assert_nonnull (strstr (bullets, "\nHonours for the final thesis\n"));
}

/* Entries each headed by two lines, a bold title over an italic
 * subtitle with its dates at the right, and a small ring alone on a row
 * of its own left of them, level with the subtitle (moderncv's marker of
 * an entry): the ring marks the entry, not an item, so the headings are
 * no items. */
static void
test_ring_beside_heading (void)
{
  static const char * const entries[][2] = {
    { "Harbour Robotics Club", "Member of the underwater drone team and its workshop\t2015 – 2017" },
    { "City Hackathon 2016", "Finalist in the students' track of the public transport prize\tMay 2016" },
    { "Coastal University", "Bachelor of Science in Electrical Engineering\t2013–2018" },
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 119.7, 475, 24.8, 0, 0, "Rui Tavares | Curriculum Vitae");
  add_line_full (lines, 0, 175, 400, 10.9, 4, 0, "rui.tavares@example.pt");
  add_line_full (lines, 0, 74.4, 150, 14.3, 50, VITAE_TEXT_LINE_BOLD, "Sobre mim");
  add_line_full (lines, 0, 74.4, 377, 10.9, 12, 0, "Olá, sou estudante de engenharia e gosto de redes de alto");
  add_line_full (lines, 0, 74.4, 377, 10.9, 3.9, 0, "desempenho, em especial de redes ópticas passivas (rede óptica");
  add_line_full (lines, 0, 74.4, 150, 10.9, 3.9, 0, "e de rádio).");
  add_line_full (lines, 0, 74.4, 150, 14.3, 18, VITAE_TEXT_LINE_BOLD, "Experiência");
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      if (i == 2)
        add_line_full (lines, 0, 74.4, 140, 14.3, 13, VITAE_TEXT_LINE_BOLD, "Educação");
      add_line_full (lines, 0, 85.3, 280, 10.9, i == 0 ? 15 : 13.6, VITAE_TEXT_LINE_BOLD, entries[i][0]);
      add_line_full (lines, 0, 74.7, 77.3, 6, 0, 0, "○");
      add_line_full (lines, 0, 85.3, 531.7, 10.9, -1.2, VITAE_TEXT_LINE_ITALIC, entries[i][1]);
    }
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "");
}

/* An entry's items each marked with an emoji (a small diamond, a
 * hammer before the tools), the emoji set apart by a tab (its box taller
 * than the text's) or glued to the first word, and a calendar before the
 * entry's dates: each marked line is an item, its wrapped line goes on
 * with it, and the dates are none. */
static void
test_emoji_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 48, 250, 22, 0, VITAE_TEXT_LINE_BOLD, "Mara Iliescu");
  add_line_full (lines, 0, 48, 200, 9, 6, 0, "mara.iliescu@example.ro");
  add_line_full (lines, 0, 262, 390, 15, 22, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line_full (lines, 0, 278, 530, 10, 25, 0, "Webentwicklerin (Freelance / Eigene Projekte)");
  add_line_full (lines, 0, 278, 340, 16, 1.3, 0, "📅\t2022 – Heute");
  add_line_full (lines, 0, 271.5, 540, 16, -8.8, 0, "🛠\tWerkzeuge: Vue, TypeScript, Vite, Tailwind");
  add_line_full (lines, 0, 271.5, 490, 8, -8.8, 0, "🔹Bau schneller Seiten für kleine Läden");
  add_line_full (lines, 0, 271.5, 520, 8, -8.8, 0, "🔹Pflege der Inhalte mit den Kundinnen");
  add_line_full (lines, 0, 271.5, 551.7, 16, -8.8, 0, "🔹\tAnbindung von Zahlungsdiensten und Verbesserung für");
  add_line_full (lines, 0, 271.5, 300, 8, -1.3, 0, "schnellere Ladezeiten");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Werkzeuge: Vue, TypeScript, Vite, Tailwind\n"
                   "Bau schneller Seiten für kleine Läden\n"
                   "Pflege der Inhalte mit den Kundinnen\n"
                   "Anbindung von Zahlungsdiensten und Verbesserung für schnellere Ladezeiten\n");
}

/* An entry's items, each marked with a small dark dot drawn (no glyph)
 * over a large shape shaded from purple to grey that covers the page's
 * left margin, as a design tool sets its decoration: the dots' ground
 * is no one colour, yet each is a mark. */
static const char * const shaded_items[] = {
  "Statistics and modelling of survey data",
  "Law and ethics of public records",
  "First steps in two programming languages",
};

static void
draw_shaded_dots (cairo_t *cr)
{
  cairo_pattern_t *shade = cairo_pattern_create_linear (0, 150, 120, 400);
  double y = 180;

  cairo_pattern_add_color_stop_rgb (shade, 0, 0.25, 0.2, 0.45);
  cairo_pattern_add_color_stop_rgb (shade, 1, 0.75, 0.75, 0.78);
  cairo_set_source (cr, shade);
  cairo_arc (cr, -40, 300, 160, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_pattern_destroy (shade);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, 150, 40, "Lena Marchetti", 24, TRUE);
  draw_text (cr, 150, 70, "lena.marchetti@example.it", 11, FALSE);
  draw_text (cr, 14, 120, "EDUCATION", 12, TRUE);
  draw_text (cr, 45, 142, "MASTER: Data and Society\t2025 - 2027", 13, TRUE);
  draw_text (cr, 38, 160, "University of the Lakes", 11, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (shaded_items); i++)
    {
      y += 12.5;
      cairo_new_path (cr);
      cairo_set_source_rgb (cr, 0.05, 0.05, 0.1);
      cairo_arc (cr, 21.5, y + 8.5, 1.1, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 28, y, shaded_items[i], 10, FALSE);
    }
}

static void
test_shaded_dots (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_shaded_dots);
  document = import_drawn (draw_shaded_dots);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Statistics and modelling of survey data\n"
                   "Law and ethics of public records\n"
                   "First steps in two programming languages\n");
}

/* A page of two columns whose rows all start at their column's edge,
 * headings, titles and wrapped lines alike, with each duty's dot drawn
 * out in the margin left of that edge: the dots mark items although no
 * row is indented from another, and a duty's wrapped line, with no dot
 * before it, goes on with its item. */
static void
draw_margin_dots (cairo_t *cr)
{
  static const char * const duties[][2] = {
    { "Planned the night shifts of a ward of thirty beds", NULL },
    { "Trained four new nurses in the use of the infusion", "pumps and the ward's records" },
    { "Kept the stock of medicines counted every week", NULL },
  };
  static const char * const side[] = { "Languages", "Spanish, native", "Catalan, native",
                                       "English, fluent", "Interests", "Mountain running" };
  double y = 150;

  draw_text (cr, 40, 40, "Marta Ferrer Soler", 18, TRUE);
  draw_text (cr, 40, 66, "Ward Nurse", 11, FALSE);
  draw_text (cr, 360, 66, "marta.ferrer@example.es", 9, FALSE);
  draw_text (cr, 40, 100, "Experience", 12, TRUE);
  draw_text (cr, 40, 120, "Ward Nurse, Hospital del Mar", 10, TRUE);
  draw_text (cr, 40, 134, "March 2019 - now", 9, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      cairo_new_path (cr);
      cairo_arc (cr, 34, y + 6.3, 1.3, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 40, y, duties[i][0], 9, FALSE);
      y += 13;
      if (duties[i][1] != NULL)
        {
          draw_text (cr, 40, y, duties[i][1], 9, FALSE);
          y += 13;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (side); i++)
    draw_text (cr, 360, 100 + 16 * i, side[i], i % 4 == 0 ? 12 : 9, i % 4 == 0);
}

static void
test_margin_dots (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_margin_dots);
  document = import_drawn (draw_margin_dots);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Planned the night shifts of a ward of thirty beds\n"));
  g_assert_nonnull (strstr (bullets, "Trained four new nurses in the use of the infusion pumps and the ward's records\n"));
  g_assert_nonnull (strstr (bullets, "Kept the stock of medicines counted every week\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-marks2/day-dates", test_day_dates);
  g_test_add_func ("/import-item-marks2/plus-number-item", test_plus_number_item);
  g_test_add_func ("/import-item-marks2/ring-beside-heading", test_ring_beside_heading);
  g_test_add_func ("/import-item-marks2/emoji-items", test_emoji_items);
  g_test_add_func ("/import-item-marks2/shaded-dots", test_shaded_dots);
  g_test_add_func ("/import-item-marks2/margin-dots", test_margin_dots);

  return g_test_run ();
}
