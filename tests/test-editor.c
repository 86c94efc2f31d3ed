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
#include "vitae-section-card.h"
#include "vitae-window-private.h"

static char *tmpdir;

/* Helpers */

static void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static char *
copy_sample (const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
  g_autofree char *dest = g_build_filename (tmpdir, name, NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (dest, contents, len, NULL));

  return g_steal_pointer (&dest);
}

static VitaeWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);

  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);

  return window;
}

static void
close_window (VitaeWindow *window)
{
  VitaeDocument *document = vitae_window_get_document (window);

  if (document != NULL)
    vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
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

typedef gboolean (*WidgetMatch) (GtkWidget  *widget,
                                 const char *text);

static gboolean
match_row_title (GtkWidget  *widget,
                 const char *text)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) == 0;
}

static gboolean
match_row_title_prefix (GtkWidget  *widget,
                        const char *text)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text);
}

static gboolean
match_switch (GtkWidget  *widget,
              const char *text)
{
  return GTK_IS_SWITCH (widget);
}

/* The first widget under @widget, in tree order, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget   *widget,
             WidgetMatch  match,
             const char  *text)
{
  if (match (widget, text))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
get_focus (VitaeWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_is_in (VitaeWindow *window,
             GtkWidget   *widget)
{
  GtkWidget *focus = get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
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

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  tmpdir = g_dir_make_tmp ("vitae-test-editor-XXXXXX", &error);
  g_assert_no_error (error);
  {
    g_autofree char *cache = g_build_filename (tmpdir, "cache", NULL);

    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vitae_core_init ();

  g_test_add_func ("/vitae/editor/dates-independent", test_dates_independent);
  g_test_add_func ("/vitae/editor/present-loaded", test_present_loaded);
  g_test_add_func ("/vitae/editor/date-normalize", test_date_normalize);
  g_test_add_func ("/vitae/editor/date-typed-forms", test_date_typed_forms);

  ret = g_test_run ();

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmpdir);
  }
  g_free (tmpdir);

  return ret;
}
