/* test-import-names11.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The names and headlines of imported PDFs: a name in capitals on two
 * lines, family name over given name, a larger headline beside its first
 * line (the first line's size is the headline's, not the name's); an
 * icon font's glyph read as a letter beside the name, no headline. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A page whose name, in bold capitals, stands on two lines at the top of
 * the page, the family name over the given name (its first
 * letter accented); the job title, set larger, beside the first line far
 * to the right; the contact details under the name, small, beside a
 * profile; the sections under them, across the page. */
static void
draw_name_beside_larger_title (cairo_t *cr)
{
  draw_text (cr, 30, 28, "MORVAN", 12, TRUE);
  draw_text (cr, 200, 26, "SOUND ENGINEER", 16, TRUE);
  draw_text (cr, 30, 46, "ÉLISE", 12, TRUE);
  draw_text (cr, 165, 64, "I record and mix concerts, plays and radio shows, and look after the", 9, FALSE);
  draw_text (cr, 165, 78, "microphones and desks of two small theatres in the north of the city.", 9, FALSE);
  draw_text (cr, 30, 100, "elise.morvan@example.fr", 7, FALSE);
  draw_text (cr, 30, 110, "06 12 34 56 78", 7, FALSE);
  draw_text (cr, 30, 130, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 30, 150, "Sound engineer, Théâtre des Docks", 10, TRUE);
  draw_text (cr, 30, 164, "• Mixed forty concerts a season for an audience of three hundred, from jazz to chamber music", 9, FALSE);
  draw_text (cr, 30, 176, "• Kept the stage microphones and the two desks in working order, and trained two apprentices", 9, FALSE);
}

static void
test_name_beside_larger_title (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_name_beside_larger_title);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *first, *second;

  g_assert_no_error (error);
  log_lines (draw_name_beside_larger_title);
  first = g_ptr_array_index (lines, 0);
  second = g_ptr_array_index (lines, 1);
  g_assert_true (g_str_has_prefix (first->text, "MORVAN\t"));
  g_assert_cmpstr (second->text, ==, "ÉLISE");
  /* (The line's size is the title's; the name's own is its first cell's,
   * the given name's.) */
  g_assert_cmpfloat (first->size, >, second->size + 2);
  g_assert_cmpfloat (ABS (first->lead_size - second->size), <, 0.5);
  g_assert_cmpfloat (second->lead_size, ==, 0);

  document = import_drawn (draw_name_beside_larger_title);
  g_assert_cmpstr (basics (document, "name"), ==, "MORVAN ÉLISE");
  g_assert_cmpstr (basics (document, "label"), ==, "SOUND ENGINEER");
  g_assert_cmpstr (basics (document, "email"), ==, "elise.morvan@example.fr");
  for (guint k = 0; k < vitae_document_get_n_sections (document); k++)
    g_assert_null (strstr (vitae_section_get_title (vitae_document_get_section (document, k)), "LISE"));
}

/* Such a name's lines as the reader gives them, the first with the
 * title beside it (its size the title's, the name's own its first
 * cell's), the second a whole line in bold as a heading would be: no
 * heading, the rest of the name. */
static void
test_name_line_beside_larger_title (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  line = add_line_full (lines, 0, 30, 400, 20, 0, VITAE_TEXT_LINE_BOLD, "KOWALSKA\tLEAD DATA ANALYST");
  line->tab_x = 220;
  line->lead_size = 13;
  add_line_full (lines, 0, 30, 95, 13, -3, VITAE_TEXT_LINE_BOLD, "MARTA");
  add_line (lines, 30, 140, 8, 20, "marta.kowalska@example.pl");
  add_line (lines, 30, 100, 8, 2, "+48 600 100 200");
  add_line_full (lines, 0, 165, 280, 13, 14, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 165, 400, 10, 6, VITAE_TEXT_LINE_BOLD, "Data analyst, Wisła Freight\t2019 – 2024")->tab_x = 500;
  add_line (lines, 165, 500, 9, 2, "• Built the weekly reports of the depots' loads and delays");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "KOWALSKA MARTA");
  g_assert_cmpstr (basics (document, "phone"), ==, "+48 600 100 200");
}

/* A LaTeX CV's header: the name set large on two lines, the contact
 * details in a column at the right read after them but for an icon
 * font's glyph, which the text layer gives as a letter ("H", a phone's
 * icon) beside the name's second line; the document's title under the
 * name. One letter alone is no headline, and the title is none either:
 * the resume has no headline. */
static void
test_icon_letter_beside_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line (lines, 370, 421, 10.9, 0, "Gornja ulica 4")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 74, 135, 33.9, -5, "Mira");
  line = add_line (lines, 74, 361, 33.9, -0.4, "Kolenc\tH");
  line->tab_x = 352;
  line->lead_size = 33.9;
  line = add_line (lines, 74, 421, 20.7, 9, "Curriculum Vitae\twww.linkedin.com/in/mira-kolenc/");
  line->tab_x = 254;
  line->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 152, 220, 17.2, 70, "Education");
  add_line (lines, 90, 500, 12, 8, "2012–2016\tBachelor's Degree in Physics, University of Maribor.")->tab_x = 152;
  add_line (lines, 365, 421, 10.9, 0, "2000 Maribor")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 365, 421, 10.9, 3.9, "041 555 123")->flags = VITAE_TEXT_LINE_ITALIC;
  add_line (lines, 305, 421, 10.9, 3.9, "mira.kolenc@example.si")->flags = VITAE_TEXT_LINE_ITALIC;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Mira Kolenc");
  g_assert_false (vitae_node_has (VITAE_NODE (document), "label"));
  g_assert_cmpstr (basics (document, "phone"), ==, "041 555 123");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names11/name-beside-larger-title", test_name_beside_larger_title);
  g_test_add_func ("/import-names11/name-line-beside-larger-title", test_name_line_beside_larger_title);
  g_test_add_func ("/import-names11/icon-letter-beside-name", test_icon_letter_beside_name);
  return g_test_run ();
}
