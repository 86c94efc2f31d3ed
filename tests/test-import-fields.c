/* test-import-fields.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The person's name, e-mail address and phone number in imported PDFs
 * that set them in narrow or crowded places, in layouts met in real
 * resumes: a name set large on three lines in a sidebar, an address that
 * a narrow sidebar wrapped in its domain, a national identity number in
 * a header's table of labels, a phone number level with a heading of
 * another column. Each page is given as the reader's lines, in our own
 * words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A dark sidebar whose name, in capitalized words set large, takes three
 * lines from the same edge (two given names, then each family name on a
 * line of its own); a job title set smaller, then the contact details. */
static void
test_name_on_three_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 50, 210, 24, 0, VITAE_TEXT_LINE_BOLD, "María Luisa");
  add_line_full (lines, 0, 50, 140, 24, -1.5, VITAE_TEXT_LINE_BOLD, "Quintero");
  add_line_full (lines, 0, 50, 130, 24, -1.5, VITAE_TEXT_LINE_BOLD, "Olmedo");
  add_line (lines, 50, 200, 16, 4, "Ingeniera Química");
  add_line (lines, 68, 200, 10, 110, "mlqo@example.org");
  add_line (lines, 68, 120, 10, 7, "611 222 333");
  add_line_full (lines, 0, 300, 400, 12, 0, VITAE_TEXT_LINE_BOLD, "EXPERIENCIA");
  add_line_full (lines, 0, 300, 540, 10, 12, VITAE_TEXT_LINE_BOLD, "Analista de laboratorio");
  add_line (lines, 300, 540, 10, 4, "• Validé métodos de cromatografía para tres plantas");
  add_line (lines, 300, 540, 10, 4, "• Reduje el tiempo de análisis un 20 %");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "María Luisa Quintero Olmedo");
  g_assert_cmpstr (basics (document, "label"), !=, "Olmedo");
}

/* Narrow sidebars that wrap an address in its domain: after the dot
 * before the last label, the rest flush right under it; and inside the
 * last label, the rest from the same edge. */
static void
test_email_wrapped_in_domain (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) second = NULL;

  add_line (lines, 50, 136, 11, 0, "Tomás Ibarra");
  add_line (lines, 100, 136, 11, 3, "Lozano");
  add_line (lines, 30, 136, 11, 4.5, "tomas.ibarra77@example.");
  add_line (lines, 119, 136, 11, 4.5, "com");
  add_line (lines, 63, 136, 11, 3, "(310) 5550142");
  add_line_full (lines, 0, 166, 460, 25, 0, VITAE_TEXT_LINE_BOLD, "Tomás Ibarra Lozano");
  add_line_full (lines, 0, 166, 300, 17, 13, VITAE_TEXT_LINE_BOLD, "Experiencia");
  add_line (lines, 166, 540, 12, 8, "Soporte técnico, Redes Andinas");
  add_line (lines, 166, 540, 12, 3, "• Atendí doscientas incidencias al mes");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "email"), ==, "tomas.ibarra77@example.com");

  add_line_full (other, 0, 50, 210, 24, 0, VITAE_TEXT_LINE_BOLD, "Rocío Salvatierra");
  add_line (other, 50, 210, 16, 4, "Diseñadora gráfica");
  add_line (other, 68, 204, 10, 110, "rocio.salvatierra.g@example.c");
  add_line (other, 68, 83, 10, 0.8, "om");
  add_line (other, 68, 115, 10, 7, "622 333 444");
  add_line_full (other, 0, 300, 400, 12, 0, VITAE_TEXT_LINE_BOLD, "EXPERIENCIA");
  add_line_full (other, 0, 300, 540, 10, 12, VITAE_TEXT_LINE_BOLD, "Diseñadora, Estudio Norte");
  add_line (other, 300, 540, 10, 4, "• Diseñé la identidad de doce marcas locales");
  second = vitae_import_lines (other, NULL);
  g_assert_cmpstr (basics (second, "email"), ==, "rocio.salvatierra.g@example.com");
}

/* A header's table of personal data, labels flush right before their
 * values, among them a national identity number of ten digits after
 * its abbreviation; the phones only in a footer on every page, each
 * after an icon font's glyph read as a letter. */
static void
test_identity_number_is_no_phone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 260, 527, 38, 0, "Rosa Elena Paredes");
  add_line (lines, 412, 527, 17, 14, "Hoja de vida");
  add_line (lines, 137, 254, 14, 46, "Datos Generales");
  add_line (lines, 92, 190, 10, 7.7, "Nombres\tRosa Elena")->tab_x = 137;
  add_line (lines, 114, 187, 10, 5.6, "C.I.\t0918273645")->tab_x = 137;
  add_line (lines, 108, 170, 10, 5.6, "Edad\t31 años")->tab_x = 137;
  add_line (lines, 137, 254, 14, 14, "Experiencia Profesional");
  add_line (lines, 84, 340, 10, 6, "2019–2023\tContadora, Textiles Andinos S.A., Cuenca.")->tab_x = 137;
  add_line_full (lines, 0, 147, 430, 9, 3.8, VITAE_TEXT_LINE_LIST, "Cerré los balances mensuales de cuatro filiales.");
  add_line_full (lines, 0, 147, 430, 9, 3, VITAE_TEXT_LINE_LIST, "Preparé las declaraciones de impuestos anuales.");
  add_line_full (lines, 0, 137, 470, 10, 200, VITAE_TEXT_LINE_ICON,
                 "+ (593) 991234567 • T (07) 2812 345 • B rosa.paredes@example.com");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), !=, "0918273645");
  g_assert_nonnull (strstr (basics (document, "phone"), "991234567"));
  g_assert_cmpstr (basics (document, "email"), ==, "rosa.paredes@example.com");
}

/* An infographic page in three columns: the name and a job title over
 * them, a left column of contact details, a middle column of badges under
 * headings, a right timeline of years. The phone number stands level with
 * the middle column's first heading (one line, two cells). */
static void
test_phone_level_with_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 120, 254, 20, 0, VITAE_TEXT_LINE_BOLD, "Irene Valcárcel");
  add_line (lines, 120, 254, 15, -0.3, "Técnica en Sistemas");
  add_line (lines, 420, 540, 12.7, 26, "CRONOLOGÍA");
  add_line (lines, 78, 283, 10, -4, "+34 655 010 203\tTrayectoria")->tab_x = 231;
  add_line (lines, 426, 482, 9, -4.9, "HOY");
  add_line (lines, 77, 269, 10, -2.7, "Valencia - (España)\t+3 Años")->tab_x = 232;
  add_line (lines, 400, 439, 9, -2.9, "2021 - 24");
  add_line (lines, 77, 181, 7, -2, "irene.valcarcel@example.com");
  add_line (lines, 63, 115, 10, 9, "Sobre mí");
  add_line (lines, 81, 346, 7, 3, "Me gusta que los equipos de una oficina funcionen sin que nadie lo note.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "+34 655 010 203");
  g_assert_cmpstr (basics (document, "email"), ==, "irene.valcarcel@example.com");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-fields/name-on-three-lines", test_name_on_three_lines);
  g_test_add_func ("/import-fields/email-wrapped-in-domain", test_email_wrapped_in_domain);
  g_test_add_func ("/import-fields/identity-number-is-no-phone", test_identity_number_is_no_phone);
  g_test_add_func ("/import-fields/phone-level-with-heading", test_phone_level_with_heading);
  return g_test_run ();
}
