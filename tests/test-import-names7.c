/* test-import-names7.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs printed as two parts, each page given as the
 * reader's lines in our own words: a given name and a family name set
 * large on two lines with the contact details beside them read between,
 * given names set smaller over a family name set larger, a given name
 * and a family name in a table's column of values read after its
 * labels. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A given name and a family name set large, one a line, each with an
 * icon far beside it; the contact details beside the icons, read after
 * the first and before the second. */
static void
test_name_parts_around_details (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 228, 450, 36, 0, "TEODORO\t\xe2\x9c\x86")->tab_x = 441;
  add_line (lines, 455, 560, 10, -28, "Calle Las Palmas 12");
  add_line (lines, 453, 534, 10, 3, "+507 6111 – 2222");
  add_line (lines, 456, 562, 10, 3.6, "teo.quiroga@example.com");
  add_line (lines, 441, 490, 11, -0.1, "\xe2\x98\xba 22 años");
  add_line (lines, 228, 451, 36, -10, "QUIROGA\t\xe2\x98\x9e")->tab_x = 441;
  add_line (lines, 454, 486, 10, -16, "Soltero");
  add_line (lines, 228, 330, 10, 12, "DESARROLLADOR WEB");
  add_line (lines, 236, 296, 12, 29.5, "EDUCACIÓN");
  add_line (lines, 236, 500, 10, 8, "Universidad del Istmo, Licenciatura en Sistemas");
  add_line (lines, 236, 300, 10, 3, "2019 – 2023");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "TEODORO QUIROGA");
  g_assert_cmpstr (basics (document, "email"), ==, "teo.quiroga@example.com");
}

/* Two given names set large and spaced wide apart, over the family
 * name set larger still from the same edge; the contact details in a
 * sidebar read after them. */
static void
test_given_names_over_larger_family_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 220, 520, 20, 0, "ELOISA\tMARGARITA");
  add_line (lines, 220, 410, 36, 1.9, "ARANDELA");
  add_line (lines, 12, 81, 14, 70, "CONTACT");
  add_line (lines, 12, 60, 9.9, 12, "Manila");
  add_line (lines, 12, 83, 9.9, 1.8, "+63 917 555 0142");
  add_line (lines, 12, 154, 9.9, 1.7, "e.margaritaarandela@example.com");
  add_line (lines, 12, 75, 14, 29, "PROFILE");
  add_line (lines, 12, 164, 9.9, 12, "I have built web applications for");
  add_line (lines, 12, 188, 9.9, 1.8, "small shops and schools since 2012.");
  add_line (lines, 12, 99, 14, 29, "EDUCATION");
  add_line (lines, 12, 150, 9.9, 12, "Mapúa University, Manila");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "ELOISA MARGARITA ARANDELA");
}

/* A table of personal details: the column of labels read first, the
 * given name's and the family name's among them ("Nombre" over
 * "Apellidos"), then the column of values beside it. */
static void
test_split_name_labels_column (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 226, 345, 14, 0, "CURRICULUM VITAE");
  add_line_full (lines, 0, 85, 207, 14, 20, VITAE_TEXT_LINE_BOLD, "DATOS PERSONALES");
  add_line (lines, 85, 132, 14, 3, "Nombre");
  add_line (lines, 85, 137, 14, 3, "Apellidos");
  add_line (lines, 85, 150, 14, 3, "Estado Civil");
  add_line (lines, 85, 159, 14, 3, "Nacionalidad");
  add_line (lines, 85, 135, 14, 3, "Teléfono");
  add_line_full (lines, 0, 85, 222, 14, 37, VITAE_TEXT_LINE_BOLD, "ESTUDIOS REALIZADOS");
  add_line_full (lines, 0, 85, 145, 14, 3, VITAE_TEXT_LINE_BOLD, "SECUNDARIA");
  add_line (lines, 85, 248, 14, 3, "Colegio Nacional Mixto");
  add_line (lines, 262, 335, 14, 0, "Marta Inés");
  add_line (lines, 262, 339, 14, 3, "Paredes Luna");
  add_line (lines, 262, 303, 14, 3, "Soltera");
  add_line (lines, 262, 330, 14, 3, "Ecuatoriana");
  add_line (lines, 262, 333, 14, 3, "0991 234 567");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Marta Inés Paredes Luna");
}

/* The same in Dutch, the labels with colons ("Naam:" over
 * "Achternaam:"), the given name one word. */
static void
test_split_name_labels_column_colons (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 221, 335, 14, 0, VITAE_TEXT_LINE_BOLD, "Curriculum Vitae");
  add_line_full (lines, 0, 76, 175, 9, 28, VITAE_TEXT_LINE_BOLD, "Persoonlijke gegevens");
  add_line (lines, 76, 106, 9, 1.8, "Naam:");
  add_line (lines, 76, 134, 9, 1.7, "Achternaam:");
  add_line (lines, 76, 104, 9, 1.8, "Adres:");
  add_line (lines, 76, 152, 9, 1.8, "Telefoonnummer:");
  add_line (lines, 76, 129, 9, 1.7, "E-mailadres:");
  add_line_full (lines, 0, 76, 134, 9, 14.5, VITAE_TEXT_LINE_BOLD, "Werkervaring");
  add_line (lines, 76, 119, 9, 1.8, "2016-2017");
  add_line (lines, 221, 246, 9, 0, "Femke");
  add_line (lines, 221, 256, 9, 1.7, "Van der Berg");
  add_line (lines, 221, 267, 9, 1.8, "Lindelaan 4");
  add_line (lines, 221, 274, 9, 1.8, "06-12345678");
  add_line (lines, 221, 348, 9, 1.7, "femkevdberg@example.nl");
  add_line (lines, 221, 318, 9, 27, "Bakkerij De Molen, verkoopster");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Femke Van der Berg");
  g_assert_cmpstr (basics (document, "email"), ==, "femkevdberg@example.nl");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names7/name-parts-around-details", test_name_parts_around_details);
  g_test_add_func ("/import-names7/given-names-over-larger-family-name", test_given_names_over_larger_family_name);
  g_test_add_func ("/import-names7/split-name-labels-column", test_split_name_labels_column);
  g_test_add_func ("/import-names7/split-name-labels-column-colons", test_split_name_labels_column_colons);
  return g_test_run ();
}
