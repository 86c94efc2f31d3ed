/* vitae-page-view.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-page-view"

#include "config.h"

#include "vitae-page-view.h"

/* One page of the preview: as wide as it is given, as tall as the paper's
 * proportions say, drawn by the same renderer as the PDF. */
struct _VitaePageView
{
  GtkWidget    parent_instance;

  /* owned */
  VitaeLayout *layout;

  guint        page;
  double       zoom;   /* pixels per point, or 0 to fit the width given */
};

G_DEFINE_FINAL_TYPE (VitaePageView, vitae_page_view, GTK_TYPE_WIDGET)

static void
get_page_size (VitaePageView *self,
               double        *width,
               double        *height)
{
  *width = 595.0;
  *height = 842.0;
  if (self->layout != NULL)
    vitae_layout_get_page_size (self->layout, width, height);
}

static GtkSizeRequestMode
vitae_page_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vitae_page_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  VitaePageView *self = VITAE_PAGE_VIEW (widget);
  double width, height;

  get_page_size (self, &width, &height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->zoom > 0)
        *minimum = *natural = (int) (width * self->zoom + 0.5);
      else
        {
          *minimum = 120;
          *natural = (int) width;
        }
    }
  else
    {
      double for_width = self->zoom > 0 ? width * self->zoom : for_size > 0 ? for_size : width;

      *minimum = *natural = (int) (for_width * height / width + 0.5);
    }
}

static void
vitae_page_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  VitaePageView *self = VITAE_PAGE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double page_width, page_height;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  if (self->layout != NULL && self->page < vitae_layout_get_n_pages (self->layout))
    {
      get_page_size (self, &page_width, &page_height);
      cairo_scale (cr, width / page_width, height / page_height);
      vitae_layout_draw_page (self->layout, self->page, cr);
    }

  cairo_destroy (cr);
}

static void
vitae_page_view_dispose (GObject *object)
{
  VitaePageView *self = (VitaePageView *)object;

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (vitae_page_view_parent_class)->dispose (object);
}

static void
vitae_page_view_class_init (VitaePageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vitae_page_view_dispose;
  widget_class->get_request_mode = vitae_page_view_get_request_mode;
  widget_class->measure = vitae_page_view_measure;
  widget_class->snapshot = vitae_page_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vitae_page_view_init (VitaePageView *self)
{
}

GtkWidget *
vitae_page_view_new (guint page)
{
  VitaePageView *self = g_object_new (VITAE_TYPE_PAGE_VIEW, NULL);

  self->page = page;

  return GTK_WIDGET (self);
}

void
vitae_page_view_set_layout (VitaePageView *self,
                            VitaeLayout   *layout)
{
  g_return_if_fail (VITAE_IS_PAGE_VIEW (self));

  if (g_set_object (&self->layout, layout))
    {
      gtk_widget_queue_resize (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/**
 * vitae_page_view_set_zoom:
 * @self: a #VitaePageView
 * @zoom: pixels per point (1 is the paper's size at 72 dpi), or 0 to take
 *   the width the page is given
 */
void
vitae_page_view_set_zoom (VitaePageView *self,
                          double         zoom)
{
  g_return_if_fail (VITAE_IS_PAGE_VIEW (self));

  if (self->zoom == zoom)
    return;

  self->zoom = MAX (zoom, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
