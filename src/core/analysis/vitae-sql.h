/* vitae-sql.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * Every statement the catalog, the matcher and the coverage run goes through
 * these few calls, which check each result SQLite returns. The first failure
 * of a statement is kept with SQLite's message; the binds and steps after it
 * do nothing, and vitae_sql_finish() reports it: in @error if the caller
 * handles it, otherwise as a warning that names the SQL. Text is bound
 * without a copy: it must stay as it is until the statement is reset or
 * finished.
 *
 *   g_auto(VitaeSql) q = VITAE_SQL_INIT;
 *
 *   vitae_sql_prepare (&q, db, "SELECT name FROM roles WHERE id = ?1");
 *   vitae_sql_bind_text (&q, 1, role_id);
 *   while (vitae_sql_step (&q))
 *     … sqlite3_column_text (q.stmt, 0) …
 *   vitae_sql_finish (&q, NULL);
 */
typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *stmt;
  const char   *sql;
  /* The first failure since the statement was prepared or reset, and
   * SQLite's message for it. */
  int           rc;
  char         *message;
} VitaeSql;

#define VITAE_SQL_INIT { NULL, NULL, NULL, SQLITE_OK, NULL }

gboolean vitae_sql_prepare    (VitaeSql    *q,
                               sqlite3     *db,
                               const char  *sql);
void     vitae_sql_bind_text  (VitaeSql    *q,
                               int          index,
                               const char  *value);
void     vitae_sql_bind_int64 (VitaeSql    *q,
                               int          index,
                               gint64       value);
gboolean vitae_sql_step       (VitaeSql    *q);
int      vitae_sql_reset      (VitaeSql    *q);
int      vitae_sql_finish     (VitaeSql    *q,
                               GError     **error);
void     vitae_sql_clear      (VitaeSql    *q);
int      vitae_sql_exec       (sqlite3     *db,
                               const char  *sql,
                               GError     **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VitaeSql, vitae_sql_clear)

G_END_DECLS
