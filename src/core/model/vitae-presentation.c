/* vitae-presentation.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How an entry reads on every output — the PDF, the preview, the plain
 * text export — built once here so that they never disagree. */

#define G_LOG_DOMAIN "vitae-presentation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-fields.h"
#include "vitae-presentation.h"

/**
 * vitae_entry_dup_dates:
 * @entry: an entry
 *
 * Returns: (transfer full): the entry's dates as a reader sees them: "Apr
 *   2021 – Present" (a start and no end), "2019 – 2021", "Mar 2023" (only an
 *   end, or a single date), or "" when it has none.  Dates that are not ISO
 *   dates stay as typed.
 */
char *
vitae_entry_dup_dates (VitaeNode *entry)
{
  const char *start;
  const char *end;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  g_return_val_if_fail (VITAE_IS_NODE (entry), NULL);

  start = vitae_node_get_text (entry, "start");
  end = vitae_node_get_text (entry, "end");
  start_text = vitae_date_format (start);
  end_text = vitae_date_format (end);

  if (start[0] != '\0' && end[0] != '\0')
    /* Translators: a span of dates, "Apr 2021 – Jun 2023" */
    return g_strdup_printf (_("%s – %s"), start_text, end_text);

  if (start[0] != '\0')
    /* Translators: a span of dates that goes on, "Apr 2021 – Present" */
    return g_strdup_printf (_("%s – Present"), start_text);

  if (end[0] != '\0')
    return g_steal_pointer (&end_text);

  return vitae_date_format (vitae_node_get_text (entry, "date"));
}
