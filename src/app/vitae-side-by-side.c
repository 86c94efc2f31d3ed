/* vitae-side-by-side.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-side-by-side"

#include "config.h"

#include "vitae-side-by-side.h"

/* The pieces of a resume beside the text they come from or go to: what an
 * import recovered beside the file's text, what a resume holds beside the
 * text a parser reads. Each side scrolls on its own under its heading. */
struct _VitaeSideBySide
{
  AdwBin       parent_instance;

  GtkListBox  *pieces;
  GtkTextView *text_view;
};

G_DEFINE_FINAL_TYPE (VitaeSideBySide, vitae_side_by_side, ADW_TYPE_BIN)

static GtkWidget *
create_pane (const char *heading,
             GtkWidget  *child)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (heading);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);

  return box;
}

static void
vitae_side_by_side_class_init (VitaeSideBySideClass *klass)
{
}

static void
vitae_side_by_side_init (VitaeSideBySide *self)
{
  self->pieces = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->pieces), "boxed-list");
  gtk_widget_set_margin_start (GTK_WIDGET (self->pieces), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->pieces), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->pieces), 12);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_monospace (self->text_view, TRUE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 12);
  gtk_text_view_set_right_margin (self->text_view, 12);
  gtk_text_view_set_top_margin (self->text_view, 6);

  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

/**
 * vitae_side_by_side_new:
 * @pieces_heading: the heading over the pieces
 * @text_heading: the heading over the text
 *
 * Returns: the two panes, the pieces at the start
 */
GtkWidget *
vitae_side_by_side_new (const char *pieces_heading,
                        const char *text_heading)
{
  VitaeSideBySide *self = g_object_new (VITAE_TYPE_SIDE_BY_SIDE, NULL);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);

  gtk_paned_set_start_child (GTK_PANED (paned), create_pane (pieces_heading, GTK_WIDGET (self->pieces)));
  gtk_paned_set_end_child (GTK_PANED (paned), create_pane (text_heading, GTK_WIDGET (self->text_view)));
  gtk_paned_set_position (GTK_PANED (paned), 520);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);
  adw_bin_set_child (ADW_BIN (self), paned);

  return GTK_WIDGET (self);
}

/**
 * vitae_side_by_side_get_pieces:
 * @self: a #VitaeSideBySide
 *
 * Returns: (transfer none): the list of pieces, at the start
 */
GtkListBox *
vitae_side_by_side_get_pieces (VitaeSideBySide *self)
{
  g_return_val_if_fail (VITAE_IS_SIDE_BY_SIDE (self), NULL);

  return self->pieces;
}

/**
 * vitae_side_by_side_get_text_view:
 * @self: a #VitaeSideBySide
 *
 * Returns: (transfer none): the read-only text, at the end
 */
GtkTextView *
vitae_side_by_side_get_text_view (VitaeSideBySide *self)
{
  g_return_val_if_fail (VITAE_IS_SIDE_BY_SIDE (self), NULL);

  return self->text_view;
}
