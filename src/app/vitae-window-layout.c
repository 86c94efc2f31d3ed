/* vitae-window-layout.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the window lays out its panes: narrow below a width (the header bar
 * gives up Save and Recent to the main menu), the side panel as wide as it
 * was dragged, and the preview alone over the whole window.
 */

#define G_LOG_DOMAIN "vitae-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-window-private.h"

/* Below this width of its content the window is narrow.  The header bar's
 * widest minimum (with minimize and maximize beside close) is 413 pixels,
 * so a window dragged narrower than this always gets there; narrow, it
 * needs at most 360. */
#define NARROW_WIDTH 520

/* The side panel's width: its narrowest, and how far either side of its
 * edge a drag takes hold of it. */
#define SIDE_PANEL_MIN_WIDTH 320
#define SIDE_PANEL_GRIP 5
#define SIDE_PANEL_DEFAULT_WIDTH 380

static void apply_side_panel_width (VitaeWindow *self);

/* Narrow, the header bar keeps Open, the panes' buttons and the main menu;
 * Save and Recent move into the menu, and the title has the rest. */
void
_vitae_window_update_narrow_section (VitaeWindow *self)
{
  g_menu_remove_all (self->narrow_section);
  g_menu_append (self->narrow_section, _("_Save"), "win.save");
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->recent_menu)) > 0)
    g_menu_append_submenu (self->narrow_section, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
}

static void
set_narrow (VitaeWindow *self,
            gboolean     narrow)
{
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), !narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->open_narrow_button), narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), !narrow);
  if (narrow)
    {
      _vitae_window_update_narrow_section (self);
      g_menu_prepend_section (self->main_menu, NULL, G_MENU_MODEL (self->narrow_section));
    }
  else
    g_menu_remove (self->main_menu, 0);
  apply_side_panel_width (self);
}

static gboolean
narrow_idle_cb (gpointer user_data)
{
  VitaeWindow *self = user_data;

  self->narrow_source = 0;
  set_narrow (self, gtk_widget_get_width (GTK_WIDGET (self->toast_overlay)) < NARROW_WIDTH);

  return G_SOURCE_REMOVE;
}

/* The side panel is as wide as it was dragged, but leaves the editor its
 * natural width: wider, the panel would fold over the editor. */
static int
clamp_side_panel_width (VitaeWindow *self,
                        int          width)
{
  int available = gtk_widget_get_width (GTK_WIDGET (self->side_flap));
  int editor_natural = 0;

  if (available > 0)
    {
      gtk_widget_measure (GTK_WIDGET (self->main_stack), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &editor_natural, NULL, NULL);
      width = MIN (width, available - editor_natural - 1);
    }

  return MAX (width, SIDE_PANEL_MIN_WIDTH);
}

/* Beside the editor the panel is as wide as it was dragged; folded over
 * it, or in a narrow window (where it is about to fold), the panel may be
 * narrower, so the window still goes down to a phone's width. */
static void
apply_side_panel_width (VitaeWindow *self)
{
  int least = adw_flap_get_folded (self->side_flap) || self->narrow ? SIDE_PANEL_MIN_WIDTH : self->side_panel_width;

  /* The minimum never exceeds the maximum on the way. */
  gtk_scrolled_window_set_min_content_width (self->side_scroller, SIDE_PANEL_MIN_WIDTH);
  gtk_scrolled_window_set_max_content_width (self->side_scroller, self->side_panel_width);
  gtk_scrolled_window_set_min_content_width (self->side_scroller, least);
}

static gboolean
apply_side_panel_width_cb (gpointer user_data)
{
  VitaeWindow *self = user_data;

  self->side_width_source = 0;
  apply_side_panel_width (self);

  return G_SOURCE_REMOVE;
}

/* The flap folds while it is laid out, when no size may change: the
 * panel's width follows right after. */
static void
side_folded_cb (VitaeWindow *self)
{
  if (self->side_width_source == 0)
    self->side_width_source = g_idle_add (apply_side_panel_width_cb, self);
}

void
_vitae_window_set_side_panel_width (VitaeWindow *self,
                                    int          width)
{
  width = MAX (width, SIDE_PANEL_MIN_WIDTH);
  if (width == self->side_panel_width)
    return;

  self->side_panel_width = width;
  apply_side_panel_width (self);
}

/* Whether (@x, @y) on the side flap is on the side panel's edge, which a
 * drag moves. */
static gboolean
on_side_panel_edge (VitaeWindow *self,
                    double       x)
{
  graphene_point_t edge;

  if (!adw_flap_get_reveal_flap (self->side_flap) || adw_flap_get_folded (self->side_flap) ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->side_scroller)) ||
      !gtk_widget_compute_point (GTK_WIDGET (self->side_scroller), GTK_WIDGET (self->side_flap),
                                 &GRAPHENE_POINT_INIT (0, 0), &edge))
    return FALSE;

  return ABS (x - edge.x) <= SIDE_PANEL_GRIP;
}

static void
side_drag_begin_cb (VitaeWindow    *self,
                    double          x,
                    double          y,
                    GtkGestureDrag *gesture)
{
  if (!on_side_panel_edge (self, x))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      self->drag_start_width = 0;
      return;
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self->side_scroller));
}

static void
side_drag_update_cb (VitaeWindow    *self,
                     double          dx,
                     double          dy,
                     GtkGestureDrag *gesture)
{
  /* The panel is on the right: dragging its edge left widens it. */
  if (self->drag_start_width > 0)
    _vitae_window_set_side_panel_width (self, clamp_side_panel_width (self, self->drag_start_width - (int) dx));
}

static void
side_drag_end_cb (VitaeWindow    *self,
                  double          dx,
                  double          dy,
                  GtkGestureDrag *gesture)
{
  if (self->drag_start_width == 0)
    return;

  side_drag_update_cb (self, dx, dy, gesture);
  self->drag_start_width = 0;
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "side-panel-width", self->side_panel_width);
}

static void
side_motion_cb (VitaeWindow              *self,
                double                    x,
                double                    y,
                GtkEventControllerMotion *motion)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->side_flap),
                                   self->drag_start_width > 0 || on_side_panel_edge (self, x) ? "col-resize" : NULL);
}

/* The preview alone over the whole window, big enough to read; Escape or
 * its button goes back to the panes as they were. */
void
_vitae_window_set_full_preview (VitaeWindow *self,
                                gboolean     full)
{
  GtkWidget *switcher = gtk_widget_get_first_child (GTK_WIDGET (self->side_panel));

  full = full && self->document != NULL;
  if (self->full_preview == full)
    return;

  self->full_preview = full;
  g_object_ref (self->side_panel);
  if (full)
    {
      g_free (self->full_return_page);
      self->full_return_page = g_strdup (adw_view_stack_get_visible_child_name (self->side_stack));
      g_set_weak_pointer (&self->full_return_focus, gtk_root_get_focus (GTK_ROOT (self)));

      gtk_scrolled_window_set_child (self->side_scroller, NULL);
      adw_bin_set_child (self->full_preview_bin, GTK_WIDGET (self->side_panel));
      gtk_widget_set_visible (switcher, FALSE);
      adw_view_stack_set_visible_child_name (self->side_stack, "preview");
      gtk_stack_set_visible_child_name (self->content_stack, "full-preview");
    }
  else
    {
      adw_bin_set_child (self->full_preview_bin, NULL);
      gtk_scrolled_window_set_child (self->side_scroller, GTK_WIDGET (self->side_panel));
      gtk_widget_set_visible (switcher, TRUE);
      if (self->full_return_page != NULL)
        adw_view_stack_set_visible_child_name (self->side_stack, self->full_return_page);
      gtk_stack_set_visible_child_name (self->content_stack, "panes");
    }
  g_object_unref (self->side_panel);

  /* The panes' buttons have nothing to show meanwhile. */
  gtk_widget_set_visible (GTK_WIDGET (self->outline_button), !full);
  gtk_widget_set_visible (GTK_WIDGET (self->side_panel_button), !full);
  vitae_preview_set_full_window (_vitae_window_get_preview (self), full);
  _vitae_window_actions_update (self);

  /* The zoom keys work at once in the preview; back, the focus is where
   * it was. */
  if (full)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (_vitae_window_get_preview (self))))
        gtk_widget_grab_focus (GTK_WIDGET (_vitae_window_get_preview (self)));
    }
  else
    {
      if (self->full_return_focus == NULL || !gtk_widget_get_mapped (self->full_return_focus) ||
          /* A field gets its cursor back, not all its text selected,
           * which the next key would replace. */
          !(GTK_IS_TEXT (self->full_return_focus)
            ? gtk_text_grab_focus_without_selecting (GTK_TEXT (self->full_return_focus))
            : gtk_widget_grab_focus (self->full_return_focus)))
        gtk_widget_child_focus (GTK_WIDGET (self->main_stack), GTK_DIR_TAB_FORWARD);
      g_clear_weak_pointer (&self->full_return_focus);
    }
}

/* A size asked for (restored at start, set by the compositor or by a
 * test) turns the window narrow before it is laid out: the wide header bar
 * would not let it be that narrow. */
static void
default_width_cb (VitaeWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0)
    set_narrow (self, width < NARROW_WIDTH);
}

void
_vitae_window_layout_allocated (VitaeWindow *self)
{
  int content_width = gtk_widget_get_width (GTK_WIDGET (self->toast_overlay));

  if (content_width > 0 && (content_width < NARROW_WIDTH) != self->narrow && self->narrow_source == 0)
    self->narrow_source = g_idle_add (narrow_idle_cb, self);
}

/* After the template and the settings: the size the window had, the side
 * panel's width and its edge. */
void
_vitae_window_layout_init (VitaeWindow *self)
{
  self->narrow_section = g_menu_new ();
  g_signal_connect (self, "notify::default-width", G_CALLBACK (default_width_cb), NULL);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      adw_flap_set_reveal_flap (self->side_flap, g_settings_get_boolean (self->settings, "show-side-panel"));
    }
  self->side_panel_width = 0;
  _vitae_window_set_side_panel_width (self, self->settings ? g_settings_get_int (self->settings, "side-panel-width")
                                                           : SIDE_PANEL_DEFAULT_WIDTH);

  {
    GtkGesture *drag = gtk_gesture_drag_new ();
    GtkEventController *motion = gtk_event_controller_motion_new ();

    /* Before the editor's scrollbar and the panel's own widgets. */
    gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (drag), "side-panel-resize");
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
    g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (side_drag_begin_cb), self);
    g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (side_drag_update_cb), self);
    g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (side_drag_end_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->side_flap), GTK_EVENT_CONTROLLER (drag));
    g_signal_connect_swapped (motion, "motion", G_CALLBACK (side_motion_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->side_flap), motion);
    g_signal_connect_object (self->side_flap, "notify::folded", G_CALLBACK (side_folded_cb), self, G_CONNECT_SWAPPED);
  }
}
