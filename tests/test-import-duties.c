/* test-import-duties.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's duties set one a line under its title without a mark, as
 * the reader's lines of imported PDFs give them, in layouts met in real
 * resumes, in our own words: set close with one wrapped at a hyphen,
 * under a German heading of a career; spaced apart, each a paragraph;
 * under later titles, set as an earlier entry's were, also under a
 * role set under its employer; set close as a justified paragraph's
 * lines, each a sentence broken short; so set in ragged lines, under a
 * lead-in that ends in a colon; outcomes set close, some wrapped, one of
 * two sentences; spaced tasks under an unknown heading (two under a
 * year alone); sentences alone that are all a section of work holds; a
 * list's items led by their names in bold; items said alike at the feet
 * of two pages; sentences one a line set close under an address stacked
 * without space and a heading not known, tools in parentheses after
 * them. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* A right column under "Berufliche Laufbahn": a job's title in bold, its
 * dates and its employer, then four duties one a line, set close, one
 * broken at a hyphen onto a line of its own: four items. */
static void
test_duties_with_broken_word (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 322, 480, 46, 0, VITAE_TEXT_LINE_BOLD, "Liesl Vormann");
  add_line_full (lines, 0, 32, 225, 10.8, 60, 0, "E-mail: liesl.vormann@example.at");
  add_line_full (lines, 0, 316.8, 546, 18, 10, 0, "BERUFLICHE LAUFBAHN");
  add_line_full (lines, 0, 316.8, 538, 14, 8, VITAE_TEXT_LINE_BOLD, "Lagerist und Schichtleiter");
  add_line_full (lines, 0, 316.8, 420, 12, -1.8, 0, "03/2019 - aktuell");
  add_line_full (lines, 0, 316.8, 520, 12, 2.3, 0, "Getränkehandel am Donaukanal");
  add_line_full (lines, 0, 316.8, 430, 11, 1.8, 0, "Annahme der Lieferungen");
  add_line_full (lines, 0, 316.8, 410, 11, -1.1, 0, "Einteilung der Schichten");
  add_line_full (lines, 0, 316.8, 533, 11, -1.1, 0, "Verantwortlich für Inventur und Lager-");
  add_line_full (lines, 0, 316.8, 380, 11, -1.1, 0, "verwaltung");
  add_line_full (lines, 0, 316.8, 544.5, 11, -1.1, 0, "Verantwortlich für Kassenbuch und Abrechnung");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Annahme der Lieferungen\n"
                   "Einteilung der Schichten\n"
                   "Verantwortlich für Inventur und Lagerverwaltung\n"
                   "Verantwortlich für Kassenbuch und Abrechnung\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* A job's duties one a line, each a sentence, spaced apart by more than
 * a paragraph's lines are, under a line in bold: one item each, not a
 * paragraph run together. */
static void
test_spaced_duties (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 166, 460, 24.8, 0, VITAE_TEXT_LINE_BOLD, "Mateo Quiroga Lenis");
  add_line_full (lines, 0, 166, 330, 12, 9, 0, "mateo.quiroga@example.co");
  add_line_full (lines, 0, 166, 540, 12, 13.6, 0, "Perfil Técnico en logística con experiencia en bodegas y en la");
  add_line_full (lines, 0, 166, 540, 12, 2.9, 0, "atención de los clientes, el manejo de inventarios y el registro de las");
  add_line_full (lines, 0, 166, 540, 12, 2.9, 0, "facturas de compra y venta en hojas de cálculo, además de la entrega de");
  add_line_full (lines, 0, 166, 300, 12, 2.9, 0, "pedidos a domicilio.");
  add_line_full (lines, 0, 166, 260, 17.2, 13, VITAE_TEXT_LINE_BOLD, "Estudios");
  add_line_full (lines, 0, 166, 540, 12, 7.7, VITAE_TEXT_LINE_BOLD, "02/2015 - 11/2019, Colegio Técnico del Llano (Bachiller");
  add_line_full (lines, 0, 166, 200, 12, 2.8, VITAE_TEXT_LINE_BOLD, "técnico)");
  add_line_full (lines, 0, 166, 260, 17.2, 28.8, VITAE_TEXT_LINE_BOLD, "Experiencia");
  add_line_full (lines, 0, 166, 520, 12, 7.8, VITAE_TEXT_LINE_BOLD, "Auxiliar de bodega, Distribuidora del Llano");
  add_line_full (lines, 0, 166, 540, 12, 13.7, 0, "Encargado de recibir la mercancía y revisar las guías de los envíos.");
  add_line_full (lines, 0, 166, 300, 12, 7.8, 0, "Organización de estantes .");
  add_line_full (lines, 0, 166, 290, 12, 7.8, 0, "Control del inventario.");
  add_line_full (lines, 0, 166, 400, 12, 7.8, 0, "Despacho de pedidos a las tiendas del barrio.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Encargado de recibir la mercancía y revisar las guías de los envíos.\n"
                   "Organización de estantes .\n"
                   "Control del inventario.\n"
                   "Despacho de pedidos a las tiendas del barrio.\n");
}

/* Entries whose titles carry their dates after a tab, each duty a line
 * of its own under it, set close, without a mark or a full stop. The
 * first entry's four lines, one ending short, tell them apart; under
 * the next titles, two lines that both run near the column's edge and a
 * line alone are duties too, set as the first entry's were (not a
 * subtitle and a paragraph). */
static void
test_duties_as_before (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *entry;

  add_line (lines, 45, 240, 24, 0, "BRONWEN ASHCROFT");
  add_line (lines, 285, 550, 9, -17, "bronwen.ashcroft@example.org - ashcroft.example.org");
  add_line_full (lines, 0, 45, 120, 13, 7.4, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line (lines, 45, 550, 12, -2.2, "Field Technician - Lakeside Water\t2021 - 2024");
  add_line (lines, 45, 498, 11, -3, "Logged the readings of forty pumping stations across the valley each week");
  add_line (lines, 45, 541, 11, -3.5, "Replaced the worn valves of the northern pipeline before the winter floods came");
  add_line (lines, 45, 330, 11, -3.5, "Trained two apprentices on the meters");
  add_line (lines, 45, 432, 11, -3.5, "Drew the maps of the new service lines in the office");
  add_line (lines, 45, 550, 12, 7.5, "Survey Assistant - Hollin Maps\t2019 - 2021");
  add_line (lines, 45, 524, 11, -2.7, "Measured the heights of river banks along the estuary for the flood model of the county");
  add_line (lines, 45, 550, 11, -3.5, "Checked every survey sheet against the satellite images before it went to the printers");
  add_line (lines, 45, 550, 12, 7.5, "Dog Walker - Self-employed\t2018 - 2019");
  add_line (lines, 45, 498, 11, -2.7, "Walked six dogs a day through the parks of the town in all weathers");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, 0)), ==, 4);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 1)), ==,
                   "Checked every survey sheet against the satellite images before it went to the printers");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 2);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 1);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 0)), ==,
                   "Walked six dogs a day through the parks of the town in all weathers");
}

/* A right column of jobs: the employer with its dates after a tab, the
 * role set smaller under it, then its duties one a line, smaller still,
 * without a mark. Under the first role one duty ends short and tells
 * them apart; under the second, all three run near the column's edge,
 * set as the first role's were: duties too, not a paragraph. */
static void
test_duties_as_before_under_role (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 206, 420, 28, 0, "Orla Vennikstad");
  add_line (lines, 206, 400, 12, 10, "orla.vennikstad@example.no");
  add_line_full (lines, 0, 350, 440, 18, 30, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 206, 553.6, 16, 8, "Fjordline Ferries\tMarch 2019-June 2021");
  add_line (lines, 206, 300, 14, 0.3, "Deck Planner");
  add_line (lines, 206, 424.5, 12, 7.5, "Planning of the loading of cars and lorries");
  add_line (lines, 206, 372.5, 12, 0.1, "Checks of the lashing gear");
  add_line (lines, 206, 382.2, 12, 0.1, "Drills with the rescue crews");
  add_line (lines, 206, 553.6, 16, 22.5, "Nordvik Harbour Office\tMay 2016-February 2019");
  add_line (lines, 206, 292.7, 14, 0.3, "Berth Coordinator");
  add_line (lines, 206, 540.8, 12, 7.5, "Coordination of the arrivals of the ships with the pilots and the tugs");
  add_line (lines, 206, 530.4, 12, 0.1, "Keeping of the records of the harbour dues for every vessel that called");
  add_line (lines, 206, 506.6, 12, 0.1, "Inspection of the quays and the mooring points after each storm");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Planning of the loading of cars and lorries\n"
                   "Checks of the lashing gear\n"
                   "Drills with the rescue crews\n"
                   "Coordination of the arrivals of the ships with the pilots and the tugs\n"
                   "Keeping of the records of the harbour dues for every vessel that called\n"
                   "Inspection of the quays and the mooring points after each storm\n");
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* Jobs in a column of dates, their duties indented beside it, set as
 * close as a justified paragraph's lines (further apart than the lines
 * of the contact details in the sidebar), each a sentence: under the
 * first, one ends well short of the measure the wrapped one fills,
 * where the next word would have fitted; the second holds one alone.
 * Duties, one each; under the third, a paragraph that fills the
 * measure stays its summary. */
static void
test_justified_duties (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line (lines, 223.6, 388.4, 29.9, 0, "Sigrun Haldorsen");
  add_line_full (lines, 0, 90, 158.7, 14.3, -27.5, VITAE_TEXT_LINE_BOLD, "Address");
  add_line (lines, 70, 158.7, 10, 1, "Strandgaten 12, Bergen");
  add_line_full (lines, 0, 124, 158.7, 14.3, 22.5, VITAE_TEXT_LINE_BOLD, "Phone");
  add_line (lines, 85, 158.7, 10, 1, "+47 912 34 567");
  add_line_full (lines, 0, 130, 158.7, 14.3, 22.5, VITAE_TEXT_LINE_BOLD, "Mail");
  add_line (lines, 40, 158.7, 10, 1, "sigrun.haldorsen@example.no");
  add_line_full (lines, 0, 172.9, 286.8, 17.2, 12.4, VITAE_TEXT_LINE_BOLD, "Profile");
  add_line (lines, 172.9, 569.5, 10, 10.4, "Cyclist since childhood, I worked in a bike shop and as a guide of the tourist");
  add_line (lines, 172.9, 569.5, 10, 2, "office while studying geography. I know the roads of the coast, the ferries and");
  add_line (lines, 172.9, 569.5, 10, 2, "the weather of the fjords, and I like to share them with the visitors of the");
  add_line (lines, 172.9, 330.2, 10, 2, "region in three languages.");
  add_line_full (lines, 0, 172.9, 269.6, 17.2, 10.4, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line (lines, 172.9, 569.5, 10, 11.6, "06/21 - 09/21 Shop Assistant\tVelo Corner, Bergen, Norway");
  add_line (lines, 235, 515.6, 10, 2.05, "Kept the price lists of the shop up to date for every season.");
  add_line (lines, 235, 569.5, 10, 2.05, "Answered the customers at the counter and by telephone, and packed the");
  add_line (lines, 235, 322.4, 10, 2.05, "orders of the week.");
  add_line (lines, 172.9, 569.5, 10, 15.3, "01/21 - 05/21 Guide\tBergen Tourist Office, Bergen, Norway");
  add_line (lines, 235, 469.6, 10, 2.05, "Led the bike tours of the old town on the weekends.");
  add_line (lines, 172.9, 569.5, 10, 15.3, "08/19 - 12/20 Volunteer\tRed Cross, Voss, Norway");
  add_line (lines, 235, 569.5, 10, 2.05, "Helped at the blood drives of the spring and the autumn. Drove the van of");
  add_line (lines, 235, 569.5, 10, 2.05, "the volunteers to the villages of the fjord and carried the boxes of the");
  add_line (lines, 235, 290.2, 10, 2.05, "donors.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Kept the price lists of the shop up to date for every season.\n"
                   "Answered the customers at the counter and by telephone, and packed the orders of the week.\n"
                   "Led the bike tours of the old town on the weekends.\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 3);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 2);
  g_assert_true (vitae_node_has (VITAE_NODE (entry), "summary"));
}

/* A browser's print of a web page: jobs in a column whose lines are not
 * justified, each with its employer under it, a paragraph that leads in
 * with a colon, then duties one sentence a line without a mark, set as
 * close as the paragraph's lines; the first wraps onto a line that
 * starts with a capital. Under the second job, a lead-in of one line;
 * its duties all end well short of the measure the first job's
 * paragraph fills, where the next word would have fitted. The page's
 * details, set smaller, are set closer than these lines. Duties, one each; the
 * lead-ins stay the entries' summaries. */
static void
test_broken_duties_after_lead_in (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeEntry *entry;

  add_line_full (lines, 0, 70, 300, 28, 0, VITAE_TEXT_LINE_BOLD, "Torvald Eikrem");
  add_line (lines, 70, 250, 10.5, 8, "torvald.eikrem@example.no");
  add_line (lines, 70, 180, 9, 0.5, "Skien, Norway");
  add_line (lines, 70, 180, 9, 0.5, "Driving licence B");
  add_line (lines, 70, 180, 9, 0.5, "Norwegian, English");
  add_line_full (lines, 0, 77.5, 190, 15, 30, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
  add_line (lines, 70, 476.4, 12, 14, "Field Technician\t05/2021 - 06/2024");
  add_line (lines, 70, 150, 10.5, 1.9, "Northwind Grid");
  add_line (lines, 70, 461.2, 10.5, 10.2, "As part of the grid team I had the chance to work on the sites of the whole");
  add_line (lines, 70, 268.5, 10.5, 3.4, "region, where I took on several tasks:");
  add_line (lines, 70, 455.8, 10.5, 3.4, "Inspected the substations of the northern valley (Ostby, Lunde, Vika,");
  add_line (lines, 70, 190.3, 10.5, 3.4, "Hauge, Moen).");
  add_line (lines, 70, 301.6, 10.5, 3.4, "Wrote the reports of each visit.");
  add_line (lines, 70, 402.0, 10.5, 3.4, "Trained the new technicians in the rules of safety.");
  add_line (lines, 70, 476.4, 12, 29.8, "Apprentice Electrician\t09/2019 - 04/2021");
  add_line (lines, 70, 160, 10.5, 1.9, "Fjordlys Installers");
  add_line (lines, 70, 302.7, 10.5, 10.2, "Tasks of the workshop and the building sites:");
  add_line (lines, 70, 368.9, 10.5, 3.4, "Wired the switchboards of new flats (three-phase, 400 V).");
  add_line (lines, 70, 229.5, 10.5, 3.4, "Tested the earthing of old houses.");
  add_line (lines, 70, 361.2, 10.5, 3.4, "Kept the stock of cables and fuses of the van (each week).");
  add_line (lines, 70, 251.0, 10.5, 3.4, "Drew the plans of small installations.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Inspected the substations of the northern valley (Ostby, Lunde, Vika, Hauge, Moen).\n"
                   "Wrote the reports of each visit.\n"
                   "Trained the new technicians in the rules of safety.\n"
                   "Wired the switchboards of new flats (three-phase, 400 V).\n"
                   "Tested the earthing of old houses.\n"
                   "Kept the stock of cables and fuses of the van (each week).\n"
                   "Drew the plans of small installations.\n");
  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 1);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "summary"), ==, "Tasks of the workshop and the building sites:");
}

/* Under a label in the margin ending in a colon, what a course taught,
 * one outcome a line without a mark, set as close as a paragraph's
 * lines: some wrap (one onto a line that starts with a capital), one
 * holds two sentences. Each line after a sentence's end or after a line
 * that ended short starts an item: seven items, not a paragraph. */
static void
test_outcomes_with_two_sentences (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 72, 170, 36, 0, VITAE_TEXT_LINE_BOLD, "Tomasz");
  add_line (lines, 72, 400, 10, 0.1, "PHONE 555 0100 • E-MAIL tomasz.ferreira@example.org");
  add_line_full (lines, 0, 180, 390, 36, 0, VITAE_TEXT_LINE_BOLD, "Ferreira");
  add_line (lines, 72, 330, 12, 70, "PROFILE\tTomasz Ferreira")->tab_x = 153;
  add_line (lines, 153, 500, 12, 9.9, "Electrician looking for a first job on building sites.");
  add_line_full (lines, 0, 72, 470, 12, 50, VITAE_TEXT_LINE_BOLD,
                 "EDUCATION\tTechnician in Electrical Installations")->tab_x = 153;
  add_line (lines, 153, 330, 12, 0, "Polytechnic School of the Coast");
  add_line_full (lines, 0, 72, 180, 12, 13.9, VITAE_TEXT_LINE_BOLD, "Course outcomes:");
  add_line (lines, 153, 360, 12, 0, "Plan the wiring of small buildings.");
  add_line (lines, 153, 529, 12, -0.1, "Read and draw circuit diagrams, panels and schemes.");
  add_line (lines, 153, 539.8, 12, 0, "Measure and test installations. Find and repair the faults of");
  add_line (lines, 153, 240, 12, -0.1, "switchboards;");
  add_line (lines, 153, 450, 12, 0, "Apply the safety rules of low-voltage work .");
  add_line (lines, 153, 539.6, 12, -0.1, "Install lighting, sockets and protections in houses and");
  add_line (lines, 153, 370, 12, 0, "Offices of every \"Smart\" kind;");
  add_line (lines, 153, 452, 12, -0.1, "Estimate the materials and hours of a job;");
  add_line (lines, 153, 539.6, 12, 0, "Keep up with the changes of the standards and with the new");
  add_line (lines, 153, 250, 12, -0.1, "equipment.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Plan the wiring of small buildings.\n"
                   "Read and draw circuit diagrams, panels and schemes.\n"
                   "Measure and test installations. Find and repair the faults of switchboards;\n"
                   "Apply the safety rules of low-voltage work .\n"
                   "Install lighting, sockets and protections in houses and Offices of every \"Smart\" kind;\n"
                   "Estimate the materials and hours of a job;\n"
                   "Keep up with the changes of the standards and with the new equipment.\n");
}

/* Under a heading the import does not know, each job's title in bold
 * capitals and its employer, place and dates in italics, then its tasks
 * one a line, each a paragraph of its own: spaced apart by more than an
 * em but less than two, much further than a paragraph's lines (one task
 * wraps onto a second line). Each is an item. */
static void
test_spaced_tasks_in_custom_section (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 68, 527, 27, 0, "H E L G A  V R B O V Á");
  add_line (lines, 250, 346, 9, 15, "Junior data analyst");
  add_line (lines, 100, 520, 9, 39, "Kosice\t+421 900 123 456\thelga.vrbova@example.sk");
  add_line_full (lines, 0, 105, 273, 11, 53, VITAE_TEXT_LINE_BOLD, "D O T E R A J Š I A  P R A X");
  add_line_full (lines, 0, 35, 170, 10, 26, VITAE_TEXT_LINE_BOLD, "DATA ANALYST TRAINEE");
  add_line_full (lines, 0, 35, 320, 10, 3, VITAE_TEXT_LINE_ITALIC, "Northwind Labs / Kosice / MAREC 2024 - DNES");
  add_line (lines, 35, 140, 9, 7.2, "Cleaning of sales tables");
  add_line (lines, 35, 90, 9, 16, "Weekly reports");
  add_line (lines, 35, 322, 9, 16, "Dashboards for the warehouse team (stock levels, late orders, returns,");
  add_line (lines, 35, 116, 9, 3, "missing parcels)");
  add_line (lines, 35, 120, 9, 16, "Checks of the data");
  add_line (lines, 35, 110, 9, 16, "Talks with clients");
  add_line_full (lines, 0, 35, 190, 10, 26, VITAE_TEXT_LINE_BOLD, "SHOP ASSISTANT");
  add_line_full (lines, 0, 35, 300, 10, 3, VITAE_TEXT_LINE_ITALIC, "Corner Books / Kosice / MAJ 2021 - FEBRUAR 2024");
  add_line (lines, 35, 340, 9, 7.2, "Looked after the shop and its customers, ordered new books from the");
  add_line (lines, 35, 200, 9, 3, "publishers and kept the till.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Cleaning of sales tables\n"
                   "Weekly reports\n"
                   "Dashboards for the warehouse team (stock levels, late orders, returns, missing parcels)\n"
                   "Checks of the data\n"
                   "Talks with clients\n");
}

/* A section of work that holds nothing but two sentences, each alone on
 * its line (an image before each, which the text does not hold), with
 * no title, employer or dates: the duties of one entry, not two entries
 * with a long job title each. */
static void
test_only_sentences_under_work (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  guint b = VITAE_TEXT_LINE_BOLD;

  add_line (lines, 242, 465, 24, 0, "RUI TAMELE");
  add_line (lines, 288, 415, 10, 9.5, "COZINHEIRO");
  add_line_full (lines, 0, 227, 380, 13, 60, b, "FORMAÇÃO ACADÊMICA");
  add_line_full (lines, 0, 253, 510, 8, 19, b, "2015 12a Classe na Escola Secundária do Bairro Alto");
  add_line_full (lines, 0, 253, 480, 8, 16.5, b, "2019 Curso de Cozinha na Escola de Hotelaria");
  add_line_full (lines, 0, 227, 409, 13, 24.3, b, "EXPERIÊNCIA PROFISSIONAL");
  add_line_full (lines, 0, 253.2, 560, 8, 13.2, b, "Trabalhei como ajudante de cozinha no Restaurante Marés (Baixa)");
  add_line_full (lines, 0, 253.6, 540, 8, 17.2, b, "Trabalhei como caixa no Mercado Central do bairro (Alto Maé)");
  add_line_full (lines, 0, 227, 400, 13, 44.6, b, "INFORMAÇÕES ADICIONAIS");
  add_line_full (lines, 0, 224, 560, 8, 15, b, "Disponibilidade imediata e carta de condução.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Trabalhei como ajudante de cozinha no Restaurante Marés (Baixa)\n"
                   "Trabalhei como caixa no Mercado Central do bairro (Alto Maé)\n");
}

/* Under a heading the import does not know, a year alone, then two
 * certificates one a line, spaced apart further than the paragraph's
 * lines above, the last lines of the page: two items, not a paragraph. */
static void
test_two_spaced_lines_under_year (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line (lines, 190, 410, 24, 0, "MARTA QUEIROGA");
  add_line (lines, 240, 360, 13, 13.3, "DESIGNER GRÁFICA");
  add_line (lines, 242, 293, 14, 50, "PERFIL");
  add_line (lines, 242, 543, 9, 17.1, "Sou designer gráfica formada em artes visuais e trabalho com marcas de");
  add_line (lines, 242, 565, 9, 1.9, "pequenas lojas do bairro, onde desenho logótipos, cartazes e embalagens,");
  add_line (lines, 242, 378, 9, 1.9, "sempre em contacto com os donos.");
  add_line (lines, 242, 330, 14, 26.9, "OFICINAS");
  add_line (lines, 242, 260, 9, 4.3, "2023");
  add_line (lines, 242, 421, 9, 5.9, "Oficina de tipografia (caligrafia e letras)");
  add_line (lines, 242, 381, 9, 6.1, "Oficina de ilustração digital");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Oficina de tipografia (caligrafia e letras)\n"
                   "Oficina de ilustração digital\n");
}

/* Courses one a line, indented under a label in an entry of a section
 * the import does not know, each led by its name in bold: where the name fills most of
 * its line the reader gives the line as bold. Set as close as the plain
 * ones, at their edge, those lines are items too (one wraps), not
 * titles of entries of their own. */
static void
test_items_led_in_bold (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 60, 300, 22, 0, VITAE_TEXT_LINE_BOLD, "Lena Marsh");
  add_line (lines, 60, 250, 9, 6, "lena.marsh@example.org");
  add_line_full (lines, 0, 199, 315, 11, 30, VITAE_TEXT_LINE_BOLD, "Design Studies");
  add_line_full (lines, 0, 191, 409, 8, 5.3, VITAE_TEXT_LINE_BOLD, "Lakeside College\tPort Alder");
  add_line (lines, 191, 249, 8, 0, "2021 - 2024");
  add_line (lines, 191, 450, 8, 9.7, "Projects of my own that helped me learn the tools of the trade.");
  add_line (lines, 191, 281, 8, 9.7, "Certificates and courses");
  add_line (lines, 227, 559, 8, 9.6, "Course in Interface Design, taught at the Harbour Code School, in 2024.");
  add_line_full (lines, 0, 227, 475, 8, -0.2, VITAE_TEXT_LINE_BOLD, "Kanban Basics Certified (KBC), FlowBoard, in June, 2024");
  add_line (lines, 227, 505, 8, -0.2, "Night Photography Workshop, taught at the Lakeside College, in 2018.");
  add_line_full (lines, 0, 227, 545, 8, -0.2, VITAE_TEXT_LINE_BOLD,
                 "Programming Course with Python for Small Desktop Tools and Their Users,");
  add_line (lines, 227, 398, 8, 0, "taught at the Lakeside College, in 2018.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Course in Interface Design, taught at the Harbour Code School, in 2024.\n"
                   "Kanban Basics Certified (KBC), FlowBoard, in June, 2024\n"
                   "Night Photography Workshop, taught at the Lakeside College, in 2018.\n"
                   "Programming Course with Python for Small Desktop Tools and Their Users, taught at the Lakeside College, in 2018.\n");
}

/* Two entries whose last items open alike ("• Skills gained: …"), the
 * first at the foot of the first page, the second at the foot of the
 * second, at the same place: items said alike, no running footer. */
static void
test_alike_items_at_page_feet (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 224, 420, 22, 0, VITAE_TEXT_LINE_BOLD, "Tobiah Fenwick");
  add_line_full (lines, 0, 224, 380, 10, 6, 0, "tobiah.fenwick@example.net");
  add_line_full (lines, 0, 224, 330, 14, 20, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 224, 470, 12, 10, 0, "Developer | Tinman Works");
  add_line_full (lines, 0, 240, 400, 9, 5, 0, "05 2019 – 11 2019");
  add_line_full (lines, 0, 224, 540, 10, 5, 0, "• Main tasks: kept the billing service running on three sites.");
  add_line_full (lines, 0, 224, 547, 10, 2, 0, "• Skills gained: a better grasp of the following");
  add_line_full (lines, 0, 234, 500, 10, -1, 0, "tools and languages: Go; Rust.");
  add_line_full (lines, 1, 224, 470, 12, 0, 0, "Tester | Ferrobox");
  add_line_full (lines, 1, 240, 400, 9, 5, 0, "04 2020 – 05 2021");
  add_line_full (lines, 1, 224, 540, 10, 5, 0, "• Main tasks: wrote the regression suite for the firmware.");
  add_line_full (lines, 1, 224, 547, 10, 2, 0, "• Skills gained: a better grasp of the following");
  add_line_full (lines, 1, 234, 500, 10, -1, 0, "tools and languages: Python; Bash.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Main tasks: kept the billing service running on three sites.\n"
                   "Skills gained: a better grasp of the following tools and languages: Go; Rust.\n"
                   "Main tasks: wrote the regression suite for the firmware.\n"
                   "Skills gained: a better grasp of the following tools and languages: Python; Bash.\n");
}

/* A page of one column in small type: the name, then an address of
 * four lines stacked against the right margin with no space between
 * them, which leaves the page no measure of a paragraph's lines; under
 * a heading the import does not know, two jobs, each with three duties
 * one sentence a line, set close, the second ending in the tools it
 * used, in parentheses. Duties, one each (the wrapped ones whole); the
 * tools are no duty. */
static void
test_broken_duties_under_stacked_address (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 80, 190, 24, 0, VITAE_TEXT_LINE_BOLD, "Oren Valdmaa");
  add_line (lines, 455, 536.5, 8, 6.5, "12 Harbor Lane, Apt 4");
  add_line (lines, 452, 536.5, 8, 0, "Tallinn 10111");
  add_line (lines, 410, 536.5, 8, 0, "+372 555 0101 - oren@example.ee");
  add_line (lines, 448, 536.5, 8, 0, "example.ee/oren");
  add_line_full (lines, 0, 80, 175, 12, 35, VITAE_TEXT_LINE_BOLD, "PROFESSIONAL");
  add_line_full (lines, 0, 80, 380, 8, 16.5, VITAE_TEXT_LINE_BOLD, "Harbor Freight Office – Clerk (2019-Present)");
  add_line (lines, 80, 502, 8, 5.3, "Sorted the incoming bills of lading and matched them with the cargo lists of each");
  add_line (lines, 80, 430, 8, 1.5, "ship before the cranes started. Kept the copies in the office.");
  add_line (lines, 80, 330, 8, 1.4, "Answered the calls of the drivers at night.");
  add_line (lines, 80, 350, 8, 1.4, "Trained two new clerks on the customs forms.");
  add_line_full (lines, 0, 80, 404, 8, 12.6, VITAE_TEXT_LINE_BOLD, "Dockside Ltd – Planning Intern (May 2017 - April 2018)");
  add_line (lines, 80, 275, 8, 3.9, "Wrote a small planner for the berths.");
  add_line (lines, 80, 510, 8, 1.5, "The planner was used every morning to give each ship a berth and a crew, and to warn");
  add_line (lines, 80, 230, 8, 1.4, "the pilots of changes.");
  add_line (lines, 80, 395, 8, 1.4, "Cut the waiting time of the ships by a third in one year.");
  add_line (lines, 80, 219, 8, 1.4, "(Python, SQLite, Linux)");
  add_line_full (lines, 0, 80, 153, 12, 29.5, VITAE_TEXT_LINE_BOLD, "EDUCATION");
  add_line_full (lines, 0, 80, 200, 8, 12, VITAE_TEXT_LINE_BOLD, "Tallinn University, 2017");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Sorted the incoming bills of lading and matched them with the cargo lists of each ship before "
                   "the cranes started. Kept the copies in the office.\n"
                   "Answered the calls of the drivers at night.\n"
                   "Trained two new clerks on the customs forms.\n"
                   "Wrote a small planner for the berths.\n"
                   "The planner was used every morning to give each ship a berth and a crew, and to warn the "
                   "pilots of changes.\n"
                   "Cut the waiting time of the ships by a third in one year.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-duties/duties-with-broken-word", test_duties_with_broken_word);
  g_test_add_func ("/import-duties/spaced-duties", test_spaced_duties);
  g_test_add_func ("/import-duties/duties-as-before", test_duties_as_before);
  g_test_add_func ("/import-duties/duties-as-before-under-role", test_duties_as_before_under_role);
  g_test_add_func ("/import-duties/justified-duties", test_justified_duties);
  g_test_add_func ("/import-duties/broken-duties-after-lead-in", test_broken_duties_after_lead_in);
  g_test_add_func ("/import-duties/outcomes-with-two-sentences", test_outcomes_with_two_sentences);
  g_test_add_func ("/import-duties/spaced-tasks-in-custom-section", test_spaced_tasks_in_custom_section);
  g_test_add_func ("/import-duties/items-led-in-bold", test_items_led_in_bold);
  g_test_add_func ("/import-duties/only-sentences-under-work", test_only_sentences_under_work);
  g_test_add_func ("/import-duties/two-spaced-lines-under-year", test_two_spaced_lines_under_year);
  g_test_add_func ("/import-duties/alike-items-at-page-feet", test_alike_items_at_page_feet);
  g_test_add_func ("/import-duties/broken-duties-under-stacked-address", test_broken_duties_under_stacked_address);
  return g_test_run ();
}
