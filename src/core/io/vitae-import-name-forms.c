/* vitae-import-name-forms.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Forms a name's line takes in the header of a PDF, beyond the plain
 * "Given Family": a degree's abbreviation in a cell of its own before
 * the name ("Ing." <tab> "Bc. Jan Novák", a table's first column); the
 * name as one part of a line of contact details set apart by marks
 * ("● Ana Soto ● ana.soto@… ● +34 …"); a birth date in brackets after
 * the name in a labelled field ("Name: Ana Soto (*1990-05-06)"). */

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

/* The parts of @text set apart by tabs, bars or marks standing alone
 * between its words ("● Ana Soto ● ana.soto@example.org ● Vigo",
 * "Ana Soto | Vigo"), stripped, empty ones left out. */
GStrv
_vitae_import_split_marked_parts (const char *text)
{
  g_auto(GStrv) cells = g_strsplit_set (text, "\t|", -1);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();

  for (guint c = 0; cells[c]; c++)
    {
      g_auto(GStrv) words = g_strsplit (cells[c], " ", -1);
      g_autoptr(GString) part = g_string_new (NULL);

      for (guint k = 0;; k++)
        {
          if (words[k] == NULL || _vitae_import_is_bare_glyph (words[k]) || g_str_equal (words[k], "\u00b7"))
            {
              if (part->len > 0)
                g_strv_builder_add (parts, part->str);
              g_string_truncate (part, 0);
              if (words[k] == NULL)
                break;
              continue;
            }
          if (words[k][0] == '\0')
            continue;
          if (part->len > 0)
            g_string_append_c (part, ' ');
          g_string_append (part, words[k]);
        }
    }
  return g_strv_builder_end (parts);
}

/* Whether the e-mail address's local part @local starts with the
 * initials of the name @name, two to four words, and goes on with
 * letters ("ajdiaz" for "Ana Jiménez", a family name after them). */
gboolean
_vitae_import_starts_with_initials (const char *name,
                                    const char *local)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 4 || strlen (local) < n + 2 || !g_ascii_isalpha (local[n]))
    return FALSE;
  for (guint k = 0; k < n; k++)
    if (words[k][0] != local[k] || !g_ascii_isalpha (local[k]))
      return FALSE;
  return TRUE;
}

/* The name of two words or more, written as a name, before the comma
 * of @text, its headline after it ("Ada Lovelace, Analyst EN/FR"); or
 * NULL. */
char *
_vitae_import_dup_name_before_comma (const char *text)
{
  const char *comma = strstr (text, ", ");
  g_autofree char *before = comma != NULL ? g_strndup (text, comma - text) : NULL;

  if (before == NULL || _vitae_import_count_words (before) < 2 || !_vitae_import_is_name_cased (before))
    return NULL;
  return g_steal_pointer (&before);
}

/* Cuts from @value, a labelled name's value, a bracket at its end that
 * holds a number, the birth date written after the name ("Ana Soto
 * (*06.05.1990)", "Ana Soto (geb. 1990)"). Returns whether it did. */
gboolean
_vitae_import_cut_date_after_name (char *value)
{
  char *open = strrchr (value, '(');

  if (open == NULL || open == value || !g_str_has_suffix (open, ")") || strpbrk (open, "0123456789") == NULL)
    return FALSE;
  *open = '\0';
  g_strchomp (value);
  return TRUE;
}
