/* vitae-xml-reader.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-io-private.h"
#include "vitae-section.h"
#include "vitae-xml-private.h"

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
  g_autofree char *where = g_strdup_printf ("%s:%ld", reader->filename, xmlGetLineNo (node));
  va_list args;

  va_start (args, format);
  _vitae_io_set_invalid_valist (error, where, format, args);
  va_end (args);
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

/* Reads one element child of the element being walked; @data is the
 * walk's own. */
typedef gboolean (*ReadChild) (Reader      *reader,
                               xmlNodePtr   child,
                               gpointer     data,
                               GError     **error);

/* Checks that @element has no attributes but @allowed and hands each of
 * its element children to @read_child. Returns FALSE with an error at the
 * first fault. */
static gboolean
walk_children (Reader      *reader,
               xmlNodePtr   element,
               const char  *allowed,
               ReadChild    read_child,
               gpointer     data,
               GError     **error)
{
  xmlNodePtr child = NULL;

  if (!check_attributes (reader, element, allowed, error))
    return FALSE;

  while (next_child (reader, element, &child, error))
    {
      if (child == NULL)
        return TRUE;
      if (!read_child (reader, child, data, error))
        return FALSE;
    }

  return FALSE;
}

/* Refuses a second @name in the parent of @child. */
static gboolean
check_once (Reader      *reader,
            xmlNodePtr   child,
            GHashTable  *seen,
            const char  *name,
            GError     **error)
{
  if (g_hash_table_add (seen, (gpointer) name))
    return TRUE;

  /* Translators: both %s are element names */
  return fail_at (reader, child, error, _("“%s” appears twice in “%s”"),
                  name, (const char *) child->parent->name);
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

  if (!check_once (reader, element, seen, field->element, error) ||
      !(text = read_text (reader, element, error)))
    return FALSE;

  vitae_node_set_text (node, field->key, text);
  return TRUE;
}

/* An element whose children are the text fields of one table. */
typedef struct
{
  const FieldName *fields;
  VitaeNode       *node;
  GHashTable      *seen;
} Fields;

static gboolean
read_field_cb (Reader      *reader,
               xmlNodePtr   child,
               gpointer     data,
               GError     **error)
{
  Fields *fields = data;
  const FieldName *field = find_field (fields->fields, child->name);

  if (field == NULL)
    return not_allowed (reader, child, child->parent, error);
  return read_text_field (reader, child, field, fields->node, fields->seen, error);
}

static gboolean
read_fields (Reader           *reader,
             xmlNodePtr        element,
             const FieldName  *table,
             VitaeNode        *node,
             GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Fields fields = { table, node, seen };

  return walk_children (reader, element, NULL, read_field_cb, &fields, error);
}

/* A list: its items, all named @item_name, and their texts. */
typedef struct
{
  const char *item_name;
  GPtrArray  *items;
} List;

static gboolean
read_item_cb (Reader      *reader,
              xmlNodePtr   child,
              gpointer     data,
              GError     **error)
{
  List *list = data;
  char *text;

  if (g_strcmp0 ((const char *) child->name, list->item_name) != 0)
    return not_allowed (reader, child, child->parent, error);
  if (!(text = read_text (reader, child, error)))
    return FALSE;
  g_ptr_array_add (list->items, text);
  return TRUE;
}

/* Reads a list into a new NULL-terminated array of its texts. */
static GPtrArray *
read_list (Reader      *reader,
           xmlNodePtr   element,
           const char  *item_name,
           GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  List list = { item_name, items };

  if (!walk_children (reader, element, NULL, read_item_cb, &list, error))
    return NULL;
  g_ptr_array_add (items, NULL);
  return g_steal_pointer (&items);
}

static gboolean
read_profile (Reader      *reader,
              xmlNodePtr   element,
              GError     **error)
{
  g_autoptr(VitaeEntry) profile = vitae_entry_new ();

  if (!read_fields (reader, element, _vitae_xml_profile_fields, VITAE_NODE (profile), error))
    return FALSE;

  vitae_document_append_profile (reader->document, profile);
  return TRUE;
}

static gboolean
read_basics_cb (Reader      *reader,
                xmlNodePtr   child,
                gpointer     data,
                GError     **error)
{
  Fields *basics = data;

  if (xmlStrEqual (child->name, BAD_CAST "location"))
    return check_once (reader, child, basics->seen, "location", error) &&
           read_fields (reader, child, _vitae_xml_location_fields, basics->node, error);
  if (xmlStrEqual (child->name, BAD_CAST "profile"))
    return read_profile (reader, child, error);
  return read_field_cb (reader, child, basics, error);
}

static gboolean
read_basics (Reader      *reader,
             xmlNodePtr   element,
             GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Fields basics = { _vitae_xml_basics_fields, VITAE_NODE (reader->document), seen };

  return walk_children (reader, element, NULL, read_basics_cb, &basics, error);
}

static gboolean
read_entry_cb (Reader      *reader,
               xmlNodePtr   child,
               gpointer     data,
               GError     **error)
{
  Fields *entry = data;
  const FieldName *field;
  g_autoptr(GPtrArray) texts = NULL;

  /* Text fields first: most children are. */
  if ((field = find_field (entry->fields, child->name)))
    return read_text_field (reader, child, field, entry->node, entry->seen, error);

  if ((field = find_field (_vitae_xml_entry_list_fields, child->name)))
    {
      if (!check_once (reader, child, entry->seen, field->element, error) ||
          !(texts = read_list (reader, child, "item", error)))
        return FALSE;
      vitae_node_set_list (entry->node, field->key, (const char * const *) texts->pdata);
      return TRUE;
    }

  if (xmlStrEqual (child->name, BAD_CAST "bullets"))
    {
      if (!check_once (reader, child, entry->seen, "bullets", error) ||
          !(texts = read_list (reader, child, "bullet", error)))
        return FALSE;
      for (guint i = 0; i + 1 < texts->len; i++)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_ptr_array_index (texts, i));

          vitae_entry_append_bullet (VITAE_ENTRY (entry->node), bullet);
        }
      return TRUE;
    }

  return not_allowed (reader, child, child->parent, error);
}

static gboolean
read_entry (Reader        *reader,
            xmlNodePtr     element,
            VitaeSection  *section,
            GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  Fields fields = { _vitae_xml_entry_text_fields, VITAE_NODE (entry), seen };

  if (!walk_children (reader, element, NULL, read_entry_cb, &fields, error))
    return FALSE;

  vitae_section_append_entry (section, entry);
  return TRUE;
}

typedef struct
{
  VitaeSection *section;
  gboolean      has_title;
  guint         n_entries;
} SectionState;

static gboolean
read_section_cb (Reader      *reader,
                 xmlNodePtr   child,
                 gpointer     data,
                 GError     **error)
{
  SectionState *state = data;
  g_autofree char *title = NULL;

  if (xmlStrEqual (child->name, BAD_CAST "entry"))
    {
      state->n_entries++;
      return read_entry (reader, child, state->section, error);
    }

  if (!xmlStrEqual (child->name, BAD_CAST "title"))
    return not_allowed (reader, child, child->parent, error);
  if (state->has_title)
    return fail_at (reader, child, error, _("“%s” appears twice in “%s”"), "title", "section");
  if (state->n_entries > 0)
    return fail_at (reader, child, error, _("the section’s “title” must come before its entries"));
  if (!(title = read_text (reader, child, error)))
    return FALSE;
  vitae_node_set_text (VITAE_NODE (state->section), "title", title);
  state->has_title = TRUE;
  return TRUE;
}

static gboolean
read_section (Reader      *reader,
              xmlNodePtr   element,
              GError     **error)
{
  g_autoptr(xmlChar) kind_id = xmlGetNoNsProp (element, BAD_CAST "kind");
  g_autoptr(VitaeSection) section = NULL;
  SectionState state = { NULL, FALSE, 0 };
  VitaeSectionKind kind;

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
  state.section = section;
  if (!walk_children (reader, element, "kind", read_section_cb, &state, error))
    return FALSE;

  vitae_document_append_section (reader->document, section);
  return TRUE;
}

/* What the resume element has had so far: its children come in an order. */
typedef struct
{
  gboolean has_basics;
  gboolean has_meta;
  gboolean has_job;
  gboolean has_extension;
  gboolean has_sections;
} ResumeState;

/* "job" and "extension": a text field of the document each. */
static gboolean
read_document_field (Reader           *reader,
                     xmlNodePtr        child,
                     const FieldName  *field,
                     GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  return read_text_field (reader, child, field, VITAE_NODE (reader->document), seen, error);
}

static gboolean
read_resume_cb (Reader      *reader,
                xmlNodePtr   child,
                gpointer     data,
                GError     **error)
{
  ResumeState *state = data;
  const FieldName *field;

  if (xmlStrEqual (child->name, BAD_CAST "section"))
    {
      state->has_sections = TRUE;
      return read_section (reader, child, error);
    }
  if (xmlStrEqual (child->name, BAD_CAST "basics"))
    {
      if (state->has_basics || state->has_meta || state->has_sections)
        return fail_at (reader, child, error, _("“basics” must come once, first in the resume"));
      state->has_basics = TRUE;
      return read_basics (reader, child, error);
    }
  if (xmlStrEqual (child->name, BAD_CAST "meta"))
    {
      if (state->has_meta || state->has_sections)
        return fail_at (reader, child, error, _("“meta” must come once, before the sections"));
      state->has_meta = TRUE;
      return read_fields (reader, child, _vitae_xml_meta_fields, VITAE_NODE (reader->document), error);
    }
  if ((field = find_field (_vitae_xml_job_fields, child->name)))
    {
      gboolean is_job = field == &_vitae_xml_job_fields[0];
      gboolean *had = is_job ? &state->has_job : &state->has_extension;

      if (*had || state->has_sections)
        return fail_at (reader, child, error, "%s",
                        is_job ? _("“job” must come once, before the sections")
                               : _("“extension” must come once, before the sections"));
      *had = TRUE;
      return read_document_field (reader, child, field, error);
    }
  return not_allowed (reader, child, child->parent, error);
}

/* Reads the children of the root into the document. Used both to build the
 * document and, when the schema refuses a file, to say precisely where and
 * why: the schema validator's own messages often name a parent element
 * rather than the one at fault. */
gboolean
_vitae_xml_read_resume (const char     *filename,
                        xmlNodePtr      root,
                        VitaeDocument  *document,
                        GError        **error)
{
  Reader reader = { filename, document };
  ResumeState state = { FALSE, FALSE, FALSE, FALSE, FALSE };

  return walk_children (&reader, root, "version", read_resume_cb, &state, error);
}
