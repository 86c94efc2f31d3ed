/* vitae-import-dated-place.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An entry's title line whose last cell, after a tab, holds its dates
 * and then, behind a bar, its place: "Waiter | The Harbour Inn | <tab>
 * 05/2018 - 09/2021 | Puerto Bajo, Spain", as some resume forms set
 * it. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-dated-place.h"
#include "vitae-import-private.h"

/**
 * _vitae_import_title_dates_place:
 * @text: a line's text
 * @title: (out) (optional): the text before the tab, without a bar at
 *   its end
 * @dates: (out) (optional): the dates
 * @place: (out) (optional): the place
 *
 * Whether @text is an entry's title, then after its last tab its dates
 * and a bar before its place: a few words without a digit. The title
 * is not empty.
 */
gboolean
_vitae_import_title_dates_place (const char  *text,
                                 char       **title,
                                 char       **dates,
                                 char       **place)
{
  const char *tab = strrchr (text, '\t');
  const char *bar;
  g_autofree char *left = NULL, *first = NULL, *rest = NULL;
  g_autofree char *s = NULL, *e = NULL;

  if (tab == NULL || (bar = strstr (tab + 1, " | ")) == NULL || strstr (bar + 3, " | ") != NULL)
    return FALSE;
  left = g_strstrip (g_strndup (text, tab - text));
  if (g_str_has_suffix (left, "|"))
    {
      left[strlen (left) - 1] = '\0';
      g_strstrip (left);
    }
  first = g_strstrip (g_strndup (tab + 1, bar - (tab + 1)));
  rest = g_strstrip (g_strdup (bar + 3));
  if (left[0] == '\0' || strchr (left, '\t') != NULL || rest[0] == '\0' || _vitae_import_has_digit (rest) ||
      _vitae_import_count_words (rest) > 6 || !_vitae_import_has_digit (first) ||
      !_vitae_import_parse_dates (first, &s, &e))
    return FALSE;
  if (title != NULL)
    *title = g_steal_pointer (&left);
  if (dates != NULL)
    *dates = g_steal_pointer (&first);
  if (place != NULL)
    *place = g_steal_pointer (&rest);
  return TRUE;
}
