/* vitae-text-reader-pdf-bars.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items marked by a thin upright bar drawn left of each item (a
 * grey rule as tall as the item, a web page's left border printed), with
 * no glyph for it in the text layer (_vitae_pdf_find_bars()). It is too
 * thin for a dot and too tall for a dash, and it reaches above and below
 * its line, so vitae-text-reader-pdf-marks.c, which looks for compact
 * marks in strips as tall as the letters, does not see it. The page is
 * rendered where such bars may stand (one clip), and left of each row
 * that starts with a letter or digit and has no mark yet:
 *
 *  - going left at the height of the first letter's middle, past paper
 *    only (a letter of the text layer on the way is no bar), the first
 *    ink is the bar: at most 0.15 em wide (give or take a pixel) and 2
 *    points, ending with paper left of it, 0.15 to 1.5 ems clear of the
 *    letter;
 *  - going up and down from there, the ink ends within the place looked
 *    at (a rule running down a page or a column's edge is no mark): it
 *    starts no more than 0.6 of the letter's height above the letter's
 *    top (a bar beside the line above, for a wrapped line of its item)
 *    nor below a third of it under that top, ends no higher than a third
 *    of the letter's height above its bottom, has paper on both its
 *    sides along nine tenths of its length and beside both its ends for
 *    a quarter of an em (a box's edge turns into its top and bottom), and
 *    hangs from no written glyph but a letter or digit (a timeline's
 *    rule under its dots);
 *  - no text of two letters or more ends level with the letter within
 *    an em left of the bar (a rule between a column of dates and their
 *    entries);
 *  - the rows beside the bar under its own row start where its letters
 *    do, and then the bar marks an item wrapped onto them: its row
 *    reaches at least four fifths as far as the widest of the rows
 *    starting there (one rule beside a list of short lines marks none of
 *    them, a rule beside an entry's title and its items neither);
 *  - the bar counts when another bar of the page looks alike (as wide
 *    within a pixel and a half, of one colour), and its row's letter is
 *    not larger than the page's usual size by a fifth, but not when a
 *    bar alike stands in a gap of half an em or more after a word of a
 *    row, less than 1.5 ems from it (bars that part the words of a list
 *    set in a line, "Windows | Linux", wrapped onto the next). */

#define G_LOG_DOMAIN "vitae-text-reader"

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "vitae-text-reader-pdf-bars.h"

#define MAX_ROWS 400
/* Pixels a point: a bar of half a point is a pixel and a half. */
#define SCALE 3.0
/* How far (in one channel) ink stands from the paper at least. */
#define INK_DISTANCE 24

/* Where a row's text starts and ends. */
typedef struct
{
  double x1, x2, middle;
  guint  n;              /* its visible characters */
} RowSpan;

/* A place to look for a bar: left of a row's first letter. */
typedef struct
{
  guint    row;
  double   x0, letter_top, letter_bottom, size;
  double   x1, top, bottom;            /* the place, in points */
  gboolean inner;                     /* in a gap between words of the row */
  gboolean found;
  double   bx1, bx2, btop, bbottom;    /* the bar, in points */
  guint32  colour;
} Bar;

/* The page rendered where bars may stand, and where its letters are. */
typedef struct
{
  const guint32 *pixels;
  int            stride, w, h;
  guint8        *text;
  double         left, top;
  guint32        ground;
  PdfPage       *page;
} Canvas;

static gboolean
is_text (const Canvas *c,
         int           x,
         int           y)
{
  return x >= 0 && y >= 0 && x < c->w && y < c->h && c->text[y * c->w + x];
}

/* Whether the pixel at (@x, @y) is ink: neither paper nor a letter. */
static gboolean
is_ink (const Canvas *c,
        int           x,
        int           y)
{
  if (x < 0 || y < 0 || x >= c->w || y >= c->h || c->text[y * c->w + x])
    return FALSE;
  return _vitae_pdf_channel_distance (c->pixels[y * c->stride + x], c->ground) >= INK_DISTANCE;
}

/* Whether any pixel of row @y from @x1 to @x2 is ink. */
static gboolean
any_ink (const Canvas *c,
         int           x1,
         int           x2,
         int           y)
{
  for (int x = x1; x <= x2; x++)
    if (is_ink (c, x, y))
      return TRUE;
  return FALSE;
}

/* Where each row's text starts and ends (x1 is G_MAXDOUBLE for an empty
 * row). */
static GArray *
row_spans (PdfPage *p)
{
  GArray *spans = g_array_sized_new (FALSE, TRUE, sizeof (RowSpan), p->rows->len);

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      RowSpan span = { G_MAXDOUBLE, -G_MAXDOUBLE, (row->top + row->bottom) / 2 };

      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];

          if (g_unichar_isspace (p->chars[i]))
            continue;
          if (span.x1 == G_MAXDOUBLE)
            span.x1 = r->x1, span.middle = (r->y1 + r->y2) / 2;
          span.x2 = MAX (span.x2, r->x2);
          span.n++;
        }
      g_array_append_val (spans, span);
    }
  return spans;
}

/* Sets @bar to look left of a letter (@r, of @size) as far as @x1. */
static void
set_place (Bar                    *bar,
           const PopplerRectangle *r,
           double                  size,
           double                  x1)
{
  double h = r->y2 - r->y1;

  bar->x0 = r->x1;
  bar->letter_top = r->y1;
  bar->letter_bottom = r->y2;
  bar->size = size;
  bar->x1 = MAX (0, x1);
  bar->top = MAX (0, r->y1 - h);
  bar->bottom = r->y2 + 6 * h;
}

/* The places worth a look: left of rows that read left to right, have
 * no mark yet and start with a letter or digit of the page's usual size
 * or a little larger; with @inner, the gaps of half an em or more
 * between the words of rows (where a bar parts words, it is no mark). */
static GArray *
find_places (PdfPage  *p,
             gboolean  inner)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (Bar));

  for (guint k = 0; k < p->rows->len; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);
      const PopplerRectangle *before = NULL, *word = NULL;

      if (row->rtl > 0 || row->mark_x > 0)
        continue;
      for (guint j = 0; j < row->chars->len; j++)
        {
          guint i = g_array_index (row->chars, guint, j);
          gunichar c = p->chars[i];
          const PopplerRectangle *r = &p->rects[p->rect_of[i]];
          PopplerTextAttributes *a = p->by_char[p->rect_of[i]];
          double h = r->y2 - r->y1, size = a && a->font_size > 0 ? a->font_size : h / 1.2;
          Bar bar = { k, };

          if (g_unichar_isspace (c) || h <= 0)
            continue;
          if (before == NULL && !inner && g_unichar_isalnum (c) && !_vitae_pdf_is_icon_letter (a, c) &&
              (p->usual <= 0 || size <= 1.2 * p->usual))
            {
              set_place (&bar, r, size, r->x1 - 2 * size);
              if (bar.x0 - bar.x1 >= 0.5 * size)
                g_array_append_val (bars, bar);
            }
          /* (After a word of two letters or more: a glyph of words
           * set upright beside the text stands alone.) */
          if (word != NULL && inner && r->x1 - before->x2 >= 0.5 * size && before->x1 - word->x2 < 0.3 * size)
            {
              set_place (&bar, r, size, before->x2);
              bar.inner = TRUE;
              g_array_append_val (bars, bar);
            }
          if (!inner && before == NULL)
            break;
          word = before;
          before = r;
        }
    }
  return bars;
}

/* Renders the page (on white paper) inside the places, at SCALE pixels a
 * point, and marks where its letters are; NULL when that would take more
 * than _vitae_pdf_new_paper() allows. */
static cairo_surface_t *
render_places (PdfPage *p,
               GArray  *bars,
               Canvas  *canvas)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = 0, y2 = 0, width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint k = 0; k < bars->len; k++)
    {
      const Bar *bar = &g_array_index (bars, Bar, k);

      x1 = MIN (x1, bar->x1), x2 = MAX (x2, bar->x0);
      y1 = MIN (y1, bar->top), y2 = MAX (y2, bar->bottom);
    }
  canvas->left = floor (x1), canvas->top = floor (y1);
  width = ceil ((x2 - canvas->left) * SCALE) + 1;
  height = ceil ((y2 - canvas->top) * SCALE) + 1;
  /* (Painted white all over before the clip.) */
  surface = _vitae_pdf_new_paper (width, height);
  if (surface == NULL)
    return NULL;
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, SCALE, SCALE);
  cairo_translate (cr, -canvas->left, -canvas->top);
  for (guint k = 0; k < bars->len; k++)
    {
      const Bar *bar = &g_array_index (bars, Bar, k);

      cairo_rectangle (cr, bar->x1, bar->top, bar->x0 - bar->x1, bar->bottom - bar->top);
    }
  cairo_clip (cr);
  poppler_page_render (p->page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  canvas->pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  canvas->stride = cairo_image_surface_get_stride (surface) / 4;
  canvas->w = (int) width;
  canvas->h = (int) height;
  canvas->text = g_new0 (guint8, (gsize) canvas->w * canvas->h);
  canvas->page = p;
  for (glong i = 0; i < p->n_chars; i++)
    {
      const PopplerRectangle *r = &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];
      int rx1 = MAX (0, (int) floor ((r->x1 - canvas->left) * SCALE));
      int rx2 = MIN (canvas->w, (int) ceil ((r->x2 - canvas->left) * SCALE));
      int ry1 = MAX (0, (int) floor ((r->y1 - canvas->top) * SCALE));
      int ry2 = MIN (canvas->h, (int) ceil ((r->y2 - canvas->top) * SCALE));

      if (g_unichar_isspace (p->chars[i]))
        continue;
      for (int y = ry1; y < ry2 && rx2 > rx1; y++)
        memset (canvas->text + (gsize) y * canvas->w + rx1, 1, rx2 - rx1);
    }
  return surface;
}

/* Whether the bar from @x1 to @x2 and from @top to @bottom (pixels) has
 * paper on both its sides along nine tenths of its length, and beside
 * its ends for 0.3 em (@reach pixels) each way (a box's edge turns into
 * its top and bottom, a timeline's rule hangs from a dot). */
static gboolean
stands_alone (const Canvas *c,
              int           x1,
              int           x2,
              int           top,
              int           bottom,
              int           reach)
{
  int touched = 0;

  for (int y = top; y <= bottom; y++)
    touched += is_ink (c, x1 - 1, y) || is_ink (c, x2 + 1, y);
  if (touched > (bottom - top + 1) / 10)
    return FALSE;
  for (int y = top - reach; y <= bottom + reach; y++)
    {
      if (y == top + 2 && bottom - 2 > y)
        y = bottom - 2;
      for (int x = x1 - reach; x <= x2 + reach; x++)
        if ((x < x1 || x > x2) && is_ink (c, x, y))
          return FALSE;
    }
  return TRUE;
}

/* Whether a glyph other than a letter or digit (a timeline's written
 * dot) stands over or under the ends of the bar from @x1 to @x2 and
 * from @top to @bottom (points), less than @reach points away. */
static gboolean
hangs_from_glyph (PdfPage *p,
                  double   x1,
                  double   x2,
                  double   top,
                  double   bottom,
                  double   reach)
{
  for (glong i = 0; i < p->n_chars; i++)
    {
      const PopplerRectangle *r = &p->rects[MIN (p->rect_of[i], p->n_rects - 1)];

      if (g_unichar_isspace (p->chars[i]) || g_unichar_isalnum (p->chars[i]) || r->x2 < x1 - 0.5 ||
          r->x1 > x2 + 0.5)
        continue;
      if ((r->y2 >= top - reach && r->y1 <= top) || (r->y1 <= bottom + reach && r->y2 >= bottom))
        return TRUE;
    }
  return FALSE;
}

/* Looks left of @bar's letter for its bar (see the top of the file). */
static void
read_place (Canvas *c,
            Bar    *bar)
{
  double h = bar->letter_bottom - bar->letter_top, s = bar->size;
  int py = (int) floor (((bar->letter_top + bar->letter_bottom) / 2 - c->top) * SCALE);
  int x = (int) floor ((bar->x0 - c->left) * SCALE) - 2, xmin = (int) ceil ((bar->x1 - c->left) * SCALE);
  int ptop = (int) ceil ((bar->top - c->top) * SCALE), pbottom = (int) floor ((bar->bottom - c->top) * SCALE);
  int bx1, bx2, top, bottom;

  if (x < 0 || py < 0 || x >= c->w || py >= c->h || is_text (c, x, py))
    return;
  c->ground = c->pixels[py * c->stride + x];
  for (; x >= xmin && !is_ink (c, x, py); x--)
    if (is_text (c, x, py))
      return;
  bx2 = x;
  for (; x >= xmin && is_ink (c, x, py); x--)
    ;
  bx1 = x + 1;
  if (x < xmin || bx2 < bx1 || (bx2 - bx1) / SCALE > 0.15 * s || (bx2 - bx1 + 1) / SCALE > 2 ||
      bar->x0 - (c->left + (bx2 + 1) / SCALE) < 0.15 * s || bar->x0 - (c->left + (bx2 + 1) / SCALE) > 1.5 * s)
    return;
  for (top = py; top - 1 >= ptop && any_ink (c, bx1, bx2, top - 1); top--)
    ;
  for (bottom = py; bottom + 1 <= pbottom && any_ink (c, bx1, bx2, bottom + 1); bottom++)
    ;
  if (top - 1 < ptop || bottom + 1 > pbottom)
    return;
  bar->btop = c->top + top / SCALE;
  bar->bbottom = c->top + (bottom + 1) / SCALE;
  if (bar->btop < bar->letter_top - 0.6 * h || bar->btop > bar->letter_top + h / 3 ||
      bar->bbottom < bar->letter_bottom - h / 3 ||
      !stands_alone (c, bx1, bx2, top, bottom, (int) ceil (0.25 * s * SCALE)) ||
      (bar->inner && c->left + bx1 / SCALE - bar->x1 > 1.5 * s))
    return;
  if (hangs_from_glyph (c->page, c->left + bx1 / SCALE, c->left + (bx2 + 1) / SCALE, bar->btop, bar->bbottom, 0.25 * s))
    return;
  bar->found = TRUE;
  bar->bx1 = c->left + bx1 / SCALE;
  bar->bx2 = c->left + (bx2 + 1) / SCALE;
  bar->colour = c->pixels[py * c->stride + (bx1 + bx2) / 2];
}

/* Whether @bar marks its row's item: no text of two letters or more ends
 * level with the letter within an em left of it (a rule between a
 * column of dates and their entries), and when it stands beside rows
 * under its own (starting where its letters do), it marks one item
 * wrapped onto them: its row reaches at least four fifths as far as the
 * widest row starting where it does. */
static gboolean
marks_item (const Bar *bar,
            GArray    *spans)
{
  const RowSpan *own = &g_array_index (spans, RowSpan, bar->row);
  double widest = own->x2;
  gboolean beside = FALSE;

  for (guint k = 0; k < spans->len; k++)
    {
      const RowSpan *span = &g_array_index (spans, RowSpan, k);

      if (span->n >= 2 && span->middle > bar->letter_top && span->middle < bar->letter_bottom &&
          span->x2 <= bar->bx1 + 0.5 && span->x2 >= bar->bx1 - bar->size)
        return FALSE;
      if (k != bar->row && span->middle > own->middle && span->middle < bar->bbottom && span->x1 > bar->bx2 &&
          span->x1 < bar->x0 + 2 * bar->size)
        {
          if (ABS (span->x1 - bar->x0) > 1)
            return FALSE;
          beside = TRUE;
        }
      if (ABS (span->x1 - bar->x0) <= 1)
        widest = MAX (widest, span->x2);
    }
  return !beside || own->x2 - bar->x0 >= 0.8 * (widest - bar->x0);
}

/* Whether bars @a and @b look alike: as wide within a pixel and a half,
 * of one colour. */
static gboolean
bars_alike (const Bar *a,
            const Bar *b)
{
  return ABS ((a->bx2 - a->bx1) - (b->bx2 - b->bx1)) <= 1.5 / SCALE && _vitae_pdf_channel_distance (a->colour, b->colour) <= 48;
}

/* Renders the page where @bars are to be looked for and reads each;
 * FALSE when it cannot be rendered or no bar is found. */
static gboolean
read_places (PdfPage *p,
             GArray  *bars)
{
  g_autofree guint8 *text = NULL;
  Canvas canvas = { NULL, };
  cairo_surface_t *surface;
  gboolean any = FALSE;

  if (bars->len == 0)
    return FALSE;
  surface = render_places (p, bars, &canvas);
  if (surface == NULL)
    return FALSE;
  text = canvas.text;
  for (guint k = 0; k < bars->len; k++)
    {
      read_place (&canvas, &g_array_index (bars, Bar, k));
      any |= g_array_index (bars, Bar, k).found;
    }
  cairo_surface_destroy (surface);
  return any;
}

/* Whether the page's lists have their marks already: three rows or more
 * start with a list glyph or have a drawn mark (_vitae_pdf_find_marks()).
 * A page marks its lists one way; bars are then not looked for, which
 * spares rendering it. */
static gboolean
has_marked_lists (PdfPage *p)
{
  static const gunichar glyphs[] = { 0x2022, 0x25AA, 0x25E6, 0x2023, 0x25CF, 0x25A0, 0x25A1, 0x27A2, 0x25BA,
                                     0x25B8, 0x2713, 0 };
  guint n = 0;

  for (guint k = 0; k < p->rows->len && n < 3; k++)
    {
      PdfLine *row = &g_array_index (p->rows, PdfLine, k);

      if (row->mark_x > 0)
        {
          n++;
          continue;
        }
      for (guint j = 0; j < row->chars->len; j++)
        {
          gunichar c = p->chars[g_array_index (row->chars, guint, j)];

          if (g_unichar_isspace (c))
            continue;
          for (guint g = 0; glyphs[g] != 0; g++)
            n += c == glyphs[g];
          break;
        }
    }
  return n >= 3;
}

/**
 * _vitae_pdf_find_bars:
 * @p: a page whose drawn marks are found (_vitae_pdf_find_marks())
 *
 * Finds the rows whose list mark is a thin upright bar (see the top of
 * the file) and sets their mark_x to where it starts.
 */
void
_vitae_pdf_find_bars (PdfPage *p)
{
  g_autoptr(GArray) bars = NULL;
  g_autoptr(GArray) inner = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) twins = NULL;
  gboolean any_twin = FALSE;

  if (p->rows->len > MAX_ROWS || has_marked_lists (p))
    return;
  bars = find_places (p, FALSE);
  if (bars->len < 2 || !read_places (p, bars))
    return;
  spans = row_spans (p);
  for (guint k = 0; k < bars->len; k++)
    {
      Bar *bar = &g_array_index (bars, Bar, k);

      bar->found = bar->found && marks_item (bar, spans);
    }
  twins = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), bars->len);
  for (guint k = 0; k < bars->len; k++)
    {
      const Bar *bar = &g_array_index (bars, Bar, k);
      gboolean twin = FALSE;

      for (guint j = 0; j < bars->len && !twin && bar->found; j++)
        twin = j != k && g_array_index (bars, Bar, j).found && bars_alike (bar, &g_array_index (bars, Bar, j));
      g_array_append_val (twins, twin);
      any_twin |= twin;
    }
  /* Bars that part words in rows are no marks. (Looked for only when a
   * bar has a twin: rendering the page again costs as much as reading
   * its text.) */
  if (!any_twin)
    return;
  inner = find_places (p, TRUE);
  read_places (p, inner);

  for (guint k = 0; k < bars->len; k++)
    {
      const Bar *bar = &g_array_index (bars, Bar, k);
      gboolean parts = FALSE;

      if (!g_array_index (twins, gboolean, k))
        continue;
      for (guint j = 0; j < inner->len && !parts; j++)
        parts = g_array_index (inner, Bar, j).found && bars_alike (bar, &g_array_index (inner, Bar, j));
      if (!parts)
        g_array_index (p->rows, PdfLine, bar->row).mark_x = bar->bx1;
    }
}
