/* test-import-header.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The header and the structure of imported PDFs in layouts met in real
 * resumes: a cover page before the resume, a name spaced wide or set over
 * two lines in a column of its own, contact details beside other cells,
 * personal data in labelled fields, an address repeated at each page's
 * foot, and items drawn without a glyph. Each page is drawn here, in our
 * own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A cover page: its title, the employer's name, then the person's,
 * larger, with an address; the resume on the page after. */
static void
draw_cover (cairo_t *cr)
{
  draw_text (cr, 240, 40, "Bewerbung", 34, TRUE);
  draw_text (cr, 240, 90, "Nordlicht Werkzeugbau AG", 14, TRUE);
  draw_text (cr, 240, 420, "Henrike Lodders", 28, TRUE);
  draw_text (cr, 240, 462, "Am Kornfeld 9", 14, FALSE);
  draw_text (cr, 240, 482, "+49 1523 4567890", 14, FALSE);
  draw_text (cr, 240, 502, "henrike.lodders@example.de", 14, FALSE);
  cairo_show_page (cr);
  draw_text (cr, 60, 40, "Henrike Lodders", 24, FALSE);
  draw_text (cr, 60, 90, "Berufserfahrung", 14, TRUE);
  draw_text (cr, 60, 114, "Werkzeugmechanikerin, Kessler Formenbau", 11, TRUE);
  draw_text (cr, 440, 114, "2019 – 2024", 11, FALSE);
  draw_text (cr, 60, 132, "· Richtete zwölf Spritzgussformen pro Monat ein", 11, FALSE);
  draw_text (cr, 60, 148, "· Senkte den Ausschuss um ein Drittel", 11, FALSE);
}

static void
test_cover_page (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_cover);
  document = import_drawn (draw_cover);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Henrike Lodders");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 1523 4567890");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "henrike.lodders@example.de");
  /* The employer's name is no section. */
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    g_assert_cmpstr (vitae_section_get_title (vitae_document_get_section (document, s)), !=,
                     "Nordlicht Werkzeugbau AG");
}

/* A name set large with its words spaced wide apart, over a sidebar
 * whose first list comes right after the contact details. */
static void
draw_spaced_name (cairo_t *cr)
{
  draw_text (cr, 200, 30, "Marta", 26, FALSE);
  draw_text (cr, 330, 30, "Quintela", 26, FALSE);
  draw_text (cr, 200, 74, "Estudante de Engenharia", 11, FALSE);
  draw_text (cr, 60, 130, "marta.quintela@example.pt", 11, FALSE);
  draw_text (cr, 60, 170, "Linguagens", 11, FALSE);
  draw_text (cr, 60, 186, "• Rust", 11, FALSE);
  draw_text (cr, 60, 201, "• Kotlin", 11, FALSE);
  draw_text (cr, 60, 216, "• Haskell", 11, FALSE);
}

static void
test_spaced_name (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *json = NULL;
  gsize length;

  log_lines (draw_spaced_name);
  document = import_drawn (draw_spaced_name);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Marta Quintela");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "Estudante de Engenharia");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "marta.quintela@example.pt");
  /* The list's items are items, not a headline run on. */
  json = vitae_json_resume_serialize (document, &length);
  g_assert_nonnull (strstr (json, "\"Kotlin\""));
  g_assert_nonnull (strstr (json, "\"Haskell\""));
}

/* Two columns of personal details side by side: an address, a phone
 * number and an e-mail address at the left, a birth date and other
 * details at the right. */
static void
draw_two_column_details (cairo_t *cr)
{
  draw_text (cr, 60, 30, "Aurélien MARCHAND", 12, FALSE);
  draw_text (cr, 60, 46, "12, allée des Tilleuls, Montbrison", 11, FALSE);
  draw_text (cr, 330, 46, "Né le 4 juin 1993", 11, FALSE);
  draw_text (cr, 60, 61, "42 600 Savigneux", 11, FALSE);
  draw_text (cr, 330, 61, "Nationalité française", 11, FALSE);
  draw_text (cr, 60, 76, "Tél. : 06 71 82 93 04", 11, FALSE);
  draw_text (cr, 330, 76, "Permis B", 11, FALSE);
  draw_text (cr, 60, 91, "Email : a.marchand@example.fr", 11, FALSE);
  draw_text (cr, 60, 130, "Expérience", 12, FALSE);
  draw_text (cr, 60, 150, "Technicien de maintenance, Savoie Textile", 11, FALSE);
  draw_text (cr, 440, 150, "2018 – 2023", 11, FALSE);
}

static void
test_two_column_details (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_two_column_details);
  document = import_drawn (draw_two_column_details);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Aurélien MARCHAND");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "06 71 82 93 04");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "a.marchand@example.fr");
}

/* A name set large over two lines in a middle column, beside an
 * address, a phone and an e-mail address at the left and links at the
 * right, each line of the name level with a line of details. */
static void
draw_name_in_middle_column (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Calle de la Sierra 14, Cuenca", 8, FALSE);
  draw_text (cr, 230, 27, "Juana Pérez", 22, FALSE);
  draw_text (cr, 420, 40, "https://juana.example.es", 8, FALSE);
  draw_text (cr, 40, 52, "+34 612 345 678", 8, FALSE);
  draw_text (cr, 420, 52, "https://github.com/juanap", 8, FALSE);
  draw_text (cr, 40, 64, "juana.perez@example.es", 8, FALSE);
  draw_text (cr, 230, 51, "Villalobos", 22, FALSE);
  draw_text (cr, 40, 110, "Experiencia laboral", 12, TRUE);
  draw_text (cr, 40, 130, "Técnica de laboratorio, Hospital de Cuenca", 11, TRUE);
  draw_text (cr, 440, 130, "2017 – 2022", 11, FALSE);
  draw_text (cr, 50, 146, "• Preparé muestras para el banco de sangre", 11, FALSE);
  draw_text (cr, 50, 162, "• Llevé el registro de cuatro congeladores", 11, FALSE);
  draw_text (cr, 50, 178, "• Formé a dos técnicos en prácticas", 11, FALSE);
}

static void
test_name_in_middle_column (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_name_in_middle_column);
  document = import_drawn (draw_name_in_middle_column);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Juana Pérez Villalobos");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+34 612 345 678");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "juana.perez@example.es");
}

/* A German CV in moderncv's style: the address and the contact details
 * at the foot of each page. */
static void
draw_footer (cairo_t *cr)
{
  draw_text (cr, 300, 40, "Klara Riemann", 20, FALSE);
  draw_text (cr, 150, 100, "Berufserfahrung", 12, FALSE);
  draw_text (cr, 150, 124, "Systemadministratorin, Harzwerke GmbH, Wernigerode.", 9, TRUE);
  draw_text (cr, 160, 139, "– Betrieb von vierzig Linux-Servern", 9, FALSE);
  draw_text (cr, 150, 160, "Fachinformatikerin, Stadtwerke Halberstadt.", 9, TRUE);
  draw_text (cr, 160, 175, "– Wartung des Netzes der Verwaltung", 9, FALSE);
  draw_text (cr, 190, 790, "Lindenweg 4 – 38855 Wernigerode", 9, FALSE);
  draw_text (cr, 150, 805, "+49 171 2345678 • klara.riemann@example.de", 9, FALSE);
  cairo_show_page (cr);
  draw_text (cr, 150, 40, "Ehrenamt", 12, FALSE);
  draw_text (cr, 150, 64, "Jugendtrainerin, TSV Wernigerode.", 9, TRUE);
  draw_text (cr, 160, 79, "– Training zweier Mannschaften", 9, FALSE);
  draw_text (cr, 190, 790, "Lindenweg 4 – 38855 Wernigerode", 9, FALSE);
  draw_text (cr, 150, 805, "+49 171 2345678 • klara.riemann@example.de", 9, FALSE);
}

static void
test_footer (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *json = NULL;
  gsize length;

  log_lines (draw_footer);
  document = import_drawn (draw_footer);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Klara Riemann");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 171 2345678");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "klara.riemann@example.de");
  /* The footer is in no section. */
  json = vitae_json_resume_serialize (document, &length);
  g_test_message ("%s", json);
  g_assert_null (strstr (json, "Lindenweg 4 – 38855"));
}

/* Personal data in labelled fields, as a PDF's lines: the address over
 * two lines, its second under the first's value; in French, the address
 * on one line. */
static void
test_address_field (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) french = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) fr = NULL;
  VitaeNode *basics;

  add_line (lines, 300, 420, 20, 0, "Klara Riemann");
  add_line (lines, 150, 260, 14, 30, "Persönliche Daten");
  add_line (lines, 62, 210, 11, 9, "Geburtstag:\t20.10.1990");
  add_line (lines, 72, 225, 11, 6, "Anschrift:\tLindenweg 4");
  add_line (lines, 150, 250, 11, 6, "38855 Wernigerode");
  add_line (lines, 150, 260, 14, 20, "Berufserfahrung");
  add_line (lines, 62, 500, 11, 9, "2019 – 2023\tSystemadministratorin, Harzwerke GmbH, Wernigerode.");
  add_line (lines, 150, 400, 11, 4, "Betrieb von vierzig Linux-Servern");
  document = vitae_import_lines (lines, NULL);
  basics = VITAE_NODE (document);
  g_assert_cmpstr (vitae_node_get_text (basics, "address"), ==, "Lindenweg 4");
  g_assert_cmpstr (vitae_node_get_text (basics, "postal-code"), ==, "38855");
  g_assert_cmpstr (vitae_node_get_text (basics, "city"), ==, "Wernigerode");

  add_line (french, 40, 200, 20, 0, "Claire Martin");
  add_line (french, 40, 200, 14, 30, "Informations personnelles");
  add_line (french, 40, 300, 11, 9, "Adresse : 8 rue des Lilas, 69003 Lyon");
  add_line (french, 40, 300, 11, 4, "Tél. : 06 12 34 56 78");
  add_line (french, 40, 200, 14, 20, "Expérience");
  add_line (french, 40, 500, 11, 9, "Développeuse, Atelier Soie\t2019 – 2023");
  fr = vitae_import_lines (french, NULL);
  basics = VITAE_NODE (fr);
  g_assert_cmpstr (vitae_node_get_text (basics, "address"), ==, "8 rue des Lilas");
  g_assert_cmpstr (vitae_node_get_text (basics, "postal-code"), ==, "69003");
  g_assert_cmpstr (vitae_node_get_text (basics, "city"), ==, "Lyon");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "06 12 34 56 78");
}

/* A French address in a header, its house's number first, under the
 * e-mail address. */
static void
test_address_number_first (void)
{
  static const char * const texts[][2] = {
    { "12, rue des Lilas, Lyon", "Lyon" },
    { "12, rue des Lilas, 69003 Lyon", "Lyon" },
    { "12, rue des Lilas", NULL },
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line (lines, 40, 200, 20, 0, "Claire Martin");
      add_line (lines, 40, 300, 11, 9, "claire.martin@example.fr");
      add_line (lines, 40, 300, 11, 0, texts[t][0]);
      add_line (lines, 40, 200, 14, 20, "Expérience");
      add_line (lines, 40, 500, 11, 9, "Développeuse, Atelier Soie\t2019 – 2023");
      document = vitae_import_lines (lines, NULL);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "address"), ==, "12, rue des Lilas");
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "city"), ==, texts[t][1] ? texts[t][1] : "");
    }
}

/* Items drawn without a glyph, indented from the entries; the entries'
 * lines start a few tenths of a point apart (38.0, 38.2, 38.4), as a
 * designer's tool sets them, so that more lines start at the items'
 * edge than at any one of those. */
static void
draw_designer_items (cairo_t *cr)
{
  static const double xs[] = { 38.0, 38.2, 38.4 };
  static const char * const titles[] = {
    "Shift lead, Bäckerei Sonnenschein", "Cashier, Markthalle Neunkirchen", "Tutor, Volkshochschule Ottweiler",
  };
  static const char * const places[] = { "Neunkirchen", "Neunkirchen", "Ottweiler" };
  static const char * const items[][2] = {
    { "Planned the early shifts for six bakers", "Ordered flour and kept the stock list" },
    { "Closed the tills every evening", "Trained two new cashiers" },
    { "Taught spreadsheets to adults twice a week", "Wrote the course handouts" },
  };
  double y = 120;

  draw_text (cr, 200, 30, "LINA WEBER", 24, TRUE);
  draw_text (cr, 150, 70, "lina.weber@example.de • 0151 23456789", 9, FALSE);
  draw_text (cr, 38.3, 96, "WORK EXPERIENCE", 12, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    {
      draw_text (cr, xs[k], y, titles[k], 9, TRUE);
      draw_text (cr, 470, y, "2019 – 2021", 9, FALSE);
      draw_text (cr, xs[(k + 1) % 3], y + 14, places[k], 9, FALSE);
      draw_text (cr, 56.9, y + 28, items[k][0], 9, FALSE);
      draw_text (cr, 56.9, y + 42, items[k][1], 9, FALSE);
      y += 64;
    }
}

static void
test_designer_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_designer_items);
  document = import_drawn (draw_designer_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Planned the early shifts for six bakers\n"
                   "Ordered flour and kept the stock list\n"
                   "Closed the tills every evening\n"
                   "Trained two new cashiers\n"
                   "Taught spreadsheets to adults twice a week\n"
                   "Wrote the course handouts\n");
}

/* Two columns under a summary across the page: the main column's items
 * are drawn without a glyph, indented a little from their entries, and
 * outnumber every other line; each wraps onto a second line set closer
 * than the items are apart; the sidebar's lines are set tighter still,
 * in another size. */
static void
draw_items_under_summary (cairo_t *cr)
{
  static const char * const items[][2] = {
    { "Wrote a scheduler for the night trains that cut", "the empty runs by a third." },
    { "Moved the ticket archive to a database of its", "own and kept it running for two years." },
    { "Measured the delays at every station and drew", "maps of them for the planners." },
    { "Taught four new colleagues to read the signal", "logs and to answer the alarms." },
    { "Counted the passengers on each crossing and", "planned the summer timetable with it." },
  };
  static const char * const skills[] = {
    "Python", "PostgreSQL", "Rust", "Grafana", "Kafka", "Linux", "Ansible", "Docker", "Git",
  };
  double y = 150;

  draw_text (cr, 25, 20, "MILAN HORVAT", 22, FALSE);
  draw_text (cr, 25, 52, "Engineer who likes timetables, maps and the quiet work of keeping old systems alive and "
             "well documented.", 7.5, FALSE);
  draw_text (cr, 25, 64, "Looking for a team that runs trains, buses or ferries and wants its data to be right.", 7.5,
             FALSE);
  draw_text (cr, 25, 84, "milan.horvat@example.hr", 7.5, FALSE);
  draw_text (cr, 25, 110, "EXPERIENCE", 11, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      if (k == 0 || k == 3)
        {
          draw_text (cr, 25, y, k == 0 ? "Data engineer, Zagreb Rail" : "Analyst, Split Ferries", 9, TRUE);
          draw_text (cr, 25, y + 14, "2019 – 2023", 7.5, FALSE);
          y += 30;
        }
      draw_text (cr, 34, y, items[k][0], 7.5, FALSE);
      draw_text (cr, 34, y + 13, items[k][1], 7.5, FALSE);
      y += 30;
    }
  draw_text (cr, 370, 110, "SKILLS", 11, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (skills); k++)
    draw_text (cr, 370, 130 + 11 * k, skills[k], 8.5, FALSE);
}

static void
test_items_under_summary (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_items_under_summary);
  document = import_drawn (draw_items_under_summary);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Wrote a scheduler for the night trains that cut the empty runs by a third.\n"
                   "Moved the ticket archive to a database of its own and kept it running for two years.\n"
                   "Measured the delays at every station and drew maps of them for the planners.\n"
                   "Taught four new colleagues to read the signal logs and to answer the alarms.\n"
                   "Counted the passengers on each crossing and planned the summer timetable with it.\n");
}

/* A name in small capitals over a tagline set larger, in lower case. */
static void
draw_name_under_tagline (cairo_t *cr)
{
  draw_text (cr, 340, 30, "MATHILDE ROUSSEL", 9, TRUE);
  draw_text (cr, 300, 48, "Ingénieure passionnée par", 11, FALSE);
  draw_text (cr, 260, 66, "les réseaux et leur sécurité", 11, FALSE);
  draw_text (cr, 205, 110, "FORMATION", 13, TRUE);
  draw_text (cr, 205, 134, "Université de Rennes", 8, TRUE);
  draw_text (cr, 500, 134, "2019 - 2022", 8, FALSE);
  draw_text (cr, 215, 150, "• Master en sécurité des systèmes", 8, FALSE);
  draw_text (cr, 215, 164, "• Stage au laboratoire de cryptographie", 8, FALSE);
}

static void
test_name_under_tagline (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_name_under_tagline);
  document = import_drawn (draw_name_under_tagline);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "MATHILDE ROUSSEL");
}

/* An address block under the name, in bold as the text's size, its last
 * line a country in capitals; the phone number under it, beside the
 * person's title. */
static void
draw_country_in_address (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Élodie Garnier", 22, FALSE);
  draw_text (cr, 40, 70, "31000 Toulouse", 8, TRUE);
  draw_text (cr, 40, 86, "FRANCE", 8, TRUE);
  draw_text (cr, 40, 104, "06 52 41 30 29", 8, TRUE);
  draw_text (cr, 260, 104, "Doctorante en informatique", 9, FALSE);
  draw_text (cr, 40, 122, "elodie.garnier@example.fr", 8, TRUE);
  draw_text (cr, 40, 150, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 172, "Data engineer, Occitanie Transports", 8, TRUE);
  draw_text (cr, 470, 172, "2020 – 2024", 8, FALSE);
  draw_text (cr, 50, 186, "• Built the ticket data pipeline", 8, FALSE);
  draw_text (cr, 50, 198, "• Cut the nightly load from six hours to one", 8, FALSE);
  draw_text (cr, 50, 210, "• Wrote the runbooks for the on-call team", 8, FALSE);
  draw_text (cr, 50, 222, "• Trained three analysts in SQL", 8, FALSE);
}

static void
test_country_in_address (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  VitaeNode *basics;

  log_lines (draw_country_in_address);
  document = import_drawn (draw_country_in_address);
  basics = VITAE_NODE (document);
  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Élodie Garnier");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "06 52 41 30 29");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "elodie.garnier@example.fr");
  /* The postal code and city are her place, not her headline. */
  g_assert_cmpstr (vitae_node_get_text (basics, "label"), ==, "Doctorante en informatique");
  /* "FRANCE" heads no section. */
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    g_assert_cmpstr (vitae_section_get_title (vitae_document_get_section (document, s)), !=, "FRANCE");
}

/* Items drawn without a glyph whose first line alone is indented, the
 * lines they wrap onto back at the edge, under subheadings there (the
 * second as wide as the items' lines, yet no item with a hanging
 * indent): an online builder's layout. */
static void
draw_first_line_indent (cairo_t *cr)
{
  draw_text (cr, 25, 20, "Tomás Ferreira", 22, FALSE);
  draw_text (cr, 25, 56, "tomas.ferreira@example.pt", 9, FALSE);
  draw_text (cr, 25, 84, "Experience", 14, FALSE);
  draw_text (cr, 25, 108, "Platform engineer, Lisboa Cargo", 10, FALSE);
  draw_text (cr, 350, 108, "2021 - 2024", 10, FALSE);
  draw_text (cr, 25, 126, "Release tooling", 10, FALSE);
  draw_text (cr, 41, 142, "Rebuilt the release pipeline so that each service could be", 10, FALSE);
  draw_text (cr, 25, 158, "shipped on its own, in minutes instead of a whole afternoon.", 10, FALSE);
  draw_text (cr, 41, 174, "Wrote the checks that stop a release when the database and", 10, FALSE);
  draw_text (cr, 25, 190, "the code disagree.", 10, FALSE);
  draw_text (cr, 25, 206, "Monitoring, alerting, dashboards and the rota of the on-call team", 10, FALSE);
  draw_text (cr, 41, 222, "Moved the alerts to one dashboard for the whole team and", 10, FALSE);
  draw_text (cr, 25, 238, "wrote a page for each of them.", 10, FALSE);
}

static void
test_first_line_indent (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_first_line_indent);
  document = import_drawn (draw_first_line_indent);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Rebuilt the release pipeline so that each service could be shipped on its own, in minutes "
                   "instead of a whole afternoon.\n"
                   "Wrote the checks that stop a release when the database and the code disagree.\n"
                   "Moved the alerts to one dashboard for the whole team and wrote a page for each of them.\n");
}

/* Certificates one a line without a mark, under a heading in the
 * singular; and in Russian, under "certificates and achievements". */
static void
draw_certificates (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Arnaud Lefèvre", 20, FALSE);
  draw_text (cr, 40, 62, "arnaud.lefevre@example.be", 9, FALSE);
  draw_text (cr, 250, 90, "Work Experience", 12, FALSE);
  draw_text (cr, 40, 112, "Support engineer", 9, FALSE);
  draw_text (cr, 440, 112, "2020 – 2024", 9, FALSE);
  draw_text (cr, 40, 126, "Hainaut Logistics, Mons, Belgium", 9, FALSE);
  draw_text (cr, 60, 142, "Kept forty warehouse terminals running and wrote the guides for them.", 9, FALSE);
  draw_text (cr, 260, 170, "Certification", 12, FALSE);
  draw_text (cr, 40, 192, "Cloud: Cloud Practitioner Foundations (2024)", 9, FALSE);
  draw_text (cr, 40, 206, "Networks: Routing and Switching Essentials (2022)", 9, FALSE);
  draw_text (cr, 260, 234, "Education", 12, FALSE);
  draw_text (cr, 40, 256, "Bachelor in Networks", 9, FALSE);
  draw_text (cr, 440, 256, "2017 – 2020", 9, FALSE);
}

static void
draw_certificates_ru (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Пётр Соколов", 20, FALSE);
  draw_text (cr, 40, 62, "petr.sokolov@example.ru", 9, FALSE);
  draw_text (cr, 40, 90, "Опыт работы", 14, FALSE);
  draw_text (cr, 40, 114, "Разработчик, Северные Сети", 9, FALSE);
  draw_text (cr, 440, 114, "2020 – 2024", 9, FALSE);
  draw_text (cr, 60, 130, "• Переписал сервис отчётов на Go", 9, FALSE);
  draw_text (cr, 40, 160, "Сертификаты и достижения", 14, FALSE);
  draw_text (cr, 60, 184, "Доклад на городской конференции о тестировании", 9, FALSE);
  draw_text (cr, 60, 198, "Статья о переходе на очереди сообщений", 9, FALSE);
}

static void
test_certificates (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) ru = NULL;
  g_autofree char *bullets = NULL;
  g_autofree char *bullets_ru = NULL;

  log_lines (draw_certificates);
  document = import_drawn (draw_certificates);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Kept forty warehouse terminals running and wrote the guides for them.\n"
                   "Cloud: Cloud Practitioner Foundations (2024)\n"
                   "Networks: Routing and Switching Essentials (2022)\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_CERTIFICATIONS), ==, 1);

  log_lines (draw_certificates_ru);
  ru = import_drawn (draw_certificates_ru);
  bullets_ru = all_bullets (ru);
  g_assert_cmpstr (bullets_ru, ==,
                   "Переписал сервис отчётов на Go\n"
                   "Доклад на городской конференции о тестировании\n"
                   "Статья о переходе на очереди сообщений\n");
  g_assert_cmpuint (n_entries_of (ru, VITAE_SECTION_CERTIFICATIONS), ==, 1);
}

/* An entry's dates at the right of one of its items rather than of its
 * title: of the last of a list of courses, and of the first item, as a
 * day's dates, under a title with its place at the right. */
static void
draw_dates_beside_items (cairo_t *cr)
{
  draw_text (cr, 50, 30, "Giulia Rossetti", 20, TRUE);
  draw_text (cr, 50, 62, "giulia.rossetti@example.it", 9, FALSE);
  draw_text (cr, 50, 90, "Esperienza professionale", 13, TRUE);
  draw_text (cr, 55, 112, "Laguna Reti S.r.l., Stagista Sicurezza", 9, TRUE);
  draw_text (cr, 470, 112, "Padova, Italia", 9, FALSE);
  draw_text (cr, 67, 128, "• Tirocinio nel gruppo delle reti aziendali.", 9, FALSE);
  draw_text (cr, 440, 128, "24/03/2025 – 04/07/2025", 9, FALSE);
  draw_text (cr, 67, 142, "• Ho scritto la documentazione del firewall.", 9, FALSE);
  draw_text (cr, 50, 170, "Formazione", 13, TRUE);
  draw_text (cr, 55, 192, "Corsi online:", 9, FALSE);
  draw_text (cr, 67, 208, "- Statistica per l'analisi dei dati", 9, FALSE);
  draw_text (cr, 67, 222, "- Previsione di serie storiche", 9, FALSE);
  draw_text (cr, 67, 236, "- Accessibilità del web", 9, FALSE);
  draw_text (cr, 470, 236, "9/2024 – 2/2025", 9, FALSE);
}

static void
test_dates_beside_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeNode *work, *course;

  log_lines (draw_dates_beside_items);
  document = import_drawn (draw_dates_beside_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Tirocinio nel gruppo delle reti aziendali.\n"
                   "Ho scritto la documentazione del firewall.\n"
                   "Statistica per l'analisi dei dati\n"
                   "Previsione di serie storiche\n"
                   "Accessibilità del web\n");
  work = VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, 0));
  g_assert_cmpstr (vitae_node_get_text (work, "start"), ==, "2025-03");
  g_assert_cmpstr (vitae_node_get_text (work, "end"), ==, "2025-07");
  g_assert_cmpstr (vitae_node_get_text (work, "location"), ==, "Padova, Italia");
  course = VITAE_NODE (entry_at (document, VITAE_SECTION_EDUCATION, 0));
  g_assert_cmpstr (vitae_node_get_text (course, "start"), ==, "2024-09");
  g_assert_cmpstr (vitae_node_get_text (course, "end"), ==, "2025-02");
}

/* Items marked with guillemets, as a word processor's list may set them. */
static void
test_guillemet_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Reto Baumann");
  add_line (lines, 40, 300, 11, 9, "reto.baumann@example.ch");
  add_line (lines, 40, 200, 14, 20, "Ausbildung");
  add_line (lines, 40, 500, 11, 9, "Berner Fachhochschule\t2008 – 2012");
  add_line (lines, 40, 400, 11, 4, "» Bachelor of Science in Mikrotechnik");
  add_line (lines, 40, 400, 11, 4, "› Diplom in Informatik");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==, "Bachelor of Science in Mikrotechnik\nDiplom in Informatik\n");
}

/* Items whose glyph an icon font draws (the reader flags the lines), one
 * of them a single word. */
static void
test_icon_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Reto Baumann");
  add_line (lines, 40, 300, 11, 9, "reto.baumann@example.ch");
  add_line (lines, 40, 200, 14, 20, "Berufserfahrung");
  add_line (lines, 40, 300, 11, 20, "Uhrenwerk Grenchen AG");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 300, 11, 0, "Elektroniker in der Fertigung");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 45, 290, 11, 13, "Bestücken von Leiterplatten in Kleinserien");
  add_line (lines, 45, 160, 11, 0.5, "Kabelkonfektionierung");
  add_line (lines, 45, 250, 11, 0.5, "Prüfen fertiger Baugruppen");
  for (guint k = lines->len - 3; k < lines->len; k++)
    ((VitaeTextLine *) lines->pdata[k])->flags = VITAE_TEXT_LINE_ICON;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Bestücken von Leiterplatten in Kleinserien\nKabelkonfektionierung\nPrüfen fertiger Baugruppen\n");
}

/* A year alone over the items it dates, indented under it: no item
 * set with a hanging indent. */
static void
test_year_over_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 47, 300, 40, 0, "Ольга Миронова");
  add_line (lines, 47, 300, 21, 9, "olga.mironova@example.ru");
  add_line (lines, 47, 300, 31, 20, "Сертификаты и достижения");
  add_line (lines, 47, 97, 26, 4.5, "2022");
  add_line (lines, 77, 500, 21, -2, "Доклад о тестировании на городской конференции");
  add_line (lines, 77, 420, 21, -10, "Статья о переходе на очереди сообщений");
  add_line (lines, 47, 300, 31, 20, "Навыки");
  add_line (lines, 47, 300, 21, 4, "Go, Python, PostgreSQL");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Доклад о тестировании на городской конференции\nСтатья о переходе на очереди сообщений\n");
}

/* Numbered items wrapped onto lines at the same edge, the last one's
 * number glued to its first word. */
static void
test_numbered_wrapped_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Ravi Menon");
  add_line (lines, 40, 300, 9.4, 9, "ravi.menon@example.in");
  add_line (lines, 40, 200, 13.5, 20, "EXPERIENCE");
  add_line (lines, 40, 550, 10.8, 6, "Mainframe developer, Coastal Bank\t2021 - 2023");
  add_line (lines, 40, 450, 9.4, -1.6, "1. Built the screens of the loans desk and wrote their");
  add_line (lines, 40, 300, 9.4, -1.6, "backend in COBOL.");
  add_line (lines, 40, 450, 9.4, -1.6, "2. Wrote the nightly batch jobs that the branches use in");
  add_line (lines, 40, 250, 9.4, -1.6, "their morning reports.");
  add_line (lines, 40, 440, 9.4, -1.6, "3.Moved the customer records to DB2 with embedded");
  add_line (lines, 40, 200, 9.4, -1.6, "SQL and checked every row.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Built the screens of the loans desk and wrote their backend in COBOL.\n"
                   "Wrote the nightly batch jobs that the branches use in their morning reports.\n"
                   "Moved the customer records to DB2 with embedded SQL and checked every row.\n");
}

/* An entry's tags under its items, a little smaller and further apart,
 * where a wrapped line of the last item would stand. */
static void
draw_tags_under_items (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Lucas Martin", 20, TRUE);
  draw_text (cr, 40, 62, "lucas.martin@example.fr", 9, FALSE);
  draw_text (cr, 40, 90, "Expériences", 13, TRUE);
  draw_text (cr, 40, 112, "Atelier Nantais", 10, TRUE);
  draw_text (cr, 470, 112, "2022 - 2024", 9, FALSE);
  draw_text (cr, 40, 128, "• Refonte du site de réservation en ligne", 9, FALSE);
  draw_text (cr, 40, 141, "• Mise en place des sauvegardes de la base de données", 9, FALSE);
  draw_text (cr, 42.5, 160, "Next.js PostgreSQL Docker", 8, FALSE);
  draw_text (cr, 40, 182, "Librairie du Port", 10, TRUE);
  draw_text (cr, 470, 182, "2020 - 2022", 9, FALSE);
  draw_text (cr, 40, 198, "• Catalogue des livres d'occasion", 9, FALSE);
  draw_text (cr, 40, 211, "• Envoi des commandes par la poste", 9, FALSE);
}

static void
test_tags_under_items (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_tags_under_items);
  document = import_drawn (draw_tags_under_items);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Refonte du site de réservation en ligne\n"
                   "Mise en place des sauvegardes de la base de données\n"
                   "Catalogue des livres d'occasion\n"
                   "Envoi des commandes par la poste\n");
}

/* Page numbers at the foot of each page, with the person's name or
 * alone, are no text of the sections; a list's items go on over them. */
static void
draw_page_numbers (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Nina Kowalski", 20, TRUE);
  draw_text (cr, 40, 62, "nina.kowalski@example.pl", 9, FALSE);
  draw_text (cr, 40, 90, "Experience", 13, TRUE);
  draw_text (cr, 40, 112, "Tester, Vistula Software", 10, TRUE);
  draw_text (cr, 470, 112, "2021 - 2024", 9, FALSE);
  draw_text (cr, 40, 128, "• Wrote the regression suite for the billing app", 9, FALSE);
  draw_text (cr, 420, 800, "Nina Kowalski - Page 1 of 2", 8, FALSE);
  cairo_show_page (cr);
  draw_text (cr, 40, 40, "Volunteering", 13, TRUE);
  draw_text (cr, 40, 62, "Mentor, Code Club Gdańsk", 10, TRUE);
  draw_text (cr, 470, 62, "2019 - 2021", 9, FALSE);
  draw_text (cr, 40, 78, "• Taught children to build small games", 9, FALSE);
  draw_text (cr, 290, 800, "2 / 2", 8, FALSE);
}

/* A page's foot that starts like a page's number but goes on in words (a
 * date: "12 de março de 2023") is no page's number; reading it used to
 * crash. */
static void
draw_page_of_words (cairo_t *cr)
{
  draw_text (cr, 40, 30, "Nina Kowalski", 20, TRUE);
  draw_text (cr, 40, 62, "nina.kowalski@example.pl", 9, FALSE);
  draw_text (cr, 40, 90, "Experience", 13, TRUE);
  draw_text (cr, 40, 112, "Tester, Vistula Software", 10, TRUE);
  draw_text (cr, 40, 128, "• Wrote the regression suite for the billing app", 9, FALSE);
  draw_text (cr, 420, 800, "12 de março de 2023", 8, FALSE);
  cairo_show_page (cr);
  draw_text (cr, 40, 40, "Volunteering", 13, TRUE);
  draw_text (cr, 40, 62, "Mentor, Code Club Gdańsk", 10, TRUE);
  draw_text (cr, 40, 78, "• Taught children to build small games", 9, FALSE);
  draw_text (cr, 420, 800, "Page 2 of two", 8, FALSE);
  draw_text (cr, 420, 812, "14 de março de 2023", 8, FALSE);
}

/* A contact heading first under the document's title, then the name in
 * a labelled field: the label's value is the name, not the heading. */
static void
draw_heading_over_name_field (cairo_t *cr)
{
  draw_text (cr, 250, 40, "Lebenslauf", 16, TRUE);
  draw_text (cr, 36, 80, "KONTAKT", 10, TRUE);
  draw_text (cr, 36, 104, "Name: Lena Brandt", 11, TRUE);
  draw_text (cr, 36, 119, "Adresse: Hauptstraße 5, 79098 Freiburg", 11, TRUE);
  draw_text (cr, 36, 134, "Handy: +49 170 1234567", 11, TRUE);
  draw_text (cr, 36, 149, "E-Mail: lena.brandt@example.de", 11, TRUE);
  draw_text (cr, 36, 180, "PERSÖNLICHES PROFIL", 10, TRUE);
  draw_text (cr, 36, 200, "Ausgebildete Bäckerin, die jetzt Datenbanken für kleine Betriebe pflegt.", 10, FALSE);
  draw_text (cr, 36, 230, "BERUFSERFAHRUNG", 10, TRUE);
  draw_text (cr, 36, 250, "Datenpflege, Mühlenbäckerei Brandt", 10, TRUE);
  draw_text (cr, 36, 266, "• Kundendatei von Papier in eine Datenbank übertragen", 10, FALSE);
}

static void
test_heading_over_name_field (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_heading_over_name_field);
  document = import_drawn (draw_heading_over_name_field);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lena Brandt");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "lena.brandt@example.de");
}

static void
test_page_of_words (void)
{
  g_autoptr(VitaeDocument) document = NULL;

  log_lines (draw_page_of_words);
  document = import_drawn (draw_page_of_words);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Nina Kowalski");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_VOLUNTEER), ==, 1);
}

static void
test_page_numbers (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *json = NULL;
  gsize length;

  log_lines (draw_page_numbers);
  document = import_drawn (draw_page_numbers);
  json = vitae_json_resume_serialize (document, &length);
  g_test_message ("%s", json);
  g_assert_null (strstr (json, "Page 1 of 2"));
  g_assert_null (strstr (json, "2 / 2"));
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_VOLUNTEER), ==, 1);
}

/* An item drawn without a glyph whose wrapped line is a phrase set in
 * bold, after a line that runs on into it. */
static void
draw_bold_wrapped_line (cairo_t *cr)
{
  draw_text (cr, 25, 30, "Mei Lin", 20, TRUE);
  draw_text (cr, 25, 62, "mei.lin@example.ca", 9, FALSE);
  draw_text (cr, 25, 90, "PROJECTS", 13, TRUE);
  draw_text (cr, 25, 112, "Moving Camera Tracking", 10, TRUE);
  draw_text (cr, 34, 128, "Proposed a way to tell the background from moving things based on", 8, FALSE);
  draw_text (cr, 34, 139, "feature matching and clustering.", 8, TRUE);
  draw_text (cr, 34, 154, "Tested it on four hundred clips from a phone.", 8, FALSE);
  draw_text (cr, 25, 176, "Ride Sharing App", 10, TRUE);
  draw_text (cr, 34, 192, "An Android app that finds a ride across town.", 8, FALSE);
}

static void
test_bold_wrapped_line (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  log_lines (draw_bold_wrapped_line);
  document = import_drawn (draw_bold_wrapped_line);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Proposed a way to tell the background from moving things based on feature matching and "
                   "clustering.\n"
                   "Tested it on four hundred clips from a phone.\n"
                   "An Android app that finds a ride across town.\n");
}

/* A line with the name and the birth date over the name is no place. */
static void
test_birth_line_no_place (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 390, 575, 9, 0, "Lucía Prado Gil, 3 de marzo de 1997.");
  add_line (lines, 230, 370, 22, 2, "Lucía Prado Gil");
  add_line (lines, 40, 200, 9, 4, "lucia.prado@example.es");
  add_line (lines, 40, 200, 9, 0, "Calle Mayor 3, 28013 Madrid");
  add_line (lines, 40, 200, 12, 20, "Experiencia laboral");
  add_line (lines, 40, 570, 11, 4, "Enfermera, Hospital del Sur\t2019 – 2024");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lucía Prado Gil");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "city"), ==, "Madrid");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "address"), ==, "Calle Mayor 3");
}

/* A table of personal data whose column of values the reader gives
 * after its column of labels and headings. */
static void
test_name_label_alone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 36, 115, 12, 0, "Personal data");
  add_line (lines, 36, 66, 10, 11, "Name:");
  add_line (lines, 36, 94, 10, 2, "Date of birth:");
  add_line (lines, 36, 68, 10, 2, "Phone:");
  add_line (lines, 36, 67, 10, 2, "E-mail:");
  add_line (lines, 36, 175, 12, 17, "Professional experience");
  add_line (lines, 36, 84, 10, 11, "2019-2023");
  add_line (lines, 178, 250, 10, 0, "Zsófia Németh");
  add_line (lines, 178, 264, 10, 2, "1995. május 4.");
  add_line (lines, 178, 256, 10, 2, "+36 30 123 4567");
  add_line (lines, 178, 294, 10, 2, "zsofia.nemeth@example.hu");
  add_line (lines, 178, 340, 10, 38, "Danube Soft Kft., Junior developer");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Zsófia Németh");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+36 30 123 4567");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "zsofia.nemeth@example.hu");
}

/* A phone number beside a birth date, in the sections where a second
 * column puts them. */
static void
test_phone_beside_date (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 25, 250, 30, 0, "Chen Wei");
  add_line (lines, 25, 370, 11, 4, "Personal Info: Shenzhen chen.wei@example.cn");
  add_line (lines, 25, 120, 16, 20, "Projects");
  add_line (lines, 25, 370, 11, 4, "Inventory app\t2022/04 - 2022/11");
  add_line (lines, 400, 550, 11, 0, "13812345678\t1995/08");
  add_line (lines, 400, 700, 11, 4, "Shop floor dashboard\t2023/01 - 2023/06");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "13812345678");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "chen.wei@example.cn");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_PROJECTS), ==, 2);
}

/* Glyphs alone between the name and the contact details (a template's
 * ornaments) do not end the header as a list item would. */
static void
test_ornaments_in_header (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 54, 254, 17, 0, "Oskar Lindqvist\tKernel Engineer");
  add_line (lines, 160, 287, 25, 4, "·\t·");
  add_line (lines, 54, 415, 10, -12, "oskar.l@example.se github.com/oskar-lindqvist linkedin.com/in/oskar-lindqvist");
  add_line (lines, 54, 177, 10, 1, "Malmö, Sweden");
  add_line (lines, 54, 108, 12, 18, "Summary");
  add_line (lines, 54, 540, 10, 4, "Kernel engineer who likes long-term projects.");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Oskar Lindqvist");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "oskar.l@example.se");
}

/* A role in bold set a little in under its employer, over items with
 * glyphs that outnumber every other line: the role is no item. */
static void
test_role_under_employer (void)
{
  static const char * const employers[] = { "Harbour Analytics, Boston, MA\tSummer 2018",
                                            "Quay Labs, Salem, MA\t2016 – 2017" };
  static const char * const roles[] = { "Machine Learning Intern", "Data Scientist" };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 275, 335, 12, 0, "Rosa Delgado");
  add_line (lines, 177, 390, 9, 0, "rosa.delgado@example.com");
  add_line (lines, 33, 110, 10, 10, "EXPERIENCE");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  for (guint k = 0; k < 2; k++)
    {
      add_line (lines, 33, 520, 9.4, 6, employers[k]);
      add_line (lines, 41.5, 230, 9.4, 0.1, roles[k]);
      ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
      add_line (lines, 51, 450, 9.4, 0.3, "•\tTrained the models that sort the support tickets");
      add_line (lines, 51, 390, 9.4, 0.1, "•\tMoved the nightly jobs to a queue with retries");
      add_line (lines, 51, 330, 9.4, 0.1, "•\tFixed the slowest queries of the reports");
    }
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_null (strstr (bullets, "Intern"));
  g_assert_null (strstr (bullets, "Scientist"));
}

/* Lines under a heading of languages, as close as a paragraph's lines of
 * their size: none is lost. */
static void
test_lines_under_languages (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *json = NULL;
  gsize length;

  add_line (lines, 40, 200, 20, 0, "Ida Berg");
  add_line (lines, 40, 200, 11, 4.9, "ida.berg@example.no");
  add_line (lines, 40, 200, 11, 4.9, "Oslo, Norway");
  add_line (lines, 40, 200, 14, 20, "Languages");
  add_line (lines, 257, 560, 11, 0, "Norwegian and English, both written and spoken");
  add_line (lines, 257, 580, 11, 4.9, "German at a level good enough for meetings");
  add_line (lines, 257, 590, 11, 4.9, "and for reading the documentation of machines");
  document = vitae_import_lines (lines, NULL);
  json = vitae_json_resume_serialize (document, &length);
  g_assert_nonnull (strstr (json, "German at a level"));
  g_assert_nonnull (strstr (json, "reading the documentation"));
}

/* The same line at the foot of one page and at the head of the next, but
 * not at the same place: text of the sections, not a running footer. */
static void
test_same_line_elsewhere (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Maja Horvat");
  add_line (lines, 40, 200, 10, 4, "maja.horvat@example.hr");
  add_line (lines, 40, 200, 14, 20, "Experience");
  add_line (lines, 40, 500, 10, 4, "Archivist, City of Rijeka\t2019 – 2024");
  add_line (lines, 50, 400, 10, 2, "• Scanned the city's old maps for the archive");
  add_line (lines, 40, 500, 10, 8, "Archivist, Port of Rijeka\t2015 – 2019");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->page = 1;
  add_line (lines, 60, 400, 10, 2, "• Scanned the city's old maps for the archive");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->page = 1;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Scanned the city's old maps for the archive\nScanned the city's old maps for the archive\n");
}

/* A headline above the name; a headline that does not run on into the
 * labels of contact details under it; a link's label is no place. */
static void
test_headline_above_name (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) labelled = NULL;

  add_line (lines, 280, 345, 12, 0, "IT Consultant");
  add_line (lines, 29, 250, 30, -10, "TIMO SALONEN");
  add_line (lines, 430, 560, 10, 5, "timo.salonen@example.fi");
  add_line (lines, 430, 560, 10, 2, "Google Scholar");
  add_line (lines, 40, 200, 14, 20, "Experience");
  add_line (lines, 40, 560, 10, 4, "Consultant, Nordic Rail\t2019 – 2024");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "TIMO SALONEN");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==, "IT Consultant");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "city"), ==, "");

  add_line (labels, 40, 300, 24, 0, "Пётр Волков");
  add_line (labels, 40, 300, 14, 4, "Backend developer");
  add_line (labels, 40, 300, 14, 1, "Связаться:");
  add_line (labels, 40, 300, 14, 1, "Телеграм: @petr_v");
  add_line (labels, 40, 300, 14, 1, "Почта: petr.volkov@example.ru");
  add_line (labels, 40, 300, 18, 20, "Опыт работы");
  add_line (labels, 40, 560, 14, 4, "Разработчик, Ростелеком\t2019 – 2024");
  labelled = vitae_import_lines (labels, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (labelled), "label"), ==, "Backend developer");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (labelled), "email"), ==, "petr.volkov@example.ru");
}

/* An employer's name with the entry's dates at its right, set as an item
 * under the role (its glyph on a row of its own), is the entry's title;
 * an item with dates at its right under a title without them is an
 * item. */
static void
test_dated_name_after_glyph (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Alex Moreau");
  add_line (lines, 40, 200, 10, 4, "alex.moreau@example.com");
  add_line (lines, 40, 200, 14, 20, "Experience");
  add_line (lines, 61, 565, 10, 10, "Teaching Assistant, Computer Vision\tAtlanta, GA");
  add_line (lines, 51, 56, 10, -3, "•");
  add_line (lines, 61, 564, 10, -3, "Peachtree Institute\tAugust 2022 - Present");
  add_line (lines, 72, 506, 10, 3, "– Graded the camera calibration projects of ninety students");
  add_line (lines, 61, 565, 10, 10, "Intern\tBoston, MA");
  add_line (lines, 72, 506, 10, 3, "– Sorted the support tickets with a small model.\tJune 2021 - August 2021");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Graded the camera calibration projects of ninety students\n"
                   "Sorted the support tickets with a small model.\n");
}

/* A section's heading in capitals at the text's size right under the
 * contact details, as closely set as they are, is a heading still. */
static void
test_heading_under_contacts (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 250, 22, 0, "Hanna Virtanen");
  add_line (lines, 40, 300, 10, 6, "hanna.virtanen@example.fi | +358 40 123 4567");
  add_line (lines, 40, 150, 10, 3, "PROFESSIONAL PROFILE");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 540, 10, 3, "Nurse with ten years on wards of internal medicine, now leading a team of six.");
  add_line (lines, 40, 150, 10, 3, "EXPERIENCE");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 40, 540, 10, 3, "Head nurse, Tampere University Hospital\t2019 – 2024");
  add_line (lines, 50, 400, 10, 3, "- Led a team of six nurses on the night shift");
  document = vitae_import_lines (lines, NULL);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+358 40 123 4567");
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (document), "label"), "PROFILE"));
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (document), "summary"), "PROFILE"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "city"), ==, "");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
}

/* Items with glyphs under an entry with its dates, some with a date of
 * their own at the right: items still, without it. */
static void
test_items_with_own_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 40, 200, 20, 0, "Camille Roy");
  add_line (lines, 40, 200, 10, 4, "camille.roy@example.ca");
  add_line (lines, 40, 200, 14, 20, "Prix et concours");
  add_line (lines, 165, 540, 10, 14, "Concours d'algorithmique en équipe\t2014 - 2015");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 180, 400, 10, 2.6, "• Concours mondial de programmation par équipes;");
  add_line (lines, 180, 540, 10, 1.2, "• Termine 99e de la compétition sur 1852 équipes;\toctobre 2014");
  add_line (lines, 180, 540, 10, 2.6, "• Termine dans le top 200 mondial et top 10 national.\toctobre 2015");
  add_line (lines, 165, 540, 10, 14, "Prix de la fondation Lavoie\tmai 2014");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Concours mondial de programmation par équipes;\n"
                   "Termine 99e de la compétition sur 1852 équipes;\n"
                   "Termine dans le top 200 mondial et top 10 national.\n");
}

/* An entry with its dates, its items each with a span of their own in
 * brackets, the first right under the title ("(2018 - Hoy)"). */
static void
test_items_with_bracketed_dates (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeNode *entry;

  add_line (lines, 40, 200, 20, 0, "Pablo Ruiz");
  add_line (lines, 40, 200, 10, 4, "pablo.ruiz@example.es");
  add_line (lines, 40, 200, 14, 20, "Formación");
  add_line (lines, 40, 570, 12, 4, "Escuela de Idiomas de Sevilla\t2017 - Hoy");
  ((VitaeTextLine *) lines->pdata[lines->len - 1])->flags = VITAE_TEXT_LINE_BOLD;
  add_line (lines, 54, 570, 11, 2, "•\tCurso de inglés de nivel avanzado C1.\t(2018 - Hoy )");
  add_line (lines, 54, 570, 11, 2, "•\tCurso de inglés de nivel intermedio B2.\t(2017 - 2018)");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);
  g_assert_cmpstr (bullets, ==,
                   "Curso de inglés de nivel avanzado C1.\nCurso de inglés de nivel intermedio B2.\n");
  entry = VITAE_NODE (entry_at (document, VITAE_SECTION_EDUCATION, 0));
  g_assert_cmpstr (vitae_node_get_text (entry, "start"), ==, "2017");
  g_assert_cmpstr (vitae_node_get_text (entry, "end"), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-header/cover-page", test_cover_page);
  g_test_add_func ("/import-header/spaced-name", test_spaced_name);
  g_test_add_func ("/import-header/two-column-details", test_two_column_details);
  g_test_add_func ("/import-header/name-in-middle-column", test_name_in_middle_column);
  g_test_add_func ("/import-header/footer", test_footer);
  g_test_add_func ("/import-header/address-field", test_address_field);
  g_test_add_func ("/import-header/address-number-first", test_address_number_first);
  g_test_add_func ("/import-header/designer-items", test_designer_items);
  g_test_add_func ("/import-header/items-under-summary", test_items_under_summary);
  g_test_add_func ("/import-header/name-under-tagline", test_name_under_tagline);
  g_test_add_func ("/import-header/country-in-address", test_country_in_address);
  g_test_add_func ("/import-header/first-line-indent", test_first_line_indent);
  g_test_add_func ("/import-header/certificates", test_certificates);
  g_test_add_func ("/import-header/dates-beside-items", test_dates_beside_items);
  g_test_add_func ("/import-header/guillemet-items", test_guillemet_items);
  g_test_add_func ("/import-header/icon-items", test_icon_items);
  g_test_add_func ("/import-header/year-over-items", test_year_over_items);
  g_test_add_func ("/import-header/numbered-wrapped-items", test_numbered_wrapped_items);
  g_test_add_func ("/import-header/tags-under-items", test_tags_under_items);
  g_test_add_func ("/import-header/page-numbers", test_page_numbers);
  g_test_add_func ("/import-header/page-of-words", test_page_of_words);
  g_test_add_func ("/import-header/heading-over-name-field", test_heading_over_name_field);
  g_test_add_func ("/import-header/bold-wrapped-line", test_bold_wrapped_line);
  g_test_add_func ("/import-header/birth-line-no-place", test_birth_line_no_place);
  g_test_add_func ("/import-header/name-label-alone", test_name_label_alone);
  g_test_add_func ("/import-header/phone-beside-date", test_phone_beside_date);
  g_test_add_func ("/import-header/ornaments-in-header", test_ornaments_in_header);
  g_test_add_func ("/import-header/role-under-employer", test_role_under_employer);
  g_test_add_func ("/import-header/lines-under-languages", test_lines_under_languages);
  g_test_add_func ("/import-header/same-line-elsewhere", test_same_line_elsewhere);
  g_test_add_func ("/import-header/headline-above-name", test_headline_above_name);
  g_test_add_func ("/import-header/dated-name-after-glyph", test_dated_name_after_glyph);
  g_test_add_func ("/import-header/heading-under-contacts", test_heading_under_contacts);
  g_test_add_func ("/import-header/items-with-own-dates", test_items_with_own_dates);
  g_test_add_func ("/import-header/items-with-bracketed-dates", test_items_with_bracketed_dates);

  return g_test_run ();
}
