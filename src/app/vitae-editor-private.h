/* vitae-editor-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-editor.h"

G_BEGIN_DECLS

struct _VitaeEditor
{
  AdwBin                parent_instance;

  /* owned */
  VitaeDocument        *document;

  /* children */
  GtkScrolledWindow    *scroller;
  GtkBox               *page;
  AdwPreferencesGroup  *basics_group;
  GtkWidget            *name_row;
  AdwPreferencesGroup  *profiles_group;
  GtkListBox           *profiles_list;
  AdwPreferencesGroup  *summary_group;
  GtkTextView          *summary_view;
  GtkListBox           *sections_list;

  /* Keeping the focus in view */
  GtkRoot              *root;             /* borrowed, while rooted */
  GSignalGroup         *buffer_signals;   /* the focused text view's buffer */
  guint                 reveal_tick;

  /* Building the bullet rows that come near the screen */
  GdkFrameClock        *clock;            /* borrowed, while mapped */
  gulong                layout_handler;
  gulong                after_paint_handler;
  gint64                layout_frame;     /* the frame whose layout has begun */
  guint                 layout_passes;    /* the builds in that frame */
  guint                 build_passes;     /* how many it may have */
  guint                 rows_pending : 1;
};

/* vitae-editor-reveal.c: keeping the focus in view */
GtkWidget *_vitae_editor_get_scrolled       (VitaeEditor *self);
void       _vitae_editor_queue_reveal_focus (VitaeEditor *self);

G_END_DECLS
