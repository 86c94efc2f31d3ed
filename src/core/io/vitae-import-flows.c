/* vitae-import-flows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A PDF's page in two columns is read one column after the other (a
 * sidebar, then the main column, or the main column's first lines, the
 * sidebar, then the rest of it). The sidebar's headings start sections
 * of their own; when the reading goes back to the other column, its
 * lines go on in the section that column was in, not in the sidebar's
 * last one (_vitae_import_follow_columns()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-section.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

static void
save_column (Reader      *r,
             ColumnState *state)
{
  *state = (ColumnState) { TRUE, r->builder.kind, r->builder.section, r->builder.entry, r->builder.previous,
                           r->in_header, r->bullet_x, r->bullet_glyph, r->bullet_size, r->section_edge,
                           r->section_indented, r->section_size };
}

static void
restore_column (Reader            *r,
                const ColumnState *state)
{
  r->builder.kind = state->kind;
  r->builder.section = state->section;
  r->builder.entry = state->entry;
  r->builder.previous = state->previous;
  r->in_header = state->in_header;
  r->bullet_x = state->bullet_x;
  r->bullet_glyph = state->bullet_glyph;
  r->bullet_size = state->bullet_size;
  r->section_edge = state->section_edge;
  r->section_indented = state->section_indented;
  r->section_size = state->section_size;
}

/* Whether lines @start to @end (excluded) all stand on one side of line
 * @end, a clear space apart: left of where it starts (@right: it is in
 * the right column), or right of where it ends. */
static gboolean
stand_apart (Reader   *r,
             guint     start,
             guint     end,
             gboolean  right)
{
  VitaeTextLine *line = line_at (r, end);

  for (guint k = start; k < end; k++)
    {
      VitaeTextLine *other = line_at (r, k);

      if (right ? other->right > line->x - 5 : other->x < line->right + 5)
        return FALSE;
    }
  return TRUE;
}

/* A known section title whose words a PDF sets as cells a tab apart
 * (letter-spaced capitals: "BERUFLICHER <tab> WERDEGANG") reads with
 * spaces, a heading like the others. */
static void
join_spaced_heading (Reader        *r,
                     guint          i,
                     VitaeTextLine *line)
{
  g_autofree char *joined = NULL;

  if (strchr (line->text, '\t') == NULL || _vitae_import_has_digit (line->text))
    return;
  joined = g_strdelimit (g_strdup (line->text), "\t", ' ');
  if (_vitae_import_count_words (joined) > 5 || _vitae_import_kind_from_heading (joined) < 0)
    return;
  g_strdelimit (line->text, "\t", ' ');
  line->tab_x = -1;
  r->heading_like[i] = _vitae_import_is_heading_like (line, r->body_size);
}

/* Whether line @i, the first of the right column, opens jobs without a
 * heading over them while the left column ended in a list of words
 * (skills, languages, interests): a title, its dates on one of the two
 * lines under it, then an item with its mark ("Site Engineer" / "2021 -
 * 2023" / "Acme GmbH" / "• Ran …"). */
static gboolean
opens_jobs (Reader *r,
            guint   i)
{
  gboolean dated = FALSE;

  if (r->heading_like[i] || _vitae_import_after_bullet (line_at (r, i)->text) != NULL ||
      (r->builder.kind != VITAE_SECTION_SKILLS && r->builder.kind != VITAE_SECTION_LANGUAGES &&
       r->builder.kind != VITAE_SECTION_INTERESTS))
    return FALSE;
  for (guint k = i + 1; k < MIN (i + 5, r->lines->len); k++)
    {
      VitaeTextLine *line = line_at (r, k);
      g_autofree char *start = NULL, *end = NULL;

      if (_vitae_import_after_bullet (line->text) != NULL)
        return dated;
      if (k <= i + 2 && _vitae_import_parse_dates (line->text, &start, &end))
        dated = TRUE;
    }
  return FALSE;
}

/* Line @i of a PDF starts right of where the line before it ends, 100
 * points or more further right, or ends left of where it starts: the
 * reading has gone over to the other column. Where it leaves the
 * column it was reading is kept; and when the other column's lines,
 * three or more, all stood apart on their side and left the section
 * this one was in (a sidebar's headings), line @i goes on in that
 * section, entry and list, unless it is a heading itself (its words
 * perhaps set a tab apart: join_spaced_heading()) or this column was
 * still in the header (contact details beside the sections read after
 * them are no part of the header). */
void
_vitae_import_follow_columns (Reader *r,
                              guint   i)
{
  VitaeTextLine *line = line_at (r, i), *before;
  gboolean right;
  guint start = r->column_start;
  ColumnState *back;

  if (i == 0)
    {
      memset (r->columns, 0, sizeof r->columns);
      r->column_start = 0;
      return;
    }
  before = line_at (r, i - 1);
  /* (A section's heading set in the margin beside its text, left of the
   * line above, is no column's: the lines of a table's columns under it,
   * read one after the other, are of its section.) */
  if (line->size <= 0 || before->size <= 0 || line->right <= 0 || before->right <= 0 ||
      (line->flags & LINE_SIDE_HEADING))
    return;
  join_spaced_heading (r, i, line);
  if (line->x >= before->right + 10 && line->x - before->x >= 100)
    right = TRUE;
  else if (line->right <= before->x - 10 && before->x - line->x >= 100)
    right = FALSE;
  else
    return;

  r->column_start = i;
  back = &r->columns[right];
  save_column (r, &r->columns[!right]);
  if (back->set && !back->in_header && i - start >= 3 &&
      (back->section != r->builder.section || back->kind != r->builder.kind) &&
      !r->heading_like[i] && stand_apart (r, start, i, right))
    restore_column (r, back);
  else if (!back->set && right && !r->in_header && opens_jobs (r, i))
    {
      r->builder.kind = VITAE_SECTION_EXPERIENCE;
      r->builder.entry = NULL;
      r->builder.section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
      vitae_document_append_section (r->builder.document, r->builder.section);
      g_object_unref (r->builder.section);
    }
}
