/* test-import-reflist.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The items of lists of awards, publications and certificates in
 * imported PDFs: each kept whole, apart from the next, with all of its
 * text. The lines are given as the PDF reader hands them over, in our
 * own words (vitae-test-lines.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Certificates after a glyph, each line ending in the month it was
 * earned, in the run of the text and well short of the column's right
 * edge (a longer line below sets the edge): the date is part of the
 * item, not a column of dates to leave out. */
static void
test_date_in_run (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Ines Moreau");
  add_line (lines, 40, 220, 10, 6, "ines.moreau@example.fr");
  add_line (lines, 40, 110, 11, 14, "Certificates:")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 58, 290, 11, -0.1, "\u2022\tKeeping Bees in Towns, Apiary School, March 2023");
  add_line (lines, 58, 260, 11, -0.1, "\u2022\tFirst Aid at Work, Red Cross, June 2022");
  add_line (lines, 58, 330, 11, -0.1, "\u2022\tSafe Handling of Ladders, Training Centre, May 2021");
  add_line (lines, 40, 100, 11, 3, "EDUCATION")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 560, 11, 4, "Lycee Montaigne, Bordeaux, a school by the river with a garden and bees\t2015 - 2018");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Keeping Bees in Towns, Apiary School, March 2023\n"
                   "First Aid at Work, Red Cross, June 2022\n"
                   "Safe Handling of Ladders, Training Centre, May 2021\n");
}

/* Publications, each a paragraph of its own with no mark, its lines
 * close under each other and the next paragraph further apart: each
 * paragraph is one item, not one text run together. */
static void
test_paragraph_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 116, 300, 20, 0, "Tomas Lindgren");
  add_line (lines, 116, 320, 10, 6, "tomas.lindgren@example.se");
  add_line (lines, 116, 190, 14, 15, "Publications");
  add_line (lines, 116, 550, 11, 8, "Anna Berg, Tomas Lindgren and Per Olsen. Counting birds on islands with");
  add_line (lines, 116, 550, 11, 3.9, "small drones: a first study in the northern archipelago. In Proceedings of");
  add_line (lines, 116, 430, 11, 3.9, "the Nordic Field Workshop, pages 11-19, 2019.");
  add_line (lines, 116, 550, 11, 12.8, "Tomas Lindgren and Anna Berg. Where the eiders nest: maps drawn from");
  add_line (lines, 116, 300, 11, 3.9, "the air. Journal of Coastal Birds, 2020.");
  add_line (lines, 116, 550, 11, 12.8, "Per Olsen, Tomas Lindgren. A cheap camera rig for counting seals on rocks,");
  add_line (lines, 116, 220, 11, 3.9, "pages 3-8. Tern Press, 2021.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Anna Berg, Tomas Lindgren and Per Olsen. Counting birds on islands with small drones: a first "
                   "study in the northern archipelago. In Proceedings of the Nordic Field Workshop, pages 11-19, 2019.\n"
                   "Tomas Lindgren and Anna Berg. Where the eiders nest: maps drawn from the air. Journal of Coastal "
                   "Birds, 2020.\n"
                   "Per Olsen, Tomas Lindgren. A cheap camera rig for counting seals on rocks, pages 3-8. Tern Press, "
                   "2021.\n");
}

/* Awards in a narrow column, each two lines in bold and a third in the
 * plain face, close under each other, the next award further apart:
 * each award is one item, its wrapped lines no awards of their own. */
static void
test_wrapped_awards (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 380, 520, 20, 0, "Lena Vogt");
  add_line (lines, 380, 540, 10, 6, "lena.vogt@example.de");
  add_line (lines, 380, 510, 17, 15, "ACHIEVEMENTS")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 551, 10, 11.9, "2018 Regional Chess Cup for")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 507, 10, 2.8, "Schools, second place")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 440, 10, 0.8, "(Juniors)");
  add_line (lines, 406, 551, 10, 12.6, "2019 National Contest in")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 527, 10, 2.8, "Geography, finalist")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 432, 10, 0.8, "(Final)");
  add_line (lines, 406, 535, 10, 12.6, "Five prizes of contests in")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 534, 10, 2.8, "drawing and painting")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 406, 500, 10, 0.8, "(Town contests)");
  add_line (lines, 380, 480, 17, 15.6, "LANGUAGES")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 380, 457, 10, 13.6, "German\tNative");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "2018 Regional Chess Cup for Schools, second place (Juniors)\n"
                   "2019 National Contest in Geography, finalist (Final)\n"
                   "Five prizes of contests in drawing and painting (Town contests)\n");
}

/* Under a heading of a kind not known, paragraphs about oneself spaced
 * apart, with no number in them, stay the section's text: no items. */
static void
test_prose_paragraphs (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 24, 180, 20, 0, "Rosa Ferrer");
  add_line (lines, 24, 190, 10, 6, "rosa.ferrer@example.es");
  add_line (lines, 24, 120, 16, 20, "Who I am");
  add_line (lines, 24, 192, 11, 10, "I began in chemistry and found that");
  add_line (lines, 24, 150, 11, -1.9, "I like building tools more.");
  add_line (lines, 24, 190, 11, 11.3, "I work best in small teams and");
  add_line (lines, 24, 160, 11, -1.9, "like to share what I learn.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "");
}

/* Numbered publications whose wrapped lines, under the item's text,
 * come in another weight or size, or stretched wide by justification
 * (read as cells): each line still goes on with its item. */
static void
test_numbered_wraps (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 51, 300, 20, 0, "Nils Ekdahl");
  add_line (lines, 51, 320, 10, 6, "nils.ekdahl@example.se");
  add_line (lines, 51, 150, 14, 20, "Publications");
  add_line (lines, 134, 527, 10, 8, "1. Nils Ekdahl and Sara Holm. \u201cCold water and the growth of kelp\u201d. In:");
  add_line (lines, 148, 527, 10, 1.8, "Journal of Northern Seas 12.4 (May 2022), pp. 100-112.");
  add_line (lines, 134, 527, 10, 9, "2. Nils Ekdahl et al. \u201cA small buoy to log the tide\u201d.");
  add_line (lines, 148, 527, 11, 1.2, "In: Notes of the Student Physics Society at")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 148, 527, 11, 1.0, "Uppsala (Vol 2.\t(2021)).\turl:\thttps://notes.example.org/");
  add_line (lines, 148, 230, 10, 1.8, "view/4411");
  add_line (lines, 51, 120, 14, 21, "Skills");
  add_line (lines, 134, 400, 10, 4, "Python, C, Julia");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Nils Ekdahl and Sara Holm. \u201cCold water and the growth of kelp\u201d. In: Journal of Northern "
                   "Seas 12.4 (May 2022), pp. 100-112.\n"
                   "Nils Ekdahl et al. \u201cA small buoy to log the tide\u201d. In: Notes of the Student Physics "
                   "Society at Uppsala (Vol 2. (2021)). url: https://notes.example.org/ view/4411\n");
}

/* Papers set with a hanging indent, the first line of one in bold and
 * its last word broken at a hyphen onto the indented line under it: a
 * paper's lines, not a title over an item. */
static void
test_bold_hanging_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 300, 20, 0, "Marc Girard");
  add_line (lines, 40, 320, 10, 6, "marc.girard@example.fr");
  add_line (lines, 40, 130, 16, 20, "Publications")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 555, 11, 10, "L. Petit, M. Girard. Coupling of two methods for sound in pipes. In : Sympo-")->flags =
    VITAE_TEXT_LINE_BOLD;
  add_line (lines, 51, 400, 11, 2.6, "sium on fluids and structures. Lyon, France.");
  add_line (lines, 40, 555, 11, 2.6, "M. Girard, L. Petit. Waves in porous layers with plane elements. In : Day of");
  add_line (lines, 51, 300, 11, 2.6, "Acoustics 2016. Nantes, France.");
  add_line (lines, 40, 120, 16, 20, "Interests")->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 200, 11, 10, "Sailing, chess");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "L. Petit, M. Girard. Coupling of two methods for sound in pipes. In : "
                                     "Symposium on fluids and structures. Lyon, France.\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-reflist/date-in-run", test_date_in_run);
  g_test_add_func ("/import-reflist/paragraph-items", test_paragraph_items);
  g_test_add_func ("/import-reflist/wrapped-awards", test_wrapped_awards);
  g_test_add_func ("/import-reflist/prose-paragraphs", test_prose_paragraphs);
  g_test_add_func ("/import-reflist/numbered-wraps", test_numbered_wraps);
  g_test_add_func ("/import-reflist/bold-hanging-item", test_bold_hanging_item);
  return g_test_run ();
}
