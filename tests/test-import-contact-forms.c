/* test-import-contact-forms.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The name, e-mail address and phone number of imported PDFs in layouts
 * met in real resumes, as their lines come from the reader, in our own
 * words: a sidebar's form of labelled fields ("Email:" and its value),
 * the name small under a photo and in the summary's greeting; an e-mail
 * address in Turkish capitals; an e-mail address and a phone number
 * that narrow cells broke over two lines; a phone number with its icon
 * after it, read after the sections of a column; an e-mail address
 * in another script, or with a ligature in it, or broken after its
 * hyphen; a colon after a phone number's country code; two phone
 * numbers on a line read after a column; a street address after the
 * phone number. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* Adds the line @text at @x with its value after a tab at @tab_x (-1:
 * the reader did not say where). */
static void
add_field (GPtrArray  *lines,
           double      x,
           double      tab_x,
           double      gap,
           const char *text)
{
  VitaeTextLine *line = add_line (lines, x, 147, 8.4, gap, text);

  line->tab_x = tab_x;
}

/* A job site's export: the main column's first heading read first, then
 * a sidebar of the name set small under a photo and forms of labelled
 * fields under their headings at the page's left edge (the e-mail
 * address's tab with no place), then the main column. The name is given
 * again only in the greeting of the summary. */
static void
test_sidebar_form (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 179, 248, 8.4, 9, "Work Experience");
  add_line (lines, 45, 112, 7.2, 11, "Leila Farahani");
  add_line (lines, 47, 110, 7.2, 5, "Data engineer");
  add_line (lines, 14, 95, 7.8, 29, "Personal Information");
  add_field (lines, 14, 114, 6, "Age:\t27 Years");
  add_field (lines, 14, 127, 10, "Gender:\tFemale");
  add_field (lines, 14, 108, 10, "City:\tTabriz");
  add_line (lines, 14, 74, 7.8, 25, "Contact Details");
  add_field (lines, 14, 91, 5, "Mobile:\t09141234567");
  add_field (lines, 14, -1, 10, "Email:\tleila.f.dev@example.com");
  add_field (lines, 14, 88, 10, "Address:\tvaliasr street");
  add_line (lines, 14, 85, 7.8, 25, "Expected Salary");
  add_field (lines, 14, 117, 6, "Amount:\tnegotiable");
  add_field (lines, 179, 380, 0, "Backend developer\tMarch 2022 until now (3 years)");
  add_field (lines, 179, 520, 6, "Nikan Soft\tIran Tehran");
  add_field (lines, 179, 370, 15, "Support engineer\tMay 2020 until March 2022 (2 years)");
  add_field (lines, 179, 520, 6, "Arvand Data\tIran Tabriz");
  add_line (lines, 179, 221, 8.4, 21, "Education");
  add_field (lines, 179, 526, 9, "Bachelor: Computer engineering\t2016 - 2020");
  add_line (lines, 179, 300, 8.4, 6, "University of Tabriz");
  add_line (lines, 179, 219, 8.4, 25, "About Me");
  add_line (lines, 179, 576, 8.4, 9, "Hi! I’m Leila Farahani, a backend developer who has built data pipelines for");
  add_line (lines, 179, 560, 8.4, 2, "online shops and keeps them running through the busiest days of the year.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Leila Farahani");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "leila.f.dev@example.com");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "09141234567");
}

/* A word processor's header in Turkish capitals: the contact line's
 * "i" of the address is a dotted capital "İ"; or, in small letters
 * lowered the Turkish way, an "I" is a dotless "ı". */
static void
test_turkish_capitals (void)
{
  static const struct
  {
    const char *contact;
    const char *email;
  } cases[] = {
    { "0532 111 22 33 | AYSE.KIRAN77@GMAİL.COM | WWW.AYSEKİRAN.COM.TR", "AYSE.KIRAN77@GMAIL.COM" },
    { "0532 111 22 33 | İLKAY.DEMİR@EXAMPLE.COM.TR", "ILKAY.DEMIR@EXAMPLE.COM.TR" },
    { "0532 111 22 33 | ayse.kiran77@gmaıl.com", "ayse.kiran77@gmail.com" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line_full (lines, 0, 36, 300, 26, 0, VITAE_TEXT_LINE_BOLD, "AYŞE KIRAN");
      add_line (lines, 36, 330, 14, 4, "ELEKTRİK TEKNİKERİ ADAYI");
      add_line_full (lines, 0, 36, 400, 8, 12, VITAE_TEXT_LINE_BOLD, cases[k].contact);
      add_line_full (lines, 0, 36, 120, 12, 30, VITAE_TEXT_LINE_BOLD, "EĞİTİM");
      add_line (lines, 36, 300, 9, 8, "Elektrik Teknikerliği, Ön Lisans");
      add_line (lines, 36, 300, 9, 4, "Karadeniz Teknik Üniversitesi, 2024 – 2026");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[k].contact);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, cases[k].email);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "0532 111 22 33");
    }
}

/* A design tool's page whose contact details come last, in a grid of
 * narrow cells under icons: the e-mail address broken right before its
 * "@", the phone number beside it broken after its area code (its
 * second line read between the address's two), then a profile's web
 * address over four lines, digits at its end. */
static void
test_broken_cells (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 91, 480, 23, 0, "MARTINA BELÉN ROJAS PAZ");
  add_line (lines, 118, 276, 14, 53, "PROFESSIONAL PROFILE");
  add_line (lines, 77, 321, 11, 0, "A patient tester who writes clear reports and enjoys");
  add_line (lines, 75, 323, 11, -1.5, "finding the bug before the customer does.");
  add_line (lines, 133, 259, 14, 53, "WORK EXPERIENCE");
  add_line (lines, 68, 327, 11, 3, "QA Analyst | Freelance | 03/2021 – 05/2024");
  add_line (lines, 62, 333, 10, 1, "Tested web shops for small businesses and wrote the test plans they still use.");
  add_line (lines, 434, 463, 11, 0, "Skills");
  add_line (lines, 390, 481, 11, 27, "• Test planning");
  add_line (lines, 390, 488, 11, 0, "• Bug reports");
  add_line (lines, 351, 515, 11.5, 75, "martinarojas1999\t(+56) 9 22");
  add_line (lines, 465, 519, 11, -1.7, "4481-2093");
  add_line (lines, 351, 417, 11.5, -10.9, "@example.com");
  add_line (lines, 362, 530, 11, 46, "https://www.lin\thttps://gitlab.");
  add_line (lines, 362, 530, 11, -3, "kedin.com/in/\tcom/mrojas-");
  add_line (lines, 362, 470, 11, -2.2, "martina-belen\tqa");
  add_line (lines, 362, 442, 11, -0.7, "-rojas-paz-");
  add_line (lines, 372, 433, 11, 0.1, "b58213907/");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "martinarojas1999@example.com");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(+56) 9 22 4481-2093");
}

/* A two-column page made with TeX: the header's details set flush right
 * over the right column, each with its icon after it at the page's edge
 * (a glyph the text layer gives as a letter), are read after the whole
 * left column, under its last section, the languages. */
static void
test_phone_after_column (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 348, 517, 10, 0, "Lindelaan 12, 3581 KT Utrecht\t½");
  add_line (lines, 55, 150, 20.7, 1.8, "Sanne Visser");
  add_line_full (lines, 0, 53, 110, 12, 34, VITAE_TEXT_LINE_BOLD, "Opleiding");
  add_line (lines, 34, 132, 10, 10, "• sep 2014 – jul 2018");
  add_line (lines, 34, 288, 10, 3, "Scheikunde (BSc) – Universiteit Utrecht. Afgestudeerd op");
  add_line (lines, 34, 200, 10, 3, "de afbraak van plastics in zeewater.");
  add_line_full (lines, 0, 53, 86, 12, 27, VITAE_TEXT_LINE_BOLD, "Talen");
  add_line (lines, 34, 254, 10, 10, "Professionele werkvaardigheid: Nederlands, Engels");
  add_line (lines, 34, 183, 10, 3, "Beperkte werkvaardigheid: Frans");
  add_line (lines, 430, 519, 10, 0, "+31 6 12345678\tÓ");
  add_line (lines, 439, 521, 10, 2.2, "sanne@visser.example\tR");
  add_line (lines, 449, 521, 10, 2.3, "14 mei 1996\t]");
  add_line_full (lines, 0, 327, 406, 12, 18, VITAE_TEXT_LINE_BOLD, "Werkervaring");
  add_line (lines, 308, 390, 10, 9, "• okt 2018 – heden");
  add_line (lines, 308, 561, 10, 3, "Analist — Waterlab Utrecht. Taken: Monsters analyseren");
  add_line (lines, 308, 457, 10, 3, "en rapporten schrijven.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Sanne Visser");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "sanne@visser.example");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+31 6 12345678");
}

/* A word processor's header in Russian: the e-mail address's own name
 * ends in a Cyrillic letter after its digits, as an address may be
 * written in any script. */
static void
test_address_in_another_script (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line (lines, 240, 355, 32, 0, "Резюме");
  add_line (lines, 111, 280, 16, 16.6, "Кузнецова Марина");
  line = add_line_full (lines, 0, 111, 400, 11, 7.2, VITAE_TEXT_LINE_BOLD, "Дата рождения: 12 марта 1990г.\tГрафик работы:");
  line->tab_x = 318;
  line = add_line (lines, 111, 380, 11, 2.3, "Гражданство: Украина\tПн-Пт: 8-17;");
  line->tab_x = 318;
  line = add_line (lines, 111, 340, 11, 0.2, "Телефон: +380501234567\tСб.:");
  line->tab_x = 318;
  add_line (lines, 342, 367, 11, -10.2, "9-14.");
  add_line (lines, 111, 300, 11, -1.8, "Эл. почта: 0501234567м@example.com");
  add_line_full (lines, 0, 57, 149, 14, 30, VITAE_TEXT_LINE_BOLD, "Образование");
  line = add_line (lines, 80, 300, 11, 4, "1997-2007г.г.\tСредняя школа");
  line->tab_x = 160;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "0501234567м@example.com");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+380501234567");
}

/* A TeX header whose font joins "f" and "i" into one glyph: the text
 * layer gives the ligature's character inside the e-mail address. */
static void
test_ligature_in_address (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 190, 400, 29.7, 0, "Anna Fischer");
  add_line (lines, 100, 495, 12, 2.1, "website: annaﬁscher.example\t|\temail: anna.k.ﬁscher@example.com");
  add_line (lines, 117, 478, 12, -2.6, "LinkedIn: linkedin.com/in/annaﬁscher\t|\tnationality: German");
  add_line (lines, 28, 80, 17.2, 27.3, "Proﬁle");
  add_line (lines, 28, 560, 12, 7.5, "Statistician who turns survey data into decisions for public offices.");
  add_line (lines, 28, 160, 17.2, 27.3, "Work Experience");
  add_line (lines, 34, 560, 12, 7.5, "Statistician, Federal Office of Statistics\tMarch 2020 - today");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "anna.k.fischer@example.com");
}

/* A sidebar of centred lines in capitals: the e-mail address broken
 * after the hyphen of its own name, "LENA-" alone over the rest. */
static void
test_address_broken_at_hyphen (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 60, 190, 22, 0, "LENA WOLFF");
  add_line (lines, 112, 149, 11, 60.7, "LENA-");
  add_line (lines, 75, 186, 11, 2.9, "WOLFF@EXAMPLE.ORG");
  add_line (lines, 91, 170, 11, 42, "+49 170 1234567");
  add_line (lines, 96, 166, 11, 32.8, "ZIELSETZUNG");
  add_line (lines, 80, 181, 11, 15.7, "Ich suche eine Stelle");
  add_line (lines, 75, 186, 11, 3, "in der Softwareentwicklung.");
  add_line (lines, 300, 400, 11, 20, "ERFAHRUNG");
  add_line (lines, 300, 560, 11, 10, "Entwicklerin, Firma Nord\t2019 - 2023");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "LENA-WOLFF@EXAMPLE.ORG");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 170 1234567");
}

/* A design tool's sidebar of labelled fields, each value under its
 * label: the phone numbers' country codes end in a colon. */
static void
test_country_code_with_colon (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 298, 565, 32, 0, VITAE_TEXT_LINE_BOLD, "MARÍA PAULA");
  add_line_full (lines, 0, 298, 566, 32, 13.5, VITAE_TEXT_LINE_BOLD, "RUIZ GÓMEZ");
  add_line (lines, 298, 560, 15.8, 14.4, "DESARROLLADORA\tWEB");
  add_line (lines, 21, 254, 9, 37, "Ingeniera de sistemas con gusto por las interfaces claras");
  add_line (lines, 21, 200, 9, 4.9, "y el código bien probado.");
  add_line_full (lines, 0, 47, 157, 12, 67.8, VITAE_TEXT_LINE_BOLD, "Datos de contacto");
  add_line (lines, 60, 143, 9, 14.9, "Correo electronico :");
  add_line (lines, 62, 169, 9, 11.8, "mpruiz@example.com");
  add_line (lines, 64, 97, 9, 23.8, "Celular :");
  add_line (lines, 67, 137, 9, 14.4, "+57:3001234567");
  add_line (lines, 67, 140, 9, 6.4, "+57: 3109876543");
  add_line_full (lines, 0, 47, 116, 12, 26, VITAE_TEXT_LINE_BOLD, "Habilidades");
  add_line (lines, 54, 77, 9, 25, "HTML");
  add_line_full (lines, 0, 304, 380, 15, 0, VITAE_TEXT_LINE_BOLD, "Proyectos");
  add_line (lines, 303, 518, 8.4, 5.6, "• Construí una tienda en línea para una panadería.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "mpruiz@example.com");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+57:3001234567");
}

/* A TeX page of two columns whose header's details, flush right with
 * icons before them, are read after the left column: two phone numbers
 * on one line, apart by a slash. */
static void
test_two_numbers_after_column (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 161, 310, 20.7, 0, "Paolo Ferri");
  add_line_full (lines, 0, 175, 302, 10, 7.9, VITAE_TEXT_LINE_ICON, "Nationality: Italian");
  add_line (lines, 28, 81, 14.3, 53, "STUDIES");
  add_line_full (lines, 0, 35, 218, 9, 7.8, VITAE_TEXT_LINE_BOLD, "2016–2019\tDegree in Physics");
  add_line (lines, 95, 231, 9, 1.1, "UNIVERSITY OF PISA · Pisa (IT)");
  add_line (lines, 95, 250, 8, 3.5, "Earned a bachelor degree in physics with a thesis");
  add_line (lines, 95, 199, 8, 3.9, "on cold atoms.");
  add_line_full (lines, 0, 350, 510, 10, 0, VITAE_TEXT_LINE_ICON, "+39 333 1234567 / +33 612345678");
  add_line (lines, 351, 466, 10, 2.4, "paolo.ferri@example.com|");
  add_line_full (lines, 0, 349, 557, 10, 16.3, VITAE_TEXT_LINE_ICON, "https://github.com/pferri");
  add_line_full (lines, 0, 337, 512, 8, 102, VITAE_TEXT_LINE_BOLD, "2019\tBachelor Thesis");
  add_line (lines, 369, 521, 8, 2.4, "A thesis on the cooling of atoms with lasers.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "paolo.ferri@example.com");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+39 333 1234567");
}

/* A TeX header whose icons' labels are a line of their own over the
 * details: the phone number, its groups apart by hyphens, then the
 * street address, its house number first. */
static void
test_number_before_street (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 232, 380, 14.3, 0, "PRIYA NAIR");
  add_line (lines, 212, 403, 10, 11.4, "Website Github ORCID Email");
  add_line (lines, 184, 432, 10, 5.4, "734-555-0187 500 S. State Street, Ann Arbor, MI 48109");
  add_line (lines, 72, 143, 10, 15.9, "EDUCATION");
  add_line (lines, 87, 540, 10, 9, "University of Michigan, Ann Arbor\tMay 2023 - Present");
  add_line (lines, 87, 245, 10, 3.1, "Ph.D. in Chemistry");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "734-555-0187");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contact-forms/sidebar-form", test_sidebar_form);
  g_test_add_func ("/import-contact-forms/turkish-capitals", test_turkish_capitals);
  g_test_add_func ("/import-contact-forms/broken-cells", test_broken_cells);
  g_test_add_func ("/import-contact-forms/phone-after-column", test_phone_after_column);
  g_test_add_func ("/import-contact-forms/address-in-another-script", test_address_in_another_script);
  g_test_add_func ("/import-contact-forms/ligature-in-address", test_ligature_in_address);
  g_test_add_func ("/import-contact-forms/address-broken-at-hyphen", test_address_broken_at_hyphen);
  g_test_add_func ("/import-contact-forms/country-code-with-colon", test_country_code_with_colon);
  g_test_add_func ("/import-contact-forms/two-numbers-after-column", test_two_numbers_after_column);
  g_test_add_func ("/import-contact-forms/number-before-street", test_number_before_street);
  return g_test_run ();
}
