/* vitae-import-names.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The person's name when the header gave none: a sidebar read after
 * the main column sets it under a photo, or beside the contact
 * details at the size of the text. Every line of the first page that
 * could be a name (two to four words written as one, no digits, no
 * comma) gets a score from what sets a name apart from the page's
 * other lines: set as large as the headings or larger than all of
 * them, the contact details right under it or a little further, and
 * above all its words in the e-mail address ("jana.garo@",
 * "haojana@"; the part of the address that counts is read in
 * vitae-import-emails.c) or opening the prose that introduces the
 * person. A line with enough of these is the name. The rule that came
 * first (a line set large over the contact details or a known
 * heading) stays as it was. Once the pass is over, the same score
 * settles the name: the best line when the pass found none, and a
 * line whose words are in the e-mail address over a name taken that
 * has none of them. Before that, the line set largest on the page,
 * written as a name, wins over a name taken that is not in the e-mail
 * address (a job title or a sidebar's heading read first) or where
 * there is none; after it, a name in the pages' running header that
 * is. With no name at all, the name the person gives introducing
 * themselves ("Sou Ana Lima, …"), its words in the e-mail address.
 * Here too: the name read from its line, and whether it goes on on
 * the next (a name set on two lines). An e-mail address that a narrow
 * cell broke over two lines is joined again before the lines are read
 * (the address the name is scored on), in
 * vitae-import-split-emails.c. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether the first @len bytes of @name end in an abbreviation's
 * period: a word of one or two letters, the first a capital, after
 * the name's other words ("Jr.", "Sr.", "F."), or a degree signed
 * after a comma ("Ph.D."). */
static gboolean
ends_abbreviated (const char *name,
                  gsize       len)
{
  const char *word = g_strrstr_len (name, len, " ");
  glong letters;

  if (word == NULL || name[len - 1] != '.' || (len >= 2 && name[len - 2] == '.'))
    return FALSE;
  word++;
  if (word - name >= 2 && word[-2] == ',' && _vitae_import_is_post_nominal (word))
    return TRUE;
  letters = g_utf8_strlen (word, name + len - 1 - word);
  return letters >= 1 && letters <= 2 && g_unichar_isupper (g_utf8_get_char (word)) &&
         g_unichar_isalpha (g_utf8_get_char (g_utf8_offset_to_pointer (word, letters - 1)));
}

/* @line, or its first cell when a wide gap sets text beside it: a
 * sidebar's line read with the main column's beside it ("VIDAL <tab>
 * Major: …"). A line's weight is its most letters': a cell shorter than
 * the text beside it ("Ludeña <tab> ada.l@…", the name's second line
 * beside the e-mail address) has none the line can tell, and is given
 * the weight of @name_line's, the name's. */
static VitaeTextLine *
first_cell (const VitaeTextLine *name_line,
            const VitaeTextLine *line)
{
  const char *tab = strchr (line->text, '\t');
  g_autofree char *cell = NULL;
  VitaeTextLine *copy;

  if (tab == NULL || line->tab_x <= line->x)
    return vitae_text_line_copy (line, line->text);
  cell = g_strstrip (g_strndup (line->text, tab - line->text));
  copy = vitae_text_line_copy (line, cell);
  copy->right = 0;
  copy->tab_x = -1;
  if (g_utf8_strlen (cell, -1) < g_utf8_strlen (tab + 1, -1))
    copy->flags = (copy->flags & ~VITAE_TEXT_LINE_BOLD) | (name_line->flags & VITAE_TEXT_LINE_BOLD);
  return copy;
}

/* @line without its first cell, the name's: the text beside it, where
 * it starts. */
static void
keep_beside (VitaeTextLine *line)
{
  char *beside = g_strdup (strchr (line->text, '\t') + 1);

  g_free (line->text);
  line->text = g_strstrip (beside);
  line->x = line->tab_x;
  line->tab_x = -1;
}

/* Whether @next goes on with the name @name of @line, a long name set
 * large on two lines ("R. Amine" / "Belkacem Haddou Ferhat"): as large,
 * from the same edge, close under it, written as a name, six words in
 * all at most, and each line with a word of the e-mail address. */
static gboolean
long_name_goes_on (Reader              *r,
                   const VitaeTextLine *line,
                   const char          *name,
                   const VitaeTextLine *next)
{
  return r->email_local != NULL && line->size >= 1.5 * r->body_size && ABS (next->size - line->size) < 0.5 &&
         ABS (next->x - line->x) < 1 && next->gap < 0.5 * line->size && strchr (next->text, '\t') == NULL &&
         _vitae_import_count_words (name) + _vitae_import_count_words (next->text) <= 6 &&
         _vitae_import_is_name_cased (next->text) && _vitae_import_is_plausible_name (next->text) &&
         _vitae_import_words_in_local (name, r->email_local, NULL) >= 1 &&
         _vitae_import_words_in_local (next->text, r->email_local, NULL) >= 1;
}

/* Reads line @i, in the role of the name: without a greeting before it
 * or pronouns, a degree after a comma (the headline), with its second
 * line when the name goes on there. */
void
_vitae_import_read_name (Reader        *r,
                         guint          i,
                         VitaeTextLine *line,
                         const char    *text)
{
  g_autofree char *name = NULL;
  guint last = i;
  gsize len;

  /* A second name is left out, for the import's note to count. */
  if (r->have_name)
    return;
  /* (A given name set letter-spaced reads as one word: "J o h a nn e s".) */
  name = _vitae_import_dup_spaced_word (text);
  if (name == NULL)
    name = _vitae_import_dup_spaced_name (text);
  if (name == NULL)
    name = g_strdup (_vitae_import_skip_greeting (text));
  if (_vitae_import_find_pronouns (name) != NULL)
    *(char *) _vitae_import_find_pronouns (name) = '\0';
  /* (The birth date in brackets after it: "Ada Lovelace (June 6, 1999)".) */
  if (_vitae_import_is_name_and_birth_date (name))
    {
      char *dated = g_steal_pointer (&name);

      name = _vitae_import_dup_name_before_birth_date (dated);
      g_free (dated);
    }
  /* (A heading of the column beside it, on its baseline: "Ada Lovelace Education".) */
  _vitae_import_cut_heading_after_name (name);
  /* (Text beside the name after a wide gap: "Ada Lovelace <tab> Date: …".) */
  if (strchr (name, '\t') != NULL && line->tab_x > line->x && !_vitae_import_is_plausible_name (name))
    *strchr (name, '\t') = '\0';
  g_strchomp (name);
  len = strlen (name);
  /* (The period of an abbreviation stays: "Jr.", "Sr.", an initial.) */
  while (len > 0 && (name[len - 1] == '!' || (name[len - 1] == '.' && !ends_abbreviated (name, len))))
    name[--len] = '\0';
  /* "Runmao Yao, Undergraduate": the name is before the comma (a surname
   * first, "Lovelace, Ada", stays whole, and so do the degrees people
   * sign with, "Ada Lovelace, PhD"). */
  if (strstr (name, ", ") != NULL && _vitae_import_count_words (name) > 2)
    {
      char *comma = strstr (name, ", ");
      g_autofree char *before = g_strndup (name, comma - name);

      if (_vitae_import_count_words (before) >= 2 && !_vitae_import_is_family_name_after_comma (before, comma + 2) &&
          !_vitae_import_is_post_nominal (comma + 2))
        {
          if (!r->have_headline)
            {
              vitae_node_set_text (VITAE_NODE (r->builder.document), "label", comma + 2);
              r->have_headline = TRUE;
            }
          *comma = '\0';
        }
    }
  /* A large name set on two lines, left-aligned or centred: "BRANDON" /
   * "MARTINEZ", "LE PHUC" / "VINH TUONG" (one word a line, or capitals
   * set large); given names over the family name set larger. */
  for (guint k = i + 1; k < MIN (r->lines->len, i + 4) && line->size > 0 && _vitae_import_count_words (name) <= 3; k++)
    {
      VitaeTextLine *next = line_at (r, k);
      VitaeTextLine *cell = first_cell (line, next);
      gboolean goes_on;

      /* (After three words, one more at most: "Ana Lucía Pérez" /
       * "Villalobos".) */
      goes_on = (_vitae_import_name_goes_on (line, name, cell, r->body_size) &&
                 (_vitae_import_count_words (name) <= 2 || _vitae_import_count_words (cell->text) == 1)) ||
                long_name_goes_on (r, line, name, cell) || _vitae_import_given_names_over (r, line, name, cell) ||
                (k == i + 1 && _vitae_import_name_stacks_on (r, line, name, cell)) ||
                (k == i + 1 && _vitae_import_name_wraps_in_largest (r, line, name, cell));
      goes_on = goes_on && !_vitae_import_is_headline_part (name, cell->text);
      if (goes_on)
        {
          g_autofree char *spaced = _vitae_import_dup_spaced_word (cell->text);
          g_autofree char *joined = g_strconcat (name, " ", spaced != NULL ? spaced : cell->text, NULL);

          g_free (name);
          name = g_steal_pointer (&joined);
          last = G_MAXUINT;
          if (strlen (cell->text) < strlen (next->text))
            keep_beside (next);
          else
            r->skip_line = last = k;
          /* (A third line right under a whole second one: "Juan Pablo" /
           * "Soto" / "Reyes" in a narrow sidebar; a name stacked a word
           * a line.) */
          if (k == i + 1 && r->skip_line == k)
            last = _vitae_import_take_stacked_lines (r, k, &name);
        }
      vitae_text_line_free (cell);
      if (goes_on)
        break;
    }
  /* (The name's parts set further apart in its type.) */
  if (last != G_MAXUINT && line->size > 0)
    _vitae_import_take_name_runs (r, i, last, &name);
  vitae_node_set_text (VITAE_NODE (r->builder.document), "name", name);
  r->have_name = TRUE;
}

/* Whether every word of @text starts with a capital, but a particle of
 * three letters at most between two ("Matheus de Souza"). */
static gboolean
capitalized (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint k = 0; words[k]; k++)
    if (words[k][0] != '\0' && !g_unichar_isupper (g_utf8_get_char (words[k])) &&
        (k == 0 || words[k + 1] == NULL || g_utf8_strlen (words[k], -1) > 3))
      return FALSE;
  return TRUE;
}

/* How many words of @text start with a capital (not the particles
 * between a name's parts). */
static guint
count_capitals (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0;

  for (guint k = 0; words[k]; k++)
    n += g_unichar_isupper (g_utf8_get_char (words[k]));
  return n;
}

/* Whether @next, a word set letter-spaced that reads @word, goes on
 * with the name @name of @line: the family name spaced out under the
 * given names ("ANA LUCÍA" / "M O R E N O"), as large as they are (a
 * tenth apart at most), close under them, starting within their span,
 * in capitals when they are. */
static gboolean
spaced_word_goes_on (const VitaeTextLine *line,
                     const char          *name,
                     const VitaeTextLine *next,
                     const char          *word,
                     double               body_size)
{
  guint words = _vitae_import_count_words (name);

  return words >= 1 && words <= 3 && line->size >= 1.5 * body_size &&
         ABS (next->size - line->size) <= 0.1 * line->size && next->gap < 0.5 * line->size &&
         next->x > line->x - line->size && next->x < line->right &&
         _vitae_import_is_upper_text (name) == _vitae_import_is_upper_text (word) &&
         _vitae_import_is_plausible_name (word);
}

/* Whether the name @name, set on @line of a PDF, goes on on @next, a
 * line under it: a large name set on two lines, left-aligned, centred or
 * right-aligned ("BRANDON" / "MARTINEZ", "LE PHUC" / "VINH TUONG": one word a line, or
 * capitals set large, or capitalized words set large and close: "Juan
 * Carlos" / "Medina Ruiz"), the second line as large, or a one-word
 * surname set larger right under a one-word given name ("ДАРИНА" /
 * "ОМАРОВА"; up to twice as large in capitals from the same edge), or
 * the rest of a one-word name set a little smaller (see below). */
gboolean
_vitae_import_name_goes_on (const VitaeTextLine *line,
                            const char          *name,
                            const VitaeTextLine *next,
                            double               body_size)
{
  g_autofree char *spaced = strchr (next->text, '\t') == NULL ? _vitae_import_dup_spaced_word (next->text) : NULL;
  guint words = _vitae_import_count_words (next->text);
  guint name_words = _vitae_import_count_words (name);
  gboolean same_size = ABS (next->size - line->size) < 0.5;
  gboolean larger = next->size > line->size && name_words == 1 && words == 1 && next->gap < line->size &&
                    (next->size <= 1.3 * line->size ||
                     /* ("NORBERT" over "OCIOS" set twice as large, both in
                      * capitals, from the same edge) */
                     (next->size <= 2 * line->size && ABS (next->x - line->x) < 1 &&
                      _vitae_import_is_upper_text (name) && _vitae_import_is_upper_text (next->text)));

  /* (Two words go on in the same weight: "LE PHUC" / "VINH TUONG", not
   * a name in bold over "WEB DESIGNER".) */
  gboolean same_weight = (line->flags & VITAE_TEXT_LINE_BOLD) == (next->flags & VITAE_TEXT_LINE_BOLD);
  /* "Juan Carlos" / "Medina Ruiz", "Lima da Silva": two capitalized
   * words (and particles), set large and close under each other. */
  gboolean words_go_on = same_size && same_weight && count_capitals (next->text) <= 2 &&
                         line->size >= 1.5 * body_size && next->gap < 0.5 * line->size &&
                         capitalized (next->text) && capitalized (name) && !_vitae_import_is_job_title (next->text);
  /* "Halima" / "El Mansouri", "NOWAK" / "EWA": the rest of a one-word
   * name in a word or two, set smaller (seven tenths as large or more)
   * but still large, from the same edge, close under it; or centred
   * under it, in the same weight, six tenths as large or more. */
  gboolean centred = line->right > 0 && next->right > 0 && same_weight &&
                     ABS (next->x + next->right - line->x - line->right) < 2;
  gboolean smaller = name_words == 1 && words <= 2 && next->size < line->size - 0.5 &&
                     next->size >= (centred ? 0.6 : 0.7) * line->size && next->size >= 1.5 * body_size &&
                     next->gap < 0.5 * line->size && (ABS (next->x - line->x) < 1 || centred) &&
                     capitalized (name) && capitalized (next->text);

  if (spaced != NULL)
    return spaced_word_goes_on (line, name, next, spaced, body_size);
  if (smaller)
    return _vitae_import_is_plausible_name (next->text);
  return (same_size || larger) &&
         (ABS (next->x - line->x) < line->size ||
          (line->right > 0 && next->right > 0 && ABS (next->x + next->right - line->x - line->right) < 2 * line->size) ||
          (line->right > 0 && ABS (next->right - line->right) < 1) ||
          /* (centred under it, in words that go on) */
          (words_go_on && line->right > 0 && next->right > 0 &&
           ABS (next->x + next->right - line->x - line->right) < 0.5 * line->size)) &&
         (words_go_on ||
          ((words == 1 || (words == 2 && _vitae_import_is_upper_text (name) && _vitae_import_is_upper_text (next->text) &&
                           line->size >= 1.3 * body_size && same_weight)) &&
           (name_words == 1 || _vitae_import_is_upper_text (name)))) &&
         _vitae_import_is_plausible_name (next->text);
}

/* Whether line @i of a PDF goes on with the name that line @i - 1
 * would be, on the same page (_vitae_import_name_goes_on()). */
gboolean
_vitae_import_goes_on_name (Reader *r,
                            guint   i)
{
  VitaeTextLine *above = i > 0 ? line_at (r, i - 1) : NULL;

  return above != NULL && above->page == line_at (r, i)->page && above->size > 0 &&
         _vitae_import_name_goes_on (above, above->text, line_at (r, i), r->body_size);
}

/* Whether the line the name was found on before the pass leaves the
 * name to a main column read after a sidebar: the heading of the
 * sidebar's contact details ("Contato"), or a caption set smaller than
 * the text (under a picture: "scan me"), or a line no larger than the
 * text under such a caption. */
gboolean
_vitae_import_leaves_name_to_main_column (Reader *r)
{
  VitaeTextLine *line = line_at (r, r->name_index);
  VitaeTextLine *first = line_at (r, 0);

  return _vitae_import_is_contact_heading (line->text) ||
         (first->size > 0 && first->size < r->body_size - 0.5 && line->size < r->body_size + 0.5);
}

/* How many words of @text, of three letters or more, the e-mail
 * address's local part @local holds, accents aside ("Jenny Namela" in
 * "jennynamela4"), a word of six letters or more maybe by its first
 * four ("Sebastian Kaca" in "kacaseba9"); @letters, if given, becomes
 * how many letters they have there. */
guint
_vitae_import_words_in_local (const char *text,
                              const char *local,
                              gsize      *letters)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  g_auto(GStrv) words = g_strsplit_set (lower, " -'", -1);
  guint n = 0;

  if (letters != NULL)
    *letters = 0;
  for (guint k = 0; words[k]; k++)
    {
      gsize len = strlen (words[k]);

      /* (A long word's first four letters may stand for it: "seba" for
       * "Sebastian".) */
      if (len >= 6 && strstr (local, words[k]) == NULL)
        {
          words[k][4] = '\0';
          len = 4;
        }
      if (len >= 3 && strstr (local, words[k]) != NULL)
        {
          n++;
          if (letters != NULL)
            *letters += len;
        }
    }
  return n;
}

/* How well @name matches the e-mail address's local part @local: 0 in
 * no word, 2 well (two words, or one that makes most of it: "Beckendorf"
 * in "dan.beckendorf", not "Design" in "designstudio7"), else 1 (or the
 * name's initials where the local part starts). */
static int
local_match (const char *name,
             const char *local)
{
  gsize letters = 0, in_local = 0;
  guint n;

  if (local == NULL)
    return 0;
  n = _vitae_import_words_in_local (name, local, &letters);
  for (const char *p = local; *p; p++)
    in_local += g_ascii_isalpha (*p) != 0;
  if (n == 0)
    return _vitae_import_starts_with_initials (name, local) ? 1 : 0;
  return n >= 2 || 5 * letters >= 3 * in_local ? 2 : 1;
}

/* Whether @text is written as a name; or, its first word capitalized,
 * a name whose words make the e-mail address ("Ana lima" with
 * "ana.lima@", a family name written in lower case). */
static gboolean
is_cased_as_name (Reader     *r,
                  const char *text)
{
  return _vitae_import_is_name_cased (text) ||
         (g_unichar_isupper (g_utf8_get_char (text)) &&
          _vitae_import_words_in_local (text, r->email_local ? r->email_local : "", NULL) >= 2 &&
          local_match (text, r->email_local) == 2);
}

/* The rule that came first: a line of the first page set large as a
 * heading, no smaller than the headings so far, of two to four words
 * written as a name, over a known section's heading, contact details, or
 * a heading of them ("CONTACT"). */
static gboolean
over_details (Reader *r,
              guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  guint words = _vitae_import_count_words (line->text);

  if (!r->heading_like[i] || line->size < 1.3 * r->body_size || line->size < r->heading_size - 0.5 ||
      words < 2 || words > 4 || strchr (line->text, ',') || !_vitae_import_is_plausible_name (line->text) ||
      !_vitae_import_is_name_cased (line->text) || _vitae_import_is_noise (line->text) || next == NULL ||
      next->page != line->page || line->page != line_at (r, 0)->page || _vitae_import_is_contact_heading (line->text))
    return FALSE;
  if (_vitae_import_is_contact_line (next->text) || _vitae_import_has_phone (next->text))
    return TRUE;
  if (!r->heading_like[i + 1])
    return FALSE;
  /* (A heading of the contact details, "CONTACT", names no section.) */
  next = i + 2 < r->lines->len ? line_at (r, i + 2) : NULL;
  return _vitae_import_kind_from_heading (line_at (r, i + 1)->text) >= 0 ||
         (next != NULL && next->page == line->page &&
          (_vitae_import_is_contact_line (next->text) || _vitae_import_has_phone (next->text)));
}

/* @text set letter-spaced, a word's letters apart as words are and its
 * words apart by a wide gap ("A n n a <tab> B E R G"), or one word so
 * set (_vitae_import_dup_spaced_word()), written as it reads ("Anna
 * BERG"); or NULL for text not so set. */
static char *
dup_unspaced (const char *text)
{
  if (strchr (text, '\t') == NULL)
    return _vitae_import_dup_spaced_word (text);
  return _vitae_import_dup_spaced_name (text);
}

/* The text of @line that could be a name: set letter-spaced, as it
 * reads (@unspaced set), or the first cell when text stands beside it
 * after a wide gap ("Ada Lovelace <tab> Date: 1/2/2014"); set large, a
 * name of two words or more before a comma, its headline after it ("Ada
 * Lovelace, Analyst EN/FR", as _vitae_import_read_name() reads it). */
static char *
dup_name_text (Reader              *r,
               const VitaeTextLine *line,
               gboolean            *unspaced)
{
  char *text = dup_unspaced (line->text);
  const char *tab = strchr (line->text, '\t');

  *unspaced = text != NULL;
  if (text != NULL)
    return text;
  if (tab != NULL && line->tab_x > line->x)
    return g_strstrip (g_strndup (line->text, tab - line->text));
  if (tab == NULL && line->size >= 1.5 * r->body_size)
    text = _vitae_import_dup_name_before_comma (line->text);
  return text != NULL ? text : g_strdup (line->text);
}

/* Whether line @i could be a name at all: on the first page, no smaller
 * than the text (but set letter-spaced, in any size: dup_unspaced()),
 * two to four words written as a name (or one that the next line goes
 * on with: a name set on two lines, maybe the family name first with its
 * comma, "LOVELACE," / "ADA", "Ruiz Gómez," / "Ana María"), no digits, comma, mark nor tab, and no
 * heading a section or the contact details have. */
static gboolean
could_be_name (Reader *r,
               guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  gboolean unspaced;
  g_autofree char *text = dup_name_text (r, line, &unspaced);
  guint words = _vitae_import_count_words (text);
  gsize len = strlen (text);
  /* (The family name first, in one word or two, its comma after it:
   * "LOVELACE," / "ADA", "Ruiz Gómez," / "Ana María".) */
  gboolean comma = words <= 2 && len > 1 && text[len - 1] == ',';

  if (comma)
    text[len - 1] = '\0';
  if (line->size <= 0 || line->page != line_at (r, 0)->page || (line->size < r->body_size - 0.5 && !unspaced) ||
      words > 4 || strpbrk (text, ",\t") != NULL || _vitae_import_after_bullet (text) != NULL || r->repeated[i] ||
      !_vitae_import_is_plausible_name (text) || !is_cased_as_name (r, text) || _vitae_import_is_noise (text) ||
      _vitae_import_is_contact_heading (text))
    return FALSE;
  return (words >= 2 && !comma) || (next != NULL && next->page == line->page &&
                        _vitae_import_name_goes_on (line, text, next, r->body_size));
}

/* The name that line @i would give: its text (set letter-spaced, as it
 * reads), with the next line's when the name goes on there. */
static char *
dup_candidate (Reader *r,
               guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  gboolean unspaced;
  g_autofree char *text = dup_name_text (r, line, &unspaced);

  if (next != NULL && next->page == line->page &&
      (_vitae_import_name_goes_on (line, text, next, r->body_size) ||
       _vitae_import_name_wraps_in_largest (r, line, text, next)))
    {
      g_autofree char *spaced = _vitae_import_dup_spaced_word (next->text);

      return g_strconcat (text, " ", spaced != NULL ? spaced : next->text, NULL);
    }
  /* (As _vitae_import_read_name() reads it: "Ada Lovelace Education".) */
  _vitae_import_cut_heading_after_name (text);
  return g_steal_pointer (&text);
}

/* The score of line @i as the name (see the top of this file), with
 * the next line when the name goes on there. */
static int
name_score (Reader *r,
            guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  g_autofree char *name = dup_candidate (r, i);
  int score = 0;

  /* Set as large as the headings, or larger than every one so far. */
  if (line->size >= 1.3 * r->body_size && line->size >= r->heading_size - 0.5)
    score += r->heading_size > 0 && line->size > r->heading_size + 1 ? 2 : 1;
  /* The contact details right under it (two lines on: a name on two
   * lines), or a little further, or their heading. */
  for (guint k = i + 1; k < MIN (r->lines->len, i + 7); k++)
    {
      VitaeTextLine *below = line_at (r, k);

      if (below->page != line->page)
        break;
      if (_vitae_import_is_contact_line (below->text) || _vitae_import_has_phone (below->text) ||
          _vitae_import_is_contact_heading (below->text))
        {
          score += k <= i + 2 && !_vitae_import_is_contact_heading (below->text) ? 2 : 1;
          break;
        }
    }
  /* Its words in the e-mail address, most of it (one word of it is
   * too little: "Design" in "designstudio7"); or opening the prose that
   * introduces the person. */
  if (local_match (name, r->email_local) == 2 || _vitae_import_name_opens_prose (r, i, name))
    score += 3;
  return score;
}

/* Whether line @i of a PDF is a title over the name, no name: a cover's
 * title ("Curriculum Vitae", _vitae_import_is_noise()), or a running
 * title, one word repeated at the same place at the top of each page
 * ("Portfolio", "Resumee"). */
gboolean
_vitae_import_is_title_over_name (Reader *r,
                                  guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  if (_vitae_import_is_noise (line->text))
    return TRUE;
  if (line->size <= 0 || _vitae_import_count_words (line->text) != 1)
    return FALSE;
  if (r->repeated[i])
    return TRUE;
  /* (A short word is left out of the running lines found: the first
   * line of each page, the same at the same place, is one.) */
  if (i > 0 && line_at (r, i - 1)->page == line->page)
    return FALSE;
  for (guint k = i + 1; k < r->lines->len; k++)
    {
      VitaeTextLine *other = line_at (r, k);

      if (other->page != line_at (r, k - 1)->page && ABS (other->x - line->x) < 2 &&
          g_str_equal (other->text, line->text))
        return TRUE;
    }
  return FALSE;
}

/* Whether line @i, after the header, is the name that a sidebar sets
 * under a photo or beside the contact details, read after the main
 * column: in a document still without a name (nor a label of one), not
 * above the line the name was found on before the pass (a sidebar read
 * before the main column, its name set largest). */
gboolean
_vitae_import_is_late_name (Reader *r,
                            guint   i)
{
  if (r->have_name || r->in_header || r->builder.name_label_alone || i < r->name_index)
    return FALSE;
  if (over_details (r, i))
    return TRUE;
  return r->builder.kind != VITAE_SECTION_REFERENCES && could_be_name (r, i) && name_score (r, i) >= 4;
}

/* Whether @name shares a word with the e-mail address the document
 * has (or else the first page's), when it has one (@well: matches it
 * well, local_match()). */
static gboolean
in_email (Reader     *r,
          const char *name,
          gboolean    well,
          gboolean   *have_local)
{
  const char *email = vitae_node_get_text (VITAE_NODE (r->builder.document), "email");
  g_autofree char *local = email[0] != '\0' ? _vitae_import_dup_local (email) : g_strdup (r->email_local);

  *have_local = local != NULL;
  return local_match (name, local) >= (well ? 2 : 1);
}

/* The one-word name @name with its other word set far beside it on
 * the same line, which the page's columns put at the top of another
 * column ("JOANNA" … "KOWALSKA" centred in two halves of a banner):
 * both lines at the top of a column of the first page (no space above
 * them), alike in size and weight, the other right of the name; or
 * NULL. */
static char *
dup_far_name (Reader     *r,
              const char *name)
{
  VitaeTextLine *first = NULL;

  if (_vitae_import_count_words (name) != 1)
    return NULL;
  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    {
      VitaeTextLine *line = line_at (r, i);

      if (first == NULL && g_str_equal (line->text, name) && line->gap == 0 && line->size > 0)
        first = line;
      else if (first != NULL && line->gap == 0 && ABS (line->size - first->size) < 0.5 &&
               (line->flags & VITAE_TEXT_LINE_BOLD) == (first->flags & VITAE_TEXT_LINE_BOLD) &&
               line->x > first->right && _vitae_import_count_words (line->text) == 1 &&
               _vitae_import_is_plausible_name (line->text) && _vitae_import_is_name_cased (line->text) &&
               _vitae_import_is_upper_text (line->text) == _vitae_import_is_upper_text (name))
        return g_strconcat (name, " ", line->text, NULL);
    }
  return NULL;
}

/* The name a line of the first page gives where the person introduces
 * themselves, "I'm Ada Lovelace, …", "Sou Ana Lima, tenho …": two to four
 * words written as a name, up to a comma or a full stop, that share a
 * word with the e-mail address; or NULL. */
static char *
dup_introduced_name (Reader *r)
{
  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    {
      const char *text = line_at (r, i)->text;
      const char *after = _vitae_import_skip_greeting (text);
      g_autofree char *name = NULL;
      gboolean have_local;

      if (after == text)
        continue;
      name = g_strndup (after, strcspn (after, ",.;\t"));
      g_strstrip (name);
      if (_vitae_import_count_words (name) >= 2 && _vitae_import_count_words (name) <= 4 &&
          _vitae_import_is_plausible_name (name) && _vitae_import_is_name_cased (name) &&
          in_email (r, name, FALSE, &have_local))
        return g_steal_pointer (&name);
    }
  return NULL;
}

/* The first line of the first page set in bold that could be a name,
 * in two words or more (a document without e-mail address whose lines
 * are all of one size, the name in bold at the top of a sidebar read
 * after the main column); or NULL. */
static char *
dup_bold_name (Reader *r)
{
  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    if ((line_at (r, i)->flags & VITAE_TEXT_LINE_BOLD) != 0 && _vitae_import_count_words (line_at (r, i)->text) >= 2 &&
        could_be_name (r, i))
      return g_strdup (line_at (r, i)->text);
  return NULL;
}

/* The line of the first page set largest, when it could be a name: a
 * point or more larger than every other line there (but the one its
 * name goes on to), half as large again as the text. A name is set
 * apart so, where a job title over the main column or a sidebar's
 * introduction came first ("GARDENER & LANDSCAPE DESIGNER" over
 * "LINDQVIST" / "MARTA" set larger). Its index, or G_MAXUINT. */
static guint
find_largest_name (Reader *r)
{
  guint best = 0, end = 0, rest;
  double second = 0;
  g_autofree char *name = NULL;
  gboolean unspaced;

  for (end = 0; end < r->lines->len && line_at (r, end)->page == line_at (r, 0)->page; end++)
    if (line_at (r, end)->size > line_at (r, best)->size)
      best = end;
  /* (The name as it reads: its first cell, prose beside it.) */
  name = end > 0 ? dup_name_text (r, line_at (r, best), &unspaced) : NULL;
  rest = best + 1 < end && _vitae_import_name_goes_on (line_at (r, best), name, line_at (r, best + 1), r->body_size) ?
         best + 2 : best + 1;
  for (guint i = 0; i < end; i++)
    if (i < best || i >= rest)
      second = MAX (second, line_at (r, i)->size);
  if (end == 0 || line_at (r, best)->size < MAX (second + 1, 1.5 * r->body_size) || !could_be_name (r, best))
    return G_MAXUINT;
  return best;
}

/* The name in a running header or footer, a line repeated at the same
 * place on every page ("Profile | Ada Lovelace | ada.example.org", a
 * page printed from a browser), or in the line of the first page that
 * holds the e-mail address ("● Ada Lovelace ● ada@… ● London"): a part
 * of it between tabs, bars or marks, two to four words written as a
 * name, that matches the e-mail address's local part @local well; or
 * NULL. */
static char *
dup_furniture_name (Reader     *r,
                    const char *local)
{
  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    {
      g_auto(GStrv) parts = NULL;
      const char *at = strchr (line_at (r, i)->text, '@');

      if (!r->repeated[i] && at == NULL)
        continue;
      parts = _vitae_import_split_marked_parts (line_at (r, i)->text);
      for (guint k = 0; parts[k]; k++)
        {
          const char *part = parts[k];
          guint words = _vitae_import_count_words (part);

          if (words >= 2 && words <= 4 && _vitae_import_is_plausible_name (part) &&
              _vitae_import_is_name_cased (part) && !_vitae_import_is_noise (part) && local_match (part, local) == 2)
            return g_strdup (part);
        }
    }
  return NULL;
}

/* Settles the name once the pass is over. When it found none (nor a
 * label's value), the line of the first page with the best score, 4 or
 * more, is the name. When it found one that shares no word with the
 * e-mail address, while a line of the first page that could be a name
 * does and scores 4 or more, that line is the name (the header took an
 * employer, a tagline, labels: "Mobil E-Mail"). With its second line,
 * when the name goes on there; and first a one-word name's other word
 * set far beside it (dup_far_name()). With no name still, a line where
 * the person introduces themselves gives it (dup_introduced_name()). */
static void
settle_name (Reader *r)
{
  const char *name = vitae_node_get_text (VITAE_NODE (r->builder.document), "name");
  /* (The heading of the contact details read where the name stands is
   * no name, the name drawn as a picture: better none than a weak
   * guess, dup_introduced_name() or dup_bold_name().) */
  gboolean heading = _vitae_import_is_contact_heading (name);
  gboolean have = name[0] != '\0' && !heading, have_local = FALSE;
  guint best = G_MAXUINT;
  int best_score = 3;
  g_autofree char *found = NULL;

  if (heading)
    vitae_node_set_text (VITAE_NODE (r->builder.document), "name", NULL);
  name = vitae_node_get_text (VITAE_NODE (r->builder.document), "name");
  found = dup_far_name (r, name);

  if (found != NULL)
    {
      vitae_node_set_text (VITAE_NODE (r->builder.document), "name", found);
      return;
    }
  if (have && in_email (r, name, FALSE, &have_local))
    return;
  /* The line set largest, written as a name, over one that shares no
   * word with the e-mail address (when it does) or with none at all, or
   * where there is no name. */
  best = find_largest_name (r);
  found = best != G_MAXUINT ? dup_candidate (r, best) : NULL;
  if (found != NULL && (!have || !g_str_equal (found, name)) &&
      (in_email (r, found, FALSE, &have_local) || !have_local || !have))
    {
      vitae_node_set_text (VITAE_NODE (r->builder.document), "name", found);
      return;
    }
  g_clear_pointer (&found, g_free);
  best = G_MAXUINT;
  if (have && !have_local)
    return;
  /* (Or, the name in the pages' running header or the e-mail address's
   * line, one in the e-mail address.) */
  found = r->email_local != NULL ? dup_furniture_name (r, r->email_local) : NULL;
  if (found != NULL)
    {
      vitae_node_set_text (VITAE_NODE (r->builder.document), "name", found);
      return;
    }
  for (guint i = 0; i < r->lines->len && line_at (r, i)->page == line_at (r, 0)->page; i++)
    {
      g_autofree char *candidate = could_be_name (r, i) ? dup_candidate (r, i) : NULL;
      int score = candidate != NULL && (!have || in_email (r, candidate, TRUE, &have_local)) ? name_score (r, i) : 0;

      if (score > best_score)
        best = i, best_score = score;
    }
  /* (Or, with no name at all, where the person introduces themselves,
   * or the first line set in bold written as a name.) */
  if (best == G_MAXUINT && !have && !heading)
    found = dup_introduced_name (r);
  if (best == G_MAXUINT && !have && !heading && found == NULL && r->email_local == NULL)
    found = dup_bold_name (r);
  if (best == G_MAXUINT)
    {
      if (found != NULL)
        vitae_node_set_text (VITAE_NODE (r->builder.document), "name", found);
      /* (A job title where the name stands, none of its words in the
       * e-mail address: the name is a picture; better none, which the
       * import's review asks for.) */
      else if (have && have_local && _vitae_import_is_job_title (name))
        vitae_node_set_text (VITAE_NODE (r->builder.document), "name", NULL);
      return;
    }
  found = dup_candidate (r, best);
  vitae_node_set_text (VITAE_NODE (r->builder.document), "name", found);
}

/* Settles the name (settle_name()); a headline that is the name found
 * goes (the name set large under the contact details' heading, read as
 * the headline while the heading stood for the name: "Contact Me" over
 * "Ada Lovelace"). */
void
_vitae_import_settle_name (Reader *r)
{
  VitaeNode *document = VITAE_NODE (r->builder.document);

  settle_name (r);
  if (vitae_node_get_text (document, "name")[0] != '\0' &&
      g_str_equal (vitae_node_get_text (document, "name"), vitae_node_get_text (document, "label")))
    vitae_node_set_text (document, "label", NULL);
}
