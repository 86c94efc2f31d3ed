/* vitae-import-roles.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The roles of lines in the sections of a PDF, for the pass over the
 * lines (vitae-import-lines.c): list items with their marks (written,
 * drawn, an emoji) or without, items of a list each with its date
 * (certificates), and entries' titles, subtitles and dates lines. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-dated-place.h"
#include "vitae-import-duties-private.h"
#include "vitae-import-marked-titles.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether @text is an entry's dates alone, or its dates and then its
 * place in a cell of its own ("May 2021 – Present <tab> Oslo"). */
gboolean
_vitae_import_is_dates_line (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  return _vitae_import_parse_dates (text, &s, &e) || _vitae_import_dates_first (text, &left, &right);
}

/* The span of dates that starts @first, a cell, and the rest of it
 * after a space, when the rest starts with a capital ("08/15 - 12/15
 * Intern": a column of dates that ends a space from the title's), or
 * NULL. */
char *
_vitae_import_dup_leading_span (const char  *first,
                                char       **after)
{
  g_auto(GStrv) words = g_strsplit (first, " ", -1);
  guint n = g_strv_length (words);

  for (guint k = MIN (n - 1, 5); n > 1 && k >= 2; k--)
    {
      g_autofree char *s = NULL, *e = NULL;
      char *saved = words[k];
      g_autofree char *head = NULL;

      words[k] = NULL;
      head = g_strjoinv (" ", words);
      words[k] = saved;
      if (g_unichar_isupper (g_utf8_get_char (saved)) && _vitae_import_parse_dates (head, &s, &e) && s != NULL &&
          e != NULL)
        {
          *after = g_strjoinv (" ", words + k);
          return g_steal_pointer (&head);
        }
    }
  return NULL;
}

/* Whether line @k is a list item with a glyph and a date at its right,
 * set as @line is (from its edge, in its size, on its page). */
static gboolean
is_dated_item (Reader        *r,
               guint          k,
               VitaeTextLine *line)
{
  VitaeTextLine *other = line_at (r, k);
  const char *item = _vitae_import_after_bullet (other->text);
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  if (item == NULL || other->page != line->page || ABS (other->x - line->x) >= 1 ||
      ABS (other->size - line->size) >= 0.5)
    return FALSE;
  _vitae_import_split_right (item, &left, &right);
  return right != NULL && left[0] != '\0' && _vitae_import_parse_dates (right, &s, &e);
}

/* Whether line @k is a list item of one line with a cell at its right,
 * set as @line is (from its edge within a quarter em, in its size, on
 * its page, close under the line above). */
static gboolean
is_right_cell_item (Reader        *r,
                    guint          k,
                    VitaeTextLine *line)
{
  VitaeTextLine *other = line_at (r, k);
  const char *item = _vitae_import_after_bullet (other->text);

  return item != NULL && other->page == line->page && ABS (other->x - line->x) < 0.25 * line->size &&
         ABS (other->size - line->size) < 0.5 && other->gap < line->size && strchr (item, '\t') != NULL;
}

/* Whether line @k, without a mark, is set under the text of a list's
 * item set as @line is: further in than its mark, in its size, on its
 * page, close under the line above and in its weight and slant, one
 * cell, under an item or such a line: the item wrapped. */
static gboolean
wraps_item_text (Reader        *r,
                 guint          k,
                 VitaeTextLine *line)
{
  VitaeTextLine *other = line_at (r, k);
  guint flags = VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC;

  return k > 0 && other->page == line->page && other->x > line->x + 2 && ABS (other->size - line->size) < 0.5 &&
         other->gap < line->size && !strchr (other->text, '\t') && !r->heading_like[k] &&
         _vitae_import_after_bullet (other->text) == NULL && (other->flags & flags) == (line_at (r, k - 1)->flags & flags) &&
         (is_right_cell_item (r, k - 1, line) || wraps_item_text (r, k - 1, line));
}

/* Whether list item @i is one of a run of items one a line, each with a
 * cell at its right, some wrapping under their text, that fills its
 * section from right under its heading to the next heading, a line back
 * at the heading's edge or the end of the page, three of them or more and most of them with dates there
 * ("• Data Analysis with Python <tab> 2024 - 2025", "• SQL <tab>
 * Ongoing", "• Site visit to the dam of the river and the <tab> 2023" /
 * "plant"): a list of courses, not entries without a line of their
 * own. */
static gboolean
in_dated_run (Reader        *r,
              guint          i,
              VitaeTextLine *line)
{
  guint first = i, last = i, n_dated = 0, n_items = 0;

  if (!is_right_cell_item (r, i, line))
    return FALSE;
  while (first > 0 && (is_right_cell_item (r, first - 1, line) || wraps_item_text (r, first - 1, line)))
    first--;
  while (last + 1 < r->lines->len && (is_right_cell_item (r, last + 1, line) || wraps_item_text (r, last + 1, line)))
    last++;
  if (first == 0 || !r->heading_like[first - 1] || line_at (r, first - 1)->page != line->page ||
      !is_right_cell_item (r, first, line) ||
      (last + 1 < r->lines->len && line_at (r, last + 1)->page == line->page && !r->heading_like[last + 1] &&
       !(ABS (line_at (r, last + 1)->x - line_at (r, first - 1)->x) < 1 && line_at (r, last + 1)->x < line->x - 2)))
    return FALSE;
  for (guint k = first; k <= last; k++)
    {
      g_autofree char *left = NULL, *right = NULL;
      g_autofree char *s = NULL, *e = NULL;

      if (!is_right_cell_item (r, k, line))
        continue;
      _vitae_import_split_right (line_at (r, k)->text, &left, &right);
      n_dated += _vitae_import_parse_dates (right, &s, &e);
      n_items++;
    }
  return n_dated >= 3 && 2 * n_dated > n_items;
}

/* Whether list item @i is one of a list of certificates or awards each
 * with its date at the right ("• Cloud Architect, <tab> 26-08-2025"),
 * one under another, or of a section's items so (in_dated_run()): the
 * items of one list, not entries' titles (read without their dates, as
 * an entry's items are). */
gboolean
_vitae_import_in_dated_list (Reader        *r,
                             guint          i,
                             VitaeTextLine *line)
{
  if (r->in_header || line->size <= 0)
    return FALSE;
  if (r->builder.kind != VITAE_SECTION_CERTIFICATIONS && r->builder.kind != VITAE_SECTION_AWARDS)
    return _vitae_import_kind_has_entries (r->builder.kind) && in_dated_run (r, i, line);
  if (!is_dated_item (r, i, line))
    return FALSE;
  return (i > 0 && is_dated_item (r, i - 1, line)) || (i + 1 < r->lines->len && is_dated_item (r, i + 1, line));
}

/* The text to keep of list item @i of a dated list
 * (_vitae_import_in_dated_list()), @item after its mark and @left
 * before its date: @left when the date stands at the column's right
 * edge or after a tab, a column of dates; @item, the date kept, when it
 * runs on in the text of a line that ends well short of the edge
 * ("• First Aid at Work, Red Cross, June 2022"). */
const char *
_vitae_import_dated_item_text (Reader        *r,
                               guint          i,
                               VitaeTextLine *line,
                               const char    *item,
                               const char    *left)
{
  if (strchr (item, '\t') == NULL && line->right > 0 && r->col_right[i] > 0 &&
      r->col_right[i] - line->right > 2 * line->size)
    return item;
  return left;
}

/* Whether list item @i, in bold, is over lines set smaller by a point
 * and a half or more, not in bold, as close under it as a paragraph's
 * lines and further in, under its text, without marks ("• Harbour Works
 * Ltd." / "2019 – 2022" / "Built the yard's booking system"): an
 * entry's title set as an item, its dates and text under it. */
static gboolean
heads_smaller_lines (Reader        *r,
                     guint          i,
                     VitaeTextLine *line)
{
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  return next != NULL && line->size > 0 && (line->flags & VITAE_TEXT_LINE_BOLD) && next->page == line->page &&
         next->size > 0 && next->size <= line->size - 1.5 && next->x > line->x + 2 && next->gap < line->size &&
         !(next->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ICON)) && _vitae_import_after_bullet (next->text) == NULL;
}

/* Whether list item @i, a short name with dates at its right ("•
 * Lakeside University <tab> 2019"), is one of the items of the entry
 * whose title is the unmarked line right over it, or over the run of
 * such items it ends ("M.A. in History" / "• Lakeside University <tab>
 * 2019" / "• Harbour College <tab> 2016"): nothing is set under it
 * further in, as a list nested in an employer's name would be, and the
 * line over the run is neither a heading nor a list's item. */
gboolean
_vitae_import_dated_item_under_title (Reader        *r,
                                      guint          i,
                                      VitaeTextLine *line)
{
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  VitaeTextLine *over;
  guint k = i;

  if (r->in_header || line->size <= 0 || r->builder.entry == NULL || !is_dated_item (r, i, line) ||
      (next != NULL && next->page == line->page && next->x > line->x + 2))
    return FALSE;
  while (k > 0 && is_dated_item (r, k - 1, line))
    k--;
  if (k == 0 || r->heading_like[k - 1])
    return FALSE;
  over = line_at (r, k - 1);
  if (over->page != line->page || _vitae_import_after_bullet (over->text) != NULL || over->x > line->x + 2)
    return FALSE;
  if (k == i)
    return (r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE) &&
           vitae_entry_get_n_bullets (r->builder.entry) == 0;
  return r->builder.previous == ROLE_BULLET && r->bullet_glyph && vitae_entry_get_n_bullets (r->builder.entry) > 0;
}

/* Whether list item @i, whose text is @left before a date at its
 * right, in an entry with dates, is an item with a date of its own
 * (read without it): a sentence, five words or more, or a name under the
 * entry's title (_vitae_import_dated_item_under_title()). */
gboolean
_vitae_import_keeps_own_date (Reader        *r,
                              guint          i,
                              VitaeTextLine *line,
                              const char    *left)
{
  return _vitae_import_count_words (left) >= 5 || g_str_has_suffix (left, ".") || g_str_has_suffix (left, ";") ||
         _vitae_import_dated_item_under_title (r, i, line);
}

/* A list item, or an entry's title set as a list item with its dates
 * at the right ("• Treasurer, Chess Club <tab> 2019 – 2021") unless it
 * is right under a title without dates, or under it, heading a list
 * nested in it (_vitae_import_heads_nested_list()). The item's mark is
 * a glyph in @text or an icon font's (then @text has none). */
Role
_vitae_import_bullet_role (Reader        *r,
                           guint          i,
                           VitaeTextLine *line,
                           const char   **text)
{
  const char *item = _vitae_import_after_bullet (*text) != NULL ? _vitae_import_after_bullet (*text) : *text;
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;
  gboolean dated;

  if (!r->in_header && _vitae_import_kind_has_entries (r->builder.kind) && _vitae_import_heads_nested_list (r, i, line))
    {
      *text = item;
      return ROLE_TITLE;
    }
  if (!r->in_header && _vitae_import_kind_has_entries (r->builder.kind) &&
      (heads_smaller_lines (r, i, line) || _vitae_import_heads_dated_subtitle (r, i, line)))
    {
      *text = item;
      return ROLE_TITLE;
    }
  if (r->in_header || !_vitae_import_kind_has_entries (r->builder.kind) || strchr (item, '\t') == NULL ||
      _vitae_import_in_dated_list (r, i, line))
    return ROLE_BULLET;
  _vitae_import_split_right (item, &left, &right);
  dated = right != NULL && _vitae_import_parse_dates (right, &s, &e);
  /* (A project's kind at the right instead, "• Tide model <tab> School",
   * when the item heads a list nested in it: the project's title.) */
  if (right != NULL && !dated && i + 1 < r->lines->len &&
      line_at (r, i + 1)->x > line->x + 2 && line_at (r, i + 1)->page == line->page &&
      (_vitae_import_after_bullet (line_at (r, i + 1)->text) != NULL ||
       _vitae_import_after_word_o (line_at (r, i + 1)->text) != NULL))
    {
      *text = item;
      return ROLE_TITLE;
    }
  if (!dated)
    return ROLE_BULLET;
  if (_vitae_import_dated_item_under_title (r, i, line))
    return ROLE_BULLET;
  /* Right under the section's heading, a sentence with dates at its
   * right and nothing set under it further in ("• BSc in Physics, Alder
   * University. <tab> 2014-2018"): an item, its dates the entry's. */
  if (r->builder.previous == ROLE_HEADING && line->size > 0 && g_str_has_suffix (left, ".") &&
      _vitae_import_count_words (left) >= 5 &&
      !(i + 1 < r->lines->len && line_at (r, i + 1)->page == line->page && line_at (r, i + 1)->x > line->x + 2))
    return ROLE_BULLET;
  /* Right under an entry's title without dates (or its text), its first
   * bullet with the entry's dates beside it; or under its other bullets,
   * set as they are, its last (read_bullet() moves them). */
  if ((((r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE || r->builder.previous == ROLE_BODY) &&
        r->builder.entry != NULL && vitae_entry_get_n_bullets (r->builder.entry) == 0 &&
        /* (an item, not a name: "• Georgia Tech <tab> 2022 – Present") */
        (_vitae_import_count_words (left) >= 5 || g_str_has_suffix (left, "."))) ||
       (r->builder.previous == ROLE_BULLET && r->bullet_x >= 0 && line->size > 0 && ABS (line->x - r->bullet_x) < 1 &&
        r->builder.entry != NULL)) &&
      !vitae_node_has (VITAE_NODE (r->builder.entry), "start") &&
      !vitae_node_has (VITAE_NODE (r->builder.entry), "end") && !vitae_node_has (VITAE_NODE (r->builder.entry), "date"))
    return ROLE_BULLET;
  /* Under items with glyphs of an entry with dates, set as they are, an
   * item that is a sentence with a date of its own ("• Ranked 99th of
   * 1852 teams; <tab> October 2014"): an item still (read_bullet() leaves
   * the date out). */
  if (((r->builder.previous == ROLE_BULLET && r->bullet_glyph && r->bullet_x >= 0 && line->size > 0 &&
        ABS (line->x - r->bullet_x) < 1 && r->builder.entry != NULL && vitae_entry_get_n_bullets (r->builder.entry) > 0) ||
       /* (under a title that is no list item itself) */
       ((r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE) && r->builder.entry != NULL &&
        vitae_entry_get_n_bullets (r->builder.entry) == 0 && i > 0 &&
        _vitae_import_after_bullet (line_at (r, i - 1)->text) == NULL &&
        (vitae_node_has (VITAE_NODE (r->builder.entry), "start") || vitae_node_has (VITAE_NODE (r->builder.entry), "end") ||
         vitae_node_has (VITAE_NODE (r->builder.entry), "date")))) &&
      (_vitae_import_count_words (left) >= 5 || g_str_has_suffix (left, ".") || g_str_has_suffix (left, ";")))
    return ROLE_BULLET;
  *text = item;
  return ROLE_TITLE;
}

/* Whether line @i starts where the marks (drawn without a glyph) of the
 * items above it do, within two points, left of their text. */
static gboolean
after_drawn_marks (Reader        *r,
                   guint          i,
                   VitaeTextLine *line)
{
  for (guint k = i; k > 0; k--)
    {
      VitaeTextLine *above = line_at (r, k - 1);

      if (_vitae_import_after_bullet (above->text) != NULL)
        return above->text_x > 0 && ABS (line->x - r->bullet_x) <= 2 &&
               line->x < above->text_x - 0.25 * line->size;
    }
  return FALSE;
}

/* Whether @next, right under @line, is a place alone set smaller from
 * the same edge ("New Haven, CT", "Remote"): a few words without a
 * digit. */
static gboolean
is_place_under (const VitaeTextLine *line,
                const VitaeTextLine *next)
{
  return next->page == line->page && next->size > 0 && next->size < line->size - 1 &&
         next->gap < 0.5 * line->size && ABS (next->x - line->x) < 1 && !strchr (next->text, '\t') &&
         !_vitae_import_has_digit (next->text) && _vitae_import_count_words (next->text) <= 4 &&
         g_utf8_strlen (next->text, -1) < 40 && !_vitae_import_ends_sentence (next->text) &&
         _vitae_import_after_bullet (next->text) == NULL;
}

/* Whether line @i, set as a heading, right under a heading, is the
 * first line of that section's text: set a fourth smaller than the
 * heading, not in bold nor a known heading, with a line of its size and
 * place under it (a sidebar sets its text larger than the main
 * column's, whose size the body's is, and its paragraph's short first
 * line with room above it looks like a heading). */
gboolean
_vitae_import_opens_section_text (Reader        *r,
                                  guint          i,
                                  VitaeTextLine *line,
                                  const char    *text)
{
  VitaeTextLine *above, *below;

  if (i == 0 || i + 1 >= r->lines->len || r->builder.previous != ROLE_HEADING || line->size <= 0 ||
      (line->flags & VITAE_TEXT_LINE_BOLD) || _vitae_import_kind_from_heading (text) >= 0)
    return FALSE;
  above = g_ptr_array_index (r->lines, i - 1);
  below = g_ptr_array_index (r->lines, i + 1);
  return line->size < 0.75 * above->size && ABS (below->size - line->size) < 0.5 && ABS (below->x - line->x) < 1;
}

/* Whether line @i is a short line right over its dates alone, set
 * smaller on a line of their own from the same edge ("School Paper —
 * Writer" / "2022-2023", "10 - 14 February 2020"), or over its dates
 * and place ("01/2025 – now | Paris", in any size): an entry's title.
 * The dates may follow an icon, in from the edge by up to two ems; a
 * place alone may stand between, set smaller than the title ("Harbour
 * Trust — Clerk" / "Leith, Scotland" / "MAY 2019 - JUNE 2021", as a
 * word processor's templates set them). */
gboolean
_vitae_import_over_own_dates (Reader        *r,
                              guint          i,
                              VitaeTextLine *line,
                              const char    *text)
{
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  g_autofree char *s = NULL, *e = NULL, *left = NULL, *right = NULL;

  if (next != NULL && i + 2 < r->lines->len && line->size > 0 && is_place_under (line, next) &&
      !_vitae_import_parse_dates (next->text, &s, &e))
    next = line_at (r, i + 2);
  /* (Not under a title: a role over its entry's dates is its subtitle;
   * unless set larger than the line above, well apart from it.) */
  if (next == NULL || line->size <= 0 ||
      ((r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE) &&
       !(i > 0 && line->gap >= line->size && line->size > line_at (r, i - 1)->size + 1)) ||
      strchr (text, '\t') || g_utf8_strlen (text, -1) >= 80 || _vitae_import_ends_sentence (text) ||
      _vitae_import_runs_on (text) || _vitae_import_after_bullet (text) != NULL || next->page != line->page ||
      next->size <= 0 || next->gap >= 0.5 * MAX (line->size, next->size) ||
      !(_vitae_import_set_flush (line, next) ||
        ((next->flags & VITAE_TEXT_LINE_ICON) && next->x > line->x && next->x < line->x + 2 * next->size)))
    return FALSE;
  if (_vitae_import_dates_first (next->text, &left, &right))
    return next->size < line->size + 0.5;
  return next->size < line->size - 1 &&
         (next->gap < 0.5 * next->size || (next->flags & VITAE_TEXT_LINE_ICON)) && !strchr (next->text, '\t') &&
         (_vitae_import_parse_dates (next->text, &s, &e) ||
          (_vitae_import_has_dates (next->text) && _vitae_import_count_words (next->text) <= 5));
}

/* Whether line @i, set as a heading but smaller than the sections'
 * headings and larger than the text, in a section of jobs, schools or
 * volunteering, names the organisation of the entries under it: an
 * employer's name over its roles ("Comarch" at 16 points under "Work
 * experience" at 22, over "Senior developer" in bold and its dates): a
 * role in bold right under it, the role's dates under that, both set
 * smaller. */
gboolean
_vitae_import_heads_roles (Reader        *r,
                           guint          i,
                           VitaeTextLine *line,
                           const char    *text)
{
  guint kind = r->builder.kind;
  VitaeTextLine *role, *dates;

  if (line->size <= 0 || r->heading_size <= 0 || line->size > r->heading_size - 2 || line->size < r->body_size + 2 ||
      !(kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_EDUCATION || kind == VITAE_SECTION_VOLUNTEER) ||
      _vitae_import_kind_from_heading (text) >= 0 || strchr (text, '\t') != NULL)
    return FALSE;
  if (i + 2 >= r->lines->len)
    return FALSE;
  role = line_at (r, i + 1);
  dates = line_at (r, i + 2);
  return role->page == line->page && dates->page == line->page && (role->flags & VITAE_TEXT_LINE_BOLD) &&
         role->size < line->size - 1 && !_vitae_import_has_dates (role->text) && dates->size < line->size - 1 &&
         _vitae_import_has_dates (dates->text);
}

/* Whether line @i is one of the items of an entry whose title has its
 * dates in a column of their own at its left ("2013 – 2016 <tab>
 * School"): set smaller than the title, in from where the title's text
 * starts (where a subtitle would start), right under it or under the
 * item before, which does not wrap onto it. */
static gboolean
item_under_dated_title (Reader        *r,
                        guint          i,
                        VitaeTextLine *line,
                        const char    *text)
{
  VitaeTextLine *title = NULL;
  g_autofree char *left = NULL, *right = NULL;
  guint k = i;

  if (line->size <= 0 || r->builder.entry == NULL || strchr (text, '\t') || _vitae_import_is_dates_line (text))
    return FALSE;
  if (r->builder.previous == ROLE_BULLET && !r->bullet_glyph && ABS (line->x - r->bullet_x) < 1 &&
      ABS (line->size - r->bullet_size) < 0.5 && !_vitae_import_wraps_into_next (r, i - 1))
    {
      /* (Back over the items before it, a few.) */
      while (k > 0 && i - k < 8 && ABS (line_at (r, k - 1)->x - line->x) < 1 &&
             ABS (line_at (r, k - 1)->size - line->size) < 0.5)
        k--;
    }
  else if (r->builder.previous != ROLE_TITLE)
    return FALSE;
  title = k > 0 ? line_at (r, k - 1) : NULL;

  return title != NULL && title->page == line->page && title->tab_x > 0 && line->size < title->size - 0.5 &&
         line->x > title->tab_x + 0.5 * line->size && line->x < title->tab_x + 3 * line->size &&
         line_at (r, k)->gap < title->size && _vitae_import_dates_first (title->text, &left, &right);
}

/* Whether line @i, indented from the section's @edge, heads a paragraph
 * that runs into items of its entry written with a glyph, further in
 * than it ("Designer – In this studio I …" / "• Prototyping"): a page
 * that writes its items' glyphs draws none without one over them, so
 * the line is the entry's description, not an item. The lines between
 * stay in from the edge (back at it, the next entry begins). */
static gboolean
over_written_items (Reader        *r,
                    guint          i,
                    VitaeTextLine *line,
                    double         edge)
{
  for (guint k = i + 1; k < r->lines->len && k < i + 8; k++)
    {
      VitaeTextLine *below = line_at (r, k);

      if (below->size <= 0 || below->page != line->page || r->dated[k] || r->heading_like[k] ||
          below->x < edge + 0.5 * r->body_size)
        return FALSE;
      if (_vitae_import_after_bullet (below->text) != NULL)
        return below->x > line->x + 1 && ABS (below->size - line->size) < 0.5;
    }
  return FALSE;
}

/* Whether @line starts where the lines of its section do, that section
 * set in from the page's @edge as a whole (its schools and their
 * degrees all a few points in from where the other sections' lines
 * start): it is indented from nothing of its own section, so no item. */
static gboolean
at_own_section_edge (Reader        *r,
                     VitaeTextLine *line,
                     double         edge)
{
  return r->section_edge < G_MAXDOUBLE && r->section_edge > edge + 0.5 * r->body_size &&
         line->x < r->section_edge + 0.5 * r->body_size;
}

/* Whether line @i, in bold and not in capitals, is set right under the
 * entry's title, a line in capitals not in bold that gave the entry its
 * dates ("2018 – 2019: RESEARCH ASSISTANT" / "Coastal Institute –
 * Rostock" in bold): the firm or school of that heading, told apart by
 * its weight, not the next entry's title (which would stand over dates
 * of its own). */
static gboolean
bold_under_dated_capitals (Reader              *r,
                           guint                i,
                           const VitaeTextLine *line)
{
  VitaeTextLine *above;
  VitaeNode *entry = VITAE_NODE (r->builder.entry);

  if (!(line->flags & VITAE_TEXT_LINE_BOLD) || i == 0 || entry == NULL || r->builder.previous != ROLE_TITLE)
    return FALSE;
  above = line_at (r, i - 1);
  return above->page == line->page && !(above->flags & VITAE_TEXT_LINE_BOLD) && ABS (above->x - line->x) < 1 &&
         line->gap < 1.5 * line->size && _vitae_import_is_upper_text (above->text) && !_vitae_import_is_upper_text (line->text) &&
         (vitae_node_has (entry, "start") || vitae_node_has (entry, "date")) && !vitae_node_has (entry, "organization");
}

/* Whether line @i, in bold and in italics, is set right under the
 * entry's title, itself upright in bold with the entry's dates at its
 * right (or under a line in italics right under it): a part of that
 * entry's heading set apart by its slant, its degree or its role
 * ("OLIN COLLEGE OF ENGINEERING <tab> MAY 2021" / "BACHELOR OF SCIENCE
 * …" in italics / a scholarship in italics), not the next entry's title.
 * Every line of such a heading is in bold; italics alone tell its parts
 * apart. (Not under a year alone, nor under a line without dates, which
 * may be a heading the pass did not know; not a label, "Spanish:".) */
static gboolean
slanted_under_title (Reader              *r,
                     guint                i,
                     const VitaeTextLine *line)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;
  guint k = i - 1;

  if ((line->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC)) !=
        (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC) ||
      i == 0 || r->builder.entry == NULL ||
      (r->builder.previous != ROLE_TITLE && r->builder.previous != ROLE_SUBTITLE))
    return FALSE;
  if (g_str_has_suffix (line->text, ":"))
    return FALSE;
  if (r->builder.previous == ROLE_SUBTITLE && k > 0 && (line_at (r, k)->flags & VITAE_TEXT_LINE_ITALIC))
    k--;
  if ((line_at (r, k)->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC)) != VITAE_TEXT_LINE_BOLD ||
      line_at (r, k)->page != line->page || line->x < line_at (r, k)->x - 1)
    return FALSE;
  _vitae_import_split_right (line_at (r, k)->text, &left, &right);
  return right != NULL && _vitae_import_count_words (left) >= 2 && _vitae_import_parse_dates (right, &s, &e);
}

/* The role of a line in a section of entries that has no mark of its
 * own: a drawn bullet, an entry's title or subtitle, or ROLE_NONE. */
Role
_vitae_import_entry_role (Reader        *r,
                          guint          i,
                          VitaeTextLine *line,
                          const char    *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  if (!_vitae_import_kind_has_entries (r->builder.kind))
    return ROLE_NONE;
  /* Under an entry's title, its dates (and place) after an icon, however
   * indented. */
  if ((r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE) &&
      (line->flags & VITAE_TEXT_LINE_ICON) && _vitae_import_is_dates_line (text))
    return ROLE_TITLE;
  /* Under them, set as small, its employer and place (a stacked head). */
  if (_vitae_import_under_stacked_dates (r, i, line, text))
    return ROLE_SUBTITLE;
  if (item_under_dated_title (r, i, line, text))
    return ROLE_BULLET;

  /* In a PDF whose bullets are drawn, not written, a bullet is a line
   * indented from the text's left edge; not one that starts where the
   * text after a column of labels does (the entry's text: a wrapped
   * title, a paragraph). */
  if (line->size > 0 && !r->in_header && !strchr (text, '\t') && !_vitae_import_ends_in_span (text) &&
      !(r->label_text_x > 0 && ABS (line->x - r->label_text_x) < 0.25 * line->size))
    {
      double edge = r->base_x;
      gboolean in_section = FALSE;
      /* (Such items are set as the section's text is: a line set larger
       * or smaller is an entry's head or a line of its tags.) */
      gboolean text_size = ABS (line->size - (r->section_size > 0 ? r->section_size : r->body_size)) < 0.5;

      /* In another column than the main text's, the edge is where
       * that column's entries have their dates, or without dates there,
       * where the section's lines start when some are indented. */
      if (ABS (line->x - r->base_x) > 6 * r->body_size)
        {
          edge = _vitae_import_dates_left_edge (r->lines, r->dated, line->x - 6 * r->body_size, line->x);
          if (r->section_indented && r->section_edge < edge)
            edge = r->section_edge, in_section = TRUE;
        }
      /* Where most lines are items, indented from their entries, the
       * edge is the section's (for a line not in bold: a role in bold,
       * set a little in under its employer, is none of them). */
      else if (r->section_edge < edge - 0.5 * r->body_size && !(line->flags & VITAE_TEXT_LINE_BOLD))
        edge = r->section_edge;
      /* (A bold line under items drawn without a glyph, themselves not
       * bold, is a title, not an item; so is one over a line of dates,
       * its entry's.) */
      if (!in_section && text_size && line->x > edge + 0.5 * r->body_size && line->x < edge + 6 * r->body_size &&
          !((line->flags & VITAE_TEXT_LINE_BOLD) && r->builder.previous == ROLE_BULLET && !r->bullet_glyph &&
            !(line_at (r, i - 1)->flags & VITAE_TEXT_LINE_BOLD)) &&
          !((line->flags & VITAE_TEXT_LINE_BOLD) && i + 1 < r->lines->len &&
            _vitae_import_is_dates_line (line_at (r, i + 1)->text)) &&
          !over_written_items (r, i, line, edge) && !at_own_section_edge (r, line, edge) &&
          !_vitae_import_describes_entry (r, i, line))
        return ROLE_BULLET;
      /* In such a section, a bullet is not bold, and a short line at the
       * edge that ends there is an entry's title, or the subtitle right
       * under it. */
      if (in_section && text_size && line->x > edge + r->body_size && line->x < edge + 6 * r->body_size &&
          !(line->flags & VITAE_TEXT_LINE_BOLD) && !_vitae_import_is_contact_line (text))
        return ROLE_BULLET;
      if (in_section && ABS (line->x - edge) < 1 && g_utf8_strlen (text, -1) < 80 && !_vitae_import_ends_sentence (text) &&
          !_vitae_import_runs_on (text) && !_vitae_import_has_dates (text) &&
          (i + 1 >= r->lines->len || !g_unichar_islower (g_utf8_get_char (line_at (r, i + 1)->text))))
        return r->builder.previous == ROLE_TITLE ? ROLE_SUBTITLE : ROLE_TITLE;
    }

  /* After bullets, a line that starts left of them begins the next
   * entry, even without dates on it; so does one that starts where the
   * marks of items drawn without a glyph do, left of their text, and
   * does not go on with them (a title set at the marks' edge). */
  if (r->builder.previous == ROLE_BULLET && line->size > 0 && r->bullet_x >= 0 &&
      (line->x < r->bullet_x - 0.25 * line->size || after_drawn_marks (r, i, line)))
    return ROLE_TITLE;

  if (_vitae_import_over_own_dates (r, i, line, text))
    return ROLE_TITLE;

  /* A line that ends in dates (not "… from 2020-2022"), or is a span
   * alone ("2015-2019"), or in its dates and place after a tab
   * ("Waiter | Inn | <tab> 2018 - 2021 | Puerto Bajo"). */
  if (_vitae_import_title_dates_place (text, NULL, NULL, NULL))
    return ROLE_TITLE;
  _vitae_import_split_right (text, &left, &right);
  if (right != NULL ? _vitae_import_parse_dates (right, &s, &e) && !_vitae_import_leads_to_dates (left)
                    : _vitae_import_ends_in_span (text))
    return _vitae_import_next_item_with_dates (r, i, line) ? ROLE_BULLET : ROLE_TITLE;
  if (_vitae_import_dates_first (text, &left, &right))
    return ROLE_TITLE;
  /* (A short line or one in italics is no subtitle when it wraps onto
   * the next: a paragraph's first line.) */
  if (r->builder.previous == ROLE_TITLE && r->builder.entry != NULL &&
      (strchr (text, '\t') ||
       (((line->flags & VITAE_TEXT_LINE_ITALIC) || (g_utf8_strlen (text, -1) < 80 && !g_str_has_suffix (text, "."))) &&
        !_vitae_import_wraps_into_next (r, i))) &&
      (!(line->flags & VITAE_TEXT_LINE_BOLD) || slanted_under_title (r, i, line) ||
       bold_under_dated_capitals (r, i, line)))
    return ROLE_SUBTITLE;
  if ((line->flags & VITAE_TEXT_LINE_BOLD) && g_utf8_strlen (text, -1) < 100 && !strstr (text, ": ") &&
      !slanted_under_title (r, i, line))
    return ROLE_TITLE;
  return ROLE_NONE;
}

/* The role of a line beside a glyph alone on the row above it: an
 * item, or an entry's title when it is a name with dates at its right
 * ("Georgia Tech <tab> 2022 – Present"), as it is after a glyph. */
Role
_vitae_import_after_glyph_row_role (Reader     *r,
                                    const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  _vitae_import_split_right (text, &left, &right);
  if (_vitae_import_kind_has_entries (r->builder.kind) && strchr (text, '\t') != NULL && right != NULL &&
      _vitae_import_parse_dates (right, &s, &e) && _vitae_import_count_words (left) < 5 &&
      !g_str_has_suffix (left, "."))
    return ROLE_TITLE;
  return ROLE_BULLET;
}

/* The text after a pictograph that marks a list item, an emoji and a
 * space ("📌 Presented at …", "🔗 Demo: https://…"), or NULL: not before
 * a contact detail (an e-mail address, a phone number), nor before a word
 * alone. */
const char *
_vitae_import_after_pictograph (const char *text)
{
  gunichar c = g_utf8_get_char (text);
  const char *p = g_utf8_next_char (text);

  if (!(c >= 0x1F300 && c <= 0x1FAFF) && !(c >= 0x2600 && c <= 0x26FF))
    return NULL;
  if (g_utf8_get_char (p) == 0xFE0F)
    p = g_utf8_next_char (p);
  p = _vitae_import_after_emoji_mark (p);
  return p != NULL && _vitae_import_count_words (p) >= 2 && !strchr (p, '@') && !_vitae_import_has_phone (p) ? p : NULL;
}

/* Whether @text names a known section after an emoji and a space or a
 * tab ("💼 EXPERIENCE"): a heading, set as large as its emoji, no name. */
gboolean
_vitae_import_is_pictograph_heading (const char *text)
{
  gunichar c = g_utf8_get_char (text);
  const char *p = g_utf8_next_char (text);

  if (!(c >= 0x1F300 && c <= 0x1FAFF) && !(c >= 0x2600 && c <= 0x27BF))
    return FALSE;
  if (g_utf8_get_char (p) == 0xFE0F)
    p = g_utf8_next_char (p);
  if (*p != ' ' && *p != '\t')
    return FALSE;
  return _vitae_import_kind_from_heading (p + strspn (p, " \t")) >= 0;
}

/* Whether line @i is one of an entry's items drawn without a mark, one
 * a line, from right under its title (and subtitle) on, in a section of
 * work, projects or volunteering (under a school's name, lines are its
 * degree and details): a run of three plain lines or more set alike
 * (_vitae_import_in_one_a_line_run()), the first of which is a phrase
 * of four words or more, not in italics nor labelled ("Languages: …")
 * ("Internship at X <tab> 2015" / "Wrote a white paper on storage" /
 * "Installed Hadoop" / "Deployed virtual machines"), rather than the
 * entry's subtitle and a paragraph. */
gboolean
_vitae_import_one_a_line_entry_item (Reader        *r,
                                     guint          i,
                                     VitaeTextLine *line)
{
  guint first = i;
  g_autofree char *label = NULL;
  const char *rest;

  if (line->size <= 0 || r->in_header || i == 0 || r->builder.entry == NULL ||
      (r->builder.kind != VITAE_SECTION_EXPERIENCE && r->builder.kind != VITAE_SECTION_PROJECTS &&
       r->builder.kind != VITAE_SECTION_VOLUNTEER) ||
      !_vitae_import_in_one_a_line_run (r, i))
    return FALSE;
  if (r->builder.previous == ROLE_BULLET)
    return !r->bullet_glyph && ABS (line->x - r->bullet_x) < 1;
  if (r->builder.previous != ROLE_TITLE && r->builder.previous != ROLE_SUBTITLE)
    return FALSE;
  while (first > 0 && ABS (line_at (r, first - 1)->x - line->x) < 1 && line_at (r, first - 1)->page == line->page &&
         line_at (r, first - 1)->gap < 0.5 * line->size && !(line_at (r, first - 1)->flags & VITAE_TEXT_LINE_BOLD) &&
         strchr (line_at (r, first - 1)->text, '\t') == NULL && !r->dated[first - 1])
    first--;
  return first == i && !(line->flags & VITAE_TEXT_LINE_ITALIC) && _vitae_import_count_words (line->text) >= 4 &&
         (label = _vitae_import_split_label (line->text, &rest)) == NULL;
}

/* Whether the current entry holds @text whole as one of its fields. */
static gboolean
entry_holds (VitaeEntry *entry,
             const char *text)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (VITAE_NODE (entry));

  for (guint k = 0; keys[k]; k++)
    if (g_strcmp0 (vitae_node_get_text (VITAE_NODE (entry), keys[k]), text) == 0)
      return TRUE;
  return FALSE;
}

/**
 * _vitae_import_title_as_before:
 * @r: the reader
 * @i: a line set as a heading, well smaller than the sections' headings
 * @line: line @i
 *
 * Whether line @i, inside an entry, is set as the line the entry was
 * read from was: the nearest line above it in its section that is as
 * large (no larger line between them) has its size, weight and left
 * edge, and is a field of the entry whole (its title). It is the next
 * entry's title then, not a label of the entry's ("Projects" inside a
 * job).
 */
gboolean
_vitae_import_title_as_before (Reader        *r,
                               guint          i,
                               VitaeTextLine *line)
{
  for (guint k = i; k-- > r->last_heading && i - k <= 40;)
    {
      VitaeTextLine *other = line_at (r, k);

      if (other->size > line->size + 0.5)
        return FALSE;
      if (ABS (other->size - line->size) < 0.5 && ABS (other->x - line->x) < 1 &&
          (other->flags & VITAE_TEXT_LINE_BOLD) == (line->flags & VITAE_TEXT_LINE_BOLD))
        return r->builder.entry != NULL && entry_holds (r->builder.entry, other->text);
    }
  return FALSE;
}

/* Certificates or awards one a line, right under their heading, without
 * a mark, or lines one a line under another heading: each line is one
 * (a year alone over them is their date, an entry's title); or
 * ROLE_NONE. */
Role
_vitae_import_one_a_line_role (Reader        *r,
                               guint          i,
                               VitaeTextLine *line,
                               const char    *text)
{
  g_autofree char *s = NULL, *e = NULL;

  if (line->size <= 0 || r->dated[i] || _vitae_import_heads_dated_lines (r, i) ||
      !(r->builder.kind == VITAE_SECTION_CERTIFICATIONS || r->builder.kind == VITAE_SECTION_AWARDS ||
        (r->builder.kind == VITAE_SECTION_CUSTOM && _vitae_import_in_one_a_line_run (r, i))) ||
      !(r->builder.previous == ROLE_HEADING || (r->builder.previous == ROLE_BULLET && !r->bullet_glyph)))
    return ROLE_NONE;
  return _vitae_import_parse_dates (text, &s, &e) ? ROLE_TITLE : ROLE_BULLET;
}
