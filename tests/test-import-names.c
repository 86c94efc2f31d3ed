/* test-import-names.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The person's name, e-mail address and phone number of imported PDFs in
 * layouts met in real resumes: a span of years and months that is no
 * phone number, an address split at its "@" by the text layer, a tagline
 * in capitals on two lines over the contact details, a name only after a
 * label of both its parts, and names in a sidebar read after the main
 * column. Each page is given as the reader's lines, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A main column that opens with an employer's line, its dates written
 * as years and months in digits ("2016.3 - 2017.8", as long as a phone
 * number), and a sidebar read after it with the person's name and
 * contact details at the size of the text. */
static void
test_year_month_span (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 50, 375, 12, 0, "Harbor Freight Systems Co., Ltd.\t2016.3 - 2017.8")->tab_x = 312;
  add_line (lines, 50, 375, 10, 13, "I kept the loading schedule of three docks. My work was:");
  add_line (lines, 64, 375, 10, 6, "• a shared table of the docks' hours, read by every driver.");
  add_line (lines, 50, 120, 14.3, 12, "PROJECTS");
  add_line (lines, 50, 375, 12, 7, "Lantern Cargo portal\t2019")->tab_x = 355;
  add_line (lines, 64, 375, 10, 13, "• The invoices moved from paper to the company's own portal.");
  add_line (lines, 433, 491, 10, 0, "Mira Tanaka");
  add_line (lines, 412, 510, 10, 2, "(+81)9012345678");
  add_line (lines, 412, 570, 10, -2, "tanakamira@example.org");
  add_line (lines, 433, 600, 10, 0, "Kita University, 3 Ichome Road");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "(+81)9012345678");
  g_assert_cmpstr (basics (document, "email"), ==, "tanakamira@example.org");
  /* The name, at the size of the text, right over the contact details
   * and in the e-mail address; not the employer's line. */
  g_assert_cmpstr (basics (document, "name"), ==, "Mira Tanaka");
}

/* A header whose second line is a job with its span of months first
 * ("07/2019 - 06/2021"): no phone number. */
static void
test_month_year_span (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 60, 300, 22, 0, "Mira Tanaka")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 380, 10, 6, "Werkstudentin Logistik\t07/2019 - 06/2021")->tab_x = 300;
  add_line (lines, 60, 200, 14, 20, "PROFIL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 380, 10, 8, "Ich plane Touren für Lieferwagen und halte die Lager in Ordnung.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Mira Tanaka");
  g_assert_cmpstr (basics (document, "phone"), ==, "");
}

/* An e-mail address that the text layer splits after its "@", the gap
 * there narrower than a space on the page. */
static void
test_email_split_at_at (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 220, 370, 20, 0, "Ines Marchetti")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 66, 165, 10, 20, "Tél : +33 6 12 34 56 78");
  add_line (lines, 66, 195, 10, 2, "E-mail : ines.marchetti@ example.org");
  add_line (lines, 66, 170, 10, 2, "Adresse : Lyon, France");
  add_line (lines, 260, 330, 11.5, 24, "Formation")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 86, 520, 10, 13, "• Master en chimie des matériaux\t2014 – 2016")->tab_x = 475;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "email"), ==, "ines.marchetti@example.org");
  g_assert_cmpstr (basics (document, "phone"), ==, "+33 6 12 34 56 78");
}

/* The same address split before its "@", alone on a line of a sidebar
 * among the sections. */
static void
test_email_split_before_at (void)
{
  static const char * const texts[] = {
    "Ines Marchetti", "Chimiste", "FORMATION", "Master en chimie des matériaux\t2014 – 2016",
    "CONTACT", "ines.marchetti @example.org",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));

  g_assert_cmpstr (basics (document, "email"), ==, "ines.marchetti@example.org");
}

/* A talk's line that names a conference's site after a capitalized
 * word and a space ("Speaker @PyData.org"): no e-mail address. */
static void
test_at_after_a_word (void)
{
  static const char * const texts[] = {
    "Ines Marchetti", "Chimiste", "CONFÉRENCES", "Speaker @PyData.org",
    "Une méthode pour trier les spectres", "FORMATION", "Master en chimie des matériaux\t2014 – 2016",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));

  g_assert_cmpstr (basics (document, "email"), ==, "");
}

/* A tagline in capitals, set as large as the headings and over two
 * lines, between the name and the line of contact details. */
static void
test_tagline_on_two_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 175, 495, 35, 0, "NOUR BEN SALEM");
  add_line (lines, 212, 515, 13.7, 10, "TECHNICIENNE EN RÉSEAUX &")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 212, 375, 13.7, 0.3, "CYBERSÉCURITÉ")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 212, 575, 10, 8, "0744556677\tnour.bensalem@example.fr\t31000 TOULOUSE")->tab_x = 330;
  add_line (lines, 34, 566, 12, 55, "Technicienne motivée, à la recherche d’une alternance en réseaux.");
  add_line (lines, 34, 128, 14, 15, "FORMATIONS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 33, 339, 14.2, 8, "IUT Blagnac : BUT Réseaux et télécoms")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 47, 194, 8, 11, "Blagnac\t2024-2027")->tab_x = 155;
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "NOUR BEN SALEM");
  g_assert_cmpstr (basics (document, "label"), ==, "TECHNICIENNE EN RÉSEAUX & CYBERSÉCURITÉ");
  g_assert_cmpstr (basics (document, "phone"), ==, "0744556677");
  g_assert_cmpstr (basics (document, "email"), ==, "nour.bensalem@example.fr");
}

/* A table of personal data whose labels, right-aligned in their own
 * column, the reader gives before the values; the name's label names
 * both its parts ("VORNAME / NACHNAME"). */
static void
test_label_of_both_parts (void)
{
  static const char * const labels[] = {
    "VORNAME / NACHNAME", "FIRST NAME / LAST NAME", "Vorname und Nachname", "NACHNAME / VORNAME",
  };

  for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      g_test_message ("%s", labels[l]);
      add_line (lines, 110, 180, 14, 0, "Lebenslauf");
      add_line (lines, 132, 232, 12, 40, "Persönliche Daten");
      add_line (lines, 122, 232, 9, 18, labels[l])->flags = VITAE_TEXT_LINE_BOLD;
      add_line (lines, 191, 232, 9, 4, "ADRESSE")->flags = VITAE_TEXT_LINE_BOLD;
      add_line (lines, 214, 232, 9, 4, "TEL.")->flags = VITAE_TEXT_LINE_BOLD;
      add_line (lines, 201, 232, 9, 4, "E-MAIL")->flags = VITAE_TEXT_LINE_BOLD;
      add_line (lines, 159, 232, 12, 33, "Schulbildung");
      add_line (lines, 152, 232, 9, 19, "09/2008-07/2012")->flags = VITAE_TEXT_LINE_BOLD;
      add_line (lines, 251, 330, 14, 0, "Lorenz Abendroth");
      add_line (lines, 251, 334, 10, 1, "Mühlweg 12, Achern");
      add_line (lines, 251, 320, 10, 2, "0176 22334455");
      add_line (lines, 251, 367, 10, 2, "lorenz.abendroth@example.de");
      add_line (lines, 251, 383, 10, 66, "Realschule am Stadtpark, Achern");
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "name"), ==, "Lorenz Abendroth");
      g_assert_cmpstr (basics (document, "email"), ==, "lorenz.abendroth@example.de");
    }
}

/* A studio's shared mailbox ("contact@") under a heading that shares
 * its word: no name to find in it. */
static void
test_shared_mailbox (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 50, 250, 24, 0, "Ada Quist")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 250, 12, 4, "Type designer");
  add_line (lines, 50, 200, 14, 20, "EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 500, 10, 8, "Quist Letters, London\t2015 – 2024")->tab_x = 420;
  add_line (lines, 64, 500, 10, 4, "• Drew four families of type for signs in railway stations.");
  add_line (lines, 64, 500, 10, 2, "• Taught lettering to the studio's three apprentices.");
  add_line (lines, 50, 200, 14, 20, "Contact Me")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 250, 10, 6, "contact@quist-letters.example");
  add_line (lines, 50, 250, 10, 2, "+44 20 7946 0000");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Ada Quist");
}

/* A studio's address that shares one word, not most of it, with a
 * heading over it: the name the header gave stays. */
static void
test_studio_mailbox (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 50, 250, 24, 0, "Maria Quist")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 250, 12, 4, "Illustrator");
  add_line (lines, 50, 200, 14, 20, "EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 500, 10, 8, "Paper Kite, Porto\t2015 – 2024")->tab_x = 420;
  add_line (lines, 64, 500, 10, 4, "• Drew the covers of forty books for children.");
  add_line (lines, 64, 500, 10, 2, "• Painted the murals of two schools with their pupils.");
  add_line (lines, 50, 200, 14, 20, "Graphic Design")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 250, 10, 6, "designstudio7@example.org");
  add_line (lines, 50, 250, 10, 2, "+351 912 345 678");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Maria Quist");
}

/* The same studio's page without the name at its head: the heading that
 * shares one word with the address is no name either. */
static void
test_studio_mailbox_no_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 50, 200, 14, 0, "EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 500, 10, 8, "Paper Kite, Porto\t2015 – 2024")->tab_x = 420;
  add_line (lines, 64, 500, 10, 4, "• Drew the covers of forty books for children.");
  add_line (lines, 64, 500, 10, 2, "• Painted the murals of two schools with their pupils.");
  add_line (lines, 50, 200, 14, 20, "Graphic Design")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 250, 10, 6, "Books, posters and murals");
  add_line (lines, 50, 250, 10, 2, "designstudio7@example.org");
  add_line (lines, 50, 250, 10, 2, "+351 912 345 678");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), !=, "Graphic Design");
  g_assert_cmpstr (basics (document, "email"), ==, "designstudio7@example.org");
}

/* A sidebar under a photo, read after the start of the main column:
 * the name set larger than the headings, over two lines, a birth date
 * and place under it, and the contact details further down. */
static void
test_sidebar_name_larger (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 201, 315, 12, 0, "PROFIL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 201, 560, 10.6, 20, "Als Mechatroniker baue ich seit sechs Jahren Prüfstände für Getriebe und");
  add_line (lines, 201, 470, 10.6, 5, "betreue sie bis zur Abnahme beim Kunden.");
  add_line (lines, 59, 125, 16.1, 41, "Noah Kessel")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 67, 117, 16.1, 0, "Varga")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 33, 116, 10.6, 46, "03.05.1994");
  add_line (lines, 33, 138, 10.6, 12, "D-79098, Freiburg");
  add_line (lines, 33, 110, 12, 30, "KONTAKT")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 33, 116, 10.6, 12, "+49 160 5556 7788");
  add_line (lines, 33, 129, 10.6, 12, "n.varga@example.de");
  add_line (lines, 268, 437, 12, 0, "BERUFSERFAHRUNG")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 184, 520, 10.6, 17, "04/2019 – 09/2025\tPrüfstandsbauer | Antriebe Süd GmbH, Freiburg")->tab_x = 249;
  add_line (lines, 249, 563, 10.6, 3, "•\tDrei Prüfstände für Getriebe von der Zeichnung bis zur Abnahme gebaut");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Noah Kessel Varga");
  g_assert_cmpstr (basics (document, "phone"), ==, "+49 160 5556 7788");
  /* (The name is no section's title.) */
  for (guint k = 0; k < vitae_document_get_n_sections (document); k++)
    g_assert_null (strstr (vitae_section_get_title (vitae_document_get_section (document, k)), "Noah"));
}

/* A sidebar read after the first work entry: the name set as large as
 * the headings, over two lines centred under each other ("Ana Lucía
 * Ferreira" / "Mbeki"), its words in the e-mail address, the contact
 * details only under their heading, lines further down. */
static void
test_sidebar_name_as_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 230, 314, 14, 0, "ÜBER MICH")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 230, 586, 8.9, 21, "Ich studiere Informatik und baue gern kleine Werkzeuge für den Alltag.");
  add_line (lines, 233, 440, 14, 7, "BERUFLICHER WERDEGANG")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 237, 420, 8, 19, "Mai 2023 - Heute | Stadtbücherei | Aushilfe")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 238, 403, 8, 4, "• Bücher sortiert und Leser beraten");
  add_line (lines, 35, 198, 14, 3, "Ana Lucía Ferreira")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 77, 156, 14, 2, "Mbeki")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 57, 165, 9, 7, "Studentin Informatik")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 65, 152, 9, 4, "Geb. am 02.03.2003");
  add_line (lines, 63, 155, 9, 1, "in Maputo");
  add_line (lines, 18, 88, 14, 19, "KONTAKT")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 15, 132, 9, 12, "Telefon:\t+49 151 00112233");
  add_line (lines, 15, 186, 9, 1, "E-Mail:\tanaferreira7@example.org");
  add_line (lines, 18, 100, 14, 22, "SPRACHEN")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 15, 108, 8.3, 22, "Deutsch (C1)");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Ana Lucía Ferreira Mbeki");
  g_assert_cmpstr (basics (document, "email"), ==, "anaferreira7@example.org");
}

/* A sidebar's name in capitals over two lines, larger than the
 * headings, beside the main column's first section; only the second
 * line's words are in the e-mail address. */
static void
test_sidebar_name_in_capitals (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 229, 310, 14, 0, "ABOUT ME")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 205, 567, 10, 12, "Curious about maps and the numbers behind them, and glad to work in a team.");
  add_line (lines, 205, 567, 10, 0.5, "Three years of drawing flood maps for towns along the rivers of the south,");
  add_line (lines, 205, 500, 10, 0.5, "and a taste for tidy data that others can pick up and use again.");
  add_line (lines, 228, 320, 14, 29, "EDUCATION")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 11, 175, 16, 9, "TOMÁS IGNACIO")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 10, 176, 16, -4.5, "BELTRÁN OSORIO")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 44, 136, 10, 21, "GIS ANALYST")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 46, 124, 14, 47, "CONTACT")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 46, 122, 9, 14, "+56 9 8765 4321");
  add_line (lines, 48, 158, 9, 19, "beltran.to@example.cl");
  add_line (lines, 49, 101, 14, 43, "SKILLS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 14, 84, 10.2, 22, "Cartography");
  add_line (lines, 14, 84, 10.2, 10, "Remote sensing");
  add_line (lines, 228, 560, 10, -400, "Licenciatura en Geografía, Universidad del Sur\t2014 – 2019")->tab_x = 500;
  add_line (lines, 228, 560, 10, 3, "Thesis on the floods of the Biobío basin, drawn from forty years of records.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "TOMÁS IGNACIO BELTRÁN OSORIO");
  g_assert_cmpstr (basics (document, "phone"), ==, "+56 9 8765 4321");
}

/* A table of personal data whose labels the reader gives first; the
 * name's value set larger than the others and with room above it, as a
 * heading would be. */
static void
test_label_value_set_apart (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 110, 180, 14, 0, "Lebenslauf");
  add_line (lines, 132, 232, 12, 40, "Persönliche Daten");
  add_line (lines, 190, 232, 9, 18, "NAME")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 191, 232, 9, 4, "ADRESSE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 214, 232, 9, 4, "TEL.")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 201, 232, 9, 4, "E-MAIL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 159, 232, 12, 33, "Schulbildung");
  add_line (lines, 152, 232, 9, 19, "09/2008-07/2012")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 251, 330, 14, 30, "Lorenz Abendroth");
  add_line (lines, 251, 334, 10, 1, "Mühlweg 12, Achern");
  add_line (lines, 251, 320, 10, 2, "0176 22334455");
  add_line (lines, 251, 367, 10, 2, "lorenz.abendroth@example.de");
  add_line (lines, 251, 383, 10, 66, "Realschule am Stadtpark, Achern");
  add_line (lines, 251, 383, 10, 2, "Abschluss mit der Note 1,9 und einem Preis für Physik");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Lorenz Abendroth");
}

/* A main column that opens with the employer's name alone, read before
 * a sidebar that holds the person's name over the contact details: the
 * name shares a word with the e-mail address, the employer none. */
static void
test_name_of_the_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 50, 250, 12, 0, "Harbor Freight Systems")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 50, 375, 10, 13, "I kept the loading schedule of three docks and the drivers' hours.");
  add_line (lines, 50, 375, 10, 2, "Every morning the plan went out to forty drivers before six.");
  add_line (lines, 50, 120, 14.3, 12, "PROJECTS");
  add_line (lines, 50, 375, 12, 7, "Lantern Cargo portal\t2019")->tab_x = 355;
  add_line (lines, 64, 375, 10, 13, "• The invoices moved from paper to the company's own portal.");
  add_line (lines, 433, 491, 10, 0, "Mira Tanaka");
  add_line (lines, 412, 510, 10, 2, "(+81)9012345678");
  add_line (lines, 412, 570, 10, -2, "tanakamira@example.org");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "email"), ==, "tanakamira@example.org");
  g_assert_cmpstr (basics (document, "name"), ==, "Mira Tanaka");
}

/* An e-mail address that a narrow cell broke over two lines, beside
 * other cells: after its "@" in a right-aligned sidebar, after a dot in
 * a centred one (where the rest alone reads as an address too). */
static void
test_email_broken_in_cell (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) other = NULL;

  add_line (lines, 60, 300, 22, 0, "Tomas Brandl")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 130, 560, 10, 8, "Mail\tI plan the routes of twelve vans and keep the depot in order.");
  add_line (lines, 78, 550, 10, -2, "tomas.brandl.work@\tThe depot opens at five and I open it.");
  add_line (lines, 113, 158, 10, 2, "mailbox.example");
  add_line (lines, 170, 260, 14, 10, "Experience")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 170, 560, 10, 6, "Dispatcher, Brandl Logistics\t2019 – 2023")->tab_x = 500;
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "email"), ==, "tomas.brandl.work@mailbox.example");

  add_line (others, 60, 300, 22, 0, "Tomas Brandl")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (others, 360, 520, 10, 8, "tomas.brandl.\t0170 555 1234");
  add_line (others, 120, 440, 14, -4, "EDUCATION\t87@mailbox.example")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (others, 80, 300, 11, 4, "Logistics, Vocational School Linz\t2016 – 2019")->tab_x = 260;
  other = vitae_import_lines (others, NULL);
  g_assert_cmpstr (basics (other, "email"), ==, "tomas.brandl.87@mailbox.example");
  g_assert_cmpstr (basics (other, "phone"), ==, "0170 555 1234");
}

/* A label before a number-like cell is no broken address: "Tel." and an
 * address on the next line stay apart. */
static void
test_label_over_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 60, 300, 22, 0, "Tomas Brandl")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 300, 10, 8, "Tel.\t0170 555 1234");
  add_line (lines, 60, 300, 10, 2, "E-Mail\tBrandl@mailbox.example");
  add_line (lines, 60, 200, 14, 20, "PROFIL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 380, 10, 8, "Ich plane Touren für Lieferwagen und halte die Lager in Ordnung.");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "email"), ==, "Brandl@mailbox.example");
}

/* Phone numbers among other numbers of a header: a birth date with
 * slashes is none ("12/03/1991 - 2 kids" reads as digits and dashes), an
 * address's flat and postal code give way to the number alone on its
 * line, and an en dash may join a number's groups. */
static void
test_phone_among_numbers (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) other = NULL;

  add_line (lines, 200, 400, 20, 0, "TOMAS BRANDL")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 170, 430, 10, 4, "Born in Linz, 12/03/1991 - 2 kids - married");
  add_line (lines, 60, 560, 10, 20, "Email: tomas@mailbox.example\tMobile: 0170 555–1234")->tab_x = 400;
  add_line (lines, 60, 200, 14, 20, "PROFILE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 380, 10, 8, "I plan the routes of twelve vans and keep the depot in order.");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "phone"), ==, "0170 555–1234");

  add_line (others, 390, 470, 10, 0, "Hauptstraße 12");
  add_line (others, 400, 470, 10, 3, "flat 204 40210-117");
  add_line (others, 44, 290, 30, -2, "Tomas Brandl");
  add_line (others, 400, 470, 10, -24, "(43) 991234567");
  add_line (others, 350, 470, 10, 3, "tomas@mailbox.example");
  add_line (others, 116, 190, 14, 50, "Education")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (others, 58, 480, 11, 9, "2016–2019\tLogistics, Vocational School Linz")->tab_x = 116;
  other = vitae_import_lines (others, NULL);
  g_assert_cmpstr (basics (other, "phone"), ==, "(43) 991234567");
}

/* A phone number set a fifth larger than the text in a sidebar, under
 * its heading: a contact detail, not a heading of its own. */
static void
test_phone_set_large (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 227, 515, 32, 0, "Tomas Brandl")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 227, 320, 15, 1, "Dispatcher");
  add_line (lines, 227, 575, 10, 12, "I plan the routes of twelve vans and keep the depot in order,");
  add_line (lines, 227, 575, 10, 1, "from the first van out at five to the last one back at night.");
  add_line (lines, 28, 112, 17, -9, "Contacts")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 28, 121, 12, 10, "+43 660 123 45 67");
  add_line (lines, 31, 121, 12, 5, "tomas@mailbox.example");
  add_line (lines, 28, 75, 17, 30, "Skills")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 44, 180, 10, 10, "Route planning, forklift licence");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "phone"), ==, "+43 660 123 45 67");
}

/* The title "Curriculum Vitæ" (with its ligature) over the name is no
 * name; a name's last abbreviation keeps its period ("Jr."). */
static void
test_title_and_suffix (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 245, 357, 17, 0, "Curriculum Vitæ");
  add_line (lines, 232, 370, 12, 17, "Tomas Anton Brandl Jr.");
  add_line (lines, 254, 348, 12, 12, "March 2024");
  add_line (lines, 90, 214, 14, 31, "Personal details")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 90, 250, 10, 12, "Phone: +43 660 123 45 67");
  add_line (lines, 90, 250, 10, 11, "Email: tb1987@mailbox.example");
  add_line (lines, 90, 214, 14, 21, "Education")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 90, 510, 10, 12, "2006-2009 Logistics, Vocational School Linz");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "name"), ==, "Tomas Anton Brandl Jr.");
}

/* A name set large on two lines with a particle in its first
 * ("Tomas de Souza" / "Brandl"), a right-hand column's contact details
 * read between its lines. */
static void
test_name_with_particle_on_two_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 357, 468, 10, 0, "Hauptstraße 12");
  add_line (lines, 363, 468, 10, 3, "Linz – Austria");
  add_line (lines, 44, 293, 34, -3, "Tomas de Souza");
  add_line (lines, 401, 468, 10, -24, "+43 660 123 45 67");
  add_line (lines, 349, 468, 10, 3, "tomas@mailbox.example");
  add_line (lines, 44, 164, 34, -2, "Brandl");
  add_line (lines, 116, 190, 14, 55, "Education")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 58, 480, 11, 9, "2016–2019\tLogistics, Vocational School Linz")->tab_x = 116;
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "name"), ==, "Tomas de Souza Brandl");
}

/* A sidebar read after the main column: the name on two lines, over a
 * heading of the contact details that names no known section, at the
 * size of the other headings; the e-mail address holds the surname and
 * the given name's first four letters ("orlikmagd7"). */
static void
test_sidebar_name_short_in_email (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 242, 291, 11.7, 0, "PROFILE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 221, 560, 9.8, 12, "I study computer science and build web applications, from the");
  add_line (lines, 221, 560, 9.8, 1.6, "screens people use to the servers and databases behind them.");
  add_line (lines, 221, 560, 9.8, 1.6, "My portfolio holds a task board, a quiz and a weather dashboard.");
  add_line (lines, 17, 157, 23.4, 1.5, "MAGDALENA")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 17, 87, 23.4, -0.7, "ORLIK")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 17, 158, 11.7, 15, "REACH ME HERE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 17, 134, 8.4, 12, "Mobile: 607 123 456");
  add_line (lines, 17, 171, 8.4, 1.5, "E-mail: orlikmagd7@example.org");
  add_line (lines, 17, 120, 11.7, 20, "SKILLS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 17, 160, 8.4, 12, "Python, SQL, TypeScript");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "name"), ==, "MAGDALENA ORLIK");
}

/* A banner with the given name and the surname centred in its two
 * halves, far apart on one line: the page's columns read the surname at
 * the top of the right-hand column, after the whole left one. */
static void
test_name_in_two_halves (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 118, 213, 22.5, 0, "MARTA")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 131, 282, 15, 107, "PROFILE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 61, 283, 8.3, 6, "I have tested web shops since 2018, by hand and with scripts,");
  add_line (lines, 60, 283, 8.3, 3, "and I want to learn more about testing a server's programming interface.");
  add_line (lines, 199, 282, 15, 16, "EDUCATION")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 177, 283, 9, 4, "University of Gdańsk 2005 - 2010")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 366, 477, 22.5, 0, "WIŚNIEWSKA")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 330, 480, 15, 107, "EXPERIENCE")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 330, 537, 8.3, 6, "Tester at a web shop, 2018 - today");
  add_line (lines, 106, 507, 7.5, 40, "80-001 Gdańsk\tmarta.w@example.org\t+48 500 100 200")->tab_x = 227;
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "name"), ==, "MARTA WIŚNIEWSKA");
}

/* A sidebar's name on two lines, the given name set above the surname in
 * capitals, level with the main column's first lines: the reader joins
 * the surname and the main column's line beside it at a wide gap. The
 * surname is the first cell; the line beside it stays the main column's. */
static void
test_name_beside_main_column (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line (lines, 214, 330, 18, 0, "Education");
  add_line (lines, 30, 96, 24, -7, "Léonie");
  add_line (lines, 214, 520, 10, -10, "Since 2021\tSchool of Applied Mathematics of Lyon")->tab_x = 375;
  line = add_line (lines, 30, 590, 24, -7, "VIDAL\tMajor: numerical analysis and imaging");
  line->tab_x = 375;
  add_line (lines, 214, 560, 10, 9, "2019 – 2021\tPreparatory classes, Lycée du Parc")->tab_x = 375;
  add_line (lines, 70, 127, 18, -6, "Contact");
  add_line (lines, 42, 95, 10, 0, "0611223344");
  add_line (lines, 41, 160, 10, 0, "leonie.vidal@example.org");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (basics (document, "name"), ==, "Léonie VIDAL");
}

/* Profiles one a line among the sections, a network's name and one word
 * after a colon (a sidebar's contact details, a portfolio under the last
 * project): the person's profiles, not items. An item that tells what
 * was done on a network stays one. */
static void
test_profile_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;
  g_autofree char *networks = NULL;
  GString *names = g_string_new (NULL);
  GListModel *profiles;

  add_line (lines, 40, 220, 24, 0, "Ana Kovač");
  add_line (lines, 40, 200, 10, 4, "ana.kovac@example.org");
  add_line (lines, 40, 150, 14, 12, "Projects")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 300, 10, 4, "Tide tables for the harbour")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 400, 10, 2, "• Drew the tides of a year from the port's readings");
  add_line (lines, 40, 400, 10, 2, "• GitHub: kept the issues and releases in order");
  add_line_full (lines, 0, 44, 170, 10, 6, VITAE_TEXT_LINE_ICON, "Portfolio : ana.example.dev");
  add_line (lines, 40, 150, 14, 12, "Contacts")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 140, 10, 4, "GitHub:// ana-k");
  add_line (lines, 40, 140, 10, 2, "Telegram: ana_k");
  document = vitae_import_lines (lines, NULL);
  profiles = vitae_document_get_profiles (document);
  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, k);

      g_string_append_printf (names, "%s;", vitae_node_get_text (profile, "network"));
    }
  networks = g_string_free (names, FALSE);
  g_assert_cmpstr (networks, ==, "Portfolio;GitHub;Telegram;");
  entry = vitae_section_get_entry (vitae_document_get_section (document, 0), 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  for (guint k = 0; k < vitae_document_get_n_sections (document); k++)
    for (guint e = 0; e < vitae_section_get_n_entries (vitae_document_get_section (document, k)); e++)
      if (k > 0 || e > 0)
        g_assert_cmpuint (vitae_entry_get_n_bullets (vitae_section_get_entry (vitae_document_get_section (document, k), e)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names/year-month-span", test_year_month_span);
  g_test_add_func ("/import-names/month-year-span", test_month_year_span);
  g_test_add_func ("/import-names/email-split-at-at", test_email_split_at_at);
  g_test_add_func ("/import-names/email-split-before-at", test_email_split_before_at);
  g_test_add_func ("/import-names/at-after-a-word", test_at_after_a_word);
  g_test_add_func ("/import-names/tagline-on-two-lines", test_tagline_on_two_lines);
  g_test_add_func ("/import-names/label-of-both-parts", test_label_of_both_parts);
  g_test_add_func ("/import-names/label-value-set-apart", test_label_value_set_apart);
  g_test_add_func ("/import-names/sidebar-name-larger", test_sidebar_name_larger);
  g_test_add_func ("/import-names/name-of-the-email", test_name_of_the_email);
  g_test_add_func ("/import-names/shared-mailbox", test_shared_mailbox);
  g_test_add_func ("/import-names/studio-mailbox", test_studio_mailbox);
  g_test_add_func ("/import-names/studio-mailbox-no-name", test_studio_mailbox_no_name);
  g_test_add_func ("/import-names/sidebar-name-as-headings", test_sidebar_name_as_headings);
  g_test_add_func ("/import-names/sidebar-name-in-capitals", test_sidebar_name_in_capitals);
  g_test_add_func ("/import-names/email-broken-in-cell", test_email_broken_in_cell);
  g_test_add_func ("/import-names/label-over-email", test_label_over_email);
  g_test_add_func ("/import-names/phone-among-numbers", test_phone_among_numbers);
  g_test_add_func ("/import-names/phone-set-large", test_phone_set_large);
  g_test_add_func ("/import-names/title-and-suffix", test_title_and_suffix);
  g_test_add_func ("/import-names/name-with-particle-on-two-lines", test_name_with_particle_on_two_lines);
  g_test_add_func ("/import-names/sidebar-name-short-in-email", test_sidebar_name_short_in_email);
  g_test_add_func ("/import-names/name-in-two-halves", test_name_in_two_halves);
  g_test_add_func ("/import-names/name-beside-main-column", test_name_beside_main_column);
  g_test_add_func ("/import-names/profile-lines", test_profile_lines);
  return g_test_run ();
}
