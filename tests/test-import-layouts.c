/* test-import-layouts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported PDFs in layouts met in real resumes: marks a
 * font writes oddly, raised and lowered letters inside an item, two
 * columns of unequal lines, and detail lines without marks. Each page is
 * drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* Draws pieces of text one after the other from @x, each at its own
 * size and raised (dy < 0) or lowered (dy > 0) from @y: a line with
 * superscripts and subscripts as LaTeX or a word processor sets them.
 * A piece with @stack set starts where the one before it started (an
 * exponent and an index set one above the other). Returns where the
 * line ends. */
typedef struct
{
  const char *text;
  double      size;
  double      dy;
  gboolean    bold;
  gboolean    stack;
} Piece;

static double
draw_pieces (cairo_t     *cr,
             double       x,
             double       y,
             const Piece *pieces,
             guint        n)
{
  double start = x, end = x;

  for (guint k = 0; k < n; k++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);
      g_autofree char *font = g_strdup_printf ("DejaVu Sans%s %g", pieces[k].bold ? " Bold" : "", pieces[k].size);
      PangoFontDescription *description = pango_font_description_from_string (font);
      PangoRectangle logical;
      const char *text = pieces[k].text;

      /* LaTeX sets an exponent a little right of the index under it. */
      if (pieces[k].stack)
        x = start + 0.3;
      /* A space before a piece, which the text layer has no glyph for:
       * the gap shows it. */
      if (text[0] == ' ')
        x += 0.4 * pieces[k].size * 96 / 72, text++;
      pango_layout_set_font_description (layout, description);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_extents (layout, NULL, &logical);
      /* Baselines line up; the piece's own offset moves it. */
      cairo_move_to (cr, x, y + pieces[k].dy + (10 - pieces[k].size) * 0.93 * 96 / 72);
      pango_cairo_show_layout (cr, layout);
      start = x;
      x += (double) logical.width / PANGO_SCALE;
      end = MAX (end, x);
      if (pieces[k].stack)
        x = end;
      pango_font_description_free (description);
      g_object_unref (layout);
    }
  return end;
}

/* moderncv's item mark: an open circle that the text layer writes with
 * a visible space after it ("○␣ Item"), under an entry set beside its
 * dates in a left column. */
static void
draw_open_circle_items (cairo_t *cr)
{
  draw_text (cr, 160, 40, "Henrike Mahlberg", 22, FALSE);
  draw_text (cr, 160, 72, "henrike.mahlberg@example.de", 9, FALSE);
  draw_text (cr, 160, 110, "Berufserfahrung", 14, FALSE);
  draw_text (cr, 40, 134, "04/14 – 08/19", 9, FALSE);
  draw_text (cr, 160, 134, "Monteurin, Fördertechnik Kessler, Linz.", 10, TRUE);
  draw_text (cr, 160, 150, "Aufgaben:", 10, FALSE);
  draw_text (cr, 160, 166, "○␣ Aufbau von Förderbändern beim Kunden", 10, FALSE);
  draw_text (cr, 160, 182, "○␣ Schulung der Bedienerinnen vor Ort", 10, FALSE);
  draw_text (cr, 160, 198, "○␣ Wartungspläne für drei Werke", 10, FALSE);
  draw_text (cr, 160, 234, "Ausbildung", 14, FALSE);
  draw_text (cr, 40, 258, "09/09 – 06/14", 9, FALSE);
  draw_text (cr, 160, 258, "Lehre zur Mechatronikerin, HTL, Steyr.", 10, TRUE);
}

static void
test_open_circle_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_open_circle_items);
  document = import_drawn (draw_open_circle_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Aufbau von Förderbändern beim Kunden\n"
                   "Schulung der Bedienerinnen vor Ort\n"
                   "Wartungspläne für drei Werke\n");
}

/* Ordinals with raised letters ("1ère", "2nde") and a statistic with an
 * exponent and an index set one above the other ("R²adj") inside list
 * items, as LaTeX sets them: each raised or lowered run stands too high
 * or too low for its line's row. The index is drawn before the exponent
 * above it, and reads after it. */
static void
draw_raised_letters (cairo_t *cr)
{
  static const Piece first[] = {
    { "• Projet de 1", 10, 0, FALSE, FALSE }, { "ère", 6.5, -6.5, FALSE, FALSE },
    { " année : un banc d’essai pour capteurs de houle", 10, 0, FALSE, FALSE },
  };
  static const Piece second[] = {
    { "• Projet de 2", 10, 0, FALSE, FALSE }, { "nde", 6.5, -6.5, FALSE, FALSE },
    { " année : la propagation du son dans les mousses", 10, 0, FALSE, FALSE },
  };
  static const Piece third[] = {
    { "• Régression des prix des loyers (R", 10, 0, FALSE, FALSE }, { "adj", 6.5, 5.5, FALSE, FALSE },
    { "2", 6.5, -7.5, FALSE, TRUE }, { " = 0,91) sur dix ans de relevés", 10, 0, FALSE, FALSE },
  };

  draw_text (cr, 40, 40, "Aurélie Vasseur", 20, TRUE);
  draw_text (cr, 40, 70, "aurelie.vasseur@example.fr", 10, FALSE);
  draw_text (cr, 40, 110, "Formation", 14, TRUE);
  draw_text (cr, 40, 136, "École d’ingénieurs du Maine, Le Mans", 10, TRUE);
  draw_text (cr, 430, 136, "2014 – 2017", 10, FALSE);
  draw_pieces (cr, 50, 156, first, G_N_ELEMENTS (first));
  draw_pieces (cr, 50, 176, second, G_N_ELEMENTS (second));
  draw_pieces (cr, 50, 196, third, G_N_ELEMENTS (third));
  draw_text (cr, 40, 236, "Compétences", 14, TRUE);
  draw_text (cr, 40, 260, "Python, Julia, éléments finis", 10, FALSE);
}

static void
test_raised_letters (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_raised_letters);
  document = import_drawn (draw_raised_letters);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Projet de 1ère année : un banc d’essai pour capteurs de houle\n"
                   "Projet de 2nde année : la propagation du son dans les mousses\n"
                   "Régression des prix des loyers (R2adj = 0,91) sur dix ans de relevés\n");
}

/* Ordinals whose endings a word processor sets as superscripts on the
 * line itself ("3rd", "21st"): smaller letters raised a little, close
 * enough to share the line's row. The ordinal is one word of the
 * sentence, not a cell set apart by tabs. */
static void
draw_word_ordinals (cairo_t *cr)
{
  static const Piece first[] = {
    { "• Finished 3", 10, 0, FALSE, FALSE }, { "rd", 6.5, -2.5, FALSE, FALSE },
    { " of forty crews in the county rowing regatta", 10, 0, FALSE, FALSE },
  };
  static const Piece second[] = {
    { "• Led the club’s 21", 10, 0, FALSE, FALSE }, { "st", 6.5, -2.5, FALSE, FALSE },
    { " season of junior coaching on the river", 10, 0, FALSE, FALSE },
  };

  draw_text (cr, 40, 40, "Owen Pritchard", 20, TRUE);
  draw_text (cr, 40, 70, "owen.pritchard@example.org", 10, FALSE);
  draw_text (cr, 40, 110, "Activities", 14, TRUE);
  draw_text (cr, 40, 136, "Harbour Rowing Club", 10, TRUE);
  draw_text (cr, 430, 136, "2016 – 2020", 10, FALSE);
  draw_pieces (cr, 50, 156, first, G_N_ELEMENTS (first));
  draw_pieces (cr, 50, 176, second, G_N_ELEMENTS (second));
}

static void
test_word_ordinals (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_word_ordinals);
  document = import_drawn (draw_word_ordinals);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Finished 3rd of forty crews in the county rowing regatta\n"
                   "Led the club’s 21st season of junior coaching on the river\n");
}

/* An item whose words are partly bold, broken at a hyphen in a bold
 * word: its second line is bold, and still the item's. */
static void
draw_bold_broken_word (cairo_t *cr)
{
  static const Piece first[] = {
    { "Trained two models and kept the better one, a ", 10, 0, FALSE, FALSE },
    { "Ran-", 10, 0, TRUE, FALSE },
  };
  static const Piece second[] = {
    { "dom Forest (MAE 1,210)", 10, 0, TRUE, FALSE }, { " on a held-out year", 10, 0, FALSE, FALSE },
  };

  draw_text (cr, 40, 40, "Tomasz Wielgus", 20, TRUE);
  draw_text (cr, 40, 70, "tomasz.wielgus@example.pl", 10, FALSE);
  draw_text (cr, 40, 110, "Projects", 14, TRUE);
  draw_text (cr, 40, 136, "Rent Price Forecast", 10, TRUE);
  draw_text (cr, 480, 136, "2023", 10, FALSE);
  draw_text (cr, 50, 156, "•", 10, FALSE);
  draw_pieces (cr, 64, 156, first, G_N_ELEMENTS (first));
  draw_pieces (cr, 64, 170, second, G_N_ELEMENTS (second));
  draw_text (cr, 50, 190, "•", 10, FALSE);
  draw_text (cr, 64, 190, "Wrote the data cleaning notes for the next team", 10, FALSE);
}

static void
test_bold_broken_word (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_bold_broken_word);
  document = import_drawn (draw_bold_broken_word);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Trained two models and kept the better one, a Random Forest (MAE 1,210) on a held-out year\n"
                   "Wrote the data cleaning notes for the next team\n");
}

/* Two columns of unequal lines, as a XeTeX template sets them: a centred
 * header whose contact line starts in the middle of the page, a long
 * narrow left column (school, links, courses, skills) and a right column
 * of projects whose headings, item glyphs and wrapped item text start at
 * three places. */
static const char * const left_lines[] = {
  "NORTHERN TECHNICAL", "UNIVERSITY", "BSC IN COMPUTING", "SEP 2016 - JUN 2020", "GRADE: 8.1/10", "",
  "RIVERSIDE HIGH SCHOOL", "CLASS OF 2016", "SCORE: 91.4", "", "LINKS", "Github:// nmaru", "Blog:// nmaru.dev",
  "", "COURSES", "Compilers", "Operating Systems", "Graph Theory", "Computer Networks", "Databases",
  "Numerical Methods", "Signals and Systems", "Formal Languages", "Cryptography", "Linear Algebra",
  "Probability", "Computer Graphics", "Distributed Systems", "", "SKILLS", "ADVANCED", "• C", "• RUST", "FAMILIAR", "• GO",
  "• SQL", "• LUA", "• BASH", "• ZIG", "• OCAML", "• ELM", "• JULIA", "• NIM",
};
static const char * const projects[] = { "Tide logger in Rust", "Parcel sorter in C", "Bus arrival bot in Go",
                                          "Chess clock in Elm", "Shell game in Zig" };

static void
draw_unequal_columns (cairo_t *cr)
{
  double y = 112;

  draw_text (cr, 170, 30, "Noor Maruyama", 26, FALSE);
  draw_text (cr, 205, 72, "noor.maruyama@example.com | +44 7700 900123", 8, FALSE);
  draw_text (cr, 36, 98, "EDUCATION", 11, FALSE);
  draw_text (cr, 220, 98, "PROJECTS", 11, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (left_lines); k++)
    draw_text (cr, 36, 120 + 16.5 * k, left_lines[k], 7.5, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (projects); k++)
    {
      draw_text (cr, 220, y, projects[k], 8.5, TRUE);
      y += 14;
      for (guint b = 0; b < 2; b++)
        {
          g_autofree char *item = g_strdup_printf ("Wrote part %u of %s, measured it against the old version and "
                                                   "kept the notes in the wiki", b + 1, projects[k]);

          draw_text (cr, 232, y, "•", 8, FALSE);
          y += draw_wrapped (cr, 244, y, 300, item, 8) + 2;
        }
      y += 8;
    }
}

static void
test_unequal_columns (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_unequal_columns);
  document = import_drawn (draw_unequal_columns);
  g_free (all_bullets (document));
  entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_PROJECTS), ==, G_N_ELEMENTS (projects));
  for (guint k = 0; k < G_N_ELEMENTS (projects); k++)
    {
      entry = entry_at (document, VITAE_SECTION_PROJECTS, k);
      g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
      for (guint b = 0; b < 2; b++)
        {
          g_autofree char *item = g_strdup_printf ("Wrote part %u of %s, measured it against the old version and "
                                                   "kept the notes in the wiki", b + 1, projects[k]);

          g_assert_cmpstr (bullet_text (entry, b), ==, item);
        }
    }
}

/* A sidebar of skills, each with its level as a small "100%" at the
 * sidebar's right edge, in the middle of the page: the levels start at
 * the same place more often than any line of the main column does. */
static const char * const sidebar_skills[] = {
  "HTML", "CSS", "Sass", "Tailwind", "JavaScript", "TypeScript", "Vue", "React", "Figma", "Git", "Jest", "Vite",
};
static const char * const sidebar_items[] = {
  "Built the checkout pages of a shoe shop in Vue",
  "Cut the home page's load time from four seconds to one",
  "Wrote the shop's style guide with the designers",
  "Moved the booking form of a dental clinic to React",
  "Added keyboard navigation to every dialog",
  "Reviewed the pull requests of two junior developers",
};

static void
draw_sidebar_levels (cairo_t *cr)
{
  draw_text (cr, 260, 30, "Rafael Quintero", 22, TRUE);
  draw_text (cr, 30, 80, "rafael.quintero@example.com", 9, FALSE);
  draw_text (cr, 30, 96, "+34 600 123 456", 9, FALSE);
  draw_text (cr, 15, 130, "Skills", 13, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (sidebar_skills); k++)
    {
      draw_text (cr, 18, 158 + 30 * k, sidebar_skills[k], 10, TRUE);
      draw_text (cr, 208, 172 + 30 * k, "100%", 6, TRUE);
    }
  draw_text (cr, 251, 130, "Experience", 13, TRUE);
  for (guint e = 0; e < 2; e++)
    {
      double y = 160 + 150 * e;

      draw_text (cr, 265, y, e == 0 ? "Front-end Developer, Zapatos Lume" : "Web Developer, Clínica Sonrisa", 11, TRUE);
      draw_text (cr, 265, y + 20, e == 0 ? "March 2022 - Present" : "May 2019 - February 2022", 10, FALSE);
      for (guint b = 0; b < 3; b++)
        {
          draw_text (cr, 270, y + 44 + 22 * b, "•", 8, FALSE);
          draw_text (cr, 284, y + 44 + 22 * b, sidebar_items[3 * e + b], 8, FALSE);
        }
    }
}

static void
test_sidebar_levels (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_sidebar_levels);
  document = import_drawn (draw_sidebar_levels);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Built the checkout pages of a shoe shop in Vue\n"
                   "Cut the home page's load time from four seconds to one\n"
                   "Wrote the shop's style guide with the designers\n"
                   "Moved the booking form of a dental clinic to React\n"
                   "Added keyboard navigation to every dialog\n"
                   "Reviewed the pull requests of two junior developers\n");
}

/* Schools in capitals set a little larger than the text, not in bold,
 * under a bold "Education"; under each, its dates ("… - Continue") and
 * its details one a line as "Label: value", without marks: the details
 * are its items, its grade its score. */
static void
draw_school_details (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Farhana Akter", 22, TRUE);
  draw_text (cr, 40, 74, "farhana.akter@example.com", 10, FALSE);
  draw_text (cr, 40, 110, "Career Objective", 15, TRUE);
  draw_text (cr, 40, 136, "To build accessible web pages for a company that values careful work.", 10, FALSE);
  draw_text (cr, 40, 176, "Education", 15, TRUE);
  draw_text (cr, 46, 206, "NORTHGATE POLYTECHNIC INSTITUTE", 12, FALSE);
  draw_text (cr, 46, 228, "September 2023 - Continue", 10.5, FALSE);
  draw_text (cr, 46, 250, "Name of Exam: Diploma in Engineering (Computer Technology)", 10, FALSE);
  draw_text (cr, 46, 266, "Subject: Computer Technology", 10, FALSE);
  draw_text (cr, 46, 300, "RIVERBANK HIGH SCHOOL", 12, FALSE);
  draw_text (cr, 46, 322, "January 2019 - December 2021", 10.5, FALSE);
  draw_text (cr, 46, 344, "Name of Exam: Secondary School Certificate (Science group)", 10, FALSE);
  draw_text (cr, 46, 360, "Subject: Science", 10, FALSE);
  draw_text (cr, 46, 376, "GPA: 4.9 Out of 5", 10, FALSE);
}

static void
test_school_details (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *school;

  log_lines (draw_school_details);
  document = import_drawn (draw_school_details);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Name of Exam: Diploma in Engineering (Computer Technology)\n"
                   "Subject: Computer Technology\n"
                   "Name of Exam: Secondary School Certificate (Science group)\n"
                   "Subject: Science\n");
  /* Both schools are entries of Education, the first one still going. */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EDUCATION), ==, 2);
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "start"), ==, "2023-09");
  g_assert_false (vitae_node_has (VITAE_NODE (school), "end"));
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 2);
  school = entry_at (document, VITAE_SECTION_EDUCATION, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "end"), ==, "2021-12");
  /* Its grade is its score, the label with it (test-import-grades.c). */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "score"), ==, "GPA: 4.9 Out of 5");
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 2);
}

/* A list of years inside an item: under "• Wrote the contest's tasks",
 * one line a year, the year and then the task, at the item's text. */
static void
draw_years_in_item (cairo_t *cr)
{
  static const char * const years[][2] = {
    { "2019", "A timetable app for the city's trams" },
    { "2020", "Open data: where the river floods" },
    { "2021", "A puzzle box that talks back" },
  };

  draw_text (cr, 40, 40, "Maëlle Guillou", 20, TRUE);
  draw_text (cr, 40, 70, "maelle.guillou@example.fr", 10, FALSE);
  draw_text (cr, 40, 106, "Engagements", 14, TRUE);
  draw_text (cr, 40, 132, "Nuit du Code, Rennes", 10, TRUE);
  draw_text (cr, 470, 132, "2019 – 2021", 10, FALSE);
  draw_text (cr, 50, 152, "•", 10, FALSE);
  draw_text (cr, 64, 152, "Wrote the contest's tasks", 10, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (years); k++)
    {
      draw_text (cr, 64, 168 + 16 * k, years[k][0], 10, FALSE);
      draw_text (cr, 120, 168 + 16 * k, years[k][1], 10, FALSE);
    }
  draw_text (cr, 50, 216, "•", 10, FALSE);
  draw_text (cr, 64, 216, "Ran the night itself with six volunteers", 10, FALSE);
}

static void
test_years_in_item (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_years_in_item);
  document = import_drawn (draw_years_in_item);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Wrote the contest's tasks 2019 A timetable app for the city's trams 2020 Open data: where the "
                   "river floods 2021 A puzzle box that talks back\n"
                   "Ran the night itself with six volunteers\n");
}

/* Items whose lines stand further apart than the page's paragraph lines
 * (a sidebar's list set looser than the main text), each wrapped onto a
 * line at its glyph's edge: in lower case (also after a short line), or
 * after a little word. */
static void
draw_loose_items (cairo_t *cr)
{
  static const char * const lines[] = {
    "-Find a team that ships small changes every day, reviews each change with care, keeps",
    "its runbooks current.", "-Learn how large systems are run and", "Kept healthy over the years.",
    "-Keep the on-call rota", "fair and written down.", "-Teach what I know to new colleagues.",
  };

  draw_text (cr, 40, 40, "Dalia Hovhannisyan", 20, TRUE);
  draw_text (cr, 40, 70, "dalia.hovhannisyan@example.am", 10, FALSE);
  draw_text (cr, 40, 104, "Summary", 14, TRUE);
  draw_wrapped (cr, 40, 128, 480, "Back-end developer with four years of Go and Postgres in a logistics company, "
                "used to on-call duty, careful migrations and writing down what the team decided, so that the "
                "next person does not have to ask twice about the same thing. Before that, two years of "
                "support work taught me to read logs before guessing, to answer every message the same day "
                "and to leave each system a little easier to run than I found it.", 8);
  draw_text (cr, 40, 210, "Experience", 14, TRUE);
  draw_text (cr, 40, 234, "Back-end Developer, Kargo Lines", 9, TRUE);
  draw_text (cr, 460, 234, "2021 – 2025", 9, FALSE);
  draw_text (cr, 40, 262, "Goals", 14, TRUE);
  draw_text (cr, 40, 286, "Looking for", 9, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (lines); k++)
    draw_text (cr, 40, 304 + 14.5 * k, lines[k], 8, FALSE);
}

static void
test_loose_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_loose_items);
  document = import_drawn (draw_loose_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Find a team that ships small changes every day, reviews each change with care, keeps its "
                   "runbooks current.\n"
                   "Learn how large systems are run and Kept healthy over the years.\n"
                   "Keep the on-call rota fair and written down.\n"
                   "Teach what I know to new colleagues.\n");
}

/* A company's web address set under its entry's items, as a Typst
 * template does: a line in lower case under a short line of an item with
 * a glyph, yet no part of that item. */
static void
draw_link_after_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Noor Haddad", 20, TRUE);
  draw_text (cr, 40, 70, "noor.haddad@example.jo", 10, FALSE);
  draw_text (cr, 40, 104, "Experience", 14, TRUE);
  draw_text (cr, 40, 128, "Harbour Freight", 10, TRUE);
  draw_text (cr, 440, 128, "(2021 - 2024)", 9, FALSE);
  draw_text (cr, 40, 143, "Platform engineer", 9, FALSE);
  draw_text (cr, 40, 160, "• Moved the nightly jobs to a queue with retries and alerts", 9, FALSE);
  draw_text (cr, 40, 174, "• Kept the warehouse scanners running during the move to the new", 9, FALSE);
  draw_text (cr, 48, 188, "site", 9, FALSE);
  draw_text (cr, 48, 212, "https://harbour-freight.example.jo/", 9, FALSE);
  draw_text (cr, 40, 240, "Quay Systems", 10, TRUE);
  draw_text (cr, 440, 240, "(2018 - 2021)", 9, FALSE);
  draw_text (cr, 40, 255, "Developer", 9, FALSE);
  draw_text (cr, 40, 272, "• Wrote the tally service used at two ports", 9, FALSE);
}

static void
test_link_after_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_link_after_items);
  document = import_drawn (draw_link_after_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Moved the nightly jobs to a queue with retries and alerts\n"
                   "Kept the warehouse scanners running during the move to the new site\n"
                   "Wrote the tally service used at two ports\n");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), "url"), ==,
                   "https://harbour-freight.example.jo/");
}

/* A word processor's bullet from the Symbol font, drawn taller and a
 * little higher than its item's text, level with a heading of the left
 * column: the mark must stay with its item, whose second line goes on
 * with it. */
static void
draw_mark_beside_heading (cairo_t *cr)
{
  static const char * const skills[] = { "Spreadsheets", "Soldering", "Lathe work", "CAD drawing", "Welding" };
  static const char * const items[] = {
    "Checked the torque of every bolt on the line",
    "Kept the maintenance log of the press shop",
    "Trained two apprentices on the new lathe",
    "Planned the spare parts for the summer stop",
  };

  draw_text (cr, 36, 40, "Jonas Albrecht", 22, TRUE);
  draw_text (cr, 36, 74, "jonas.albrecht@example.de", 9, FALSE);
  draw_text (cr, 36, 120, "KENNTNISSE", 10, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (skills); k++)
    draw_text (cr, 36, 140 + 18 * k, skills[k], 10, FALSE);
  draw_text (cr, 300, 120, "BERUFSERFAHRUNG", 10, TRUE);
  draw_text (cr, 300, 140, "Mechaniker, Pressenwerk Kolb", 10, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      draw_text (cr, 300, 158 + 18 * k, "•", 10, FALSE);
      draw_text (cr, 318, 160 + 18 * k, items[k], 10, FALSE);
    }
  draw_text (cr, 300, 250, "Schlosser, Stahlbau Renz", 10, TRUE);
  /* Level with the left column's next heading: the mark stands 3.5
   * points below it, its text 7 points below. */
  draw_text (cr, 36, 270, "SPRACHEN", 10, TRUE);
  draw_text (cr, 300, 273.5, "•", 10, FALSE);
  draw_text (cr, 318, 277, "Navigation für die Kräne der", 10, FALSE);
  draw_text (cr, 318, 295, "Halle drei", 10, FALSE);
  draw_text (cr, 300, 313, "•", 10, FALSE);
  draw_text (cr, 318, 313, "Schweißnähte geprüft", 10, FALSE);
  draw_text (cr, 36, 290, "Deutsch, Englisch", 10, FALSE);
}

static void
test_mark_beside_heading (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_mark_beside_heading);
  document = import_drawn (draw_mark_beside_heading);
  bullets = all_bullets (document);
  g_assert_nonnull (strstr (bullets, "\nNavigation für die Kräne der Halle drei\nSchweißnähte geprüft\n"));
}

/* A sidebar of prose beside a main column that starts with its dates,
 * left of its entries (a word processor's table): the main column starts
 * at its dates, and no date goes into the sidebar's lines; the sidebar's
 * hobbies, set with glyphs, are its interests. */
static const char profile_text[] =
  "Calm and careful with data, I like to find out why numbers disagree and to write down what I learnt so that "
  "the next person does not have to. Looking for a first post as a data analyst in a small team that ships often.";

static void
draw_dates_column (cairo_t *cr)
{
  static const char * const titles[] = { "Bachelor of Statistics", "Exchange term", "Higher School Certificate",
                                         "Secondary School" };
  static const char * const years[] = { "2019 – 2022", "2021", "2017 – 2019", "2012 – 2017" };

  draw_text (cr, 260, 30, "ANIKA ROY", 30, FALSE);
  draw_text (cr, 40, 100, "PROFILE", 11, TRUE);
  draw_wrapped (cr, 40, 122, 165, profile_text, 8);
  draw_text (cr, 40, 250, "HOBBIES", 11, TRUE);
  draw_text (cr, 52, 272, "• Sketching old bridges", 8, FALSE);
  draw_text (cr, 52, 288, "• Sea swimming", 8, FALSE);
  draw_text (cr, 260, 100, "EDUCATION", 11, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    {
      draw_text (cr, 260, 126 + 46 * k, years[k], 9, FALSE);
      draw_text (cr, 340, 124 + 46 * k, titles[k], 11, TRUE);
      draw_text (cr, 340, 140 + 46 * k, "Harbour Town College", 9, FALSE);
      draw_text (cr, 340, 153 + 46 * k, "Port Ellen, Islay", 9, FALSE);
    }
  draw_text (cr, 260, 320, "SKILLS", 11, TRUE);
  draw_text (cr, 340, 342, "R, Python, SQL", 9, FALSE);
  draw_text (cr, 340, 356, "Tableau, Excel", 9, FALSE);
  draw_text (cr, 340, 370, "Git, Make", 9, FALSE);
}

static void
test_dates_column (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_dates_column);
  document = import_drawn (draw_dates_column);
  bullets = all_bullets (document);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "summary"), ==, profile_text);
  g_assert_cmpstr (bullets, ==, "");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_INTERESTS), ==, 2);
  g_assert_cmpstr (vitae_node_get_list (VITAE_NODE (entry_at (document, VITAE_SECTION_INTERESTS, 0)), "keywords")[0], ==,
                   "Sketching old bridges");
}

/* A column of headings at the left, under a name and a title set larger
 * than them in the same column, with the contact details at the right:
 * the header reads as two columns, the sections row by row. */
static void
draw_heading_column_header (cairo_t *cr)
{
  static const char * const items[] = {
    "Moved the nightly loads to a streaming pipeline",
    "Wrote the data quality checks for the sales tables",
    "Ran the weekly review of failed jobs",
  };

  draw_text (cr, 22, 30, "Mira", 30, TRUE);
  draw_text (cr, 22, 72, "Okafor", 30, TRUE);
  draw_text (cr, 22, 130, "Data", 18, TRUE);
  draw_text (cr, 22, 156, "Engineer", 18, TRUE);
  /* The phone level with the first name, the web site with the last. */
  draw_text (cr, 235, 24, "mira.okafor@example.com", 11, FALSE);
  draw_text (cr, 235, 45, "+44 20 7946 0321", 11, FALSE);
  draw_text (cr, 235, 66, "Leeds, UK", 11, FALSE);
  draw_text (cr, 235, 87, "okafor.example.dev", 11, FALSE);

  draw_text (cr, 22, 220, "Experience", 14, TRUE);
  draw_text (cr, 220, 220, "Harbour Freight Ltd", 14, TRUE);
  draw_text (cr, 220, 242, "Data Engineer", 11, FALSE);
  draw_text (cr, 220, 260, "May 2021 – present", 9.5, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    draw_text (cr, 240, 278 + 16 * k, items[k], 9.5, FALSE), draw_text (cr, 228, 278 + 16 * k, "•", 9.5, FALSE);
  draw_text (cr, 22, 350, "Skills", 14, TRUE);
  draw_text (cr, 220, 352, "Python, SQL, Airflow, dbt", 9.5, FALSE);
  draw_text (cr, 22, 400, "Education", 14, TRUE);
  draw_text (cr, 220, 400, "B.Sc. Statistics", 14, TRUE);
  draw_text (cr, 220, 422, "University of Leeds", 11, FALSE);
  draw_text (cr, 220, 440, "2014 – 2018", 9.5, FALSE);
}

static void
test_heading_column_header (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_heading_column_header);
  document = import_drawn (draw_heading_column_header);
  g_free (all_bullets (document));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Mira Okafor");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 2), ==, "Ran the weekly review of failed jobs");
}

/* A row of small tags under an entry's items (Typst's chips: each word
 * in a box, set smaller and further down than the items' lines): the
 * tags are not the last item's words. */
static void
draw_tag_row (cairo_t *cr)
{
  static const char * const tags[] = { "Rust", "Tokio", "Postgres", "Grafana" };
  double x = 42.5;

  draw_text (cr, 40, 40, "Lucie Garnier", 24, TRUE);
  draw_text (cr, 40, 76, "lucie.garnier@example.fr", 9, FALSE);
  draw_text (cr, 40, 110, "Expérience", 14, TRUE);
  draw_text (cr, 40, 136, "Ingénieure logiciel, Atelier Nord", 10, TRUE);
  draw_text (cr, 460, 136, "2022 – 2024", 9, FALSE);
  draw_text (cr, 40, 154, "• Écriture du service de facturation en Rust", 9, FALSE);
  draw_text (cr, 40, 168, "• Migration des tableaux de bord vers Grafana", 9, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (tags); k++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans 8");
      PangoRectangle logical;

      pango_layout_set_font_description (layout, description);
      pango_layout_set_text (layout, tags[k], -1);
      pango_layout_get_extents (layout, NULL, &logical);
      cairo_move_to (cr, x, 188);
      pango_cairo_show_layout (cr, layout);
      x += (double) logical.width / PANGO_SCALE + 10;
      pango_font_description_free (description);
      g_object_unref (layout);
    }
  draw_text (cr, 40, 216, "Développeuse, Studio Brume", 10, TRUE);
  draw_text (cr, 460, 216, "2020 – 2022", 9, FALSE);
  draw_text (cr, 40, 234, "• Refonte du site de réservation", 9, FALSE);
}

static void
test_tag_row (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_tag_row);
  document = import_drawn (draw_tag_row);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Écriture du service de facturation en Rust\n"
                   "Migration des tableaux de bord vers Grafana\n"
                   "Refonte du site de réservation\n");
}

/* A paragraph under the name, title and contact details, before the
 * first heading: its lines read a space apart. */
static const char header_paragraph[] =
  "Electrician turned software developer, at home with the control cabinets of small factories and with the code "
  "that runs them, looking for a team that builds tools for the people on the shop floor.";

static void
draw_header_paragraph (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Timo Verhaegen", 24, TRUE);
  draw_text (cr, 40, 64, "Software Developer", 12, FALSE);
  draw_text (cr, 40, 84, "timo.verhaegen@example.be | +32 470 12 34 56", 9, FALSE);
  draw_wrapped (cr, 40, 104, 330, header_paragraph, 9);
  draw_text (cr, 40, 170, "Experience", 14, TRUE);
  draw_text (cr, 40, 194, "Software Developer, Werkhuis Gent", 10, TRUE);
  draw_text (cr, 460, 194, "2021 – 2024", 9, FALSE);
  draw_text (cr, 40, 212, "• Wrote the panel firmware of three packing lines", 9, FALSE);
}

static void
test_header_paragraph (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_header_paragraph);
  document = import_drawn (draw_header_paragraph);
  g_free (all_bullets (document));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "summary"), ==, header_paragraph);
}

/* A sidebar at the right whose lines are centred (few of them start at
 * one place, the longest left of the others), most on rows of their
 * own between the main column's, a few level with its items: the main
 * column reads first, whole. */
static const char * const centred_jobs[] = { "Firmware Developer, Lumen Controls", "Test Engineer, Fietsfabriek",
                                             "Intern, Robotics Lab", "Tutor, Hogeschool Gent" };

static void
centred_text (cairo_t    *cr,
              double      middle,
              double      y,
              const char *text,
              double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, middle - (double) logical.width / PANGO_SCALE / 2, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

static void
draw_centred_sidebar (cairo_t *cr)
{
  static const char * const sidebar[] = {
    "CONTACT", "Gent", "Belgium", "FIELDS", "Firmware", "Embedded systems, testing", "Planning", "LANGUAGES",
    "Dutch", "French", "English", "TOOLS",
  };
  static const char * const tools[] = { "Git, CMake", "KiCad", "Jira, Confluence", "Eclipse", "Wireshark" };
  double y = 120;
  guint row = 0;

  draw_text (cr, 20, 30, "LOTTE PEETERS", 24, TRUE);
  draw_text (cr, 20, 80, "lotte.peeters@example.be", 9, FALSE);
  draw_text (cr, 20, 104, "EXPERIENCE", 11, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (centred_jobs); k++)
    {
      draw_text (cr, 20, y, centred_jobs[k], 9, TRUE);
      for (guint b = 0; b < 3; b++)
        {
          g_autofree char *item = g_strdup_printf ("• Part %u of the work as %s", b + 1, centred_jobs[k]);

          draw_text (cr, 30, y + 16 * (b + 1), item, 9, FALSE);
        }
      y += 4 * 16;
    }
  /* The sidebar's lines half way between the main column's rows; the
   * last tools level with the last entry's items. */
  for (guint k = 0; k < G_N_ELEMENTS (sidebar); k++, row++)
    centred_text (cr, 505, 112 + 16 * row, sidebar[k], 9);
  for (guint k = 0; k < G_N_ELEMENTS (tools); k++)
    draw_text (cr, 440, k < 2 ? 112 + 16 * row++ : 120 + 16 * (row++ + 1), tools[k], 9, FALSE);
}

static void
test_centred_sidebar (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_centred_sidebar);
  document = import_drawn (draw_centred_sidebar);
  g_free (all_bullets (document));
  for (guint k = 0; k < G_N_ELEMENTS (centred_jobs); k++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, k);

      /* (What the sidebar's lines become after the last entry is the
       * line pass's business, not the columns'.) */
      g_assert_nonnull (entry);
      g_assert_cmpuint (vitae_entry_get_n_bullets (entry), >=, 3);
      for (guint b = 0; b < 3; b++)
        {
          g_autofree char *item = g_strdup_printf ("Part %u of the work as %s", b + 1, centred_jobs[k]);

          g_assert_cmpstr (bullet_text (entry, b), ==, item);
        }
    }
}

/* A raised footnote mark set much smaller than its line (less than half
 * the size of the text): it joins its line. */
static void
draw_small_raised_mark (cairo_t *cr)
{
  static const Piece item[] = {
    { "• Prix de la ville de Tours", 10, 0, FALSE, FALSE }, { "1", 4.6, -6, FALSE, FALSE },
    { ", catégorie lycée", 10, 0, FALSE, FALSE },
  };

  draw_text (cr, 40, 40, "Vincent Morel", 20, TRUE);
  draw_text (cr, 40, 70, "vincent.morel@example.fr", 10, FALSE);
  draw_text (cr, 40, 110, "Formation", 14, TRUE);
  draw_text (cr, 40, 136, "Lycée Descartes, Tours", 10, TRUE);
  draw_text (cr, 430, 136, "2016 – 2018", 10, FALSE);
  draw_pieces (cr, 50, 156, item, G_N_ELEMENTS (item));
  draw_text (cr, 50, 176, "• Colles de physique chaque semaine", 10, FALSE);
}

static void
test_small_raised_mark (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_small_raised_mark);
  document = import_drawn (draw_small_raised_mark);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Prix de la ville de Tours1, catégorie lycée\n"
                   "Colles de physique chaque semaine\n");
}

/* Headings and a name in small capitals faked with a larger first
 * letter, as LaTeX's \textsc sets them in some classes, the smaller
 * capitals half a point after the first (poppler breaks the word where
 * the size changes): each reads as one word ("EXPÉRIENCE", not
 * "E XPÉRIENCE"). */
static double
draw_small_caps (cairo_t    *cr,
                 double      x,
                 double      y,
                 const char *word,
                 double      size)
{
  char first[8] = { 0 };
  const char *rest = g_utf8_next_char (word);
  Piece pieces[] = { { first, size, 0, TRUE, FALSE }, { rest, 0.8 * size, 0, TRUE, FALSE } };

  memcpy (first, word, rest - word);
  x = draw_pieces (cr, x, y, pieces, 1) + 0.5;
  return draw_pieces (cr, x, y, pieces + 1, 1);
}

static void
draw_small_capitals (cairo_t *cr)
{
  double x = draw_small_caps (cr, 40, 40, "NOÉMIE", 20);

  draw_small_caps (cr, x + 6, 40, "LACROIX", 20);
  draw_text (cr, 40, 76, "noemie.lacroix@example.fr", 9, FALSE);
  draw_small_caps (cr, 40, 110, "EXPÉRIENCE", 12);
  draw_text (cr, 40, 134, "Ingénieure qualité, Verrerie Aubry", 10, TRUE);
  draw_text (cr, 460, 134, "2019 – 2024", 9, FALSE);
  draw_text (cr, 50, 152, "• Audit des fours chaque trimestre", 9, FALSE);
}

static void
test_small_capitals (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_small_capitals);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  log_lines (draw_small_capitals);
  g_assert_cmpuint (lines->len, >=, 3);
  g_assert_cmpstr (((VitaeTextLine *) g_ptr_array_index (lines, 0))->text, ==, "NOÉMIE LACROIX");
  g_assert_cmpstr (((VitaeTextLine *) g_ptr_array_index (lines, 2))->text, ==, "EXPÉRIENCE");
}

/* A sentence with a double space typed around a few words (twice as
 * wide as its other spaces, about half an em): a space, not a tab. The
 * places and dates Vitae sets beside an entry's title (0.8 em) stay
 * tabs: the round-trip tests in test-import.c hold those. */
static void
draw_double_spaces (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans 10");
  PangoRectangle logical;
  int space;
  double x = 50;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, " ", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  space = logical.width;
  draw_text (cr, 40, 40, "Oskar Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "oskar.lindqvist@example.se", 10, FALSE);
  draw_text (cr, 40, 110, "Experience", 14, TRUE);
  draw_text (cr, 40, 136, "Penetration Tester, Nordsäk AB", 10, TRUE);
  draw_text (cr, 430, 136, "2021 – 2024", 10, FALSE);
  pango_layout_set_text (layout, "• Led the tests of", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  draw_text (cr, x, 156, "• Led the tests of", 10, FALSE);
  x += (double) (logical.width + 2 * space) / PANGO_SCALE;
  pango_layout_set_text (layout, "80 servers", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  draw_text (cr, x, 156, "80 servers", 10, FALSE);
  x += (double) (logical.width + 2 * space) / PANGO_SCALE;
  draw_text (cr, x, 156, "in a single year", 10, FALSE);
  pango_font_description_free (description);
  g_object_unref (layout);
}

static void
test_double_spaces (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_double_spaces);
  document = import_drawn (draw_double_spaces);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==, "Led the tests of 80 servers in a single year\n");
}

/* Two columns that go on from one section (an entry in each), then a
 * section set across the page below both: the right column reads before
 * it, not after it. */
static void
draw_columns_above_full_width (cairo_t *cr)
{
  static const char * const left[] = {
    "• Ran the cluster upgrades every quarter", "• Wrote the runbooks for the database",
    "• Cut the build time of the monorepo", "• Moved the logs to a cheaper store",
  };
  static const char * const right[] = {
    "• Set up the alerting for the shops", "• Trained the team on incident reviews",
    "• Automated the certificate renewals", "• Kept the backups tested each month",
  };

  draw_text (cr, 40, 30, "Mei Tanaka", 22, TRUE);
  draw_text (cr, 40, 62, "mei.tanaka@example.jp", 9, FALSE);
  draw_text (cr, 40, 96, "EXPERIENCE", 13, TRUE);
  draw_text (cr, 40, 124, "Site Reliability Engineer, Kumo", 10, TRUE);
  draw_text (cr, 320, 124, "Systems Administrator, Sakura Net", 10, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (left); k++)
    {
      draw_text (cr, 40, 144 + 18 * k, left[k], 9, FALSE);
      draw_text (cr, 320, 144 + 18 * k, right[k], 9, FALSE);
    }
  draw_text (cr, 40, 250, "SKILLS", 13, TRUE);
  draw_text (cr, 40, 276, "Languages: Go, Python and Bash; infrastructure: Kubernetes, Terraform, Prometheus", 9,
             FALSE);
  draw_text (cr, 40, 292, "Cloud: two providers' networking, storage and identity services, and their costs", 9,
             FALSE);
}

static void
test_columns_above_full_width (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  log_lines (draw_columns_above_full_width);
  document = import_drawn (draw_columns_above_full_width);
  g_free (all_bullets (document));
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 4);
  g_assert_cmpstr (bullet_text (entry, 3), ==, "Kept the backups tested each month");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-layouts/open-circle-items", test_open_circle_items);
  g_test_add_func ("/import-layouts/raised-letters", test_raised_letters);
  g_test_add_func ("/import-layouts/word-ordinals", test_word_ordinals);
  g_test_add_func ("/import-layouts/bold-broken-word", test_bold_broken_word);
  g_test_add_func ("/import-layouts/unequal-columns", test_unequal_columns);
  g_test_add_func ("/import-layouts/sidebar-levels", test_sidebar_levels);
  g_test_add_func ("/import-layouts/school-details", test_school_details);
  g_test_add_func ("/import-layouts/years-in-item", test_years_in_item);
  g_test_add_func ("/import-layouts/loose-items", test_loose_items);
  g_test_add_func ("/import-layouts/link-after-items", test_link_after_items);
  g_test_add_func ("/import-layouts/mark-beside-heading", test_mark_beside_heading);
  g_test_add_func ("/import-layouts/dates-column", test_dates_column);
  g_test_add_func ("/import-layouts/heading-column-header", test_heading_column_header);
  g_test_add_func ("/import-layouts/tag-row", test_tag_row);
  g_test_add_func ("/import-layouts/header-paragraph", test_header_paragraph);
  g_test_add_func ("/import-layouts/centred-sidebar", test_centred_sidebar);
  g_test_add_func ("/import-layouts/small-raised-mark", test_small_raised_mark);
  g_test_add_func ("/import-layouts/small-capitals", test_small_capitals);
  g_test_add_func ("/import-layouts/double-spaces", test_double_spaces);
  g_test_add_func ("/import-layouts/columns-above-full-width", test_columns_above_full_width);

  return g_test_run ();
}
