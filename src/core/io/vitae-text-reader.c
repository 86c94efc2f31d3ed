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
 * refused before it is read whole (a ZIP bomb stops at the limit).
 *
 * The PDF readers are in vitae-text-reader-pdf.c. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "vitae-error.h"
#include "vitae-io.h"
#include "vitae-text-reader.h"

#define MAX_PARTS 2000
/* A ZIP part may unpack to at most MAX_RATIO times the size of the file,
 * once past MAX_RATIO_FLOOR bytes. */
#define MAX_RATIO       200
#define MAX_RATIO_FLOOR (1024 * 1024)

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
      {
        const char *path = archive_entry_pathname (entry);

        if (path == NULL || path[0] == '/' || path[0] == '\\' || strstr (path, "..") != NULL)
          {
            g_autofree char *valid = g_utf8_make_valid (path ? path : "", -1);

            g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                         /* Translators: %s is a path inside a ZIP file */
                         _("The document holds a part outside itself (“%s”)"), valid);
            archive_read_free (archive);
            return NULL;
          }
        if (g_strcmp0 (path, name) != 0)
          continue;
      }

      content = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          /* A part that unpacks to hundreds of times the whole file's
           * size is a ZIP bomb, refused long before the size limit. */
          if (content->len + (gsize) n > MAX_RATIO_FLOOR &&
              content->len + (gsize) n > MAX_RATIO * size)
            {
              g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                           /* Translators: %s is a part's name, %d a ratio */
                           _("The document's part “%s” unpacks to more than %d times the file's size"),
                           name, MAX_RATIO);
              archive_read_free (archive);
              return NULL;
            }
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

/* Structured reading, for importers
 *
 * The same readers, keeping per line (a paragraph of a word processor
 * file, a line of a PDF page) what tells its role: the paragraph style,
 * whether it is a list item, whether its text is all bold or italic, and
 * for a PDF the font size and the space above it. */

void
vitae_text_line_free (gpointer data)
{
  VitaeTextLine *line = data;

  if (line == NULL)
    return;
  g_free (line->text);
  g_free (line->style);
  g_free (line);
}

/* A copy of @line with the text @text (NULL: its own). */
VitaeTextLine *
vitae_text_line_copy (const VitaeTextLine *line,
                      const char          *text)
{
  VitaeTextLine *copy = g_new (VitaeTextLine, 1);

  *copy = *line;
  copy->text = g_strdup (text != NULL ? text : line->text);
  copy->style = g_strdup (line->style);
  return copy;
}

/* A deep copy of the array of VitaeTextLine @lines. */
GPtrArray *
vitae_text_lines_copy (GPtrArray *lines)
{
  return vitae_text_lines_copy_n (lines, lines->len);
}

/* A deep copy of the first @n lines of the array of VitaeTextLine @lines:
 * what a pass that changes a line keeps of those before it. */
GPtrArray *
vitae_text_lines_copy_n (GPtrArray *lines,
                         guint      n)
{
  GPtrArray *copy = g_ptr_array_new_full (MAX (n, 1), vitae_text_line_free);

  g_return_val_if_fail (n <= lines->len, copy);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, vitae_text_line_copy (g_ptr_array_index (lines, i), NULL));
  return copy;
}

static gboolean
on_off (xmlNodePtr node)
{
  g_autofree xmlChar *value = xmlGetProp (node, BAD_CAST "val");

  return value == NULL || !(xmlStrEqual (value, BAD_CAST "0") || xmlStrEqual (value, BAD_CAST "false") ||
                            xmlStrEqual (value, BAD_CAST "none"));
}

static xmlNodePtr
child_element (xmlNodePtr  node,
               const char *name)
{
  for (xmlNodePtr child = node ? node->children : NULL; child != NULL; child = child->next)
    if (is_element (child, name))
      return child;
  return NULL;
}

/* Whether every run of a DOCX paragraph that holds text has @property
 * ("b", "i") on; runs are w:r, maybe inside w:hyperlink. */
static void
docx_runs (xmlNodePtr  node,
           const char *property,
           guint      *n_text,
           guint      *n_on)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "r"))
        {
          xmlNodePtr t = child_element (child, "t");
          xmlNodePtr rpr = child_element (child, "rPr");
          xmlNodePtr p = child_element (rpr, property);
          g_autofree xmlChar *content = t ? xmlNodeGetContent (t) : NULL;

          if (content == NULL || g_strstrip ((char *) content)[0] == '\0')
            continue;
          (*n_text)++;
          if (p != NULL && on_off (p))
            (*n_on)++;
        }
      else if (is_element (child, "hyperlink") || is_element (child, "smartTag") || is_element (child, "ins"))
        docx_runs (child, property, n_text, n_on);
    }
}

static void
add_line (GPtrArray  *lines,
          GString    *text,
          const char *style,
          guint       flags)
{
  VitaeTextLine *line;

  /* Trailing line breaks and spaces carry nothing. */
  while (text->len > 0 && (text->str[text->len - 1] == '\n' || text->str[text->len - 1] == ' '))
    g_string_truncate (text, text->len - 1);
  if (text->len == 0)
    return;

  line = g_new0 (VitaeTextLine, 1);
  line->text = g_strdup (text->str);
  line->style = g_strdup (style);
  line->flags = flags;
  g_ptr_array_add (lines, line);
}

static void
docx_lines (xmlNodePtr  node,
            GPtrArray  *lines)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (child, "p"))
        {
          xmlNodePtr ppr = child_element (child, "pPr");
          xmlNodePtr pstyle = child_element (ppr, "pStyle");
          g_autofree xmlChar *style = pstyle ? xmlGetProp (pstyle, BAD_CAST "val") : NULL;
          g_autoptr(GString) text = g_string_new (NULL);
          guint flags = 0, n_text = 0, n_on = 0;

          collect_text (child, FALSE, text);
          if (child_element (ppr, "numPr") != NULL ||
              (style != NULL && strstr ((const char *) style, "List") != NULL))
            flags |= VITAE_TEXT_LINE_LIST;
          docx_runs (child, "b", &n_text, &n_on);
          if (n_text > 0 && n_on == n_text)
            flags |= VITAE_TEXT_LINE_BOLD;
          n_text = n_on = 0;
          docx_runs (child, "i", &n_text, &n_on);
          if (n_text > 0 && n_on == n_text)
            flags |= VITAE_TEXT_LINE_ITALIC;
          add_line (lines, text, (const char *) style, flags);
        }
      else
        docx_lines (child, lines);
    }
}

static guint
count_digits (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += g_ascii_isdigit (*p) != 0;
  return n;
}

/* Moves to @lines the lines @found in a page header or footer (@footer),
 * but not those that @body or @lines have already (a name repeated, the
 * same footer for the first page and the others); of a footer only
 * those with contact details (an e-mail address, a phone number), not
 * page numbers. */
static void
add_margin_lines (GPtrArray *found,
                  gboolean   footer,
                  GPtrArray *body,
                  GPtrArray *lines)
{
  for (guint i = 0; i < found->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (found, i);
      gboolean known = footer && !strchr (line->text, '@') && count_digits (line->text) < 7;

      for (guint k = 0; k < body->len && !known; k++)
        known = g_str_equal (((VitaeTextLine *) g_ptr_array_index (body, k))->text, line->text);
      for (guint k = 0; k < lines->len && !known; k++)
        known = g_str_equal (((VitaeTextLine *) g_ptr_array_index (lines, k))->text, line->text);
      if (!known)
        g_ptr_array_add (lines, g_ptr_array_steal_index (found, i--));
    }
}

/* Adds to @lines the paragraphs of a Word document's page headers or
 * footers (@kind "header" or "footer": word/header1.xml …), where many
 * templates set the name and contact details (add_margin_lines()). */
static void
docx_margin_lines (GBytes     *file,
                   const char *kind,
                   GPtrArray  *body,
                   GPtrArray  *lines)
{
  for (guint n = 1; n <= 6; n++)
    {
      g_autofree char *name = g_strdup_printf ("word/%s%u.xml", kind, n);
      g_autoptr(GBytes) part = read_zip_part (file, name, NULL);
      g_autoptr(GPtrArray) found = NULL;
      xmlDocPtr doc;
      gsize size;
      const char *data;

      /* Word numbers them from 1 on. */
      if (part == NULL)
        break;
      data = g_bytes_get_data (part, &size);
      doc = xmlReadMemory (data, (int) size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      if (doc == NULL)
        continue;
      found = g_ptr_array_new_with_free_func (vitae_text_line_free);
      docx_lines (xmlDocGetRootElement (doc), found);
      xmlFreeDoc (doc);
      add_margin_lines (found, g_str_equal (kind, "footer"), body, lines);
    }
}

typedef struct
{
  GHashTable *parents;   /* automatic style → its parent style */
  GHashTable *bold;      /* style names whose text is bold */
  GHashTable *italic;
} OdfStyles;

static void
odf_read_styles (xmlNodePtr  node,
                 OdfStyles  *styles)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "style"))
        {
          g_autofree xmlChar *name = xmlGetProp (child, BAD_CAST "name");
          g_autofree xmlChar *parent = xmlGetProp (child, BAD_CAST "parent-style-name");
          xmlNodePtr props = child_element (child, "text-properties");
          g_autofree xmlChar *weight = props ? xmlGetProp (props, BAD_CAST "font-weight") : NULL;
          g_autofree xmlChar *slant = props ? xmlGetProp (props, BAD_CAST "font-style") : NULL;

          if (name == NULL)
            continue;
          if (parent != NULL)
            g_hash_table_insert (styles->parents, g_strdup ((char *) name), g_strdup ((char *) parent));
          if (weight != NULL && (xmlStrEqual (weight, BAD_CAST "bold") || atoi ((char *) weight) >= 600))
            g_hash_table_add (styles->bold, g_strdup ((char *) name));
          if (slant != NULL && xmlStrEqual (slant, BAD_CAST "italic"))
            g_hash_table_add (styles->italic, g_strdup ((char *) name));
        }
      else if (child->type == XML_ELEMENT_NODE)
        odf_read_styles (child, styles);
    }
}

/* Counts the spans of text of an ODF paragraph, and those in @set. */
static void
odf_spans (xmlNodePtr  node,
           GHashTable *set,
           gboolean    inherited,
           guint      *n_text,
           guint      *n_on)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        {
          g_autofree char *copy = g_strdup ((const char *) child->content);

          if (g_strstrip (copy)[0] == '\0')
            continue;
          (*n_text)++;
          if (inherited)
            (*n_on)++;
        }
      else if (is_element (child, "span") || is_element (child, "a"))
        {
          g_autofree xmlChar *name = xmlGetProp (child, BAD_CAST "style-name");

          odf_spans (child, set, inherited || (name && g_hash_table_contains (set, name)), n_text, n_on);
        }
    }
}

static void
odf_lines (xmlNodePtr  node,
           OdfStyles  *styles,
           gboolean    in_list,
           GPtrArray  *lines)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (child, "p") || is_element (child, "h"))
        {
          g_autofree xmlChar *name = xmlGetProp (child, BAD_CAST "style-name");
          const char *style = (const char *) name;
          const char *parent = name ? g_hash_table_lookup (styles->parents, name) : NULL;
          g_autoptr(GString) text = g_string_new (NULL);
          g_autofree char *display = NULL;
          gboolean bold, italic;
          guint flags = in_list ? VITAE_TEXT_LINE_LIST : 0;
          guint n_text = 0, n_on = 0;

          /* An automatic style (P3) stands for its parent (Heading_20_1). */
          if (parent != NULL)
            style = parent;
          if (is_element (child, "h") && (style == NULL || strstr (style, "Heading") == NULL))
            style = "Heading";
          bold = name && (g_hash_table_contains (styles->bold, name) ||
                          (parent && g_hash_table_contains (styles->bold, parent)));
          italic = name && (g_hash_table_contains (styles->italic, name) ||
                            (parent && g_hash_table_contains (styles->italic, parent)));
          odf_spans (child, styles->bold, bold, &n_text, &n_on);
          if (n_text > 0 && n_on == n_text)
            flags |= VITAE_TEXT_LINE_BOLD;
          n_text = n_on = 0;
          odf_spans (child, styles->italic, italic, &n_text, &n_on);
          if (n_text > 0 && n_on == n_text)
            flags |= VITAE_TEXT_LINE_ITALIC;

          collect_text (child, TRUE, text);
          /* ODF escapes spaces in style names: "List_20_Bullet". */
          if (style != NULL)
            {
              g_auto(GStrv) parts = g_strsplit (style, "_20_", -1);

              display = g_strjoinv (" ", parts);
            }
          add_line (lines, text, display, flags);
        }
      else if (is_element (child, "list-item") || is_element (child, "list"))
        odf_lines (child, styles, TRUE, lines);
      else
        odf_lines (child, styles, in_list, lines);
    }
}

/* Runs odf_lines() on every page header (@kind "header") or footer
 * ("footer") under @node: style:header, style:header-first … of the
 * master pages in styles.xml. */
static void
odf_margin_lines (xmlNodePtr  node,
                  OdfStyles  *styles,
                  const char *kind,
                  GPtrArray  *found)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_has_prefix ((const char *) child->name, kind))
        odf_lines (child, styles, FALSE, found);
      else
        odf_margin_lines (child, styles, kind, found);
    }
}

/* The lines of an OpenDocument text: its page header's, its body's
 * (content.xml, @doc) and its footer's contact details
 * (add_margin_lines()), with the styles of styles.xml and content.xml. */
static void
odf_document_lines (GBytes    *file,
                    xmlDocPtr  doc,
                    GPtrArray *lines)
{
  OdfStyles styles = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  g_autoptr(GBytes) styles_part = read_zip_part (file, "styles.xml", NULL);
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (vitae_text_line_free);
  g_autoptr(GPtrArray) footer = g_ptr_array_new_with_free_func (vitae_text_line_free);
  xmlDocPtr styles_doc = NULL;

  /* Text styles (bold, italic) may be defined in styles.xml. */
  if (styles_part != NULL)
    {
      gsize styles_size;
      const char *styles_data = g_bytes_get_data (styles_part, &styles_size);

      styles_doc = xmlReadMemory (styles_data, (int) styles_size, "styles.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      if (styles_doc != NULL)
        odf_read_styles (xmlDocGetRootElement (styles_doc), &styles);
    }
  odf_read_styles (xmlDocGetRootElement (doc), &styles);
  odf_lines (xmlDocGetRootElement (doc), &styles, FALSE, body);
  if (styles_doc != NULL)
    {
      odf_margin_lines (xmlDocGetRootElement (styles_doc), &styles, "header", header);
      odf_margin_lines (xmlDocGetRootElement (styles_doc), &styles, "footer", footer);
      xmlFreeDoc (styles_doc);
    }

  add_margin_lines (header, FALSE, body, lines);
  for (guint i = 0; i < body->len; i++)
    g_ptr_array_add (lines, g_ptr_array_steal_index (body, i--));
  add_margin_lines (footer, TRUE, lines, lines);
  g_hash_table_unref (styles.parents);
  g_hash_table_unref (styles.bold);
  g_hash_table_unref (styles.italic);
}

/**
 * vitae_office_read_lines:
 * @file: a .docx or .odt file's bytes
 * @odf: %TRUE for OpenDocument, %FALSE for Office Open XML
 * @error: a #GError
 *
 * Returns: (transfer container) (element-type VitaeTextLine) (nullable):
 *   the non-empty paragraphs of the document, in order, with their style
 *   name, list, bold and italic marks
 */
GPtrArray *
vitae_office_read_lines (GBytes    *file,
                         gboolean   odf,
                         GError   **error)
{
  g_autoptr(GBytes) part = NULL;
  const char *name = odf ? "content.xml" : "word/document.xml";
  GPtrArray *lines;
  xmlDocPtr doc;
  gsize size;
  const char *data;

  g_return_val_if_fail (file != NULL, NULL);

  if (!(part = read_zip_part (file, name, error)))
    return NULL;

  data = g_bytes_get_data (part, &size);
  doc = xmlReadMemory (data, (int) size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   _("The document's text (%s) is not well-formed XML"), name);
      return NULL;
    }

  lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  if (odf)
    odf_document_lines (file, doc, lines);
  else
    {
      g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (vitae_text_line_free);

      /* The page header's lines first, the footer's last. */
      docx_lines (xmlDocGetRootElement (doc), body);
      docx_margin_lines (file, "header", body, lines);
      for (guint i = 0; i < body->len; i++)
        g_ptr_array_add (lines, g_ptr_array_steal_index (body, i--));
      docx_margin_lines (file, "footer", lines, lines);
    }
  xmlFreeDoc (doc);

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (!g_utf8_validate (line->text, -1, NULL) || (line->style && !g_utf8_validate (line->style, -1, NULL)))
        {
          g_ptr_array_unref (lines);
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                       _("The document's text (%s) is not valid UTF-8"), name);
          return NULL;
        }
    }

  return lines;
}
