/* vitae-io-write.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitae-error.h"
#include "vitae-io.h"

/* The atomic writer: a save never overwrites a file in place. */

/* Temporary files of a save are hidden, named after the file and the
 * process that writes them: ".NAME.vitae-save-PID-XXXXXX".  A save that is
 * killed half-way leaves one behind; the next save of the same file in the
 * same folder removes those whose writer is gone, so they never pile up and
 * a live process's save in progress is never touched.
 *
 * "Whose writer is gone" is not asked of the process id, which a namespace
 * (Flatpak) or reuse makes meaningless: the writer holds a flock() on its
 * temporary file from creation to rename, which the kernel drops when the
 * process dies.  A temporary file whose lock can be taken is stale. */
#define SAVE_TAG ".vitae-save-"
/* Long names are cut in the temporary's name so that it stays within
 * NAME_MAX (255 bytes on Linux file systems). */
#define SAVE_NAME_MAX 128

static char *
save_prefix (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  if (strlen (base) > SAVE_NAME_MAX)
    base[SAVE_NAME_MAX] = '\0';

  return g_strconcat (".", base, SAVE_TAG, NULL);
}

static gboolean
try_lock (int fd)
{
  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    if (errno != EINTR)
      return FALSE;

  return TRUE;
}

/* Removes @stale if no live writer holds it. */
static void
remove_if_unlocked (const char *stale)
{
  struct stat fd_st, path_st;
  int fd;

  fd = g_open (stale, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK, 0);
  if (fd < 0)
    return;

  /* Unlinked while the lock is held, so that a writer that created the file
   * but has not locked it yet finds it gone (see lock_new_temp()). */
  if (try_lock (fd) && fstat (fd, &fd_st) == 0 && lstat (stale, &path_st) == 0 &&
      S_ISREG (fd_st.st_mode) && fd_st.st_dev == path_st.st_dev && fd_st.st_ino == path_st.st_ino)
    g_unlink (stale);

  close (fd);
}

/**
 * vitae_write_file_cleanup:
 * @path: a file that vitae_write_file_atomic() writes
 *
 * Removes the temporary files that saves of @path left behind when their
 * process was killed. Saves in progress in live processes, which hold a lock
 * on their temporary file, are left alone.
 */
void
vitae_write_file_cleanup (const char *path)
{
  g_autofree char *folder = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (path != NULL);

  folder = g_path_get_dirname (path);
  prefix = save_prefix (path);
  if (!(dir = g_dir_open (folder, 0, NULL)))
    return;

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *stale = NULL;
      const char *rest;
      char *end = NULL;

      if (!g_str_has_prefix (name, prefix))
        continue;

      rest = name + strlen (prefix);
      g_ascii_strtoll (rest, &end, 10);
      if (end == rest || *end != '-' || strlen (end + 1) != 6)
        continue;

      stale = g_build_filename (folder, name, NULL);
      remove_if_unlocked (stale);
    }
}

/* Locks the new temporary file @fd.  Returns FALSE only when another
 * process holds the lock.  A file system without locks (the document
 * portal's in Flatpak, some network mounts) lets the save go ahead
 * unlocked; a cleanup there cannot lock the file either, so it never takes
 * it for stale. */
static gboolean
lock_temp (int fd)
{
  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      if (errno == EINTR)
        continue;
      return errno != EWOULDBLOCK;
    }

  return TRUE;
}

/* Creates the temporary file of a save from @template and locks it.  A
 * cleanup in another process may take the file for stale between its
 * creation and the lock: then it is gone (or going), and a new one is made.
 * A temporary file that is not used is removed at once. */
static int
lock_new_temp (char *temp,
               int   mode)
{
  g_autofree char *template = g_strdup (temp);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      struct stat st;
      int fd;

      strcpy (temp, template);
      fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, mode);
      if (fd < 0)
        return -1;

      if (lock_temp (fd) && fstat (fd, &st) == 0 && st.st_nlink > 0)
        return fd;

      g_unlink (temp);
      close (fd);
    }

  errno = EAGAIN;
  return -1;
}

static void
set_save_error (GError     **error,
                int          saved_errno,
                const char  *display)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: %s is a file name, then the system's reason */
               _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
}

/* A symbolic link is followed this many times at most, as the kernel does
 * (SYMLOOP_MAX is 40 on Linux); a longer chain is taken as a loop. */
#define MAX_LINKS 40

/* Where a save of @path must land: @path itself, or, when it is a symbolic
 * link, the file at the end of its chain. The link is kept, as editors do,
 * and the new file is renamed over its target, beside it, so that the save
 * stays atomic and the target's folder and mode are the ones that count. A
 * link to nowhere saves where it points. Returns %NULL with errno set on a
 * loop or a link that cannot be read. */
static char *
resolve_save_target (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i <= MAX_LINKS; i++)
    {
      g_autofree char *link = NULL;
      g_autofree char *folder = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      if (!(link = g_file_read_link (current, NULL)))
        return NULL;

      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
          continue;
        }

      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (folder, link, NULL);
    }

  errno = ELOOP;
  return NULL;
}

/**
 * vitae_write_file_atomic:
 * @path: the file to write
 * @contents: the bytes to write
 * @length: their number, or -1 for a nul-terminated string
 * @error: a #GError
 *
 * Writes a temporary file in the same folder, flushes it to disk and renames
 * it over @path, then flushes the folder, so that @path always holds either
 * the old or the new content, whatever happens meanwhile, and the new one
 * once this returns. An existing file keeps its mode. A symbolic link is
 * kept: the file at the end of its chain is written, beside itself, as if
 * it had been named (at most 40 links are followed). Temporary files left
 * by saves of @path that were killed are removed.
 *
 * Returns: %TRUE on success
 */
gboolean
vitae_write_file_atomic (const char  *path,
                         const char  *contents,
                         gssize       length,
                         GError     **error)
{
  g_autofree char *display = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *target = NULL;
  gboolean existed = FALSE;
  GStatBuf st;
  gsize size, done = 0;
  int mode = 0644;
  int fd, dir_fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  display = vitae_display_name (path);
  size = length < 0 ? strlen (contents) : (gsize) length;

  /* From here on the file written is the link's target; messages keep the
   * name the user gave. */
  if (!(target = resolve_save_target (path)))
    {
      set_save_error (error, errno, display);
      return FALSE;
    }
  path = target;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                       _("Could not save “%s”: it is a folder"), display);
          return FALSE;
        }
      mode = st.st_mode & 0777;
      existed = TRUE;
    }

  vitae_write_file_cleanup (path);
  folder = g_path_get_dirname (path);
  prefix = save_prefix (path);

  temp = g_strdup_printf ("%s%c%s%d-XXXXXX", folder, G_DIR_SEPARATOR, prefix, (int) getpid ());
  fd = lock_new_temp (temp, mode);
  if (fd < 0)
    {
      set_save_error (error, errno, display);
      return FALSE;
    }

  /* The umask must not change an existing file's mode on a save. */
  if (existed && fchmod (fd, mode) != 0)
    goto fail;

  while (done < size)
    {
      gssize w = write (fd, contents + done, size - done);

      if (w < 0 && errno == EINTR)
        continue;
      if (w < 0)
        goto fail;
      done += w;
    }

  while (fsync (fd) != 0)
    if (errno != EINTR)
      goto fail;

  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_rename (temp, path) != 0)
    goto fail;

  /* The rename is durable once the folder is flushed too.  File systems
   * that cannot flush a folder have made it durable already. */
  dir_fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      while (fsync (dir_fd) != 0 && errno == EINTR)
        ;
      close (dir_fd);
    }

  return TRUE;

fail:
  {
    int saved_errno = errno;

    if (fd >= 0)
      close (fd);
    g_unlink (temp);
    set_save_error (error, saved_errno, display);
    return FALSE;
  }
}
