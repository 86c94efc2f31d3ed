/* vitae-remembered.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Files the app remembers (Recent, the last file) across a Flatpak sandbox.
 *
 * In the sandbox a file the person opened lives at
 * $XDG_RUNTIME_DIR/doc/ID/NAME, a path of the document portal. Documents
 * granted through the file chooser stay there after a new login; those
 * handed over on the command line (a file manager's "Open With") are
 * transient and are gone. The portal keeps the real path in an extended
 * attribute: it is kept beside each remembered portal path, so a file whose
 * portal path is gone can still be named, and opened again through the
 * chooser in its own folder. */

#define G_LOG_DOMAIN "vitae-remembered"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/xattr.h>

#include "vitae-remembered.h"

/* Old entries beyond this are forgotten: the Recent menu shows fewer. */
#define MAX_REMEMBERED 64
#define GROUP "portal"

static char *
portal_dir (void)
{
  return g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
}

gboolean
_vitae_is_portal_path (const char *path)
{
  g_autofree char *portal = portal_dir ();
  gsize len = strlen (portal);

  return path != NULL && strncmp (path, portal, len) == 0 && path[len] == '/';
}

char *
_vitae_portal_host_path (const char *path)
{
  char host[4096];
  ssize_t len;

  if (!_vitae_is_portal_path (path))
    return NULL;

  len = getxattr (path, "user.document-portal.host-path", host, sizeof host - 1);
  if (len <= 0)
    return NULL;
  host[len] = '\0';
  /* The attribute's value ends with its NUL on some versions of the portal. */
  if (!g_path_is_absolute (host) || !g_utf8_validate (host, -1, NULL))
    return NULL;

  return g_strdup (host);
}

static char *
store_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "vitae", "remembered-files.ini", NULL);
}

static GKeyFile *
load_store (void)
{
  g_autofree char *path = store_path ();
  GKeyFile *keyfile = g_key_file_new ();

  /* A missing or broken file is an empty memory: it only names files. */
  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, NULL);

  return keyfile;
}

void
_vitae_remembered_add (const char *path)
{
  g_autoptr(GKeyFile) keyfile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *host = _vitae_portal_host_path (path);
  g_autofree char *store = NULL;
  g_autofree char *dir = NULL;
  g_auto(GStrv) keys = NULL;
  gsize n_keys = 0;

  if (host == NULL)
    return;

  keyfile = load_store ();
  /* Newest last: a path added again moves to the end. */
  g_key_file_remove_key (keyfile, GROUP, path, NULL);
  g_key_file_set_string (keyfile, GROUP, path, host);
  keys = g_key_file_get_keys (keyfile, GROUP, &n_keys, NULL);
  for (gsize i = 0; keys != NULL && i + MAX_REMEMBERED < n_keys; i++)
    g_key_file_remove_key (keyfile, GROUP, keys[i], NULL);

  store = store_path ();
  dir = g_path_get_dirname (store);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_key_file_save_to_file (keyfile, store, &error))
    g_debug ("Could not remember where %s lives: %s", path,
             error ? error->message : g_strerror (errno));
}

char *
_vitae_remembered_host_path (const char *path)
{
  g_autoptr(GKeyFile) keyfile = NULL;
  char *host;

  if (!_vitae_is_portal_path (path))
    return NULL;
  if ((host = _vitae_portal_host_path (path)) != NULL)
    return host;

  keyfile = load_store ();
  host = g_key_file_get_string (keyfile, GROUP, path, NULL);
  if (host != NULL && !g_path_is_absolute (host))
    g_clear_pointer (&host, g_free);

  return host;
}
