/* vitae-text-reader-pdf-headings.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A page's left column that holds the sections' headings alone, no
 * column of its own (_vitae_pdf_read_heading_column()): headings beside
 * their sections' text, or each a little over it; for the columns of
 * the PDF reader (vitae-text-reader-pdf-columns.c). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <string.h>

#include "vitae-text-reader-private.h"

/* Whether @c is a glyph that word processors' templates draw rules
 * with, alone on their line: a horizontal line ("─", "━") or the Hangul
 * letter "ㅡ", a flat stroke (no word of Korean is that letter alone). */
gboolean
_vitae_pdf_is_rule_glyph (gunichar c)
{
  return c == 0x3161 || c == 0x2500 || c == 0x2501;
}

/* A narrow left column of headings alone (a word processor's table with
 * the section headings in its first column, beside or level with their
 * sections) is no sidebar: no more than two of its lines follow each
 * other, and each is a few words without digits or punctuation. The
 * importer reads those as side headings. Its headings share rows with
 * the text beside them: a left column that shares none, or that sets
 * headings of its own larger than its lines below the first row it
 * shares, is a column of its own. */
static gboolean
is_heading_column (PdfPage *p,
                   double   gutter,
                   int     *header_end)
{
  guint run = 0, longest = 0;
  gboolean seen_both = FALSE;
  double heading_size = _vitae_pdf_left_size (p, gutter, -1);
  gboolean in_header = TRUE;

  *header_end = -1;

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      gboolean left = FALSE, right = FALSE, across = FALSE, in_word = FALSE;
      guint n_words = 0, n_letters = 0;

      /* A name and a title set larger than the headings, above or
       * beside the first of them, and the contact details set smaller
       * under them, are the page's header. */
      if (seen_both && _vitae_pdf_left_size (p, gutter, k) > heading_size + 0.5)
        return FALSE;
      if (_vitae_pdf_left_size (p, gutter, k) > heading_size + 0.5 ||
          (in_header && _vitae_pdf_left_size (p, gutter, k) > 0 && _vitae_pdf_left_size (p, gutter, k) < heading_size - 0.5))
        {
          run = 0;
          *header_end = in_header ? (int) k : *header_end;
          continue;
        }
      in_header &= _vitae_pdf_left_size (p, gutter, k) == 0;

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          gunichar c = p->chars[i];

          /* (A rule drawn with glyphs is neither side's text.) */
          if (_vitae_pdf_is_rule_glyph (c))
            continue;
          across |= !g_unichar_isspace (c) && r->x1 < gutter - 3 && r->x2 > gutter + 3;
          if (r->x1 >= gutter - 3)
            {
              right |= !g_unichar_isspace (c);
              continue;
            }
          if (g_unichar_isspace (c))
            {
              in_word = FALSE;
              continue;
            }
          left = TRUE;
          n_letters++;
          n_words += !in_word;
          in_word = TRUE;
          if (g_unichar_isdigit (c) || (c < 128 && strchr (",:/@|()", (char) c)))
            n_words = 99;
        }
      if (across || !(seen_both || (left && right)))
        {
          run = 0;
          continue;
        }
      seen_both = TRUE;
      run = left ? run + 1 : 0;
      longest = MAX (longest, run);
      if (left && (n_words > 4 || n_letters > 32))
        return FALSE;
    }
  return seen_both && longest <= 2;
}

/* Whether the text left of @gutter is a column of headings each set
 * over its section's text rather than beside it (a word processor's
 * template: a rule and a heading at the left, a little above the text
 * of the section, indented right of them): below the header (the rows
 * with text on both sides at the page's top, up to *@header_end), no
 * row has text on both sides nor across; the left column's rows come in
 * runs of one or two, each a few words without digits, set in bold or
 * larger than the page's text; and two rows of the text at the right or
 * more follow every run but one at the page's end. */
static gboolean
is_heading_column_above (PdfPage *p,
                         double   gutter,
                         int     *header_end)
{
  guint run = 0, n_runs = 0, n_after = 0, n_short = 0;
  gboolean in_header = TRUE;
  double body = _vitae_pdf_usual_size (p);

  *header_end = -1;
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      gboolean left = FALSE, right = FALSE, bold = TRUE, in_word = FALSE;
      guint n_words = 0, n_letters = 0;
      double size = 0;

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
          gunichar c = p->chars[i];

          if (g_unichar_isspace (c))
            {
              in_word = FALSE;
              continue;
            }
          if (_vitae_pdf_is_rule_glyph (c))
            continue;
          if (r->x1 < gutter - 3 && r->x2 > gutter + 3)
            return FALSE;
          if (r->x1 >= gutter - 3)
            {
              right = TRUE;
              continue;
            }
          left = TRUE;
          n_letters++;
          n_words += !in_word;
          in_word = TRUE;
          bold &= a != NULL && _vitae_pdf_font_is_bold (a->font_name);
          size = MAX (size, a != NULL ? a->font_size : 0);
          if (g_unichar_isdigit (c) || (c < 128 && strchr (",:/@|()", (char) c)))
            return FALSE;
        }
      if (in_header && left && right)
        {
          *header_end = (int) k;
          continue;
        }
      in_header = FALSE;
      if (left && right)
        return FALSE;
      if (left)
        {
          if (n_words > 4 || n_letters > 32 || !(bold || size >= 1.1 * body) || ++run > 2)
            return FALSE;
          n_runs += run == 1;
          /* (The run before had too little text after it: unless it was
           * the page's first, the name over the contact details.) */
          if (run == 1 && n_runs == 2 && n_after < 2 && *header_end < 0)
            *header_end = (int) k - 1, n_runs--;
          else if (run == 1 && n_runs > 1 && n_after < 2)
            n_short++;
          n_after = 0;
        }
      else if (right)
        run = 0, n_after++;
    }
  return n_runs >= 2 && body > 0 && n_short == 0;
}

/* Reads a page whose left column holds headings alone: its header (a
 * name and a title larger than the headings at the left, rows 0 to
 * @header_end, with contact details at the right) as two columns, then
 * each heading set over two lines before the lines beside it. */
static void
read_heading_column (PdfPage *p,
                     double   gutter,
                     int      header_end)
{
  guint first = header_end >= 0 ? 2 * (header_end + 1) : 0;

  if (header_end >= 0)
    _vitae_pdf_split_rows (p, gutter, 0, header_end);
  for (guint k = first; k < p->rows->len; k++)
    {
      guint start = k, end = k;
      PdfLine *heading = &g_array_index (p->rows, PdfLine, k);

      if (_vitae_pdf_left_size (p, gutter, k) == 0)
        continue;
      /* A heading over two lines, close under each other (rows of the
       * other column alone may stand between them, set at its own
       * leading). */
      for (guint next = end + 1; next < p->rows->len; next++)
        {
          PdfLine *line = &g_array_index (p->rows, PdfLine, end);
          PdfLine *below = &g_array_index (p->rows, PdfLine, next);

          if (below->top - line->bottom >= 0.5 * (line->bottom - line->top))
            break;
          if (_vitae_pdf_left_size (p, gutter, next) > 0)
            end = next;
        }
      /* A heading of one line and what stands beside it read as one
       * line ("Skills <tab> …": the importer's side headings). */
      if (end == k)
        continue;
      /* A line beside the heading that stands a little higher (in a
       * smaller size) comes after it too. */
      while (start > first && g_array_index (p->rows, PdfLine, start - 1).bottom > heading->top)
        start--;
      _vitae_pdf_split_rows (p, gutter, start, end);
      k = start + 2 * (end - start + 1) - 1;
    }
}

/* Reads the page as its left column of headings alone asks, when it
 * is one (beside their sections: is_heading_column(), then
 * read_heading_column(); over them: is_heading_column_above(), its
 * header as two columns, the rest row by row). Returns whether it was. */
gboolean
_vitae_pdf_read_heading_column (PdfPage *p,
                                double   gutter)
{
  int header_end = -1;

  if (is_heading_column (p, gutter, &header_end))
    {
      read_heading_column (p, gutter, header_end);
      return TRUE;
    }
  if (is_heading_column_above (p, gutter, &header_end))
    {
      if (header_end >= 0)
        _vitae_pdf_split_rows (p, gutter, 0, header_end);
      return TRUE;
    }
  return FALSE;
}
