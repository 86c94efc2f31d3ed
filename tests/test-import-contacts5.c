/* test-import-contacts5.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The e-mail addresses and phone numbers of imported PDFs where real
 * resumes set them otherwise, in our own words: a second address of the
 * person's beside the first (after a slash or a bar, on the next line
 * of the header or of a sidebar), while a referee's stay the referee's,
 * in their section or side by side with others';
 * a header's details that a page in columns reads after the first
 * heading, though they stand above it; a place's region before the
 * phone number that also labels other numbers; an address spelled out
 * ("at", "dot"); two numbers after one
 * label, apart by a spaced slash; a span of days and years
 * apart by a dash, no phone numbers; a phone number's digits that the
 * text layer sizes apart. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-lines.h"
#include "vitae-test-written.h"

/* How many profiles @document has. */
static guint
n_profiles (VitaeDocument *document)
{
  return g_list_model_get_n_items (vitae_document_get_profiles (document));
}

/* A short experience section after a header, a referee's section after
 * it, whose addresses are no one's but the referee's. */
static void
add_sections (GPtrArray *lines)
{
  add_line_full (lines, 0, 40, 160, 12, 18, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line (lines, 40, 560, 10, 6, "Harbour survey technician\t2019 - 2023");
  add_line (lines, 50, 560, 10, 2, "• Logged the tide gauges of four piers every morning.");
  add_line (lines, 50, 560, 10, 2, "• Drew the charts of the silt along the north quay.");
  add_line_full (lines, 0, 40, 160, 12, 18, VITAE_TEXT_LINE_BOLD, "REFERENCES");
  add_line (lines, 40, 560, 10, 6, "Prof. Ines Varga\tDr. Paul Okafor");
  add_line (lines, 40, 560, 10, 2, "Phone: +1 302 555 0188\tPhone: +1 302 555 0199");
  add_line (lines, 40, 560, 10, 2, "Email: i.varga@uni.example.edu\tEmail: p.okafor@uni.example.edu");
}

/* A header's two addresses of the person's: the first is the e-mail
 * address, the second is kept as well, however they stand apart. */
static void
test_second_address_in_header (void)
{
  static const char * const details[][2] = {
    { "e-mail: nora.lind@example.org / nlind@uni.example.edu", NULL },
    { "nora.lind@example.org | nlind@uni.example.edu | +1 302 555 0142", NULL },
    { "Personal: nora.lind@example.org", "University: nlind@uni.example.edu" },
    { "nora.lind@example.org, nlind@uni.example.edu", "+1 302 555 0142" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (details); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 240, 360, 20, 0, "Nora Lind");
      add_line (lines, 40, 320, 10, 8, details[k][0]);
      if (details[k][1] != NULL)
        add_line (lines, 40, 320, 10, 2, details[k][1]);
      add_sections (lines);
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", details[k][0]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "nora.lind@example.org");
      g_assert_true (has_profile (document, "nlind@uni.example.edu"));
      g_assert_false (has_profile (document, "i.varga@uni.example.edu"));
      g_assert_false (has_profile (document, "p.okafor@uni.example.edu"));
      g_assert_false (has_profile (document, "+1 302 555 0188"));
    }
}

/* A sidebar's details, one a line under their heading: the second
 * address, on the line after the first, is the person's too. */
static void
test_second_address_in_sidebar (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 240, 18, 0, "Nora Lind");
  add_line_full (lines, 0, 40, 110, 11, 14, VITAE_TEXT_LINE_BOLD, "CONTACT");
  add_line (lines, 40, 200, 10, 4, "nora.lind@example.org");
  add_line (lines, 40, 200, 10, 2, "nlind@uni.example.edu");
  add_line (lines, 40, 160, 10, 2, "+1 302 555 0142");
  add_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "nora.lind@example.org");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+1 302 555 0142");
  g_assert_true (has_profile (document, "nlind@uni.example.edu"));
  g_assert_cmpuint (n_profiles (document), ==, 1);
}

/* A referee's details in a section of its own, when the header gives
 * the person's address alone: none of them are kept as the person's. */
static void
test_referee_not_second (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 240, 360, 20, 0, "Nora Lind");
  add_line (lines, 40, 320, 10, 8, "nora.lind@example.org");
  add_sections (lines);
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "nora.lind@example.org");
  g_assert_false (vitae_node_has (VITAE_NODE (document), "phone"));
  g_assert_cmpuint (n_profiles (document), ==, 0);
}

/* Referees' details side by side, a column each, under a heading the
 * import does not know as theirs, when the person gave no phone number:
 * each label comes again on its row, and none is the person's. */
static void
test_referees_side_by_side (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 240, 360, 20, 0, "Nora Lind");
  add_line (lines, 40, 320, 10, 8, "nora.lind@example.org");
  add_line_full (lines, 0, 40, 160, 12, 18, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line (lines, 40, 560, 10, 6, "Harbour survey technician\t2019 - 2023");
  add_line (lines, 50, 560, 10, 2, "• Logged the tide gauges of four piers every morning.");
  add_line_full (lines, 0, 40, 200, 12, 18, VITAE_TEXT_LINE_BOLD, "ADVISORS\t______");
  add_line (lines, 20, 560, 10, 6, "Prof. Ines Varga\tDr. Paul Okafor\tDr. Hana Sato");
  add_line (lines, 20, 560, 10, 2, "Phone:+1 302 555 0188\tPhone: +1 302 555 0199\t00-950 Warszawa");
  add_line (lines, 20, 560, 10, 2, "Email: i.varga@uni.example.edu\tEmail: p.okafor@uni.example.edu\tPhone: 22 555 01 77");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "nora.lind@example.org");
  g_assert_false (vitae_node_has (VITAE_NODE (document), "phone"));
  g_assert_cmpuint (n_profiles (document), ==, 0);
}

/* Adds a line at @top points from the page's top. */
static void
add_line_at (GPtrArray  *lines,
             double      x,
             double      right,
             double      size,
             double      gap,
             double      top,
             guint       flags,
             const char *text)
{
  add_line_full (lines, 0, x, right, size, gap, flags, text)->top = top;
}

/* A page whose headings stand in a column of their own at the left,
 * over the text indented right of them: read as two columns, the
 * header's details (level with the name) come after the headings, though
 * they stand above the first. They are the person's; a line of another
 * column read so without a detail stays where it was. */
static void
test_details_read_after_headings (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line_at (lines, 57, 190, 24, 0, 48, VITAE_TEXT_LINE_BOLD, "Jonah Pike");
  add_line_at (lines, 57, 110, 12, 60, 138, VITAE_TEXT_LINE_BOLD, "Summary");
  add_line_at (lines, 57, 190, 12, 90, 250, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_at (lines, 223, 510, 11, 0, 48, 0, "Boise, ID | 208.555.0143 | jonah@pike.example | jonahpike.net");
  add_line_at (lines, 223, 540, 10, 90, 152, 0, "Field geologist who maps river terraces and trains the");
  add_line_at (lines, 223, 540, 10, 1, 164, 0, "volunteers who sample them each summer.");
  add_line_at (lines, 223, 490, 11, 60, 264, VITAE_TEXT_LINE_BOLD, "Snake River Survey / Field Geologist");
  add_line_at (lines, 223, 430, 9, 1, 277, 0, "2019 – 2024, Boise, ID");
  add_line_at (lines, 241, 540, 10, 1, 289, 0, "● Mapped forty kilometres of terraces with a drone and a rod.");
  add_line_at (lines, 241, 540, 10, 1, 301, 0, "● Trained twelve volunteers in sampling the gravel beds.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Jonah Pike");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "jonah@pike.example");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "208.555.0143");
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (document), "summary"), "208"));
}

/* A place before the phone number among a header's details, its region
 * a code that also labels another number ("Boise, ID": Idaho, not an
 * identity number's label): the number is the phone. */
static void
test_region_before_phone (void)
{
  static const char * const details[] = {
    "Boise, ID | 208-555-0143 | jonah@pike.example",
    "Boise, ID\t(208) 555-0143\tjonah@pike.example",
  };

  for (guint k = 0; k < G_N_ELEMENTS (details); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 240, 360, 20, 0, "Jonah Pike");
      add_line (lines, 100, 500, 10, 8, details[k]);
      add_sections (lines);
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", details[k]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "jonah@pike.example");
      g_assert_nonnull (strstr (vitae_node_get_text (VITAE_NODE (document), "phone"), "555-0143"));
    }
}

/* An address spelled out to keep robots off, "at" and "dot" in words,
 * alone among the header's details: the e-mail address. Words that
 * only look so ("Research at Lund dot matrix") stay words. */
static void
test_spelled_address (void)
{
  static const struct { const char *details; const char *email; } cases[] = {
    { "nora at example dot org | +44 20 7946 0958", "nora@example.org" },
    { "+44 20 7946 0958 \u00b7 n.lind AT uni DOT example DOT edu", "n.lind@uni.example.edu" },
    { "Research at Lund dot matrix | +44 20 7946 0958", "" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 240, 360, 20, 0, "Nora Lind");
      add_line (lines, 100, 500, 10, 8, cases[k].details);
      add_sections (lines);
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[k].details);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, cases[k].email);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+44 20 7946 0958");
    }
}

/* Two phone numbers after one label, apart by a spaced slash, among a
 * header's details: the first is the phone, the second is kept, each
 * whole. */
static void
test_two_numbers_after_label (void)
{
  static const char * const details[] = {
    "Tel. 0171 5550142 / 030 5550199 \u00b7 nora.lind@example.org",
    "nora.lind@example.org | Phone: 0171 5550142 / 030 5550199",
  };

  for (guint k = 0; k < G_N_ELEMENTS (details); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 240, 360, 20, 0, "Nora Lind");
      add_line (lines, 100, 500, 10, 8, details[k]);
      add_sections (lines);
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", details[k]);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "0171 5550142");
      g_assert_true (has_profile (document, "030 5550199"));
    }
}

/* An item's span of days in its own cell at the right ("10/14-17/2021":
 * a meeting's) is no phone number, however many digits it has. */
static void
test_span_of_days_no_phone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 240, 360, 20, 0, "Nora Lind");
  add_line (lines, 40, 320, 10, 8, "nora.lind@example.org");
  add_line_full (lines, 0, 40, 160, 12, 18, VITAE_TEXT_LINE_BOLD, "CONFERENCES");
  add_line (lines, 40, 540, 10, 6, "•\tCoastal Sediment Meeting, Denver, CO\t10/14-17/2021");
  add_line (lines, 40, 540, 10, 2, "•\tTide and Silt Workshop, Halifax, NS\t06/03-05/2019");
  document = vitae_import_lines (lines, NULL);

  g_assert_false (vitae_node_has (VITAE_NODE (document), "phone"));
}

/* A one-page PDF written by hand around the content stream @content:
 * /F1 is Helvetica; /T1 and /T2 are two fonts of drawn glyphs (Type 3)
 * that draw the same box for each sign of a phone number, named
 * without a letter's name and read through a map to Unicode, as some
 * designers' PDFs are; /T2's space is narrower, and the text layer,
 * which guesses a size for such fonts from a glyph's width, gives its
 * glyphs a smaller size and a shorter box than /T1's, though both print
 * alike. */
static GBytes *
signs_pdf (const char *content)
{
  static const char signs[] = " ()-0123456789";
  g_autoptr(GString) procs = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) cmap = g_string_new (NULL);
  g_autoptr(GString) widths = g_string_new (NULL);
  g_autofree char *font_wide = NULL;
  g_autofree char *font_narrow = NULL;
  char **fonts[2] = { &font_wide, &font_narrow };
  g_autofree char *map = NULL;
  const char *objects[9] = { NULL, };
  static const char glyph[] = "500 0 50 0 450 700 d1 50 0 400 700 re f";

  for (const char *c = signs; *c; c++)
    {
      g_string_append_printf (procs, " /C%d 8 0 R", *c);
      g_string_append_printf (names, " %d /C%d", *c, *c);
      g_string_append_printf (cmap, "<%02X> <%04X>\n", *c, *c);
    }
  for (int code = 33; code <= 57; code++)
    g_string_append (widths, " 500");
  for (guint k = 0; k < 2; k++)
    *fonts[k] = g_strdup_printf ("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 0 0] /FontMatrix [0.001 0 0 0.001 0 0] "
                                "/CharProcs <<%s >> /Encoding << /Type /Encoding /Differences [%s ] >> "
                                "/FirstChar 32 /LastChar 57 /Widths [ %d%s ] /ToUnicode 9 0 R /Resources << >> >>",
                                procs->str, names->str, k == 0 ? 500 : 150, widths->str);
  map = g_strdup_printf ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Signs def "
                         "/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange %u beginbfchar\n%s"
                         "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
                         (guint) strlen (signs), cmap->str);
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Count 1 /Kids [ 3 0 R ] >>";
  objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               "/Resources << /Font << /F1 4 0 R /T1 5 0 R /T2 6 0 R >> >> /Contents 7 0 R >>";
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[4] = font_wide;
  objects[5] = font_narrow;
  objects[6] = content;
  objects[7] = glyph;
  objects[8] = map;
  return written_pdf_objects (objects, 9, 6);
}

/* A phone number in a sidebar, two of its digits from a font of drawn
 * glyphs that the text layer sizes smaller and sets in a shorter box,
 * though they print as the others do (and words of the text so): the
 * digits are read in their place, the number whole. */
static void
test_digits_sized_apart (void)
{
  static const char content[] =
    "BT /F1 24 Tf 60 780 Td (Ines Varga) Tj ET\n"
    "BT /T1 16 Tf 360 790 Td ((21) 97) Tj /T2 16 Tf (53) Tj /T1 16 Tf (1-0486) Tj ET\n"
    "BT /F1 14 Tf 60 730 Td (Experience) Tj ET\n"
    "BT /F1 10 Tf 60 706 Td (Harbour survey technician, 2019 - 2023) Tj ET\n"
    "BT /F1 10 Tf 72 690 Td (- Logged the tide gauges of four piers every morning.) Tj ET\n"
    "BT /F1 10 Tf 72 676 Td (- Drew the charts of the silt along the north quay.) Tj ET\n";
  g_autoptr(GBytes) pdf = signs_pdf (content);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(VitaeDocument) document = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    g_test_message ("%s", ((VitaeTextLine *) g_ptr_array_index (lines, i))->text);
  document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "written.pdf", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "(21) 97531-0486");
}

/* Years apart by an en dash or an em dash, alone in a cell before an
 * entry ("2009–2013": a page in columns may read them before the first
 * heading) or after a label in a list's item, are no phone number,
 * however many digits they have; the phone comes later. */
static void
test_years_with_dash_no_phone (void)
{
  static const char * const dashes[] = { "\u2013", "\u2014" };

  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;
      g_autofree char *school = g_strdup_printf ("2009%s2013\tSecondary school, Kranj", dashes[k]);
      g_autofree char *degree = g_strdup_printf ("2013%s2016\tDegree in Geodesy, University of Ljubljana", dashes[k]);
      g_autofree char *award = g_strdup_printf ("\u25e6 Dean\u2019s List: 2014%s2015", dashes[k]);

      add_line (lines, 240, 360, 20, 0, "Nora Lind");
      add_line (lines, 40, 320, 10, 8, "nora.lind@example.org");
      add_line (lines, 40, 540, 10, 30, school);
      add_line (lines, 40, 540, 10, 4, degree);
      add_line_full (lines, 0, 40, 160, 12, 18, VITAE_TEXT_LINE_BOLD, "AWARDS");
      add_line (lines, 50, 300, 10, 6, award);
      add_line_full (lines, 0, 40, 160, 12, 18, VITAE_TEXT_LINE_BOLD, "CONTACT");
      add_line (lines, 40, 200, 10, 4, "031 555 017");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", school);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "031 555 017");
      g_assert_cmpuint (n_profiles (document), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts5/second-address-in-header", test_second_address_in_header);
  g_test_add_func ("/import-contacts5/second-address-in-sidebar", test_second_address_in_sidebar);
  g_test_add_func ("/import-contacts5/referee-not-second", test_referee_not_second);
  g_test_add_func ("/import-contacts5/referees-side-by-side", test_referees_side_by_side);
  g_test_add_func ("/import-contacts5/details-read-after-headings", test_details_read_after_headings);
  g_test_add_func ("/import-contacts5/region-before-phone", test_region_before_phone);
  g_test_add_func ("/import-contacts5/spelled-address", test_spelled_address);
  g_test_add_func ("/import-contacts5/two-numbers-after-label", test_two_numbers_after_label);
  g_test_add_func ("/import-contacts5/span-of-days-no-phone", test_span_of_days_no_phone);
  g_test_add_func ("/import-contacts5/years-with-dash-no-phone", test_years_with_dash_no_phone);
  g_test_add_func ("/import-contacts5/digits-sized-apart", test_digits_sized_apart);
  return g_test_run ();
}
