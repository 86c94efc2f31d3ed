/* test-import-entries.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The entries of imported PDFs in layouts met in real resumes: their
 * titles, subtitles and items drawn without marks, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A classic two-cell layout: dates in a narrow left cell, the entry's
 * title in bold right of them, and under the title, at its left edge,
 * either its items one a line without marks, a paragraph that wraps, or
 * a school's degree. */
static void
draw_items_under_titles (cairo_t *cr)
{
  draw_text (cr, 140, 40, "Mirela Dragan", 18, FALSE);
  draw_text (cr, 140, 70, "mirela.dragan@example.org", 8, FALSE);
  draw_text (cr, 30, 110, "Experience", 11, FALSE);
  draw_text (cr, 36, 135, "06/2019 - 09/2019", 7.5, FALSE);
  draw_text (cr, 140, 135, "Intern at a river survey office", 7.5, TRUE);
  draw_text (cr, 140, 147, "Counted the fish passing the weir each morning", 7.5, FALSE);
  draw_text (cr, 140, 159, "Logged water levels", 7.5, FALSE);
  draw_text (cr, 140, 171, "Cleaned the sampling nets after storms", 7.5, FALSE);
  draw_text (cr, 36, 195, "09/2017 - 06/2019", 7.5, FALSE);
  draw_text (cr, 140, 195, "Assistant at a seed library", 7.5, TRUE);
  draw_text (cr, 140, 207, "Sorted and labelled the donated seeds of three valleys, then wrote", 7.5, FALSE);
  draw_text (cr, 140, 219, "the cards that went with them to the schools nearby", 7.5, FALSE);
  draw_text (cr, 30, 250, "Education", 11, FALSE);
  draw_text (cr, 36, 275, "2014 - 2017", 7.5, FALSE);
  draw_text (cr, 140, 275, "Lycée des Remparts (Annecy)", 7.5, TRUE);
  draw_text (cr, 140, 287, "Baccalauréat in sciences", 7.5, FALSE);
}

/* Lines one a line under an entry's title, three or more set alike,
 * each starting with a capital and some ending well short of the
 * column's edge, are the entry's items, the first one too (not its
 * subtitle); a paragraph that wraps, or a degree alone, stays as it
 * was. */
static void
test_items_under_titles (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  log_lines (draw_items_under_titles);
  document = import_drawn (draw_items_under_titles);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Counted the fish passing the weir each morning\n"
                   "Logged water levels\n"
                   "Cleaned the sampling nets after storms\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Intern at a river survey office");
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "organization"));
  entry = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 0);
}

/* Items with glyphs whose first lines are set in bold, a title under
 * the item's first words, at the item's text edge, as close as its
 * other lines. */
static void
draw_bold_lines_in_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tomasz Wierzba", 18, FALSE);
  draw_text (cr, 40, 70, "tomasz.wierzba@example.org", 8, FALSE);
  draw_text (cr, 40, 110, "Qualifications", 11, FALSE);
  draw_text (cr, 50, 135, "•", 7.5, TRUE);
  draw_text (cr, 60, 135, "Academic degree", 7.5, TRUE);
  draw_text (cr, 60, 146, "Master of Arts in Ceramics", 7.5, TRUE);
  draw_text (cr, 60, 157, "University of the Northern Lakes", 7.5, FALSE);
  draw_text (cr, 50, 180, "•", 7.5, TRUE);
  draw_text (cr, 60, 180, "Language certificate", 7.5, TRUE);
  draw_text (cr, 60, 191, "Polish for teachers, level C1", 7.5, TRUE);
  draw_text (cr, 60, 202, "Institute of the Eastern Coast", 7.5, FALSE);
}

/* A bold line under an item with a glyph, at the item's text edge and
 * as close as the item's lines, after a line that ends no sentence,
 * goes on with the item: each item is one, whole. */
static void
test_bold_lines_in_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_bold_lines_in_items);
  document = import_drawn (draw_bold_lines_in_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Academic degree Master of Arts in Ceramics University of the Northern Lakes\n"
                   "Language certificate Polish for teachers, level C1 Institute of the Eastern Coast\n");
}

/* Numbered items whose lines stand further apart than the summary's,
 * each going on in a phrase set in bold (after no little word). */
static void
draw_items_into_bold (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Kavya Raman", 18, FALSE);
  draw_text (cr, 40, 70, "kavya.raman@example.org", 8, FALSE);
  draw_text (cr, 40, 100, "Summary", 11, FALSE);
  draw_text (cr, 40, 122, "I build small tools for ports and warehouses, and I like to see them used by the", 7.5, FALSE);
  draw_text (cr, 40, 133, "people who load the ships, every day of the week, in rain and in sun alike. My", 7.5, FALSE);
  draw_text (cr, 40, 144, "last tool counted the crates on each pallet from a photo taken with a phone, and", 7.5, FALSE);
  draw_text (cr, 40, 155, "the one before it told the drivers which gate was free, so that nobody waited in", 7.5, FALSE);
  draw_text (cr, 40, 166, "the queue for an hour at noon when the sun is at its highest.", 7.5, FALSE);
  draw_text (cr, 40, 190, "Internships", 11, FALSE);
  draw_text (cr, 40, 215, "1.", 7.5, FALSE);
  draw_text (cr, 52, 215, "I spent two weeks of summer", 7.5, FALSE);
  draw_text (cr, 52, 233, "Harbour Office (Kochi) and", 7.5, TRUE);
  draw_text (cr, 52, 251, "wrote a form for gate passes", 7.5, FALSE);
  draw_text (cr, 40, 275, "2.", 7.5, FALSE);
  draw_text (cr, 52, 275, "I spent a week of winter", 7.5, FALSE);
  draw_text (cr, 52, 293, "Cold Store of Vypin at", 7.5, TRUE);
  draw_text (cr, 52, 311, "night.", 7.5, FALSE);
}

/* An item runs on into a bold line at its text edge that stands under
 * it as far as the item's next line does, though further than the
 * summary's lines stand apart. */
static void
test_items_into_bold (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_items_into_bold);
  document = import_drawn (draw_items_into_bold);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "I spent two weeks of summer Harbour Office (Kochi) and wrote a form for gate passes\n"
                   "I spent a week of winter Cold Store of Vypin at night.\n");
}

/* A resume set as a program's source: its header a class whose fields
 * hold the name and contact details in quotes, or a JSON object. */
static const char * const *source_lines;

static void
draw_source_lines (cairo_t *cr)
{
  for (guint k = 0; source_lines[k] != NULL; k++)
    draw_text (cr, 30, 30 + 14 * k, source_lines[k], 7.5, FALSE);
}

static void
test_header_as_source_code (void)
{
  static const char * const source[] = {
    "struct Person {", "public:", "std::string name = \"Oskar Lindqvist\";",
    "std::string role = \"Embedded developer\";", "const char *phone = \"+46 70 123 45 67\";",
    "std::string email = \"oskar.lindqvist@example.org\";", "};", NULL,
  };
  static const char * const json[] = {
    "{", "\"name\": \"Oskar Lindqvist\",", "\"phone\": '+46 70 123 45 67',",
    "\"email\": \"oskar.lindqvist@example.org\"", "}", NULL,
  };
  const char * const *texts[] = { source, json };

  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      g_autoptr(VitaeDocument) document = NULL;

      source_lines = texts[k];
      log_lines (draw_source_lines);
      document = import_drawn (draw_source_lines);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Oskar Lindqvist");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+46 70 123 45 67");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "oskar.lindqvist@example.org");
    }
}

/* A line in quotes inside an item is no field: it stays as written. */
static void
test_quotes_in_items_stay (void)
{
  static const char * const texts[] = {
    "Oskar Lindqvist", "oskar.lindqvist@example.org",
    "Experience", "Firmware Developer, Nordic Lifts\t2019 - 2024",
    "• Renamed the build flag: FAST = \"on\"",
  };
  g_autoptr(VitaeDocument) document = import_texts (texts, G_N_ELEMENTS (texts));
  g_autofree char *bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==, "Renamed the build flag: FAST = \"on\"\n");
}

/* A page whose main column opens with the title sought, set largest and
 * wrapped over lines, above its first heading; then a sidebar that sets
 * the name as large under a photo, as the reader gives their lines. */
static VitaeDocument *
import_title_over_sidebar_name (const char *first_line)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);

  add_line (lines, 320, 500, 30, 0, first_line);
  add_line (lines, 310, 510, 30, -6.6, "garden design");
  add_line (lines, 300, 520, 30, -6.6, "(public parks)");
  add_line (lines, 270, 350, 15, 27, "Training");
  add_line (lines, 55, 170, 30, -14, "Lena");
  add_line (lines, 55, 175, 30, -6.6, "KOVAC");
  add_line (lines, 55, 115, 15, 17, "Contact");
  add_line (lines, 48, 150, 8, 24, "Vrtna 5, 10000 Zagreb");
  add_line (lines, 48, 110, 8, 14, "+385 91 234 5678");
  add_line (lines, 48, 170, 8, 14, "studio.verde@example.org");
  add_line (lines, 260, 550, 10, 0, "Certificate in horticulture, Green College");
  add_line (lines, 260, 540, 9, 0.7, "Lakeside campus\t2023 - 2024");
  add_line (lines, 260, 550, 10, 4, "Planted and kept the college's herb garden through two summers, and drew");
  add_line (lines, 260, 550, 10, 2, "the plans for its new beds of roses, lavender and thyme along the south wall");
  add_line (lines, 260, 480, 10, 2, "of the old greenhouse, where the students now grow their seedlings.");
  add_line (lines, 260, 550, 10, 4, "Sorted the seed bank by season and wrote a label for every drawer, so that");
  add_line (lines, 260, 550, 10, 2, "the first-year students could find the bulbs for the autumn beds alone.");
  return vitae_import_lines (lines, NULL);
}

/* The title wrapped over lines set largest, not written as a name, is
 * the headline; the name is the line of the first page set as large and
 * written as one, with its surname under it (the e-mail address tells
 * nothing of the name). */
static void
test_title_over_sidebar_name (void)
{
  g_autoptr(VitaeDocument) document = import_title_over_sidebar_name ("Apprentice in");

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lena KOVAC");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==,
                   "Apprentice in garden design (public parks)");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "studio.verde@example.org");
}

/* Items whose marks are dots drawn left of their text, out in the
 * margin: the text starts barely right of where the entry's other lines
 * start (a quarter of an em), its dot left of them all. */
static void
draw_marks_in_margin (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Maren Vik", 18, TRUE);
  draw_text (cr, 40, 70, "maren.vik@example.no", 8, FALSE);
  draw_text (cr, 40, 100, "Experience", 11, TRUE);
  draw_text (cr, 40, 125, "Deckhand, Northern Ferry Line", 7.5, TRUE);
  draw_text (cr, 40, 139, "Kept the ferry and its timetable running over two winters.", 7.5, FALSE);
  for (guint k = 0; k < 3; k++)
    {
      static const char * const items[] = {
        "Moored the ferry at eleven piers", "iPad charts for the crew on the bridge", "eBay sales of the old ticket machines",
      };

      cairo_new_path (cr);
      cairo_arc (cr, 36.5, 155 + 14 * k + 7, 1.6, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 43, 155 + 14 * k, items[k], 7.5, FALSE);
    }
}

/* Dots drawn in the margin, left of where the entry's lines start, mark
 * items whose text starts a little in from there: each line is an item,
 * though the second and third start in lower case under a line that
 * ends short. */
static void
test_marks_in_margin (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_marks_in_margin);
  document = import_drawn (draw_marks_in_margin);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Moored the ferry at eleven piers\n"
                   "iPad charts for the crew on the bridge\n"
                   "eBay sales of the old ticket machines\n");
}

/* An entry whose text is short paragraphs without marks, set smaller
 * than its title, each of one or two lines: after a clear space, or as
 * close as a paragraph's lines under one that ended short. */
static void
draw_paragraph_items_under_title (cairo_t *cr)
{
  double y = 150;

  draw_text (cr, 40, 40, "Ines Moreau", 18, TRUE);
  draw_text (cr, 40, 70, "ines.moreau@example.fr", 8, FALSE);
  draw_text (cr, 40, 100, "Experience", 11, TRUE);
  draw_text (cr, 40, 125, "Crew leader, Valley Fire Brigade", 7.5, TRUE);
  draw_text (cr, 330, 125, "(4 years)", 7.5, TRUE);
  draw_text (cr, 40, 137, "Valley Station", 7, FALSE);
  draw_text (cr, 330, 137, "since 2021", 7, FALSE);
  y += draw_wrapped (cr, 40, y, 320, "Led a crew of five on night shifts and kept the pumps and the ladders ready for use at dawn", 6);
  y += draw_wrapped (cr, 40, y, 320, "Wrote the drills for new members and the checklists that the station still uses", 6) + 5;
  draw_wrapped (cr, 40, y, 320, "Trained the crew in first aid", 6);
}

/* Each paragraph is an item of the entry, whole. */
static void
test_paragraph_items_under_title (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_paragraph_items_under_title);
  document = import_drawn (draw_paragraph_items_under_title);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Led a crew of five on night shifts and kept the pumps and the ladders ready for use at dawn\n"
                   "Wrote the drills for new members and the checklists that the station still uses\n"
                   "Trained the crew in first aid\n");
}

/* Items with glyphs whose first line is their dates alone, their title
 * in bold and their text under it, at the item's text edge. */
static void
draw_items_opening_with_dates (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Yusuf Demir", 18, TRUE);
  draw_text (cr, 40, 70, "yusuf.demir@example.org", 8, FALSE);
  draw_text (cr, 40, 100, "Projects", 11, TRUE);
  draw_text (cr, 50, 125, "•", 7.5, TRUE);
  draw_text (cr, 60, 125, "04/2021 – 08/2021", 7.5, TRUE);
  draw_text (cr, 60, 136, "Hardware lab – line-following robot", 7.5, TRUE);
  draw_text (cr, 60, 147, "Built a small robot that follows a taped line", 7.5, FALSE);
  draw_text (cr, 50, 170, "•", 7.5, TRUE);
  draw_text (cr, 60, 170, "10/2022 – 02/2023", 7.5, TRUE);
  draw_text (cr, 60, 181, "Seminar – weather balloons", 7.5, TRUE);
  draw_text (cr, 60, 192, "Gave a talk on how balloons carry sensors", 7.5, FALSE);
}

/* A mark before dates alone whose item goes on under its text, right of
 * the mark, is an item's (its first line), not an entry's dates set off
 * by a mark: each item is one, whole. */
static void
test_items_opening_with_dates (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_items_opening_with_dates);
  document = import_drawn (draw_items_opening_with_dates);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "04/2021 – 08/2021 Hardware lab – line-following robot Built a small robot that follows a taped line\n"
                   "10/2022 – 02/2023 Seminar – weather balloons Gave a talk on how balloons carry sensors\n");
}

static void
add_line_on (GPtrArray  *lines,
             int         page,
             double      x,
             double      right,
             double      size,
             double      gap,
             const char *text)
{
  add_line (lines, x, right, size, gap, text);
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->page = page;
}

/* A main column whose last item goes on over the page break, beside a
 * sidebar that the second page reads first. */
static void
test_item_over_page_break (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_on (lines, 0, 230, 420, 40, 0, "HANNA LUND");
  add_line_on (lines, 0, 30, 150, 9, 60, "hanna.lund@example.se");
  add_line_on (lines, 0, 262, 400, 14, 30, "PROJECTS");
  add_line_on (lines, 0, 278, 540, 9, 6, "•\tClub website – built it with a booking form, a map and a");
  add_line_on (lines, 0, 287, 550, 9, 0.9, "gallery of the regattas, and kept it running for");
  add_line_on (lines, 1, 30, 120, 14, 0, "HOBBIES");
  add_line_on (lines, 1, 45, 200, 9, 6, "Chess, rowing and old maps.");
  add_line_on (lines, 1, 287, 550, 9, 0, "two seasons. It is used by the members every day.");
  add_line_on (lines, 1, 287, 500, 9, 0.9, "Hosted on a small server in the boathouse.");
  add_line_on (lines, 1, 262, 400, 14, 60, "EXPERIENCE");
  add_line_on (lines, 1, 277, 450, 10, 5, "Boat keeper, Lake Rowing Club, 2021 - 2023");
  add_line_on (lines, 1, 278, 540, 9, 0.8, "•\tKept the boats and the oars in order");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Club website – built it with a booking form, a map and a gallery of the regattas, and kept it "
                   "running for two seasons. It is used by the members every day. Hosted on a small server in the "
                   "boathouse.\n"
                   "Kept the boats and the oars in order\n");
}

/* Items marked by an emoji each ("📌 …"), not before contact details. */
static void
test_pictograph_marks (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Hanna Lund");
  add_line (lines, 40, 200, 9, 4, "Rower and web developer");
  add_line (lines, 40, 120, 14, 20, "Projects");
  add_line (lines, 40, 300, 10, 5, "Club website\t2022");
  add_line (lines, 40, 400, 9, 1, "\xf0\x9f\x94\x97 Link: https://club.example.se");
  add_line (lines, 40, 500, 9, 1, "\xf0\x9f\x93\x8c Shown at the regional rowing fair");
  add_line (lines, 40, 300, 9, 1, "\xe2\x9c\x89\xef\xb8\x8f hanna.lund@example.se");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==, "Link: https://club.example.se\nShown at the regional rowing fair\n");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "hanna.lund@example.se");
}

/* A justified item whose line holds two words only, the space between
 * them stretched wide enough to read as a gap between cells. An item's
 * last line with dates after the gap goes on with it, without them
 * (vitae-import-item-dates.c). */
static void
test_justified_space_in_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 60, 260, 20, 0, "Priya Nair");
  add_line (lines, 60, 200, 10, 4, "priya.nair@example.in");
  add_line (lines, 60, 160, 14, 20, "Experience");
  add_line (lines, 60, 200, 12, 6, "Pump Works, Kochi");
  add_line (lines, 70, 252, 12, 1.6, "• Helped test the new pumps and");
  add_line (lines, 88, 252, 12, 2.6, "troubleshooting,\treducing");
  add_line (lines, 88, 200, 12, 2.6, "the leaks by half.");
  add_line (lines, 70, 252, 12, 1.6, "• Wrote the manual for the valves on");
  add_line (lines, 88, 252, 12, 2.6, "the new line\tMay 2021");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Helped test the new pumps and troubleshooting, reducing the leaks by half.\n"
                   "Wrote the manual for the valves on the new line\n");
}

/* Items whose dash is set larger than their text, their second line in
 * bold. */
static void
draw_large_dash_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Lucía Ferrer", 18, TRUE);
  draw_text (cr, 40, 70, "lucia.ferrer@example.es", 8, FALSE);
  draw_text (cr, 40, 100, "Experience", 11, TRUE);
  draw_text (cr, 40, 122, "Profesora en línea\t2020 - 2023", 7.5, TRUE);
  draw_text (cr, 50, 138, "-", 10, FALSE);
  draw_text (cr, 60, 140, "Di clases de programación en línea con ejemplos en C# o", 7.5, FALSE);
  draw_text (cr, 60, 152, "Python a grupos de alumnos de trece a dieciocho años.", 7.5, TRUE);
  draw_text (cr, 50, 166, "-", 10, FALSE);
  draw_text (cr, 60, 168, "Adapté cada clase a la edad del grupo.", 7.5, FALSE);
}

/* A bold line goes on with an item whose dash, set larger, makes the
 * item's first line larger than its text. */
static void
test_large_dash_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_large_dash_items);
  document = import_drawn (draw_large_dash_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Di clases de programación en línea con ejemplos en C# o Python a grupos de alumnos de trece a dieciocho años.\n"
                   "Adapté cada clase a la edad del grupo.\n");
}

/* Certificates listed side by side in three cells whose lines wrap
 * under each other, only the first cell's mark written. */
static void
test_grid_of_wrapped_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 28, 300, 25, 0, "Arjun Pillai");
  add_line (lines, 28, 300, 10.5, 8, "arjun.pillai@example.in");
  add_line (lines, 28, 120, 11.5, 16, "CERTIFICATES");
  add_line (lines, 30, 520, 10.5, 8, "• Rust for embedded\tSafe code for small\tTesting with");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 178;
  add_line (lines, 38, 500, 10.5, 0.3, "boards (Linux\tdevices (Ferrous\tproperty checks");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 178;
  add_line (lines, 38, 380, 10.5, 0.3, "Foundation)\tSystems)");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 178.4;
  add_line (lines, 28, 120, 11.5, 10, "SKILLS");
  add_line (lines, 30, 200, 10.5, 8, "• Python\tAdvanced");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 120;
  add_line (lines, 30, 200, 10.5, 0.3, "• Go\tBasic");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 120;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_true (g_str_has_prefix (bullets, "Rust for embedded boards (Linux Foundation)\n"
                                            "Safe code for small devices (Ferrous Systems)\n"
                                            "Testing with property checks\n"));
}

/* Two items side by side whose lines wrap under each other, the left
 * one a line long and the right one two: the right one's wrap, alone on
 * its line where that cell starts, goes on with it. */
static void
test_grid_of_uneven_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 36, 300, 25, 0, "Mirela Stanciu");
  add_line (lines, 36, 300, 10, 8, "mirela.stanciu@example.ro");
  add_line (lines, 36, 160, 9.6, 16, "KEY RESULTS");
  add_line (lines, 37, 553, 10.6, 7, "• Cut the page's load from nine seconds to two\tLed the rewrite of the billing service from design");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 317.2;
  add_line (lines, 317.2, 371, 10.6, -2.6, "to release");
  add_line (lines, 37, 537, 10.6, 2.7, "• Found and fixed a crash of the phone app in\tBuilt a map viewer in WebGL and a kiosk in");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 317.2;
  add_line (lines, 48, 377, 10.6, -2.6, "the payment flow\tKotlin with face login");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->tab_x = 317.2;
  add_line (lines, 36, 160, 9.6, 7, "EXPERIENCE");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Cut the page's load from nine seconds to two\n"
                   "Led the rewrite of the billing service from design to release\n"
                   "Found and fixed a crash of the phone app in the payment flow\n"
                   "Built a map viewer in WebGL and a kiosk in Kotlin with face login\n");
}

/* What the rules above leave as it was: under a school's name, its
 * degree and details one a line; under a job's title, its role set
 * short over paragraphs; under an item that ended its sentence, a line
 * of two cells that ends where it does. */
static void
test_entries_left_alone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *school;

  add_line (lines, 60, 260, 20, 0, "Noa Berg");
  add_line (lines, 60, 200, 10, 4, "noa.berg@example.no");
  add_line (lines, 60, 160, 14, 20, "Education");
  add_line (lines, 60, 520, 10.5, 6, "Northern University, Tromsø\tMay 2021");
  ((VitaeTextLine *) g_ptr_array_index (lines, lines->len - 1))->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 60, 280, 10.5, 1, "Bachelor of Science in Marine Geology");
  add_line (lines, 60, 220, 10.5, 1, "Minor in Chemistry and Physics");
  add_line (lines, 60, 240, 10.5, 1, "Thesis on the sediments of fjords");
  add_line (lines, 60, 160, 14, 20, "Experience");
  add_line (lines, 60, 520, 12, 10, "Harbour Office, Tromsø\tMay 2021 – Present");
  add_line (lines, 60, 125, 10.9, 5, "Data Engineer");
  add_line (lines, 60, 520, 10.9, 7, "Built the pipelines that gather the tide readings of every pier in the north and");
  add_line (lines, 60, 180, 10.9, 2.6, "store them for the pilots.");
  add_line (lines, 60, 520, 10.9, 12, "Worked with Python, Spark, Kafka and the sensors of the harbour's own weather mast,");
  add_line (lines, 60, 300, 10.9, 2.6, "and kept them running through the winters.");
  add_line (lines, 60, 160, 14, 20, "Projects");
  add_line (lines, 60, 300, 12, 10, "Pier map");
  add_line (lines, 70, 500, 12, 4, "• Drew a map of the piers for the new pilots.");
  add_line (lines, 88, 500, 12, 2.6, "Front-end development\tCode review");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==, "Drew a map of the piers for the new pilots.\n");
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_nonnull (school);
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-entries/items-under-titles", test_items_under_titles);
  g_test_add_func ("/import-entries/bold-lines-in-items", test_bold_lines_in_items);
  g_test_add_func ("/import-entries/items-into-bold", test_items_into_bold);
  g_test_add_func ("/import-entries/header-as-source-code", test_header_as_source_code);
  g_test_add_func ("/import-entries/quotes-in-items-stay", test_quotes_in_items_stay);
  g_test_add_func ("/import-entries/title-over-sidebar-name", test_title_over_sidebar_name);
  g_test_add_func ("/import-entries/marks-in-margin", test_marks_in_margin);
  g_test_add_func ("/import-entries/paragraph-items-under-title", test_paragraph_items_under_title);
  g_test_add_func ("/import-entries/items-opening-with-dates", test_items_opening_with_dates);
  g_test_add_func ("/import-entries/item-over-page-break", test_item_over_page_break);
  g_test_add_func ("/import-entries/pictograph-marks", test_pictograph_marks);
  g_test_add_func ("/import-entries/justified-space-in-item", test_justified_space_in_item);
  g_test_add_func ("/import-entries/large-dash-items", test_large_dash_items);
  g_test_add_func ("/import-entries/grid-of-wrapped-items", test_grid_of_wrapped_items);
  g_test_add_func ("/import-entries/grid-of-uneven-items", test_grid_of_uneven_items);
  g_test_add_func ("/import-entries/entries-left-alone", test_entries_left_alone);

  return g_test_run ();
}
