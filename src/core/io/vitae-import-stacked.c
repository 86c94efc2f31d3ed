/* vitae-import-stacked.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an entry's dates stacked in a column of
 * their own, the end over the start ("Present" over "February 2019"):
 * the entry's title beside the end after a tab, its first item beside
 * the start (_vitae_import_join_stacked_spans()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* The first cell of @text (up to its first tab), stripped. */
static char *
cell_before_tab (const char *text)
{
  return g_strstrip (g_strndup (text, strcspn (text, "\t")));
}

/* Whether @cell is a single date ("2019", "June 2018"), no span nor a
 * piece of one ("2018 –"), or, when @present, the word for now. */
static gboolean
is_lone_date (const char *cell,
              gboolean    present)
{
  g_autofree char *s = NULL, *e = NULL;

  if (present && _vitae_import_is_present (cell))
    return TRUE;
  return _vitae_import_parse_dates (cell, &s, &e) && s == NULL && e != NULL && e[0] != '\0';
}

/* The span from @start, the date under, to @end, the one over it
 * ("February 2019 – Present"), when it reads as one that goes forward
 * in time; else NULL. */
static char *
stacked_span (const char *end,
              const char *start)
{
  g_autofree char *span = g_strdup_printf ("%s – %s", start, end);
  g_autofree char *s = NULL, *e = NULL;

  if (!_vitae_import_parse_dates (span, &s, &e) || s == NULL || e == NULL || (e[0] != '\0' && strcmp (e, s) < 0))
    return NULL;
  return g_steal_pointer (&span);
}

/* Whether @line and @next, the line right under it, are an entry's end
 * date over its start in a column of their own, the entry's title after
 * a tab on the end's line and its first item, mark written, after a tab
 * on the start's line ("Present <tab> Developer, Acme" over "February
 * 2019 <tab> ∠ <tab> Built …"). Both dates start left of where the item
 * does (flush left or flush right), and the item's mark at least an em
 * right of the end's date. Sets @span to the whole span. */
static gboolean
is_stacked_span (VitaeTextLine  *line,
                 VitaeTextLine  *next,
                 char          **span)
{
  const char *tab = strchr (line->text, '\t');
  const char *rest = strchr (next->text, '\t');
  g_autofree char *end = NULL, *start = NULL;

  if (line->size <= 0 || tab == NULL || rest == NULL || next->page != line->page ||
      ABS (next->size - line->size) >= 0.5 || next->gap > 0.5 * next->size || next->tab_x <= next->x ||
      line->x >= next->tab_x - line->size || tab[strspn (tab, " \t")] == '\0' ||
      _vitae_import_after_bullet (tab + strspn (tab, " \t")) != NULL ||
      _vitae_import_after_bullet (rest + strspn (rest, " \t")) == NULL)
    return FALSE;
  end = cell_before_tab (line->text);
  start = cell_before_tab (next->text);
  if (!is_lone_date (end, TRUE) || !is_lone_date (start, FALSE))
    return FALSE;
  *span = stacked_span (end, start);
  return *span != NULL;
}

/* Joins each entry's dates stacked end over start (is_stacked_span())
 * into the span on the title's line; the rest of the start's line is
 * a line of its own, the item, where its mark stands. @result: @lines
 * when they are a copy already, else NULL. Returns the lines so read,
 * or @result. */
GPtrArray *
_vitae_import_join_stacked_spans (GPtrArray *lines,
                                  GPtrArray *result)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);
      VitaeTextLine *next = g_ptr_array_index (lines, i + 1);
      g_autofree char *span = NULL;
      char *old;

      if (!is_stacked_span (line, next, &span))
        continue;
      if (result == NULL)
        {
          result = vitae_text_lines_copy (lines);
          lines = result;
          line = g_ptr_array_index (lines, i);
          next = g_ptr_array_index (lines, i + 1);
        }
      old = line->text;
      line->text = g_strconcat (span, strchr (old, '\t'), NULL);
      g_free (old);
      old = next->text;
      next->text = g_strdup (strchr (old, '\t') + strspn (strchr (old, '\t'), " \t"));
      g_free (old);
      next->x = next->tab_x;
      next->tab_x = -1;
      i++;
    }
  return result;
}
