/* vitae-import-labels.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A label that wraps beside the list it labels, in a PDF set with a
 * column of labels (LaTeX's moderncv: the dates right aligned in a
 * margin left of the text). The label's first line stands beside the
 * entry's title, its other lines beside the entry's first list items:
 *
 *     September <tab> Helpdesk Engineer, Acme, Namur.
 *        2016 - <tab> • End user support;
 *  October 2019 <tab> – Repairs of computers;
 *
 * (_vitae_import_join_label_lines()). Each such line is a list item
 * with a cell of the label before it, right under the line above it (no
 * wider gap than its own size); the label cells go back to the title's
 * label when the label then reads as dates ("September 2016 - October
 * 2019"), or else stand on a line of their own right under the title
 * ("6 months"), and the items read alone. A label cell that reads as
 * dates by itself beside a title whose label does too is the item's
 * own, and stays. Where the text after such labels starts
 * (_vitae_import_label_text_x()) is the entries' text's edge: a line
 * that starts there is no item drawn without a glyph, but a paragraph's
 * or a title's (vitae-import-roles.c). A title there goes on on the
 * lines that wrap it (_vitae_import_title_wraps()), and a row whose
 * label is no dates and whose text wraps onto the lines under it is a
 * place or a field and a paragraph (_vitae_import_read_subtitle_row()).
 *
 * Dates in such a column whose pieces stand on rows of their own, not
 * level with the entry's lines (a LaTeX table's narrow first column:
 * "2023 -" beside the title's second line, "now" under it), go to the
 * end of the entry's title (_vitae_import_join_date_column()).
 *
 * In a column of labels of words (Europass), a list's first item stands
 * on its label's row, the others under it from where its mark stands,
 * and a label of two lines wraps beside the item's wrapped line:
 *
 *  Communication skills <tab> – Team work, gained in student
 *                                 projects
 *                             – Public speaking …
 *
 * (_vitae_import_split_label_items()). The label goes on a line of its
 * own, set as a heading is, and the item reads as the others do. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* The cell before line @line's first tab (stripped), or NULL when the
 * line has no tab, or the cell is empty or longer than a label is (four
 * words, 32 characters). */
static char *
label_cell (const VitaeTextLine *line)
{
  const char *tab = strchr (line->text, '\t');
  g_autofree char *cell = NULL;

  if (tab == NULL || line->size <= 0)
    return NULL;
  cell = g_strstrip (g_strndup (line->text, tab - line->text));
  if (cell[0] == '\0' || _vitae_import_count_words (cell) > 4 || g_utf8_strlen (cell, -1) > 32 ||
      _vitae_import_after_bullet (cell) != NULL)
    return NULL;
  return g_steal_pointer (&cell);
}

/* The text after line @line's first tab, stripped. */
static const char *
after_label (const VitaeTextLine *line)
{
  const char *rest = strchr (line->text, '\t') + 1;

  while (*rest == ' ' || *rest == '\t')
    rest++;
  return rest;
}

static gboolean
reads_as_dates (const char *text)
{
  g_autofree char *start = NULL, *end = NULL;

  return _vitae_import_parse_dates (text, &start, &end);
}

/* Whether line @line is a list item with a label cell of a label that
 * wraps beside it, under @above on its page: the label (in @label) and
 * the item start left of where the title's text starts (@text_x). */
static gboolean
is_label_item (const VitaeTextLine *line,
               const VitaeTextLine *above,
               double               text_x,
               char               **label)
{
  const char *item;

  *label = NULL;
  if (line->page != above->page || line->gap >= line->size || line->x >= text_x - 2 ||
      (line->tab_x > 0 && line->tab_x < text_x - 2))
    return FALSE;
  *label = label_cell (line);
  item = *label != NULL ? _vitae_import_after_bullet (after_label (line)) : NULL;
  if (item == NULL || item == after_label (line) || g_ascii_isdigit (*after_label (line)))
    {
      g_clear_pointer (label, g_free);
      return FALSE;
    }
  return TRUE;
}

/* The label @label with its other lines' cells (@cells) in @joined: all
 * of them when it then reads as dates, or else those that keep it dates
 * (the others go to @apart). FALSE when the label reads as dates neither
 * alone nor with all its cells: no label of dates wraps. */
static gboolean
join_label (const char *label,
            GPtrArray  *cells,
            GString    *joined,
            GPtrArray  *apart)
{
  g_string_assign (joined, label);
  for (guint k = 0; k < cells->len; k++)
    g_string_append_printf (joined, " %s", (char *) g_ptr_array_index (cells, k));
  if (reads_as_dates (joined->str))
    return TRUE;
  if (!reads_as_dates (label))
    return FALSE;
  g_string_assign (joined, label);
  for (guint k = 0; k < cells->len; k++)
    {
      gsize len = joined->len;

      g_string_append_printf (joined, " %s", (char *) g_ptr_array_index (cells, k));
      if (!reads_as_dates (joined->str))
        {
          g_string_truncate (joined, len);
          g_ptr_array_add (apart, g_strdup (g_ptr_array_index (cells, k)));
        }
    }
  return TRUE;
}

/* The title line @title with the label @joined, and the cells @apart
 * after its text. */
static VitaeTextLine *
joined_title (const VitaeTextLine *title,
              const char          *joined,
              GPtrArray           *apart)
{
  const char *rest = strchr (title->text, '\t');
  g_autoptr(GString) text = g_string_new (joined);

  g_string_append (text, rest);
  for (guint k = 0; k < apart->len; k++)
    g_string_append_printf (text, "%s%s", k > 0 ? " " : g_str_has_suffix (rest, ".") ? " " : ", ",
                            (char *) g_ptr_array_index (apart, k));
  return vitae_text_line_copy (title, text->str);
}

/**
 * _vitae_import_join_label_lines:
 * @lines: (element-type VitaeTextLine): the lines of a PDF
 *
 * Gives a wrapped label's lines back to the label, as the top of this
 * file describes.
 *
 * Returns: (transfer full) (nullable): new lines, or NULL when no label
 *   wraps beside a list
 */
GPtrArray *
_vitae_import_join_label_lines (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *title = g_ptr_array_index (lines, i);
      g_autofree char *label = label_cell (title);
      g_autoptr(GString) joined = g_string_new (NULL);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (vitae_text_line_free);
      g_autoptr(GPtrArray) apart = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      guint j = i + 1;

      if (label != NULL && title->tab_x > title->x && _vitae_import_after_bullet (after_label (title)) == NULL)
        for (; j < lines->len; j++)
          {
            VitaeTextLine *line = g_ptr_array_index (lines, j);
            g_autofree char *cell = NULL;
            VitaeTextLine *item;

            if (!is_label_item (line, g_ptr_array_index (lines, j - 1), title->tab_x, &cell) ||
                (reads_as_dates (cell) && reads_as_dates (label)))
              break;
            g_ptr_array_add (cells, g_steal_pointer (&cell));
            item = vitae_text_line_copy (line, after_label (line));
            item->x = line->tab_x > 0 ? line->tab_x : title->tab_x;
            item->tab_x = -1;
            g_ptr_array_add (items, item);
          }
      if (items->len == 0 || !join_label (label, cells, joined, apart))
        {
          if (result != NULL)
            g_ptr_array_add (result, vitae_text_line_copy (title, NULL));
          continue;
        }
      if (result == NULL)
        result = vitae_text_lines_copy_n (lines, i);
      g_debug ("a label wrapped beside a list: %s", joined->str);
      g_ptr_array_add (result, joined_title (title, joined->str, apart));
      for (guint k = 0; k < items->len; k++)
        g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (items, k), NULL));
      i = j - 1;
    }
  return result;
}

/* Whether line @k of @lines is a piece of an entry's dates in a narrow
 * column of its own left of the entries, on a row of its own ("2023 -",
 * "now", "2021"): a date, an open span or a word for the present, short,
 * ending left of the lines above and under it (by half an em), level
 * with one of them (a gap under zero, above or under it). */
static gboolean
is_date_piece (GPtrArray *lines,
               guint      k)
{
  VitaeTextLine *line = g_ptr_array_index (lines, k);
  VitaeTextLine *above, *under;
  g_autofree char *s = NULL, *e = NULL;

  if (k == 0 || k + 1 >= lines->len || line->size <= 0 || strchr (line->text, '\t') ||
      g_utf8_strlen (line->text, -1) > 16 ||
      !(_vitae_import_parse_dates (line->text, &s, &e) || _vitae_import_is_present (line->text)))
    return FALSE;
  above = g_ptr_array_index (lines, k - 1);
  under = g_ptr_array_index (lines, k + 1);
  return above->page == line->page && under->page == line->page && line->right + 0.5 * line->size < above->x &&
         line->right + 0.5 * line->size < under->x && (line->gap < 0 || under->gap < 0);
}

/* The entry's title for the dates piece at @k: the nearest of the two
 * lines above it that is set no smaller than the piece and is no list
 * item, or -1. */
static int
title_of_piece (GPtrArray *lines,
                guint      k)
{
  VitaeTextLine *piece = g_ptr_array_index (lines, k);

  for (guint t = k; t > 0 && t + 1 >= k; t--)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, t - 1);

      if (line->page == piece->page && line->size > piece->size - 0.5 && line->x > piece->right &&
          _vitae_import_after_bullet (line->text) == NULL)
        return (int) t - 1;
    }
  return -1;
}

/* The lines of a PDF whose entries have their dates in a narrow column
 * at their left, each piece on a row of its own beside the entry's
 * lines (LaTeX's table: "2023 -" beside the title's second line, "now"
 * under it; is_date_piece()): the pieces join (an open span and the
 * next piece) and go to the end of the entry's title after a tab, as
 * dates at its right; the line under each piece stands as far under the
 * line above it as it is drawn. Returns NULL when there is none; else
 * copies of the lines. */
GPtrArray *
_vitae_import_join_date_column (GPtrArray *lines)
{
  g_autofree gboolean *piece = g_new0 (gboolean, lines->len + 1);
  g_autofree int *title = g_new0 (int, lines->len + 1);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *result;
  gboolean any = FALSE;
  double grown = 0;

  g_ptr_array_set_size (dates, lines->len);
  for (guint k = 0; k < lines->len; k++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, k);
      int t;

      if (!is_date_piece (lines, k))
        continue;
      /* The second piece of an open span ("2023 -" / "now"). */
      for (t = (int) k - 1; t >= 0 && t + 3 > (int) k && !piece[t]; t--)
        ;
      if (t >= 0 && t + 3 > (int) k && piece[t] &&
          (g_str_has_suffix (g_ptr_array_index (dates, title[t]), "-") ||
           g_str_has_suffix (g_ptr_array_index (dates, title[t]), "–")))
        {
          char *span = g_strconcat (g_ptr_array_index (dates, title[t]), " ", line->text, NULL);

          g_free (g_ptr_array_index (dates, title[t]));
          g_ptr_array_index (dates, title[t]) = span;
          piece[k] = TRUE, title[k] = title[t];
          continue;
        }
      if ((t = title_of_piece (lines, k)) < 0 || g_ptr_array_index (dates, t) != NULL)
        continue;
      g_ptr_array_index (dates, t) = g_strdup (line->text);
      piece[k] = any = TRUE, title[k] = t;
    }
  if (!any)
    return NULL;
  result = g_ptr_array_new_with_free_func (vitae_text_line_free);
  for (guint k = 0; k < lines->len; k++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, k);
      VitaeTextLine *copy;
      const char *span = g_ptr_array_index (dates, k);

      if (piece[k])
        {
          grown += line->gap + line->size;
          continue;
        }
      if (span != NULL)
        {
          g_autofree char *text = g_strconcat (line->text, "\t", span, NULL);

          g_debug ("dates in a column of their own: %s", text);
          copy = vitae_text_line_copy (line, text);
        }
      else
        copy = vitae_text_line_copy (line, NULL);
      copy->gap += grown;
      grown = 0;
      g_ptr_array_add (result, copy);
    }
  return result;
}

/* Where the text after a column of labels starts in a PDF set so
 * (moderncv: the dates right aligned in a margin left of the text): the
 * x after the label cell of lines whose label reads as dates, when at
 * least two such lines have their text there (within a point); else -1.
 * (A line within a quarter of its size of there starts there: a
 * section's labels may be set a point apart from another's.) */
double
_vitae_import_label_text_x (GPtrArray *lines)
{
  g_autofree double *xs = g_new (double, lines->len);
  double best_x = -1;
  guint best = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *cell = line->tab_x > line->x ? label_cell (line) : NULL;

      xs[i] = cell != NULL && reads_as_dates (cell) ? line->tab_x : -1;
    }
  for (guint i = 0; i < lines->len; i++)
    {
      guint n = 0;

      for (guint k = 0; k < lines->len && xs[i] > 0; k++)
        n += ABS (xs[k] - xs[i]) < 1;
      if (n > best)
        best = n, best_x = xs[i];
    }
  return best >= 2 ? best_x : -1;
}

/* Where the text after the column of labels ends on page @page: the
 * right end of its longest line there. */
static double
text_right (Reader *r,
            int     page)
{
  double right = 0;

  for (guint k = 0; k < r->lines->len; k++)
    {
      VitaeTextLine *line = line_at (r, k);

      if (line->page == page && line->size > 0 &&
          (ABS (line->x - r->label_text_x) < 0.25 * line->size || ABS (line->tab_x - r->label_text_x) < 0.25 * line->size))
        right = MAX (right, line->right);
    }
  return right;
}

/* @text, the text of line @i after a column of labels, with the lines
 * under it that wrap it, each set in @size: each starts where that text
 * does, less than half its size under the line above, without a mark or
 * cells, and the line above it reaches so near where that text ends on
 * the page that its first word would not have fitted there (0.6 em a
 * character, with an em to spare), and within an em and a half of it
 * (such columns are justified). NULL when no line wraps it; else @end
 * is the line after the last. */
static char *
join_wrapped_lines (Reader     *r,
                    guint       i,
                    const char *text,
                    double      size,
                    guint      *end)
{
  VitaeTextLine *line = line_at (r, i);
  double right = text_right (r, line->page);
  char *whole = NULL;
  guint k;

  for (k = i + 1; k < r->lines->len; k++)
    {
      VitaeTextLine *next = line_at (r, k);
      glong word = g_utf8_strlen (next->text, strcspn (next->text, " \t"));
      char *joined;

      if (next->page != line->page || ABS (next->x - line->tab_x) >= 0.25 * next->size ||
          ABS (next->size - size) >= 0.5 || next->gap > 0.5 * next->size ||
          strchr (next->text, '\t') || _vitae_import_after_bullet (next->text) != NULL || r->heading_like[k] ||
          right - line_at (r, k - 1)->right > MIN (0.6 * word + 1, 1.5) * next->size)
        break;
      joined = _vitae_import_join_wrapped (whole != NULL ? whole : text, next->text);
      g_free (whole);
      whole = joined;
    }
  *end = k;
  return whole;
}

/* Whether line @i is a row of the column of labels at the text after
 * it, its label a cell of its own left of there. */
static gboolean
at_label_text (Reader        *r,
               VitaeTextLine *line)
{
  return line->size > 0 && r->label_text_x > 0 && line->tab_x > line->x &&
         ABS (line->tab_x - r->label_text_x) < 0.25 * line->size;
}

/* The text @text of line @i, an entry's title after a label that reads
 * as dates, at the text after a column of labels, with the lines under
 * it that wrap it, in its size ("2021–2024 <tab> Engineer's degree,
 * National School" / "of Applied Sciences, Safi."; a publication's line
 * may end in its date): join_wrapped_lines(). */
char *
_vitae_import_title_wraps (Reader     *r,
                           guint       i,
                           const char *text,
                           guint      *end)
{
  VitaeTextLine *line = line_at (r, i);
  g_autofree char *label = NULL;

  if (!at_label_text (r, line) || (label = label_cell (line)) == NULL || !reads_as_dates (label))
    return NULL;
  return join_wrapped_lines (r, i, text, line->size, end);
}

/**
 * _vitae_import_read_subtitle_row:
 * @r: the reader
 * @i: a line under an entry's title
 * @line: the line
 * @text: its text
 *
 * Reads line @i, an entry's subtitle, and returns the role it leaves:
 * the subtitle's, or the text's when it is a row of the column of
 * labels whose text is a paragraph that wraps onto the lines under it
 * (moderncv's "Zürich <tab> Built the …" / "… and ran …", its label no
 * dates): then the label is the entry's subtitle and the paragraph its
 * text, whole (join_wrapped_lines(), in the size of the line under it).
 */
Role
_vitae_import_read_subtitle_row (Reader        *r,
                                 guint          i,
                                 VitaeTextLine *line,
                                 const char    *text)
{
  g_autofree char *label = NULL, *whole = NULL, *cells = NULL;
  guint end;

  /* (The employer and place under a stacked head's dates.) */
  if (_vitae_import_under_stacked_dates (r, i, line, text) && (cells = _vitae_import_stacked_place_cells (text)) != NULL)
    {
      _vitae_import_read_subtitle (&r->builder, cells);
      return ROLE_SUBTITLE;
    }

  if (!at_label_text (r, line) || i + 1 >= r->lines->len || (label = label_cell (line)) == NULL ||
      reads_as_dates (label) || text != line->text || _vitae_import_after_bullet (after_label (line)) != NULL ||
      strchr (after_label (line), '\t') != NULL ||
      (whole = join_wrapped_lines (r, i, after_label (line), line_at (r, i + 1)->size, &end)) == NULL)
    {
      _vitae_import_read_subtitle (&r->builder, text);
      return ROLE_SUBTITLE;
    }
  _vitae_import_read_subtitle (&r->builder, label);
  _vitae_import_read_body (&r->builder, line, whole);
  r->skip_until = end;
  return ROLE_BODY;
}

/* Whether the cell @cell of a column of labels is a label of words (no
 * digits, which a label of dates has, no colon, no contact detail). */
static gboolean
is_word_label (const char *cell)
{
  return !_vitae_import_has_digit (cell) && strchr (cell, ':') == NULL && !_vitae_import_is_contact_line (cell);
}

/* The label of line @line when it is the first item of a list with the
 * list's label on its row ("Digital skills <tab> – Wrote …"), or NULL:
 * not when the label starts on the line above (@above, or NULL), in a
 * cell of its own there too (a list beside a label's second line is a
 * label's value, as on the label's first line), nor when an icon's
 * glyph marks the label too: items side by side, in two columns. */
static char *
item_label (const VitaeTextLine *line,
            const VitaeTextLine *above)
{
  g_autofree char *label = label_cell (line);
  g_autofree char *above_label = NULL;
  const char *item;

  if (label == NULL || line->tab_x <= line->x || !is_word_label (label) || (line->flags & VITAE_TEXT_LINE_ICON))
    return NULL;
  if (above != NULL && above->page == line->page && line->gap < line->size &&
      (above_label = label_cell (above)) != NULL && above->tab_x > above->x)
    return NULL;
  item = _vitae_import_after_bullet (after_label (line));
  if (item == NULL || item == after_label (line))
    return NULL;
  return g_steal_pointer (&label);
}

/* Whether @text has a letter. */
static gboolean
has_letter (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    if (g_unichar_isalpha (g_utf8_get_char (c)))
      return TRUE;
  return FALSE;
}

/* Where the mark of the item set on its label's row @first (lines from
 * @i) stands. The row gives where its text starts, after the mark's
 * tab; the list's next item, marked and tabbed so, starts at its mark:
 * its wrapped lines go back under the mark, and the first item's must
 * too. Else where the text starts. */
static double
first_mark_x (GPtrArray *lines,
              guint      i)
{
  VitaeTextLine *first = g_ptr_array_index (lines, i);

  for (guint j = i + 1; j < lines->len && j <= i + 8; j++)
    {
      VitaeTextLine *next = g_ptr_array_index (lines, j);

      if (next->page != first->page || next->x >= first->tab_x || next->x <= first->x)
        break;
      if (next->tab_x > 0 && ABS (next->tab_x - first->tab_x) < 1 && _vitae_import_after_bullet (next->text) != NULL)
        return next->x;
    }
  return first->tab_x;
}

/* The next line of a label whose list starts at @list_x, when line
 * @line (under @above) is one: right under it, left of the list, alone
 * or with the item above wrapped after its tab (*@rest), not a new
 * item; else NULL. */
static char *
label_more (const VitaeTextLine  *line,
            const VitaeTextLine  *above,
            double                list_x,
            const char          **rest)
{
  g_autofree char *cell = NULL;

  *rest = NULL;
  if (line->page != above->page || line->gap >= line->size || line->x >= list_x - 2)
    return NULL;
  if (strchr (line->text, '\t') == NULL)
    return line->right < list_x - 2 && _vitae_import_count_words (line->text) <= 4 && is_word_label (line->text)
             ? g_strstrip (g_strdup (line->text))
             : NULL;
  cell = label_cell (line);
  /* (A cell without a letter is the next item's mark, set apart from its
   * text by a tab: "▪ <tab> Keeping bees …".) */
  if (cell == NULL || !has_letter (cell) || !is_word_label (cell) || line->tab_x < list_x - 2 ||
      _vitae_import_after_bullet (after_label (line)) != NULL)
    return NULL;
  *rest = after_label (line);
  return g_steal_pointer (&cell);
}

/* Adds to @result the lines of a list item set on its label's row
 * (@lines from @i): the label (with its next lines) on a line of its
 * own, then the item from where its mark stands, and the item's wrapped
 * lines beside the label's. Returns the index of the last line read. */
static guint
split_label_item (GPtrArray *lines,
                  guint      i,
                  char      *label,
                  GPtrArray *result)
{
  VitaeTextLine *first = g_ptr_array_index (lines, i);
  g_autoptr(GString) joined = g_string_new (label);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (vitae_text_line_free);
  VitaeTextLine *line = vitae_text_line_copy (first, after_label (first));
  VitaeTextLine *heading;
  guint j = i + 1;

  line->x = first_mark_x (lines, i);
  line->tab_x = -1;
  g_ptr_array_add (items, line);
  for (; j < lines->len; j++)
    {
      VitaeTextLine *next = g_ptr_array_index (lines, j);
      const char *rest = NULL;
      g_autofree char *more = label_more (next, g_ptr_array_index (lines, j - 1), first->tab_x, &rest);

      if (more == NULL)
        break;
      g_string_append_printf (joined, " %s", more);
      if (rest == NULL || *rest == '\0')
        continue;
      line = vitae_text_line_copy (next, rest);
      line->x = next->tab_x;
      line->tab_x = -1;
      g_ptr_array_add (items, line);
    }
  g_debug ("a list item beside its label: %s", joined->str);
  heading = vitae_text_line_copy (first, joined->str);
  heading->tab_x = -1;
  heading->right = first->tab_x - 1;
  heading->flags |= LINE_SIDE_HEADING;
  g_ptr_array_add (result, heading);
  for (guint k = 0; k < items->len; k++)
    g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (items, k), NULL));
  return j - 1;
}

/* The dates of line @i of @lines when it is an entry's first list item
 * with the entry's dates on its row, in a column of dates at its left
 * ("2021.12 - current <tab> ● Moved the bank's …"), the entry's other
 * items under it from where its mark stands; else NULL. A dated item
 * whose next line has dates of its own is an item of a dated list (a
 * prize and its year), and stays. */
static char *
first_item_dates (GPtrArray *lines,
                  guint      i)
{
  VitaeTextLine *line = g_ptr_array_index (lines, i);
  g_autofree char *label = label_cell (line);
  const char *item;

  if (label == NULL || line->tab_x <= line->x || !reads_as_dates (label))
    return NULL;
  item = _vitae_import_after_bullet (after_label (line));
  if (item == NULL || item == after_label (line) || strchr (item, '\t') != NULL)
    return NULL;
  /* (Not in a list of dated items: "2017 <tab> · A summer school".) */
  if (i > 0)
    {
      VitaeTextLine *above = g_ptr_array_index (lines, i - 1);
      g_autofree char *above_label = label_cell (above);

      if (above_label != NULL && ABS (above->tab_x - line->tab_x) < 2 && reads_as_dates (above_label))
        return NULL;
    }
  for (guint j = i + 1; j < lines->len && j <= i + 8; j++)
    {
      VitaeTextLine *next = g_ptr_array_index (lines, j);

      if (next->page != line->page || next->x < line->tab_x - 2 || next->gap > next->size)
        return NULL;
      /* (The item's wrapped lines stand under its text; its next item
       * starts where its mark does.) */
      if (next->x < line->tab_x + 2)
        return _vitae_import_after_bullet (next->text) != NULL ? g_steal_pointer (&label) : NULL;
    }
  return NULL;
}

/* Adds to @result the entry's dates @dates of line @line, the first
 * item of its list, on a line of their own, and the item from where its
 * mark stands, right under them. */
static void
split_dated_item (const VitaeTextLine *line,
                  const char          *dates,
                  GPtrArray           *result)
{
  VitaeTextLine *date_line = vitae_text_line_copy (line, dates);
  VitaeTextLine *item = vitae_text_line_copy (line, after_label (line));

  g_debug ("an entry's dates beside its first item: %s", dates);
  date_line->tab_x = -1;
  date_line->right = line->tab_x - 1;
  item->x = line->tab_x;
  item->tab_x = -1;
  item->gap = 0;
  g_ptr_array_add (result, date_line);
  g_ptr_array_add (result, item);
}

/**
 * _vitae_import_split_label_items:
 * @lines: (element-type VitaeTextLine): the lines of a PDF
 *
 * A list's first item set on the row of the list's label, in a column
 * of labels right aligned left of the text (Europass: "Digital skills
 * <tab> – Wrote …", the other items under it from its mark, the label
 * maybe wrapped beside the item's wrapped line): the label goes on a
 * line of its own, then the item, as a list under a heading reads.
 *
 * Returns: (transfer full) (nullable): new lines, or NULL when no list
 *   item shares its row with a label
 */
GPtrArray *
_vitae_import_split_label_items (GPtrArray *lines)
{
  GPtrArray *result = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *label = item_label (line, i > 0 ? g_ptr_array_index (lines, i - 1) : NULL);
      g_autofree char *dates = label == NULL ? first_item_dates (lines, i) : NULL;

      if (dates != NULL)
        {
          if (result == NULL)
            result = vitae_text_lines_copy_n (lines, i);
          split_dated_item (line, dates, result);
          continue;
        }
      if (label == NULL)
        {
          if (result != NULL)
            g_ptr_array_add (result, vitae_text_line_copy (line, NULL));
          continue;
        }
      if (result == NULL)
        result = vitae_text_lines_copy_n (lines, i);
      i = split_label_item (lines, i, label, result);
    }
  return result;
}
