/* vitae-import-duties.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an entry's duties set one a line without a
 * mark where the lines' spacing tells them apart: each line a paragraph
 * of its own, further under the one above than a paragraph's lines. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/* Whether line @k is set as line @first is (page, left edge, size), in
 * plain text: no tab, no mark, not bold, no heading, no dates. */
static gboolean
set_as (Reader        *r,
        guint          k,
        VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);

  return line->size > 0 && line->page == first->page && ABS (line->x - first->x) < 1 &&
         ABS (line->size - first->size) < 0.5 && !strchr (line->text, '\t') && !r->dated[k] && !r->heading_like[k] &&
         !(line->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) &&
         _vitae_import_after_bullet (line->text) == NULL;
}

/* Whether line @k stands under the line above it as the run's lines do
 * under theirs: @spacing apart (within a point), well further than a
 * paragraph's lines, less than an em. */
static gboolean
spaced_as (Reader *r,
           guint   k,
           double  spacing)
{
  VitaeTextLine *line = line_at (r, k);

  return ABS (line->gap - spacing) < 1 && line->gap > MAX (r->line_gap, r->size_gap[k]) + 0.3 * line->size &&
         line->gap < line->size;
}

/**
 * _vitae_import_in_spaced_run:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i is one of a run of three plain lines or more set
 * alike and spaced evenly, further apart than a paragraph's lines, each
 * starting with a capital or a digit after a line that does not run on:
 * each line a paragraph of one line, an entry's duty ("Served the
 * customers." / "Took the orders." with half an em between them).
 */
gboolean
_vitae_import_in_spaced_run (Reader *r,
                             guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  guint s = i, e = i + 1;
  double spacing;

  if (!set_as (r, i, line))
    return FALSE;
  /* (The spacing of the run: under @i, or above it.) */
  if (i + 1 < r->lines->len && set_as (r, i + 1, line))
    spacing = line_at (r, i + 1)->gap;
  else if (i > 0 && set_as (r, i - 1, line))
    spacing = line->gap;
  else
    return FALSE;
  while (s > 0 && set_as (r, s - 1, line) && spaced_as (r, s, spacing))
    s--;
  while (e < r->lines->len && set_as (r, e, line) && spaced_as (r, e, spacing))
    e++;
  if (e < s + 3)
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      gunichar c = g_utf8_get_char (line_at (r, k)->text);

      if (!(g_unichar_isupper (c) || g_unichar_isdigit (c)) ||
          (k > s && _vitae_import_runs_on (line_at (r, k - 1)->text)))
        return FALSE;
    }
  return TRUE;
}
