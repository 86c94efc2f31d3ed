/* vitae-xml-parse.c
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

#include "vitae-document.h"
#include "vitae-error.h"
#include "vitae-io-private.h"
#include "vitae-xml.h"
#include "vitae-xml-private.h"

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
  guint       elements;
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

/* Counts the start tag from @tag to its '>' at @gt, inside @depth open
 * elements, and opens its element unless it closes itself. */
static gboolean
open_element (Counts      *counts,
              guint       *depth,
              const char  *tag,
              const char  *gt,
              const char  *filename,
              guint        line,
              GError     **error)
{
  gsize name_len;
  const char *name;

  if (++counts->elements > MAX_ELEMENTS)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %u a line number, %d a count */
                   _("%s:%u: the file has more than %d elements, far more than any resume"),
                   filename, line, MAX_ELEMENTS);
      return FALSE;
    }

  name = tag_name (tag + 1, gt, &name_len);
  if (*depth <= MAX_DEPTH &&
      !count_element (counts, *depth, name, name_len, filename, line, error))
    return FALSE;

  if (gt[-1] != '/' || gt - 1 == tag)
    {
      if (*depth < MAX_DEPTH + 1)
        {
          counts->names[*depth] = name;
          counts->lengths[*depth] = name_len;
          counts->children[*depth] = 0;
        }
      (*depth)++;
    }

  if (*depth > MAX_DEPTH)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %u a line number, %d a count */
                   _("%s:%u: elements are nested more than %d deep, which no resume needs"),
                   filename, line, MAX_DEPTH);
      return FALSE;
    }

  return TRUE;
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
        else if (!open_element (counts, &depth, tag, p, filename, line, error))
          return FALSE;
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
  if (!_vitae_xml_read_resume (filename, xmlDocGetRootElement (doc), scratch, &walk_error))
    g_propagate_error (error, g_steal_pointer (&walk_error));
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                 /* Translators: %s is a file name, %d a line, the last %s the validator's message */
                 _("%s:%d: the file does not follow the Vitae format (%s)"),
                 filename, first.line, first.message ? first.message : "");

  g_free (first.message);
  return FALSE;
}

/* Callers other than vitae_read_text_file() may hand over any bytes: a nul
 * or an invalid sequence would reach libxml2's messages and the document's
 * strings. */
static gboolean
check_utf8 (const char  *data,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  const char *invalid;

  if (g_utf8_validate_len (data, length, &invalid))
    return TRUE;

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_ENCODING,
               /* Translators: %s is a file name, %u a line number */
               _("%s:%u: the file is not valid UTF-8 text"), filename, 1 + count_lines (data, invalid));
  return FALSE;
}

/* Parses the bytes, which scan_markup() let through, into a well-formed
 * tree with no document type and a root element. */
static xmlDocPtr
parse_tree (const char  *data,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  gboolean forbidden;

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
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                 _("%s: the file declares a document type (DOCTYPE); Vitae files have none"),
                 filename);
  else if (doc == NULL || !ctxt->wellFormed)
    set_parse_error (filename, xmlCtxtGetLastError (ctxt), error);
  else if (xmlDocGetRootElement (doc) == NULL)
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                 _("%s: the file holds no XML element"), filename);
  else
    {
      xmlFreeParserCtxt (ctxt);
      return doc;
    }

  g_clear_pointer (&doc, xmlFreeDoc);
  xmlFreeParserCtxt (ctxt);
  return NULL;
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
  xmlDocPtr doc;
  xmlNodePtr root;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  init_libxml ();

  if (!_vitae_io_check_size (length, filename, error) ||
      !check_utf8 (data, length, filename, error) ||
      !scan_markup (data, length, filename, error) ||
      !(doc = parse_tree (data, length, filename, error)))
    return NULL;

  root = xmlDocGetRootElement (doc);
  document = vitae_document_new ();
  ok = check_root (root, filename, error) &&
       validate (doc, filename, error) &&
       _vitae_xml_read_resume (filename, root, document, error);
  xmlFreeDoc (doc);
  if (!ok)
    return NULL;

  _vitae_io_mark_loaded (document);

  return g_steal_pointer (&document);
}
