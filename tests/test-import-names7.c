/* test-import-names7.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs printed as two parts, each page given as the
 * reader's lines in our own words: a given name and a family name set
 * large on two lines with the contact details beside them read between,
 * given names set smaller over a family name set larger. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

static const char *
basics (VitaeDocument *document,
        const char    *key)
{
  return vitae_node_get_text (VITAE_NODE (document), key);
}

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names7/name-parts-around-details", test_name_parts_around_details);
  g_test_add_func ("/import-names7/given-names-over-larger-family-name", test_given_names_over_larger_family_name);
  return g_test_run ();
}
