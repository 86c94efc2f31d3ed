/* catalog-compile.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Builds the keyword catalog's SQLite database at compile time, so that no
 * start of Vitae parses its SQL (src/core/analysis/vitae-catalog.c opens a
 * copy of this database instead):
 *
 *   catalog-compile GRESOURCE_XML OUTPUT DEPFILE
 *
 * The SQL files are the catalog/<name>.sql files GRESOURCE_XML (the core's
 * resources, data/vitae-core.gresource.xml) lists, run in the order of
 * their names with foreign keys checked, as vitae-catalog.c did at every
 * start: a file added to that list is in the database at the next build.
 * DEPFILE names the files read, for ninja. The database is written with
 * VACUUM INTO, compact and the same for the same SQL.
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

typedef struct
{
  GPtrArray *files;
  gboolean   in_file;
  GString   *text;
} ParseData;

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  ParseData *data = user_data;

  if (g_str_equal (element, "file"))
    {
      data->in_file = TRUE;
      g_string_truncate (data->text, 0);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  ParseData *data = user_data;
  const char *name;

  if (!g_str_equal (element, "file"))
    return;

  data->in_file = FALSE;
  name = g_strstrip (data->text->str);
  if (g_str_has_prefix (name, "catalog/") && g_str_has_suffix (name, ".sql"))
    g_ptr_array_add (data->files, g_strdup (name));
}

static void
text (GMarkupParseContext  *context,
      const char           *chars,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  ParseData *data = user_data;

  if (data->in_file)
    g_string_append_len (data->text, chars, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
append_escaped (GString    *out,
                const char *path)
{
  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '$' || *p == '#' || *p == ':')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

int
main (int   argc,
      char *argv[])
{
  const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GString) depfile = g_string_new (NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) content = g_string_new (NULL);
  ParseData data = { files, FALSE, content };
  GMarkupParseContext *context;
  sqlite3 *db = NULL;
  char *message = NULL;
  char *vacuum;
  gsize length;

  if (argc != 4)
    {
      fprintf (stderr, "usage: %s GRESOURCE_XML OUTPUT DEPFILE\n", argv[0]);
      return 2;
    }

  if (!g_file_get_contents (argv[1], &xml, &length, &error))
    {
      fprintf (stderr, "catalog-compile: %s\n", error->message);
      return 1;
    }
  context = g_markup_parse_context_new (&parser, 0, &data, NULL);
  if (!g_markup_parse_context_parse (context, xml, length, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    {
      fprintf (stderr, "catalog-compile: %s: %s\n", argv[1], error->message);
      g_markup_parse_context_free (context);
      return 1;
    }
  g_markup_parse_context_free (context);

  /* The order vitae-catalog.c loaded them in: by name. */
  g_ptr_array_sort (files, compare_names);
  if (files->len == 0)
    {
      fprintf (stderr, "catalog-compile: %s lists no catalog/*.sql\n", argv[1]);
      return 1;
    }

  if (sqlite3_open (":memory:", &db) != SQLITE_OK)
    {
      fprintf (stderr, "catalog-compile: %s\n", sqlite3_errmsg (db));
      return 1;
    }
  /* Foreign keys are checked while the data loads, so a keyword misspelt
   * in a role's file fails the build instead of vanishing. */
  sqlite3_exec (db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL);

  dir = g_path_get_dirname (argv[1]);
  append_escaped (depfile, argv[2]);
  g_string_append (depfile, ":");
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (files, i), NULL);
      g_autofree char *sql = NULL;

      if (!g_file_get_contents (path, &sql, NULL, &error))
        {
          fprintf (stderr, "catalog-compile: %s\n", error->message);
          return 1;
        }
      if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
        {
          fprintf (stderr, "catalog-compile: %s: %s\n", path, message);
          return 1;
        }
      g_string_append (depfile, " \\\n  ");
      append_escaped (depfile, path);
    }
  g_string_append_c (depfile, '\n');

  g_unlink (argv[2]);
  vacuum = sqlite3_mprintf ("VACUUM INTO %Q;", argv[2]);
  if (sqlite3_exec (db, vacuum, NULL, NULL, &message) != SQLITE_OK)
    {
      fprintf (stderr, "catalog-compile: %s: %s\n", argv[2], message);
      return 1;
    }
  sqlite3_free (vacuum);
  sqlite3_close (db);

  if (!g_file_set_contents (argv[3], depfile->str, depfile->len, &error))
    {
      fprintf (stderr, "catalog-compile: %s\n", error->message);
      return 1;
    }

  return 0;
}
