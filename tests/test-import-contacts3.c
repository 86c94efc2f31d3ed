/* test-import-contacts3.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The e-mail address and phone number of imported PDFs in layouts met
 * in real resumes, as their lines come from the reader, in our own
 * words: an address a sidebar broke in its top-level domain, which two
 * letters would end as well, or flush right before its year or "@"; a birth date written with a space after
 * each dot before the phone number; details apart by a box-drawing bar
 * without spaces; a phone number whose groups wide gaps set apart. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"

/* A left sidebar of contact details beside the main column: the
 * address broke after the second letter of its top-level domain ("co"
 * / "m", "co" / ".uk"), its rest alone at the next line's start, in the
 * same type; a country's domain with a word under it keeps its two
 * letters. */
static void
test_address_broken_in_top_level (void)
{
  static const struct { const char *end; const char *rest; const char *email; } cases[] = {
    { "example.co", "m", "oskar.lindqvist@example.com" },
    { "example.co", ".uk", "oskar.lindqvist@example.co.uk" },
    { "example.in", "fo", "oskar.lindqvist@example.info" },
    { "example.co", "Malmö", "oskar.lindqvist@example.co" },
    { "example.se", "m", "oskar.lindqvist@example.se" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *address = g_strconcat ("oskar.lindqvist@", cases[k].end, NULL);

      add_line (lines, 280, 520, 26, 0, "OSKAR LINDQVIST");
      add_line_full (lines, 0, 280, 390, 14, 27, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
      add_line_full (lines, 0, 280, 350, 11, 10, VITAE_TEXT_LINE_BOLD, "2021 – 2024");
      add_line (lines, 280, 560, 11, 13, "Network Technician • Nordlink AB");
      add_line (lines, 298, 560, 11, 3, "•\tKept the office network of two hundred desks running.");
      add_line (lines, 298, 560, 11, 3, "•\tMoved the branch offices onto a new firewall.");
      add_line (lines, 80, 150, 11, 13, "+46 70 123 45 67");
      add_line (lines, 80, 212, 11, 33, address);
      add_line (lines, 80, 80 + 6 * strlen (cases[k].rest), 11, 2.4, cases[k].rest);
      add_line (lines, 80, 170, 11, 31, "https://lindqvist.example.org");
      add_line_full (lines, 0, 37, 100, 14, 17, VITAE_TEXT_LINE_BOLD, "OBJECTIVE");
      add_line (lines, 37, 200, 11, 8, "A job where I can keep learning.");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s / %s", address, cases[k].rest);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, cases[k].email);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+46 70 123 45 67");
    }
}

/* A centred header of details after icons: the birth date first,
 * written the year first with a space after each dot, or the day
 * first so, is no phone number; the one on the next line is. */
static void
test_spaced_dotted_date (void)
{
  static const char * const dates[] = { "1996. 11. 23.", "23. 11. 1996", "1996. 11. 23" };

  for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *details = g_strdup_printf ("\u00c6 %s\t( 4025 Debrecen, Kossuth utca 7.\t@ reka.farkas@example.hu",
                                                  dates[k]);

      add_line_full (lines, 0, 140, 340, 25, 0, VITAE_TEXT_LINE_BOLD, "FARKAS RÉKA");
      add_line_full (lines, 0, 158, 243, 12, 6, VITAE_TEXT_LINE_ICON, "\u00f7 Rendszergazda");
      add_line_full (lines, 0, 154, 491, 8, 6, VITAE_TEXT_LINE_ICON, details);
      add_line_full (lines, 0, 154, 435, 8, -0.9, VITAE_TEXT_LINE_ICON, "+36 30 512 7788\t\u00e8 farkasreka");
      add_line_full (lines, 0, 35, 240, 17, 44, VITAE_TEXT_LINE_BOLD, "SZAKMAI TAPASZTALAT");
      add_line (lines, 35, 123, 12, 12, "Rendszergazda");
      add_line_full (lines, 0, 35, 156, 10, 3, VITAE_TEXT_LINE_BOLD, "Debreceni Egyetem");
      add_line (lines, 51, 226, 9, 5, "2019. 03. 01. – 2021. 06. 30.");
      add_line (lines, 51, 400, 10, 5, "• Gondoztam a kar hálózatát és szervereit.");
      add_line (lines, 51, 400, 10, 3, "• Bevezettem a mentések automatikus ellenőrzését.");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", dates[k]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "reka.farkas@example.hu");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+36 30 512 7788");
    }
}

/* A header's one line of details apart by a vertical bar of another
 * font than "|", set without spaces: the phone number between the
 * street and the address is whole. */
static void
test_details_apart_by_box_bar (void)
{
  static const char * const bars[] = { "\u2502", "\uff5c" };

  for (guint k = 0; k < G_N_ELEMENTS (bars); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *details = g_strdup_printf ("4410 Maple Avenue%sOmaha, NE 68104%s402-555-0187%sjune.hollis@example.com",
                                                  bars[k], bars[k], bars[k]);

      add_line (lines, 90, 200, 14, 0, "JUNE HOLLIS");
      add_line (lines, 90, 494, 11, 0, details);
      add_line (lines, 90, 160, 11, 14, "EXPERIENCE");
      add_line (lines, 90, 520, 11, 6, "Payroll Clerk\t03/20 to present");
      add_line (lines, 90, 200, 11, 0, "Prairie Goods");
      add_line (lines, 108, 520, 11, 0, "• I run the payroll of three stores every second week.");
      add_line (lines, 108, 520, 11, 0, "• I answer the staff's questions about their pay.");
      document = vitae_import_lines (lines, NULL);

      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "june.hollis@example.com");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "402-555-0187");
    }
}

/* A left sidebar's contact details under its heading, beside the main
 * column: the phone number's groups set apart by gaps as wide as a
 * column's (read as cells), its country code first; a number whole in
 * its cell keeps it, apart from another beside it. */
static void
test_phone_spread_over_cells (void)
{
  static const struct { const char *line; const char *phone; } cases[] = {
    { "+216 71\t845\t302", "+216 71 845 302" },
    { "+216\t71\t845\t302", "+216 71 845 302" },
    { "+216 71 845 302\t98 765 432", "+216 71 845 302" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 578, 890, 33, 0, "SALMA BEN YOUSSEF");
      add_line (lines, 582, 1230, 40, 2, "Back-end Developer | Software Engineering Student");
      add_line (lines, 576, 730, 40, 48, "Summary");
      add_line (lines, 577, 1385, 29, 9, "Back-end developer who builds REST services and keeps their databases tidy.");
      add_line (lines, 61, 168, 40, -29, "Contact");
      add_line (lines, 107, 420, 29, -24, "www.linkedin.com/in/salma-by");
      add_line (lines, 107, 360, 29, 11, "salma.benyoussef@example.tn");
      add_line (lines, 584, 875, 40, -34, "Experience");
      add_line (lines, 107, 263, 29, -14, cases[k].line);
      add_line (lines, 616, 811, 29, -23, "Back-end Developer");
      add_line (lines, 616, 700, 29, -1, "Medina Soft");
      add_line (lines, 628, 1320, 29, -16, "• Wrote the billing service of a delivery platform in Go.");
      add_line (lines, 628, 1320, 29, -6, "• Moved the reports from cron jobs to a queue.");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[k].line);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "salma.benyoussef@example.tn");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, cases[k].phone);
    }
}

/* A right sidebar of details set flush right beside the main column,
 * whose first heading is level with the address's first line: the
 * narrow cell broke the address before the year that ends its local
 * part, or before its "@"; the two lines are one address. A year alone
 * under a word of the sidebar is no address's end. */
static void
test_address_broken_flush_right (void)
{
  static const struct { const char *first; const char *rest; const char *email; } cases[] = {
    { "margit.halvorsen", "1987@example.org", "margit.halvorsen1987@example.org" },
    { "margit-halvorsen", "@example.org", "margit-halvorsen@example.org" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *first = g_strconcat (cases[k].first, "\tEXPERIENCE", NULL);

      add_line (lines, 200, 460, 24, 0, "Margit Halvorsen");
      add_line (lines, 96, 150, 9, 30, "Bergen, Norway");
      add_cells (lines, 58, 200, 300, 9, 8, 0, first);
      add_line (lines, 150 - 5.2 * strlen (cases[k].rest), 150, 9, 1, cases[k].rest);
      add_line (lines, 200, 520, 10, 6, "Harbour Logistics AS — Planner, 2019 – 2024");
      add_line (lines, 212, 540, 10, 3, "•\tPlanned the loading of forty ships a month.");
      add_line (lines, 212, 540, 10, 3, "•\tMoved the timetables into one shared calendar.");
      add_line (lines, 110, 150, 9, 20, "+47 412 34 567");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s / %s", cases[k].first, cases[k].rest);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, cases[k].email);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Margit Halvorsen");
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts3/address-broken-in-top-level", test_address_broken_in_top_level);
  g_test_add_func ("/import-contacts3/address-broken-flush-right", test_address_broken_flush_right);
  g_test_add_func ("/import-contacts3/spaced-dotted-date", test_spaced_dotted_date);
  g_test_add_func ("/import-contacts3/details-apart-by-box-bar", test_details_apart_by_box_bar);
  g_test_add_func ("/import-contacts3/phone-spread-over-cells", test_phone_spread_over_cells);
  return g_test_run ();
}
