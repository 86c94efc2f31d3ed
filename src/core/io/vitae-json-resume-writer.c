/* vitae-json-resume-writer.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-json-resume"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-json-resume.h"
#include "vitae-json-resume-private.h"

JsonArray *
_vitae_json_strv_to_array (const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);

  return array;
}

JsonArray *
_vitae_json_bullets_to_array (VitaeEntry *entry)
{
  JsonArray *array = json_array_new ();
  guint n = vitae_entry_get_n_bullets (entry);

  for (guint i = 0; i < n; i++)
    json_array_add_string_element (array, vitae_bullet_get_text (vitae_entry_get_bullet (entry, i)));

  return array;
}

/* Adds the mapped fields of @node to @object; returns whether any was. */
static gboolean
add_mapped_fields (JsonObject     *object,
                   VitaeNode      *node,
                   const FieldMap *fields)
{
  gboolean any = FALSE;

  for (guint i = 0; fields[i].member != NULL; i++)
    {
      const FieldMap *f = &fields[i];

      if (f->type == FIELD_TEXT && vitae_node_has (node, f->key))
        {
          const char *text = vitae_node_get_text (node, f->key);

          /* A list stored under a text key is not the model's intent, but
           * must not turn into an empty string either. */
          if (text[0] == '\0')
            continue;
          json_object_set_string_member (object, f->member, text);
          any = TRUE;
        }
      else if (f->type == FIELD_LIST && vitae_node_get_list (node, f->key)[0] != NULL)
        {
          json_object_set_array_member (object, f->member,
                                        _vitae_json_strv_to_array (vitae_node_get_list (node, f->key)));
          any = TRUE;
        }
      else if (f->type == FIELD_BULLETS && vitae_entry_get_n_bullets (VITAE_ENTRY (node)) > 0)
        {
          json_object_set_array_member (object, f->member, _vitae_json_bullets_to_array (VITAE_ENTRY (node)));
          any = TRUE;
        }
    }

  return any;
}

static JsonObject *
entry_to_object (VitaeEntry    *entry,
                 const KindMap *map)
{
  JsonObject *object = json_object_new ();
  g_autoptr(JsonObject) extra = json_object_new ();

  add_mapped_fields (object, VITAE_NODE (entry), map->fields);
  _vitae_json_add_generic_fields (extra, entry, map->fields, !_vitae_json_map_has_bullets (map->fields));
  if (json_object_get_size (extra) > 0)
    json_object_set_object_member (object, EXTRA_MEMBER, g_steal_pointer (&extra));

  return object;
}

static JsonObject *
basics_to_object (VitaeDocument *document)
{
  VitaeNode *node = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  guint n_profiles = g_list_model_get_n_items (profiles);
  g_autoptr(JsonObject) basics = json_object_new ();
  g_autoptr(JsonObject) location = json_object_new ();

  add_mapped_fields (basics, node, _vitae_json_basics_fields);
  if (add_mapped_fields (location, node, _vitae_json_location_fields))
    json_object_set_object_member (basics, "location", g_steal_pointer (&location));

  if (n_profiles > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < n_profiles; i++)
        {
          g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
          JsonObject *object = json_object_new ();

          add_mapped_fields (object, profile, _vitae_json_profile_fields);
          json_array_add_object_element (array, object);
        }
      json_object_set_array_member (basics, "profiles", array);
    }

  if (json_object_get_size (basics) == 0)
    return NULL;

  return g_steal_pointer (&basics);
}

/* Adds the entries of @section to the array of its kind, created where the
 * first section of that kind stands, so that the members follow the
 * document's order and later sections of the same kind add to it. */
static void
add_section (JsonObject   *root,
             VitaeSection *section)
{
  VitaeSectionKind kind = vitae_section_get_kind (section);
  guint n_entries = vitae_section_get_n_entries (section);
  const char *member = CUSTOM_MEMBER;
  const KindMap *map = NULL;
  JsonArray *array;

  if (kind != VITAE_SECTION_CUSTOM)
    {
      map = _vitae_json_find_kind (kind);
      g_assert (map != NULL);
      member = map->member;
    }

  if (json_object_has_member (root, member))
    array = json_object_get_array_member (root, member);
  else
    {
      array = json_array_new ();
      json_object_set_array_member (root, member, array);
    }

  /* A custom section is one item of its array. */
  if (map == NULL)
    {
      json_array_add_object_element (array, _vitae_json_custom_to_object (section));
      return;
    }

  for (guint j = 0; j < n_entries; j++)
    json_array_add_object_element (array, entry_to_object (vitae_section_get_entry (section, j), map));
}

static char *
to_text (JsonObject *root,
         gsize      *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root_node = json_node_init_object (json_node_alloc (), root);
  g_autofree char *text = NULL;
  char *result;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root_node);
  text = json_generator_to_data (generator, NULL);

  result = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (result);

  return result;
}

/**
 * vitae_json_resume_serialize:
 * @document: a #VitaeDocument
 * @length: (out) (optional): the number of bytes returned
 *
 * Writes @document as JSON Resume v1.0.0, indented by two spaces and ending
 * in a newline. Sections of one kind are written into that kind's single
 * array, in document order; see vitae-json-resume-extension.c for what JSON
 * Resume has no place for.
 *
 * Returns: (transfer full): the JSON text
 */
char *
vitae_json_resume_serialize (VitaeDocument *document,
                             gsize         *length)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) meta = json_object_new ();
  VitaeNode *node;
  JsonObject *basics;
  guint n_sections;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  node = VITAE_NODE (document);
  if (vitae_node_has (node, SCHEMA_KEY))
    json_object_set_string_member (root, SCHEMA_MEMBER, vitae_node_get_text (node, SCHEMA_KEY));

  if ((basics = basics_to_object (document)))
    json_object_set_object_member (root, "basics", basics);

  n_sections = vitae_document_get_n_sections (document);
  for (guint i = 0; i < n_sections; i++)
    add_section (root, vitae_document_get_section (document, i));

  add_mapped_fields (meta, node, _vitae_json_meta_fields);
  _vitae_json_add_meta_extension (meta, document);
  if (json_object_get_size (meta) > 0)
    json_object_set_object_member (root, "meta", g_steal_pointer (&meta));

  _vitae_json_restore_unknown (root, document);

  return to_text (root, length);
}
