/* test-import-contacts2.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The e-mail address and phone number of imported PDFs in layouts met
 * in real resumes, as their lines come from the reader, in our own
 * words: a centred line of details that starts with a separator's dot,
 * a phone number's groups apart by a spaced dash, an address whose "@"
 * the reader set on a line of its own beside its start, an address
 * printed without the dot of its domain. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"
#include "vitae-xml.h"
#include "vitae-test-lines.h"

/* A centred header: the name, a street's line, then the city, the
 * e-mail address and the phone number after dots, the first dot
 * starting the line as a list item's mark would. */
static void
test_dotted_line_under_address (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *xml = NULL;

  add_line (lines, 250, 350, 10.9, 0, "Lina Haddouchi");
  add_line (lines, 140, 470, 10.9, 22, "Rue des Orangers 14, Quartier Hassan, BP 220");
  add_line (lines, 160, 450, 10.9, -0.6, "• Fès • lina.haddouchi@example.ma • +212 600112233");
  add_line (lines, 275, 330, 10.9, 17, "Formation");
  add_line (lines, 30, 580, 10.9, 8, "Université Sidi Mohamed Ben Abdellah\tFès, Maroc");
  add_line (lines, 30, 580, 10.9, -0.6, "Licence en informatique\t2021 – 2024");
  add_line (lines, 275, 330, 10.9, 17, "Expérience");
  add_line (lines, 30, 580, 10.9, 8, "Atlas Logiciels\tTanger, Maroc");
  add_line (lines, 30, 580, 10.9, -0.6, "Stagiaire développeuse\t2024");
  add_line (lines, 40, 560, 10.9, -0.6, "— Écrit les tests d’un service de facturation en Java.");
  add_line (lines, 40, 560, 10.9, -0.6, "— Migré une base de données vers PostgreSQL.");
  document = vitae_import_lines (lines, NULL);
  xml = vitae_xml_serialize (document, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Lina Haddouchi");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "lina.haddouchi@example.ma");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+212 600112233");
  g_assert_null (strstr (xml, "<bullet>Fès"));
}

/* A phone number whose groups a word processor set apart by a dash
 * between spaces: the number is whole, not cut at the dash. */
static void
test_phone_spaced_dash (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 72, 300, 24, 0, "Rosa Quintero");
  add_line (lines, 72, 200, 10, 6, "+506 8123 – 4567");
  add_line (lines, 72, 220, 10, 3, "rosa.quintero@example.cr");
  add_line (lines, 72, 160, 12, 24, "EXPERIENCIA");
  add_line (lines, 72, 500, 10, 8, "Cafetería Central\t2021 – 2023");
  add_line (lines, 90, 500, 10, 3, "• Atendí a los clientes de la barra.");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "rosa.quintero@example.cr");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+506 8123 – 4567");
  /* (So after an area code in brackets.) */
  g_assert_true (_vitae_import_looks_like_phone ("(416) 555 – 0187"));
  g_assert_false (_vitae_import_looks_like_phone ("2019 – 2023"));
}

/* A right column's contact details, read after the main column's
 * summary: the reader set the address's "@" and domain (drawn smaller)
 * on a line of their own, level with the address's start and right
 * after it. */
static void
test_at_beside_local_part (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 40, 330, 48, 0, "Nádia Costa Reis");
  add_line (lines, 40, 210, 21, -9, "Desenvolvedora Back-end");
  add_line (lines, 40, 150, 17, -11, "Recife, Pernambuco - Brasil");
  add_line (lines, 40, 310, 21, 18, "Sou uma desenvolvedora com quatro anos de");
  add_line (lines, 40, 315, 21, -9, "experiência em serviços de pagamento e filas.");
  add_line (lines, 40, 110, 21, 17, "Experiência");
  add_line (lines, 40, 320, 21, 0, "Desenvolvedora Back-end @ Banco Litoral");
  add_line (lines, 40, 330, 17, 13, "Manutenção de serviços de pagamento em Go e PostgreSQL.");
  add_line (lines, 388, 434, 21, 0, "Contato");
  add_line (lines, 388, 455, 17, -3, "nadiareis.dev");
  add_line (lines, 388, 436, 17, -3, "nadiareis");
  add_line (lines, 436, 492, 17, -23, "@example.com");
  add_line (lines, 388, 480, 11, -3, "+55 81 98765-4321");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "nadiareis@example.com");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+55 81 98765-4321");
}

/* A header's line of contact details whose address lost the dot before
 * its top-level domain: the line's address as printed (the person may
 * mend it); a handle after an "@" is none. */
static void
test_address_without_dot (void)
{
  static const struct { const char *line; const char *email; } cases[] = {
    { "pablo.ortega77@correocom | linkedin.com/in/pablo-og | pablo-og.itch.io", "pablo.ortega77@correocom" },
    { "pablo_og@github | linkedin.com/in/pablo-og | pablo-og.itch.io", "" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(VitaeDocument) document = NULL;

      add_line_full (lines, 0, 160, 450, 30, 0, VITAE_TEXT_LINE_BOLD, "PABLO ORTEGA GIL");
      add_line_full (lines, 0, 50, 560, 10, -0.6, VITAE_TEXT_LINE_BOLD, "Junior Game Programmer with experience in Godot.");
      add_line_full (lines, 0, 90, 520, 9, 12, VITAE_TEXT_LINE_BOLD, cases[k].line);
      add_line (lines, 28, 580, 9, 12, "I have been making small games with friends since school and want to grow in a studio.");
      add_line_full (lines, 0, 28, 120, 12, 14, VITAE_TEXT_LINE_BOLD, "EXPERIENCE");
      add_line (lines, 28, 580, 9, 6, "Gameplay Intern | Pixel Norte | Bilbao, Spain\tJan 2024 – Apr 2024");
      add_line (lines, 40, 580, 9, 2, "• Ported two puzzle games to a handheld console.");
      add_line (lines, 40, 580, 9, 2, "• Wrote the save system of an adventure game.");
      document = vitae_import_lines (lines, NULL);

      g_test_message ("%s", cases[k].line);
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, cases[k].email);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-contacts2/dotted-line-under-address", test_dotted_line_under_address);
  g_test_add_func ("/import-contacts2/phone-spaced-dash", test_phone_spaced_dash);
  g_test_add_func ("/import-contacts2/at-beside-local-part", test_at_beside_local_part);
  g_test_add_func ("/import-contacts2/address-without-dot", test_address_without_dot);
  return g_test_run ();
}
