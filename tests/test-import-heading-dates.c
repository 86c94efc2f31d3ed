/* test-import-heading-dates.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dates of an entry's heading set alone on their line, starting with
 * a month's name or a season in any language Vitae reads: that word is
 * part of the dates, never the role, the employer or the school. The
 * lines are given as the reader's, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

static const char *
field_of (VitaeDocument    *document,
          VitaeSectionKind  kind,
          guint             index,
          const char       *key)
{
  VitaeEntry *entry = entry_at (document, kind, index);

  g_assert_nonnull (entry);
  return vitae_node_has (VITAE_NODE (entry), key) ? vitae_node_get_text (VITAE_NODE (entry), key) : NULL;
}

/* Spans and single dates alone on a line under a role's line, in
 * Spanish, French, German and English, a month shortened or not. */
static void
test_month_starts_dates (void)
{
  static const struct
  {
    const char *dates;
    const char *start;
    const char *end;
  } cases[] = {
    { "Abril 2018 \u2013 Junio 2020", "2018-04", "2020-06" },
    { "Juillet 2021 - Pr\u00e9sent", "2021-07", NULL },
    { "Sept 2019", NULL, "2019-09" },
    { "OKTOBER 2016 \u2013 M\u00c4RZ 2019", "2016-10", "2019-03" },
    { "August 2017 - May 2021", "2017-08", "2021-05" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 230, 380, 24, 0, "Ilse Marrowby");
      add_line (lines, 120, 490, 10, 1, "ilse.marrowby@example.org");
      add_line (lines, 36, 104, 12, 18, "Experience");
      add_line (lines, 47, 570, 11, 6, "Orchard Keeper");
      add_line (lines, 47, 300, 10, 4, cases[c].dates);
      add_line (lines, 61, 560, 10, 4, "\u2022\tPruned two hundred apple trees every winter by hand");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[c].dates);
      g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
      g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, 0, "role"), ==, "Orchard Keeper");
      g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, 0, "start"), ==, cases[c].start);
      g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, 0, "end"), ==, cases[c].end);
    }
}

/* A school alone on a line, read for want of dates as a paragraph, over
 * its dates alone: one entry. An internship is a role; a span of years
 * is dates, not a school. */
static void
test_heading_over_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 230, 380, 24, 0, "Ilse Marrowby");
  add_line (lines, 120, 490, 10, 1, "ilse.marrowby@example.org");
  add_line (lines, 36, 104, 12, 18, "Education");
  add_line (lines, 47, 260, 11, 6, "Lakeshore Institute of Technology");
  add_line (lines, 47, 300, 10, 4, "Sep. 2012 \u2013 Jun. 2016");
  add_line (lines, 61, 560, 10, 4, "\u2022\tWrote a thesis on the silt of two mountain lakes");
  add_line (lines, 47, 260, 11, 6, "Harbour Grammar School");
  add_line (lines, 47, 300, 10, 4, "2008 \u2013 2012");
  add_line (lines, 36, 104, 12, 18, "Experience");
  add_line (lines, 47, 260, 11, 6, "Fieldwork Internship");
  add_line (lines, 47, 300, 10, 4, "Mayo 2015 \u2013 Agosto 2015");
  add_line (lines, 61, 560, 10, 4, "\u2022\tSampled the water of nine wells each week of the summer");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 2);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "organization"), ==, "Lakeshore Institute of Technology");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "start"), ==, "2012-09");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 0, "end"), ==, "2016-06");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EDUCATION, 0)), ==, 1);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "organization"), ==, "Harbour Grammar School");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "start"), ==, "2008");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EDUCATION, 1, "end"), ==, "2012");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, 0, "role"), ==, "Fieldwork Internship");
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, 0, "organization"), ==, NULL);
  g_assert_cmpstr (field_of (document, VITAE_SECTION_EXPERIENCE, 0, "start"), ==, "2015-05");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-heading-dates/month-starts-dates", test_month_starts_dates);
  g_test_add_func ("/import-heading-dates/heading-over-dates", test_heading_over_dates);
  return g_test_run ();
}
