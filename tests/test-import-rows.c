/* test-import-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the rows of imported PDFs read, in layouts met in real resumes:
 * icons that an icon font writes as letters, a column of labels whose
 * dates wrap beside the list they label, a sidebar set at its own
 * leading or in the page's last quarter, a small sign inside a line,
 * entries set as a word processor's nested list. Each page is
 * written or drawn here, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-written.h"

static VitaeDocument *
import_written (const char *content,
                const char *icon_font)
{
  g_autoptr(GBytes) pdf = written_pdf (content, icon_font);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  VitaeDocument *document;

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f size %.1f flags %u: %s", line->x, line->size, line->flags, line->text);
    }
  document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "written.pdf", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* A LaTeX CV whose list items are marked with a ring, and whose phone
 * and mail have icons, all from a font of icons that the text layer
 * reads as ASCII letters ("{", "H", "B"): the items read without the
 * letter, and the contact details too. */
static void
test_icon_font_letters (void)
{
  static const char content[] =
    "BT /F1 26 Tf 60 780 Td (Oriana Valdez) Tj ET\n"
    "BT /F3 9 Tf 420 790 Td (H) Tj ET BT /F1 9 Tf 432 790 Td (+351 912 345 678) Tj ET\n"
    "BT /F3 9 Tf 420 778 Td (B) Tj ET BT /F1 9 Tf 432 778 Td (oriana@example.org) Tj ET\n"
    "BT /F1 14 Tf 60 730 Td (Experience) Tj ET\n"
    "BT /F2 10 Tf 60 706 Td (Tidewater Instruments, Porto) Tj ET\n"
    "BT /F1 10 Tf 480 706 Td (2019 - 2023) Tj ET\n"
    "BT /F3 10 Tf 72 690 Td ({) Tj ET BT /F1 10 Tf 84 690 Td (Designed the sampling board of a tide gauge.) Tj ET\n"
    "BT /F3 10 Tf 72 676 Td ({) Tj ET BT /F1 10 Tf 84 676 Td (Cut the bill of materials by a fifth.) Tj ET\n"
    "BT /F2 10 Tf 60 652 Td (Lumen Kitchens, Braga) Tj ET\n"
    "BT /F1 10 Tf 480 652 Td (2016 - 2019) Tj ET\n"
    "BT /F3 10 Tf 72 636 Td ({) Tj ET BT /F1 10 Tf 84 636 Td (Wrote the oven controller's firmware in C.) Tj ET\n"
    "BT /F3 10 Tf 72 622 Td ({) Tj ET BT /F1 10 Tf 84 622 Td (Kept the test bench running for three product lines.) Tj ET\n";
  g_autoptr(VitaeDocument) document = import_written (content, "MarVoSym");
  VitaeNode *basics = VITAE_NODE (document);
  VitaeEntry *first, *second;

  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Oriana Valdez");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "oriana@example.org");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "+351 912 345 678");
  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 2);
  g_assert_cmpstr (bullet_text (first, 0), ==, "Designed the sampling board of a tide gauge.");
  g_assert_cmpstr (bullet_text (first, 1), ==, "Cut the bill of materials by a fifth.");
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 2);
  g_assert_cmpstr (bullet_text (second, 1), ==, "Kept the test bench running for three product lines.");
}

/* The same CV with its list marks in the font of icons, beside a column
 * of labels (right aligned 6 points left of the text, with Helvetica's
 * widths): the ring after a label is the item's mark, and the label is a
 * cell of its own, however narrow the gap after it. */
static void
test_icon_after_label (void)
{
  static const char content[] =
    "BT /F1 24 Tf 60 780 Td (Marta Quaresma) Tj ET\n"
    "BT /F1 10 Tf 150 760 Td (marta.q@example.org) Tj ET\n"
    "BT /F1 14 Tf 150 730 Td (Experience) Tj ET\n"
    "BT /F1 10 Tf 121.76 706 Td (2019) Tj ET BT /F2 10 Tf 150 706 Td (Harbour Survey Office, Faro.) Tj ET\n"
    "BT /F1 10 Tf 102.87 692 Td (6 months) Tj ET BT /F3 10 Tf 150 692 Td ({) Tj ET\n"
    "BT /F1 10 Tf 161 692 Td (Mapped the seabed of the inner harbour.) Tj ET\n"
    "BT /F3 10 Tf 150 678 Td ({) Tj ET BT /F1 10 Tf 161 678 Td (Logged the tide readings for the port authority.) Tj ET\n"
    "BT /F1 10 Tf 121.76 654 Td (2017) Tj ET BT /F2 10 Tf 150 654 Td (Assistant, Coastal Lab, Olhao.) Tj ET\n"
    "BT /F3 10 Tf 150 640 Td ({) Tj ET BT /F1 10 Tf 161 640 Td (Counted the seagrass shoots along two transects.) Tj ET\n"
    "BT /F1 14 Tf 150 610 Td (Education) Tj ET\n"
    "BT /F1 10 Tf 87.2 586 Td (2012 - 2016) Tj ET BT /F2 10 Tf 150 586 Td (Marine Biology, University of Algarve.) Tj ET\n";
  g_autoptr(VitaeDocument) document = import_written (content, "MarVoSym");
  VitaeEntry *first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_autofree char *text = vitae_text_export (document);

  g_test_message ("%s", text);
  g_assert_nonnull (first);
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 2);
  g_assert_cmpstr (bullet_text (first, 0), ==, "Mapped the seabed of the inner harbour.");
  g_assert_cmpstr (bullet_text (first, 1), ==, "Logged the tide readings for the port authority.");
  g_assert_nonnull (strstr (text, "6 months"));
}

/* Headings after an icon of an icon font that the text layer reads as a
 * sign of no Latin letter (WinAnsi's 0x88, a modifier circumflex, as
 * FontAwesome's glyphs read outside the Latin alphabets): the icon is
 * no part of the heading, and the items under "Education" are its
 * entry's, not keywords of the skills above. */
static void
test_icon_font_signs (void)
{
  static const char content[] =
    "BT /F1 26 Tf 60 780 Td (Ilse Marrow) Tj ET\n"
    "BT /F1 9 Tf 420 790 Td (ilse.marrow@example.org) Tj ET\n"
    "BT /F3 14 Tf 60 730 Td (\\210) Tj ET BT /F2 14 Tf 84 730 Td (SKILLS) Tj ET\n"
    "BT /F1 10 Tf 60 710 Td (Languages: Rust, Ada, Lua) Tj ET\n"
    "BT /F1 10 Tf 60 696 Td (Tools: Meson, GDB, Valgrind) Tj ET\n"
    "BT /F3 14 Tf 60 666 Td (\\210) Tj ET BT /F2 14 Tf 84 666 Td (EDUCATION) Tj ET\n"
    "BT /F2 10 Tf 60 646 Td (Bachelor of Marine Engineering / 2021) Tj ET\n"
    "BT /F1 10 Tf 60 632 Td (Polytechnic of the North Sea, Den Helder) Tj ET\n"
    "BT /F1 10 Tf 60 618 Td (\\225 Spent two terms on a survey vessel) Tj ET\n"
    "BT /F1 10 Tf 60 604 Td (\\225 Focused on fluid dynamics) Tj ET\n";
  g_autoptr(VitaeDocument) document = import_written (content, "FontAwesome5Free-Solid");
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_autofree char *text = vitae_text_export (document);

  g_test_message ("%s", text);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Spent two terms on a survey vessel");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Focused on fluid dynamics");
}

/* Items in the manner of moderncv's list, its ring from the font of
 * icons (read "{"), each wrapping under its text and set as close to
 * the next as to its own lines, the first ending in an initial
 * ("Co-I."): the ring at the same place before each
 * item's text is a list's mark, not an icon, so each item is one of its
 * own, not a paragraph with the item after it. */
static void
test_icon_font_list_marks (void)
{
  static const char content[] =
    "BT /F1 26 Tf 60 780 Td (Inez Faria) Tj ET\n"
    "BT /F1 9 Tf 420 790 Td (inez.faria@example.org) Tj ET\n"
    "BT /F1 14 Tf 150 730 Td (Field Work) Tj ET\n"
    "BT /F3 10 Tf 72 706 Td ({) Tj ET BT /F1 10 Tf 84 706 Td (Sea trials: ran the sonar checks on the research "
    "vessel Aurora for the survey of the) Tj ET\n"
    "BT /F1 10 Tf 84 692.4 Td (northern shelf in 2021 and logged the depth readings for the mapping team. "
    "Also on) Tj ET\n"
    "BT /F1 10 Tf 84 678.8 Td (board for the second leg of the survey, led by Prof. A. Moreira, as her Co-I.) Tj ET\n"
    "BT /F3 10 Tf 72 665.3 Td ({) Tj ET BT /F1 10 Tf 84 665.3 Td (Lake station: kept the weather station of the "
    "lake institute running for two winters) Tj ET\n"
    "BT /F1 10 Tf 84 651.7 Td (and changed its batteries on each visit \\(2019 - 2020\\).) Tj ET\n";
  g_autoptr(VitaeDocument) document = import_written (content, "MarVoSym");
  g_autoptr(GBytes) pdf = written_pdf (content, "MarVoSym");
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, NULL);
  VitaeSection *section = NULL;
  VitaeEntry *entry;
  guint n_marked = 0;

  /* (The reader writes the ring as the list's mark "•", where it stands.) */
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (strstr (line->text, "Sea trials") == NULL && strstr (line->text, "Lake station") == NULL)
        continue;
      g_assert_true (g_str_has_prefix (line->text, "•"));
      g_assert_cmpfloat (line->x, <, 73);
      g_assert_false (line->flags & VITAE_TEXT_LINE_ICON);
      n_marked++;
    }
  g_assert_cmpuint (n_marked, ==, 2);
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    if (g_strcmp0 (vitae_section_get_title (vitae_document_get_section (document, i)), "Field Work") == 0)
      section = vitae_document_get_section (document, i);
  g_assert_nonnull (section);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  entry = vitae_section_get_entry (section, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==,
                   "Sea trials: ran the sonar checks on the research vessel Aurora for the survey of the northern "
                   "shelf in 2021 and logged the depth readings for the mapping team. Also on board for the second leg "
                   "of the survey, led by Prof. A. Moreira, as her Co-I.");
  g_assert_cmpstr (bullet_text (entry, 1), ==,
                   "Lake station: kept the weather station of the lake institute running for two winters and "
                   "changed its batteries on each visit (2019 - 2020).");
}

/* The same letters in a text font are text: a row that starts with "{"
 * in Helvetica keeps it. */
static void
test_text_font_letters (void)
{
  g_autoptr(GBytes) pdf = written_pdf ("BT /F1 10 Tf 72 690 Td ({ Designed the sampling board.) Tj ET\n", "MarVoSym");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (((VitaeTextLine *) g_ptr_array_index (lines, 0))->text, ==, "{ Designed the sampling board.");
}

/* A CV in the manner of LaTeX's moderncv: a column of labels, right
 * aligned 6 points left of where the text starts (x 150), holds the
 * dates, and a long date wraps beside the entry's first list items.
 * The narrow gap after a label is a cell's end all the same. */
static void
draw_label_column (cairo_t *cr)
{
  draw_text (cr, 60, 40, "Benedita Sousa", 24, FALSE);
  draw_text (cr, 150, 76, "benedita.sousa@example.org", 10, FALSE);
  draw_text (cr, 150, 110, "Experience", 14, FALSE);
  draw_right_aligned (cr, 144, 134, "March", 10);
  draw_text (cr, 150, 134, "Field Technician, Northwind Farms, Leiria.", 10, TRUE);
  draw_right_aligned (cr, 144, 148, "2018 -", 10);
  draw_text (cr, 150, 148, "• Calibrated the soil sensors of forty fields every spring", 10, FALSE);
  draw_right_aligned (cr, 144, 162, "June 2021", 10);
  draw_text (cr, 150, 162, "• Trained six seasonal workers on the irrigation controllers", 10, FALSE);
  draw_text (cr, 150, 176, "• Kept the spare parts log for the whole cooperative", 10, FALSE);
  draw_right_aligned (cr, 144, 200, "2016", 10);
  draw_text (cr, 150, 200, "Intern, Atlantic Seed Bank, Aveiro.", 10, TRUE);
  draw_right_aligned (cr, 144, 214, "4 months", 10);
  draw_text (cr, 150, 214, "• Sorted and labelled two thousand seed samples", 10, FALSE);
  draw_text (cr, 150, 228, "• Photographed the samples for the online catalogue", 10, FALSE);
  draw_text (cr, 150, 262, "Education", 14, FALSE);
  draw_right_aligned (cr, 144, 286, "2012 - 2016", 10);
  draw_text (cr, 150, 286, "Agronomy, University of Coimbra.", 10, TRUE);
  draw_text (cr, 150, 300, "Thesis on the drip irrigation of terraced vineyards", 10, FALSE);
}

static void
test_label_column (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GBytes) pdf = drawn_pdf (draw_label_column);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  VitaeEntry *first, *second;
  gboolean found = FALSE;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  log_lines (draw_label_column);
  for (guint i = 0; i < lines->len; i++)
    found |= g_str_has_prefix (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, "2018 -\t• Calibrated");
  g_assert_true (found);

  document = import_drawn (draw_label_column);
  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "start"), ==, "2018-03");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "end"), ==, "2021-06");
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 3);
  g_assert_cmpstr (bullet_text (first, 0), ==, "Calibrated the soil sensors of forty fields every spring");
  g_assert_cmpstr (bullet_text (first, 1), ==, "Trained six seasonal workers on the irrigation controllers");
  /* A label that is no date ("4 months") stays with the entry. */
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 2);
  g_assert_cmpstr (bullet_text (second, 0), ==, "Sorted and labelled two thousand seed samples");
  g_assert_nonnull (strstr (text, "Aveiro. 4 months | 2016\n"));
}

/* A page with a sidebar at the right whose lines are set at their own
 * leading: each of them shares a row with a line of the main column, a
 * few points off its baseline, and fewer lines start at the sidebar
 * than a quarter of the page's rows. The sidebar reads after the main
 * column, not cell by cell beside it. */
static void
draw_offset_sidebar (cairo_t *cr)
{
  draw_text (cr, 30, 30, "Irene Castelo", 20, FALSE);
  draw_text (cr, 30, 64, "Experience", 11, TRUE);
  for (guint k = 0; k < 44; k++)
    {
      g_autofree char *main_line = g_strdup_printf ("Surveyed reach %u of the river bed with the harbour crew", k + 1);

      draw_text (cr, 40, 84 + 16 * k, main_line, 8, FALSE);
    }
  for (guint m = 0; m < 8; m++)
    {
      g_autofree char *side_line = g_strdup_printf ("Sidebar skill %c", 'A' + m);

      draw_text (cr, 420, 86.5 + 32 * m, side_line, 8, FALSE);
    }
}

static void
test_offset_sidebar (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_offset_sidebar);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  guint first_side = G_MAXUINT, last_main = 0;

  g_assert_no_error (error);
  log_lines (draw_offset_sidebar);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *text = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      g_assert_false (strstr (text, "Surveyed") != NULL && strstr (text, "Sidebar") != NULL);
      if (strstr (text, "Sidebar") != NULL)
        first_side = MIN (first_side, i);
      if (strstr (text, "Surveyed") != NULL)
        last_main = i;
    }
  g_assert_cmpuint (first_side, >, last_main);
}

/* A LaTeX CV quotes a title with a math font's "≪", set small and a
 * little above the baseline, and its side heading stands a little
 * higher than the line beside it: the small sign takes no part of the
 * line away with it. A math font's sign that reads as a control
 * character takes its place between two words. */
static void
test_small_sign (void)
{
  static const char content[] =
    "BT /F1 20 Tf 40 800 Td (Tome Aguiar) Tj ET\n"
    "BT /F1 9 Tf 150 780 Td (tome.aguiar@example.org) Tj ET\n"
    "BT /F2 9 Tf 40 742 Td (Teaching) Tj ET\n"
    "BT /F1 9 Tf 150 740 Td (T. Aguiar.) Tj ET\n"
    "BT /F1 3.5 Tf 197 741 Td (<) Tj ET\n"
    "BT /F1 9 Tf 204 740 Td (Python for surveyors, a course of six evenings) Tj ET\n"
    "BT /F1 9 Tf 150 726 Td (Marked the lab reports of forty students) Tj ET\n"
    "BT /F1 9 Tf 150 712 Td (R. Lopes.) Tj ET BT /F3 9 Tf 191 712 Td (\\034) Tj ET\n"
    "BT /F1 9 Tf 199 712 Td (Tide tables by hand) Tj ET\n";
  g_autoptr(GBytes) pdf = written_pdf (content, "MathSigns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *text = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      g_test_message ("%s", text);
      found |= g_str_has_prefix (text, "Teaching\t") &&
               g_str_has_suffix (text, "Python for surveyors, a course of six evenings");
      /* A sign read as a control character stands between the words: no
       * gap as wide as a tab. */
      if (g_str_has_prefix (text, "R. Lopes."))
        g_assert_cmpstr (text, ==, "R. Lopes. Tide tables by hand");
    }
  g_assert_true (found);
}

/* A page with a narrow sidebar in its last quarter (from 79 % of its
 * width), with headings of its own set larger than the text, and lines
 * that share rows with the main column's: the sidebar reads after the
 * main column. */
static void
draw_narrow_sidebar (cairo_t *cr)
{
  draw_text (cr, 34, 30, "Oskar Lindqvist", 20, TRUE);
  draw_text (cr, 34, 90, "Experience", 12, TRUE);
  for (guint k = 0; k < 30; k++)
    {
      g_autofree char *main_line = g_strdup_printf ("• Calibrated pump station %u and logged its pressures", k + 1);

      draw_text (cr, 50, 120 + 14 * k, main_line, 7, FALSE);
    }
  draw_text (cr, 470, 112, "SKILLS", 12, TRUE);
  for (guint m = 0; m < 8; m++)
    {
      g_autofree char *side_line = g_strdup_printf ("Sidebar tool %c", 'A' + m);

      draw_text (cr, 470, 150 + 20 * m, side_line, 7, FALSE);
    }
  draw_text (cr, 470, 330, "LANGUAGES", 12, TRUE);
  draw_text (cr, 470, 352, "Sidebar Swedish", 7, FALSE);
}

/* The same page with a column of places, in the same size as the text,
 * at 79 % of its width: no sidebar, the places stay on their rows. */
static void
draw_places_column (cairo_t *cr)
{
  draw_text (cr, 34, 30, "Oskar Lindqvist", 20, TRUE);
  draw_text (cr, 34, 90, "Experience", 12, TRUE);
  for (guint k = 0; k < 30; k++)
    {
      g_autofree char *main_line = g_strdup_printf ("• Calibrated pump station %u and logged its pressures", k + 1);

      draw_text (cr, 50, 120 + 14 * k, main_line, 7, FALSE);
      if (k % 3 == 0)
        draw_text (cr, 470, 120 + 14 * k, "Place Uppsala", 7, FALSE);
    }
}

static void
test_narrow_sidebar (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_narrow_sidebar);
  g_autoptr(GBytes) places = drawn_pdf (draw_places_column);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(GPtrArray) place_lines = NULL;
  guint first_side = G_MAXUINT, last_main = 0, n_beside = 0;

  g_assert_no_error (error);
  log_lines (draw_narrow_sidebar);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *text = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      g_assert_false (strstr (text, "Calibrated") != NULL && strstr (text, "Sidebar") != NULL);
      if (strstr (text, "Sidebar") != NULL)
        first_side = MIN (first_side, i);
      if (strstr (text, "Calibrated") != NULL)
        last_main = i;
    }
  g_assert_cmpuint (first_side, >, last_main);

  place_lines = vitae_pdf_read_lines (places, 10, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < place_lines->len; i++)
    n_beside += g_str_has_suffix (((VitaeTextLine *) g_ptr_array_index (place_lines, i))->text, "\tPlace Uppsala");
  g_assert_cmpuint (n_beside, ==, 10);
}

/* Draws @text in DejaVu Sans at @size (in points, as Pango reads them)
 * with its baseline at @baseline. */
static void
draw_on_baseline (cairo_t    *cr,
                  double      x,
                  double      baseline,
                  const char *text,
                  double      size,
                  gboolean    right_aligned)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, right_aligned ? x - (double) logical.width / PANGO_SCALE : x,
                 baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* A CV in a monospaced font: every word starts on a grid, so words of
 * one length start many rows' second words at one x, where other rows
 * start too. A space as wide as the others is no label's end. */
static void
draw_monospaced (cairo_t *cr)
{
  const char *rows[] = {
    "Maintenance and development of the billing backend in Erlang.",
    "            Wrote the first version of its rate limiter.",
    "Participant of the review team for the payment gateway.",
    "            Kept its test suite green for two years.",
    "Outsourcing for a vendor of telephone exchanges.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans Mono 8");

      pango_layout_set_font_description (layout, description);
      pango_layout_set_text (layout, rows[i], -1);
      cairo_move_to (cr, 40, 100 + 14 * i);
      pango_cairo_show_layout (cr, layout);
      pango_font_description_free (description);
      g_object_unref (layout);
    }
}

static void
test_monospaced (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_monospaced);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  log_lines (draw_monospaced);
  g_assert_cmpuint (lines->len, ==, 5);
  for (guint i = 0; i < lines->len; i++)
    g_assert_null (strchr (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, '\t'));
}

/* A German-style CV as a word processor sets it: field names and dates
 * right aligned in a column of labels, each on the baseline of its value
 * or entry beside it, and many lines starting where the values do. The
 * labels are no column of their own: each reads with its value. */
static void
draw_form_labels (cairo_t *cr)
{
  const char *fields[][2] = {
    { "Name", "Leonor Batista" }, { "Address", NULL }, { "Mobile", "0176 5550123" },
    { "E-mail", "leonor.b@example.org" }, { "Born", "03.02.1990 Porto" }, { "Status", "single" },
  };
  double y = 120;

  draw_text (cr, 60, 20, "Curriculum Vitae", 10, FALSE);
  draw_text (cr, 205, 90, "Personal details", 13, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++, y += 16)
    {
      draw_on_baseline (cr, 190, y, fields[i][0], 9, TRUE);
      if (fields[i][1] != NULL)
        draw_on_baseline (cr, 205, y, fields[i][1], 9, FALSE);
    }
  draw_text (cr, 205, 230, "Experience", 13, FALSE);
  y = 270;
  for (guint e = 0; e < 4; e++, y += 70)
    {
      g_autofree char *dates = g_strdup_printf ("%u – %u", 2012 + 2 * e, 2014 + 2 * e);
      g_autofree char *title = g_strdup_printf ("Technician, Porto Labs %u", e + 1);

      draw_on_baseline (cr, 190, y, dates, 9, TRUE);
      draw_on_baseline (cr, 205, y, title, 9, FALSE);
      draw_on_baseline (cr, 215, y + 16, "• Calibrated the spectrometers every week", 9, FALSE);
      draw_on_baseline (cr, 215, y + 32, "• Kept the sample register", 9, FALSE);
    }
}

static void
test_form_labels (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeNode *basics;
  VitaeEntry *entry;

  log_lines (draw_form_labels);
  document = import_drawn (draw_form_labels);
  basics = VITAE_NODE (document);
  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Leonor Batista");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "leonor.b@example.org");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "0176 5550123");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 3);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2018");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* A line of a word processor's PDF, as the reader gives it. */
static void
add_line (GPtrArray  *lines,
          double      x,
          double      size,
          double      gap,
          const char *text)
{
  VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

  line->text = g_strdup (text);
  line->x = x;
  line->right = x + 6 * g_utf8_strlen (text, -1);
  line->size = size;
  line->gap = gap;
  line->tab_x = -1;
  g_ptr_array_add (lines, line);
}

/* Entries set as a word processor's nested list: each entry a first
 * level item, its dates alone on the line under its text, its items a
 * second level list whose mark is the letter "o" and a tab. The first
 * level items are the entries' titles. The dates are Russian, longer
 * than 40 bytes in UTF-8 (but not 40 letters). */
static void
test_nested_list_entries (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *first, *second;

  add_line (lines, 18, 22, 0, "Ирина Кастелу");
  add_line (lines, 18, 10, 6, "irina.k@example.org");
  add_line (lines, 14, 12, 12, "Опыт работы");
  add_line (lines, 28, 9, 4, "•\tАналитик, ООО «Гавань Данных»");
  add_line (lines, 46, 9, 0.4, "сентябрь 2021 – настоящее время");
  add_line (lines, 64, 9, 0.9, "o\tПостроила еженедельный отчёт о приливах");
  add_line (lines, 82, 9, 0, "на SQL для трёх портов");
  add_line (lines, 64, 9, 0, "o\tПеренесла панели на новый сервер");
  add_line (lines, 28, 9, 11, "•\tСтажёр, ООО «Гавань Данных»");
  add_line (lines, 46, 9, 0.4, "февраль 2021 – август 2021");
  add_line (lines, 64, 9, 0.9, "o\tОчистила журналы датчиков за десять лет");
  document = vitae_import_lines (lines, NULL);

  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "start"), ==, "2021-09");
  g_assert_cmpuint (vitae_entry_get_n_bullets (first), ==, 2);
  g_assert_cmpstr (bullet_text (first, 0), ==, "Построила еженедельный отчёт о приливах на SQL для трёх портов");
  g_assert_cmpstr (bullet_text (first, 1), ==, "Перенесла панели на новый сервер");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "start"), ==, "2021-02");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "end"), ==, "2021-08");
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 1);
}

/* A list's wrapped lines that start like something else: one in bold
 * starting with a number, under a line that runs on ("… from 80% to" /
 * "95% …"), and one starting with an arrow, under a line that runs to
 * the column's edge ("… (extract" / "→ validate → load) …"): both go on
 * with their item. */
static void
test_wrapped_like_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;
  const struct {
    double      x, right, gap;
    gboolean    bold;
    const char *text;
  } page[] = {
    { 66, 300, 0, TRUE, "Tiago Ventura" },
    { 66, 250, 4, FALSE, "tiago.ventura@example.org" },
    { 66, 200, 14, TRUE, "Experience" },
    { 66, 537, 6, TRUE, "Harbour Analytics, Data Engineer\t2021 – 2023" },
    { 66, 537, 4, FALSE, "•\tResults: cut the nightly load from four hours to ninety minutes and raised the share of" },
    { 75.5, 537, 0.5, TRUE, "reports sent on time, measured over a whole quarter of the year, from 80% to" },
    { 75.5, 537, 0.5, TRUE, "95% with the same two servers and no new licences for the reporting tools at" },
    { 75.5, 300, 0.5, FALSE, "all, in the first year." },
    { 66, 537, 4, FALSE, "•\tPipeline: replaced the chain of shell scripts run by cron with a three-stage flow (extract" },
    { 75.5, 420, 0.5, FALSE, "→ validate → load) and kept the old chain as a fallback." },
    { 66, 400, 4, FALSE, "•\tMentored two interns through their first releases." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (page); i++)
    {
      VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

      line->text = g_strdup (page[i].text);
      line->x = page[i].x;
      line->right = page[i].right;
      line->size = i == 0 ? 20 : i == 2 ? 14 : 10.9;
      line->gap = page[i].gap;
      line->tab_x = -1;
      line->flags = page[i].bold ? VITAE_TEXT_LINE_BOLD : 0;
      g_ptr_array_add (lines, line);
    }
  document = vitae_import_lines (lines, NULL);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==,
                   "Results: cut the nightly load from four hours to ninety minutes and raised the share of "
                   "reports sent on time, measured over a whole quarter of the year, from 80% to "
                   "95% with the same two servers and no new licences for the reporting tools at all, in the first year.");
  g_assert_cmpstr (bullet_text (entry, 1), ==,
                   "Pipeline: replaced the chain of shell scripts run by cron with a three-stage flow (extract "
                   "→ validate → load) and kept the old chain as a fallback.");
}

/* An item whose wrapped lines, indented under its text, end sentences
 * of their own ("… etc." / "The library …"): they are no list of items
 * drawn without a glyph, but the item's. */
static void
test_wrapped_sentences (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;
  const struct {
    double      x, right, size, gap;
    const char *text;
  } page[] = {
    { 40, 300, 20, 0, "Ines Carvalho" },
    { 40, 250, 9, 4, "ines.carvalho@example.org" },
    { 40, 160, 16, 14, "Work Experience" },
    { 40, 555, 10, 5, "Language engineer, Lexica Labs\tAug 2021 – Dec 2021" },
    { 40, 392, 9, 0.4, "•\tBuilt a small library for common text processing steps, stemming," },
    { 48, 199, 9, -1.9, "counting word frequencies, TF-IDF, etc." },
    { 48, 340, 9, -1.9, "The library is now used by three teams in many projects." },
    { 40, 272, 9, -1.9, "•\tDesigned a search model for support questions." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (page); i++)
    {
      VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

      line->text = g_strdup (page[i].text);
      line->x = page[i].x;
      line->right = page[i].right;
      line->size = page[i].size;
      line->gap = page[i].gap;
      line->tab_x = -1;
      g_ptr_array_add (lines, line);
    }
  document = vitae_import_lines (lines, NULL);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==,
                   "Built a small library for common text processing steps, stemming, counting word frequencies, "
                   "TF-IDF, etc. The library is now used by three teams in many projects.");
}

/* A tiny role line of a project card in the left column, "• Maintainer",
 * inside the height of a line set well over twice as large far off in
 * the right column, the page never read as two columns: two rows, not
 * one. */
static void
draw_tiny_beside_large (cairo_t *cr)
{
  draw_text (cr, 74, 520, "tide_tables", 5.5, TRUE);
  draw_text (cr, 75, 530, "A small library that reads tide tables.", 4.6, FALSE);
  draw_text (cr, 76, 542.5, "• Maintainer", 3.2, FALSE);
  draw_text (cr, 316, 538, "COMPLETED IN MAY 2021", 7.7, FALSE);
  draw_text (cr, 74, 566, "harbour_map", 5.5, TRUE);
}

static void
test_tiny_beside_large (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_tiny_beside_large);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  gboolean alone = FALSE;

  g_assert_no_error (error);
  log_lines (draw_tiny_beside_large);
  for (guint i = 0; i < lines->len; i++)
    alone |= g_strcmp0 (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, "• Maintainer") == 0;
  g_assert_true (alone);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-rows/icon-font-letters", test_icon_font_letters);
  g_test_add_func ("/import-rows/text-font-letters", test_text_font_letters);
  g_test_add_func ("/import-rows/icon-font-signs", test_icon_font_signs);
  g_test_add_func ("/import-rows/label-column", test_label_column);
  g_test_add_func ("/import-rows/icon-after-label", test_icon_after_label);
  g_test_add_func ("/import-rows/icon-font-list-marks", test_icon_font_list_marks);
  g_test_add_func ("/import-rows/monospaced", test_monospaced);
  g_test_add_func ("/import-rows/offset-sidebar", test_offset_sidebar);
  g_test_add_func ("/import-rows/narrow-sidebar", test_narrow_sidebar);
  g_test_add_func ("/import-rows/form-labels", test_form_labels);
  g_test_add_func ("/import-rows/small-sign", test_small_sign);
  g_test_add_func ("/import-rows/nested-list-entries", test_nested_list_entries);
  g_test_add_func ("/import-rows/wrapped-like-items", test_wrapped_like_items);
  g_test_add_func ("/import-rows/wrapped-sentences", test_wrapped_sentences);
  g_test_add_func ("/import-rows/tiny-beside-large", test_tiny_beside_large);
  return g_test_run ();
}
