/* vitae-text-reader-bidi.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Right-to-left text in a PDF: poppler gives the characters of Arabic and
 * Hebrew in the order they are drawn, or in reading order wrapped in
 * bidirectional marks, and its selection leaves lines of such pages
 * out. The PDF reader (vitae-text-reader-pdf.c) puts each row's
 * characters in reading order by their places
 * (_vitae_pdf_reading_order()) and adds what a selection left out. */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vitae-text-reader-private.h"

static int
compare_unichar (gconstpointer a,
                 gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The bidirectional controls poppler wraps right-to-left characters and
 * the numbers among them in (LRE, RLE, PDF), and the overrides (LRO,
 * RLO) some text layers wrap their runs in: they have no place on the
 * page. */
gboolean
_vitae_pdf_is_bidi_mark (gunichar c)
{
  return c >= 0x202A && c <= 0x202E;
}

/* -1 for a letter of a right-to-left script, 1 for another letter or a
 * digit (numbers read left to right in right-to-left text too), 0 for
 * the rest (spaces, punctuation). */
int
_vitae_pdf_char_direction (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  if (script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW || script == G_UNICODE_SCRIPT_SYRIAC ||
      script == G_UNICODE_SCRIPT_THAANA || script == G_UNICODE_SCRIPT_NKO)
    return g_unichar_isalpha (c) || g_unichar_ismark (c) ? -1 : g_unichar_isdigit (c);
  return g_unichar_isalnum (c) ? 1 : 0;
}

/* A character's place, in hundredths of a point: where two selections
 * of a page give the same character. */
typedef struct {
  gint64 x1, y1, x2;
} Place;

static Place
place_of (const PopplerRectangle *r)
{
  return (Place) { llround (r->x1 * 100), llround (r->y1 * 100), llround (r->x2 * 100) };
}

static guint
place_hash (gconstpointer key)
{
  const Place *place = key;

  return (guint) (place->x1 * 1000003 + place->y1 * 8191 + place->x2);
}

static gboolean
place_equal (gconstpointer a,
             gconstpointer b)
{
  const Place *x = a, *y = b;

  return x->x1 == y->x1 && x->y1 == y->y1 && x->x2 == y->x2;
}

/* Adds the characters of @other (the same page, selected otherwise) that
 * @p does not have, by their place on the page. */
void
_vitae_pdf_page_merge (PdfPage *p,
                       PdfPage *other)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (place_hash, place_equal);
  g_autofree Place *places = g_new (Place, p->n_rects + 1);
  guint n_rects = p->n_rects;

  for (guint k = 0; k < p->n_rects; k++)
    {
      places[k] = place_of (&p->rects[k]);
      g_hash_table_add (seen, &places[k]);
    }

  p->rects = g_renew (PopplerRectangle, p->rects, p->n_rects + other->n_rects + 1);
  p->chars = g_renew (gunichar, p->chars, p->n_chars + other->n_chars + 1);
  p->rect_of = g_renew (guint, p->rect_of, p->n_chars + other->n_chars + 1);
  p->by_char = g_renew (PopplerTextAttributes *, p->by_char, p->n_rects + other->n_rects + 1);
  for (glong ci = 0; ci < other->n_chars; ci++)
    {
      const PopplerRectangle *r = &other->rects[other->rect_of[ci]];
      Place place = place_of (r);

      if (_vitae_pdf_is_bidi_mark (other->chars[ci]) || other->chars[ci] == '\n')
        continue;
      if (g_hash_table_contains (seen, &place))
        continue;
      p->rects[n_rects] = *r;
      p->by_char[n_rects] = other->by_char[other->rect_of[ci]];
      p->chars[p->n_chars] = other->chars[ci];
      p->rect_of[p->n_chars++] = n_rects++;
    }
  p->n_rects = n_rects;
  p->attributes = g_list_concat (p->attributes, g_steal_pointer (&other->attributes));
}

/* Puts the run @from … @to of @order in the other direction: reversed,
 * and mirrored within the room it takes. */
static void
turn_run (GArray *order,
          guint   from,
          guint   to)
{
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  for (guint j = from; j <= to; j++)
    {
      left = MIN (left, g_array_index (order, Placed, j).rect.x1);
      right = MAX (right, g_array_index (order, Placed, j).rect.x2);
    }
  for (guint j = from; j <= to; j++)
    {
      PopplerRectangle *r = &g_array_index (order, Placed, j).rect;
      double x1 = r->x1;

      r->x1 = left + right - r->x2;
      r->x2 = left + right - x1;
    }
  for (guint a = from, b = to; a < b; a++, b--)
    {
      Placed swap = g_array_index (order, Placed, a);

      g_array_index (order, Placed, a) = g_array_index (order, Placed, b);
      g_array_index (order, Placed, b) = swap;
    }
}

/* The characters of a row in reading order, whatever order poppler gave
 * them in (drawn, or logical with bidirectional marks): by their place,
 * from the right in a right-to-left row (whose rectangles are mirrored,
 * so that reading goes on to the right as in any other row), and each
 * run of the other direction inside (a number or a Latin word among
 * Hebrew, an Arabic name among English) turned back. */
GArray *
_vitae_pdf_reading_order (PdfPage *p,
                          PdfLine *row)
{
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (Placed), row->chars->len);
  int base = row->rtl ? -1 : 1;
  gint run_start = -1, run_end = -1;

  for (guint j = 0; j < row->chars->len; j++)
    {
      guint i = g_array_index (row->chars, guint, row->rtl ? row->chars->len - 1 - j : j);
      Placed placed = { i, p->rects[p->rect_of[i]] };

      if (row->rtl)
        {
          placed.rect.x1 = p->width - p->rects[p->rect_of[i]].x2;
          placed.rect.x2 = p->width - p->rects[p->rect_of[i]].x1;
        }
      g_array_append_val (order, placed);
    }
  for (guint j = 0; j <= order->len; j++)
    {
      int direction = j < order->len ? _vitae_pdf_char_direction (p->chars[g_array_index (order, Placed, j).index]) : base;

      if (direction == -base)
        {
          run_start = run_start < 0 ? (gint) j : run_start;
          run_end = j;
        }
      else if (direction == base && run_start >= 0)
        {
          turn_run (order, run_start, run_end);
          run_start = -1;
        }
    }
  return order;
}

/* Whether the space at @j of a right-to-left row in reading order
 * stands between two right-to-left letters that touch (less than a
 * tenth of an em apart): poppler puts such spaces inside Arabic words
 * set with joined letters (\"ل غات\" for \"لغات\"); a space between
 * words has the room of one. */
gboolean
_vitae_pdf_space_joins (PdfPage *p,
                        GArray  *order,
                        guint    j)
{
  const Placed *before, *after;
  PopplerTextAttributes *a;

  if (j == 0 || j + 1 >= order->len)
    return FALSE;
  before = &g_array_index (order, Placed, j - 1);
  after = &g_array_index (order, Placed, j + 1);
  a = p->by_char[p->rect_of[after->index]];
  return _vitae_pdf_char_direction (p->chars[before->index]) < 0 &&
         _vitae_pdf_char_direction (p->chars[after->index]) < 0 &&
         after->rect.x1 - before->rect.x2 < 0.1 * (a ? a->font_size : 10);
}

/* The letters of @text without marks and spaces, sorted: the same for a
 * line in drawn order and in reading order. */
static char *
letters_key (const char *text)
{
  g_autoptr(GArray) letters = g_array_new (FALSE, FALSE, sizeof (gunichar));
  GString *key = g_string_new (NULL);

  for (const char *q = text; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_isspace (c) && !_vitae_pdf_is_bidi_mark (c))
        g_array_append_val (letters, c);
    }
  g_array_sort (letters, compare_unichar);
  for (guint k = 0; k < letters->len; k++)
    g_string_append_unichar (key, g_array_index (letters, gunichar, k));
  return g_string_free (key, FALSE);
}

#define LRE 0x202A
#define RLE 0x202B
#define LRO 0x202D
#define RLO 0x202E

/* The characters of a line of poppler's word selection without its
 * marks. Each left-to-right word comes wrapped in an LRE … PDF pair of
 * its own, and poppler leaves out some spaces between two such words
 * ("Make<PDF><LRE>Docker,"): they are put back. Sets @wrapped when the
 * line has such words. */
static GArray *
word_line_chars (const char *text,
                 gboolean   *wrapped)
{
  GArray *chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gunichar));
  gboolean closed_ltr = FALSE;

  *wrapped = FALSE;
  for (const char *q = text; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (c == LRE && closed_ltr && chars->len > 0 && g_array_index (chars, gunichar, chars->len - 1) != ' ')
        {
          gunichar space = ' ';

          g_array_append_val (chars, space);
        }
      if (c == LRE || c == RLE || c == LRO || c == RLO)
        {
          *wrapped |= c == LRE || c == LRO;
          g_array_append_val (open, c);
        }
      else if (_vitae_pdf_is_bidi_mark (c))
        {
          closed_ltr |= open->len > 0 && g_array_index (open, gunichar, open->len - 1) == LRE;
          if (open->len > 0)
            g_array_set_size (open, open->len - 1);
        }
      else
        {
          g_array_append_val (chars, c);
          closed_ltr = FALSE;
        }
    }
  return chars;
}

/* A line of poppler's word selection in reading order. It gives the
 * letters of a right-to-left line in reading order but each space one
 * letter late ("שפותת כנות" for "שפות תכנות"), and the words of a
 * left-to-right run in it from the right ("Python Go," for "Go,
 * Python"), also when the line has no right-to-left letter at all
 * (poppler reads the whole page right to left: "Make Docker, Git,
 * Tools:"): all are put back. */
static GString *
word_line_text (const char *text)
{
  gboolean wrapped;
  g_autoptr(GArray) chars = word_line_chars (text, &wrapped);
  GString *out = g_string_new (NULL);
  int balance = 0;

  for (guint k = 0; k < chars->len; k++)
    balance += _vitae_pdf_char_direction (g_array_index (chars, gunichar, k));
#define AT(k) g_array_index (chars, gunichar, (k))
  for (guint k = 2; balance < 0 && k + 1 < chars->len; k++)
    if (AT (k) == ' ' && _vitae_pdf_char_direction (AT (k - 1)) < 0 && _vitae_pdf_char_direction (AT (k - 2)) < 0 &&
        _vitae_pdf_char_direction (AT (k + 1)) < 0)
      {
        AT (k) = AT (k - 1);
        AT (k - 1) = ' ';
      }
  for (guint k = 0; k < chars->len;)
    {
      guint end = k, last = k;
      g_autoptr(GString) run = NULL;
      g_auto(GStrv) words = NULL;

      if ((balance >= 0 && !wrapped) || _vitae_pdf_char_direction (AT (k)) <= 0)
        {
          g_string_append_unichar (out, AT (k++));
          continue;
        }
      /* The run, with the punctuation that sticks to its words. */
      for (end = k; end < chars->len && _vitae_pdf_char_direction (AT (end)) >= 0; end++)
        if (_vitae_pdf_char_direction (AT (end)) > 0 || (AT (end) != ' ' && last + 1 == end))
          last = end;
      run = g_string_new (NULL);
      for (guint j = k; j <= last; j++)
        g_string_append_unichar (run, AT (j));
      words = g_strsplit (run->str, " ", -1);
      if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      for (guint w = g_strv_length (words); w > 0; w--)
        g_string_append_printf (out, "%s%s", words[w - 1], w > 1 ? " " : "");
      k = last + 1;
    }
#undef AT
  return out;
}

/* poppler's glyph selection (which gives the characters their places)
 * leaves out the last line of some right-to-left pages whichever way it
 * runs; its word selection has it. A line of the word selection whose
 * letters no line of the page has is added after them, in the order
 * poppler gives, without its marks, as large as the page's last line. */
void
_vitae_pdf_add_unselected_lines (PdfPage   *p,
                                 GPtrArray *lines,
                                 guint      first)
{
  double height = 0;
  PopplerRectangle area;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  VitaeTextLine *last = lines->len > first ? g_ptr_array_index (lines, lines->len - 1) : NULL;

  poppler_page_get_size (p->page, NULL, &height);
  area = (PopplerRectangle) { -1, -1, p->width + 1, height + 1 };
  text = poppler_page_get_selected_text (p->page, POPPLER_SELECTION_WORD, &area);
  if (text == NULL || last == NULL)
    return;
  for (guint k = first; k < lines->len; k++)
    g_hash_table_add (have, letters_key (((VitaeTextLine *) g_ptr_array_index (lines, k))->text));

  parts = g_strsplit (text, "\n", -1);
  for (guint k = 0; parts[k]; k++)
    {
      g_autofree char *key = letters_key (parts[k]);
      GString *clean;
      VitaeTextLine *line;

      if (key[0] == '\0' || g_hash_table_contains (have, key) || !g_utf8_validate (parts[k], -1, NULL))
        continue;
      /* The word selection may cut a line of the page in two (at a
       * ligature): two parts that together are a line are had. */
      if (parts[k + 1] != NULL)
        {
          g_autofree char *both = g_strconcat (parts[k], parts[k + 1], NULL);
          g_autofree char *both_key = letters_key (both);

          if (g_hash_table_contains (have, both_key))
            {
              k++;
              continue;
            }
        }
      clean = word_line_text (parts[k]);
      line = g_new0 (VitaeTextLine, 1);
      *line = *last;
      line->text = g_strstrip (g_string_free (clean, FALSE));
      line->style = NULL;
      line->flags = 0;
      line->tab_x = -1;
      line->right = 0;
      g_ptr_array_add (lines, line);
      g_hash_table_add (have, g_steal_pointer (&key));
    }
}
