/* test-import-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates as people print them that the importer once left unread, so
 * that an entry's title line became an item or its dates stayed in an
 * item's text: a month with a dot ("May."), an academic year whose end
 * keeps two digits ("2016-17"), dates listed ("2021, 2022"), a French
 * month typed without its accent ("Aout"), a typographic apostrophe in
 * "aujourd’hui", German "von … bis …", Spanish "marzo de 2017", a label
 * of several words or letters beyond ASCII before a colon ("Período:"),
 * a span in brackets without spaces ("[2014-2018]"), "(expected)" after
 * a span, a month, a dash and its year ("May - 2018"), and a span still
 * open ("seit 05.2016"), a word before a degree's date without a colon
 * ("Grad. June 2011", "Expected Graduation October 2026"). Numbers that
 * are no dates stay unread (a grade, "3.64", is no March of 1964). The
 * lines are our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static void
test_shapes (void)
{
  static const struct
  {
    const char *text;
    const char *start;
    const char *end;
  } cases[] = {
    { "Sep. 2014 \u2013 May. 2016", "2014-09", "2016-05" },
    { "2016-17", "2016", "2017" },
    { "2019\u201322", "2019", "2022" },
    { "2021, 2022", "2021", "2022" },
    { "December 2020, May 2021", "2020-12", "2021-05" },
    { "2017-18, 2018-19", "2017", "2019" },
    { "Spring 2019, Fall 2019, and Spring 2020", "2019", "2020" },
    { "2008 - 2010 & 2013 - 2014", "2008", "2014" },
    { "Juillet 2018 - Aout 2018", "2018-07", "2018-08" },
    { "Fevrier 2015", NULL, "2015-02" },
    { "2019 - aujourd\u2019hui", "2019", "" },
    { "von 03/2004 - bis 11/2009", "2004-03", "2009-11" },
    { "marzo de 2017 - Hoy", "2017-03", "" },
    { "Período: 2020-2021", "2020", "2021" },
    { "Expected Graduation: May 2027", NULL, "2027-05" },
    { "[2011-2015]", "2011", "2015" },
    { "(2012-2016)", "2012", "2016" },
    { "2024 - 2029 (expected)", "2024", "2029" },
    { "June - 2012", NULL, "2012-06" },
    { "seit 05.2016", "2016-05", "" },
    { "since 2020", "2020", "" },
    { "Grad. June 2011", NULL, "2011-06" },
    { "Graduated 2009", NULL, "2009" },
    { "Expected Graduation October 2026", NULL, "2026-10" },
    { "Exp. Dec 2025", NULL, "2025-12" },
    { "Anticipated Spring 2027", NULL, "2027" },
  };
  static const char * const not_dates[] = {
    "No. 2016-28",
    "Date of birth: 12/03/1994",
    "May 15, 2020, Oslo",
    "(2017, 2019)",
    "Word 2013, Excel 2016",
    "3.64",
    "Expected growth 2024",
    "Graduated with honours",
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *start = NULL, *end = NULL;

      g_test_message ("%s", cases[c].text);
      g_assert_true (_vitae_import_parse_dates (cases[c].text, &start, &end));
      g_assert_cmpstr (start, ==, cases[c].start);
      g_assert_cmpstr (end, ==, cases[c].end);
    }
  for (guint c = 0; c < G_N_ELEMENTS (not_dates); c++)
    {
      g_autofree char *start = NULL, *end = NULL;

      g_test_message ("%s", not_dates[c]);
      g_assert_false (_vitae_import_parse_dates (not_dates[c], &start, &end));
    }
}

/* A role's line with its dates at the right after a tab, over an item:
 * the dates are the entry's, not an item nor part of the title. */
static void
test_title_dates (void)
{
  static const struct
  {
    const char *dates;
    const char *start;
    const char *end;
  } cases[] = {
    { "2016-17", "2016", "2017" },
    { "2019, 2021", "2019", "2021" },
    { "Fall 2018, Spring 2019", "2018", "2019" },
    { "Sept. 2015 \u2013 May. 2017", "2015-09", "2017-05" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *title = g_strdup_printf ("Lab Assistant\t%s", cases[c].dates);
      VitaeEntry *entry;

      add_line (lines, 230, 380, 24, 0, "Ilse Marrowby");
      add_line (lines, 120, 490, 10, 1, "ilse.marrowby@example.org");
      add_line (lines, 36, 104, 12, 18, "Experience");
      add_line_full (lines, 0, 47, 570, 11, 6, VITAE_TEXT_LINE_BOLD, title);
      add_line (lines, 61, 560, 10, 4, "\u2022\tPrepared the reagents for first-year chemistry classes");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[c].dates);
      entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
      g_assert_nonnull (entry);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Lab Assistant");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, cases[c].start);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, cases[c].end);
      g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 1);
      g_assert_cmpstr (bullet_text (entry, 0), ==, "Prepared the reagents for first-year chemistry classes");
    }
}

/* The dates read of a line are kept (vitae-import-dates.c): read again,
 * a line gives what it gave, dates or none, each time a string of its
 * own; so after more different lines than are kept. */
static void
test_dates_kept (void)
{
  static const struct
  {
    const char *text;
    gboolean    found;
    const char *start;
    const char *end;
  } cases[] = {
    { "Apr 2021 – Present", TRUE, "2021-04", "" },
    { "2016-17", TRUE, "2016", "2017" },
    { "Sorted the mail", FALSE, NULL, NULL },
  };

  for (guint round = 0; round < 3; round++)
    {
      for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
        {
          g_autofree char *start = NULL, *end = NULL;
          gboolean found = _vitae_import_parse_dates (cases[c].text, &start, &end);

          g_assert_cmpint (found, ==, cases[c].found);
          if (!found)
            continue;
          g_assert_cmpstr (start, ==, cases[c].start);
          g_assert_cmpstr (end, ==, cases[c].end);
        }
      for (guint n = 0; round == 1 && n < 5000; n++)
        {
          g_autofree char *line = g_strdup_printf ("Line %u of a long file", n);
          g_autofree char *start = NULL, *end = NULL;

          g_assert_false (_vitae_import_parse_dates (line, &start, &end));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();
  g_test_add_func ("/import-dates/shapes", test_shapes);
  g_test_add_func ("/import-dates/title-dates", test_title_dates);
  g_test_add_func ("/import-dates/dates-kept", test_dates_kept);
  return g_test_run ();
}
