/* vitae-field-binding.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vitae-core.h"

G_BEGIN_DECLS

/*
 * Two-way bindings between an editing widget and a field of a node: typing
 * sets the field through the model (so it is recorded for undo), and a change
 * of the field from elsewhere (undo, redo, a rewrite) updates the widget.
 * Typing merges into one undo step until the user pauses or leaves the field.
 */
void vitae_bind_editable      (GtkEditable *editable,
                               VitaeNode   *node,
                               const char  *key);
void vitae_bind_list_editable (GtkEditable *editable,
                               VitaeNode   *node,
                               const char  *key);
void vitae_bind_text_view     (GtkTextView *text_view,
                               VitaeNode   *node,
                               const char  *key);

/* Points the binding of @widget at @node's same field (or at nothing):
 * for a widget that outlives documents, as the job description's. */
void vitae_binding_set_node   (GtkWidget   *widget,
                               VitaeNode   *node);

char  *vitae_list_to_text     (const char * const *items);
GStrv  vitae_list_from_text   (const char         *text);

G_END_DECLS
