/* test-editor.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The editor as a first-time user meets it: each test drives the real window
 * the way a person would (focus moves with Tab, text arrives a character at a
 * time) and checks what they would see. */

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

/* Waits for the coach's card of @row to be filled and shown: the analysis
 * runs after a short pause, as it would while a person types. */
static void
wait_for_suggestions (VitaeBulletRow *row)
{
  GtkWidget *area = GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row));
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < give_up &&
         !(gtk_widget_get_first_child (area) != NULL && gtk_widget_get_child_visible (gtk_widget_get_parent (area)) &&
           gtk_widget_get_mapped (area)))
    iterate (20);
  g_assert_nonnull (gtk_widget_get_first_child (area));
  iterate (300);
}

static VitaeSectionCard *
find_section_card (VitaeWindow      *window,
                   VitaeSectionKind  kind)
{
  VitaeDocument *document = vitae_window_get_document (window);
  GtkListBox *list = vitae_editor_get_sections_list (vitae_window_get_editor (window));
  VitaeSection *section = vitae_document_find_section (document, kind);
  guint position;

  g_assert_nonnull (section);
  g_assert_true (g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &position));

  return VITAE_SECTION_CARD (gtk_list_box_get_row_at_index (list, position));
}

static VitaeEntryCard *
get_entry_card (VitaeSectionCard *card,
                guint             position)
{
  return VITAE_ENTRY_CARD (gtk_list_box_get_row_at_index (vitae_section_card_get_entries_list (card), position));
}

static gboolean
match_row_title (GtkWidget     *widget,
                 gconstpointer  text)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) == 0;
}

static gboolean
match_row_title_prefix (GtkWidget     *widget,
                        gconstpointer  text)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text);
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
match_label_prefix (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), text);
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0;
}

static gboolean
match_switch (GtkWidget     *widget,
              gconstpointer  text)
{
  return GTK_IS_SWITCH (widget);
}

/* The Undo button of the toast that says @message. */
static GtkWidget *
find_toast_undo (VitaeWindow *window,
                 const char  *message)
{
  GtkWidget *label = NULL;

  WAIT_UNTIL ((label = find_widget (GTK_WIDGET (window), match_label, message)) != NULL);
  for (GtkWidget *w = label; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *undo = find_widget (w, match_button_label, "_Undo");

      if (undo != NULL)
        return undo;
    }

  return NULL;
}

static char *
get_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the Tab key does: the window moves the focus on. */
static void
press_tab (VitaeWindow *window)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  iterate (20);
}

/* Types @text into the focused editable, one character at a time. */
static void
type_into_editable (GtkEditable *editable,
                    const char  *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      int position = g_utf8_strlen (gtk_editable_get_text (editable), -1);

      gtk_editable_insert_text (editable, p, g_utf8_next_char (p) - p, &position);
      iterate (5);
    }
}

static void
type_into_focus (VitaeWindow *window,
                 const char  *text)
{
  GtkWidget *focus = get_focus (window);

  g_assert_nonnull (focus);
  if (GTK_IS_TEXT_VIEW (focus))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
          iterate (5);
        }
      return;
    }

  g_assert_true (GTK_IS_EDITABLE (focus));
  type_into_editable (GTK_EDITABLE (focus), text);
}

static GtkScrolledWindow *
get_editor_scroller (VitaeWindow *window)
{
  GtkWidget *editor = GTK_WIDGET (vitae_window_get_editor (window));

  for (GtkWidget *w = gtk_widget_get_first_child (editor); w; w = gtk_widget_get_first_child (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      return GTK_SCROLLED_WINDOW (w);

  g_assert_not_reached ();
}

/* Whether the text cursor (or the start of the selection) of @view shows in
 * the editor's viewport, with @below pixels under it also on screen. */
static gboolean
cursor_is_visible (VitaeWindow *window,
                   GtkTextView *view,
                   int          below)
{
  GtkScrolledWindow *scroller = get_editor_scroller (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  GdkRectangle location;
  graphene_point_t point;
  int x, y;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  gtk_text_view_get_iter_location (view, &start, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y, &x, &y);
  if (!gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (scroller), &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;


  return point.y >= 0 && point.y + location.height + below <= gtk_widget_get_height (GTK_WIDGET (scroller));
}

/* Runs what the window's class binds to @keyval with @mods, as pressing
 * the keys would.  Returns FALSE if nothing is bound to them. */
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

static gboolean
press_shortcut (VitaeWindow     *window,
                guint            keyval,
                GdkModifierType  mods)
{
  return press_shortcut_on (GTK_WIDGET (window), keyval, mods);
}

/* Tests */

/* The blocker: a past position gets a start and an end date, by typing and
 * tabbing, and "Present" is a switch of its own. */
static void
test_dates_independent (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeSectionCard *section_card = find_section_card (window, VITAE_SECTION_EXPERIENCE);
  VitaeEntryCard *entry_card;
  VitaeEntry *entry;
  GtkWidget *start_row, *end_row, *present_row, *website_row;
  GtkSwitch *present;

  /* A new position opens ready for typing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section_card), "section.add-entry", NULL));
  iterate (100);
  entry_card = get_entry_card (section_card, 0);
  entry = vitae_entry_card_get_entry (entry_card);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "start"));

  start_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "Start");
  end_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "End");
  present_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "_Present");
  website_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "Website");
  g_assert_nonnull (start_row);
  g_assert_nonnull (end_row);
  g_assert_nonnull (website_row);

  /* Typing a start date decides nothing about the end. */
  gtk_widget_grab_focus (start_row);
  type_into_focus (window, "2019-03");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2019-03");
  g_assert_true (gtk_widget_get_sensitive (end_row));

  /* Tab goes from Start to End, and the end date lands there. */
  press_tab (window);
  g_assert_true (focus_is_in (window, end_row));
  type_into_focus (window, "2022-08");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2022-08");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "url"), ==, "");

  /* "Present" is a row of its own, not inside End, and still off. */
  g_assert_nonnull (present_row);
  g_assert_false (gtk_widget_is_ancestor (present_row, end_row));
  present = GTK_SWITCH (find_widget (present_row, match_switch, NULL));
  g_assert_nonnull (present);
  g_assert_false (gtk_switch_get_active (present));

  screenshot (window, "dates-past-position");

  /* Then to the Present switch, then on to Website. */
  press_tab (window);
  g_assert_true (focus_is_in (window, present_row));
  press_tab (window);
  g_assert_true (focus_is_in (window, website_row));

  /* Clearing the end while typing it leaves the switch alone too. */
  gtk_widget_grab_focus (end_row);
  gtk_editable_set_text (GTK_EDITABLE (end_row), "");
  iterate (20);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "end"));
  g_assert_false (gtk_switch_get_active (present));
  g_assert_true (gtk_widget_get_sensitive (end_row));
  type_into_focus (window, "2022-09");

  /* Turning Present on removes the end date; off gives the row back. */
  gtk_switch_set_active (present, TRUE);
  iterate (20);
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "end"));
  g_assert_false (gtk_widget_get_sensitive (end_row));
  gtk_switch_set_active (present, FALSE);
  iterate (20);
  g_assert_true (gtk_widget_get_sensitive (end_row));

  /* Undo brings the end date back, and the switch follows the model. */
  gtk_switch_set_active (present, TRUE);
  iterate (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate (20);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2022-09");
  g_assert_false (gtk_switch_get_active (present));
  g_assert_true (gtk_widget_get_sensitive (end_row));

  close_window (window);
}

/* A current position loads with Present on and End out of the way. */
static void
test_present_loaded (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeSectionCard *section_card = find_section_card (window, VITAE_SECTION_EXPERIENCE);
  VitaeEntryCard *entry_card = NULL;
  GtkWidget *end_row, *present_row;
  GtkSwitch *present;

  for (guint i = 0; (entry_card = get_entry_card (section_card, i)) != NULL; i++)
    {
      VitaeNode *node = VITAE_NODE (vitae_entry_card_get_entry (entry_card));

      if (vitae_node_has (node, "start") && !vitae_node_has (node, "end"))
        break;
    }
  g_assert_nonnull (entry_card);
  vitae_entry_card_focus_first_field (entry_card);
  iterate (50);

  end_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "End");
  present_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "_Present");
  g_assert_nonnull (present_row);
  present = GTK_SWITCH (find_widget (present_row, match_switch, NULL));
  g_assert_true (gtk_switch_get_active (present));
  g_assert_false (gtk_widget_get_sensitive (end_row));
  screenshot (window, "dates-current-position");

  /* Turned off, End takes a date and Present stays off. */
  gtk_switch_set_active (present, FALSE);
  gtk_widget_grab_focus (end_row);
  type_into_focus (window, "2025-01");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_entry_card_get_entry (entry_card)), "end"), ==, "2025-01");
  g_assert_false (gtk_switch_get_active (present));

  close_window (window);
}

static void
test_date_normalize (void)
{
  static const struct {
    const char *typed;
    const char *iso;
  } cases[] = {
    { "2022-06", "2022-06" },
    { "2022-06-15", "2022-06-15" },
    { "2022", "2022" },
    { "June 2022", "2022-06" },
    { "june 2022", "2022-06" },
    { "Jun 2022", "2022-06" },
    { "Jun. 2022", "2022-06" },
    { "June, 2022", "2022-06" },
    { "Sept 2021", "2021-09" },
    { "Jun '22", "2022-06" },
    { "Jun \xe2\x80\x99" "22", "2022-06" },
    { "\"Jun 2022\"", "2022-06" },
    { "06/2022", "2022-06" },
    { "6/2022", "2022-06" },
    { "06.2022", "2022-06" },
    { "2022/06", "2022-06" },
    { " 2022-06 ", "2022-06" },
    { "Dec '99", "1999-12" },
    { "", NULL },
    { "soon", NULL },
    { "13/2022", NULL },
    { "Ju 2022", NULL },
    { "June", NULL },
    { "2022 2023", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = vitae_date_normalize (cases[i].typed);

      g_test_message ("%s", cases[i].typed);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

/* A date typed the way people write it is stored in ISO form once the
 * field is left; one that cannot be read says what is expected. */
static void
test_date_typed_forms (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeSectionCard *section_card = find_section_card (window, VITAE_SECTION_EXPERIENCE);
  VitaeEntryCard *entry_card;
  VitaeEntry *entry;
  GtkWidget *start_row, *end_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section_card), "section.add-entry", NULL));
  iterate (100);
  entry_card = get_entry_card (section_card, 0);
  entry = vitae_entry_card_get_entry (entry_card);
  start_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "Start");
  end_row = find_widget (GTK_WIDGET (entry_card), match_row_title, "End");

  gtk_widget_grab_focus (start_row);
  type_into_focus (window, "June 2022");
  /* Half typed, it is left alone… */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "June 2022");
  press_tab (window);
  /* …and read when the user moves on. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "start"), ==, "2022-06");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "2022-06");
  g_assert_false (gtk_widget_has_css_class (start_row, "error"));

  g_assert_true (focus_is_in (window, end_row));
  type_into_focus (window, "06/2023");
  g_signal_emit_by_name (end_row, "entry-activated");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "end"), ==, "2023-06");

  /* Something that is no date says what a date looks like. */
  gtk_widget_grab_focus (end_row);
  gtk_editable_set_text (GTK_EDITABLE (end_row), "");
  type_into_focus (window, "last summer");
  press_tab (window);
  g_assert_true (gtk_widget_has_css_class (end_row, "error"));
  g_assert_true (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (end_row)), "2022-06") != NULL);
  g_assert_nonnull (find_widget (GTK_WIDGET (entry_card), match_row_title_prefix, "End — "));
  screenshot (window, "dates-invalid");

  close_window (window);
}


/* The first bullet of @document whose text is @text. */
static VitaeBullet *
find_bullet_with_text (VitaeDocument *document,
                       const char    *text)
{
  GListModel *sections = vitae_document_get_sections (document);

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VitaeSection) section = g_list_model_get_item (sections, s);
      GListModel *entries = vitae_section_get_entries (section);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(VitaeEntry) entry = g_list_model_get_item (entries, e);
          GListModel *bullets = vitae_entry_get_bullets (entry);

          for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
            {
              g_autoptr(VitaeBullet) bullet = g_list_model_get_item (bullets, b);

              if (g_strcmp0 (vitae_bullet_get_text (bullet), text) == 0)
                return bullet;
            }
        }
    }

  return NULL;
}

static VitaeBulletRow *
find_bullet_with_suggestions (VitaeWindow *window,
                              guint        min_suggestions)
{
  VitaeSectionCard *section_card = find_section_card (window, VITAE_SECTION_EXPERIENCE);
  VitaeEntryCard *entry_card;

  for (guint e = 0; (entry_card = get_entry_card (section_card, e)) != NULL; e++)
    {
      GtkListBox *bullets = vitae_entry_card_get_bullets_list (entry_card);
      GtkListBoxRow *row;

      for (guint b = 0; (row = gtk_list_box_get_row_at_index (bullets, b)) != NULL; b++)
        {
          VitaeBullet *bullet = vitae_bullet_row_get_bullet (VITAE_BULLET_ROW (row));
          g_autoptr(VitaeCoachResult) result = vitae_coach_analyze_bullet (vitae_coach_get_default (), vitae_bullet_get_text (bullet));

          if (vitae_coach_result_get_n_suggestions (result) >= min_suggestions &&
              gtk_list_box_get_row_at_index (bullets, b + 1) != NULL)
            return VITAE_BULLET_ROW (row);
        }
    }

  return NULL;
}

/* The bullet being edited stays in view when a rewrite is applied: the
 * text with its first slot, not only the coach's card under it. */
static void
test_apply_keeps_bullet_visible (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  VitaeBulletRow *row = find_bullet_with_suggestions (window, 2);
  GtkScrolledWindow *scroller = get_editor_scroller (window);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (scroller);
  GtkWidget *apply = NULL;
  GtkTextView *view;
  graphene_point_t point;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 420);
  iterate (200);
  g_assert_nonnull (row);
  view = vitae_bullet_row_get_text_view (row);

  /* The row sits at the bottom of the viewport. */
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (row), gtk_scrolled_window_get_child (scroller),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (vadj, point.y + gtk_widget_get_height (GTK_WIDGET (view)) - gtk_widget_get_height (GTK_WIDGET (scroller)) + 4);
  iterate (100);
  vitae_bullet_row_focus_text (row, TRUE);
  wait_for_suggestions (row);
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));

  /* Tab down to the last rewrite's Apply button, as a keyboard user would:
   * the card scrolls into view and the text off the top. */
  for (guint i = 0; i < 8; i++)
    {
      GtkWidget *focus;

      press_tab (window);
      iterate (100);
      focus = get_focus (window);
      if (!gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
        break;
      if (GTK_IS_BUTTON (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row))))
        apply = focus;
    }
  g_assert_nonnull (apply);
  gtk_widget_grab_focus (apply);
  iterate (300);

  /* Apply: the cursor is in the first slot, and on screen. */
  gtk_widget_activate (apply);
  WAIT_UNTIL (gtk_widget_has_focus (GTK_WIDGET (view)));
  iterate (600);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));

  /* Undo, then Ctrl+Enter on the original, then typing into the slot:
   * the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  vitae_bullet_row_focus_text (row, TRUE);
  wait_for_suggestions (row);
  g_assert_true (vitae_bullet_row_apply_suggestion (row, 0));
  iterate (600);
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));
  type_into_focus (window, "40%");
  iterate (300);
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));

  close_window (window);
}

/* A jump from the Coach list in a narrow window lands on the bullet's
 * text, and Ctrl+Enter there keeps the first slot on screen. */
static void
test_coach_jump_keeps_bullet_visible (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  VitaeBulletRow *row = find_bullet_with_suggestions (window, 2);
  GtkTextView *view;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 480);
  iterate (300);
  g_assert_nonnull (row);
  view = vitae_bullet_row_get_text_view (row);

  g_signal_emit_by_name (window->coach_panel, "activate-bullet", vitae_bullet_row_get_bullet (row));
  wait_for_suggestions (row);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));
  screenshot (window, "coach-jump-narrow");

  g_assert_true (vitae_bullet_row_apply_suggestion (row, 1));
  iterate (600);
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));
  type_into_focus (window, "12");
  iterate (300);
  WAIT_UNTIL (cursor_is_visible (window, view, 0));
  g_assert_true (cursor_is_visible (window, view, 0));
  screenshot (window, "apply-narrow");

  close_window (window);
}

/* From a bullet showing suggestions, Tab visits its menu, each rewrite's
 * Apply button in order, then the next bullet: no trap. */
static void
test_tab_through_suggestions (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  VitaeBulletRow *row = find_bullet_with_suggestions (window, 2);
  GtkListBox *bullets;
  GtkWidget *next_row;
  g_autoptr(VitaeCoachResult) result = NULL;
  guint n_suggestions, next_apply = 0;
  gboolean reached_next = FALSE;
  int index;

  g_assert_nonnull (row);
  result = vitae_coach_analyze_bullet (vitae_coach_get_default (), vitae_bullet_get_text (vitae_bullet_row_get_bullet (row)));
  n_suggestions = vitae_coach_result_get_n_suggestions (result);
  bullets = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  next_row = GTK_WIDGET (gtk_list_box_get_row_at_index (bullets, index + 1));

  vitae_bullet_row_focus_text (row, TRUE);
  wait_for_suggestions (row);
  for (guint i = 0; i < n_suggestions + 4 && !reached_next; i++)
    {
      GtkWidget *focus;

      press_tab (window);
      focus = get_focus (window);
      g_test_message ("Tab %u: %s", i, G_OBJECT_TYPE_NAME (focus));
      if (gtk_widget_is_ancestor (focus, next_row))
        {
          g_assert_true (focus == GTK_WIDGET (vitae_bullet_row_get_text_view (VITAE_BULLET_ROW (next_row))));
          reached_next = TRUE;
        }
      else if (gtk_widget_is_ancestor (focus, GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row))))
        {
          /* The Apply buttons, in the order the rewrites are listed. */
          g_assert_true (GTK_IS_BUTTON (focus));
          g_assert_cmpuint (next_apply, <, n_suggestions);
          g_assert_true (GTK_IS_LABEL (gtk_widget_get_prev_sibling (focus)));
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_prev_sibling (focus))), ==,
                           vitae_coach_result_get_suggestion (result, next_apply)->text);
          next_apply++;
        }
      else
        /* The bullet's own menu, right of its text. */
        g_assert_true (GTK_IS_MENU_BUTTON (gtk_widget_get_parent (focus)) || GTK_IS_MENU_BUTTON (focus));
    }
  g_assert_cmpuint (next_apply, ==, n_suggestions);
  g_assert_true (reached_next);

  close_window (window);
}

/* F6 cycles outline → editor → side panel and back, each time to where the
 * focus was; Shift+F6 goes the other way. */
static void
test_f6_cycles_panes (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  GtkWidget *outline = GTK_WIDGET (window->outline);
  GtkWidget *editor = GTK_WIDGET (window->editor);
  GtkWidget *side = GTK_WIDGET (window->side_panel);
  VitaeBulletRow *row = find_bullet_with_suggestions (window, 1);
  GtkWidget *text;

  adw_flap_set_reveal_flap (window->outline_flap, TRUE);
  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  iterate (600);

  text = GTK_WIDGET (vitae_bullet_row_get_text_view (row));
  gtk_widget_grab_focus (text);
  iterate (50);

  g_assert_true (press_shortcut (window, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (window, side));
  g_assert_true (press_shortcut (window, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (window, outline));
  g_assert_true (press_shortcut (window, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (window, editor));
  /* Back in the bullet being edited, not at the top of the page. */
  g_assert_true (get_focus (window) == text);

  g_assert_true (press_shortcut (window, GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (focus_is_in (window, outline));
  g_assert_true (press_shortcut (window, GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (focus_is_in (window, side));

  /* A hidden pane is skipped. */
  adw_flap_set_reveal_flap (window->outline_flap, FALSE);
  iterate (600);
  g_assert_true (press_shortcut (window, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (window, editor));

  close_window (window);
}

static gboolean
match_shortcuts_stack (GtkWidget     *widget,
                       gconstpointer  text)
{
  return GTK_IS_STACK (widget) && GTK_IS_SHORTCUTS_SECTION (gtk_widget_get_parent (widget));
}

static void
collect_shortcuts (GtkWidget  *widget,
                   GPtrArray  *found)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, found);
}

/* The shortcuts window tells the truth about the window's keys (F10 is the
 * main menu; the side panel has its own key) and fits on one page. */
static void
test_shortcuts_window (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (VITAE_SHORTCUTS_RESOURCE);
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
  g_autoptr(GtkShortcut) f10 = NULL;
  g_autoptr(GtkShortcut) import = NULL;
  GtkWidget *stack;
  gboolean revealed;
  guint n_pages = 0;

  /* F10 is not the side panel's: the main menu button (primary) has it. */
  f10 = find_shortcut (GTK_WIDGET (window), GDK_KEY_F10, 0);
  g_assert_true (f10 == NULL || !GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (f10)) ||
                 g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (f10))), "win.toggle-side-panel") != 0);
  g_assert_true (gtk_menu_button_get_primary (window->main_menu_button));

  /* Ctrl+I imports, as the shortcuts window and the main menu say. */
  import = find_shortcut (GTK_WIDGET (window), GDK_KEY_i, GDK_CONTROL_MASK);
  g_assert_nonnull (import);
  g_assert_true (GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (import)));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (import))), ==, "win.import");

  /* Ctrl+F9 shows and hides the side panel. */
  revealed = adw_flap_get_reveal_flap (window->side_flap);
  g_assert_true (press_shortcut (window, GDK_KEY_F9, GDK_CONTROL_MASK));
  g_assert_cmpint (adw_flap_get_reveal_flap (window->side_flap), !=, revealed);
  g_assert_true (press_shortcut (window, GDK_KEY_F9, GDK_CONTROL_MASK));
  g_assert_cmpint (adw_flap_get_reveal_flap (window->side_flap), ==, revealed);

  gtk_window_set_transient_for (overlay, GTK_WINDOW (window));
  gtk_window_present (overlay);
  iterate (500);

  /* Every function key listed is bound, to what the title says. */
  collect_shortcuts (GTK_WIDGET (overlay), shortcuts);
  g_assert_cmpuint (shortcuts->len, >=, 19);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;

      g_object_get (g_ptr_array_index (shortcuts, i), "accelerator", &accelerator, "title", &title, NULL);
      if (g_strcmp0 (accelerator, "F10") == 0)
        g_assert_cmpstr (title, ==, "Main menu");
      if (g_strcmp0 (title, "Show coach, keywords and preview") == 0)
        g_assert_cmpstr (accelerator, ==, "<Control>F9");
      if (g_strcmp0 (accelerator, "<Control>i") == 0)
        g_assert_true (g_str_has_prefix (title, "Import"));
      if (g_str_has_prefix (accelerator, "F6"))
        g_assert_nonnull (find_shortcut (GTK_WIDGET (window), GDK_KEY_F6, 0));
    }

  /* One page: no "1 2" page switcher at the bottom. */
  stack = find_widget (GTK_WIDGET (overlay), match_shortcuts_stack, NULL);
  g_assert_nonnull (stack);
  for (GtkWidget *page = gtk_widget_get_first_child (stack); page; page = gtk_widget_get_next_sibling (page))
    n_pages++;
  g_test_message ("%u shortcuts on %u pages", shortcuts->len, n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  screenshot (overlay, "shortcuts");

  gtk_window_destroy (overlay);
  close_window (window);
}

/* A new resume puts the cursor in Full Name, the first thing to type. */
static void
test_new_focuses_name (void)
{
  VitaeWindow *window = vitae_window_new (NULL);
  GtkWidget *name_row, *button;

  gtk_window_present (GTK_WINDOW (window));
  iterate (200);
  /* The empty window's "New Resume" button, pressed from the keyboard. */
  button = find_widget (GTK_WIDGET (window), match_button_label, "_New Resume");
  g_assert_nonnull (button);
  gtk_widget_grab_focus (button);
  iterate (50);
  gtk_widget_activate (button);
  WAIT_UNTIL (vitae_window_get_document (window) != NULL);
  iterate (300);

  name_row = find_widget (GTK_WIDGET (window->editor), match_row_title, "Full Name");
  g_assert_nonnull (name_row);
  g_assert_true (focus_is_in (window, name_row));
  type_into_focus (window, "Ada Park");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_window_get_document (window)), "name"), ==, "Ada Park");
  screenshot (window, "new-resume");

  close_window (window);
}

/* Opening another resume shows it from the top. */
static void
test_open_resets_scroll (void)
{
  g_autofree char *senior = copy_sample ("senior-backend.vitae");
  g_autofree char *junior = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (senior);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (get_editor_scroller (window));
  g_autoptr(GFile) file = g_file_new_for_path (junior);

  /* Laid out (slowly under ASan), then scrolled to the end. */
  WAIT_UNTIL (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) > 100);
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
  WAIT_UNTIL (gtk_adjustment_get_value (vadj) > 100);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 100);

  g_assert_true (vitae_window_open_file (window, file));
  iterate (400);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0);

  close_window (window);
}

/* "Add Skill Group" adds the group at the end, where the user looks; a new
 * position still goes first, as the newest. */
static void
test_add_skill_group_appends (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeSectionCard *skills_card = find_section_card (window, VITAE_SECTION_SKILLS);
  VitaeSection *skills = vitae_document_find_section (vitae_window_get_document (window), VITAE_SECTION_SKILLS);
  VitaeSection *experience = vitae_document_find_section (vitae_window_get_document (window), VITAE_SECTION_EXPERIENCE);
  VitaeEntry *first = vitae_section_get_entry (skills, 0);
  VitaeEntry *first_position = vitae_section_get_entry (experience, 0);
  guint n = vitae_section_get_n_entries (skills);
  VitaeEntryCard *last_card;

  g_assert_cmpuint (n, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (skills_card), "section.add-entry", NULL));
  iterate (200);
  g_assert_cmpuint (vitae_section_get_n_entries (skills), ==, n + 1);
  g_assert_true (vitae_section_get_entry (skills, 0) == first);
  last_card = get_entry_card (skills_card, n);
  g_assert_nonnull (last_card);
  g_assert_true (vitae_entry_card_get_entry (last_card) == vitae_section_get_entry (skills, n));
  /* The cursor waits in the new group's name. */
  g_assert_true (focus_is_in (window, GTK_WIDGET (last_card)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (find_section_card (window, VITAE_SECTION_EXPERIENCE)), "section.add-entry", NULL));
  iterate (100);
  g_assert_true (vitae_section_get_entry (experience, 1) == first_position);

  close_window (window);
}

/* Removing a position with bullets, or a whole section, says so in a toast
 * whose Undo button brings it back. */
static void
test_remove_offers_undo (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeSectionCard *section_card = find_section_card (window, VITAE_SECTION_EXPERIENCE);
  VitaeSection *section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  VitaeEntry *entry = vitae_section_get_entry (section, 0);
  g_autofree char *title = vitae_entry_describe_title (entry, VITAE_SECTION_EXPERIENCE);
  g_autofree char *message = g_strdup_printf ("“%s” removed", title);
  guint n = vitae_section_get_n_entries (section);
  guint n_sections = vitae_document_get_n_sections (document);
  GtkWidget *undo;

  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_entry_card (section_card, 0)), "entry.delete", NULL));
  iterate (400);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, n - 1);
  screenshot (window, "remove-entry-toast");
  undo = find_toast_undo (window, message);
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  WAIT_UNTIL (vitae_section_get_n_entries (section) == n);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, n);
  g_assert_true (vitae_section_get_entry (section, 0) == entry);

  /* A whole section. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section_card), "section.remove", NULL));
  iterate (400);
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, n_sections - 1);
  undo = find_toast_undo (window, "“Experience” removed");
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  WAIT_UNTIL (vitae_document_get_n_sections (document) == n_sections);
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, n_sections);
  g_assert_true (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE) == section);

  close_window (window);
}

static void
collect_menu_labels (GMenuModel *model,
                     GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      char *label = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, label);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu_labels (link, labels);
        }
    }
}

/* The menus of sections, entries and bullets use one verb for taking
 * things out. */
static void
test_menus_one_verb (void)
{
  static const struct {
    const char *resource;
    const char *menu;
    const char *item;
  } menus[] = {
    { "/io/github/vitae/Vitae/vitae-section-card.ui", "section_menu", "_Remove Section" },
    { "/io/github/vitae/Vitae/vitae-entry-card.ui", "entry_menu", "_Remove Entry" },
    { "/io/github/vitae/Vitae/vitae-bullet-row.ui", "bullet_menu", "_Remove Bullet" },
  };

  for (guint m = 0; m < G_N_ELEMENTS (menus); m++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (menus[m].resource, 0, NULL);
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *ui = NULL;
      const char *start, *end;

      /* Only the menu: the templates need their classes' instances. */
      g_assert_nonnull (bytes);
      start = strstr (g_bytes_get_data (bytes, NULL), "<menu id=");
      end = g_strrstr (g_bytes_get_data (bytes, NULL), "</menu>");
      g_assert_nonnull (start);
      g_assert_nonnull (end);
      ui = g_strdup_printf ("<interface>%.*s</menu></interface>", (int) (end - start), start);
      g_assert_true (gtk_builder_add_from_string (builder, ui, -1, NULL));
      collect_menu_labels (G_MENU_MODEL (gtk_builder_get_object (builder, menus[m].menu)), labels);

      g_assert_true (g_ptr_array_find_with_equal_func (labels, menus[m].item, g_str_equal, NULL));
      for (guint i = 0; i < labels->len; i++)
        g_assert_null (strstr (g_ptr_array_index (labels, i), "Delete"));
    }
}

/* Basics and Summary have headings of the same size as Experience and
 * Skills. */
static void
test_heading_sizes (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  const char *titles[] = { "Basics", "Profiles", "Summary", "Experience", "Skills" };
  int height = -1;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *label = find_widget (GTK_WIDGET (window->editor), match_label, titles[i]);
      int min, nat;

      g_assert_nonnull (label);
      g_assert_true (gtk_widget_has_css_class (label, "title-3"));
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
      g_test_message ("%s: %d px high", titles[i], nat);
      if (height < 0)
        height = nat;
      g_assert_cmpint (nat, ==, height);
    }
  /* Each heading stands over its part. */
  {
    GtkWidget *basics = find_widget (GTK_WIDGET (window->editor), match_label, "Basics");
    GtkWidget *name_row = find_widget (GTK_WIDGET (window->editor), match_row_title, "Full Name");
    graphene_point_t heading_at, row_at;

    g_assert_true (gtk_widget_compute_point (basics, GTK_WIDGET (window->editor), &GRAPHENE_POINT_INIT (0, 0), &heading_at));
    g_assert_true (gtk_widget_compute_point (name_row, GTK_WIDGET (window->editor), &GRAPHENE_POINT_INIT (0, 0), &row_at));
    g_assert_cmpfloat (heading_at.y, <, row_at.y);
  }
  screenshot (window, "headings");

  close_window (window);
}

static void
collect_list_boxes (GtkWidget *widget,
                    GPtrArray *found)
{
  if (GTK_IS_LIST_BOX (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_list_boxes (child, found);
}

/* One outline row is lit at a time, however it was picked. */
static void
test_outline_one_row (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkListBox *fixed, *sections;
  guint n_selected;

  adw_flap_set_reveal_flap (window->outline_flap, TRUE);
  iterate (400);
  collect_list_boxes (GTK_WIDGET (window->outline), lists);
  g_assert_cmpuint (lists->len, ==, 2);
  fixed = g_ptr_array_index (lists, 0);
  sections = g_ptr_array_index (lists, 1);

  /* Arrow keys select as they move: Experience, then up into Summary. */
  gtk_list_box_select_row (sections, gtk_list_box_get_row_at_index (sections, 0));
  iterate (50);
  gtk_list_box_select_row (fixed, gtk_list_box_get_row_at_index (fixed, 1));
  iterate (50);
  n_selected = (gtk_list_box_get_selected_row (fixed) != NULL) + (gtk_list_box_get_selected_row (sections) != NULL);
  g_assert_cmpuint (n_selected, ==, 1);
  g_assert_nonnull (gtk_list_box_get_selected_row (fixed));

  gtk_list_box_select_row (sections, gtk_list_box_get_row_at_index (sections, 1));
  iterate (50);
  g_assert_null (gtk_list_box_get_selected_row (fixed));
  g_assert_nonnull (gtk_list_box_get_selected_row (sections));
  screenshot (window, "outline-one-row");

  close_window (window);
}

static gboolean
match_page_view (GtkWidget     *widget,
                 gconstpointer  text)
{
  return VITAE_IS_PAGE_VIEW (widget);
}

/* The preview's page can be enlarged: Ctrl+plus and Ctrl+minus zoom,
 * Ctrl+0 fits the width again. */
static void
test_preview_zoom (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  GtkWidget *preview = GTK_WIDGET (_vitae_window_get_preview (window));
  GtkWidget *page;
  int fitted, zoomed;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  WAIT_UNTIL ((page = find_widget (preview, match_page_view, NULL)) != NULL && gtk_widget_get_width (page) > 0);
  g_assert_nonnull (page);
  iterate (300);
  fitted = gtk_widget_get_width (page);
  g_test_message ("fitted: %d px", fitted);
  g_assert_cmpfloat (vitae_preview_get_zoom (_vitae_window_get_preview (window)), ==, 0);

  g_assert_true (press_shortcut_on (preview, GDK_KEY_plus, GDK_CONTROL_MASK));
  g_assert_true (press_shortcut_on (preview, GDK_KEY_plus, GDK_CONTROL_MASK));
  WAIT_UNTIL (gtk_widget_get_width (page) > fitted);
  zoomed = gtk_widget_get_width (page);
  g_test_message ("zoomed twice: %d px", zoomed);
  g_assert_cmpint (zoomed, >=, fitted * 3 / 2);
  g_assert_cmpint (zoomed, <=, fitted * 8 / 5 + 2);
  screenshot (window, "preview-zoomed");

  g_assert_true (press_shortcut_on (preview, GDK_KEY_minus, GDK_CONTROL_MASK));
  WAIT_UNTIL (gtk_widget_get_width (page) < zoomed);
  g_assert_cmpint (gtk_widget_get_width (page), <, zoomed);

  g_assert_true (press_shortcut_on (preview, GDK_KEY_0, GDK_CONTROL_MASK));
  WAIT_UNTIL (gtk_widget_get_width (page) == fitted);
  g_assert_cmpint (gtk_widget_get_width (page), ==, fitted);
  g_assert_cmpfloat (vitae_preview_get_zoom (_vitae_window_get_preview (window)), ==, 0);

  close_window (window);
}

static gboolean
match_css_class (GtkWidget     *widget,
                 gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class) && gtk_widget_get_mapped (widget);
}

static gboolean
match_drop_down (GtkWidget     *widget,
                 gconstpointer  text)
{
  GtkWidget *label = gtk_widget_get_prev_sibling (widget);

  return GTK_IS_DROP_DOWN (widget) && GTK_IS_LABEL (label) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0;
}

/* The preferences write the paper-size key and the preview follows it:
 * picking a template in the preview leaves "auto" (the region's paper)
 * as it was, and a paper chosen in the preferences shows at once. */
static void
test_preview_follows_paper_setting (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  GtkWidget *preview = GTK_WIDGET (_vitae_window_get_preview (window));
  GtkWidget *template, *paper;
  g_autofree char *key = NULL;

  g_settings_set_string (window->settings, "paper-size", "auto");
  template = find_widget (preview, match_drop_down, "Template");
  paper = find_widget (preview, match_drop_down, "Paper");
  g_assert_nonnull (template);
  g_assert_nonnull (paper);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (template),
                              gtk_drop_down_get_selected (GTK_DROP_DOWN (template)) == 0 ? 1 : 0);
  key = g_settings_get_string (window->settings, "paper-size");
  g_assert_cmpstr (key, ==, "auto");

  g_settings_set_string (window->settings, "paper-size", "letter");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (paper)), ==, 1);
  g_settings_set_string (window->settings, "paper-size", "a4");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (paper)), ==, 0);

  /* a paper picked in the preview is remembered, as its template is */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (paper), 1);
  g_free (key);
  key = g_settings_get_string (window->settings, "paper-size");
  g_assert_cmpstr (key, ==, "letter");

  g_settings_reset (window->settings, "paper-size");
  g_settings_reset (window->settings, "template");
  close_window (window);
}

/* Asked to fit fewer pages than it takes, the preview names the weakest
 * bullets to cut, each a link to its bullet in the editor. */
static void
test_page_fit_names_cuts (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  GtkWidget *preview = GTK_WIDGET (_vitae_window_get_preview (window));
  GtkWidget *fit, *cut = NULL;
  VitaeBullet *bullet;
  GtkWidget *row;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  WAIT_UNTIL (vitae_preview_get_layout (_vitae_window_get_preview (window)) != NULL);
  g_assert_cmpuint (vitae_layout_get_n_pages (vitae_preview_get_layout (_vitae_window_get_preview (window))), >=, 2);

  fit = find_widget (preview, match_drop_down, "Pages");
  g_assert_nonnull (fit);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (fit), 1);
  WAIT_UNTIL ((cut = find_widget (preview, match_css_class, "cut-candidate")) != NULL);
  g_assert_nonnull (cut);
  g_assert_cmpuint (vitae_layout_get_overflow_lines (vitae_preview_get_layout (_vitae_window_get_preview (window))), >, 0);
  g_assert_nonnull (find_widget (preview, match_label_prefix, "Cutting"));
  screenshot (window, "page-fit-cuts");

  /* The candidate names its bullet in full in its tooltip. */
  bullet = find_bullet_with_text (vitae_window_get_document (window), gtk_widget_get_tooltip_text (cut));
  g_assert_true (VITAE_IS_BULLET (bullet));
  gtk_widget_activate (cut);
  row = vitae_editor_find_bullet_row (window->editor, bullet);
  g_assert_nonnull (row);
  WAIT_UNTIL (gtk_widget_has_focus (GTK_WIDGET (vitae_bullet_row_get_text_view (VITAE_BULLET_ROW (row)))));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (vitae_bullet_row_get_text_view (VITAE_BULLET_ROW (row)))));

  close_window (window);
}

static void
collect_level_bars (GtkWidget *widget,
                    GPtrArray *found)
{
  if (GTK_IS_LEVEL_BAR (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_level_bars (child, found);
}

/* Each keyword group's bar is as full as its count says. */
static void
test_keyword_bars_match_counts (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  guint n_partial = 0;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "keywords");
  WAIT_UNTIL ((collect_level_bars (GTK_WIDGET (_vitae_window_get_keywords_panel (window)), bars), bars->len > 0) ||
              (g_ptr_array_set_size (bars, 0), FALSE));
  g_assert_cmpuint (bars->len, >, 0);

  for (guint i = 0; i < bars->len; i++)
    {
      GtkWidget *bar = g_ptr_array_index (bars, i);
      GtkWidget *header = gtk_widget_get_prev_sibling (bar);
      GtkWidget *count = header ? gtk_widget_get_last_child (header) : NULL;
      guint found, total;

      g_assert_true (GTK_IS_LABEL (count));
      g_assert_cmpint (sscanf (gtk_label_get_label (GTK_LABEL (count)), "%u/%u", &found, &total), ==, 2);
      g_test_message ("%s: bar %.2f", gtk_label_get_label (GTK_LABEL (count)), gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)));
      g_assert_cmpuint (total, >, 0);
      g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), (double) found / total, 0.001);
      if (found < total)
        n_partial++;
    }
  g_assert_cmpuint (n_partial, >, 0);
  screenshot (window, "keyword-bars");

  close_window (window);
}

static gboolean
match_job_view (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_TEXT_VIEW (widget) && gtk_widget_has_css_class (widget, "job-text");
}

#define JOB_TEXT "Backend engineer, payments team.\nMust have: Go, PostgreSQL, Kubernetes.\nNice to have: Kafka, Terraform."

/* The pasted job description is kept with the resume: saved in the .vitae
 * file, shown again on reopening, and in JSON under meta.x-vitae.job. */
static void
test_job_text_kept (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VitaeDocument) reloaded = NULL;
  g_autoptr(VitaeDocument) from_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *shown = NULL;
  GtkTextView *job_view;
  VitaeWindow *second;

  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "keywords");
  iterate (200);
  job_view = GTK_TEXT_VIEW (find_widget (GTK_WIDGET (_vitae_window_get_keywords_panel (window)), match_job_view, NULL));
  g_assert_nonnull (job_view);

  /* Paste. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (job_view), JOB_TEXT, -1);
  iterate (100);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "job"), ==, JOB_TEXT);
  g_assert_true (vitae_document_get_modified (document));

  /* Saved with the resume… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  WAIT_UNTIL (!vitae_document_get_modified (document));
  g_assert_false (vitae_document_get_modified (document));
  reloaded = vitae_document_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (reloaded), "job"), ==, JOB_TEXT);

  /* …shown again when it is opened… */
  second = vitae_window_new (NULL);
  g_assert_true (vitae_window_open_file (second, file));
  gtk_window_present (GTK_WINDOW (second));
  iterate (300);
  job_view = GTK_TEXT_VIEW (find_widget (GTK_WIDGET (_vitae_window_get_keywords_panel (second)), match_job_view, NULL));
  shown = get_text_view_text (job_view);
  g_assert_cmpstr (shown, ==, JOB_TEXT);
  g_assert_false (vitae_document_get_modified (vitae_window_get_document (second)));
  close_window (second);

  /* …and carried by JSON Resume, which has no place of its own for it. */
  json = vitae_json_resume_serialize (reloaded, NULL);
  g_assert_nonnull (strstr (json, "\"x-vitae\""));
  from_json = vitae_json_resume_parse (json, strlen (json), "job.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (from_json), "job"), ==, JOB_TEXT);

  /* Undo takes the paste back, in the pane too. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_widget (GTK_WIDGET (_vitae_window_get_keywords_panel (window)), match_job_view, NULL))), "", -1);
  iterate (50);
  g_assert_false (vitae_node_has (VITAE_NODE (document), "job"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate (50);
  g_clear_pointer (&shown, g_free);
  shown = get_text_view_text (GTK_TEXT_VIEW (find_widget (GTK_WIDGET (_vitae_window_get_keywords_panel (window)), match_job_view, NULL)));
  g_assert_cmpstr (shown, ==, JOB_TEXT);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "editor");

  g_test_add_func ("/vitae/editor/dates-independent", test_dates_independent);
  g_test_add_func ("/vitae/editor/present-loaded", test_present_loaded);
  g_test_add_func ("/vitae/editor/date-normalize", test_date_normalize);
  g_test_add_func ("/vitae/editor/date-typed-forms", test_date_typed_forms);

  g_test_add_func ("/vitae/editor/tab-through-suggestions", test_tab_through_suggestions);
  g_test_add_func ("/vitae/editor/f6-cycles-panes", test_f6_cycles_panes);
  g_test_add_func ("/vitae/editor/apply-keeps-bullet-visible", test_apply_keeps_bullet_visible);
  g_test_add_func ("/vitae/editor/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/vitae/editor/new-focuses-name", test_new_focuses_name);
  g_test_add_func ("/vitae/editor/open-resets-scroll", test_open_resets_scroll);
  g_test_add_func ("/vitae/editor/add-skill-group-appends", test_add_skill_group_appends);
  g_test_add_func ("/vitae/editor/remove-offers-undo", test_remove_offers_undo);
  g_test_add_func ("/vitae/editor/menus-one-verb", test_menus_one_verb);
  g_test_add_func ("/vitae/editor/heading-sizes", test_heading_sizes);
  g_test_add_func ("/vitae/editor/outline-one-row", test_outline_one_row);
  g_test_add_func ("/vitae/editor/preview-zoom", test_preview_zoom);
  g_test_add_func ("/vitae/editor/page-fit-names-cuts", test_page_fit_names_cuts);
  g_test_add_func ("/vitae/editor/preview-follows-paper-setting", test_preview_follows_paper_setting);
  g_test_add_func ("/vitae/editor/keyword-bars-match-counts", test_keyword_bars_match_counts);
  g_test_add_func ("/vitae/editor/job-text-kept", test_job_text_kept);
  g_test_add_func ("/vitae/editor/coach-jump-keeps-bullet-visible", test_coach_jump_keeps_bullet_visible);

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
