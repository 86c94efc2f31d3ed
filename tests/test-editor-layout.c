/* test-editor-layout.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's layout as a first-time user meets it: a phone's width, the
 * side panel dragged wider, the page over the whole window, and rewrites
 * that wait until the typing stops.  Set VITAE_SCREENSHOT_DIR to keep a
 * picture of each state. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "vitae-bullet-row.h"
#include "vitae-core.h"
#include "vitae-entry-card.h"
#include "vitae-page-view.h"
#include "vitae-section-card.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"

/* Helpers */

static gboolean
match_label_prefix (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), text);
}

static gboolean
match_page_view (GtkWidget     *widget,
                 gconstpointer  text)
{
  return VITAE_IS_PAGE_VIEW (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
match_action_name (GtkWidget     *widget,
                   gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The shortcut of @widget's controllers triggered by @keyval with @mods. */
static GtkShortcut *
find_shortcut (GtkWidget       *widget,
               guint            keyval,
               GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, mods);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

/* Runs what @widget binds to @keyval with @mods, as pressing the keys
 * would.  Returns FALSE if nothing is bound to them, or what is bound did
 * not handle them (the key then goes on to other widgets). */
static gboolean
press_shortcut_on (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  mods)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (widget, keyval, mods);
  gboolean done;

  if (shortcut == NULL)
    return FALSE;

  done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                       widget, gtk_shortcut_get_arguments (shortcut));
  iterate (100);

  return done;
}

static GtkEventController *
find_controller (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;
    }

  return NULL;
}

/* Whether @model, or a section or submenu of it, has an item that
 * activates @action. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_action (link, action))
            return TRUE;
        }
    }

  return FALSE;
}

/* Tests */

/* The window fits a phone's 360 pixels, with the window buttons GNOME
 * shows (close) and with minimize and maximize too (GTK's default, which
 * other desktops keep); the title ellipsizes, and what left the header bar
 * is in the main menu. */
static void
test_narrow_width (void)
{
  static const struct {
    const char *layout;
    gboolean    roomy;     /* whether the title gets more than its least */
  } layouts[] = {
    { "menu:minimize,maximize,close", FALSE },
    { "appmenu:close", TRUE },
  };
  g_autofree char *path = copy_sample_as ("junior-weak.vitae", "julia-hernandez-resume-2026-final-version.vitae");
  g_autofree char *old_layout = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-decoration-layout", &old_layout, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      VitaeWindow *window;
      GtkWidget *header = NULL, *title;
      GMenuModel *menu;
      int min, nat, title_min;

      g_test_message ("decoration layout: %s", layouts[i].layout);
      g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", layouts[i].layout, NULL);
      window = open_window_sized (path, 1180, 780);
      vitae_document_set_modified (vitae_window_get_document (window), TRUE);
      iterate (100);

      /* Wide: Save and Recent have their buttons. */
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->save_button)));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->open_button)));
      menu = gtk_menu_button_get_menu_model (window->main_menu_button);
      g_assert_false (menu_has_action (menu, "win.save"));

      /* Asked for 360 pixels, as a phone gives: the window turns narrow
       * on the way, which lets it go all the way. */
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
      WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= 360);
      iterate (200);
      g_test_message ("window: %d px", gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

      /* Nothing is cut off: the header bar has at least what it needs. */
      header = GTK_WIDGET (window->header_bar);
      gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      g_test_message ("header bar: needs %d px, has %d px", min, gtk_widget_get_width (header));
      g_assert_cmpint (min, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (header), >=, min);

      /* The title ellipsizes, and gets what the buttons leave. */
      title = find_widget (GTK_WIDGET (window->window_title), match_label_prefix, "• julia");
      g_assert_nonnull (title);
      g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));
      gtk_widget_measure (GTK_WIDGET (window->window_title), GTK_ORIENTATION_HORIZONTAL, -1, &title_min, NULL, NULL, NULL);
      g_test_message ("title: %d px, at least %d", gtk_widget_get_width (GTK_WIDGET (window->window_title)), title_min);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->window_title)), >=, title_min);
      if (layouts[i].roomy)
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->window_title)), >=, 2 * title_min);

      /* Save and Recent moved into the main menu; Open stays. */
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->save_button)));
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->open_button)));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->open_narrow_button)));
      g_assert_true (menu_has_action (menu, "win.save"));
      /* The file just opened is a recent file once GIO has read its type. */
      WAIT_UNTIL (menu_has_action (menu, "win.open-recent"));
      g_assert_true (menu_has_action (menu, "win.open-recent"));
      screenshot (window, layouts[i].roomy ? "narrow" : "narrow-all-window-buttons");

      /* Wide again, the buttons come back and the menu is as it was. */
      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
      WAIT_UNTIL (gtk_widget_get_visible (GTK_WIDGET (window->save_button)));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->save_button)));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->open_button)));
      g_assert_false (menu_has_action (menu, "win.save"));

      close_window (window);
    }

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", old_layout, NULL);
}

/* The size the preview's text is drawn at, in pixels: readable from 12. */
static double
get_preview_text_px (VitaeWindow *window,
                     GtkWidget   *page)
{
  VitaeRenderOptions options;
  double page_width, page_height;

  vitae_preview_get_options (_vitae_window_get_preview (window), &options);
  vitae_layout_get_page_size (vitae_preview_get_layout (_vitae_window_get_preview (window)), &page_width, &page_height);

  return options.font_size * gtk_widget_get_width (page) / page_width;
}

/* The side panel is as wide as its edge is dragged, the preview's page
 * grows with it, and the next window remembers the width. */
static void
test_side_panel_resize (void)
{
  g_autofree char *path = copy_sample_as ("senior-backend.vitae", NULL);
  VitaeWindow *window = open_window_sized (path, 1400, 900);
  GtkEventController *drag;
  GtkWidget *panel = GTK_WIDGET (window->side_scroller);
  GtkWidget *page = NULL;
  graphene_point_t edge;
  int width, page_width, widened, editor_natural;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.vitae.Vitae");

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  WAIT_UNTIL ((page = find_widget (panel, match_page_view, NULL)) != NULL && gtk_widget_get_width (page) > 0);
  g_assert_nonnull (page);
  iterate (300);
  g_assert_false (adw_flap_get_folded (window->side_flap));
  width = gtk_widget_get_width (panel);
  page_width = gtk_widget_get_width (page);
  g_test_message ("panel: %d px, page %d px", width, page_width);

  drag = find_controller (GTK_WIDGET (window->side_flap), "side-panel-resize");
  g_assert_true (GTK_IS_GESTURE_DRAG (drag));
  g_assert_true (gtk_widget_compute_point (panel, GTK_WIDGET (window->side_flap), &GRAPHENE_POINT_INIT (0, 0), &edge));

  /* A drag away from the edge is not the panel's. */
  g_signal_emit_by_name (drag, "drag-begin", edge.x - 60, 200.0);
  g_signal_emit_by_name (drag, "drag-update", -150.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", -150.0, 0.0);
  iterate (200);
  g_assert_cmpint (gtk_widget_get_width (panel), ==, width);

  /* Its edge dragged 150 px to the left, the panel widens by as much, as
   * far as the editor's natural width allows: the panel never folds over
   * the editor. */
  g_signal_emit_by_name (drag, "drag-begin", edge.x + 1, 200.0);
  g_signal_emit_by_name (drag, "drag-update", -80.0, 0.0);
  g_signal_emit_by_name (drag, "drag-update", -150.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", -150.0, 0.0);
  WAIT_UNTIL (gtk_widget_get_width (panel) > width);
  widened = gtk_widget_get_width (panel);
  gtk_widget_measure (GTK_WIDGET (window->main_stack), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &editor_natural, NULL, NULL);
  g_test_message ("panel dragged: %d px; the editor needs %d of %d px", widened, editor_natural,
                  gtk_widget_get_width (GTK_WIDGET (window->side_flap)));
  g_assert_cmpint (widened, >, width);
  g_assert_cmpint (widened, <=, width + 150);
  g_assert_true (widened == width + 150 ||
                 widened + editor_natural + 1 >= gtk_widget_get_width (GTK_WIDGET (window->side_flap)));
  g_assert_false (adw_flap_get_folded (window->side_flap));
  WAIT_UNTIL (gtk_widget_get_width (page) > page_width);
  g_assert_cmpint (gtk_widget_get_width (page), >, page_width);
  g_assert_cmpint (g_settings_get_int (settings, "side-panel-width"), ==, widened);
  screenshot (window, "side-panel-widened");

  /* Dragged far to the right, it keeps its least width. */
  g_assert_true (gtk_widget_compute_point (panel, GTK_WIDGET (window->side_flap), &GRAPHENE_POINT_INIT (0, 0), &edge));
  g_signal_emit_by_name (drag, "drag-begin", edge.x - 2, 200.0);
  g_signal_emit_by_name (drag, "drag-update", 2000.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 2000.0, 0.0);
  WAIT_UNTIL (gtk_widget_get_width (panel) < widened);
  g_assert_cmpint (gtk_widget_get_width (panel), ==, 320);
  g_assert_cmpint (g_settings_get_int (settings, "side-panel-width"), ==, 320);

  /* The next window opens with the width last dragged. */
  g_assert_true (gtk_widget_compute_point (panel, GTK_WIDGET (window->side_flap), &GRAPHENE_POINT_INIT (0, 0), &edge));
  g_signal_emit_by_name (drag, "drag-begin", edge.x, 200.0);
  g_signal_emit_by_name (drag, "drag-update", -100.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", -100.0, 0.0);
  WAIT_UNTIL (gtk_widget_get_width (panel) == 420);
  g_assert_cmpint (gtk_widget_get_width (panel), ==, 420);
  close_window (window);
  g_assert_cmpint (g_settings_get_int (settings, "side-panel-width"), ==, 420);

  window = open_window_sized (path, 1400, 900);
  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window->side_scroller)) == 420);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->side_scroller)), ==, 420);
  close_window (window);

  g_settings_reset (settings, "side-panel-width");
}

/* Ctrl+Shift+P shows the page over the whole window, readable; Escape
 * goes back to the panes as they were, and does nothing otherwise. */
static void
test_full_window_preview (void)
{
  g_autofree char *path = copy_sample_as ("senior-backend.vitae", NULL);
  VitaeWindow *window = open_window_sized (path, 1400, 900);
  GtkWidget *preview = GTK_WIDGET (_vitae_window_get_preview (window));
  GtkWidget *page = NULL;
  GtkWidget *before;
  double side_px, full_px;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  WAIT_UNTIL ((page = find_widget (preview, match_page_view, NULL)) != NULL && gtk_widget_get_width (page) > 0 &&
              vitae_preview_get_layout (_vitae_window_get_preview (window)) != NULL);
  g_assert_nonnull (page);
  iterate (300);
  side_px = get_preview_text_px (window, page);
  g_test_message ("text in the side panel: %.1f px", side_px);
  /* Too small to read: why the page needs more room. */
  g_assert_cmpfloat (side_px, <, 12);

  /* From the Coach, with the focus in the editor. */
  adw_view_stack_set_visible_child_name (window->side_stack, "coach");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window->editor), GTK_DIR_TAB_FORWARD));
  /* The second field, not the first that Tab would give anyway. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  before = get_focus (window);
  g_assert_nonnull (before);
  /* The cursor in the field, nothing selected. */
  if (GTK_IS_EDITABLE (before))
    gtk_editable_select_region (GTK_EDITABLE (before), 0, 0);
  g_assert_false (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_Escape, 0));

  g_assert_true (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  WAIT_UNTIL ((page = find_widget (preview, match_page_view, NULL)) != NULL && !gtk_widget_get_mapped (GTK_WIDGET (window->editor)) &&
              get_preview_text_px (window, page) >= 12);
  g_assert_nonnull (page);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->editor)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->outline)));
  g_assert_true (gtk_widget_get_mapped (preview));
  full_px = get_preview_text_px (window, page);
  g_test_message ("text over the whole window: %.1f px, page %d px", full_px, gtk_widget_get_width (page));
  g_assert_cmpfloat (full_px, >=, 12);
  g_assert_cmpint (gtk_widget_get_width (page), >=, gtk_widget_get_width (GTK_WIDGET (window)) / 2);
  /* The zoom keys and buttons work at once. */
  g_assert_true (focus_is_in (window, preview));
  g_assert_true (gtk_widget_is_sensitive (find_widget (preview, match_action_name, "preview.zoom-in")));
  g_assert_true (gtk_widget_is_sensitive (find_widget (preview, match_action_name, "preview.zoom-fit")));
  screenshot (window, "full-window-preview");

  /* Escape: the panes, the Coach and the focus as they were. */
  g_assert_true (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window->editor)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->editor)));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (window->side_panel), GTK_WIDGET (window->side_flap)));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "coach");
  g_assert_true (get_focus (window) == before);
  /* …and nothing selected there, that the next key would replace. */
  g_test_message ("focus back in %s: “%s”", G_OBJECT_TYPE_NAME (before),
                  GTK_IS_EDITABLE (before) ? gtk_editable_get_text (GTK_EDITABLE (before)) : "");
  if (GTK_IS_EDITABLE (before))
    g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (before), NULL, NULL));
  g_assert_false (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_Escape, 0));
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  iterate (100);
  g_assert_true (gtk_widget_is_sensitive (find_widget (preview, match_action_name, "preview.zoom-in")));

  /* The preview's own button goes there and back too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.full-preview", NULL));
  iterate (100);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.full-preview", NULL));
  iterate (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->editor)));

  close_window (window);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_bullet_cb (gpointer     instance,
                 VitaeBullet *bullet,
                 guint       *count)
{
  (*count)++;
}

/* The analysis's pending update, which fires once the typing pauses. */
static GSource *
find_update_source (VitaeAnalysis *analysis)
{
  return g_main_context_find_source_by_funcs_user_data (NULL, &g_timeout_funcs, analysis);
}

/* Fires the pending update now, as if its time had come. */
static void
fire_update_source (VitaeAnalysis *analysis)
{
  GSource *source = find_update_source (analysis);

  g_assert_nonnull (source);
  g_source_set_ready_time (source, 0);
  g_main_context_iteration (NULL, FALSE);
  iterate (20);
}

/* Rewrites are proposed for what was written, not for half-typed words:
 * while keys come, nothing is analysed and the bullet's card stays empty,
 * even when the timer comes round between two keys; once the typing
 * pauses, the rewrites come.  The pause is driven, not waited for. */
static void
test_suggestions_wait (void)
{
  g_autofree char *path = copy_sample_as ("junior-weak.vitae", NULL);
  VitaeWindow *window = open_window_sized (path, 1000, 800);
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  VitaeSectionCard *section_card;
  VitaeEntryCard *entry_card;
  VitaeBulletRow *row;
  GtkListBox *bullets;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkWidget *area;
  VitaeBullet *bullet;
  const char *typed = "Built main forms for the billing team";
  guint n_updates = 0, n_bullet_changes = 0;
  guint delay = vitae_analysis_get_delay (analysis);

  {
    VitaeDocument *document = vitae_window_get_document (window);
    VitaeSection *section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
    guint position;

    g_assert_nonnull (section);
    g_assert_true (g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &position));
    section_card = VITAE_SECTION_CARD (gtk_list_box_get_row_at_index (vitae_editor_get_sections_list (window->editor), position));
  }
  entry_card = VITAE_ENTRY_CARD (gtk_list_box_get_row_at_index (vitae_section_card_get_entries_list (section_card), 0));
  g_assert_nonnull (entry_card);
  bullets = vitae_entry_card_get_bullets_list (entry_card);
  row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, 0));
  g_assert_nonnull (row);
  bullet = vitae_bullet_row_get_bullet (row);
  view = vitae_bullet_row_get_text_view (row);
  buffer = gtk_text_view_get_buffer (view);
  area = GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row));

  /* An empty bullet, analysed: nothing to propose. */
  vitae_bullet_row_focus_text (row, TRUE);
  gtk_text_buffer_set_text (buffer, "", -1);
  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  iterate (50);
  g_assert_null (gtk_widget_get_first_child (area));

  /* Typing, with the pause far away whatever the machine's speed. */
  vitae_analysis_set_delay (analysis, 3600 * 1000);
  g_signal_connect (analysis, "updated", G_CALLBACK (count_cb), &n_updates);
  g_signal_connect (analysis, "bullet-changed", G_CALLBACK (count_bullet_cb), &n_bullet_changes);
  for (const char *p = typed; *p; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
      g_main_context_iteration (NULL, FALSE);
      iterate (5);

      /* Between two keys the timer comes round: typing has not paused,
       * so it waits again. */
      if (*p == 'n' || *p == ' ')
        {
          fire_update_source (analysis);
          g_assert_true (vitae_analysis_is_pending (analysis));
        }

      g_assert_cmpuint (n_updates, ==, 0);
      g_assert_cmpuint (n_bullet_changes, ==, 0);
      g_assert_null (gtk_widget_get_first_child (area));
    }
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, typed);
  screenshot (window, "suggestions-while-typing");

  /* The typing pauses (the pause is over once a delay of 0 has passed):
   * one update, and the card proposes rewrites of the whole bullet. */
  vitae_analysis_set_delay (analysis, 0);
  fire_update_source (analysis);
  WAIT_UNTIL (gtk_widget_get_first_child (area) != NULL && gtk_widget_get_mapped (area));
  g_assert_cmpuint (n_updates, ==, 1);
  g_assert_cmpuint (n_bullet_changes, >=, 1);
  g_assert_false (vitae_analysis_is_pending (analysis));
  g_assert_nonnull (gtk_widget_get_first_child (area));
  g_assert_true (gtk_widget_get_mapped (area));
  screenshot (window, "suggestions-after-pause");

  g_signal_handlers_disconnect_by_func (analysis, count_cb, &n_updates);
  g_signal_handlers_disconnect_by_func (analysis, count_bullet_cb, &n_bullet_changes);
  vitae_analysis_set_delay (analysis, delay);
  close_window (window);
}

static gboolean
match_css_class (GtkWidget     *widget,
                 gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

/* Pasted, a job's match is the keyword panel's headline (the role's
 * coverage a line under it), and a long job scrolls in its field instead
 * of pushing the results down. */
static void
test_job_match_headline (void)
{
  g_autofree char *path = copy_sample_as ("senior-backend.vitae", NULL);
  VitaeWindow *window = open_window_sized (path, 1400, 900);
  GtkWidget *panel = GTK_WIDGET (_vitae_window_get_keywords_panel (window));
  GtkWidget *score, *caption, *job_view, *job_scroller;
  VitaeCoverage *coverage;
  g_autoptr(GString) job = g_string_new ("Backend engineer for a payments team.\n");
  g_autofree char *ats = NULL;
  g_autofree char *match = NULL;
  graphene_point_t chips_at;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "keywords");
  WAIT_UNTIL (gtk_widget_get_mapped (panel) && !vitae_analysis_is_pending (vitae_window_get_analysis (window)));
  iterate (200);
  score = find_widget (panel, match_css_class, "title-1");
  g_assert_nonnull (score);
  caption = gtk_widget_get_next_sibling (score);
  g_assert_true (GTK_IS_LABEL (caption));
  job_view = find_widget (panel, match_css_class, "job-text");
  g_assert_nonnull (job_view);

  /* No job: the role's coverage is the headline. */
  ats = g_strdup_printf ("%u", vitae_analysis_get_ats_score (vitae_window_get_analysis (window)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (score)), ==, ats);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (caption)), ==, "Keyword coverage");

  /* A long job pasted: 40 lines. */
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (job, "Must have: Go, PostgreSQL, Kubernetes and gRPC (line %u).\n", i + 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (job_view)), job->str, -1);
  coverage = vitae_keywords_panel_get_coverage (_vitae_window_get_keywords_panel (window));
  WAIT_UNTIL (vitae_coverage_has_job (coverage) && g_str_has_suffix (gtk_label_get_label (GTK_LABEL (score)), "%"));
  iterate (200);

  match = g_strdup_printf ("%.0f%%", vitae_coverage_get_match_rate (coverage) * 100.0);
  g_test_message ("headline: %s (%s); role coverage %s", gtk_label_get_label (GTK_LABEL (score)),
                  gtk_label_get_label (GTK_LABEL (caption)), ats);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (score)), ==, match);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (caption)), ==, "Match with the job");
  /* The role's coverage is still said, under the job. */
  {
    g_autofree char *role_line = g_strdup_printf ("Keyword coverage for the role: %s.", ats);

    g_assert_nonnull (find_widget (panel, match_label_prefix, "The resume has"));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (find_widget (panel, match_label_prefix, "The resume has"))),
                              role_line));
  }

  /* The field scrolls: it is shorter than the text, and the job's
   * keywords under it are still on screen. */
  job_scroller = gtk_widget_get_parent (job_view);
  g_assert_true (GTK_IS_SCROLLED_WINDOW (job_scroller));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (job_scroller), "view"));
  {
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (job_scroller));

    WAIT_UNTIL (gtk_adjustment_get_upper (vadj) > 2 * gtk_adjustment_get_page_size (vadj));
    g_test_message ("job field: %d px for %.0f px of text", gtk_widget_get_height (job_scroller), gtk_adjustment_get_upper (vadj));
    g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, 2 * gtk_adjustment_get_page_size (vadj));
    g_assert_cmpint (gtk_widget_get_height (job_scroller), <=, 200);
  }
  g_assert_true (gtk_widget_compute_point (gtk_widget_get_next_sibling (find_widget (panel, match_label_prefix, "The resume has")),
                                           panel, &GRAPHENE_POINT_INIT (0, 0), &chips_at));
  g_assert_cmpfloat (chips_at.y, <, gtk_widget_get_height (panel));
  screenshot (window, "job-match-headline");

  close_window (window);
}

/* A JSON Resume cut short says so, and where, rather than naming the
 * token the parser stopped at. */
static void
test_truncated_json (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "senior-backend.json", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "cut.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *toplevels;
  g_autofree char *expected = NULL;
  AdwMessageDialog *dialog = NULL;
  VitaeWindow *window;
  gsize len, cut;
  guint line = 1;

  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  /* Cut inside the work history, in the middle of a string. */
  g_assert_nonnull (strstr (contents, "Cut checkout"));
  cut = strstr (contents, "Cut checkout") - contents + 5;
  g_assert_cmpuint (cut, <, len);
  for (gsize i = 0; i < cut; i++)
    if (contents[i] == '\n')
      line++;
  g_assert_true (g_file_set_contents (path, contents, cut, NULL));
  expected = g_strdup_printf ("the file ends early, at line %u", line);

  window = vitae_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate (100);
  g_assert_false (vitae_window_open_file (window, file));
  toplevels = gtk_window_get_toplevels ();
  WAIT_UNTIL (({
    dialog = NULL;
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
          dialog = ADW_MESSAGE_DIALOG (toplevel);
      }
    dialog != NULL;
  }));
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), expected));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "string constant"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static VitaeSectionCard *
find_section_card (VitaeWindow      *window,
                   VitaeSectionKind  kind)
{
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeSection *section = vitae_document_find_section (document, kind);
  guint position;

  g_assert_nonnull (section);
  g_assert_true (g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &position));

  return VITAE_SECTION_CARD (gtk_list_box_get_row_at_index (vitae_editor_get_sections_list (window->editor), position));
}

/* The score the Coach page shows, after the analysis caught up. */
static const char *
get_coach_score (VitaeWindow *window)
{
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  GtkWidget *label;

  g_assert_true (vitae_analysis_update_now (analysis, NULL));
  iterate (50);
  label = find_widget (GTK_WIDGET (window->coach_panel), match_css_class, "title-1");
  g_assert_nonnull (label);

  return gtk_label_get_label (GTK_LABEL (label));
}

/* A new position, its empty bullet and a bullet just started leave the
 * resume's score where it was; a written bullet moves it. */
static void
test_new_position_keeps_score (void)
{
  g_autofree char *path = copy_sample_as ("senior-backend.vitae", NULL);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  VitaeSectionCard *section_card = find_section_card (window, VITAE_SECTION_EXPERIENCE);
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  g_autofree char *before = NULL;
  VitaeEntryCard *entry_card;
  VitaeEntry *entry;
  VitaeBullet *bullet;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "coach");
  iterate (200);
  before = g_strdup (get_coach_score (window));
  g_test_message ("score: %s", before);
  g_assert_cmpuint (vitae_analysis_get_score (analysis), >, 0);

  /* A new position, as Add Position makes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section_card), "section.add-entry", NULL));
  iterate (100);
  entry_card = VITAE_ENTRY_CARD (gtk_list_box_get_row_at_index (vitae_section_card_get_entries_list (section_card), 0));
  entry = vitae_entry_card_get_entry (entry_card);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "start"));
  g_assert_cmpstr (get_coach_score (window), ==, before);

  /* An empty bullet, as Add Bullet makes it, then one just started. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry_card), "entry.add-bullet", NULL));
  iterate (100);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), >=, 1);
  bullet = vitae_entry_get_bullet (entry, vitae_entry_get_n_bullets (entry) - 1);
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, "");
  g_assert_cmpstr (get_coach_score (window), ==, before);
  vitae_bullet_set_text (bullet, "Led");
  g_assert_cmpstr (get_coach_score (window), ==, before);
  vitae_bullet_set_text (bullet, "Led the");
  g_assert_cmpstr (get_coach_score (window), ==, before);
  screenshot (window, "new-position-score");

  /* Written, the bullet counts. */
  vitae_bullet_set_text (bullet, "Was responsible for some things at work");
  g_assert_cmpstr (get_coach_score (window), !=, before);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "editor-layout");

  g_test_add_func ("/vitae/editor-layout/narrow-width", test_narrow_width);
  g_test_add_func ("/vitae/editor-layout/side-panel-resize", test_side_panel_resize);
  g_test_add_func ("/vitae/editor-layout/full-window-preview", test_full_window_preview);
  g_test_add_func ("/vitae/editor-layout/suggestions-wait", test_suggestions_wait);
  g_test_add_func ("/vitae/editor-layout/job-match-headline", test_job_match_headline);
  g_test_add_func ("/vitae/editor-layout/truncated-json", test_truncated_json);
  g_test_add_func ("/vitae/editor-layout/new-position-keeps-score", test_new_position_keeps_score);

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
