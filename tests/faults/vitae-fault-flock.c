/* vitae-fault-flock.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A file system without locks, for tests: the document portal's FUSE file
 * system in Flatpak, and some network mounts, fail flock() with an error
 * other than "held by another" (ENOLCK here).  Loaded with LD_PRELOAD,
 * every flock() fails so.  It uses no GLib.
 */

#define _GNU_SOURCE

#include <errno.h>
#include <sys/file.h>

/* Exported: this is the symbol that stands in for libc's. */
int flock (int fd,
           int operation);

int
flock (int fd,
       int operation)
{
  errno = ENOLCK;
  return -1;
}
