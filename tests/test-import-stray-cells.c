/* test-import-stray-cells.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cells of imported PDFs that are not what their place suggests: a dash
 * typed a tab before a skill or a language is the item's mark, not an
 * item; a group's name in capitals over its items names the group of
 * their words, a marked item in capitals does not; a labelled item set
 * as a sentence is no detail of the group above it; and words set at the
 * right of an entry's title where its dates would stand, that hold none,
 * are the entry's text or its first item, not its end date. Each page is
 * drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

static const char * const skills[] = { "Networks", "Ethical hacking", "Market analysis" };
static const char * const languages[] = { "Norwegian: native", "English: fluent" };

/* Skills and languages each after a dash typed well left of it, as a
 * word processor's list sets a tab after its mark. */
static void
draw_typed_dashes (cairo_t *cr)
{
  double y = 100;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, y, "SKILLS", 12, TRUE);
  y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      draw_text (cr, 50, y += 16, "-", 10, FALSE);
      draw_text (cr, 90, y, skills[i], 10, FALSE);
    }
  draw_text (cr, 40, y += 30, "LANGUAGES", 12, TRUE);
  y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      draw_text (cr, 50, y += 16, "-", 10, FALSE);
      draw_text (cr, 90, y, languages[i], 10, FALSE);
    }
}

static void
test_typed_dashes (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_typed_dashes);
  g_autoptr(GPtrArray) lines = drawn_lines (draw_typed_dashes);
  g_autofree char *bullets = all_bullets (document);
  VitaeSection *section = section_titled (document, "Skills");
  g_autoptr(GString) keywords = g_string_new (NULL);

  for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
    {
      const char * const *words = vitae_node_get_list (VITAE_NODE (vitae_section_get_entry (section, e)), "keywords");

      for (guint k = 0; words != NULL && words[k] != NULL; k++)
        g_string_append_printf (keywords, "%s\n", words[k]);
    }
  g_test_message ("keywords:\n%s", keywords->str);
  g_assert_cmpstr (keywords->str, ==, "Networks\nEthical hacking\nMarket analysis\n");
  g_assert_null (strchr (bullets, '-'));

  /* Each language is one, named by its name, not by the dash. */
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_LANGUAGES), ==, G_N_ELEMENTS (languages));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 0)), "title"), ==,
                   "Norwegian");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry_at (document, VITAE_SECTION_LANGUAGES, 1)), "title"), ==,
                   "English");
}

/* Skills in two groups, each group's name in capitals on a line of its
 * own over its items. */
static void
draw_group_names (cairo_t *cr)
{
  static const char * const sea[] = { "Chart plotters", "Echo sounders", "Tide tables" };
  static const char * const office[] = { "Spreadsheets", "Report writing" };
  double y = 100;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, y, "SKILLS", 12, TRUE);
  draw_text (cr, 40, y += 24, "AT SEA", 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (sea); i++)
    {
      draw_text (cr, 42, y += 16, "•", 10, FALSE);
      draw_text (cr, 50, y, sea[i], 10, FALSE);
    }
  draw_text (cr, 40, y += 24, "OFFICE", 10, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (office); i++)
    {
      draw_text (cr, 42, y += 16, "•", 10, FALSE);
      draw_text (cr, 50, y, office[i], 10, FALSE);
    }
}

static void
test_group_names (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_group_names);
  g_autoptr(GPtrArray) lines = drawn_lines (draw_group_names);
  VitaeNode *sea, *office;
  const char * const *words;

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), ==, 2);
  sea = VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, 0));
  office = VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, 1));
  g_assert_cmpstr (vitae_node_get_text (sea, "title"), ==, "AT SEA");
  words = vitae_node_get_list (sea, "keywords");
  g_assert_cmpuint (g_strv_length ((char **) words), ==, 3);
  g_assert_cmpstr (words[0], ==, "Chart plotters");
  g_assert_cmpstr (words[2], ==, "Tide tables");
  g_assert_cmpstr (vitae_node_get_text (office, "title"), ==, "OFFICE");
  words = vitae_node_get_list (office, "keywords");
  g_assert_cmpuint (g_strv_length ((char **) words), ==, 2);
  g_assert_cmpstr (words[1], ==, "Report writing");
}

/* A list of skills, some of them names in capitals: no group's name. */
static void
draw_capital_skills (cairo_t *cr)
{
  static const char * const tools[] = { "Rust", "PHP", "SQL", "Lua", "Bash", "AWS" };
  double y = 100;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, y, "SKILLS", 12, TRUE);
  y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      draw_text (cr, 42, y += 16, "•", 10, FALSE);
      draw_text (cr, 50, y, tools[i], 10, FALSE);
    }
}

static void
test_capital_skills (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_capital_skills);
  g_autoptr(GPtrArray) lines = drawn_lines (draw_capital_skills);
  guint n = n_entries_of (document, VITAE_SECTION_SKILLS);

  g_assert_cmpuint (n, >, 0);
  for (guint e = 0; e < n; e++)
    g_assert_false (vitae_node_has (VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, e)), "title"));
}

/* Skills as marked items, some of them acronyms in capitals ("• CAD /
 * GIS", "• QGIS"): each item is one of the list's words, none of them
 * the name of a group of those under it. */
static void
draw_items_in_capitals (cairo_t *cr)
{
  static const char * const items[] = { "CAD / GIS", "Land surveying", "QGIS", "Drone mapping" };
  double y = 124;

  draw_text (cr, 40, 40, "Tobias Lindqvist", 20, TRUE);
  draw_text (cr, 40, 72, "tobias.lindqvist@example.se", 9, FALSE);
  draw_text (cr, 40, 100, "SKILLS", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++, y += 16)
    {
      g_autofree char *item = g_strconcat ("• ", items[i], NULL);

      draw_text (cr, 42, y, item, 10, FALSE);
    }
}

static void
test_items_in_capitals (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_items_in_capitals);
  g_autoptr(GString) words = g_string_new (NULL);
  guint n = n_entries_of (document, VITAE_SECTION_SKILLS);

  for (guint e = 0; e < n; e++)
    {
      VitaeNode *group = VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, e));
      const char * const *list = vitae_node_get_list (group, "keywords");

      g_assert_false (vitae_node_has (group, "title"));
      for (guint k = 0; list != NULL && list[k] != NULL; k++)
        g_string_append_printf (words, "%s|", list[k]);
    }
  g_assert_cmpstr (words->str, ==, "CAD / GIS|Land surveying|QGIS|Drone mapping|");
}

/* Skills as labelled marked items, the last one a sentence rather than
 * a list of words: it is an entry of its own, its words kept whole, and
 * the group above it keeps its words alone. */
static void
draw_labelled_sentence (cairo_t *cr)
{
  static const char * const items[] = {
    "• Languages: Rust, Go, Kotlin.",
    "• Databases: PostgreSQL, Redis, SQLite.",
    "• Teamwork: code review, pairing and mentoring the newest colleagues on the team.",
  };
  double y = 124;

  draw_text (cr, 40, 40, "Ilse Marquardt", 20, TRUE);
  draw_text (cr, 40, 72, "ilse.marquardt@example.de", 9, FALSE);
  draw_text (cr, 40, 100, "SKILLS", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++, y += 16)
    draw_text (cr, 42, y, items[i], 10, FALSE);
}

static void
test_labelled_sentence (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_labelled_sentence);
  guint n = n_entries_of (document, VITAE_SECTION_SKILLS);
  VitaeEntry *databases, *last;

  g_assert_cmpuint (n, ==, 3);
  databases = entry_at (document, VITAE_SECTION_SKILLS, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (databases), "title"), ==, "Databases");
  g_assert_cmpuint (vitae_entry_get_n_bullets (databases), ==, 0);
  last = entry_at (document, VITAE_SECTION_SKILLS, 2);
  g_assert_cmpuint (vitae_entry_get_n_bullets (last), ==, 1);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (last, 0)), ==,
                   "Teamwork: code review, pairing and mentoring the newest colleagues on the team.");
}

/* A skills line of words that wraps after a comma onto the next line,
 * then a labelled group: the wrapped words are the first group's, no
 * word ends in the comma, and the labelled group stays its own. */
static void
draw_words_wrapped_after_comma (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ilse Marquardt", 20, TRUE);
  draw_text (cr, 40, 72, "ilse.marquardt@example.de", 9, FALSE);
  draw_text (cr, 40, 100, "COMPUTER SKILLS", 12, TRUE);
  draw_text (cr, 42, 124, "Rust, Go, Kotlin, PostgreSQL, Redis, SQLite, QGIS, Grafana, Prometheus, Ansible,", 10, FALSE);
  draw_text (cr, 42, 138, "Terraform, Docker", 10, FALSE);
  draw_text (cr, 42, 160, "Languages: German, English", 10, FALSE);
  draw_text (cr, 40, 190, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 42, 214, "Site Engineer, Nordwind Energy", 10, TRUE);
  draw_text (cr, 52, 230, "• Kept forty wind turbines' controllers up to date", 10, FALSE);
}

static void
test_words_wrapped_after_comma (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_words_wrapped_after_comma);
  g_autoptr(GString) words = g_string_new (NULL);
  VitaeNode *group = VITAE_NODE (entry_at (document, VITAE_SECTION_SKILLS, 0));
  const char * const *list = vitae_node_get_list (group, "keywords");

  for (guint k = 0; list != NULL && list[k] != NULL; k++)
    g_string_append_printf (words, "%s|", list[k]);
  g_assert_cmpstr (words->str, ==,
                   "Rust|Go|Kotlin|PostgreSQL|Redis|SQLite|QGIS|Grafana|Prometheus|Ansible|Terraform|Docker|");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_SKILLS), ==, 2);
}

/* A job with its dates at the right of its title; a job whose title has
 * there the tools used there; and a job with a lead-in item whose duties
 * stand at its right, each after a typed dash. */
static void
draw_not_dates (cairo_t *cr)
{
  double y = 100;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, y, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, y += 24, "Nordic Ferry Lines", 11, FALSE);
  draw_right_aligned (cr, 550, y, "2014 – 2016", 10);
  draw_text (cr, 50, y += 16, "•", 10, FALSE);
  draw_text (cr, 62, y, "Sold tickets on the morning crossings", 10, FALSE);
  draw_text (cr, 40, y += 24, "Harbour Survey Office", 11, FALSE);
  draw_right_aligned (cr, 550, y, "QGIS, Python, spreadsheets, echo sounders, sonar", 10);
  draw_text (cr, 50, y += 16, "•", 10, FALSE);
  draw_text (cr, 62, y, "Sounded the harbour channel every spring", 10, FALSE);
  draw_text (cr, 40, y += 24, "Fish Market Stall", 11, FALSE);
  draw_right_aligned (cr, 550, y, "2010 – 2012", 10);
  draw_text (cr, 50, y += 16, "•", 10, FALSE);
  draw_text (cr, 62, y, "Weekends:", 10, FALSE);
  draw_text (cr, 160, y, "- Opened the stall before dawn on market days", 10, FALSE);
  draw_text (cr, 160, y += 16, "- Kept the ice and the scales clean", 10, FALSE);
}

static void
test_not_dates (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_not_dates);
  g_autoptr(GPtrArray) lines = drawn_lines (draw_not_dates);
  g_autofree char *bullets = all_bullets (document);
  VitaeNode *ferry = VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  VitaeNode *survey = VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, 1));

  /* The tools are the job's text, not its end date. */
  g_assert_cmpstr (vitae_node_get_text (survey, "start"), ==, "");
  g_assert_false (vitae_node_has (survey, "end"));
  g_assert_cmpstr (vitae_node_get_text (survey, "summary"), ==, "QGIS, Python, spreadsheets, echo sounders, sonar");
  g_assert_cmpuint (vitae_entry_get_n_bullets (VITAE_ENTRY (survey)), ==, 1);
  /* Dates stay dates. */
  g_assert_cmpstr (vitae_node_get_text (ferry, "start"), ==, "2014");
  g_assert_cmpstr (vitae_node_get_text (ferry, "end"), ==, "2016");
  /* A duty after a dash, where a lead-in's dates would be, is an item,
   * and no entry ends with words. */
  g_assert_nonnull (strstr (bullets, "\nOpened the stall before dawn on market days\n"));
  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    {
      VitaeNode *entry = VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, e));

      g_assert_true (!vitae_node_has (entry, "end") || g_ascii_isdigit (vitae_node_get_text (entry, "end")[0]));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-stray-cells/typed-dashes", test_typed_dashes);
  g_test_add_func ("/import-stray-cells/group-names", test_group_names);
  g_test_add_func ("/import-stray-cells/items-in-capitals", test_items_in_capitals);
  g_test_add_func ("/import-stray-cells/labelled-sentence", test_labelled_sentence);
  g_test_add_func ("/import-stray-cells/words-wrapped-after-comma", test_words_wrapped_after_comma);
  g_test_add_func ("/import-stray-cells/capital-skills", test_capital_skills);
  g_test_add_func ("/import-stray-cells/not-dates", test_not_dates);
  return g_test_run ();
}
