/* test-import-names13.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names of imported PDFs picked from the wrong line: the family name
 * set letter-spaced under the given names (a kerned pair of capitals
 * kept together), while the address over the e-mail address comes
 * first on the page; a section's heading after an emoji, sized as the
 * emoji, over the name; a job title where the name is a picture. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A designer's page: the contact details first, at the size of the
 * text, the address over the e-mail address; the given names set large
 * beside the introduction, the family name letter-spaced under them (the
 * reader leaves a kerned pair of capitals together: "AN"), as large. */
static void
test_spaced_family_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeTextLine *line;

  add_line (lines, 350, 520, 13.5, 0, "Lime Court, block C Tarnby");
  add_line (lines, 350, 480, 13.5, 9, "tessa.andersen.art@example.dk");
  add_line (lines, 350, 440, 13.5, 9, "51 23 45 67");
  add_line (lines, 330, 360, 13.5, 19, "Hello,");
  line = add_line (lines, 80, 565, 26.5, -10, "TESSA MARIE\tI draw books for children and posters for");
  line->tab_x = 330;
  add_line (lines, 86, 240, 25.5, -3, "AN D E R S E N");
  add_line (lines, 330, 565, 13.5, -29, "small theatres, and I like to work in a team.");
  add_line (lines, 117, 225, 17, 60, "EXPERIENCE");
  add_line (lines, 117, 260, 12, 8, "Mar 2019 - Dec 2022");
  add_line (lines, 117, 260, 13, 2, "Illustrator, Blue Kite Press");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "TESSA MARIE ANDERSEN");
  g_assert_cmpstr (basics (document, "email"), ==, "tessa.andersen.art@example.dk");
}

/* A page printed from an online document: the name first, set a little
 * larger than the text, the headline under it, and then the sections'
 * headings each after an emoji, which the reader sizes as the emoji's
 * (larger than the name): a heading is no name, and the first line is. */
static void
test_name_over_emoji_heading (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_full (lines, 0, 50, 250, 12, 0, VITAE_TEXT_LINE_BOLD, "Renata Alves da Cunha Filho");
  add_line (lines, 50, 260, 11, 18, "B.A. in Statistics | Data Analyst");
  add_line_full (lines, 0, 50, 118, 22.4, 36, VITAE_TEXT_LINE_BOLD, "\U0001F4BC\tEXPERIENCE");
  add_line_full (lines, 0, 50, 330, 10, 10, VITAE_TEXT_LINE_ITALIC, "Quillon, Portugal (Remote) \u2014 Data Analyst");
  add_line (lines, 50, 140, 8, 4, "May 2021 - April 2023");
  add_line (lines, 50, 360, 9, 5, "Built the weekly sales reports and the dashboards of the shops.");
  add_line_full (lines, 0, 410, 530, 22.4, 0, 0, "\U0001F4CD\tFaro, Portugal");
  add_line_full (lines, 0, 410, 510, 22.4, -16, VITAE_TEXT_LINE_BOLD, "\U0001F4DE\t+351 912 345 678");
  add_line_full (lines, 0, 410, 530, 22.4, -16, VITAE_TEXT_LINE_BOLD, "\U0001F4E9\trenata.cunha@example.pt");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Renata Alves da Cunha Filho");
  g_assert_cmpstr (basics (document, "email"), ==, "renata.cunha@example.pt");
}

/* A page whose name is drawn as a picture: its first line of text is
 * the job title, set as large as the headings, the e-mail address in a
 * sidebar beside the sections. A job title is no name: better none. */
static void
test_job_title_no_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 230, 530, 15.5, 0, "Conceptrice Développeuse Web");
  add_line_full (lines, 0, 210, 565, 11, 15, VITAE_TEXT_LINE_ITALIC,
                 "J\u2019ai appris \u00e0 programmer seule, puis en formation, et j\u2019aime le travail soign\u00e9.");
  add_line (lines, 215, 320, 15.5, 20, "Comp\u00e9tences");
  add_line (lines, 217, 300, 11, 12, "Langages");
  add_line (lines, 30, 180, 13.5, -8, "lemoine.claire@example.fr");
  add_line (lines, 215, 300, 15.5, 10, "Formation");
  add_line (lines, 220, 250, 11, 12, "2021");
  add_line (lines, 56, 140, 13.5, 20, "06 11 22 33 44");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "");
  g_assert_cmpstr (basics (document, "email"), ==, "lemoine.claire@example.fr");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-names13/spaced-family-name", test_spaced_family_name);
  g_test_add_func ("/import-names13/name-over-emoji-heading", test_name_over_emoji_heading);
  g_test_add_func ("/import-names13/job-title-no-name", test_job_title_no_name);
  return g_test_run ();
}
