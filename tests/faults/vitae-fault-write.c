/* vitae-fault-write.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A disk that fills up, for tests. Loaded with LD_PRELOAD, this library
 * lets VITAE_FAULT_WRITE_AFTER=N bytes be written to regular files, then
 * makes every further write() to a regular file fail with ENOSPC, the way a
 * full disk does: the write that crosses the limit is cut short, the next
 * one fails. Terminals and pipes (stdout, stderr) are not counted, so the
 * program's messages still reach the test.
 *
 * It uses no GLib, so that it can stand in front of GLib's own writes.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

typedef ssize_t (*WriteFunc) (int fd, const void *buf, size_t count);

/* Exported: this is the symbol that stands in for libc's. */
ssize_t write (int         fd,
               const void *buf,
               size_t      count);

static long long budget = -1;

static WriteFunc
real_write (void)
{
  static WriteFunc func;

  if (func == NULL)
    func = (WriteFunc) dlsym (RTLD_NEXT, "write");
  return func;
}

static int
is_regular_file (int fd)
{
  struct stat st;

  return fstat (fd, &st) == 0 && S_ISREG (st.st_mode);
}

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  ssize_t written;

  if (budget < 0)
    {
      const char *limit = getenv ("VITAE_FAULT_WRITE_AFTER");

      budget = limit != NULL ? atoll (limit) : (long long) 1 << 62;
    }

  if (count == 0 || !is_regular_file (fd))
    return real_write () (fd, buf, count);

  if (budget == 0)
    {
      errno = ENOSPC;
      return -1;
    }

  if ((long long) count > budget)
    count = (size_t) budget;

  written = real_write () (fd, buf, count);
  if (written > 0)
    budget -= written;

  return written;
}
