/* vitae-import-name-forms.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Forms a name's line takes in the header of a PDF, beyond the plain
 * "Given Family": a degree's abbreviation in a cell of its own before
 * the name ("Ing." <tab> "Bc. Jan Novák", a table's first column). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-private.h"

/* Whether @cell is an academic degree's abbreviation alone: one word of
 * two to five letters, the first a capital, with a period at its end
 * ("Ing.", "Mgr.", "Dr.", "MUDr.", "Ph.D."). */
static gboolean
is_degree_abbreviation (const char *cell)
{
  guint letters = 0;

  if (!g_unichar_isupper (g_utf8_get_char (cell)) || !g_str_has_suffix (cell, "."))
    return FALSE;
  for (const char *p = cell; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        letters++;
      else if (c != '.')
        return FALSE;
    }
  return letters >= 2 && letters <= 5;
}

/* The name that cells @cells give from cell *@c: a degree's
 * abbreviation in a cell of its own with the name in the next ("Ing."
 * <tab> "Bc. Jan Novák" → "Ing. Bc. Jan Novák"), *@c then the name's
 * cell; or NULL. */
char *
_vitae_import_dup_degree_and_name (GStrv  cells,
                                   guint *c)
{
  const char *next;

  if (!is_degree_abbreviation (g_strstrip (cells[*c])) || cells[*c + 1] == NULL)
    return NULL;
  next = g_strstrip (cells[*c + 1]);
  if (_vitae_import_count_words (next) < 2 || !_vitae_import_is_plausible_name (next) ||
      !_vitae_import_is_name_cased (next) || _vitae_import_is_noise (next))
    return NULL;
  return g_strconcat (cells[(*c)++], " ", next, NULL);
}
