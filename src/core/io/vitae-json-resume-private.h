/* vitae-json-resume-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vitae-entry.h"
#include "vitae-io.h"
#include "vitae-section.h"

G_BEGIN_DECLS

/*
 * JSON Resume, in five files that share this header:
 *
 *  - vitae-json-resume-schema.c: the tables of the schema, member by member
 *    (JSON Resume v1.0.0 ↔ the model's keys), and lookups in parsed trees;
 *  - vitae-json-resume-reader.c: the strict reading of v1.0.0, with the
 *    hostile-input checks, and vitae_json_resume_parse_full();
 *  - vitae-json-resume-writer.c: vitae_json_resume_serialize();
 *  - vitae-json-resume-extension.c: the "x-vitae" members, read and written:
 *    what JSON Resume has no place for (see the top of that file);
 *  - vitae-json-resume-compat.c: JSON Resume as people write it: comments,
 *    older names, placeholders, unknown members and FRESH.
 */

typedef enum
{
  FIELD_TEXT,
  FIELD_LIST,
  FIELD_BULLETS,
} FieldType;

/* A member of an object and the key of the model it is stored under. */
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

#define SCHEMA_MEMBER     "$schema"
#define SCHEMA_KEY        "meta-schema"
#define EXTRA_MEMBER      "x-vitae"
#define JOB_KEY           "job"
#define CUSTOM_MEMBER     "x-vitae-sections"
#define BULLETS_MEMBER    "bullets"
#define UNKNOWN_KEY       "x-vitae-unknown"

/* The kinds of section JSON Resume has an array for. */
#define N_KINDS 11

/* vitae-json-resume-schema.c */
extern const KindMap  _vitae_json_kinds[N_KINDS];
extern const FieldMap _vitae_json_basics_fields[];
extern const FieldMap _vitae_json_location_fields[];
extern const FieldMap _vitae_json_profile_fields[];
extern const FieldMap _vitae_json_meta_fields[];

const KindMap *_vitae_json_find_kind       (VitaeSectionKind    kind);
gboolean       _vitae_json_map_has_key     (const FieldMap     *fields,
                                            const char         *key);
gboolean       _vitae_json_map_has_bullets (const FieldMap     *fields);
/* The member @name of @object if it is present and not null. */
JsonNode      *_vitae_json_get_member      (JsonObject         *object,
                                            const char         *name);
/* The member @name of @object (which may be %NULL) if it holds a string,
 * an object or an array; %NULL otherwise. */
const char    *_vitae_json_lookup_string   (JsonObject         *object,
                                            const char         *name);
JsonObject    *_vitae_json_lookup_object   (JsonObject         *object,
                                            const char         *name);
JsonArray     *_vitae_json_lookup_array    (JsonObject         *object,
                                            const char         *name);
/* The length of the array @name of @object; 0 when it is not one. */
guint          _vitae_json_array_length    (JsonObject         *object,
                                            const char         *name);

/* vitae-json-resume-reader.c: the strict reading, which refuses a member
 * of the wrong type with an error that names its place, such as
 * “work[2].startDate”. */
typedef struct
{
  const char *filename;
  /* What was read so far, against the limits of vitae-io.h. */
  guint       totals[VITAE_N_LIMITS];
} Reader;

/* What a member must be. */
typedef enum {
  EXPECT_STRING,
  EXPECT_STRINGS,
  EXPECT_OBJECT,
  EXPECT_ARRAY,
} Expected;

gboolean _vitae_json_fail           (Reader             *reader,
                                     GError            **error,
                                     const char         *format,
                                     ...) G_GNUC_PRINTF (3, 4);
gboolean _vitae_json_fail_type      (Reader             *reader,
                                     const char         *path,
                                     Expected            expected,
                                     GError            **error);
gboolean _vitae_json_read_string    (Reader             *reader,
                                     JsonNode           *node,
                                     const char         *path,
                                     const char        **out,
                                     GError            **error);
gboolean _vitae_json_read_strings   (Reader             *reader,
                                     JsonNode           *node,
                                     const char         *path,
                                     VitaeLimit          limit,
                                     GPtrArray         **out,
                                     GError            **error);
gboolean _vitae_json_read_text_into (Reader             *reader,
                                     JsonNode           *member,
                                     const char         *path,
                                     VitaeNode          *node,
                                     const char         *key,
                                     GError            **error);
gboolean _vitae_json_read_list_into (Reader             *reader,
                                     JsonNode           *member,
                                     const char         *path,
                                     VitaeNode          *node,
                                     const char         *key,
                                     GError            **error);
gboolean _vitae_json_check_count    (Reader             *reader,
                                     VitaeLimit          per_array,
                                     VitaeLimit          total,
                                     guint               n,
                                     const char         *path,
                                     GError            **error);
gboolean _vitae_json_get_object     (Reader             *reader,
                                     JsonObject         *parent,
                                     const char         *member,
                                     const char         *path,
                                     JsonObject        **out,
                                     GError            **error);
gboolean _vitae_json_get_array      (Reader             *reader,
                                     JsonObject         *parent,
                                     const char         *member,
                                     const char         *path,
                                     JsonArray         **out,
                                     GError            **error);
char    *_vitae_json_join_path      (const char         *parent,
                                     const char         *member);
gboolean _vitae_json_append_bullets (Reader             *reader,
                                     JsonNode           *node,
                                     const char         *path,
                                     VitaeEntry         *entry,
                                     GError            **error);
gboolean _vitae_json_read_entries   (Reader             *reader,
                                     JsonArray          *array,
                                     const KindMap      *map,
                                     guint               first,
                                     guint               count,
                                     VitaeSection       *section,
                                     GError            **error);

/* vitae-json-resume-writer.c */
JsonArray *_vitae_json_strv_to_array    (const char * const *strv);
JsonArray *_vitae_json_bullets_to_array (VitaeEntry         *entry);

/* vitae-json-resume-extension.c */
void        _vitae_json_add_generic_fields  (JsonObject     *object,
                                             VitaeEntry     *entry,
                                             const FieldMap *fields,
                                             gboolean        with_bullets);
JsonObject *_vitae_json_custom_to_object    (VitaeSection   *section);
void        _vitae_json_add_meta_extension  (JsonObject     *meta,
                                             VitaeDocument  *document);
gboolean    _vitae_json_read_generic_fields (Reader         *reader,
                                             JsonObject     *object,
                                             const char     *path,
                                             VitaeEntry     *entry,
                                             GError        **error);
gboolean    _vitae_json_read_custom_section (Reader         *reader,
                                             JsonArray      *customs,
                                             guint           index,
                                             VitaeDocument  *document,
                                             GError        **error);
gboolean    _vitae_json_read_meta_extension (Reader         *reader,
                                             JsonObject     *meta,
                                             VitaeDocument  *document,
                                             GError        **error);
gboolean    _vitae_json_read_layout         (Reader         *reader,
                                             JsonObject     *root,
                                             JsonObject     *meta,
                                             VitaeDocument  *document,
                                             gboolean       *used,
                                             GError        **error);

/* vitae-json-resume-compat.c: what was done to bring a file to v1.0.0. */
typedef struct
{
  gboolean    fresh;
  guint       n_renamed;
  guint       n_emptied;
  guint       n_unknown;
  /* The members the schema does not define, by the path of their
   * container. */
  JsonObject *unknown;
  /* The tree converted from FRESH. */
  JsonObject *converted;
} Found;

void        _vitae_json_strip_comments  (char          *data,
                                         gsize          length);
JsonObject *_vitae_json_normalize       (Found         *found,
                                         JsonObject    *root);
void        _vitae_json_found_finish    (Found         *found,
                                         VitaeDocument *document,
                                         GPtrArray     *notes);
void        _vitae_json_found_clear     (Found         *found);
void        _vitae_json_restore_unknown (JsonObject    *root,
                                         VitaeDocument *document);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Found, _vitae_json_found_clear)

G_END_DECLS
