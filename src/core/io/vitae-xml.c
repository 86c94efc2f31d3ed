/* vitae-xml.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-xml"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-history.h"
#include "vitae-io.h"
#include "vitae-section.h"

#define VITAE_XML_NS       "https://vitae.github.io/ns/1"
#define VITAE_XML_VERSION  "1"
#define VITAE_RNG_RESOURCE "/io/github/vitae/Vitae/core/vitae.rng"

/* A resume needs six levels (resume, section, entry, keywords, item and the
 * text); anything much deeper is not a resume, and refusing it early keeps
 * libxml2's recursive code away from hostile input. */
#define MAX_DEPTH    32
/* A long resume has a few thousand elements. */
#define MAX_ELEMENTS 200000

/* libxml2 2.12 made the errors it hands out const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError ErrorArg;
#else
typedef xmlError ErrorArg;
#endif

/* The parser reports problems itself and never needs a DTD or entity. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                       XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES)

typedef struct
{
  const char *element;
  const char *key;
} FieldName;

/* The fields, in the order they are written. Each table ends with an
 * element of NULL. The same names are in data/vitae.rng. */
static const FieldName basics_fields[] = {
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

static const FieldName location_fields[] = {
  { "address", "address" },
  { "postal-code", "postal-code" },
  { "city", "city" },
  { "country-code", "country-code" },
  { "region", "region" },
  { NULL, NULL }
};

static const FieldName profile_fields[] = {
  { "network", "network" },
  { "username", "username" },
  { "url", "url" },
  { NULL, NULL }
};

static const FieldName meta_fields[] = {
  { "canonical", "meta-canonical" },
  { "version", "meta-version" },
  { "last-modified", "meta-last-modified" },
  { "schema", "meta-schema" },
  { NULL, NULL }
};

/* The job description the resume is tailored to: the document's "job". */
static const FieldName job_fields[] = {
  { "job", "job" },
  /* Members of an imported JSON Resume that its schema does not define,
   * as JSON text, given back on export (vitae-json-resume.c). */
  { "extension", "x-vitae-unknown" },
  { NULL, NULL }
};

static const FieldName section_fields[] = {
  { "title", "title" },
  { NULL, NULL }
};

static const FieldName entry_text_fields[] = {
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

static const FieldName entry_list_fields[] = {
  { "keywords", "keywords" },
  { "courses", "courses" },
  { "roles", "roles" },
  { NULL, NULL }
};

static void
free_xml_string (xmlChar *string)
{
  xmlFree (string);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlChar, free_xml_string)

/* Helpers: writing */

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
  return !node_has_any (VITAE_NODE (entry), entry_text_fields) &&
         !node_has_any (VITAE_NODE (entry), entry_list_fields) &&
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
  append_text_fields (out, depth + 1, VITAE_NODE (entry), entry_text_fields);

  for (guint i = 0; entry_list_fields[i].element != NULL; i++)
    {
      const char * const *items = vitae_node_get_list (VITAE_NODE (entry), entry_list_fields[i].key);

      if (items[0] != NULL)
        append_list_element (out, depth + 1, entry_list_fields[i].element, "item", items);
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

  if (!node_has_any (node, basics_fields) &&
      !node_has_any (node, location_fields) &&
      n_profiles == 0)
    return;

  append_open (out, 1, "basics", FALSE);
  append_text_fields (out, 2, node, basics_fields);

  if (node_has_any (node, location_fields))
    {
      append_open (out, 2, "location", FALSE);
      append_text_fields (out, 3, node, location_fields);
      append_close (out, 2, "location");
    }

  for (guint i = 0; i < n_profiles; i++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
      gboolean empty = !node_has_any (profile, profile_fields);

      append_open (out, 2, "profile", empty);
      if (!empty)
        {
          append_text_fields (out, 3, profile, profile_fields);
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

  append_text_fields (out, 2, VITAE_NODE (section), section_fields);
  for (guint i = 0; i < n_entries; i++)
    append_entry (out, 2, vitae_section_get_entry (section, i));

  append_close (out, 1, "section");
}

/* Helpers: reading */

static xmlParserInputPtr
refuse_external_entity_cb (const char       *url,
                           const char       *id,
                           xmlParserCtxtPtr  ctxt)
{
  /* Vitae files never refer to anything outside themselves: whatever an
   * entity or DTD points to, nothing is loaded. */
  return NULL;
}

static void
init_libxml (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity_cb);
      g_once_init_leave (&initialized, 1);
    }
}

static guint
count_lines (const char *from,
             const char *to)
{
  guint n = 0;

  for (const char *p = from; p < to; p++)
    n += (*p == '\n');

  return n;
}

static const char *
find_bytes (const char *from,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = from; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;

  return NULL;
}

static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && memcmp (p, prefix, n) == 0;
}

/* The counts the scan keeps: no resume comes near the limits in
 * vitae-io.h, and refusing a file here spares it RELAX NG validation, whose
 * interleave patterns take far more than linear time on long lists. */
typedef struct
{
  /* The names of the open elements (without a prefix) and, for each, how
   * many of the children that are counted it has had. */
  const char *names[MAX_DEPTH + 1];
  gsize       lengths[MAX_DEPTH + 1];
  guint       children[MAX_DEPTH + 1];
  guint       totals[VITAE_N_LIMITS];
} Counts;

static gboolean
name_is (const char *name,
         gsize       length,
         const char *expected)
{
  return name != NULL && strlen (expected) == length && memcmp (name, expected, length) == 0;
}

/* Counts the element @name that opens inside @depth open elements. */
static gboolean
count_element (Counts      *counts,
               guint        depth,
               const char  *name,
               gsize        length,
               const char  *filename,
               guint        line,
               GError     **error)
{
  const char *parent = depth > 0 ? counts->names[depth - 1] : NULL;
  gsize parent_length = depth > 0 ? counts->lengths[depth - 1] : 0;
  VitaeLimit per_parent, total;
  g_autofree char *where = NULL;

  if (name_is (name, length, "section") && name_is (parent, parent_length, "resume"))
    per_parent = total = VITAE_LIMIT_SECTIONS;
  else if (name_is (name, length, "profile") && name_is (parent, parent_length, "basics"))
    per_parent = total = VITAE_LIMIT_PROFILES;
  else if (name_is (name, length, "entry") && name_is (parent, parent_length, "section"))
    per_parent = VITAE_LIMIT_ENTRIES_PER_SECTION, total = VITAE_LIMIT_ENTRIES;
  else if (name_is (name, length, "bullet") && name_is (parent, parent_length, "bullets"))
    per_parent = VITAE_LIMIT_BULLETS_PER_ENTRY, total = VITAE_LIMIT_BULLETS;
  else if (name_is (name, length, "item") &&
           (name_is (parent, parent_length, "keywords") || name_is (parent, parent_length, "courses") ||
            name_is (parent, parent_length, "roles")))
    per_parent = VITAE_LIMIT_ITEMS_PER_LIST, total = VITAE_LIMIT_LIST_ITEMS;
  else
    return TRUE;

  counts->children[depth - 1]++;
  counts->totals[total]++;
  if (counts->children[depth - 1] <= vitae_limit_get_max (per_parent) &&
      counts->totals[total] <= vitae_limit_get_max (total))
    return TRUE;

  where = g_strdup_printf ("%s:%u", filename, line);
  return vitae_limit_check (per_parent, counts->children[depth - 1], where, error) &&
         vitae_limit_check (total, counts->totals[total], where, error);
}

/* The name of the tag that starts at @start, without a namespace prefix. */
static const char *
tag_name (const char *start,
          const char *end,
          gsize      *length)
{
  const char *name = start;
  gsize n = 0;

  while (name + n < end && !g_ascii_isspace (name[n]) && name[n] != '/' && name[n] != '>')
    n++;
  for (gsize i = n; i > 0; i--)
    if (name[i - 1] == ':')
      {
        name += i;
        n -= i;
        break;
      }

  *length = n;
  return name;
}

/*
 * Looks at the markup before libxml2 does. Any "<!" that does not open a
 * comment or a CDATA section is a declaration (DOCTYPE, ENTITY, ELEMENT…):
 * a .vitae file has none, and refusing them here means no entity, internal
 * or external, ever reaches libxml2's entity code. The same pass counts
 * elements and nesting, so that a huge or deeply nested file is refused
 * before a tree is built, and the sections, entries, bullets, list items and
 * profiles against the limits in vitae-io.h. Malformed markup is left for the parser to
 * report with its line.
 */
static gboolean
scan_markup (const char  *data,
             gsize        length,
             const char  *filename,
             GError     **error)
{
  const char *end = data + length;
  const char *p = data;
  guint line = 1;
  guint depth = 0;
  guint elements = 0;
  g_autofree Counts *counts = g_new0 (Counts, 1);

  while (p < end)
    {
      const char *close;

      if (*p == '\n')
        line++;
      if (*p != '<')
        {
          p++;
          continue;
        }

      if (has_prefix (p, end, "<!--") || has_prefix (p, end, "<![CDATA[") || has_prefix (p, end, "<?"))
        {
          const char *terminator = p[1] == '?' ? "?>" : p[2] == '-' ? "-->" : "]]>";

          if (!(close = find_bytes (p + 2, end, terminator)))
            return TRUE;
          line += count_lines (p, close);
          p = close + strlen (terminator);
          continue;
        }

      if (has_prefix (p, end, "<!"))
        {
          gboolean is_doctype = has_prefix (p, end, "<!DOCTYPE");

          g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                       is_doctype
                       /* Translators: %s is a file name, %u a line number */
                       ? _("%s:%u: the file declares a document type (DOCTYPE); Vitae files have "
                           "none, and Vitae never loads entities or other files they point to")
                       : _("%s:%u: the file declares an entity or other markup; Vitae files have "
                           "no declarations, and Vitae never expands or loads entities"),
                       filename, line);
          return FALSE;
        }

      /* A start or end tag: find its end, stepping over quoted attribute
       * values, which may hold '>'. */
      {
        gboolean end_tag = p + 1 < end && p[1] == '/';
        const char *tag = p;
        char quote = 0;

        for (p++; p < end; p++)
          {
            if (*p == '\n')
              line++;
            if (quote != 0)
              {
                if (*p == quote)
                  quote = 0;
              }
            else if (*p == '"' || *p == '\'')
              quote = *p;
            else if (*p == '>')
              break;
          }
        if (p >= end)
          return TRUE;

        if (end_tag)
          depth = depth > 0 ? depth - 1 : 0;
        else
          {
            if (++elements > MAX_ELEMENTS)
              {
                g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                             /* Translators: %s is a file name, %u a line number, %d a count */
                             _("%s:%u: the file has more than %d elements, far more than any resume"),
                             filename, line, MAX_ELEMENTS);
                return FALSE;
              }
            {
              gsize name_len;
              const char *name = tag_name (tag + 1, p, &name_len);

              if (depth <= MAX_DEPTH &&
                  !count_element (counts, depth, name, name_len, filename, line, error))
                return FALSE;

              if (p[-1] != '/' || p - 1 == tag)
                {
                  if (depth < MAX_DEPTH + 1)
                    {
                      counts->names[depth] = name;
                      counts->lengths[depth] = name_len;
                      counts->children[depth] = 0;
                    }
                  depth++;
                }
            }
            if (depth > MAX_DEPTH)
              {
                g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                             /* Translators: %s is a file name, %u a line number, %d a count */
                             _("%s:%u: elements are nested more than %d deep, which no resume needs"),
                             filename, line, MAX_DEPTH);
                return FALSE;
              }
          }
        p++;
      }
    }

  return TRUE;
}

static void
stop_at_declaration_cb (void          *user_data,
                        const xmlChar *name,
                        const xmlChar *external_id,
                        const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;

  /* scan_markup() refuses every declaration before parsing; this is the
   * second lock on the same door. */
  ctxt->_private = GINT_TO_POINTER (1);
  xmlStopParser (ctxt);
}

static void
set_parse_error (const char  *filename,
                 ErrorArg    *err,
                 GError     **error)
{
  g_autofree char *reason = NULL;
  int line = err != NULL ? err->line : 0;

  if (err == NULL || err->message == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   /* Translators: %s is a file name */
                   _("%s: the file is not well-formed XML"), filename);
      return;
    }

  switch (err->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      reason = g_strdup (_("the file holds no XML element"));
      break;

    case XML_ERR_TAG_NOT_FINISHED:
      /* Translators: %s is an element name */
      reason = g_strdup_printf (_("the file ends before element “%s” is closed; it may be truncated"),
                                err->str1 ? err->str1 : "?");
      break;

    case XML_ERR_TAG_NAME_MISMATCH:
      /* Translators: the first %s is an element name, %d the line where it started */
      reason = g_strdup_printf (_("this end tag does not close element “%s” opened on line %d"),
                                err->str1 ? err->str1 : "?", err->int1);
      break;

    case XML_ERR_DOCUMENT_END:
      reason = g_strdup (_("there is more after the end of the resume element"));
      break;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      /* Translators: %s is an entity name; do not translate the references */
      reason = g_strdup_printf (_("“&%s;” is not defined; Vitae files use only &amp; &lt; "
                                  "&gt; &quot; &apos; and character references"),
                                err->str1 ? err->str1 : "?");
      break;

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
      reason = g_strdup (_("the file holds a character that XML does not allow"));
      break;

    case XML_ERR_OK:
    default:
      {
        g_autofree char *message = g_strstrip (g_strdup (err->message));

        /* Translators: %s is the XML parser's own description of the problem */
        reason = g_strdup_printf (_("this is not well-formed XML (%s)"), message);
      }
      break;
    }

  if (line > 0)
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE, "%s:%d: %s", filename, line, reason);
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE, "%s: %s", filename, reason);
}

/* The schema is compiled once per process and kept. */
static xmlRelaxNGPtr
get_schema (void)
{
  static xmlRelaxNGPtr schema;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr pctxt;
      gsize size = 0;
      const char *data;

      bytes = g_resources_lookup_data (VITAE_RNG_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes == NULL)
        g_error ("The resource %s is missing; was vitae_core_init() called?", VITAE_RNG_RESOURCE);

      data = g_bytes_get_data (bytes, &size);
      pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      schema = xmlRelaxNGParse (pctxt);
      xmlRelaxNGFreeParserCtxt (pctxt);
      if (schema == NULL)
        g_error ("The shipped schema %s does not compile", VITAE_RNG_RESOURCE);

      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

typedef struct
{
  int   line;
  char *message;
} FirstError;

static void
keep_first_error_cb (void     *user_data,
                     ErrorArg *err)
{
  FirstError *first = user_data;

  if (first->message != NULL || err == NULL)
    return;

  first->line = err->line;
  if (err->node != NULL)
    first->line = (int) xmlGetLineNo ((xmlNodePtr) err->node);
  first->message = g_strstrip (g_strdup (err->message ? err->message : ""));
}

typedef struct
{
  const char    *filename;
  VitaeDocument *document;
} Reader;

static gboolean
is_vitae_element (xmlNodePtr node)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, VITAE_XML_NS) == 0;
}

static gboolean
is_blank_text (xmlNodePtr node)
{
  return (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
         xmlIsBlankNode (node);
}

static gboolean G_GNUC_PRINTF (4, 5)
fail_at (Reader      *reader,
         xmlNodePtr   node,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID, "%s:%ld: %s",
               reader->filename, xmlGetLineNo (node), reason);
  return FALSE;
}

/* Checks that @element has no attributes but the ones named, and returns
 * FALSE with an error otherwise. */
static gboolean
check_attributes (Reader      *reader,
                  xmlNodePtr   element,
                  const char  *allowed,
                  GError     **error)
{
  for (xmlAttrPtr attr = element->properties; attr != NULL; attr = attr->next)
    {
      if (allowed == NULL || attr->ns != NULL || g_strcmp0 ((const char *) attr->name, allowed) != 0)
        /* Translators: the first %s is an attribute name, the second an element name */
        return fail_at (reader, element, error, _("attribute “%s” is not allowed on “%s”"),
                        (const char *) attr->name, (const char *) element->name);
    }

  return TRUE;
}

/* Reads the text of a field element: its text and CDATA, which may not be
 * mixed with elements. Comments are skipped. */
static char *
read_text (Reader      *reader,
           xmlNodePtr   element,
           GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!check_attributes (reader, element, NULL, error))
    return NULL;

  for (xmlNodePtr child = element->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        {
          /* Translators: both %s are element names */
          fail_at (reader, child, error, _("element “%s” is not allowed inside “%s”, which holds text only"),
                   (const char *) child->name, (const char *) element->name);
          return NULL;
        }
    }

  if (!g_utf8_validate (text->str, text->len, NULL))
    {
      fail_at (reader, element, error, _("the text of “%s” is not valid UTF-8"),
               (const char *) element->name);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Walks the element children of @parent, skipping comments and blank text.
 * Returns FALSE with an error when the content holds text or an element from
 * another namespace. */
static gboolean
next_child (Reader      *reader,
            xmlNodePtr   parent,
            xmlNodePtr  *iter,
            GError     **error)
{
  xmlNodePtr node = *iter == NULL ? parent->children : (*iter)->next;

  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          if (!is_vitae_element (node))
            /* Translators: the first %s is an element name, the second the Vitae namespace */
            return fail_at (reader, node, error, _("element “%s” is not in the Vitae namespace (%s)"),
                            (const char *) node->name, VITAE_XML_NS);
          break;
        }

      if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && !is_blank_text (node))
        {
          g_autofree char *content = g_strstrip (g_strdelimit (g_strdup ((const char *) node->content), "\t\r\n", ' '));
          g_autofree char *snippet = g_utf8_substring (content, 0, MIN (20, g_utf8_strlen (content, -1)));

          const char *text = (const char *) node->content;
          long line = xmlGetLineNo (node);

          /* libxml2 gives a text node the line where it ends; report the
           * line where its first visible character is. */
          for (const char *p = text + strspn (text, " \t\r\n"); *p != '\0'; p++)
            line -= (*p == '\n');

          g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                       /* Translators: %s is a file name, %ld a line, then a piece of text and an element name */
                       _("%s:%ld: text “%s” is not allowed directly inside “%s”"),
                       reader->filename, line, snippet, (const char *) parent->name);
          return FALSE;
        }
    }

  *iter = node;
  return TRUE;
}

static gboolean
not_allowed (Reader      *reader,
             xmlNodePtr   child,
             xmlNodePtr   parent,
             GError     **error)
{
  /* Translators: both %s are element names */
  return fail_at (reader, child, error, _("element “%s” is not allowed in “%s”"),
                  (const char *) child->name, (const char *) parent->name);
}

static const FieldName *
find_field (const FieldName *fields,
            const xmlChar   *element)
{
  for (guint i = 0; fields[i].element != NULL; i++)
    if (g_strcmp0 (fields[i].element, (const char *) element) == 0)
      return &fields[i];
  return NULL;
}

/* Reads a text field into @node, refusing a second occurrence. Returns
 * FALSE with an error. */
static gboolean
read_text_field (Reader           *reader,
                 xmlNodePtr        element,
                 const FieldName  *field,
                 VitaeNode        *node,
                 GHashTable       *seen,
                 GError          **error)
{
  g_autofree char *text = NULL;

  if (!g_hash_table_add (seen, (gpointer) field->element))
    /* Translators: both %s are element names */
    return fail_at (reader, element, error, _("“%s” appears twice in “%s”"),
                    field->element, (const char *) element->parent->name);

  if (!(text = read_text (reader, element, error)))
    return FALSE;

  vitae_node_set_text (node, field->key, text);
  return TRUE;
}

static gboolean
read_fields (Reader           *reader,
             xmlNodePtr        element,
             const FieldName  *fields,
             VitaeNode        *node,
             GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, element, NULL, error))
    return FALSE;

  while (next_child (reader, element, &child, error))
    {
      const FieldName *field;

      if (child == NULL)
        return TRUE;
      if (!(field = find_field (fields, child->name)))
        return not_allowed (reader, child, element, error);
      if (!read_text_field (reader, child, field, node, seen, error))
        return FALSE;
    }

  return FALSE;
}

static gboolean
read_list (Reader      *reader,
           xmlNodePtr   element,
           const char  *item_name,
           GPtrArray   *items,
           GError     **error)
{
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, element, NULL, error))
    return FALSE;

  while (next_child (reader, element, &child, error))
    {
      char *text;

      if (child == NULL)
        return TRUE;
      if (g_strcmp0 ((const char *) child->name, item_name) != 0)
        return not_allowed (reader, child, element, error);
      if (!(text = read_text (reader, child, error)))
        return FALSE;
      g_ptr_array_add (items, text);
    }

  return FALSE;
}

static gboolean
read_profile (Reader      *reader,
              xmlNodePtr   element,
              GError     **error)
{
  g_autoptr(VitaeEntry) profile = vitae_entry_new ();

  if (!read_fields (reader, element, profile_fields, VITAE_NODE (profile), error))
    return FALSE;

  vitae_document_append_profile (reader->document, profile);
  return TRUE;
}

static gboolean
read_basics (Reader      *reader,
             xmlNodePtr   element,
             GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  VitaeNode *node = VITAE_NODE (reader->document);
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, element, NULL, error))
    return FALSE;

  while (next_child (reader, element, &child, error))
    {
      const FieldName *field;

      if (child == NULL)
        return TRUE;

      if ((field = find_field (basics_fields, child->name)))
        {
          if (!read_text_field (reader, child, field, node, seen, error))
            return FALSE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "location"))
        {
          if (!g_hash_table_add (seen, (gpointer) "location"))
            return fail_at (reader, child, error, _("“%s” appears twice in “%s”"), "location", "basics");
          if (!read_fields (reader, child, location_fields, node, error))
            return FALSE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "profile"))
        {
          if (!read_profile (reader, child, error))
            return FALSE;
        }
      else
        return not_allowed (reader, child, element, error);
    }

  return FALSE;
}

static gboolean
read_entry (Reader        *reader,
            xmlNodePtr     element,
            VitaeSection  *section,
            GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, element, NULL, error))
    return FALSE;

  while (next_child (reader, element, &child, error))
    {
      const FieldName *field;

      if (child == NULL)
        {
          vitae_section_append_entry (section, entry);
          return TRUE;
        }

      if ((field = find_field (entry_text_fields, child->name)))
        {
          if (!read_text_field (reader, child, field, VITAE_NODE (entry), seen, error))
            return FALSE;
        }
      else if ((field = find_field (entry_list_fields, child->name)))
        {
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

          if (!g_hash_table_add (seen, (gpointer) field->element))
            return fail_at (reader, child, error, _("“%s” appears twice in “%s”"), field->element, "entry");
          if (!read_list (reader, child, "item", items, error))
            return FALSE;
          g_ptr_array_add (items, NULL);
          vitae_node_set_list (VITAE_NODE (entry), field->key, (const char * const *) items->pdata);
        }
      else if (xmlStrEqual (child->name, BAD_CAST "bullets"))
        {
          g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

          if (!g_hash_table_add (seen, (gpointer) "bullets"))
            return fail_at (reader, child, error, _("“%s” appears twice in “%s”"), "bullets", "entry");
          if (!read_list (reader, child, "bullet", texts, error))
            return FALSE;
          for (guint i = 0; i < texts->len; i++)
            {
              g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_ptr_array_index (texts, i));

              vitae_entry_append_bullet (entry, bullet);
            }
        }
      else
        return not_allowed (reader, child, element, error);
    }

  return FALSE;
}

static gboolean
read_section (Reader      *reader,
              xmlNodePtr   element,
              GError     **error)
{
  g_autoptr(xmlChar) kind_id = xmlGetNoNsProp (element, BAD_CAST "kind");
  g_autoptr(VitaeSection) section = NULL;
  VitaeSectionKind kind;
  gboolean has_title = FALSE;
  guint n_entries = 0;
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, element, "kind", error))
    return FALSE;

  if (kind_id == NULL)
    return fail_at (reader, element, error, _("“section” has no “kind” attribute"));
  if (!vitae_section_kind_from_id ((const char *) kind_id, &kind))
    /* Translators: %s is what the file gave as a section kind */
    return fail_at (reader, element, error,
                    _("section kind “%s” is unknown (known kinds: experience, projects, education, "
                      "skills, certifications, awards, volunteer, publications, languages, "
                      "interests, references, custom)"),
                    (const char *) kind_id);

  section = vitae_section_new (kind);

  while (next_child (reader, element, &child, error))
    {
      if (child == NULL)
        {
          vitae_document_append_section (reader->document, section);
          return TRUE;
        }

      if (xmlStrEqual (child->name, BAD_CAST "title"))
        {
          g_autofree char *title = NULL;

          if (has_title)
            return fail_at (reader, child, error, _("“%s” appears twice in “%s”"), "title", "section");
          if (n_entries > 0)
            return fail_at (reader, child, error, _("the section’s “title” must come before its entries"));
          if (!(title = read_text (reader, child, error)))
            return FALSE;
          vitae_node_set_text (VITAE_NODE (section), "title", title);
          has_title = TRUE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "entry"))
        {
          if (!read_entry (reader, child, section, error))
            return FALSE;
          n_entries++;
        }
      else
        return not_allowed (reader, child, element, error);
    }

  return FALSE;
}

/* Reads the children of the root into the document. Used both to build the
 * document and, when the schema refuses a file, to say precisely where and
 * why: the schema validator's own messages often name a parent element
 * rather than the one at fault. */
static gboolean
read_resume (Reader      *reader,
             xmlNodePtr   root,
             GError     **error)
{
  gboolean has_basics = FALSE, has_meta = FALSE, has_job = FALSE, has_extension = FALSE, has_sections = FALSE;
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, root, "version", error))
    return FALSE;

  while (next_child (reader, root, &child, error))
    {
      if (child == NULL)
        return TRUE;

      if (xmlStrEqual (child->name, BAD_CAST "basics"))
        {
          if (has_basics || has_meta || has_sections)
            return fail_at (reader, child, error, _("“basics” must come once, first in the resume"));
          has_basics = TRUE;
          if (!read_basics (reader, child, error))
            return FALSE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "meta"))
        {
          if (has_meta || has_sections)
            return fail_at (reader, child, error, _("“meta” must come once, before the sections"));
          has_meta = TRUE;
          if (!read_fields (reader, child, meta_fields, VITAE_NODE (reader->document), error))
            return FALSE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "job"))
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          if (has_job || has_sections)
            return fail_at (reader, child, error, _("“job” must come once, before the sections"));
          has_job = TRUE;
          if (!read_text_field (reader, child, &job_fields[0], VITAE_NODE (reader->document), seen, error))
            return FALSE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "extension"))
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          if (has_extension || has_sections)
            return fail_at (reader, child, error, _("“extension” must come once, before the sections"));
          has_extension = TRUE;
          if (!read_text_field (reader, child, &job_fields[1], VITAE_NODE (reader->document), seen, error))
            return FALSE;
        }
      else if (xmlStrEqual (child->name, BAD_CAST "section"))
        {
          has_sections = TRUE;
          if (!read_section (reader, child, error))
            return FALSE;
        }
      else
        return not_allowed (reader, child, root, error);
    }

  return FALSE;
}

static gboolean
check_root (xmlNodePtr   root,
            const char  *filename,
            GError     **error)
{
  g_autoptr(xmlChar) version = NULL;
  long line = xmlGetLineNo (root);

  if (!xmlStrEqual (root->name, BAD_CAST "resume"))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   /* Translators: %s is a file name, %ld a line, the last %s an element name */
                   _("%s:%ld: this is not a Vitae resume: the document is “%s”, not “resume”"),
                   filename, line, (const char *) root->name);
      return FALSE;
    }

  if (root->ns == NULL || !xmlStrEqual (root->ns->href, BAD_CAST VITAE_XML_NS))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   /* Translators: %s is a file name, %ld a line, the last %s a namespace URI */
                   _("%s:%ld: this is not a Vitae resume: “resume” must be in the namespace %s"),
                   filename, line, VITAE_XML_NS);
      return FALSE;
    }

  version = xmlGetNoNsProp (root, BAD_CAST "version");
  if (version == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   /* Translators: %s is a file name, %ld a line */
                   _("%s:%ld: “resume” has no “version” attribute"), filename, line);
      return FALSE;
    }

  if (!xmlStrEqual (version, BAD_CAST VITAE_XML_VERSION))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   /* Translators: %s is a file name, %ld a line, then two version numbers */
                   _("%s:%ld: the file is in format version “%s”, but this Vitae reads version %s; "
                     "a newer Vitae may open it"),
                   filename, line, (const char *) version, VITAE_XML_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate (xmlDocPtr    doc,
          const char  *filename,
          GError     **error)
{
  xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  FirstError first = { 0, NULL };
  g_autoptr(GError) walk_error = NULL;
  g_autoptr(VitaeDocument) scratch = NULL;
  Reader reader;
  int result;

  xmlRelaxNGSetValidStructuredErrors (vctxt, keep_first_error_cb, &first);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result == 0)
    {
      g_free (first.message);
      return TRUE;
    }

  /* Find the precise fault with our own reader; only if it sees none (the
   * schema is stricter in some corner) quote the validator. */
  scratch = vitae_document_new ();
  reader.filename = filename;
  reader.document = scratch;
  if (!read_resume (&reader, xmlDocGetRootElement (doc), &walk_error))
    g_propagate_error (error, g_steal_pointer (&walk_error));
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                 /* Translators: %s is a file name, %d a line, the last %s the validator's message */
                 _("%s:%d: the file does not follow the Vitae format (%s)"),
                 filename, first.line, first.message ? first.message : "");

  g_free (first.message);
  return FALSE;
}

/* Public API */

/**
 * vitae_xml_parse:
 * @data: the bytes of a .vitae file
 * @length: their number
 * @filename: the file name to use in error messages
 * @error: a #GError
 *
 * Parses a .vitae file, refusing declarations and entities, and validates
 * it against the RELAX NG schema. Errors name @filename and, where there
 * is one, the line.
 *
 * Returns: (transfer full) (nullable): the document, with an empty history
 */
VitaeDocument *
vitae_xml_parse (const char  *data,
                 gsize        length,
                 const char  *filename,
                 GError     **error)
{
  g_autoptr(VitaeDocument) document = NULL;
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  xmlNodePtr root;
  gboolean forbidden;
  const char *invalid;
  Reader reader;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  init_libxml ();

  if (length > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("%s: the file is too large: resumes are refused above %d MB"),
                   filename, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* Callers other than vitae_read_text_file() may hand over any bytes: a
   * nul or an invalid sequence would reach libxml2's messages and the
   * document's strings. */
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      guint line = 1;

      for (const char *p = data; p < invalid; p++)
        line += (*p == '\n');
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_ENCODING,
                   /* Translators: %s is a file name, %u a line number */
                   _("%s:%u: the file is not valid UTF-8 text"), filename, line);
      return NULL;
    }

  if (!scan_markup (data, length, filename, error))
    return NULL;

  if (!(ctxt = xmlNewParserCtxt ()))
    g_error ("libxml2 could not allocate a parser");

  ctxt->sax->internalSubset = stop_at_declaration_cb;
  ctxt->sax->externalSubset = stop_at_declaration_cb;
  ctxt->_private = NULL;

  /* The encoding is forced: the bytes were checked as UTF-8, whatever the
   * XML declaration may claim. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, "UTF-8", PARSE_OPTIONS);
  forbidden = ctxt->_private != NULL || (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL));

  if (forbidden)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                   _("%s: the file declares a document type (DOCTYPE); Vitae files have none"),
                   filename);
      g_clear_pointer (&doc, xmlFreeDoc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed)
    {
      set_parse_error (filename, xmlCtxtGetLastError (ctxt), error);
      g_clear_pointer (&doc, xmlFreeDoc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                   _("%s: the file holds no XML element"), filename);
      xmlFreeDoc (doc);
      return NULL;
    }

  if (!check_root (root, filename, error) || !validate (doc, filename, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  document = vitae_document_new ();
  reader.filename = filename;
  reader.document = document;
  if (!read_resume (&reader, root, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }
  xmlFreeDoc (doc);

  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);

  return g_steal_pointer (&document);
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
          !node_has_any (node, basics_fields) &&
          !node_has_any (node, location_fields) &&
          !node_has_any (node, meta_fields) &&
          !node_has_any (node, job_fields) &&
          g_list_model_get_n_items (vitae_document_get_profiles (document)) == 0;

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (out, "<resume xmlns=\"" VITAE_XML_NS "\" version=\"" VITAE_XML_VERSION "\"");
  if (empty)
    g_string_append (out, "/>\n");
  else
    {
      g_string_append (out, ">\n");

      append_basics (out, document);

      if (node_has_any (node, meta_fields))
        {
          append_open (out, 1, "meta", FALSE);
          append_text_fields (out, 2, node, meta_fields);
          append_close (out, 1, "meta");
        }

      append_text_fields (out, 1, node, job_fields);

      for (guint i = 0; i < n_sections; i++)
        append_section (out, vitae_document_get_section (document, i));

      g_string_append (out, "</resume>\n");
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (g_steal_pointer (&out), FALSE);
}
