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

/* The lines the reader gives for a page, logged for when an assertion
 * fails (meson's log). */
static void
log_lines (DrawFunc draw)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("x %.1f size %.1f: %s", line->x, line->size, line->text);
    }
}

/* Every bullet of the document, in order, one a line. */
static char *
all_bullets (VitaeDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            g_string_append_printf (out, "%s\n", bullet_text (entry, b));
        }
    }
  g_test_message ("bullets:\n%s", out->str);
  return g_string_free (out, FALSE);
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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-layouts/open-circle-items", test_open_circle_items);

  return g_test_run ();
}
