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
