/* test-import-duties.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's duties set one a line under its title without a mark, as
 * the reader's lines of imported PDFs give them, in layouts met in real
 * resumes, in our own words: set close with one wrapped at a hyphen,
 * under a German heading of a career; spaced apart, each a paragraph. */

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
                   "Verantwortlich für Inventur und Lager-verwaltung\n"
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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-duties/duties-with-broken-word", test_duties_with_broken_word);
  g_test_add_func ("/import-duties/spaced-duties", test_spaced_duties);
  return g_test_run ();
}
