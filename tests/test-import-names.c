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

static VitaeTextLine *
add_line (GPtrArray  *lines,
          double      x,
          double      right,
          double      size,
          double      gap,
          const char *text)
{
  VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

  line->text = g_strdup (text);
  line->x = x;
  line->right = right;
  line->size = size;
  line->gap = gap;
  line->tab_x = -1;
  g_ptr_array_add (lines, line);
  return line;
}

static const char *
basics (VitaeDocument *document,
        const char    *key)
{
  return vitae_node_get_text (VITAE_NODE (document), key);
}

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names/year-month-span", test_year_month_span);
  g_test_add_func ("/import-names/email-split-at-at", test_email_split_at_at);
  g_test_add_func ("/import-names/tagline-on-two-lines", test_tagline_on_two_lines);
  g_test_add_func ("/import-names/label-of-both-parts", test_label_of_both_parts);
  return g_test_run ();
}
