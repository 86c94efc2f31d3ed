/* vitae-json-resume-reader.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-json-resume"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-error.h"
#include "vitae-io-private.h"
#include "vitae-json-resume.h"
#include "vitae-json-resume-private.h"

/*
 * Reading JSON Resume v1.0.0 into a VitaeDocument. Sections are created in
 * the order their arrays appear in the file, unless "meta"."x-vitae" lists
 * them (vitae-json-resume-extension.c). Members that are null are taken as
 * absent; other members we do not know are ignored.
 */

/* JSON Resume's deepest structure is four levels; a file nested far deeper
 * is refused before json-glib, which parses recursively, sees it. */
#define MAX_DEPTH 64

gboolean
_vitae_json_fail (Reader      *reader,
                  GError     **error,
                  const char  *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  _vitae_io_set_invalid_valist (error, reader->filename, format, args);
  va_end (args);
  return FALSE;
}

/* Each type has a whole sentence of its own, as the words around a type
 * differ from language to language. */
gboolean
_vitae_json_fail_type (Reader      *reader,
                       const char  *path,
                       Expected     expected,
                       GError     **error)
{
  switch (expected)
    {
    case EXPECT_STRING:
      /* Translators: %s is a place in the file such as “basics.name” */
      return _vitae_json_fail (reader, error, _("%s must be a string"), path);
    case EXPECT_STRINGS:
      /* Translators: %s is a place in the file such as “work[2].highlights” */
      return _vitae_json_fail (reader, error, _("%s must be an array of strings"), path);
    case EXPECT_OBJECT:
      /* Translators: %s is a place in the file such as “work[2]” */
      return _vitae_json_fail (reader, error, _("%s must be an object"), path);
    case EXPECT_ARRAY:
    default:
      /* Translators: %s is a place in the file such as “work” */
      return _vitae_json_fail (reader, error, _("%s must be an array"), path);
    }
}

gboolean
_vitae_json_read_string (Reader      *reader,
                         JsonNode    *node,
                         const char  *path,
                         const char **out,
                         GError     **error)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return _vitae_json_fail_type (reader, path, EXPECT_STRING, error);

  text = json_node_get_string (node);
  if (!g_utf8_validate (text, -1, NULL))
    /* Translators: %s is a place in the file such as “basics.name” */
    return _vitae_json_fail (reader, error, _("%s is not valid text"), path);

  *out = text;
  return TRUE;
}

/* Counts @n more of what @total counts, held in one array at @path, and
 * refuses the file when that is more than a resume ever has: the arrays'
 * lengths are checked before their elements are read. */
gboolean
_vitae_json_check_count (Reader      *reader,
                         VitaeLimit   per_array,
                         VitaeLimit   total,
                         guint        n,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *where = NULL;

  reader->totals[total] += n;
  if (n <= vitae_limit_get_max (per_array) && reader->totals[total] <= vitae_limit_get_max (total))
    return TRUE;

  where = g_strdup_printf ("%s: %s", reader->filename, path);
  return vitae_limit_check (per_array, n, where, error) &&
         vitae_limit_check (total, reader->totals[total], where, error);
}

/* Reads an array of strings into a new NULL-terminated array; @limit is
 * what the array holds, bullets or list items. */
gboolean
_vitae_json_read_strings (Reader      *reader,
                          JsonNode    *node,
                          const char  *path,
                          VitaeLimit   limit,
                          GPtrArray  **out,
                          GError     **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _vitae_json_fail_type (reader, path, EXPECT_STRINGS, error);

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (!_vitae_json_check_count (reader, limit,
                                limit == VITAE_LIMIT_BULLETS_PER_ENTRY ? VITAE_LIMIT_BULLETS : VITAE_LIMIT_LIST_ITEMS,
                                n, path, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      const char *text;

      if (!_vitae_json_read_string (reader, json_array_get_element (array, i), item_path, &text, error))
        return FALSE;
      g_ptr_array_add (strings, g_strdup (text));
    }
  g_ptr_array_add (strings, NULL);

  *out = g_steal_pointer (&strings);
  return TRUE;
}

/* Reads the string @member, at @path, into @key of @node. */
gboolean
_vitae_json_read_text_into (Reader      *reader,
                            JsonNode    *member,
                            const char  *path,
                            VitaeNode   *node,
                            const char  *key,
                            GError     **error)
{
  const char *text;

  if (!_vitae_json_read_string (reader, member, path, &text, error))
    return FALSE;
  vitae_node_set_text (node, key, text);
  return TRUE;
}

/* Reads the array of strings @member, at @path, into the list @key of
 * @node. */
gboolean
_vitae_json_read_list_into (Reader      *reader,
                            JsonNode    *member,
                            const char  *path,
                            VitaeNode   *node,
                            const char  *key,
                            GError     **error)
{
  g_autoptr(GPtrArray) strings = NULL;

  if (!_vitae_json_read_strings (reader, member, path, VITAE_LIMIT_ITEMS_PER_LIST, &strings, error))
    return FALSE;
  vitae_node_set_list (node, key, (const char * const *) strings->pdata);
  return TRUE;
}

/* The member @member of @parent, which must be a @expected (an object or an
 * array) when it is there. */
static gboolean
get_container (Reader      *reader,
               JsonObject  *parent,
               const char  *member,
               const char  *path,
               Expected     expected,
               JsonNode   **out,
               GError     **error)
{
  JsonNode *node = _vitae_json_get_member (parent, member);
  JsonNodeType type = expected == EXPECT_OBJECT ? JSON_NODE_OBJECT : JSON_NODE_ARRAY;

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (JSON_NODE_TYPE (node) != type)
    return _vitae_json_fail_type (reader, path, expected, error);

  *out = node;
  return TRUE;
}

gboolean
_vitae_json_get_object (Reader      *reader,
                        JsonObject  *parent,
                        const char  *member,
                        const char  *path,
                        JsonObject **out,
                        GError     **error)
{
  JsonNode *node;

  if (!get_container (reader, parent, member, path, EXPECT_OBJECT, &node, error))
    return FALSE;
  *out = node != NULL ? json_node_get_object (node) : NULL;
  return TRUE;
}

gboolean
_vitae_json_get_array (Reader      *reader,
                       JsonObject  *parent,
                       const char  *member,
                       const char  *path,
                       JsonArray  **out,
                       GError     **error)
{
  JsonNode *node;

  if (!get_container (reader, parent, member, path, EXPECT_ARRAY, &node, error))
    return FALSE;
  *out = node != NULL ? json_node_get_array (node) : NULL;
  return TRUE;
}

char *
_vitae_json_join_path (const char *parent,
                       const char *member)
{
  if (parent == NULL || parent[0] == '\0')
    return g_strdup (member);
  return g_strconcat (parent, ".", member, NULL);
}

gboolean
_vitae_json_append_bullets (Reader      *reader,
                            JsonNode    *node,
                            const char  *path,
                            VitaeEntry  *entry,
                            GError     **error)
{
  g_autoptr(GPtrArray) texts = NULL;

  if (!_vitae_json_read_strings (reader, node, path, VITAE_LIMIT_BULLETS_PER_ENTRY, &texts, error))
    return FALSE;

  for (guint i = 0; i + 1 < texts->len; i++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_ptr_array_index (texts, i));

      vitae_entry_append_bullet (entry, bullet);
    }

  return TRUE;
}

static gboolean
read_mapped_fields (Reader          *reader,
                    JsonObject      *object,
                    const char      *path,
                    const FieldMap  *fields,
                    VitaeNode       *node,
                    GError         **error)
{
  for (guint i = 0; fields[i].member != NULL; i++)
    {
      const FieldMap *f = &fields[i];
      JsonNode *member = _vitae_json_get_member (object, f->member);
      g_autofree char *member_path = NULL;

      if (member == NULL)
        continue;

      member_path = _vitae_json_join_path (path, f->member);
      switch (f->type)
        {
        case FIELD_TEXT:
          if (!_vitae_json_read_text_into (reader, member, member_path, node, f->key, error))
            return FALSE;
          break;

        case FIELD_LIST:
          if (!_vitae_json_read_list_into (reader, member, member_path, node, f->key, error))
            return FALSE;
          break;

        case FIELD_BULLETS:
          if (!_vitae_json_append_bullets (reader, member, member_path, VITAE_ENTRY (node), error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

gboolean
_vitae_json_read_entries (Reader        *reader,
                          JsonArray     *array,
                          const KindMap *map,
                          guint          first,
                          guint          count,
                          VitaeSection  *section,
                          GError       **error)
{
  if (!_vitae_json_check_count (reader, VITAE_LIMIT_SECTIONS, VITAE_LIMIT_SECTIONS, 1, map->member, error) ||
      !_vitae_json_check_count (reader, VITAE_LIMIT_ENTRIES_PER_SECTION, VITAE_LIMIT_ENTRIES, count, map->member,
                                error))
    return FALSE;

  for (guint i = first; i < first + count; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", map->member, i);
      g_autofree char *extra_path = NULL;
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      JsonObject *object, *extra;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return _vitae_json_fail_type (reader, path, EXPECT_OBJECT, error);
      object = json_node_get_object (node);

      if (!read_mapped_fields (reader, object, path, map->fields, VITAE_NODE (entry), error))
        return FALSE;

      extra_path = _vitae_json_join_path (path, EXTRA_MEMBER);
      if (!_vitae_json_get_object (reader, object, EXTRA_MEMBER, extra_path, &extra, error))
        return FALSE;
      if (extra != NULL && !_vitae_json_read_generic_fields (reader, extra, extra_path, entry, error))
        return FALSE;

      vitae_section_append_entry (section, entry);
    }

  return TRUE;
}

static gboolean
read_basics (Reader         *reader,
             JsonObject     *root,
             VitaeDocument  *document,
             GError        **error)
{
  JsonObject *basics, *location;
  JsonArray *profiles;

  if (!_vitae_json_get_object (reader, root, "basics", "basics", &basics, error))
    return FALSE;
  if (basics == NULL)
    return TRUE;

  if (!read_mapped_fields (reader, basics, "basics", _vitae_json_basics_fields, VITAE_NODE (document), error) ||
      !_vitae_json_get_object (reader, basics, "location", "basics.location", &location, error) ||
      (location != NULL &&
       !read_mapped_fields (reader, location, "basics.location", _vitae_json_location_fields, VITAE_NODE (document),
                            error)) ||
      !_vitae_json_get_array (reader, basics, "profiles", "basics.profiles", &profiles, error))
    return FALSE;

  if (profiles != NULL &&
      !_vitae_json_check_count (reader, VITAE_LIMIT_PROFILES, VITAE_LIMIT_PROFILES, json_array_get_length (profiles),
                                "basics.profiles", error))
    return FALSE;

  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("basics.profiles[%u]", i);
      g_autoptr(VitaeEntry) profile = vitae_entry_new ();
      JsonNode *node = json_array_get_element (profiles, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return _vitae_json_fail_type (reader, path, EXPECT_OBJECT, error);
      if (!read_mapped_fields (reader, json_node_get_object (node), path, _vitae_json_profile_fields,
                               VITAE_NODE (profile), error))
        return FALSE;
      vitae_document_append_profile (document, profile);
    }

  return TRUE;
}

static gboolean
read_sections_in_file_order (Reader         *reader,
                             JsonObject     *root,
                             VitaeDocument  *document,
                             GError        **error)
{
  g_autoptr(GList) members = json_object_get_members (root);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonArray *array;

      if (g_str_equal (name, CUSTOM_MEMBER))
        {
          if (!_vitae_json_get_array (reader, root, name, name, &array, error))
            return FALSE;
          for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
            if (!_vitae_json_read_custom_section (reader, array, i, document, error))
              return FALSE;
          continue;
        }

      for (guint i = 0; i < N_KINDS; i++)
        {
          g_autoptr(VitaeSection) section = NULL;

          if (!g_str_equal (name, _vitae_json_kinds[i].member))
            continue;
          if (!_vitae_json_get_array (reader, root, name, name, &array, error))
            return FALSE;
          if (array == NULL)
            break;

          section = vitae_section_new (_vitae_json_kinds[i].kind);
          if (!_vitae_json_read_entries (reader, array, &_vitae_json_kinds[i], 0, json_array_get_length (array),
                                         section, error))
            return FALSE;
          vitae_document_append_section (document, section);
          break;
        }
    }

  return TRUE;
}

/* How the brackets of a JSON text nest, outside strings, seen without
 * parsing it. */
typedef struct
{
  /* The line of the first bracket deeper than the scan's limit, 0 when
   * there is none (the scan stops there). */
  guint    too_deep_line;
  /* The line of the last character that is not blank, when asked for. */
  guint    last_line;
  /* Whether the text stops inside a string, an array or an object. */
  gboolean open;
} Nesting;

/* Inlined in its two callers, so that each gets the loop it needs: the
 * depth check of every file runs it on every byte. */
G_ALWAYS_INLINE static inline void
scan_nesting (const char *data,
              gsize       length,
              guint       max_depth,
              gboolean    want_last_line,
              Nesting    *nesting)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line = 1;

  nesting->too_deep_line = 0;
  nesting->last_line = 1;
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;
      else if (want_last_line && c != ' ' && c != '\t' && c != '\r')
        nesting->last_line = line;

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > max_depth)
        {
          nesting->too_deep_line = line;
          break;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  nesting->open = in_string || depth > 0;
}

/* json-glib recurses once per level, so 100,000 nested brackets would
 * exhaust the stack before it could refuse them: they are counted first. */
static gboolean
check_depth (Reader      *reader,
             const char  *data,
             gsize        length,
             GError     **error)
{
  Nesting nesting;

  scan_nesting (data, length, MAX_DEPTH, FALSE, &nesting);
  if (nesting.too_deep_line == 0)
    return TRUE;

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
               /* Translators: %s is a file name, %u a line, %d a number of levels */
               _("%s:%u: arrays and objects are nested more than %d deep, "
                 "far more than any resume"),
               reader->filename, nesting.too_deep_line, MAX_DEPTH);
  return FALSE;
}

/* Says why json-glib refused @copy. */
static void
set_syntax_error (const char  *filename,
                  const char  *copy,
                  gsize        length,
                  GError      *parse_error,
                  GError     **error)
{
  /* json-glib quotes the offending token, which may be an escaped lone
   * surrogate ("\ud800") decoded to bytes that are not UTF-8. */
  g_autofree char *message = g_utf8_make_valid (parse_error->message, -1);
  Nesting nesting;

  /* A file cut short is the usual cause, and json-glib names only the
   * token it stopped at: say what happened. */
  scan_nesting (copy, length, G_MAXUINT, TRUE, &nesting);
  if (nesting.open)
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                 /* Translators: %s is a file name, %u the line number (twice) */
                 _("%s:%u: the file ends early, at line %u: it may have been cut short when it was saved or copied"),
                 filename, nesting.last_line, nesting.last_line);
  /* json-glib starts its messages with "<data>:LINE:COLUMN: "; the user's
   * file name stands there instead. */
  else if (g_str_has_prefix (message, "<data>:"))
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                 /* Translators: %s is a file name, then “LINE:COLUMN: the JSON parser's description” */
                 _("%s:%s (this is not valid JSON)"), filename, message + strlen ("<data>:"));
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                 /* Translators: %s is a file name, then the JSON parser's description */
                 _("%s: this is not valid JSON: %s"), filename, message);
}

/* Parses @data, without its comments, into @parser; the root must be an
 * object. */
static gboolean
parse_tree (Reader      *reader,
            const char  *data,
            gsize        length,
            JsonParser  *parser,
            GError     **error)
{
  g_autofree char *copy = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!_vitae_io_check_size (length, reader->filename, error) ||
      !check_depth (reader, data, length, error))
    return FALSE;

  copy = g_malloc (length + 1);
  memcpy (copy, data, length);
  copy[length] = '\0';
  _vitae_json_strip_comments (copy, length);

  if (!json_parser_load_from_data (parser, copy, (gssize) length, &local_error))
    {
      set_syntax_error (reader->filename, copy, length, local_error, error);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   /* Translators: %s is a file name */
                   _("%s: a JSON Resume is an object ({…}), but the file holds something else"),
                   reader->filename);
      return FALSE;
    }

  return TRUE;
}

/* The members of the document itself: "$schema", "basics" and "meta". */
static gboolean
read_document_fields (Reader         *reader,
                      JsonObject     *root,
                      VitaeDocument  *document,
                      JsonObject    **meta,
                      GError        **error)
{
  JsonNode *schema;

  if ((schema = _vitae_json_get_member (root, SCHEMA_MEMBER)) &&
      !_vitae_json_read_text_into (reader, schema, SCHEMA_MEMBER, VITAE_NODE (document), SCHEMA_KEY, error))
    return FALSE;

  return read_basics (reader, root, document, error) &&
         _vitae_json_get_object (reader, root, "meta", "meta", meta, error) &&
         (*meta == NULL ||
          (read_mapped_fields (reader, *meta, "meta", _vitae_json_meta_fields, VITAE_NODE (document), error) &&
           _vitae_json_read_meta_extension (reader, *meta, document, error)));
}

static gboolean
read_sections (Reader         *reader,
               JsonObject     *root,
               JsonObject     *meta,
               VitaeDocument  *document,
               GError        **error)
{
  gboolean in_layout;
  JsonArray *array;

  /* Check every array's type first, so a layout is only trusted on a file
   * whose arrays are what they claim to be. */
  for (guint i = 0; i < N_KINDS; i++)
    if (!_vitae_json_get_array (reader, root, _vitae_json_kinds[i].member, _vitae_json_kinds[i].member,
                                &array, error))
      return FALSE;
  if (!_vitae_json_get_array (reader, root, CUSTOM_MEMBER, CUSTOM_MEMBER, &array, error))
    return FALSE;

  if (!_vitae_json_read_layout (reader, root, meta, document, &in_layout, error))
    return FALSE;

  return in_layout || read_sections_in_file_order (reader, root, document, error);
}

/* Public API */

/**
 * vitae_json_resume_parse:
 * @data: the bytes of a JSON Resume file
 * @length: their number
 * @filename: the file name to use in error messages
 * @error: a #GError
 *
 * Reads a JSON Resume v1.0.0 document. A member of the wrong type is
 * refused with an error that names its place, such as “work[2].startDate”.
 *
 * Returns: (transfer full) (nullable): the document, with an empty history
 */
VitaeDocument *
vitae_json_resume_parse (const char  *data,
                         gsize        length,
                         const char  *filename,
                         GError     **error)
{
  return vitae_json_resume_parse_full (data, length, filename, NULL, error);
}

/**
 * vitae_json_resume_parse_full:
 * @data: the bytes of a JSON Resume (or FRESH) file
 * @length: their number
 * @filename: the file name to use in error messages
 * @notes: (nullable) (element-type utf8): where to add one line for each
 *   way the file differed from JSON Resume v1.0.0
 * @error: a #GError
 *
 * Reads a resume as people write it: see vitae-json-resume-compat.c for
 * what is read beyond v1.0.0.
 *
 * Returns: (transfer full) (nullable): the document, with an empty history
 */
VitaeDocument *
vitae_json_resume_parse_full (const char  *data,
                              gsize        length,
                              const char  *filename,
                              GPtrArray   *notes,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_auto(Found) found = { 0, };
  Reader reader = { filename, { 0, } };
  JsonObject *root, *meta;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  parser = json_parser_new ();
  if (!parse_tree (&reader, data, length, parser, error))
    return NULL;
  root = _vitae_json_normalize (&found, json_node_get_object (json_parser_get_root (parser)));

  document = vitae_document_new ();
  if (!read_document_fields (&reader, root, document, &meta, error) ||
      !read_sections (&reader, root, meta, document, error))
    return NULL;

  _vitae_json_found_finish (&found, document, notes);
  _vitae_io_mark_loaded (document);

  return g_steal_pointer (&document);
}
