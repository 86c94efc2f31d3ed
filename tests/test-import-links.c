/* test-import-links.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What an imported PDF says only through its links and properties: an
 * e-mail address or a phone number behind an icon, a profile behind a
 * word ("GitHub"), a name in the author's property when the header is a
 * picture. Each page is drawn here, in our own words, with Cairo's link
 * tags and metadata (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* A link to @uri over the square icon drawn at @x, @y, with no text. */
static void
draw_icon_link (cairo_t    *cr,
                double      x,
                double      y,
                const char *uri)
{
  g_autofree char *attributes = g_strdup_printf ("rect=[%g %g 10 10] uri='%s'", x, y, uri);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_rectangle (cr, x, y, 10, 10);
  cairo_fill (cr);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

/* A link to @uri over what is drawn in its rectangle. */
static void
draw_link (cairo_t    *cr,
           double      x,
           double      y,
           double      width,
           const char *uri)
{
  g_autofree char *attributes = g_strdup_printf ("rect=[%g %g %g 12] uri='%s'", x, y, width, uri);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

/* A link to @uri over @text, drawn at @x, @y. */
static void
draw_text_link (cairo_t    *cr,
                double      x,
                double      y,
                const char *text,
                double      width,
                const char *uri)
{
  g_autofree char *attributes = g_strdup_printf ("rect=[%g %g %g 12] uri='%s'", x, y, width, uri);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  draw_text (cr, x, y, text, 9, FALSE);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_body (cairo_t *cr)
{
  draw_text (cr, 40, 130, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 150, "Data Engineer", 10, TRUE);
  draw_text (cr, 450, 150, "2020 – 2024", 10, FALSE);
  draw_text (cr, 40, 166, "• Rebuilt the nightly loads of the warehouse in Airflow", 10, FALSE);
  draw_text (cr, 40, 200, "PROJECTS", 12, TRUE);
  draw_text (cr, 40, 220, "Tide Tables", 10, TRUE);
  draw_text (cr, 450, 220, "2023", 10, FALSE);
  /* A project's links belong to it: its repository, and a friend's
   * page over a word of its bullet. */
  draw_text_link (cr, 40, 236, "• Forecast harbour tides with a friend, Ola", 220, "https://github.com/olafriend");
  draw_icon_link (cr, 300, 236, "https://github.com/olafriend/tides");
}

/* A header whose contact details are icons with links: a mail box, a
 * phone and GitHub; LinkedIn behind its word. */
static void
draw_icon_header (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ilse Brandvold", 22, TRUE);
  draw_text (cr, 40, 74, "Oslo, Norway", 9, FALSE);
  draw_icon_link (cr, 160, 76, "mailto:ilse.brandvold@example.no?subject=Hello");
  draw_icon_link (cr, 180, 76, "tel:+47%20912%2034%20567");
  draw_icon_link (cr, 200, 76, "https://github.com/ibrandvold");
  draw_text_link (cr, 220, 74, "LinkedIn", 60, "https://www.linkedin.com/in/ilse-brandvold/");
  draw_body (cr);
}

static void
test_icon_links (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_icon_header);
  VitaeNode *basics = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  gboolean github = FALSE, linkedin = FALSE;

  g_assert_cmpstr (vitae_node_get_text (basics, "name"), ==, "Ilse Brandvold");
  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "ilse.brandvold@example.no");
  g_assert_cmpstr (vitae_node_get_text (basics, "phone"), ==, "+47 912 34 567");
  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, k);
      const char *url = vitae_node_get_text (profile, "url");

      g_test_message ("profile %s %s", vitae_node_get_text (profile, "network"), url);
      /* Not the project's repository, nor the friend's page. */
      g_assert_null (strstr (url, "olafriend"));
      github |= g_str_equal (url, "https://github.com/ibrandvold") &&
                g_str_equal (vitae_node_get_text (profile, "network"), "GitHub");
      linkedin |= g_str_equal (url, "https://www.linkedin.com/in/ilse-brandvold/") &&
                  g_str_equal (vitae_node_get_text (profile, "network"), "LinkedIn");
    }
  g_assert_true (github);
  g_assert_true (linkedin);
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);
}

/* The details written out, and links over them: nothing twice. A
 * template's example left in a mail link gives way to the address
 * written. */
static void
draw_written_header (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Tomasz Wierzba", 22, TRUE);
  draw_text (cr, 40, 74, "tomasz.w@example.pl  |  linkedin.com/in/twierzba  |  github.com/twierzba", 9, FALSE);
  draw_link (cr, 40, 74, 100, "mailto:x@x.com");
  draw_link (cr, 160, 74, 130, "https://www.linkedin.com/in/twierzba/");
  draw_link (cr, 300, 74, 100, "http://www.GitHub.com/twierzba");
  draw_body (cr);
}

static void
test_written_links (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_written_header);
  VitaeNode *basics = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  guint n = g_list_model_get_n_items (profiles) + vitae_node_has (basics, "url");

  g_assert_cmpstr (vitae_node_get_text (basics, "email"), ==, "tomasz.w@example.pl");
  for (guint k = 0; k < g_list_model_get_n_items (profiles); k++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, k);

      g_test_message ("profile %s %s", vitae_node_get_text (profile, "network"), vitae_node_get_text (profile, "url"));
    }
  /* LinkedIn and GitHub once each. */
  g_assert_cmpuint (n, ==, 2);
}

/* A header drawn as a picture (a program that draws the page): no name
 * in the text; the author of the properties is the person's. */
static void
draw_picture_header (cairo_t *cr)
{
  cairo_pdf_surface_set_metadata (cairo_get_target (cr), CAIRO_PDF_METADATA_AUTHOR, "Maren Solvik");
  cairo_rectangle (cr, 0, 0, 595, 100);
  cairo_fill (cr);
  draw_body (cr);
}

static void
draw_program_author (cairo_t *cr)
{
  cairo_pdf_surface_set_metadata (cairo_get_target (cr), CAIRO_PDF_METADATA_AUTHOR, "Microsoft Office User");
  cairo_pdf_surface_set_metadata (cairo_get_target (cr), CAIRO_PDF_METADATA_TITLE, "Resume");
  draw_body (cr);
}

static void
draw_titled (cairo_t *cr)
{
  cairo_pdf_surface_set_metadata (cairo_get_target (cr), CAIRO_PDF_METADATA_AUTHOR, "admin");
  cairo_pdf_surface_set_metadata (cairo_get_target (cr), CAIRO_PDF_METADATA_TITLE, "Jonas Eklund - CV");
  draw_body (cr);
}

static void
test_author_name (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_picture_header);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "picture.pdf", notes, &error);
  g_autoptr(VitaeDocument) program = import_drawn (draw_program_author);
  g_autoptr(VitaeDocument) titled = import_drawn (draw_titled);
  gboolean noted = FALSE;

  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Maren Solvik");
  for (guint k = 0; k < notes->len; k++)
    noted |= strstr (g_ptr_array_index (notes, k), "Maren Solvik") != NULL;
  g_assert_true (noted);

  /* A program's name is no person's; nor is "Resume" a name. */
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (program), "name"), "Office"));
  g_assert_null (strstr (vitae_node_get_text (VITAE_NODE (program), "name"), "Resume"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (titled), "name"), ==, "Jonas Eklund");
}

/* Projects whose items end in a word at the right edge of the page
 * that links to the work ("GitHub", "Demo"): the word is the link's
 * label, the address the project's own, and no profile of the person. */
static void
draw_item_links (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Wiebke Aaltonen", 22, TRUE);
  draw_text (cr, 40, 74, "wiebke.aaltonen@example.fi", 9, FALSE);
  draw_text (cr, 40, 130, "PROJECTS", 12, TRUE);
  draw_text (cr, 40, 150, "Allotment Planner", 10, TRUE);
  draw_text (cr, 450, 150, "2022", 10, FALSE);
  draw_text (cr, 40, 166, "• Plans which beds to sow each week from the frost dates", 10, FALSE);
  draw_text_link (cr, 500, 166, "GitHub", 40, "https://github.com/waaltonen/allotment");
  draw_text (cr, 40, 190, "Ferry Times", 10, TRUE);
  draw_text (cr, 450, 190, "2021", 10, FALSE);
  draw_text (cr, 40, 206, "• Shows the next crossing of the archipelago ferries offline", 10, FALSE);
  draw_text_link (cr, 500, 206, "Demo", 40, "https://ferries.example.fi/?ref=cv");
}

static void
test_item_links (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_item_links);
  VitaeSection *projects = NULL;
  const char *urls[] = { "https://github.com/waaltonen/allotment", "https://ferries.example.fi/" };

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    if (vitae_section_get_kind (vitae_document_get_section (document, s)) == VITAE_SECTION_PROJECTS)
      projects = vitae_document_get_section (document, s);
  g_assert_nonnull (projects);
  g_assert_cmpuint (vitae_section_get_n_entries (projects), ==, 2);
  for (guint e = 0; e < 2; e++)
    {
      VitaeEntry *entry = vitae_section_get_entry (projects, e);
      const char *bullet = vitae_bullet_get_text (vitae_entry_get_bullet (entry, 0));

      g_test_message ("%s | %s", bullet, vitae_node_get_text (VITAE_NODE (entry), "url"));
      g_assert_null (strstr (bullet, "GitHub"));
      g_assert_null (strstr (bullet, "Demo"));
      g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "url"), ==, urls[e]);
    }
  g_assert_cmpuint (g_list_model_get_n_items (vitae_document_get_profiles (document)), ==, 0);
}

/* The reader gives each link with its place and the text inside it. */
static void
test_read_links (void)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw_icon_header);
  g_autoptr(VitaePdfInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = vitae_pdf_read_lines_full (pdf, 5, &info, &error);
  gboolean word = FALSE, icon = FALSE;

  g_assert_no_error (error);
  g_assert_nonnull (lines);
  g_assert_nonnull (info);
  for (guint k = 0; k < info->links->len; k++)
    {
      VitaeTextLink *link = g_ptr_array_index (info->links, k);

      g_test_message ("%s [%s] %.0f %.0f %.0f %.0f", link->uri, link->text, link->x, link->top, link->right, link->bottom);
      word |= g_str_has_prefix (link->uri, "https://www.linkedin.com/") && g_str_equal (link->text, "LinkedIn");
      icon |= g_str_has_prefix (link->uri, "mailto:") && link->text[0] == '\0' && link->page == 0 &&
              link->x > 159 && link->x < 161 && link->top > 75 && link->top < 77;
    }
  g_assert_true (word);
  g_assert_true (icon);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-links/icons", test_icon_links);
  g_test_add_func ("/import-links/written", test_written_links);
  g_test_add_func ("/import-links/author", test_author_name);
  g_test_add_func ("/import-links/reader", test_read_links);
  g_test_add_func ("/import-links/items", test_item_links);

  return g_test_run ();
}
