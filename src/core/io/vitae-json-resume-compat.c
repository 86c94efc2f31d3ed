/* vitae-json-resume-compat.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-json-resume"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-json-resume-private.h"

/* JSON Resume as people write it
 *
 * Files found in the wild predate v1.0.0 or carry members of their own
 * tools. Before the strict reading (vitae-json-resume-reader.c), the parsed tree is brought to
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
void
_vitae_json_strip_comments (char  *data,
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
          _vitae_json_get_member (object, l->new_name) != NULL)
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
  JsonNode *node = _vitae_json_get_member (object, member);
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

/* FRESH (the FRESCA schema HackMyResume writes) keeps its sections in
 * objects with a "history" or "sets" array and contact data in "contact". */
static gboolean
is_fresh (JsonObject *root)
{
  JsonObject *meta = _vitae_json_lookup_object (root, "meta");
  const char *format = _vitae_json_lookup_string (meta, "format");

  if (format != NULL && g_str_has_prefix (format, "FRESH"))
    return TRUE;
  return _vitae_json_lookup_object (root, "contact") != NULL ||
         _vitae_json_lookup_array (_vitae_json_lookup_object (root, "employment"), "history") != NULL ||
         _vitae_json_lookup_array (_vitae_json_lookup_object (root, "education"), "history") != NULL ||
         _vitae_json_lookup_array (_vitae_json_lookup_object (root, "skills"), "sets") != NULL;
}

static void
copy_node (JsonObject *to,
           const char *to_member,
           JsonObject *from,
           const char *from_member)
{
  JsonNode *node = from ? _vitae_json_get_member (from, from_member) : NULL;

  if (node != NULL)
    json_object_set_member (to, to_member, json_node_copy (node));
}

/* A member of FRESH and the JSON Resume member it becomes. */
typedef struct
{
  const char *from;
  const char *to;
} Rename;

/* A FRESH array of entries and the JSON Resume array it becomes: some are
 * an object's "history" or "sets", some stand at the top level. */
typedef struct
{
  const char *fresh;
  const char *list;
  const char *member;
  Rename      names[12];
} FreshArray;

static const FreshArray fresh_arrays[] = {
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
  { "projects", NULL, "projects",
    { { "title", "name" }, { "name", "name" }, { "summary", "description" }, { "description", "description" },
      { "url", "url" }, { "start", "startDate" }, { "end", "endDate" }, { "highlights", "highlights" } } },
  { "recognition", NULL, "awards",
    { { "title", "title" }, { "date", "date" }, { "from", "awarder" }, { "summary", "summary" } } },
  { "certifications", NULL, "certificates",
    { { "name", "name" }, { "date", "date" }, { "url", "url" }, { "authority", "issuer" } } },
  { "writing", NULL, "publications",
    { { "title", "name" }, { "publisher", "publisher" }, { "date", "releaseDate" }, { "url", "url" },
      { "summary", "summary" } } },
  { "languages", NULL, "languages",
    { { "language", "language" }, { "level", "fluency" } } },
  { "interests", NULL, "interests",
    { { "name", "name" }, { "keywords", "keywords" } } },
  { "references", NULL, "references",
    { { "name", "name" }, { "reference", "reference" } } },
};

/* "basics" from FRESH: @object is the object of FRESH the member is in
 * (NULL: the top level). A later one replaces an earlier. */
static const struct
{
  const char *object;
  Rename      name;
} fresh_basics[] = {
  { NULL, { "name", "name" } },
  { "info", { "label", "label" } },
  { "info", { "characterClass", "label" } },
  { "info", { "brief", "summary" } },
  { NULL, { "summary", "summary" } },
  { "contact", { "email", "email" } },
  { "contact", { "phone", "phone" } },
  { "contact", { "website", "url" } },
};

static const Rename fresh_location[] = {
  { "address", "address" }, { "city", "city" }, { "region", "region" },
  { "country", "countryCode" }, { "code", "postalCode" }, { NULL, NULL }
};

static const Rename fresh_profile[] = {
  { "network", "network" }, { "user", "username" }, { "url", "url" }, { NULL, NULL }
};

/* Copies the strings @names lists from @from to @to. */
static void
copy_strings (JsonObject   *to,
              JsonObject   *from,
              const Rename *names)
{
  for (guint i = 0; names[i].from != NULL; i++)
    {
      const char *text = _vitae_json_lookup_string (from, names[i].from);

      if (text != NULL)
        json_object_set_string_member (to, names[i].to, text);
    }
}

static JsonObject *
fresh_to_basics (JsonObject *fresh)
{
  JsonObject *basics = json_object_new ();
  JsonObject *location = _vitae_json_lookup_object (fresh, "location");
  JsonArray *social = _vitae_json_lookup_array (fresh, "social");

  for (guint i = 0; i < G_N_ELEMENTS (fresh_basics); i++)
    {
      const Rename names[] = { fresh_basics[i].name, { NULL, NULL } };
      JsonObject *from = fresh_basics[i].object ? _vitae_json_lookup_object (fresh, fresh_basics[i].object) : fresh;

      copy_strings (basics, from, names);
    }

  if (location != NULL)
    {
      JsonObject *loc = json_object_new ();

      copy_strings (loc, location, fresh_location);
      json_object_set_object_member (basics, "location", loc);
    }

  if (social != NULL)
    {
      JsonArray *profiles = json_array_new ();

      for (guint i = 0; i < json_array_get_length (social); i++)
        {
          JsonNode *node = json_array_get_element (social, i);
          JsonObject *profile = json_object_new ();

          if (JSON_NODE_HOLDS_OBJECT (node))
            copy_strings (profile, json_node_get_object (node), fresh_profile);
          json_array_add_object_element (profiles, profile);
        }
      json_object_set_array_member (basics, "profiles", profiles);
    }

  return basics;
}

/* The entries of @in under their JSON Resume names; the first of two FRESH
 * members for one JSON Resume member wins. */
static JsonArray *
fresh_to_entries (JsonArray        *in,
                  const FreshArray *map)
{
  JsonArray *out = json_array_new ();

  for (guint i = 0; i < json_array_get_length (in); i++)
    {
      JsonNode *node = json_array_get_element (in, i);
      JsonObject *entry = json_object_new ();

      for (guint k = 0; JSON_NODE_HOLDS_OBJECT (node) && k < G_N_ELEMENTS (map->names) &&
                        map->names[k].from != NULL; k++)
        if (!json_object_has_member (entry, map->names[k].to))
          copy_node (entry, map->names[k].to, json_node_get_object (node), map->names[k].from);
      json_array_add_object_element (out, entry);
    }

  return out;
}

/* Builds a JSON Resume tree from a FRESH one: the members FRESH shares
 * with JSON Resume in meaning, under their JSON Resume names. */
static JsonObject *
fresh_to_json_resume (JsonObject *fresh)
{
  JsonObject *root = json_object_new ();

  json_object_set_object_member (root, "basics", fresh_to_basics (fresh));

  for (guint s = 0; s < G_N_ELEMENTS (fresh_arrays); s++)
    {
      const FreshArray *map = &fresh_arrays[s];
      JsonArray *in = map->list != NULL
                      ? _vitae_json_lookup_array (_vitae_json_lookup_object (fresh, map->fresh), map->list)
                      : _vitae_json_lookup_array (fresh, map->fresh);

      if (in != NULL)
        json_object_set_array_member (root, map->member, fresh_to_entries (in, map));
    }

  return root;
}

/* Brings @root, as people write it, to JSON Resume v1.0.0. */
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
  for (guint i = 0; i < N_KINDS; i++)
    {
      g_ptr_array_add (kind_members, (gpointer) _vitae_json_kinds[i].member);
      empty_to_array (found, root, _vitae_json_kinds[i].member);
    }
  for (guint i = 0; top_others[i] != NULL; i++)
    g_ptr_array_add (kind_members, (gpointer) top_others[i]);
  g_ptr_array_add (kind_members, NULL);
  keep_unknown (found, root, "", NULL, (const char * const *) kind_members->pdata);

  if ((basics = _vitae_json_lookup_object (root, "basics")))
    {
      JsonObject *location = _vitae_json_lookup_object (basics, "location");
      JsonArray *profiles;

      rename_members (found, basics, "basics");
      empty_to_array (found, basics, "profiles");
      keep_unknown (found, basics, "basics", _vitae_json_basics_fields, basics_others);
      if (location != NULL)
        keep_unknown (found, location, "basics.location", _vitae_json_location_fields, NULL);
      profiles = _vitae_json_lookup_array (basics, "profiles");
      for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
        {
          JsonNode *node = json_array_get_element (profiles, i);
          g_autofree char *path = g_strdup_printf ("basics.profiles[%u]", i);

          if (JSON_NODE_HOLDS_OBJECT (node))
            keep_unknown (found, json_node_get_object (node), path, _vitae_json_profile_fields, NULL);
        }
    }

  if (_vitae_json_lookup_object (root, "meta"))
    keep_unknown (found, _vitae_json_lookup_object (root, "meta"), "meta", _vitae_json_meta_fields, NULL);

  for (guint k = 0; k < N_KINDS; k++)
    {
      JsonArray *array = _vitae_json_lookup_array (root, _vitae_json_kinds[k].member);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *path = g_strdup_printf ("%s[%u]", _vitae_json_kinds[k].member, i);
          JsonObject *entry;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          entry = json_node_get_object (node);
          rename_members (found, entry, _vitae_json_kinds[k].member);
          for (guint f = 0; _vitae_json_kinds[k].fields[f].member != NULL; f++)
            if (_vitae_json_kinds[k].fields[f].type != FIELD_TEXT)
              empty_to_array (found, entry, _vitae_json_kinds[k].fields[f].member);
          keep_unknown (found, entry, path, _vitae_json_kinds[k].fields, entry_others);
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
        object = _vitae_json_lookup_object (object, parts[i]);
      else
        {
          guint64 index = g_ascii_strtoull (bracket + 1, NULL, 10);
          JsonArray *array;

          *bracket = '\0';
          array = _vitae_json_lookup_array (object, parts[i]);
          if (array == NULL || index >= json_array_get_length (array) ||
              !JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, index)))
            return NULL;
          object = json_node_get_object (json_array_get_element (array, index));
        }
    }

  return object;
}

/* Puts the members kept by _vitae_json_normalize() back where they were; those
 * whose place is gone go to "meta"."x-vitae"."unknown". */
void
_vitae_json_restore_unknown (JsonObject    *root,
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
      JsonObject *kept = _vitae_json_lookup_object (unknown, l->data);
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
      JsonObject *meta = _vitae_json_lookup_object (root, "meta");
      JsonObject *extra;

      if (meta == NULL)
        {
          meta = json_object_new ();
          json_object_set_object_member (root, "meta", meta);
        }
      if (!(extra = _vitae_json_lookup_object (meta, EXTRA_MEMBER)))
        {
          extra = json_object_new ();
          json_object_set_object_member (meta, EXTRA_MEMBER, extra);
        }
      json_object_set_object_member (extra, "unknown", g_steal_pointer (&orphans));
    }
}

/* Brings @root to JSON Resume v1.0.0 (see the top of this file), counting
 * in @found what was done; returns the tree to read, @root or what a FRESH
 * @root became. */
JsonObject *
_vitae_json_normalize (Found      *found,
                       JsonObject *root)
{
  found->unknown = json_object_new ();

  if (_vitae_json_get_member (root, "basics") == NULL && is_fresh (root))
    {
      found->converted = fresh_to_json_resume (root);
      found->fresh = TRUE;
      root = found->converted;
    }
  normalize_found (found, root);

  return root;
}

/* Keeps the unknown members in @document and says in @notes what was
 * done. */
void
_vitae_json_found_finish (Found         *found,
                          VitaeDocument *document,
                          GPtrArray     *notes)
{
  if (json_object_get_size (found->unknown) > 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), found->unknown);
      g_autofree char *text = json_to_string (node, FALSE);

      /* An escaped lone surrogate ("\ud800") in a value decodes to bytes
       * that are not UTF-8, which json-glib writes out as they are: they
       * become U+FFFD, inside the string they were in. */
      if (!g_utf8_validate (text, -1, NULL))
        {
          g_autofree char *valid = g_utf8_make_valid (text, -1);

          g_free (text);
          text = g_steal_pointer (&valid);
        }
      vitae_node_set_text (VITAE_NODE (document), UNKNOWN_KEY, text);
    }

  if (notes == NULL)
    return;
  if (found->fresh)
    g_ptr_array_add (notes, g_strdup (_("This is a FRESH resume: its sections were read as "
                                        "their JSON Resume equivalents")));
  if (found->n_renamed > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u older field name read as its v1.0.0 equivalent",
                                                          "%u older field names read as their v1.0.0 equivalents",
                                                          found->n_renamed), found->n_renamed));
  if (found->n_emptied > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u empty text where a list belongs read as an empty list",
                                                          "%u empty texts where lists belong read as empty lists",
                                                          found->n_emptied), found->n_emptied));
  if (found->n_unknown > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u member JSON Resume does not define kept as it was, "
                                                          "for export",
                                                          "%u members JSON Resume does not define kept as they were, "
                                                          "for export",
                                                          found->n_unknown), found->n_unknown));
}

void
_vitae_json_found_clear (Found *found)
{
  g_clear_pointer (&found->unknown, json_object_unref);
  g_clear_pointer (&found->converted, json_object_unref);
}
