/* vitae-xml-writer.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-xml"

#include "config.h"

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-section.h"
#include "vitae-xml.h"
#include "vitae-xml-private.h"

const FieldName _vitae_xml_basics_fields[] = {
  { "name", "name" },
  { "label", "label" },
  { "email", "email" },
  { "phone", "phone" },
  { "url", "url" },
  { "image", "image" },
  { "summary", "summary" },
  /* The document language, a BCP 47 tag. */
  { "language", "language" },
  { NULL, NULL }
};

const FieldName _vitae_xml_location_fields[] = {
  { "address", "address" },
  { "postal-code", "postal-code" },
  { "city", "city" },
  { "country-code", "country-code" },
  { "region", "region" },
  { NULL, NULL }
};

const FieldName _vitae_xml_profile_fields[] = {
  { "network", "network" },
  { "username", "username" },
  { "url", "url" },
  { NULL, NULL }
};

const FieldName _vitae_xml_meta_fields[] = {
  { "canonical", "meta-canonical" },
  { "version", "meta-version" },
  { "last-modified", "meta-last-modified" },
  { "schema", "meta-schema" },
  { NULL, NULL }
};

/* The job description the resume is tailored to: the document's "job". */
const FieldName _vitae_xml_job_fields[] = {
  { "job", "job" },
  /* Members of an imported JSON Resume that its schema does not define,
   * as JSON text, given back on export (vitae-json-resume-compat.c). */
  { "extension", "x-vitae-unknown" },
  { NULL, NULL }
};

const FieldName _vitae_xml_section_fields[] = {
  { "title", "title" },
  { NULL, NULL }
};

const FieldName _vitae_xml_entry_text_fields[] = {
  { "title", "title" },
  { "organization", "organization" },
  { "role", "role" },
  { "location", "location" },
  { "url", "url" },
  { "start", "start" },
  { "end", "end" },
  { "date", "date" },
  { "summary", "summary" },
  { "description", "description" },
  { "area", "area" },
  { "degree", "degree" },
  { "score", "score" },
  { "awarder", "awarder" },
  { "issuer", "issuer" },
  { "publisher", "publisher" },
  { "level", "level" },
  { "fluency", "fluency" },
  { "reference", "reference" },
  { "entity", "entity" },
  { "type", "type" },
  { NULL, NULL }
};

const FieldName _vitae_xml_entry_list_fields[] = {
  { "keywords", "keywords" },
  { "courses", "courses" },
  { "roles", "roles" },
  { NULL, NULL }
};

static gboolean
is_xml_char (gunichar c)
{
  /* The Char production of XML 1.0. */
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;

        case '<':
          g_string_append (out, "&lt;");
          break;

        case '>':
          g_string_append (out, "&gt;");
          break;

        case '\r':
          /* A raw carriage return would be turned into a newline by any XML
           * parser, so it is written as a reference to survive a reload. */
          g_string_append (out, "&#13;");
          break;

        default:
          /* Control characters XML cannot hold are dropped rather than
           * written into a file that no parser would load again. */
          if (is_xml_char (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

static void
append_indent (GString *out,
               guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_text_element (GString    *out,
                     guint       depth,
                     const char *element,
                     const char *text)
{
  g_autoptr(GString) escaped = g_string_new (NULL);

  /* Whether the element is empty is decided on what is written, after the
   * characters XML cannot hold are dropped, so a second save is the same. */
  append_escaped (escaped, text);

  append_indent (out, depth);
  if (escaped->len == 0)
    {
      g_string_append_printf (out, "<%s/>\n", element);
      return;
    }
  g_string_append_printf (out, "<%s>%s</%s>\n", element, escaped->str, element);
}

static gboolean
writes_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_xml_char (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static void
append_list_element (GString            *out,
                     guint               depth,
                     const char         *element,
                     const char         *child,
                     const char * const *items)
{
  append_indent (out, depth);
  g_string_append_printf (out, "<%s>\n", element);
  for (guint i = 0; items[i] != NULL; i++)
    append_text_element (out, depth + 1, child, items[i]);
  append_indent (out, depth);
  g_string_append_printf (out, "</%s>\n", element);
}

static gboolean
node_has_any (VitaeNode       *node,
              const FieldName *fields)
{
  for (guint i = 0; fields[i].element != NULL; i++)
    if (vitae_node_has (node, fields[i].key))
      return TRUE;
  return FALSE;
}

static void
append_text_fields (GString         *out,
                    guint            depth,
                    VitaeNode       *node,
                    const FieldName *fields)
{
  for (guint i = 0; fields[i].element != NULL; i++)
    {
      const char *text = vitae_node_get_text (node, fields[i].key);

      /* A field of nothing but dropped characters is no field at all. */
      if (writes_text (text))
        append_text_element (out, depth, fields[i].element, text);
    }
}

static void
append_open (GString    *out,
             guint       depth,
             const char *element,
             gboolean    empty)
{
  append_indent (out, depth);
  g_string_append_printf (out, empty ? "<%s/>\n" : "<%s>\n", element);
}

static void
append_close (GString    *out,
              guint       depth,
              const char *element)
{
  append_indent (out, depth);
  g_string_append_printf (out, "</%s>\n", element);
}

static gboolean
entry_is_empty (VitaeEntry *entry)
{
  return !node_has_any (VITAE_NODE (entry), _vitae_xml_entry_text_fields) &&
         !node_has_any (VITAE_NODE (entry), _vitae_xml_entry_list_fields) &&
         vitae_entry_get_n_bullets (entry) == 0;
}

static void
append_entry (GString    *out,
              guint       depth,
              VitaeEntry *entry)
{
  guint n_bullets = vitae_entry_get_n_bullets (entry);

  if (entry_is_empty (entry))
    {
      append_open (out, depth, "entry", TRUE);
      return;
    }

  append_open (out, depth, "entry", FALSE);
  append_text_fields (out, depth + 1, VITAE_NODE (entry), _vitae_xml_entry_text_fields);

  for (guint i = 0; _vitae_xml_entry_list_fields[i].element != NULL; i++)
    {
      const char * const *items = vitae_node_get_list (VITAE_NODE (entry), _vitae_xml_entry_list_fields[i].key);

      if (items[0] != NULL)
        append_list_element (out, depth + 1, _vitae_xml_entry_list_fields[i].element, "item", items);
    }

  if (n_bullets > 0)
    {
      append_open (out, depth + 1, "bullets", FALSE);
      for (guint i = 0; i < n_bullets; i++)
        {
          VitaeBullet *bullet = vitae_entry_get_bullet (entry, i);

          append_text_element (out, depth + 2, "bullet", vitae_bullet_get_text (bullet));
        }
      append_close (out, depth + 1, "bullets");
    }

  append_close (out, depth, "entry");
}

static void
append_basics (GString       *out,
               VitaeDocument *document)
{
  VitaeNode *node = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  guint n_profiles = g_list_model_get_n_items (profiles);

  if (!node_has_any (node, _vitae_xml_basics_fields) &&
      !node_has_any (node, _vitae_xml_location_fields) &&
      n_profiles == 0)
    return;

  append_open (out, 1, "basics", FALSE);
  append_text_fields (out, 2, node, _vitae_xml_basics_fields);

  if (node_has_any (node, _vitae_xml_location_fields))
    {
      append_open (out, 2, "location", FALSE);
      append_text_fields (out, 3, node, _vitae_xml_location_fields);
      append_close (out, 2, "location");
    }

  for (guint i = 0; i < n_profiles; i++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
      gboolean empty = !node_has_any (profile, _vitae_xml_profile_fields);

      append_open (out, 2, "profile", empty);
      if (!empty)
        {
          append_text_fields (out, 3, profile, _vitae_xml_profile_fields);
          append_close (out, 2, "profile");
        }
    }

  append_close (out, 1, "basics");
}

static void
append_section (GString      *out,
                VitaeSection *section)
{
  guint n_entries = vitae_section_get_n_entries (section);
  gboolean has_title = vitae_node_has (VITAE_NODE (section), "title");

  append_indent (out, 1);
  g_string_append_printf (out, "<section kind=\"%s\"", vitae_section_get_id (section));
  if (n_entries == 0 && !has_title)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");

  append_text_fields (out, 2, VITAE_NODE (section), _vitae_xml_section_fields);
  for (guint i = 0; i < n_entries; i++)
    append_entry (out, 2, vitae_section_get_entry (section, i));

  append_close (out, 1, "section");
}

/**
 * vitae_xml_serialize:
 * @document: a #VitaeDocument
 * @length: (out) (optional): the number of bytes returned
 *
 * Writes @document as a .vitae file: UTF-8, indented by two spaces, ending
 * in a newline. The same content always gives the same bytes. Characters
 * that XML 1.0 cannot hold are left out.
 *
 * Returns: (transfer full): the file's contents
 */
char *
vitae_xml_serialize (VitaeDocument *document,
                     gsize         *length)
{
  g_autoptr(GString) out = NULL;
  VitaeNode *node;
  guint n_sections;
  gboolean empty;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  node = VITAE_NODE (document);
  n_sections = vitae_document_get_n_sections (document);
  empty = n_sections == 0 &&
          !node_has_any (node, _vitae_xml_basics_fields) &&
          !node_has_any (node, _vitae_xml_location_fields) &&
          !node_has_any (node, _vitae_xml_meta_fields) &&
          !node_has_any (node, _vitae_xml_job_fields) &&
          g_list_model_get_n_items (vitae_document_get_profiles (document)) == 0;

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (out, "<resume xmlns=\"" VITAE_XML_NS "\" version=\"" VITAE_XML_VERSION "\"");
  if (empty)
    g_string_append (out, "/>\n");
  else
    {
      g_string_append (out, ">\n");

      append_basics (out, document);

      if (node_has_any (node, _vitae_xml_meta_fields))
        {
          append_open (out, 1, "meta", FALSE);
          append_text_fields (out, 2, node, _vitae_xml_meta_fields);
          append_close (out, 1, "meta");
        }

      append_text_fields (out, 1, node, _vitae_xml_job_fields);

      for (guint i = 0; i < n_sections; i++)
        append_section (out, vitae_document_get_section (document, i));

      g_string_append (out, "</resume>\n");
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (g_steal_pointer (&out), FALSE);
}
