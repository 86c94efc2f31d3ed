/* vitae-text-reader-pdf.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The text of a PDF, from poppler, as positioned lines for the importer
 * (vitae_pdf_read_lines(), which opens the document in
 * vitae-text-reader-pdf-document.c). The text as a parser reads it is in
 * vitae-text-reader-pdf-text.c, right-to-left reading order in
 * vitae-text-reader-bidi.c, where a row's words part into cells in
 * vitae-text-reader-pdf-cells.c. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <poppler.h>
#include <string.h>

#include "vitae-text-reader.h"
#include "vitae-text-reader-pdf-bars.h"
#include "vitae-text-reader-pdf-rotated.h"
#include "vitae-text-reader-private.h"

void
_vitae_pdf_line_clear (gpointer data)
{
  PdfLine *line = data;

  g_array_unref (line->chars);
}

/**
 * _vitae_pdf_replace_rows:
 * @p: a page
 * @start: the first of its rows read anew
 * @end: the last of them
 * @rows: (transfer none): the rows read of them, owning their chars
 *
 * Puts @rows where the page's rows @start to @end were: the page's rows
 * take their chars, and @rows no longer clears them.
 *
 * Returns: how many rows they are now
 */
guint
_vitae_pdf_replace_rows (PdfPage *p,
                         guint    start,
                         guint    end,
                         GArray  *rows)
{
  g_array_remove_range (p->rows, start, end - start + 1);
  g_array_insert_vals (p->rows, start, rows->data, rows->len);
  g_array_set_clear_func (rows, NULL);
  return rows->len;
}

/* Whether the character @a (its left at @xa) comes before @b (at @xb)
 * in a row: left of it, or as far left and first in the text. */
static inline gboolean
comes_before (double xa,
              guint  a,
              double xb,
              guint  b)
{
  return xa < xb || (!(xa > xb) && a < b);
}

static int
compare_x (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  PdfPage *p = data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  double xa = p->rects[p->rect_of[ia]].x1, xb = p->rects[p->rect_of[ib]].x1;

  return comes_before (xa, ia, xb, ib) ? -1 : comes_before (xb, ib, xa, ia) ? 1 : 0;
}

/* Rows longer than this are sorted by g_array_sort_with_data(); shorter
 * ones, most already in order, by inserting each character in its place
 * (the reader sorts every row several times). Both give the one order
 * comes_before() says. */
#define MAX_INSERTION_SORT 256

/* Sorts the characters of @row from left to right. */
void
_vitae_pdf_sort_row (PdfPage *p,
                     PdfLine *row)
{
  guint *chars = (guint *) row->chars->data;

  if (row->chars->len > MAX_INSERTION_SORT)
    {
      g_array_sort_with_data (row->chars, compare_x, p);
      return;
    }
  for (guint k = 1; k < row->chars->len; k++)
    {
      guint c = chars[k], j = k;
      double x = p->rects[p->rect_of[c]].x1;

      for (; j > 0 && comes_before (x, c, p->rects[p->rect_of[chars[j - 1]]].x1, chars[j - 1]); j--)
        chars[j] = chars[j - 1];
      chars[j] = c;
    }
}

static int
compare_top (gconstpointer a,
             gconstpointer b)
{
  const PdfLine *la = a, *lb = b;

  return la->top < lb->top ? -1 : la->top > lb->top ? 1 : 0;
}

static void pdf_page_unload (PdfPage *p);

static void
pdf_page_clear (PdfPage *p)
{
  pdf_page_unload (p);
  g_clear_pointer (&p->rows, g_array_unref);
}

static void
pdf_page_unload (PdfPage *p)
{
  g_clear_pointer (&p->rects, g_free);
  g_clear_pointer (&p->chars, g_free);
  g_clear_pointer (&p->rect_of, g_free);
  g_clear_pointer (&p->by_char, g_free);
  g_clear_pointer (&p->resized, g_free);
  g_clear_pointer (&p->attributes, poppler_page_free_text_attributes);
  p->n_rects = 0;
  p->n_chars = 0;
}

/* Gives each character its own rectangle, the text layer's marks
 * included. Such a mark drawn as wide as a space between two words that
 * have none ("•<PDF><LRO>438") is the space between them. */
static void
text_layer_marks (PdfPage *p)
{
  for (glong ci = 0; ci < p->n_chars; ci++)
    {
      glong next = ci + 1;

      p->rect_of[ci] = ci;
      if (!_vitae_pdf_is_bidi_mark (p->chars[ci]) || p->rects[ci].x2 - p->rects[ci].x1 < 1 || ci == 0 ||
          g_unichar_isspace (p->chars[ci - 1]) || _vitae_pdf_is_bidi_mark (p->chars[ci - 1]))
        continue;
      while (next < p->n_chars && _vitae_pdf_is_bidi_mark (p->chars[next]))
        next++;
      if (next < p->n_chars && !g_unichar_isspace (p->chars[next]))
        p->chars[ci] = ' ';
    }
}

/* Reads the characters of the page selected from one corner of @area to
 * the other (NULL: the whole page, from its top left), their rectangles
 * and attributes. The bidirectional marks poppler adds have no place on
 * the page (_vitae_pdf_is_bidi_mark()); but marks a PDF's own text
 * layer gives (a browser's print of an online document wraps each run
 * in U+202D … U+202C) have a rectangle each, as every other character. */
static gboolean
pdf_page_load_area (PdfPage          *p,
                    PopplerRectangle *area)
{
  g_autofree char *text = area ? poppler_page_get_text_for_area (p->page, area) : poppler_page_get_text (p->page);
  gboolean laid_out = area ? poppler_page_get_text_layout_for_area (p->page, area, &p->rects, &p->n_rects)
                           : poppler_page_get_text_layout (p->page, &p->rects, &p->n_rects);
  guint ri = 0;

  if (text == NULL || !laid_out)
    return FALSE;
  p->chars = g_utf8_to_ucs4_fast (text, -1, &p->n_chars);

  p->rect_of = g_new0 (guint, p->n_chars + 1);
  for (glong ci = 0; ci < p->n_chars; ci++)
    {
      if (_vitae_pdf_is_bidi_mark (p->chars[ci]))
        p->rect_of[ci] = ri > 0 ? ri - 1 : 0;
      else
        p->rect_of[ci] = ri++;
    }
  if (ri != p->n_rects && p->n_chars == (glong) p->n_rects)
    text_layer_marks (p);
  else if (ri != p->n_rects)
    return FALSE;

  p->attributes = area ? poppler_page_get_text_attributes_for_area (p->page, area)
                       : poppler_page_get_text_attributes (p->page);
  p->by_char = g_new0 (PopplerTextAttributes *, p->n_rects + 1);
  for (GList *l = p->attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      for (int k = MAX (a->start_index, 0); k <= a->end_index && k < (int) p->n_rects; k++)
        p->by_char[k] = a;
    }
  _vitae_pdf_read_math_signs (p);
  return TRUE;
}

/* Reads the page's characters. poppler selects text from the top left
 * corner to the bottom right one, in its own reading order of blocks;
 * on a page in columns that can leave out a block at either end (the
 * name at the top of a main column beside a sidebar with a photo, the
 * column's last line), so every page is read again, selected from its
 * bottom right corner to its top left, and what that adds is added. On
 * a page with right-to-left text (a fifth of its letters or more: not an
 * English page with an Arabic city), the top left selection leaves out
 * some of the first and last lines (it starts at the end of the first,
 * and ends at the start of the last), so such a page is also read from
 * its top right corner to its bottom left. */
static gboolean
pdf_page_load (PdfPage     *p,
               PopplerPage *page)
{
  double height = 0;
  guint n_rtl = 0, n_ltr = 0;

  p->page = page;
  poppler_page_get_size (page, &p->width, &height);
  if (!pdf_page_load_area (p, NULL))
    return FALSE;
  for (glong ci = 0; ci < p->n_chars; ci++)
    {
      int direction = _vitae_pdf_char_direction (p->chars[ci]);

      n_rtl += direction < 0;
      n_ltr += direction > 0;
    }
  p->any_rtl = n_rtl > 0 && n_rtl * 4 >= n_ltr;
  for (guint k = p->any_rtl ? 0 : 1; k < 2; k++)
    {
      /* (50 points beyond the page: a line box may start above it.) */
      PopplerRectangle area = { p->width + 1, k == 0 ? -50 : height + 50, -1, k == 0 ? height + 50 : -50 };
      PdfPage other = { page, };

      if (pdf_page_load_area (&other, &area))
        _vitae_pdf_page_merge (p, &other);
      pdf_page_unload (&other);
    }
  _vitae_pdf_size_drawn_fonts (p);
  return TRUE;
}

static const PopplerRectangle *
char_rect (PdfPage *p,
           guint    i)
{
  return &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];
}

/* A row reads right to left when most of its letters do and so do most
 * of the page's, or when it has no left-to-right letter at all: a
 * wrapped line "and القاهرة." of an English page stays left to right. */
static void
set_directions (PdfPage *p)
{
  int page = 0;

  for (guint k = 0; k < p->rows->len; k++)
    page += g_array_index (p->rows, PdfLine, k).rtl;
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      gboolean any_ltr = FALSE;

      for (guint j = 0; j < row->chars->len && !any_ltr; j++)
        any_ltr = _vitae_pdf_char_direction (p->chars[g_array_index (row->chars, guint, j)]) > 0;
      row->rtl = row->rtl < 0 && (page < 0 || !any_ltr);
    }
}

/* Some HTML-to-PDF printers (FlowCV, Chrome's list markers) set each
 * list item's bullet as a glyph a few tenths of a point tall, at the
 * item's first letter: a symbol less than half as tall as the row's
 * letters. Such a mark where the row's first letter starts is the row's
 * item mark (the bullet drawn is elsewhere, or a picture): it moves
 * to stand a space before the row's first letter, as large as that
 * letter (else it would read after it, glued: "R•ewrote"). */
static void
place_tiny_marks (PdfPage *p,
                  PdfLine *row)
{
  guint first = G_MAXUINT;
  double tallest = 0;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint c = g_array_index (row->chars, guint, j);
      const PopplerRectangle *r = &p->rects[p->rect_of[c]];

      tallest = MAX (tallest, r->y2 - r->y1);
      if (g_unichar_isalnum (p->chars[c]) && (first == G_MAXUINT || r->x1 < p->rects[p->rect_of[first]].x1))
        first = c;
    }
  if (first == G_MAXUINT)
    return;
  for (guint j = 0; j < row->chars->len; j++)
    {
      guint c = g_array_index (row->chars, guint, j);
      PopplerRectangle *r = &p->rects[p->rect_of[c]];
      const PopplerRectangle *letter = &p->rects[p->rect_of[first]];
      PopplerTextAttributes *a = p->by_char[p->rect_of[first]];
      double width = MAX (r->x2 - r->x1, 1);

      if (g_unichar_isalnum (p->chars[c]) || g_unichar_isspace (p->chars[c]) ||
          r->y2 - r->y1 >= 0.5 * tallest || ABS (r->x1 - letter->x1) > 1)
        continue;
      r->x2 = letter->x1 - 0.5 * (a ? a->font_size : tallest);
      r->x1 = r->x2 - width;
      r->y1 = letter->y1;
      r->y2 = letter->y2;
      p->by_char[p->rect_of[c]] = a;
    }
}

/* A row of one tiny mark, a little below the middle of the item's first
 * line (so that, alone, it would be a row between the item's first two
 * lines), belongs to the row whose middle is nearest among those it
 * stands inside. */
static void
merge_tiny_marks (PdfPage *p)
{
  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *mark = &g_array_index (p->rows, PdfLine, k);
      guint i, host_k = G_MAXUINT;
      double middle, best = G_MAXDOUBLE;
      const PopplerRectangle *r;

      if (mark->chars->len != 1)
        continue;
      i = g_array_index (mark->chars, guint, 0);
      r = &p->rects[p->rect_of[i]];
      middle = (r->y1 + r->y2) / 2;
      if (g_unichar_isalnum (p->chars[i]) || g_unichar_isspace (p->chars[i]))
        continue;
      for (guint h = 0; h < p->rows->len; h++)
        {
          PdfLine *row = &g_array_index (p->rows, PdfLine, h);
          double distance = ABS (middle - (row->top + row->bottom) / 2);

          if (h != k && row->chars->len > 1 && middle > row->top && middle < row->bottom &&
              r->y2 - r->y1 < 0.5 * (row->bottom - row->top) && distance < best)
            best = distance, host_k = h;
        }
      if (host_k == G_MAXUINT)
        continue;
      g_array_append_val (g_array_index (p->rows, PdfLine, host_k).chars, i);
      g_array_set_size (mark->chars, 0);
    }
  for (guint k = 0; k < p->rows->len; k++)
    place_tiny_marks (p, &g_array_index (p->rows, PdfLine, k));
}

/* Gathers the characters into rows by their height on the page, top to
 * bottom, but for the glyphs of words set on their side
 * (_vitae_pdf_find_rotated()). */
static void
pdf_page_rows (PdfPage *p)
{
  g_autofree guint8 *rotated = _vitae_pdf_find_rotated (p);
  guint last = G_MAXUINT, last_row = 0; /* the glyph before but spaces, and its row */
  g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  p->rows = g_array_new (FALSE, TRUE, sizeof (PdfLine));
  g_array_set_clear_func (p->rows, _vitae_pdf_line_clear);
  for (guint i = 0; i < (guint) p->n_chars; i++)
    {
      const PopplerRectangle *r = char_rect (p, i);
      double middle = (r->y1 + r->y2) / 2;
      PdfLine *row = NULL;

      if (p->chars[i] == '\n' || p->n_rects == 0 || r->y2 <= r->y1 || _vitae_pdf_is_bidi_mark (p->chars[i]) ||
          (rotated && rotated[i]))
        continue;
      for (guint k = p->rows->len; k > 0; k--)
        {
          PdfLine *candidate = &g_array_index (p->rows, PdfLine, k - 1);
          double row_middle = (candidate->top + candidate->bottom) / 2;
          double height = MIN (candidate->bottom - candidate->top, r->y2 - r->y1);

          /* On the same line: the middles close, for the size of the
           * smaller (a large name beside small contact lines is apart);
           * but a glyph does not join the row of a sign set small inside
           * its line (a math font's "≪" as a quote) when the row before
           * is of its size. */
          if (candidate->bottom - candidate->top < 0.6 * (r->y2 - r->y1) &&
              k > 1 && ABS (middle - (candidate[-1].top + candidate[-1].bottom) / 2) <
                         0.35 * MIN (candidate[-1].bottom - candidate[-1].top, r->y2 - r->y1))
            continue;
          if (ABS (middle - row_middle) < 0.35 * height && !_vitae_pdf_stacks_on_row (p, candidate, i))
            {
              row = candidate;
              break;
            }
        }
      /* (A small letter inside the one before it, the LaTeX logo's "A",
       * is on its row, however high it stands.) */
      if (row == NULL && last != G_MAXUINT && _vitae_pdf_is_inside_glyph (p, i, last))
        {
          row = &g_array_index (p->rows, PdfLine, last_row);
          g_array_append_val (inside, ((guint[2]) { i, last }));
        }
      if (row == NULL)
        {
          PdfLine fresh = { r->y1, r->y2, g_array_new (FALSE, FALSE, sizeof (guint)), FALSE };

          g_array_append_val (p->rows, fresh);
          row = &g_array_index (p->rows, PdfLine, p->rows->len - 1);
        }
      row->rtl += _vitae_pdf_char_direction (p->chars[i]);
      g_array_append_val (row->chars, i);
      if (!g_unichar_isspace (p->chars[i]))
        last = i, last_row = row - (PdfLine *) p->rows->data;
    }
  if (rotated != NULL)
    _vitae_pdf_add_upright (p, rotated);
  _vitae_pdf_part_far_rows (p);
  g_array_sort (p->rows, compare_top);
  merge_tiny_marks (p);
  _vitae_pdf_merge_scripts (p);
  _vitae_pdf_read_tex_logos (p);
  _vitae_pdf_size_inside_glyphs (p, inside);
  set_directions (p);
}

/* The text of one row as it is being read, left to right. */
typedef struct
{
  GString  *raw;
  GArray   *gaps;              /* of WordGap */
  GArray   *wide;              /* of WordGap: the gaps made tabs */
  double    top, bottom, left, right, prev_x2, size;
  double    word_size, prev_word_size;
  double    gap_x;             /* where the part after the first tab starts */
  double    min_width, max_width; /* of its letters */
  gssize    space_before_word;
  guint     n, n_bold, n_italic;
  gboolean  icon;              /* the first glyph is an icon's */
  gunichar  icon_c;            /* that glyph, when private-use */
  double    first_size;        /* the size of the word's first letter */
  double    vote_size;         /* the size most of its letters have so far */
  guint     votes;
  gboolean  lower;             /* a letter after the first is lowercase */
  gboolean  digit;             /* the word starts with a digit */
  double    label_x;           /* the row's label_x */
  const PopplerTextAttributes *prev_font; /* the last visible letter's */
  gunichar  prev_c;
  guint     run;               /* letters of the word so far in prev_font */
  double    usual;             /* the page's usual size */
  double    lead_size;         /* the size of the text before gap_x */
} RowText;

/* The size of the word being read: that of most of its letters, or of
 * its first letter when larger and the others are capitals (small
 * capitals faked with a larger first letter). A single larger letter
 * of a word in lowercase (some PDFs draw a few glyphs from another font
 * that poppler sizes larger: "Execution", "Conceptualiz ing") does
 * not count; nor do an ordinal's raised letters that a word processor
 * sets on the line ("ranked 3rd"), its digits sized as the word before. */
static double
word_size (RowText *t)
{
  return t->lower && !(t->digit && ABS (t->first_size - t->prev_word_size) < 0.25) ? t->vote_size
                                                                                  : MAX (t->first_size, t->vote_size);
}

/* What the word being read adds to the line's size: its largest
 * letter's, unless that is one of those glyphs sized apart (half as
 * large again as most of its letters, and not a capital before small
 * ones). */
static double
word_line_size (RowText *t)
{
  if (t->word_size >= 1.5 * t->vote_size && (t->lower || t->first_size != t->word_size))
    return t->vote_size;
  return t->word_size;
}

static gboolean
raw_ends_in_space (RowText *t)
{
  return t->raw->len > 0 && (t->raw->str[t->raw->len - 1] == ' ' || t->raw->str[t->raw->len - 1] == '\t');
}

/* Whether @r, the next glyph, is the first after the row's label, in a
 * column of labels (_vitae_pdf_find_labels()). */
static gboolean
after_label (RowText                *t,
             const PopplerRectangle *r)
{
  return t->label_x > 0 && t->prev_x2 >= 0 && t->prev_x2 < t->label_x - 1.5 && r->x1 >= t->label_x - 1.5;
}

/* A gap wider than twice the font size is a tab, and so is the gap after
 * a label in a column of labels. */
static gboolean
add_tab (RowText                *t,
         const PopplerRectangle *r,
         double                  char_size)
{
  WordGap gap = { 0, r->x1 - t->prev_x2, char_size };

  if (t->prev_x2 < 0 || (!after_label (t, r) && r->x1 - t->prev_x2 <= 2 * MAX (char_size, 5.0)))
    return FALSE;
  while (t->raw->len > 0 && t->raw->str[t->raw->len - 1] == ' ')
    g_string_truncate (t->raw, t->raw->len - 1);
  gap.space = t->raw->len;
  g_array_append_val (t->wide, gap);
  g_string_append_c (t->raw, '\t');
  if (t->gap_x < 0)
    {
      t->gap_x = r->x1;
      t->lead_size = MAX (t->size, t->word_size > 0 ? word_line_size (t) : 0);
    }
  return TRUE;
}

/* A visible character: its place, size and weight count for the line. */
static void
add_visible (RowText                     *t,
             const PopplerRectangle      *r,
             const PopplerTextAttributes *a,
             gunichar                     c)
{
  double char_size = a ? a->font_size : 0;
  double gap_before = t->prev_x2 >= 0 ? r->x1 - t->prev_x2 : -1;

  /* A visible gap without a space (words set apart by an icon or by
   * position) is a space, and so is a change of weight in a large
   * name's type ("anna" thin, "berg" bold). */
  if (!add_tab (t, r, char_size) && t->prev_x2 >= 0 &&
      (r->x1 - t->prev_x2 > 0.3 * MAX (char_size, 5.0) ||
       _vitae_pdf_weight_parts_words (t->prev_font, t->prev_c, t->run, a, c, t->usual)) &&
      !raw_ends_in_space (t))
    g_string_append_c (t->raw, ' ');
  if (!raw_ends_in_space (t) && g_unichar_isalpha (c) && t->prev_font != NULL && a != NULL &&
      g_strcmp0 (t->prev_font->font_name, a->font_name) == 0)
    t->run++;
  else
    t->run = g_unichar_isalpha (c) ? 1 : 0;
  t->prev_x2 = r->x2;
  t->prev_font = a;
  t->prev_c = c;
  t->min_width = MIN (t->min_width, r->x2 - r->x1);
  t->max_width = MAX (t->max_width, r->x2 - r->x1);
  if (t->left < 0)
    t->left = r->x1;
  t->right = MAX (t->right, r->x2);
  if (t->top < 0 || r->y1 < t->top)
    t->top = r->y1;
  if (r->y2 > t->bottom)
    t->bottom = r->y2;
  /* A word starts: the one before it has its size. */
  if (t->word_size > 0 && raw_ends_in_space (t))
    {
      t->size = MAX (t->size, word_line_size (t));
      _vitae_pdf_split_at_size_change (t->raw, t->space_before_word, t->prev_word_size, word_size (t));
      t->prev_word_size = word_size (t);
      t->word_size = 0;
      t->space_before_word = t->raw->str[t->raw->len - 1] == ' ' ? (gssize) t->raw->len - 1 : -1;
      if (t->space_before_word >= 0 && gap_before >= 0)
        {
          WordGap gap = { t->space_before_word, gap_before, char_size };

          g_array_append_val (t->gaps, gap);
        }
    }
  if (t->word_size == 0)
    t->first_size = char_size, t->votes = 0, t->lower = FALSE, t->digit = g_unichar_isdigit (c);
  else
    t->lower |= g_unichar_islower (c);
  if (t->votes == 0 || char_size == t->vote_size)
    t->vote_size = char_size, t->votes++;
  else
    t->votes--;
  t->word_size = MAX (t->word_size, char_size);
  t->n++;
  t->n_bold += a && _vitae_pdf_font_is_bold (a->font_name);
  t->n_italic += a && _vitae_pdf_font_is_italic (a->font_name);
}

/* Whether @c is a zero-width space or joiner (Google Docs sets one
 * around nearly every word): nothing at all. */
static gboolean
is_zero_width (gunichar c)
{
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

/* Whether @c, U+00AD or U+2010, is another character of the hyphen
 * before it in one glyph (Word maps its hyphen to all three), its box
 * taken into the hyphen's. */
static gboolean
is_hyphen_again (RowText                *t,
                 const PopplerRectangle *r,
                 gunichar                c)
{
  if ((c != 0x00AD && c != 0x2010) || t->raw->len == 0 || t->raw->str[t->raw->len - 1] != '-' || t->prev_x2 < 0 ||
      ABS (r->x1 - t->prev_x2) >= 0.1)
    return FALSE;
  t->prev_x2 = r->x2;
  return TRUE;
}

static void
add_char (RowText                     *t,
          const PopplerRectangle      *r,
          const PopplerTextAttributes *a,
          gunichar                     c)
{
  /* Icons (private-use glyphs, or a row's first: _vitae_pdf_is_icon_letter()),
   * control characters and the visible space "␣" (moderncv's item mark
   * reads "○␣ Item") are no text: a space stands for them. */
  if (t->n == 0 && (g_unichar_type (c) == G_UNICODE_PRIVATE_USE || _vitae_pdf_is_icon_letter (a, c)))
    {
      t->icon = TRUE;
      t->icon_c = g_unichar_type (c) == G_UNICODE_PRIVATE_USE ? c : 0;
      c = ' ';
    }
  /* … and the same glyph again after a wide space: the mark of the
   * item beside, in a list set in two columns ("<glyph> Java <glyph>
   * LINUX"), which the line pass tells by it. */
  else if (t->icon_c != 0 && c == t->icon_c && t->prev_x2 >= 0 && r->x1 - t->prev_x2 > 2 * MAX (t->size, 5.0))
    {
      add_visible (t, r, a, 0x2022);
      g_string_append (t->raw, "\u2022 ");
      return;
    }
  /* … or the first after a label, in a column of labels: the mark of
   * a list beside the label ("2016 <tab> • Item"). */
  else if (_vitae_pdf_is_icon_letter (a, c) && after_label (t, r))
    c = 0x2022;
  /* (A glyph read as a control character, a symbol font's without a
   * map to Unicode, takes its place between the words around it; a
   * carriage return does not, Word's tab drawn as "\t\r\u00a0" glyphs.) */
  if (g_unichar_iscntrl (c) && !g_unichar_isspace (c) && t->prev_x2 >= 0 && r->x2 > r->x1)
    t->prev_x2 = MAX (t->prev_x2, r->x2);
  if (g_unichar_type (c) == G_UNICODE_PRIVATE_USE || (g_unichar_iscntrl (c) && c != '\t') || c == 0xFFFD ||
      c == 0x2423)
    c = ' ';
  if (is_zero_width (c) || is_hyphen_again (t, r, c))
    return;

  if (!g_unichar_isspace (c))
    add_visible (t, r, a, c);
  else if (g_unichar_isspace (c) && (t->raw->len == 0 || raw_ends_in_space (t)))
    return;
  else if (g_unichar_isspace (c))
    c = ' ';
  g_string_append_unichar (t->raw, c);
}

/* Whether the space at @j of a row in reading order has a glyph drawn
 * over (most of) it, beside it in the order past zero-width characters:
 * a letter of another font set in the space's place ("Conceptuali<z
 * over the space>ing"), or the letter before a zero-width space and a
 * space that both take its box (Google Docs before a link's text: "j",
 * U+200B, " ", "anis@…"). */
static gboolean
space_covered (PdfPage *p,
               GArray  *order,
               guint    j)
{
  const PopplerRectangle *space = &g_array_index (order, Placed, j).rect;

  for (int step = -1; step <= 1; step += 2)
    {
      int k = (int) j + step;
      const Placed *other;
      double overlap;

      while (k >= 0 && k < (int) order->len && is_zero_width (p->chars[g_array_index (order, Placed, k).index]))
        k += step;
      if (k < 0 || k >= (int) order->len)
        continue;
      other = &g_array_index (order, Placed, k);
      overlap = MIN (space->x2, other->rect.x2) - MAX (space->x1, other->rect.x1);
      if (!g_unichar_isspace (p->chars[other->index]) && space->x2 > space->x1 &&
          overlap > 0.5 * (space->x2 - space->x1))
        return TRUE;
    }
  return FALSE;
}

/* Whether the glyph at @next repeats @kept, the last one kept of its
 * row, drawn again less than half its width to the right: a line drawn
 * twice, the second a little off (a heavier look without a bold font:
 * "bbookk…" else). */
static gboolean
is_drawn_again (PdfPage      *p,
                const Placed *kept,
                const Placed *next)
{
  double width = kept->rect.x2 - kept->rect.x1;

  return p->chars[kept->index] == p->chars[next->index] && width > 0 &&
         ABS (next->rect.x1 - kept->rect.x1) < 0.5 * width &&
         ABS ((next->rect.x2 - next->rect.x1) - width) < 0.1 * width &&
         ABS (next->rect.y1 - kept->rect.y1) < 0.1 * (kept->rect.y2 - kept->rect.y1);
}

/* The line one row of the page reads as, or NULL. */
static VitaeTextLine *
row_line (PdfPage    *p,
          PdfLine    *row,
          int         page_number,
          double     *prev_bottom,
          GHashTable *spaces)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (WordGap));
  g_autoptr(GArray) wide = g_array_new (FALSE, FALSE, sizeof (WordGap));
  g_autoptr(GString) logical = g_string_new (NULL);
  g_autoptr(GArray) order = NULL;
  int last = 0;
  RowText t = { raw, gaps, wide, -1, -1, -1, 0, -1, 0, 0, 0, -1, G_MAXDOUBLE, 0, -1, 0, 0, 0, FALSE };
  const Placed *kept = NULL;
  VitaeTextLine *line;
  guint mark;
  PopplerRectangle mark_rect;
  gboolean icon_mark = FALSE;
  double mark_text_x = 0;

  t.label_x = row->label_x;
  t.usual = p->usual;
  _vitae_pdf_sort_row (p, row);
  order = _vitae_pdf_reading_order (p, row);
  mark = _vitae_pdf_control_mark (p, order);
  if (mark == G_MAXUINT)
    icon_mark = (mark = _vitae_pdf_icon_mark (p, order, &mark_rect, &mark_text_x)) != G_MAXUINT;
  for (guint j = 0; j < order->len; j++)
    {
      const Placed *placed = &g_array_index (order, Placed, j);
      gunichar c = p->chars[placed->index];
      int direction = _vitae_pdf_char_direction (c);
      gboolean turn;

      if (!g_unichar_isspace (c) && kept != NULL && is_drawn_again (p, kept, placed))
        continue;
      if (!g_unichar_isspace (c))
        kept = placed;

      /* Where the direction changes ("يونيو2018"), and anywhere in a
       * right-to-left row (poppler leaves out spaces around its runs:
       * "Go,Python"), a space narrower than the usual is one; on a page
       * that reads right to left, poppler leaves out spaces in its
       * left-to-right rows too ("Tools:Git"): a gap of a narrow space
       * (a fifth of an em, wider than any kerning) is one there. */
      turn = direction != 0 && last != 0 && direction != last;
      if (g_unichar_isspace (c) && (space_covered (p, order, j) || (row->rtl && _vitae_pdf_space_joins (p, order, j)) ||
                                    (!row->rtl && _vitae_pdf_small_caps_space (p, order, j))))
        continue;
      if (!g_unichar_isspace (c) && t.prev_x2 >= 0 && !raw_ends_in_space (&t) && (turn || row->rtl || p->any_rtl) &&
          placed->rect.x1 - t.prev_x2 > (row->rtl ? 0.15 : turn ? 0.1 : 0.2) * MAX (t.word_size, 5.0))
        g_string_append_c (raw, ' ');
      /* Where poppler ends a line of its own inside the row, the pieces
       * before and after are words apart when a gap of a narrow space
       * (a fifth of an em) stands between them ("Aaron" ⏎ "Hightower");
       * so are the words of a drawn font whose size poppler guessed far
       * off (_vitae_pdf_size_drawn_fonts()) past a gap of 0.15 of the
       * size read (a size read from wide letters is larger): poppler
       * told spaces by the size guessed. */
      else if (!g_unichar_isspace (c) && t.prev_x2 >= 0 && !raw_ends_in_space (&t) &&
               ((placed->index > 0 && p->chars[placed->index - 1] == '\n' &&
                 placed->rect.x1 - t.prev_x2 > 0.2 * MAX (t.word_size, 5.0)) ||
                (p->resized != NULL && p->resized[p->rect_of[placed->index]] &&
                 placed->rect.x1 - t.prev_x2 > 0.15 * MAX (t.word_size, 5.0))))
        g_string_append_c (raw, ' ');
      add_char (&t, j == mark && icon_mark ? &mark_rect : &placed->rect, p->by_char[p->rect_of[placed->index]],
                j == mark ? 0x2022 : c);
      last = direction != 0 ? direction : last;
    }

  _vitae_pdf_join_underscores (raw, gaps, spaces);
  /* A justified line set so loosely that its spaces are as wide as
   * tabs: all alike, and the line ends where another line of its
   * paragraph does. */
  if (row->flush && wide->len > 0 && _vitae_pdf_gaps_alike (gaps, wide))
    {
      for (guint k = 0; k < wide->len; k++)
        raw->str[g_array_index (wide, WordGap, k).space] = ' ';
      t.gap_x = -1;
    }
  _vitae_pdf_split_at_size_change (raw, t.space_before_word, t.prev_word_size, word_size (&t));
  t.size = MAX (t.size, word_line_size (&t));
  _vitae_pdf_split_at_wide_spaces (raw, gaps, t.n >= 6 && t.max_width - t.min_width < 0.03 * t.max_width ? t.max_width : 0,
                                   spaces, row->flush);
  g_string_append (logical, raw->str);
  g_strstrip (logical->str);
  logical->len = strlen (logical->str);
  if (logical->len == 0 || t.n == 0 || !g_utf8_validate (logical->str, -1, NULL))
    return NULL;

  line = g_new0 (VitaeTextLine, 1);
  line->text = _vitae_pdf_dup_composed (logical->str);
  if (line->text == NULL)
    line->text = g_string_free (g_steal_pointer (&logical), FALSE);
  line->size = t.size;
  line->page = page_number;
  line->x = t.left;
  line->right = t.right;
  line->tab_x = t.gap_x;
  line->lead_size = t.gap_x >= 0 ? t.lead_size : 0;
  line->gap = *prev_bottom >= 0 ? t.top - *prev_bottom : 0;
  line->top = t.top;
  if (t.n_bold * 2 > t.n)
    line->flags |= VITAE_TEXT_LINE_BOLD;
  if (t.n_italic * 2 > t.n)
    line->flags |= VITAE_TEXT_LINE_ITALIC;
  if (t.icon)
    line->flags |= VITAE_TEXT_LINE_ICON;
  if (icon_mark)
    line->text_x = mark_text_x;
  _vitae_pdf_mark_line (row, line);
  *prev_bottom = t.bottom;
  return line;
}

/* Adds the lines of one page. The characters are gathered into lines by
 * their height on the page, so that what stands on one line (an entry's
 * title and its right-aligned dates) reads as one, in order from left to
 * right; characters further apart than twice the font size (those dates,
 * the columns of a table) are separated by a tab, and so are words set
 * apart by a wide space (_vitae_pdf_split_at_wide_spaces()) or in very
 * different sizes (_vitae_pdf_split_at_size_change()). */
void
_vitae_pdf_page_lines (PopplerPage *page,
                       int          page_number,
                       GPtrArray   *lines)
{
  PdfPage p = { NULL, };
  double prev_bottom = -1;
  guint first = lines->len;
  g_autoptr(GHashTable) spaces = NULL;

  if (!pdf_page_load (&p, page))
    {
      pdf_page_clear (&p);
      return;
    }
  pdf_page_rows (&p);

  _vitae_pdf_read_columns (&p);
  spaces = _vitae_pdf_page_spaces (&p);
  p.usual = _vitae_pdf_usual_size (&p);
  _vitae_pdf_find_flush_rows (&p);
  _vitae_pdf_find_labels (&p, spaces);
  _vitae_pdf_read_headed_columns (&p);
  _vitae_pdf_find_marks (&p);
  _vitae_pdf_read_marked_columns (&p);
  _vitae_pdf_find_bars (&p);

  for (guint k = 0; k < p.rows->len; k++)
    {
      PdfLine *row = &g_array_index (p.rows, PdfLine, k);
      VitaeTextLine *line;

      /* The right column starts again at the top. */
      if (k > 0 && row->top < g_array_index (p.rows, PdfLine, k - 1).top - 1)
        prev_bottom = -1;
      if (row->chars->len == 0)
        continue;
      line = row_line (&p, row, page_number, &prev_bottom, spaces);
      if (line != NULL)
        g_ptr_array_add (lines, line);
    }
  if (p.any_rtl)
    _vitae_pdf_add_unselected_lines (&p, lines, first);
  pdf_page_clear (&p);
}
