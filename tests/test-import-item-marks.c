/* test-import-item-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The marks of imported PDFs' list items in layouts met in real
 * resumes, as their lines come from the reader, in our own words: a
 * dash or a dot after a tab stop inside an item, unlike the item's
 * mark; Word's list of entries and the wrapped lines of its
 * second-level items; an item that ends in a number and a year in
 * brackets; an ordinal at a line's start; a heading without its
 * accents. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Items of a sub-list each with a term at a tab stop after an em dash
 * ("• Course <tab> — Autumn 2024"), and items of another list with a
 * middle dot between two names that a wide gap set apart: one item
 * each, since the dash and the dot are not the items' mark "•"; two
 * items side by side, both marked "•", stay two. */
static void
test_unlike_mark_after_tab (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 47, 400, 20, 0, 0, "Lotte Brauer");
  add_line_full (lines, 0, 47, 250, 10, 4, 0, "lotte.brauer@example.org");
  add_line_full (lines, 0, 47, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 47, 570, 11, 6, VITAE_TEXT_LINE_BOLD, "Teaching assistant\tSeptember 2024 - April 2025");
  add_line_full (lines, 0, 61, 140, 10, 4, 0, "•\tCourses taught:");
  add_line_full (lines, 0, 71, 410, 10, 6, 0, "•\tGEO1010 - Reading maps and charts\t— Autumn 2024");
  add_line_full (lines, 0, 71, 400, 10, 3, 0, "•\tGEO2200 - Field surveying\t— Winter 2025");
  add_line_full (lines, 0, 61, 300, 10, 4, 0, "•\tMarked 300 field reports");
  add_line_full (lines, 0, 61, 460, 10, 4, 0, "•\tDrove the survey van\t•\tKept the instrument log");
  add_line_full (lines, 0, 47, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "Certifications");
  add_line_full (lines, 0, 47, 440, 10, 6, 0, "• Cartography Basics\t· Remote Sensing Foundations");
  add_line_full (lines, 0, 47, 500, 10, 1, 0, "• Surveying Safety (Guild)\t· Drone Pilot Licence (Aviation Board)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Courses taught:\n"
                   "GEO1010 - Reading maps and charts — Autumn 2024\n"
                   "GEO2200 - Field surveying — Winter 2025\n"
                   "Marked 300 field reports\n"
                   "Drove the survey van\n"
                   "Kept the instrument log\n"
                   "Cartography Basics · Remote Sensing Foundations\n"
                   "Surveying Safety (Guild) · Drone Pilot Licence (Aviation Board)\n");
}

/* Word's nested list: projects' titles as first-level items (an icon
 * font's bullet, a tab and the project's kind), their lines as
 * second-level items marked with the letter "o" and a tab. A
 * second-level item's wrapped line goes on with it wherever it starts:
 * under its text, or under its "o" with a capital, before the next title
 * or at the end of the list. */
static void
test_word_sub_item_wraps (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  g_autofree char *listed = NULL;
  VitaeSection *section;

  add_line_full (lines, 0, 78, 300, 22, 0, 0, "Nadia Falk");
  add_line_full (lines, 0, 78, 250, 9, 4, 0, "nadia.falk@example.org");
  add_line_full (lines, 0, 78, 180, 13, 40, 0, "About me:");
  add_line_full (lines, 0, 78, 560, 9, 12, 0, "A student of applied mathematics who likes to model games, queues and "
                                            "traffic, and to test the models");
  add_line_full (lines, 0, 78, 300, 9, 0, 0, "against what really happens on the roads.");
  add_line_full (lines, 0, 78, 130, 13, 13, 0, "Projects:");
  add_line_full (lines, 0, 79, 518, 9, 12, VITAE_TEXT_LINE_ICON, "Solving board games as linear programs\tSchool");
  add_line_full (lines, 0, 97, 373, 9, 0, 0, "o\tThe project writes each game as a set of linear constraints");
  add_line_full (lines, 0, 113.6, 359, 9, 0, 0, "and solves them with an open solver. link");
  add_line_full (lines, 0, 79, 503, 9, 0, VITAE_TEXT_LINE_ICON, "Learning to play by reinforcement\tPersonal");
  add_line_full (lines, 0, 97, 386, 9, 0, 0, "o\tWe trained an agent in a small physics engine to play the game");
  add_line_full (lines, 0, 97, 164, 9, 0, 0, "Lunar Lander. link");
  add_line_full (lines, 0, 79, 518, 9, 0, VITAE_TEXT_LINE_ICON, "Evolving timetables\tSchool");
  add_line_full (lines, 0, 97, 377, 9, 0, 0, "o\tI wrote a genetic algorithm to search for a timetable of the");
  add_line_full (lines, 0, 96, 165, 9, 0, 0, "Faculty of Science. link");
  add_line_full (lines, 0, 78, 165, 13, 12, 0, "Skills:");
  add_line_full (lines, 0, 79, 146, 9, 12, VITAE_TEXT_LINE_ICON, "Programming:");
  add_line_full (lines, 0, 97, 250, 9, 0, 0, "o\tC, Python, Julia");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  listed = g_strconcat ("\n", bullets, NULL);

  g_assert_true (strstr (listed, "\nThe project writes each game as a set of linear constraints and solves them with an "
                                 "open solver. link\n") != NULL);
  g_assert_true (strstr (listed, "\nWe trained an agent in a small physics engine to play the game Lunar Lander. "
                                 "link\n") != NULL);
  g_assert_true (strstr (listed, "\nI wrote a genetic algorithm to search for a timetable of the Faculty of Science. "
                                 "link\n") != NULL);
  /* (Each first-level item, its kind at the right, heads its own list:
   * a project's title.) */
  section = section_titled (document, "Projects");
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 3);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, 1)), "title"), ==,
                   "Learning to play by reinforcement");
}

/* Awards marked with an icon font's bullet, two of them ending in a
 * contest's edition and its year in brackets ("… Code Cup 13.0 (2019)"):
 * items as the others are, not a phone number and so not the entry's
 * text. A phone number with its area code in brackets is one still. */
static void
test_icon_item_ending_in_year (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 75, 300, 22, 0, 0, "Yusuf Arslan");
  add_line_full (lines, 0, 75, 250, 9, 4, 0, "yusuf.arslan@example.org");
  add_line_full (lines, 0, 75, 250, 9, 1, 0, "+1 (555) 201-4477");
  add_line_full (lines, 0, 74, 200, 13, 30, 0, "Awards:");
  add_line_full (lines, 0, 75, 430, 9, 12, VITAE_TEXT_LINE_ICON, "First place in the regional student programming contest");
  add_line_full (lines, 0, 75, 525, 9, 0, VITAE_TEXT_LINE_ICON,
                 "Second place in the country and 40/3000 in the world at the Code Cup 14.0 (2020)");
  add_line_full (lines, 0, 75, 355, 9, 0, VITAE_TEXT_LINE_ICON, "9 / 1200 at the spring kickoff 2020 (silver medal)");
  add_line_full (lines, 0, 75, 525, 9, 0, VITAE_TEXT_LINE_ICON,
                 "Second place in the country and 61/3000 in the world at the Code Cup 13.0 (2019)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "First place in the regional student programming contest\n"
                   "Second place in the country and 40/3000 in the world at the Code Cup 14.0 (2020)\n"
                   "9 / 1200 at the spring kickoff 2020 (silver medal)\n"
                   "Second place in the country and 61/3000 in the world at the Code Cup 13.0 (2019)\n");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+1 (555) 201-4477");
}

/* An ordinal that starts an item's text ("2. place …") after the item's
 * drawn mark, and one that starts a plain line under a school ("24.
 * national rank") with no numbered list around it: the number is the
 * line's, not a numbered list's mark. */
static void
test_ordinal_not_a_mark (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 147, 400, 20, 0, 0, "Malik Haddad");
  add_line_full (lines, 0, 147, 300, 10, 4, 0, "malik.haddad@example.org");
  add_line_full (lines, 0, 33, 100, 10, 30, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 147, 565, 13, 0, VITAE_TEXT_LINE_BOLD, "Baccalaureate in engineering\tOctober 2016 — June 2017");
  add_line_full (lines, 0, 147, 340, 11, 4, 0, "Lycee du Port, Sousse");
  add_line_full (lines, 0, 147, 300, 11, 6, 0, "Grade: very good (18.1/20)");
  add_line_full (lines, 0, 147, 226, 11, 9, 0, "24. national rank");
  add_line_full (lines, 0, 33, 100, 10, 35, VITAE_TEXT_LINE_BOLD, "AWARDS");
  line = add_line_full (lines, 0, 142, 410, 11, 0, 0, "• 2. place at the 24h hackathon of the coast, Sfax .");
  line->text_x = 154.5;
  line = add_line_full (lines, 0, 142, 546, 11, 2, 0, "• Silver medal in the national championship of logic games");
  line->text_x = 154.5;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "2. place at the 24h hackathon of the coast, Sfax .\n"
                   "Silver medal in the national championship of logic games\n");
}

/* Entries set as the first-level items of a Word list, an icon font's
 * bullet before each and its dates at the right: each an entry with
 * those dates, its second-level items its own; as a line with "•" and
 * its dates would be. */
static void
test_icon_item_with_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  add_line_full (lines, 0, 78, 300, 22, 0, 0, "Nadia Falk");
  add_line_full (lines, 0, 78, 250, 9, 4, 0, "nadia.falk@example.org");
  add_line_full (lines, 0, 78, 160, 13, 40, 0, "Experience:");
  add_line_full (lines, 0, 79, 530, 9, 12, VITAE_TEXT_LINE_ICON, "Tutoring online:\t2021 - Present");
  add_line_full (lines, 0, 97, 377, 9, 0, 0, "o\tOnce a week I teach graph algorithms to school students.");
  add_line_full (lines, 0, 79, 513, 9, 0, VITAE_TEXT_LINE_ICON, "Summer job at the Harbour Telephone Office\tAugust 2020");
  add_line_full (lines, 0, 97, 384, 9, 0, 0, "o\tThe aim of the job was to learn how an office works");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Once a week I teach graph algorithms to school students.\n"
                   "The aim of the job was to learn how an office works\n");
  section = section_titled (document, "Experience");
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 2);
  entry = vitae_section_get_entry (section, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2020-08");
}

/* Headings in French capitals that lost their accents ("Etudes :", "A
 * propos de moi :"), as the accented words name sections: the
 * paragraph under the one is the summary, not items and titles; the
 * other is the education. */
static void
test_heading_without_accents (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 125, 400, 22, 0, VITAE_TEXT_LINE_BOLD, "Louise Marchal");
  add_line_full (lines, 0, 430, 579, 9, 8, 0, "louise.marchal@example.fr");
  add_line_full (lines, 0, 78, 182, 13, 47, 0, "A propos de moi :");
  add_line_full (lines, 0, 114, 560, 9, 13, 0,
                 "Une étudiante curieuse, formée en statistique et en informatique, qui aime vraiment ré-");
  add_line_full (lines, 0, 78.5, 560, 9, 0, 0,
                 "soudre des problèmes de données réelles et les expliquer simplement aux autres personnes.");
  add_line_full (lines, 0, 78.5, 250, 9, 0, 0, "Je cherche un stage en science des données.");
  add_line_full (lines, 0, 78, 128, 13, 13, 0, "Etudes :");
  add_line_full (lines, 0, 79, 530, 9, 13, VITAE_TEXT_LINE_BOLD, "Licence de mathématiques\t2019 - 2022");
  add_line_full (lines, 0, 79, 300, 9, 0, 0, "Université du Littoral, Calais");
  document = vitae_import_lines (lines, NULL);
  g_free (all_bullets (document));

  g_assert_true (g_str_has_prefix (vitae_node_get_text (VITAE_NODE (document), "summary"), "Une étudiante curieuse"));
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 1);
}

/* Duties marked with a greater-than sign and a tab ("> Wrote …"), set
 * double-spaced under the role at its edge, a wrapped line hanging under
 * the text:
 * items, without their mark; a ">" before a number is no mark. */
static void
test_greater_than_mark (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 36, 300, 18, 0, VITAE_TEXT_LINE_BOLD, "Maelys Quintal");
  add_line_full (lines, 0, 36, 300, 12, 16, 0, "maelys.quintal@example.fr");
  add_line_full (lines, 0, 36, 122, 14, 26, VITAE_TEXT_LINE_BOLD, "Expérience");
  add_line_full (lines, 0, 36, 225, 12, 13, VITAE_TEXT_LINE_BOLD, "Juin à Août 2021");
  add_line_full (lines, 0, 36, 370, 12, 0, 0, "Atelier de Reliure du Port, Brest");
  add_line_full (lines, 0, 36, 300, 12, 3.8, 0, "Relieuse stagiaire");
  add_line_full (lines, 0, 36, 430, 12, 6.3, 0, ">\tRestaurer des registres anciens (cuir, toile, papier).");
  add_line_full (lines, 0, 36, 559, 12, 4.8, 0, ">\tPréparer les commandes de cahiers cousus pour les papeteries de la ville et");
  add_line_full (lines, 0, 54, 300, 12, 4.8, 0, "des environs.");
  add_line_full (lines, 0, 36, 330, 12, 4.8, 0, ">\tTenir le stock de papiers et de fils.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Restaurer des registres anciens (cuir, toile, papier).\n"
                   "Préparer les commandes de cahiers cousus pour les papeteries de la ville et des environs.\n"
                   "Tenir le stock de papiers et de fils.\n");
  g_assert_null (_vitae_import_after_bullet ("> 50 % des ventes"));
  g_assert_null (_vitae_import_after_bullet (">Quoted"));
}

/* Steps of a project lettered "a)", "b)" under its title, a step's
 * wrapped line hanging under its text: items, without their letters;
 * "a)" glued to a word or before a number is no mark. */
static void
test_lettered_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 36, 300, 18, 0, VITAE_TEXT_LINE_BOLD, "Tomasz Wierzba");
  add_line_full (lines, 0, 36, 300, 12, 16, 0, "tomasz.wierzba@example.pl");
  add_line_full (lines, 0, 36, 122, 14, 26, VITAE_TEXT_LINE_BOLD, "Projects");
  add_line_full (lines, 0, 36, 400, 12, 13, VITAE_TEXT_LINE_BOLD, "Teaching a model to land a toy glider:");
  add_line_full (lines, 0, 36, 520, 12, 4.8, 0, "a) The wind tunnel readings were cleaned and resampled to a common");
  add_line_full (lines, 0, 48, 200, 12, 4.8, 0, "time base.");
  add_line_full (lines, 0, 36, 430, 12, 4.8, 0, "b) A policy network was trained on the cleaned runs");
  add_line_full (lines, 0, 36, 430, 12, 4.8, 0, "c) A simulator was written to test each landing");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "The wind tunnel readings were cleaned and resampled to a common time base.\n"
                   "A policy network was trained on the cleaned runs\n"
                   "A simulator was written to test each landing\n");
  g_assert_cmpstr (_vitae_import_after_bullet ("(d) Wrote the guide"), ==, "Wrote the guide");
  g_assert_null (_vitae_import_after_bullet ("a)Glued"));
  g_assert_null (_vitae_import_after_bullet ("a) 50 runs"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-item-marks/unlike-mark-after-tab", test_unlike_mark_after_tab);
  g_test_add_func ("/import-item-marks/word-sub-item-wraps", test_word_sub_item_wraps);
  g_test_add_func ("/import-item-marks/icon-item-ending-in-year", test_icon_item_ending_in_year);
  g_test_add_func ("/import-item-marks/ordinal-not-a-mark", test_ordinal_not_a_mark);
  g_test_add_func ("/import-item-marks/icon-item-with-dates", test_icon_item_with_dates);
  g_test_add_func ("/import-item-marks/heading-without-accents", test_heading_without_accents);
  g_test_add_func ("/import-item-marks/greater-than-mark", test_greater_than_mark);
  g_test_add_func ("/import-item-marks/lettered-items", test_lettered_items);
  return g_test_run ();
}
