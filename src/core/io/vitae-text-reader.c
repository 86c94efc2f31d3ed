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
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "vitae-error.h"
#include "vitae-io.h"
#include "vitae-text-reader.h"

#define MAX_PARTS 2000
/* A ZIP part may unpack to at most MAX_RATIO times the size of the file,
 * once past MAX_RATIO_FLOOR bytes. */
#define MAX_RATIO       200
#define MAX_RATIO_FLOOR (1024 * 1024)

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
    {
      OdfStyles styles = {
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
        g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
      };

      g_autoptr(GBytes) styles_part = read_zip_part (file, "styles.xml", NULL);

      /* Text styles (bold, italic) may be defined in styles.xml. */
      if (styles_part != NULL)
        {
          gsize styles_size;
          const char *styles_data = g_bytes_get_data (styles_part, &styles_size);
          xmlDocPtr styles_doc = xmlReadMemory (styles_data, (int) styles_size, "styles.xml", "UTF-8",
                                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

          if (styles_doc != NULL)
            {
              odf_read_styles (xmlDocGetRootElement (styles_doc), &styles);
              xmlFreeDoc (styles_doc);
            }
        }
      odf_read_styles (xmlDocGetRootElement (doc), &styles);
      odf_lines (xmlDocGetRootElement (doc), &styles, FALSE, lines);
      g_hash_table_unref (styles.parents);
      g_hash_table_unref (styles.bold);
      g_hash_table_unref (styles.italic);
    }
  else
    docx_lines (xmlDocGetRootElement (doc), lines);
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

static gboolean
font_is_bold (const char *font)
{
  g_autofree char *folded = font ? g_ascii_strdown (font, -1) : NULL;

  return folded != NULL && (strstr (folded, "bold") || strstr (folded, "black") ||
                            strstr (folded, "heavy") || strstr (folded, "semibold") ||
                            strstr (folded, "demi"));
}

static gboolean
font_is_italic (const char *font)
{
  g_autofree char *folded = font ? g_ascii_strdown (font, -1) : NULL;

  return folded != NULL && (strstr (folded, "italic") || strstr (folded, "oblique"));
}

typedef struct
{
  double  top, bottom;
  GArray *chars;      /* of guint, indexes into the page's characters */
  gboolean rtl;
} PdfLine;

static void
pdf_line_clear (gpointer data)
{
  PdfLine *line = data;

  g_array_unref (line->chars);
}

static const PopplerRectangle *sort_rects;
static const guint *sort_rect_of;

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  double xa = sort_rects[sort_rect_of[*(const guint *) a]].x1;
  double xb = sort_rects[sort_rect_of[*(const guint *) b]].x1;

  return xa < xb ? -1 : xa > xb ? 1 : (int) *(const guint *) a - (int) *(const guint *) b;
}

static int
compare_top (gconstpointer a,
             gconstpointer b)
{
  const PdfLine *la = a, *lb = b;

  return la->top < lb->top ? -1 : la->top > lb->top ? 1 : 0;
}

typedef struct
{
  gssize space;   /* where in the line's text */
  double width;   /* of the gap, in points */
  double size;    /* the font size of the word after it */
} WordGap;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* A space at least half an em wide and twice as wide as the line's other
 * spaces (their median; 0.29 em, a wide space, when it has no other:
 * a large name's letter-spaced capitals stay together) sets two
 * parts of a line apart, as a tab would: "Acme Corp <0.6 em> Berlin".
 * Justified lines widen all their spaces alike. */
static void
split_at_wide_spaces (GString *raw,
                      GArray  *gaps)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      const WordGap *gap = &g_array_index (gaps, WordGap, i);
      g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (double));
      double typical = 0.29 * gap->size;

      for (guint k = 0; k < gaps->len; k++)
        if (k != i)
          g_array_append_val (others, g_array_index (gaps, WordGap, k).width);
      if (others->len > 0)
        {
          g_array_sort (others, compare_double);
          typical = g_array_index (others, double, others->len / 2);
        }
      if (gap->size > 0 && gap->width >= 0.5 * gap->size && gap->width >= 2 * MAX (typical, 0.1 * gap->size) &&
          (gsize) gap->space < raw->len && raw->str[gap->space] == ' ')
        raw->str[gap->space] = '\t';
    }
}

/* Words of very different sizes on one line are apart, as far apart as
 * a tab: a name set large with a small title beside it ("Ada Lovelace
 * Analyst"). Sizes are compared word by word, so that small capitals
 * faked with a larger first letter stay whole. */
static void
split_at_size_change (GString *raw,
                      gssize   space,
                      double   before,
                      double   after)
{
  if (space >= 0 && (gsize) space < raw->len && raw->str[space] == ' ' && before > 0 && after > 0 &&
      MAX (before, after) >= 1.5 * MIN (before, after))
    raw->str[space] = '\t';
}

/* Adds the lines of one page. The characters are gathered into lines by
 * their height on the page, so that what stands on one line (an entry's
 * title and its right-aligned dates) reads as one, in order from left to
 * right; characters further apart than twice the font size (those dates,
 * the columns of a table) are separated by a tab, and so are words set
 * apart by a wide space (split_at_wide_spaces()) or in very different
 * sizes (split_at_size_change()). */
static void
pdf_page_lines (PopplerPage *page,
                int          page_number,
                GPtrArray   *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree gunichar *chars = NULL;
  g_autofree PopplerTextAttributes **by_char = NULL;
  g_autofree guint *rect_of = NULL;
  g_autoptr(GArray) rows = NULL;
  GList *attributes;
  guint n_rects = 0;
  glong n_chars;
  double prev_bottom = -1;

  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    return;
  chars = g_utf8_to_ucs4_fast (text, -1, &n_chars);

  /* The RLE … PDF marks around right-to-left characters have no place on
   * the page: each takes the one of the character it marks. */
  rect_of = g_new0 (guint, n_chars + 1);
  {
    guint ri = 0;

    for (glong ci = 0; ci < n_chars; ci++)
      {
        if (chars[ci] == RLE)
          rect_of[ci] = ri;
        else if (chars[ci] == PDF)
          rect_of[ci] = ri > 0 ? ri - 1 : 0;
        else
          rect_of[ci] = ri++;
      }
    if (ri != n_rects)
      return;
  }

  attributes = poppler_page_get_text_attributes (page);
  by_char = g_new0 (PopplerTextAttributes *, n_rects + 1);
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      for (int k = MAX (a->start_index, 0); k <= a->end_index && k < (int) n_rects; k++)
        by_char[k] = a;
    }

  rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));
  g_array_set_clear_func (rows, pdf_line_clear);
  for (guint i = 0; i < (guint) n_chars; i++)
    {
      const PopplerRectangle *r = &rects[MIN (rect_of[i], n_rects - 1)];
      double middle = (r->y1 + r->y2) / 2;
      PdfLine *row = NULL;

      if (chars[i] == '\n' || n_rects == 0 || r->y2 <= r->y1)
        continue;
      for (guint k = rows->len; k > 0; k--)
        {
          PdfLine *candidate = &g_array_index (rows, PdfLine, k - 1);

          double row_middle = (candidate->top + candidate->bottom) / 2;
          double height = MIN (candidate->bottom - candidate->top, r->y2 - r->y1);

          /* On the same line: the middles close, for the size of the
           * smaller (a large name beside small contact lines is apart). */
          if (ABS (middle - row_middle) < 0.35 * height)
            {
              row = candidate;
              break;
            }
        }
      if (row == NULL)
        {
          PdfLine fresh = { r->y1, r->y2, g_array_new (FALSE, FALSE, sizeof (guint)), FALSE };

          g_array_append_val (rows, fresh);
          row = &g_array_index (rows, PdfLine, rows->len - 1);
        }
      if (chars[i] == RLE || chars[i] == PDF)
        row->rtl = TRUE;
      g_array_append_val (row->chars, i);
    }
  g_array_sort (rows, compare_top);

  sort_rects = rects;
  sort_rect_of = rect_of;

  /* Two columns: when many lines have a second part starting at the same
   * place in the middle of the page (between a quarter and 70 % of its
   * width: right-aligned dates stand further right), the page is read as
   * a left column, then a right one. */
  {
    double page_width = 0, page_height = 0, gutter = -1;
    g_autoptr(GHashTable) starts = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autoptr(GArray) start_xs = g_array_new (FALSE, FALSE, sizeof (double));
    guint best = 0;

    poppler_page_get_size (page, &page_width, &page_height);
    for (guint k = 0; k < rows->len; k++)
      {
        PdfLine *row = &g_array_index (rows, PdfLine, k);
        double prev = -1;

        if (row->rtl)
          continue;
        g_array_sort (row->chars, compare_x);
        for (guint j = 0; j < row->chars->len; j++)
          {
            guint i = g_array_index (row->chars, guint, j);
            const PopplerRectangle *r = &rects[rect_of[i]];
            PopplerTextAttributes *a = by_char[rect_of[i]];

            if (g_unichar_isspace (chars[i]))
              continue;
            /* A line of the right column alone, where the left one has
             * a gap, starts there too. */
            if ((prev >= 0 && r->x1 - prev > 2 * MAX (a ? a->font_size : 0, 5.0)) ||
                (prev < 0 && r->x1 > page_width * 0.25 && r->x1 < page_width * 0.7))
              {
                int bucket = (int) (r->x1 / 6);
                guint count = GPOINTER_TO_UINT (g_hash_table_lookup (starts, GINT_TO_POINTER (bucket))) + 1;

                g_hash_table_insert (starts, GINT_TO_POINTER (bucket), GUINT_TO_POINTER (count));
                g_array_append_val (start_xs, r->x1);
                if (count > best && r->x1 > page_width * 0.25 && r->x1 < page_width * 0.7)
                  best = count, gutter = bucket * 6.0;
                break;
              }
            prev = r->x2;
          }
      }

    /* The column starts at its headings, left of its indented bullets. */
    if (gutter > 0)
      {
        double edge = gutter;

        for (guint k = 0; k < start_xs->len; k++)
          {
            double x = g_array_index (start_xs, double, k);

            if (x >= gutter - 24 && x < edge)
              edge = x;
          }
        gutter = MIN (gutter, floor (edge / 6) * 6.0);
      }

    /* A narrow left column of headings alone (a word processor's table
     * with the section headings in its first column, beside or level
     * with their sections) is no sidebar: no more than two of its lines
     * follow each other, and each is a few words without digits or
     * punctuation. The importer reads those as side headings. */
    if (gutter > 0)
      {
        guint run = 0, longest = 0;
        gboolean seen_both = FALSE, headings = TRUE;

        for (guint k = 0; k < rows->len && headings; k++)
          {
            PdfLine *row = &g_array_index (rows, PdfLine, k);
            gboolean left = FALSE, right = FALSE, across = FALSE, in_word = FALSE;
            guint n_words = 0, n_letters = 0;

            for (guint j = 0; j < row->chars->len; j++)
              {
                guint i = g_array_index (row->chars, guint, j);
                const PopplerRectangle *r = &rects[rect_of[i]];

                across |= !g_unichar_isspace (chars[i]) && r->x1 < gutter - 3 && r->x2 > gutter + 3;
                if (r->x1 >= gutter - 3)
                  {
                    right |= !g_unichar_isspace (chars[i]);
                    continue;
                  }
                if (g_unichar_isspace (chars[i]))
                  {
                    in_word = FALSE;
                    continue;
                  }
                left = TRUE;
                n_letters++;
                n_words += !in_word;
                in_word = TRUE;
                if (g_unichar_isdigit (chars[i]) || (chars[i] < 128 && strchr (",:/@|()", (char) chars[i])))
                  n_words = 99;
              }
            if (across || !(seen_both || (left && right)))
              {
                run = 0;
                continue;
              }
            seen_both = TRUE;
            run = left ? run + 1 : 0;
            longest = MAX (longest, run);
            if (left && (n_words > 4 || n_letters > 32))
              headings = FALSE;
          }
        if (headings && longest <= 2)
          gutter = -1;
      }

    if (gutter > 0 && best >= MAX (4, rows->len / 4))
      {
        g_autoptr(GArray) right = g_array_new (FALSE, TRUE, sizeof (PdfLine));

        gboolean started = FALSE;

        g_array_set_clear_func (right, pdf_line_clear);
        for (guint k = 0; k < rows->len; k++)
          {
            PdfLine *row = &g_array_index (rows, PdfLine, k);
            PdfLine part;
            GArray *kept;
            double left_end = -1, right_start = G_MAXDOUBLE;

            /* Lines above the first one that is split (a centred header)
             * and lines that run across the gutter stay whole. */
            for (guint j = 0; j < row->chars->len; j++)
              {
                guint i = g_array_index (row->chars, guint, j);
                const PopplerRectangle *r = &rects[rect_of[i]];

                if (g_unichar_isspace (chars[i]))
                  continue;
                if (r->x1 < gutter - 3)
                  left_end = MAX (left_end, r->x2);
                else
                  right_start = MIN (right_start, r->x1);
              }
            if (right_start == G_MAXDOUBLE || right_start - left_end < 10 ||
                (!started && left_end < 0))
              continue;
            started = TRUE;

            part = (PdfLine) { row->top, row->bottom, g_array_new (FALSE, FALSE, sizeof (guint)), row->rtl };
            kept = g_array_new (FALSE, FALSE, sizeof (guint));

            for (guint j = 0; j < row->chars->len; j++)
              {
                guint i = g_array_index (row->chars, guint, j);

                if (rects[rect_of[i]].x1 >= gutter - 3)
                  g_array_append_val (part.chars, i);
                else
                  g_array_append_val (kept, i);
              }
            g_array_unref (row->chars);
            row->chars = kept;
            if (part.chars->len > 0)
              g_array_append_val (right, part);
            else
              g_array_unref (part.chars);
          }
        for (guint k = 0; k < right->len; k++)
          {
            PdfLine moved = g_array_index (right, PdfLine, k);

            g_array_append_val (rows, moved);
            g_array_index (right, PdfLine, k).chars = NULL;
          }
        g_array_set_clear_func (right, NULL);
      }
  }

  for (guint k = 0; k < rows->len; k++)
    {
      PdfLine *row = &g_array_index (rows, PdfLine, k);

      /* The right column starts again at the top. */
      if (k > 0 && row->top < g_array_index (rows, PdfLine, k - 1).top - 1)
        prev_bottom = -1;
      if (row->chars->len == 0)
        continue;
      {
      g_autoptr(GString) raw = g_string_new (NULL);
      g_autoptr(GString) logical = g_string_new (NULL);
      double top = -1, bottom = -1, left = -1, prev_x2 = -1, size = 0;
      double word_size = 0, prev_word_size = 0, gap_x = -1;
      gssize space_before_word = -1;
      g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (WordGap));
      guint n = 0, n_bold = 0, n_italic = 0;

      if (!row->rtl)
        g_array_sort (row->chars, compare_x);
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &rects[rect_of[i]];
          PopplerTextAttributes *a = by_char[rect_of[i]];
          gunichar c = chars[i];

          /* Icons (private-use glyphs of icon fonts) and control
           * characters are no text: a space stands for them. */
          if (g_unichar_type (c) == G_UNICODE_PRIVATE_USE || (g_unichar_iscntrl (c) && c != '\t') ||
              c == 0xFFFD)
            c = ' ';
          /* Zero-width spaces and joiners (Google Docs sets one around
           * nearly every word) are nothing at all. */
          if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
            continue;

          if (c == RLE)
            {
              double char_size = a ? a->font_size : 0;

              /* The gap before a right-to-left character comes before
               * its mark. */
              if (prev_x2 >= 0 && r->x1 - prev_x2 > 2 * MAX (char_size, 5.0))
                {
                  while (raw->len > 0 && raw->str[raw->len - 1] == ' ')
                    g_string_truncate (raw, raw->len - 1);
                  g_string_append_c (raw, '\t');
                  if (gap_x < 0 && !row->rtl)
                    gap_x = r->x1;
                }
              /* A right-to-left run after a space. */
              else if (prev_x2 >= 0 && raw->len > 0 && raw->str[raw->len - 1] == ' ')
                {
                  WordGap gap = { (gssize) raw->len - 1, r->x1 - prev_x2, char_size };

                  g_array_append_val (gaps, gap);
                }
              prev_x2 = r->x1;
            }
          else if (!g_unichar_isspace (c) && c != PDF)
            {
              double char_size = a ? a->font_size : 0;
              double gap_before = prev_x2 >= 0 ? r->x1 - prev_x2 : -1;

              if (prev_x2 >= 0 && r->x1 - prev_x2 > 2 * MAX (char_size, 5.0))
                {
                  while (raw->len > 0 && raw->str[raw->len - 1] == ' ')
                    g_string_truncate (raw, raw->len - 1);
                  g_string_append_c (raw, '\t');
                  if (gap_x < 0 && !row->rtl)
                    gap_x = r->x1;
                }
              /* A visible gap without a space (words set apart by an icon
               * or by position) is a space. */
              else if (prev_x2 >= 0 && r->x1 - prev_x2 > 0.3 * MAX (char_size, 5.0) &&
                       raw->len > 0 && raw->str[raw->len - 1] != ' ' && raw->str[raw->len - 1] != '\t')
                g_string_append_c (raw, ' ');
              prev_x2 = r->x2;
              if (left < 0)
                left = r->x1;
              if (top < 0 || r->y1 < top)
                top = r->y1;
              if (r->y2 > bottom)
                bottom = r->y2;
              size = MAX (size, char_size);
              /* A word starts: the one before it has its size. */
              if (word_size > 0 && raw->len > 0 &&
                  (raw->str[raw->len - 1] == ' ' || raw->str[raw->len - 1] == '\t'))
                {
                  split_at_size_change (raw, space_before_word, prev_word_size, word_size);
                  prev_word_size = word_size;
                  word_size = 0;
                  space_before_word = raw->str[raw->len - 1] == ' ' ? (gssize) raw->len - 1 : -1;
                  if (space_before_word >= 0 && gap_before >= 0 && !row->rtl)
                    {
                      WordGap gap = { space_before_word, gap_before, char_size };

                      g_array_append_val (gaps, gap);
                    }
                }
              word_size = MAX (word_size, char_size);
              n++;
              n_bold += a && font_is_bold (a->font_name);
              n_italic += a && font_is_italic (a->font_name);
            }
          else if (g_unichar_isspace (c) &&
                   (raw->len == 0 || raw->str[raw->len - 1] == ' ' || raw->str[raw->len - 1] == '\t'))
            continue;
          else if (g_unichar_isspace (c))
            c = ' ';
          g_string_append_unichar (raw, c);
        }

      split_at_size_change (raw, space_before_word, prev_word_size, word_size);
      split_at_wide_spaces (raw, gaps);
      append_logical (logical, raw->str);
      g_strstrip (logical->str);
      logical->len = strlen (logical->str);
      if (logical->len > 0 && n > 0 && g_utf8_validate (logical->str, -1, NULL))
        {
          VitaeTextLine *line = g_new0 (VitaeTextLine, 1);

          line->text = g_string_free (g_steal_pointer (&logical), FALSE);
          line->size = size;
          line->page = page_number;
          line->x = left;
          line->tab_x = gap_x;
          line->gap = prev_bottom >= 0 ? top - prev_bottom : 0;
          if (n_bold * 2 > n)
            line->flags |= VITAE_TEXT_LINE_BOLD;
          if (n_italic * 2 > n)
            line->flags |= VITAE_TEXT_LINE_ITALIC;
          g_ptr_array_add (lines, line);
          prev_bottom = bottom;
        }
      }
    }

  poppler_page_free_text_attributes (attributes);
}

/**
 * vitae_pdf_read_lines:
 * @pdf: a PDF file's bytes
 * @max_pages: the most pages to accept; more is an error
 * @error: a #GError
 *
 * Returns: (transfer container) (element-type VitaeTextLine) (nullable):
 *   the text lines of every page in reading order, with their font size,
 *   weight and slant and the space above them
 */
GPtrArray *
vitae_pdf_read_lines (GBytes  *pdf,
                      int      max_pages,
                      GError **error)
{
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *lines;
  int n_pages;

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
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                     _("The PDF is locked with a password: export it again without one"));
      else
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                     /* Translators: %s is poppler's reason */
                     _("The PDF cannot be read: %s"), local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages > max_pages)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %d are numbers of pages */
                   _("The PDF has %d pages; a resume has at most %d"), n_pages, max_pages);
      g_object_unref (document);
      return NULL;
    }

  lines = g_ptr_array_new_with_free_func (vitae_text_line_free);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      if (page != NULL)
        pdf_page_lines (page, i, lines);
      g_clear_object (&page);
    }
  g_object_unref (document);

  return lines;
}
