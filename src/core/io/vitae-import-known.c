/* vitae-import-known.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the importer keeps of the words it has read (the kinds of
 * headings in vitae-import-text.c, the dates of lines in
 * vitae-import-dates.c) holds for one import, in one language of the
 * user's: the titles of the kinds and the names of the months are read
 * in it too (gettext). Each import starts afresh
 * (_vitae_import_known_forget()): an import asks of its own lines many
 * times over, and what one file taught must not make the next one's
 * import look faster than it is (a benchmark imports the same bytes
 * again and again). */

#include "config.h"

#include <locale.h>

#include "vitae-import-known.h"

static gint known_import;

/**
 * _vitae_import_known_forget:
 *
 * Starts an import: what earlier ones kept is read again.
 */
void
_vitae_import_known_forget (void)
{
  g_atomic_int_inc (&known_import);
}

/**
 * _vitae_import_known_language:
 *
 * Returns: (transfer full): the import under way and the language
 *   gettext translates to, as it picks it: the locale's messages and
 *   $LANGUAGE; what is kept for another is read again
 */
char *
_vitae_import_known_language (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *language = g_getenv ("LANGUAGE");

  return g_strdup_printf ("%d|%s|%s", g_atomic_int_get (&known_import), messages ? messages : "",
                          language ? language : "");
}
