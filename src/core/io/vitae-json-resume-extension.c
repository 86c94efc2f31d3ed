/* vitae-json-resume-extension.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-json-resume"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-document.h"
#include "vitae-json-resume-private.h"

/*
 * What JSON Resume has no place for travels in members whose names start
 * with "x-vitae", which JSON Resume allows and other tools ignore:
 *
 *  - custom sections go in a top-level "x-vitae-sections" array of
 *    { "title", "entries": [ { FIELD: text or [texts], "bullets": [...] } ] };
 *  - an entry's fields that its kind has no member for go in the entry's
 *    own "x-vitae" object, in the same form;
 *  - when the arrangement of sections cannot be told from the arrays alone
 *    (a section with its own title, two sections of one kind, custom
 *    sections apart from each other), "meta"."x-vitae"."sections" lists
 *    the sections in order as { "kind", "entries": N, "title" }. JSON
 *    Resume holds one array per kind, so the entries of two sections of one
 *    kind are written into that one array, one after the other, and this
 *    list splits them again on import;
 *  - "meta"."x-vitae"."job" is the job description the resume is tailored
 *    to.
 *
 * Without that list, sections are created in the order their arrays appear
 * in the file.
 */

/* Writing */

/* Adds every field of @entry that @fields does not map, as KEY: "text" or
 * KEY: ["texts"], plus its bullets when @with_bullets. */
void
_vitae_json_add_generic_fields (JsonObject *object,
                                VitaeEntry *entry,
                                const FieldMap *fields,
                                gboolean    with_bullets)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (VITAE_NODE (entry));

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *text;

      if (fields != NULL && _vitae_json_map_has_key (fields, keys[i]))
        continue;

      text = vitae_node_get_text (VITAE_NODE (entry), keys[i]);
      if (text[0] != '\0')
        json_object_set_string_member (object, keys[i], text);
      else
        json_object_set_array_member (object, keys[i],
                                      _vitae_json_strv_to_array (vitae_node_get_list (VITAE_NODE (entry), keys[i])));
    }

  if (with_bullets && vitae_entry_get_n_bullets (entry) > 0)
    json_object_set_array_member (object, BULLETS_MEMBER, _vitae_json_bullets_to_array (entry));
}

JsonObject *
_vitae_json_custom_to_object (VitaeSection *section)
{
  JsonObject *object = json_object_new ();
  JsonArray *entries = json_array_new ();
  guint n = vitae_section_get_n_entries (section);

  if (vitae_node_has (VITAE_NODE (section), "title"))
    json_object_set_string_member (object, "title", vitae_node_get_text (VITAE_NODE (section), "title"));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_object_new ();

      _vitae_json_add_generic_fields (entry, vitae_section_get_entry (section, i), NULL, TRUE);
      json_array_add_object_element (entries, entry);
    }
  json_object_set_array_member (object, "entries", entries);

  return object;
}

/* Whether the arrays alone, read back in file order, rebuild the sections
 * exactly as they are; otherwise their arrangement is written down. */
static gboolean
layout_is_implicit (VitaeDocument *document)
{
  guint n = vitae_document_get_n_sections (document);
  gboolean seen[VITAE_N_SECTION_KINDS] = { FALSE, };
  int previous = -1;

  for (guint i = 0; i < n; i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);
      VitaeSectionKind kind = vitae_section_get_kind (section);

      if (kind == VITAE_SECTION_CUSTOM)
        {
          /* Custom sections are separate items of one array: they may follow
           * each other, but not come back after another kind. */
          if (seen[kind] && previous != (int) kind)
            return FALSE;
        }
      else if (seen[kind] || vitae_node_has (VITAE_NODE (section), "title"))
        return FALSE;

      seen[kind] = TRUE;
      previous = kind;
    }

  return TRUE;
}

static JsonArray *
layout_to_array (VitaeDocument *document)
{
  JsonArray *array = json_array_new ();
  guint n = vitae_document_get_n_sections (document);

  for (guint i = 0; i < n; i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "kind", vitae_section_get_id (section));
      if (vitae_section_get_kind (section) != VITAE_SECTION_CUSTOM)
        {
          json_object_set_int_member (object, "entries", vitae_section_get_n_entries (section));
          if (vitae_node_has (VITAE_NODE (section), "title"))
            json_object_set_string_member (object, "title",
                                           vitae_node_get_text (VITAE_NODE (section), "title"));
        }
      json_array_add_object_element (array, object);
    }

  return array;
}

/* Adds "x-vitae" to @meta when the document needs it. */
void
_vitae_json_add_meta_extension (JsonObject    *meta,
                                VitaeDocument *document)
{
  gboolean implicit = layout_is_implicit (document);
  JsonObject *extra;

  if (implicit && !vitae_node_has (VITAE_NODE (document), JOB_KEY))
    return;

  extra = json_object_new ();
  if (!implicit)
    json_object_set_array_member (extra, "sections", layout_to_array (document));
  if (vitae_node_has (VITAE_NODE (document), JOB_KEY))
    json_object_set_string_member (extra, JOB_KEY, vitae_node_get_text (VITAE_NODE (document), JOB_KEY));
  json_object_set_object_member (meta, EXTRA_MEMBER, extra);
}

/* Reading */

/* Reads fields written by add_generic_fields(). */
gboolean
_vitae_json_read_generic_fields (Reader      *reader,
                                 JsonObject  *object,
                                 const char  *path,
                                 VitaeEntry  *entry,
                                 GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *member = _vitae_json_get_member (object, name);
      g_autofree char *member_path = NULL;

      if (member == NULL)
        continue;

      /* A name is a field's key in the model and is written back out: an
       * escaped lone surrogate ("\ud800") decodes to bytes that are not
       * UTF-8, which no JSON parser would read again. */
      if (!g_utf8_validate (name, -1, NULL))
        /* Translators: %s is a place in the file such as “x-vitae-sections[0].entries[1]” */
        return _vitae_json_fail (reader, error, _("%s has a member whose name is not valid text"), path);

      member_path = _vitae_json_join_path (path, name);

      /* Only fields a .vitae file can hold: anything else would be lost on
       * the first save, and a resume must read back as it was written. */
      if (!g_str_equal (name, BULLETS_MEMBER) && !vitae_entry_key_is_known (name, NULL))
        /* Translators: %s is a place in the file such as “x-vitae-sections[0].entries[1].color” */
        return _vitae_json_fail (reader, error, _("%s is not a field Vitae knows"), member_path);

      if (g_str_equal (name, BULLETS_MEMBER))
        {
          if (!_vitae_json_append_bullets (reader, member, member_path, entry, error))
            return FALSE;
        }
      else if (JSON_NODE_HOLDS_ARRAY (member))
        {
          if (!_vitae_json_read_list_into (reader, member, member_path, VITAE_NODE (entry), name, error))
            return FALSE;
        }
      else if (!_vitae_json_read_text_into (reader, member, member_path, VITAE_NODE (entry), name, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_vitae_json_read_custom_section (Reader         *reader,
                                 JsonArray      *customs,
                                 guint           index,
                                 VitaeDocument  *document,
                                 GError        **error)
{
  g_autofree char *path = g_strdup_printf (CUSTOM_MEMBER "[%u]", index);
  g_autofree char *title_path = _vitae_json_join_path (path, "title");
  g_autofree char *entries_path = _vitae_json_join_path (path, "entries");
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_CUSTOM);
  JsonNode *node = json_array_get_element (customs, index);
  JsonObject *object;
  JsonArray *entries;
  JsonNode *title;
  guint n;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _vitae_json_fail_type (reader, path, EXPECT_OBJECT, error);
  object = json_node_get_object (node);

  if ((title = _vitae_json_get_member (object, "title")) &&
      !_vitae_json_read_text_into (reader, title, title_path, VITAE_NODE (section), "title", error))
    return FALSE;

  if (!_vitae_json_get_array (reader, object, "entries", entries_path, &entries, error))
    return FALSE;

  n = entries ? json_array_get_length (entries) : 0;
  if (!_vitae_json_check_count (reader, VITAE_LIMIT_SECTIONS, VITAE_LIMIT_SECTIONS, 1, path, error) ||
      !_vitae_json_check_count (reader, VITAE_LIMIT_ENTRIES_PER_SECTION, VITAE_LIMIT_ENTRIES, n, entries_path, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *entry_path = g_strdup_printf ("%s[%u]", entries_path, i);
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      JsonNode *element = json_array_get_element (entries, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return _vitae_json_fail_type (reader, entry_path, EXPECT_OBJECT, error);
      if (!_vitae_json_read_generic_fields (reader, json_node_get_object (element), entry_path, entry, error))
        return FALSE;
      vitae_section_append_entry (section, entry);
    }

  vitae_document_append_section (document, section);
  return TRUE;
}

typedef struct
{
  VitaeSectionKind  kind;
  char             *title;
  guint             n_entries;
} LayoutItem;

static void
layout_item_clear (gpointer data)
{
  LayoutItem *item = data;

  g_free (item->title);
}

/* Reads one item of "meta"."x-vitae"."sections" into @item. */
static gboolean
read_layout_item (JsonNode   *node,
                  LayoutItem *item)
{
  JsonObject *object;
  JsonNode *kind, *entries, *title;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  kind = _vitae_json_get_member (object, "kind");
  if (kind == NULL || json_node_get_value_type (kind) != G_TYPE_STRING ||
      !vitae_section_kind_from_id (json_node_get_string (kind), &item->kind))
    return FALSE;

  /* A custom section's entries are in its own item of "x-vitae-sections";
   * here it counts as one of those items. */
  item->n_entries = 1;
  if (item->kind == VITAE_SECTION_CUSTOM)
    return TRUE;

  entries = _vitae_json_get_member (object, "entries");
  if (entries == NULL || json_node_get_value_type (entries) != G_TYPE_INT64 ||
      json_node_get_int (entries) < 0 || json_node_get_int (entries) > G_MAXINT)
    return FALSE;
  item->n_entries = (guint) json_node_get_int (entries);

  if ((title = _vitae_json_get_member (object, "title")))
    {
      if (json_node_get_value_type (title) != G_TYPE_STRING ||
          !g_utf8_validate (json_node_get_string (title), -1, NULL))
        return FALSE;
      item->title = g_strdup (json_node_get_string (title));
    }

  return TRUE;
}

/* Whether @layout uses up every array of @root, and every custom section,
 * exactly. */
static gboolean
layout_fits (GArray     *layout,
             JsonObject *root)
{
  guint used[VITAE_N_SECTION_KINDS] = { 0, };

  for (guint j = 0; j < layout->len; j++)
    {
      LayoutItem *item = &g_array_index (layout, LayoutItem, j);

      used[item->kind] += item->n_entries;
    }

  for (guint i = 0; i < N_KINDS; i++)
    {
      const KindMap *map = &_vitae_json_kinds[i];
      guint length = _vitae_json_array_length (root, map->member);

      if (used[map->kind] != length)
        return FALSE;
      if (_vitae_json_get_member (root, map->member) != NULL && length == 0)
        {
          gboolean listed = FALSE;

          for (guint j = 0; j < layout->len; j++)
            listed |= g_array_index (layout, LayoutItem, j).kind == map->kind;
          if (!listed)
            return FALSE;
        }
    }

  return used[VITAE_SECTION_CUSTOM] == _vitae_json_array_length (root, CUSTOM_MEMBER);
}

/* Reads "meta"."x-vitae"."sections" and checks that it agrees with the
 * arrays of the file. A list that does not (the file was edited by another
 * tool since) is ignored, and the sections follow the arrays. */
static GArray *
read_layout (JsonObject *root,
             JsonObject *meta)
{
  g_autoptr(GArray) layout = g_array_new (FALSE, TRUE, sizeof (LayoutItem));
  JsonArray *array = _vitae_json_lookup_array (_vitae_json_lookup_object (meta, EXTRA_MEMBER), "sections");
  guint n = array != NULL ? json_array_get_length (array) : 0;

  g_array_set_clear_func (layout, layout_item_clear);
  if (array == NULL)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      LayoutItem item = { 0, NULL, 0 };

      if (!read_layout_item (json_array_get_element (array, i), &item))
        {
          g_free (item.title);
          return NULL;
        }
      g_array_append_val (layout, item);
    }

  return layout_fits (layout, root) ? g_steal_pointer (&layout) : NULL;
}

static gboolean
read_sections_in_layout (Reader         *reader,
                         JsonObject     *root,
                         GArray         *layout,
                         VitaeDocument  *document,
                         GError        **error)
{
  guint next[VITAE_N_SECTION_KINDS] = { 0, };

  /* Every item of the layout is a section, even an empty one. */
  if (layout->len > VITAE_MAX_SECTIONS)
    {
      g_autofree char *where = g_strdup_printf ("%s: %s", reader->filename, "meta." EXTRA_MEMBER ".sections");

      return vitae_limit_check (VITAE_LIMIT_SECTIONS, layout->len, where, error);
    }

  for (guint i = 0; i < layout->len; i++)
    {
      LayoutItem *item = &g_array_index (layout, LayoutItem, i);
      const KindMap *map = _vitae_json_find_kind (item->kind);
      g_autoptr(VitaeSection) section = NULL;
      JsonArray *array;

      if (item->kind == VITAE_SECTION_CUSTOM)
        {
          JsonArray *customs = json_node_get_array (_vitae_json_get_member (root, CUSTOM_MEMBER));

          if (!_vitae_json_read_custom_section (reader, customs, next[item->kind]++, document, error))
            return FALSE;
          continue;
        }

      section = vitae_section_new (item->kind);
      if (item->title != NULL)
        vitae_node_set_text (VITAE_NODE (section), "title", item->title);

      if (!_vitae_json_get_array (reader, root, map->member, map->member, &array, error))
        return FALSE;
      if (item->n_entries > 0 &&
          !_vitae_json_read_entries (reader, array, map, next[item->kind], item->n_entries, section, error))
        return FALSE;
      next[item->kind] += item->n_entries;

      vitae_document_append_section (document, section);
    }

  return TRUE;
}

/* Reads "meta"."x-vitae"."job". */
gboolean
_vitae_json_read_meta_extension (Reader         *reader,
                                 JsonObject     *meta,
                                 VitaeDocument  *document,
                                 GError        **error)
{
  JsonObject *extra = _vitae_json_lookup_object (meta, EXTRA_MEMBER);
  JsonNode *job = extra != NULL ? _vitae_json_get_member (extra, JOB_KEY) : NULL;

  return job == NULL ||
         _vitae_json_read_text_into (reader, job, "meta." EXTRA_MEMBER "." JOB_KEY, VITAE_NODE (document), JOB_KEY,
                                     error);
}

/* Reads the sections in the arrangement "meta"."x-vitae"."sections" lists,
 * when there is one that agrees with the arrays; *@used says whether. */
gboolean
_vitae_json_read_layout (Reader         *reader,
                         JsonObject     *root,
                         JsonObject     *meta,
                         VitaeDocument  *document,
                         gboolean       *used,
                         GError        **error)
{
  g_autoptr(GArray) layout = read_layout (root, meta);

  *used = layout != NULL;
  return layout == NULL || read_sections_in_layout (reader, root, layout, document, error);
}
