/* test-import-items3.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported PDFs in layouts met in real resumes, as their
 * lines come from the reader, in our own words: a nested list whose
 * marks are an icon font's glyphs (which the reader leaves out), its
 * groups' items set further in than the groups; a logo's caption on the
 * row of a job's duty, even one whose words could head a section; an
 * item's wrapped line in bold; a job's title set as the one before it;
 * a job's item wrapped inside its dates; dots drawn as large as small
 * capitals. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"

/* Skills in two levels, every line marked by an icon font's glyph: a
 * group ("Garden design.") and, an indent further in and set as close,
 * its items ("Planting plans: 40%"). An item with a mark of its own is
 * no wrapped line of the group above it, however close under it. */
static void
test_nested_icon_items (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  guint icon = VITAE_TEXT_LINE_ICON | VITAE_TEXT_LINE_ITALIC;

  add_line_full (lines, 0, 180, 420, 14, 0, VITAE_TEXT_LINE_BOLD, "Marta Velasco Ibarra");
  add_line_full (lines, 0, 180, 400, 11, 8, 0, "marta.velasco@example.mx");
  add_line_full (lines, 0, 110, 200, 14, 20, VITAE_TEXT_LINE_BOLD, "HABILIDADES");
  add_line_full (lines, 0, 32, 140, 10, 15, icon | VITAE_TEXT_LINE_BOLD, "Garden design.");
  add_line_full (lines, 0, 50, 130, 10, 1.2, icon, "Planting plans: 40%");
  add_line_full (lines, 0, 50, 110, 10, 1.1, icon, "Irrigation: 25%");
  add_line_full (lines, 0, 32, 170, 10, 1.0, icon | VITAE_TEXT_LINE_BOLD, "Soil and compost care");
  add_line_full (lines, 0, 50, 115, 10, 1.2, icon, "Mulching: 60%");
  add_line_full (lines, 0, 50, 118, 10, 1.1, icon, "Soil tests: 35%");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Garden design.\n"
                   "Planting plans: 40%\n"
                   "Irrigation: 25%\n"
                   "Soil and compost care\n"
                   "Mulching: 60%\n"
                   "Soil tests: 35%\n");
}

/* Jobs each beside a company's logo, its caption under it in larger
 * type than the duties and level with a duty's line, so that the reader
 * gives them one row ("Fernhill <tab> Kept the …"): the duty is the
 * job's third item, not an entry's title, and the jobs' duties stay
 * items. */
static void
test_caption_beside_duty (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeTextLine *row;

  add_line_full (lines, 0, 28, 280, 16, 0, VITAE_TEXT_LINE_BOLD, "Tomás Echeverri Lora");
  add_line_full (lines, 0, 28, 220, 11, 2, 0, "tomas.echeverri@example.co");
  add_line_full (lines, 0, 28, 208, 24, 15, VITAE_TEXT_LINE_BOLD, "Experiencia");
  add_line_full (lines, 0, 142, 470, 16.5, 28, VITAE_TEXT_LINE_BOLD, "Auxiliar de vivero y jardines");
  add_line_full (lines, 0, 142, 400, 9, 12, 0, "Riego, poda y trasplante de plantas ornamentales.");
  add_line_full (lines, 0, 142, 455, 9, 3.5, 0, "Registro de pedidos de semillas en una hoja de cálculo.");
  row = add_line_full (lines, 0, 46, 450, 14, 1.2, 0, "Fernhill\tControl de plagas con métodos sin químicos, cada semana.");
  row->tab_x = 142;
  row->lead_size = 14;
  add_line_full (lines, 0, 142, 440, 16.5, 36, VITAE_TEXT_LINE_BOLD, "Voluntario en huertas comunitarias");
  add_line_full (lines, 0, 142, 455, 9, 12, 0, "Diseño de bancales elevados para un colegio del barrio.");
  add_line_full (lines, 0, 142, 430, 9, 3.5, 0, "Talleres de compostaje para vecinos, dos veces al mes.");
  row = add_line_full (lines, 0, 34, 475, 12, 1.3, 0, "Huerta Viva\tInventario de herramientas y turnos de los voluntarios.");
  row->tab_x = 142;
  row->lead_size = 12;
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Riego, poda y trasplante de plantas ornamentales.\n"
                   "Registro de pedidos de semillas en una hoja de cálculo.\n"
                   "Control de plagas con métodos sin químicos, cada semana.\n"
                   "Diseño de bancales elevados para un colegio del barrio.\n"
                   "Talleres de compostaje para vecinos, dos veces al mes.\n"
                   "Inventario de herramientas y turnos de los voluntarios.\n");
}

/* The same in a page of schools and jobs, the last job's caption in
 * words that could head a section ("Open Source", under the logo of
 * the projects she gave time to): it is the job's organization all the
 * same, and the duties beside it stay the job's items, not a paragraph
 * that opens with the caption. */
static void
test_caption_as_heading_words (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  VitaeTextLine *row;

  add_line_full (lines, 0, 28.3, 281.5, 15.8, 0, VITAE_TEXT_LINE_BOLD, "Lucía Montoya Arbeláez");
  add_line_full (lines, 0, 28.3, 216.4, 11, 0.8, 0, "Estudiante de Contaduría Pública");
  add_line_full (lines, 0, 28.3, 179.2, 11, 2.1, 0, "Pereira, Risaralda, Colombia");
  add_line_full (lines, 0, 28.3, 158.6, 23.8, 31.3, VITAE_TEXT_LINE_BOLD, "Estudios");
  add_line_full (lines, 0, 453.5, 505.9, 9, 9.2, 0, "lmontoya");
  row = add_line_full (lines, 0, 28.3, 534.6, 19, -0.7, VITAE_TEXT_LINE_BOLD,
                       "Universidad del Quindío\t2016 - 2020");
  row->tab_x = 453.5;
  row->lead_size = 19;
  add_line_full (lines, 0, 28.3, 199.6, 10, -1.9, 0, "Estudiante de Contaduría Pública");
  row = add_line_full (lines, 0, 28.3, 535.4, 18.3, 11, VITAE_TEXT_LINE_BOLD,
                       "Colegio Santa Rosa\t2010 - 2015");
  row->tab_x = 453.5;
  row->lead_size = 18.3;
  add_line_full (lines, 0, 28.3, 122.9, 10, -1.3, 0, "Bachiller académico");
  row = add_line_full (lines, 0, 28.3, 534.6, 18.9, 9.3, VITAE_TEXT_LINE_BOLD,
                       "Escuela Rural La Palma\t2004 - 2009");
  row->tab_x = 453.5;
  row->lead_size = 18.9;
  add_line_full (lines, 0, 28.3, 411.3, 10, 4.1, 0, "Primaria con énfasis en huerta escolar y cuidado de animales de granja");
  add_line_full (lines, 0, 28.3, 208.5, 23.8, 15.3, VITAE_TEXT_LINE_BOLD, "Experiencia");
  add_line_full (lines, 0, 141.7, 475.1, 16.5, 28.4, VITAE_TEXT_LINE_BOLD, "Auxiliar contable de un taller de bicicletas");
  add_line_full (lines, 0, 141.7, 390.9, 9, 11.8, 0, "Registro del libro de repuestos y reparaciones.");
  add_line_full (lines, 0, 141.7, 459, 9, 3.5, 0, "Preparación de las cifras trimestrales para la DIAN.");
  row = add_line_full (lines, 0, 46.4, 452.8, 14, 1.2, 0,
                       "Ruedas\tPago puntual de las facturas de los proveedores.");
  row->tab_x = 141.7;
  row->lead_size = 14;
  add_line_full (lines, 0, 141.7, 436.9, 16.5, 36.6, VITAE_TEXT_LINE_BOLD, "Colaboradora Proyectos Open Source");
  add_line_full (lines, 0, 141.7, 454.7, 9, 12.1, 0, "Escritura de un lector de tablas de mareas para puertos.");
  add_line_full (lines, 0, 141.7, 426.8, 9, 3.5, 0, "Corrección del redondeo de unidades en una biblioteca del clima.");
  row = add_line_full (lines, 0, 34.3, 475.9, 12, 1.3, 0,
                       "Open Source\tRevisión de los parches de recién llegados cada fin de semana.");
  row->tab_x = 141.7;
  row->lead_size = 12;
  add_line_full (lines, 0, 80.3, 485.7, 15, 29.3, 0, "Siete años de trabajo revisado en código compartido");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Registro del libro de repuestos y reparaciones.\n"
                   "Preparación de las cifras trimestrales para la DIAN.\n"
                   "Pago puntual de las facturas de los proveedores.\n"
                   "Escritura de un lector de tablas de mareas para puertos.\n"
                   "Corrección del redondeo de unidades en una biblioteca del clima.\n"
                   "Revisión de los parches de recién llegados cada fin de semana.\n");
}

/* Items marked by an icon font's glyph whose wrapped lines are in bold:
 * a paper whose venue, set in bold, wraps onto the next line, an award
 * set all in bold. A bold line under an item that reached the column's
 * edge in the middle of a sentence goes on with that item; it is no
 * entry's title. */
static void
test_bold_wrap_of_icon_item (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;
  guint icon = VITAE_TEXT_LINE_ICON;

  add_line_full (lines, 0, 44.6, 300, 20, 0, VITAE_TEXT_LINE_BOLD,
                 "Priya Raghunathan");
  add_line_full (lines, 0, 44.6, 250, 12, 4, 0,
                 "priya.r@example.org");
  add_line_full (lines, 0, 44.6, 180, 17.2, 20, VITAE_TEXT_LINE_BOLD,
                 "Publications");
  add_line_full (lines, 0, 56.3, 550.6, 12, 12.5, icon,
                 "Priya Raghunathan, Tomas Lindh. \"Counting migrating cranes from coarse radar echoes with");
  add_line_full (lines, 0, 56.3, 550.6, 12, 3.8, 0,
                 "a small neural network\". Journal of Field Ornithology. 41(3) - Short");
  add_line_full (lines, 0, 56.3, 145, 12, 3.8, VITAE_TEXT_LINE_BOLD,
                 "Communication.");
  add_line_full (lines, 0, 56.3, 550.6, 12, 9.8, icon,
                 "Tomas Lindh, Priya Raghunathan (2019) \"Wetland water levels and the timing of spring");
  add_line_full (lines, 0, 56.3, 550.6, 12, 3.8, VITAE_TEXT_LINE_BOLD,
                 "arrival in wading birds\". Proceedings of the Nordic Ecology Meeting, Recent Work");
  add_line_full (lines, 0, 56.3, 234.8, 12, 3.8, VITAE_TEXT_LINE_BOLD,
                 "and Open Questions, 55-61 .");
  add_line_full (lines, 0, 44.6, 237, 17.2, 20.5, VITAE_TEXT_LINE_BOLD,
                 "Honours");
  add_line_full (lines, 0, 56.3, 551, 12, 16.4, icon | VITAE_TEXT_LINE_BOLD,
                 "Department prize for the best thesis on the statistics of animal movement and");
  add_line_full (lines, 0, 56.3, 286.6, 12, 3.8, VITAE_TEXT_LINE_BOLD,
                 "its applications to conservation (2022)");
  add_line_full (lines, 0, 56.3, 493, 12, 7.8, icon | VITAE_TEXT_LINE_BOLD,
                 "Recipient of a travel grant from the ornithology society (2021)");
  add_line_full (lines, 0, 56.3, 261, 12, 7.8, icon | VITAE_TEXT_LINE_BOLD,
                 "Field course in bird ringing, first of the class");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Priya Raghunathan, Tomas Lindh. \"Counting migrating cranes from coarse radar echoes with a small "
                   "neural network\". Journal of Field Ornithology. 41(3) - Short Communication.\n"
                   "Tomas Lindh, Priya Raghunathan (2019) \"Wetland water levels and the timing of spring arrival in "
                   "wading birds\". Proceedings of the Nordic Ecology Meeting, Recent Work and Open Questions, 55-61 .\n"
                   "Department prize for the best thesis on the statistics of animal movement and its applications to "
                   "conservation (2022)\n"
                   "Recipient of a travel grant from the ornithology society (2021)\n"
                   "Field course in bird ringing, first of the class\n");
}

/* Jobs whose titles are set in bold, well smaller than the sections'
 * headings (16.5 points under headings of 24), their duties one a line
 * under them: the second job's title, short enough to read as a heading
 * and set as the first one's was, starts an entry of its own, not a
 * label inside the first job. */
static void
test_second_title_as_first (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeSection *section = NULL;

  add_line_full (lines, 0, 28, 280, 16, 0, VITAE_TEXT_LINE_BOLD, "Ilse Brouwer");
  add_line_full (lines, 0, 28, 220, 11, 2, 0, "ilse.brouwer@example.nl");
  add_line_full (lines, 0, 28, 208, 24, 15, VITAE_TEXT_LINE_BOLD, "Experience");
  add_line_full (lines, 0, 142, 470, 16.5, 28, VITAE_TEXT_LINE_BOLD, "Assistant keeper of the river lock");
  add_line_full (lines, 0, 142, 400, 9, 12, 0, "Opened and closed the lock for barges and yachts.");
  add_line_full (lines, 0, 142, 455, 9, 3.5, 0, "Logged the water levels every hour of the shift.");
  add_line_full (lines, 0, 142, 440, 16.5, 36, VITAE_TEXT_LINE_BOLD, "Volunteer dyke inspector");
  add_line_full (lines, 0, 142, 455, 9, 12, 0, "Walked the dyke after storms to look for seepage.");
  add_line_full (lines, 0, 142, 430, 9, 3.5, 0, "Reported damaged revetments to the water board.");
  document = vitae_import_lines (lines, NULL);
  g_free (all_bullets (document));

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    if (vitae_section_get_kind (vitae_document_get_section (document, s)) == VITAE_SECTION_EXPERIENCE)
      section = vitae_document_get_section (document, s);
  g_assert_nonnull (section);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 2);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_section_get_entry (section, 1)), "role"), ==,
                   "Volunteer dyke inspector");
}

/* Jobs as the items of a list, their duties nested under them after
 * Word's "o": a job's line that wraps in the middle of its span of
 * dates ("… Aug 2022 -" / "Nov 2024") is one item, whole, not an entry
 * whose dates stand on the line under it. */
static void
test_item_dates_wrapped (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *bullets = NULL;

  add_line_full (lines, 0, 36, 220, 12, 0, VITAE_TEXT_LINE_BOLD, "RUTGER VAN DAM");
  add_line_full (lines, 0, 36, 300, 12, 10, 0, "rutger.vandam@example.nl");
  add_line_full (lines, 0, 36, 190, 12, 35, VITAE_TEXT_LINE_BOLD, "WORK EXPERIENCE");
  add_line_full (lines, 0, 54, 510, 12, 10, VITAE_TEXT_LINE_BOLD, "•\tPolder Freight - Planner - Gouda - Jan 2025 - Mar 2026");
  add_line_full (lines, 0, 90, 500, 12, 10, 0, "o\tPlanned the routes of the barges on the inland waters.");
  add_line_full (lines, 0, 54, 545, 12, 10, VITAE_TEXT_LINE_BOLD,
                 "•\tHarbour Co — Clerk | Customs and Logistics - Leiden - Aug 2022 -");
  add_line_full (lines, 0, 72, 120, 12, 2.3, 0, "Nov 2024");
  add_line_full (lines, 0, 90, 430, 12, 10, 0, "o\tChecked the cargo manifests against the customs forms.");
  add_line_full (lines, 0, 90, 500, 12, 10, 0, "o\tKept the register of containers in the yard.");
  document = vitae_import_lines (lines, NULL);
  bullets = all_bullets (document);

  g_assert_cmpstr (bullets, ==,
                   "Polder Freight - Planner - Gouda - Jan 2025 - Mar 2026\n"
                   "Planned the routes of the barges on the inland waters.\n"
                   "Harbour Co — Clerk | Customs and Logistics - Leiden - Aug 2022 - Nov 2024\n"
                   "Checked the cargo manifests against the customs forms.\n"
                   "Kept the register of containers in the yard.\n");
}

static const char * const capital_items[] = {
  "TIDE TABLES FOR SMALL HARBOURS", "KNOTS AND SPLICES", "REPAIRING SAILS BY HAND",
  "READING THE WEATHER AT SEA",
};

/* Talks in small capitals, each after a dot drawn as wide as the letters
 * are tall (a disc 7 points across before print of 8 points): */
static void
draw_large_dots (cairo_t *cr)
{
  double y = 120;

  draw_text (cr, 250, 40, "Wulan Sasmita", 20, TRUE);
  draw_text (cr, 250, 70, "wulan.sasmita@example.id", 8, FALSE);
  draw_text (cr, 250, 96, "SEMINARS", 18, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (capital_items); i++)
    {
      y += 14;
      cairo_new_path (cr);
      cairo_arc (cr, 257, y + 5.5, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 267.5, y, capital_items[i], 8, FALSE);
    }
}

/* … the dots are the items' marks. */
static void
test_large_dots (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_large_dots);
  guint n_items = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      for (guint k = 0; k < G_N_ELEMENTS (capital_items); k++)
        if (g_str_has_suffix (line->text, capital_items[k]) && g_str_has_prefix (line->text, "• "))
          n_items++;
      g_assert_false (g_str_has_prefix (line->text, "• SEMINARS"));
    }
  g_assert_cmpuint (n_items, ==, G_N_ELEMENTS (capital_items));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-items3/nested-icon-items", test_nested_icon_items);
  g_test_add_func ("/import-items3/caption-beside-duty", test_caption_beside_duty);
  g_test_add_func ("/import-items3/caption-as-heading-words", test_caption_as_heading_words);
  g_test_add_func ("/import-items3/bold-wrap-of-icon-item", test_bold_wrap_of_icon_item);
  g_test_add_func ("/import-items3/second-title-as-first", test_second_title_as_first);
  g_test_add_func ("/import-items3/item-dates-wrapped", test_item_dates_wrapped);
  g_test_add_func ("/import-items3/large-dots", test_large_dots);
  return g_test_run ();
}
