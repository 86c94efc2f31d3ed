/* vitae-pdf.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-locale.h"
#include "vitae-pdf.h"
#include "vitae-section.h"

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static char *
dup_keywords (VitaeDocument *document)
{
  VitaeSection *skills = vitae_document_find_section (document, VITAE_SECTION_SKILLS);
  GString *keywords = g_string_new (NULL);
  guint n = skills ? vitae_section_get_n_entries (skills) : 0;

  for (guint i = 0; i < n; i++)
    {
      const char * const *list = vitae_node_get_list (VITAE_NODE (vitae_section_get_entry (skills, i)),
                                                      "keywords");

      for (guint j = 0; list != NULL && list[j] != NULL; j++)
        {
          if (keywords->len > 0)
            g_string_append (keywords, ", ");
          g_string_append (keywords, list[j]);
        }
    }

  return g_string_free (keywords, FALSE);
}

/**
 * vitae_pdf_dup_language:
 * @options: (nullable): render options
 *
 * Returns: (transfer full): the document language as a BCP 47 tag: the
 *   options' own, else the one of the locale's messages ("en" for "C",
 *   whose headings are English)
 */
char *
vitae_pdf_dup_language (const VitaeRenderOptions *options)
{
  const char *locale;
  g_autofree char *tag = NULL;
  char *p;

  if (options != NULL && options->language != NULL && options->language[0] != '\0')
    return g_strdup (options->language);

  locale = setlocale (LC_MESSAGES, NULL);
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX") ||
      g_str_has_prefix (locale, "C."))
    return g_strdup ("en");

  tag = g_strdup (locale);
  tag[strcspn (tag, ".@")] = '\0';
  for (p = tag; *p; p++)
    if (*p == '_')
      *p = '-';

  return g_steal_pointer (&tag);
}

static const char *
find_bytes (const char *data,
            gsize       size,
            const char *needle,
            gboolean    last)
{
  gsize length = strlen (needle);
  const char *found = NULL;

  for (gsize i = 0; i + length <= size; i++)
    {
      if (data[i] == needle[0] && memcmp (data + i, needle, length) == 0)
        {
          found = data + i;
          if (!last)
            break;
        }
    }

  return found;
}

typedef struct
{
  gsize  at;
  char  *text;
} Insertion;

static void
insertion_clear (gpointer data)
{
  g_free (((Insertion *) data)->text);
}

static void
insert_at (GArray     *insertions,
           gsize       at,
           const char *text)
{
  Insertion insertion = { at, g_strdup (text) };

  g_array_append_val (insertions, insertion);
}

/* How far the bytes at @offset move once @insertions are made. */
static gsize
shift_for (GArray *insertions,
           gsize   offset)
{
  gsize shift = 0;

  for (guint i = 0; i < insertions->len; i++)
    {
      Insertion *insertion = &g_array_index (insertions, Insertion, i);

      if (insertion->at <= offset)
        shift += strlen (insertion->text);
    }

  return shift;
}

/* Cairo 1.16 has no call for the document language, does not declare its
 * tagged content marked (so readers would not call the PDF tagged), and
 * writes its dates without the "D:" prefix the PDF standard asks for. These
 * are mended here: the text is inserted, the bytes after each insertion
 * move, and the cross-reference table is rewritten to match. Anything
 * unexpected leaves the PDF as Cairo wrote it. */
GBytes *
_vitae_pdf_complete_catalog (GBytes     *pdf,
                             const char *language)
{
  static const char catalog_key[] = "<< /Type /Catalog\n";
  static const char *date_keys[] = { "/CreationDate (", "/ModDate (" };
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);
  g_autoptr(GArray) insertions = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *lang = NULL;
  const char *catalog, *xref, *startxref, *p;
  gsize copied;
  char *end;
  guint64 first, count, offset;

  /* Only letters, digits and hyphens: nothing to escape in a PDF string. */
  for (p = language; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return g_bytes_ref (pdf);

  /* Font and content streams hold NUL bytes, so search the raw bytes. */
  catalog = find_bytes (data, size, catalog_key, FALSE);
  xref = catalog ? find_bytes (data, size, "\nxref\n", TRUE) : NULL;
  startxref = xref ? find_bytes (data, size, "\nstartxref\n", TRUE) : NULL;
  if (catalog == NULL || xref == NULL || startxref == NULL || xref < catalog || startxref < xref)
    return g_bytes_ref (pdf);

  insertions = g_array_new (FALSE, FALSE, sizeof (Insertion));
  g_array_set_clear_func (insertions, insertion_clear);

  /* The document information dictionary comes before the catalog. */
  for (guint i = 0; i < G_N_ELEMENTS (date_keys); i++)
    {
      const char *date = find_bytes (data, catalog - data, date_keys[i], FALSE);

      if (date != NULL && g_ascii_isdigit (date[strlen (date_keys[i])]))
        insert_at (insertions, date - data + strlen (date_keys[i]), "D:");
    }

  lang = g_strdup_printf ("   /Lang (%s)\n", language);
  insert_at (insertions, catalog - data + strlen (catalog_key), lang);
  if (find_bytes (catalog, xref - catalog, "/StructTreeRoot", FALSE) != NULL &&
      find_bytes (catalog, xref - catalog, "/MarkInfo", FALSE) == NULL)
    insert_at (insertions, catalog - data + strlen (catalog_key), "   /MarkInfo << /Marked true >>\n");

  /* "xref\n0 N\n" then N entries of exactly 20 bytes. */
  p = xref + strlen ("\nxref\n");
  first = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ' ' || first != 0)
    return g_bytes_ref (pdf);
  p = end + 1;
  count = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != '\n' || (gsize) (end + 1 - data) + count * 20 > size)
    return g_bytes_ref (pdf);
  p = end + 1;

  /* Everything up to the entries, with the insertions, in order. */
  out = g_string_sized_new (size + 256);
  copied = 0;
  for (guint i = 0; i < insertions->len; i++)
    {
      Insertion *insertion = &g_array_index (insertions, Insertion, i);

      g_string_append_len (out, data + copied, insertion->at - copied);
      g_string_append (out, insertion->text);
      copied = insertion->at;
    }
  g_string_append_len (out, data + copied, p - (data + copied));

  for (guint64 i = 0; i < count; i++, p += 20)
    {
      if (p[10] != ' ' || p[16] != ' ' || (p[17] != 'n' && p[17] != 'f'))
        return g_bytes_ref (pdf);
      offset = g_ascii_strtoull (p, &end, 10);
      if (end != p + 10)
        return g_bytes_ref (pdf);
      if (p[17] == 'n')
        offset += shift_for (insertions, offset);
      g_string_append_printf (out, "%010" G_GUINT64_FORMAT "%.10s", offset, p + 10);
    }

  /* The trailer, then "startxref\nOFFSET\n%%EOF". */
  g_string_append_len (out, p, (startxref - p) + strlen ("\nstartxref\n"));
  p = startxref + strlen ("\nstartxref\n");
  offset = g_ascii_strtoull (p, &end, 10);
  if (end == p || (gsize) offset != (gsize) (xref + 1 - data))
    return g_bytes_ref (pdf);
  g_string_append_printf (out, "%" G_GUINT64_FORMAT, offset + shift_for (insertions, offset));
  g_string_append_len (out, end, size - (end - data));

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static void
set_date (cairo_surface_t     *surface,
          cairo_pdf_metadata_t metadata,
          GDateTime           *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
  g_autofree char *text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  cairo_pdf_surface_set_metadata (surface, metadata, text);
}

/**
 * vitae_pdf_render:
 * @layout: a laid-out resume
 * @options: (nullable): the options @layout was made with, for the date and
 *   the language
 * @error: a #GError
 *
 * Renders every page of @layout into a PDF in memory: fonts embedded as
 * subsets, text that extracts as typed, live links, tagged structure, and
 * metadata. The same layout, date and language give the same bytes.
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
vitae_pdf_render (VitaeLayout               *layout,
                  const VitaeRenderOptions  *options,
                  GError                   **error)
{
  VitaeDocument *document;
  VitaeNode *basics;
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *language = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *name, *label, *resume;
  double width, height;
  cairo_t *cr;

  g_return_val_if_fail (VITAE_IS_LAYOUT (layout), NULL);

  /* A PDF that silently lacks part of the resume is worse than none. */
  if (!vitae_layout_check_fit (layout, error))
    return NULL;

  document = vitae_layout_get_document (layout);
  basics = VITAE_NODE (document);
  name = vitae_node_get_text (basics, "name");
  label = vitae_node_get_text (basics, "label");

  buffer = g_byte_array_new ();
  vitae_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_cb, buffer, width, height);

  /* Translators: the PDF's title, %s is the person's name */
  resume = vitae_locale_get_string (vitae_layout_get_language (layout), "label.resume");
  title = name[0] ? g_strdup_printf ("%s — %s", name, resume) : g_strdup (resume);
  keywords = dup_keywords (document);
  creator = g_strdup_printf ("Vitae %s", PACKAGE_VERSION);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (name[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, label[0] ? label : resume);
  if (keywords[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  if (options != NULL && options->date != NULL)
    {
      set_date (surface, CAIRO_PDF_METADATA_CREATE_DATE, options->date);
      set_date (surface, CAIRO_PDF_METADATA_MOD_DATE, options->date);
    }

  cr = cairo_create (surface);
  for (guint i = 0; i < vitae_layout_get_n_pages (layout); i++)
    {
      vitae_layout_draw_page (layout, i, cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO,
                   /* Translators: %s is the reason Cairo gives */
                   _("Could not render the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  /* /Lang: the language the layout is in, the options' or the document's. */
  language = g_strdup (vitae_layout_get_language (layout));

  return _vitae_pdf_complete_catalog (bytes, language);
}
