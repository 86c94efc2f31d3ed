/* vitae-office-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/xmlwriter.h>

#include "vitae-flow.h"
#include "vitae-office.h"
#include "vitae-package.h"
#include "vitae-template.h"

G_BEGIN_DECLS

/* What both writers need to know of the page and the type, in points. */
typedef struct
{
  const VitaeTemplate *template;
  char                *family;          /* the template's first family */
  char                *heading_family;
  char                *language;        /* BCP 47 */
  double               page_width;
  double               page_height;
  double               margin;
  double               size;            /* body size */
  GDateTime           *date;            /* borrowed, maybe NULL */
} VitaeOfficeLook;

void    _vitae_office_look_init    (VitaeOfficeLook          *look,
                                    const VitaeRenderOptions *options,
                                    VitaeDocument            *document);
void    _vitae_office_look_clear   (VitaeOfficeLook          *look);
char   *_vitae_office_dup_color    (guint32                   rgb);
char   *_vitae_office_dup_date     (GDateTime                *date);
void    _vitae_office_add_part     (VitaePackage             *package,
                                    const char               *name,
                                    GBytes                   *part);

/* Writing an XML part: an element's start and end, an attribute. */
static inline void
xml_start (xmlTextWriterPtr  w,
           const char       *name)
{
  xmlTextWriterStartElement (w, BAD_CAST name);
}

static inline void
xml_end (xmlTextWriterPtr w)
{
  xmlTextWriterEndElement (w);
}

static inline void
xml_attr (xmlTextWriterPtr  w,
          const char       *name,
          const char       *value)
{
  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST value);
}

/* An XML part written in memory; _end() returns its bytes. */
xmlTextWriterPtr _vitae_office_xml_begin (xmlBufferPtr       *buffer);
GBytes          *_vitae_office_xml_end   (xmlTextWriterPtr    writer,
                                          xmlBufferPtr        buffer);

G_END_DECLS
