/* vitae-import-line-lists.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of lists without marks, one item a line,
 * that would otherwise be read as a paragraph or as entries' titles:
 * papers, talks, awards or courses set alike under a heading or an
 * entry's title, none running on into the next, either because each
 * ends short of where the next one's first word would have gone on, or
 * because each has a cell at the right (where and when a paper came
 * out); and courses with their terms at the right, set further in than
 * the post they were taught in, each after Word's second-level mark
 * typed as the letter "o"; and lists that are all a section of entries
 * holds, under its heading, each line led by its year or ending short. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"

/* Whether lines @a and @b (@b under @a) are set alike as a list's lines
 * are: one page, one left edge, one size, the same weight and slant, no
 * mark, no heading, @b no further under @a than an em and a half, and
 * both with a cell at the right or neither. */
static gboolean
set_alike (Reader *r,
           guint   a,
           guint   b)
{
  VitaeTextLine *la = line_at (r, a), *lb = line_at (r, b);
  VitaeTextLineFlags style = VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC;
  VitaeTextLineFlags marks = VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON;

  return la->size > 0 && lb->size > 0 && la->page == lb->page && ABS (la->x - lb->x) < 1 &&
         ABS (la->size - lb->size) < 0.5 && (la->flags & style) == (lb->flags & style) &&
         !((la->flags | lb->flags) & marks) && !r->heading_like[a] && !r->heading_like[b] &&
         _vitae_import_after_bullet (la->text) == NULL && _vitae_import_after_bullet (lb->text) == NULL &&
         lb->gap > -0.3 * lb->size && lb->gap < 1.5 * lb->size &&
         (strchr (la->text, '\t') == NULL) == (strchr (lb->text, '\t') == NULL);
}

/* Whether @cell, the text at the right of an item, is a column's cell
 * of where and when: a few words ending in a year ("Harbour Press
 * 2023", "EMNLP 2020"), or dates. */
static gboolean
is_venue_cell (const char *cell)
{
  g_autofree char *s = NULL, *e = NULL;
  gsize len = strlen (cell);

  if (_vitae_import_parse_dates (cell, &s, &e))
    return TRUE;
  return _vitae_import_count_words (cell) <= 4 && len >= 4 && g_ascii_isdigit (cell[len - 1]) &&
         g_ascii_isdigit (cell[len - 2]) && g_ascii_isdigit (cell[len - 3]) && g_ascii_isdigit (cell[len - 4]) &&
         (len == 4 || cell[len - 5] == ' ');
}

/* Where the text of @text starts past Word's second-level mark typed
 * as the letter "o" and a space before a capital ("o Tide tables"), or
 * @text. */
static const char *
after_o_mark (const char *text)
{
  if (text[0] == 'o' && text[1] == ' ' && g_unichar_isupper (g_utf8_get_char (text + 2)))
    return text + 2;
  return text;
}

/* Whether line @k is an item of a list one a line on its own: text of
 * three words or more (after a mark typed as the letter "o",
 * after_o_mark()) starting with a capital or a digit, no dates
 * unless in its cell at the right; with such a cell (one tab, the cell
 * a venue's and year, is_venue_cell()), ending at the column's right
 * edge as line @first does. */
static gboolean
is_line_item (Reader        *r,
              guint          k,
              VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);
  const char *text = after_o_mark (line->text);
  const char *tab = strchr (text, '\t');
  g_autofree char *left = g_strndup (text, tab != NULL ? (gsize) (tab - text) : strlen (text));
  gunichar c = g_utf8_get_char (left);

  if (_vitae_import_count_words (left) < 3 || !(g_unichar_isupper (c) || g_unichar_isdigit (c)))
    return FALSE;
  if (tab == NULL)
    return !r->dated[k];
  return strchr (tab + 1, '\t') == NULL && is_venue_cell (tab + 1) && ABS (line->right - first->right) < 2;
}

/* Whether line @k, set as the line under it, ends so far short of its
 * column that the first word of that line would have fitted there: the
 * line was broken on purpose. A word is taken as 0.6 em a character,
 * with an em to spare; a word broken at a hyphen goes on. */
static gboolean
ends_short_of_next (Reader *r,
                    guint   k)
{
  VitaeTextLine *line = line_at (r, k);
  const char *next = line_at (r, k + 1)->text;
  glong word = g_utf8_strlen (next, strcspn (next, " \t"));

  if (line->right <= 0 || r->col_right[k] <= 0 ||
      (g_str_has_suffix (line->text, "-") && !g_str_has_suffix (line->text, " -")))
    return FALSE;
  return r->col_right[k] - line->right > (0.6 * word + 1) * line->size;
}

/* Whether @text starts with a year, or a span of years written short
 * ("2013/18", "2019-21"), then a space and a word: a line led by its
 * date, as no wrapped line of a paragraph is. */
static gboolean
starts_with_year (const char *text)
{
  const char *p = text;

  for (guint n = 0; n < 4; n++, p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if ((text[0] != '1' || text[1] != '9') && (text[0] != '2' || text[1] != '0'))
    return FALSE;
  if ((*p == '/' || *p == '-') && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
    p += g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]) ? 5 : 3;
  return *p == ' ' && g_unichar_isalpha (g_utf8_get_char (p + 1));
}

/* The run of lines set alike around line @i (set_alike()), from @s to
 * @e; whether it is a list one a line: two lines or more, spaced
 * evenly, each an item (is_line_item()), not all led by a label
 * ("Nationality: …"), each but the last ending short of the next
 * (ends_short_of_next()) and not running on, unless all have a cell at
 * the right (lines all led by their year, starts_with_year(), need only
 * not run on); under a heading or a line set otherwise (an entry's
 * title), and over a heading, another page or a line that does not
 * stand further in (no line of its own under the last: the lines are no
 * titles of entries).
 * @dated_cells tells whether a cell at the right is dates. */
static gboolean
line_list_run (Reader   *r,
               guint     i,
               guint    *s,
               guint    *e,
               gboolean *dated_cells)
{
  VitaeTextLine *line = line_at (r, i);
  gboolean cells = strchr (line->text, '\t') != NULL, year_led = TRUE;
  guint n_labelled = 0;

  *s = i, *e = i + 1, *dated_cells = FALSE;
  while (*s > 0 && set_alike (r, *s - 1, *s))
    (*s)--;
  while (*e < r->lines->len && set_alike (r, *e - 1, *e))
    (*e)++;
  if (*e < *s + 2 || *s == 0)
    return FALSE;
  if (*e < r->lines->len && line_at (r, *e)->page == line->page && !r->heading_like[*e] &&
      line_at (r, *e)->x > line->x + 1 && line_at (r, *e)->gap < 1.5 * line->size)
    return FALSE;
  for (guint k = *s; k < *e && year_led; k++)
    year_led = starts_with_year (line_at (r, k)->text);
  for (guint k = *s; k < *e; k++)
    {
      g_autofree char *label = NULL;
      const char *rest;

      if (!is_line_item (r, k, line_at (r, *s)) ||
          (k > *s + 1 && ABS (line_at (r, k)->gap - line_at (r, *s + 1)->gap) > MAX (1, 0.2 * line->size)) ||
          (!cells && k + 1 < *e &&
           ((!ends_short_of_next (r, k) && !year_led) || _vitae_import_runs_on (line_at (r, k)->text))))
        return FALSE;
      label = _vitae_import_split_label (line_at (r, k)->text, &rest);
      n_labelled += label != NULL;
      if (cells)
        {
          g_autofree char *ds = NULL, *de = NULL;

          *dated_cells = *dated_cells || _vitae_import_parse_dates (strrchr (line_at (r, k)->text, '\t') + 1, &ds, &de);
        }
    }
  return n_labelled < *e - *s;
}

/* Whether a list one a line may stand in the current section, right
 * under a heading (@under_heading) or an entry's title: under a
 * heading, a list's lines with a column of where and when at the right
 * (@cells), or in a section of lists (papers, awards, certificates, or
 * one the import does not know), where lines under the heading are no
 * entries' titles; under a title, in a section of entries other than
 * papers (whose lines under a title are its authors and journal). Never
 * in a list of words (skills, languages, interests) nor of references. */
static gboolean
list_may_stand (guint    kind,
                gboolean under_heading,
                gboolean cells)
{
  if (kind == KIND_SUMMARY || kind == VITAE_SECTION_SKILLS || kind == VITAE_SECTION_LANGUAGES ||
      kind == VITAE_SECTION_INTERESTS || kind == VITAE_SECTION_REFERENCES)
    return FALSE;
  if (under_heading)
    return cells || kind == VITAE_SECTION_CUSTOM || kind == VITAE_SECTION_PUBLICATIONS ||
           kind == VITAE_SECTION_AWARDS || kind == VITAE_SECTION_CERTIFICATIONS;
  return kind != VITAE_SECTION_PUBLICATIONS;
}

/**
 * _vitae_import_line_list_item:
 * @r: the reader
 * @i: a line
 * @line: line @i
 * @cells: whether to look for lists whose lines have a cell at the
 *   right, or for those whose lines have none
 * @text: (inout): the text of line @i, moved past a mark typed as the
 *   letter "o" when it is an item
 *
 * Whether line @i is an item of a list set one a line without marks
 * (line_list_run()): its first line right under a heading or an
 * entry's title where such a list may stand (list_may_stand()), or,
 * with cells at the right ("o Tide tables <tab> Spring 2021"), further
 * in than an item over it, a list nested in that item; or a later line
 * of a list whose first was read so. Where the cells are dates, the
 * lines are a list's only when set further in than a title or an item
 * over them; else they are entries with their dates.
 */
gboolean
_vitae_import_line_list_item (Reader         *r,
                              guint           i,
                              VitaeTextLine  *line,
                              gboolean        cells,
                              const char    **text)
{
  Role previous = r->builder.previous;
  gboolean nested, dated_cells;
  guint s, e;

  if (r->in_header || line->size <= 0 || *text != line->text || (strchr (line->text, '\t') != NULL) != cells)
    return FALSE;
  if (i > 0 && i < r->line_list_end)
    {
      if (previous != ROLE_BULLET || ABS (r->bullet_x - line->x) >= 1)
        return FALSE;
      *text = after_o_mark (line->text);
      return TRUE;
    }
  nested = cells && previous == ROLE_BULLET && r->builder.entry != NULL && line->x > r->bullet_x + 2;
  if (!line_list_run (r, i, &s, &e, &dated_cells) || i != s ||
      !(previous == ROLE_HEADING || previous == ROLE_TITLE || previous == ROLE_SUBTITLE || nested) ||
      !list_may_stand (r->builder.kind, previous == ROLE_HEADING, cells) ||
      /* (Lines each with its dates, under a heading or at the edge of
       * the line over them, are entries: a list's only when set further
       * in than an entry's title or item.) */
      (dated_cells && (previous == ROLE_HEADING || line->x <= line_at (r, s - 1)->x + 2)))
    return FALSE;
  r->line_list_end = e;
  *text = after_o_mark (line->text);
  return TRUE;
}

/**
 * _vitae_import_in_cell_list:
 * @r: the reader
 * @i: a line read as an item
 *
 * Whether line @i was read as an item of a list one a line
 * (_vitae_import_line_list_item()) whose lines each have a cell of dates
 * at the right: the item is its text before the cell, the dates a column
 * of their own, as an item's date at the right is. A cell of where ("a
 * journal 2021") stays in the item's text: nothing is left out.
 */
gboolean
_vitae_import_in_cell_list (Reader *r,
                            guint   i)
{
  const char *tab = strrchr (line_at (r, i)->text, '\t');
  g_autofree char *start = NULL, *end = NULL;

  return i < r->line_list_end && tab != NULL && _vitae_import_parse_dates (tab + 1, &start, &end);
}

/* Whether line @k is set centred as line @first is: its page and size,
 * its middle within two points, no tab, no heading. */
static gboolean
centred_as (Reader        *r,
            guint          k,
            VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);

  return line->page == first->page && ABS (line->size - first->size) < 0.5 && strchr (line->text, '\t') == NULL &&
         ABS ((line->x + line->right) - (first->x + first->right)) < 4 && !r->heading_like[k];
}

/* Whether line @k stands as close under the line above as a
 * paragraph's lines. */
static gboolean
close_under (Reader *r,
             guint   k)
{
  VitaeTextLine *line = line_at (r, k);

  return line->gap <= MAX (r->line_gap, r->size_gap[k]) + 0.1 * line->size;
}

/* Whether line @i is one of three lines or more set centred under a
 * summary's heading, each a phrase of its own: each starts with a
 * capital or a digit, and each but the last ends short of the widest
 * by more than the first word of the line under it (a centred
 * paragraph's lines are broken where the next word would not fit).
 * Its first line must stand right under the heading, a later one under
 * the item above. */
static gboolean
centred_summary_item (Reader        *r,
                      guint          i,
                      VitaeTextLine *line)
{
  guint s = i, e = i + 1;
  double widest = 0, left = line->x, right = line->x;

  if (r->builder.kind != KIND_SUMMARY && !(r->builder.previous == ROLE_BULLET && !r->bullet_glyph))
    return FALSE;
  while (s > 0 && close_under (r, s) && centred_as (r, s - 1, line))
    s--;
  while (e < r->lines->len && centred_as (r, e, line) && close_under (r, e))
    e++;
  if (e < s + 3 || s == 0 || !r->heading_like[s - 1] ||
      (i == s ? r->builder.kind != KIND_SUMMARY || r->builder.previous != ROLE_HEADING : r->builder.previous != ROLE_BULLET))
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      widest = MAX (widest, line_at (r, k)->right - line_at (r, k)->x);
      left = MIN (left, line_at (r, k)->x), right = MAX (right, line_at (r, k)->x);
    }
  if (right - left < line->size)
    return FALSE;
  for (guint k = s; k < e; k++)
    {
      VitaeTextLine *at = line_at (r, k);
      gunichar c = g_utf8_get_char (at->text);
      glong n = g_utf8_strlen (at->text, -1);

      if (!(g_unichar_isupper (c) || g_unichar_isdigit (c)) || n == 0)
        return FALSE;
      if (k + 1 < e)
        {
          const char *next = line_at (r, k + 1)->text;
          glong word = g_utf8_strlen (next, strcspn (next, " "));

          if (widest - (at->right - at->x) <= (word + 1) * (at->right - at->x) / n)
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * _vitae_import_section_line_list:
 * @r: the reader
 * @i: a line
 * @line: line @i
 *
 * Whether line @i is an item of a list one a line without marks
 * (line_list_run(), no cells at the right) that is all a section of
 * entries (work, projects, schooling) holds, from its heading to the
 * next heading or the end: its first line right under the heading, or
 * a later one under the item above. No line there is an entry's title,
 * so each is an item ("2019 Kept the harbour's books" / "2016/18 Guide
 * of the lighthouse"), not a title nor a line of a summary. Sections
 * of lists (awards, papers, certificates, unknown ones) read such lists
 * in _vitae_import_line_list_item() already.
 */
gboolean
_vitae_import_section_line_list (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line)
{
  Role previous = r->builder.previous;
  gboolean dated_cells;
  guint s, e;

  /* (Phrases set centred one a line under a summary's heading.) */
  if (!r->in_header && line->size > 0 && centred_summary_item (r, i, line))
    return TRUE;
  if (r->in_header || line->size <= 0 || strchr (line->text, '\t') != NULL ||
      !_vitae_import_kind_has_entries (r->builder.kind) || list_may_stand (r->builder.kind, TRUE, FALSE) ||
      !line_list_run (r, i, &s, &e, &dated_cells) || (e < r->lines->len && !r->heading_like[e]))
    return FALSE;
  if (i == s ? previous != ROLE_HEADING
             : previous != ROLE_BULLET || ABS (r->bullet_x - line->x) >= 1 || !r->heading_like[s - 1])
    return FALSE;
  r->line_list_end = e;
  return TRUE;
}
