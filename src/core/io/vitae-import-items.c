/* vitae-import-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of list items and paragraphs in a PDF: which
 * lines wrap and which start an item, drawn with or without a glyph or
 * an indent, and where a section's lines start (where a column ends:
 * vitae-import-columns.c). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-entry.h"
#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether the line above @i ends so far short of its column's edge that
 * the first word of line @i would have fitted there: then line @i is not
 * the line above wrapped, but a line of its own (list items drawn
 * without a glyph, each on a line of its own). A word is taken as 0.6 em
 * a character, with an em to spare. */
static gboolean
ends_short (Reader     *r,
            guint       i,
            const char *text)
{
  VitaeTextLine *above = line_at (r, i - 1);
  VitaeTextLine *line = line_at (r, i);
  glong word = g_utf8_strlen (text, strcspn (text, " \t"));

  if (above->right <= 0 || r->col_right[i - 1] <= 0 || line->size <= 0)
    return FALSE;
  /* A word broken at a hyphen goes on. */
  if (g_str_has_suffix (above->text, "-") && !g_str_has_suffix (above->text, " -"))
    return FALSE;
  return r->col_right[i - 1] - above->right > (0.6 * word + 1) * line->size;
}

/* ends_short(), for the other parts of the line pass. */
gboolean
_vitae_import_ends_short (Reader     *r,
                          guint       i,
                          const char *text)
{
  return ends_short (r, i, text);
}

/* Whether @text ends in a word broken at a hyphen ("ware-"), not in a
 * dash after a space. */
static gboolean
breaks_word (const char *text)
{
  gsize len = strlen (text);

  return len >= 2 && text[len - 1] == '-' && g_ascii_isalpha (text[len - 2]);
}

/* Whether @text ends in a word that leads on to dates ("from", "since"). */
gboolean
_vitae_import_leads_to_dates (const char *text)
{
  static const char * const words[] = { "from", "since", "between", "until", "during", NULL };
  const char *space = strrchr (text, ' ');
  g_autofree char *last = g_ascii_strdown (space ? space + 1 : text, -1);

  return g_strv_contains (words, last);
}

/* Whether @text ends in a little word ("and", "of", "from"). */
static gboolean
ends_in_little_word (const char *text)
{
  static const char * const words[] = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "including", "of", "on", "or", "the", "to",
    "using", "via", "with", "&", NULL
  };
  const char *space = strrchr (text, ' ');
  g_autofree char *last = g_ascii_strdown (space ? space + 1 : text, -1);

  return g_strv_contains (words, last);
}

/* Whether @text, a line, ends so that the next one must go on with it:
 * after a comma, a hyphen (also U+2010, XeTeX's, and U+2011) or a little
 * word. */
gboolean
_vitae_import_runs_on (const char *text)
{
  gsize len = strlen (text);

  return len == 0 || strchr (",-(/:", text[len - 1]) != NULL || g_str_has_suffix (text, "\u2010") ||
         g_str_has_suffix (text, "\u2011") ||
         ends_in_little_word (text);
}

/* Whether @text ends a sentence (a space before its full stop
 * allowed: "… a designer ."). */
gboolean
_vitae_import_ends_sentence (const char *text)
{
  gsize len = strlen (text);
  const char *before;

  if (len < 2 || strchr (".!?", text[len - 1]) == NULL)
    return FALSE;
  if (text[len - 2] == ' ')
    len--;
  /* (The letter before it in any script: "… в 2 раза.") */
  before = g_utf8_find_prev_char (text, text + len - 1);
  return before != NULL && (g_unichar_isalnum (g_utf8_get_char (before)) || *before == ')');
}

/* Whether, in the run of lines set as line @i is (at its left edge, in
 * its size), a capital starts an item: when no line ends a sentence
 * (items without full stops), or when no line starts in lower case (no
 * line is a wrapped one: one item a line). */
static gboolean
capital_starts_item (Reader *r,
                     guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  gboolean ends = FALSE, lower = FALSE;

  for (int step = -1; step <= 1; step += 2)
    for (int k = i; k >= 0 && k < (int) r->lines->len; k += step)
      {
        VitaeTextLine *other = line_at (r, k);

        if (other->page != line->page || ABS (other->x - line->x) >= 1 || ABS (other->size - line->size) >= 0.5)
          break;
        ends |= _vitae_import_ends_sentence (other->text);
        lower |= g_unichar_islower (g_utf8_get_char (other->text));
      }
  return !ends || !lower;
}

/* A line that may be (part of) a list item drawn without a glyph. */
static gboolean
is_plain_line (Reader *r,
               guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  return line->size > 0 && !strchr (line->text, '\t') && !r->dated[i] &&
         !(line->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) &&
         _vitae_import_after_bullet (line->text) == NULL && !r->heading_like[i] && !_vitae_import_is_contact_line (line->text);
}

/* Whether plain line @i starts an item of its own under line @i - 1:
 * a sentence ended above, or the line above ended short. */
static gboolean
starts_own_item (Reader *r,
                 guint   i)
{
  const char *text = line_at (r, i)->text;
  gunichar c = g_utf8_get_char (text);

  return (_vitae_import_ends_sentence (line_at (r, i - 1)->text) && (g_unichar_isupper (c) || g_unichar_isdigit (c))) ||
         (ends_short (r, i, text) && !ends_in_little_word (line_at (r, i - 1)->text));
}

/* Whether line @i goes on with the line above it over a page break: at
 * its left edge, in its size, in lower case under a line that ends no
 * sentence. */
static gboolean
goes_on_over_page (Reader *r,
                   guint   i)
{
  VitaeTextLine *above = line_at (r, i - 1);
  VitaeTextLine *line = line_at (r, i);

  return above->page + 1 == line->page && ABS (above->x - line->x) < 1 && ABS (above->size - line->size) < 0.5 &&
         !_vitae_import_ends_sentence (above->text) && g_unichar_islower (g_utf8_get_char (line->text));
}

/* List items drawn with neither a glyph nor an indent: a run of plain
 * lines set alike (one left edge, one size, as close as a paragraph's
 * lines) in which at least two lines end a sentence, and no sentence
 * ends inside a line (a paragraph's sentences run on; in one, where three
 * lines start under one that ended short). Each line after a sentence's
 * end, or after a line that ends short, starts an item. */
void
_vitae_import_mark_sentence_items (Reader *r)
{
  r->item_start = g_new0 (gboolean, r->lines->len);
  for (guint s = 0, e; s < r->lines->len; s = MAX (e, s + 1))
    {
      guint n_ends = 0, n_starts = 1, n_inside = 0, n_short = 0;
      gboolean after_item = s > 0 && _vitae_import_after_bullet (line_at (r, s - 1)->text) != NULL;
      gboolean under_item = after_item && line_at (r, s)->x > line_at (r, s - 1)->x + 2;

      for (e = s; e < r->lines->len && is_plain_line (r, e); e++)
        {
          VitaeTextLine *line = line_at (r, e);
          VitaeTextLine *first = line_at (r, s);

          if (e > s && (line->page != first->page || ABS (line->x - first->x) >= 1 ||
                        ABS (line->size - first->size) >= 0.5 || line->gap > r->line_gap + 0.1 * line->size))
            break;
          n_inside += _vitae_import_has_inner_sentence_end (line->text);
          n_ends += _vitae_import_ends_sentence (line->text);
          n_starts += e > s && starts_own_item (r, e);
          n_short += e > s && ends_short (r, e, line->text);
        }
      /* (Its first line may go on with a marked item above; indented
       * under it, it wraps it; a run that goes on with the line above it
       * over a page break is that text's, not a list of its own.) */
      if (e >= s + 2 && n_ends >= 2 && n_starts >= 2 && (n_inside == 0 || (n_inside == 1 && n_short >= 3)) &&
          !under_item && !(s > 0 && goes_on_over_page (r, s)))
        for (guint k = s; k < e; k++)
          r->item_start[k] = (k == s && (s == 0 || !after_item)) || (k > 0 && starts_own_item (r, k));
    }
}

/* A line that may be (part of) an item set in bold, one a line. */
static gboolean
is_bold_line (Reader *r,
              guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  return line->size > 0 && (line->flags & VITAE_TEXT_LINE_BOLD) && !strchr (line->text, '\t') &&
         !(line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) && !r->heading_like[i] &&
         _vitae_import_after_bullet (line->text) == NULL && !_vitae_import_is_contact_line (line->text);
}

/* Whether line @i, in a run of bold lines, starts an item: it stands
 * further under the line above than a paragraph's lines do, or the line
 * above ended a sentence, ended in dates ("… Python. 2024"), or ended
 * short of its column. */
static gboolean
starts_bold_item (Reader *r,
                  guint   i)
{
  const char *above = line_at (r, i - 1)->text;
  g_autofree char *left = NULL, *right = NULL;
  g_autofree char *s = NULL, *e = NULL;

  _vitae_import_split_right (above, &left, &right);
  return line_at (r, i)->gap > 0.5 * line_at (r, i)->size || _vitae_import_ends_sentence (above) || (right != NULL && _vitae_import_parse_dates (right, &s, &e)) ||
         (ends_short (r, i, line_at (r, i)->text) && !ends_in_little_word (above));
}

/* Whether line @k is set as the run of lines from @first is (its left
 * edge, its size) close under the line above it. */
static gboolean
set_alike (Reader        *r,
           guint          k,
           VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);

  return line->page == first->page && ABS (line->x - first->x) < 1 && ABS (line->size - first->size) < 0.5 &&
         line->gap <= line->size;
}

/* Items set in bold, one a line, with nothing under them (certificates
 * or awards: "Machine Learning with Python. 2024"): a run of bold lines
 * set alike in which at least two items start, with no plain line set
 * alike right above or under it (an entry's title has its text there).
 * Each line marks BOLD_ITEM_START, or BOLD_ITEM_WRAP when it goes on with
 * the item above; section_role() reads them so in sections whose entries
 * are not known to have titles of their own. */
void
_vitae_import_mark_bold_items (Reader *r)
{
  r->bold_item = g_new0 (guint8, r->lines->len);
  for (guint s = 0, e; s < r->lines->len; s = MAX (e, s + 1))
    {
      VitaeTextLine *first = line_at (r, s);
      guint n_starts = 1;

      for (e = s; e < r->lines->len && is_bold_line (r, e) && (e == s || set_alike (r, e, first)); e++)
        n_starts += e > s && starts_bold_item (r, e);
      if (e < s + 2 || n_starts < 2 || (e < r->lines->len && set_alike (r, e, first)) ||
          (s > 0 && line_at (r, s - 1)->size > 0 && first->gap <= first->size &&
           ABS (line_at (r, s - 1)->x - first->x) < 1 && ABS (line_at (r, s - 1)->size - first->size) < 0.5 &&
           line_at (r, s - 1)->page == first->page))
        continue;
      for (guint k = s; k < e; k++)
        r->bold_item[k] = k == s || starts_bold_item (r, k) ? BOLD_ITEM_START : BOLD_ITEM_WRAP;
    }
}

/* The role of line @i when _vitae_import_mark_bold_items() marked it, in
 * a section whose entries are not known to have titles of their own (a
 * custom one, certificates, awards): an item, or ROLE_DONE when it went
 * on with the item above; else ROLE_NONE. */
Role
_vitae_import_bold_item_role (Reader     *r,
                              guint       i,
                              const char *text)
{
  if (!r->bold_item[i] || r->in_header ||
      (r->builder.kind != VITAE_SECTION_CUSTOM && r->builder.kind != VITAE_SECTION_CERTIFICATIONS &&
       r->builder.kind != VITAE_SECTION_AWARDS))
    return ROLE_NONE;
  if (r->bold_item[i] == BOLD_ITEM_START || r->builder.previous != ROLE_BULLET)
    return ROLE_BULLET;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return ROLE_DONE;
}

/* Whether plain lines @a and @b are set alike, as a paragraph's lines:
 * one page, one left edge, one size, less than half a line apart. */
static gboolean
plain_set_alike (Reader *r,
                 guint   a,
                 guint   b)
{
  VitaeTextLine *la = line_at (r, a), *lb = line_at (r, b);

  return is_plain_line (r, a) && is_plain_line (r, b) && la->page == lb->page && ABS (la->x - lb->x) < 1 &&
         ABS (la->size - lb->size) < 0.5 && line_at (r, MAX (a, b))->gap < 0.5 * la->size;
}

/* Whether line @i is one of a run of at least three plain lines set
 * alike, none after a line that runs on, each after the first starting
 * with a capital or a digit, and one at least where the line above
 * ended short: lines one a line, a list without glyphs ("Solved 300
 * problems" / "Finalist of a contest"), not a wrapped paragraph (whose
 * lines do not all start with a capital, and end short only at its
 * end). A line in lower case under a word broken at a hyphen ("… and
 * ware-" / "housing") is an item's wrapped line among them. Two lines
 * under a title are a run where the page has a longer one under another
 * (_vitae_import_page_has_run()). */
gboolean
_vitae_import_in_one_a_line_run (Reader *r,
                                 guint   i)
{
  guint s = i, e = i + 1, n_short = 0;

  if (!is_plain_line (r, i))
    return FALSE;
  while (s > 0 && plain_set_alike (r, s - 1, s))
    s--;
  while (e < r->lines->len && plain_set_alike (r, e - 1, e))
    e++;
  if (e < s + 2 || (e == s + 2 && !_vitae_import_page_has_run (r, s)))
    return FALSE;
  for (guint k = s + 1; k < e; k++)
    {
      const char *text = line_at (r, k)->text;
      gunichar c = g_utf8_get_char (text);

      if (g_unichar_islower (c) && breaks_word (line_at (r, k - 1)->text))
        continue;
      if (_vitae_import_runs_on (line_at (r, k - 1)->text) || !(g_unichar_isupper (c) || g_unichar_isdigit (c)))
        return FALSE;
      n_short += ends_short (r, k, text);
    }
  return n_short >= 1;
}

/* Where line @line's text starts: after its dates when they stand in a
 * column of their own left of it ("2017 - <tab> School of …"). */
static double
text_start (VitaeTextLine *line)
{
  g_autofree char *left = NULL, *right = NULL;

  if (line->tab_x > line->x && strchr (line->text, '\t') != NULL &&
      _vitae_import_dates_first (line->text, &left, &right))
    return line->tab_x;
  return line->x;
}

/* At a heading: where the lines of its section (those near it, up to
 * the next heading) start, their text after a column of dates, and
 * whether some are indented from there: items whose bullets are drawn;
 * and the size most of them are set in. */
void
_vitae_import_measure_section (Reader        *r,
                               guint          i,
                               VitaeTextLine *heading)
{
  guint end = i + 1, best = 0;

  r->section_edge = G_MAXDOUBLE;
  r->section_indented = FALSE;
  r->section_size = 0;
  for (; end < r->lines->len; end++)
    {
      VitaeTextLine *line = line_at (r, end);

      if (line->size <= 0 || line->page != heading->page || r->heading_like[end] || _vitae_import_heads_row (r, end, heading))
        break;
      if (ABS (line->x - heading->x) < 6 * r->body_size && _vitae_import_after_bullet (line->text) == NULL &&
          !(line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)))
        r->section_edge = MIN (r->section_edge, text_start (line));
    }
  for (guint k = i + 1; k < end; k++)
    {
      double x = line_at (r, k)->x;
      guint n = 0;

      r->section_indented |= x > r->section_edge + r->body_size && x < r->section_edge + 6 * r->body_size;
      for (guint m = i + 1; m < end; m++)
        n += ABS (line_at (r, m)->size - line_at (r, k)->size) < 0.25;
      if (n > best)
        best = n, r->section_size = line_at (r, k)->size;
    }
}

/* Whether line @i, left of the text of the item above it, is where the
 * item's icon stands: the item's first line (above its wrapped lines
 * left of its text) starts with an icon font's glyph, which its text
 * leaves out, and line @i starts within two ems left of its text or at
 * the section's edge, under a line that filled its column. */
static gboolean
under_item_icon (Reader        *r,
                 guint          i,
                 VitaeTextLine *line,
                 const char    *text)
{
  guint k = i - 1;

  while (k > 0 && line_at (r, k)->x < r->bullet_x - 0.25 * line->size && !(line_at (r, k)->flags & VITAE_TEXT_LINE_ICON))
    k--;
  return (line_at (r, k)->flags & VITAE_TEXT_LINE_ICON) && ABS (line_at (r, k)->x - r->bullet_x) < 1 &&
         (line->x >= r->bullet_x - 2 * line->size || ABS (line->x - r->section_edge) < 1) && !ends_short (r, i, text);
}

/* Whether line @i wraps the item with a glyph above it back at the
 * column's edge, left of the item's mark, where an item of the document
 * wrapped so before after a line that ran on into it (AltaCV sets an
 * item's icon in from the edge its wrapped lines start at), or where the
 * item's icon stands (under_item_icon()): set as the item is, as close
 * under it as a wrapped line, not in bold nor dated, under a line that
 * does not end a sentence ("… Java," / "Spring," / "Postgres …", "… site
 * for the" / "Loans team (ГСЗ)"). Such a line sets the edge. */
static gboolean
wraps_at_edge (Reader        *r,
               guint          i,
               VitaeTextLine *line,
               const char    *text)
{
  VitaeTextLine *above = line_at (r, i - 1);

  return r->builder.previous == ROLE_BULLET && r->bullet_glyph && !r->in_header &&
         ((r->wrap_edge >= 0 && ABS (line->x - r->wrap_edge) < 1) || under_item_icon (r, i, line, text)) &&
         line->x < r->bullet_x - 0.25 * line->size && line->page == above->page &&
         ABS (line->size - above->size) < 0.5 && line->gap <= MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size &&
         !strchr (text, '\t') && !(line->flags & VITAE_TEXT_LINE_BOLD) && !r->heading_like[i] && !r->dated[i] &&
         !_vitae_import_ends_sentence (above->text) && _vitae_import_after_bullet (text) == NULL;
}

/* Whether line @k starts with a list's mark. */
static gboolean
is_marked (Reader *r,
           guint   k)
{
  VitaeTextLine *line = line_at (r, k);

  return _vitae_import_after_bullet (line->text) != NULL || _vitae_import_after_word_o (line->text) != NULL ||
         (line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON));
}

/* Whether an item above line @i's, in the same list (no heading nor
 * wider space between them, the same page), has a line without a mark
 * at its glyph's edge, set as line @i is, right under the item's line:
 * its wrapped line, as wraps_under_glyph() reads it. */
static gboolean
earlier_wrap_under_glyph (Reader *r,
                          guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  for (guint k = i - 1; k-- > 1;)
    {
      VitaeTextLine *before = line_at (r, k);

      if (before->page != line->page || r->heading_like[k] || before->gap > 1.5 * line->size)
        return FALSE;
      if (ABS (before->x - r->bullet_x) <= 2 && ABS (before->size - line->size) < 0.5 &&
          !is_marked (r, k) && !(before->flags & VITAE_TEXT_LINE_BOLD) &&
          (is_marked (r, k - 1) || line_at (r, k - 1)->x > r->bullet_x + 2))
        return TRUE;
    }
  return FALSE;
}

/* Whether line @k is set as @line is (its edge, its size, no mark nor
 * cells), as close under the line above, which ends no sentence: the
 * item's line after @line, both under its glyph. */
static gboolean
wraps_on_alike (Reader        *r,
                guint          k,
                VitaeTextLine *line)
{
  VitaeTextLine *other = line_at (r, k);

  return other->page == line->page && ABS (other->x - line->x) < 1 && ABS (other->size - line->size) < 0.5 &&
         other->gap <= line->gap + 0.5 && !is_marked (r, k) && !strchr (other->text, '\t') && !r->heading_like[k] &&
         !r->dated[k] && !_vitae_import_ends_sentence (line_at (r, k - 1)->text);
}

/* Whether line @i, without a glyph, is the second line of the item with
 * a glyph above it though it starts under the glyph, not under the
 * item's text ("• Course in Rust" / "School: Online (40h)"): set as the
 * item is, as close under it as a wrapped line, and followed (maybe
 * through its further lines so set) by the next item at the glyph's
 * edge or left of it (an item of the list this one is nested in), no
 * closer than it is to its own item, or by the end of the list when an
 * item above in the list had such a line too. A title
 * between items stands further from the item above than the items stand
 * from each other; a note after a list ("*All rated A") follows an item
 * that ended its sentence. */
static gboolean
wraps_under_glyph (Reader        *r,
                   guint          i,
                   VitaeTextLine *line,
                   const char    *text)
{
  VitaeTextLine *next;
  guint k;

  if (r->builder.previous != ROLE_BULLET || !r->bullet_glyph || r->bullet_x < 0 || r->in_header ||
      line->page != line_at (r, i - 1)->page || line->x < r->bullet_x - 0.25 * line->size ||
      line->x > r->bullet_x + 2 || ABS (line->size - r->bullet_size) >= 0.5 || line->gap > 0.5 * line->size ||
      (line->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) || strchr (text, '\t') ||
      r->dated[i] || r->heading_like[i] || _vitae_import_after_bullet (text) != NULL ||
      !g_unichar_isalnum (g_utf8_get_char (text)) || _vitae_import_ends_sentence (line_at (r, i - 1)->text) ||
      _vitae_import_looks_like_url (text) || _vitae_import_is_contact_line (text) ||
      r->builder.kind == VITAE_SECTION_SKILLS || r->builder.kind == VITAE_SECTION_INTERESTS)
    return FALSE;
  for (k = i + 1; k < r->lines->len && wraps_on_alike (r, k, line); k++)
    ;
  next = k < r->lines->len ? line_at (r, k) : NULL;
  if (next != NULL && next->page == line->page &&
      (_vitae_import_after_bullet (next->text) != NULL || (next->flags & VITAE_TEXT_LINE_ICON)) &&
      next->x < r->bullet_x + 1)
    return next->gap >= line->gap - 0.5;
  next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  /* At the end of the list, only where an item above had such a line
   * too (a line at its edge, not an item, above this item's first). */
  if (next == NULL || next->page != line->page || next->size <= 0 || next->gap > 1.5 * line->size ||
      r->heading_like[i + 1])
    return earlier_wrap_under_glyph (r, i);
  return FALSE;
}

/* Whether @text goes on with the item with a glyph above it, a short
 * line that leads in to it with a colon ("• Databases:" / "I designed
 * …"), however it starts. */
static gboolean
lead_in_item (Reader        *r,
              Role           previous,
              VitaeTextLine *above,
              const char    *text)
{
  return previous == ROLE_BULLET && r->bullet_glyph && g_str_has_suffix (above->text, ":") &&
         g_unichar_isalpha (g_utf8_get_char (text)) && !_vitae_import_looks_like_url (text);
}

/* Whether line @i, at the edge of the glyphs of the items above it (not
 * under their text), after a sentence's end, starting with a capital,
 * stands right above another item with a glyph: a subheading between
 * two items ("… processes." / "Website hosting" / "• Used …"), not a
 * wrapped line. */
static gboolean
subheading_between_items (Reader     *r,
                          guint       i,
                          const char *text)
{
  VitaeTextLine *line = line_at (r, i);

  return r->builder.previous == ROLE_BULLET && r->bullet_glyph && line->x <= r->bullet_x + 1 &&
         _vitae_import_ends_sentence (line_at (r, i - 1)->text) && g_unichar_isupper (g_utf8_get_char (text)) &&
         i + 1 < r->lines->len && line_at (r, i + 1)->page == line->page &&
         _vitae_import_after_bullet (line_at (r, i + 1)->text) != NULL;
}

/* Whether bold line @i, under a glyph's item, goes on with it: it
 * stands at the item's text edge, as close under the line above as a
 * paragraph's lines (or as the item's next line, set as it is, stands
 * under it), and that line ends no sentence (an item whose first lines
 * are its title and dates in bold, "• 2021 – 2022" / "Seminar on
 * satellites" / "Gave a talk …"; a phrase in bold that an item runs on
 * into). */
static gboolean
bold_goes_on (Reader        *r,
              guint          i,
              VitaeTextLine *line,
              VitaeTextLine *above)
{
  double close = MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size;
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  if (next != NULL && next->page == line->page && ABS (next->x - line->x) < 1 && ABS (next->size - line->size) < 0.5 &&
      next->gap <= 0.75 * line->size)
    close = MAX (close, next->gap + 0.1 * line->size);
  /* (A glyph set larger than its item's text makes its line larger.) */
  return r->bullet_glyph && line->page == above->page &&
         (ABS (line->size - above->size) < 0.5 ||
          (_vitae_import_after_bullet (above->text) != NULL && line->size < above->size)) &&
         line->gap <= close &&
         !_vitae_import_ends_sentence (above->text) &&
         (_vitae_import_after_bullet (above->text) != NULL || ABS (line->x - above->x) < 1);
}

/* Whether the one wide gap (a tab) in line @i is a space that justified
 * text stretched, not a gap between cells ("troubleshooting, <wide>
 * reducing"): the line and the one above it both reach their column's
 * right edge (within half an em), or end where the other does (within a
 * point), the line above ends no sentence and has no such gap, and no
 * dates follow the gap. */
static gboolean
justified_space (Reader     *r,
                 guint       i,
                 const char *text)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *above = line_at (r, i - 1);
  const char *tab = strchr (text, '\t');

  /* (A line of two columns of text has a column's gap above it too.) */
  if (tab == NULL || strchr (tab + 1, '\t') != NULL || strchr (above->text, '\t') != NULL || above->page != line->page ||
      line->right <= 0 || _vitae_import_has_dates (tab + 1) || _vitae_import_ends_sentence (above->text))
    return FALSE;
  return ABS (line->right - above->right) < 1 ||
         (r->col_right[i] > 0 && r->col_right[i - 1] > 0 && r->col_right[i] - line->right < 0.5 * line->size &&
          r->col_right[i - 1] - above->right < 0.5 * line->size);
}

/* Whether line @i stands as close under the glyph's item above it as a
 * wrapped line of a column spaced wider than the page's paragraphs: half
 * an em, or three quarters under the item's first line when that stands
 * further from the line above it or as the list's items stand apart. */
static gboolean
close_under_item (Reader        *r,
                  guint          i,
                  VitaeTextLine *line,
                  VitaeTextLine *above)
{
  return line->gap <= 0.5 * line->size ||
         (line->gap <= 0.75 * line->size && ((_vitae_import_after_bullet (above->text) != NULL &&
          line->gap < above->gap - 1) || _vitae_import_close_as_next_item (r, i)));
}

/* Whether @text, a line indented deeper than an item's text usually
 * is, under its line @above, carries it on: in lower case or starting
 * with a number ("… from June" / "2018 to …"), or after a little word
 * whatever it starts with ("… such as" / "HTML, CSS …"). */
static gboolean
deeper_goes_on (VitaeTextLine *above,
                const char    *text)
{
  gunichar c = g_utf8_get_char (text);

  return g_unichar_islower (c) || g_unichar_isdigit (c) || _vitae_import_runs_on (above->text);
}

/* Whether a line of a PDF continues the bullet or body line above it,
 * and if so, adds it there. */
gboolean
_vitae_import_continue_line (Reader        *r,
                             guint          i,
                             VitaeTextLine *line,
                             const char    *text)
{
  Role previous = r->builder.previous;
  VitaeTextLine *above;
  gboolean short_above;

  if (line->size <= 0 || i == 0)
    return FALSE;
  /* (Its dates at its right, or a gap after a word that runs on: vitae-import-item-{dates,wraps}.c.) */
  if (_vitae_import_continue_dated_item (r, i, line, text) || _vitae_import_continues_across_gap (r, i, line, text))
    return TRUE;
  above = line_at (r, i - 1);
  /* (A line that ends in "and", "of" … goes on, however short.) */
  short_above = ends_short (r, i, text) && !ends_in_little_word (above->text);

  if (_vitae_import_continue_with_year_cell (r, line, text))
    return TRUE;
  /* A line indented under a bullet's text continues the bullet; after a
   * line that ends short, only a glyph's (items drawn without one are
   * indented lines of their own). A bold one only when it carries on a
   * word or a sentence: after a word broken at a hyphen ("XGBRe-" /
   * "gressor …" in bold), a comma or a little word ("… from 81.9% to" /
   * "83.5% …"), in lower case, or where the item's title lines are bold
   * (bold_goes_on()). A web address after a line
   * that ends short is the entry's, set under its items; so is a line set
   * smaller and further apart (an item's tags under it). Indented
   * deeper than an item's text usually is, close under a glyph's item
   * that does not end a sentence, a line that carries it on goes on
   * with it too (deeper_goes_on()). Not a
   * line set in another size further apart (a subheading), nor under an
   * item without a glyph, a capital where the page's nested items stand
   * (_vitae_import_at_nested_indent()), nor one apart from the item by
   * its space, slant or size (vitae-import-item-wraps.c). */
  if (previous == ROLE_BULLET && r->bullet_x >= 0 && line->x > r->bullet_x + 2 &&
      (line->x <= r->bullet_x + 3 * line->size + 0.5 ||
       (r->bullet_glyph && line->x < r->bullet_x + 6 * line->size && line->gap <= 0.5 * line->size &&
        line->page == above->page && !_vitae_import_ends_sentence (above->text) &&
        deeper_goes_on (above, text))) &&
      (!strchr (text, '\t') || justified_space (r, i, text)) &&
      !(ABS (line->size - above->size) >= 0.5 && line->gap > MAX (r->line_gap, r->size_gap[i]) + 0.3 * line->size) &&
      !_vitae_import_slant_apart (line, above) &&
      !(!r->bullet_glyph && g_unichar_isupper (g_utf8_get_char (text)) && !_vitae_import_runs_on (above->text) &&
        _vitae_import_at_nested_indent (r, i)) && !_vitae_import_apart_from_item (r, i, line, above) &&
      (!(line->flags & VITAE_TEXT_LINE_BOLD) || _vitae_import_runs_on (above->text) ||
       g_unichar_islower (g_utf8_get_char (text)) || bold_goes_on (r, i, line, above)) &&
      (!short_above || (r->bullet_glyph && !_vitae_import_looks_like_url (text))))
    {
      g_autofree char *spaced = g_strdelimit (g_strdup (text), "\t", ' ');

      _vitae_import_continue_last (&r->builder, ROLE_BULLET, spaced);
      return TRUE;
    }

  if (wraps_under_glyph (r, i, line, text) || wraps_at_edge (r, i, line, text))
    {
      if (line->x < r->bullet_x - 0.25 * line->size)
        r->wrap_edge = line->x;
      _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
      return TRUE;
    }

  /* A wrapped line continues the line above it: it stands as close
   * under it as the lines of a paragraph do. Under an item drawn
   * without a glyph, a sentence that starts where the one above ended
   * starts the next item; where the items do not end in full stops or
   * none wraps, so does a capital under a line that does not run on
   * ("… logs" / "Maintaining …"), unless the items are told apart by
   * space and the line stands close. Under a glyph's item, a line in
   * lower case goes on with it even after a short line, unless it is a
   * web address (a company's, set under its entry's items); so it does
   * at the edge of an item without one that starts with a capital,
   * unless a sentence ended above. */
  if (!r->in_header && (previous == ROLE_BULLET || previous == ROLE_BODY) &&
      (!short_above || lead_in_item (r, previous, above, text) ||
       (previous == ROLE_BULLET && g_unichar_islower (g_utf8_get_char (text)) &&
                        !g_str_has_suffix (above->text, ".") && !_vitae_import_looks_like_url (text) &&
                        (r->bullet_glyph || (!_vitae_import_ends_sentence (above->text) && line->x <= r->bullet_x + 1 &&
                                             _vitae_import_item_starts_upper (r))))) &&
      !(previous == ROLE_BULLET && !r->bullet_glyph && g_unichar_isupper (g_utf8_get_char (text)) &&
        (g_str_has_suffix (above->text, ".") || (!_vitae_import_runs_on (above->text) && capital_starts_item (r, i) &&
                                                 !_vitae_import_close_in_spaced_run (r, i)))) &&
      !subheading_between_items (r, i, text) &&
      /* (In bold only where an item runs on into it: "… based on" /
       * "SIFT feature extraction …", a phrase set in bold.) */
      (!(line->flags & VITAE_TEXT_LINE_BOLD) ||
       (previous == ROLE_BULLET && !(above->flags & VITAE_TEXT_LINE_BOLD) && _vitae_import_runs_on (above->text))) &&
      !strchr (text, '\t') && line->page == above->page &&
      (line->gap <= MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size ||
       /* In a column spaced wider than the page's paragraphs, a line in
        * lower case under an item that does not end a sentence, or any
        * under one that runs on ("… using Jasmine and" / "WebDriverIO"). */
       (previous == ROLE_BULLET && r->bullet_glyph && close_under_item (r, i, line, above) &&
        ((g_unichar_islower (g_utf8_get_char (text)) && !g_str_has_suffix (above->text, ".")) ||
         _vitae_import_runs_on (above->text)))) &&
      (line->x < above->x + (previous == ROLE_BULLET ? 3 : 0.5) * line->size || _vitae_import_centred_under (r, i)) &&
      (previous != ROLE_BULLET || line->x >= r->bullet_x - 0.25 * line->size ||
       /* (Back at the column's edge, left of an indented glyph, up to
        * three ems, after a line that cannot end there or in lower
        * case: "… by the ministry (" / "Govt …", "… (Note" / "pad, Vim)".) */
       (r->bullet_glyph && !short_above &&
        (_vitae_import_runs_on (above->text) || g_unichar_islower (g_utf8_get_char (text))) &&
        line->x >= r->bullet_x - 3 * line->size - 0.5)) &&
      /* A link alone at the bullet's edge, not under its text, is the
       * entry's ("https://github.com/…" under a project's bullets). */
      !(previous == ROLE_BULLET && line->x <= r->bullet_x + 1 && _vitae_import_looks_like_url (text)) &&
      r->builder.kind != VITAE_SECTION_SKILLS && r->builder.kind != VITAE_SECTION_INTERESTS &&
      r->builder.kind != VITAE_SECTION_LANGUAGES &&
      !r->heading_like[i])
    {
      if (previous == ROLE_BULLET && r->bullet_glyph && line->x < r->bullet_x - 0.25 * line->size)
        r->wrap_edge = line->x;
      _vitae_import_continue_last (&r->builder, previous, text);
      return TRUE;
    }
  return FALSE;
}

/* Whether a line of a PDF goes on with an item drawn without a glyph
 * whose first line alone is indented: a line back at the edge, left of
 * the item's first line, goes on with it when the line above runs on
 * into it (it ends in a comma or a little word, or does not end a
 * sentence and fills its column, and the line starts in lower case).
 * If so, adds it there. */
gboolean
_vitae_import_continue_indented_item (Reader        *r,
                                      guint          i,
                                      VitaeTextLine *line,
                                      const char    *text)
{
  VitaeTextLine *above;

  /* (Under an icon's item, right under its text: vitae-import-icon-items.c.) */
  if (_vitae_import_continue_icon_item (r, i, line, text))
    return TRUE;
  if (line->size <= 0 || i == 0 || r->builder.previous != ROLE_BULLET || r->bullet_glyph || r->bullet_x < 0 ||
      r->in_header)
    return FALSE;
  above = line_at (r, i - 1);
  if (line->x < r->bullet_x - 2 && line->x > r->bullet_x - 3 * line->size && line->page == above->page &&
      ABS (above->size - line->size) < 0.5 && !strchr (text, '\t') && !r->dated[i] && !r->heading_like[i] &&
      (!(line->flags & VITAE_TEXT_LINE_BOLD) || (above->flags & VITAE_TEXT_LINE_BOLD)) &&
      line->gap <= MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size &&
      (_vitae_import_runs_on (above->text) ||
       (!ends_short (r, i, text) && !_vitae_import_ends_sentence (above->text) &&
        g_unichar_islower (g_utf8_get_char (text)))))
    {
      _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
      r->first_line_indents = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* Whether @line starts where the item above, set with a hanging indent
 * and no glyph, did: then it may be bold (its lead-in words bold, in
 * bold for most of the line). */
static gboolean
under_hanging_item (Reader        *r,
                    VitaeTextLine *line)
{
  return r->builder.previous == ROLE_BULLET && !r->bullet_glyph && r->bullet_x >= 0 && ABS (line->x - r->bullet_x) < 1;
}

/* Whether a line of a PDF starts a list item set with a hanging indent
 * and no glyph: in a section of entries, it fills its column (bold only
 * under such an item: under_hanging_item()), and the next line, close
 * under it as a paragraph's lines, is indented under it (a title
 * followed by indented items ends short instead). */
gboolean
_vitae_import_starts_hanging_item (Reader        *r,
                                   guint          i,
                                   VitaeTextLine *line,
                                   const char    *text)
{
  VitaeTextLine *next;
  g_autofree char *s = NULL, *e = NULL;

  /* (Not dates alone, "2023", over an entry's items; nor where items
   * have their first line indented, the reverse of a hanging indent.) */
  if (line->size <= 0 || r->in_header || r->first_line_indents || i + 1 >= r->lines->len || !_vitae_import_kind_has_entries (r->builder.kind) ||
      strchr (text, '\t') || ((line->flags & VITAE_TEXT_LINE_BOLD) && !under_hanging_item (r, line)) ||
      _vitae_import_ends_in_span (text) ||
      _vitae_import_parse_dates (text, &s, &e) ||
      (r->builder.previous == ROLE_BULLET && r->bullet_x >= 0 && line->x > r->bullet_x + 2))
    return FALSE;
  next = line_at (r, i + 1);
  /* (The next line an item of its own, its mark an icon's.) */
  return next->size > 0 && next->page == line->page && next->x > line->x + 0.5 * next->size &&
         next->x < line->x + 3 * next->size && next->gap <= r->line_gap + 0.1 * next->size &&
         !(next->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) && !strchr (next->text, '\t') &&
         _vitae_import_after_bullet (next->text) == NULL && !ends_short (r, i + 1, next->text);
}

/* Whether line @i of a PDF is a bullet glyph alone on a row of its own,
 * its item's first line right of it and on about the same height (the
 * row under it overlaps it): the glyph set apart by a font whose box is
 * taller or lower than the text's. */
gboolean
_vitae_import_glyph_row (Reader *r,
                         guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  return next != NULL && line->size > 0 && next->size > 0 && next->page == line->page &&
         _vitae_import_is_bare_glyph (line->text) && next->gap < 0 && next->x > line->x &&
         next->x < line->x + 3 * next->size && _vitae_import_after_bullet (next->text) == NULL;
}
