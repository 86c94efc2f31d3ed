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
 * own, and stays. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

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
        {
          result = g_ptr_array_new_with_free_func (vitae_text_line_free);
          for (guint k = 0; k < i; k++)
            g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (lines, k), NULL));
        }
      g_debug ("a label wrapped beside a list: %s", joined->str);
      g_ptr_array_add (result, joined_title (title, joined->str, apart));
      for (guint k = 0; k < items->len; k++)
        g_ptr_array_add (result, vitae_text_line_copy (g_ptr_array_index (items, k), NULL));
      i = j - 1;
    }
  return result;
}
