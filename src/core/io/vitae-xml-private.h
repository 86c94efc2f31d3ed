/* vitae-xml-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/*
 * The .vitae format, in three files that share this header:
 *
 *  - vitae-xml-writer.c: the element names of the fields, and
 *    vitae_xml_serialize();
 *  - vitae-xml-parse.c: vitae_xml_parse(): the scan of the bytes that
 *    refuses declarations and counts before libxml2 parses, the parse, and
 *    the RELAX NG validation;
 *  - vitae-xml-reader.c: the walk of the validated tree into the model,
 *    which also says precisely where a file the schema refuses goes wrong.
 */

#define VITAE_XML_NS       "https://vitae.github.io/ns/1"
#define VITAE_XML_VERSION  "1"

typedef struct
{
  const char *element;
  const char *key;
} FieldName;

/* The fields, in the order they are written. Each table ends with an
 * element of NULL. The same names are in data/vitae.rng. */
extern const FieldName _vitae_xml_basics_fields[];
extern const FieldName _vitae_xml_location_fields[];
extern const FieldName _vitae_xml_profile_fields[];
extern const FieldName _vitae_xml_meta_fields[];
extern const FieldName _vitae_xml_job_fields[];
extern const FieldName _vitae_xml_section_fields[];
extern const FieldName _vitae_xml_entry_text_fields[];
extern const FieldName _vitae_xml_entry_list_fields[];

static inline void
_vitae_xml_free_string (xmlChar *string)
{
  xmlFree (string);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlChar, _vitae_xml_free_string)

/* Reads the children of @root, the "resume" element of @filename, into
 * @document (vitae-xml-reader.c). */
gboolean _vitae_xml_read_resume (const char     *filename,
                                 xmlNodePtr      root,
                                 VitaeDocument  *document,
                                 GError        **error);

G_END_DECLS
