/* vitae-blocks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include "vitae-render-private.h"
#include "vitae-render.h"

/* Blocks, the units pagination places: their items and shapes, and the
 * rows a splittable block may break between. */

void
_vitae_block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->node);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->shapes, g_array_unref);
  g_clear_pointer (&block->line_tops, g_array_unref);
  g_clear_pointer (&block->line_bottoms, g_array_unref);
  g_clear_pointer (&block->pieces, g_array_unref);
  g_free (block);
}

Block *
_vitae_layout_add_block (VitaeLayout    *self,
                         VitaeBlockKind  kind,
                         gpointer        node,
                         double          space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->node = node ? g_object_ref (node) : NULL;
  block->space_before = space_before * self->font_size * self->spacing;
  block->items = g_ptr_array_new_with_free_func (_vitae_item_free);
  block->shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  block->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (self->blocks, block);

  return block;
}

/* Adds @item to @block, growing the block to hold it. */
void
_vitae_block_add_item (Block *block,
                       Item  *item,
                       guint  n_lines)
{
  if (item == NULL)
    return;

  block->height = MAX (block->height, item->y + item_height (item));
  block->n_lines = MAX (block->n_lines, n_lines);
  g_ptr_array_add (block->items, item);
}

void
_vitae_block_add_shape (Block     *block,
                        ShapeKind  kind,
                        double     x,
                        double     y,
                        double     width,
                        double     height,
                        guint32    color)
{
  Shape shape = { kind, x, y, width, height, color };

  g_array_append_val (block->shapes, shape);
  block->height = MAX (block->height, y + height);
}

typedef struct
{
  double top;
  double bottom;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a;
  const Row *row_b = b;

  return row_a->top < row_b->top ? -1 : row_a->top > row_b->top;
}

/* Finds the rows of @block, top to bottom, where pagination may break it:
 * the lines of its items, lines side by side (an entry's dates beside its
 * title) making one row. */
void
_vitae_block_compute_rows (Block *block)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Row));

  g_clear_pointer (&block->line_tops, g_array_unref);
  g_clear_pointer (&block->line_bottoms, g_array_unref);
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  block->line_bottoms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < block->items->len; i++)
    {
      Item *item = g_ptr_array_index (block->items, i);

      for (guint p = 0; p < item->parts->len; p++)
        {
          Part *part = &g_array_index (item->parts, Part, p);
          PangoLayoutIter *iter = pango_layout_get_iter (part->layout);

          do
            {
              int y0, y1;
              Row row;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              row.top = item->y + part->y + (double) y0 / PANGO_SCALE;
              row.bottom = item->y + part->y + (double) y1 / PANGO_SCALE;
              g_array_append_val (lines, row);
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }

  if (block->items->len > 1)
    g_array_sort (lines, compare_rows);

  for (guint i = 0; i < lines->len; i++)
    {
      Row *row = &g_array_index (lines, Row, i);
      guint n = block->line_tops->len;

      if (n > 0 && row->top < g_array_index (block->line_bottoms, double, n - 1) - 0.01)
        {
          double *bottom = &g_array_index (block->line_bottoms, double, n - 1);

          *bottom = MAX (*bottom, row->bottom);
          continue;
        }
      g_array_append_val (block->line_tops, row->top);
      g_array_append_val (block->line_bottoms, row->bottom);
    }
}
