/* test-walkthrough.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A first resume built from an empty window with the keyboard only: the
 * focus moves with Tab (and F6, and the window's shortcuts), text arrives a
 * character at a time, buttons are pressed where the focus is. Then the
 * resume is saved, reopened and compared, and exported to a PDF whose text
 * is checked.
 *
 * Two steps stand in for what a test cannot do with a real keyboard: a key
 * that a text view handles itself (Tab to the next [slot] of a rewrite) is
 * called as the key handler calls it, and the Save dialog's answer is given
 * as the file it would return. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "vitae-bullet-row.h"
#include "vitae-core.h"
#include "vitae-entry-card.h"
#include "vitae-section-card.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"

#define JOB_TEXT \
  "Backend Engineer, payments platform.\n" \
  "You will build services in Go and Python on PostgreSQL and Kubernetes.\n" \
  "Nice to have: Kafka, Terraform, on-call experience."

/* Helpers */

/* Lets the main loop run until @cond holds, for at most 30 s. */
/* Tab, as the window handles it. */
static void
press_tab (VitaeWindow *window)
{
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  iterate (10);
}

/* Presses Tab until the focus is in a widget @match accepts; fails if 60
 * presses do not get there: then it is not reachable by keyboard. */
static GtkWidget *
tab_to (VitaeWindow   *window,
        WidgetMatch    match,
        gconstpointer  data)
{
  for (guint i = 0; i < 60; i++)
    {
      for (GtkWidget *w = get_focus (window); w != NULL; w = gtk_widget_get_parent (w))
        if (match (w, data))
          return w;
      press_tab (window);
    }

  g_assert_not_reached ();
}

/* A key bound by a widget's shortcut controllers, as pressing it would. */
static gboolean
press_shortcut_on (GtkWidget       *widget,
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
            {
              gboolean done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                            gtk_shortcut_get_arguments (shortcut));

              iterate (100);
              return done;
            }
        }
    }

  return FALSE;
}

/* Enter or Space on the focused widget. */
static void
press_activate (VitaeWindow *window)
{
  g_autoptr(GtkWidget) focus = get_focus (window) ? g_object_ref (get_focus (window)) : NULL;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_activate (focus));
  /* A button shows itself pressed for a moment before it acts. */
  iterate (50);
  WAIT_UNTIL ((gtk_widget_get_state_flags (focus) & GTK_STATE_FLAG_ACTIVE) == 0);
  iterate (300);
}

/* Types @text where the focus is, replacing a selection as typing does. */
static void
type_text (VitaeWindow *window,
           const char  *text)
{
  GtkWidget *focus = get_focus (window);

  g_assert_nonnull (focus);
  if (GTK_IS_TEXT_VIEW (focus))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));

      gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
          iterate (2);
        }
      return;
    }

  if (!GTK_IS_EDITABLE (focus))
    {
      g_test_message ("typing “%s” into a %s (%s)", text, G_OBJECT_TYPE_NAME (focus),
                      gtk_widget_get_tooltip_text (focus) ? gtk_widget_get_tooltip_text (focus) : "");
      for (GtkWidget *w = focus; w; w = gtk_widget_get_parent (w))
        g_test_message ("  in %s", G_OBJECT_TYPE_NAME (w));
    }
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_delete_selection (GTK_EDITABLE (focus));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (focus));

      gtk_editable_insert_text (GTK_EDITABLE (focus), p, g_utf8_next_char (p) - p, &position);
      gtk_editable_set_position (GTK_EDITABLE (focus), position);
      iterate (2);
    }
}

/* Matches */

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  GtkWidget *child;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return TRUE;
  child = gtk_button_get_child (GTK_BUTTON (widget));

  return ADW_IS_BUTTON_CONTENT (child) &&
         g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), label) == 0;
}

static gboolean
is_switch (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_SWITCH (widget);
}

static gboolean
is_text_view_with_class (GtkWidget     *widget,
                         gconstpointer  css_class)
{
  return GTK_IS_TEXT_VIEW (widget) && gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_bullet_text (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_TEXT_VIEW (widget) && VITAE_IS_BULLET_ROW (gtk_widget_get_ancestor (widget, VITAE_TYPE_BULLET_ROW));
}

static gboolean
is_apply_button (GtkWidget     *widget,
                 gconstpointer  row)
{
  return GTK_IS_BUTTON (widget) &&
         gtk_widget_is_ancestor (widget, GTK_WIDGET (vitae_bullet_row_get_suggestion_area (VITAE_BULLET_ROW ((gpointer) row))));
}

/* Steps */

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

/* Improves the bullet where the focus is through the coach: Tab to its
 * first rewrite's Apply button, press it, then fill each [slot]. */
static void
improve_bullet (VitaeWindow        *window,
                const char         *weak,
                const char * const *fills)
{
  VitaeBulletRow *row = VITAE_BULLET_ROW (gtk_widget_get_ancestor (get_focus (window), VITAE_TYPE_BULLET_ROW));
  GtkWidget *text = GTK_WIDGET (vitae_bullet_row_get_text_view (row));
  guint n_slots = 0;

  g_assert_nonnull (row);
  type_text (window, weak);
  /* The coach's card opens after a short pause. */
  WAIT_UNTIL (gtk_widget_get_first_child (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row))) != NULL &&
              gtk_widget_get_mapped (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row))));
  iterate (300);

  tab_to (window, is_apply_button, row);
  press_activate (window);
  WAIT_UNTIL (gtk_widget_has_focus (text));
  g_assert_true (gtk_widget_has_focus (text));
  g_assert_cmpstr (vitae_bullet_get_text (vitae_bullet_row_get_bullet (row)), !=, weak);

  /* The first slot is selected: type over it, then Tab to the next. */
  do
    {
      type_text (window, fills[n_slots % g_strv_length ((char **) fills)]);
      n_slots++;
    }
  while (vitae_bullet_row_select_next_slot (row) && n_slots < 10);
  g_assert_cmpuint (n_slots, >=, 1);
  g_assert_null (strchr (vitae_bullet_get_text (vitae_bullet_row_get_bullet (row)), '['));
}

static char *
run_pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

/* The walkthrough */

static void
test_walkthrough (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "ada-park.vitae", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "ada-park.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VitaeDocument) reopened_copy = NULL;
  g_autofree char *saved_xml = NULL;
  g_autofree char *reopened_xml = NULL;
  g_autofree char *text = NULL;
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeWindow *reopened;
  VitaeDocument *document;
  VitaeSection *experience, *skills;
  VitaeEntry *past, *current;
  GtkWidget *widget;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);

  /* Ctrl+N: a blank resume, the cursor in Full Name. */
  g_assert_true (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_n, GDK_CONTROL_MASK));
  WAIT_UNTIL (vitae_window_get_document (window) != NULL);
  document = vitae_window_get_document (window);
  iterate (300);
  g_assert_true (focus_is_in (window, find_widget (GTK_WIDGET (window->editor), is_row_titled, "Full Name")));
  type_text (window, "Ada Park");
  tab_to (window, is_row_titled, "Headline");
  type_text (window, "Backend Engineer");
  tab_to (window, is_row_titled, "Email");
  type_text (window, "ada.park@example.org");
  tab_to (window, is_row_titled, "Phone");
  type_text (window, "+44 20 7946 0321");

  /* The summary. */
  tab_to (window, is_text_view_with_class, "summary-text");
  type_text (window, "Backend engineer with five years of Go and Python services on PostgreSQL; "
                     "cut payment latency and on-call pages at two fintech companies.");

  /* A past position, with a start and an end date. */
  tab_to (window, is_button_labelled, "Add _Position");
  experience = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  press_activate (window);
  WAIT_UNTIL (vitae_section_get_n_entries (experience) == 1);
  g_assert_cmpuint (vitae_section_get_n_entries (experience), ==, 1);
  past = vitae_section_get_entry (experience, 0);
  g_assert_true (focus_is_in (window, find_widget (GTK_WIDGET (find_section_card (window, VITAE_SECTION_EXPERIENCE)), is_row_titled, "Position")));
  type_text (window, "Software Engineer");
  tab_to (window, is_row_titled, "Company");
  type_text (window, "Fernpay");
  tab_to (window, is_row_titled, "Location");
  type_text (window, "London");
  tab_to (window, is_row_titled, "Start");
  type_text (window, "March 2019");
  /* Tab from Start lands in End. */
  press_tab (window);
  g_assert_true (is_row_titled (gtk_widget_get_ancestor (get_focus (window), ADW_TYPE_PREFERENCES_ROW), "End"));
  type_text (window, "06/2022");
  press_tab (window);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (past), "start"), ==, "2019-03");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (past), "end"), ==, "2022-06");

  /* Its bullets, each improved through the coach. */
  tab_to (window, is_bullet_text, NULL);
  {
    const char *fills[] = { "12 merchants", "moving invoices to an event queue", "month-end close time", "5 days", "2 days", NULL };

    improve_bullet (window, "Responsible for the billing service", fills);
  }
  tab_to (window, is_button_labelled, "Add _Bullet");
  press_activate (window);
  WAIT_UNTIL (vitae_entry_get_n_bullets (past) == 2);
  g_assert_true (is_bullet_text (get_focus (window), NULL));
  {
    const char *fills[] = { "the ledger", "batched copies and dual writes", "downtime", "4 hours", "none", NULL };

    improve_bullet (window, "Helped with the database migration", fills);
  }

  /* A current position: added on top, as the newest. */
  tab_to (window, is_button_labelled, "Add _Position");
  press_activate (window);
  WAIT_UNTIL (vitae_section_get_n_entries (experience) == 2);
  g_assert_cmpuint (vitae_section_get_n_entries (experience), ==, 2);
  current = vitae_section_get_entry (experience, 0);
  g_assert_true (vitae_section_get_entry (experience, 1) == past);
  type_text (window, "Senior Backend Engineer");
  tab_to (window, is_row_titled, "Company");
  type_text (window, "Ledgerline");
  tab_to (window, is_row_titled, "Start");
  type_text (window, "Jul 2022");
  press_tab (window);
  g_assert_true (focus_is_in (window, find_widget (GTK_WIDGET (find_section_card (window, VITAE_SECTION_EXPERIENCE)), is_row_titled, "End")));
  press_tab (window);
  /* Space on the Present row turns it on. */
  widget = tab_to (window, is_row_titled, "_Present");
  press_activate (window);
  WAIT_UNTIL (gtk_switch_get_active (GTK_SWITCH (find_widget (widget, is_switch, NULL))));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (find_widget (widget, is_switch, NULL))));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (current), "start"), ==, "2022-07");
  g_assert_false (vitae_node_has (VITAE_NODE (current), "end"));
  tab_to (window, is_bullet_text, NULL);
  {
    const char *fills[] = { "3 card networks", "idempotency keys", "40% fewer retries", "2,000 requests a second", "p99 below 200 ms", NULL };

    improve_bullet (window, "Worked on the payments API", fills);
  }

  /* A skills group. */
  tab_to (window, is_button_labelled, "Add Skill _Group");
  skills = vitae_document_find_section (document, VITAE_SECTION_SKILLS);
  press_activate (window);
  WAIT_UNTIL (vitae_section_get_n_entries (skills) == 1);
  g_assert_cmpuint (vitae_section_get_n_entries (skills), ==, 1);
  type_text (window, "Languages");
  tab_to (window, is_row_titled, "Skills");
  type_text (window, "Go, Python, SQL");
  press_tab (window);
  {
    const char * const *keywords = vitae_node_get_list (VITAE_NODE (vitae_section_get_entry (skills, 0)), "keywords");

    g_assert_cmpuint (g_strv_length ((char **) keywords), ==, 3);
  }

  /* The job description: Ctrl+F9 opens the side panel, F6 goes there, the
   * Keywords page is picked, and the text is pasted into its field. */
  if (!adw_flap_get_reveal_flap (window->side_flap))
    g_assert_true (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_F9, GDK_CONTROL_MASK));
  iterate (400);
  g_assert_true (press_shortcut_on (GTK_WIDGET (window), GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (window, GTK_WIDGET (window->side_panel)));
  adw_view_stack_set_visible_child_name (window->side_stack, "keywords");
  iterate (300);
  tab_to (window, is_text_view_with_class, "job-text");
  type_text (window, JOB_TEXT);
  iterate (300);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "job"), ==, JOB_TEXT);

  /* Save (the dialog's answer given), reopen, compare. */
  _vitae_window_save_to (window, file);
  WAIT_UNTIL (!vitae_document_get_modified (document));
  g_assert_false (vitae_document_get_modified (document));
  saved_xml = vitae_xml_serialize (document, NULL);

  reopened = vitae_window_new (NULL);
  g_assert_true (vitae_window_open_file (reopened, file));
  gtk_window_present (GTK_WINDOW (reopened));
  iterate (300);
  reopened_xml = vitae_xml_serialize (vitae_window_get_document (reopened), NULL);
  g_assert_cmpstr (reopened_xml, ==, saved_xml);
  g_assert_nonnull (strstr (reopened_xml, "<job>"));
  gtk_window_destroy (GTK_WINDOW (reopened));

  /* Export a PDF, as `vitae export` does, and read it back. */
  {
    const char *argv[] = { g_getenv ("VITAE_EXE"), "export", path, "-o", pdf, NULL };
    g_autoptr(GError) error = NULL;
    int status;

    g_assert_nonnull (argv[0]);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  text = run_pdftotext (pdf);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Ada Park"));
  g_assert_nonnull (strstr (text, "Senior Backend Engineer"));
  g_assert_nonnull (strstr (text, "Fernpay"));
  g_assert_nonnull (strstr (text, "Mar 2019"));
  g_assert_nonnull (strstr (text, "Jun 2022"));
  g_assert_nonnull (strstr (text, "Jul 2022"));
  g_assert_nonnull (strstr (text, "Present"));
  g_assert_nonnull (strstr (text, "12 merchants"));
  g_assert_nonnull (strstr (text, "Go, Python, SQL"));
  /* The job description is the user's, not the resume's. */
  g_assert_null (strstr (text, "payments platform"));

  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  (void) reopened_copy;
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "walkthrough");

  g_test_add_func ("/vitae/walkthrough/keyboard-only", test_walkthrough);

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
