/* vitae-import-item-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's reading of what starts a list item and what only looks
 * like a mark: a day's number before a month ("01. März 2023"), an
 * emoji before an item's first word. (The marks themselves:
 * _vitae_import_after_bullet() in vitae-import-text.c.) */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-locale.h"

/* Whether @text, what follows a number and its full stop, starts with a
 * month's name in a language the import knows ("Juli 2025 -"): the
 * number is a day's, not a numbered item's. */
gboolean
_vitae_import_starts_with_month (const char *text)
{
  g_autofree char *word = g_strndup (text, strcspn (text, " \t,."));

  return vitae_locale_match_month (word, NULL) > 0;
}
