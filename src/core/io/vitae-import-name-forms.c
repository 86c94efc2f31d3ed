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
 * the name in a labelled field ("Name: Ana Soto (*1990-05-06)"); the
 * name and the headline on one line, a dash, a bar, a middle dot or a
 * comma between them ("Ana Soto – Designer", "Ana Soto, Designer of
 * …"); the name followed by its form in another script in brackets
 * ("Wei Lin (林伟)"); the name opening the profile's prose ("Ana Soto
 * Born in Porto …"). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
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

/* Whether @text is the suffix that tells a son from his father, "Jr.",
 * "III", all of what follows a name's comma. */
static gboolean
is_generation (const char *text)
{
  static const char * const suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL };

  return g_strv_contains (suffixes, text);
}

/* The name of two words or more, written as a name, before the comma
 * of @text, its headline after it ("Ada Lovelace, Analyst EN/FR"); or
 * NULL. */
char *
_vitae_import_dup_name_before_comma (const char *text)
{
  const char *comma = strstr (text, ", ");
  g_autofree char *before = comma != NULL ? g_strndup (text, comma - text) : NULL;

  /* (A generation's suffix after the comma is the name's: "Carl Appel, IV".) */
  if (before == NULL || _vitae_import_count_words (before) < 2 || !_vitae_import_is_name_cased (before) ||
      is_generation (comma + 2))
    return NULL;
  return g_steal_pointer (&before);
}

/* Cuts from @value a bracket at its end that holds a number, the birth
 * date written after the name ("Ana Soto (*06.05.1990)", "Ana Soto (geb.
 * 1990)"). Returns whether it did. */
static gboolean
cut_bracketed_date (char *value)
{
  char *open = strrchr (value, '(');

  if (open == NULL || open == value || !g_str_has_suffix (open, ")") || strpbrk (open, "0123456789") == NULL)
    return FALSE;
  *open = '\0';
  g_strchomp (value);
  return TRUE;
}

/* Cuts from @value, a labelled name's value, the other fields set after
 * it on its line behind a bar ("Ana Soto | Idade: 29 | Telefone: …"),
 * and a birth date in brackets after the name (cut_bracketed_date()).
 * Returns whether it did: the line is read for those too. */
gboolean
_vitae_import_cut_after_name (char *value)
{
  char *bar = strstr (value, " | ");
  gboolean cut = bar != NULL && bar != value;

  if (cut)
    {
      *bar = '\0';
      g_strchomp (value);
    }
  return cut_bracketed_date (value) || cut;
}

/* Where pronouns in brackets after a name start ("Alex Kim (they/them)",
 * "(sie/ihr)"), or NULL. */
const char *
_vitae_import_find_pronouns (const char *text)
{
  const char *paren = strrchr (text, '(');
  const char *slash = paren != NULL ? strchr (paren, '/') : NULL;

  if (paren == NULL || paren == text || paren[-1] != ' ' || slash == NULL || !g_str_has_suffix (text, ")") ||
      _vitae_import_count_words (paren) > 2 || strchr (slash + 1, '/') != NULL)
    return NULL;
  return paren;
}

/* The name of @text when it is a name written as one with the birth date
 * in brackets after it, a year in them ("Ada Lovelace (June 6, 1999)",
 * "Ana Soto (*1990)"); else NULL. */
char *
_vitae_import_dup_name_before_birth_date (const char *text)
{
  g_autofree char *name = g_strdup (text);
  const char *open = strrchr (text, '(');
  gboolean year = FALSE;

  for (const char *p = open; p != NULL && *p && !year; p++)
    year = (g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) && strspn (p, "0123456789") == 4 &&
           !g_ascii_isdigit (p[-1]);
  if (!year || !cut_bracketed_date (name) || !_vitae_import_is_name_cased (name) ||
      !_vitae_import_is_plausible_name (name))
    return NULL;
  return g_steal_pointer (&name);
}

gboolean
_vitae_import_is_name_and_birth_date (const char *text)
{
  g_autofree char *name = _vitae_import_dup_name_before_birth_date (text);

  return name != NULL;
}

/* Reads "Name – Headline" on one line, a dash, a bar or a middle dot
 * between them (a bar maybe touching the name: "Name| Headline"), when
 * the document has no name yet; the person's details in cells after
 * them too ("Ada Soto - Designer <tab> 555.010.0199"). Returns whether
 * it has one. */
gboolean
_vitae_import_read_name_dash_headline (Reader     *r,
                                       const char *text)
{
  static const char * const dashes[] = { " – ", " — ", " | ", " - ", " · ", " • ", "|", NULL };
  const char *tab = strchr (text, '\t');
  g_autofree char *cell = NULL;

  if (tab != NULL && _vitae_import_is_contact_line (tab + 1))
    {
      cell = g_strndup (text, tab - text);
      if (_vitae_import_is_contact_line (cell))
        return FALSE;
      text = cell;
    }

  for (guint d = 0; dashes[d] && !r->have_name; d++)
    {
      const char *dash = strstr (text, dashes[d]);
      const char *gap = dash ? memchr (text, '\t', dash - text) : NULL;
      g_autofree char *left = NULL;

      /* (The name in a cell of its own, the headline right aligned
       * with a bar in it: "Ana Soto <tab> Statistician | Data Scientist";
       * no dates: "Ohio State University <tab> 2016 - 2021".) */
      if (gap != NULL && _vitae_import_has_digit (gap))
        continue;
      if (gap != NULL)
        dash = gap;
      left = dash ? g_strstrip (g_strndup (text, dash - text)) : NULL;

      if (left != NULL && _vitae_import_is_plausible_name (left) && !_vitae_import_is_contact_line (dash) &&
          !_vitae_import_is_noise (left))
        {
          g_autofree char *label = g_strstrip (g_strdup (dash + (gap != NULL ? 1 : strlen (dashes[d]))));

          vitae_node_set_text (VITAE_NODE (r->builder.document), "name", left);
          vitae_node_set_text (VITAE_NODE (r->builder.document), "label", label);
          r->have_name = r->have_headline = TRUE;
        }
    }
  if (r->have_name && cell != NULL)
    _vitae_import_read_contact (&r->builder, tab + 1);
  return r->have_name;
}

/* Whether @line of a PDF is the name and a headline after a comma, the
 * headline of any length ("Ana Soto, Designer and Developer of Maps for
 * Ships", which _vitae_import_read_name() cuts at the comma): set larger
 * than the text or in bold, in one cell; two to four words written as a
 * name before the comma; two words or more after it, without digits or
 * contact details (no place with its postal code). A place set so is
 * rare, and its last part is one word ("Porto Alegre, Brazil"). */
gboolean
_vitae_import_is_name_comma_headline (Reader              *r,
                                      const VitaeTextLine *line)
{
  g_autofree char *name = _vitae_import_dup_name_before_comma (line->text);
  const char *after;

  if (name == NULL || (line->size < r->body_size + 1 && (line->flags & VITAE_TEXT_LINE_BOLD) == 0) ||
      strchr (line->text, '\t') != NULL || _vitae_import_count_words (name) > 4 ||
      !_vitae_import_is_plausible_name (name) || _vitae_import_is_noise (name))
    return FALSE;
  after = line->text + strlen (name) + strlen (", ");
  return _vitae_import_count_words (after) >= 2 && g_utf8_strlen (after, -1) < 100 &&
         !_vitae_import_has_digit (after) && !_vitae_import_is_contact_line (after) &&
         !_vitae_import_has_phone (after);
}

/* The script of the letter @c, the scripts written together in East
 * Asia as one (Han, kana, Hangul: "山田 はなこ" is one form). */
static GUnicodeScript
letter_script (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  if (script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA ||
      script == G_UNICODE_SCRIPT_BOPOMOFO || script == G_UNICODE_SCRIPT_HANGUL)
    return G_UNICODE_SCRIPT_HAN;
  return script;
}

/* The script of the first letter of @text that is of one script, or
 * G_UNICODE_SCRIPT_COMMON for none. */
static GUnicodeScript
first_script (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = letter_script (g_utf8_get_char (p));

      if (g_unichar_isalpha (g_utf8_get_char (p)) && script != G_UNICODE_SCRIPT_COMMON &&
          script != G_UNICODE_SCRIPT_INHERITED)
        return script;
    }
  return G_UNICODE_SCRIPT_COMMON;
}

/* How many letters of @text are of @script. */
static guint
count_in_script (const char     *text,
                 GUnicodeScript  script)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += g_unichar_isalpha (g_utf8_get_char (p)) && letter_script (g_utf8_get_char (p)) == script;
  return n;
}

/* How many letters of the first page of @r are of @script. */
static guint
count_on_first_page (Reader         *r,
                     GUnicodeScript  script)
{
  guint n = 0;

  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    n += count_in_script (line_at (r, i)->text, script);
  return n;
}

/* Whether @one and @other are written each in a script of its own, no
 * letter of one in the other's. */
static gboolean
in_two_scripts (const char *one,
                const char *other)
{
  GUnicodeScript a = first_script (one), b = first_script (other);

  return a != G_UNICODE_SCRIPT_COMMON && b != G_UNICODE_SCRIPT_COMMON && count_in_script (one, b) == 0 &&
         count_in_script (other, a) == 0;
}

/* Cuts @name, in place, before its form in another script after it in
 * brackets, plain or full-width ("Wei Lin(林伟)", "Wei Lin （林伟）").
 * Returns that form, in @name's memory, or NULL (and @name as it was).
 * A name written in two scripts without brackets ("Zoë Lind 林伟") is
 * one name, as the person wrote it, and stays whole. */
static char *
cut_other_script (char *name)
{
  static const char * const opens[] = { "(", "（" }, * const closes[] = { ")", "）" };
  gsize len = strlen (name);

  for (guint k = 0; k < G_N_ELEMENTS (opens); k++)
    {
      char *open = g_strrstr (name, opens[k]);

      if (open == NULL || open == name || !g_str_has_suffix (name, closes[k]))
        continue;
      name[len - strlen (closes[k])] = '\0';
      *open = '\0';
      if (in_two_scripts (name, open + strlen (opens[k])))
        return g_strstrip (open + strlen (opens[k]));
      memcpy (open, opens[k], strlen (opens[k]));
      memcpy (name + len - strlen (closes[k]), closes[k], strlen (closes[k]) + 1);
    }
  return NULL;
}

/* A name read with its form in another script after it in brackets
 * (cut_other_script()): the name is the form in the script most of the
 * first page is written in, and the other is kept as a profile, "Name",
 * where the person sees it. A bracket in the name's own script ("Ana
 * Soto (née Lima)") stays. */
void
_vitae_import_keep_other_script_name (Reader *r)
{
  VitaeDocument *document = r->builder.document;
  g_autofree char *name = g_strstrip (g_strdup (vitae_node_get_text (VITAE_NODE (document), "name")));
  g_autoptr(VitaeEntry) profile = NULL;
  char *other = cut_other_script (name), *first = name;

  if (other == NULL)
    return;
  g_strstrip (name);
  if (count_on_first_page (r, first_script (other)) > count_on_first_page (r, first_script (name)))
    first = other, other = name;
  vitae_node_set_text (VITAE_NODE (document), "name", first);
  profile = vitae_entry_new ();
  vitae_node_set_text (VITAE_NODE (profile), "network", _("Name"));
  vitae_node_set_text (VITAE_NODE (profile), "username", other);
  vitae_document_append_profile (document, profile);
}

/* Whether @name, the name line @i of a PDF would give, opens a line of
 * prose elsewhere on its page, its words the line's first and then a
 * break between words: the person's name where the profile introduces
 * them ("Ana Soto Born in Porto in 1994, …", "Ana Soto, born …"). */
gboolean
_vitae_import_name_opens_prose (Reader     *r,
                                guint       i,
                                const char *name)
{
  guint words = _vitae_import_count_words (name);
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gsize len = strlen (folded);

  if (words < 2)
    return FALSE;
  for (guint k = 0; k < r->lines->len; k++)
    {
      VitaeTextLine *line = line_at (r, k);
      g_autofree char *text = NULL;

      if (k == i || line->page != line_at (r, i)->page || _vitae_import_count_words (line->text) < words + 5)
        continue;
      text = g_utf8_casefold (line->text, -1);
      if (g_str_has_prefix (text, folded) && !g_unichar_isalnum (g_utf8_get_char (text + len)))
        return TRUE;
    }
  return FALSE;
}
