/* test-import-names15.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names and details of imported PDFs that read lines shaped otherwise
 * than the usual: a birth date in brackets after the name; the name's
 * labelled field among others on a line split by bars; a large name
 * wrapped onto a second line that has the e-mail address at its right;
 * a section's heading on the name's baseline, a narrow gap between; a
 * large heading of a topic under the summary; a phone number in the
 * last cell of an address's row. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A centred header whose name is followed by the person's birth date in
 * brackets; the details under it, separated by small circles. */
static void
test_birth_date_after_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 200, 390, 14, 0, "Lena Marchetti (March 3, 1994)");
  add_line (lines, 190, 400, 10, 2, "lena.marchetti@example.be ◦ +32 470 11 22 33");
  add_line (lines, 185, 410, 10, 2, "Rue des Lilas 4, 4000 Liège ◦ Driving license");
  add_line (lines, 45, 380, 10, 27, "Languages: Italian (native), French (fluent).");
  add_line (lines, 45, 500, 10, 3, "Tools : Python, SQL, Git, Docker.");
  add_line (lines, 246, 348, 12, 16, "Work Experience");
  add_cells (lines, 45, 480, 564, 10, 19, 0, "Data analyst\tmay 2020 – now");
  add_line (lines, 45, 163, 10, 3, "Norvent, Liège, Belgium");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lena Marchetti");
  g_assert_cmpstr (basics (document, "phone"), ==, "+32 470 11 22 33");
  g_assert_cmpstr (basics (document, "email"), ==, "lena.marchetti@example.be");
}

/* A form-like header: "Nome: … | Idade: … | Telefone: …" on one line,
 * the phone number wrapped to the next. The name is the field's value,
 * no profile. */
static void
test_name_field_among_bars (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 120, 360, 24, 0, "Curriculum vitae");
  add_line (lines, 38, 430, 12, 9, "Nome: Rita Souza Lima | Idade: 29 | Telefone: (11)");
  add_line (lines, 38, 110, 12, 8, "91234-5678");
  add_line (lines, 38, 270, 12, 8, "Email: rita.souza@example.com.br");
  add_line (lines, 38, 390, 12, 8, "Endereço: Campinas-SP | Habilitação: Categoria B");
  add_line (lines, 38, 250, 19, 15, "Perfil Profissional");
  add_line (lines, 38, 550, 12, 9, "Gosto de aprender e de trabalhar em equipe.");
  add_line (lines, 38, 130, 19, 15, "Formação");
  add_line (lines, 38, 480, 12, 6, "Graduação: Sistemas de Informação | Turno: Noite");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Rita Souza Lima");
  g_assert_false (has_profile (document, "Rita Souza Lima"));
  g_assert_cmpstr (basics (document, "email"), ==, "rita.souza@example.com.br");
}

/* A name set very large on two lines at the left, the contact details
 * in a column at the right: the reader joins the e-mail address to the
 * name's second line, after a wide gap. */
static void
test_name_wrapped_beside_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_placed (lines, 0, 42, 72, 320, 35, 0, VITAE_TEXT_LINE_BOLD, "Marco Antonio");
  add_placed (lines, 0, 61, 455, 502, 11, -22, 0, "Quito, Ecuador");
  add_placed (lines, 0, 77, 428, 502, 11, 4, 0, "+593 99 123 4567");
  line = add_placed (lines, 0, 79, 72, 502, 35, -9, 0, "Ibarra\tmarcoantonio7@example.com");
  line->tab_x = 375;
  add_placed (lines, 0, 107, 365, 502, 11, -12, 0, "linkedin.com/in/marcoparedes");
  line = add_placed (lines, 0, 121, 72, 502, 11, 3, 0, "Software Engineer | Mobile Developer\tgithub.com/mparedes");
  line->tab_x = 380;
  add_placed (lines, 0, 158, 72, 494, 11, 24, 0, "Engineer with five years of building apps for small shops.");
  add_placed (lines, 0, 224, 72, 121, 18, 28, VITAE_TEXT_LINE_BOLD, "Skills");
  add_placed (lines, 0, 251, 72, 394, 12, 6, 0, "•\tMOBILE | Kotlin • Swift • Flutter");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Marco Antonio Ibarra");
  g_assert_cmpstr (basics (document, "email"), ==, "marcoantonio7@example.com");
  g_assert_cmpstr (basics (document, "phone"), ==, "+593 99 123 4567");
}

/* A German-style header of labelled cells, two fields a row: the
 * address's value, then the mobile number after its own label on the
 * same row. The number is the person's phone, no part of the city. */
static void
test_phone_after_address_on_row (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 190, 360, 22, 0, VITAE_TEXT_LINE_BOLD, "Curriculum Vitae");
  add_line_full (lines, 0, 40, 110, 11, 4, VITAE_TEXT_LINE_BOLD, "Jonas Weber");
  add_cells (lines, 27, 108, 440, 11, 12, 0, "Date of Birth:\t02.03.1995 in Kassel\tE-Mail\tjonas.weber@example.de");
  add_cells (lines, 27, 108, 440, 11, 1, 0, "Address:\tLindenweg 4, 34117 Kassel\tMobile:\t+49 (0) 151 2345678");
  add_line_full (lines, 0, 44, 92, 11, 10, VITAE_TEXT_LINE_BOLD, "Education");
  add_cells (lines, 26, 500, 546, 11, 4, 0, "10/2015 - 09/2019\tUNIVERSITY OF KASSEL\tKassel");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Jonas Weber");
  g_assert_cmpstr (basics (document, "phone"), ==, "+49 (0) 151 2345678");
  g_assert_cmpstr (basics (document, "city"), ==, "Kassel");
}

/* A two-column page: the name large at the left, the right column's
 * first heading on the same baseline, so close that the reader joined
 * them. The heading is no part of the name. */
static void
test_heading_on_name_baseline (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 40, 400, 20, 0, VITAE_TEXT_LINE_BOLD, "Kwame A-Mensah Education");
  add_line (lines, 40, 200, 10, 6, "kwame.mensah@example.com");
  add_line (lines, 40, 160, 10, 2, "+233 24 555 0101");
  add_cells (lines, 300, 500, 560, 10, 4, 0, "BSc Computer Science\t2016 - 2020");
  add_line (lines, 300, 480, 10, 2, "University of Cape Coast");
  add_line_full (lines, 0, 40, 160, 14, 20, VITAE_TEXT_LINE_BOLD, "Experience");
  add_cells (lines, 40, 480, 560, 10, 6, 0, "Software Developer\t2020 - Present");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Kwame A-Mensah");
  g_assert_cmpstr (basics (document, "email"), ==, "kwame.mensah@example.com");
}

/* The same with no e-mail address to check the name against: the name
 * is settled from the line set largest, read the same way. */
static void
test_heading_on_name_baseline_alone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 40, 400, 20, 0, 0, "Kwame A-Mensah Education");
  add_cells (lines, 300, 500, 560, 10, 4, 0, "BSc Computer Science\t2016 - 2020");
  add_line (lines, 300, 480, 10, 2, "University of Cape Coast");
  add_line (lines, 40, 200, 10, 6, "linkedin.com/in/kamensah");
  add_line_full (lines, 0, 40, 160, 18, 20, 0, "Skills");
  add_line (lines, 40, 200, 10, 6, "Organic Chemistry");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Kwame A-Mensah");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names15/birth-date-after-name", test_birth_date_after_name);
  g_test_add_func ("/import-names15/name-field-among-bars", test_name_field_among_bars);
  g_test_add_func ("/import-names15/name-wrapped-beside-email", test_name_wrapped_beside_email);
  g_test_add_func ("/import-names15/phone-after-address-on-row", test_phone_after_address_on_row);
  g_test_add_func ("/import-names15/heading-on-name-baseline", test_heading_on_name_baseline);
  g_test_add_func ("/import-names15/heading-on-name-baseline-alone", test_heading_on_name_baseline_alone);

  return g_test_run ();
}
