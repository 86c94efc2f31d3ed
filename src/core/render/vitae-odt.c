/* vitae-odt.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OpenDocument Text (ODF 1.3). The package starts with the uncompressed
 * "mimetype" part, then the manifest, the content, the styles and the
 * metadata. Headings are real headings (text:h at outline level 1), bullets
 * a real list, links text:a; the page layout carries the paper and margins
 * and nothing else: no header, no footer. */

#define G_LOG_DOMAIN "vitae-odt"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-language.h"
#include "vitae-office-private.h"
#include "vitae-package.h"

#define NS_OFFICE   "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE    "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT     "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_FO       "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_SVG      "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define NS_XLINK    "http://www.w3.org/1999/xlink"
#define NS_DC       "http://purl.org/dc/elements/1.1/"
#define NS_META     "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define NS_MANIFEST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

#define MIME_TYPE "application/vnd.oasis.opendocument.text"

typedef xmlTextWriterPtr Writer;

/* Style names; "_20_" is ODF's encoding of a space in a display name. */
static const char * const style_names[] = {
  [VITAE_FLOW_NAME]           = "Name",
  [VITAE_FLOW_HEADLINE]       = "Headline",
  [VITAE_FLOW_CONTACT]        = "Contact",
  [VITAE_FLOW_HEADING]        = "Heading_20_1",
  [VITAE_FLOW_ENTRY_TITLE]    = "Entry_20_Title",
  [VITAE_FLOW_ENTRY_SUBTITLE] = "Entry_20_Subtitle",
  [VITAE_FLOW_BODY]           = "Text_20_body",
  [VITAE_FLOW_BULLET]         = "List_20_Bullet",
};

static const char * const display_names[] = {
  [VITAE_FLOW_NAME]           = "Name",
  [VITAE_FLOW_HEADLINE]       = "Headline",
  [VITAE_FLOW_CONTACT]        = "Contact",
  [VITAE_FLOW_HEADING]        = "Heading 1",
  [VITAE_FLOW_ENTRY_TITLE]    = "Entry Title",
  [VITAE_FLOW_ENTRY_SUBTITLE] = "Entry Subtitle",
  [VITAE_FLOW_BODY]           = "Text body",
  [VITAE_FLOW_BULLET]         = "List Bullet",
};

static void
attr_pt (Writer      w,
         const char *name,
         double      points)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE + 2];

  g_ascii_formatd (text, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", points);
  strcat (text, "pt");
  xml_attr (w, name, text);
}

static void
attr_color (Writer      w,
            const char *name,
            guint32     rgb)
{
  g_autofree char *hex = _vitae_office_dup_color (rgb);
  g_autofree char *value = g_strconcat ("#", hex, NULL);

  xml_attr (w, name, value);
}

/* The language as fo:language and fo:country want it. */
static void
language_attributes (Writer      w,
                     const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", 3);

  xml_attr (w, "fo:language", parts[0]);
  if (parts[0] != NULL && parts[1] != NULL && strlen (parts[1]) == 2)
    xml_attr (w, "fo:country", parts[1]);
  /* Office suites keep a language per kind of script: Arabic and Hebrew
   * text takes the complex one, Chinese, Japanese and Korean the Asian. */
  if (vitae_language_is_rtl (tag))
    xml_attr (w, "style:language-complex", parts[0]);
  else if (g_strv_contains ((const char * const[]) { "zh", "ja", "ko", NULL }, parts[0]))
    xml_attr (w, "style:language-asian", parts[0]);
}

static GBytes *
write_manifest (void)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  static const struct { const char *path; const char *type; } entries[] = {
    { "/", MIME_TYPE },
    { "content.xml", "text/xml" },
    { "styles.xml", "text/xml" },
    { "meta.xml", "text/xml" },
  };

  xml_start (w, "manifest:manifest");
  xml_attr (w, "xmlns:manifest", NS_MANIFEST);
  xml_attr (w, "manifest:version", "1.3");
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      xml_start (w, "manifest:file-entry");
      xml_attr (w, "manifest:full-path", entries[i].path);
      if (i == 0)
        xml_attr (w, "manifest:version", "1.3");
      xml_attr (w, "manifest:media-type", entries[i].type);
      xml_end (w);
    }
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

/* Starts @root, the root element of an ODF part, with the office
 * namespace and the others the part uses, given as prefix and URI pairs
 * up to a %NULL. */
static void
start_root (Writer      w,
            const char *root,
            ...)
{
  va_list args;
  const char *prefix;

  xml_start (w, root);
  xml_attr (w, "xmlns:office", NS_OFFICE);
  va_start (args, root);
  while ((prefix = va_arg (args, const char *)) != NULL)
    {
      g_autofree char *name = g_strconcat ("xmlns:", prefix, NULL);

      xml_attr (w, name, va_arg (args, const char *));
    }
  va_end (args);
  xml_attr (w, "office:version", "1.3");
}

static GBytes *
write_meta (VitaeFlow       *flow,
            VitaeOfficeLook *look)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  g_autofree char *date = _vitae_office_dup_date (look->date);
  g_autofree char *generator = g_strdup_printf ("Vitae/%s", PACKAGE_VERSION);

  start_root (w, "office:document-meta", "dc", NS_DC, "meta", NS_META, NULL);
  xml_start (w, "office:meta");
  xmlTextWriterWriteElement (w, BAD_CAST "meta:generator", BAD_CAST generator);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:title", BAD_CAST flow->title);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:subject", BAD_CAST flow->subject);
  if (flow->author[0] != '\0')
    {
      xmlTextWriterWriteElement (w, BAD_CAST "meta:initial-creator", BAD_CAST flow->author);
      xmlTextWriterWriteElement (w, BAD_CAST "dc:creator", BAD_CAST flow->author);
    }
  xmlTextWriterWriteElement (w, BAD_CAST "meta:creation-date", BAD_CAST date);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:date", BAD_CAST date);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:language", BAD_CAST look->language);
  xml_end (w);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static void
font_face (Writer      w,
           const char *family)
{
  g_autofree char *quoted = g_strdup_printf ("'%s'", family);

  xml_start (w, "style:font-face");
  xml_attr (w, "style:name", family);
  xml_attr (w, "svg:font-family", quoted);
  xml_end (w);
}

/* Arabic and Hebrew: right to left, in every paragraph style (office
 * suites give their own base styles a direction of their own), and flush
 * right unless centred: LibreOffice sets "start" at the left even in a
 * right-to-left paragraph, so the side is named. Returns the alignment to
 * write. */
static const char *
writing_mode (Writer           w,
              VitaeOfficeLook *look,
              const char      *align)
{
  if (!vitae_language_is_rtl (look->language))
    return align;

  xml_attr (w, "style:writing-mode", "rl-tb");
  return align == NULL || g_str_equal (align, "start") ? "right" : align;
}

static void
paragraph_properties (Writer           w,
                      VitaeOfficeLook *look,
                      double           before,
                      gboolean         keep_with_next,
                      gboolean         right_tab,
                      const char      *align)
{
  xml_start (w, "style:paragraph-properties");
  align = writing_mode (w, look, align);
  attr_pt (w, "fo:margin-top", before);
  attr_pt (w, "fo:margin-bottom", 0);
  {
    char percent[32];

    g_snprintf (percent, sizeof percent, "%d%%", (int) (100 * look->template->line_spacing + 0.5));
    xml_attr (w, "fo:line-height", percent);
  }
  if (keep_with_next)
    xml_attr (w, "fo:keep-with-next", "always");
  if (align != NULL)
    xml_attr (w, "fo:text-align", align);
  if (right_tab)
    {
      xml_start (w, "style:tab-stops");
      xml_start (w, "style:tab-stop");
      attr_pt (w, "style:position", look->page_width - 2 * look->margin);
      xml_attr (w, "style:type", "right");
      xml_end (w);
      xml_end (w);
    }
  xml_end (w);
}

static void
text_properties (Writer      w,
                 const char *family,
                 double      size,
                 gboolean    bold,
                 gboolean    italic,
                 gboolean    set_color,
                 guint32     color)
{
  xml_start (w, "style:text-properties");
  if (family != NULL)
    {
      xml_attr (w, "style:font-name", family);
      xml_attr (w, "style:font-name-asian", family);
      xml_attr (w, "style:font-name-complex", family);
    }
  if (size > 0)
    {
      attr_pt (w, "fo:font-size", size);
      attr_pt (w, "style:font-size-asian", size);
      attr_pt (w, "style:font-size-complex", size);
    }
  if (bold)
    {
      xml_attr (w, "fo:font-weight", "bold");
      xml_attr (w, "style:font-weight-asian", "bold");
      xml_attr (w, "style:font-weight-complex", "bold");
    }
  if (italic)
    {
      xml_attr (w, "fo:font-style", "italic");
      xml_attr (w, "style:font-style-asian", "italic");
      xml_attr (w, "style:font-style-complex", "italic");
    }
  if (set_color)
    attr_color (w, "fo:color", color);
  xml_end (w);
}

static void
paragraph_style (Writer           w,
                 VitaeOfficeLook *look,
                 VitaeFlowKind    kind)
{
  const VitaeTemplate *t = look->template;
  const char *align = t->center_header ? "center" : "start";
  double size = look->size;

  xml_start (w, "style:style");
  xml_attr (w, "style:name", style_names[kind]);
  xml_attr (w, "style:display-name", display_names[kind]);
  xml_attr (w, "style:family", "paragraph");
  if (kind != VITAE_FLOW_BODY)
    xml_attr (w, "style:parent-style-name", style_names[VITAE_FLOW_BODY]);
  if (kind == VITAE_FLOW_HEADING)
    {
      xml_attr (w, "style:default-outline-level", "1");
      xml_attr (w, "style:class", "text");
    }
  if (kind == VITAE_FLOW_BULLET)
    xml_attr (w, "style:list-style-name", "Bullets");

  switch (kind)
    {
    case VITAE_FLOW_NAME:
      paragraph_properties (w, look, 0, TRUE, FALSE, align);
      text_properties (w, look->heading_family, size * t->name_scale, TRUE, FALSE, TRUE, t->accent);
      break;

    case VITAE_FLOW_HEADLINE:
      paragraph_properties (w, look, 0.1 * size, TRUE, FALSE, align);
      text_properties (w, NULL, size * t->headline_scale, FALSE, FALSE, TRUE, t->muted);
      break;

    case VITAE_FLOW_CONTACT:
      paragraph_properties (w, look, 0.35 * size, FALSE, FALSE, align);
      break;

    case VITAE_FLOW_HEADING:
      xml_start (w, "style:paragraph-properties");
      if (vitae_language_is_rtl (look->language))
        xml_attr (w, "fo:text-align", writing_mode (w, look, NULL));
      attr_pt (w, "fo:margin-top", t->section_gap * size);
      attr_pt (w, "fo:margin-bottom", 0);
      xml_attr (w, "fo:keep-with-next", "always");
      {
        g_autofree char *hex = _vitae_office_dup_color (t->accent);
        g_autofree char *border = g_strdup_printf ("%s solid #%s", t->heading_rule ? "0.6pt" : "1.5pt", hex);

        xml_attr (w, "fo:border-bottom", border);
      }
      attr_pt (w, "fo:padding-bottom", 1);
      xml_end (w);
      text_properties (w, look->heading_family, size * t->heading_scale, TRUE, FALSE, TRUE, t->accent);
      break;

    case VITAE_FLOW_ENTRY_TITLE:
      paragraph_properties (w, look, t->entry_gap * size, TRUE, TRUE, NULL);
      break;

    case VITAE_FLOW_ENTRY_SUBTITLE:
      paragraph_properties (w, look, 0, TRUE, TRUE, NULL);
      break;

    case VITAE_FLOW_BULLET:
      paragraph_properties (w, look, t->bullet_gap * size, FALSE, FALSE, NULL);
      break;

    case VITAE_FLOW_BODY:
    default:
      paragraph_properties (w, look, 0.15 * size, FALSE, FALSE, NULL);
      text_properties (w, look->family, size, FALSE, FALSE, TRUE, t->ink);
      break;
    }
  xml_end (w);
}

/* Text styles for every mix of weight, slant and muted colour: T0…T7. */
static void
text_styles (Writer           w,
             VitaeOfficeLook *look)
{
  for (guint style = 1; style < 8; style++)
    {
      g_autofree char *name = g_strdup_printf ("T%u", style);

      xml_start (w, "style:style");
      xml_attr (w, "style:name", name);
      xml_attr (w, "style:family", "text");
      text_properties (w, NULL, 0, style & VITAE_FLOW_BOLD, style & VITAE_FLOW_ITALIC,
                       (style & VITAE_FLOW_MUTED) != 0, look->template->muted);
      xml_end (w);
    }
}

static void
list_style (Writer           w,
            VitaeOfficeLook *look)
{
  const VitaeTemplate *t = look->template;

  xml_start (w, "text:list-style");
  xml_attr (w, "style:name", "Bullets");
  xml_start (w, "text:list-level-style-bullet");
  xml_attr (w, "text:level", "1");
  xml_attr (w, "text:bullet-char", t->bullet == VITAE_BULLET_SHAPE_SQUARE ? "▪" : "•");
  xml_start (w, "style:list-level-properties");
  xml_attr (w, "text:list-level-position-and-space-mode", "label-alignment");
  xml_start (w, "style:list-level-label-alignment");
  xml_attr (w, "text:label-followed-by", "listtab");
  attr_pt (w, "text:list-tab-stop-position", 1.15 * look->size);
  attr_pt (w, "fo:text-indent", -0.8 * look->size);
  attr_pt (w, "fo:margin-left", 1.15 * look->size);
  xml_end (w);
  xml_end (w);
  text_properties (w, NULL, 0, FALSE, FALSE, TRUE,
                   t->bullet == VITAE_BULLET_SHAPE_SQUARE ? t->accent : t->ink);
  xml_end (w);
  xml_end (w);
}

static GBytes *
write_styles (VitaeOfficeLook *look)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);

  start_root (w, "office:document-styles",
              "style", NS_STYLE, "text", NS_TEXT, "fo", NS_FO, "svg", NS_SVG, NULL);

  xml_start (w, "office:font-face-decls");
  font_face (w, look->family);
  if (!g_str_equal (look->family, look->heading_family))
    font_face (w, look->heading_family);
  xml_end (w);

  xml_start (w, "office:styles");
  xml_start (w, "style:default-style");
  xml_attr (w, "style:family", "paragraph");
  /* Arabic and Hebrew: every paragraph right to left, so that the page is
   * mirrored as the PDF is. */
  if (vitae_language_is_rtl (look->language))
    {
      xml_start (w, "style:paragraph-properties");
      xml_attr (w, "style:writing-mode", "rl-tb");
      xml_end (w);
    }
  xml_start (w, "style:text-properties");
  xml_attr (w, "style:font-name", look->family);
  attr_pt (w, "fo:font-size", look->size);
  language_attributes (w, look->language);
  xml_end (w);
  xml_end (w);
  for (VitaeFlowKind kind = VITAE_FLOW_NAME; kind <= VITAE_FLOW_BULLET; kind++)
    paragraph_style (w, look, kind);
  text_styles (w, look);
  list_style (w, look);
  xml_end (w);

  /* The page: paper and margins only. */
  xml_start (w, "office:automatic-styles");
  xml_start (w, "style:page-layout");
  xml_attr (w, "style:name", "Page");
  xml_start (w, "style:page-layout-properties");
  attr_pt (w, "fo:page-width", look->page_width);
  attr_pt (w, "fo:page-height", look->page_height);
  xml_attr (w, "style:print-orientation", "portrait");
  attr_pt (w, "fo:margin-top", look->margin);
  attr_pt (w, "fo:margin-bottom", look->margin);
  attr_pt (w, "fo:margin-left", look->margin);
  attr_pt (w, "fo:margin-right", look->margin);
  xml_end (w);
  xml_end (w);
  xml_end (w);

  xml_start (w, "office:master-styles");
  xml_start (w, "style:master-page");
  xml_attr (w, "style:name", "Standard");
  xml_attr (w, "style:page-layout-name", "Page");
  xml_end (w);
  xml_end (w);

  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static void
write_runs (Writer              w,
            VitaeFlowParagraph *paragraph)
{
  for (guint j = 0; j < paragraph->runs->len; j++)
    {
      VitaeFlowRun *run = g_ptr_array_index (paragraph->runs, j);

      if (run->after_tab)
        {
          xml_start (w, "text:tab");
          xml_end (w);
        }
      if (run->link != NULL)
        {
          xml_start (w, "text:a");
          xml_attr (w, "xlink:type", "simple");
          xml_attr (w, "xlink:href", run->link);
        }
      if (run->style != VITAE_FLOW_PLAIN)
        {
          g_autofree char *name = g_strdup_printf ("T%u", (guint) run->style & 7);

          xml_start (w, "text:span");
          xml_attr (w, "text:style-name", name);
        }
      /* Spaces in ODF text collapse unless written as text:s; a flow's
       * runs never hold runs of spaces or tabs, which the model keeps out
       * of one-line fields, but a bullet may: keep them. */
      {
        const char *p = run->text;

        while (*p != '\0')
          {
            const char *q = p;

            while (*q != '\0' && !(q[0] == ' ' && q[1] == ' ') && *q != '\t' && *q != '\n')
              q++;
            xmlTextWriterWriteFormatString (w, "%.*s", (int) (q - p), p);
            if (*q == '\0')
              break;
            if (*q == '\t')
              {
                xml_start (w, "text:tab");
                xml_end (w);
                q++;
              }
            else if (*q == '\n')
              {
                xml_start (w, "text:line-break");
                xml_end (w);
                q++;
              }
            else
              {
                guint n = 0;

                xmlTextWriterWriteString (w, BAD_CAST " ");
                q++;
                while (*q == ' ')
                  n++, q++;
                xml_start (w, "text:s");
                if (n > 1)
                  {
                    g_autofree char *count = g_strdup_printf ("%u", n);

                    xml_attr (w, "text:c", count);
                  }
                xml_end (w);
              }
            p = q;
          }
      }
      if (run->style != VITAE_FLOW_PLAIN)
        xml_end (w);
      if (run->link != NULL)
        xml_end (w);
    }
}

static GBytes *
write_content (VitaeFlow       *flow,
               VitaeOfficeLook *look)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  gboolean in_list = FALSE;

  start_root (w, "office:document-content",
              "style", NS_STYLE, "text", NS_TEXT, "fo", NS_FO, "xlink", NS_XLINK, NULL);
  xml_start (w, "office:body");
  xml_start (w, "office:text");

  for (guint i = 0; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);
      gboolean bullet = paragraph->kind == VITAE_FLOW_BULLET;

      if (bullet && !in_list)
        {
          xml_start (w, "text:list");
          xml_attr (w, "text:style-name", "Bullets");
          in_list = TRUE;
        }
      else if (!bullet && in_list)
        {
          xml_end (w);
          in_list = FALSE;
        }

      if (bullet)
        xml_start (w, "text:list-item");

      if (paragraph->kind == VITAE_FLOW_HEADING)
        {
          xml_start (w, "text:h");
          xml_attr (w, "text:outline-level", "1");
        }
      else
        xml_start (w, "text:p");
      xml_attr (w, "text:style-name", style_names[paragraph->kind]);
      write_runs (w, paragraph);
      xml_end (w);

      if (bullet)
        xml_end (w);
    }
  if (in_list)
    xml_end (w);

  xml_end (w);
  xml_end (w);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

/**
 * vitae_odt_render:
 * @document: the resume
 * @options: (nullable): the template, paper, margin, size, date and language
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the bytes of an .odt file
 */
GBytes *
vitae_odt_render (VitaeDocument             *document,
                  const VitaeRenderOptions  *options,
                  GError                   **error)
{
  g_autoptr(VitaeFlow) flow = NULL;
  g_autoptr(VitaePackage) package = NULL;
  g_autoptr(GBytes) mime_type = g_bytes_new_static (MIME_TYPE, strlen (MIME_TYPE));
  VitaeOfficeLook look;
  GBytes *bytes;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  _vitae_office_look_init (&look, options, document);
  flow = vitae_flow_new_in (document, look.language);
  package = vitae_package_new (look.date);

  /* ODF: "mimetype" first and stored, so that its bytes sit at offset 38. */
  vitae_package_add (package, "mimetype", mime_type, FALSE);
  _vitae_office_add_part (package, "META-INF/manifest.xml", write_manifest ());
  _vitae_office_add_part (package, "content.xml", write_content (flow, &look));
  _vitae_office_add_part (package, "styles.xml", write_styles (&look));
  _vitae_office_add_part (package, "meta.xml", write_meta (flow, &look));

  bytes = vitae_package_finish (package, error);
  _vitae_office_look_clear (&look);

  return bytes;
}
