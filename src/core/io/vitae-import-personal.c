/* vitae-import-personal.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fields of a section of personal data set as a list's items
 * ("• Address : …", "• GitHub : https://…" under "Personal
 * Information"): the person's details, read as the same fields without
 * their marks are (vitae-import-contact.c), not an entry's bullets. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-section.h"

/* Whether @item is a labelled field: a short label of at most three
 * words, a colon and a value ("Time Zone : UTC-4"). */
static gboolean
is_field (const char *item)
{
  const char *colon = strchr (item, ':');
  g_autofree char *label = NULL;

  if (colon == NULL || colon == item || colon - item > 24 || memchr (item, '\t', colon - item) != NULL)
    return FALSE;
  label = g_strndup (item, colon - item);
  return _vitae_import_count_words (label) <= 3 && colon[1 + strspn (colon + 1, " \t")] != '\0';
}

/* Under a heading of personal data, a list's item that is a labelled
 * field: a link or the person's address, read (returns TRUE, @rest
 * NULL); any other field is the line without its mark (@rest), as such
 * a field unmarked reads. */
gboolean
_vitae_import_take_personal_item (Builder    *builder,
                                  const char *text,
                                  char      **rest)
{
  const char *item = _vitae_import_after_bullet (text);

  *rest = NULL;
  if (item == NULL || builder->section == NULL ||
      !_vitae_import_is_personal_heading (vitae_section_get_title (builder->section)) || !is_field (item))
    return FALSE;
  if (_vitae_import_read_address_field (builder, item, FALSE) || _vitae_import_take_profile_line (builder, item))
    return TRUE;
  *rest = g_strdup (item);
  return TRUE;
}
