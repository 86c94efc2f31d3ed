/* vitae-import-known.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the importer keeps of the words it has read (the kinds of
 * headings in vitae-import-text.c, the dates of lines in
 * vitae-import-dates.c) holds for one language of the user's: the
 * titles of the kinds and the names of the months are read in it too
 * (gettext). */

#include "config.h"

#include <locale.h>

#include "vitae-import-known.h"

/**
 * _vitae_import_known_language:
 *
 * Returns: (transfer full): the language gettext translates to, as it
 *   picks it: the locale's messages and $LANGUAGE; what is kept for
 *   another is read again
 */
char *
_vitae_import_known_language (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *language = g_getenv ("LANGUAGE");

  return g_strconcat (messages ? messages : "", "|", language ? language : "", NULL);
}
