/* vitae-import-heading-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Headings set side by side in one row, boxes of two columns under a
 * section of the full width ("Skills <tab> Activities"), which the reader
 * joins into one line with a tab: where the section above them ends. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/**
 * _vitae_import_heads_row:
 * @r: the reader
 * @i: a line
 * @heading: the heading of the section line @i is in
 *
 * Whether line @i is a row of headings side by side, set as @heading is:
 * in bold, as large, starting within an em of it, in cells split by a
 * tab, the first a known heading's word ("Competenze <tab> Attività").
 */
gboolean
_vitae_import_heads_row (Reader        *r,
                         guint          i,
                         VitaeTextLine *heading)
{
  VitaeTextLine *line = line_at (r, i);
  const char *tab = strchr (line->text, '\t');
  g_autofree char *first = NULL;

  if (tab == NULL || !(line->flags & VITAE_TEXT_LINE_BOLD) || !(heading->flags & VITAE_TEXT_LINE_BOLD) ||
      ABS (line->size - heading->size) >= 0.5 || ABS (line->x - heading->x) >= line->size)
    return FALSE;
  first = g_strstrip (g_strndup (line->text, tab - line->text));
  return _vitae_import_kind_from_heading (first) >= 0;
}
