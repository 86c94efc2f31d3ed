/* vitae-docx.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Office Open XML (ECMA-376) word processing documents. The package holds
 * the main document, its styles and numbering (the bullet list), the links'
 * relationships and the metadata. Every paragraph names a style; the styles
 * carry the template's fonts, sizes, colours and spacing, the entry headings
 * a right tab stop at the text's edge for the dates. */

#define G_LOG_DOMAIN "vitae-docx"

#include "config.h"

#include <math.h>

#include "vitae-document.h"
#include "vitae-language.h"
#include "vitae-office-private.h"
#include "vitae-package.h"

#define NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_CT  "http://schemas.openxmlformats.org/package/2006/content-types"
#define NS_CP  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
#define NS_DC  "http://purl.org/dc/elements/1.1/"
#define NS_DCT "http://purl.org/dc/terms/"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"
#define NS_EP  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

#define REL_DOCUMENT  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
#define REL_CORE      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
#define REL_APP       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
#define REL_STYLES    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
#define REL_NUMBERING "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
#define REL_LINK      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

#define WML "application/vnd.openxmlformats-officedocument.wordprocessingml."

typedef xmlTextWriterPtr Writer;

/* Not "Title" and "Subtitle": readers such as pandoc take those for the
 * document's metadata and leave them out of the text, name and all. */
static const char * const style_ids[] = {
  [VITAE_FLOW_NAME]           = "Name",
  [VITAE_FLOW_HEADLINE]       = "Headline",
  [VITAE_FLOW_CONTACT]        = "Contact",
  [VITAE_FLOW_HEADING]        = "Heading1",
  [VITAE_FLOW_ENTRY_TITLE]    = "EntryTitle",
  [VITAE_FLOW_ENTRY_SUBTITLE] = "EntrySubtitle",
  [VITAE_FLOW_BODY]           = "Normal",
  [VITAE_FLOW_BULLET]         = "ListBullet",
};

/* Small writing helpers ****************************************************/

static void
attr_int (Writer      w,
          const char *name,
          double      value)
{
  g_autofree char *text = g_strdup_printf ("%ld", lround (value));

  xml_attr (w, name, text);
}

/* <w:NAME w:val="VALUE"/> */
static void
val (Writer      w,
     const char *name,
     const char *value)
{
  xml_start (w, name);
  if (value != NULL)
    xml_attr (w, "w:val", value);
  xml_end (w);
}

static void
val_int (Writer      w,
         const char *name,
         double      value)
{
  xml_start (w, name);
  attr_int (w, "w:val", value);
  xml_end (w);
}

static double
twips (double points)
{
  return points * 20;
}

/* Parts ********************************************************************/

static GBytes *
write_content_types (void)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  static const struct { const char *part; const char *type; } overrides[] = {
    { "/word/document.xml",  WML "document.main+xml" },
    { "/word/styles.xml",    WML "styles+xml" },
    { "/word/numbering.xml", WML "numbering+xml" },
    { "/docProps/core.xml",  "application/vnd.openxmlformats-package.core-properties+xml" },
    { "/docProps/app.xml",   "application/vnd.openxmlformats-officedocument.extended-properties+xml" },
  };

  xml_start (w, "Types");
  xml_attr (w, "xmlns", NS_CT);
  xml_start (w, "Default");
  xml_attr (w, "Extension", "rels");
  xml_attr (w, "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  xml_end (w);
  xml_start (w, "Default");
  xml_attr (w, "Extension", "xml");
  xml_attr (w, "ContentType", "application/xml");
  xml_end (w);
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    {
      xml_start (w, "Override");
      xml_attr (w, "PartName", overrides[i].part);
      xml_attr (w, "ContentType", overrides[i].type);
      xml_end (w);
    }
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static void
relationship (Writer      w,
              const char *id,
              const char *type,
              const char *target,
              gboolean    external)
{
  xml_start (w, "Relationship");
  xml_attr (w, "Id", id);
  xml_attr (w, "Type", type);
  xml_attr (w, "Target", target);
  if (external)
    xml_attr (w, "TargetMode", "External");
  xml_end (w);
}

static GBytes *
write_package_rels (void)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);

  xml_start (w, "Relationships");
  xml_attr (w, "xmlns", NS_REL);
  relationship (w, "rId1", REL_DOCUMENT, "word/document.xml", FALSE);
  relationship (w, "rId2", REL_CORE, "docProps/core.xml", FALSE);
  relationship (w, "rId3", REL_APP, "docProps/app.xml", FALSE);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

/* The links' targets, in the order they appear: rId3, rId4, … */
static GBytes *
write_document_rels (GPtrArray *links)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);

  xml_start (w, "Relationships");
  xml_attr (w, "xmlns", NS_REL);
  relationship (w, "rId1", REL_STYLES, "styles.xml", FALSE);
  relationship (w, "rId2", REL_NUMBERING, "numbering.xml", FALSE);
  for (guint i = 0; i < links->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("rId%u", i + 3);

      relationship (w, id, REL_LINK, g_ptr_array_index (links, i), TRUE);
    }
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static GBytes *
write_core (VitaeFlow       *flow,
            VitaeOfficeLook *look)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  g_autofree char *date = _vitae_office_dup_date (look->date);

  xml_start (w, "cp:coreProperties");
  xml_attr (w, "xmlns:cp", NS_CP);
  xml_attr (w, "xmlns:dc", NS_DC);
  xml_attr (w, "xmlns:dcterms", NS_DCT);
  xml_attr (w, "xmlns:xsi", NS_XSI);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:title", BAD_CAST flow->title);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:subject", BAD_CAST flow->subject);
  if (flow->author[0] != '\0')
    xmlTextWriterWriteElement (w, BAD_CAST "dc:creator", BAD_CAST flow->author);
  xmlTextWriterWriteElement (w, BAD_CAST "dc:language", BAD_CAST look->language);
  xml_start (w, "dcterms:created");
  xml_attr (w, "xsi:type", "dcterms:W3CDTF");
  xmlTextWriterWriteString (w, BAD_CAST date);
  xml_end (w);
  xml_start (w, "dcterms:modified");
  xml_attr (w, "xsi:type", "dcterms:W3CDTF");
  xmlTextWriterWriteString (w, BAD_CAST date);
  xml_end (w);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static GBytes *
write_app (void)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  g_autofree char *application = g_strdup_printf ("Vitae %s", PACKAGE_VERSION);

  xml_start (w, "Properties");
  xml_attr (w, "xmlns", NS_EP);
  xmlTextWriterWriteElement (w, BAD_CAST "Application", BAD_CAST application);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

/* Run properties: font, size in half points, colour, weight, slant. */
static void
run_properties (Writer       w,
                const char  *family,
                double       size,
                const char  *color,
                gboolean     bold,
                gboolean     italic)
{
  xml_start (w, "w:rPr");
  if (family != NULL)
    {
      xml_start (w, "w:rFonts");
      xml_attr (w, "w:ascii", family);
      xml_attr (w, "w:hAnsi", family);
      xml_attr (w, "w:cs", family);
      xml_attr (w, "w:eastAsia", family);
      xml_end (w);
    }
  /* Bold and italic for complex scripts (Arabic, Hebrew) too. */
  if (bold)
    {
      val (w, "w:b", NULL);
      val (w, "w:bCs", NULL);
    }
  if (italic)
    {
      val (w, "w:i", NULL);
      val (w, "w:iCs", NULL);
    }
  if (color != NULL)
    val (w, "w:color", color);
  if (size > 0)
    {
      val_int (w, "w:sz", size * 2);
      val_int (w, "w:szCs", size * 2);
    }
  xml_end (w);
}

static void
spacing (Writer           w,
         VitaeOfficeLook *look,
         double           before)
{
  xml_start (w, "w:spacing");
  attr_int (w, "w:before", twips (before));
  xml_attr (w, "w:after", "0");
  attr_int (w, "w:line", 240 * look->template->line_spacing);
  xml_attr (w, "w:lineRule", "auto");
  xml_end (w);
}

static void
right_tab (Writer           w,
           VitaeOfficeLook *look)
{
  xml_start (w, "w:tabs");
  xml_start (w, "w:tab");
  xml_attr (w, "w:val", "right");
  attr_int (w, "w:pos", twips (look->page_width - 2 * look->margin));
  xml_end (w);
  xml_end (w);
}

static void
paragraph_style (Writer           w,
                 VitaeOfficeLook *look,
                 VitaeFlowKind    kind,
                 const char      *name)
{
  const VitaeTemplate *t = look->template;
  g_autofree char *accent = _vitae_office_dup_color (t->accent);
  g_autofree char *muted = _vitae_office_dup_color (t->muted);
  const char *justification = t->center_header ? "center" : "left";
  double size = look->size;

  xml_start (w, "w:style");
  xml_attr (w, "w:type", "paragraph");
  xml_attr (w, "w:styleId", style_ids[kind]);
  if (kind == VITAE_FLOW_BODY)
    xml_attr (w, "w:default", "1");
  val (w, "w:name", name);
  if (kind != VITAE_FLOW_BODY)
    val (w, "w:basedOn", "Normal");
  val (w, "w:qFormat", NULL);

  xml_start (w, "w:pPr");
  switch (kind)
    {
    case VITAE_FLOW_NAME:
      val (w, "w:keepNext", NULL);
      spacing (w, look, 0);
      val (w, "w:jc", justification);
      xml_end (w);
      run_properties (w, look->heading_family, size * t->name_scale, accent, TRUE, FALSE);
      break;

    case VITAE_FLOW_HEADLINE:
      val (w, "w:keepNext", NULL);
      spacing (w, look, 0.1 * size);
      val (w, "w:jc", justification);
      xml_end (w);
      run_properties (w, NULL, size * t->headline_scale, muted, FALSE, FALSE);
      break;

    case VITAE_FLOW_CONTACT:
      spacing (w, look, 0.35 * size);
      val (w, "w:jc", justification);
      xml_end (w);
      run_properties (w, NULL, 0, NULL, FALSE, FALSE);
      break;

    case VITAE_FLOW_HEADING:
      val (w, "w:keepNext", NULL);
      xml_start (w, "w:pBdr");
      xml_start (w, "w:bottom");
      xml_attr (w, "w:val", "single");
      xml_attr (w, "w:sz", t->heading_rule ? "4" : "12");
      xml_attr (w, "w:space", "1");
      xml_attr (w, "w:color", accent);
      xml_end (w);
      xml_end (w);
      spacing (w, look, t->section_gap * size);
      val (w, "w:outlineLvl", "0");
      xml_end (w);
      run_properties (w, look->heading_family, size * t->heading_scale, accent, TRUE, FALSE);
      break;

    case VITAE_FLOW_ENTRY_TITLE:
      val (w, "w:keepNext", NULL);
      right_tab (w, look);
      spacing (w, look, t->entry_gap * size);
      xml_end (w);
      run_properties (w, NULL, 0, NULL, FALSE, FALSE);
      break;

    case VITAE_FLOW_ENTRY_SUBTITLE:
      val (w, "w:keepNext", NULL);
      right_tab (w, look);
      spacing (w, look, 0);
      xml_end (w);
      run_properties (w, NULL, 0, NULL, FALSE, FALSE);
      break;

    case VITAE_FLOW_BULLET:
      xml_start (w, "w:numPr");
      val (w, "w:ilvl", "0");
      val (w, "w:numId", "1");
      xml_end (w);
      spacing (w, look, t->bullet_gap * size);
      xml_start (w, "w:ind");
      attr_int (w, "w:left", twips (1.15 * size));
      attr_int (w, "w:hanging", twips (0.8 * size));
      xml_end (w);
      xml_end (w);
      run_properties (w, NULL, 0, NULL, FALSE, FALSE);
      break;

    case VITAE_FLOW_BODY:
    default:
      spacing (w, look, 0.15 * size);
      xml_end (w);
      run_properties (w, look->family, size, NULL, FALSE, FALSE);
      break;
    }
  xml_end (w);
}

static GBytes *
write_styles (VitaeOfficeLook *look)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  g_autofree char *ink = _vitae_office_dup_color (look->template->ink);

  xml_start (w, "w:styles");
  xml_attr (w, "xmlns:w", NS_W);

  /* Defaults: the body font, size, colour and the document language. */
  xml_start (w, "w:docDefaults");
  xml_start (w, "w:rPrDefault");
  xml_start (w, "w:rPr");
  xml_start (w, "w:rFonts");
  xml_attr (w, "w:ascii", look->family);
  xml_attr (w, "w:hAnsi", look->family);
  xml_attr (w, "w:cs", look->family);
  xml_attr (w, "w:eastAsia", look->family);
  xml_end (w);
  val (w, "w:color", ink);
  val_int (w, "w:sz", look->size * 2);
  val_int (w, "w:szCs", look->size * 2);
  xml_start (w, "w:lang");
  xml_attr (w, "w:val", look->language);
  xml_attr (w, "w:eastAsia", look->language);
  xml_attr (w, "w:bidi", look->language);
  xml_end (w);
  xml_end (w);
  xml_end (w);
  xml_start (w, "w:pPrDefault");
  xml_start (w, "w:pPr");
  /* Arabic and Hebrew: every paragraph right to left, so that the page is
   * mirrored as the PDF is. */
  if (vitae_language_is_rtl (look->language))
    val (w, "w:bidi", NULL);
  spacing (w, look, 0);
  xml_end (w);
  xml_end (w);
  xml_end (w);

  paragraph_style (w, look, VITAE_FLOW_BODY, "Normal");
  paragraph_style (w, look, VITAE_FLOW_NAME, "Name");
  paragraph_style (w, look, VITAE_FLOW_HEADLINE, "Headline");
  paragraph_style (w, look, VITAE_FLOW_CONTACT, "Contact");
  paragraph_style (w, look, VITAE_FLOW_HEADING, "heading 1");
  paragraph_style (w, look, VITAE_FLOW_ENTRY_TITLE, "Entry Title");
  paragraph_style (w, look, VITAE_FLOW_ENTRY_SUBTITLE, "Entry Subtitle");
  paragraph_style (w, look, VITAE_FLOW_BULLET, "List Bullet");

  xml_start (w, "w:style");
  xml_attr (w, "w:type", "character");
  xml_attr (w, "w:styleId", "Hyperlink");
  val (w, "w:name", "Hyperlink");
  xml_end (w);

  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static GBytes *
write_numbering (VitaeOfficeLook *look)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);
  g_autofree char *color = _vitae_office_dup_color (look->template->bullet == VITAE_BULLET_SHAPE_SQUARE
                                                    ? look->template->accent : look->template->ink);

  xml_start (w, "w:numbering");
  xml_attr (w, "xmlns:w", NS_W);
  xml_start (w, "w:abstractNum");
  xml_attr (w, "w:abstractNumId", "0");
  val (w, "w:multiLevelType", "singleLevel");
  xml_start (w, "w:lvl");
  xml_attr (w, "w:ilvl", "0");
  val (w, "w:start", "1");
  val (w, "w:numFmt", "bullet");
  val (w, "w:lvlText", look->template->bullet == VITAE_BULLET_SHAPE_SQUARE ? "▪" : "•");
  val (w, "w:lvlJc", "left");
  xml_start (w, "w:rPr");
  val (w, "w:color", color);
  xml_end (w);
  xml_end (w);
  xml_end (w);
  xml_start (w, "w:num");
  xml_attr (w, "w:numId", "1");
  val (w, "w:abstractNumId", "0");
  xml_end (w);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

static void
write_run (Writer           w,
           VitaeOfficeLook *look,
           VitaeFlowRun    *run)
{
  g_autofree char *muted = _vitae_office_dup_color (look->template->muted);

  if (run->after_tab)
    {
      xml_start (w, "w:r");
      xml_start (w, "w:tab");
      xml_end (w);
      xml_end (w);
    }

  xml_start (w, "w:r");
  if (run->link != NULL || run->style != VITAE_FLOW_PLAIN)
    {
      xml_start (w, "w:rPr");
      if (run->link != NULL)
        val (w, "w:rStyle", "Hyperlink");
      if (run->style & VITAE_FLOW_BOLD)
        {
          val (w, "w:b", NULL);
          val (w, "w:bCs", NULL);
        }
      if (run->style & VITAE_FLOW_ITALIC)
        {
          val (w, "w:i", NULL);
          val (w, "w:iCs", NULL);
        }
      if (run->style & VITAE_FLOW_MUTED)
        val (w, "w:color", muted);
      xml_end (w);
    }
  xml_start (w, "w:t");
  xml_attr (w, "xml:space", "preserve");
  xmlTextWriterWriteString (w, BAD_CAST run->text);
  xml_end (w);
  xml_end (w);
}

static GBytes *
write_document (VitaeFlow       *flow,
                VitaeOfficeLook *look,
                GPtrArray       *links)
{
  xmlBufferPtr buffer;
  Writer w = _vitae_office_xml_begin (&buffer);

  xml_start (w, "w:document");
  xml_attr (w, "xmlns:w", NS_W);
  xml_attr (w, "xmlns:r", NS_R);
  xml_start (w, "w:body");

  for (guint i = 0; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

      xml_start (w, "w:p");
      xml_start (w, "w:pPr");
      val (w, "w:pStyle", style_ids[paragraph->kind]);
      xml_end (w);
      for (guint j = 0; j < paragraph->runs->len; j++)
        {
          VitaeFlowRun *run = g_ptr_array_index (paragraph->runs, j);

          if (run->link != NULL)
            {
              g_autofree char *id = g_strdup_printf ("rId%u", links->len + 3);

              g_ptr_array_add (links, g_strdup (run->link));
              xml_start (w, "w:hyperlink");
              xml_attr (w, "r:id", id);
              xml_attr (w, "w:history", "1");
              write_run (w, look, run);
              xml_end (w);
            }
          else
            write_run (w, look, run);
        }
      xml_end (w);
    }

  /* The page: size and margins, no header or footer. */
  xml_start (w, "w:sectPr");
  xml_start (w, "w:pgSz");
  attr_int (w, "w:w", twips (look->page_width));
  attr_int (w, "w:h", twips (look->page_height));
  xml_end (w);
  xml_start (w, "w:pgMar");
  attr_int (w, "w:top", twips (look->margin));
  attr_int (w, "w:right", twips (look->margin));
  attr_int (w, "w:bottom", twips (look->margin));
  attr_int (w, "w:left", twips (look->margin));
  xml_attr (w, "w:header", "0");
  xml_attr (w, "w:footer", "0");
  xml_attr (w, "w:gutter", "0");
  xml_end (w);
  xml_end (w);

  xml_end (w);
  xml_end (w);

  return _vitae_office_xml_end (w, buffer);
}

/**
 * vitae_docx_render:
 * @document: the resume
 * @options: (nullable): the template, paper, margin, size, date and language
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the bytes of a .docx file
 */
GBytes *
vitae_docx_render (VitaeDocument             *document,
                   const VitaeRenderOptions  *options,
                   GError                   **error)
{
  g_autoptr(VitaeFlow) flow = NULL;
  g_autoptr(VitaePackage) package = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) main_part = NULL;
  VitaeOfficeLook look;
  GBytes *bytes;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  _vitae_office_look_init (&look, options, document);
  flow = vitae_flow_new_in (document, look.language);
  package = vitae_package_new (look.date);

  /* The main part first: it names the links' relationships. */
  main_part = write_document (flow, &look, links);
  _vitae_office_add_part (package, "[Content_Types].xml", write_content_types ());
  _vitae_office_add_part (package, "_rels/.rels", write_package_rels ());
  vitae_package_add (package, "word/document.xml", main_part, TRUE);
  _vitae_office_add_part (package, "word/_rels/document.xml.rels", write_document_rels (links));
  _vitae_office_add_part (package, "word/styles.xml", write_styles (&look));
  _vitae_office_add_part (package, "word/numbering.xml", write_numbering (&look));
  _vitae_office_add_part (package, "docProps/core.xml", write_core (flow, &look));
  _vitae_office_add_part (package, "docProps/app.xml", write_app ());

  bytes = vitae_package_finish (package, error);
  _vitae_office_look_clear (&look);

  return bytes;
}
