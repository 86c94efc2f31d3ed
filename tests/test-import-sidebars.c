/* test-import-sidebars.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pages with a sidebar beside the main column, as real resumes set
 * them: where the columns part, and which section the main column's
 * lines belong to once the sidebar has had its own headings. Each page
 * is drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-io.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static const char * const shop_items[] = {
  "• Sorted the returns of the online shop every morning",
  "• Packed the parcels for the evening van",
  "• Answered the customers' letters about late orders",
};

static const char * const depot_items[] = {
  "• Checked the lorries' loads against their papers",
  "• Trained four new drivers in the depot's rules",
};

/* Every bullet of the document's experience entries, one a line. */
static char *
experience_bullets (VitaeDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
        g_string_append_printf (out, "%s\n", bullet_text (entry, b));
    }
  return g_string_free (out, FALSE);
}

static char *
expected_bullets (void)
{
  GString *out = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (shop_items); k++)
    g_string_append_printf (out, "%s\n", shop_items[k] + strlen ("• "));
  for (guint k = 0; k < G_N_ELEMENTS (depot_items); k++)
    g_string_append_printf (out, "%s\n", depot_items[k] + strlen ("• "));
  return g_string_free (out, FALSE);
}

/* The main column's two jobs from @y down, its text at @x. */
static void
draw_jobs (cairo_t *cr,
           double   x,
           double   y)
{
  draw_text (cr, x, y, "Parcel Shop, Bremen", 10, TRUE);
  draw_text (cr, x, y + 14, "Shop assistant, 2019 – 2021", 10, FALSE);
  y += 30;
  for (guint k = 0; k < G_N_ELEMENTS (shop_items); k++, y += 14)
    draw_text (cr, x, y, shop_items[k], 10, FALSE);
  y += 10;
  draw_text (cr, x, y, "North Depot, Bremen", 10, TRUE);
  draw_text (cr, x, y + 14, "Dispatcher, 2016 – 2019", 10, FALSE);
  y += 30;
  for (guint k = 0; k < G_N_ELEMENTS (depot_items); k++, y += 14)
    draw_text (cr, x, y, depot_items[k], 10, FALSE);
}

/* A sidebar whose lines end a few points before the main column's text,
 * under a header (name, summary) set further left than that text, over
 * the sidebar's right edge: the columns part at the main column's text,
 * not at the header's edge, which the sidebar's lines run across. */
static void
draw_header_over_gutter (cairo_t *cr)
{
  static const char * const sidebar[] = {
    "Contact", "lena.brandt@example.de", "0421 555 0199", "Skills",
    "- Forklift licence and pallet", "jacks", "- Stock counts and inventory", "- Customer letters and calls",
    "- Route planning for the vans", "Languages", "- German (native tongue)", "- English (good working level)",
    "- Polish (basic conversation)", "Interests", "- Cycling and long walks", "- Football in a local club",
  };
  double y = 130;

  draw_text (cr, 160, 30, "Lena Brandt", 22, FALSE);
  draw_text (cr, 160, 62, "Reliable logistics worker looking for a post in a large warehouse,", 10, FALSE);
  draw_text (cr, 160, 76, "with six years in shops and depots and a forklift licence.", 10, FALSE);
  draw_text (cr, 190, 100, "Experience", 13, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (sidebar); k++, y += 14)
    {
      gboolean heading = strchr (sidebar[k], '-') == NULL && strchr (sidebar[k], '@') == NULL &&
                         !g_ascii_isdigit (sidebar[k][0]) && k != 5;

      draw_text (cr, 20, y, sidebar[k], heading ? 13 : 7.5, heading);
    }
  draw_jobs (cr, 190, 124);
}

static void
test_header_over_gutter (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_header_over_gutter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  guint n_items = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f: %s", line->x, line->text);
      /* No line holds text of both columns. */
      g_assert_true (line->x > 100 || line->right < 180);
      for (guint k = 0; k < G_N_ELEMENTS (shop_items); k++)
        n_items += g_str_equal (line->text, shop_items[k]);
      for (guint k = 0; k < G_N_ELEMENTS (depot_items); k++)
        n_items += g_str_equal (line->text, depot_items[k]);
    }
  g_assert_cmpuint (n_items, ==, G_N_ELEMENTS (shop_items) + G_N_ELEMENTS (depot_items));
}

/* Three columns: dates at the left, the main column's items beside
 * them, a sidebar of details at the right. The main column's dated
 * titles run across where its items' text starts, so that is no gutter:
 * the sidebar's edge is, and no line holds text of both. */
static void
draw_three_columns (cairo_t *cr)
{
  static const char * const items[] = {
    "Built the ticket shop's web pages with", "a small template engine and tests.",
    "Moved the shop's database to a new", "server over one weekend.",
    "Wrote the nightly backup scripts", "and checked them every month.",
    "Answered the support mails of the", "customers in two languages.",
  };
  static const char * const sidebar[] = {
    "Details", "Born 1990 in Graz", "Austrian", "Contact", "Hauptplatz 3", "8010 Graz",
    "tomas.weber@example.at", "Languages", "German C2", "English C1", "Strengths", "Patience", "Care",
  };
  double y = 130;

  draw_text (cr, 30, 40, "Tomas Weber", 26, FALSE);
  draw_text (cr, 150, 100, "EXPERIENCE", 11, TRUE);
  draw_text (cr, 30, 118, "2020 – now", 8, FALSE);
  draw_text (cr, 150, 118, "Web developer at Ticket Hall", 8, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (items); k++, y += 12)
    {
      if (k == 4)
        {
          draw_text (cr, 30, y + 6, "2016 – 2020", 8, FALSE);
          draw_text (cr, 150, y + 6, "Administrator at City Library", 8, TRUE);
          y += 24;
        }
      if (k % 2 == 0)
        draw_text (cr, 150, y, "o", 8, FALSE);
      draw_text (cr, 165, y, items[k], 8, FALSE);
    }
  y = 150;
  for (guint k = 0; k < G_N_ELEMENTS (sidebar); k++, y += 13)
    draw_text (cr, 430, y, sidebar[k], 8, k == 0 || k == 3 || k == 7 || k == 10);
}

static void
test_three_columns (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_three_columns);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f–%.1f: %s", line->x, line->right, line->text);
      g_assert_true (line->x > 400 || line->right < 400);
    }
}

/* The same page imported: the sidebar's headings, read between the
 * main column's heading and its entries, do not take the entries; they
 * stay in the main column's section. */
static void
test_sections_across_sidebar (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *got = NULL;
  g_autofree char *expected = expected_bullets ();

  document = import_drawn (draw_header_over_gutter);
  g_free (all_bullets (document));
  got = experience_bullets (document);
  g_assert_cmpstr (got, ==, expected);
}

/* A header set across the page (a name, a summary of three lines over
 * both columns), then a sidebar of skills rated with dots ("○○○○○")
 * beside a main column with few lines: the header's lines run across
 * the gutter, but they stand above both columns, which still part. */
static void
draw_summary_over_sidebar (cairo_t *cr)
{
  static const char * const skills[] = {
    "Welding", "Soldering", "Drilling", "Milling", "Turning", "Grinding", "Painting", "Sawing",
    "Riveting", "Sanding", "Bending", "Cutting", "Gluing", "Measuring", "Drawing", "Planning",
  };
  static const char * const courses[] = {
    "Safe welding, evening course", "(March 2020)", "First aid in the workshop", "(May 2020)",
    "Reading technical drawings", "(June 2021)", "Forklift driving", "(July 2021)",
    "Fire safety in halls", "(May 2022)", "Lathe basics", "(June 2022)",
  };
  double y = 150;

  draw_text (cr, 28, 30, "JONAS WEILAND BERGER", 18, TRUE);
  draw_text (cr, 28, 66, "Metal worker in training with a good hand for welding, milling and turning,", 9, FALSE);
  draw_text (cr, 28, 82, "used to small workshops and large halls, and always learning more", 9, FALSE);
  draw_text (cr, 28, 98, "about the trade.", 9, FALSE);
  draw_text (cr, 28, 130, "CONTACT", 10.5, TRUE);
  draw_text (cr, 255, 130, "EDUCATION", 10.5, TRUE);
  draw_text (cr, 40, y, "jonas.weiland@example.org", 7.5, FALSE);
  draw_text (cr, 40, y + 14, "0761 555 0142", 7.5, FALSE);
  draw_text (cr, 28, y + 40, "SKILLS", 10.5, TRUE);
  draw_text (cr, 268, y, "2015 – 2019", 6, FALSE);
  draw_text (cr, 268, y + 12, "Hill School, Lahr", 6, FALSE);
  draw_text (cr, 404, y + 12, "School leaving exam", 8, TRUE);
  draw_text (cr, 268, y + 30, "2019 – now", 6, FALSE);
  draw_text (cr, 268, y + 42, "Trade School, Freiburg", 6, FALSE);
  draw_text (cr, 404, y + 42, "Metal work", 8, TRUE);
  draw_text (cr, 255, y + 70, "VOLUNTEERING", 10.5, TRUE);
  y += 90;
  draw_text (cr, 268, y, "2021 – 2023", 6, FALSE);
  draw_text (cr, 268, y + 12, "Town Repair Café", 8, TRUE);
  draw_text (cr, 404, y + 12, "Freiburg", 8, TRUE);
  draw_text (cr, 404, y + 30, "• Fixed bicycles on Saturdays", 7, FALSE);
  draw_text (cr, 404, y + 44, "• Showed children how to solder", 7, FALSE);
  draw_text (cr, 255, y + 80, "SOFT SKILLS", 10.5, TRUE);
  draw_text (cr, 260, y + 100, "Patience", 7.5, FALSE);
  draw_text (cr, 400, y + 100, "Care", 7.5, FALSE);
  draw_text (cr, 260, y + 116, "Good with tools", 7.5, FALSE);
  draw_text (cr, 400, y + 116, "On time", 7.5, FALSE);
  y = 210;
  for (guint k = 0; k < G_N_ELEMENTS (skills); k++, y += 15)
    {
      draw_text (cr, 28, y, skills[k], 7.5, FALSE);
      draw_text (cr, 147, y, "○○○○○", 7.5, FALSE);
    }
  draw_text (cr, 28, y + 10, "COURSES", 10.5, TRUE);
  y += 30;
  for (guint k = 0; k < G_N_ELEMENTS (courses); k++, y += 12)
    draw_text (cr, 28, y, courses[k], 7.5, FALSE);
}

static void
test_summary_over_sidebar (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_summary_over_sidebar);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry = NULL;

  g_assert_no_error (error);
  for (guint i = 3; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f–%.1f: %s", line->x, line->right, line->text);
      /* No line below the summary holds text of both columns. */
      g_assert_true (line->x > 240 || line->right < 240);
    }
  document = import_drawn (draw_summary_over_sidebar);
  for (guint i = 0; i < vitae_document_get_n_sections (document) && entry == NULL; i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        if (vitae_entry_get_n_bullets (vitae_section_get_entry (section, e)) > 0)
          entry = vitae_section_get_entry (section, e);
    }
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Fixed bicycles on Saturdays");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Showed children how to solder");
}

/* A sidebar at the left, its lines right aligned at x 158, a point and
 * a half off the main column's baselines at the same leading; the main
 * column's headings and dates at x 172, its text at x 235 after the
 * dates, its name set large at its top beside the sidebar's first
 * heading, a paragraph across the whole column under "Profile". */
static void
draw_sidebar_beside_dates (cairo_t *cr)
{
  const char *side[] = {
    "Address", "Rua das Flores 12", "Bairro Alto, Porto", "Portugal", "", "Phone", "+351 912 345 678", "", "", "",
    "Mail", "rosa@example.pt", "", "Web", "github.com/rosa-almeida/", "", "", "Skills", "Java", "Kotlin", "Git", "Python", "SQL",
    "Linux", "Bash", "Docker", "Vim", "LaTeX", "Android", "", "", "Languages", "Portuguese", "English", "Spanish",
    "", "", "Hobbies", "Chess", "Cycling", "Photography", "Cooking", "Hiking", "Gardening",
    "Rowing", "Painting", "Reading", "", "", "Courses", "Web design", "Networks", "Electronics", "Statistics",
    "Drawing", "First aid", "", "", "Clubs", "Chess club", "Rowing club", "Choir", "Book club", "Film society",
    "Hiking group",
  };
  const char *profile[] = {
    "Programmer who started with a magazine about web pages at fifteen,",
    "then took a course in design and one in computing before her degree,",
    "where she worked as a tutor and a researcher, then as an intern in",
    "two firms of the north, writing the libraries of their products and",
    "keeping their web shops running.",
  };

  /* (Sizes in Pango's points, a third smaller than the PDF's.) */
  draw_text (cr, 220, 20, "Rosa Almeida", 19.5, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (side); k++)
    if (side[k][0] != '\0')
      draw_right_aligned (cr, 158, 30 + k * 12 + 1.5, side[k],
                          g_str_equal (side[k], "Address") || g_str_equal (side[k], "Phone") ||
                          g_str_equal (side[k], "Web") || g_str_equal (side[k], "Skills") ||
                          g_str_equal (side[k], "Languages") || g_str_equal (side[k], "Hobbies") ||
                          g_str_equal (side[k], "Courses") || g_str_equal (side[k], "Clubs") ? 8.5 : 7.5);
  draw_text (cr, 172, 66, "Profile", 10.5, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (profile); k++)
    draw_text (cr, 172, 90 + k * 12, profile[k], 7.5, FALSE);
  draw_text (cr, 172, 162, "Experience", 10.5, TRUE);
  draw_text (cr, 172, 186, "08/15 - 12/15", 7, FALSE);
  draw_text (cr, 235, 186, "Intern", 7.5, FALSE);
  draw_text (cr, 320, 186, "Porto Tools, Porto", 7.5, FALSE);
  draw_text (cr, 235, 198, "Wrote the libraries of the firm's products.", 7.5, FALSE);
  draw_text (cr, 235, 210, "Kept the web shop running.", 7.5, FALSE);
  draw_text (cr, 172, 234, "01/14 - 07/15", 7, FALSE);
  draw_text (cr, 235, 234, "Assistant", 7.5, FALSE);
  draw_text (cr, 320, 234, "Douro Labs, Braga", 7.5, FALSE);
  draw_text (cr, 235, 246, "Built prototypes for the design team.", 7.5, FALSE);
  draw_text (cr, 235, 258, "Tested the new sensors.", 7.5, FALSE);
  draw_text (cr, 172, 282, "08/12 - 07/13", 7, FALSE);
  draw_text (cr, 235, 282, "Researcher", 7.5, FALSE);
  draw_text (cr, 320, 282, "University of Minho, Braga", 7.5, FALSE);
  draw_text (cr, 235, 294, "Wrote a tool to review aligned sentences.", 7.5, FALSE);
  draw_text (cr, 235, 306, "Ran the seminar on translation.", 7.5, FALSE);
  draw_text (cr, 235, 318, "Kept the corpus in order.", 7.5, FALSE);
  draw_text (cr, 172, 402, "Education", 10.5, TRUE);
  draw_text (cr, 172, 426, "2009 - 2014", 7, FALSE);
  draw_text (cr, 235, 426, "Computer Engineering", 7.5, FALSE);
  draw_text (cr, 235, 438, "Thesis on a phone's sensors.", 7.5, FALSE);
  draw_text (cr, 235, 450, "Field: embedded systems.", 7.5, FALSE);
}

/* The sidebar reads apart from the main column, though the column's text
 * starts 60 points right of its headings and dates and its lines run
 * across where its text starts; the name at the top of the main column
 * reads first, as the name. */
static void
test_sidebar_beside_dates (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *all = NULL;

  log_lines (draw_sidebar_beside_dates);
  document = import_drawn (draw_sidebar_beside_dates);
  all = vitae_text_export (document);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Rosa Almeida");
  g_assert_nonnull (strstr (all, "Wrote the libraries of the firm's products."));
  g_assert_nonnull (strstr (all, "Built prototypes for the design team."));
  g_assert_nonnull (strstr (all, "Programmer who started with a magazine about web pages at fifteen, then took"));
  g_assert_null (strstr (all, "Kotlin\t"));
  g_assert_null (strstr (all, "Git\t"));
}

/* A sidebar at the left with headings of its own, set larger than its
 * short lines, two of them level with the main column's lines (a job's
 * title, an item): the main column at x 220, its items wrapped under
 * their text, at a leading of its own. */
static void
draw_sidebar_with_own_headings (cairo_t *cr)
{
  const char *side[] = {
    "Skills", "Rust", "Embedded Linux", "", "Soldering", "Team work", "Languages", "Danish", "", "German",
    "Hobbies", "Sailing", "Chess",
  };
  const char *main[] = {
    "• Kept the firmware of the wind sensors running on", "  forty masts along the coast.",
    "• Wrote the test bench for the new anemometer", "  boards and its reports.",
    "• Trained two apprentices on the oscilloscopes", "  and the soldering station.",
  };

  draw_text (cr, 20, 20, "Contact", 8.5, FALSE);
  draw_text (cr, 30, 40, "esben.holt@example.dk", 7, FALSE);
  draw_text (cr, 30, 54, "+45 20 12 34 56", 7, FALSE);
  draw_text (cr, 220, 20, "Esben Holt", 15, FALSE);
  draw_text (cr, 220, 50, "Technician who keeps measuring stations", 7, FALSE);
  draw_text (cr, 220, 62, "running in wind, salt and rain.", 7, FALSE);
  draw_text (cr, 220, 84, "Experience", 8.5, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (side); k++)
    if (side[k][0] != '\0')
      draw_text (cr, 20, 104 + k * 13.5, side[k],
                 g_str_equal (side[k], "Skills") || g_str_equal (side[k], "Languages") ||
                 g_str_equal (side[k], "Hobbies") ? 8.5 : 7, FALSE);
  draw_text (cr, 220, 104, "Field Technician at Vestkyst Maaling", 8.5, TRUE);
  draw_text (cr, 220, 118, "March 2020 - June 2024", 6.5, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (main); k++)
    draw_text (cr, main[k][0] == ' ' ? 236 : 228, 131 + k * 11 + (k / 2) * 4, main[k] + (main[k][0] == ' ' ? 2 : 0),
               main[k][0] == ' ' ? 6.5 : 7, FALSE);
  draw_text (cr, 220, 230, "Education", 8.5, FALSE);
  draw_text (cr, 220, 250, "Electronics Technician, Aarhus Tech", 7, TRUE);
  draw_text (cr, 220, 262, "2016 - 2019", 6.5, FALSE);
}

/* The sidebar reads apart from the main column, in one run: its lines
 * are no side headings of the main column's, and the main column's
 * items read whole, none of the sidebar's among them. */
static void
test_sidebar_with_own_headings (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_sidebar_with_own_headings);
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, NULL);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  guint n_runs = 0;

  log_lines (draw_sidebar_with_own_headings);
  /* (The sidebar's lines read in one run.) */
  for (guint i = 0; i < lines->len; i++)
    n_runs += ((VitaeTextLine *) g_ptr_array_index (lines, i))->x < 200 &&
              (i == 0 || ((VitaeTextLine *) g_ptr_array_index (lines, i - 1))->x >= 200);
  g_assert_cmpuint (n_runs, ==, 1);
  document = import_drawn (draw_sidebar_with_own_headings);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Kept the firmware of the wind sensors running on forty masts along the coast.\n"
                   "Wrote the test bench for the new anemometer boards and its reports.\n"
                   "Trained two apprentices on the oscilloscopes and the soldering station.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-sidebars/header-over-gutter", test_header_over_gutter);
  g_test_add_func ("/import-sidebars/three-columns", test_three_columns);
  g_test_add_func ("/import-sidebars/sections-across-sidebar", test_sections_across_sidebar);
  g_test_add_func ("/import-sidebars/summary-over-sidebar", test_summary_over_sidebar);
  g_test_add_func ("/import-sidebars/sidebar-beside-dates", test_sidebar_beside_dates);
  g_test_add_func ("/import-sidebars/sidebar-with-own-headings", test_sidebar_with_own_headings);
  return g_test_run ();
}
