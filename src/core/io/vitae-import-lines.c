/* vitae-import-lines.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The pass over the lines: _vitae_import_read_lines(). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-history.h"
#include "vitae-import.h"
#include "vitae-import-degree-lines.h"
#include "vitae-import-duties-private.h"
#include "vitae-import-grades.h"
#include "vitae-import-item-details.h"
#include "vitae-import-item-wraps.h"
#include "vitae-import-marked-titles.h"
#include "vitae-import-sub-titles.h"
#include "vitae-import-after-pass.h"
#include "vitae-import-private.h"
#include "vitae-import-date-rows.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* The line set largest on the first page, alone at that size (but for
 * the name's second line), set well above the body text, written as a name, or @fallback. */
static guint
largest_name_line (Reader *r,
                   guint   fallback)
{
  guint best = G_MAXUINT;
  double second = 0;

  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    {
      double size = i > 0 && best == i - 1 && _vitae_import_goes_on_name (r, i) ? 0 : line_at (r, i)->size;

      if (best == G_MAXUINT || size > line_at (r, best)->size)
        {
          second = best == G_MAXUINT ? 0 : line_at (r, best)->size;
          best = i;
        }
      else if (size > second)
        second = size;
    }
  if (best == G_MAXUINT || line_at (r, best)->size < 1.5 * r->body_size || line_at (r, best)->size < second + 2 ||
      !_vitae_import_is_plausible_name (line_at (r, best)->text) || !_vitae_import_is_name_cased (line_at (r, best)->text))
    return fallback;
  return best;
}

/* Whether @a, the first line, is a tagline in sentence case above the
 * name @b: @a starts with a capital but has a word in lower case
 * ("Python backend-developer"), @b is written as a name of two words or
 * more, set above the body and near as large as @a. */
static gboolean
is_tagline_over_name (VitaeTextLine *a,
                      VitaeTextLine *b,
                      double         body_size)
{
  g_auto(GStrv) words = g_strsplit (b->text, " ", -1);

  return a->size > 0 && b->size > body_size + 2 && b->size >= a->size * 0.8 && b->size <= a->size + 0.5 &&
         g_unichar_isupper (g_utf8_get_char (a->text)) && !_vitae_import_is_name_cased (a->text) &&
         _vitae_import_is_plausible_name (a->text) && g_strv_length (words) >= 2 &&
         _vitae_import_is_name_cased (b->text) && _vitae_import_is_plausible_name (b->text) &&
         !_vitae_import_is_contact_line (b->text) && !_vitae_import_is_noise (a->text);
}

/* The line that is the name when the first line, set largest, is a
 * title wrapped over several lines ("Intern in" / "Computer Science"):
 * set half as large again as the text or more, not written as a name,
 * the line under it as large and as close as a paragraph's lines. Then the name is the next line of the first page
 * set as large, written as a name (a sidebar's, read after the title);
 * else @fallback. */
static guint
name_after_wrapped_title (Reader *r,
                          guint   fallback)
{
  VitaeTextLine *first = line_at (r, 0);
  guint k = 1;

  if (fallback != 0 || r->lines->len < 3 || first->size < 1.5 * r->body_size || _vitae_import_is_name_cased (first->text))
    return fallback;
  while (k < r->lines->len && line_at (r, k)->page == first->page && ABS (line_at (r, k)->size - first->size) < 0.5 &&
         line_at (r, k)->gap < 0.5 * first->size)
    k++;
  if (k == 1)
    return fallback;
  for (; k < r->lines->len && line_at (r, k)->page == first->page; k++)
    {
      VitaeTextLine *line = line_at (r, k);

      if (line->size >= first->size - 0.5 && _vitae_import_is_plausible_name (line->text) &&
          _vitae_import_is_name_cased (line->text) && !_vitae_import_is_contact_line (line->text))
        return k;
    }
  return fallback;
}

/* Whether the line at @i, a mark before dates alone, is rather the
 * first line of an item that goes on under its text: the next line, of
 * its size and without a mark, starts right of the mark (within three
 * ems) as close under it as a paragraph's lines ("• 04/2021 – 08/2021" /
 * "Seminar on satellites" / "Gave a talk …"). */
static gboolean
dates_item_goes_on (GPtrArray *lines,
                    guint      i)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  VitaeTextLine *next = i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : NULL;

  return next != NULL && next->page == line->page && ABS (next->size - line->size) < 0.5 &&
         next->gap <= 0.5 * line->size && next->x > line->x + 0.5 * line->size && next->x < line->x + 3 * line->size &&
         _vitae_import_after_bullet (next->text) == NULL && !strchr (next->text, '\t');
}

static void
reader_init (Reader    *r,
             GPtrArray *lines)
{
  guint header_end;

  r->builder = (Builder) { vitae_document_new (), VITAE_SECTION_CUSTOM, NULL, NULL, ROLE_NONE,
                           g_string_new (NULL), NULL };
  r->lines = lines, r->grouped_entry = NULL;
  r->body_size = _vitae_import_body_font_size (lines);
  r->base_x = 0;
  r->line_gap = 0;
  r->bullet_x = -1;
  r->bullet_glyph = FALSE;
  r->bullet_size = r->duty_size = r->labelled_size = 0;
  r->wrap_edge = -1;
  r->heading_size = 0;
  r->section_edge = G_MAXDOUBLE;
  r->section_indented = FALSE;
  r->section_size = 0;
  _vitae_import_pdf_geometry (lines, &r->base_x, &r->line_gap);
  r->contact = g_string_new (NULL);
  r->in_header = TRUE;
  r->have_name = r->have_headline = FALSE;
  r->skip_line = G_MAXUINT;
  r->skip_until = r->labelled_end = r->line_list_end = 0;
  r->name_index = 0;
  r->name_cell_line = G_MAXUINT;
  for (guint k = 0; k < G_N_ELEMENTS (r->name_parts); k++)
    r->name_parts[k] = G_MAXUINT;
  r->first_line_indents = FALSE;
  r->last_heading = 0, r->sections_top = -1;
  r->email_local = _vitae_import_email_local (lines);

  r->dated = g_new0 (gboolean, lines->len);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = line_at (r, i);
      g_autofree char *field = _vitae_import_code_field (line->text);
      const char *item;
      g_autofree char *s = NULL, *e = NULL;

      /* A field written as source code reads as a labelled one. */
      if (field != NULL)
        {
          g_free (line->text);
          line->text = g_steal_pointer (&field);
        }
      item = line->size > 0 ? _vitae_import_after_bullet (line->text) : NULL;

      /* A mark before dates alone ("• 2010 – 2014" under a school) sets
       * off the entry's dates, not an item. (Not a number: "4. Januar
       * 2022" is a date of its own.) */
      if (item != NULL && !g_ascii_isdigit (line->text[0]) && strchr (item, '\t') == NULL &&
          _vitae_import_parse_dates (item, &s, &e) && !dates_item_goes_on (lines, i))
        {
          char *dates = g_strdup (item);

          g_free (line->text);
          line->text = dates;
          if (line->text_x > 0)
            line->x = line->text_x;
        }
      r->dated[i] = line->size > 0 && _vitae_import_after_bullet (line->text) == NULL &&
                    _vitae_import_has_dates (line->text);
    }

  r->label_text_x = _vitae_import_label_text_x (lines);
  r->repeated = _vitae_import_find_repeated (lines);
  r->size_gap = _vitae_import_size_gaps (lines);
  r->heading_like = g_new0 (gboolean, lines->len);
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine top = *line_at (r, i);

      /* (The first line of a page has all the page's margin above it.) */
      if (i > 0 && top.size > 0 && top.page != line_at (r, i - 1)->page)
        top.gap = MAX (top.gap, top.size);
      r->heading_like[i] = _vitae_import_is_heading_like (&top, r->body_size);
    }
  _vitae_import_mark_styled_headings (r);
  /* The header ends at the first known section's heading. */
  for (header_end = 1; header_end < lines->len; header_end++)
    if (r->heading_like[header_end] && _vitae_import_kind_from_heading (line_at (r, header_end)->text) >= 0)
      break;
  r->col_right = _vitae_import_column_rights (lines, header_end);
  _vitae_import_mark_sentence_items (r);
  _vitae_import_mark_bold_items (r);

  /* In a PDF, the name is the largest of the first three lines after a
   * cover's title ("Bewerbung" over the employer's name and then the
   * person's, all set large) or a running title ("Portfolio"). */
  while (r->name_index + 1 < MIN (lines->len, 3) && line_at (r, r->name_index)->size > 0 &&
         _vitae_import_is_title_over_name (r, r->name_index))
    r->name_index++;
  /* (A larger line written in lower case, a tagline, does not win over
   * one written as a name; nor does a section's heading after an emoji.) */
  for (guint i = r->name_index + 1; i < MIN (lines->len, 3); i++)
    {
      VitaeTextLine *a = line_at (r, r->name_index);
      VitaeTextLine *b = line_at (r, i);

      if (b->size > a->size + 0.5 && !_vitae_import_is_contact_line (b->text) &&
          _vitae_import_is_plausible_name (b->text) && !_vitae_import_is_pictograph_heading (b->text) &&
          (_vitae_import_is_name_cased (b->text) || !_vitae_import_is_name_cased (a->text) ||
           !_vitae_import_is_plausible_name (a->text)))
        r->name_index = i;
    }
  /* A tagline set largest on the first line, in sentence case ("Python
   * backend-developer"), gives way to a name under it set near as large. */
  if (r->name_index == 0 && lines->len > 1 && is_tagline_over_name (line_at (r, 0), line_at (r, 1), r->body_size))
    r->name_index = 1;
  r->name_index = name_after_wrapped_title (r, r->name_index);
  /* … or the line above it, when the name starts there. */
  if (_vitae_import_name_starts_above (r))
    r->name_index--;
  /* A sidebar read first leaves the name to the main column
   * (_vitae_import_leaves_name_to_main_column()): the largest line of
   * the first page, set well above the body text, written as a name. */
  if (r->name_index < lines->len && _vitae_import_leaves_name_to_main_column (r))
    r->name_index = largest_name_line (r, r->name_index);
  _vitae_import_mark_paragraph_items (r);
}

/* Whether @text, the text of @line, starts with a number after an icon
 * font's mark: the number is the item's ("6. Semester"), not a mark. */
static gboolean
icon_before_number (VitaeTextLine *line,
                    const char    *text)
{
  return (line->flags & VITAE_TEXT_LINE_ICON) && g_ascii_isdigit (text[0]);
}

/* The role of a line that starts with a list's mark, or ROLE_NONE: a
 * wrapped line that starts with a symbol goes on with its item
 * (_vitae_import_wraps_at_sign()); Word's second-level mark in a PDF,
 * the letter "o" and its tab, marks an item too. */
static Role
mark_role (Reader        *r,
           guint          i,
           VitaeTextLine *line,
           const char   **text)
{
  if (_vitae_import_after_bullet (*text) != NULL && _vitae_import_wraps_at_sign (r, i, line))
    {
      _vitae_import_continue_last (&r->builder, ROLE_BULLET, *text);
      return ROLE_DONE;
    }
  if (_vitae_import_after_bullet (*text) != NULL && !icon_before_number (line, *text) &&
      (*text != line->text || !_vitae_import_lone_ordinal (r, i, line)))
    return _vitae_import_bullet_role (r, i, line, text);
  if (line->size > 0 && _vitae_import_after_word_o (*text) != NULL)
    {
      *text = _vitae_import_after_word_o (*text);
      return ROLE_BULLET;
    }
  return ROLE_NONE;
}

/* Whether line @i is Word's second-level item, marked with a letter
 * "o", under an item; if so, @text moves past the mark. Not the word "o"
 * starting a line that a full line above runs on into ("… integrei o
 * time responsável por migrar" / "o sistema legado …"). */
static gboolean
word_sub_item (Reader        *r,
               guint          i,
               VitaeTextLine *line,
               const char   **text)
{
  VitaeTextLine *above = i > 0 ? line_at (r, i - 1) : NULL;

  if (line->size <= 0 || above == NULL || r->builder.previous != ROLE_BULLET || r->bullet_x < 0 ||
      line->x <= r->bullet_x + 2 || (*text)[0] != 'o' || ((*text)[1] != ' ' && (*text)[1] != '\t') ||
      ((*text)[1] == ' ' && g_unichar_islower (g_utf8_get_char (*text + 2)) && above->right > 0 &&
       above->right >= r->col_right[i - 1] - line->size && !_vitae_import_ends_sentence (above->text)))
    return FALSE;
  *text += 2;
  while (**text == ' ' || **text == '\t')
    (*text)++;
  return TRUE;
}

/* The role of a line after the header, or ROLE_DONE when it has been
 * read already; @text may move past a mark. */
static Role
section_role (Reader        *r,
              guint          i,
              VitaeTextLine *line,
              const char   **text)
{
  const char *item;
  Role role;

  /* Contact details that a second column puts after the sections
   * (vitae-import-contact-lines.c). */
  if (_vitae_import_take_section_detail (r, i, *text) || _vitae_import_take_contact_block_line (r, line, text))
    return ROLE_DONE;

  if (r->heading_like[i])
    {
      if (_vitae_import_wraps_heading_word (r, i, line, *text))
        return ROLE_DONE;
      /* A line in capitals set smaller and close under an entry's title,
       * within its span ("DCI, BERLIN"), is its subtitle. */
      if (line->size > 0 && i > 0 && r->builder.previous == ROLE_TITLE && r->builder.entry != NULL &&
          line->gap < 0.3 * line->size && line->size < line_at (r, i - 1)->size &&
          line->x >= line_at (r, i - 1)->x && line->x < line_at (r, i - 1)->right &&
          _vitae_import_kind_from_heading (*text) < 0 && _vitae_import_kind_has_entries (r->builder.kind))
        return ROLE_SUBTITLE;
      /* A line set as a heading, larger than the headings, over its
       * dates (and place) in a section of entries is an entry's title
       * ("Harbour Trust — Clerk" in bold under "EXPERIENCE"). */
      if (_vitae_import_kind_has_entries (r->builder.kind) && r->builder.kind != VITAE_SECTION_CUSTOM &&
          r->heading_size > 0 && line->size > r->heading_size + 1 &&
          _vitae_import_kind_from_heading (*text) < 0 && _vitae_import_over_own_dates (r, i, line, *text))
        return ROLE_TITLE;
      /* "Projects", "Technologies" set well smaller than the sections'
       * headings, inside an entry: a label of the entry's; unless set as
       * its title was, or over roles as an employer (the next's title). */
      if (line->size > 0 && line->size < 0.85 * r->heading_size && r->builder.entry != NULL &&
          _vitae_import_kind_has_entries (r->builder.kind) && !_vitae_import_heads_roles (r, i, line, *text))
        return _vitae_import_title_as_before (r, i, line) ? ROLE_TITLE : ROLE_BODY;
      /* An entry's title set smaller than the headings, not in bold (a
       * school's name in capitals, vitae-import-sub-titles.c), or in bold
       * over its roles (_vitae_import_heads_roles()). */
      if (_vitae_import_is_sub_title (r, i, line, *text) || _vitae_import_heads_roles (r, i, line, *text))
        return ROLE_TITLE;
      return _vitae_import_opens_section_text (r, i, line, *text) ? ROLE_BODY
                                                                 : _vitae_import_heading_role (r, i, line, *text);
    }
  if ((role = _vitae_import_marked_subtitle_role (r, i, *text)) != ROLE_NONE ||
      (role = _vitae_import_degree_line_role (r, i, line, *text)) != ROLE_NONE ||
      (role = mark_role (r, i, line, text)) != ROLE_NONE ||
      (role = _vitae_import_para_item_role (r, i, *text)) != ROLE_NONE)
    return role;
  /* A bold line over a ring that marks its entry's heading: its title. */
  if (i + 1 < r->lines->len && _vitae_import_glyph_row (r, i + 1) && _vitae_import_marks_heading (r, i + 1))
    return ROLE_TITLE;
  /* A glyph alone on a row of its own, beside its item's first line. */
  if (_vitae_import_glyph_row (r, i))
    return ROLE_DONE;
  if (i > 0 && _vitae_import_glyph_row (r, i - 1) && !_vitae_import_marks_heading (r, i - 1))
    return _vitae_import_after_glyph_row_role (r, *text);
  if ((item = _vitae_import_after_pictograph (*text)) != NULL &&
      (item[-1] != '\t' || _vitae_import_emoji_item_in_entry (r, item)))
    {
      *text = item;
      return ROLE_BULLET;
    }

  /* An icon font's glyph before a line of the sections is a bullet (Word
   * sets its Symbol bullet so), unless the line is a contact detail or
   * an entry's dates (a calendar's icon before them). */
  if ((line->flags & VITAE_TEXT_LINE_ICON) && !_vitae_import_is_dates_line (*text) &&
      (_vitae_import_count_words (*text) >= 2 || _vitae_import_heads_label_item (r, i, line, *text) ||
       /* (a word alone, when the items above it are so marked and set) */
       (r->builder.previous == ROLE_BULLET && r->bullet_glyph && ABS (line->x - r->bullet_x) < 1)) &&
      !_vitae_import_is_contact_line (*text) && !_vitae_import_has_phone (*text))
    return _vitae_import_bullet_role (r, i, line, text);

  /* Lists one a line, a column at the right (or none, at the end): vitae-import-line-lists.c */
  if (_vitae_import_line_list_item (r, i, line, TRUE, text) || word_sub_item (r, i, line, text) ||
      _vitae_import_section_line_list (r, i, line))
    return ROLE_BULLET;

  /* A web address alone under an item, without a glyph, goes on with it
   * as a wrapped line does (or an icon's item), else is the entry's. */
  if (r->builder.previous == ROLE_BULLET && _vitae_import_looks_like_url (*text))
    return _vitae_import_link_in_icon_item (r, i, line, *text) || _vitae_import_continue_line (r, i, line, *text) ||
               _vitae_import_continue_icon_item (r, i, line, *text)
             ? ROLE_DONE
             : ROLE_BODY;
  /* Duties led by a label one a line ("Research: …"), vitae-import-labelled.c. */
  if ((role = _vitae_import_labelled_duty_role (r, i, line, *text)) != ROLE_NONE)
    return role;
  if (_vitae_import_continue_indented_item (r, i, line, *text))
    return ROLE_DONE;
  if (r->item_start[i] && !r->in_header && _vitae_import_kind_has_entries (r->builder.kind))
    return ROLE_BULLET;
  /* Certificates or awards in bold, one a line (vitae-import-items.c). */
  if ((role = _vitae_import_bold_item_role (r, i, *text)) != ROLE_NONE)
    return role;
  if (_vitae_import_starts_hanging_item (r, i, line, *text) || _vitae_import_unseen_mark_item (r, i, line))
    return ROLE_BULLET;
  /* Details one a line: one under another is no wrapped line. */
  if (_vitae_import_is_detail_line (r, line, *text) && r->builder.previous == ROLE_BULLET &&
      _vitae_import_is_detail_line (r, line_at (r, i - 1), line_at (r, i - 1)->text))
    return ROLE_BULLET;
  if (_vitae_import_is_dated_paragraph (r, i, *text))
    return ROLE_BODY;
  if (_vitae_import_continue_line (r, i, line, *text))
    return ROLE_DONE;
  if (_vitae_import_is_detail_line (r, line, *text))
    return ROLE_BULLET;

  if (_vitae_import_continue_broken_duty (r, i, line, *text) || _vitae_import_continue_spaced_block (r, i, line, *text))
    return ROLE_DONE;
  if (_vitae_import_duty_as_before (r, i, line, _vitae_import_one_a_line_entry_item (r, i, line) || _vitae_import_one_a_line_under_title (r, i, line)))
    return ROLE_BULLET;
  role = _vitae_import_entry_role (r, i, line, *text);
  if (role == ROLE_NONE && (role = _vitae_import_one_a_line_role (r, i, line, *text)) != ROLE_NONE)
    return role;
  return role != ROLE_NONE && role != ROLE_BODY                    ? role
         : _vitae_import_line_list_item (r, i, line, FALSE, text) ? ROLE_BULLET : ROLE_BODY;
}

/* Reads list items set side by side in cells whose lines wrap under
 * each other, the first cell's mark written and the others' unseen
 * ("• First item <tab> Second item" / "goes on <tab> goes on"): line @i's
 * @cells, of two or more, are each an item when lines right under it
 * go on with them, cell by cell (_vitae_import_grid_wraps()). Returns
 * whether it read them. */
static gboolean
read_grid_items (Reader        *r,
                 guint          i,
                 VitaeTextLine *line,
                 GStrv          cells,
                 VitaeEntry    *entry)
{
  guint n = g_strv_length (cells), end = i + 1;
  g_autoptr(GPtrArray) items = NULL;

  if (n < 2 || line->size <= 0 || line->tab_x <= 0)
    return FALSE;
  while (end < r->lines->len)
    {
      g_auto(GStrv) more = _vitae_import_grid_wraps (line, cells, line_at (r, end));

      if (more == NULL)
        break;
      end++;
    }
  if (end == i + 1)
    return FALSE;
  items = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < n; k++)
    g_ptr_array_add (items, g_strdup (g_strstrip (cells[k])));
  for (guint j = i + 1; j < end; j++)
    {
      g_auto(GStrv) more = _vitae_import_grid_wraps (line, cells, line_at (r, j));

      for (guint k = 0; more[k]; k++)
        {
          char *joined;

          if (g_strstrip (more[k])[0] == '\0')
            continue;
          joined = g_strconcat (g_ptr_array_index (items, k), " ", more[k], NULL);
          g_free (g_ptr_array_index (items, k));
          g_ptr_array_index (items, k) = joined;
        }
    }
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_ptr_array_index (items, k));

      vitae_entry_append_bullet (entry, bullet);
    }
  r->skip_until = end;
  r->bullet_x = line->x;
  r->bullet_size = line->size;
  r->bullet_glyph = TRUE;
  return TRUE;
}

static void
read_bullet (Reader        *r,
             guint          i,
             VitaeTextLine *line,
             const char    *text)
{
  Builder *builder = &r->builder;
  gboolean numbered = icon_before_number (line, text);
  const char *bullet_text = numbered ? NULL : _vitae_import_after_bullet (text);
  g_auto(GStrv) cells = NULL;
  g_autoptr(GString) item = g_string_new (NULL);
  gboolean unseen_mark = _vitae_import_unseen_mark_item (r, i, line);
  double mark_x = r->bullet_x;
  VitaeEntry *entry;

  /* Bullets under "About me": a section of their own, under that
   * heading, rather than a summary run together. */
  if (builder->kind == KIND_SUMMARY)
    {
      g_autofree char *title = g_strdup (builder->summary_title ? builder->summary_title : "");

      _vitae_import_start_section (builder, title);
      if (builder->section == NULL || builder->kind == KIND_SUMMARY)
        {
          builder->kind = VITAE_SECTION_CUSTOM;
          builder->section = NULL;
          _vitae_import_ensure_section (builder);
          vitae_node_set_text (VITAE_NODE (builder->section), "title", title);
        }
    }

  entry = builder->entry ? builder->entry : _vitae_import_new_entry (builder);
  /* The entry's dates at the right of a bullet ("• Built … <tab>
   * Jan. 2025 – Feb. 2025"), when its title line has none. */
  {
    g_autofree char *left = NULL, *right = NULL;
    g_autofree char *s = NULL, *e = NULL;
    gboolean dated;

    _vitae_import_split_right (bullet_text ? bullet_text : text, &left, &right);
    dated = right != NULL && strchr (bullet_text ? bullet_text : text, '\t') != NULL &&
            _vitae_import_after_bullet (right) == NULL && _vitae_import_parse_dates (right, &s, &e);
    /* (An item of a list of dated certificates: its own date, a tab
     * before it or not, left out when it stands as a column's.) */
    if (right != NULL && bullet_text != NULL && _vitae_import_in_dated_list (r, i, line))
      cells = g_strsplit (_vitae_import_dated_item_text (r, i, line, bullet_text, left), "\t", -1);
    else if (dated && !vitae_node_has (VITAE_NODE (entry), "start") && !vitae_node_has (VITAE_NODE (entry), "end") &&
             !vitae_node_has (VITAE_NODE (entry), "date"))
      {
        _vitae_import_set_dates (builder, VITAE_NODE (entry), right);
        cells = g_strsplit (left, "\t", -1);
      }
    /* (Or of a list one a line with a column of where and when.) */
    else if (right != NULL && bullet_text == NULL && _vitae_import_in_cell_list (r, i))
      cells = g_strsplit (left, "\t", -1);
    /* … or an item's own date, in an entry with its dates. */
    else if (dated && bullet_text != NULL &&
             (r->builder.previous == ROLE_BULLET || r->builder.previous == ROLE_TITLE ||
              r->builder.previous == ROLE_SUBTITLE) &&
             _vitae_import_keeps_own_date (r, i, line, left))
      cells = g_strsplit (left, "\t", -1);
  }
  /* (Or a detail of the entry's at the right: vitae-import-item-details.c.) */
  if (cells == NULL)
    {
      g_autofree char *own = _vitae_import_take_item_detail (builder, entry, line, bullet_text ? bullet_text : text);

      if (own != NULL)
        cells = g_strsplit (own, "\t", -1);
    }

  /* List items side by side, in columns: "• A <tab> • B". */
  if (cells == NULL)
    cells = g_strsplit (bullet_text ? bullet_text : text, "\t", -1);
  if ((bullet_text != NULL && read_grid_items (r, i, line, cells, entry)) || _vitae_import_read_grid_row (r, i, line, entry))
    return;
  for (guint k = 0; cells[k]; k++)
    {
      const char *cell = g_strstrip (cells[k]);
      const char *next_item = _vitae_import_cell_item (text, bullet_text, numbered, k, cell);
      gboolean bare = _vitae_import_is_bare_glyph (cell);

      if ((bare || next_item != NULL) && item->len > 0)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (item->str);

          vitae_entry_append_bullet (entry, bullet);
          g_string_truncate (item, 0);
        }
      if (bare)
        continue;
      /* (A mark that starts no item is the item's punctuation.) */
      if (item->len > 0)
        g_string_append_c (item, next_item == NULL && _vitae_import_after_bullet (cell) != NULL ? ' ' : '\t');
      g_string_append (item, next_item != NULL ? next_item : cell);
    }
  if (item->len > 0)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (item->str);

      vitae_entry_append_bullet (entry, bullet);
    }
  _vitae_import_note_grade_item (r, i, entry, bullet_text != NULL);
  r->bullet_x = line->x;
  r->bullet_size = line->size;
  r->bullet_glyph = bullet_text != NULL || (line->flags & VITAE_TEXT_LINE_ICON) || _vitae_import_past_word_o (line, text);
  /* (Its glyph alone on the row above: the item starts there. Its mark
   * unseen, it stands where the list's other marks stand.) */
  if (i > 0 && _vitae_import_glyph_row (r, i - 1))
    r->bullet_x = line_at (r, i - 1)->x, r->bullet_glyph = TRUE;
  else if (unseen_mark)
    r->bullet_x = mark_x, r->bullet_glyph = TRUE;
}

/* Reads an entry's title line; returns the role it leaves as the
 * previous line's: a title, or the role before it when the line was the
 * dates (and place) of the entry above. */
static Role
read_title_line (Reader        *r,
                 VitaeTextLine *line,
                 const char    *text)
{
  Builder *builder = &r->builder;

  if (!_vitae_import_kind_has_entries (builder->kind))
    {
      _vitae_import_read_body (builder, line, text);
      return ROLE_TITLE;
    }
  /* Dates alone under a title (and its subtitle) without them are its
   * dates. */
  if ((builder->previous == ROLE_TITLE || builder->previous == ROLE_SUBTITLE) && builder->entry != NULL &&
      !vitae_node_has (VITAE_NODE (builder->entry), "start") &&
      !vitae_node_has (VITAE_NODE (builder->entry), "end") &&
      !vitae_node_has (VITAE_NODE (builder->entry), "date"))
    {
      g_autofree char *s = NULL, *e = NULL;
      g_autofree char *left = NULL, *right = NULL;

      if (_vitae_import_parse_dates (text, &s, &e))
        {
          _vitae_import_set_dates (builder, VITAE_NODE (builder->entry), text);
          return ROLE_TITLE;
        }
      /* "07/2022 - Present <tab> Amsterdam": its dates and place. */
      if (_vitae_import_dates_first (text, &left, &right))
        {
          _vitae_import_set_dates (builder, VITAE_NODE (builder->entry), right);
          vitae_node_set_text (VITAE_NODE (builder->entry), "location", left);
          return builder->previous;
        }
    }
  _vitae_import_read_title (builder, text);
  return ROLE_TITLE;
}

/* Adds a line to the resume in its role. */
static void
read_line (Reader        *r,
           guint          i,
           VitaeTextLine *line,
           Role           role,
           const char    *text)
{
  switch (role)
    {
    case ROLE_NAME:
      _vitae_import_read_name (r, i, line, text);
      break;
    case ROLE_HEADLINE:
      vitae_node_set_text (VITAE_NODE (r->builder.document), "label", text);
      r->have_headline = TRUE;
      break;
    case ROLE_CONTACT:
      /* A line ending in a separator or a label wraps onto the next;
       * other lines are parts of their own. */
      if (r->contact->len > 0)
        g_string_append_c (r->contact, g_str_has_suffix (r->contact->str, ":") ||
                                       g_str_has_suffix (r->contact->str, "·") ||
                                       g_str_has_suffix (r->contact->str, "|") ? ' ' : '\t');
      g_string_append (r->contact, text);
      break;
    case ROLE_HEADING:
      r->in_header = FALSE;
      if (line->size > 0)
        r->heading_size = r->heading_size > 0 ? MIN (r->heading_size, line->size) : line->size;
      if (r->contact->len > 0)
        _vitae_import_read_contact (&r->builder, r->contact->str);
      g_string_truncate (r->contact, 0);
      if (r->sections_top < 0 && line->size > 0)
        r->sections_top = line->page == 0 ? line->top : 0;
      _vitae_import_start_heading (r, i, text);
      _vitae_import_measure_section (r, i, line);
      break;
    case ROLE_TITLE:
      {
        g_autofree char *whole = _vitae_import_title_wraps (r, i, text, &r->skip_until);

        if (whole == NULL)
          whole = _vitae_import_sub_title_wraps (r, i, text, &r->skip_until);

        r->in_header = FALSE;
        if (!_vitae_import_read_grouped_title (r, i, whole != NULL ? whole : text) &&
            !_vitae_import_read_dated_paragraph (r, i, whole != NULL ? whole : text))
          role = read_title_line (r, line, whole != NULL ? whole : text);
      }
      break;
    case ROLE_SUBTITLE:
      if (_vitae_import_read_grouped_subtitle (r, i))
        {
          role = ROLE_BODY;
          break;
        }
      if (r->builder.entry == NULL)
        _vitae_import_new_entry (&r->builder);
      role = _vitae_import_read_subtitle_row (r, i, line, text);
      break;
    case ROLE_BULLET:
      r->in_header = FALSE;
      /* An item of a list of skills, interests or languages is one of
       * its groups or languages, as a line without a glyph would be. */
      if (!((r->builder.kind == VITAE_SECTION_SKILLS || r->builder.kind == VITAE_SECTION_INTERESTS ||
             r->builder.kind == VITAE_SECTION_LANGUAGES) &&
            _vitae_import_read_item_of_words (r, i, line, text)) &&
          !(_vitae_import_after_bullet (text) != NULL && _vitae_import_read_rated_items (r, text)))
        {
          _vitae_import_leave_group (&r->builder, text);
          read_bullet (r, i, line, text);
          /* (A sentence that stays an item there, with its wrapped lines.) */
          if ((r->builder.kind == VITAE_SECTION_SKILLS || r->builder.kind == VITAE_SECTION_INTERESTS) &&
              !strchr (text, '\t'))
            _vitae_import_read_item_wraps (r, i);
        }
      break;
    case ROLE_BODY:
      /* A paragraph's lines, joined by a space unless a word was
       * broken at a hyphen ("multi-" / "objective"). */
      if (r->in_header)
        {
          GString *summary = r->builder.summary;

          if (summary->len > 0 && !g_ascii_isspace (summary->str[summary->len - 1]) &&
              !(summary->len >= 2 && summary->str[summary->len - 1] == '-' &&
                g_ascii_isalpha (summary->str[summary->len - 2]) && g_unichar_isalpha (g_utf8_get_char (text))))
            g_string_append_c (summary, ' ');
          g_string_append (summary, text);
        }
      else if (_vitae_import_read_dated_paragraph (r, i, text))
        role = ROLE_TITLE;
      else
        _vitae_import_read_body (&r->builder, line, text);
      break;
    case ROLE_NONE:
    case ROLE_DONE:
    default:
      g_assert_not_reached ();
    }
  r->builder.previous = role;
}

static VitaeDocument *
reader_finish (Reader *r)
{
  Builder *builder = &r->builder;

  if (r->contact->len > 0)
    _vitae_import_read_contact (builder, r->contact->str);
  _vitae_import_settle_name (r);
  _vitae_import_keep_other_script_name (r);
  _vitae_import_take_own_email (builder->document, r->lines);
  _vitae_import_drop_name_items (builder->document);
  _vitae_import_move_not_dates (builder->document);
  _vitae_import_gather_groups (builder->document);
  _vitae_import_settle_grades (builder->document);
  _vitae_import_drop_empty_sections (builder->document);
  g_string_free (r->contact, TRUE);
  g_clear_object (&r->grouped_entry);
  g_free (r->dated);
  g_free (r->item_start);
  g_free (r->bold_item);
  g_free (r->heading_like);
  g_free (r->col_right);
  g_free (r->repeated);
  g_free (r->size_gap);
  g_free (r->email_local);
  g_free (builder->summary_title);
  if (builder->summary->len > 0)
    vitae_node_set_text (VITAE_NODE (builder->document), "summary", builder->summary->str);
  g_string_free (builder->summary, TRUE);

  vitae_history_clear (vitae_document_get_history (builder->document));
  vitae_document_set_modified (builder->document, FALSE);
  return builder->document;
}

/**
 * _vitae_import_read_lines:
 * @lines: (element-type VitaeTextLine): the lines of a resume
 *
 * Recovers a resume's structure from its lines, as the top of
 * vitae-import.c describes. A line it cannot place it leaves out; the
 * callers say how many (vitae-import-unplaced.c).
 *
 * Returns: (transfer full): the resume
 */
VitaeDocument *
_vitae_import_read_lines (GPtrArray *lines)
{
  g_autoptr(GPtrArray) unspaced = _vitae_import_join_spaced_headings (lines);
  g_autoptr(GPtrArray) emails = _vitae_import_join_split_contacts (unspaced != NULL ? unspaced : lines);
  GPtrArray *whole = emails != NULL ? emails : unspaced != NULL ? unspaced : lines;
  g_autoptr(GPtrArray) running = _vitae_import_drop_running_lines (whole);
  g_autoptr(GPtrArray) plain = _vitae_import_drop_ornaments (running != NULL ? running : whole);
  g_autoptr(GPtrArray) rows = _vitae_import_join_date_rows (plain ? plain : running ? running : whole);
  g_autoptr(GPtrArray) dated = _vitae_import_join_date_column (rows ? rows : plain ? plain : running ? running : whole);
  GPtrArray *kept = dated != NULL ? dated : rows != NULL ? rows : plain != NULL ? plain : running;
  g_autoptr(GPtrArray) spans = _vitae_import_join_split_spans (kept != NULL ? kept : whole);
  g_autoptr(GPtrArray) labels = _vitae_import_join_label_lines (spans != NULL ? spans : kept != NULL ? kept : whole);
  GPtrArray *joined = labels != NULL ? labels : spans != NULL ? spans : kept != NULL ? kept : whole;
  g_autoptr(GPtrArray) side = _vitae_import_column_headings (joined);
  g_autoptr(GPtrArray) beside = _vitae_import_split_label_items (side != NULL ? side : joined);
  g_autoptr(GPtrArray) captions = _vitae_import_split_captions (beside != NULL ? beside : side != NULL ? side : joined);
  GPtrArray *split = captions != NULL ? captions : beside != NULL ? beside : side != NULL ? side : joined;
  g_autoptr(GPtrArray) marked = _vitae_import_move_trailing_marks (split);
  g_autoptr(GPtrArray) flowed = _vitae_import_join_page_break (marked != NULL ? marked : split);
  Reader r;

  reader_init (&r, flowed != NULL ? flowed : marked != NULL ? marked : split);
  for (guint i = 0; i < r.lines->len; i++)
    {
      VitaeTextLine *line = line_at (&r, i);
      Role role = _vitae_import_role_from_style (line->style);
      const char *text = line->text;
      g_autofree char *rest = NULL;

      if (i == r.skip_line || i < r.skip_until || _vitae_import_is_name_part (&r, i))
        continue;
      _vitae_import_follow_columns (&r, i);
      /* The largest of the first lines is the name even after a heading
       * set beside it ("ABOUT" in a right column read first). */
      if (role == ROLE_NONE && !r.have_name && r.name_index > 0 && i == r.name_index && line->size > 0 &&
          !r.in_header && _vitae_import_is_plausible_name (text) && !_vitae_import_is_contact_line (text))
        role = ROLE_NAME;
      /* … or set as a heading in a sidebar, under its photo. */
      if (role == ROLE_NONE && _vitae_import_is_late_name (&r, i))
        role = ROLE_NAME;
      if (role == ROLE_NONE && (line->flags & VITAE_TEXT_LINE_LIST))
        role = ROLE_BULLET;
      if (role == ROLE_NONE && (line->flags & LINE_SIDE_HEADING))
        role = ROLE_HEADING;

      g_debug ("size %.1f gap %.1f x %.1f–%.1f tab %.1f (column %.1f) flags %x style %s: %s", line->size, line->gap, line->x,
               line->right, line->tab_x, r.col_right[i], line->flags, line->style ? line->style : "-", text);

      /* The name in labelled fields, contact details among the sections
       * and their labels alone (vitae-import-contact.c). */
      if (role == ROLE_NONE &&
          _vitae_import_is_contact_label (&r.builder, text, i + 1 < r.lines->len ? line_at (&r, i + 1)->text : NULL))
        continue;
      if (role == ROLE_NONE && _vitae_import_read_name_field (&r.builder, text, r.in_header))
        {
          /* (A name's label alone leaves the name to come.) */
          r.have_name = vitae_node_has (VITAE_NODE (r.builder.document), "name");
          continue;
        }
      /* After a name's label alone ("Name:"), its value (a table's column
       * of values read after its labels; vitae-import-name-parts.c). */
      if (role == ROLE_NONE && _vitae_import_take_labelled_name (&r, i))
        continue;
      if (role == ROLE_NONE && _vitae_import_read_address (&r, i))
        continue;
      if (role == ROLE_NONE && !r.in_header && _vitae_import_take_split_email (&r, i))
        continue;
      if (role == ROLE_NONE && _vitae_import_take_header_details (&r, i))
        continue;
      if (role == ROLE_NONE && !r.in_header && _vitae_import_take_profile_line (&r.builder, text))
        continue;
      if (role == ROLE_NONE && !r.in_header && _vitae_import_take_contact_cells (&r.builder, text, &rest))
        {
          if (rest == NULL)
            continue;
          text = rest;
        }
      /* A signature at the end: the name, a place and the day's date. */
      if (role == ROLE_NONE && _vitae_import_is_signature (&r, i))
        continue;
      /* A page's header or footer, after the first page's: once is enough. */
      if (role == ROLE_NONE && !r.in_header && _vitae_import_skip_repeated (&r, i, text))
        continue;

      if (role == ROLE_NONE && r.in_header)
        role = _vitae_import_header_role (&r, i, line);
      /* A mark before a contact detail is no part of it ("• Berlin"). */
      if (role == ROLE_CONTACT && _vitae_import_after_bullet (text) != NULL)
        text = _vitae_import_after_bullet (text);
      if (role == ROLE_NONE)
        role = section_role (&r, i, line, &text);
      if (role != ROLE_DONE)
        read_line (&r, i, line, role, text);
    }
  return reader_finish (&r);
}
