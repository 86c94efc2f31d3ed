/* vitae-layout.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-error.h"
#include "vitae-fonts.h"
#include "vitae-language.h"
#include "vitae-render-private.h"
#include "vitae-render.h"

/*
 * The renderer turns a document into blocks, in reading order, each made of
 * Pango layouts placed relative to the block and of shapes (bullet marks,
 * rules). Pagination then places the blocks on pages; drawing a page walks
 * the blocks placed on it. Layout happens at 72 units per inch with
 * unhinted metrics, so one layout is exact on a PDF surface and, scaled, on
 * the screen.
 */

G_DEFINE_FINAL_TYPE (VitaeLayout, vitae_layout, G_TYPE_OBJECT)

static void
vitae_layout_finalize (GObject *object)
{
  VitaeLayout *self = VITAE_LAYOUT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->unfit, g_free);
  g_clear_pointer (&self->glyph_sources, g_hash_table_unref);
  if (self->dropped != NULL)
    g_string_free (self->dropped, TRUE);
  g_clear_pointer (&self->language, g_free);
  g_clear_object (&self->context);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (vitae_layout_parent_class)->finalize (object);
}

static void
vitae_layout_class_init (VitaeLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_layout_finalize;
}

static void
vitae_layout_init (VitaeLayout *self)
{
}

static PangoContext *
create_context (VitaeDocument *document)
{
  /* The templates' fonts only, unless the document needs more. */
  PangoFontMap *font_map = _vitae_fonts_get_font_map (document);
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted, unrounded metrics: the same line breaks on paper and on a
   * screen at any zoom. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * vitae_layout_new:
 * @document: the resume
 * @options: (nullable): how to lay it out; %NULL for the defaults
 *
 * Lays @document out into pages. The layout is a snapshot: after the
 * document changes, make a new one.
 *
 * With @options->fit_pages set, spacing, margins and then the body size
 * shrink step by step, never below %VITAE_MIN_MARGIN and
 * %VITAE_MIN_BODY_SIZE, until the resume fits; when it cannot,
 * vitae_layout_get_overflow_lines() says by how much.
 *
 * Returns: (transfer full): the layout
 */
VitaeLayout *
vitae_layout_new (VitaeDocument            *document,
                  const VitaeRenderOptions *options)
{
  /* Tightening steps for fitting: spacing first, then margins, then size. */
  static const struct {
    double spacing;
    double margin;
    double size;
  } steps[] = {
    { 1.0,  0, 0.0 },
    { 0.8,  0, 0.0 },
    { 0.65, 6, 0.0 },
    { 0.5,  12, 0.0 },
    { 0.5,  12, 0.5 },
    { 0.45, 18, 1.0 },
    { 0.4,  18, 1.5 },
    { 0.35, 24, 2.0 },
  };
  VitaeRenderOptions defaults;
  VitaeLayout *self;
  double size, margin;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    {
      vitae_render_options_init (&defaults);
      options = &defaults;
    }

  self = g_object_new (VITAE_TYPE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->template = vitae_template_lookup (options->template_id);
  if (self->template == NULL)
    {
      g_warning ("No template “%s”, using the default", options->template_id);
      self->template = vitae_template_lookup (NULL);
    }
  self->paper = options->paper;
  vitae_paper_get_size (options->paper, &self->page_width, &self->page_height);
  self->context = create_context (document);
  self->fit_pages = options->fit_pages;

  /* The document language sets the headings, the dates, the line-breaking
   * rules and the direction of the page. */
  self->language = vitae_language_normalize (options->language);
  if (self->language == NULL)
    self->language = g_strdup (vitae_document_get_effective_language (document));
  self->rtl = vitae_language_is_rtl (self->language);
  pango_context_set_language (self->context, pango_language_from_string (self->language));
  if (self->rtl)
    pango_context_set_base_dir (self->context, PANGO_DIRECTION_RTL);

  size = options->font_size > 0 ? options->font_size : self->template->body_size;
  size = MAX (size, VITAE_MIN_BODY_SIZE);
  margin = options->margin > 0 ? options->margin : self->template->margin;
  margin = CLAMP (margin, VITAE_MIN_MARGIN, self->page_width / 4);

  _vitae_layout_lay_out (self, size, 1.0, margin);

  if (options->fit_pages > 0 && self->n_pages > options->fit_pages)
    {
      for (guint i = 1; i < G_N_ELEMENTS (steps); i++)
        {
          _vitae_layout_lay_out (self,
                                 MAX (size - steps[i].size, VITAE_MIN_BODY_SIZE),
                                 steps[i].spacing,
                                 MAX (margin - steps[i].margin, VITAE_MIN_MARGIN));
          if (self->n_pages <= options->fit_pages)
            break;
        }

      self->overflow_lines = _vitae_layout_count_overflow_lines (self, options->fit_pages);
    }

  return self;
}

/**
 * vitae_layout_get_language:
 * @self: a #VitaeLayout
 *
 * Returns: the document language the layout is in, a BCP 47 tag
 */
const char *
vitae_layout_get_language (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->language;
}

VitaeDocument *
vitae_layout_get_document (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->document;
}

const VitaeTemplate *
vitae_layout_get_template (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->template;
}

guint
vitae_layout_get_n_pages (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->n_pages;
}

/**
 * vitae_layout_get_page_size:
 * @self: a #VitaeLayout
 * @width: (out) (optional): the page width in points
 * @height: (out) (optional): the page height in points
 */
void
vitae_layout_get_page_size (VitaeLayout *self,
                            double      *width,
                            double      *height)
{
  g_return_if_fail (VITAE_IS_LAYOUT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/**
 * vitae_layout_get_font_size:
 * @self: a #VitaeLayout
 *
 * Returns: the body size the layout uses, in points, after any fitting
 */
double
vitae_layout_get_font_size (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->font_size;
}

double
vitae_layout_get_margin (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->margin;
}

/**
 * vitae_layout_draw_page:
 * @self: a #VitaeLayout
 * @page: a page number, from 0
 * @cr: where to draw, with one unit to the point
 *
 * Draws the page's content; the caller paints the paper and scales @cr for
 * the screen. On a PDF surface the page is also tagged (headings,
 * paragraphs, lists) and its links made live.
 */
void
vitae_layout_draw_page (VitaeLayout *self,
                        guint        page,
                        cairo_t     *cr)
{
  gboolean tagged;
  gboolean in_list = FALSE;

  g_return_if_fail (VITAE_IS_LAYOUT (self));
  g_return_if_fail (page < self->n_pages);
  g_return_if_fail (cr != NULL);

  tagged = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;

  cairo_save (cr);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);
          gboolean bullet = block->kind == VITAE_BLOCK_BULLET;

          if (piece->page != page)
            continue;

          if (tagged && in_list && !bullet)
            {
              cairo_tag_end (cr, "L");
              in_list = FALSE;
            }
          if (tagged && bullet && !in_list)
            {
              cairo_tag_begin (cr, "L", NULL);
              in_list = TRUE;
            }

          _vitae_layout_draw_piece (self, cr, block, piece, tagged);
        }
    }

  if (in_list)
    cairo_tag_end (cr, "L");

  cairo_restore (cr);
}

/**
 * _vitae_layout_dup_page_text:
 * @self: a #VitaeLayout
 * @page: a page number, from 0
 *
 * The text of the lines drawn on @page, in the order they are drawn, each
 * followed by a line feed: the lines whose box lies on the page, found
 * the way vitae_layout_draw_page() finds them. A line that would be drawn
 * past the edge of the page is left out, so that a test (or the fuzz
 * target) sees what a reader would not.
 *
 * Returns: (transfer full): the text
 */
/*
 * _vitae_layout_get_dropped:
 *
 * Returns: the characters left out of the pages because no font draws
 *   them as text, each once, or "" for none
 */
const char *
_vitae_layout_get_dropped (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->dropped != NULL ? self->dropped->str : "";
}

char *
_vitae_layout_dup_page_text (VitaeLayout *self,
                             guint        page)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);
          double origin = piece->y - piece->offset;

          if (piece->page != page)
            continue;

          for (guint k = 0; k < block->items->len; k++)
            {
              Item *item = g_ptr_array_index (block->items, k);

              for (guint p = 0; p < item->parts->len; p++)
                {
                  Part *part = &g_array_index (item->parts, Part, p);
                  const char *part_text = pango_layout_get_text (part->layout);
                  PangoLayoutIter *iter;

                  if (!_vitae_block_part_in_piece (block, piece, item, p))
                    continue;

                  iter = pango_layout_get_iter (part->layout);
                  do
                    {
                      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
                      PangoRectangle logical;
                      double line_top, left, right;
                      int y0, y1;

                      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
                      line_top = item->y + part->y + (double) y0 / PANGO_SCALE;
                      if (!_vitae_block_line_in_piece (block, piece, line_top))
                        continue;

                      pango_layout_iter_get_line_extents (iter, NULL, &logical);
                      left = self->margin + item->x + (double) logical.x / PANGO_SCALE;
                      right = left + (double) logical.width / PANGO_SCALE;
                      if (left < -0.5 || right > self->page_width + 0.5 ||
                          origin + line_top < -0.5 ||
                          origin + item->y + part->y + (double) y1 / PANGO_SCALE > self->page_height + 0.5)
                        continue;

                      g_string_append_len (text, part_text + line->start_index, line->length);
                      g_string_append_c (text, '\n');
                    }
                  while (pango_layout_iter_next_line (iter));
                  pango_layout_iter_free (iter);
                }
            }
        }
    }

  return g_string_free (text, FALSE);
}

guint
vitae_layout_get_n_boxes (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->blocks->len;
}

/**
 * vitae_layout_get_box:
 * @self: a #VitaeLayout
 * @position: a block index, in reading order
 * @box: (out caller-allocates): where the block is
 *
 * Returns: %TRUE if @position names a block
 */
gboolean
vitae_layout_get_box (VitaeLayout    *self,
                      guint           position,
                      VitaeLayoutBox *box)
{
  Block *block;
  Piece *first, *last;

  g_return_val_if_fail (VITAE_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (position >= self->blocks->len)
    return FALSE;

  block = g_ptr_array_index (self->blocks, position);
  g_assert (block->pieces->len > 0);
  first = &g_array_index (block->pieces, Piece, 0);
  last = &g_array_index (block->pieces, Piece, block->pieces->len - 1);

  box->kind = block->kind;
  box->node = block->node;
  box->first_page = first->page;
  box->last_page = last->page;
  box->y = first->y;
  box->height = 0;
  for (guint i = 0; i < block->pieces->len; i++)
    box->height += g_array_index (block->pieces, Piece, i).height;
  box->n_lines = block->n_lines;

  return TRUE;
}

/**
 * vitae_layout_get_overflow_lines:
 * @self: a #VitaeLayout
 *
 * Returns: when the layout was asked to fit a number of pages and could not,
 *   the number of lines beyond them at the tightest readable setting;
 *   otherwise 0
 */
guint
vitae_layout_get_overflow_lines (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->overflow_lines;
}

/**
 * vitae_layout_check_fit:
 * @self: a #VitaeLayout
 * @error: a #GError
 *
 * Checks that every text of the layout is on its pages: no line wider than
 * the column, nothing past the bottom margin. The layout breaks long words
 * and tall blocks so that this holds; should anything still not fit, the
 * error names it rather than let it be cut from the page unseen.
 *
 * Returns: %TRUE when everything fits
 */
gboolean
vitae_layout_check_fit (VitaeLayout  *self,
                        GError      **error)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), FALSE);

  if (self->n_unfit == 0)
    return TRUE;

  if (self->n_unfit == 1)
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                 /* Translators: %s is the start of the text */
                 _("“%s” does not fit on the page"), self->unfit);
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                 g_dngettext (GETTEXT_PACKAGE,
                              /* Translators: %s is the start of the first text, %u the number of others */
                              "“%s” and %u more text do not fit on the page",
                              "“%s” and %u more texts do not fit on the page",
                              self->n_unfit - 1),
                 self->unfit, self->n_unfit - 1);

  return FALSE;
}

typedef struct
{
  VitaeBullet *bullet;
  int          score;
  guint        order;
  guint        n_lines;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->score != cb->score)
    return ca->score < cb->score ? -1 : 1;

  return ca->order < cb->order ? -1 : (ca->order > cb->order);
}

/**
 * vitae_layout_dup_cut_candidates:
 * @self: a #VitaeLayout
 * @score_func: (scope call): how strong a bullet is
 * @user_data: data for @score_func
 *
 * Names the bullets to cut so the resume fits: the weakest first, as many
 * as it takes to free vitae_layout_get_overflow_lines() lines.
 *
 * Returns: (transfer full) (element-type VitaeBullet): the bullets, weakest
 *   first; empty when nothing overflows
 */
GPtrArray *
vitae_layout_dup_cut_candidates (VitaeLayout          *self,
                                 VitaeBulletScoreFunc  score_func,
                                 gpointer              user_data)
{
  g_autoptr(GArray) candidates = NULL;
  GPtrArray *result;
  guint freed = 0;

  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (score_func != NULL, NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->overflow_lines == 0)
    return result;

  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Candidate candidate;

      if (block->kind != VITAE_BLOCK_BULLET)
        continue;

      candidate.bullet = VITAE_BULLET (block->node);
      candidate.score = score_func (candidate.bullet, user_data);
      candidate.order = i;
      candidate.n_lines = block->n_lines;
      g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len && freed < self->overflow_lines; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      g_ptr_array_add (result, g_object_ref (candidate->bullet));
      freed += candidate->n_lines;
    }

  return result;
}
