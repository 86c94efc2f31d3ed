/* vitae-import-blocks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The line pass's reading of blocks of lines in a PDF that are told
 * apart by the space between them: list items drawn as short
 * paragraphs, without a glyph or an indent, and whether a line under
 * such an item wraps it or starts one (by the space above it, its
 * indent, its case); and of headings told by how they are set alone, as
 * the known headings are. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-private.h"
#include "vitae-text-reader.h"

/* Whether line @i is the line above wrapped: the line above ends so near
 * its column's edge that the first word of line @i would not have fitted
 * there (a word taken as 0.6 em a character, with an em to spare). */
static gboolean
wraps_above (Reader *r,
             guint   i)
{
  VitaeTextLine *above = line_at (r, i - 1);
  VitaeTextLine *line = line_at (r, i);
  glong word = g_utf8_strlen (line->text, strcspn (line->text, " \t"));

  if (above->right <= 0 || r->col_right[i - 1] <= 0)
    return FALSE;
  return r->col_right[i - 1] - above->right <= (0.6 * word + 1) * line->size;
}

/* Whether line @i can be (part of) such an item: not bold, no glyph nor
 * cells, no e-mail address, no heading but one set only as a short line
 * with space above it is (not in capitals, naming no section). */
static gboolean
is_paragraph_line (Reader *r,
                   guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  if (r->heading_like[i] &&
      (_vitae_import_is_upper_text (line->text) || _vitae_import_kind_from_heading (line->text) >= 0))
    return FALSE;
  return line->size > 0 && !strchr (line->text, '\t') &&
         !(line->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_LIST | VITAE_TEXT_LINE_ICON)) &&
         _vitae_import_after_bullet (line->text) == NULL && !strchr (line->text, '@');
}

/* Reads the run of lines right under heading @h; returns where it ends
 * and whether it is a list of short paragraphs. */
static gboolean
is_paragraph_list (Reader *r,
                   guint   h,
                   guint  *end)
{
  VitaeTextLine *first = line_at (r, h + 1);
  guint n_paragraphs = 0, n_wrapped = 0, length = 0, e;

  for (e = h + 1; e < r->lines->len; e++)
    {
      VitaeTextLine *line = line_at (r, e);
      double close = MAX (r->line_gap, r->size_gap[e]) + 0.15 * line->size;
      gunichar c = g_utf8_get_char (line->text);

      if (line->page != first->page || ABS (line->x - first->x) >= 3 || ABS (line->size - first->size) >= 0.5 ||
          !is_paragraph_line (r, e) || (e > h + 1 && line->gap > 2 * line->size))
        break;
      /* A wrapped line of the paragraph: two lines at most. */
      if (e > h + 1 && line->gap <= close && wraps_above (r, e))
        {
          if (++length > 2)
            return FALSE;
          n_wrapped += length == 2;
          continue;
        }
      /* A paragraph's first line: after a clear space, or as close under
       * a paragraph of two lines whose second ended short ("… A to Z" /
       * "Designed …"); not dates, a capital or a digit first. */
      if (e > h + 1 && (line->gap <= close ? length != 2 : line->gap < 0.5 * line->size))
        return FALSE;
      if (r->dated[e] || !(g_unichar_isupper (c) || g_unichar_isdigit (c)))
        return FALSE;
      n_paragraphs++;
      length = 1;
    }
  *end = e;
  return n_paragraphs >= 3 && n_wrapped >= 1;
}

/* Whether line @i is the last of an entry's heading lines, over its
 * text: its title or subtitle, bold or in cells ("Intern <tab> 2024"),
 * set larger than the line under it. */
static gboolean
is_entry_head (Reader *r,
               guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = line_at (r, i + 1);

  return line->size > 0 && (strchr (line->text, '\t') || (line->flags & VITAE_TEXT_LINE_BOLD)) &&
         _vitae_import_after_bullet (line->text) == NULL && next->size < line->size - 0.5 && next->page == line->page &&
         is_paragraph_line (r, i + 1);
}

/* List items drawn with neither a glyph nor an indent, set apart by a
 * paragraph's space instead: right under a heading, or under an entry's
 * title set larger (not in a section of schools), a run of lines of one
 * size and left edge, not bold, three paragraphs or more of one or two
 * lines each (the second the first wrapped, at least once), a clear
 * space between them, or none under a paragraph of two lines whose
 * second ended short. Each paragraph's first line starts an item. */
void
_vitae_import_mark_paragraph_items (Reader *r)
{
  int kind = -1;

  for (guint h = 0; h + 1 < r->lines->len; h++)
    {
      guint end = h + 1;

      if (r->heading_like[h])
        kind = _vitae_import_kind_from_heading (line_at (r, h)->text);
      if (!(r->heading_like[h] || is_entry_head (r, h)) || kind == VITAE_SECTION_EDUCATION ||
          !is_paragraph_list (r, h, &end))
        continue;
      /* (Under an entry's title, a short line or one in italics first is
       * its subtitle: "Data Engineer", over paragraphs of its text.) */
      if (!r->heading_like[h] && ((line_at (r, h + 1)->flags & VITAE_TEXT_LINE_ITALIC) ||
                                  _vitae_import_count_words (line_at (r, h + 1)->text) < 4))
        continue;
      for (guint k = h + 1; k < end; k++)
        {
          r->item_start[k] = k == h + 1 ||
                             line_at (r, k)->gap > MAX (r->line_gap, r->size_gap[k]) + 0.15 * line_at (r, k)->size ||
                             !wraps_above (r, k);
          r->heading_like[k] = FALSE;
        }
      h = end - 1;
    }
}

/* Whether @text is a place and a day's date, as a letter is signed:
 * "Schwanenstadt, 4. September 2018", "Kiel, den 12.03.2024", "Lyon, le
 * 3 mai 2023". */
static gboolean
is_place_and_day (const char *text)
{
  static const char * const articles[] = { "den ", "am ", "le ", "el ", "il ", "dnia ", NULL };
  const char *comma = strstr (text, ", ");
  g_autofree char *place = NULL;
  g_autofree char *start = NULL, *end = NULL;
  const char *date;

  if (comma == NULL || strchr (comma + 2, ',') != NULL)
    return FALSE;
  place = g_strndup (text, comma - text);
  if (_vitae_import_count_words (place) > 3 || _vitae_import_has_digit (place) ||
      !g_unichar_isupper (g_utf8_get_char (place)))
    return FALSE;
  date = comma + 2;
  for (guint a = 0; articles[a]; a++)
    if (g_str_has_prefix (date, articles[a]))
      date += strlen (articles[a]);
  /* (A day first: a number of one or two digits, then a month.) */
  if (!g_ascii_isdigit (date[0]) || (g_ascii_isdigit (date[1]) && g_ascii_isdigit (date[2])))
    return FALSE;
  if (_vitae_import_is_numeric_date (date))
    return TRUE;
  date += strspn (date, "0123456789");
  date += strspn (date, ". ");
  return _vitae_import_parse_dates (date, &start, &end) && start == NULL && strlen (end) >= 7;
}

/* Whether line @i is part of a signature at a CV's end, no content: among
 * the document's last lines, after the sections, the person's name, a
 * place with the day's date, or a signature's labels ("Ort, Datum",
 * "Unterschrift"). */
gboolean
_vitae_import_is_signature (Reader *r,
                            guint   i)
{
  static const char * const labels[] = {
    "ort, datum", "ort und datum", "datum, unterschrift", "unterschrift", "place, date", "place and date", "signature",
    "lieu, date", "lieu et date", "lugar y fecha", "lugar, fecha", "firma", "luogo e data", "luogo, data",
    "local e data", "miejscowość, data", "podpis", NULL
  };
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *last = line_at (r, r->lines->len - 1);
  const char *name = vitae_node_get_text (VITAE_NODE (r->builder.document), "name");
  g_autofree char *folded = NULL;

  if (r->in_header || !r->have_name || line->size <= 0 || line->page != last->page || i + 6 < r->lines->len ||
      strchr (line->text, '\t'))
    return FALSE;
  folded = g_utf8_casefold (line->text, -1);
  g_strstrip (folded);
  if (g_strv_contains (labels, folded))
    return TRUE;
  if (name != NULL && name[0] != '\0')
    {
      g_autofree char *folded_name = g_utf8_casefold (name, -1);

      if (g_str_equal (folded, folded_name))
        return TRUE;
    }
  return is_place_and_day (line->text);
}

/* Whether line @i could be a heading by its words: short, no cells,
 * mark, label, digit or contact detail. */
static gboolean
is_heading_text (Reader *r,
                 guint   i)
{
  const char *text = line_at (r, i)->text;

  return !strchr (text, '\t') && _vitae_import_count_words (text) <= 5 && g_utf8_strlen (text, -1) <= 48 &&
         _vitae_import_after_bullet (text) == NULL && strstr (text, ": ") == NULL &&
         !_vitae_import_has_digit (text) && !_vitae_import_is_contact_line (text) &&
         g_unichar_isalpha (g_utf8_get_char (text));
}

static gboolean
set_alike (const VitaeTextLine *a,
           const VitaeTextLine *b)
{
  return ABS (a->size - b->size) < 0.25 && ABS (a->x - b->x) < 1 &&
         (a->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC)) ==
           (b->flags & (VITAE_TEXT_LINE_BOLD | VITAE_TEXT_LINE_ITALIC));
}

/* Whether line @i is over a line of its page that starts an em or so
 * further in. */
static gboolean
over_indented_line (Reader *r,
                    guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  return i + 1 < r->lines->len && line_at (r, i + 1)->page == line->page &&
         line_at (r, i + 1)->x >= line->x + 0.8 * line->size;
}

/* Marks as headings the lines set as a known heading in capitals is, in
 * the text's size, at an edge left of all the text, over text an em or
 * so further in ("EDUCATION" … "TALKS", "OUTREACH"): when every line
 * that starts at that edge is in capitals, short, set alike and over
 * such text, and no line starts left of it. */
static void
mark_outdented_headings (Reader *r)
{
  VitaeTextLine *known = NULL;

  for (guint i = 0; i < r->lines->len && known == NULL; i++)
    if (r->heading_like[i] && line_at (r, i)->size > 0 && _vitae_import_kind_from_heading (line_at (r, i)->text) >= 0 &&
        _vitae_import_is_upper_text (line_at (r, i)->text) && over_indented_line (r, i))
      known = line_at (r, i);
  if (known == NULL)
    return;
  for (guint k = 0; k < r->lines->len; k++)
    {
      VitaeTextLine *line = line_at (r, k);

      if (line->size > 0 && line->x < known->x + 1 &&
          (!set_alike (line, known) || !is_heading_text (r, k) || !_vitae_import_is_upper_text (line->text) ||
           !over_indented_line (r, k)))
        return;
    }
  for (guint k = 0; k < r->lines->len; k++)
    if (line_at (r, k)->size > 0 && !r->heading_like[k] && set_alike (line_at (r, k), known))
      {
        g_debug ("a heading set at the edge as the known one: %s", line_at (r, k)->text);
        r->heading_like[k] = TRUE;
      }
}

/* Whether the known headings set as line @best is are all in capitals,
 * and set further under the line above them than all but a few other
 * lines so set at the text's size (a first item under its heading):
 * headings told from the text by their capitals and space alone. */
static gboolean
known_alike_in_capitals (Reader *r,
                         guint   best)
{
  double least_gap = G_MAXDOUBLE;
  guint n_known = 0, n_spaced = 0;

  for (guint i = 0; i < r->lines->len; i++)
    {
      VitaeTextLine *line = line_at (r, i);

      if (line->size > 0 && set_alike (line, line_at (r, best)) && r->heading_like[i] &&
          _vitae_import_kind_from_heading (line->text) >= 0)
        {
          if (!_vitae_import_is_upper_text (line->text))
            return FALSE;
          if (i > 0 && line_at (r, i - 1)->page == line->page)
            least_gap = MIN (least_gap, line->gap), n_known++;
        }
    }
  if (least_gap == G_MAXDOUBLE)
    return FALSE;
  for (guint i = 1; i < r->lines->len; i++)
    n_spaced += line_at (r, i)->size > 0 && set_alike (line_at (r, i), line_at (r, best)) &&
                !_vitae_import_is_upper_text (line_at (r, i)->text) && line_at (r, i - 1)->page == line_at (r, i)->page &&
                line_at (r, i)->gap >= least_gap - 0.1 * line_at (r, i)->size;
  return n_spaced <= n_known;
}

/* Marks as headings the lines set as the known headings of a PDF are,
 * though their words name no section ("Selected achievements" between
 * "Skills" and "Projects"): after the first heading so set, in the size
 * (a fifth larger than the text at least), weight, slant and left edge
 * that two known headings or more share, short and without digits, with
 * as much space above as they have at least. Not when such lines would
 * outnumber the known headings: then the style is the entries' titles'
 * too.
 * Known headings in capitals at the text's own size ("EDUCATION",
 * "PUBLICATIONS" over plain entries) make headings of the other short
 * lines in capitals so set ("TEACHING"), with as much space above. */
void
_vitae_import_mark_styled_headings (Reader *r)
{
  guint first = G_MAXUINT, best = G_MAXUINT, n_best = 0, n_alike = 0;
  double least_gap = G_MAXDOUBLE;
  gboolean capitals;

  mark_outdented_headings (r);
  for (guint i = 0; i < r->lines->len; i++)
    {
      guint n = 0;

      if (!r->heading_like[i] || line_at (r, i)->size <= 0 || _vitae_import_kind_from_heading (line_at (r, i)->text) < 0)
        continue;
      first = MIN (first, i);
      for (guint k = 0; k < r->lines->len; k++)
        n += r->heading_like[k] && _vitae_import_kind_from_heading (line_at (r, k)->text) >= 0 &&
             set_alike (line_at (r, i), line_at (r, k));
      if (n > n_best)
        best = i, n_best = n;
    }
  if (n_best < 2 || r->body_size <= 0)
    return;
  capitals = line_at (r, best)->size < 1.2 * r->body_size;
  if (capitals && !known_alike_in_capitals (r, best))
    return;
  /* (From the first heading so set, known or told by its size.) */
  for (guint i = 0; i < first; i++)
    if (r->heading_like[i] && line_at (r, i)->size > 0 && set_alike (line_at (r, i), line_at (r, best)))
      first = i;
  for (guint i = first + 1; i < r->lines->len; i++)
    n_alike += !r->heading_like[i] && set_alike (line_at (r, i), line_at (r, best)) &&
               (!capitals || _vitae_import_is_upper_text (line_at (r, i)->text));
  if (n_alike > n_best)
    return;
  /* (A page's or a column's first line has no space above it.) */
  for (guint i = first; i < r->lines->len; i++)
    if (r->heading_like[i] && line_at (r, i)->gap > 0.5 && set_alike (line_at (r, i), line_at (r, best)) &&
        _vitae_import_kind_from_heading (line_at (r, i)->text) >= 0)
      least_gap = MIN (least_gap, line_at (r, i)->gap);
  for (guint i = first + 1; i < r->lines->len; i++)
    if (!r->heading_like[i] && set_alike (line_at (r, i), line_at (r, best)) && is_heading_text (r, i) &&
        (!capitals || (_vitae_import_is_upper_text (line_at (r, i)->text) && least_gap != G_MAXDOUBLE &&
                       line_at (r, i)->gap >= least_gap - 0.05 * line_at (r, i)->size)) &&
        (least_gap == G_MAXDOUBLE || line_at (r, i)->gap >= least_gap - 0.25 * line_at (r, i)->size))
      {
        g_debug ("a heading set as the known ones: %s", line_at (r, i)->text);
        r->heading_like[i] = TRUE;
      }
}

/* Whether plain line @k is set as line @i is: one page, left edge and
 * size. */
static gboolean
plain_alike (Reader *r,
             guint   k,
             guint   i)
{
  VitaeTextLine *a = line_at (r, k), *b = line_at (r, i);

  return a->page == b->page && ABS (a->x - b->x) < 1 && ABS (a->size - b->size) < 0.5 && !strchr (a->text, '\t') &&
         !r->heading_like[k] && _vitae_import_after_bullet (a->text) == NULL;
}

/**
 * _vitae_import_close_in_spaced_run:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i stands close under the line above it in a run of
 * lines set alike whose items are told apart by space: two lines of the
 * run or more (after its first) stand further under the line above them
 * than @i does, by half an em ("Spring Boot 3: build an API" / "Rest in
 * Java", 2 points apart, 10 from the next certificate); or one does, and
 * two lines or more of the page's other runs set so (an entry of two
 * items, among entries with more). Such a line is the one above wrapped,
 * whatever its first letter.
 */
gboolean
_vitae_import_close_in_spaced_run (Reader *r,
                                   guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  guint s = i, e = i, n_spaced = 0, n_elsewhere = 0;

  if (line->size <= 0 || i == 0)
    return FALSE;
  while (s > 0 && plain_alike (r, s - 1, i))
    s--;
  while (e + 1 < r->lines->len && plain_alike (r, e + 1, i))
    e++;
  for (guint k = s + 1; k <= e; k++)
    n_spaced += line_at (r, k)->gap > line->gap + 0.5 * line->size;
  for (guint k = 1; n_spaced == 1 && k < r->lines->len; k++)
    n_elsewhere += (k <= s || k > e) && plain_alike (r, k, i) && plain_alike (r, k - 1, i) &&
                   line_at (r, k)->gap > line->gap + 0.5 * line->size;
  return (n_spaced >= 2 || n_elsewhere >= 2) && i > s;
}

/**
 * _vitae_import_at_nested_indent:
 * @r: the reader
 * @i: a line indented under an item drawn without a glyph
 *
 * Whether line @i stands where the page's nested items do: another line
 * at its indent and in its size starts with a capital under a less
 * indented line that ended short of its column (where no wrapped line
 * can stand: the next word would have fitted above).
 */
gboolean
_vitae_import_at_nested_indent (Reader *r,
                                guint   i)
{
  VitaeTextLine *line = line_at (r, i);

  for (guint k = 1; k < r->lines->len; k++)
    {
      VitaeTextLine *other = line_at (r, k), *above = line_at (r, k - 1);

      if (k != i && other->page == line->page && ABS (other->x - line->x) < 1 && ABS (other->size - line->size) < 0.5 &&
          g_unichar_isupper (g_utf8_get_char (other->text)) && above->page == other->page &&
          above->x < other->x - 2 && above->right > 0 && r->col_right[k - 1] > 0 && !wraps_above (r, k) &&
          !_vitae_import_runs_on (above->text))
        return TRUE;
    }
  return FALSE;
}

/* Whether the last item read starts with a capital. */
gboolean
_vitae_import_item_starts_upper (Reader *r)
{
  VitaeEntry *entry = r->builder.entry;
  guint n = entry != NULL ? vitae_entry_get_n_bullets (entry) : 0;

  return n > 0 && g_unichar_isupper (g_utf8_get_char (vitae_bullet_get_text (vitae_entry_get_bullet (entry, n - 1))));
}

/**
 * _vitae_import_heads_dated_lines:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i is a subheading over the dated entries it groups
 * ("Data science" over "Nov 2023 <tab> Course …"): a line without
 * cells or dates, set larger than the line right under it, which starts
 * or ends with dates. No list item, though it stands one a line under
 * a heading of certificates.
 */
gboolean
_vitae_import_heads_dated_lines (Reader *r,
                                 guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  g_autofree char *left = NULL, *right = NULL;

  return next != NULL && line->size > 0 && next->page == line->page && next->size < line->size - 0.5 &&
         !strchr (line->text, '\t') && !r->dated[i] && !_vitae_import_dates_first (line->text, &left, &right) &&
         (r->dated[i + 1] || _vitae_import_dates_first (next->text, &left, &right));
}

/**
 * _vitae_import_wraps_into_next:
 * @r: the reader
 * @i: a line
 *
 * Whether line @i is a paragraph's first line, wrapped onto the line
 * right under it: that line starts where it does, in its size, as close
 * under it as a paragraph's lines, with no mark nor cells, and its
 * first word would not have fitted at the end of line @i; not a web
 * address (which fits nowhere but on a line of its own).
 */
gboolean
_vitae_import_wraps_into_next (Reader *r,
                               guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;

  return next != NULL && line->size > 0 && next->page == line->page && ABS (next->x - line->x) < 1 &&
         ABS (next->size - line->size) < 0.5 && next->gap <= MAX (r->line_gap, r->size_gap[i + 1]) + 0.15 * next->size &&
         !strchr (next->text, '\t') && _vitae_import_after_bullet (next->text) == NULL && !r->heading_like[i + 1] &&
         !_vitae_import_looks_like_url (next->text) && wraps_above (r, i + 1);
}
