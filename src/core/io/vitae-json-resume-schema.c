/* vitae-json-resume-schema.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-json-resume"

#include "config.h"

#include "vitae-json-resume-private.h"

/*
 * JSON Resume v1.0.0 (https://jsonresume.org/schema) ↔ VitaeDocument.
 *
 * Every member of the schema maps to a field of the model; the tables below
 * say which. What JSON Resume has no place for travels in members whose
 * names start with "x-vitae" (vitae-json-resume-extension.c).
 */

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
const KindMap _vitae_json_kinds[N_KINDS] = {
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

const FieldMap _vitae_json_basics_fields[] = {
  { "name", "name", FIELD_TEXT },
  { "label", "label", FIELD_TEXT },
  { "image", "image", FIELD_TEXT },
  { "email", "email", FIELD_TEXT },
  { "phone", "phone", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  { "summary", "summary", FIELD_TEXT },
  END_OF_FIELDS
};

const FieldMap _vitae_json_location_fields[] = {
  { "address", "address", FIELD_TEXT },
  { "postalCode", "postal-code", FIELD_TEXT },
  { "city", "city", FIELD_TEXT },
  { "countryCode", "country-code", FIELD_TEXT },
  { "region", "region", FIELD_TEXT },
  END_OF_FIELDS
};

const FieldMap _vitae_json_profile_fields[] = {
  { "network", "network", FIELD_TEXT },
  { "username", "username", FIELD_TEXT },
  { "url", "url", FIELD_TEXT },
  END_OF_FIELDS
};

const FieldMap _vitae_json_meta_fields[] = {
  { "canonical", "meta-canonical", FIELD_TEXT },
  { "version", "meta-version", FIELD_TEXT },
  { "lastModified", "meta-last-modified", FIELD_TEXT },
  /* The document language, a BCP 47 tag: not in JSON Resume v1.0.0, whose
   * meta object allows other members. */
  { "language", "language", FIELD_TEXT },
  END_OF_FIELDS
};

const KindMap *
_vitae_json_find_kind (VitaeSectionKind kind)
{
  for (guint i = 0; i < N_KINDS; i++)
    if (_vitae_json_kinds[i].kind == kind)
      return &_vitae_json_kinds[i];
  return NULL;
}

gboolean
_vitae_json_map_has_key (const FieldMap *fields,
                         const char     *key)
{
  for (guint i = 0; fields[i].member != NULL; i++)
    if (fields[i].key != NULL && g_str_equal (fields[i].key, key))
      return TRUE;
  return FALSE;
}

gboolean
_vitae_json_map_has_bullets (const FieldMap *fields)
{
  for (guint i = 0; fields[i].member != NULL; i++)
    if (fields[i].type == FIELD_BULLETS)
      return TRUE;
  return FALSE;
}

JsonNode *
_vitae_json_get_member (JsonObject *object,
                        const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

/* The lenient lookups, for trees that are being brought to v1.0.0 (a
 * member of another type is as good as absent there). */
static JsonNode *
lookup (JsonObject   *object,
        const char   *name,
        JsonNodeType  type)
{
  JsonNode *node = object != NULL ? _vitae_json_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_TYPE (node) == type ? node : NULL;
}

const char *
_vitae_json_lookup_string (JsonObject *object,
                           const char *name)
{
  JsonNode *node = lookup (object, name, JSON_NODE_VALUE);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

JsonObject *
_vitae_json_lookup_object (JsonObject *object,
                           const char *name)
{
  JsonNode *node = lookup (object, name, JSON_NODE_OBJECT);

  return node != NULL ? json_node_get_object (node) : NULL;
}

JsonArray *
_vitae_json_lookup_array (JsonObject *object,
                          const char *name)
{
  JsonNode *node = lookup (object, name, JSON_NODE_ARRAY);

  return node != NULL ? json_node_get_array (node) : NULL;
}

guint
_vitae_json_array_length (JsonObject *object,
                          const char *name)
{
  JsonArray *array = _vitae_json_lookup_array (object, name);

  return array != NULL ? json_array_get_length (array) : 0;
}
