/* test-import-wraps.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Wrapped lines of imported resumes met in real ones: an item's second
 * line set under its glyph or deeper than its text (also when it starts
 * with a capital after a little word), or under its text
 * where so many lines start that it looks like a column's edge, a
 * heading's word wrapped onto a line of its own, a span of years broken
 * over two lines beside an entry, a paragraph's lines joined, and phone
 * numbers whose "+" stands apart. Pages are drawn here, in our own words
 * (vitae-test-draw.h), or given as text lines. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Courses as a web page's editor sets them: each item's second line
 * starts under the glyph, not under the item's text, and the items stand
 * as close to each other as their lines do. Under an entry's items whose
 * lines all start under their text, a line at the glyphs' edge after the
 * last one is the entry's, not the item's. */
static void
draw_under_glyph (cairo_t *cr)
{
  static const char * const items[][2] = {
    { "Course in Rust for beginners", "Provider: Open Campus (40h)" },
    { "Course in technical writing", "Provider: Night School of Leeds (12h)" },
    { "First aid at work", "Provider: Red Cross" },
  };

  draw_text (cr, 40, 40, "Tomasz Wierzbicki", 20, TRUE);
  draw_text (cr, 40, 70, "tomasz.wierzbicki@example.pl", 10, FALSE);
  draw_text (cr, 40, 104, "Courses", 14, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      draw_text (cr, 40, 130 + 30 * k, "•", 10, FALSE);
      draw_text (cr, 50, 130 + 30 * k, items[k][0], 10, FALSE);
      draw_text (cr, 40, 145 + 30 * k, items[k][1], 10, FALSE);
    }
  draw_text (cr, 40, 250, "Experience", 14, TRUE);
  draw_text (cr, 40, 274, "Support Engineer, Rybka Software", 10, TRUE);
  draw_text (cr, 460, 274, "2020 – 2023", 10, FALSE);
  draw_text (cr, 40, 290, "•", 10, FALSE);
  draw_text (cr, 50, 290, "Answered the customers' tickets", 10, FALSE);
  draw_text (cr, 40, 305, "•", 10, FALSE);
  draw_text (cr, 50, 305, "Wrote the help pages", 10, FALSE);
  draw_text (cr, 40, 320, "Tools: Zendesk, Confluence", 10, FALSE);
  draw_text (cr, 40, 376, "Tester, Rybka Software", 10, TRUE);
  draw_text (cr, 460, 376, "2018 – 2020", 10, FALSE);
  draw_text (cr, 40, 392, "•", 10, FALSE);
  draw_text (cr, 50, 392, "Tested the desktop client by hand", 10, FALSE);
}

static void
test_under_glyph (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_under_glyph);
  document = import_drawn (draw_under_glyph);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Course in Rust for beginners Provider: Open Campus (40h)\n"
                   "Course in technical writing Provider: Night School of Leeds (12h)\n"
                   "First aid at work Provider: Red Cross\n"
                   "Answered the customers' tickets\n"
                   "Wrote the help pages\n"
                   "Tested the desktop client by hand\n");
}

/* An item whose glyph is glued to its first word, wrapped onto lines
 * indented deeper than its text. */
static void
draw_deeper_wrap (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Inês Carvalho", 20, TRUE);
  draw_text (cr, 40, 70, "ines.carvalho@example.pt", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 130, "•Weather Desk : intern as a Java developer | June 2018 - December of", 10, FALSE);
  draw_text (cr, 94, 145, "2018 role: helping build the sales team's desktop tools for", 10, FALSE);
  draw_text (cr, 94, 160, "field staff.", 10, FALSE);
  draw_text (cr, 40, 175, "•Harbour Cafe : waiter | summer 2017", 10, FALSE);
}

static void
test_deeper_wrap (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_deeper_wrap);
  document = import_drawn (draw_deeper_wrap);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Weather Desk : intern as a Java developer | June 2018 - December of 2018 role: helping build "
                   "the sales team's desktop tools for field staff.\n"
                   "Harbour Cafe : waiter | summer 2017\n");
}

/* Items typed with a dash whose wrapped lines stand three sizes in
 * from the dash, deeper than their text: after a little word ("such
 * as", "using") the wrapped line goes on with the item even when it
 * starts with a capital (a name). */
static void
draw_deeper_capital (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tomasz Wilk", 20, TRUE);
  draw_text (cr, 40, 70, "tomasz.wilk@example.pl", 10, FALSE);
  draw_text (cr, 40, 104, "Education", 14, TRUE);
  draw_text (cr, 40, 128, "Northern Technical College", 10, TRUE);
  draw_text (cr, 40, 143, "September 2019 - Present", 10, FALSE);
  draw_text (cr, 76, 163, "- Studied the languages of the web such as", 10, FALSE);
  draw_text (cr, 116, 178, "HTML, CSS and TypeScript", 10, FALSE);
  draw_text (cr, 76, 193, "- Built a timetable planner for students using", 10, FALSE);
  draw_text (cr, 116, 208, "Kotlin and a small SQLite store", 10, FALSE);
  draw_text (cr, 76, 223, "- Ran the college's chess club", 10, FALSE);
}

static void
test_deeper_capital (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_deeper_capital);
  document = import_drawn (draw_deeper_capital);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Studied the languages of the web such as HTML, CSS and TypeScript\n"
                   "Built a timetable planner for students using Kotlin and a small SQLite store\n"
                   "Ran the college's chess club\n");
}

/* An item that wraps onto a single word that is also a heading's
 * ("Projects"), under the item's text, in the item's size. */
static void
draw_heading_word (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Kwame Mensah", 20, TRUE);
  draw_text (cr, 40, 70, "kwame.mensah@example.gh", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 128, "Teaching Assistant, School of Engineering", 10, TRUE);
  draw_text (cr, 52, 146, "•", 10, FALSE);
  draw_text (cr, 64, 146, "Mentored nine groups of four students through the Software and Design", 10, FALSE);
  draw_text (cr, 64, 160, "Projects", 10, FALSE);
  draw_text (cr, 52, 174, "•", 10, FALSE);
  draw_text (cr, 64, 174, "Held office hours twice a week", 10, FALSE);
  draw_text (cr, 40, 204, "Projects", 14, TRUE);
  draw_text (cr, 40, 228, "Tide Tables", 10, TRUE);
  draw_text (cr, 52, 246, "•", 10, FALSE);
  draw_text (cr, 64, 246, "A small app that reads the harbour's tide tables aloud", 10, FALSE);
}

static void
test_heading_word (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_heading_word);
  document = import_drawn (draw_heading_word);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Mentored nine groups of four students through the Software and Design Projects\n"
                   "Held office hours twice a week\n"
                   "A small app that reads the harbour's tide tables aloud\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_PROJECTS), ==, 1);
}

/* A column of years with a span broken over two lines ("2018-" /
 * "2019"), its second line beside the entry's first item. */
static void
draw_split_span (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Greta Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "greta.lindqvist@example.se", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 130, "2018-", 10, FALSE);
  draw_text (cr, 100, 130, "Weekend job at Lindqvist Tools in the design office", 10, FALSE);
  draw_text (cr, 40, 143, "2019", 10, FALSE);
  draw_text (cr, 118, 144, "•", 10, FALSE);
  draw_text (cr, 130, 144, "Helped design the screens of the press controls", 10, FALSE);
  draw_text (cr, 118, 158, "•", 10, FALSE);
  draw_text (cr, 130, 158, "Wrote a tool that plans the presses' jobs offline", 10, FALSE);
  draw_text (cr, 40, 182, "2016", 10, FALSE);
  draw_text (cr, 100, 182, "Internship at the Post Office", 10, FALSE);
  draw_text (cr, 118, 196, "•", 10, FALSE);
  draw_text (cr, 130, 196, "Learnt how a telephone exchange is run", 10, FALSE);
}

/* A span left open ("2021 –", to this day) over the next entry's single
 * year, as close under it: two entries, the newest first. */
static void
draw_open_span (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Greta Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "greta.lindqvist@example.se", 10, FALSE);
  draw_text (cr, 40, 104, "Volunteering", 14, TRUE);
  draw_text (cr, 40, 130, "2021 –", 10, FALSE);
  draw_text (cr, 100, 130, "Repairs at the tool library", 10, FALSE);
  draw_text (cr, 40, 143, "2020", 10, FALSE);
  draw_text (cr, 100, 143, "Night courses in welding", 10, FALSE);
}

static void
test_open_span (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *first, *second;

  log_lines (draw_open_span);
  document = import_drawn (draw_open_span);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_VOLUNTEER), ==, 2);
  first = entry_at (document, VITAE_SECTION_VOLUNTEER, 0);
  second = entry_at (document, VITAE_SECTION_VOLUNTEER, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (first), "start"), ==, "2021");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (second), "end"), ==, "2020");
}

static void
test_split_span (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  log_lines (draw_split_span);
  document = import_drawn (draw_split_span);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Helped design the screens of the press controls\n"
                   "Wrote a tool that plans the presses' jobs offline\n"
                   "Learnt how a telephone exchange is run\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2018");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2019");
}

/* A column of dates set flush right, each span broken over two lines
 * ("06/2012 –" / "11/2012"), the entry's title on the first and its
 * first duty, in a smaller size, on the second, after a tab: the duty is
 * an item as the ones under it are, not the title of an entry of its
 * own. */
static void
test_right_aligned_split_span (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 44.6, 290, 33.9, 0, "Tomás Ferreira");
  add_line (lines, 350, 467.8, 10, 3, "tomas.ferreira@example.pt");
  add_line (lines, 116.4, 254, 14.3, 40, "Experiência Profissional");
  add_line (lines, 61.2, 416, 10.9, 9, "06/2012 –\tEstagiário, Câmara Municipal de Vila Nova, Vila Nova.")->tab_x = 116.4;
  add_line (lines, 69.2, 249, 10.9, 3.9, "11/2012\tApoio informático aos serviços internos")->tab_x = 116.4;
  add_line (lines, 116, 215, 10, 2.9, "Atendimento ao público");
  add_line (lines, 61.2, 550, 10.9, 5.6, "09/2015 –\tBolseiro de investigação em visão por computador, Universidade do")->tab_x = 116.4;
  add_line (lines, 69.2, 212, 10.9, 3.9, "12/2016\tLitoral, Vila Nova.")->tab_x = 116.4;
  add_line (lines, 116.4, 286, 10, 4.5, "Recolha de imagens de satélite");
  add_line (lines, 116.4, 352, 10, 3.1, "Escrita de relatórios técnicos");
  add_line (lines, 116.4, 373, 10, 3.1, "Treino de modelos de classificação de culturas");
  add_line (lines, 116, 256, 10, 3.1, "Ferramentas: Python e Git");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Apoio informático aos serviços internos\n"
                   "Atendimento ao público\n"
                   "Recolha de imagens de satélite\n"
                   "Escrita de relatórios técnicos\n"
                   "Treino de modelos de classificação de culturas\n"
                   "Ferramentas: Python e Git\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2012-06");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2012-11");
}

/* A paragraph in the header under the headline, its lines joined by
 * spaces (none ends in one), a word broken at a hyphen made whole. */
static void
draw_header_paragraph (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ravi Menon", 20, TRUE);
  draw_text (cr, 40, 66, "Front-end developer", 12, FALSE);
  draw_text (cr, 40, 84, "ravi.menon@example.in", 10, FALSE);
  draw_text (cr, 40, 106, "Willing to work in a growing team where I can use my technical and", 9, FALSE);
  draw_text (cr, 40, 120, "interpersonal skills; I have built web sites with HTML, CSS and a well-", 9, FALSE);
  draw_text (cr, 40, 134, "known framework, and I learn quickly.", 9, FALSE);
  draw_text (cr, 40, 170, "Experience", 14, TRUE);
  draw_text (cr, 40, 194, "Web Developer, Lotus Prints", 10, TRUE);
  draw_text (cr, 460, 194, "2021 – 2024", 10, FALSE);
  draw_text (cr, 40, 210, "• Built the shop's order pages", 10, FALSE);
}

static void
test_header_paragraph (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_header_paragraph);
  document = import_drawn (draw_header_paragraph);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "summary"), ==,
                   "Willing to work in a growing team where I can use my technical and interpersonal skills; I "
                   "have built web sites with HTML, CSS and a well-known framework, and I learn quickly.");
}

/* A headline set on two lines, a word broken at a hyphen between them:
 * joined whole, as an item's wrapped lines are. */
static void
draw_headline_hyphen (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ravi Menon", 20, TRUE);
  draw_text (cr, 40, 70, "ravi.menon@example.in", 10, FALSE);
  draw_text (cr, 40, 94, "Front-end developer who builds accessible, server-", 9, FALSE);
  draw_text (cr, 40, 108, "rendered shops for small bakeries and bookshops", 9, FALSE);
  draw_text (cr, 40, 150, "Experience", 14, TRUE);
  draw_text (cr, 40, 174, "Web Developer, Lotus Prints", 10, TRUE);
  draw_text (cr, 460, 174, "2021 – 2024", 10, FALSE);
  draw_text (cr, 40, 190, "• Built the shop's order pages", 10, FALSE);
}

static void
test_headline_hyphen (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_headline_hyphen);
  document = import_drawn (draw_headline_hyphen);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==,
                   "Front-end developer who builds accessible, server-rendered shops for small bakeries and bookshops");
}

/* A phone number whose "+" stands apart from the country code is no
 * list item, even among the sections (a second column read last). */
static void
test_spaced_plus (void)
{
  static const char * const texts[] = {
    "Lucía Ferrer Ortega", "Experience", "Baker, Horno del Barrio\t2019 - 2021", "• Baked the morning bread",
    "+ 34 612 34 56 78", "lucia.ferrer@example.es",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  VitaeEntry *work = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+ 34 612 34 56 78");
  g_assert_nonnull (work);
  g_assert_cmpuint (vitae_entry_get_n_bullets (work), ==, 1);
}

/* A country code in a cell of its own before the number. */
static void
test_country_code_cell (void)
{
  static const char * const texts[] = {
    "Oleh Marchenko", "oleh.marchenko@example.ua", "+ 48\t730- 514- 315", "Experience",
    "Driver, Wrocław Parcel\t2020 - 2023", "• Delivered parcels across the old town",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+ 48 730- 514- 315");
}

/* Certificates set in bold one a line, the first wrapped onto a second
 * line, with nothing under them: items, not entries' titles. */
static void
draw_bold_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Paloma Reyes", 20, TRUE);
  draw_text (cr, 40, 70, "paloma.reyes@example.mx", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 128, "Data Analyst, Mercado Azul", 10, TRUE);
  draw_text (cr, 460, 128, "2022 – 2025", 10, FALSE);
  draw_text (cr, 40, 144, "• Built the weekly sales report", 10, FALSE);
  draw_text (cr, 40, 178, "Certificates", 14, TRUE);
  draw_text (cr, 40, 202, "International Congress on Artificial Intelligence in the Social", 10, TRUE);
  draw_text (cr, 40, 218, "Sciences and Humanities. 2024", 10, TRUE);
  draw_text (cr, 40, 238, "Machine Learning with Python. 2024", 10, TRUE);
}

static void
test_bold_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_bold_items);
  document = import_drawn (draw_bold_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Built the weekly sales report\n"
                   "International Congress on Artificial Intelligence in the Social Sciences and Humanities. 2024\n"
                   "Machine Learning with Python. 2024\n");
}

static VitaeTextLine *
new_line (const char *text,
          double      size,
          double      gap,
          int         page,
          gboolean    bold)
{
  VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

  line->text = g_strdup (text);
  line->size = size;
  line->gap = gap;
  line->x = 40;
  line->right = 40 + 0.5 * size * strlen (text);
  line->page = page;
  line->tab_x = strchr (text, '\t') ? 400 : -1;
  line->flags = bold ? VITAE_TEXT_LINE_BOLD : 0;
  return line;
}

/* A heading at the top of a page has no space above it within the page,
 * yet the page's margin: set larger and in bold, it is a heading still. */
static void
test_heading_on_top (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section;

  g_ptr_array_add (lines, new_line ("Mara Quist", 24, 0, 0, TRUE));
  g_ptr_array_add (lines, new_line ("mara.quist@example.nl", 11, 4, 0, FALSE));
  g_ptr_array_add (lines, new_line ("Experience", 16, 20, 0, TRUE));
  g_ptr_array_add (lines, new_line ("Baker, De Korenbloem\t2019 - 2021", 11, 8, 0, TRUE));
  g_ptr_array_add (lines, new_line ("• Baked the morning bread for three shops", 11, 2, 0, FALSE));
  g_ptr_array_add (lines, new_line ("• Ran the oven's night shift", 11, 2, 0, FALSE));
  g_ptr_array_add (lines, new_line ("SKILLS and CERTIFICATES", 16, 0, 1, TRUE));
  g_ptr_array_add (lines, new_line ("Bread and pastry, food safety, stock keeping", 11, 8, 1, FALSE));
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 2);
  section = vitae_document_get_section (document, 1);
  g_assert_cmpstr (vitae_section_get_title (section), ==, "SKILLS and CERTIFICATES");
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 2);
}

/* XeTeX writes the hyphen of a word it breaks at a line's end as U+2010
 * HYPHEN: the line runs on into the next as after "-", and the word is
 * joined back, here under an item whose wrapped lines go back to the
 * column's edge, left of its icon. */
static void
test_unicode_hyphen (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 38, 256, 24, 0, VITAE_TEXT_LINE_BOLD, "Olga Berezina");
  add_line_full (lines, 0, 38, 200, 8, 4, 0, "olga.berezina@example.org");
  add_line_full (lines, 0, 35.4, 166, 17, 6, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 35.4, 334.8, 12, 10, 0, "Backend Developer\tCity Transport Office");
  add_line_full (lines, 0, 51.2, 262, 9, 8, VITAE_TEXT_LINE_ICON, "July 2021 – August 2022\tRiga, Latvia");
  add_line_full (lines, 0, 52.9, 323, 10, 8, VITAE_TEXT_LINE_ICON, "Kept up the back end of the services for the partner\u2010");
  add_line_full (lines, 0, 35.4, 285, 10, 2, 0, "ship products and a few chats");
  add_line_full (lines, 0, 35.4, 275, 17, 12, VITAE_TEXT_LINE_BOLD, "Education");
  add_line_full (lines, 0, 35.4, 300, 12, 10, 0, "BSc Applied Mathematics\t2015 – 2019");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Kept up the back end of the services for the partnership products and a few chats\n"));
}

/* AltaCV sets an item's icon a few points in from the column's edge,
 * its text further in, and its wrapped lines back at the edge, left of
 * the icon (the icon font's glyph is no letter of the line: the reader
 * flags the line). Once an item has wrapped so after a comma, the lines
 * at that edge close under an item go on with it, after a short line
 * too, or one that ends in XeTeX's hyphen (U+2010), joined back. */
static void
test_wrap_left_of_icon (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 38, 256, 24, 0, VITAE_TEXT_LINE_BOLD, "Olga Berezina");
  add_line_full (lines, 0, 38, 200, 8, 4, 0, "olga.berezina@example.org");
  add_line_full (lines, 0, 35.4, 166, 17, 6, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 35.4, 334.8, 12, 10, 0, "Full-Stack Developer\tHarbour Savings Bank");
  add_line_full (lines, 0, 51.2, 262, 9, 8, VITAE_TEXT_LINE_ICON, "August 2022 – September 2023\tRiga, Latvia");
  add_line_full (lines, 0, 52.9, 307, 10, 8, VITAE_TEXT_LINE_ICON, "Used: React, Material UI, OpenShift, Istio, Java,");
  add_line_full (lines, 0, 35.4, 65, 10, 2, 0, "Spring,");
  add_line_full (lines, 0, 35.4, 160, 10, 2, 0, "Postgres, Selenium, Selenide");
  add_line_full (lines, 0, 52.9, 327, 10, 2, VITAE_TEXT_LINE_ICON, "Built the bank's internal site and the API back end for");
  add_line_full (lines, 0, 35.4, 198, 10, 2, 0, "Loans Desk (linked borrowers)");
  add_line_full (lines, 0, 52.9, 323, 10, 2, VITAE_TEXT_LINE_ICON, "Kept up the back end of the services for the partner\u2010");
  add_line_full (lines, 0, 35.4, 330, 10, 2, 0, "ship products: badges, rewards, a sync with the city's");
  add_line_full (lines, 0, 35.4, 285, 10, 2, 0, "transport office and a few chats");
  add_line_full (lines, 0, 35.4, 275, 17, 12, VITAE_TEXT_LINE_BOLD, "Education");
  add_line_full (lines, 0, 35.4, 300, 12, 10, 0, "BSc Applied Mathematics\t2015 – 2019");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Used: React, Material UI, OpenShift, Istio, Java, Spring, Postgres, Selenium, Selenide\n"));
  g_assert_nonnull (strstr (bullets, "Built the bank's internal site and the API back end for Loans Desk (linked borrowers)\n"));
  g_assert_nonnull (strstr (bullets, "Kept up the back end of the services for the partnership products: badges, rewards, a "
                                     "sync with the city's transport office and a few chats\n"));
}

/* Items marked by an icon font's glyph (which the text leaves out: the
 * line starts at its text), their wrapped lines back at the icon's edge,
 * left of the text, the first without any item having wrapped so before;
 * a wrapped line right above the next icon's item is no item of its own
 * set with a hanging indent. */
static void
test_wrap_at_icon_edge (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 250, 22, 0, VITAE_TEXT_LINE_BOLD, "Jakob Lindqvist");
  add_line_full (lines, 0, 40, 200, 9, 4, 0, "jakob.lindqvist@example.se");
  add_line_full (lines, 0, 210, 470, 12, 19, VITAE_TEXT_LINE_BOLD, "IT-SUPPORT");
  add_line_full (lines, 0, 210, 555, 11, 8, VITAE_TEXT_LINE_BOLD, "Servicetechniker, Nordwerk AB\t2019 – 2023")->tab_x = 480;
  add_line_full (lines, 0, 223.8, 555, 10, 11.7, VITAE_TEXT_LINE_ICON,
                 "Erklärte Kundinnen die neuen Geräte am Telefon, damit sie");
  add_line_full (lines, 0, 212, 550, 10, 0.6, 0, "ohne Techniker im Haus weiterarbeiten konnten.");
  add_line_full (lines, 0, 221.9, 538, 10, 2.7, VITAE_TEXT_LINE_ICON,
                 "Schrieb Anleitungen mit Bildern für die häufigsten Fehler an");
  add_line_full (lines, 0, 212, 510, 10, -0.1, 0, "Druckern, Routern und Kassen im ganzen Haus und in den");
  add_line_full (lines, 0, 212, 280, 10, 0.1, 0, "Filialen.");
  add_line_full (lines, 0, 221.9, 558, 10, 2.7, VITAE_TEXT_LINE_ICON,
                 "Pflegte die Liste der offenen Meldungen für das ganze Team und");
  add_line_full (lines, 0, 212, 420, 10, 2.7, 0, "ordnete sie jeden Morgen nach Dringlichkeit.");
  add_line_full (lines, 0, 223.8, 400, 10, 2.7, VITAE_TEXT_LINE_ICON, "Richtete zwanzig Kassen in zwei Tagen ein.");
  add_line_full (lines, 0, 210, 271, 12, 18, VITAE_TEXT_LINE_BOLD, "AUSBILDUNG");
  add_line_full (lines, 0, 210, 500, 11, 8, VITAE_TEXT_LINE_BOLD, "Berufsschule Malmö\t2016 – 2019")->tab_x = 480;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Erklärte Kundinnen die neuen Geräte am Telefon, damit sie ohne Techniker im Haus weiterarbeiten "
                   "konnten.\n"
                   "Schrieb Anleitungen mit Bildern für die häufigsten Fehler an Druckern, Routern und Kassen im ganzen "
                   "Haus und in den Filialen.\n"
                   "Pflegte die Liste der offenen Meldungen für das ganze Team und ordnete sie jeden Morgen nach "
                   "Dringlichkeit.\n"
                   "Richtete zwanzig Kassen in zwei Tagen ein.\n");
}

/* Items whose wrapped lines start under their glyph, one of them on
 * two such lines, in a section of languages that a sidebar's heading
 * left the main column's items in. */
static void
test_two_lines_under_glyph (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 40, 250, 22, 0, VITAE_TEXT_LINE_BOLD, "Odile Marchand");
  add_line_full (lines, 0, 40, 200, 9, 4, 0, "odile.marchand@example.fr");
  add_line_full (lines, 0, 22, 72, 11, 20, VITAE_TEXT_LINE_BOLD, "LANGUES");
  add_line_full (lines, 0, 22, 63, 11, 8, 0, "Français");
  add_line_full (lines, 0, 241, 540, 8.5, 30, 0, "• Rédiger les fiches des produits du catalogue en ligne");
  add_line_full (lines, 0, 241, 560, 8.5, 1.5, 0, "• Mesurer la fréquentation du site, repérer les pages lentes et les");
  add_line_full (lines, 0, 241, 558, 8.5, 1.5, 0, "parcours abandonnés par les visiteurs grâce aux outils d'analyse");
  add_line_full (lines, 0, 241, 318, 8.5, 1.5, 0, "et aux tests");
  add_line_full (lines, 0, 241, 390, 8.5, 1.5, 0, "• Répondre aux questions des clients");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_nonnull (strstr (bullets, "Mesurer la fréquentation du site, repérer les pages lentes et les parcours "
                                     "abandonnés par les visiteurs grâce aux outils d'analyse et aux tests\n"));
}

/* moderncv sets a CV's dates in a column at the left, its headings and
 * titles at the column's edge, each item's "○" there too (set smaller)
 * and its text a little right of it, where its wrapped lines go on (a
 * hanging indent). So many lines start at the items' text that it looks
 * like a column's edge, which no line crosses: the lines there are the
 * items' own, read where they stand, not after all the others. */
static void
draw_hanging_items (cairo_t *cr)
{
  static const char * const lines[] = {
    "2021–today", "Data Analyst, Harbour Freight Lines, Hamburg",
    "○", "Built the weekly report on the load of each quay and sent it to the",
    "", "planners every Monday morning.",
    "○", "Cleaned the records of ten years of shipments so that they could be",
    "", "compared from one season to the next.",
    "○", "Answered the questions of the sales team about their own numbers.",
    "2019–2021", "Junior Analyst, Elbe Cold Storage, Cuxhaven",
    "○", "Forecast how much space each client would need a month ahead and",
    "", "kept the forecast within a tenth of what was used.",
    "○", "Drew the charts of the yearly review for the board and the staff",
    "", "meeting of every depot.",
    "○", "Moved the stock counts from paper sheets into a shared database.",
    "2017–2019", "Student Assistant, Institute of Logistics, Bremen",
    "○", "Read the literature on the routing of small trucks in towns and",
    "", "summed it up for the group's weekly seminar.",
    "○", "Wrote the scripts that cleaned the data of the traffic counters and",
    "", "checked them against the city's own figures, street by street, for",
    "", "the three years of the project.",
    "○", "Kept the group's page of publications up to date.",
  };
  double y = 190;

  draw_text (cr, 420, 40, "Lindenweg 4", 7.5, FALSE);
  draw_text (cr, 408, 52, "20095 Hamburg", 7.5, FALSE);
  draw_text (cr, 400, 64, "+49 40 5550 1234", 7.5, FALSE);
  draw_text (cr, 372, 76, "greta.holm@example.de", 7.5, FALSE);
  draw_text (cr, 45, 100, "Greta Holm", 25, FALSE);
  draw_text (cr, 138.6, 166, "Experience", 10.7, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (lines); k += 2)
    {
      gboolean title = g_ascii_isdigit (lines[k][0]);

      y += title && k > 0 ? 14 : 0;
      draw_text (cr, title ? 50 : 138, y + (title ? 0 : 1.5), lines[k], title ? 8.2 : 5.5, FALSE);
      draw_text (cr, title ? 138.6 : 149.6, y, lines[k + 1], title ? 8.2 : 7.5, FALSE);
      y += title ? 16 : 12;
    }
  draw_text (cr, 138.6, y + 10, "Education", 10.7, FALSE);
  draw_text (cr, 50, y + 34, "2014–2017", 8.2, FALSE);
  draw_text (cr, 138.6, y + 34, "BSc in Geography, University of Kiel, Faculty of Mathematics and Natural", 8.2, FALSE);
  draw_text (cr, 138.6, y + 47, "Sciences, Kiel", 8.2, FALSE);
  draw_text (cr, 50, y + 70, "2017–2019", 8.2, FALSE);
  draw_text (cr, 138.6, y + 70, "MSc in Logistics, University of Bremen, Department of Production", 8.2, FALSE);
  draw_text (cr, 138.6, y + 83, "Engineering, Bremen", 8.2, FALSE);
}

static void
test_hanging_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_hanging_items);
  document = import_drawn (draw_hanging_items);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Built the weekly report on the load of each quay and sent it to the planners every Monday "
                   "morning.\n"
                   "Cleaned the records of ten years of shipments so that they could be compared from one season to "
                   "the next.\n"
                   "Answered the questions of the sales team about their own numbers.\n"
                   "Forecast how much space each client would need a month ahead and kept the forecast within a "
                   "tenth of what was used.\n"
                   "Drew the charts of the yearly review for the board and the staff meeting of every depot.\n"
                   "Moved the stock counts from paper sheets into a shared database.\n"
                   "Read the literature on the routing of small trucks in towns and summed it up for the group's "
                   "weekly seminar.\n"
                   "Wrote the scripts that cleaned the data of the traffic counters and checked them against the "
                   "city's own figures, street by street, for the three years of the project.\n"
                   "Kept the group's page of publications up to date.\n");
}

/* Entries whose company line starts where their items' text does, right
 * of the items' marks: under an item that ends without a full stop, the
 * next entry's company stands more than an em further down than the
 * items' lines, and is no wrapped line of the item. */
static void
test_company_apart (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 60, 250, 20, 0, "Halvard Moen");
  add_line (lines, 60, 300, 10.9, 6, "halvard.moen@example.no");
  add_line (lines, 60, 200, 10.9, 20, "EXPERIENCE");
  add_line (lines, 81.2, 200, 10.9, 10, "Fjord Ferries AS");
  add_line (lines, 81.2, 547, 10.9, 3.9, "Systems Engineer\tMar 2019 — Present")->tab_x = 440;
  add_line (lines, 72.7, 520, 10.9, 5.4, "· Kept the ticket machines of eight ferries running");
  add_line (lines, 72.7, 547, 10.9, 2.9, "· Wrote the scripts that move the day's sales into the ledger at");
  add_line (lines, 81.2, 200, 10.9, 2.2, "midnight");
  add_line (lines, 72.7, 420, 10.9, 2.9, "· Trained the crews on the new card readers");
  add_line (lines, 81.2, 200, 10.9, 14.4, "Nordlys Data AS");
  add_line (lines, 81.2, 547, 10.9, 3.9, "Support Engineer\tJun 2016 — Feb 2019")->tab_x = 440;
  add_line (lines, 72.7, 480, 10.9, 5.4, "· Answered the calls of the shops that ran our tills");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Kept the ticket machines of eight ferries running\n"
                   "Wrote the scripts that move the day's sales into the ledger at midnight\n"
                   "Trained the crews on the new card readers\n"
                   "Answered the calls of the shops that ran our tills\n");
}

/* Items each with its tools listed under the last one, in italics, a
 * little further under it than the items' lines stand, where their text
 * starts: the tools are no wrapped line of the item. */
static void
test_tools_in_italics (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 60, 250, 20, 0, "Rosa Lindqvist");
  add_line (lines, 60, 300, 11.5, 6, "rosa.lindqvist@example.se");
  add_line (lines, 60, 200, 13, 20, "EXPERIENCE");
  add_line_full (lines, 0, 60, 200, 13, 10, VITAE_TEXT_LINE_BOLD, "Web Developer");
  add_line (lines, 60, 547, 11.5, 2.3, "Harbour Maps AB\tMay 2021 — Present")->tab_x = 440;
  add_line (lines, 66, 520, 11.5, 2.3, "• Built the pages where skippers book a berth");
  add_line (lines, 66, 500, 11.5, 2.3, "• Kept the tide tables in step with the coast guard's");
  add_line_full (lines, 0, 78, 400, 11.5, 3.8, VITAE_TEXT_LINE_ITALIC, "Vue, Typescript, PostgreSQL");
  add_line_full (lines, 0, 60, 200, 13, 10, VITAE_TEXT_LINE_BOLD, "Tester");
  add_line (lines, 60, 547, 11.5, 2.3, "Harbour Maps AB\tJan 2020 — Apr 2021")->tab_x = 440;
  add_line (lines, 66, 480, 11.5, 2.3, "• Tested the booking pages on old phones");
  add_line_full (lines, 0, 78, 300, 11.5, 3.8, VITAE_TEXT_LINE_ITALIC, "Playwright, Excel");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_nonnull (strstr (bullets, "Kept the tide tables in step with the coast guard's\n"));
  g_assert_nonnull (strstr (bullets, "Tested the booking pages on old phones\n"));
  g_assert_null (strstr (bullets, "coast guard's Vue"));
  g_assert_null (strstr (bullets, "phones Playwright"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-wraps/under-glyph", test_under_glyph);
  g_test_add_func ("/import-wraps/deeper-wrap", test_deeper_wrap);
  g_test_add_func ("/import-wraps/deeper-capital", test_deeper_capital);
  g_test_add_func ("/import-wraps/heading-word", test_heading_word);
  g_test_add_func ("/import-wraps/split-span", test_split_span);
  g_test_add_func ("/import-wraps/open-span", test_open_span);
  g_test_add_func ("/import-wraps/right-aligned-split-span", test_right_aligned_split_span);
  g_test_add_func ("/import-wraps/bold-items", test_bold_items);
  g_test_add_func ("/import-wraps/heading-on-top", test_heading_on_top);
  g_test_add_func ("/import-wraps/header-paragraph", test_header_paragraph);
  g_test_add_func ("/import-wraps/headline-hyphen", test_headline_hyphen);
  g_test_add_func ("/import-wraps/spaced-plus", test_spaced_plus);
  g_test_add_func ("/import-wraps/country-code-cell", test_country_code_cell);
  g_test_add_func ("/import-wraps/unicode-hyphen", test_unicode_hyphen);
  g_test_add_func ("/import-wraps/wrap-left-of-icon", test_wrap_left_of_icon);
  g_test_add_func ("/import-wraps/wrap-at-icon-edge", test_wrap_at_icon_edge);
  g_test_add_func ("/import-wraps/two-lines-under-glyph", test_two_lines_under_glyph);
  g_test_add_func ("/import-wraps/hanging-items", test_hanging_items);
  g_test_add_func ("/import-wraps/company-apart", test_company_apart);
  g_test_add_func ("/import-wraps/tools-in-italics", test_tools_in_italics);
  return g_test_run ();
}
