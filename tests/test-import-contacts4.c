/* test-import-contacts4.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The name, e-mail address and phone numbers of imported PDFs where
 * real resumes set them otherwise, in our own words: a labelled name
 * with the birth date in brackets after it; two phone numbers after one
 * label, apart by a slash; a number's groups apart by middle dots; a
 * number between commas among other details; a second number alone on
 * its line; an address only in the pages' running footer; a title
 * before the name; a name whose two words only a change of weight sets
 * apart. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A form of labelled fields under a title: the name's value ends with
 * the birth date in brackets, which is no part of the name and no
 * phone number; the phone's label is followed by two numbers apart by
 * a slash without spaces, the first the phone, the second kept. */
static void
test_labelled_name_and_two_numbers (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 240, 330, 20, 0, "Lebenslauf");
  add_line (lines, 70, 320, 11, 20, "Name: Jonas Keller (*14.03.1995)");
  add_line (lines, 70, 330, 11, 12, "Adresse: Lindenweg 3, 10115 Berlin");
  add_line (lines, 70, 260, 11, 12, "E-Mail: j.keller@example.de");
  add_line (lines, 70, 380, 11, 12, "Telefon: +49-30-12 34 56 78/0151 23 45 67 89");
  add_line (lines, 70, 260, 11, 12, "Familienstand: ledig");
  add_line_full (lines, 0, 40, 120, 14, 24, VITAE_TEXT_LINE_BOLD, "Studium");
  add_line (lines, 70, 520, 11, 10, "Oktober 2016 - September 2020\tHochschule Esslingen, Mechatronik");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Jonas Keller");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "j.keller@example.de");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49-30-12 34 56 78");
  g_assert_true (has_profile (document, "0151 23 45 67 89"));
}

/* A centred header's line of details: the phone number's groups apart
 * by middle dots, or the number between commas after the place. */
static void
test_phone_among_details (void)
{
  static const struct { const char *details; const char *phone; } cases[] = {
    { "(416) \u00b7 555 \u00b7 0199 \u22c4 ola.nordmann@example.org", "(416) 555 0199" },
    { "Bergen, Norway, +4791234567, ola.nordmann@example.org", "+4791234567" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 220, 380, 20, 0, "OLA NORDMANN");
      add_line (lines, 150, 450, 11, 4, cases[k].details);
      add_line_full (lines, 0, 40, 140, 11, 20, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
      add_line (lines, 40, 560, 11, 6, "Line Cook\tMarch 2021 - Present");
      add_line (lines, 40, 200, 11, 0, "Harbour Kitchen");
      add_line (lines, 50, 560, 11, 2, "\u00b7 Prepared the fish of the day for two hundred covers a night.");
      add_line (lines, 50, 560, 11, 2, "\u00b7 Kept the cold room in order and its log up to date.");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[k].details);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ola.nordmann@example.org");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, cases[k].phone);
    }
}

/* A sidebar's contact details: two phone numbers, each alone on its
 * line; the first is the phone, the second is kept as well. */
static void
test_second_number_on_its_line (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 240, 16, 0, "Beatriz Lima Costa");
  add_line (lines, 40, 160, 8, 4, "engenheira civil");
  add_line_full (lines, 0, 40, 110, 10, 14, VITAE_TEXT_LINE_BOLD, "Contato");
  add_line (lines, 40, 200, 10, 2, "beatriz.costa@example.com.br");
  add_line (lines, 40, 160, 10, 2, "+55 11 9 8765-4321");
  add_line (lines, 40, 160, 10, 2, "+55 11 3456-7890");
  add_line_full (lines, 0, 40, 200, 11, 20, VITAE_TEXT_LINE_BOLD, "EXPERIÊNCIA");
  add_line (lines, 40, 560, 10, 6, "Engenheira de obras\tjaneiro 2019 - dezembro 2022");
  add_line (lines, 50, 560, 10, 2, "• Acompanhei a obra de um edifício de doze andares.");
  add_line (lines, 50, 560, 10, 2, "• Conferi as medições das empreiteiras a cada mês.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+55 11 9 8765-4321");
  g_assert_true (has_profile (document, "+55 11 3456-7890"));
}

/* Two phone numbers in one cell of the header, apart by a semicolon
 * (a country's code in brackets before each): the first is the phone,
 * the second is kept as well. */
static void
test_numbers_apart_by_semicolon (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line (lines, 240, 350, 24, 0, "Mira Solberg");
  line = add_line (lines, 150, 460, 12, 2, "mira.solberg@example.edu \u00b7\t(+47) 912-345-678; (+46) 701234567");
  line->tab_x = 300;
  add_line (lines, 36, 100, 14, 14, "Education");
  add_line (lines, 36, 560, 12, 6, "Lakeside Institute of Technology, Bergen\t09/2018 \u2013 06/2022");
  add_line (lines, 44, 450, 11, 3, "\u2022 Built a tide table service for the harbour office.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(+47) 912-345-678");
  g_assert_true (has_profile (document, "(+46) 701234567"));
}

/* Two pages whose header prints the name alone and whose running
 * footer prints the details after icons: the address there is the
 * person's. */
static void
test_address_in_running_footer (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  const char *footer = "hello@tomaszwrobel.example \u2022\twww.tomaszwrobel.example \u2022\ttwrobel";

  for (int page = 0; page < 2; page++)
    {
      if (page == 0)
        add_line_full (lines, 0, 380, 520, 26, 0, 0, "Tomasz Wróbel");
      add_line_full (lines, page, 60, 200, 14, 20, VITAE_TEXT_LINE_BOLD, page == 0 ? "Experience" : "Education");
      add_line_full (lines, page, 60, 540, 10, 8, 0, "Mar 2019 – Jun 2022\tData engineer, Vistula Logistics.");
      add_line_full (lines, page, 150, 540, 10, 2, 0, "Built the pipelines that load the depots' scans every hour.");
      add_line_full (lines, page, 150, 540, 10, 2, 0, "Moved the nightly reports from a cron job to a scheduler.");
      add_line_full (lines, page, 150, 540, 10, 2, 0, "Wrote the tests that guard the invoice exports.");
      add_line_full (lines, page, 200, 420, 8, 300, 0, "00-950 Warszawa \u2013 Poland");
      add_line_full (lines, page, 150, 470, 8, 2, 0, footer);
    }
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Tomasz Wróbel");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "hello@tomaszwrobel.example");
}

/* An academic title before the name is kept with it, as printed (and as
 * test-import-names6 keeps a degree's cell): the headline stays the
 * headline. */
static void
test_title_before_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 300, 30, 0, "Dr. Lena Hartmann");
  add_line (lines, 40, 220, 14, 2, "Data Engineer");
  add_line (lines, 40, 220, 10, 10, "lena.hartmann@example.de");
  add_line (lines, 40, 160, 10, 2, "0171-555-0123");
  add_line_full (lines, 0, 40, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line (lines, 40, 560, 10, 6, "Data Engineer\t2019 - 2024");
  add_line (lines, 50, 560, 10, 2, "• Baute die Datenstrecken für die Wetterprognosen.");
  add_line (lines, 50, 560, 10, 2, "• Betreute die Datenbank der Messstationen.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Dr. Lena Hartmann");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "Data Engineer");
}

static const char *weighted_markup;

/* A name set as one word of two weights, then a heading, an entry. */
static void
draw_weighted_name (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_markup (layout, weighted_markup, -1);
  cairo_move_to (cr, 150, 40);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  draw_text (cr, 150, 90, "tomas.berg@example.org", 9, FALSE);
  draw_text (cr, 40, 130, "Experience", 13, TRUE);
  draw_text (cr, 40, 155, "Baker at the corner bakery, 2019 - 2023", 9, TRUE);
  draw_text (cr, 50, 170, "• Baked the morning bread for three shops.", 9, FALSE);
  draw_text (cr, 50, 182, "• Trained two apprentices in the oven's care.", 9, FALSE);
}

/* The two words of a name set without a space, a thin first one and a
 * bold last one, are apart; a word whose first letters are regular and
 * the rest bold (a heading's style) stays whole. */
static void
test_name_apart_by_weight (void)
{
  static const struct { const char *markup; const char *name; } cases[] = {
    { "<span font_desc='DejaVu Sans ExtraLight 30'>tomas</span><span font_desc='DejaVu Sans Bold 30'>berg</span>",
      "tomas berg" },
    { "<span font_desc='DejaVu Sans 30'>Tom</span><span font_desc='DejaVu Sans Bold 30'>asberg</span>", "Tomasberg" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(VitaeDocument) document = NULL;

      weighted_markup = cases[k].markup;
      document = import_drawn (draw_weighted_name);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, cases[k].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts4/labelled-name-and-two-numbers", test_labelled_name_and_two_numbers);
  g_test_add_func ("/import-contacts4/phone-among-details", test_phone_among_details);
  g_test_add_func ("/import-contacts4/second-number-on-its-line", test_second_number_on_its_line);
  g_test_add_func ("/import-contacts4/numbers-apart-by-semicolon", test_numbers_apart_by_semicolon);
  g_test_add_func ("/import-contacts4/address-in-running-footer", test_address_in_running_footer);
  g_test_add_func ("/import-contacts4/title-before-name", test_title_before_name);
  g_test_add_func ("/import-contacts4/name-apart-by-weight", test_name_apart_by_weight);
  return g_test_run ();
}
