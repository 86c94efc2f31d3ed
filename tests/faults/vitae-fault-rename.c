/* vitae-fault-rename.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A folder like the document portal's, for tests. Through the portal an app
 * may only write the one name the person chose: a rename onto any other
 * name "succeeds" but lands in a hidden file the person never sees. Loaded
 * with LD_PRELOAD, this library does that to every rename() whose target's
 * name differs from VITAE_FAULT_RENAME_ONLY (a base name): the file is
 * renamed to ".xdp-NAME-hidden" beside it, and 0 is returned.  With
 * VITAE_FAULT_RENAME_ONLY unset every rename is hidden that way.
 *
 * It uses no GLib, so that it can stand in front of GLib's own renames.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*RenameFunc) (const char *from, const char *to);

/* Exported: this is the symbol that stands in for libc's. */
int rename (const char *from,
            const char *to);

int
rename (const char *from,
        const char *to)
{
  static RenameFunc real_rename;
  const char *only = getenv ("VITAE_FAULT_RENAME_ONLY");
  const char *slash = strrchr (to, '/');
  const char *base = slash ? slash + 1 : to;
  char hidden[PATH_MAX];

  if (real_rename == NULL)
    real_rename = (RenameFunc) dlsym (RTLD_NEXT, "rename");

  if (only != NULL && strcmp (base, only) == 0)
    return real_rename (from, to);

  if (snprintf (hidden, sizeof hidden, "%.*s.xdp-%s-hidden",
                (int) (base - to), to, base) >= (int) sizeof hidden)
    return real_rename (from, to);

  return real_rename (from, hidden);
}
