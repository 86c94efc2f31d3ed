/* test-import-layouts2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Sections and items of imported PDFs in layouts met in real resumes,
 * once the lines are read in order: lists without glyphs under a
 * heading of the person's own. Each page is drawn here, in our own
 * words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* The bullets of a section's entries, one a line. */
static char *
bullets_of (VitaeSection *section)
{
  GString *out = g_string_new (NULL);

  for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
    {
      VitaeEntry *entry = vitae_section_get_entry (section, e);

      g_test_message ("entry %s: %s", vitae_node_get_text (VITAE_NODE (entry), "title"),
                      vitae_node_get_text (VITAE_NODE (entry), "summary"));
      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (out, "%s\n", bullet_text (entry, b));
    }
  g_test_message ("%s (kind %d): bullets:\n%s", vitae_section_get_title (section),
                  vitae_section_get_kind (section), out->str);
  return g_string_free (out, FALSE);
}

static const char * const club_lines[] = {
  "Won the town's open tournament twice",
  "Second at the county rapid final",
  "Taught the beginners on Saturdays for two years",
  "Captain of the second team",
};

/* Under a heading of the person's own, in a narrow column, lines one a
 * line without glyphs, each starting with a capital, most filling the
 * column: a list. Under another, a paragraph wrapped in that column,
 * whose lines do not all start with a capital: no list. */
static void
draw_one_a_line_list (cairo_t *cr)
{
  double y = 140;

  draw_text (cr, 40, 40, "Nadia Kowalczyk", 20, TRUE);
  draw_text (cr, 40, 70, "nadia.kowalczyk@example.org", 10, FALSE);
  draw_text (cr, 40, 110, "Chess Club", 14, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (club_lines); k++, y += 14)
    draw_text (cr, 40, y, club_lines[k], 10, FALSE);
  draw_text (cr, 40, y + 20, "Outlook", 14, TRUE);
  draw_wrapped (cr, 40, y + 50, 250,
                "I would like to coach a school team one day, and to write a short book on the "
                "endgames that beginners find hardest, with puzzles drawn from club games.",
                10);
}

static void
test_one_a_line_list (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *club = NULL, *outlook = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);

  log_lines (draw_one_a_line_list);
  document = import_drawn (draw_one_a_line_list);
  for (guint k = 0; k < G_N_ELEMENTS (club_lines); k++)
    g_string_append_printf (expected, "%s\n", club_lines[k]);
  club = bullets_of (section_titled (document, "Chess Club"));
  g_assert_cmpstr (club, ==, expected->str);
  outlook = bullets_of (section_titled (document, "Outlook"));
  g_assert_cmpstr (outlook, ==, "");
}

/* Two columns of items whose first line alone is indented, wrapped
 * back to the column's edge, over a section set across the page whose
 * lines start where the left column's do: the left column ends where
 * its own lines end, not where the section's, so the wrapped lines go
 * on with their items. */
static const char * const left_items[][3] = {
  { "Kept the build scripts going", "through two moves and a cellar", "flood last spring." },
  { "Wrote checklists the evening", "staff still use when closing", "tills and doors." },
};
static const char * const right_items[][3] = {
  { "Drew plans for a new counter", "beside the door, ordered parts", "from two suppliers." },
  { "Trained four apprentices who", "mend kettles, lamps, toasters", "and radios." },
};

static void
draw_column (cairo_t                 *cr,
             double                   x,
             const char              *label,
             const char * const     (*items)[3],
             guint                    n_items)
{
  double y = 160;

  draw_text (cr, x, y, label, 10, FALSE);
  for (guint k = 0; k < n_items; k++)
    for (guint l = 0; l < 3; l++)
      draw_text (cr, l == 0 ? x + 14 : x, y += 14, items[k][l], 10, FALSE);
}

static void
draw_indented_columns (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tomasz Wierzbicki", 20, TRUE);
  draw_text (cr, 40, 70, "tomasz.w@example.net", 10, FALSE);
  draw_text (cr, 40, 110, "Experience", 14, TRUE);
  draw_text (cr, 40, 136, "Harbour Hardware", 10, TRUE);
  draw_column (cr, 40, "Workshop", left_items, G_N_ELEMENTS (left_items));
  draw_column (cr, 340, "Shop floor", right_items, G_N_ELEMENTS (right_items));
  draw_text (cr, 40, 300, "Skills", 14, TRUE);
  draw_text (cr, 40, 326, "Soldering, wiring, stock keeping, ordering, teaching, first aid, driving a van", 10, FALSE);
}

static void
test_indented_columns (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) got = g_string_new (NULL);

  log_lines (draw_indented_columns);
  document = import_drawn (draw_indented_columns);
  for (guint k = 0; k < G_N_ELEMENTS (left_items); k++)
    g_string_append_printf (expected, "%s %s %s\n", left_items[k][0], left_items[k][1], left_items[k][2]);
  /* (The right column's items are the columns' business.) */
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      g_test_message ("entry %s: %s", vitae_node_get_text (VITAE_NODE (entry), "title"),
                      vitae_node_get_text (VITAE_NODE (entry), "summary"));
      for (guint b = 0; b < vitae_entry_get_n_bullets (entry) && e == 0; b++)
        g_string_append_printf (got, "%s\n", bullet_text (entry, b));
    }
  g_assert_cmpstr (got->str, ==, expected->str);
}

/* A resume of two pages with a sidebar at the left: the second page's
 * right column goes on with the first page's last entry, its first line
 * above the sidebar's next heading. */
static const char * const bakery_items[] = {
  "• Baked the morning bread six days a week",
  "• Ordered flour and yeast from the mill",
  "• Showed two new bakers the ovens",
  "• Kept the shop's hygiene records",
};

static void
draw_sidebar_pages (cairo_t *cr)
{
  static const char * const page1_items[] = {
    "• Served coffee to the station's travellers",
    "• Counted the till at closing time",
    "• Wrote the weekly rota for six people",
    "• Cleaned the machines every evening",
  };
  static const char * const skills[] = { "Baking", "Ordering", "Hygiene", "Teaching", "Driving" };
  double y;

  draw_text (cr, 40, 40, "Maren Holt", 18, TRUE);
  draw_text (cr, 40, 70, "maren.holt@example.com · 07700 900123", 10, FALSE);
  draw_text (cr, 230, 110, "Experience", 14, TRUE);
  draw_text (cr, 230, 140, "Station Café, Leeds", 10, TRUE);
  draw_text (cr, 230, 156, "Barista / 2016 – 2019", 10, FALSE);
  y = 172;
  for (guint k = 0; k < G_N_ELEMENTS (page1_items); k++, y += 16)
    draw_text (cr, 240, y, page1_items[k], 10, FALSE);
  cairo_show_page (cr);

  draw_text (cr, 230, 40, "Corner Bakery, Leeds", 10, TRUE);
  draw_text (cr, 230, 56, "Baker / 2014 – 2016", 10, FALSE);
  y = 72;
  for (guint k = 0; k < G_N_ELEMENTS (bakery_items); k++, y += 16)
    draw_text (cr, 240, y, bakery_items[k], 10, FALSE);
  draw_text (cr, 40, 50, "SKILLS", 12, TRUE);
  y = 72;
  for (guint k = 0; k < G_N_ELEMENTS (skills); k++, y += 16)
    draw_text (cr, 40, y, skills[k], 10, FALSE);
}

static void
test_sidebar_second_page (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_sidebar_pages);
  document = import_drawn (draw_sidebar_pages);
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    g_test_message ("entry %s (%u bullets)",
                    vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, e)), "title"),
                    vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, e)));
  /* (Whether the employer and the role make one entry or two is the
   * line pass's business, not the columns'.) */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), >=, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, n_entries_of (document, VITAE_SECTION_EXPERIENCE) - 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, G_N_ELEMENTS (bakery_items));
  for (guint b = 0; b < G_N_ELEMENTS (bakery_items); b++)
    g_assert_cmpstr (bullet_text (entry, b), ==, bakery_items[b] + strlen ("• "));
}

/* An entry's items set in two narrow columns (a web page's CSS columns)
 * a dozen points apart, inside the main column, beside a sidebar: the
 * left column's items are read before the right one's, each whole. */
static void
draw_item_columns (cairo_t *cr)
{
  static const struct { double x, y; const char *text; } parts[] = {
    { 50, 150, "• Wrote the shop's stock" }, { 230, 150, "• Taught the staff to use" },
    { 58, 161, "system in a small web" },    { 238, 161, "the new scanners and" },
    { 58, 172, "framework." },               { 238, 172, "label printers." },
    { 50, 183, "• Kept the cash tills" },
    { 58, 194, "running." },
  };
  static const char * const sidebar[] = {
    "Skills", "Soldering", "Stock keeping", "Teaching", "First aid", "Driving", "Ordering", "Cash handling",
  };

  draw_text (cr, 40, 40, "Ines Carvalho", 20, TRUE);
  draw_text (cr, 40, 70, "ines.carvalho@example.pt", 10, FALSE);
  draw_text (cr, 40, 100, "Experience", 14, TRUE);
  draw_text (cr, 40, 128, "Corner Shop, York", 9, TRUE);
  draw_text (cr, 330, 128, "2018 – 2020", 9, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    draw_text (cr, parts[k].x, parts[k].y, parts[k].text, 7, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (sidebar); k++)
    draw_text (cr, 430, 100 + 14 * k, sidebar[k], k == 0 ? 12 : 8, k == 0);
}

static void
test_item_columns (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) got = g_string_new (NULL);

  log_lines (draw_item_columns);
  document = import_drawn (draw_item_columns);
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (got, "%s\n", bullet_text (entry, b));
    }
  g_assert_cmpstr (got->str, ==,
                   "Wrote the shop's stock system in a small web framework.\n"
                   "Kept the cash tills running.\n"
                   "Taught the staff to use the new scanners and label printers.\n");
}

/* An entry's employer with its role and place after it, the role
 * marked by a list item's glyph a word space apart; under them the
 * entry's items, whose lines have a letter, or a word, start just where
 * that glyph stands (no gap: the letters touch). That glyph starts no
 * second column of items: each item reads whole. */
static void
draw_mark_over_words (cairo_t *cr)
{
  const char *cut = "\u2022 Baked the morning br";
  double mark_x = 140 + text_advance (cr, cut, 10, FALSE) + 0.75;

  draw_text (cr, 40, 40, "Tobias Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "tobias.lindqvist@example.se", 10, FALSE);
  draw_text (cr, 40, 100, "Experience", 14, TRUE);
  draw_text (cr, 40, 130, "2019 \u2013 2023", 10, FALSE);
  draw_text (cr, mark_x - 5 - text_advance (cr, "Harbour Bakery", 10, TRUE), 130, "Harbour Bakery", 10, TRUE);
  draw_text (cr, mark_x, 131, "\u2022 Shift Lead \u2022 Leeds", 9, FALSE);
  draw_text (cr, 140, 146, cut, 10, FALSE);
  draw_text (cr, mark_x - 0.75, 146, "ead for four caf\u00e9s in the town centre.", 10, FALSE);
  draw_text (cr, mark_x - 0.75 - text_advance (cr, "\u2022 Trained two new ", 10, FALSE), 160,
             "\u2022 Trained two new ", 10, FALSE);
  draw_text (cr, mark_x - 0.75, 160, "bakers on the early shift.", 10, FALSE);
}

static void
test_mark_over_words (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_mark_over_words);
  document = import_drawn (draw_mark_over_words);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Baked the morning bread for four caf\u00e9s in the town centre.");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Trained two new bakers on the early shift.");
}

/* Items with glyphs whose wrapped lines go back to the glyphs' edge,
 * and between two of them a subheading at that edge, after a sentence's
 * end: the subheading is no part of the item above, however little
 * room that item's last line left. */
static void
draw_subheading_between_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Aiko Tanaka", 20, TRUE);
  draw_text (cr, 40, 70, "aiko.tanaka@example.jp", 10, FALSE);
  draw_text (cr, 40, 110, "Projects", 14, TRUE);
  draw_text (cr, 40, 140, "Transit maps", 10, FALSE);
  draw_text (cr, 40, 156, "• Drew bus maps from the city's open data for", 10, FALSE);
  draw_text (cr, 40, 172, "the council's website and its printed guides.", 10, FALSE);
  draw_text (cr, 40, 188, "Website hosting", 10, FALSE);
  draw_text (cr, 40, 204, "• Moved the whole site to a cheaper host", 10, FALSE);
}

static void
test_subheading_between_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GString) got = g_string_new (NULL);

  log_lines (draw_subheading_between_items);
  document = import_drawn (draw_subheading_between_items);
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_PROJECTS); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_PROJECTS, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (got, "%s\n", bullet_text (entry, b));
    }
  g_assert_cmpstr (got->str, ==,
                   "Drew bus maps from the city's open data for the council's website and its printed guides.\n"
                   "Moved the whole site to a cheaper host\n");
}

/* A column of section headings at the left (a word processor's
 * table), some over two lines, under a header whose address and
 * contact lines stand left of where the content starts, set smaller
 * than the headings: each heading reads before what stands beside it,
 * a heading's two lines as one even with a line of the content
 * between them. */
static void
draw_heading_column_address (cairo_t *cr)
{
  static const char * const schools[] = {
    "2016 – 2018 : Master in Computing, Lille University",
    "2013 – 2016 : Bachelor in Computing, Lille University",
    "2011 – 2013 : Technical degree, Arras Institute",
  };
  static const char * const areas[] = {
    "HTML – CSS – TypeScript", "Node – Vue – Express", "C – C++", "Python", "SQL",
  };

  draw_text (cr, 38, 30, "Lena Marchetti", 16.5, TRUE);
  draw_text (cr, 38, 62, "Web developer", 10.5, TRUE);
  draw_text (cr, 60, 92, "4 Quai des Brumes, Lille 59000", 8.25, FALSE);
  draw_text (cr, 454, 92, "Driving licence", 8.25, FALSE);
  draw_text (cr, 60, 108, "lena.example.net", 8.25, FALSE);
  draw_text (cr, 454, 108, "03/02/1995", 8.25, FALSE);
  draw_text (cr, 60, 124, "lena.marchetti@example.fr", 8.25, FALSE);

  draw_text (cr, 24, 170, "Education", 12, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    draw_text (cr, 158.5, 172 + 15 * k, "•", 9, FALSE), draw_text (cr, 176.5, 172 + 15 * k, schools[k], 9, FALSE);
  draw_text (cr, 24, 250, "Areas of", 12, TRUE);
  draw_text (cr, 24, 269, "expertise", 12, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (areas); k++)
    draw_text (cr, 158.5, 251 + 14 * k, areas[k], 8.25, FALSE);
  draw_text (cr, 24, 340, "Work", 12, TRUE);
  draw_text (cr, 24, 359, "experience", 12, TRUE);
  draw_text (cr, 158.5, 341, "Harbour Tools – Lille (59000)", 10.5, FALSE);
  draw_right_aligned (cr, 578, 341, "2018 (4 months)", 10.5);
  draw_text (cr, 158.5, 359, "Web developer", 10.5, TRUE);
  draw_text (cr, 158.5, 379, "• Built the tools that read the sensor logs.", 8.25, FALSE);
  draw_text (cr, 158.5, 394, "• Wrote the tests of the export to the archive.", 8.25, FALSE);
  draw_text (cr, 24, 430, "Hobbies", 12, TRUE);
  draw_text (cr, 158.5, 431, "Climbing and trail running", 8.25, FALSE);
}

static void
test_heading_column_address (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_heading_column_address);
  document = import_drawn (draw_heading_column_address);
  bullets = all_bullets (document);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lena Marchetti");
  g_assert_cmpuint (vitae_section_get_n_entries (section_titled (document, "Areas of expertise")), >, 0);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_INTERESTS), ==, 1);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), >, 0);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EDUCATION, 0)), ==, 3);
  g_assert_true (g_str_has_suffix (bullets, "Built the tools that read the sensor logs.\n"
                                            "Wrote the tests of the export to the archive.\n"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-layouts2/one-a-line-list", test_one_a_line_list);
  g_test_add_func ("/import-layouts2/indented-columns", test_indented_columns);
  g_test_add_func ("/import-layouts2/sidebar-second-page", test_sidebar_second_page);
  g_test_add_func ("/import-layouts2/item-columns", test_item_columns);
  g_test_add_func ("/import-layouts2/mark-over-words", test_mark_over_words);
  g_test_add_func ("/import-layouts2/subheading-between-items", test_subheading_between_items);
  g_test_add_func ("/import-layouts2/heading-column-address", test_heading_column_address);
  return g_test_run ();
}
