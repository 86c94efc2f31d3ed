/* test-import-name-pieces.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs put together wrong from their pieces: a
 * sidebar's name on two lines read with the main column's heading and
 * first dates beside them; a family name under the given name in a
 * display type whose letters the text layer cases as it likes. Each
 * page is given as the reader's lines in our own words, with where each
 * line stands on the page. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A sidebar whose name is set large, a word a line, each word read
 * with the main column beside it after a wide gap: its first heading,
 * then the first entry's dates and employer. The heading is no word of
 * the name, nor the headline. */
static void
test_heading_beside_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 22, 14, 300, 25, 0, 0, "Oriane\tExperience")->tab_x = 215;
  add_placed (lines, 0, 45, 14, 340, 25, -2, 0, "DELACROIX\tMarch 2020 - Larkspur Tools")->tab_x = 215;
  add_placed (lines, 0, 67, 215, 256, 12, -2, 0, "Present");
  add_placed (lines, 0, 76, 14, 95, 14, -3, 0, "Backend developer");
  add_placed (lines, 0, 128, 60, 131, 10, 24, 0, "06 44 55 66 77");
  add_placed (lines, 0, 155, 60, 150, 10, 17, 0, "oriane.d@example.org");
  add_placed (lines, 0, 199, 215, 333, 12, 7, 0, "May 2016 - Quillfeather");
  add_placed (lines, 0, 213, 215, 272, 12, -5, 0, "March 2020");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Oriane DELACROIX");
  g_assert_cmpstr (basics (document, "label"), !=, "Experience");
  g_assert_cmpstr (basics (document, "email"), ==, "oriane.d@example.org");
}

/* A given name over the family name, both set large in a display type
 * and centred, the family name's particle and first part in lower case
 * in the text layer (the type draws capitals); its words are those of
 * the e-mail address. A second line whose words are not in the address
 * stays the headline. */
static void
test_family_name_in_display_type (void)
{
  static const char * const seconds[] = { "Da silva--Reyes", "Da silva--Reyes", "Desarrolladora web" };
  static const char * const emails[] = { "nadiadasilva@example.com", "nadia.dasilva@example.com",
                                         "nadiadasilva@example.com" };
  static const char * const names[] = { "Nadia Da silva--Reyes", "Nadia Da silva--Reyes", "Nadia" };

  for (guint k = 0; k < G_N_ELEMENTS (seconds); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_placed (lines, 0, 55, 342, 442, 34, 0, 0, "Nadia");
      add_placed (lines, 0, 88, 260, 530, 34, -0.2, 0, seconds[k]);
      add_placed (lines, 0, 126, 272, 534, 13.6, 3, 0, "Second-year student looking for an internship");
      add_placed (lines, 0, 220, 248, 298, 16.8, 59, VITAE_TEXT_LINE_BOLD, "PROFILE");
      add_placed (lines, 0, 243, 248, 563, 11.5, 2, 0, "I like mathematics and programming, and learning new things.");
      add_placed (lines, 0, 300, 248, 333, 16.8, 12, VITAE_TEXT_LINE_BOLD, "CONTACT");
      add_placed (lines, 0, 330, 70, 134, 11.5, 5, 0, "06 12 34 56 78");
      add_placed (lines, 0, 350, 69, 205, 11.5, 5, 0, emails[k]);
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (basics (document, "name"), ==, names[k]);
      g_assert_cmpstr (basics (document, "email"), ==, emails[k]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-name-pieces/heading-beside-name", test_heading_beside_name);
  g_test_add_func ("/import-name-pieces/family-name-in-display-type", test_family_name_in_display_type);

  return g_test_run ();
}
