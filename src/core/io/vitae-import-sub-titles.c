/* vitae-import-sub-titles.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Lines set as headings, but smaller than the sections' headings, inside
 * a section of entries whose heading was understood: the titles of its
 * entries ("SCHULE" and "ZIVILDIENST" under "BILDUNG"), not sections of
 * their own. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-import-sub-titles.h"
#include "vitae-text-reader.h"

/* Whether @line is set smaller than every heading so far, in a section
 * of entries of a known kind, and names no section itself. */
static gboolean
smaller_in_known_section (Reader        *r,
                          VitaeTextLine *line,
                          const char    *text)
{
  return line->size > 0 && r->heading_size > 0 && line->size < r->heading_size - 0.5 &&
         r->builder.kind != VITAE_SECTION_CUSTOM && _vitae_import_kind_has_entries (r->builder.kind) &&
         _vitae_import_kind_from_heading (text) < 0;
}

/* Whether @line, in bold, set smaller than every heading so far, is a
 * group of the skills whose heading it is under ("Languages", the
 * programming languages, under "SKILLS"), or as
 * smaller_in_known_section(). */
static gboolean
part_of_section (Reader        *r,
                 VitaeTextLine *line,
                 const char    *text)
{
  if (r->builder.kind == VITAE_SECTION_SKILLS && _vitae_import_kind_from_heading (text) == VITAE_SECTION_LANGUAGES)
    return line->size > 0 && r->heading_size > 0 && line->size < r->heading_size - 0.5;
  return smaller_in_known_section (r, line, text);
}

/**
 * _vitae_import_is_sub_title:
 * @r: the reader
 * @i: a line set as a heading (r->heading_like)
 * @line: line @i
 * @text: its text
 *
 * Whether line @i is an entry's title though set as a heading: a
 * school's or employer's name in capitals, set a little larger than the
 * text but smaller than every heading so far and not in bold ("KOLEJ
 * ERICAN" under "Education"), in a section of entries whose heading was
 * understood.
 */
gboolean
_vitae_import_is_sub_title (Reader        *r,
                            guint          i,
                            VitaeTextLine *line,
                            const char    *text)
{
  return !(line->flags & VITAE_TEXT_LINE_BOLD) && smaller_in_known_section (r, line, text);
}

/**
 * _vitae_import_heading_role:
 * @r: the reader
 * @i: a line set as a heading that opens no text
 * @line: line @i
 * @text: its text
 *
 * The role of line @i: %ROLE_HEADING, or %ROLE_TITLE where it is set in
 * bold as the first line under the section's heading is (itself, or an
 * earlier one), smaller than every heading so far, in a section of
 * entries whose heading was understood, naming no section, over no
 * dates of its own (an entry's heading, read as such elsewhere): each
 * part of "BILDUNG", "SCHULE", then "ZIVILDIENST" after its items.
 */
Role
_vitae_import_heading_role (Reader        *r,
                            guint          i,
                            VitaeTextLine *line,
                            const char    *text)
{
  VitaeTextLine *first;
  guint k = r->last_heading;

  /* (The first line under the heading, past a rule typed under it.) */
  while (k > 0 && k < i && r->repeated[k])
    k++;
  if (!(line->flags & VITAE_TEXT_LINE_BOLD) || !part_of_section (r, line, text) || k == 0 || k > i ||
      _vitae_import_over_own_dates (r, i, line, text))
    return ROLE_HEADING;
  first = line_at (r, k);
  return r->heading_like[k] && first->page == line->page && ABS (first->size - line->size) < 0.5 &&
         (first->flags & VITAE_TEXT_LINE_BOLD) && ABS (first->x - line->x) < 1
           ? ROLE_TITLE
           : ROLE_HEADING;
}

/**
 * _vitae_import_sub_title_wraps:
 * @r: the reader
 * @i: a line read as an entry's title, set as a heading
 * @text: its text
 * @end: (out): the line after the last that wraps it
 *
 * @text with the lines that wrap it, when it runs on (after a little
 * word, a comma or a hyphen: "JAYPEE INSTITUTE OF" / "INFORMATION
 * TECHNOLOGY"): each set as it is, from its edge, close under it;
 * NULL when none does.
 */
char *
_vitae_import_sub_title_wraps (Reader     *r,
                               guint       i,
                               const char *text,
                               guint      *end)
{
  VitaeTextLine *line = line_at (r, i);
  char *whole = NULL;
  guint k;

  for (k = i + 1; k < r->lines->len && _vitae_import_runs_on (whole != NULL ? whole : text); k++)
    {
      VitaeTextLine *next = line_at (r, k);
      char *joined;

      if (!r->heading_like[i] || !r->heading_like[k] || next->page != line->page || ABS (next->x - line->x) >= 1 ||
          ABS (next->size - line->size) >= 0.5 || next->flags != line->flags || next->gap > 0.5 * next->size ||
          strchr (next->text, '\t') != NULL)
        break;
      joined = _vitae_import_join_wrapped (whole != NULL ? whole : text, next->text);
      g_free (whole);
      whole = joined;
    }
  if (whole != NULL)
    *end = k;
  return whole;
}
