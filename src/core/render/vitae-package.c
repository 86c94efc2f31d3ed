/* vitae-package.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* DOCX and ODT are ZIP files of XML parts. libarchive writes the container:
 * the first part of an ODT, "mimetype", must be stored uncompressed, so each
 * part says whether it is compressed. Every part gets the same time stamp,
 * the export's date, so that one document gives the same bytes twice. */

#define G_LOG_DOMAIN "vitae-package"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>

#include "vitae-error.h"
#include "vitae-package.h"

typedef struct
{
  char     *name;
  GBytes   *data;
  gboolean  compress;
} Part;

struct _VitaePackage
{
  GArray  *parts;
  gint64   time;
};

static void
part_clear (gpointer data)
{
  Part *part = data;

  g_free (part->name);
  g_bytes_unref (part->data);
}

/**
 * vitae_package_new:
 * @date: (nullable): the parts' time stamp; %NULL for 1 January 2000
 *
 * Returns: (transfer full): an empty package
 */
VitaePackage *
vitae_package_new (GDateTime *date)
{
  VitaePackage *self = g_new0 (VitaePackage, 1);

  self->parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_array_set_clear_func (self->parts, part_clear);
  /* ZIP's DOS time stamps start in 1980; a fixed date keeps bytes stable. */
  self->time = date != NULL ? g_date_time_to_unix (date) : 946684800;

  return self;
}

void
vitae_package_add (VitaePackage *self,
                   const char   *name,
                   GBytes       *data,
                   gboolean      compress)
{
  Part part;

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL && data != NULL);

  part.name = g_strdup (name);
  part.data = g_bytes_ref (data);
  part.compress = compress;
  g_array_append_val (self->parts, part);
}

static la_ssize_t
write_cb (struct archive *archive,
          void           *user_data,
          const void     *buffer,
          size_t          length)
{
  g_byte_array_append (user_data, buffer, length);

  return length;
}

static gboolean
fail (struct archive  *archive,
      GError         **error)
{
  g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO,
               /* Translators: %s is libarchive's reason */
               _("Could not write the document's ZIP container: %s"),
               archive_error_string (archive) ? archive_error_string (archive) : "?");
  return FALSE;
}

static gboolean
write_parts (VitaePackage    *self,
             struct archive  *archive,
             GError         **error)
{
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = &g_array_index (self->parts, Part, i);
      struct archive_entry *entry;
      gsize size;
      const char *data = g_bytes_get_data (part->data, &size);
      gboolean ok;

      if ((part->compress ? archive_write_zip_set_compression_deflate (archive)
                          : archive_write_zip_set_compression_store (archive)) != ARCHIVE_OK)
        return fail (archive, error);

      entry = archive_entry_new ();
      archive_entry_set_pathname (entry, part->name);
      archive_entry_set_size (entry, size);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_mtime (entry, self->time, 0);
      ok = archive_write_header (archive, entry) == ARCHIVE_OK
           && (size == 0 || archive_write_data (archive, data, size) == (la_ssize_t) size);
      archive_entry_free (entry);
      if (!ok)
        return fail (archive, error);
    }

  return TRUE;
}

/**
 * vitae_package_finish:
 * @self: a package
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the ZIP file's bytes
 */
GBytes *
vitae_package_finish (VitaePackage  *self,
                      GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  struct archive *archive;
  gboolean ok;

  g_return_val_if_fail (self != NULL, NULL);

  archive = archive_write_new ();
  ok = archive_write_set_format_zip (archive) == ARCHIVE_OK
       && archive_write_set_bytes_in_last_block (archive, 1) == ARCHIVE_OK
       && archive_write_open (archive, buffer, NULL, write_cb, NULL) == ARCHIVE_OK;
  ok = ok ? write_parts (self, archive, error) : fail (archive, error);
  if (ok && archive_write_close (archive) != ARCHIVE_OK)
    ok = fail (archive, error);
  archive_write_free (archive);

  if (!ok)
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

void
vitae_package_free (VitaePackage *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->parts);
  g_free (self);
}
