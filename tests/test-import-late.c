/* test-import-late.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Contact details and lines of imported resumes that the reader gives
 * late: after the header, among a section's lines, as a second column
 * that is read after the first one; and a name under a larger tagline.
 * The lines are given as a PDF's
 * reader gives them (their place, size and the gap above them), in our
 * own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"
#include "vitae-test-lines.h"

/* Adds a line of a PDF page: where it starts and ends, its size, the gap
 * above it. */
/* The lines of a page whose right-hand block (a phone number of
 * @phone, a place) is read after the profile: the number is the
 * person's, not the profile's. */
static VitaeDocument *
import_late_phone (const char *phone)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);

  add_line_full (lines, 0, 116, 372, 22, 0, 0, "Ingrid Solberg Aas");
  add_line_full (lines, 0, 124, 314, 11, 8, 0, "Developer of booking systems");
  add_line_full (lines, 0, 452, 577, 10, 4, 0, "ingrid.aas@example.no");
  add_line_full (lines, 0, 59, 192, 11, 60, VITAE_TEXT_LINE_BOLD, "PROFILE");
  add_line_full (lines, 0, 55, 474, 9, 26, 0, "Developer who builds booking systems for small ferry companies, with");
  add_line_full (lines, 0, 55, 512, 9, 2, 0, "databases, web services and the tools their offices use every day.");
  add_line_full (lines, 0, 55, 120, 9, 20, 0, "2021");
  add_line_full (lines, 0, 525, 577, 10, 4, 0, phone);
  add_line_full (lines, 0, 478, 577, 10, 8, 0, "Tromsø, Norway");
  add_line_full (lines, 0, 59, 192, 11, 30, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 55, 400, 10, 8, VITAE_TEXT_LINE_BOLD, "Ferry booking service\t2021 – 2023");
  add_line_full (lines, 0, 70, 500, 9, 4, 0, "• Wrote the seat reservation service for three harbours.");
  return vitae_import_lines (lines, NULL);
}

/* A number of eight digits in groups, as some countries write it
 * without a prefix, alone on its line: the person's phone number. */
static void
test_grouped_eight_digit_phone (void)
{
  g_autoptr(VitaeDocument) document = import_late_phone ("4712 0583");
  g_autoptr(VitaeDocument) pairs = import_late_phone ("47 12 05 83");
  VitaeNode *basics = VITAE_NODE (document);

  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Ingrid Solberg Aas");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "ingrid.aas@example.no");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "4712 0583");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (pairs), "phone"), ==, "47 12 05 83");
}

/* Two years, or a number that runs on, are no phone number. */
static void
test_years_are_no_phone (void)
{
  g_autoptr(VitaeDocument) years = import_late_phone ("2019 2021");
  g_autoptr(VitaeDocument) run = import_late_phone ("47120583");

  g_assert_false (vitae_node_has (VITAE_NODE (years), "phone"));
  g_assert_false (vitae_node_has (VITAE_NODE (run), "phone"));
}

/* A tagline set largest on the first line, in sentence case, is the
 * headline; the name is the line under it, set near as large. A name
 * set under a larger one that is written as a name stays the second's. */
static void
test_tagline_over_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) other = NULL;

  add_line_full (lines, 0, 222, 620, 44, 0, 0, "Rust embedded-programmer");
  add_line_full (lines, 0, 291, 560, 39, 12, 0, "Тимур Белоусов");
  add_line_full (lines, 0, 86, 170, 26, 60, 0, "Contacts");
  add_line_full (lines, 0, 137, 280, 22, 18, 0, "+7 (900) 123-45-67");
  add_line_full (lines, 0, 137, 400, 22, 6, 0, "timur.belousov@example.ru");
  add_line_full (lines, 0, 86, 170, 26, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 86, 500, 22, 10, VITAE_TEXT_LINE_BOLD, "Firmware developer, Volga Sensors\t2020 – 2024");
  add_line_full (lines, 0, 100, 520, 22, 6, 0, "• Wrote the drivers of the pressure sensors in Rust.");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Тимур Белоусов");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "Rust embedded-programmer");

  add_line_full (names, 0, 222, 620, 44, 0, 0, "Timur Belousov");
  add_line_full (names, 0, 291, 560, 39, 12, 0, "Embedded Programmer");
  add_line_full (names, 0, 137, 400, 22, 6, 0, "timur.belousov@example.ru");
  add_line_full (names, 0, 86, 170, 26, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (names, 0, 86, 500, 22, 10, VITAE_TEXT_LINE_BOLD, "Firmware developer, Volga Sensors\t2020 – 2024");
  other = vitae_import_lines (names, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (other), "name"), ==, "Timur Belousov");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-late/grouped-eight-digit-phone", test_grouped_eight_digit_phone);
  g_test_add_func ("/import-late/years-are-no-phone", test_years_are_no_phone);
  g_test_add_func ("/import-late/tagline-over-name", test_tagline_over_name);

  return g_test_run ();
}
