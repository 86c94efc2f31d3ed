/* vitae-page-view.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vitae-render.h"

G_BEGIN_DECLS

#define VITAE_TYPE_PAGE_VIEW (vitae_page_view_get_type ())

G_DECLARE_FINAL_TYPE (VitaePageView, vitae_page_view, VITAE, PAGE_VIEW, GtkWidget)

GtkWidget *vitae_page_view_new        (guint          page);
void       vitae_page_view_set_layout (VitaePageView *self,
                                       VitaeLayout   *layout);
void       vitae_page_view_set_zoom   (VitaePageView *self,
                                       double         zoom);

G_END_DECLS
