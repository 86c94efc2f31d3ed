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
 * the name would start); the values of a given name's label and a family
 * name's in a table's column read after the column of its labels; a
 * name stacked a word or two a line, each line in a size of its own;
 * the first cells of lines read with a column beside them. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* A copy of @line, whose text starts with the name @name, as the name
 * stands there: its text @name, set in the size of its own cell when a
 * larger headline stands beside it after a wide gap ("ADA <tab>
 * DESIGNER" set larger), else in the line's. */
static VitaeTextLine *
name_cell_line (const VitaeTextLine *line,
                const char          *name)
{
  VitaeTextLine *copy = vitae_text_line_copy (line, name);

  if (line->tab_x > line->x && line->lead_size > 0 && line->lead_size < line->size - 0.5 &&
      strchr (line->text, '\t') != NULL && strchr (name, '\t') == NULL)
    {
      copy->size = line->lead_size;
      copy->right = 0;
      copy->tab_x = -1;
    }
  return copy;
}

/* Whether the text of line @i after its wide gap starts a column that
 * goes on under it: the next line's text stands there too, after a gap
 * of its own or alone (two columns read on the same lines: "Ines <tab>
 * Experience" over "MORAU <tab> 2021 – Employer"). */
gboolean
_vitae_import_column_goes_on_beside (Reader *r,
                                     guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  return line->tab_x > line->x && next != NULL && next->page == line->page &&
         (ABS (next->tab_x - line->tab_x) < 1 || ABS (next->x - line->tab_x) < 1);
}

/* Whether @cell, the first cell of line @i, goes on with the name, the
 * first cell of the line right above it, as a name set on two lines does
 * (_vitae_import_name_goes_on(): "Ana Paula <tab> EXPERIENCE" over
 * "Souza da Rocha <tab> 2019 – 2024"). */
static gboolean
first_cells_go_on (Reader     *r,
                   guint       i,
                   const char *name,
                   const char *cell)
{
  VitaeTextLine *above, *below;
  gboolean goes_on;

  if (i != r->name_cell_line + 1 || !g_str_has_prefix (line_at (r, i - 1)->text, name) ||
      !g_str_has_prefix (line_at (r, i)->text, cell))
    return FALSE;
  above = name_cell_line (line_at (r, i - 1), name);
  below = vitae_text_line_copy (line_at (r, i), cell);
  above->right = below->right = 0;
  goes_on = _vitae_import_name_goes_on (above, name, below, r->body_size);
  vitae_text_line_free (above);
  vitae_text_line_free (below);
  return goes_on;
}

/* Whether @cell, a cell of line @i, goes on with a name that was a
 * cell of a line above it: a name set large in a column of its own over
 * two lines, beside smaller contact details ("… <tab> Juana Pérez <tab>
 * …" over "… <tab> Villalobos <tab> …"). The lines between, five at
 * most (a column of details beside the name), are smaller; the one the
 * name goes on is as large, and the word as plausible. Or the first
 * cells of two lines, one right under the other (first_cells_go_on()). */
gboolean
_vitae_import_name_goes_on_in_cell (Reader     *r,
                                    guint       i,
                                    const char *cell)
{
  VitaeTextLine *name_line;
  const char *name = vitae_node_get_text (VITAE_NODE (r->builder.document), "name");

  if (r->name_cell_line == G_MAXUINT || i <= r->name_cell_line || i > r->name_cell_line + 6)
    return FALSE;
  if (first_cells_go_on (r, i, name, cell))
    return TRUE;
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

/* Whether line @i, a whole line right under the line whose first cell
 * was the name, goes on with the name (first_cells_go_on(): "RUIZ <tab>
 * ILLUSTRATOR" over "MARTA", the name in its own size); then joined to
 * it. */
gboolean
_vitae_import_take_name_cell_line (Reader *r,
                                   guint   i)
{
  const char *text = line_at (r, i)->text;
  const char *name = vitae_node_get_text (VITAE_NODE (r->builder.document), "name");

  if (!r->have_name || r->name_cell_line == G_MAXUINT || i != r->name_cell_line + 1 || strchr (text, '\t') != NULL ||
      _vitae_import_is_headline_part (name, text) || !first_cells_go_on (r, i, name, text))
    return FALSE;
  _vitae_import_append_text (VITAE_NODE (r->builder.document), "name", text, " ");
  r->name_cell_line = G_MAXUINT;
  return TRUE;
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

/* Whether @text is written as a name is, but maybe for words the e-mail
 * address's local part @local holds: a display type draws capitals
 * whatever case its text layer gives them ("Da silva--Reyes" under
 * "Nadia", with "nadiadasilva@"). */
static gboolean
cased_or_in_local (const char *text,
                   const char *local)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint k = 0; words[k]; k++)
    if (!_vitae_import_is_name_cased (words[k]) && _vitae_import_words_in_local (words[k], local, NULL) == 0)
      return FALSE;
  return TRUE;
}

/* Whether @next, the line under @line, goes on with the name @name of
 * @line, the name stacked a word or two a line, each line in a size of
 * its own ("IMTIAZ" set larger between "FARHAN" and "CHOWDHURY", "Van
 * Dam" over "Lotte" set a little smaller, "TOMÁS" over "REYES LUNA" set
 * larger): both set large, the one twice the other at most, close
 * under it, from the same edge or centred under it, written as @name
 * is, four words in all at most, and a word of each in the e-mail
 * address (a headline stacked so over the name or under it has none). */
gboolean
_vitae_import_name_stacks_on (Reader              *r,
                              const VitaeTextLine *line,
                              const char          *name,
                              const VitaeTextLine *next)
{
  double small = MIN (line->size, next->size), large = MAX (line->size, next->size);
  guint words = _vitae_import_count_words (next->text);
  gboolean upper = _vitae_import_is_upper_text (name);

  if (r->email_local == NULL || next->page != line->page || small < 1.3 * r->body_size || large > 2 * small ||
      next->gap >= 0.5 * small || strchr (next->text, '\t') != NULL || strchr (name, '\t') != NULL || words < 1 ||
      words > 2 || _vitae_import_count_words (name) + words > 4)
    return FALSE;
  /* (From the same edge, or centred under it.) */
  if (ABS (next->x - line->x) >= 0.25 * large &&
      (line->right <= 0 || next->right <= 0 || ABS (next->x + next->right - line->x - line->right) >= 0.5 * large))
    return FALSE;
  return (upper ? _vitae_import_is_upper_text (next->text)
                : !_vitae_import_is_upper_text (next->text) && _vitae_import_is_name_cased (name) &&
                    cased_or_in_local (next->text, r->email_local)) &&
         _vitae_import_is_plausible_name (next->text) && !_vitae_import_is_noise (next->text) &&
         !_vitae_import_is_headline_part (name, next->text) &&
         _vitae_import_words_in_local (next->text, r->email_local, NULL) >= 1 &&
         _vitae_import_words_in_local (name, r->email_local, NULL) >= 1;
}

/* Whether line @k + 1 goes on with the name @name, whose last line is
 * @k, as a third line: a word alone set as the line above it, under
 * it; then joined to @name. */
static gboolean
take_third_name_line (Reader  *r,
                      guint    k,
                      char   **name)
{
  VitaeTextLine *above = line_at (r, k);
  VitaeTextLine *next = k + 1 < r->lines->len ? line_at (r, k + 1) : NULL;
  char *joined;

  if (next == NULL || next->page != above->page || _vitae_import_count_words (*name) != 3 ||
      _vitae_import_count_words (next->text) != 1 || strchr (next->text, '\t') != NULL ||
      !_vitae_import_name_goes_on (above, above->text, next, r->body_size))
    return FALSE;
  joined = g_strconcat (*name, " ", next->text, NULL);
  g_free (*name);
  *name = joined;
  return TRUE;
}

/* The last line of the name @name, whose last line so far is @k, a
 * whole line: the third line take_third_name_line() takes, or the lines
 * stacked under it (_vitae_import_name_stacks_on()), joined to @name and
 * skipped. */
guint
_vitae_import_take_stacked_lines (Reader  *r,
                                  guint    k,
                                  char   **name)
{
  if (take_third_name_line (r, k, name))
    {
      r->skip_until = MAX (r->skip_until, k + 2);
      return k + 1;
    }
  while (k + 1 < r->lines->len && _vitae_import_name_stacks_on (r, line_at (r, k), *name, line_at (r, k + 1)))
    {
      char *joined = g_strconcat (*name, " ", line_at (r, k + 1)->text, NULL);

      g_free (*name);
      *name = joined;
      r->skip_until = MAX (r->skip_until, k + 2);
      k++;
    }
  return k;
}

/* Whether the name starts on the line above line r->name_index, the
 * largest of the first lines: the name goes on from there
 * (_vitae_import_name_goes_on(), _vitae_import_name_stacks_on()), or the
 * given names set smaller over the family name
 * (_vitae_import_given_names_over()). */
gboolean
_vitae_import_name_starts_above (Reader *r)
{
  VitaeTextLine *above, *line;

  if (r->name_index == 0 || r->name_index >= r->lines->len)
    return FALSE;
  above = line_at (r, r->name_index - 1);
  line = line_at (r, r->name_index);
  return (_vitae_import_is_plausible_name (above->text) &&
          (_vitae_import_name_goes_on (above, above->text, line, r->body_size) ||
           _vitae_import_name_stacks_on (r, above, above->text, line))) ||
         _vitae_import_given_names_over (r, above, above->text, line);
}

enum
{
  LABEL_NONE,
  LABEL_GIVEN,
  LABEL_FAMILY,
  LABEL_EITHER,
};

/* What @text labels alone, its colon aside: a given name ("Nombre",
 * "Voornaam:"), a family name ("Apellidos", "Achternaam:"), or either
 * ("Name", "Naam", "Nom": a whole name or a part, the other label says
 * which). */
static int
name_label_kind (const char *text)
{
  static const char * const given[] = {
    "vorname", "first name", "given name", "given names", "forename", "prénom", "prénoms", "nombres", "voornaam",
    "imię", "имя", "adı", NULL
  };
  static const char * const family[] = {
    "nachname", "familienname", "zuname", "last name", "surname", "family name", "nom de famille", "apellidos",
    "apellido", "cognome", "sobrenome", "achternaam", "nazwisko", "фамилия", "soyadı", "soyad", NULL
  };
  static const char * const either[] = { "name", "naam", "nom", "nombre", "nome", NULL };
  g_autofree char *folded = NULL;
  gsize len;

  if (g_utf8_strlen (text, -1) > 24)
    return LABEL_NONE;
  folded = g_strstrip (g_utf8_casefold (text, -1));
  len = strlen (folded);
  while (len > 0 && (folded[len - 1] == ':' || folded[len - 1] == ' '))
    folded[--len] = '\0';
  return g_strv_contains (given, folded) ? LABEL_GIVEN : g_strv_contains (family, folded) ? LABEL_FAMILY
         : g_strv_contains (either, folded) ? LABEL_EITHER : LABEL_NONE;
}

/* Whether lines @first and @second, one over the other, label a given
 * name and a family name: 1 in that order, 2 the family name first,
 * else 0. */
static int
label_pair (const VitaeTextLine *first,
            const VitaeTextLine *second)
{
  int a = name_label_kind (first->text), b = a != LABEL_NONE ? name_label_kind (second->text) : LABEL_NONE;

  if (ABS (first->x - second->x) >= 1 || first->page != second->page)
    return 0;
  if ((a == LABEL_GIVEN || a == LABEL_EITHER) && b == LABEL_FAMILY)
    return 1;
  if (a == LABEL_FAMILY && (b == LABEL_GIVEN || b == LABEL_EITHER))
    return 2;
  return 0;
}

/* Whether @text may be a part of a name, a value in a table's column:
 * one to three words written as a name, no digits, no comma. */
static gboolean
is_name_part (const char *text)
{
  guint words = _vitae_import_count_words (text);

  return words >= 1 && words <= 3 && !strpbrk (text, "\t,") && !_vitae_import_has_digit (text) &&
         _vitae_import_is_plausible_name (text) && _vitae_import_is_name_cased (text) && !_vitae_import_is_noise (text);
}

/* The name line @i starts, the first of a table's column of values read
 * after its column of labels, where a given name's label and a family
 * name's ("Nombre" over "Apellidos", "Naam:" over "Achternaam:") are the
 * first of their column: line @i and the next, given name and family
 * name in the labels' order; or NULL. */
static char *
dup_split_name_values (Reader *r,
                       guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  if (line->size <= 0 || line->gap >= 0.5 || next == NULL || next->page != line->page ||
      ABS (next->x - line->x) >= 1 || next->gap >= line->size || !is_name_part (line->text) ||
      !is_name_part (next->text))
    return NULL;
  for (guint k = i - 1; k > 0 && line_at (r, k)->page == line->page; k--)
    {
      VitaeTextLine *first = line_at (r, k - 1), *second = line_at (r, k);
      VitaeTextLine *above = k >= 2 ? line_at (r, k - 2) : NULL;
      int order = label_pair (first, second);

      if (order == 0 || line->x <= MAX (first->right, second->right))
        continue;
      /* (The first labels of their column: a heading over them, or nothing.) */
      if (above != NULL && above->page == first->page && ABS (above->x - first->x) < 1 && !r->heading_like[k - 2] &&
          (above->flags & VITAE_TEXT_LINE_BOLD) == (first->flags & VITAE_TEXT_LINE_BOLD))
        return NULL;
      return order == 1 ? g_strconcat (line->text, " ", next->text, NULL)
                        : g_strconcat (next->text, " ", line->text, NULL);
    }
  return NULL;
}

/* Reads line @i as the name after a name's label alone ("Name:", a
 * table's column of labels read before its column of values): a given
 * name and a family name on two lines after their two labels
 * (dup_split_name_values()); or else, without those, the first line
 * written as a name, of two to four words. Returns whether it did. */
gboolean
_vitae_import_take_labelled_name (Reader *r,
                                  guint   i)
{
  const char *text = line_at (r, i)->text;
  g_autofree char *split = NULL;

  if (r->have_name || !r->builder.name_label_alone)
    return FALSE;
  /* (Their two labels alone, "Nombre" over "Apellidos": the name is two
   * values in the column to come, no line in between.) */
  if (i > 0 && label_pair (line_at (r, i - 1), line_at (r, i)) != 0)
    r->builder.name_labels_split = TRUE;
  if (r->heading_like[i])
    return FALSE;
  split = dup_split_name_values (r, i);
  if (split != NULL)
    r->skip_line = i + 1;
  else if (_vitae_import_count_words (text) < 2 || _vitae_import_count_words (text) > 4 ||
           !_vitae_import_is_plausible_name (text) || !_vitae_import_is_name_cased (text) || strchr (text, ',') ||
           r->builder.name_labels_split)
    return FALSE;
  vitae_node_set_text (VITAE_NODE (r->builder.document), "name", split != NULL ? split : text);
  r->have_name = TRUE;
  return TRUE;
}
