/* vitae-import-phrases.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an entry's items set one a line without a
 * mark, each a phrase rather than a sentence, where neither their
 * spacing nor their width tells them apart: lines set alike and close,
 * each starting with a capital or a digit, none ending a sentence or
 * running on into the next, with no sentence inside them; right under
 * an entry's title or dates (three or more, the first a phrase of four
 * words or more), or indented under a short lead-in of the entry (two
 * or more). A paragraph's lines run on or end its sentences; an entry's
 * rows of title, place and dates are short lines under one another, not
 * indented, that do not start a run of phrases of four words. Fewer
 * tell it under a dated title they are indented from: three in a
 * section the import does not know, two above the next such title.
 * Also items that wrap, where the page's duties one a line were spaced
 * apart: an item starts where a line stands as far under the one above;
 * and the projects of a section without titles, blocks of a few lines
 * spaced apart; and items set in columns whose cells bear no mark, row
 * under row at one tab stop. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-entry.h"
#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-node.h"

/* Whether line @k is plain text set as line @first is
 * (_vitae_import_set_alike()), and no contact detail. */
static gboolean
set_as (Reader        *r,
        guint          k,
        VitaeTextLine *first)
{
  return _vitae_import_set_alike (r, k, first, FALSE) && !_vitae_import_is_contact_line (line_at (r, k)->text);
}

/* Whether @text has a sentence's end inside it: a full stop after a
 * word of two letters or more, a space and a capital. */
static gboolean
has_inner_stop (const char *text)
{
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 1, ". "))
    if (p - text >= 2 && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[-2]) &&
        g_unichar_isupper (g_utf8_get_char (p + 2)))
      return TRUE;
  return FALSE;
}

/* Whether line @k is a phrase of a run: it starts with a capital or a
 * digit, ends no sentence, does not run on, holds no sentence's end. */
static gboolean
is_phrase (Reader *r,
           guint   k)
{
  const char *text = line_at (r, k)->text;
  gunichar c = g_utf8_get_char (text);

  return (g_unichar_isupper (c) || g_unichar_isdigit (c)) && !_vitae_import_ends_sentence (text) &&
         !_vitae_import_runs_on (text) && !has_inner_stop (text);
}

/* The run of lines set as line @i is and close under each other (less
 * than half a line apart), from @s to @e; whether every one of them is
 * a phrase (is_phrase()). */
static gboolean
phrase_run (Reader *r,
            guint   i,
            guint  *s,
            guint  *e)
{
  VitaeTextLine *line = line_at (r, i);

  *s = i, *e = i + 1;
  if (!set_as (r, i, line))
    return FALSE;
  while (*s > 0 && set_as (r, *s - 1, line) && line_at (r, *s)->gap < 0.5 * line->size)
    (*s)--;
  while (*e < r->lines->len && set_as (r, *e, line) && line_at (r, *e)->gap < 0.5 * line->size)
    (*e)++;
  for (guint k = *s; k < *e; k++)
    if (!is_phrase (r, k))
      return FALSE;
  return TRUE;
}

/* Whether line @k, above a run whose first line is @first, is a short
 * lead-in to it: plain, on its page, in about its size, close above it,
 * left of it by half an em to three, ending short of its column (or in
 * a colon), not a sentence. */
static gboolean
leads_in (Reader        *r,
          guint          k,
          VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);
  gsize len = strlen (line->text);
  glong word = g_utf8_strlen (first->text, strcspn (first->text, " \t"));

  return set_as (r, k, line) && line->page == first->page && ABS (line->size - first->size) < 0.5 &&
         first->gap < 0.5 * first->size && first->x > line->x + 0.5 * line->size &&
         first->x < line->x + 3 * line->size && !_vitae_import_ends_sentence (line->text) && len > 0 &&
         (line->text[len - 1] == ':' ||
          (!_vitae_import_runs_on (line->text) && r->col_right[k] - line->right > (0.6 * word + 1) * line->size));
}

/* Whether, before line @i on its page, two lines set as it is stand as
 * far apart as it stands under the line above it (within a point). */
static gboolean
spaced_so_before (Reader        *r,
                  guint          i,
                  VitaeTextLine *line)
{
  for (guint k = 1; k < i; k++)
    if (set_as (r, k, line) && set_as (r, k - 1, line) && ABS (line_at (r, k)->gap - line->gap) < 1)
      return TRUE;
  return FALSE;
}

/* Whether line @i starts an item of an entry of work, projects or
 * volunteering (or of a section whose heading the import does not know:
 * "Extracurricular experience") whose items wrap, where the entry's duties one a line
 * were read above (vitae-import-duties.c): at their edge, in their
 * size, starting with a capital, spaced from the line above further
 * than a paragraph's lines (less than two ems) as two such lines stood
 * apart before it on its page; right under the entry's title, another
 * line so spaced must follow its close wrapped lines (two items at
 * least, not a paragraph); under such an item, it is the next. */
static gboolean
spaced_as_duties (Reader        *r,
                  guint          i,
                  VitaeTextLine *line)
{
  Role previous = r->builder.previous;
  guint k = i + 1;

  if (r->duty_size <= 0 || ABS (line->x - r->duty_x) >= 1 || ABS (line->size - r->duty_size) >= 0.5 ||
      (r->builder.kind != VITAE_SECTION_EXPERIENCE && r->builder.kind != VITAE_SECTION_PROJECTS &&
       r->builder.kind != VITAE_SECTION_VOLUNTEER && r->builder.kind != VITAE_SECTION_CUSTOM) ||
      !set_as (r, i, line) || line->gap <= MAX (r->line_gap, r->size_gap[i]) + 0.3 * line->size ||
      line->gap >= 2 * line->size || !g_unichar_isupper (g_utf8_get_char (line->text)) || !spaced_so_before (r, i, line))
    return FALSE;
  if (previous == ROLE_BULLET)
    return !r->bullet_glyph && ABS (r->bullet_x - line->x) < 1;
  if (previous != ROLE_TITLE && previous != ROLE_SUBTITLE)
    return FALSE;
  while (k < r->lines->len && set_as (r, k, line) && line_at (r, k)->gap <= MAX (r->line_gap, r->size_gap[k]) + 0.1 * line->size)
    k++;
  return k < r->lines->len && set_as (r, k, line) && ABS (line_at (r, k)->gap - line->gap) < 1;
}

/* Whether line @k stands further under the line above it than a
 * paragraph's lines, by less than two ems. */
static gboolean
spaced_apart (Reader *r,
              guint   k)
{
  VitaeTextLine *line = line_at (r, k);

  return line->gap > MAX (r->line_gap, r->size_gap[k]) + 0.3 * line->size && line->gap < 2 * line->size;
}

/* Whether the block of @n_lines lines that ends at line @k is prose
 * under a heading the import does not know ("Who I am"): wrapped, and
 * ending a sentence. Such paragraphs stay the section's text. */
static gboolean
is_prose_block (Reader *r,
                guint   k,
                guint   n_lines)
{
  const char *text = line_at (r, k)->text;
  gsize length = strlen (text);

  return r->builder.kind == VITAE_SECTION_CUSTOM && n_lines >= 2 && length > 0 &&
         strchr (".!?", text[length - 1]) != NULL;
}

/* Whether line @i starts a project of a section of projects (or of one
 * whose heading the import does not know: "Selected projects") that has
 * no titles: the section's lines, from its heading to the next line set
 * otherwise, are plain and set alike, in blocks of three lines at most,
 * two or more, each starting with a capital (and no label: "Country:
 * Spain" are details), none with a sentence's end inside a line,
 * spaced apart further than
 * a block's lines stand (as close as a paragraph's), and @i starts one:
 * each block an item, its wrapped lines going on with it. */
static gboolean
spaced_project (Reader        *r,
                guint          i,
                VitaeTextLine *line)
{
  guint s = r->last_heading, n_blocks = 0, n_lines = 0, last = s;

  if (r->in_header || (r->builder.kind != VITAE_SECTION_PROJECTS && r->builder.kind != VITAE_SECTION_CUSTOM) ||
      s == 0 || s > i || !set_as (r, s, line) || (i > s && !spaced_apart (r, i)) ||
      !(r->builder.previous == ROLE_HEADING ||
        (r->builder.previous == ROLE_BULLET && !r->bullet_glyph && ABS (r->bullet_x - line->x) < 1)))
    return FALSE;
  for (guint k = s; k < r->lines->len && set_as (r, k, line); k++)
    {
      if (k == s || spaced_apart (r, k))
        {
          g_autofree char *label = NULL;
          const char *rest;

          if (k > s && is_prose_block (r, k - 1, n_lines))
            return FALSE;

          /* (Not labelled details: "Country: Spain".) */
          if (!g_unichar_isupper (g_utf8_get_char (line_at (r, k)->text)) ||
              (label = _vitae_import_split_label (line_at (r, k)->text, &rest)) != NULL)
            return FALSE;
          n_blocks++, n_lines = 0;
        }
      else if (line_at (r, k)->gap > MAX (r->line_gap, r->size_gap[k]) + 0.1 * line->size)
        return FALSE;
      /* (A sentence ending inside a line: a paper's reference, prose.) */
      if (++n_lines > 3 || has_inner_stop (line_at (r, k)->text))
        return FALSE;
      last = k;
    }
  return n_blocks >= 2 && !is_prose_block (r, last, n_lines);
}

/* Whether the entry being read has a date ("2024 <tab> An art show"). */
static gboolean
entry_is_dated (Reader *r)
{
  VitaeNode *entry = VITAE_NODE (r->builder.entry);

  return vitae_node_has (entry, "start") || vitae_node_has (entry, "end") || vitae_node_has (entry, "date");
}

/* Whether each line from @s to @e holds a letter in lower case: a
 * title wrapped in capitals over its lines is no run of phrases. */
static gboolean
each_has_lower_case (Reader *r,
                     guint   s,
                     guint   e)
{
  for (guint k = s; k < e; k++)
    {
      const char *p = line_at (r, k)->text;

      while (*p != '\0' && !g_unichar_islower (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        return FALSE;
    }
  return TRUE;
}

/* Whether the run of phrases from @s to @e, right under the title of an
 * entry that has a date, is its items where the kind of its section
 * alone would not tell it: three or more in a section whose heading the
 * import does not know ("Art shows": "2024 <tab> An installation" over
 * three phrases); or two in a section of work, projects or volunteering,
 * each of five words or more and indented from the title, right above
 * the next entry's title, set left of them (two duties, not a subtitle
 * over a place: a place is short). Each line holds a letter in lower
 * case (each_has_lower_case()). */
static gboolean
short_run_of_dated_entry (Reader        *r,
                          guint          s,
                          guint          e,
                          VitaeTextLine *line)
{
  VitaeSectionKind kind = r->builder.kind;
  VitaeTextLine *title = line_at (r, s - 1);

  if (!entry_is_dated (r) || line->x < title->x + line->size || !each_has_lower_case (r, s, e))
    return FALSE;
  if (kind == VITAE_SECTION_CUSTOM)
    return e >= s + 3;
  if (kind != VITAE_SECTION_EXPERIENCE && kind != VITAE_SECTION_PROJECTS && kind != VITAE_SECTION_VOLUNTEER)
    return FALSE;
  return e == s + 2 && _vitae_import_count_words (line_at (r, s)->text) >= 5 &&
         _vitae_import_count_words (line_at (r, s + 1)->text) >= 5 && e < r->lines->len &&
         line_at (r, e)->page == line->page && line_at (r, e)->x < line->x - line->size &&
         ABS (line_at (r, e)->x - title->x) < 1;
}

/**
 * _vitae_import_phrase_item:
 * @r: the reader
 * @i: a line
 * @line: line @i
 *
 * Whether line @i is one of an entry's items set one a line, each a
 * phrase, as the top of this file tells them: the first of a run right
 * under the entry's title, subtitle or dates, or indented under a
 * lead-in, or one under the run's item above it; or an item that wraps,
 * spaced from the one above as the page's duties were (spaced_as_duties()),
 * or a project of a section without titles (spaced_project()).
 */
gboolean
_vitae_import_phrase_item (Reader        *r,
                           guint          i,
                           VitaeTextLine *line)
{
  Role previous = r->builder.previous;
  guint s, e;

  if (line->size <= 0 || i == 0)
    return FALSE;
  if (spaced_project (r, i, line))
    return TRUE;
  if (r->in_header || r->builder.entry == NULL)
    return FALSE;
  if (spaced_as_duties (r, i, line))
    return TRUE;
  if (!_vitae_import_kind_has_entries (r->builder.kind) || !phrase_run (r, i, &s, &e) || s == 0)
    return FALSE;
  if (i > s)
    return previous == ROLE_BULLET && !r->bullet_glyph && ABS (r->bullet_x - line->x) < 1;
  /* (Indented under a lead-in of the entry: "Main subjects".) */
  if (e >= s + 2 && (previous == ROLE_BODY || (previous == ROLE_BULLET && !r->bullet_glyph)) &&
      leads_in (r, s - 1, line))
    return TRUE;
  return (previous == ROLE_TITLE || previous == ROLE_SUBTITLE) && !set_as (r, s - 1, line) &&
         ((e >= s + 3 && (r->builder.kind == VITAE_SECTION_EXPERIENCE || r->builder.kind == VITAE_SECTION_PROJECTS ||
                          r->builder.kind == VITAE_SECTION_VOLUNTEER)) ||
          (previous == ROLE_TITLE && short_run_of_dated_entry (r, s, e, line))) &&
         _vitae_import_count_words (line->text) >= 4 && !(line->flags & VITAE_TEXT_LINE_ITALIC);
}

/* Whether @cell, a cell of a row of items set in columns without a
 * mark, is such an item: two words or more, starting with a capital, no
 * sentence, no dates, no comma (a place: "Toronto, Ontario"), no label. */
static gboolean
is_grid_cell (const char *cell)
{
  return _vitae_import_count_words (cell) >= 2 && g_unichar_isupper (g_utf8_get_char (cell)) &&
         !_vitae_import_ends_sentence (cell) && !_vitae_import_has_dates (cell) && strchr (cell, ',') == NULL &&
         strchr (cell, ':') == NULL;
}

/* Whether line @k is a row of two cells or more, each such an item
 * (is_grid_cell()), set as line @first is (page, left edge, size, not
 * bold, its first cell marked or not alike) with its second cell at
 * the same tab stop. */
static gboolean
grid_row_as (Reader        *r,
             guint          k,
             VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);
  const char *item = _vitae_import_after_bullet (line->text);
  g_auto(GStrv) cells = NULL;
  guint n;

  if (line->size <= 0 || line->page != first->page || ABS (line->x - first->x) >= 1 ||
      ABS (line->size - first->size) >= 0.5 || line->tab_x <= 0 || ABS (line->tab_x - first->tab_x) >= 1 ||
      (line->flags & VITAE_TEXT_LINE_BOLD) || r->heading_like[k] ||
      (item == NULL) != (_vitae_import_after_bullet (first->text) == NULL))
    return FALSE;
  cells = g_strsplit (item != NULL ? item : line->text, "\t", -1);
  n = g_strv_length (cells);
  for (guint c = 0; c < n; c++)
    if (!is_grid_cell (g_strstrip (cells[c])))
      return FALSE;
  return n >= 2;
}

/**
 * _vitae_import_read_grid_row:
 * @r: the reader
 * @i: a line read as an item without a mark
 * @line: line @i
 * @entry: the entry it goes to
 *
 * Whether line @i is a row of a grid of items whose cells bear no mark
 * (its first may), set at the same tab stop as the row above or under
 * it, each cell a phrase of two words or more ("Data Bases <tab>
 * Operating Systems" over "Computer Networks <tab> Compilers and
 * Languages", courses in two columns): one item a cell rather than one
 * a row. If so, adds them.
 */
gboolean
_vitae_import_read_grid_row (Reader        *r,
                             guint          i,
                             VitaeTextLine *line,
                             VitaeEntry    *entry)
{
  const char *item;
  g_auto(GStrv) cells = NULL;

  if (r->in_header || !grid_row_as (r, i, line) ||
      !((i > 0 && line->gap < line->size && grid_row_as (r, i - 1, line)) ||
        (i + 1 < r->lines->len && line_at (r, i + 1)->gap < line->size && grid_row_as (r, i + 1, line))))
    return FALSE;
  item = _vitae_import_after_bullet (line->text);
  cells = g_strsplit (item != NULL ? item : line->text, "\t", -1);
  for (guint c = 0; cells[c] != NULL; c++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_strstrip (cells[c]));

      vitae_entry_append_bullet (entry, bullet);
    }
  return TRUE;
}
