/* test-import-contacts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The name, e-mail address and phone number of imported PDFs in layouts
 * met in real resumes, as their lines come from the reader, in our own
 * words: a form's label beside the name, a name given in a list's
 * field, a phone number glued to the e-mail address, a phone number in
 * a cell of its own among the sections, a heading of the summary first,
 * a name only where the person introduces themselves, a phone number in
 * a grid of labelled cells at the end, personal data as a list's items. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-xml.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A form of the European kind: its labels in a column of their own on
 * the left, set small in capitals, the values right of them; the first
 * label, of the personal data, on the name's line. */
static VitaeDocument *
import_label_column (const char *label)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  VitaeTextLine *line;

  add_line (lines, 187, 260, 10, 0, "Curriculum vitae");
  line = add_line (lines, 70, 290, 10, 29, label);
  line->tab_x = 187;
  add_line (lines, 200, 400, 9, 10, "12 Rua das Flores 1200-195 Lisboa Portugal");
  add_line (lines, 200, 290, 9, 11, "(+351) 912 345 678");
  add_line (lines, 200, 310, 9, 11, "ines.moreira@example.pt");
  add_line (lines, 48, 177, 10, 21, "EXPERIÊNCIA PROFISSIONAL");
  line = add_line (lines, 75, 290, 9, 7, "março 2019 – presente\tProgramadora");
  line->tab_x = 187;
  add_line (lines, 200, 500, 9, 3, "– Mantive o sistema de faturação de uma rede de lojas.");
  return vitae_import_lines (lines, NULL);
}

static void
test_label_beside_name (void)
{
  static const char * const labels[] = {
    "INFORMAÇÃO PESSOAL\tInês Moreira", "PERSÖNLICHE INFORMATIONEN\tInês Moreira",
    "PERSONAL INFORMATION\tInês Moreira",
  };

  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      g_autoptr(VitaeDocument) document = import_label_column (labels[k]);

      g_test_message ("%s", labels[k]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Inês Moreira");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ines.moreira@example.pt");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(+351) 912 345 678");
    }
}

/* A page written as lists throughout: under the title, the heading of
 * the personal data, then its fields as a list's items, the name's
 * among them. */
static void
test_name_in_listed_field (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 72, 180, 20, 0, VITAE_TEXT_LINE_BOLD, "Lebenslauf");
  add_line_full (lines, 0, 72, 195, 10, 50, VITAE_TEXT_LINE_BOLD, "Persönliche Informationen");
  add_line (lines, 90, 210, 10, 10, "•\tName: Malte Rosenbaum");
  add_line (lines, 90, 300, 10, 10, "•\tE-Mail: malte.rosenbaum@example.de");
  add_line (lines, 90, 215, 10, 10, "•\tTelefon: +4917612345678");
  add_line_full (lines, 0, 72, 125, 10, 10, VITAE_TEXT_LINE_BOLD, "Ausbildung");
  add_line_full (lines, 0, 90, 160, 10, 10, VITAE_TEXT_LINE_BOLD, "•\t2016 – 2022");
  add_line (lines, 126, 350, 10, 10, "o\tGymnasium am Stadtpark, Abitur");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Malte Rosenbaum");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "malte.rosenbaum@example.de");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+4917612345678");
}

/* A header whose line of contact details lost the space between the
 * phone number and the e-mail address after it: one word, the number's
 * last digit right before the address's first letter. */
static void
test_phone_glued_to_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 205, 405, 20.7, 0, "MARGOT LEBLANC");
  add_line (lines, 200, 410, 10.9, 14, "(514)555-0142margot.leblanc.2@example.ca");
  add_line (lines, 196, 415, 10.9, 6, "1200, Rue Sherbrooke ⋄ Montréal, Qc, Canada");
  add_line (lines, 54, 105, 10.9, 19, "ÉTUDES");
  add_line (lines, 70, 558, 10.9, 11, "Université Laval\tSeptembre 2019 - Mai 2022");
  add_line (lines, 70, 320, 10.9, 4, "Baccalauréat en mathématiques");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "margot.leblanc.2@example.ca");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(514)555-0142");
}

/* … but an address whose own name starts with digits keeps them. */
static void
test_digits_of_email (void)
{
  static const char * const texts[] = {
    "Jonas Feldberg", "2019.jonas-f@example.ch", "ERFAHRUNG", "Elektriker, Werkhof Brugg\t2019 - 2023",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "2019.jonas-f@example.ch");
  g_assert_false (vitae_node_has (VITAE_NODE (document), "phone"));
}

/* A two-column page made with TeX whose icons' commands did not expand:
 * each contact detail is printed after its icon's name ("\faIcon
 * {phone}: …"), and the text layer sets the row of the phone number
 * lower than it shows, level with the heading of the left column's first
 * section; the e-mail address comes late, in the right column. */
static void
test_phone_cell_by_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 38, 256, 24.8, 0, VITAE_TEXT_LINE_BOLD, "LENA KARLSSON");
  add_line_full (lines, 0, 38, 300, 12, 4, VITAE_TEXT_LINE_BOLD, "Backend Developer");
  line = add_line (lines, 66, 230, 8, 26, "\\faIcon {github}: lkarls\t\\faIcon {paper-plane}: lkarls");
  line->tab_x = 189;
  add_line_full (lines, 0, 35, 115, 17.2, -7.5, VITAE_TEXT_LINE_BOLD, "SKILLS");
  line = add_line (lines, 103, 596, 8, -4.3,
                   "\\faIcon {phone}: +46 70 123 45 67\t\\faIcon {map-marker}: Uppsala\t\\faIcon {linkedin}: lkarls");
  line->tab_x = 295;
  add_line (lines, 53, 311, 10, 8, "Languages: Go, Rust, Python, SQL");
  add_line (lines, 53, 287, 10, 2, "Databases: PostgreSQL, Redis, ClickHouse");
  add_line_full (lines, 0, 35, 166, 17.2, 6, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  line = add_line_full (lines, 0, 35, 335, 12, 10, VITAE_TEXT_LINE_BOLD, "Go Developer\tNordvik Data AB");
  line->tab_x = 232;
  add_line (lines, 51, 262, 9, 8, "February 2024 – Present\tStockholm, Sweden");
  add_line (lines, 53, 300, 10, 8, "• Moved the billing jobs to a queue that retries on its own.");
  add_line (lines, 358, 446, 8, 0, "\\faIcon {at}: lena.karlsson@example.se");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "LENA KARLSSON");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+46 70 123 45 67");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "lena.karlsson@example.se");
}

/* A page with a title of its own, then a heading of the summary, under
 * it a sentence where the person introduces themselves, the name
 * nowhere else; @intro is the sentence, or NULL for none. */
static VitaeDocument *
import_about_first (const char *heading,
                    const char *intro)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);

  add_line (lines, 240, 370, 16.6, 0, "Curriculum Vitae");
  add_line_full (lines, 0, 72, 104, 11.3, 19, VITAE_TEXT_LINE_BOLD, heading);
  if (intro != NULL)
    add_line (lines, 72, 500, 8, 10, intro);
  add_line (lines, 72, 220, 8, 7, "Contato: marina.teixeira.7@example.com.br");
  add_line_full (lines, 0, 72, 138, 11.3, 18, VITAE_TEXT_LINE_BOLD, "Habilidades");
  add_line (lines, 89, 470, 8, 7, "•\tMontagem e teste de placas de circuito impresso em pequenas séries");
  add_line (lines, 89, 430, 8, 7, "•\tProgramação de microcontroladores em C para sensores de umidade");
  return vitae_import_lines (lines, NULL);
}

static void
test_heading_is_no_name (void)
{
  static const char * const headings[] = { "Sobre", "À propos de moi", "Acerca de mí" };

  for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
    {
      g_autoptr(VitaeDocument) document = import_about_first (headings[k], NULL);

      g_test_message ("%s", headings[k]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "marina.teixeira.7@example.com.br");
    }
}

/* … and the name where the person introduces themselves, its words in
 * the e-mail address; not words written as a name that are none. */
static void
test_introduced_name (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) other = NULL;

  document = import_about_first ("Sobre", "Sou Marina Teixeira, tenho 22 anos, sou técnica em eletrônica pela escola "
                                          "técnica de Campinas");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Marina Teixeira");
  other = import_about_first ("Sobre", "Sou Técnica Eletrônica, formada em 2022 pela escola técnica de Campinas");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (other), "name"), ==, "");
}

/* The contact details in a grid of labelled cells at the end of the
 * document, under a heading of their own: a phone number between its
 * label ("Mobiltelefon:") and the next cell's label, the e-mail
 * addresses under theirs, beside other labelled cells. */
static void
test_phone_in_labelled_grid (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 57, 240, 20, 0, VITAE_TEXT_LINE_BOLD, "Jana Krämer");
  add_line (lines, 57, 300, 12, 6, "Softwareentwicklerin");
  add_line_full (lines, 0, 57, 200, 13, 20, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line_full (lines, 0, 57, 300, 10, 9, VITAE_TEXT_LINE_BOLD, "Werkstudentin, Rheinhafen Logistik GmbH");
  add_line (lines, 67, 500, 10, 4, "• Schrieb die Schnittstelle zwischen Lagerverwaltung und Zollsystem");
  add_line (lines, 67, 500, 10, 4, "• Baute Berichte über die Auslastung der Kräne");
  add_line_full (lines, 0, 57, 320, 13, 25, VITAE_TEXT_LINE_BOLD, "Kontaktdaten und Profile");
  line = add_line (lines, 59, 380, 10, 9, "Mobiltelefon:\t(+49) 1573 4410982\tE-Mail Adressen:");
  line->tab_x = 131;
  line = add_line (lines, 59, 460, 10, 6, "GitHub:\tjkraemer\t\u2709 jana.kraemer@example.de");
  line->tab_x = 131;
  line = add_line (lines, 59, 460, 10, 6, "LinkedIn:\tjana-kraemer-4711\t\u2709 j.kraemer@example.com");
  line->tab_x = 131;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(+49) 1573 4410982");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "jana.kraemer@example.de");
}

/* A personal data section whose heading has a space before its colon
 * ("Personal Information :"), its fields set as a list's items
 * ("• Address : …"): the person's details, not the bullets of an
 * entry. */
static void
test_personal_items (void)
{
  static const char * const items[] = {
    "Full Name : Tomás Aguirre Rojas", "Address : Chile, Valparaíso, Cerro Alegre.", "Time Zone : UTC-4",
    "Phone : +56 9 8765 4321", "Email : tomas.aguirre@example.cl", "GitHub : https://github.com/taguirre-dev",
    "Portfolio : https://taguirre.example.cl/",
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *xml = NULL;

  add_line (lines, 185, 400, 16, 0, "CURRICULUM VITAE");
  add_line_full (lines, 0, 77, 250, 14, 50, VITAE_TEXT_LINE_BOLD, "Personal Information :");
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      g_autofree char *item = g_strconcat ("\u2022\t", items[k], NULL);

      add_line (lines, 95, 400, 11, 10, item);
    }
  add_line_full (lines, 0, 72, 250, 14, 50, VITAE_TEXT_LINE_BOLD, "Work Experience :");
  add_line_full (lines, 0, 72, 350, 12, 10, VITAE_TEXT_LINE_BOLD, "Waiter, Café del Puerto\t2019 – 2023");
  add_line (lines, 95, 400, 11, 10, "\u2022\tServed forty tables a night in the summer season");
  add_line (lines, 95, 400, 11, 10, "\u2022\tTrained the new staff on the till and the menu");
  document = vitae_import_lines (lines, NULL);
  xml = vitae_xml_serialize (document, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Tomás Aguirre Rojas");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+56 9 8765 4321");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "tomas.aguirre@example.cl");
  /* Only the entry's items are bullets. */
  g_assert_null (strstr (xml, "<bullet>Time Zone"));
  g_assert_null (strstr (xml, "<bullet>GitHub"));
  g_assert_null (strstr (xml, "<bullet>Address"));
  g_assert_nonnull (strstr (xml, "<bullet>Served forty tables"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts/label-beside-name", test_label_beside_name);
  g_test_add_func ("/import-contacts/name-in-listed-field", test_name_in_listed_field);
  g_test_add_func ("/import-contacts/phone-glued-to-email", test_phone_glued_to_email);
  g_test_add_func ("/import-contacts/digits-of-email", test_digits_of_email);
  g_test_add_func ("/import-contacts/phone-cell-by-heading", test_phone_cell_by_heading);
  g_test_add_func ("/import-contacts/heading-is-no-name", test_heading_is_no_name);
  g_test_add_func ("/import-contacts/introduced-name", test_introduced_name);
  g_test_add_func ("/import-contacts/phone-in-labelled-grid", test_phone_in_labelled_grid);
  g_test_add_func ("/import-contacts/personal-items", test_personal_items);
  return g_test_run ();
}
