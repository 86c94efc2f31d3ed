/* vitae-json-resume.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-json-resume"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-history.h"
#include "vitae-io.h"
#include "vitae-section.h"

/*
 * JSON Resume v1.0.0 (https://jsonresume.org/schema) ↔ VitaeDocument.
 *
 * Every member of the schema maps to a field of the model; the tables below
 * say which. What JSON Resume has no place for travels in members whose
 * names start with "x-vitae", which JSON Resume allows and other tools
 * ignore:
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
 *    list splits them again on import.
 *
 * Without that list, sections are created in the order their arrays appear
 * in the file. Members that are null are taken as absent; other members we
 * do not know are ignored.
 */

/* JSON Resume's deepest structure is four levels; a file nested far deeper
 * is refused before json-glib, which parses recursively, sees it. */
#define MAX_DEPTH 64

typedef enum
{
  FIELD_TEXT,
  FIELD_LIST,
  FIELD_BULLETS,
} FieldType;

typedef struct
{
  const char *member;
  const char *key;
  FieldType   type;
} FieldMap;

typedef struct
{
  VitaeSectionKind  kind;
  const char       *member;
  const FieldMap   *fields;
} KindMap;

#define END_OF_FIELDS { NULL, NULL, FIELD_TEXT }

/* Each kind's members in the schema's own order, which is the order they
 * are written in. */
static const FieldMap work_fields[] = {
  { "name", "organization", FIELD_TEXT },
  { "position", "role", FIELD_TEXT },
  { "location", "location", FIELD_TEXT },
  { "description", "description", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "startDate", "start", FIELD_TEXT },
  { "endDate", "end", FIELD_TEXT },
  { "summary", "summary", FIELD_TEXT },
  { "highlights", NULL, FIELD_BULLETS },
  END_OF_FIELDS
};

static const FieldMap volunteer_fields[] = {
  { "organization", "organization", FIELD_TEXT },
  { "position", "role", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "startDate", "start", FIELD_TEXT },
  { "endDate", "end", FIELD_TEXT },
  { "summary", "summary", FIELD_TEXT },
  { "highlights", NULL, FIELD_BULLETS },
  END_OF_FIELDS
};

static const FieldMap education_fields[] = {
  { "institution", "organization", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "area", "area", FIELD_TEXT },
  { "studyType", "degree", FIELD_TEXT },
  { "startDate", "start", FIELD_TEXT },
  { "endDate", "end", FIELD_TEXT },
  { "score", "score", FIELD_TEXT },
  { "courses", "courses", FIELD_LIST },
  END_OF_FIELDS
};

static const FieldMap awards_fields[] = {
  { "title", "title", FIELD_TEXT },
  { "date", "date", FIELD_TEXT },
  { "awarder", "awarder", FIELD_TEXT },
  { "summary", "summary", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap certificates_fields[] = {
  { "name", "title", FIELD_TEXT },
  { "date", "date", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "issuer", "issuer", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap publications_fields[] = {
  { "name", "title", FIELD_TEXT },
  { "publisher", "publisher", FIELD_TEXT },
  { "releaseDate", "date", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "summary", "summary", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap skills_fields[] = {
  { "name", "title", FIELD_TEXT },
  { "level", "level", FIELD_TEXT },
  { "keywords", "keywords", FIELD_LIST },
  END_OF_FIELDS
};

static const FieldMap languages_fields[] = {
  { "language", "title", FIELD_TEXT },
  { "fluency", "fluency", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap interests_fields[] = {
  { "name", "title", FIELD_TEXT },
  { "keywords", "keywords", FIELD_LIST },
  END_OF_FIELDS
};

static const FieldMap references_fields[] = {
  { "name", "title", FIELD_TEXT },
  { "reference", "reference", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap projects_fields[] = {
  { "name", "title", FIELD_TEXT },
  { "description", "description", FIELD_TEXT },
  { "highlights", NULL, FIELD_BULLETS },
  { "keywords", "keywords", FIELD_LIST },
  { "startDate", "start", FIELD_TEXT },
  { "endDate", "end", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "roles", "roles", FIELD_LIST },
  { "entity", "entity", FIELD_TEXT },
  { "type", "type", FIELD_TEXT },
  END_OF_FIELDS
};

/* In the schema's order, which is also the order of sections imported from a
 * file that has none of its own. */
static const KindMap kinds[] = {
  { VITAE_SECTION_EXPERIENCE, "work", work_fields },
  { VITAE_SECTION_VOLUNTEER, "volunteer", volunteer_fields },
  { VITAE_SECTION_EDUCATION, "education", education_fields },
  { VITAE_SECTION_AWARDS, "awards", awards_fields },
  { VITAE_SECTION_CERTIFICATIONS, "certificates", certificates_fields },
  { VITAE_SECTION_PUBLICATIONS, "publications", publications_fields },
  { VITAE_SECTION_SKILLS, "skills", skills_fields },
  { VITAE_SECTION_LANGUAGES, "languages", languages_fields },
  { VITAE_SECTION_INTERESTS, "interests", interests_fields },
  { VITAE_SECTION_REFERENCES, "references", references_fields },
  { VITAE_SECTION_PROJECTS, "projects", projects_fields },
};

static const FieldMap basics_fields[] = {
  { "name", "name", FIELD_TEXT },
  { "label", "label", FIELD_TEXT },
  { "image", "image", FIELD_TEXT },
  { "email", "email", FIELD_TEXT },
  { "phone", "phone", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "summary", "summary", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap location_fields[] = {
  { "address", "address", FIELD_TEXT },
  { "postalCode", "postal-code", FIELD_TEXT },
  { "city", "city", FIELD_TEXT },
  { "countryCode", "country-code", FIELD_TEXT },
  { "region", "region", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap profile_fields[] = {
  { "network", "network", FIELD_TEXT },
  { "username", "username", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  END_OF_FIELDS
};

static const FieldMap meta_fields[] = {
  { "canonical", "meta-canonical", FIELD_TEXT },
  { "version", "meta-version", FIELD_TEXT },
  { "lastModified", "meta-last-modified", FIELD_TEXT },
  /* The document language, a BCP 47 tag: not in JSON Resume v1.0.0, whose
   * meta object allows other members. */
  { "language", "language", FIELD_TEXT },
  END_OF_FIELDS
};

#define SCHEMA_MEMBER     "$schema"
#define SCHEMA_KEY        "meta-schema"
#define EXTRA_MEMBER      "x-vitae"
#define JOB_KEY           "job"
#define CUSTOM_MEMBER     "x-vitae-sections"
#define BULLETS_MEMBER    "bullets"

static const KindMap *
find_kind_by_kind (VitaeSectionKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return &kinds[i];
  return NULL;
}

static gboolean
map_has_key (const FieldMap *fields,
             const char     *key)
{
  for (guint i = 0; fields[i].member != NULL; i++)
    if (fields[i].key != NULL && g_str_equal (fields[i].key, key))
      return TRUE;
  return FALSE;
}

static gboolean
map_has_bullets (const FieldMap *fields)
{
  for (guint i = 0; fields[i].member != NULL; i++)
    if (fields[i].type == FIELD_BULLETS)
      return TRUE;
  return FALSE;
}

/* Writing */

static JsonArray *
strv_to_array (const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);

  return array;
}

static JsonArray *
bullets_to_array (VitaeEntry *entry)
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
          json_object_set_array_member (object, f->member, strv_to_array (vitae_node_get_list (node, f->key)));
          any = TRUE;
        }
      else if (f->type == FIELD_BULLETS && vitae_entry_get_n_bullets (VITAE_ENTRY (node)) > 0)
        {
          json_object_set_array_member (object, f->member, bullets_to_array (VITAE_ENTRY (node)));
          any = TRUE;
        }
    }

  return any;
}

/* Adds every field of @entry that @fields does not map, as KEY: "text" or
 * KEY: ["texts"], plus its bullets when @with_bullets. */
static void
add_generic_fields (JsonObject *object,
                    VitaeEntry *entry,
                    const FieldMap *fields,
                    gboolean    with_bullets)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (VITAE_NODE (entry));

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *text;

      if (fields != NULL && map_has_key (fields, keys[i]))
        continue;

      text = vitae_node_get_text (VITAE_NODE (entry), keys[i]);
      if (text[0] != '\0')
        json_object_set_string_member (object, keys[i], text);
      else
        json_object_set_array_member (object, keys[i],
                                      strv_to_array (vitae_node_get_list (VITAE_NODE (entry), keys[i])));
    }

  if (with_bullets && vitae_entry_get_n_bullets (entry) > 0)
    json_object_set_array_member (object, BULLETS_MEMBER, bullets_to_array (entry));
}

static JsonObject *
entry_to_object (VitaeEntry    *entry,
                 const KindMap *map)
{
  JsonObject *object = json_object_new ();
  g_autoptr(JsonObject) extra = json_object_new ();

  add_mapped_fields (object, VITAE_NODE (entry), map->fields);
  add_generic_fields (extra, entry, map->fields, !map_has_bullets (map->fields));
  if (json_object_get_size (extra) > 0)
    json_object_set_object_member (object, EXTRA_MEMBER, g_steal_pointer (&extra));

  return object;
}

static JsonObject *
custom_to_object (VitaeSection *section)
{
  JsonObject *object = json_object_new ();
  JsonArray *entries = json_array_new ();
  guint n = vitae_section_get_n_entries (section);

  if (vitae_node_has (VITAE_NODE (section), "title"))
    json_object_set_string_member (object, "title", vitae_node_get_text (VITAE_NODE (section), "title"));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_object_new ();

      add_generic_fields (entry, vitae_section_get_entry (section, i), NULL, TRUE);
      json_array_add_object_element (entries, entry);
    }
  json_object_set_array_member (object, "entries", entries);

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

  add_mapped_fields (basics, node, basics_fields);
  if (add_mapped_fields (location, node, location_fields))
    json_object_set_object_member (basics, "location", g_steal_pointer (&location));

  if (n_profiles > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < n_profiles; i++)
        {
          g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
          JsonObject *object = json_object_new ();

          add_mapped_fields (object, profile, profile_fields);
          json_array_add_object_element (array, object);
        }
      json_object_set_array_member (basics, "profiles", array);
    }

  if (json_object_get_size (basics) == 0)
    return NULL;

  return g_steal_pointer (&basics);
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

/* Reading */

typedef struct
{
  const char *filename;
  /* What was read so far, against the limits of vitae-io.h. */
  guint       totals[VITAE_N_LIMITS];
} Reader;

static gboolean G_GNUC_PRINTF (3, 4)
fail (Reader      *reader,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID, "%s: %s", reader->filename, reason);
  return FALSE;
}

/* What a member must be: each has a whole sentence of its own, as the
 * words around a type differ from language to language. */
typedef enum {
  EXPECT_STRING,
  EXPECT_STRINGS,
  EXPECT_OBJECT,
  EXPECT_ARRAY,
} Expected;

static gboolean
fail_type (Reader      *reader,
           const char  *path,
           Expected     expected,
           GError     **error)
{
  switch (expected)
    {
    case EXPECT_STRING:
      /* Translators: %s is a place in the file such as “basics.name” */
      return fail (reader, error, _("%s must be a string"), path);
    case EXPECT_STRINGS:
      /* Translators: %s is a place in the file such as “work[2].highlights” */
      return fail (reader, error, _("%s must be an array of strings"), path);
    case EXPECT_OBJECT:
      /* Translators: %s is a place in the file such as “work[2]” */
      return fail (reader, error, _("%s must be an object"), path);
    case EXPECT_ARRAY:
    default:
      /* Translators: %s is a place in the file such as “work” */
      return fail (reader, error, _("%s must be an array"), path);
    }
}

/* Returns the member @name of @object if it is present and not null. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static gboolean
read_string (Reader      *reader,
             JsonNode    *node,
             const char  *path,
             const char **out,
             GError     **error)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail_type (reader, path, EXPECT_STRING, error);

  text = json_node_get_string (node);
  if (!g_utf8_validate (text, -1, NULL))
    /* Translators: %s is a place in the file such as “basics.name” */
    return fail (reader, error, _("%s is not valid text"), path);

  *out = text;
  return TRUE;
}

/* Counts @n more of what @total counts, held in one array at @path, and
 * refuses the file when that is more than a resume ever has: the arrays'
 * lengths are checked before their elements are read. */
static gboolean
check_count (Reader      *reader,
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
static gboolean
read_strings (Reader      *reader,
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
    return fail_type (reader, path, EXPECT_STRINGS, error);

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (!check_count (reader, limit,
                    limit == VITAE_LIMIT_BULLETS_PER_ENTRY ? VITAE_LIMIT_BULLETS : VITAE_LIMIT_LIST_ITEMS,
                    n, path, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      const char *text;

      if (!read_string (reader, json_array_get_element (array, i), item_path, &text, error))
        return FALSE;
      g_ptr_array_add (strings, g_strdup (text));
    }
  g_ptr_array_add (strings, NULL);

  *out = g_steal_pointer (&strings);
  return TRUE;
}

static gboolean
get_object (Reader      *reader,
            JsonObject  *parent,
            const char  *member,
            const char  *path,
            JsonObject **out,
            GError     **error)
{
  JsonNode *node = get_member (parent, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (reader, path, EXPECT_OBJECT, error);

  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
get_array (Reader      *reader,
           JsonObject  *parent,
           const char  *member,
           const char  *path,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = get_member (parent, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, path, EXPECT_ARRAY, error);

  *out = json_node_get_array (node);
  return TRUE;
}

static char *
join_path (const char *parent,
           const char *member)
{
  if (parent == NULL || parent[0] == '\0')
    return g_strdup (member);
  return g_strconcat (parent, ".", member, NULL);
}

static gboolean
append_bullets (Reader      *reader,
                JsonNode    *node,
                const char  *path,
                VitaeEntry  *entry,
                GError     **error)
{
  g_autoptr(GPtrArray) texts = NULL;

  if (!read_strings (reader, node, path, VITAE_LIMIT_BULLETS_PER_ENTRY, &texts, error))
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
      JsonNode *member = get_member (object, f->member);
      g_autofree char *member_path = NULL;

      if (member == NULL)
        continue;

      member_path = join_path (path, f->member);
      switch (f->type)
        {
        case FIELD_TEXT:
          {
            const char *text;

            if (!read_string (reader, member, member_path, &text, error))
              return FALSE;
            vitae_node_set_text (node, f->key, text);
          }
          break;

        case FIELD_LIST:
          {
            g_autoptr(GPtrArray) strings = NULL;

            if (!read_strings (reader, member, member_path, VITAE_LIMIT_ITEMS_PER_LIST, &strings, error))
              return FALSE;
            vitae_node_set_list (node, f->key, (const char * const *) strings->pdata);
          }
          break;

        case FIELD_BULLETS:
          if (!append_bullets (reader, member, member_path, VITAE_ENTRY (node), error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* Reads fields written by add_generic_fields(). */
static gboolean
read_generic_fields (Reader      *reader,
                     JsonObject  *object,
                     const char  *path,
                     VitaeEntry  *entry,
                     GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *member = get_member (object, name);
      g_autofree char *member_path = NULL;

      if (member == NULL)
        continue;

      /* A name is a field's key in the model and is written back out: an
       * escaped lone surrogate ("\ud800") decodes to bytes that are not
       * UTF-8, which no JSON parser would read again. */
      if (!g_utf8_validate (name, -1, NULL))
        /* Translators: %s is a place in the file such as “x-vitae-sections[0].entries[1]” */
        return fail (reader, error, _("%s has a member whose name is not valid text"), path);

      member_path = join_path (path, name);

      /* Only fields a .vitae file can hold: anything else would be lost on
       * the first save, and a resume must read back as it was written. */
      if (!g_str_equal (name, BULLETS_MEMBER) && !vitae_entry_key_is_known (name, NULL))
        /* Translators: %s is a place in the file such as “x-vitae-sections[0].entries[1].color” */
        return fail (reader, error, _("%s is not a field Vitae knows"), member_path);

      if (g_str_equal (name, BULLETS_MEMBER))
        {
          if (!append_bullets (reader, member, member_path, entry, error))
            return FALSE;
        }
      else if (JSON_NODE_HOLDS_ARRAY (member))
        {
          g_autoptr(GPtrArray) strings = NULL;

          if (!read_strings (reader, member, member_path, VITAE_LIMIT_ITEMS_PER_LIST, &strings, error))
            return FALSE;
          vitae_node_set_list (VITAE_NODE (entry), name, (const char * const *) strings->pdata);
        }
      else
        {
          const char *text;

          if (!read_string (reader, member, member_path, &text, error))
            return FALSE;
          vitae_node_set_text (VITAE_NODE (entry), name, text);
        }
    }

  return TRUE;
}

static gboolean
read_entries (Reader        *reader,
              JsonArray     *array,
              const KindMap *map,
              guint          first,
              guint          count,
              VitaeSection  *section,
              GError       **error)
{
  if (!check_count (reader, VITAE_LIMIT_SECTIONS, VITAE_LIMIT_SECTIONS, 1, map->member, error) ||
      !check_count (reader, VITAE_LIMIT_ENTRIES_PER_SECTION, VITAE_LIMIT_ENTRIES, count, map->member, error))
    return FALSE;

  for (guint i = first; i < first + count; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", map->member, i);
      g_autofree char *extra_path = NULL;
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      JsonObject *object, *extra;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail_type (reader, path, EXPECT_OBJECT, error);
      object = json_node_get_object (node);

      if (!read_mapped_fields (reader, object, path, map->fields, VITAE_NODE (entry), error))
        return FALSE;

      extra_path = join_path (path, EXTRA_MEMBER);
      if (!get_object (reader, object, EXTRA_MEMBER, extra_path, &extra, error))
        return FALSE;
      if (extra != NULL && !read_generic_fields (reader, extra, extra_path, entry, error))
        return FALSE;

      vitae_section_append_entry (section, entry);
    }

  return TRUE;
}

static gboolean
read_custom_section (Reader         *reader,
                     JsonArray      *customs,
                     guint           index,
                     VitaeDocument  *document,
                     GError        **error)
{
  g_autofree char *path = g_strdup_printf (CUSTOM_MEMBER "[%u]", index);
  g_autofree char *title_path = join_path (path, "title");
  g_autofree char *entries_path = join_path (path, "entries");
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_CUSTOM);
  JsonNode *node = json_array_get_element (customs, index);
  JsonObject *object;
  JsonArray *entries;
  JsonNode *title;
  guint n;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (reader, path, EXPECT_OBJECT, error);
  object = json_node_get_object (node);

  if ((title = get_member (object, "title")))
    {
      const char *text;

      if (!read_string (reader, title, title_path, &text, error))
        return FALSE;
      vitae_node_set_text (VITAE_NODE (section), "title", text);
    }

  if (!get_array (reader, object, "entries", entries_path, &entries, error))
    return FALSE;

  n = entries ? json_array_get_length (entries) : 0;
  if (!check_count (reader, VITAE_LIMIT_SECTIONS, VITAE_LIMIT_SECTIONS, 1, path, error) ||
      !check_count (reader, VITAE_LIMIT_ENTRIES_PER_SECTION, VITAE_LIMIT_ENTRIES, n, entries_path, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *entry_path = g_strdup_printf ("%s[%u]", entries_path, i);
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      JsonNode *element = json_array_get_element (entries, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail_type (reader, entry_path, EXPECT_OBJECT, error);
      if (!read_generic_fields (reader, json_node_get_object (element), entry_path, entry, error))
        return FALSE;
      vitae_section_append_entry (section, entry);
    }

  vitae_document_append_section (document, section);
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

  if (!get_object (reader, root, "basics", "basics", &basics, error))
    return FALSE;
  if (basics == NULL)
    return TRUE;

  if (!read_mapped_fields (reader, basics, "basics", basics_fields, VITAE_NODE (document), error) ||
      !get_object (reader, basics, "location", "basics.location", &location, error) ||
      (location != NULL &&
       !read_mapped_fields (reader, location, "basics.location", location_fields, VITAE_NODE (document), error)) ||
      !get_array (reader, basics, "profiles", "basics.profiles", &profiles, error))
    return FALSE;

  if (profiles != NULL &&
      !check_count (reader, VITAE_LIMIT_PROFILES, VITAE_LIMIT_PROFILES, json_array_get_length (profiles),
                    "basics.profiles", error))
    return FALSE;

  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("basics.profiles[%u]", i);
      g_autoptr(VitaeEntry) profile = vitae_entry_new ();
      JsonNode *node = json_array_get_element (profiles, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail_type (reader, path, EXPECT_OBJECT, error);
      if (!read_mapped_fields (reader, json_node_get_object (node), path, profile_fields,
                               VITAE_NODE (profile), error))
        return FALSE;
      vitae_document_append_profile (document, profile);
    }

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

/* Reads "meta"."x-vitae"."sections" and checks that it agrees with the
 * arrays of the file. A list that does not (the file was edited by another
 * tool since) is ignored, and the sections follow the arrays. */
static GArray *
read_layout (JsonObject *root,
             JsonObject *meta)
{
  g_autoptr(GArray) layout = g_array_new (FALSE, TRUE, sizeof (LayoutItem));
  guint used[VITAE_N_SECTION_KINDS] = { 0, };
  JsonNode *extra, *sections, *customs;
  JsonArray *array;
  guint n;

  g_array_set_clear_func (layout, layout_item_clear);

  if (meta == NULL ||
      !(extra = get_member (meta, EXTRA_MEMBER)) || !JSON_NODE_HOLDS_OBJECT (extra) ||
      !(sections = get_member (json_node_get_object (extra), "sections")) ||
      !JSON_NODE_HOLDS_ARRAY (sections))
    return NULL;

  array = json_node_get_array (sections);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      LayoutItem item = { 0, NULL, 0 };
      JsonObject *object;
      JsonNode *kind, *entries, *title;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return NULL;
      object = json_node_get_object (node);
      kind = get_member (object, "kind");
      if (kind == NULL || json_node_get_value_type (kind) != G_TYPE_STRING ||
          !vitae_section_kind_from_id (json_node_get_string (kind), &item.kind))
        return NULL;

      if (item.kind != VITAE_SECTION_CUSTOM)
        {
          entries = get_member (object, "entries");
          if (entries == NULL || json_node_get_value_type (entries) != G_TYPE_INT64 ||
              json_node_get_int (entries) < 0 || json_node_get_int (entries) > G_MAXINT)
            return NULL;
          item.n_entries = (guint) json_node_get_int (entries);

          if ((title = get_member (object, "title")))
            {
              if (json_node_get_value_type (title) != G_TYPE_STRING ||
                  !g_utf8_validate (json_node_get_string (title), -1, NULL))
                return NULL;
              item.title = g_strdup (json_node_get_string (title));
            }
        }
      else
        {
          /* A custom section's entries are in its own item of
           * "x-vitae-sections"; here it counts as one of those items. */
          item.n_entries = 1;
        }

      used[item.kind] += item.n_entries;
      g_array_append_val (layout, item);
    }

  /* Every array, and every custom section, must be used up exactly. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      JsonNode *node = get_member (root, kinds[i].member);
      guint length = node && JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;

      if (used[kinds[i].kind] != length)
        return NULL;
      if (node != NULL && length == 0)
        {
          gboolean listed = FALSE;

          for (guint j = 0; j < layout->len; j++)
            listed |= g_array_index (layout, LayoutItem, j).kind == kinds[i].kind;
          if (!listed)
            return NULL;
        }
    }

  customs = get_member (root, CUSTOM_MEMBER);
  if (used[VITAE_SECTION_CUSTOM] !=
      (customs && JSON_NODE_HOLDS_ARRAY (customs) ? json_array_get_length (json_node_get_array (customs)) : 0))
    return NULL;

  return g_steal_pointer (&layout);
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
      const KindMap *map = find_kind_by_kind (item->kind);
      g_autoptr(VitaeSection) section = NULL;
      JsonArray *array;

      if (item->kind == VITAE_SECTION_CUSTOM)
        {
          JsonArray *customs = json_node_get_array (get_member (root, CUSTOM_MEMBER));

          if (!read_custom_section (reader, customs, next[item->kind]++, document, error))
            return FALSE;
          continue;
        }

      section = vitae_section_new (item->kind);
      if (item->title != NULL)
        vitae_node_set_text (VITAE_NODE (section), "title", item->title);

      if (!get_array (reader, root, map->member, map->member, &array, error))
        return FALSE;
      if (item->n_entries > 0 &&
          !read_entries (reader, array, map, next[item->kind], item->n_entries, section, error))
        return FALSE;
      next[item->kind] += item->n_entries;

      vitae_document_append_section (document, section);
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
          if (!get_array (reader, root, name, name, &array, error))
            return FALSE;
          for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
            if (!read_custom_section (reader, array, i, document, error))
              return FALSE;
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          g_autoptr(VitaeSection) section = NULL;

          if (!g_str_equal (name, kinds[i].member))
            continue;
          if (!get_array (reader, root, name, name, &array, error))
            return FALSE;
          if (array == NULL)
            break;

          section = vitae_section_new (kinds[i].kind);
          if (!read_entries (reader, array, &kinds[i], 0, json_array_get_length (array), section, error))
            return FALSE;
          vitae_document_append_section (document, section);
          break;
        }
    }

  return TRUE;
}

/*
 * Checks how deeply the brackets of @data nest, outside strings, without
 * parsing: json-glib recurses once per level, so 100,000 nested brackets
 * would exhaust the stack before it could refuse them.
 */
/* Whether @data stops inside a string, an array or an object, as a JSON
 * file cut short does; @last_line is the line of its last character. */
static gboolean
ends_early (const char *data,
            gsize       length,
            guint      *last_line)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line = 1;

  *last_line = 1;
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;
      else if (c != ' ' && c != '\t' && c != '\r')
        *last_line = line;

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
      else if (c == '[' || c == '{')
        depth++;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return in_string || depth > 0;
}

static gboolean
check_depth (Reader      *reader,
             const char  *data,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line = 1;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;

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
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_DEPTH)
            {
              g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                           /* Translators: %s is a file name, %u a line, %d a number of levels */
                           _("%s:%u: arrays and objects are nested more than %d deep, "
                             "far more than any resume"),
                           reader->filename, line, MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}


/* JSON Resume as people write it
 *
 * Files found in the wild predate v1.0.0 or carry members of their own
 * tools. Before the strict reading below, the parsed tree is brought to
 * v1.0.0 and every change is counted for the import notice:
 *
 *  - comments, // to the end of the line and slash-star … star-slash, are
 *    blanked out before parsing (newlines kept, so line numbers hold);
 *  - older member names move to their v1.0.0 home (legacy_names);
 *  - "" where an array belongs is read as [];
 *  - members the schema does not define are kept, as JSON text, in the
 *    document's "x-vitae-unknown" field: an object from the path of their
 *    container ("", "basics", "work[2]"…) to an object of the members. The
 *    writer puts them back where they were;
 *  - a FRESH resume is recognised and read into the same tree.
 */

#define UNKNOWN_KEY "x-vitae-unknown"

typedef struct
{
  const char *container;    /* "" top level, "basics", or a kind's array */
  const char *old_name;
  const char *new_name;
} LegacyName;

static const LegacyName legacy_names[] = {
  { "", "experience", "work" },
  { "", "certifications", "certificates" },
  { "basics", "website", "url" },
  { "basics", "picture", "image" },
  { "work", "company", "name" },
  { "work", "website", "url" },
  { "volunteer", "website", "url" },
  { "education", "gpa", "score" },
  { "education", "website", "url" },
  { "publications", "website", "url" },
  { "awards", "website", "url" },
  { "projects", "website", "url" },
  { "languages", "name", "language" },
};

/* Blanks out comments outside strings, keeping line breaks. */
static void
strip_comments (char  *data,
                gsize  length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (in_string)
        {
          if (data[i] == '\\' && i + 1 < length)
            i++;
          else if (data[i] == '"')
            in_string = FALSE;
          continue;
        }
      if (data[i] == '"')
        in_string = TRUE;
      else if (data[i] == '/' && i + 1 < length && data[i + 1] == '/')
        {
          while (i < length && data[i] != '\n')
            data[i++] = ' ';
        }
      else if (data[i] == '/' && i + 1 < length && data[i + 1] == '*')
        {
          data[i] = data[i + 1] = ' ';
          for (i += 2; i < length; i++)
            {
              if (data[i] == '*' && i + 1 < length && data[i + 1] == '/')
                {
                  data[i] = data[i + 1] = ' ';
                  i++;
                  break;
                }
              if (data[i] != '\n')
                data[i] = ' ';
            }
        }
    }
}

typedef struct
{
  guint       n_renamed;
  guint       n_emptied;
  guint       n_unknown;
  JsonObject *unknown;
} Found;

static void
rename_members (Found      *found,
                JsonObject *object,
                const char *container)
{
  for (guint i = 0; i < G_N_ELEMENTS (legacy_names); i++)
    {
      const LegacyName *l = &legacy_names[i];
      JsonNode *node;

      if (!g_str_equal (l->container, container) ||
          !json_object_has_member (object, l->old_name) ||
          get_member (object, l->new_name) != NULL)
        continue;
      node = json_node_copy (json_object_get_member (object, l->old_name));
      json_object_remove_member (object, l->old_name);
      json_object_set_member (object, l->new_name, node);
      found->n_renamed++;
    }
}

/* "" where @member's array belongs becomes []. */
static void
empty_to_array (Found      *found,
                JsonObject *object,
                const char *member)
{
  JsonNode *node = get_member (object, member);
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return;
  for (text = json_node_get_string (node); g_ascii_isspace (*text); text++)
    ;
  if (*text != '\0')
    return;
  json_object_set_array_member (object, member, json_array_new ());
  found->n_emptied++;
}

static gboolean
is_known (const FieldMap     *fields,
          const char * const *others,
          const char         *name)
{
  for (guint i = 0; fields != NULL && fields[i].member != NULL; i++)
    if (g_str_equal (fields[i].member, name))
      return TRUE;
  return others != NULL && g_strv_contains (others, name);
}

/* Moves the members of @object that neither @fields nor @others name
 * into found->unknown under @path. */
static void
keep_unknown (Found              *found,
              JsonObject         *object,
              const char         *path,
              const FieldMap     *fields,
              const char * const *others)
{
  g_autoptr(GList) members = json_object_get_members (object);
  JsonObject *kept = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (is_known (fields, others, name) || g_str_has_prefix (name, EXTRA_MEMBER) ||
          !g_utf8_validate (name, -1, NULL))
        continue;
      if (kept == NULL)
        {
          kept = json_object_new ();
          json_object_set_object_member (found->unknown, path, kept);
        }
      json_object_set_member (kept, name, json_node_copy (json_object_get_member (object, name)));
      found->n_unknown++;
    }
}

static const char *
fresh_string (JsonObject *object,
              const char *member)
{
  JsonNode *node = object ? get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
fresh_object (JsonObject *object,
              const char *member)
{
  JsonNode *node = object ? get_member (object, member) : NULL;

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
fresh_array (JsonObject *object,
             const char *member)
{
  JsonNode *node = object ? get_member (object, member) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* FRESH (the FRESCA schema HackMyResume writes) keeps its sections in
 * objects with a "history" or "sets" array and contact data in "contact". */
static gboolean
is_fresh (JsonObject *root)
{
  JsonObject *meta = fresh_object (root, "meta");
  const char *format = fresh_string (meta, "format");

  if (format != NULL && g_str_has_prefix (format, "FRESH"))
    return TRUE;
  return fresh_object (root, "contact") != NULL ||
         fresh_array (fresh_object (root, "employment"), "history") != NULL ||
         fresh_array (fresh_object (root, "education"), "history") != NULL ||
         fresh_array (fresh_object (root, "skills"), "sets") != NULL;
}

static void
copy_string (JsonObject *to,
             const char *to_member,
             JsonObject *from,
             const char *from_member)
{
  const char *text = fresh_string (from, from_member);

  if (text != NULL)
    json_object_set_string_member (to, to_member, text);
}

static void
copy_node (JsonObject *to,
           const char *to_member,
           JsonObject *from,
           const char *from_member)
{
  JsonNode *node = from ? get_member (from, from_member) : NULL;

  if (node != NULL)
    json_object_set_member (to, to_member, json_node_copy (node));
}

/* Builds a JSON Resume tree from a FRESH one: the members FRESH shares
 * with JSON Resume in meaning, under their JSON Resume names. */
static JsonObject *
fresh_to_json_resume (JsonObject *fresh)
{
  JsonObject *root = json_object_new ();
  JsonObject *basics = json_object_new ();
  JsonObject *contact = fresh_object (fresh, "contact");
  JsonObject *info = fresh_object (fresh, "info");
  JsonObject *location = fresh_object (fresh, "location");
  JsonArray *array;
  static const struct {
    const char *fresh;
    const char *list;
    const char *member;
    const char *names[12][2];
  } sections[] = {
    { "employment", "history", "work",
      { { "employer", "name" }, { "position", "position" }, { "location", "location" },
        { "url", "url" }, { "start", "startDate" }, { "end", "endDate" },
        { "summary", "summary" }, { "highlights", "highlights" } } },
    { "education", "history", "education",
      { { "institution", "institution" }, { "area", "area" }, { "studyType", "studyType" },
        { "title", "studyType" }, { "url", "url" }, { "start", "startDate" },
        { "end", "endDate" }, { "grade", "score" }, { "gpa", "score" }, { "curriculum", "courses" } } },
    { "service", "history", "volunteer",
      { { "organization", "organization" }, { "position", "position" }, { "url", "url" },
        { "start", "startDate" }, { "end", "endDate" }, { "summary", "summary" },
        { "highlights", "highlights" } } },
    { "skills", "sets", "skills",
      { { "name", "name" }, { "level", "level" }, { "skills", "keywords" } } },
  };
  static const struct {
    const char *fresh;
    const char *member;
    const char *names[8][2];
  } lists[] = {
    { "projects", "projects",
      { { "title", "name" }, { "name", "name" }, { "summary", "description" }, { "description", "description" },
        { "url", "url" }, { "start", "startDate" }, { "end", "endDate" }, { "highlights", "highlights" } } },
    { "recognition", "awards",
      { { "title", "title" }, { "date", "date" }, { "from", "awarder" }, { "summary", "summary" } } },
    { "certifications", "certificates",
      { { "name", "name" }, { "date", "date" }, { "url", "url" }, { "authority", "issuer" } } },
    { "writing", "publications",
      { { "title", "name" }, { "publisher", "publisher" }, { "date", "releaseDate" }, { "url", "url" },
        { "summary", "summary" } } },
    { "languages", "languages",
      { { "language", "language" }, { "level", "fluency" } } },
    { "interests", "interests",
      { { "name", "name" }, { "keywords", "keywords" } } },
    { "references", "references",
      { { "name", "name" }, { "reference", "reference" } } },
  };

  copy_string (basics, "name", fresh, "name");
  copy_string (basics, "label", info, "label");
  copy_string (basics, "label", info, "characterClass");
  copy_string (basics, "summary", info, "brief");
  copy_string (basics, "summary", fresh, "summary");
  copy_string (basics, "email", contact, "email");
  copy_string (basics, "phone", contact, "phone");
  copy_string (basics, "url", contact, "website");
  if (location != NULL)
    {
      JsonObject *loc = json_object_new ();

      copy_string (loc, "address", location, "address");
      copy_string (loc, "city", location, "city");
      copy_string (loc, "region", location, "region");
      copy_string (loc, "countryCode", location, "country");
      copy_string (loc, "postalCode", location, "code");
      json_object_set_object_member (basics, "location", loc);
    }
  if ((array = fresh_array (fresh, "social")))
    {
      JsonArray *profiles = json_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          JsonObject *profile = json_object_new ();

          if (JSON_NODE_HOLDS_OBJECT (node))
            {
              copy_string (profile, "network", json_node_get_object (node), "network");
              copy_string (profile, "username", json_node_get_object (node), "user");
              copy_string (profile, "url", json_node_get_object (node), "url");
            }
          json_array_add_object_element (profiles, profile);
        }
      json_object_set_array_member (basics, "profiles", profiles);
    }
  json_object_set_object_member (root, "basics", basics);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      JsonArray *in = fresh_array (fresh_object (fresh, sections[s].fresh), sections[s].list);
      JsonArray *out;

      if (in == NULL)
        continue;
      out = json_array_new ();
      for (guint i = 0; i < json_array_get_length (in); i++)
        {
          JsonNode *node = json_array_get_element (in, i);
          JsonObject *entry = json_object_new ();

          for (guint k = 0; JSON_NODE_HOLDS_OBJECT (node) && k < G_N_ELEMENTS (sections[s].names) &&
                            sections[s].names[k][0] != NULL; k++)
            if (!json_object_has_member (entry, sections[s].names[k][1]))
              copy_node (entry, sections[s].names[k][1], json_node_get_object (node), sections[s].names[k][0]);
          json_array_add_object_element (out, entry);
        }
      json_object_set_array_member (root, sections[s].member, out);
    }

  for (guint s = 0; s < G_N_ELEMENTS (lists); s++)
    {
      JsonArray *in = fresh_array (fresh, lists[s].fresh);
      JsonArray *out;

      if (in == NULL)
        continue;
      out = json_array_new ();
      for (guint i = 0; i < json_array_get_length (in); i++)
        {
          JsonNode *node = json_array_get_element (in, i);
          JsonObject *entry = json_object_new ();

          for (guint k = 0; JSON_NODE_HOLDS_OBJECT (node) && k < G_N_ELEMENTS (lists[s].names) &&
                            lists[s].names[k][0] != NULL; k++)
            if (!json_object_has_member (entry, lists[s].names[k][1]))
              copy_node (entry, lists[s].names[k][1], json_node_get_object (node), lists[s].names[k][0]);
          json_array_add_object_element (out, entry);
        }
      json_object_set_array_member (root, lists[s].member, out);
    }

  return root;
}

/* Brings @root, as people write it, to JSON Resume v1.0.0 (see above). */
static void
normalize_found (Found      *found,
                 JsonObject *root)
{
  static const char * const top_others[] = { SCHEMA_MEMBER, "basics", "meta", CUSTOM_MEMBER, NULL };
  static const char * const basics_others[] = { "location", "profiles", NULL };
  static const char * const entry_others[] = { NULL };
  JsonObject *basics;
  g_autoptr(GPtrArray) kind_members = g_ptr_array_new ();

  rename_members (found, root, "");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_ptr_array_add (kind_members, (gpointer) kinds[i].member);
      empty_to_array (found, root, kinds[i].member);
    }
  for (guint i = 0; top_others[i] != NULL; i++)
    g_ptr_array_add (kind_members, (gpointer) top_others[i]);
  g_ptr_array_add (kind_members, NULL);
  keep_unknown (found, root, "", NULL, (const char * const *) kind_members->pdata);

  if ((basics = fresh_object (root, "basics")))
    {
      JsonObject *location = fresh_object (basics, "location");
      JsonArray *profiles;

      rename_members (found, basics, "basics");
      empty_to_array (found, basics, "profiles");
      keep_unknown (found, basics, "basics", basics_fields, basics_others);
      if (location != NULL)
        keep_unknown (found, location, "basics.location", location_fields, NULL);
      profiles = fresh_array (basics, "profiles");
      for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
        {
          JsonNode *node = json_array_get_element (profiles, i);
          g_autofree char *path = g_strdup_printf ("basics.profiles[%u]", i);

          if (JSON_NODE_HOLDS_OBJECT (node))
            keep_unknown (found, json_node_get_object (node), path, profile_fields, NULL);
        }
    }

  if (fresh_object (root, "meta"))
    keep_unknown (found, fresh_object (root, "meta"), "meta", meta_fields, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      JsonArray *array = fresh_array (root, kinds[k].member);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *path = g_strdup_printf ("%s[%u]", kinds[k].member, i);
          JsonObject *entry;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          entry = json_node_get_object (node);
          rename_members (found, entry, kinds[k].member);
          for (guint f = 0; kinds[k].fields[f].member != NULL; f++)
            if (kinds[k].fields[f].type != FIELD_TEXT)
              empty_to_array (found, entry, kinds[k].fields[f].member);
          keep_unknown (found, entry, path, kinds[k].fields, entry_others);
        }
    }
}

/* Finds the object at @path ("", "basics", "basics.location",
 * "basics.profiles[1]", "work[2]", "meta") in @root. */
static JsonObject *
resolve_path (JsonObject *root,
              const char *path)
{
  g_auto(GStrv) parts = NULL;
  JsonObject *object = root;

  if (path[0] == '\0')
    return root;

  parts = g_strsplit (path, ".", -1);
  for (guint i = 0; parts[i] != NULL && object != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');

      if (bracket == NULL)
        object = fresh_object (object, parts[i]);
      else
        {
          guint64 index = g_ascii_strtoull (bracket + 1, NULL, 10);
          JsonArray *array;

          *bracket = '\0';
          array = fresh_array (object, parts[i]);
          if (array == NULL || index >= json_array_get_length (array) ||
              !JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, index)))
            return NULL;
          object = json_node_get_object (json_array_get_element (array, index));
        }
    }

  return object;
}

/* Puts the members kept by normalize_found() back where they were; those
 * whose place is gone go to "meta"."x-vitae"."unknown". */
static void
restore_unknown (JsonObject    *root,
                 VitaeDocument *document)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GList) paths = NULL;
  JsonObject *unknown;
  g_autoptr(JsonObject) orphans = json_object_new ();

  if (!vitae_node_has (VITAE_NODE (document), UNKNOWN_KEY) ||
      !json_parser_load_from_data (parser, vitae_node_get_text (VITAE_NODE (document), UNKNOWN_KEY), -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  unknown = json_node_get_object (json_parser_get_root (parser));
  paths = json_object_get_members (unknown);
  for (GList *l = paths; l != NULL; l = l->next)
    {
      JsonObject *kept = fresh_object (unknown, l->data);
      JsonObject *target;
      g_autoptr(GList) names = NULL;

      if (kept == NULL)
        continue;
      target = resolve_path (root, l->data);
      if (target == NULL && g_str_equal (l->data, "meta"))
        {
          target = json_object_new ();
          json_object_set_object_member (root, "meta", target);
        }
      if (target == NULL)
        {
          json_object_set_object_member (orphans, l->data, json_object_ref (kept));
          continue;
        }
      names = json_object_get_members (kept);
      for (GList *n = names; n != NULL; n = n->next)
        if (!json_object_has_member (target, n->data))
          json_object_set_member (target, n->data, json_node_copy (json_object_get_member (kept, n->data)));
    }

  if (json_object_get_size (orphans) > 0)
    {
      JsonObject *meta = fresh_object (root, "meta");
      JsonObject *extra;

      if (meta == NULL)
        {
          meta = json_object_new ();
          json_object_set_object_member (root, "meta", meta);
        }
      if (!(extra = fresh_object (meta, EXTRA_MEMBER)))
        {
          extra = json_object_new ();
          json_object_set_object_member (meta, EXTRA_MEMBER, extra);
        }
      json_object_set_object_member (extra, "unknown", g_steal_pointer (&orphans));
    }
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
 * Reads a resume as people write it: see “JSON Resume as people write it”
 * above for what is read beyond v1.0.0.
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
  g_autofree char *copy = NULL;
  g_autoptr(JsonObject) unknown = json_object_new ();
  g_autoptr(JsonObject) converted = NULL;
  Found found = { 0, 0, 0, unknown };
  gboolean fresh = FALSE;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) layout = NULL;
  Reader reader = { filename, { 0, } };
  JsonObject *root, *meta;
  JsonNode *schema;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  if (length > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("%s: the file is too large: resumes are refused above %d MB"),
                   filename, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!check_depth (&reader, data, length, error))
    return NULL;

  copy = g_malloc (length + 1);
  memcpy (copy, data, length);
  copy[length] = '\0';
  strip_comments (copy, length);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, copy, (gssize) length, &local_error))
    {
      /* json-glib quotes the offending token, which may be an escaped
       * lone surrogate ("\ud800") decoded to bytes that are not UTF-8. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);
      guint last_line;

      /* A file cut short is the usual cause, and json-glib names only the
       * token it stopped at: say what happened. */
      if (ends_early (copy, length, &last_line))
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                       /* Translators: %s is a file name, %u the line number (twice) */
                       _("%s:%u: the file ends early, at line %u: it may have been cut short when it was saved or copied"),
                       filename, last_line, last_line);
          return NULL;
        }

      /* json-glib starts its messages with "<data>:LINE:COLUMN: "; the
       * user's file name stands there instead. */
      if (g_str_has_prefix (message, "<data>:"))
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                     /* Translators: %s is a file name, then “LINE:COLUMN: the JSON parser's description” */
                     _("%s:%s (this is not valid JSON)"), filename, message + strlen ("<data>:"));
      else
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
                     /* Translators: %s is a file name, then the JSON parser's description */
                     _("%s: this is not valid JSON: %s"), filename, message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   /* Translators: %s is a file name */
                   _("%s: a JSON Resume is an object ({…}), but the file holds something else"),
                   filename);
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  if (get_member (root, "basics") == NULL && is_fresh (root))
    {
      converted = fresh_to_json_resume (root);
      root = converted;
      fresh = TRUE;
    }
  normalize_found (&found, root);

  document = vitae_document_new ();

  if ((schema = get_member (root, SCHEMA_MEMBER)))
    {
      const char *text;

      if (!read_string (&reader, schema, SCHEMA_MEMBER, &text, error))
        return NULL;
      vitae_node_set_text (VITAE_NODE (document), SCHEMA_KEY, text);
    }

  if (!read_basics (&reader, root, document, error) ||
      !get_object (&reader, root, "meta", "meta", &meta, error) ||
      (meta != NULL && !read_mapped_fields (&reader, meta, "meta", meta_fields, VITAE_NODE (document), error)))
    return NULL;

  /* "meta"."x-vitae"."job": the job description the resume is tailored to. */
  if (meta != NULL)
    {
      JsonNode *extra = get_member (meta, EXTRA_MEMBER);
      JsonNode *job = extra && JSON_NODE_HOLDS_OBJECT (extra) ? get_member (json_node_get_object (extra), JOB_KEY) : NULL;
      const char *text;

      if (job != NULL)
        {
          if (!read_string (&reader, job, "meta." EXTRA_MEMBER "." JOB_KEY, &text, error))
            return NULL;
          vitae_node_set_text (VITAE_NODE (document), JOB_KEY, text);
        }
    }

  /* Check every array's type first, so a layout is only trusted on a file
   * whose arrays are what they claim to be. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      JsonArray *array;

      if (!get_array (&reader, root, kinds[i].member, kinds[i].member, &array, error))
        return NULL;
    }
  {
    JsonArray *customs;

    if (!get_array (&reader, root, CUSTOM_MEMBER, CUSTOM_MEMBER, &customs, error))
      return NULL;
  }

  layout = read_layout (root, meta);
  if (layout != NULL)
    {
      if (!read_sections_in_layout (&reader, root, layout, document, error))
        return NULL;
    }
  else if (!read_sections_in_file_order (&reader, root, document, error))
    return NULL;

  if (json_object_get_size (unknown) > 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), unknown);
      g_autofree char *text = json_to_string (node, FALSE);

      vitae_node_set_text (VITAE_NODE (document), UNKNOWN_KEY, text);
    }

  if (notes != NULL && fresh)
    g_ptr_array_add (notes, g_strdup (_("This is a FRESH resume: its sections were read as "
                                        "their JSON Resume equivalents")));
  if (notes != NULL && found.n_renamed > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u older field name read as its v1.0.0 equivalent",
                                                          "%u older field names read as their v1.0.0 equivalents",
                                                          found.n_renamed), found.n_renamed));
  if (notes != NULL && found.n_emptied > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u empty text where a list belongs read as an empty list",
                                                          "%u empty texts where lists belong read as empty lists",
                                                          found.n_emptied), found.n_emptied));
  if (notes != NULL && found.n_unknown > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u member JSON Resume does not define kept as it was, "
                                                          "for export",
                                                          "%u members JSON Resume does not define kept as they were, "
                                                          "for export",
                                                          found.n_unknown), found.n_unknown));

  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);

  return g_steal_pointer (&document);
}

/**
 * vitae_json_resume_serialize:
 * @document: a #VitaeDocument
 * @length: (out) (optional): the number of bytes returned
 *
 * Writes @document as JSON Resume v1.0.0, indented by two spaces and ending
 * in a newline. Sections of one kind are written into that kind's single
 * array, in document order; see the top of this file for what JSON Resume
 * has no place for.
 *
 * Returns: (transfer full): the JSON text
 */
char *
vitae_json_resume_serialize (VitaeDocument *document,
                             gsize         *length)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) meta = json_object_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root_node = NULL;
  g_autofree char *text = NULL;
  JsonObject *basics;
  JsonArray *customs = NULL;
  guint n_sections;
  char *result;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  if (vitae_node_has (VITAE_NODE (document), SCHEMA_KEY))
    json_object_set_string_member (root, SCHEMA_MEMBER, vitae_node_get_text (VITAE_NODE (document), SCHEMA_KEY));

  if ((basics = basics_to_object (document)))
    json_object_set_object_member (root, "basics", basics);

  /* Each kind's array is created where its first section stands, so the
   * members follow the document's order, and later sections of the same
   * kind add to it. */
  n_sections = vitae_document_get_n_sections (document);
  for (guint i = 0; i < n_sections; i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);
      VitaeSectionKind kind = vitae_section_get_kind (section);
      const KindMap *map;
      JsonArray *array;
      guint n_entries;

      if (kind == VITAE_SECTION_CUSTOM)
        {
          if (customs == NULL)
            {
              customs = json_array_new ();
              json_object_set_array_member (root, CUSTOM_MEMBER, customs);
            }
          json_array_add_object_element (customs, custom_to_object (section));
          continue;
        }

      map = find_kind_by_kind (kind);
      g_assert (map != NULL);

      if (json_object_has_member (root, map->member))
        array = json_object_get_array_member (root, map->member);
      else
        {
          array = json_array_new ();
          json_object_set_array_member (root, map->member, array);
        }

      n_entries = vitae_section_get_n_entries (section);
      for (guint j = 0; j < n_entries; j++)
        json_array_add_object_element (array, entry_to_object (vitae_section_get_entry (section, j), map));
    }

  add_mapped_fields (meta, VITAE_NODE (document), meta_fields);
  if (!layout_is_implicit (document) || vitae_node_has (VITAE_NODE (document), JOB_KEY))
    {
      JsonObject *extra = json_object_new ();

      if (!layout_is_implicit (document))
        json_object_set_array_member (extra, "sections", layout_to_array (document));
      /* The job description the resume is tailored to. */
      if (vitae_node_has (VITAE_NODE (document), JOB_KEY))
        json_object_set_string_member (extra, "job", vitae_node_get_text (VITAE_NODE (document), JOB_KEY));
      json_object_set_object_member (meta, EXTRA_MEMBER, extra);
    }
  if (json_object_get_size (meta) > 0)
    json_object_set_object_member (root, "meta", g_steal_pointer (&meta));

  restore_unknown (root, document);

  root_node = json_node_init_object (json_node_alloc (), root);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root_node);
  text = json_generator_to_data (generator, NULL);

  result = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (result);

  return result;
}
