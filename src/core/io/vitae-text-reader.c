/* vitae-text-reader.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The text a parser gets out of a PDF, DOCX or ODT: poppler's reading of a
 * PDF (the text layer in reading order, as pdftotext without -layout), and
 * the paragraphs of a word processor file, read from its XML. The parse
 * check compares it with what the resume holds; importers start from it.
 *
 * These readers take files from anywhere, so they keep to limits: a ZIP
 * with too many parts, or a part that inflates past VITAE_MAX_FILE_SIZE, is
 * refused before it is read whole (a ZIP bomb stops at the limit). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <poppler.h>
#include <string.h>

#include "vitae-error.h"
#include "vitae-io.h"
#include "vitae-text-reader.h"

#define MAX_PARTS 2000

#define RLE 0x202B
#define PDF 0x202C

/* poppler gives right-to-left text in the order it is drawn, right to
 * left, each character wrapped in RLE … PDF marks: "ב" "י" "ב" "א" " " "ל"
 * "ת" for "תל אביב". A run of such characters (and the spaces between
 * them) is put back in reading order, without the marks. */
static void
append_logical (GString    *out,
                const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      GArray *run;
      const char *q;

      if (g_utf8_get_char (p) != RLE)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
          continue;
        }

      run = g_array_new (FALSE, FALSE, sizeof (gunichar));
      q = p;
      for (;;)
        {
          const char *r = q;
          guint n_spaces = 0;
          gunichar c;

          while (*r == ' ')
            r++, n_spaces++;
          if (g_utf8_get_char (r) != RLE)
            break;
          r = g_utf8_next_char (r);
          c = g_utf8_get_char (r);
          if (c == 0 || c == PDF)
            break;
          r = g_utf8_next_char (r);
          if (g_utf8_get_char (r) != PDF)
            break;
          for (guint i = 0; i < n_spaces; i++)
            {
              gunichar space = ' ';

              g_array_append_val (run, space);
            }
          g_array_append_val (run, c);
          q = g_utf8_next_char (r);
        }

      if (run->len == 0)
        {
          /* A mark that wraps more than one character: keep it as it is. */
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
      else
        {
          for (guint i = run->len; i > 0; i--)
            g_string_append_unichar (out, g_array_index (run, gunichar, i - 1));
          p = q;
        }
      g_array_unref (run);
    }
}

/**
 * vitae_pdf_read_text:
 * @pdf: a PDF file's bytes
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the text of every page in reading
 *   order, pages separated by a form feed
 */
char *
vitae_pdf_read_text (GBytes  *pdf,
                     GError **error)
{
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  GString *text;

  g_return_val_if_fail (pdf != NULL, NULL);

  if (g_bytes_get_size (pdf) > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   _("The PDF is larger than %d MB"), VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  document = poppler_document_new_from_bytes (pdf, NULL, &local_error);
  if (document == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   /* Translators: %s is poppler's reason */
                   _("The PDF cannot be read: %s"), local_error->message);
      return NULL;
    }

  text = g_string_new (NULL);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      /* poppler-glib 22 has no autoptr for its types. */
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = page ? poppler_page_get_text (page) : NULL;

      if (i > 0)
        g_string_append_c (text, '\f');
      if (page_text != NULL)
        append_logical (text, page_text);
      g_clear_object (&page);
    }
  g_object_unref (document);

  return g_string_free (text, FALSE);
}

/* Reads the part @name of a ZIP file, whole, within the limits. */
static GBytes *
read_zip_part (GBytes      *zip,
               const char  *name,
               GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autoptr(GByteArray) content = NULL;
  gsize size;
  const void *data = g_bytes_get_data (zip, &size);
  guint n_parts = 0;
  int status;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, size) != ARCHIVE_OK)
    goto broken;

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      char buffer[16384];
      la_ssize_t n;

      if (++n_parts > MAX_PARTS)
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                       _("The document has more than %d parts"), MAX_PARTS);
          archive_read_free (archive);
          return NULL;
        }
      if (g_strcmp0 (archive_entry_pathname (entry), name) != 0)
        continue;

      content = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          if (content->len + (gsize) n > VITAE_MAX_FILE_SIZE)
            {
              g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                           /* Translators: %s is a part's name, such as word/document.xml */
                           _("The document's part “%s” unpacks to more than %d MB"),
                           name, VITAE_MAX_FILE_SIZE / (1024 * 1024));
              archive_read_free (archive);
              return NULL;
            }
          g_byte_array_append (content, (guint8 *) buffer, n);
        }
      if (n < 0)
        goto broken;

      archive_read_free (archive);
      return g_byte_array_free_to_bytes (g_steal_pointer (&content));
    }
  if (status != ARCHIVE_EOF)
    goto broken;

  archive_read_free (archive);
  g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
               _("The document has no part “%s”: it is not a word processor file"), name);
  return NULL;

broken:
  g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
               /* Translators: %s is libarchive's reason */
               _("The document is not a readable ZIP file: %s"),
               archive_error_string (archive) ? archive_error_string (archive) : "?");
  archive_read_free (archive);
  return NULL;
}

static gboolean
is_element (xmlNodePtr  node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

/* Paragraphs a line, tabs and line breaks as such; in DOCX only the text
 * of w:t counts (w:instrText and friends are field codes). */
static void
collect_text (xmlNodePtr  node,
              gboolean    odf,
              GString    *text)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (odf || is_element (node, "t"))
            g_string_append (text, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (child, "tab"))
        g_string_append_c (text, '\t');
      else if (is_element (child, "br") || is_element (child, "line-break"))
        g_string_append_c (text, '\n');
      else if (odf && is_element (child, "s"))
        {
          g_autofree xmlChar *count = xmlGetProp (child, BAD_CAST "c");
          guint64 n = count ? g_ascii_strtoull ((const char *) count, NULL, 10) : 1;

          for (guint64 i = 0; i < MIN (n, 1000); i++)
            g_string_append_c (text, ' ');
        }
      else if (is_element (child, "instrText") || is_element (child, "delText"))
        continue;
      else
        {
          collect_text (child, odf, text);
          if (is_element (child, "p") || is_element (child, "h"))
            g_string_append_c (text, '\n');
        }
    }
}

/**
 * vitae_office_read_text:
 * @file: a .docx or .odt file's bytes
 * @odf: %TRUE for OpenDocument, %FALSE for Office Open XML
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the document's text, a paragraph a
 *   line, with tabs where the document has them
 */
char *
vitae_office_read_text (GBytes    *file,
                        gboolean   odf,
                        GError   **error)
{
  g_autoptr(GBytes) part = NULL;
  const char *name = odf ? "content.xml" : "word/document.xml";
  xmlDocPtr doc;
  GString *text;
  gsize size;
  const char *data;

  g_return_val_if_fail (file != NULL, NULL);

  if (!(part = read_zip_part (file, name, error)))
    return NULL;

  data = g_bytes_get_data (part, &size);
  /* No DTDs, no entities, no network: the same rules as for .vitae. */
  doc = xmlReadMemory (data, (int) size, name, "UTF-8",
                       XML_PARSE_NONET);
  if (doc == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   _("The document's text (%s) is not well-formed XML"), name);
      return NULL;
    }

  text = g_string_new (NULL);
  collect_text (xmlDocGetRootElement (doc), odf, text);
  xmlFreeDoc (doc);

  if (!g_utf8_validate (text->str, text->len, NULL))
    {
      g_string_free (text, TRUE);
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   _("The document's text (%s) is not valid UTF-8"), name);
      return NULL;
    }

  return g_string_free (text, FALSE);
}
