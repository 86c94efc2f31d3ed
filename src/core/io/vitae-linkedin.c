/* vitae-linkedin.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * LinkedIn's data export ("Get a copy of your data"): a ZIP of CSV files,
 * of which these make a resume, by their documented column names:
 *
 *   Profile.csv        First Name, Last Name, Headline, Summary, Geo Location, Websites
 *   Email Addresses.csv Email Address, Primary
 *   PhoneNumbers.csv   Number
 *   Positions.csv      Company Name, Title, Description, Location, Started On, Finished On
 *   Education.csv      School Name, Start Date, End Date, Notes, Degree Name, Activities
 *   Skills.csv         Name
 *   Certifications.csv Name, Url, Authority, Started On, Finished On, License Number
 *   Projects.csv       Title, Description, Url, Started On, Finished On
 *   Languages.csv      Name, Proficiency
 *
 * A description of several lines becomes bullets, a line each (a leading
 * "-", "•" or "*" removed). The CSV reader follows RFC 4180: quoted fields
 * with doubled quotes and embedded line breaks, CRLF or LF, a UTF-8 byte
 * order mark. Columns are found by name, so their order does not matter.
 */

#define G_LOG_DOMAIN "vitae-linkedin"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-import.h"
#include "vitae-io.h"
#include "vitae-section.h"

#define MAX_PARTS 2000
/* A part may unpack to at most this many times the size of the ZIP (and
 * past 1 MB): more is a ZIP bomb, whatever the total. */
#define MAX_RATIO 200

/* Reads every .csv part of @zip into a table from its base name. */
static GHashTable *
read_csv_parts (GBytes  *zip,
                GError **error)
{
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize size, total = 0;
  const void *data = g_bytes_get_data (zip, &size);
  guint n_parts = 0;
  int status;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, size) != ARCHIVE_OK)
    goto broken;

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      g_autoptr(GByteArray) content = NULL;
      g_autofree char *base = NULL;
      char buffer[16384];
      la_ssize_t n;

      if (++n_parts > MAX_PARTS)
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                       _("the archive has more than %d parts"), MAX_PARTS);
          goto fail;
        }
      if (name == NULL || name[0] == '/' || name[0] == '\\' || strstr (name, "..") != NULL ||
          strchr (name, ':') != NULL)
        {
          g_autofree char *valid = g_utf8_make_valid (name ? name : "", -1);

          g_set_error (error, VITAE_ERROR, VITAE_ERROR_FORBIDDEN,
                       /* Translators: %s is a path inside a ZIP file */
                       _("the archive holds a part outside itself (“%s”)"), valid);
          goto fail;
        }
      base = g_path_get_basename (name);
      if (!g_str_has_suffix (base, ".csv") && !g_str_has_suffix (base, ".CSV"))
        continue;

      content = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          total += n;
          if (total > VITAE_MAX_FILE_SIZE || (total > 1024 * 1024 && total > MAX_RATIO * size))
            {
              g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                           /* Translators: %d is a number of megabytes */
                           _("the archive unpacks to far more than it holds (over %d MB, or %d times "
                             "its size): it is not a data export"),
                           VITAE_MAX_FILE_SIZE / (1024 * 1024), MAX_RATIO);
              goto fail;
            }
          g_byte_array_append (content, (guint8 *) buffer, n);
        }
      if (n < 0)
        goto broken;
      g_hash_table_replace (parts, g_steal_pointer (&base),
                            g_byte_array_free_to_bytes (g_steal_pointer (&content)));
    }
  if (status != ARCHIVE_EOF)
    goto broken;

  archive_read_free (archive);
  return g_steal_pointer (&parts);

broken:
  g_set_error (error, VITAE_ERROR, VITAE_ERROR_PARSE,
               /* Translators: %s is libarchive's reason */
               _("this is not a readable ZIP file: %s"),
               archive_error_string (archive) ? archive_error_string (archive) : "?");
fail:
  archive_read_free (archive);
  return NULL;
}

/* RFC 4180: returns the rows of @data, each a NULL-terminated array. */
static GPtrArray *
parse_csv (const char *data,
           gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE, any = FALSE;
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;

  for (; i <= length; i++)
    {
      char c = i < length ? data[i] : '\n';

      if (quoted)
        {
          if (i == length)
            quoted = FALSE;
          else if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
              continue;
            }
          else if (c == '"')
            {
              quoted = FALSE;
              continue;
            }
          else
            {
              g_string_append_c (field, c);
              continue;
            }
        }

      if (c == '"' && field->len == 0)
        {
          quoted = TRUE;
          any = TRUE;
        }
      else if (c == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          any = TRUE;
        }
      else if (c == '\n' || c == '\r')
        {
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;
          if (any || field->len > 0)
            {
              g_ptr_array_add (row, g_string_free (field, FALSE));
              field = g_string_new (NULL);
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
              row = g_ptr_array_new ();
            }
          any = FALSE;
        }
      else
        {
          g_string_append_c (field, c);
          any = TRUE;
        }
    }

  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

typedef struct
{
  GPtrArray *rows;
  char     **header;
} Table;

static void
table_clear (Table *table)
{
  g_clear_pointer (&table->rows, g_ptr_array_unref);
}

static gboolean
open_table (GHashTable *parts,
            const char *name,
            Table      *table)
{
  GBytes *bytes = g_hash_table_lookup (parts, name);
  gsize size;
  const char *data;

  table->rows = NULL;
  table->header = NULL;
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (!g_utf8_validate (data, size, NULL))
    return FALSE;
  table->rows = parse_csv (data, size);
  if (table->rows->len == 0)
    {
      table_clear (table);
      return FALSE;
    }
  table->header = g_ptr_array_index (table->rows, 0);
  for (guint i = 0; table->header[i]; i++)
    g_strstrip (table->header[i]);
  return TRUE;
}

/* The field of @row under the column @column, stripped, or "". */
static const char *
cell (Table      *table,
      guint       row,
      const char *column)
{
  char **fields = g_ptr_array_index (table->rows, row);

  for (guint i = 0; table->header[i]; i++)
    if (g_ascii_strcasecmp (table->header[i], column) == 0)
      {
        for (guint j = 0; j <= i; j++)
          if (fields[j] == NULL)
            return "";
        return g_strstrip (fields[i]);
      }
  return "";
}

static void
set_if (VitaeNode  *node,
        const char *key,
        const char *text)
{
  if (text != NULL && text[0] != '\0')
    vitae_node_set_text (node, key, text);
}

static void
set_date (VitaeNode  *node,
          const char *key,
          const char *text)
{
  g_autofree char *iso = vitae_date_normalize (text);

  set_if (node, key, iso ? iso : text);
}

/* A description of several lines: one line is a summary, several are
 * bullets. */
static void
set_description (VitaeEntry *entry,
                 const char *text)
{

  {
    g_auto(GStrv) again = g_strsplit_set (text, "\r\n", -1);
    GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; again[i]; i++)
      {
        const char *line = g_strstrip (again[i]);

        if (g_str_has_prefix (line, "•"))
          line += strlen ("•");
        else if (line[0] == '-' || line[0] == '*')
          line++;
        while (*line == ' ')
          line++;
        if (line[0] != '\0')
          g_ptr_array_add (kept, g_strdup (line));
      }
    if (kept->len == 1)
      vitae_node_set_text (VITAE_NODE (entry), "summary", g_ptr_array_index (kept, 0));
    else
      for (guint i = 0; i < kept->len && i < VITAE_MAX_BULLETS_PER_ENTRY; i++)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_ptr_array_index (kept, i));

          vitae_entry_append_bullet (entry, bullet);
        }
    g_ptr_array_unref (kept);
  }
}

static VitaeSection *
add_section (VitaeDocument    *document,
             VitaeSectionKind  kind)
{
  VitaeSection *section = vitae_section_new (kind);

  vitae_document_append_section (document, section);
  g_object_unref (section);
  return section;
}

/* Profile.csv: the name, headline, summary, place and first web site. */
static void
read_profile (Table     *table,
              VitaeNode *basics)
{
  g_autofree char *name = NULL;
  const char *websites;

  if (table->rows->len <= 1)
    return;

  name = g_strjoin (" ", cell (table, 1, "First Name"), cell (table, 1, "Last Name"), NULL);
  websites = cell (table, 1, "Websites");
  set_if (basics, "name", g_strstrip (name));
  set_if (basics, "label", cell (table, 1, "Headline"));
  set_if (basics, "summary", cell (table, 1, "Summary"));
  set_if (basics, "city", cell (table, 1, "Geo Location"));
  /* "[PERSONAL:https://…,COMPANY:https://…]" */
  if (websites[0] != '\0')
    {
      g_auto(GStrv) sites = g_strsplit_set (websites, "[],", -1);

      for (guint i = 0; sites[i]; i++)
        {
          const char *url = strstr (sites[i], "http");

          if (url != NULL && !vitae_node_has (basics, "url"))
            vitae_node_set_text (basics, "url", g_strstrip ((char *) url));
        }
    }
}

/* Email Addresses.csv: the primary address, or else the first. */
static void
read_emails (Table     *table,
             VitaeNode *basics)
{
  for (guint i = 1; i < table->rows->len; i++)
    if (!vitae_node_has (basics, "email") || g_ascii_strcasecmp (cell (table, i, "Primary"), "Yes") == 0)
      set_if (basics, "email", cell (table, i, "Email Address"));
}

/* PhoneNumbers.csv: the first number. */
static void
read_phones (Table     *table,
             VitaeNode *basics)
{
  if (table->rows->len > 1)
    set_if (basics, "phone", cell (table, 1, "Number"));
}

typedef enum
{
  COLUMN_TEXT,
  COLUMN_DATE,
  /* Lines that become the summary or the bullets. */
  COLUMN_DESCRIPTION,
  /* Every row's cell, as one entry's list. */
  COLUMN_LIST,
} ColumnType;

typedef struct
{
  const char *key;
  const char *column;
  ColumnType  type;
} Column;

/* A table of the export that becomes a section: a row an entry. */
typedef struct
{
  const char       *file;
  VitaeSectionKind  kind;
  Column            columns[6];
} SectionTable;

/* In the order the sections are made. */
static const SectionTable section_tables[] = {
  { "Positions.csv", VITAE_SECTION_EXPERIENCE,
    { { "organization", "Company Name", COLUMN_TEXT }, { "role", "Title", COLUMN_TEXT },
      { "location", "Location", COLUMN_TEXT }, { "start", "Started On", COLUMN_DATE },
      { "end", "Finished On", COLUMN_DATE }, { NULL, "Description", COLUMN_DESCRIPTION } } },
  { "Projects.csv", VITAE_SECTION_PROJECTS,
    { { "title", "Title", COLUMN_TEXT }, { "url", "Url", COLUMN_TEXT },
      { "start", "Started On", COLUMN_DATE }, { "end", "Finished On", COLUMN_DATE },
      { NULL, "Description", COLUMN_DESCRIPTION } } },
  { "Education.csv", VITAE_SECTION_EDUCATION,
    { { "organization", "School Name", COLUMN_TEXT }, { "degree", "Degree Name", COLUMN_TEXT },
      { "start", "Start Date", COLUMN_DATE }, { "end", "End Date", COLUMN_DATE },
      { "summary", "Notes", COLUMN_TEXT } } },
  { "Certifications.csv", VITAE_SECTION_CERTIFICATIONS,
    { { "title", "Name", COLUMN_TEXT }, { "issuer", "Authority", COLUMN_TEXT },
      { "url", "Url", COLUMN_TEXT }, { "date", "Started On", COLUMN_DATE } } },
  { "Skills.csv", VITAE_SECTION_SKILLS,
    { { "keywords", "Name", COLUMN_LIST } } },
  { "Languages.csv", VITAE_SECTION_LANGUAGES,
    { { "title", "Name", COLUMN_TEXT }, { "fluency", "Proficiency", COLUMN_TEXT } } },
};

/* One entry whose list holds the cells of every row. */
static void
read_list_entry (Table         *table,
                 const Column  *column,
                 VitaeSection  *section)
{
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 1; i < table->rows->len && i <= VITAE_MAX_ITEMS_PER_LIST; i++)
    if (cell (table, i, column->column)[0] != '\0')
      g_ptr_array_add (names, (gpointer) cell (table, i, column->column));
  g_ptr_array_add (names, NULL);
  vitae_node_set_list (VITAE_NODE (entry), column->key, (const char * const *) names->pdata);
  vitae_section_append_entry (section, entry);
}

static void
read_entry (Table         *table,
            guint          row,
            const Column  *columns,
            guint          n_columns,
            VitaeSection  *section)
{
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();

  for (guint c = 0; c < n_columns && columns[c].column != NULL; c++)
    {
      const char *text = cell (table, row, columns[c].column);

      if (columns[c].type == COLUMN_DATE)
        set_date (VITAE_NODE (entry), columns[c].key, text);
      else if (columns[c].type == COLUMN_DESCRIPTION)
        set_description (entry, text);
      else
        set_if (VITAE_NODE (entry), columns[c].key, text);
    }
  vitae_section_append_entry (section, entry);
}

static void
read_section (Table              *table,
              const SectionTable *map,
              VitaeDocument      *document)
{
  VitaeSection *section = add_section (document, map->kind);

  if (map->columns[0].type == COLUMN_LIST)
    {
      read_list_entry (table, &map->columns[0], section);
      return;
    }

  for (guint i = 1; i < table->rows->len && i <= VITAE_MAX_ENTRIES_PER_SECTION; i++)
    read_entry (table, i, map->columns, G_N_ELEMENTS (map->columns), section);
}

/**
 * vitae_linkedin_import:
 * @zip: the bytes of LinkedIn's data export
 * @notes: (nullable) (element-type utf8): where to say what was read
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the resume the export holds
 */
VitaeDocument *
vitae_linkedin_import (GBytes     *zip,
                       GPtrArray  *notes,
                       GError    **error)
{
  static const struct
  {
    const char *file;
    void      (*read) (Table *table, VitaeNode *basics);
  } basics_tables[] = {
    { "Profile.csv", read_profile },
    { "Email Addresses.csv", read_emails },
    { "PhoneNumbers.csv", read_phones },
  };
  g_autoptr(GHashTable) parts = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  Table table;
  guint n_tables = 0;

  g_return_val_if_fail (zip != NULL, NULL);

  if (!(parts = read_csv_parts (zip, error)))
    return NULL;

  document = vitae_document_new ();

  for (guint t = 0; t < G_N_ELEMENTS (basics_tables); t++)
    if (open_table (parts, basics_tables[t].file, &table))
      {
        n_tables++;
        basics_tables[t].read (&table, VITAE_NODE (document));
        table_clear (&table);
      }

  for (guint t = 0; t < G_N_ELEMENTS (section_tables); t++)
    if (open_table (parts, section_tables[t].file, &table))
      {
        n_tables++;
        read_section (&table, &section_tables[t], document);
        table_clear (&table);
      }

  if (n_tables == 0)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                   _("this is not LinkedIn's data export: it has no Profile.csv, Positions.csv, "
                     "Education.csv or Skills.csv"));
      return NULL;
    }

  if (notes != NULL)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "read %u table of LinkedIn's data export",
                                                          "read %u tables of LinkedIn's data export",
                                                          n_tables), n_tables));

  return g_steal_pointer (&document);
}
