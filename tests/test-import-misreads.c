/* test-import-misreads.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Imported PDFs whose words the import misread: a heading of education
 * worded the British way ("Academic Qualifications"); a phone number
 * written as Brazil writes it, read as a month of a year to come, and
 * a month's name joined to its year by a slash ("Abril/2019"); a
 * name in a sidebar with the family name first, its comma after it, on
 * two lines; a gap no wider than a kerning inside a word after its
 * capital; the LaTeX and TeX logos, set as TeX sets them. Each page is drawn or its lines set here, in our own
 * words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"
#include "vitae-test-lines.h"
#include "vitae-test-written.h"

/* A heading of education worded "Academic Qualifications", in bold at
 * the text's size as the schools under it are: a section of its own,
 * not the summary's end, and the items under a degree are its items. */
static void
test_academic_qualifications (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  VitaeEntry *school;

  add_line_full (lines, 0, 220, 370, 22, 0, VITAE_TEXT_LINE_BOLD, "Tobias Wren");
  add_line (lines, 230, 360, 11, 3, "Mob: 07700 900461");
  add_line (lines, 215, 380, 11, 3, "Email: tobias.wren@example.co.uk");
  add_line (lines, 90, 505, 11, 14, "A patient, curious graduate looking for a first post in data engineering.");
  add_line_full (lines, 0, 72, 190, 12, 17, VITAE_TEXT_LINE_BOLD, "Academic Qualifications");
  add_line_full (lines, 0, 72, 260, 12, 3, VITAE_TEXT_LINE_BOLD, "2019-2022 University of Leeds");
  add_line (lines, 72, 300, 12, 3, "BSc Mathematics – First Class");
  add_line (lines, 108, 420, 12, 3, "• Modelled river flooding with a team of four.");
  add_line (lines, 108, 400, 12, 3, "• Tutored first-year students in statistics.");
  add_line_full (lines, 0, 72, 190, 12, 17, VITAE_TEXT_LINE_BOLD, "Professional Experience");
  add_line_full (lines, 0, 72, 420, 12, 3, VITAE_TEXT_LINE_BOLD, "2022 – 2024: Analyst at Fenwick Mills");
  add_line (lines, 108, 480, 12, 3, "• Cleaned the weekly sales data for the buyers.");
  document = vitae_import_lines (lines, NULL);

  g_assert_null (strstr (basics (document, "summary"), "Leeds"));
  g_assert_null (strstr (basics (document, "label"), "Leeds"));
  school = entry_at (document, VITAE_SECTION_EDUCATION, 0);
  g_assert_nonnull (school);
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 2);
  g_assert_cmpstr (bullet_text (school, 0), ==, "Modelled river flooding with a team of four.");
}

/* Two phone numbers as São Paulo writes them, the area code then eight
 * digits ("11 9876-5432"), each after its label beside a link, read
 * after a job (a column of labels at the left read first): phone
 * numbers, not the months of the years 9876 and 3210. */
static void
test_area_code_phone (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 190, 400, 14, 0, "CAIO MENDES ARRUDA");
  add_line (lines, 160, 430, 10, 7, "Rua das Flores, 120, apto. 3. Campinas - SP");
  add_line (lines, 225, 365, 10, 3, "caio.arruda@example.com.br");
  add_line (lines, 75, 140, 10, 20, "EXPERIÊNCIA");
  add_cells (lines, 90, 176, 300, 10, 9, VITAE_TEXT_LINE_BOLD, "03/2018 - 08/2021\tPadaria Digital");
  add_line (lines, 176, 480, 10, 3, "Mantive a loja online da empresa e seus pagamentos.");
  add_cells (lines, 160, 356, 445, 10, 28, 0, "Celular: 11 9876-5432\tWWW: caioarruda.dev");
  add_cells (lines, 160, 356, 460, 10, 3, 0, "Telefone: 11 3210-7788\tGithub: caioarruda");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "phone"), ==, "11 9876-5432");
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, e));

          g_assert_false (g_str_has_prefix (vitae_node_get_text (entry, "start"), "9876"));
          g_assert_false (g_str_has_prefix (vitae_node_get_text (entry, "start"), "3210"));
        }
    }
}

/* A job's dates as Brazil writes them, each month's name joined to its
 * year by a slash ("Março/2020 – Outubro/2023"), on a line of their own
 * after a calendar's icon under the job's title and employer: dates, no
 * text of the job. */
static void
test_month_slash_year (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;
  gboolean dated = FALSE;

  add_line_full (lines, 0, 38, 330, 24, 0, VITAE_TEXT_LINE_BOLD, "LUCAS TEIXEIRA MOURA");
  add_line (lines, 40, 290, 8, 6, "lucas.moura@example.com.br | Recife-PE, Brasil");
  add_line_full (lines, 0, 35, 150, 17, 31, VITAE_TEXT_LINE_BOLD, "RESUMO");
  add_line (lines, 35, 280, 10, 12, "Sou analista de dados e gosto de transformar planilhas");
  add_line (lines, 35, 280, 10, 2, "em painéis que a equipe de vendas usa todos os dias.");
  add_line_full (lines, 0, 35, 150, 17, 31, VITAE_TEXT_LINE_BOLD, "EXPERIÊNCIA");
  add_line (lines, 35, 180, 12, 12, "Analista de Dados");
  add_line_full (lines, 0, 35, 200, 10, 3, VITAE_TEXT_LINE_BOLD, "Cooperativa Agrícola do Vale");
  add_line_full (lines, 0, 51, 175, 9, 5, VITAE_TEXT_LINE_ICON, "Março/2020 – Outubro/2023");
  add_line (lines, 35, 275, 10, 5, "• Montei os painéis de vendas da cooperativa.");
  add_line (lines, 35, 260, 10, 2, "• Automatizei a conferência das notas fiscais.");
  document = vitae_import_lines (lines, NULL);

  for (guint e = 0; e < n_entries_of (document, VITAE_SECTION_EXPERIENCE); e++)
    {
      VitaeNode *job = VITAE_NODE (entry_at (document, VITAE_SECTION_EXPERIENCE, e));

      dated |= g_str_equal (vitae_node_get_text (job, "start"), "2020-03") &&
               g_str_equal (vitae_node_get_text (job, "end"), "2023-10");
      for (guint b = 0; b < vitae_entry_get_n_bullets (VITAE_ENTRY (job)); b++)
        g_assert_null (strstr (bullet_text (VITAE_ENTRY (job), b), "2020"));
    }
  g_assert_true (dated);
}

/* A sidebar at the left, read after the main column's first lines: the
 * name set largest on two centred lines, the family names first with a
 * comma after them ("Ruiz Gómez," over "Ana Belén"). */
static void
test_family_name_first_in_sidebar (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(VitaeDocument) document = NULL;

  add_line (lines, 200, 380, 15.8, 0, "EXPERIENCIA LABORAL");
  add_line_full (lines, 0, 200, 400, 13.9, 13, VITAE_TEXT_LINE_BOLD, "Técnica – Olivar Datos, Sevilla.");
  add_line (lines, 200, 300, 9.8, 8, "Marzo 2019 – Actualidad.");
  add_line (lines, 200, 520, 9.8, 8, "Llevo el inventario de la cooperativa y sus informes de cada mes.");
  add_line (lines, 50, 170, 18, 21, "Ruiz Gómez,");
  add_line (lines, 64, 156, 18, 0.1, "Ana Belén");
  add_line (lines, 50, 174, 9.8, 15, "2 de mayo de 1990.");
  add_line (lines, 70, 130, 9.8, 16, "612 345 987");
  add_line (lines, 70, 170, 9.8, 11, "ana.ruiz@example.es");
  document = vitae_import_lines (lines, NULL);

  g_assert_cmpstr (basics (document, "name"), ==, "Ruiz Gómez, Ana Belén");
}

/* A title in bold whose maker set a capital a little apart from the
 * rest of its word (an eighth of an em, where poppler writes a space),
 * in some of its words: the words read whole, while the spaces between
 * words stay. */
static double
draw_kerned (cairo_t    *cr,
             double      x,
             double      y,
             const char *capital,
             const char *rest)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans Bold 12");
  PangoRectangle logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, capital, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  /* (The layout's size is in device units: 12 points are 16 of them.) */
  x += (double) logical.width / PANGO_SCALE + 0.125 * 16;
  pango_layout_set_text (layout, rest, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
  return x + (double) logical.width / PANGO_SCALE;
}

static void
draw_kerned_title (cairo_t *cr)
{
  double x;

  draw_text (cr, 40, 40, "Ana Belén Ruiz", 20, TRUE);
  draw_text (cr, 40, 72, "ana.ruiz@example.es", 9, FALSE);
  x = draw_kerned (cr, 40, 110, "T", "écnica");
  x = draw_kerned (cr, x + 5, 110, "V", "ega");
  draw_text (cr, x + 5, 110, "Datos, Sevilla", 12, TRUE);
}

static void
test_kerned_space_inside_word (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_kerned_title);
  gboolean found = FALSE;

  log_lines (draw_kerned_title);
  for (guint k = 0; k < lines->len; k++)
    {
      const char *text = ((VitaeTextLine *) g_ptr_array_index (lines, k))->text;

      found |= g_str_equal (text, "Técnica Vega Datos, Sevilla");
    }
  g_assert_true (found);
}

/* A font of a PDF written by hand as TeX writes its fonts, described by
 * its own ascent and descent (a font of small capitals starts its box
 * lower than the roman's): capitals 722 wide, other letters 500. */
static char *
described_font (const char *name,
                int         ascent,
                int         descent)
{
  g_autoptr(GString) widths = g_string_new (NULL);

  for (int c = 32; c <= 126; c++)
    g_string_append_printf (widths, "%d ", c == ' ' ? 333 : strchr ("il,.", c) ? 278 : g_ascii_isupper (c) ? 722 : 500);
  return g_strdup_printf ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 32 /LastChar 126 "
                          "/Widths [ %s] /FontDescriptor << /Type /FontDescriptor /FontName /%s /Flags 34 "
                          "/FontBBox [ -50 %d 1000 %d ] /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight 683 "
                          "/StemV 80 >> >>",
                          name, widths->str, name, descent, ascent, ascent, descent);
}

/* A skills table as a LaTeX CV sets it: labels in small capitals in a
 * column of their own, the tools beside them in roman. "LaTeX" is set
 * as TeX sets its logo: an "L", a smaller "A" raised to its top and
 * kerned into it, then "T", an "E" lowered by half an x-height and "X";
 * "TeX" alone the same way. A floor's ordinal has its ending raised
 * small inside the height of its digit ("6th"), and a word starts with
 * a small raised capital after a space. */
static GBytes *
tex_logo_pdf (void)
{
  g_autofree char *roman = described_font ("TestRoman", 750, -250);
  g_autofree char *caps = described_font ("TestCaps", 514, -350);
  g_autofree char *seven = described_font ("TestRomanSeven", 750, -250);
  const char *objects[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [ 3 0 R ] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    "/Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>",
    roman,
    caps,
    seven,
    "BT /F1 20 Tf 40 780 Td (Idris Okonkwo) Tj ET\n"
    "BT /F1 10 Tf 40 760 Td (idris.okonkwo@example.org) Tj ET\n"
    "BT /F1 14 Tf 40 720 Td (Skills) Tj ET\n"
    "BT /F2 10 Tf 40 700 Td (Tools) Tj ET\n"
    "BT /F1 10 Tf 130 700 Td (Git, L) Tj ET BT /F3 7 Tf 154.6 702.2 Td (A) Tj ET\n"
    "BT /F1 10 Tf 158.3 700 Td (T) Tj ET BT /F1 10 Tf 163.8 697.85 Td (E) Tj ET\n"
    "BT /F1 10 Tf 169.8 700 Td (X, Linux, Python, SQL) Tj ET\n"
    "BT /F2 10 Tf 40 686 Td (Writing) Tj ET\n"
    "BT /F1 10 Tf 130 686 Td (Papers in ) Tj ET BT /F1 10 Tf 174.4 686 Td (T) Tj ET\n"
    "BT /F1 10 Tf 179.9 683.85 Td (E) Tj ET BT /F1 10 Tf 185.9 686 Td (X, TEXT and TEX) Tj ET\n"
    "BT /F2 10 Tf 40 672 Td (Address) Tj ET BT /F1 10 Tf 130 672 Td (Flat 2, 6) Tj ET\n"
    "BT /F3 5.2 Tf 168.6 675.3 Td (th ) Tj ET BT /F1 10 Tf 176.2 672 Td (Floor, Quay Street) Tj ET\n"
    "BT /F2 10 Tf 40 658 Td (Prizes) Tj ET BT /F1 10 Tf 130 658 Td (Harbour ) Tj ET\n"
    "BT /F3 7 Tf 171.4 660.2 Td (A) Tj ET BT /F1 10 Tf 176.5 658 Td (ward, 2019) Tj ET\n",
  };

  return written_pdf_objects (objects, G_N_ELEMENTS (objects), 6);
}

/* Each row reads whole, the logos as their names. */
static void
test_tex_logos (void)
{
  g_autoptr(GBytes) pdf = tex_logo_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines (pdf, 10, &error);
  g_autoptr(VitaeDocument) document = NULL;
  g_autofree char *text = NULL;
  guint found = 0;

  g_assert_no_error (error);
  for (guint k = 0; k < lines->len; k++)
    {
      const char *line = ((VitaeTextLine *) g_ptr_array_index (lines, k))->text;

      g_test_message ("%s", line);
      g_assert_cmpstr (line, !=, "A");
      found += g_str_equal (line, "Tools\tGit, LaTeX, Linux, Python, SQL");
      /* (Capitals of one size are no logo, lowered "E" or not.) */
      found += g_str_equal (line, "Writing\tPapers in TeX, TEXT and TEX");
      found += g_str_equal (line, "Address\tFlat 2, 6th Floor, Quay Street");
      found += g_str_equal (line, "Prizes\tHarbour Award, 2019");
    }
  g_assert_cmpuint (found, ==, 4);
  document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "written.pdf", NULL, &error);
  g_assert_no_error (error);
  text = vitae_text_export (document);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "LaTeX, Linux"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-misreads/academic-qualifications", test_academic_qualifications);
  g_test_add_func ("/import-misreads/area-code-phone", test_area_code_phone);
  g_test_add_func ("/import-misreads/month-slash-year", test_month_slash_year);
  g_test_add_func ("/import-misreads/family-name-first-in-sidebar", test_family_name_first_in_sidebar);
  g_test_add_func ("/import-misreads/kerned-space-inside-word", test_kerned_space_inside_word);
  g_test_add_func ("/import-misreads/small-glyphs-inside-words", test_tex_logos);
  return g_test_run ();
}
