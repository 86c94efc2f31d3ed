/* vitae-import-name-parts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A name printed as two parts, its given name(s) and its family name,
 * that the reader gives apart: set large in a cell of its own on two
 * lines, with a column of contact details beside them read between (the
 * details there belong to the header still, none is a list item); the
 * given names set smaller over the family name (the largest line, where
 * the name would start). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether @cell, a cell of line @i, goes on with a name that was a
 * cell of a line above it: a name set large in a column of its own over
 * two lines, beside smaller contact details ("… <tab> Juana Pérez <tab>
 * …" over "… <tab> Villalobos <tab> …"). The lines between, five at
 * most (a column of details beside the name), are smaller; the one the
 * name goes on is as large, and the word as plausible. */
gboolean
_vitae_import_name_goes_on_in_cell (Reader     *r,
                                    guint       i,
                                    const char *cell)
{
  VitaeTextLine *name_line;
  const char *name = vitae_node_get_text (VITAE_NODE (r->builder.document), "name");

  if (r->name_cell_line == G_MAXUINT || i <= r->name_cell_line || i > r->name_cell_line + 6)
    return FALSE;
  name_line = line_at (r, r->name_cell_line);
  if (name_line->size < 1.5 * r->body_size || ABS (line_at (r, i)->size - name_line->size) >= 0.5)
    return FALSE;
  for (guint k = r->name_cell_line + 1; k < i; k++)
    if (line_at (r, k)->size > name_line->size - 0.5)
      return FALSE;
  return _vitae_import_count_words (cell) == 1 && g_unichar_isupper (g_utf8_get_char (cell)) &&
         _vitae_import_count_words (name) <= 3 && _vitae_import_is_plausible_name (cell) &&
         !_vitae_import_is_noise (cell);
}

/* Whether line @i of a PDF, read after a name set large in a cell of
 * its own (r->name_cell_line, "TEODORO <tab> ✆"), is set beside the
 * name, smaller and from the name's cell's right on, while the name goes
 * on a few lines further on a line as large from the same edge
 * ("QUIROGA <tab> ☎"): a detail of a column beside the name's two lines
 * ("☺ 22 años"), no list item. */
gboolean
_vitae_import_is_beside_name_parts (Reader *r,
                                    guint   i)
{
  VitaeTextLine *name, *line;

  if (r->name_cell_line == G_MAXUINT || i <= r->name_cell_line)
    return FALSE;
  name = line_at (r, r->name_cell_line);
  line = line_at (r, i);
  if (name->tab_x <= name->x || line->x < name->tab_x - 1 || line->size > name->size - 0.5)
    return FALSE;
  for (guint k = i + 1; k < MIN (r->lines->len, r->name_cell_line + 7); k++)
    {
      VitaeTextLine *next = line_at (r, k);

      if (ABS (next->size - name->size) < 0.5 && ABS (next->x - name->x) < 1 && next->page == name->page)
        return TRUE;
      if (next->x < name->tab_x - 1)
        return FALSE;
    }
  return FALSE;
}

/* Whether the name @name of @line, its given names set large (two or
 * three words, in capitals or capitalized, maybe spaced wide apart: "JUNO
 * <tab> MARISOL"), goes on on @next, the family name set larger still
 * right under it from the same edge, in a word written as they are
 * ("QUINTERO", twice and a half as large at most); a word of the given
 * names in the e-mail address, which sets them apart from a job title
 * over a name. */
gboolean
_vitae_import_given_names_over (Reader              *r,
                                const VitaeTextLine *line,
                                const char          *name,
                                const VitaeTextLine *next)
{
  g_autofree char *given = g_strdelimit (g_strdup (name), "\t", ' ');
  guint words = _vitae_import_count_words (given);
  gboolean upper = _vitae_import_is_upper_text (given);

  if (r->email_local == NULL || words < 2 || words > 3 || line->size < 1.5 * r->body_size ||
      next->size < line->size + 0.5 || next->size > 2.5 * line->size || ABS (next->x - line->x) >= 1 ||
      next->gap >= 0.5 * line->size || next->page != line->page || strchr (next->text, '\t') != NULL ||
      _vitae_import_count_words (next->text) != 1)
    return FALSE;
  return (upper ? _vitae_import_is_upper_text (next->text)
                : _vitae_import_is_name_cased (given) && _vitae_import_is_name_cased (next->text)) &&
         _vitae_import_is_plausible_name (given) && _vitae_import_is_plausible_name (next->text) &&
         !_vitae_import_is_noise (given) && _vitae_import_words_in_local (given, r->email_local, NULL) >= 1;
}

/* Whether the name starts on the line above line r->name_index, the
 * largest of the first lines: the name goes on from there
 * (_vitae_import_name_goes_on()), or the given names set smaller over the
 * family name (_vitae_import_given_names_over()). */
gboolean
_vitae_import_name_starts_above (Reader *r)
{
  VitaeTextLine *above, *line;

  if (r->name_index == 0 || r->name_index >= r->lines->len)
    return FALSE;
  above = line_at (r, r->name_index - 1);
  line = line_at (r, r->name_index);
  return (_vitae_import_is_plausible_name (above->text) &&
          _vitae_import_name_goes_on (above, above->text, line, r->body_size)) ||
         _vitae_import_given_names_over (r, above, above->text, line);
}
