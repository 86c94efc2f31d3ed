/* vitae-office.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the DOCX and ODT writers share: the page and type of a template, and
 * XML parts written with libxml2's text writer. */

#define G_LOG_DOMAIN "vitae-office"

#include "config.h"

#include "vitae-document.h"
#include "vitae-office-private.h"
#include "vitae-pdf.h"

static char *
dup_first_family (const char *families)
{
  g_auto(GStrv) names = g_strsplit (families, ",", 2);

  return g_strstrip (g_strdup (names[0] != NULL ? names[0] : "sans-serif"));
}

/* The look of @document in @options; without a language in the options,
 * the document's own. */
void
_vitae_office_look_init (VitaeOfficeLook          *look,
                         const VitaeRenderOptions *options,
                         VitaeDocument            *document)
{
  VitaeRenderOptions defaults;

  if (options == NULL)
    {
      vitae_render_options_init (&defaults);
      options = &defaults;
    }

  look->template = vitae_template_lookup (options->template_id);
  if (look->template == NULL)
    look->template = vitae_template_lookup (NULL);
  look->family = dup_first_family (look->template->family);
  look->heading_family = dup_first_family (look->template->heading_family);
  if (options->language == NULL || options->language[0] == '\0')
    look->language = g_strdup (vitae_document_get_effective_language (document));
  else
    look->language = vitae_pdf_dup_language (options);
  vitae_paper_get_size (options->paper, &look->page_width, &look->page_height);
  look->size = options->font_size > 0 ? MAX (options->font_size, VITAE_MIN_BODY_SIZE)
                                      : look->template->body_size;
  look->margin = options->margin > 0 ? options->margin : look->template->margin;
  look->margin = CLAMP (look->margin, VITAE_MIN_MARGIN, look->page_width / 4);
  look->date = options->date;
}

/* Adds @part, which it takes, to @package, compressed. */
void
_vitae_office_add_part (VitaePackage *package,
                        const char   *name,
                        GBytes       *part)
{
  vitae_package_add (package, name, part, TRUE);
  g_bytes_unref (part);
}

void
_vitae_office_look_clear (VitaeOfficeLook *look)
{
  g_clear_pointer (&look->family, g_free);
  g_clear_pointer (&look->heading_family, g_free);
  g_clear_pointer (&look->language, g_free);
}

char *
_vitae_office_dup_color (guint32 rgb)
{
  return g_strdup_printf ("%06X", rgb & 0xFFFFFF);
}

/* W3CDTF, as both formats' metadata want it: "2026-12-01T10:00:00Z". */
char *
_vitae_office_dup_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;

  if (date == NULL)
    return g_strdup ("2000-01-01T00:00:00Z");

  utc = g_date_time_to_utc (date);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

xmlTextWriterPtr
_vitae_office_xml_begin (xmlBufferPtr *buffer)
{
  xmlTextWriterPtr writer;

  *buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (*buffer, 0);
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", "yes");

  return writer;
}

GBytes *
_vitae_office_xml_end (xmlTextWriterPtr writer,
                       xmlBufferPtr     buffer)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);

  return bytes;
}
