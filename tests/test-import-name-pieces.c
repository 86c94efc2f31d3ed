/* test-import-name-pieces.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs put together wrong from their pieces: a
 * sidebar's name on two lines read with the main column's heading and
 * first dates beside them; a family name under the given name in a
 * display type whose letters the text layer cases as it likes; the name
 * said again as items of the personal details. Each
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

/* Whether any entry of @document has the item @text. */
static gboolean
has_item (VitaeDocument *document,
          const char    *text)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            if (g_str_equal (vitae_bullet_get_text (vitae_entry_get_bullet (entry, b)), text))
              return TRUE;
        }
    }
  return FALSE;
}

/* A sidebar's list of personal details that starts with the family name
 * in capitals and the given name, a line each: they are the name again,
 * no items; the details after them stay. */
static void
test_name_again_in_details (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_placed (lines, 0, 40, 72, 300, 26, 0, 0, "Tomasz Wielgosz");
  add_placed (lines, 0, 80, 72, 300, 12, 8, 0, "Mechanical engineer");
  add_placed (lines, 0, 120, 72, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "PERSONAL DETAILS");
  add_placed (lines, 0, 140, 72, 200, 11, 6, 0, "\u2022 WIELGOSZ");
  add_placed (lines, 0, 156, 72, 200, 11, 4, 0, "\u2022 Tomasz");
  add_placed (lines, 0, 172, 72, 200, 11, 4, 0, "\u2022 Driving licence B");
  add_placed (lines, 0, 188, 72, 200, 11, 4, 0, "\u2022 Fond of sailing");
  add_placed (lines, 0, 204, 72, 260, 11, 4, 0, "t.wielgosz@example.net");
  add_placed (lines, 0, 240, 72, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_placed (lines, 0, 260, 72, 400, 11, 6, VITAE_TEXT_LINE_BOLD, "Design engineer, Oakridge Pumps");
  add_placed (lines, 0, 276, 72, 200, 11, 2, 0, "2019 - 2024");
  add_placed (lines, 0, 292, 72, 450, 11, 4, 0, "\u2022 Drew the housings of three pump ranges");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Tomasz Wielgosz");
  g_assert_false (has_item (document, "WIELGOSZ"));
  g_assert_false (has_item (document, "Tomasz"));
  g_assert_true (has_item (document, "Drew the housings of three pump ranges"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-name-pieces/heading-beside-name", test_heading_beside_name);
  g_test_add_func ("/import-name-pieces/family-name-in-display-type", test_family_name_in_display_type);
  g_test_add_func ("/import-name-pieces/name-again-in-details", test_name_again_in_details);

  return g_test_run ();
}
