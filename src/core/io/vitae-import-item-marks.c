/* vitae-import-item-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's reading of what starts a list item and what only looks
 * like a mark: a day's number before a month ("01. März 2023"), a ring
 * beside an entry's heading, an emoji before an item's first word, a
 * number in brackets before a reference, a greater-than or a number
 * sign typed before an item. (The other marks:
 * _vitae_import_after_bullet() in vitae-import-text.c.) */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-locale.h"

/* Whether @text, what follows a number and its full stop, starts with a
 * month's name in a language the import knows ("Juli 2025 -"): the
 * number is a day's, not a numbered item's. */
gboolean
_vitae_import_starts_with_month (const char *text)
{
  g_autofree char *word = g_strndup (text, strcspn (text, " \t,."));

  return vitae_locale_match_month (word, NULL) > 0;
}

/* Whether @text ends in dates after a wide gap ("Data Science <tab>
 * Sep 2020 – Jul 2023"). */
static gboolean
dated_at_right (const char *text)
{
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  _vitae_import_split_right (text, &left, &right);
  return strchr (text, '\t') != NULL && right != NULL && _vitae_import_parse_dates (right, &s, &e);
}

/* Whether line @i, a glyph alone on a row of its own
 * (_vitae_import_glyph_row()), marks an entry's heading of two lines
 * rather than an item: the line above it is set tight over it and
 * starts where the line beside the glyph does; it is bold and that line
 * is not (a title over its subtitle: moderncv's ring before an entry),
 * or both are rows of two cells, a place at the right of the first and
 * dates at the right of the second (a school and its town over a degree
 * and its years, one item of a LaTeX list whose glyph stands between
 * the rows). */
gboolean
_vitae_import_marks_heading (Reader *r,
                             guint   i)
{
  VitaeTextLine *glyph = line_at (r, i);
  VitaeTextLine *above = i > 0 ? line_at (r, i - 1) : NULL;
  VitaeTextLine *beside = line_at (r, i + 1);

  if (above == NULL || above->page != glyph->page || ABS (above->x - beside->x) >= 1 ||
      glyph->gap >= 0.25 * beside->size || _vitae_import_after_bullet (above->text) != NULL)
    return FALSE;
  if ((above->flags & VITAE_TEXT_LINE_BOLD) && !(beside->flags & VITAE_TEXT_LINE_BOLD))
    return TRUE;
  return strchr (above->text, '\t') != NULL && !dated_at_right (above->text) && dated_at_right (beside->text);
}

/* @rest, what follows an emoji at a line's start, past the space or tab
 * after it ("📌 Presented at …", "🔹<tab>Tools: …"), or glued to a
 * capital's word of a phrase ("🔹Wrote the …"); NULL when the emoji
 * marks no item: before dates alone ("📅 2024 – Heute"), or glued to a
 * word alone. */
const char *
_vitae_import_after_emoji_mark (const char *rest)
{
  g_autofree char *s = NULL, *e = NULL;
  const char *p = rest;

  while (*p == ' ' || *p == '\t')
    p++;
  if (p == rest && (!g_unichar_isupper (g_utf8_get_char (p)) || _vitae_import_count_words (p) < 3))
    return NULL;
  if (*p == '\0' || _vitae_import_parse_dates (p, &s, &e))
    return NULL;
  return p;
}

/* Whether @item, the text after an emoji and a tab (the emoji set in a
 * box of its own), is an item: under an entry of a section of work,
 * projects or volunteering, and not in capitals (an icon before a
 * heading, a contact detail, a certificate's name is no item's mark). */
gboolean
_vitae_import_emoji_item_in_entry (Reader     *r,
                                   const char *item)
{
  return r->builder.entry != NULL && !r->in_header &&
         (r->builder.kind == VITAE_SECTION_EXPERIENCE || r->builder.kind == VITAE_SECTION_PROJECTS ||
          r->builder.kind == VITAE_SECTION_VOLUNTEER) &&
         !_vitae_import_is_upper_text (item);
}

/* @text past a number in brackets and the space or tab after it, a list
 * of references' mark ("[3] A. Root, B. Kim, “Title” …", "[12]<tab>…"),
 * when a word or a quotation follows; else NULL. */
const char *
_vitae_import_after_bracketed_number (const char *text)
{
  const char *p;

  if (text[0] != '[' || !g_ascii_isdigit (text[1]))
    return NULL;
  p = text + 2 + g_ascii_isdigit (text[2]);
  if (*p != ']' || (p[1] != ' ' && p[1] != '\t'))
    return NULL;
  for (p++; *p == ' ' || *p == '\t'; p++)
    ;
  return g_unichar_isalpha (g_utf8_get_char (p)) || g_str_has_prefix (p, "“") || *p == '"' ? p : NULL;
}

/**
 * _vitae_import_after_typed_mark:
 * @mark: '>' or '#', typed before @item
 * @item: the text after the mark and the space after it, or %NULL
 *
 * @item where the mark starts a list's item, else %NULL: a greater-than
 * sign before a word ("> Wrote the guide", not "> 50 %"); a number sign
 * before a phrase that starts with a capital ("# Wrote the guide"), not
 * before a word alone ("# C#") nor before a contact detail that an icon
 * font's glyph gives so ("# ana@example.com", "# +49 …").
 */
const char *
_vitae_import_after_typed_mark (char        mark,
                                const char *item)
{
  gunichar c = item != NULL ? g_utf8_get_char (item) : 0;

  if (item == NULL || !g_unichar_isalpha (c) ||
      (mark == '#' && (!g_unichar_isupper (c) || _vitae_import_count_words (item) < 2 || strchr (item, '@') != NULL)))
    return NULL;
  return item;
}
