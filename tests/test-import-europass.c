/* test-import-europass.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs set as label/value rows, as the Europass form and many
 * word processor resumes are: a column of labels (right aligned, or
 * ending in a colon) beside their values. Each page is drawn here, in
 * our own words (vitae-test-draw.h), or given as the reader's lines
 * (vitae-test-lines.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* The bullets of a section's entries, one a line. */
static char *
bullets_of (VitaeSection *section)
{
  GString *out = g_string_new (NULL);

  for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
    {
      VitaeEntry *entry = vitae_section_get_entry (section, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (out, "%s\n", bullet_text (entry, b));
    }
  g_test_message ("%s (kind %d): bullets:\n%s", vitae_section_get_title (section),
                  vitae_section_get_kind (section), out->str);
  return g_string_free (out, FALSE);
}

/* A Europass page after the first: the labels right aligned at the
 * column's edge, each beside its items, whose lines wrap under their
 * text; above them, a grid of language levels whose headings start far
 * right of the labels; at the foot, a date and the page's number. */
static const char * const europass_rows[][3] = {
  { "Communication skills", "– listening first: learned while running the evening help",
    "desk at the library for three winters" },
  { NULL, "– clear writing: gained from the newsletter of the rowing",
    "club, which I edited and sent out every month" },
  { "Organisational skills", "– planning ahead: the yearly regatta, its boats, helpers,",
    "food and parking for some four hundred guests" },
  { NULL, "– keeping records of what was agreed, so nothing was lost", NULL },
  { "Job-related skills", "– fixing printers and small networks for the neighbours",
    "and the parish office, with a notebook of what failed" },
  { NULL, "– careful testing before each release of the booking site", NULL },
};

static void
draw_europass_page (cairo_t *cr)
{
  double y = 200;

  draw_text (cr, 190, 40, "Curriculum vitae", 8, FALSE);
  draw_right_aligned (cr, 168, 80, "Other languages", 7);
  draw_text (cr, 233, 80, "UNDERSTANDING", 7, FALSE);
  draw_text (cr, 330, 80, "SPEAKING", 7, FALSE);
  draw_text (cr, 430, 80, "WRITING", 7, FALSE);
  draw_right_aligned (cr, 168, 110, "Danish", 7);
  draw_text (cr, 222, 110, "B2", 7, FALSE);
  draw_text (cr, 300, 110, "C1", 7, FALSE);
  draw_text (cr, 380, 110, "B1", 7, FALSE);
  draw_text (cr, 187, 130, "Levels: A1 and A2: basic user - B1 and B2: independent user", 6, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (europass_rows); k++)
    {
      if (europass_rows[k][0] != NULL)
        {
          y += 14;
          draw_right_aligned (cr, 168, y, europass_rows[k][0], 7);
        }
      draw_text (cr, 187, y, europass_rows[k][1], 7, FALSE);
      if (europass_rows[k][2] != NULL)
        draw_text (cr, 197, y += 12, europass_rows[k][2], 7, FALSE);
      y += 12;
    }
  draw_right_aligned (cr, 168, y + 14, "Driving licence", 7);
  draw_text (cr, 187, y + 14, "B", 7, FALSE);
  draw_text (cr, 35, 800, "3 March 2026", 6, FALSE);
  draw_text (cr, 187, 800, "Page 2 / 2", 6, FALSE);
}

/* The labels read with the lines level with them and under them, up to
 * the next label: each item whole under its own label. */
static void
test_europass_grid (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *communication = NULL, *organisation = NULL;

  log_lines (draw_europass_page);
  document = import_drawn (draw_europass_page);
  communication = bullets_of (section_titled (document, "Communication skills"));
  g_assert_cmpstr (communication, ==,
                   "listening first: learned while running the evening help desk at the library for three "
                   "winters\n"
                   "clear writing: gained from the newsletter of the rowing club, which I edited and sent out "
                   "every month\n");
  organisation = bullets_of (section_titled (document, "Organisational skills"));
  g_assert_cmpstr (organisation, ==,
                   "planning ahead: the yearly regatta, its boats, helpers, food and parking for some four "
                   "hundred guests\n"
                   "keeping records of what was agreed, so nothing was lost\n");
}

/* Under a heading of skills, a list of sentences: its items in a few
 * words, or with words in brackets, stay items like those above them,
 * not groups of words. */
static void
test_sentences_under_skills (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *digital = NULL;

  add_line (lines, 187, 300, 14, 0, "Marta Eskildsen");
  add_line (lines, 187, 320, 9, 6, "marta.eskildsen@example.org");
  add_line (lines, 60, 177, 9, 14, "Digital skills");
  add_line (lines, 187, 520, 9, 2, "– years of practice writing and testing small programs for the club");
  add_line (lines, 187, 560, 9, 2.5, "– good command of office suites (word processor, spreadsheet, slides,");
  add_line (lines, 197, 260, 9, 2.5, "LaTeX)");
  add_line (lines, 187, 470, 9, 2.5, "– at home with web tools (HTML, CSS, PHP, Flask)");
  add_line (lines, 187, 530, 9, 2.5, "– quick to adapt to other systems (setting up Linux and BSD servers)");
  add_line (lines, 60, 177, 9, 14, "Driving licence\tB");
  document = vitae_import_lines (lines, NULL);
  digital = bullets_of (section_titled (document, "Digital skills"));
  g_assert_cmpstr (digital, ==,
                   "years of practice writing and testing small programs for the club\n"
                   "good command of office suites (word processor, spreadsheet, slides, LaTeX)\n"
                   "at home with web tools (HTML, CSS, PHP, Flask)\n"
                   "quick to adapt to other systems (setting up Linux and BSD servers)\n");
}

/* A form of labels ending in a colon, left aligned, their values half a
 * page to the right, the headings drawn again in grey over the values:
 * the rows read whole, the name is the value of its label's row
 * ("Naam:"), not the page's title above. */
static const char * const form_rows[][2] = {
  { "Naam:", "Femke van Dijk" },
  { "Adres:", "Kerkstraat 12" },
  { "Postcode, plaats:", "1234 AB, Zwolle" },
  { "Telefoonnummer:", "06 12345678" },
  { "E-mailadres:", "femke.vandijk@example.nl" },
  { "Geboortedatum:", "01-02-1990" },
};

static void
draw_colon_form (cairo_t *cr)
{
  double y = 110;

  draw_text (cr, 41, 40, "Curriculum Vitae", 14, TRUE);
  draw_text (cr, 41, 80, "Personalia", 9, TRUE);
  /* (The headings again over the values, in a light grey.) */
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  draw_text (cr, 306, 40, "Curriculum Vitae", 14, FALSE);
  draw_text (cr, 306, 80, "Personalia", 9, TRUE);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint k = 0; k < G_N_ELEMENTS (form_rows); k++, y += 13)
    {
      draw_text (cr, 41, y, form_rows[k][0], 9, FALSE);
      draw_text (cr, 306, y, form_rows[k][1], 9, FALSE);
    }
  draw_text (cr, 41, y += 20, "Opleidingen", 9, TRUE);
  draw_text (cr, 41, y += 20, "2008 - 2012:", 9, FALSE);
  draw_text (cr, 306, y, "MBO-opleiding Techniek in Deventer", 9, FALSE);
  draw_text (cr, 41, y += 13, "2012 - 2016:", 9, FALSE);
  draw_text (cr, 306, y, "HBO-opleiding Bouwkunde in Zwolle", 9, FALSE);
  draw_text (cr, 41, y += 20, "Werkervaring", 9, TRUE);
  draw_text (cr, 41, y += 20, "Maart 2016 - Heden:", 9, FALSE);
  draw_text (cr, 77, y += 13, "Bedrijfsnaam:", 9, FALSE);
  draw_text (cr, 306, y, "Bouwbureau De Brug", 9, FALSE);
  draw_text (cr, 77, y += 13, "Functie:", 9, FALSE);
  draw_text (cr, 306, y, "Tekenaar", 9, FALSE);
  draw_text (cr, 77, y += 13, "Werkzaamheden:", 9, FALSE);
  draw_text (cr, 306, y, "Ik teken bestekken en details", 9, FALSE);
  draw_text (cr, 306, y += 13, "voor woningen en scholen.", 9, FALSE);
}

static void
test_colon_form_name (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GBytes) pdf = drawn_pdf (draw_colon_form);
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 1, NULL);
  gboolean row_whole = FALSE;

  log_lines (draw_colon_form);
  for (guint i = 0; i < lines->len; i++)
    row_whole |= g_str_equal (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, "Naam:\tFemke van Dijk");
  g_assert_true (row_whole);
  document = import_drawn (draw_colon_form);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Femke van Dijk");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "femke.vandijk@example.nl");
}

/* A table of two columns, its labels in bold, its values further right,
 * a cell's first line a little higher than its label's where the value
 * runs over lines: the rows read whole, the name from a surname's row
 * ("Soyadı") and a given name's ("Adı"). */
static void
draw_label_table (cairo_t *cr)
{
  static const char * const schools[] = {
    "2016 – 2020 Ege Üniversitesi – Kimya Mühendisliği – Lisans",
    "2012 – 2016 İzmir Fen Lisesi",
  };
  static const char * const rows[][2] = {
    { "Yabancı Dil", "İngilizce (İleri Seviye)" },
    { "Programlama", "Python, R, SQL, MATLAB" },
    { "Hobiler", "Yüzme, Satranç, Fotoğraf" },
  };
  double y = 186;

  draw_text (cr, 72, 60, "Soyadı", 9, TRUE);
  draw_text (cr, 180, 60, "Demir", 9, FALSE);
  draw_text (cr, 72, 90, "Adı", 9, TRUE);
  draw_text (cr, 180, 90, "Ayşe Nur", 9, FALSE);
  draw_text (cr, 72, 120, "İletişim", 9, TRUE);
  draw_text (cr, 180, 120, "0532 111 22 33      ayse.demir@example.com", 9, FALSE);
  draw_text (cr, 72, 153, "Eğitim", 9, TRUE);
  draw_text (cr, 180, 150, schools[0], 9, FALSE);
  draw_text (cr, 180, 168, schools[1], 9, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (rows); k++, y += 30)
    {
      draw_text (cr, 72, y, rows[k][0], 9, TRUE);
      draw_text (cr, 180, y, rows[k][1], 9, FALSE);
    }
}

static void
test_label_table_name (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_label_table);
  document = import_drawn (draw_label_table);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ayşe Nur Demir");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ayse.demir@example.com");
}

/* An item with a glyph whose short first line is its label, ending in a
 * colon, its text on the lines under it from their edge, starting with
 * a capital: one item, as the next one, whose label fills its line. */
static void
test_lead_in_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *learning = NULL;

  add_line (lines, 23, 200, 15, 0, "Tomás Aguilar Vega");
  add_line (lines, 23, 160, 9, 5, "tomas.aguilar@example.org");
  add_line_full (lines, 0, 23, 150, 10, 40, VITAE_TEXT_LINE_BOLD, "ACADEMIC GROWTH");
  add_line_full (lines, 0, 23, 120, 9, 0, VITAE_TEXT_LINE_BOLD, "• Rust and Tokio:");
  add_line (lines, 23, 160, 9, 0, "I wrote two small network");
  add_line (lines, 23, 165, 9, 0.3, "services in Rust and passed an");
  add_line (lines, 23, 90, 9, 0.3, "online exam.");
  add_line_full (lines, 0, 23, 166, 9, 0.1, VITAE_TEXT_LINE_BOLD, "• Data Visualisation Work:");
  add_line (lines, 23, 158, 9, 0, "I drew charts of river levels");
  add_line (lines, 23, 100, 9, 0.3, "for a local club.");
  add_line (lines, 23, 165, 9, 0.1, "• Go: I am learning Go for small");
  add_line (lines, 23, 120, 9, 0, "command-line tools.");
  document = vitae_import_lines (lines, NULL);
  learning = bullets_of (vitae_document_get_section (document, 0));
  g_assert_cmpstr (learning, ==,
                   "Rust and Tokio: I wrote two small network services in Rust and passed an online exam.\n"
                   "Data Visualisation Work: I drew charts of river levels for a local club.\n"
                   "Go: I am learning Go for small command-line tools.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-europass/grid", test_europass_grid);
  g_test_add_func ("/import-europass/sentences-under-skills", test_sentences_under_skills);
  g_test_add_func ("/import-europass/colon-form-name", test_colon_form_name);
  g_test_add_func ("/import-europass/label-table-name", test_label_table_name);
  g_test_add_func ("/import-europass/lead-in-item", test_lead_in_item);
  return g_test_run ();
}
