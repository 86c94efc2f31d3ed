/* vitae-paginate.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include "vitae-render-private.h"
#include "vitae-render.h"

/* Pagination: the blocks placed on pages, kept together where they must
 * be, then a right-to-left page mirrored and the dates moved beside their
 * headings. */

static void
add_piece (Block  *block,
           guint   page,
           double  y,
           guint   first_line,
           guint   n_lines)
{
  Piece piece = { page, y, first_line, n_lines, 0, block->height };

  if (block->splittable)
    {
      double top = g_array_index (block->line_tops, double, first_line);
      double bottom = g_array_index (block->line_bottoms, double, first_line + n_lines - 1);

      piece.offset = top;
      piece.height = bottom - top;
    }

  g_array_append_val (block->pieces, piece);
}

/* The height a block needs with the blocks it must stay with: the whole of
 * each, except the last, of which a splittable one needs two lines. */
static double
chain_height (VitaeLayout *self,
              guint        start)
{
  double height = 0;

  for (guint i = start; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean last = !block->keep_with_next || i + 1 == self->blocks->len;

      if (i > start)
        height += block->space_before;

      if (last && block->splittable && block->line_tops->len > 3)
        height += g_array_index (block->line_bottoms, double, 1);
      else
        height += block->height;

      if (last)
        break;
    }

  return height;
}

static void
paginate (VitaeLayout *self)
{
  double top = self->margin;
  double bottom = self->page_height - self->margin;
  double y = top;
  guint page = 0;

  /* A block taller than a page (a bullet of thousands of words, a contact
   * line of thousands of profiles) breaks between its rows rather than
   * run off the page. */
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (!block->splittable && block->height > bottom - top)
        {
          block->splittable = TRUE;
          _vitae_block_compute_rows (block);
        }
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean at_top = y <= top;
      double space = at_top ? 0 : block->space_before;
      guint line = 0;

      g_array_set_size (block->pieces, 0);

      if (!at_top && y + space + chain_height (self, i) > bottom &&
          !(block->splittable && !block->keep_with_next))
        {
          page++;
          y = top;
          space = 0;
        }

      if (!block->splittable)
        {
          add_piece (block, page, y + space, 0, block->n_lines);
          y += space + block->height;
          continue;
        }

      /* Running text: as many lines as fit, leaving no single line alone
       * at the bottom of a page or at the top of the next. */
      while (line < block->line_tops->len)
        {
          guint remaining = block->line_tops->len - line;
          double offset = g_array_index (block->line_tops, double, line);
          guint fit = 0;

          while (fit < remaining &&
                 y + space + g_array_index (block->line_bottoms, double, line + fit) - offset <= bottom)
            fit++;

          if (fit == remaining)
            {
              add_piece (block, page, y + space, line, fit);
              y += space + g_array_index (block->line_bottoms, double, line + fit - 1) - offset;
              break;
            }

          if (y <= top)
            fit = MAX (fit, 1);
          else if (fit >= 2 && remaining - fit >= 2)
            ;
          else if (fit >= 2 && remaining > 3)
            fit = remaining - 2;
          else
            fit = 0;

          if (fit > 0)
            {
              add_piece (block, page, y + space, line, fit);
              line += fit;
            }

          page++;
          y = top;
          space = 0;
        }
    }

  self->n_pages = page + 1;
}

/* Notes every text that would be cut: a line wider than the column or
 * a piece running past the bottom margin. Layout avoids both (long words
 * break, tall blocks break between rows); this is the last guard, so that
 * nothing is ever lost from the page without a word. */
static void
find_unfit (VitaeLayout *self)
{
  double width = content_width (self);
  double bottom = self->page_height - self->margin;

  self->n_unfit = 0;
  g_clear_pointer (&self->unfit, g_free);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean fits = TRUE;

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);

          if (piece->y + piece->height > bottom + 0.5)
            fits = FALSE;
        }

      for (guint j = 0; j < block->items->len; j++)
        {
          Item *item = g_ptr_array_index (block->items, j);

          if (item->left <= item->right &&
              (item->x + item->left < -0.5 || item->x + item->right > width + 0.5))
            fits = FALSE;
        }

      if (!fits && block->items->len > 0)
        {
          Item *item = g_ptr_array_index (block->items, 0);
          const char *text = pango_layout_get_text (g_array_index (item->parts, Part, 0).layout);

          if (self->unfit == NULL)
            self->unfit = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 60));
          self->n_unfit++;
        }
    }
}

/* Whether the texts at the side of @block, its dates and place, can move
 * beside the texts they go with: on a left-to-right page, those on their
 * left; on a right-to-left page, once mirrored, those on their right. */
static gboolean
dates_can_move (VitaeLayout *self,
                Block       *block)
{
  Item *items[] = { block->dates, block->place };
  Item *besides[] = { block->dates_beside, block->place_beside };
  gboolean any = FALSE;

  if (block->pieces->len == 0)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      PangoLayoutLine *line = NULL;

      if (items[k] == NULL)
        continue;
      /* Texts that wrap stay where they are, and on a left-to-right page,
       * right-to-left ones too. */
      if (items[k]->n_lines != 1)
        return FALSE;
      if (!self->rtl && besides[k] != NULL)
        line = pango_layout_get_line_readonly (g_array_index (besides[k]->parts, Part, 0).layout, 0);
      if (line != NULL && line->resolved_dir == PANGO_DIRECTION_RTL)
        return FALSE;
      any = TRUE;
    }

  return any;
}

/* Moves @item to 0.8 em from the end of @beside's first line: its right
 * end on a left-to-right page, its left end on a right-to-left one. (Two
 * and a half spaces or more: the importer takes a double space typed in
 * a sentence for a space, and this gap for a tab.) */
static void
move_beside (VitaeLayout *self,
             Item        *item,
             Item        *beside)
{
  double gap = 0.8 * self->font_size;
  double end = self->rtl ? content_width (self) : 0;
  int left, right;

  if (item == NULL)
    return;
  if (beside != NULL &&
      _vitae_line_get_edges (pango_layout_get_line_readonly (g_array_index (beside->parts, Part, 0).layout, 0),
                             &left, &right))
    end = self->rtl ? beside->x + (double) left / PANGO_SCALE - gap
                    : beside->x + (double) right / PANGO_SCALE + gap;
  item->x = self->rtl ? end - item->right : end - item->left;
}

static void
move_dates (VitaeLayout *self,
            Block       *block)
{
  move_beside (self, block->dates, block->dates_beside);
  move_beside (self, block->place, block->place_beside);
  block->dates_moved = TRUE;
}

/* Moves the dates of entry headings beside the title, and the places
 * beside the organisation, closer than any extractor's column gap (0.8 em
 * against poppler's one em), so that every reader takes them with their
 * heading.
 *
 * Right-aligned dates are read as a column of their own: poppler
 * (pdftotext, and the readers built on it) reads that column after every
 * line to its left down the page when nothing below reaches under it, and
 * pdfminer's layout analysis groups it into a box of its own that it
 * reads after the entry's bullets whenever they are short. Drawing them
 * right after the heading in the content stream is not enough for readers
 * that sort by position, so every entry's dates and place move, and the
 * document keeps one look. Texts that wrap, and right-to-left ones, stay
 * where they are. Nothing moves up or down, so the pages stay as they were
 * paginated. A right-to-left page, once mirrored, is the same at the
 * other side: dates and places at the left move beside the title and the
 * organisation at their right. */
static void
place_dates (VitaeLayout *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (dates_can_move (self, block))
        move_dates (self, block);
    }
}

/* The width of the box @item is set in: its layout's, or its own. */
static double
item_box_width (Item *item)
{
  int width = pango_layout_get_width (g_array_index (item->parts, Part, 0).layout);

  return width > 0 ? (double) width / PANGO_SCALE : item_width (item);
}

/* A right-to-left page is the mirror of a left-to-right one: headings,
 * titles and bullets' marks on the right, dates on the left. The texts
 * are laid out right to left already; only their boxes and the shapes
 * move. */
static void
mirror_blocks (VitaeLayout *self)
{
  double width = content_width (self);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint k = 0; k < block->items->len; k++)
        {
          Item *item = g_ptr_array_index (block->items, k);

          item->x = width - (item->x + item_box_width (item));
        }
      for (guint k = 0; k < block->shapes->len; k++)
        {
          Shape *shape = &g_array_index (block->shapes, Shape, k);

          shape->x = width - (shape->x + shape->width);
        }
    }
}

void
_vitae_layout_lay_out (VitaeLayout *self,
                       double       font_size,
                       double       spacing,
                       double       margin)
{
  self->font_size = font_size;
  self->spacing = spacing;
  self->margin = margin;
  _vitae_layout_build_blocks (self);
  paginate (self);
  if (self->rtl)
    mirror_blocks (self);
  place_dates (self);
  find_unfit (self);
}

guint
_vitae_layout_count_overflow_lines (VitaeLayout *self,
                                    guint        pages)
{
  guint lines = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);

          if (piece->page >= pages)
            lines += piece->n_lines;
        }
    }

  return lines;
}
