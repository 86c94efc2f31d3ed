/* fuzz-common.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-catalog.h"
#include "vitae-core.h"

#include "fuzz-common.h"

void
fuzz_init (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv (VITAE_USER_CATALOG_ENV, ":memory:", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  vitae_core_init ();
}

char *
fuzz_dup_valid_utf8 (const uint8_t *data,
                     size_t         size)
{
  const char *text = (const char *) data;
  const char *nul = memchr (text, '\0', size);
  gssize length = nul != NULL ? nul - text : (gssize) size;

  return g_utf8_make_valid (text, length);
}
