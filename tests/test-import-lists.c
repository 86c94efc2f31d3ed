/* test-import-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported resumes once their lines are read: where an
 * item ends, which marks start one, and what stands between items
 * without being one (a page's running header and footer with its
 * numbers). The lines are given as a PDF's reader
 * gives them (their place, size and the gap above them), in our own
 * words, or drawn (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Adds a line of a PDF page: where it starts and ends, its size, the gap
 * above it. */
static GPtrArray *
new_lines (void)
{
  return g_ptr_array_new_with_free_func (vitae_text_line_free);
}

/* Every bullet of @entry, one a line. */
static char *
bullets_of (VitaeEntry *entry)
{
  GString *out = g_string_new (NULL);

  g_assert_nonnull (entry);
  for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
    g_string_append_printf (out, "%s\n", bullet_text (entry, b));
  g_test_message ("bullets:\n%s", out->str);
  return g_string_free (out, FALSE);
}

/* The first entry of a section of @kind that has items (the lines
 * above may make an entry of a title and another of its dates). */
static VitaeEntry *
entry_with_items (VitaeDocument    *document,
                  VitaeSectionKind  kind)
{
  for (guint e = 0; e < n_entries_of (document, kind); e++)
    if (vitae_entry_get_n_bullets (entry_at (document, kind, e)) > 0)
      return entry_at (document, kind, e);
  return NULL;
}

/* Duties marked with a number sign typed before each, under a lead-in:
 * items; a contact detail after an icon font's glyph that the text
 * layer gives as a number sign is none. */
static void
test_number_sign_items (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Oskar Lindqvist");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "# oskar.lindqvist@example.se");
  add_line_full (lines, 0, 40, 150, 14, 12, 0, "Work Experience");
  add_line_full (lines, 0, 40, 300, 10, 4, VITAE_TEXT_LINE_BOLD, "Test Lead, Harbour Apps");
  add_line_full (lines, 0, 40, 160, 10, 1, 0, "June 2021 - Present");
  add_line_full (lines, 0, 40, 200, 10, 1, 0, "My tasks:");
  add_line_full (lines, 0, 40, 420, 10, 1, 0, "# Set up the test suite of the mobile app from scratch");
  add_line_full (lines, 0, 40, 300, 10, 1, 0, "# Ran the load tests before each release");
  add_line_full (lines, 0, 40, 280, 10, 1, 0, "# Hired two new testers");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  g_assert_cmpstr (bullets, ==,
                   "Set up the test suite of the mobile app from scratch\n"
                   "Ran the load tests before each release\n"
                   "Hired two new testers\n");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "oskar.lindqvist@example.se");
}

/* Items drawn without a glyph, each a sentence, in Russian: a full stop
 * after a Cyrillic letter ends a sentence, so the line after it starts an
 * item; a word broken at a hyphen is joined without a space. */
static void
test_sentence_items_any_script (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Марина Ковалёва");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "marina.k@example.ru");
  add_line_full (lines, 0, 40, 150, 14, 12, 0, "Опыт работы");
  add_line_full (lines, 0, 40, 540, 10, 1, VITAE_TEXT_LINE_BOLD, "Инженер, ООО «Северный хлеб»\t2019 – 2023");
  add_line_full (lines, 0, 40, 520, 10, 1, 0, "Разработала сервис учёта заказов для сети");
  add_line_full (lines, 0, 40, 100, 10, 1, 0, "пекарен.");
  add_line_full (lines, 0, 40, 530, 10, 1, 0, "Перевела сборку на новую систему, время сборки");
  add_line_full (lines, 0, 40, 200, 10, 1, 0, "сократилось вдвое.");
  add_line_full (lines, 0, 40, 510, 10, 1, 0, "Написала набор общих модулей-");
  add_line_full (lines, 0, 40, 250, 10, 1, 0, "библиотек для отчётов.");
  add_line_full (lines, 0, 40, 300, 10, 1, 0, "Провела обучение для трёх стажёров.");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  g_assert_cmpstr (bullets, ==,
                   "Разработала сервис учёта заказов для сети пекарен.\n"
                   "Перевела сборку на новую систему, время сборки сократилось вдвое.\n"
                   "Написала набор общих модулей-библиотек для отчётов.\n"
                   "Провела обучение для трёх стажёров.\n");
}

/* Items drawn without a glyph, indented, set smaller than the entries'
 * titles: their wrapped lines stand further apart than the titles' lines
 * (1 point against none), the items further still (4 points). A summary
 * set right of a photo, wider than the main column, does not make the
 * column's lines look short. */
static void
test_wider_gap_of_smaller_lines (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 120, 250, 23, 0, 0, "Tomas Reinholt");
  add_line_full (lines, 0, 122, 300, 11, 0, 0, "Data Scientist");
  add_line_full (lines, 0, 122, 527, 8, 5, 0, "Analyst of measurements from laboratory instruments, with a liking for");
  add_line_full (lines, 0, 122, 520, 8, 1, 0, "clean pipelines and plain reports that the people in the lab can read.");
  add_line_full (lines, 0, 44, 120, 8, 30, 0, "tomas.reinholt@example.se");
  add_line_full (lines, 0, 25, 130, 14, 20, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line_full (lines, 0, 25, 278, 11, 7, VITAE_TEXT_LINE_BOLD, "Data Lab Assistant\t04/2023 – 05/2024");
  add_line_full (lines, 0, 25, 270, 11, 0, 0, "Institute of Cell Biology, Uppsala");
  add_line_full (lines, 0, 34, 253, 8, 5, 0, "Wrote the automatic segmentation of the calibration");
  add_line_full (lines, 0, 34, 162, 8, 1, 0, "samples from the microscope (OpenCV).");
  add_line_full (lines, 0, 34, 262, 8, 4, 0, "Trained a small network (PyTorch) to take");
  add_line_full (lines, 0, 34, 274, 8, 1, 0, "the noise out of the images of the microscope.");
  add_line_full (lines, 0, 34, 263, 8, 4, 0, "Built a web service (Django, Redis) that brings back");
  add_line_full (lines, 0, 34, 233, 8, 1, 0, "the quality of the images, with the methods above.");
  add_line_full (lines, 0, 25, 278, 11, 12, VITAE_TEXT_LINE_BOLD, "Teaching Assistant\t09/2021 – 03/2023");
  add_line_full (lines, 0, 25, 200, 11, 0, 0, "Faculty of Mathematics, Uppsala");
  add_line_full (lines, 0, 34, 250, 8, 5, 0, "Marked the weekly exercises of the first-year course.");
  add_line_full (lines, 0, 25, 130, 14, 20, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 25, 278, 11, 7, VITAE_TEXT_LINE_BOLD, "MSc Applied Mathematics\t2019 – 2021");
  add_line_full (lines, 0, 25, 200, 11, 0, 0, "Uppsala University");
  add_line_full (lines, 0, 25, 278, 11, 7, VITAE_TEXT_LINE_BOLD, "BSc Mathematics\t2016 – 2019");
  add_line_full (lines, 0, 25, 200, 11, 0, 0, "Lund University");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  g_assert_cmpstr (bullets, ==,
                   "Wrote the automatic segmentation of the calibration samples from the microscope (OpenCV).\n"
                   "Trained a small network (PyTorch) to take the noise out of the images of the microscope.\n"
                   "Built a web service (Django, Redis) that brings back the quality of the images, with the methods above.\n");
}

/* A browser's print of a resume: the file's name and the date at the
 * top of every page, the name and the page's number at the bottom
 * ("… · 1/2"), between the items of a list that goes on over the page
 * break. They are no part of the resume. */
static void
test_running_header_footer (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *first, *second;

  add_line_full (lines, 0, 38, 557, 9, 0, 0, "cv-english.md\t3/1/25, 9:30 AM");
  add_line_full (lines, 0, 47, 275, 30, 20, 0, "Ilse Vandermeer");
  add_line_full (lines, 0, 47, 250, 20, 7, 0, "ilse.vandermeer@example.nl");
  add_line_full (lines, 0, 47, 150, 30, 1, 0, "Experience");
  add_line_full (lines, 0, 47, 300, 20, 5, VITAE_TEXT_LINE_BOLD, "Tram Line Planner, City of Delft");
  add_line_full (lines, 0, 47, 200, 20, -1, 0, "01/2019 – 02/2024");
  add_line_full (lines, 0, 77, 500, 20, -1, 0, "Planned the timetables of four tram lines.");
  add_line_full (lines, 0, 77, 520, 20, -10, 0, "Counted the riders at every stop twice a year.");
  add_line_full (lines, 0, 77, 480, 20, -10, 0, "Drew the maps for the stops and the shelters.");
  add_line_full (lines, 0, 250, 345, 9, 3, 0, "Ilse Vandermeer · CV · 1/2");
  add_line_full (lines, 1, 38, 557, 9, 0, 0, "cv-english.md\t3/1/25, 9:30 AM");
  add_line_full (lines, 1, 77, 500, 20, 9, 0, "Wrote the yearly report on delays.");
  add_line_full (lines, 1, 77, 510, 20, -10, 0, "Trained the new planners of the team.");
  add_line_full (lines, 1, 47, 300, 20, 5, VITAE_TEXT_LINE_BOLD, "Intern, Port of Rotterdam");
  add_line_full (lines, 1, 47, 200, 20, -1, 0, "03/2017 – 12/2018");
  add_line_full (lines, 1, 77, 500, 20, -1, 0, "Sorted the records of the container cranes.");
  add_line_full (lines, 1, 77, 490, 20, -10, 0, "Helped to move the office to the new quay.");
  add_line_full (lines, 1, 250, 345, 9, 50, 0, "Ilse Vandermeer · CV · 2/2");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ilse Vandermeer");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  first = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  second = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  bullets = bullets_of (first);
  g_assert_cmpstr (bullets, ==,
                   "Planned the timetables of four tram lines.\n"
                   "Counted the riders at every stop twice a year.\n"
                   "Drew the maps for the stops and the shelters.\n"
                   "Wrote the yearly report on delays.\n"
                   "Trained the new planners of the team.\n");
  g_assert_false (vitae_node_has (VITAE_NODE (first), "summary"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "start"), ==, "2017-03");
  g_assert_cmpuint (vitae_entry_get_n_bullets (second), ==, 2);
}

/* The marks people start items with, each at the start of a line and
 * followed by a space; the same character inside a line marks nothing. */
static void
test_item_marks (void)
{
  static const char * const marks[] = {
    "»", "›", "➢", "➤", "▹", "►", "✓", "✔", "◆", "◇", "■", "□", "●", "○", "⁃", "∙", "·", "*", "–", "—", "•", "▪",
    /* The katakana middle dots a word processor sets with an East Asian
     * font. */
    "・", "･",
  };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *bullets = NULL;
  VitaeSection *section;

  g_ptr_array_add (texts, g_strdup ("Joris Wendling"));
  g_ptr_array_add (texts, g_strdup ("joris.wendling@example.ch"));
  g_ptr_array_add (texts, g_strdup ("Achievements"));
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      g_ptr_array_add (texts, g_strdup_printf ("%s Item number %u of the list", marks[m], m + 1));
      g_string_append_printf (expected, "Item number %u of the list\n", m + 1);
    }
  document = import_texts ((const char * const *) texts->pdata, texts->len);
  section = section_titled (document, "Achievements");
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  bullets = bullets_of (vitae_section_get_entry (section, 0));
  g_assert_cmpstr (bullets, ==, expected->str);
  g_assert_cmpstr (_vitae_import_after_bullet ("\u2011 Co\u2011organised the meetups"), ==, "Co\u2011organised the meetups");
  g_assert_null (_vitae_import_after_bullet ("Grade » very good"));
  g_assert_null (_vitae_import_after_bullet ("»Quoted« words"));
}

/* Items marked with an icon font's glyph (a private-use character the
 * reader flags), one of them a single word: still an item, not the line
 * above wrapped. */
static void
test_one_word_item_after_icon (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 197, 400, 22, 0, 0, "Anselm Brügger");
  add_line_full (lines, 0, 197, 360, 11, 8, 0, "anselm.bruegger@example.ch");
  add_line_full (lines, 0, 197, 330, 14, 20, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line_full (lines, 0, 197, 340, 11, 10, VITAE_TEXT_LINE_BOLD, "Schreinerei Imhof, Thun");
  add_line_full (lines, 0, 197, 380, 11, 0, 0, "Schreiner in der Werkstatt (Teilzeit)");
  add_line_full (lines, 0, 202, 500, 11, 13, VITAE_TEXT_LINE_ICON, "Zuschnitt der Platten nach Stückliste und Plan");
  add_line_full (lines, 0, 202, 312, 11, 0.6, VITAE_TEXT_LINE_ICON, "Kantenleimen");
  add_line_full (lines, 0, 202, 355, 11, 0.4, VITAE_TEXT_LINE_ICON, "Montage beim Kunden vor Ort");
  add_line_full (lines, 0, 202, 550, 11, 0, VITAE_TEXT_LINE_ICON, "Planung der Einbauküchen mit dem Kunden und dem Architekten");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  g_assert_cmpstr (bullets, ==,
                   "Zuschnitt der Platten nach Stückliste und Plan\n"
                   "Kantenleimen\n"
                   "Montage beim Kunden vor Ort\n"
                   "Planung der Einbauküchen mit dem Kunden und dem Architekten\n");
}

/* A nested list drawn without glyphs: the parent item, the two items
 * indented under it, then the items at the parent's edge (most of the
 * section's lines: the text's left edge). */
static void
test_nested_list_parent (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 47, 275, 30, 20, 0, "Kaito Brennan");
  add_line_full (lines, 0, 47, 250, 20, 7, 0, "kaito.brennan@example.org");
  add_line_full (lines, 0, 47, 160, 30, 1, 0, "Experience");
  add_line_full (lines, 0, 47, 100, 26, 5, 0, "Ridewell");
  add_line_full (lines, 0, 47, 280, 20, -1, 0, "Scooter sharing, Porto.");
  add_line_full (lines, 0, 47, 200, 20, 1, 0, "September 2021 – now");
  add_line_full (lines, 0, 47, 110, 20, 6, 0, "Duties");
  add_line_full (lines, 0, 77, 334, 20, -1, 0, "Backend services written in two languages:");
  add_line_full (lines, 0, 107, 239, 20, -10, 0, "Go: gin, gorm, the AWS SDK");
  add_line_full (lines, 0, 107, 344, 20, -10, 0, "Python: SQLAlchemy, FastAPI, boto3");
  add_line_full (lines, 0, 77, 507, 20, -10, 0, "Built the loyalty service from scratch, which computes the");
  add_line_full (lines, 0, 77, 284, 20, -10, 0, "points of every rider.");
  add_line_full (lines, 0, 77, 503, 20, -10, 0, "Moved the nightly reports to a queue of their own.");
  add_line_full (lines, 0, 77, 420, 20, -10, 0, "Cut the response time of the busiest endpoint by half.");
  add_line_full (lines, 0, 77, 400, 20, -10, 0, "Wrote the guide for new colleagues.");
  add_line_full (lines, 0, 77, 380, 20, -10, 0, "Ran the weekly code reviews.");
  add_line_full (lines, 0, 77, 390, 20, -10, 0, "Moved the maps to PostGIS.");
  document = vitae_import_lines (lines, NULL);
  /* (The items' entry: the last, whatever the lines above made.) */
  bullets = bullets_of (entry_at (document, VITAE_SECTION_EXPERIENCE,
                                  n_entries_of (document, VITAE_SECTION_EXPERIENCE) - 1));
  g_assert_cmpstr (bullets, ==,
                   "Backend services written in two languages:\n"
                   "Go: gin, gorm, the AWS SDK\n"
                   "Python: SQLAlchemy, FastAPI, boto3\n"
                   "Built the loyalty service from scratch, which computes the points of every rider.\n"
                   "Moved the nightly reports to a queue of their own.\n"
                   "Cut the response time of the busiest endpoint by half.\n"
                   "Wrote the guide for new colleagues.\n"
                   "Ran the weekly code reviews.\n"
                   "Moved the maps to PostGIS.\n");
}

/* A raised mark from another font ("MP*", the star smaller and from a
 * symbol font whose box is shorter than the text font's by more than
 * half) joins the row of the letters it follows. */
static void
test_raised_mark_of_other_font (void)
{
  static const gunichar chars[] = { 'M', 'P', '*' };
  static const PopplerRectangle rects[] = {
    { 272.1, 286.8, 281.0, 299.7 }, { 281.0, 286.8, 287.06, 299.7 }, { 287.06, 287.8, 291.1, 294.0 },
  };
  PdfPage p = { NULL, };
  PopplerTextAttributes *text = poppler_text_attributes_new ();
  PopplerTextAttributes *symbol = poppler_text_attributes_new ();
  PdfLine row = { 286.8, 299.7, g_array_new (FALSE, FALSE, sizeof (guint)), 0, FALSE };
  PdfLine raised = { 287.8, 294.0, g_array_new (FALSE, FALSE, sizeof (guint)), 0, FALSE };
  guint index;

  text->font_size = 10;
  symbol->font_size = 7;
  p.chars = (gunichar *) chars;
  p.n_chars = G_N_ELEMENTS (chars);
  p.rects = (PopplerRectangle *) rects;
  p.n_rects = G_N_ELEMENTS (rects);
  p.rect_of = g_new0 (guint, 3);
  p.by_char = g_new0 (PopplerTextAttributes *, 3);
  for (index = 0; index < 3; index++)
    {
      p.rect_of[index] = index;
      p.by_char[index] = index < 2 ? text : symbol;
    }
  p.rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));
  g_array_set_clear_func (p.rows, _vitae_pdf_line_clear);
  for (index = 0; index < 2; index++)
    g_array_append_val (row.chars, index);
  g_array_append_val (raised.chars, index);
  g_array_append_val (p.rows, row);
  g_array_append_val (p.rows, raised);

  _vitae_pdf_merge_scripts (&p);
  g_assert_cmpuint (g_array_index (p.rows, PdfLine, 0).chars->len, ==, 3);
  g_assert_cmpuint (g_array_index (p.rows, PdfLine, 1).chars->len, ==, 0);

  g_array_unref (p.rows);
  g_free (p.rect_of);
  g_free (p.by_char);
  poppler_text_attributes_free (text);
  poppler_text_attributes_free (symbol);
}

/* Numbered items whose wrapped lines go back to the number's edge, one
 * number glued to its word ("3.Status"): a wrapped line after a line
 * ending in "in" goes on with its item. */
static void
test_numbered_items_wrapped (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 255, 420, 20, 0, 0, "Anil Vasquez");
  add_line_full (lines, 0, 255, 420, 9.4, 4, 0, "anil.vasquez@example.com");
  add_line_full (lines, 0, 254, 340, 13.5, 8, 0, "EXPERIENCE");
  add_line_full (lines, 0, 255, 558, 10.8, 6, VITAE_TEXT_LINE_BOLD, "Mainframe Developer, Harbor Bank\t2019 – 2021");
  add_line_full (lines, 0, 255, 302, 9.4, 9, 0, "In the payments team:");
  add_line_full (lines, 0, 255, 466, 9.4, -1.6, 0, "1. Wrote the online screens and their backend functions");
  add_line_full (lines, 0, 255, 374, 9.4, -1.6, 0, "using CICS, COBOL, JCL and SQL.");
  add_line_full (lines, 0, 255, 461, 9.4, -1.6, 0, "2. Wrote the batch jobs that the same project uses in");
  add_line_full (lines, 0, 255, 322, 9.4, -1.6, 0, "online operations.");
  add_line_full (lines, 0, 255, 443, 9.4, -1.6, 0, "3.Status updates of the records in DB2 using COBOL and");
  add_line_full (lines, 0, 255, 314, 9.4, -1.6, 0, "embedded SQL.");
  add_line_full (lines, 0, 255, 555, 9.4, -1.6, 0, "4. Moved the nightly statements to the new print service of the bank.");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  g_assert_cmpstr (bullets, ==,
                   "Wrote the online screens and their backend functions using CICS, COBOL, JCL and SQL.\n"
                   "Wrote the batch jobs that the same project uses in online operations.\n"
                   "Status updates of the records in DB2 using COBOL and embedded SQL.\n"
                   "Moved the nightly statements to the new print service of the bank.\n");
}

/* Items whose glyph (an icon font's) is indented, the wrapped line back
 * at the column's edge left of it, after a line that cannot end there
 * (an opening bracket). */
static void
test_wrap_left_of_glyph (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeSection *section;

  add_line_full (lines, 0, 255, 420, 20, 0, 0, "Anil Vasquez");
  add_line_full (lines, 0, 255, 420, 9.4, 4, 0, "anil.vasquez@example.com");
  add_line_full (lines, 0, 254, 402, 13.5, 8, 0, "ACHIEVEMENTS & AWARDS");
  add_line_full (lines, 0, 267, 554.7, 9.4, 6, VITAE_TEXT_LINE_ICON,
            "Winner of the Coastal Robotics Cup 2020, hardware track, run by the NMA (");
  add_line_full (lines, 0, 255, 306, 9.4, -1, 0, "National Maritime Agency).");
  add_line_full (lines, 0, 267, 465, 9.4, 5, VITAE_TEXT_LINE_ICON, "Member of the merit fellowship for students.");
  add_line_full (lines, 0, 254, 330, 13.5, 8, 0, "EDUCATION");
  add_line_full (lines, 0, 255, 558, 10.8, 6, 0, "Technical University of the Coast\t2017 – 2021");
  document = vitae_import_lines (lines, NULL);
  section = vitae_document_get_section (document, 0);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  bullets = bullets_of (vitae_section_get_entry (section, 0));
  g_assert_cmpstr (bullets, ==,
                   "Winner of the Coastal Robotics Cup 2020, hardware track, run by the NMA ( National Maritime Agency).\n"
                   "Member of the merit fellowship for students.\n");
}

/* A bullet glyph alone on a row of its own, a little above its item's
 * first line (the glyph's font sits higher): the item starts at the
 * glyph, its wrapped line (a German noun, capitalised) goes on with it,
 * and the glyph is no text of the entry's. */
static void
test_glyph_on_row_of_its_own (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 307.5, 500, 20, 0, 0, "Jonas Albrecht");
  add_line_full (lines, 0, 307.5, 480, 12, 4, 0, "jonas.albrecht@example.de");
  add_line_full (lines, 0, 307.5, 420, 16, 10, VITAE_TEXT_LINE_BOLD, "Berufserfahrung");
  add_line_full (lines, 0, 307.5, 450, 12, 8.5, VITAE_TEXT_LINE_BOLD, "15/03/2021 – 01/06/2021");
  add_line_full (lines, 0, 307.5, 480, 12, 0, VITAE_TEXT_LINE_BOLD, "Wissenschaftlicher Mitarbeiter");
  add_line_full (lines, 0, 307.5, 471, 12, 2.5, 0, "Hochschule am Neckar");
  add_line_full (lines, 0, 307.5, 313, 12, 2.2, 0, "•");
  add_line_full (lines, 0, 325.5, 541.6, 12, -11.6, VITAE_TEXT_LINE_ITALIC, "Orientierungshilfe für blinde und sehbehinderte");
  add_line_full (lines, 0, 325.5, 375.4, 12, 5, VITAE_TEXT_LINE_ITALIC, "Menschen");
  add_line_full (lines, 0, 307.5, 523.7, 12, 2.3, VITAE_TEXT_LINE_ITALIC, "•\tAuswertung der Messreihen im Labor für");
  add_line_full (lines, 0, 325.5, 542, 12, 4.8, VITAE_TEXT_LINE_ITALIC, "Sensorik und Regelungstechnik");
  add_line_full (lines, 0, 325.5, 570.5, 12, 4.8, VITAE_TEXT_LINE_ITALIC, "mit einer eigenen Software für die Auswertung");
  document = vitae_import_lines (lines, NULL);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, n_entries_of (document, VITAE_SECTION_EXPERIENCE) - 1);
  bullets = bullets_of (entry);
  g_assert_cmpstr (bullets, ==,
                   "Orientierungshilfe für blinde und sehbehinderte Menschen\n"
                   "Auswertung der Messreihen im Labor für Sensorik und Regelungstechnik mit einer eigenen Software für die Auswertung\n");
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* A row of tags set smaller under an entry's items, a little right of
 * their glyphs and further apart than the items: no wrapped line of the
 * last item. */
static void
test_tags_under_items (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 39.7, 275, 32, 0, VITAE_TEXT_LINE_BOLD, "Maëlle Guivarc’h");
  add_line_full (lines, 0, 54.7, 300, 10, 8, 0, "maelle.guivarch@example.fr");
  add_line_full (lines, 0, 39.7, 200, 14, 12, VITAE_TEXT_LINE_BOLD, "Expérience");
  add_line_full (lines, 0, 39.7, 555.6, 10, 7, VITAE_TEXT_LINE_ITALIC, "Atelier Kerlann\tRennes");
  add_line_full (lines, 0, 39.7, 555.6, 8, 0.9, 0, "Développeuse Full-Stack\tMars 2024 - Juin 2025");
  add_line_full (lines, 0, 39.7, 404, 9, 7.7, 0, "• Écriture du lien entre le stockage des photos et la facturation");
  add_line_full (lines, 0, 39.7, 362, 9, 1.5, 0, "• Composants d’interface pour la boutique en ligne");
  add_line_full (lines, 0, 39.7, 340, 9, 1.5, 0, "• Tests de bout en bout des paiements en ligne");
  add_line_full (lines, 0, 39.7, 298, 9, 1.5, 0, "• Gestion des déploiements et de l’intégration continue");
  add_line_full (lines, 0, 41.9, 254, 8, 6.7, 0, "Vue.js TypeScript Docker PostgreSQL");
  add_line_full (lines, 0, 39.7, 555.6, 10, 7.3, VITAE_TEXT_LINE_ITALIC, "Imprimerie du Blavet\tLorient");
  add_line_full (lines, 0, 39.7, 555.6, 8, 0.9, 0, "Développeuse\tJanvier 2022 - Février 2024");
  add_line_full (lines, 0, 39.7, 367, 9, 7.7, 0, "• Suivi des commandes des clients en ligne");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_with_items (document, VITAE_SECTION_EXPERIENCE));
  g_assert_cmpstr (bullets, ==,
                   "Écriture du lien entre le stockage des photos et la facturation\n"
                   "Composants d’interface pour la boutique en ligne\n"
                   "Tests de bout en bout des paiements en ligne\n"
                   "Gestion des déploiements et de l’intégration continue\n");
}

/* The top of a page printed by a browser whose line boxes are taller than
 * the text: the first line's box starts above the page (its text is on
 * it) and overlaps the box of the line under it, which starts left of
 * it. Both columns' first lines are read. */
static void
draw_line_above_top (cairo_t *cr)
{
  draw_text (cr, 56, -7, "Kept the plans of every site in one shared folder", 8, FALSE);
  draw_text (cr, 346, -7, "Checked the north wing weekly", 8, FALSE);
  draw_text (cr, 40, 4, "and wrote down who changed them and when.", 8, FALSE);
  draw_text (cr, 330, 4, "and sent the reports to the site manager.", 8, FALSE);
  for (guint k = 0; k < 6; k++)
    {
      g_autofree char *left = g_strdup_printf ("Line %u of the left column of the page", k + 1);
      g_autofree char *right = g_strdup_printf ("Line %u of the right column", k + 1);

      draw_text (cr, 40, 40 + 18 * k, left, 8, FALSE);
      draw_text (cr, 330, 40 + 18 * k, right, 8, FALSE);
    }
}

static void
test_line_above_page_top (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_line_above_top);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  gboolean left = FALSE, right = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f: %s", line->x, line->text);
      left |= g_str_equal (line->text, "Kept the plans of every site in one shared folder");
      right |= g_str_equal (line->text, "Checked the north wing weekly");
    }
  g_assert_true (left);
  g_assert_true (right);
}

/* A list of skills or languages set with glyphs is read as the same list
 * without them: its groups of words and its languages, not items of an
 * entry with no name. A sentence there stays an item, whole, and is not
 * cut at its commas. */
static void
test_skills_and_languages_with_glyphs (void)
{
  static const char * const texts[] = {
    "Noor Haddad", "noor.haddad@example.org",
    "Experience", "Baker, Corner Bakery\t2019 - 2023", "• Baked two hundred loaves before dawn",
    "Skills", "• Sourdough, Laminated dough, Pastry", "• Ovens: deck, convection", "• Scaling recipes, ordering",
    "• Ran the morning shift of 3, mostly alone",
    "Languages", "• Arabic – native", "• French: fluent", "• English (B2)", "• Dutch",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeEntry *group;
  g_autofree char *bullets = NULL;
  g_autofree char *keywords = NULL;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), ==, 3);
  group = entry_at (document, VITAE_SECTION_SKILLS, 0);
  keywords = g_strjoinv ("|", (GStrv) vitae_node_get_list (VITAE_NODE (group), "keywords"));
  g_assert_cmpstr (keywords, ==, "Sourdough|Laminated dough|Pastry");
  group = entry_at (document, VITAE_SECTION_SKILLS, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (group), "title"), ==, "Ovens");
  /* The sentence, an item of the group above it. */
  bullets = bullets_of (entry_at (document, VITAE_SECTION_SKILLS, 2));
  g_assert_cmpstr (bullets, ==, "Ran the morning shift of 3, mostly alone\n");

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, 4);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 0)), "title"), ==, "Arabic");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 0)), "fluency"), ==, "native");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 1)), "fluency"), ==, "fluent");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 2)), "fluency"), ==, "B2");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 3)), "title"), ==, "Dutch");
}

/* Headings of lists of words that qualify the list's word or join two
 * such words: the kind of the list, not a section of its own kind. A
 * typographic apostrophe is an apostrophe. Words of two kinds name none;
 * a word of no kind joined to skills or interests is theirs. */
static void
test_qualified_list_headings (void)
{
  g_assert_cmpint (_vitae_import_kind_from_heading ("Compétences Informatiques"), ==, VITAE_SECTION_SKILLS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Habilidades técnicas"), ==, VITAE_SECTION_SKILLS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("ТЕХНИЧЕСКИЕ НАВЫКИ"), ==, VITAE_SECTION_SKILLS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("EDV-Kenntnisse"), ==, VITAE_SECTION_SKILLS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Personal Interests"), ==, VITAE_SECTION_INTERESTS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Centres d’intérêt"), ==, VITAE_SECTION_INTERESTS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Interessen und Hobbys"), ==, VITAE_SECTION_INTERESTS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Ausbildung / Studium"), ==, VITAE_SECTION_EDUCATION);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Skills and Interests"), ==, -1);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Skills Summary"), ==, -1);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Python and Rust"), ==, -1);
  /* (A word of no kind joined to skills qualifies them.) */
  g_assert_cmpint (_vitae_import_kind_from_heading ("Knowledge & Skills"), ==, VITAE_SECTION_SKILLS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Education & Skills"), ==, -1);
}

/* An academic resume heads its posts by what they were: research and
 * teaching posts are experience, whatever the case ("RESEARCH
 * EXPERIENCE"). One word alone ("Teaching") may be an entry's title, and
 * research's interests or projects are not posts. */
static void
test_academic_headings (void)
{
  g_assert_cmpint (_vitae_import_kind_from_heading ("RESEARCH EXPERIENCE"), ==, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Teaching Experience"), ==, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Teaching Experiences"), ==, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Teaching"), ==, -1);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Leadership Experience"), ==, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Research Interests"), ==, VITAE_SECTION_INTERESTS);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Research Projects"), ==, -1);
}

/* A word broken at a hyphen at a line's end: a typesetter's break goes
 * ("algo-" / "rithm", "Lager-" / "verwaltung", U+2010 too); a
 * compound's hyphen stays ("real-" / "time", "multi-" / "objective",
 * "HTML-" / "Scraping", "HTTP/2-" / "based" after a digit), and so
 * does one between words of another
 * script ("модулей-" / "библиотек") and in a web address; a soft
 * hyphen goes. */
static void
test_broken_words (void)
{
  static const char * const cases[][3] = {
    { "Led algo-", "rithm development", "Led algorithm development" },
    { "Inventur und Lager-", "verwaltung", "Inventur und Lagerverwaltung" },
    { "for the partner\u2010", "ship products", "for the partnership products" },
    { "a few real-", "time dashboards", "a few real-time dashboards" },
    { "a multi-", "objective solver", "a multi-objective solver" },
    { "wrote HTML-", "Scraping tools", "wrote HTML-Scraping tools" },
    { "read HTTP/2-", "based calls", "read HTTP/2-based calls" },
    { "clean code princi\u2011", "ples", "clean code principles" },
    { "test\u2011", "driven work", "test\u2011driven work" },
    { "набор общих модулей-", "библиотек", "набор общих модулей-библиотек" },
    { "Sympo\u00ad", "sium on fluids", "Symposium on fluids" },
    { "cut costs by 40 % -", "and more", "cut costs by 40 % - and more" },
    { "linkedin.com/in/ana-", "soto-55", "linkedin.com/in/ana-soto-55" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = _vitae_import_join_wrapped (cases[i][0], cases[i][1]);

      g_assert_cmpstr (joined, ==, cases[i][2]);
    }
}

/* Headings met in real resumes that were read as text: a summary's
 * "Overview" and "Über mich" (its words apart by a wide gap too), the
 * experience's "Work"; "Work" with more words after it stays text. */
static void
test_more_headings (void)
{
  g_assert_cmpint (_vitae_import_kind_from_heading ("Overview"), ==, KIND_SUMMARY);
  g_assert_cmpint (_vitae_import_kind_from_heading ("ÜBER MICH"), ==, KIND_SUMMARY);
  g_assert_cmpint (_vitae_import_kind_from_heading ("ÜBER\tMICH"), ==, KIND_SUMMARY);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Work"), ==, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpint (_vitae_import_kind_from_heading ("Work on the tide tables"), ==, -1);
}

/* The kinds of headings read once are kept (vitae-import-text.c): asked
 * again, a heading, and each of its parts, names what it named; so
 * after more different lines than are kept. */
static void
test_heading_kinds_kept (void)
{
  static const struct { const char *text; int kind; } headings[] = {
    { "Compétences Informatiques", VITAE_SECTION_SKILLS },
    { "Interessen und Hobbys", VITAE_SECTION_INTERESTS },
    { "Skills and Interests", -1 },
    { "Previous Employment", VITAE_SECTION_EXPERIENCE },
    { "Education History", VITAE_SECTION_EDUCATION },
    { "Interests", VITAE_SECTION_INTERESTS },
    { "Wrote a parser in a weekend", -1 },
  };

  for (guint round = 0; round < 3; round++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
        g_assert_cmpint (_vitae_import_kind_from_heading (headings[k].text), ==, headings[k].kind);
      for (guint n = 0; round == 1 && n < 5000; n++)
        {
          g_autofree char *line = g_strdup_printf ("Line %u of a long file", n);

          g_assert_cmpint (_vitae_import_kind_from_heading (line), ==, -1);
        }
    }
}

/* The keywords of @kind's entry @e, joined by "|". */
static char *
keywords_of (VitaeDocument    *document,
             VitaeSectionKind  kind,
             guint             e)
{
  const char * const *list = vitae_node_get_list (VITAE_NODE (entry_at (document, kind, e)), "keywords");

  return list != NULL ? g_strjoinv ("|", (GStrv) list) : g_strdup ("");
}

/* Skills and interests set with glyphs, one a line in a few words (in
 * bold too), with a label before a single value, wrapped onto a second
 * line under the item's text, or side by side in a row: groups of words,
 * none an item.
 * Items that end in a semicolon stay items: a list of sentences. */
static void
test_skill_and_interest_phrases (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *words = NULL;
  guint n;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 40, 300, 10, 4, 0, "• Reshaping of clinical data sets");
  add_line_full (lines, 0, 40, 200, 10, 2, VITAE_TEXT_LINE_BOLD, "• Descriptive statistics");
  add_line_full (lines, 0, 40, 250, 10, 2, 0, "• Databases : SQL on SQL Server");
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• Web: HTML, CSS, JavaScript, PHP in");
  add_line_full (lines, 0, 52, 150, 10, 2, 0, "Visual Studio Code");
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• Teamwork\t• Patience")->tab_x = 200;
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Interests");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "• Chess (club champion in 2019)");
  add_line_full (lines, 0, 40, 200, 10, 2, 0, "• 12 years of piano");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 40, 540, 10, 4, VITAE_TEXT_LINE_BOLD, "Analyst, Clinic of Szeged\t2020 – 2023");
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• Cleaned the trial data sets ;");
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• Wrote the weekly reports.");
  document = vitae_import_lines (lines, NULL);

  n = n_entries_of (document, VITAE_SECTION_SKILLS);
  for (guint e = 0; e < n; e++)
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_SKILLS, e)), ==, 0);
  g_assert_cmpuint (n, ==, 6);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 0);
  g_assert_cmpstr (words, ==, "Reshaping of clinical data sets");
  g_clear_pointer (&words, g_free);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 1);
  g_assert_cmpstr (words, ==, "Descriptive statistics");
  g_clear_pointer (&words, g_free);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 3);
  g_assert_cmpstr (words, ==, "HTML|CSS|JavaScript|PHP in Visual Studio Code");
  g_clear_pointer (&words, g_free);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 5);
  g_assert_cmpstr (words, ==, "Patience");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_INTERESTS), ==, 2);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_INTERESTS, 1)), ==, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 2);
}

/* Skills set as short terms that each end in a full stop, two a row; a
 * label's list whose last word follows "and"; a list that ends in a
 * full stop or a comma: groups of words, none an item. Under interests
 * where an item is a sentence, a term with a full stop stays an item. */
static void
test_terms_with_full_stops (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *words = NULL;
  guint n;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Skills");
  add_line_full (lines, 0, 40, 400, 10, 4, 0, "• Rust.\t• Patience.")->tab_x = 250;
  add_line_full (lines, 0, 40, 400, 10, 2, 0, "• Shell scripting.\t• Attention to detail.")->tab_x = 250;
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• Office: Word, Excel, and Access");
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• C, Lua, Go, Zig.");
  add_line_full (lines, 0, 40, 300, 10, 2, 0, "• Kafka, Redis, Nginx,");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Interests");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "• Chess.");
  add_line_full (lines, 0, 40, 400, 10, 2, 0, "• Cooking the dishes of the valley where my family lived.");
  document = vitae_import_lines (lines, NULL);

  n = n_entries_of (document, VITAE_SECTION_SKILLS);
  for (guint e = 0; e < n; e++)
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_SKILLS, e)), ==, 0);
  g_assert_cmpuint (n, ==, 7);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 2);
  g_assert_cmpstr (words, ==, "Shell scripting");
  g_clear_pointer (&words, g_free);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 4);
  g_assert_cmpstr (words, ==, "Word|Excel|and Access");
  g_clear_pointer (&words, g_free);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 5);
  g_assert_cmpstr (words, ==, "C|Lua|Go|Zig");
  g_clear_pointer (&words, g_free);
  words = keywords_of (document, VITAE_SECTION_SKILLS, 6);
  g_assert_cmpstr (words, ==, "Kafka|Redis|Nginx");
  n = n_entries_of (document, VITAE_SECTION_INTERESTS);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_INTERESTS, 0)), ==, 2);
}

/* Languages set apart on one line after an icon font's glyph, which the
 * reader leaves out of the text: the languages, not an item. A phrase
 * alone after such a glyph, under a heading of languages that a page's
 * columns may misplace, stays an item. */
static void
test_languages_after_icon (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Languages");
  add_line_full (lines, 0, 41, 370, 10, 7, VITAE_TEXT_LINE_ICON,
                 "Hungarian (native)\t|\tGerman (fluent)\t|\tEnglish (C1 – Cambridge certificate)")->tab_x = 110;
  add_line_full (lines, 0, 41, 370, 10, 12, VITAE_TEXT_LINE_ICON, "Workshop internship");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, 4);
  entry = entry_at (document, VITAE_SECTION_LANGUAGES, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "English");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "fluency"), ==, "C1 – Cambridge certificate");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_LANGUAGES, 3)), ==, 1);
}

/* A language and its fluency one a line after an icon font's glyph
 * ("Finnois : courant (TOEFL 101/120", the bracket closed on the line
 * under it, French spacing before the colon): each a language with its
 * fluency, the wrapped line with it, the name without the space. */
static void
test_language_fluency_after_icon (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Langues");
  add_line_full (lines, 0, 48, 200, 10, 7, VITAE_TEXT_LINE_ICON, "Finnois : courant (TOEFL 101/120");
  add_line_full (lines, 0, 48, 120, 10, 2, 0, "en 2021)");
  add_line_full (lines, 0, 48, 160, 10, 2, VITAE_TEXT_LINE_ICON, "Catalan : notions");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, 2);
  entry = entry_at (document, VITAE_SECTION_LANGUAGES, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Finnois");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "fluency"), ==, "courant (TOEFL 101/120 en 2021)");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 0);
  entry = entry_at (document, VITAE_SECTION_LANGUAGES, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Catalan");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "fluency"), ==, "notions");
}

/* Pastimes marked with a hyphen (U+2010), each wrapped back to the
 * column's edge a little left of its mark, in lower case or in a
 * number after a phrase that ends no sentence: two items, whole. */
static void
test_hyphen_items_wrapped_to_edge (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Loisirs");
  add_line_full (lines, 0, 40, 90, 10, 7, 0, "Aviron :");
  add_line_full (lines, 0, 43, 230, 10, 2, 0, "‐ Compétitions régionales avec le club");
  add_line_full (lines, 0, 40, 110, 10, 2, 0, "depuis 2015");
  add_line_full (lines, 0, 43, 230, 10, 2, 0, "‐ Vice-champion des universités");
  add_line_full (lines, 0, 40, 200, 10, 2, 0, "2019 en quatre de couple");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_INTERESTS), ==, 1);
  entry = entry_at (document, VITAE_SECTION_INTERESTS, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Compétitions régionales avec le club depuis 2015");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Vice-champion des universités 2019 en quatre de couple");
}

/* Skills rated in dots, two a row, each after a dash, under a heading
 * that names no known kind: skills with their levels, not items. */
static void
test_rated_skill_items (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;
  VitaeEntry *entry;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Know-how");
  add_line_full (lines, 0, 124, 455, 11, 4, 0, "- Rust\t●●●●○\t- Blender\t●●●◐○")->tab_x = 195;
  add_line_full (lines, 0, 124, 240, 11, 1, 0, "- Lua\t●●○○○")->tab_x = 195;
  document = vitae_import_lines (lines, NULL);
  section = vitae_document_get_section (document, 0);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 3);
  entry = vitae_section_get_entry (section, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "title"), ==, "Blender");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "level"), ==, "●●●◐○");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 0);
}

/* Groups of skills set as items: a group's label alone after an icon,
 * its words a second-level item under it (Word's "o"); a label and its
 * list ending in a full stop, a space before the colon as French sets
 * it. Groups with their titles, not items; the label's words are its
 * group's. */
static void
test_labelled_skill_groups (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *words = NULL;
  guint n;

  add_line_full (lines, 0, 40, 220, 24, 0, 0, "Ines Varga");
  add_line_full (lines, 0, 40, 200, 10, 4, 0, "ines.varga@example.org");
  add_line_full (lines, 0, 40, 150, 14, 12, VITAE_TEXT_LINE_BOLD, "Compétences");
  add_line_full (lines, 0, 56, 370, 10, 7, 0, "• Bases de données : PostgreSQL, SQLite.");
  add_line_full (lines, 0, 56, 150, 10, 2, VITAE_TEXT_LINE_ICON, "Programmation :");
  add_line_full (lines, 0, 74, 250, 10, 0, 0, "o\tRust, Go, Zig")->tab_x = 92;
  document = vitae_import_lines (lines, NULL);
  n = n_entries_of (document, VITAE_SECTION_SKILLS);
  for (guint e = 0; e < n; e++)
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_SKILLS, e)), ==, 0);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, 0)), "title"), ==,
                   "Bases de données");
  words = keywords_of (document, VITAE_SECTION_SKILLS, 0);
  g_assert_cmpstr (words, ==, "PostgreSQL|SQLite");
  g_clear_pointer (&words, g_free);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, 1)), "title"), ==, "Programmation");
  /* (The words under the label are its group's: vitae-import-groups.c.) */
  words = keywords_of (document, VITAE_SECTION_SKILLS, 1);
  g_assert_cmpstr (words, ==, "Rust|Go|Zig");
}

/* A list of references in a column right of the headings', each item's
 * number in brackets ("[2]") before a tab, its wrapped lines under its
 * text, one of them in bold (an award the paper won): one item each,
 * in the section's one entry, not an entry whose dates are the
 * authors. */
static void
test_bracketed_reference_numbers (void)
{
  static const char * const refs[][3] = {
    { "R. Okafor, L. Brandt and T. Ishida, “Sparse Schedules for Streaming Joins over Wide",
      "Tables,” VLDB 2022 – Best Paper", "Award" },
    { "L. Brandt and R. Okafor, “Typed Rewrites for Array Programs in Small Compilers,” PLDI",
      "2020", NULL },
    { "R. Okafor, “A Survey of Join Orders,” Workshop on Query Planning 2019", NULL, NULL },
  };
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeTextLine *line;

  add_line_full (lines, 0, 200, 410, 16, 0, VITAE_TEXT_LINE_BOLD, "Rosa Okafor");
  add_line_full (lines, 0, 230, 380, 10, 4, 0, "rosa.okafor@example.org");
  for (guint k = 0; k < G_N_ELEMENTS (refs); k++)
    {
      g_autofree char *first = g_strdup_printf (k == 0 ? "PUBLICATIONS\t[%u]\t%s" : "[%u]\t%s", k + 1, refs[k][0]);

      line = add_line_full (lines, 0, k == 0 ? 57.2 : 145.8, 554.8, 10, k == 0 ? 16.8 : 9.9, 0, first);
      line->tab_x = k == 0 ? 145.8 : 164;
      for (guint j = 1; j < 3 && refs[k][j] != NULL; j++)
        add_line_full (lines, 0, 164, j == 1 && refs[k][2] != NULL ? 554.8 : 300, 10, 2.9,
                       j == 2 ? VITAE_TEXT_LINE_BOLD : 0, refs[k][j]);
    }
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_PUBLICATIONS, 0));
  g_assert_cmpstr (bullets, ==,
                   "R. Okafor, L. Brandt and T. Ishida, “Sparse Schedules for Streaming Joins over Wide Tables,” VLDB 2022 – Best Paper Award\n"
                   "L. Brandt and R. Okafor, “Typed Rewrites for Array Programs in Small Compilers,” PLDI 2020\n"
                   "R. Okafor, “A Survey of Join Orders,” Workshop on Query Planning 2019\n");
  g_assert_false (vitae_node_has (VITAE_NODE (entry_at (document, VITAE_SECTION_PUBLICATIONS, 0)), "date"));
}

/* Side headings in a margin column, one of them over two lines, the
 * text beside each starting on its row: the space between a
 * paragraph's lines is measured from the lines under each other, not
 * from those rows, so a reference's wrapped line set in bold (the award
 * it won) goes on with its item. */
static void
test_bold_wrap_beside_side_headings (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 200, 410, 16, 0, VITAE_TEXT_LINE_BOLD, "Rosa Okafor");
  add_line_full (lines, 0, 230, 380, 10, 4, 0, "rosa.okafor@example.org");
  add_line_full (lines, 0, 57.2, 554.8, 10, 16.8, VITAE_TEXT_LINE_BOLD, "EDUCATION\tHarbour Institute of Technology")->tab_x = 145.8;
  add_line_full (lines, 0, 145.8, 554.8, 10, 4.9, 0, "Doctor of Philosophy in Computer Science\tMay 2021")->tab_x = 500;
  add_line_full (lines, 0, 57.2, 554.8, 10, 16.8, 0, "WORK\tNorthwind Labs, Lisbon\t2021 – Present")->tab_x = 145.8;
  add_line_full (lines, 0, 57.2, 380, 10, 3.7, VITAE_TEXT_LINE_ITALIC, "EXPERIENCE\tResearch Scientist, Query Group")->tab_x = 145.8;
  add_line_full (lines, 0, 145.8, 554.8, 10, 4.9, 0, "Planning the group's research on query engines and working with the");
  add_line_full (lines, 0, 145.8, 420, 10, 2.9, 0, "universities we fund on joint papers.");
  add_line_full (lines, 0, 57.2, 554.8, 10, 16.8, 0,
                 "PUBLICATIONS\t[1]\tR. Okafor and L. Brandt, “Sparse Schedules for Streaming Joins over")->tab_x = 145.8;
  add_line_full (lines, 0, 164, 554.8, 10, 2.9, 0, "Wide Tables,” VLDB 2022 – Best Paper");
  add_line_full (lines, 0, 164, 300, 10, 3.1, VITAE_TEXT_LINE_BOLD, "Award for Systems");
  add_line_full (lines, 0, 145.8, 554.8, 10, 9.9, 0, "[2]\tL. Brandt and R. Okafor, “Typed Rewrites for Array Programs,” PLDI")->tab_x = 164;
  add_line_full (lines, 0, 164, 210, 10, 2.9, 0, "2020");
  add_line_full (lines, 0, 145.8, 554.8, 10, 9.9, 0, "[3]\tR. Okafor, “A Survey of Join Orders,” Workshop on Query Planning")->tab_x = 164;
  add_line_full (lines, 0, 164, 360, 10, 2.9, VITAE_TEXT_LINE_BOLD, "2019 – Best Student Paper Award");
  document = vitae_import_lines (lines, NULL);
  bullets = bullets_of (entry_at (document, VITAE_SECTION_PUBLICATIONS, 0));
  g_assert_cmpstr (bullets, ==,
                   "R. Okafor and L. Brandt, “Sparse Schedules for Streaming Joins over Wide Tables,” VLDB 2022 – Best Paper Award for Systems\n"
                   "L. Brandt and R. Okafor, “Typed Rewrites for Array Programs,” PLDI 2020\n"
                   "R. Okafor, “A Survey of Join Orders,” Workshop on Query Planning 2019 – Best Student Paper Award\n");
}

/* Marked skills in a narrow column, each wrapped under its text, one
 * after the comma of the list in its parentheses: the comma stays where
 * the line breaks ("Mapping (QGIS," / "PostGIS, …"). */
static void
test_wrapped_parenthesised_skill (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  VitaeSection *section;

  add_placed (lines, 0, 29, 144, 450, 36, 0, 0, "TARIQ\tHADDAD");
  add_placed (lines, 0, 71, 175, 419, 14, -1, VITAE_TEXT_LINE_BOLD, "LAND\tSURVEYOR");
  add_placed (lines, 0, 548, 432, 492, 15, 38, 0, "SKILLS");
  add_placed (lines, 0, 581, 395, 523, 10, 14.4, 0, "• Mapping and survey (QGIS,");
  add_placed (lines, 0, 598, 406.5, 499, 10, 5.3, 0, "PostGIS, Leaflet, GDAL,");
  add_placed (lines, 0, 615, 406.5, 483, 10, 5.3, 0, "Total stations)");
  add_placed (lines, 0, 633, 395, 533, 10, 5.3, 0, "• Drone flying (DJI,");
  add_placed (lines, 0, 650, 406.5, 502, 10, 5.3, 0, "Pix4D)");
  add_placed (lines, 0, 667, 395, 469, 10, 5.3, 0, "• Team work");
  add_placed (lines, 0, 684, 395, 484, 10, 5.3, 0, "• Database (MySQL)");
  document = vitae_import_lines (lines, NULL);

  section = vitae_document_get_section (document, 0);
  g_assert_cmpint (vitae_section_get_kind (section), ==, VITAE_SECTION_SKILLS);
  for (guint k = 0; k < vitae_section_get_n_entries (section); k++)
    {
      VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, k));
      const char * const *list = vitae_node_get_list (entry, "keywords");

      for (guint j = 0; list != NULL && list[j]; j++)
        g_string_append_printf (words, "%s\n", list[j]);
    }
  g_assert_cmpstr (words->str, ==,
                   "Mapping and survey (QGIS, PostGIS, Leaflet, GDAL, Total stations)\n"
                   "Drone flying (DJI, Pix4D)\nTeam work\nDatabase (MySQL)\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-lists/sentence-items-any-script", test_sentence_items_any_script);
  g_test_add_func ("/import-lists/wider-gap-of-smaller-lines", test_wider_gap_of_smaller_lines);
  g_test_add_func ("/import-lists/running-header-footer", test_running_header_footer);
  g_test_add_func ("/import-lists/item-marks", test_item_marks);
  g_test_add_func ("/import-lists/one-word-item-after-icon", test_one_word_item_after_icon);
  g_test_add_func ("/import-lists/nested-list-parent", test_nested_list_parent);
  g_test_add_func ("/import-lists/raised-mark-of-other-font", test_raised_mark_of_other_font);
  g_test_add_func ("/import-lists/line-above-page-top", test_line_above_page_top);
  g_test_add_func ("/import-lists/numbered-items-wrapped", test_numbered_items_wrapped);
  g_test_add_func ("/import-lists/wrap-left-of-glyph", test_wrap_left_of_glyph);
  g_test_add_func ("/import-lists/glyph-on-row-of-its-own", test_glyph_on_row_of_its_own);
  g_test_add_func ("/import-lists/tags-under-items", test_tags_under_items);
  g_test_add_func ("/import-lists/skills-and-languages-with-glyphs", test_skills_and_languages_with_glyphs);
  g_test_add_func ("/import-lists/qualified-list-headings", test_qualified_list_headings);
  g_test_add_func ("/import-lists/academic-headings", test_academic_headings);
  g_test_add_func ("/import-lists/more-headings", test_more_headings);
  g_test_add_func ("/import-lists/broken-words", test_broken_words);
  g_test_add_func ("/import-lists/language-fluency-after-icon", test_language_fluency_after_icon);
  g_test_add_func ("/import-lists/hyphen-items-wrapped-to-edge", test_hyphen_items_wrapped_to_edge);
  g_test_add_func ("/import-lists/heading-kinds-kept", test_heading_kinds_kept);
  g_test_add_func ("/import-lists/skill-and-interest-phrases", test_skill_and_interest_phrases);
  g_test_add_func ("/import-lists/languages-after-icon", test_languages_after_icon);
  g_test_add_func ("/import-lists/terms-with-full-stops", test_terms_with_full_stops);
  g_test_add_func ("/import-lists/rated-skill-items", test_rated_skill_items);
  g_test_add_func ("/import-lists/labelled-skill-groups", test_labelled_skill_groups);
  g_test_add_func ("/import-lists/bracketed-reference-numbers", test_bracketed_reference_numbers);
  g_test_add_func ("/import-lists/bold-wrap-beside-side-headings", test_bold_wrap_beside_side_headings);
  g_test_add_func ("/import-lists/number-sign-items", test_number_sign_items);

  g_test_add_func ("/import-lists/wrapped-parenthesised-skill", test_wrapped_parenthesised_skill);

  return g_test_run ();
}
