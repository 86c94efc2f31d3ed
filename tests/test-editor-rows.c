/* test-editor-rows.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window builds, and when: a long resume costs what shows. Bullet
 * rows get their widgets as they come near the screen (or take the focus),
 * menus their popovers when opened, the coach panel its rows as its list
 * is scrolled, the preview its pages when it shows. Each test checks that
 * the thing is not made early, and that it is there the moment it is
 * needed, by keyboard too. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "vitae-bullet-row.h"
#include "vitae-catalog-private.h"
#include "vitae-core.h"
#include "vitae-entry-card.h"
#include "vitae-section-card.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"

/* Helpers */

/* The bullets of a long career: half of them weak. */
static const char *const career_texts[] = {
  "Shortened the nightly import from three hours to twenty minutes by streaming rows",
  "Worked on various things for the data team",
  "Moved nine services to containers, halving the monthly hosting bill",
  "Was responsible for the reports",
  NULL
};

/* A row has widgets once it is built: before this work, all had. */
static gboolean
row_has_widgets (GtkWidget *row)
{
  return gtk_widget_get_first_child (row) != NULL;
}

static GPtrArray *
find_bullet_rows (VitaeWindow *window)
{
  return find_widgets (GTK_WIDGET (vitae_window_get_editor (window)), VITAE_TYPE_BULLET_ROW, NULL);
}

static GtkAdjustment *
get_editor_adjustment (VitaeWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (vitae_window_get_editor (window)));

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static gboolean
on_screen (VitaeWindow *window,
           GtkWidget   *widget)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (vitae_window_get_editor (window)));
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, scroller, &bounds))
    return FALSE;

  return bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < gtk_widget_get_height (scroller);
}

/* Lets the window draw @n more frames: what the editor builds in one
 * frame's layout is laid out and shown by the next. However slow the
 * machine (ASan allocates slowly), the rows are then where they go. */
static void
wait_frames (VitaeWindow *window,
             guint        n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 until = gdk_frame_clock_get_frame_counter (clock) + n;

  WAIT_UNTIL ((gtk_widget_queue_draw (GTK_WIDGET (window)),
               gdk_frame_clock_get_frame_counter (clock) >= until));
}

static void
scroll_editor_to (VitaeWindow *window,
                  double       fraction)
{
  GtkAdjustment *adjustment = get_editor_adjustment (window);
  double upper;

  /* The page's height is known once laid out. */
  wait_frames (window, 2);
  upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, upper * fraction);
  wait_frames (window, 3);
  iterate (300);
}

/* Every bullet row on screen has its widgets; most rows off it have none. */
static void
assert_rows_follow_screen (VitaeWindow *window,
                           gboolean     some_shown,
                           guint        max_built)
{
  g_autoptr(GPtrArray) rows = find_bullet_rows (window);
  guint n_built = 0, n_shown = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (row_has_widgets (row))
        n_built++;
      if (on_screen (window, row))
        {
          n_shown++;
          g_assert_true (row_has_widgets (row));
        }
    }
  g_test_message ("%u rows, %u on screen, %u built", rows->len, n_shown, n_built);
  if (some_shown)
    g_assert_cmpuint (n_shown, >, 0);
  g_assert_cmpuint (n_built, <=, max_built);
}

static GPtrArray *
find_entry_cards (VitaeWindow *window)
{
  return find_widgets (GTK_WIDGET (vitae_window_get_editor (window)), VITAE_TYPE_ENTRY_CARD, NULL);
}

/* Every entry card on screen is built; at most @max_built are. */
static void
assert_cards_follow_screen (VitaeWindow *window,
                            guint        max_built)
{
  g_autoptr(GPtrArray) cards = find_entry_cards (window);
  guint n_built = 0;

  for (guint i = 0; i < cards->len; i++)
    {
      VitaeEntryCard *card = g_ptr_array_index (cards, i);

      if (vitae_entry_card_is_built (card))
        n_built++;
      if (on_screen (window, GTK_WIDGET (card)))
        {
          g_assert_true (vitae_entry_card_is_built (card));
          g_assert_true (row_has_widgets (GTK_WIDGET (card)));
        }
      else if (!vitae_entry_card_is_built (card))
        g_assert_false (row_has_widgets (GTK_WIDGET (card)));
    }
  g_test_message ("%u entry cards, %u built", cards->len, n_built);
  g_assert_cmpuint (n_built, <=, max_built);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static guint
count_entry_rows (GtkWidget *widget)
{
  g_autoptr(GPtrArray) rows = find_widgets (widget, ADW_TYPE_ENTRY_ROW, NULL);

  return rows->len;
}

/* Tests */

/* The menus of sections, entries and bullets hold no popover until they
 * are opened; opened, they offer their items. */
static void
test_menus_on_demand (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  /* The sections, and in them the entries and bullets (the Basics above
   * have a drop-down of their own, whose popover is not a menu). */
  GtkWidget *sections = GTK_WIDGET (vitae_editor_get_sections_list (vitae_window_get_editor (window)));
  g_autoptr(GPtrArray) popovers = find_widgets (sections, GTK_TYPE_POPOVER, NULL);
  g_autoptr(GPtrArray) buttons = find_widgets (sections, GTK_TYPE_MENU_BUTTON, NULL);
  gboolean seen[3] = { FALSE, FALSE, FALSE };

  g_assert_cmpuint (popovers->len, ==, 0);
  g_assert_cmpuint (buttons->len, >, 3);

  /* What a bullet costs in widgets, for the record. */
  {
    g_autoptr(GPtrArray) rows = find_widgets (sections, VITAE_TYPE_BULLET_ROW, NULL);
    g_autoptr(GPtrArray) widgets = NULL;

    g_assert_cmpuint (rows->len, >, 0);
    widgets = find_widgets (g_ptr_array_index (rows, 0), GTK_TYPE_WIDGET, NULL);
    g_test_message ("a built bullet row: %u widgets", widgets->len);
  }

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);
      GtkWidget *owner = gtk_widget_get_ancestor (GTK_WIDGET (button), VITAE_TYPE_BULLET_ROW);
      int kind = owner != NULL ? 2 : -1;
      GMenuModel *model;
      GtkPopover *popover;

      if (owner == NULL && (owner = gtk_widget_get_ancestor (GTK_WIDGET (button), VITAE_TYPE_ENTRY_CARD)) != NULL)
        kind = 1;
      if (owner == NULL && (owner = gtk_widget_get_ancestor (GTK_WIDGET (button), VITAE_TYPE_SECTION_CARD)) != NULL)
        kind = 0;
      if (kind < 0 || seen[kind])
        continue;
      seen[kind] = TRUE;

      /* Reachable: sensitive, and its button takes the focus. */
      g_assert_null (gtk_menu_button_get_popover (button));
      g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (button), GTK_DIR_TAB_FORWARD));

      gtk_menu_button_popup (button);
      iterate (100);
      popover = gtk_menu_button_get_popover (button);
      model = gtk_menu_button_get_menu_model (button);
      g_assert_nonnull (popover);
      g_assert_nonnull (model);
      g_assert_cmpint (g_menu_model_get_n_items (model), ==, 2);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      gtk_menu_button_popdown (button);
      iterate (50);
    }
  g_assert_true (seen[0] && seen[1] && seen[2]);

  close_window (window);
}

/* A thousand bullets: the rows on screen are built, the rest wait, and
 * scrolling builds the rows it brings. */
static void
test_long_resume_rows_on_screen (void)
{
  g_autofree char *path = write_long_resume ("long", 100, career_texts);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  g_autoptr(GPtrArray) cards = find_entry_cards (window);
  g_autoptr(GPtrArray) rows = NULL;
  VitaeEntryCard *last_card;
  GtkWidget *last;

  /* The cards off screen have no rows yet (nor widgets of their own). */
  g_assert_cmpuint (cards->len, ==, 100);
  g_assert_cmpuint (find_bullet_rows (window)->len, <, 100);
  /* At the top, the Basics and the Summary may fill the screen. */
  assert_rows_follow_screen (window, FALSE, 200);
  assert_cards_follow_screen (window, 10);

  scroll_editor_to (window, 0.5);
  assert_rows_follow_screen (window, TRUE, 300);
  assert_cards_follow_screen (window, 40);

  scroll_editor_to (window, 1.0);
  assert_rows_follow_screen (window, TRUE, 400);
  assert_cards_follow_screen (window, 70);
  last_card = g_ptr_array_index (cards, cards->len - 1);
  g_assert_true (vitae_entry_card_is_built (last_card));
  rows = find_bullet_rows (window);
  last = g_ptr_array_index (rows, rows->len - 1);
  g_assert_true (gtk_widget_is_ancestor (last, GTK_WIDGET (last_card)));
  g_assert_true (row_has_widgets (last));
  g_assert_true (on_screen (window, last));

  close_window (window);
}

/* Tab from the last built row goes into the next bullet's text, which is
 * built as the focus comes; Shift+Tab comes back. */
static void
test_tab_into_unbuilt_row (void)
{
  g_autofree char *path = write_long_resume ("long", 100, career_texts);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  g_autoptr(GPtrArray) rows = find_bullet_rows (window);
  VitaeBulletRow *row = NULL, *next = NULL;
  gboolean reached = FALSE;

  for (guint i = 0; i + 1 < rows->len && next == NULL; i++)
    {
      GtkWidget *a = g_ptr_array_index (rows, i);
      GtkWidget *b = g_ptr_array_index (rows, i + 1);

      if (gtk_widget_get_parent (a) == gtk_widget_get_parent (b) && row_has_widgets (a) && !row_has_widgets (b))
        {
          row = VITAE_BULLET_ROW (a);
          next = VITAE_BULLET_ROW (b);
        }
    }
  /* The cards built may have all their rows built (where the screen ends
   * is a matter of pixels): the first card not built then, with its first
   * row only. */
  if (next == NULL)
    {
      g_autoptr(GPtrArray) cards = find_entry_cards (window);

      for (guint i = 0; i < cards->len && next == NULL; i++)
        if (!vitae_entry_card_is_built (g_ptr_array_index (cards, i)))
          {
            GtkListBox *bullets = vitae_entry_card_get_bullets_list (g_ptr_array_index (cards, i));

            row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, 0));
            next = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, 1));
            vitae_bullet_row_ensure_built (row);
          }
    }
  g_assert_nonnull (next);
  g_assert_false (row_has_widgets (GTK_WIDGET (next)));

  vitae_bullet_row_focus_text (row, TRUE);
  iterate (50);
  for (guint i = 0; i < 20 && !reached; i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      iterate (20);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      if (gtk_widget_is_ancestor (focus, GTK_WIDGET (next)))
        {
          g_assert_true (focus == GTK_WIDGET (vitae_bullet_row_get_text_view (next)));
          reached = TRUE;
        }
      else
        /* Nothing between but the row's own controls and its card. */
        g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
    }
  g_assert_true (reached);
  g_assert_true (row_has_widgets (GTK_WIDGET (next)));

  /* Typing there edits that bullet. */
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (vitae_bullet_row_get_text_view (next)), "Z", 1);
  g_assert_nonnull (strchr (vitae_bullet_get_text (vitae_bullet_row_get_bullet (next)), 'Z'));

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  iterate (20);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (row)));

  close_window (window);
}

/* The coach panel lists the weakest bullets a batch at a time: scrolled to
 * its end, it lists more. */
static void
test_coach_rows_on_scroll (void)
{
  g_autofree char *path = write_long_resume ("long", 100, career_texts);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  GtkWidget *panel = GTK_WIDGET (window->coach_panel);
  GListModel *issues = vitae_analysis_get_issues (vitae_window_get_analysis (window));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) more = NULL;
  g_autoptr(GPtrArray) scrollers = NULL;
  GtkAdjustment *adjustment;
  guint first;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "coach");
  WAIT_UNTIL (gtk_widget_get_mapped (panel));
  iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (issues), >, 200);

  rows = find_widgets (panel, ADW_TYPE_ACTION_ROW, NULL);
  first = rows->len;
  g_test_message ("%u issues, %u rows", g_list_model_get_n_items (issues), first);
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (first, <, 200);

  scrollers = find_widgets (panel, GTK_TYPE_SCROLLED_WINDOW, NULL);
  g_assert_cmpuint (scrollers->len, >, 0);
  adjustment = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrollers, 0));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  iterate (300);

  more = find_widgets (panel, ADW_TYPE_ACTION_ROW, NULL);
  g_assert_cmpuint (more->len, >, first);
  g_assert_cmpuint (more->len, <=, 200);

  close_window (window);
}

/* The preview lays out when it shows, and again when shown after a change
 * made while it was hidden, not at each change meanwhile. */
static void
test_preview_when_shown (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeLayout *shown;

  adw_view_stack_set_visible_child_name (window->side_stack, "coach");
  iterate (100);
  g_assert_null (vitae_preview_get_layout (_vitae_window_get_preview (window)));

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  WAIT_UNTIL (vitae_preview_get_layout (_vitae_window_get_preview (window)) != NULL);
  shown = vitae_preview_get_layout (_vitae_window_get_preview (window));
  g_assert_nonnull (shown);
  g_object_add_weak_pointer (G_OBJECT (shown), (gpointer *) &shown);

  adw_view_stack_set_visible_child_name (window->side_stack, "coach");
  iterate (50);
  vitae_node_set_text (VITAE_NODE (document), "name", "Someone Else");
  iterate (800);
  g_assert_true (shown == vitae_preview_get_layout (_vitae_window_get_preview (window)));

  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  WAIT_UNTIL (shown != vitae_preview_get_layout (_vitae_window_get_preview (window)));
  g_assert_true (shown != vitae_preview_get_layout (_vitae_window_get_preview (window)));
  g_assert_nonnull (vitae_preview_get_layout (_vitae_window_get_preview (window)));
  if (shown != NULL)
    g_object_remove_weak_pointer (G_OBJECT (shown), (gpointer *) &shown);

  close_window (window);
}

/* Entry cards are built as they come near the screen, or when something
 * asks for them; the rows of Location and of a profile when opened. Tab
 * from a built card's last bullet goes on into the next card, built as the
 * focus comes. */
static void
test_cards_when_shown (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  g_autofree char *long_path = write_long_resume ("long", 100, career_texts);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  GtkWidget *editor = GTK_WIDGET (vitae_window_get_editor (window));
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  VitaeEntryCard *card = NULL, *next = NULL;
  GtkWidget *location;
  gboolean reached = FALSE;

  /* The senior sample: its last entries are far below the Basics. */
  wait_frames (window, 3);
  cards = find_entry_cards (window);
  assert_cards_follow_screen (window, cards->len - 1);
  for (guint i = 0; i < cards->len && card == NULL; i++)
    if (!vitae_entry_card_is_built (g_ptr_array_index (cards, i)))
      card = g_ptr_array_index (cards, i);
  g_assert_nonnull (card);
  /* Asked for, it is there. */
  g_assert_nonnull (vitae_entry_card_get_bullets_list (card));
  g_assert_true (vitae_entry_card_is_built (card));
  g_assert_true (row_has_widgets (GTK_WIDGET (card)));

  /* Location's five rows come when it opens, and edit the basics. */
  location = find_widget (editor, is_row_titled, "Location");
  g_assert_nonnull (location);
  g_assert_cmpuint (count_entry_rows (location), ==, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (location), TRUE);
  iterate (50);
  g_assert_cmpuint (count_entry_rows (location), ==, 5);
  {
    GtkWidget *city = find_widget (location, is_row_titled, "City");

    g_assert_nonnull (city);
    gtk_editable_set_text (GTK_EDITABLE (city), "Lisbon");
    g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_window_get_document (window)), "city"), ==, "Lisbon");
  }
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (location), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (location), TRUE);
  g_assert_cmpuint (count_entry_rows (location), ==, 5);

  /* A profile's three, likewise. */
  profiles = find_widgets (editor, ADW_TYPE_EXPANDER_ROW, NULL);
  for (guint i = 0; i < profiles->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (profiles, i);

      if (find_widget (row, is_row_titled, "GitHub") != row)
        continue;
      g_assert_cmpuint (count_entry_rows (row), ==, 0);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      iterate (50);
      g_assert_cmpuint (count_entry_rows (row), ==, 3);
      g_assert_nonnull (find_widget (row, is_row_titled, "Username"));
      reached = TRUE;
    }
  g_assert_true (reached);
  close_window (window);

  /* Tab from the last built card of a long career into the first one not
   * built: it is built as the focus comes. */
  window = open_window_sized (long_path, 1180, 780);
  wait_frames (window, 3);
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = find_entry_cards (window);
  for (guint i = 0; i + 1 < cards->len && next == NULL; i++)
    if (vitae_entry_card_is_built (g_ptr_array_index (cards, i)) &&
        !vitae_entry_card_is_built (g_ptr_array_index (cards, i + 1)))
      {
        card = g_ptr_array_index (cards, i);
        next = g_ptr_array_index (cards, i + 1);
      }
  g_assert_nonnull (next);

  {
    GtkListBox *bullets = vitae_entry_card_get_bullets_list (card);
    guint n = vitae_entry_get_n_bullets (vitae_entry_card_get_entry (card));

    vitae_bullet_row_focus_text (VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, n - 1)), TRUE);
  }
  iterate (50);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (card)));
  reached = FALSE;
  for (guint i = 0; i < 80 && !reached; i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      iterate (10);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      if (gtk_widget_is_ancestor (focus, GTK_WIDGET (next)))
        reached = TRUE;
      else
        g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (card)));
    }
  g_assert_true (reached);
  g_assert_true (vitae_entry_card_is_built (next));

  close_window (window);
}

/* The window opens no keyword catalog (SQLite, its pages, the user's file)
 * to show a resume: the first analysis, right after the first frame, does,
 * and has the role the Keywords panel would start with. In a process of its
 * own, whose default catalog nothing opened yet. */
static void
test_catalog_after_first_frame (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = copy_sample ("junior-weak.vitae");
      g_autoptr(GFile) file = g_file_new_for_path (path);
      VitaeCatalog *catalog = vitae_catalog_get_default ();
      VitaeWindow *window = vitae_window_new (NULL);

      _vitae_window_defer_first_analysis (window);
      g_assert_true (vitae_window_open_file (window, file));
      gtk_window_present (GTK_WINDOW (window));
      g_assert_cmpuint (catalog->opened, ==, 0);

      WAIT_UNTIL (vitae_analysis_get_document (vitae_window_get_analysis (window)) != NULL);
      g_assert_cmpuint (catalog->opened, ==, 1);
      g_assert_cmpstr (vitae_analysis_get_role (vitae_window_get_analysis (window)), ==,
                       vitae_catalog_get_default_role (catalog));
      close_window (window);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static gboolean
is_shortcuts_window (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_SHORTCUTS_WINDOW (widget);
}

/* The keyboard shortcuts window (some 500 widgets) is not built with the
 * window, as GtkApplication would from gtk/help-overlay.ui, but when the
 * menu or Ctrl+? asks for it; asked again, it is the same window. */
static void
test_shortcuts_when_asked (void)
{
  g_autoptr(VitaeApplication) app = vitae_application_new ();
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) toplevels = NULL;
  g_auto(GStrv) accels = NULL;
  GtkShortcutsWindow *overlay;
  VitaeWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = vitae_window_new (app);
  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (vitae_window_get_editor (window))));
  iterate (200);

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      g_assert_null (find_widget (toplevel, is_shortcuts_window, NULL));
    }

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate (100);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate (50);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "editor-rows");

  g_test_add_func ("/vitae/editor-rows/menus-on-demand", test_menus_on_demand);
  g_test_add_func ("/vitae/editor-rows/long-resume-rows-on-screen", test_long_resume_rows_on_screen);
  g_test_add_func ("/vitae/editor-rows/tab-into-unbuilt-row", test_tab_into_unbuilt_row);
  g_test_add_func ("/vitae/editor-rows/coach-rows-on-scroll", test_coach_rows_on_scroll);
  g_test_add_func ("/vitae/editor-rows/preview-when-shown", test_preview_when_shown);
  g_test_add_func ("/vitae/editor-rows/cards-when-shown", test_cards_when_shown);
  g_test_add_func ("/vitae/editor-rows/shortcuts-when-asked", test_shortcuts_when_asked);
  g_test_add_func ("/vitae/editor-rows/catalog-after-first-frame", test_catalog_after_first_frame);

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
