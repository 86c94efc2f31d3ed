/* vitae-catalog-user.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's own catalog: a separate SQLite file attached to the catalog's
 * connection as "user", its migrations, and what is done when it cannot be
 * used as it is.  A damaged file is read as far as it can be, and only a
 * catalog that may write (the window) moves it aside, after copying the
 * rows it could read into a new one; a read-only catalog (the command line)
 * copies them into memory and leaves the file exactly as it was.
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
#include "vitae-sql.h"

/*
 * The user catalog's migrations. Step i brings a database at version i to
 * version i + 1, so a user catalog written by any earlier Vitae is brought
 * forward in order and none is ever rebuilt from scratch. Append new steps;
 * never edit a released one.
 */
static const char * const user_migrations[] = {
  /* 0 → 1: the keywords the user added, each in one group of one role. */
  "CREATE TABLE user.user_keywords ("
  "  keyword   TEXT NOT NULL,"
  "  role_id   TEXT NOT NULL,"
  "  group_id  TEXT NOT NULL,"
  "  created   INTEGER NOT NULL,"
  "  PRIMARY KEY (role_id, keyword)"
  ");",
  /* 1 → 2: adding a keyword looks it up case-insensitively; without this
   * index every add scanned the whole table. */
  "CREATE INDEX user.user_keywords_nocase ON user_keywords (role_id, keyword COLLATE NOCASE);",
};

static gboolean
is_damage (int code)
{
  code &= 0xff;
  return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
}

/* Runs @sql on the connection and returns SQLite's result code; the message
 * of a failure is stored in @message. */
static int
exec_sql (VitaeCatalog  *self,
          const char    *sql,
          char         **message)
{
  g_autoptr(GError) error = NULL;
  int rc;

  rc = vitae_sql_exec (self->db, sql, &error);
  if (rc != SQLITE_OK && message != NULL)
    *message = g_strdup (error->message);

  return rc;
}

/* Finishes @q and returns its failure, with SQLite's message in @message. */
static int
finish_sql (VitaeSql  *q,
            char     **message)
{
  g_autoptr(GError) error = NULL;
  int rc;

  rc = vitae_sql_finish (q, &error);
  if (rc != SQLITE_OK && message != NULL)
    *message = g_strdup (error->message);

  return rc;
}

static int
attach_user_db_as (VitaeCatalog  *self,
                   const char    *path,
                   const char    *schema,
                   char         **message)
{
  g_autofree char *sql = g_strdup_printf ("ATTACH DATABASE ?1 AS %s", schema);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;

  vitae_sql_prepare (&q, self->db, sql);
  vitae_sql_bind_text (&q, 1, path);
  vitae_sql_step (&q);

  return finish_sql (&q, message);
}

static int
attach_user_db (VitaeCatalog  *self,
                const char    *path,
                char         **message)
{
  return attach_user_db_as (self, path, "user", message);
}

/* Checks the attached user database and brings its schema up to date. A
 * damaged file shows here: its header is not SQLite's (SQLITE_NOTADB) or its
 * pages do not add up (SQLITE_CORRUPT, or quick_check reporting problems). */
static int
check_and_migrate_user_db (VitaeCatalog  *self,
                           gboolean       may_write,
                           char         **message)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  int version = 0;
  int rc;

  vitae_sql_prepare (&q, self->db, "PRAGMA user.quick_check");
  if (vitae_sql_step (&q))
    {
      const char *verdict = (const char *) sqlite3_column_text (q.stmt, 0);

      if (g_strcmp0 (verdict, "ok") != 0)
        {
          /* SQLite's report spans lines; a message is one. */
          *message = g_strdelimit (g_strdup (verdict ? verdict : "quick_check failed"), "\n", ' ');
          return SQLITE_CORRUPT;
        }
    }
  if ((rc = finish_sql (&q, message)) != SQLITE_OK)
    return rc;

  vitae_sql_prepare (&q, self->db, "PRAGMA user.user_version");
  if (vitae_sql_step (&q))
    version = sqlite3_column_int (q.stmt, 0);
  if ((rc = finish_sql (&q, message)) != SQLITE_OK)
    return rc;

  /* A catalog written by a newer Vitae is used as it is: its tables are a
   * superset of ours, and rewriting them could lose the user's data. */
  if (version >= (int) G_N_ELEMENTS (user_migrations))
    return SQLITE_OK;

  /* An older catalog opened read-only: its rows are copied into memory. */
  if (!may_write)
    {
      *message = g_strdup ("the catalog is from an older Vitae");
      return SQLITE_READONLY;
    }

  /* Not BEGIN IMMEDIATE, which would lock every attached database for
   * writing, the read-only shipped "main" too: the first write locks "user"
   * (waiting out another process's migration, see sqlite3_busy_timeout()). */
  if ((rc = exec_sql (self, "BEGIN;", message)) != SQLITE_OK)
    return rc;

  for (guint i = version; i < G_N_ELEMENTS (user_migrations); i++)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA user.user_version = %u;", i + 1);

      if ((rc = exec_sql (self, user_migrations[i], message)) != SQLITE_OK ||
          (rc = exec_sql (self, pragma, message)) != SQLITE_OK)
        {
          exec_sql (self, "ROLLBACK;", NULL);
          return rc;
        }
    }

  return exec_sql (self, "COMMIT;", message);
}

static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  /* Two recoveries within a second must not overwrite the first copy. */
  for (guint i = 1; g_file_test (aside, G_FILE_TEST_EXISTS); i++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, i);
    }

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return NULL;
    }

  /* A journal left beside a damaged file belongs to it and would be replayed
   * into the new, empty catalog. */
  if (g_file_test (journal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *aside_journal = g_strconcat (aside, "-journal", NULL);

      g_rename (journal, aside_journal);
    }

  return g_steal_pointer (&aside);
}

static void
use_memory_user_db (VitaeCatalog *self)
{
  g_autofree char *message = NULL;

  exec_sql (self, "DETACH DATABASE user;", NULL);
  if (attach_user_db (self, MEMORY_PATH, &message) != SQLITE_OK ||
      check_and_migrate_user_db (self, TRUE, &message) != SQLITE_OK)
    g_error ("Could not create an in-memory user catalog: %s", message);
}

/* A keyword row read out of a damaged catalog. */
typedef struct
{
  char   *keyword;
  char   *role_id;
  char   *group_id;
  gint64  created;
} SavedRow;

static void
saved_row_free (gpointer data)
{
  SavedRow *row = data;

  g_free (row->keyword);
  g_free (row->role_id);
  g_free (row->group_id);
  g_free (row);
}

static char *
dup_text_column (sqlite3_stmt *stmt,
                 int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (sqlite3_column_type (stmt, column) != SQLITE_TEXT || text == NULL || text[0] == '\0' ||
      !g_utf8_validate (text, -1, NULL))
    return NULL;

  return g_strdup (text);
}

/* A file name as an SQLite URI opening it read-only, so that reading a
 * damaged or older catalog can never change it. */
static char *
read_only_uri (const char *path)
{
  g_autofree char *escaped = g_uri_escape_bytes ((const guint8 *) path, strlen (path), "/");

  return g_strconcat ("file:", escaped, "?mode=ro", NULL);
}

/*
 * Reads every row of user_keywords that can still be read from @path, the
 * way SQLite's .recover salvages what is left (Debian's SQLite has neither
 * the recovery extension nor sqlite_dbpage): the rows are walked in rowid
 * order, and where a damaged page stops the walk, the next readable row is
 * sought ever further ahead (1, 2, 4… rowids on), so that one bad page
 * loses only the rows it held. Rows whose fields are not the text and
 * number they must be are left out. Returns the rows, perhaps none.
 */
static GPtrArray *
salvage_rows (VitaeCatalog *self,
              const char   *path)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (saved_row_free);
  g_autofree char *uri = read_only_uri (path);
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  gint64 after = G_MININT64;

  if (attach_user_db_as (self, uri, "damaged", NULL) != SQLITE_OK)
    return rows;

  if (!vitae_sql_prepare (&q, self->db,
                          "SELECT rowid, keyword, role_id, group_id, created FROM damaged.user_keywords "
                          "WHERE rowid > ?1 ORDER BY rowid"))
    {
      exec_sql (self, "DETACH DATABASE damaged;", NULL);
      return rows;
    }

  for (;;)
    {
      gboolean found = FALSE;

      vitae_sql_bind_int64 (&q, 1, after);
      while (vitae_sql_step (&q))
        {
          SavedRow row = { dup_text_column (q.stmt, 1), dup_text_column (q.stmt, 2),
                           dup_text_column (q.stmt, 3), sqlite3_column_int64 (q.stmt, 4) };

          after = sqlite3_column_int64 (q.stmt, 0);
          if (row.keyword != NULL && row.role_id != NULL && row.group_id != NULL)
            g_ptr_array_add (rows, g_memdup2 (&row, sizeof row));
          else
            {
              g_free (row.keyword);
              g_free (row.role_id);
              g_free (row.group_id);
            }
        }
      if (vitae_sql_reset (&q) == SQLITE_OK)
        break;

      /* A page that cannot be read: jump over it. */
      for (guint64 gap = 1; gap <= ((guint64) 1 << 62) && after <= G_MAXINT64 - (gint64) gap; gap *= 2)
        {
          gboolean row;

          vitae_sql_bind_int64 (&q, 1, after + (gint64) gap);
          if ((row = vitae_sql_step (&q)))
            {
              /* The walk goes on from this row, which is after gap. */
              after = sqlite3_column_int64 (q.stmt, 0) - 1;
              found = TRUE;
            }
          if (vitae_sql_reset (&q) == SQLITE_OK || row)
            break;
        }
      if (!found)
        break;
    }

  vitae_sql_clear (&q);
  exec_sql (self, "DETACH DATABASE damaged;", NULL);

  return rows;
}

/* Puts the salvaged @rows into the attached user catalog; returns how many
 * went in. */
static guint
insert_rows (VitaeCatalog *self,
             GPtrArray    *rows)
{
  g_auto(VitaeSql) q = VITAE_SQL_INIT;
  guint n = 0;

  if (rows->len == 0 || exec_sql (self, "BEGIN;", NULL) != SQLITE_OK)
    return 0;

  vitae_sql_prepare (&q, self->db,
                     "INSERT OR IGNORE INTO user.user_keywords (keyword, role_id, group_id, created) "
                     "VALUES (?1, ?2, ?3, ?4)");
  for (guint i = 0; i < rows->len; i++)
    {
      SavedRow *row = g_ptr_array_index (rows, i);

      vitae_sql_bind_text (&q, 1, row->keyword);
      vitae_sql_bind_text (&q, 2, row->role_id);
      vitae_sql_bind_text (&q, 3, row->group_id);
      vitae_sql_bind_int64 (&q, 4, row->created);
      vitae_sql_step (&q);
      /* A row that cannot go in is left out; the others still go. */
      if (vitae_sql_reset (&q) == SQLITE_OK)
        n += sqlite3_changes (self->db);
    }
  vitae_sql_clear (&q);

  if (exec_sql (self, "COMMIT;", NULL) != SQLITE_OK)
    {
      exec_sql (self, "ROLLBACK;", NULL);
      return 0;
    }

  return n;
}

/*
 * Read-only: the user's file is attached read-only and used as it is when
 * it is healthy and current. Otherwise what can be read of it is copied
 * into memory, and the file is left exactly as it was; only the window,
 * which writes the catalog, repairs or migrates it.
 */
static void
open_user_db_read_only (VitaeCatalog *self,
                        const char   *path)
{
  g_autofree char *uri = NULL;
  g_autofree char *message = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint n;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      use_memory_user_db (self);
      return;
    }

  uri = read_only_uri (path);
  rc = attach_user_db (self, uri, &message);
  if (rc == SQLITE_OK)
    rc = check_and_migrate_user_db (self, FALSE, &message);
  if (rc == SQLITE_OK)
    return;

  exec_sql (self, "DETACH DATABASE user;", NULL);
  rows = salvage_rows (self, path);
  use_memory_user_db (self);
  n = insert_rows (self, rows);

  if (rc == SQLITE_READONLY)
    return;

  display = vitae_display_name (path);
  if (is_damage (rc))
    g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                 /* Translators: a file name, SQLite's message, then a count */
                 g_dngettext (GETTEXT_PACKAGE,
                              "Your keyword catalog “%s” is damaged (%s). The %u keyword that could "
                              "be read is used; the file was not changed. Open Vitae’s window to repair it.",
                              "Your keyword catalog “%s” is damaged (%s). The %u keywords that could "
                              "be read are used; the file was not changed. Open Vitae’s window to repair it.",
                              n),
                 display, message, n);
  else
    g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                 _("Could not open your keyword catalog “%s”: %s. "
                   "Keywords you add will not be kept."),
                 display, message);
}

/*
 * Opens the user's catalog at @path. Whatever goes wrong here, the shipped
 * catalog stays usable: a damaged file is renamed aside (never deleted, the
 * user may want it back) and replaced with an empty one, and a file that
 * cannot be opened at all leaves an in-memory catalog in its place. Either
 * way, user_error says what happened so that the front can tell the user.
 * The resume is a different file and is never touched.
 */
void
_vitae_catalog_open_user_db (VitaeCatalog *self,
                             const char   *path)
{
  g_autofree char *message = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *display = NULL;
  g_autofree char *aside_display = NULL;
  g_autoptr(GError) rename_error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint n;
  int rc;

  if (g_strcmp0 (path, MEMORY_PATH) == 0)
    {
      use_memory_user_db (self);
      return;
    }

  if (self->read_only)
    {
      open_user_db_read_only (self, path);
      return;
    }

  display = vitae_display_name (path);

  {
    g_autofree char *dir = g_path_get_dirname (path);

    if (g_mkdir_with_parents (dir, 0700) != 0)
      {
        int saved_errno = errno;
        g_autofree char *dir_display = vitae_display_name (dir);

        g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                     /* Translators: a folder name, then the system's message */
                     _("Could not create the folder “%s” for your keyword catalog: %s. "
                       "Keywords you add will not be kept."),
                     dir_display, g_strerror (saved_errno));
        use_memory_user_db (self);
        return;
      }
  }

  rc = attach_user_db (self, path, &message);
  if (rc == SQLITE_OK)
    rc = check_and_migrate_user_db (self, TRUE, &message);

  if (rc == SQLITE_OK)
    return;

  if (!is_damage (rc))
    {
      g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   /* Translators: a file name, then SQLite's message */
                   _("Could not open your keyword catalog “%s”: %s. "
                     "Keywords you add will not be kept."),
                   display, message);
      use_memory_user_db (self);
      return;
    }

  exec_sql (self, "DETACH DATABASE user;", NULL);

  /* What can be read is read before the file is moved: one damaged page
   * must not cost the user every keyword they added. */
  rows = salvage_rows (self, path);

  if (!(aside = set_aside (path, &rename_error)))
    {
      g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   /* Translators: a file name, SQLite's message, then the system's message */
                   _("Your keyword catalog “%s” is damaged (%s) and could not be "
                     "moved aside: %s. Keywords you add will not be kept."),
                   display, message, rename_error->message);
      use_memory_user_db (self);
      insert_rows (self, rows);
      return;
    }
  aside_display = vitae_display_name (aside);

  g_clear_pointer (&message, g_free);
  rc = attach_user_db (self, path, &message);
  if (rc == SQLITE_OK)
    rc = check_and_migrate_user_db (self, TRUE, &message);

  if (rc != SQLITE_OK)
    {
      g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                   _("Your keyword catalog “%s” was damaged and moved to “%s”, "
                     "but a new one could not be created: %s. "
                     "Keywords you add will not be kept."),
                   display, aside_display, message);
      use_memory_user_db (self);
      insert_rows (self, rows);
      return;
    }

  n = insert_rows (self, rows);
  if (n == 0)
    g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                 /* Translators: the damaged file's name, then where it was moved */
                 _("Your keyword catalog “%s” was damaged. It was moved to “%s” and "
                   "a new, empty one was created; your resume was not changed."),
                 display, aside_display);
  else
    g_set_error (&self->user_error, VITAE_ERROR, VITAE_ERROR_CATALOG,
                 /* Translators: the damaged file's name, a count, then where the
                  * damaged file was moved */
                 g_dngettext (GETTEXT_PACKAGE,
                              "Your keyword catalog “%s” was damaged. The %u keyword that could be read "
                              "was kept in a new catalog, and the damaged file was moved to “%s”; "
                              "your resume was not changed.",
                              "Your keyword catalog “%s” was damaged. The %u keywords that could be read "
                              "were kept in a new catalog, and the damaged file was moved to “%s”; "
                              "your resume was not changed.",
                              n),
                 display, n, aside_display);
}
