/* vitae-catalog.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-catalog"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vitae-catalog-private.h"
#include "vitae-error.h"
#include "vitae-init.h"
#include "vitae-sql.h"
#include "vitae-catalog-db-resources.h"

/* The shipped catalog: a SQLite database built from the SQL in data/catalog at
 * compile time (build-aux/catalog-compile.c). */
#define CATALOG_DB_RESOURCE "/io/github/vitae/Vitae/core/catalog.db"

G_DEFINE_FINAL_TYPE (VitaeCatalog, vitae_catalog, G_TYPE_OBJECT)

static const char * const tier_ids[VITAE_N_TIERS] = {
  [VITAE_TIER_MUST_HAVE]    = "must-have",
  [VITAE_TIER_NICE_TO_HAVE] = "nice-to-have",
  [VITAE_TIER_EMERGING]     = "emerging",
};

static const char * const verdict_ids[] = {
  [VITAE_VERDICT_WORTH_IT]    = "worth-it",
  [VITAE_VERDICT_SITUATIONAL] = "situational",
  [VITAE_VERDICT_OVERRATED]   = "overrated",
};

/* Opens the shipped database as "main", read-only and in place: SQLite
 * reads its pages straight from the resource (memory-mapped I/O over the
 * in-memory file), so the catalog is neither copied nor paged into a cache,
 * and only the pages a query touches are ever loaded. With @copy, "main" is
 * a copy that can be changed instead (_vitae_catalog_new_copy()). The SQL
 * was run and its foreign keys checked when Vitae was built. */
static gboolean
load_shipped_sql (VitaeCatalog  *self,
                  gboolean       copy,
                  GError       **error)
{
  static gsize registered;
  g_autofree char *pragmas = NULL;
  unsigned char *data;
  gsize size;
  int rc;

  if (g_once_init_enter (&registered))
    {
      vitae_catalog_db_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  self->shipped = g_resources_lookup_data (CATALOG_DB_RESOURCE, 0, error);
  if (self->shipped == NULL)
    return FALSE;

  /* Read-only, SQLite never writes to the buffer: the cast is safe. */
  data = (unsigned char *) g_bytes_get_data (self->shipped, &size);
  if (copy)
    {
      unsigned char *shipped = data;

      if ((data = sqlite3_malloc64 (size)) == NULL)
        g_error ("Out of memory for the keyword catalog");
      memcpy (data, shipped, size);
      g_clear_pointer (&self->shipped, g_bytes_unref);
    }
  rc = sqlite3_deserialize (self->db, "main", data, size, size,
                            copy ? SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE
                                 : SQLITE_DESERIALIZE_READONLY);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   /* Translators: %s is a file name, then SQLite's message */
                   _("The keyword catalog “%s” is broken: %s"), "catalog.db", sqlite3_errstr (rc));
      return FALSE;
    }

  pragmas = g_strdup_printf ("PRAGMA main.mmap_size = %" G_GSIZE_FORMAT "; PRAGMA foreign_keys = ON;",
                             copy ? 0 : size);

  return vitae_sql_exec (self->db, pragmas, error) == SQLITE_OK;
}

/* The catalog's text the user sees, translated as it is read: role names,
 * keyword group names and the groups' placement advice. Temporary views of
 * the same names stand in front of the read-only tables (SQLite looks in
 * "temp" first), with every column of the table; ids, keywords and section
 * lists stay as they are. The contexts are the ones
 * build-aux/catalog-strings.py writes into vitae-catalog-strings.h, where
 * xgettext finds the English text. Keep the columns in step with
 * data/catalog/00-schema.sql. */
#define TRANSLATE_SQL \
  "CREATE TEMP VIEW roles AS " \
  "  SELECT id, vitae_translate ('role', name) AS name, position, is_default, description " \
  "  FROM main.roles;" \
  "CREATE TEMP VIEW keyword_groups AS " \
  "  SELECT role_id, id, vitae_translate ('keyword group', name) AS name, position, sections, " \
  "         needs_skills, needs_context, target, " \
  "         vitae_translate ('keyword group advice', advice) AS advice, rationale " \
  "  FROM main.keyword_groups;"

static void
sql_translate (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *msgctxt = (const char *) sqlite3_value_text (argv[0]);
  const char *msgid = (const char *) sqlite3_value_text (argv[1]);

  if (msgctxt == NULL || msgid == NULL || msgid[0] == '\0')
    {
      sqlite3_result_value (context, argv[1]);
      return;
    }

  sqlite3_result_text (context, g_dpgettext2 (GETTEXT_PACKAGE, msgctxt, msgid), -1,
                       SQLITE_TRANSIENT);
}

static gboolean
translate_shipped (VitaeCatalog  *self,
                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  sqlite3_create_function (self->db, "vitae_translate", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, sql_translate, NULL, NULL);
  if (vitae_sql_exec (self->db, TRANSLATE_SQL, &local_error) != SQLITE_OK)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   /* Translators: %s is SQLite's message */
                   _("Could not translate the keyword catalog: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Binds as many of the texts as the statement has parameters. */
static void
bind_params (VitaeSql   *q,
             const char *param1,
             const char *param2)
{
  int n = sqlite3_bind_parameter_count (q->stmt);

  if (n > 0)
    vitae_sql_bind_text (q, 1, param1);
  if (n > 1)
    vitae_sql_bind_text (q, 2, param2);
}

/* Runs @sql with the text parameters ?1 and ?2 (either may be %NULL) and
 * returns the first column of its first row, or %NULL if it has none. */
static char *
dup_first (VitaeCatalog *self,
           const char   *sql,
           const char   *param1,
           const char   *param2)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  char *value = NULL;

  if (vitae_sql_prepare (&q, self->db, sql))
    bind_params (&q, param1, param2);
  if (vitae_sql_step (&q))
    value = dup_column (q.stmt, 0);
  vitae_sql_finish (&q, NULL);

  return value;
}

/* Runs @sql with the text parameter ?1 and returns its first column. */
static GStrv
dup_strv (VitaeCatalog *self,
          const char   *sql,
          const char   *param)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  if (vitae_sql_prepare (&q, self->db, sql))
    bind_params (&q, param, NULL);
  while (vitae_sql_step (&q))
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (q.stmt, 0));
  vitae_sql_finish (&q, NULL);

  return g_strv_builder_end (builder);
}

/* Runs @sql with the role id as ?1 and makes an item of each row. */
static GPtrArray *
list_rows (VitaeCatalog   *self,
           const char     *sql,
           const char     *role_id,
           gpointer      (*row_new) (sqlite3_stmt *stmt),
           GDestroyNotify  item_free)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (item_free);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, self->db, sql);
  vitae_sql_bind_text (&q, 1, role_id);
  while (vitae_sql_step (&q))
    g_ptr_array_add (items, row_new (q.stmt));
  vitae_sql_finish (&q, NULL);

  return items;
}

static gboolean
keyword_is_known (VitaeCatalog *self,
                  const char   *role_id,
                  const char   *keyword)
{
  g_autofree char *known = dup_first (self,
                                      "SELECT 1 FROM keywords WHERE name = ?1 COLLATE NOCASE "
                                      "UNION ALL SELECT 1 FROM aliases WHERE alias = ?1 COLLATE NOCASE "
                                      "UNION ALL SELECT 1 FROM user.user_keywords "
                                      "  WHERE keyword = ?1 COLLATE NOCASE AND role_id = ?2",
                                      keyword, role_id);

  return known != NULL;
}

static void
vitae_catalog_finalize (GObject *object)
{
  VitaeCatalog *self = (VitaeCatalog *)object;

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->shipped, g_bytes_unref);
  g_clear_pointer (&self->user_path, g_free);
  g_clear_pointer (&self->default_role, g_free);
  g_clear_error (&self->user_error);

  G_OBJECT_CLASS (vitae_catalog_parent_class)->finalize (object);
}

static void
vitae_catalog_class_init (VitaeCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_catalog_finalize;
}

static void
vitae_catalog_init (VitaeCatalog *self)
{
}

/* Opens the shipped database and attaches the user's. */
static gboolean
open_db (VitaeCatalog  *self,
         gboolean       copy,
         GError       **error)
{
  /* URIs, for the user's file opened read-only ("file:…?mode=ro"). */
  if (sqlite3_open_v2 (":memory:", &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("Could not open the keyword catalog: %s"), sqlite3_errmsg (self->db));
      return FALSE;
    }

  if (!load_shipped_sql (self, copy, error) || !translate_shipped (self, error))
    return FALSE;

  /* The window and a `vitae` command may open the user's catalog at the
   * same time; the second waits for the first's migration to finish. */
  sqlite3_busy_timeout (self->db, 2000);

  _vitae_catalog_open_user_db (self, self->user_path);
  if (self->user_error != NULL)
    g_message ("%s", self->user_error->message);

  self->default_role = dup_first (self, "SELECT id FROM roles WHERE is_default = 1 ORDER BY position LIMIT 1",
                                  NULL, NULL);

  return TRUE;
}

/* The default catalog opens its database when first asked for anything
 * that needs it, not when made: the window makes it with its analysis,
 * whose first run waits until the window has shown (SQLite, the catalog's
 * pages and the user's file are then not loaded before the first frame). */
static void
ensure_open (VitaeCatalog *self)
{
  if (g_once_init_enter (&self->opened))
    {
      g_autoptr(GError) error = NULL;

      /* The shipped catalog is part of the program: failing to load it is a bug. */
      if (!open_db (self, FALSE, &error))
        g_error ("%s", error->message);

      g_once_init_leave (&self->opened, 1);
    }
}

static VitaeCatalog *
catalog_new (const char  *user_db_path,
             gboolean     read_only,
             gboolean     copy,
             gboolean     lazy,
             GError     **error)
{
  g_autoptr(VitaeCatalog) self = g_object_new (VITAE_TYPE_CATALOG, NULL);

  vitae_core_init ();
  self->read_only = read_only;
  self->user_path = g_strdup (user_db_path ? user_db_path : MEMORY_PATH);

  if (!lazy)
    {
      if (!g_once_init_enter (&self->opened))
        g_assert_not_reached ();
      if (!open_db (self, copy, error))
        return NULL;
      g_once_init_leave (&self->opened, 1);
    }

  return g_steal_pointer (&self);
}

/**
 * vitae_catalog_new:
 * @user_db_path: (nullable): the user's own catalog, or %NULL to keep the
 *   user's keywords in memory only
 * @error: a #GError
 *
 * Loads the shipped catalog and attaches the user's. Only a broken shipped
 * catalog is an error; trouble with the user's file is recovered from and
 * reported by vitae_catalog_get_user_error(): a damaged file is moved aside
 * after the keywords that can still be read are copied into a new one.
 *
 * Returns: (transfer full) (nullable): the catalog
 */
VitaeCatalog *
vitae_catalog_new (const char  *user_db_path,
                   GError     **error)
{
  return catalog_new (user_db_path, FALSE, FALSE, FALSE, error);
}

VitaeCatalog *
_vitae_catalog_new_copy (GError **error)
{
  return catalog_new (NULL, FALSE, TRUE, FALSE, error);
}

/**
 * vitae_catalog_new_read_only:
 * @user_db_path: (nullable): the user's own catalog
 * @error: a #GError
 *
 * Like vitae_catalog_new(), for a program that only reads the catalog: the
 * user's file is never created, migrated, moved or written. A damaged or
 * older file is read as far as it can be into memory, and left as it is.
 *
 * Returns: (transfer full) (nullable): the catalog
 */
VitaeCatalog *
vitae_catalog_new_read_only (const char  *user_db_path,
                             GError     **error)
{
  return catalog_new (user_db_path, TRUE, FALSE, FALSE, error);
}

/**
 * vitae_catalog_get_default_user_path:
 *
 * Returns: (transfer full): where the default catalog keeps the user's
 *   keywords: $VITAE_USER_CATALOG if set, else user-catalog.db in Vitae's
 *   folder of the XDG data directory
 */
char *
vitae_catalog_get_default_user_path (void)
{
  const char *env = g_getenv (VITAE_USER_CATALOG_ENV);

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "vitae", "user-catalog.db", NULL);
}

static gboolean default_read_only;

/**
 * vitae_catalog_set_default_read_only:
 *
 * Makes the default catalog read-only (see vitae_catalog_new_read_only()):
 * the command line calls this before any verb, since none of its verbs
 * writes the catalog, so none may move or change the user's file. Call it
 * before the first vitae_catalog_get_default().
 */
void
vitae_catalog_set_default_read_only (void)
{
  default_read_only = TRUE;
}

/**
 * vitae_catalog_get_default:
 *
 * Returns: (transfer none): the catalog with the user's keywords from
 *   vitae_catalog_get_default_user_path(), loaded once
 */
VitaeCatalog *
vitae_catalog_get_default (void)
{
  static VitaeCatalog *instance;

  if (g_once_init_enter (&instance))
    {
      g_autofree char *path = vitae_catalog_get_default_user_path ();

      g_once_init_leave (&instance, catalog_new (path, default_read_only, FALSE, TRUE, NULL));
    }

  return instance;
}

/**
 * vitae_catalog_get_db:
 * @self: a #VitaeCatalog
 *
 * Returns: (transfer none): the SQLite connection; use parameterised
 *   queries only
 */
sqlite3 *
vitae_catalog_get_db (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return self->db;
}

/**
 * vitae_catalog_get_user_path:
 * @self: a #VitaeCatalog
 *
 * Returns: the file holding the user's keywords, or ":memory:"
 */
const char *
vitae_catalog_get_user_path (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);

  return self->user_path;
}

/**
 * vitae_catalog_get_user_error:
 * @self: a #VitaeCatalog
 *
 * Returns: (nullable): what went wrong with the user's catalog when it was
 *   opened (it was damaged and recreated, or could not be opened), worded
 *   for the user, or %NULL when it opened cleanly
 */
const GError *
vitae_catalog_get_user_error (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return self->user_error;
}

/**
 * vitae_catalog_get_revision:
 * @self: a #VitaeCatalog
 *
 * Returns: a number that changes whenever the user's keywords change, so
 *   that matchers built from the catalog know when to rebuild
 */
guint
vitae_catalog_get_revision (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), 0);

  return self->revision;
}

/**
 * vitae_catalog_get_default_role:
 * @self: a #VitaeCatalog
 *
 * Returns: the id of the role analysed when none is chosen
 */
const char *
vitae_catalog_get_default_role (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return self->default_role;
}

/**
 * vitae_catalog_dup_role_ids:
 * @self: a #VitaeCatalog
 *
 * Returns: (transfer full): the role ids, in the order they are offered
 */
GStrv
vitae_catalog_dup_role_ids (VitaeCatalog *self)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return dup_strv (self, "SELECT id FROM roles ORDER BY position, id", NULL);
}

/**
 * vitae_catalog_dup_role_name:
 * @self: a #VitaeCatalog
 * @role_id: a role id
 *
 * Returns: (transfer full) (nullable): the role's name, or %NULL if there
 *   is no such role
 */
char *
vitae_catalog_dup_role_name (VitaeCatalog *self,
                             const char   *role_id)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);
  g_return_val_if_fail (role_id != NULL, NULL);

  return dup_first (self, "SELECT name FROM roles WHERE id = ?1", role_id, NULL);
}

/**
 * vitae_catalog_has_group:
 * @self: a #VitaeCatalog
 * @role_id: a role id
 * @group_id: a keyword group id
 *
 * Returns: whether the role has that keyword group
 */
gboolean
vitae_catalog_has_group (VitaeCatalog *self,
                         const char   *role_id,
                         const char   *group_id)
{
  g_autofree char *found = NULL;

  g_return_val_if_fail (VITAE_IS_CATALOG (self), FALSE);
  ensure_open (self);

  found = dup_first (self, "SELECT 1 FROM keyword_groups WHERE role_id = ?1 AND id = ?2",
                     role_id, group_id);

  return found != NULL;
}

static gpointer
skill_new (sqlite3_stmt *stmt)
{
  VitaeSkill *skill = g_new0 (VitaeSkill, 1);

  skill->id = dup_column (stmt, 0);
  skill->name = dup_column (stmt, 1);
  vitae_tier_from_id ((const char *) sqlite3_column_text (stmt, 2), &skill->tier);
  skill->kind = dup_column (stmt, 3);
  skill->summary = dup_column (stmt, 4);
  skill->proof = dup_column (stmt, 5);
  skill->duration = dup_column (stmt, 6);

  return skill;
}

static gpointer
certification_new (sqlite3_stmt *stmt)
{
  VitaeCertification *certification = g_new0 (VitaeCertification, 1);
  const char *verdict = (const char *) sqlite3_column_text (stmt, 5);

  certification->id = dup_column (stmt, 0);
  certification->name = dup_column (stmt, 1);
  certification->issuer = dup_column (stmt, 2);
  certification->cost = dup_column (stmt, 3);
  certification->effort = dup_column (stmt, 4);
  for (guint i = 0; i < G_N_ELEMENTS (verdict_ids); i++)
    if (g_strcmp0 (verdict, verdict_ids[i]) == 0)
      certification->verdict = i;
  certification->reason = dup_column (stmt, 6);

  return certification;
}

/**
 * vitae_catalog_list_skills:
 * @self: a #VitaeCatalog
 * @role_id: a role id
 *
 * Returns: (transfer full) (element-type VitaeSkill): the skills the role
 *   is hired on, must-haves first
 */
GPtrArray *
vitae_catalog_list_skills (VitaeCatalog *self,
                           const char   *role_id)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return list_rows (self,
                    "SELECT s.id, s.name, s.tier, s.kind, s.summary, s.proof, s.duration "
                    "FROM skills s JOIN tiers t ON t.id = s.tier "
                    "WHERE s.role_id = ?1 ORDER BY t.rank, s.position",
                    role_id, skill_new, (GDestroyNotify) vitae_skill_free);
}

/**
 * vitae_catalog_list_certifications:
 * @self: a #VitaeCatalog
 * @role_id: a role id
 *
 * Returns: (transfer full) (element-type VitaeCertification): the
 *   certifications reviewed for the role, with their verdicts
 */
GPtrArray *
vitae_catalog_list_certifications (VitaeCatalog *self,
                                   const char   *role_id)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return list_rows (self,
                    "SELECT id, name, issuer, cost, effort, verdict, reason "
                    "FROM certifications WHERE role_id = ?1 ORDER BY position",
                    role_id, certification_new, (GDestroyNotify) vitae_certification_free);
}

/* Runs the prepared change @q to the user's keywords; @missing_keyword,
 * if given, is the keyword a change that finds no row reports. */
static gboolean
change_user_keywords (VitaeCatalog  *self,
                      VitaeSql      *q,
                      const char    *missing_keyword,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  vitae_sql_step (q);
  if (vitae_sql_finish (q, &local_error) != SQLITE_OK)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   /* Translators: a file name, then SQLite's message */
                   _("Could not save the keyword in “%s”: %s"),
                   self->user_path, local_error->message);
      return FALSE;
    }

  if (missing_keyword != NULL && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("“%s” is not one of your keywords."), missing_keyword);
      return FALSE;
    }

  self->revision++;

  return TRUE;
}

/**
 * vitae_catalog_add_user_keyword:
 * @self: a #VitaeCatalog
 * @role_id: the role the keyword is for
 * @group_id: the role's keyword group it belongs to
 * @keyword: the keyword, as the user spells it
 * @error: a #GError
 *
 * Stores a keyword of the user's own in the user catalog, exactly as given:
 * it is only ever bound as a query parameter, never spliced into SQL.
 * Matching finds it regardless of ASCII case.
 *
 * Returns: %TRUE if the keyword was added
 */
gboolean
vitae_catalog_add_user_keyword (VitaeCatalog  *self,
                                const char    *role_id,
                                const char    *group_id,
                                const char    *keyword,
                                GError       **error)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VITAE_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (role_id != NULL, FALSE);
  g_return_val_if_fail (group_id != NULL, FALSE);
  g_return_val_if_fail (keyword != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  ensure_open (self);

  trimmed = g_strstrip (g_strdup (keyword));

  if (!g_utf8_validate (trimmed, -1, NULL) || trimmed[0] == '\0' || strlen (trimmed) > 100)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("A keyword must be between 1 and 100 bytes of UTF-8 text."));
      return FALSE;
    }

  if (!vitae_catalog_has_group (self, role_id, group_id))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   /* Translators: a keyword group id, then a role id */
                   _("There is no keyword group “%s” for the role “%s”."),
                   group_id, role_id);
      return FALSE;
    }

  if (keyword_is_known (self, role_id, trimmed))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("“%s” is already in the keyword catalog."), trimmed);
      return FALSE;
    }

  vitae_sql_prepare (&q, self->db,
                     "INSERT INTO user.user_keywords (keyword, role_id, group_id, created) "
                     "VALUES (?1, ?2, ?3, ?4)");
  vitae_sql_bind_text (&q, 1, trimmed);
  vitae_sql_bind_text (&q, 2, role_id);
  vitae_sql_bind_text (&q, 3, group_id);
  vitae_sql_bind_int64 (&q, 4, g_get_real_time () / G_USEC_PER_SEC);

  return change_user_keywords (self, &q, NULL, error);
}

/**
 * vitae_catalog_remove_user_keyword:
 * @self: a #VitaeCatalog
 * @role_id: the role the keyword was added for
 * @keyword: the keyword
 * @error: a #GError
 *
 * Returns: %TRUE if the user's keyword was found and removed
 */
gboolean
vitae_catalog_remove_user_keyword (VitaeCatalog  *self,
                                   const char    *role_id,
                                   const char    *keyword,
                                   GError       **error)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  g_return_val_if_fail (VITAE_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (role_id != NULL, FALSE);
  g_return_val_if_fail (keyword != NULL, FALSE);
  ensure_open (self);

  vitae_sql_prepare (&q, self->db, "DELETE FROM user.user_keywords WHERE role_id = ?1 AND keyword = ?2");
  vitae_sql_bind_text (&q, 1, role_id);
  vitae_sql_bind_text (&q, 2, keyword);

  return change_user_keywords (self, &q, keyword, error);
}

/**
 * vitae_catalog_dup_user_keywords:
 * @self: a #VitaeCatalog
 * @role_id: (nullable): a role id, or %NULL for every role
 *
 * Returns: (transfer full): the user's keywords, oldest first
 */
GStrv
vitae_catalog_dup_user_keywords (VitaeCatalog *self,
                                 const char   *role_id)
{
  g_return_val_if_fail (VITAE_IS_CATALOG (self), NULL);
  ensure_open (self);

  return dup_strv (self,
                   "SELECT keyword FROM user.user_keywords "
                   "WHERE ?1 IS NULL OR role_id = ?1 ORDER BY created, rowid",
                   role_id);
}

/**
 * vitae_tier_to_id:
 * @tier: a #VitaeTier
 *
 * Returns: the tier's id in the catalog ("must-have"…)
 */
const char *
vitae_tier_to_id (VitaeTier tier)
{
  g_return_val_if_fail (tier < VITAE_N_TIERS, NULL);

  return tier_ids[tier];
}

gboolean
vitae_tier_from_id (const char *id,
                    VitaeTier  *tier)
{
  g_return_val_if_fail (tier != NULL, FALSE);

  for (guint i = 0; i < VITAE_N_TIERS; i++)
    {
      if (g_strcmp0 (id, tier_ids[i]) == 0)
        {
          *tier = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * vitae_verdict_to_id:
 * @verdict: a #VitaeVerdict
 *
 * Returns: the verdict's id in the catalog ("worth-it"…)
 */
const char *
vitae_verdict_to_id (VitaeVerdict verdict)
{
  g_return_val_if_fail (verdict < G_N_ELEMENTS (verdict_ids), NULL);

  return verdict_ids[verdict];
}

void
vitae_certification_free (VitaeCertification *certification)
{
  if (certification == NULL)
    return;

  g_free (certification->id);
  g_free (certification->name);
  g_free (certification->issuer);
  g_free (certification->cost);
  g_free (certification->effort);
  g_free (certification->reason);
  g_free (certification);
}

void
vitae_skill_free (VitaeSkill *skill)
{
  if (skill == NULL)
    return;

  g_free (skill->id);
  g_free (skill->name);
  g_free (skill->kind);
  g_free (skill->summary);
  g_free (skill->proof);
  g_free (skill->duration);
  g_free (skill);
}
