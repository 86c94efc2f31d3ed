/* vitae-editor-reveal.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-editor"

#include "config.h"

#include "vitae-editor-private.h"

/* Keeping the focus in view
 *
 * GtkViewport scrolls a widget into view when it takes the focus, but not
 * when the widget then grows or moves: a rewrite applied, the coach's card
 * opening under the bullet, a line wrapping while typing. After each layout
 * the editor checks that the focused field, and in a text its cursor (or
 * the start of its selection: the slot a rewrite left), is on screen. */

#define REVEAL_MARGIN 12

/* What the scrolled window scrolls: the clamp around the page, whose
 * coordinates are the adjustment's (the page has margins). */
GtkWidget *
_vitae_editor_get_scrolled (VitaeEditor *self)
{
  return gtk_widget_get_parent (GTK_WIDGET (self->page));
}

static gboolean
get_focus_area (VitaeEditor     *self,
                graphene_rect_t *area)
{
  GtkWidget *focus = self->root ? gtk_root_get_focus (self->root) : NULL;
  graphene_rect_t bounds;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page)))
    return FALSE;

  /* The field: an entry row, or a text view as a whole. */
  {
    GtkWidget *field = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);

    if (field == NULL || GTK_IS_TEXT_VIEW (focus))
      field = focus;
    if (!gtk_widget_compute_bounds (field, _vitae_editor_get_scrolled (self), &bounds))
      return FALSE;
  }

  if (GTK_IS_TEXT_VIEW (focus))
    {
      GtkTextView *view = GTK_TEXT_VIEW (focus);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter start, end;
      GdkRectangle location;
      graphene_point_t point;
      int x, y;

      gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
      gtk_text_view_get_iter_location (view, &start, &location);
      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y, &x, &y);
      if (gtk_widget_compute_point (focus, _vitae_editor_get_scrolled (self), &GRAPHENE_POINT_INIT (x, y), &point) &&
          bounds.size.height > gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (self->scroller)) / 2)
        {
          /* A long text: the lines around the cursor are what matter. */
          graphene_rect_init (area, bounds.origin.x, point.y, bounds.size.width, location.height);
          return TRUE;
        }
    }

  *area = bounds;

  return TRUE;
}

static void
reveal_focus (VitaeEditor *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double top, bottom, wanted = value;
  graphene_rect_t area;

  if (page_size <= 0 || !get_focus_area (self, &area))
    return;

  top = area.origin.y - REVEAL_MARGIN;
  bottom = area.origin.y + area.size.height + REVEAL_MARGIN;

  if (bottom > value + page_size)
    wanted = bottom - page_size;
  if (top < wanted)
    wanted = top;

  if (wanted != value)
    gtk_adjustment_set_value (adjustment, MAX (0, wanted));
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  VitaeEditor *self = VITAE_EDITOR (widget);

  self->reveal_tick = 0;
  reveal_focus (self);

  return G_SOURCE_REMOVE;
}

/* Checks once the layout in progress is done. */
void
_vitae_editor_queue_reveal_focus (VitaeEditor *self)
{
  if (self->reveal_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}
