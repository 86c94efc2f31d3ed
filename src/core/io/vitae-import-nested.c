/* vitae-import-nested.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of lists whose lines start unlike the list's
 * items: Word's second-level mark, the letter "o" and a tab
 * (_vitae_import_after_word_o()); entries set as the items of a nested
 * list, their dates on the line under them
 * (_vitae_import_heads_nested_list()); a wrapped line of an item that
 * starts with a symbol (_vitae_import_wraps_at_sign()); items run in
 * after a line that ends in the first one's mark
 * (_vitae_import_move_trailing_marks()); a cell after a wide gap in an item,
 * marked unlike the item (_vitae_import_cell_item());
 * a line that starts with an ordinal outside a numbered list
 * (_vitae_import_lone_ordinal()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* The text after Word's second-level list mark, the letter "o" and a
 * tab (no sentence starts "o<tab>"), or NULL. */
const char *
_vitae_import_after_word_o (const char *text)
{
  return text[0] == 'o' && text[1] == '\t' && g_unichar_isalnum (g_utf8_get_char (text + 2)) ? text + 2 : NULL;
}

/* Whether @text, the part of @line read as a list item, starts past
 * Word's second-level mark, the letter "o" and a tab or a space: a
 * glyph, as "◦" would be. */
gboolean
_vitae_import_past_word_o (VitaeTextLine *line,
                           const char    *text)
{
  return text != line->text && line->text[0] == 'o' && (line->text[1] == '\t' || line->text[1] == ' ');
}

/* Whether @text ends in a dash: a span of dates it leaves open
 * ("… Ago 2022 -"), which its next line closes. */
static gboolean
ends_in_dash (const char *text)
{
  g_autofree char *stripped = g_strchomp (g_strdup (text));
  const char *last = stripped[0] != '\0' ? g_utf8_find_prev_char (stripped, stripped + strlen (stripped)) : NULL;
  gunichar c = last != NULL ? g_utf8_get_char (last) : 0;

  return c == '-' || c == 0x2013 || c == 0x2014;
}

/* Whether list item @i of a PDF heads a list nested in it, as a word
 * processor sets entries in a list: the line right under it is its
 * dates alone, set under its text, and the line under those is an item
 * set further right than it ("• Analyst, Acme" / "May 2021 – now" /
 * "    o Built …"). Dates under an item that ends in a dash close the
 * span the item opened ("… Aug 2022 -" / "Nov 2024"): its wrapped line. */
gboolean
_vitae_import_heads_nested_list (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line)
{
  VitaeTextLine *dates = i + 2 < r->lines->len ? line_at (r, i + 1) : NULL;
  VitaeTextLine *next = dates != NULL ? line_at (r, i + 2) : NULL;
  g_autofree char *s = NULL, *e = NULL;

  return next != NULL && line->size > 0 && dates->page == line->page && next->page == line->page && !ends_in_dash (line->text) &&
         dates->x > line->x + 2 && dates->gap < line->size && strchr (dates->text, '\t') == NULL &&
         _vitae_import_after_bullet (dates->text) == NULL && _vitae_import_parse_dates (dates->text, &s, &e) &&
         next->x > line->x + 2 && (_vitae_import_after_bullet (next->text) != NULL || _vitae_import_after_word_o (next->text));
}

/* Whether @text closes first a parenthesis that @above leaves open. */
static gboolean
closes_parenthesis (const char *above,
                    const char *text)
{
  const char *open = strrchr (above, '('), *close = strchr (text, ')'), *reopen = strchr (text, '(');

  return open != NULL && strchr (open, ')') == NULL && close != NULL && (reopen == NULL || reopen > close);
}

/* Whether line @i, which starts with a sign, wraps the item above all
 * the same: it starts under the item's text (not where its mark
 * stands), close under a line that runs to its column's right edge
 * without ending a sentence, or anywhere close under a line whose
 * parenthesis it closes ("… project (Python" / "+ Vue)"), and its sign,
 * a symbol, is not the mark of the item's first line ("… (zero-LLM
 * heuristics → text prefilter" / "→ multimodal retrieval) to contain
 * cost."). */
gboolean
_vitae_import_wraps_at_sign (Reader        *r,
                             guint          i,
                             VitaeTextLine *line)
{
  VitaeTextLine *above = i > 0 ? line_at (r, i - 1) : NULL;
  gunichar sign = g_utf8_get_char (line->text);
  GUnicodeType type = g_unichar_type (sign);

  if (above == NULL || r->builder.previous != ROLE_BULLET || !r->bullet_glyph || r->bullet_x < 0 ||
      line->size <= 0 || above->page != line->page || line->gap > 0.5 * line->size ||
      ABS (above->size - line->size) >= 0.5 || strchr (line->text, '\t') ||
      (type != G_UNICODE_MATH_SYMBOL && type != G_UNICODE_OTHER_SYMBOL))
    return FALSE;
  if (!closes_parenthesis (above->text, line->text) &&
      (line->x <= r->bullet_x + 2 || line->x >= r->bullet_x + 3 * line->size ||
       above->right < r->col_right[i - 1] - 2 || _vitae_import_ends_sentence (above->text)))
    return FALSE;
  /* (The item's first line: the nearest above it where the marks stand.) */
  for (guint k = i; k-- > 0;)
    {
      VitaeTextLine *first = line_at (r, k);

      if (first->page != line->page || ABS (first->x - r->bullet_x) < 1)
        return first->page == line->page && g_utf8_get_char (first->text) != sign;
    }
  return FALSE;
}

/* Whether @text ends in a list item's mark alone after a word ("… |
 * 2023–2024 •") and holds no other: *@len is where its text ends. */
static gboolean
ends_in_lone_mark (const char *text,
                   gsize      *len)
{
  gsize n = strlen (text);

  if (n <= strlen (" •") || !g_str_has_suffix (text, " •") || strstr (text, "•") != text + n - strlen ("•"))
    return FALSE;
  *len = n - strlen (" •");
  return TRUE;
}

/* Whether line @next goes on with the paragraph of @line, right above
 * it: on its page, as close under it as its lines are, where it starts,
 * with no mark, cell or bold. */
static gboolean
goes_on_below (const VitaeTextLine *line,
               const VitaeTextLine *next)
{
  return next->page == line->page && next->gap < next->size && ABS (next->x - line->x) < 1 &&
         _vitae_import_after_bullet (next->text) == NULL && strchr (next->text, '\t') == NULL &&
         !(next->flags & VITAE_TEXT_LINE_BOLD);
}

/* The item that starts under a line ending in its mark: the lines from
 * @lines' @i on that go on with each other (goes_on_below()) in one,
 * after the mark; *@last is the last of them. */
static VitaeTextLine *
run_in_item (GPtrArray *lines,
             guint      i,
             guint     *last)
{
  VitaeTextLine *first = g_ptr_array_index (lines, i);
  g_autoptr(GString) text = g_string_new ("• ");
  VitaeTextLine *item;
  double right = first->right;

  g_string_append (text, first->text);
  for (*last = i; *last + 1 < lines->len; (*last)++)
    {
      VitaeTextLine *next = g_ptr_array_index (lines, *last + 1);

      if (!goes_on_below (g_ptr_array_index (lines, *last), next))
        break;
      /* (A word broken at a hyphen is whole again.) */
      if (!(text->len >= 2 && text->str[text->len - 1] == '-' && g_ascii_isalpha (text->str[text->len - 2])))
        g_string_append_c (text, ' ');
      g_string_append (text, next->text);
      right = MAX (right, next->right);
    }
  item = vitae_text_line_copy (first, text->str);
  item->right = right;
  return item;
}

/**
 * _vitae_import_move_trailing_marks:
 * @lines: (element-type VitaeTextLine): the lines of a PDF
 *
 * Items run in after a line, the first one's mark at that line's end
 * ("Akkreditierung, Leipzig | 2023–2024 •" / "Coordinated the passes of
 * 500 reporters. • Solved …", a word processor's paragraph): the mark
 * goes to the start of the line right under it, set as it is (its x),
 * that starts with no mark nor a cell, and that line with the lines of
 * its paragraph under it reads as one item (the import parts it at
 * each mark inside it after a full stop).
 *
 * Returns: (transfer full) (nullable): new lines, or NULL when no line
 *   ends in a mark
 */
GPtrArray *
_vitae_import_move_trailing_marks (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *next = i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : NULL;
      g_autofree char *title = NULL;
      gsize len;

      if (next == NULL || line->size <= 0 || !ends_in_lone_mark (line->text, &len) || !goes_on_below (line, next) ||
          _vitae_import_count_words (next->text) < 3)
        {
          if (result != NULL)
            g_ptr_array_add (result, vitae_text_line_copy (line, NULL));
          continue;
        }
      if (result == NULL)
        result = vitae_text_lines_copy_n (lines, i);
      title = g_strndup (line->text, len);
      g_ptr_array_add (result, vitae_text_line_copy (line, title));
      g_ptr_array_add (result, run_in_item (lines, i + 1, &i));
    }
  return result;
}

/* The text of the list item that @cell, cell @k of line @text after a
 * wide gap, starts, past its mark, or NULL: the cell goes on with the
 * item. @bullet_text is the text after @text's mark, @numbered whether
 * an icon stands before @text's number. A cell starts an item when
 * marked as the line is, both numbers or the same glyph: the next item
 * of a list set in columns ("• Git <tab> • Make"). A dash or a dot
 * unlike the line's mark is the item's own punctuation before a tab
 * stop ("• Course name <tab> — Autumn 2024", "• First course · Second
 * course"); a number right after the line's mark is its text ("• 2.
 * place at …"). */
const char *
_vitae_import_cell_item (const char *text,
                         const char *bullet_text,
                         gboolean    numbered,
                         guint       k,
                         const char *cell)
{
  const char *item = _vitae_import_after_bullet (cell);

  if (k == 0)
    return numbered || (bullet_text != NULL && g_ascii_isdigit (cell[0])) ? NULL : item;
  if (item == NULL || bullet_text == NULL)
    return item;
  if (g_ascii_isdigit (text[0]) || g_ascii_isdigit (cell[0]))
    return g_ascii_isdigit (text[0]) && g_ascii_isdigit (cell[0]) ? item : NULL;
  return bullet_text > text && g_utf8_get_char (text) == g_utf8_get_char (cell) ? item : NULL;
}

/* The number that starts @text as a numbered list's mark ("3. ", "12) "),
 * or 0. */
static guint
list_number (const char *text)
{
  const char *item = _vitae_import_after_bullet (text);

  return item != NULL && g_ascii_isdigit (text[0]) ? (guint) g_ascii_strtoull (text, NULL, 10) : 0;
}

/* Whether line @i starts with a number and a full stop that no numbered
 * list goes on to: not "1.", and no line of its list (back to the
 * heading above, or on to the next), set at its left edge (within an
 * em: numbers set flush right), has the number before or after it. An ordinal then, part of the line's text:
 * "24. national rank", "2. place at …". */
gboolean
_vitae_import_lone_ordinal (Reader        *r,
                            guint          i,
                            VitaeTextLine *line)
{
  guint number = list_number (line->text);
  double em = MAX (2, line->size);
  g_autofree char *s = NULL, *e = NULL;

  /* (A day before a month, "4. January 2022", keeps its reading.) */
  if (number <= 1 || _vitae_import_parse_dates (_vitae_import_after_bullet (line->text), &s, &e))
    return FALSE;
  for (guint k = i; k-- > 0 && !r->heading_like[k];)
    if (ABS (line_at (r, k)->x - line->x) < em && list_number (line_at (r, k)->text) == number - 1)
      return FALSE;
  for (guint k = i + 1; k < r->lines->len && !r->heading_like[k]; k++)
    if (ABS (line_at (r, k)->x - line->x) < em && list_number (line_at (r, k)->text) == number + 1)
      return FALSE;
  return TRUE;
}
