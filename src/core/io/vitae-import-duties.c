/* vitae-import-duties.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of an entry's duties set one a line without a
 * mark where the lines' spacing tells them apart: each line a paragraph
 * of its own, further under the one above than a paragraph's lines; and
 * under later titles, where they stand as an earlier entry's did; and
 * whether a page sets such duties three or more under an entry's title
 * (_vitae_import_page_has_run()), so that two under another are a run
 * too; and such spaced duties under an entry of a section whose heading
 * the import does not know; and sentences alone that are all a section
 * of work holds, or an entry of work, each a paragraph; and duties set close as a paragraph's lines, justified
 * or not, each a sentence broken short where the next word would have
 * fitted, right under the entry or a lead-in that ends in a colon (also
 * in a section whose heading the import does not know, and where no
 * measure of the page's paragraphs tells the lines close, as close as
 * each other). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-import-duties-private.h"
#include "vitae-import-private.h"

/**
 * _vitae_import_set_alike:
 * @r: the reader
 * @k: a line
 * @first: the first line of a run
 * @bold_too: whether a bold line is plain too (a labelled duty's label)
 *
 * Whether line @k is set as line @first is (page, left edge, size), in
 * plain text: no tab, no mark, no heading, no dates, and not bold unless
 * @bold_too. The runs of an entry's items without a mark are made of such
 * lines (vitae-import-duties.c, vitae-import-phrases.c,
 * vitae-import-labelled.c).
 */
gboolean
_vitae_import_set_alike (Reader        *r,
                         guint          k,
                         VitaeTextLine *first,
                         gboolean       bold_too)
{
  VitaeTextLine *line = line_at (r, k);
  VitaeTextLineFlags plain = VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON | (bold_too ? 0 : VITAE_TEXT_LINE_BOLD);

  return line->size > 0 && line->page == first->page && ABS (line->x - first->x) < 1 &&
         ABS (line->size - first->size) < 0.5 && !strchr (line->text, '\t') && !r->dated[k] && !r->heading_like[k] &&
         !(line->flags & plain) && _vitae_import_after_bullet (line->text) == NULL;
}

/* Whether line @k is set as line @first is, in plain text that is not
 * bold (_vitae_import_set_alike()). */
static gboolean
set_as (Reader        *r,
        guint          k,
        VitaeTextLine *first)
{
  return _vitae_import_set_alike (r, k, first, FALSE);
}

/* Whether line @k stands under the line above it as the run's lines do
 * under theirs: @spacing apart (within a point), well further than a
 * paragraph's lines, less than two ems. */
static gboolean
spaced_as (Reader *r,
           guint   k,
           double  spacing)
{
  VitaeTextLine *line = line_at (r, k);

  return ABS (line->gap - spacing) < 1 && line->gap > MAX (r->line_gap, r->size_gap[k]) + 0.3 * line->size &&
         line->gap < 2 * line->size;
}

/* Whether line @k, set as the line above it, is that line wrapped: as
 * close under it as a paragraph's lines, in lower case or after a line
 * that runs on. */
static gboolean
wraps_in_run (Reader *r,
              guint   k)
{
  VitaeTextLine *line = line_at (r, k);

  return k > 0 && set_as (r, k - 1, line) && line->gap <= MAX (r->line_gap, r->size_gap[k]) + 0.1 * line->size &&
         (g_unichar_islower (g_utf8_get_char (line->text)) || _vitae_import_runs_on (line_at (r, k - 1)->text));
}

/* The run of spaced lines line @i is one of, as
 * _vitae_import_in_spaced_run() tells it: its lines from @s to @e; the
 * number of its items, or 0 where one does not start with a capital or
 * a digit or goes on from a line that runs on; @n_wrapped, how many of
 * them wrap. */
static guint
spaced_run (Reader *r,
            guint   i,
            guint  *s,
            guint  *e,
            guint  *n_wrapped)
{
  VitaeTextLine *line = line_at (r, i);
  guint n = 0;
  double spacing;

  *s = i, *e = i + 1, *n_wrapped = 0;
  if (!set_as (r, i, line) || wraps_in_run (r, i))
    return 0;
  /* (The spacing of the run: under @i, or above it.) */
  if (i + 1 < r->lines->len && set_as (r, i + 1, line) && !wraps_in_run (r, i + 1))
    spacing = line_at (r, i + 1)->gap;
  else if (i > 0 && set_as (r, i - 1, line))
    spacing = line->gap;
  else
    return 0;
  while (*s > 0 && set_as (r, *s - 1, line) && (spaced_as (r, *s, spacing) || wraps_in_run (r, *s)))
    (*s)--;
  /* (Its first line as close under an entry's title as a paragraph's
   * lines, nearer than the run's lines stand apart, is the entry's, its
   * subtitle: "Embedded Systems" under "Employer <tab> 2023".) */
  if (*s > 0 && !set_as (r, *s - 1, line) && *s + 1 < r->lines->len && set_as (r, *s + 1, line) &&
      spaced_as (r, *s + 1, spacing) &&
      line_at (r, *s)->gap < spacing - 1 && line_at (r, *s)->gap <= MAX (r->line_gap, r->size_gap[*s]) + 0.1 * line->size)
    {
      if (*s == i)
        return 0;
      (*s)++;
    }
  while (*e < r->lines->len && set_as (r, *e, line) && (spaced_as (r, *e, spacing) || wraps_in_run (r, *e)))
    (*e)++;
  for (guint k = *s; k < *e; k++)
    {
      gunichar c = g_utf8_get_char (line_at (r, k)->text);

      if (k > *s && wraps_in_run (r, k))
        {
          *n_wrapped += !wraps_in_run (r, k - 1);
          continue;
        }
      if (!(g_unichar_isupper (c) || g_unichar_isdigit (c)) ||
          (k > *s && _vitae_import_runs_on (line_at (r, k - 1)->text)))
        return 0;
      n++;
    }
  return n;
}

/**
 * _vitae_import_in_spaced_run:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i is one of a run of three plain lines or more set
 * alike and spaced evenly, further apart than a paragraph's lines, each
 * starting with a capital or a digit after a line that does not run on:
 * each line a paragraph of one line, an entry's duty ("Served the
 * customers." / "Took the orders." with half an em between them). Some
 * may wrap onto a line as close under them as a paragraph's lines, when
 * three others do not.
 */
gboolean
_vitae_import_in_spaced_run (Reader *r,
                             guint   i)
{
  guint s, e, n_wrapped;

  return spaced_run (r, i, &s, &e, &n_wrapped) >= 3 + n_wrapped;
}

/* Whether line @i, in a custom section (its heading not one the import
 * knows), is one of a run of spaced lines (spaced_run()), not labelled
 * ("Tools: …"), under an entry's title, its line of place and dates in
 * italics or its dates alone, or under one of its items: three or more
 * (_vitae_import_in_spaced_run()), or two one a line under dates alone,
 * the last of the page or before a heading. */
static gboolean
spaced_in_custom (Reader        *r,
                  guint          i,
                  VitaeTextLine *line)
{
  Role previous = r->builder.previous;
  g_autofree char *label = NULL;
  const char *rest;
  guint s, e, n, n_wrapped;

  if (line->size <= 0 || r->in_header || r->builder.kind != VITAE_SECTION_CUSTOM || r->builder.entry == NULL ||
      r->dated[i] || i == 0 ||
      !(((previous == ROLE_TITLE || previous == ROLE_SUBTITLE ||
          (previous == ROLE_BODY && ((line_at (r, i - 1)->flags & VITAE_TEXT_LINE_ITALIC) || r->dated[i - 1]))) &&
         !set_as (r, i - 1, line)) ||
        (previous == ROLE_BULLET && !r->bullet_glyph && ABS (r->bullet_x - line->x) < 1)) ||
      (label = _vitae_import_split_label (line->text, &rest)) != NULL)
    return FALSE;
  n = spaced_run (r, i, &s, &e, &n_wrapped);
  return n >= 3 + n_wrapped ||
         (n == 2 && n_wrapped == 0 && s > 0 && r->dated[s - 1] && _vitae_import_is_dates_line (line_at (r, s - 1)->text) &&
          (e == r->lines->len || r->heading_like[e] || line_at (r, e)->page != line->page));
}

/* Whether line @i, under an entry's title in a section of jobs or
 * projects (or under the item before it), starts one of two paragraphs
 * or more set alike and spaced apart (spaced_run()) that are all the
 * entry holds, from its title to the next line set otherwise, each a
 * sentence ("Led the night shift of four." / "Trained the new staff on
 * the tills and the safe."): each paragraph is a duty, not the entry's
 * description. */
static gboolean
sentence_paragraphs (Reader        *r,
                     guint          i,
                     VitaeTextLine *line)
{
  Role previous = r->builder.previous;
  guint s, e, n_wrapped;

  if (line->size <= 0 || r->in_header || r->builder.entry == NULL || i == 0 ||
      (r->builder.kind != VITAE_SECTION_EXPERIENCE && r->builder.kind != VITAE_SECTION_PROJECTS &&
       r->builder.kind != VITAE_SECTION_VOLUNTEER) ||
      !(previous == ROLE_TITLE || previous == ROLE_SUBTITLE ||
        (previous == ROLE_BULLET && !r->bullet_glyph && ABS (r->bullet_x - line->x) < 1)))
    return FALSE;
  if (spaced_run (r, i, &s, &e, &n_wrapped) < 2 || s == 0 || set_as (r, s - 1, line))
    return FALSE;
  for (guint k = s; k < e; k++)
    if ((k + 1 == e || !wraps_in_run (r, k + 1)) && !_vitae_import_ends_sentence (line_at (r, k)->text))
      return FALSE;
  return TRUE;
}

/* Whether the lines set as line @i is, close around it, each start with
 * a capital or a digit and end sentences alike: none of them, or all
 * (each duty a sentence of one line); not a paragraph that wraps, with a
 * line in lower case or whose last line alone ends a sentence. */
static gboolean
one_a_line_alike (Reader *r,
                  guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  guint s = i, e = i + 1, n_ends = 0;

  while (s > 0 && set_as (r, s - 1, line) && line_at (r, s)->gap < line->size)
    s--;
  while (e < r->lines->len && set_as (r, e, line) && line_at (r, e)->gap < line->size)
    e++;
  for (guint k = s; k < e; k++)
    {
      gunichar c = g_utf8_get_char (line_at (r, k)->text);

      if (!(g_unichar_isupper (c) || g_unichar_isdigit (c)))
        return FALSE;
      n_ends += _vitae_import_ends_sentence (line_at (r, k)->text);
    }
  return n_ends == 0 || n_ends == e - s;
}

/* Whether line @k, under a heading of work, is a plain sentence of six
 * words or more set alone, as line @first is (page, size, within two
 * points of its left edge): no dates, no tab, no label, no mark,
 * further under the line above than a paragraph's lines. */
static gboolean
lone_sentence_as (Reader        *r,
                  guint          k,
                  VitaeTextLine *first)
{
  VitaeTextLine *line = line_at (r, k);
  g_autofree char *label = NULL;
  const char *rest;

  return line->size > 0 && line->page == first->page && ABS (line->x - first->x) < 2 &&
         ABS (line->size - first->size) < 0.5 && !strchr (line->text, '\t') && !r->dated[k] && !r->heading_like[k] &&
         !(line->flags & (VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) && _vitae_import_after_bullet (line->text) == NULL &&
         line->gap > MAX (r->line_gap, r->size_gap[k]) + 0.3 * line->size && _vitae_import_count_words (line->text) >= 6 &&
         g_unichar_isupper (g_utf8_get_char (line->text)) && (label = _vitae_import_split_label (line->text, &rest)) == NULL;
}

/* Whether line @i is one of two lines or more that are all a section of
 * work holds, from its heading to the next: each a sentence set alone
 * (lone_sentence_as()), none an entry's title with dates or a place
 * ("Worked as a driver for the corner shop" / "Worked as a seller for
 * the same shop"): the duties of one entry. */
static gboolean
only_sentences_in_work (Reader        *r,
                        guint          i,
                        VitaeTextLine *line)
{
  guint s = i, e = i + 1;

  if (r->in_header || r->builder.kind != VITAE_SECTION_EXPERIENCE ||
      !(r->builder.previous == ROLE_HEADING ||
        (r->builder.previous == ROLE_BULLET && !r->bullet_glyph && ABS (r->bullet_x - line->x) < 2)) ||
      !lone_sentence_as (r, i, line))
    return FALSE;
  while (s > 0 && lone_sentence_as (r, s - 1, line))
    s--;
  while (e < r->lines->len && lone_sentence_as (r, e, line))
    e++;
  return e >= s + 2 && s > 0 && r->heading_like[s - 1] && (e == r->lines->len || r->heading_like[e]);
}

/* Whether line @i, in bold, is the next of a list's items set one a line
 * without a mark, each led by its name in bold ("Scrum Basics
 * Certified, Agile Board, in 2024"): where the lead-in fills most of
 * its line the line reads as bold, but it stands under a plain item of
 * a section of lists (not of entries with duties) as close as a
 * paragraph's lines, at its edge and in its size, so it is no title. */
static gboolean
bold_lead_in_item (Reader        *r,
                   guint          i,
                   VitaeTextLine *line)
{
  VitaeTextLine *above = i > 0 ? line_at (r, i - 1) : NULL;

  return above != NULL && line->size > 0 && !r->in_header && r->builder.entry != NULL &&
         r->builder.previous == ROLE_BULLET && !r->bullet_glyph && ABS (line->x - r->bullet_x) < 1 &&
         (r->builder.kind == VITAE_SECTION_CUSTOM || r->builder.kind == VITAE_SECTION_CERTIFICATIONS ||
          r->builder.kind == VITAE_SECTION_AWARDS || r->builder.kind == VITAE_SECTION_PUBLICATIONS) &&
         (line->flags & VITAE_TEXT_LINE_BOLD) && !(above->flags & VITAE_TEXT_LINE_BOLD) &&
         above->page == line->page && ABS (above->x - line->x) < 1 && ABS (above->size - line->size) < 0.5 &&
         line->gap <= MAX (r->line_gap, r->size_gap[i]) + 0.1 * line->size && !strchr (line->text, '\t') &&
         !r->heading_like[i] && g_unichar_isupper (g_utf8_get_char (line->text)) &&
         _vitae_import_after_bullet (line->text) == NULL;
}

/* Whether line @k, set as line @first is, stands as close under the
 * line above it as a paragraph's lines: as the page's paragraphs of
 * that size are set; or a quarter of an em or less, within half a point
 * of the line under it or above it (a block set with no space at all,
 * an address stacked at the right, can make the page's measure nothing,
 * while a paragraph's lines stand evenly apart). */
static gboolean
close_as (Reader        *r,
          guint          k,
          VitaeTextLine *first)
{
  double gap = line_at (r, k)->gap;

  if (!set_as (r, k, first))
    return FALSE;
  if (gap <= MAX (r->line_gap, r->size_gap[k]) + 0.1 * first->size)
    return TRUE;
  return gap <= 0.25 * first->size &&
         ((k + 1 < r->lines->len && set_as (r, k + 1, first) && ABS (line_at (r, k + 1)->gap - gap) < 0.5) ||
          (k >= 2 && set_as (r, k - 1, first) && set_as (r, k - 2, first) &&
           ABS (line_at (r, k - 1)->gap - gap) < 0.5));
}

/* Whether line @k ends short of @measure by more than the first word of
 * the line under it and a space, taken as wide as line @k's own
 * characters are: the word would have fitted, so the line was broken
 * there. */
static gboolean
word_would_fit (Reader *r,
                guint   k,
                double  measure)
{
  VitaeTextLine *line = line_at (r, k);
  const char *next = line_at (r, k + 1)->text;
  glong n = g_utf8_strlen (line->text, -1);
  glong word = g_utf8_strlen (next, strcspn (next, " \t"));

  return n > 0 && line->right > line->x && measure - line->right > (word + 1) * (line->right - line->x) / n;
}

/* Whether line @k ends a sentence and the line under it starts with a
 * capital or a digit. */
static gboolean
sentence_ends_at (Reader *r,
                  guint   k)
{
  gunichar c = g_utf8_get_char (line_at (r, k + 1)->text);

  return _vitae_import_ends_sentence (line_at (r, k)->text) && (g_unichar_isupper (c) || g_unichar_isdigit (c));
}

/* The right edge of the longest line set as line @i is (set_as()),
 * from the heading above it to the next on its page: the measure its
 * lines are set to. */
static double
measure_of (Reader        *r,
            guint          i,
            VitaeTextLine *line)
{
  double measure = line->right;

  for (guint k = i; k > 0 && !r->heading_like[k] && line_at (r, k - 1)->page == line->page; k--)
    if (set_as (r, k - 1, line))
      measure = MAX (measure, line_at (r, k - 1)->right);
  for (guint k = i + 1; k < r->lines->len && !r->heading_like[k] && line_at (r, k)->page == line->page; k++)
    if (set_as (r, k, line))
      measure = MAX (measure, line_at (r, k)->right);
  return measure;
}

/* Whether @text is wholly in parentheses, a note under the lines above
 * rather than one of them: "(Python, Git, Linux)" listing the tools an
 * entry's duties were done with. */
static gboolean
in_parentheses (const char *text)
{
  return text[0] == '(' && g_str_has_suffix (text, ")") && strchr (text + 1, '(') == NULL;
}

/* Whether line @i is one of a run of plain lines, from @s to @e, set
 * close as a paragraph's, that are an entry's duties, each a sentence
 * broken short: right under the title or subtitle of an entry of work,
 * projects, volunteering or a section whose heading the import does not
 * know, or under a paragraph of its that leads in to them with a colon
 * ("In the team I had several tasks:"), up to a line that ends in a
 * colon or one wholly in parentheses; each line that the first word of
 * the next would have gone on (word_would_fit(), against measure_of(),
 * justified or not) ends a sentence, and the next starts with a capital
 * or a digit. One such break at least, and one
 * duty of a single line at least (two wrapped paragraphs are a
 * summary), two breaks under a heading not known; the last line ends a
 * sentence too, unless two breaks or more or lines that none wraps tell
 * the list (a paragraph and a list of tools under it, which ends no
 * sentence, is a summary). Under the first line, the previous role must
 * be the duties'. */
static gboolean
broken_run (Reader        *r,
            guint          i,
            VitaeTextLine *line,
            guint         *s,
            guint         *e)
{
  VitaeSectionKind kind = r->builder.kind;
  Role previous = r->builder.previous;
  g_autofree char *label = NULL;
  const char *rest;
  guint start, n_breaks = 0, n_wrapped = 0;
  gboolean one_line = FALSE, lead_in;
  double measure;

  *s = i, *e = i + 1;
  if (line->size <= 0 || r->in_header || r->builder.entry == NULL || !set_as (r, i, line) ||
      (kind != VITAE_SECTION_EXPERIENCE && kind != VITAE_SECTION_PROJECTS && kind != VITAE_SECTION_VOLUNTEER &&
       kind != VITAE_SECTION_CUSTOM) ||
      g_str_has_suffix (line->text, ":") || (label = _vitae_import_split_label (line->text, &rest)) != NULL)
    return FALSE;
  while (*s > 0 && close_as (r, *s, line) && set_as (r, *s - 1, line) && !g_str_has_suffix (line_at (r, *s - 1)->text, ":"))
    (*s)--;
  while (*e < r->lines->len && close_as (r, *e, line) && !g_str_has_suffix (line_at (r, *e)->text, ":") &&
         !in_parentheses (line_at (r, *e)->text))
    (*e)++;
  lead_in = *s > 0 && close_as (r, *s, line) && set_as (r, *s - 1, line);
  if (*e < *s + 2 ||
      (i == *s ? previous != ROLE_TITLE && previous != ROLE_SUBTITLE && !(lead_in && previous == ROLE_BODY)
               : previous != ROLE_BULLET || r->bullet_glyph || ABS (r->bullet_x - line->x) >= 1))
    return FALSE;
  measure = measure_of (r, i, line);
  start = *s;
  for (guint k = *s; k + 1 < *e; k++)
    {
      if (!word_would_fit (r, k, measure))
        {
          n_wrapped++;
          continue;
        }
      if (!sentence_ends_at (r, k))
        return FALSE;
      one_line = one_line || k == start;
      start = k + 1;
      n_breaks++;
    }
  one_line = one_line || start == *e - 1;
  /* (Under a heading the import does not know, two breaks at least:
   * three duties, one of a line, rather than prose.) */
  return n_breaks >= (kind == VITAE_SECTION_CUSTOM ? 2 : 1) && one_line &&
         (_vitae_import_ends_sentence (line_at (r, *e - 1)->text) || n_breaks >= 2 || n_wrapped == 0);
}

/* Whether line @i starts a duty of such a run (broken_run()): its first
 * line, or a line under a sentence's end ("Kept the stock lists."
 * ending short / "Ran the night shift of the warehouse and …" / "… the
 * trucks."). */
static gboolean
broken_duty (Reader        *r,
             guint          i,
             VitaeTextLine *line)
{
  guint s, e;

  return broken_run (r, i, line, &s, &e) && (i == s || sentence_ends_at (r, i - 1));
}

/**
 * _vitae_import_continue_broken_duty:
 * @r: the reader
 * @i: a line
 * @line: line @i
 * @text: its text
 *
 * Whether line @i goes on with the duty above it, in a run of duties
 * each a sentence broken short (broken_run()): the line above ends no
 * sentence, or the line starts with neither a capital nor a digit,
 * however short the line above ends of the page's column ("… (AWS
 * Lambda, S3, API" / "Gateway, SNS)."). If so, adds it there.
 */
gboolean
_vitae_import_continue_broken_duty (Reader        *r,
                                    guint          i,
                                    VitaeTextLine *line,
                                    const char    *text)
{
  guint s, e;

  if (r->builder.previous != ROLE_BULLET || !broken_run (r, i, line, &s, &e) || i == s || sentence_ends_at (r, i - 1))
    return FALSE;
  _vitae_import_continue_last (&r->builder, ROLE_BULLET, text);
  return TRUE;
}

/**
 * _vitae_import_duty_as_before:
 * @r: the reader
 * @i: a line
 * @line: line @i
 * @found: whether line @i was read as an entry's duty set one a line
 *   without a mark, in a run that tells it so
 *
 * Whether line @i is such a duty. Where one was found right under an
 * entry's title, its place and size are noted; under a later title or
 * its subtitle (in a section of work, projects or volunteering: an
 * employer, then the role set smaller), a plain line set there
 * as large, close under it, starting with a capital and not labelled,
 * among lines that all start so and end sentences alike, is
 * the first of that entry's duties, however few the lines ("Led the
 * move to the new site" alone under its title, as three stood under the
 * title above), rather than its subtitle or a paragraph; so is such a
 * line under one of those duties that it does not go on with; and a
 * list's item led by its name in bold under a plain one (bold_lead_in_item());
 * and an item of a run of phrases one a line (vitae-import-phrases.c).
 */
gboolean
_vitae_import_duty_as_before (Reader        *r,
                              guint          i,
                              VitaeTextLine *line,
                              gboolean       found)
{
  gunichar c = g_utf8_get_char (line->text);
  g_autofree char *label = NULL;
  const char *rest;

  found = found || spaced_in_custom (r, i, line) || only_sentences_in_work (r, i, line) ||
          sentence_paragraphs (r, i, line) ||
          bold_lead_in_item (r, i, line) || broken_duty (r, i, line) || _vitae_import_phrase_item (r, i, line);
  if (found && (r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE))
    {
      r->duty_x = line->x;
      r->duty_size = line->size;
    }
  if (found)
    return TRUE;
  /* (Under a duty read so, one that did not go on with it is the next.) */
  if (r->duty_size <= 0 ||
      (r->builder.previous == ROLE_BULLET &&
       (r->bullet_glyph || ABS (r->bullet_x - r->duty_x) >= 1 || _vitae_import_runs_on (line_at (r, i - 1)->text))))
    return FALSE;
  return (r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE ||
          r->builder.previous == ROLE_BULLET) &&
         !r->in_header && r->builder.entry != NULL &&
         (r->builder.kind == VITAE_SECTION_EXPERIENCE || r->builder.kind == VITAE_SECTION_PROJECTS ||
          r->builder.kind == VITAE_SECTION_VOLUNTEER) &&
         ABS (line->x - r->duty_x) < 1 && ABS (line->size - r->duty_size) < 0.5 && set_as (r, i, line) &&
         line->gap < line->size && (g_unichar_isupper (c) || g_unichar_isdigit (c)) &&
         !(line->flags & VITAE_TEXT_LINE_ITALIC) && (label = _vitae_import_split_label (line->text, &rest)) == NULL &&
         one_a_line_alike (r, i);
}

/**
 * _vitae_import_page_has_run:
 * @r: the reader
 * @i: the first of two lines
 *
 * Whether line @i stands under a line set larger (an entry's title), as
 * three plain lines or more of its page set as it is (its left edge, its
 * size), each less than half a line under the one above, stand under
 * another: an entry's duties one a line, so that the two under its
 * title are its duties too.
 */
gboolean
_vitae_import_page_has_run (Reader *r,
                            guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  if (i == 0 || line_at (r, i - 1)->size < line->size + 0.5)
    return FALSE;
  for (guint k = 1; k + 2 < r->lines->len; k++)
    if (k != i && set_as (r, k, line) && set_as (r, k + 1, line) && set_as (r, k + 2, line) &&
        line_at (r, k + 1)->gap < 0.5 * line->size && line_at (r, k + 2)->gap < 0.5 * line->size &&
        line_at (r, k - 1)->size >= line->size + 0.5)
      return TRUE;
  return FALSE;
}

/* Whether line @i, under an entry's title in a section of jobs or
 * projects, is one of its items set one a line without a mark (three
 * lines or more set alike, each a capital's, one ending short or all
 * spaced apart, _vitae_import_in_spaced_run()); unlike
 * _vitae_import_one_a_line_entry_item(), also where the first is short
 * ("Job shadowing"). */
gboolean
_vitae_import_one_a_line_under_title (Reader        *r,
                                      guint          i,
                                      VitaeTextLine *line)
{
  return line->size > 0 && !r->in_header &&
         (r->builder.kind == VITAE_SECTION_EXPERIENCE || r->builder.kind == VITAE_SECTION_PROJECTS ||
          r->builder.kind == VITAE_SECTION_VOLUNTEER) &&
         (r->builder.previous == ROLE_TITLE || r->builder.previous == ROLE_SUBTITLE ||
          (r->builder.previous == ROLE_BULLET && !r->bullet_glyph)) &&
         !r->dated[i] &&
         (_vitae_import_in_one_a_line_run (r, i) || _vitae_import_in_spaced_run (r, i) ||
          (r->builder.kind != VITAE_SECTION_PROJECTS && _vitae_import_starts_spaced_block (r, i)));
}
