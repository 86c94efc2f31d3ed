/* vitae-sql.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one way SQL is run on the catalog's connection: every prepare, bind
 * and step is checked, and a failure is reported with the SQL that failed
 * and SQLite's message instead of reading as an empty result.
 */

#define G_LOG_DOMAIN "vitae-catalog"

#include "config.h"

#include "vitae-error.h"
#include "vitae-sql.h"

/* Keeps the first failure of @q with SQLite's message for it. */
static void
fail (VitaeSql *q,
      int       rc)
{
  if (q->rc != SQLITE_OK)
    return;

  q->rc = rc;
  q->message = g_strdup (q->db != NULL ? sqlite3_errmsg (q->db) : sqlite3_errstr (rc));
}

/**
 * vitae_sql_prepare:
 * @q: a #VitaeSql, cleared or initialised with %VITAE_SQL_INIT
 * @db: the connection
 * @sql: one statement; it must outlive @q
 *
 * Returns: %TRUE if the statement was prepared
 */
gboolean
vitae_sql_prepare (VitaeSql   *q,
                   sqlite3    *db,
                   const char *sql)
{
  int rc;

  g_return_val_if_fail (q != NULL && q->stmt == NULL, FALSE);
  g_return_val_if_fail (db != NULL && sql != NULL, FALSE);

  q->db = db;
  q->sql = sql;
  if ((rc = sqlite3_prepare_v2 (db, sql, -1, &q->stmt, NULL)) != SQLITE_OK)
    fail (q, rc);

  return q->rc == SQLITE_OK;
}

/* Binds @value to parameter @index without a copy: @value must stay as it
 * is until the statement is reset or finished. */
void
vitae_sql_bind_text (VitaeSql   *q,
                     int         index,
                     const char *value)
{
  int rc;

  if (q->rc == SQLITE_OK && q->stmt != NULL &&
      (rc = sqlite3_bind_text (q->stmt, index, value, -1, SQLITE_STATIC)) != SQLITE_OK)
    fail (q, rc);
}

void
vitae_sql_bind_int64 (VitaeSql *q,
                      int       index,
                      gint64    value)
{
  int rc;

  if (q->rc == SQLITE_OK && q->stmt != NULL && (rc = sqlite3_bind_int64 (q->stmt, index, value)) != SQLITE_OK)
    fail (q, rc);
}

/**
 * vitae_sql_step:
 * @q: a prepared #VitaeSql
 *
 * Returns: %TRUE if a row is there to read; %FALSE when the statement is
 *   done or has failed (vitae_sql_reset() and vitae_sql_finish() tell)
 */
gboolean
vitae_sql_step (VitaeSql *q)
{
  int rc;

  if (q->rc != SQLITE_OK || q->stmt == NULL)
    return FALSE;

  rc = sqlite3_step (q->stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    fail (q, rc);

  return FALSE;
}

/**
 * vitae_sql_reset:
 * @q: a prepared #VitaeSql
 *
 * Makes the statement ready to run again, its bindings kept, and forgets
 * the failure of its last run, for a caller that goes on after one (the
 * salvage of a damaged catalog). A statement that could not be prepared
 * stays failed.
 *
 * Returns: the failure of the last run, or %SQLITE_OK
 */
int
vitae_sql_reset (VitaeSql *q)
{
  int rc = q->rc;

  if (q->stmt == NULL)
    return rc;

  sqlite3_reset (q->stmt);
  q->rc = SQLITE_OK;
  g_clear_pointer (&q->message, g_free);

  return rc;
}

/**
 * vitae_sql_finish:
 * @q: a #VitaeSql
 * @error: (nullable): a #GError, or %NULL to report a failure as a warning
 *
 * Finalizes the statement and reports its first failure: in @error, with
 * SQLite's message, or when @error is %NULL as a warning that also names
 * the SQL (a statement of the shipped catalog that fails is a bug).
 *
 * Returns: %SQLITE_OK, or the SQLite result code of the failure
 */
int
vitae_sql_finish (VitaeSql  *q,
                  GError   **error)
{
  int rc = q->rc;

  if (rc != SQLITE_OK)
    {
      if (error != NULL)
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG, "%s", q->message);
      else
        g_warning ("SQL failed (%s): %s", q->message, q->sql);
      g_debug ("SQL failed (%s): %s", q->message, q->sql);
    }
  vitae_sql_clear (q);

  return rc;
}

/* Finalizes the statement without a report: for g_auto() on early return. */
void
vitae_sql_clear (VitaeSql *q)
{
  g_clear_pointer (&q->stmt, sqlite3_finalize);
  g_clear_pointer (&q->message, g_free);
  q->rc = SQLITE_OK;
}

/**
 * vitae_sql_exec:
 * @db: the connection
 * @sql: statements without parameters or rows
 * @error: (nullable): a #GError, or %NULL to report a failure as a warning
 *
 * Returns: %SQLITE_OK, or the SQLite result code of the failure
 */
int
vitae_sql_exec (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  char *message = NULL;
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      const char *text = message != NULL ? message : sqlite3_errstr (rc);

      if (error != NULL)
        g_set_error (error, VITAE_ERROR, VITAE_ERROR_CATALOG, "%s", text);
      else
        g_warning ("SQL failed (%s): %s", text, sql);
    }
  sqlite3_free (message);

  return rc;
}
