/* vitae-test-draw.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing one-page PDFs with Cairo and Pango in the layouts resumes found
 * in public repositories use, and reading what the importer made of them:
 * shared by test-import.c and test-import-pdf.c.
 */

#pragma once

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"

static inline VitaeEntry *
entry_at (VitaeDocument    *document,
          VitaeSectionKind  kind,
          guint             index)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (vitae_section_get_kind (section) == kind && index < vitae_section_get_n_entries (section))
        return vitae_section_get_entry (section, index);
    }
  return NULL;
}

static inline guint
n_entries_of (VitaeDocument    *document,
              VitaeSectionKind  kind)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (vitae_section_get_kind (section) == kind)
        return vitae_section_get_n_entries (section);
    }
  return 0;
}

/* How far @text in DejaVu Sans at @size (in bold) advances, as Pango
 * lays it out. */
static inline double
text_advance (cairo_t    *cr,
              const char *text,
              double      size,
              gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans%s %g", bold ? " Bold" : "", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int width, height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  pango_font_description_free (description);
  g_object_unref (layout);
  return (double) width / PANGO_SCALE;
}

static inline void
draw_text (cairo_t    *cr,
           double      x,
           double      y,
           const char *text,
           double      size,
           gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans%s %g", bold ? " Bold" : "", size);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* Draws @text in DejaVu Sans with its right end at @right. */
static inline void
draw_right_aligned (cairo_t    *cr,
                    double      right,
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
  cairo_move_to (cr, right - (double) logical.width / PANGO_SCALE, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* Draws @text wrapped at @width, as a word processor or a browser
 * does; returns the height it took. */
static inline double
draw_wrapped (cairo_t    *cr,
              double      x,
              double      y,
              double      width,
              const char *text,
              double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_extents (layout, NULL, &logical);
  pango_font_description_free (description);
  g_object_unref (layout);
  return (double) logical.height / PANGO_SCALE;
}

typedef void (*DrawFunc) (cairo_t *cr);

/* A one-page PDF drawn by @draw, as LaTeX or a word processor would set it. */
static inline GBytes *
drawn_pdf (DrawFunc draw)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("vitae-import-XXXXXX.pdf", &path, &error);
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;

  g_assert_no_error (error);
  close (fd);
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  draw (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static inline VitaeDocument *
import_drawn (DrawFunc draw)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw);
  g_autoptr(GError) error = NULL;
  VitaeDocument *document = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "drawn.pdf", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static inline VitaeSection *
section_titled (VitaeDocument *document,
                const char    *title)
{
  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      if (g_strcmp0 (vitae_section_get_title (section), title) == 0)
        return section;
    }
  g_error ("no section titled %s", title);
  return NULL;
}

static inline const char *
bullet_text (VitaeEntry *entry,
             guint       index)
{
  g_assert_cmpuint (index, <, vitae_entry_get_n_bullets (entry));
  return vitae_bullet_get_text (vitae_entry_get_bullet (entry, index));
}

/* The lines the PDF reader gives for a drawn page, logged for when an
 * assertion fails (meson's log). */
static inline GPtrArray *
drawn_lines (DrawFunc draw)
{
  g_autoptr(GBytes) pdf = drawn_pdf (draw);
  g_autoptr(GError) error = NULL;
  GPtrArray *lines = vitae_pdf_read_lines (pdf, 10, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      g_test_message ("page %d x %.1f size %.1f gap %.1f: %s", line->page, line->x, line->size, line->gap, line->text);
    }
  return lines;
}

/* The same, logged only. */
static inline void
log_lines (DrawFunc draw)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw);
}

/* Every bullet of @document, one a line, in order; its sections and
 * bullets logged. */
static inline char *
all_bullets (VitaeDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      g_test_message ("section %s (kind %d), %u entries", vitae_section_get_title (section),
                      vitae_section_get_kind (section), vitae_section_get_n_entries (section));
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

/* The document the import builds from lines of text alone, one each of
 * @texts (no sizes or places: what a plain text gives). */
static inline VitaeDocument *
import_texts (const char * const *texts,
              guint                n)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (vitae_text_line_free);

  for (guint i = 0; i < n; i++)
    {
      VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

      line->text = g_strdup (texts[i]);
      g_ptr_array_add (lines, line);
    }
  return vitae_import_lines (lines, NULL);
}
