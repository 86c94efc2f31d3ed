/* test-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "vitae-bullet-row.h"
#include "vitae-core.h"
#include "vitae-entry-card.h"
#include "vitae-section-card.h"
#include "vitae-preferences-window.h"
#include "vitae-window-private.h"

/* What the crash test's child types before it is killed. */
#define CRASH_EDIT " [recovered after a crash]"

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

static VitaeSectionCard *
get_section_card (VitaeWindow *window,
                  guint        position)
{
  GtkListBox *list = vitae_editor_get_sections_list (vitae_window_get_editor (window));

  return VITAE_SECTION_CARD (gtk_list_box_get_row_at_index (list, position));
}

static VitaeEntryCard *
get_entry_card (VitaeSectionCard *card,
                guint             position)
{
  return VITAE_ENTRY_CARD (gtk_list_box_get_row_at_index (vitae_section_card_get_entries_list (card), position));
}

static char *
get_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  /* One character at a time, as a keyboard would. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
    }
}

/* Finds the first button under @widget carrying @key = @value. */
static GtkWidget *
find_button_with_data (GtkWidget  *widget,
                       const char *key,
                       const char *value)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), key), value) == 0)
    return widget;

  if (GTK_IS_MENU_BUTTON (widget))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));
      GtkWidget *found = popover ? find_button_with_data (GTK_WIDGET (popover), key, value) : NULL;

      if (found != NULL)
        return found;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_data (child, key, value);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Tests */

static void
test_edit_undo_save (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeSection *section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  guint section_index, n_entries;
  VitaeSectionCard *section_card;
  VitaeEntryCard *entry_card;
  VitaeEntry *first, *second;
  VitaeBulletRow *bullet_row;
  g_autofree char *original = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(VitaeDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (section);
  g_assert_true (g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &section_index));
  n_entries = vitae_section_get_n_entries (section);
  g_assert_cmpuint (n_entries, >=, 2);
  first = vitae_section_get_entry (section, 0);
  second = vitae_section_get_entry (section, 1);

  /* Edit a bullet by typing into its text view. */
  section_card = get_section_card (window, section_index);
  entry_card = get_entry_card (section_card, 0);
  bullet_row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (vitae_entry_card_get_bullets_list (entry_card), 0));
  original = g_strdup (vitae_bullet_get_text (vitae_bullet_row_get_bullet (bullet_row)));
  type_text (vitae_bullet_row_get_text_view (bullet_row), " across 3 regions");
  edited = g_strconcat (original, " across 3 regions", NULL);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (first, 0)), ==, edited);
  g_assert_true (vitae_document_get_modified (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Add an entry, reorder and delete through the cards' actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section_card), "section.add-entry", NULL));
  iterate (50);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, n_entries + 1);
  g_assert_true (vitae_section_get_entry (section, 1) == first);

  entry_card = get_entry_card (section_card, 1);
  g_assert_true (vitae_entry_card_get_entry (entry_card) == first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry_card), "entry.move-down", NULL));
  iterate (50);
  g_assert_true (vitae_section_get_entry (section, 1) == second);
  g_assert_true (vitae_section_get_entry (section, 2) == first);

  entry_card = get_entry_card (section_card, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry_card), "entry.delete", NULL));
  iterate (50);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, n_entries);

  /* Undo the deletion, the move, the insertion and the typing… */
  for (guint i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate (50);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, n_entries);
  g_assert_true (vitae_section_get_entry (section, 0) == first);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (first, 0)), ==, original);
  g_assert_false (vitae_document_get_modified (document));

  /* …and the view follows the model back. */
  entry_card = get_entry_card (get_section_card (window, section_index), 0);
  bullet_row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (vitae_entry_card_get_bullets_list (entry_card), 0));
  shown = get_buffer_text (vitae_bullet_row_get_text_view (bullet_row));
  g_assert_cmpstr (shown, ==, original);

  /* Redo everything, then save and read the file back. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (first, 0)), ==, edited);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* Written in a worker thread: saved once it is done. */
  for (gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
       vitae_document_get_modified (document) && g_get_monotonic_time () < until;)
    iterate (10);
  g_assert_false (vitae_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  reloaded = vitae_document_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (vitae_document_equal (reloaded, document));
  section = vitae_document_find_section (reloaded, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, n_entries);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (vitae_section_get_entry (section, 1), 0)), ==, edited);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bullet_keys (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeSection *section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  VitaeEntry *entry = vitae_section_get_entry (section, 0);
  GtkListBox *bullets;
  VitaeBulletRow *row;
  VitaeBullet *moved;
  guint section_index, n;

  g_assert_true (g_list_store_find (G_LIST_STORE (vitae_document_get_sections (document)), section, &section_index));
  bullets = vitae_entry_card_get_bullets_list (get_entry_card (get_section_card (window, section_index), 0));
  n = vitae_entry_get_n_bullets (entry);
  g_assert_cmpuint (n, >=, 2);

  /* The bullet menu: move down, duplicate, delete. */
  row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, 0));
  moved = vitae_bullet_row_get_bullet (row);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "bullet.move-down", NULL));
  g_assert_true (vitae_entry_get_bullet (entry, 1) == moved);

  row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "bullet.duplicate", NULL));
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, n + 1);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 2)), ==, vitae_bullet_get_text (moved));

  row = VITAE_BULLET_ROW (gtk_list_box_get_row_at_index (bullets, 2));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "bullet.delete", NULL));
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, n);

  /* A new entry starts with one empty bullet, ready for typing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_section_card (window, section_index)), "section.add-entry", NULL));
  iterate (50);
  g_assert_cmpuint (vitae_entry_get_n_bullets (vitae_section_get_entry (section, 0)), ==, 1);

  /* New sections come from the window's action. */
  n = vitae_document_get_n_sections (document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-section", "s", "volunteer"));
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, n + 1);
  g_assert_cmpint (vitae_section_get_kind (vitae_document_get_section (document, n)), ==, VITAE_SECTION_VOLUNTEER);

  /* Closing a modified document asks first: the window stays. */
  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_window (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  g_autofree char *bad = g_build_filename (tmpdir, "broken.vitae", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);

  g_assert_true (g_file_set_contents (bad, "<resume", -1, NULL));
  g_assert_false (vitae_window_open_file (window, bad_file));
  g_assert_true (vitae_window_get_document (window) == document);

  /* A name with a hidden right-to-left override opens cleaned. */
  {
    g_autofree char *hostile = g_build_filename (tmpdir, "hostile.json", NULL);
    g_autoptr(GFile) hostile_file = g_file_new_for_path (hostile);

    g_assert_true (g_file_set_contents (hostile, "{\"basics\": {\"name\": \"Ana \u202eS\u00e1nchez\"}}", -1, NULL));
    g_assert_true (vitae_window_open_file (window, hostile_file));
    g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (vitae_window_get_document (window)), "name"), ==, "Ana Sánchez");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_coach_apply (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeSection *section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  VitaeBullet *bullet = vitae_entry_get_bullet (vitae_section_get_entry (section, 0), 0);
  g_autoptr(VitaeCoachResult) result = NULL;
  g_autofree char *original = g_strdup (vitae_bullet_get_text (bullet));
  g_autofree char *selected = NULL;
  VitaeBulletRow *row;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  const char *rewrite;
  guint n_marks = 0;

  row = VITAE_BULLET_ROW (vitae_editor_find_bullet_row (vitae_window_get_editor (window), bullet));
  g_assert_nonnull (row);

  /* The weak opening is underlined in the text view. */
  buffer = gtk_text_view_get_buffer (vitae_bullet_row_get_text_view (row));
  gtk_text_buffer_get_start_iter (buffer, &start);
  do
    {
      GSList *tags = gtk_text_iter_get_tags (&start);

      n_marks += g_slist_length (tags);
      g_slist_free (tags);
    }
  while (gtk_text_iter_forward_char (&start));
  g_assert_cmpuint (n_marks, >, 0);

  result = vitae_coach_analyze_bullet (vitae_coach_get_default (), original);
  g_assert_cmpuint (vitae_coach_result_get_n_suggestions (result), >, 0);
  rewrite = vitae_coach_result_get_suggestion (result, 0)->text;

  /* Apply takes the first rewrite and selects its first slot… */
  g_assert_true (vitae_bullet_row_apply_suggestion (row, 0));
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, rewrite);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (selected, "["));
  g_assert_true (g_str_has_suffix (selected, "]"));

  /* …Tab goes to the next slot… */
  if (strchr (rewrite + (strstr (rewrite, selected) - rewrite) + strlen (selected), '[') != NULL)
    {
      GtkTextIter next_start;

      g_assert_true (vitae_bullet_row_select_next_slot (row));
      g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &next_start, &end));
      g_assert_cmpint (gtk_text_iter_get_offset (&next_start), >, gtk_text_iter_get_offset (&start));
    }

  /* …and one undo brings the original back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, original);
  g_assert_false (vitae_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* #15: at the application's start the first frame shows the resume before
 * it is analysed: the side panel, whose pages show the analysis, is empty
 * until then (nothing wrong is shown meanwhile), and the analysis lands
 * right after the first frame, with grades, scores and the coach's page. */
static void
test_first_frame_before_analysis (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  VitaeDocument *document;
  VitaeSection *section;
  VitaeBullet *bullet;

  _vitae_window_defer_first_analysis (window);
  g_assert_true (vitae_window_open_file (window, file));
  document = vitae_window_get_document (window);
  g_assert_nonnull (document);

  /* Shown, not judged yet. */
  g_assert_null (vitae_analysis_get_document (analysis));
  g_assert_null (vitae_analysis_get_coach_report (analysis));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->side_stack)));
  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  bullet = vitae_entry_get_bullet (vitae_section_get_entry (section, 0), 0);
  g_assert_null (vitae_analysis_get_bullet_result (analysis, bullet));

  /* Painted: analysed right after. */
  gtk_window_present (GTK_WINDOW (window));
  for (gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
       vitae_analysis_get_coach_report (analysis) == NULL && g_get_monotonic_time () < until;)
    iterate (10);
  g_assert_true (vitae_analysis_get_document (analysis) == document);
  g_assert_nonnull (vitae_analysis_get_coach_report (analysis));
  g_assert_nonnull (vitae_analysis_get_bullet_result (analysis, bullet));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->side_stack)));
  g_assert_nonnull (vitae_coach_panel_get_report (window->coach_panel));

  /* Another resume opened later is analysed as it is opened. */
  {
    g_autofree char *other = copy_sample ("senior-backend.vitae");
    g_autoptr(GFile) other_file = g_file_new_for_path (other);

    g_assert_true (vitae_window_open_file (window, other_file));
    g_assert_true (vitae_analysis_get_document (analysis) == vitae_window_get_document (window));
    g_assert_false (vitae_analysis_is_pending (analysis));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* The Keywords and Preview pages are built when first shown; until then
 * the analysis has the job and role the Keywords panel would give it. */
static void
test_side_pages_on_demand (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, "io.github.vitae.Vitae", TRUE) : NULL;
  VitaeWindow *window;
  VitaeDocument *document;
  VitaeKeywordsPanel *panel;

  /* A window starts on the page the last one showed: the Coach here. */
  if (schema != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new ("io.github.vitae.Vitae");

      g_settings_set_string (settings, "side-panel-page", "coach");
    }
  window = open_window (path);
  document = vitae_window_get_document (window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "coach");
  g_assert_null (window->keywords_panel);
  g_assert_null (window->preview);

  /* The resume's job, blank-trimmed, reaches the analysis without the panel. */
  vitae_node_set_text (VITAE_NODE (document), "job", "  We hire a Go engineer who knows Kafka.  ");
  g_assert_cmpstr (vitae_analysis_get_job_text (window->analysis), ==, "We hire a Go engineer who knows Kafka.");
  g_assert_null (window->keywords_panel);

  adw_view_stack_set_visible_child_name (window->side_stack, "keywords");
  panel = window->keywords_panel;
  g_assert_nonnull (panel);
  g_assert_true (panel == _vitae_window_get_keywords_panel (window));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (panel), GTK_WIDGET (window->side_stack)));
  g_assert_cmpstr (vitae_analysis_get_role (window->analysis), ==, vitae_keywords_panel_get_role (panel));
  g_assert_cmpstr (vitae_analysis_get_job_text (window->analysis), ==, "We hire a Go engineer who knows Kafka.");
  g_assert_null (window->preview);

  /* From now on the panel edits the job. */
  vitae_keywords_panel_set_job (panel, "Rust and SQLite.");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "job"), ==, "Rust and SQLite.");
  g_assert_cmpstr (vitae_analysis_get_job_text (window->analysis), ==, "Rust and SQLite.");

  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  g_assert_nonnull (window->preview);
  g_assert_true (window->preview == _vitae_window_get_preview (window));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (window->preview), GTK_WIDGET (window->side_stack)));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

static void
test_side_panels (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  VitaeWindow *window = open_window (path);
  VitaeDocument *document = vitae_window_get_document (window);
  VitaeCoachReport *report;
  VitaeLayout *layout;
  guint pages;

  /* The preview lays out the same pages the PDF gets, once it shows (a
   * hidden panel waits: vitae-side-panel.c). */
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  for (gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       vitae_preview_get_layout (_vitae_window_get_preview (window)) == NULL && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  layout = vitae_preview_get_layout (_vitae_window_get_preview (window));
  g_assert_nonnull (layout);
  pages = vitae_layout_get_n_pages (layout);
  g_assert_cmpuint (pages, >=, 1);

  /* The coach panel reports on every bullet. */
  report = vitae_coach_panel_get_report (window->coach_panel);
  g_assert_nonnull (report);
  g_assert_cmpuint (vitae_coach_report_get_n_bullets (report), >, 10);

  /* The keywords panel covers the default role, and a pasted job. */
  {
    VitaeCoverage *coverage = vitae_keywords_panel_get_coverage (_vitae_window_get_keywords_panel (window));
    g_autofree char *job_path = g_test_build_filename (G_TEST_DIST, "data", "ats", "backend-job.txt", NULL);
    g_autofree char *job = NULL;

    g_assert_cmpstr (vitae_coverage_get_role (coverage), ==, "backend-developer");
    g_assert_cmpuint (vitae_coverage_get_n_groups (coverage), ==, 5);
    g_assert_nonnull (vitae_coverage_find_keyword (coverage, "PostgreSQL"));
    g_assert_false (vitae_coverage_has_job (coverage));

    g_assert_true (g_file_get_contents (job_path, &job, NULL, NULL));
    vitae_keywords_panel_set_job (_vitae_window_get_keywords_panel (window), job);
    g_assert_true (vitae_coverage_has_job (coverage));
    g_assert_cmpfloat (vitae_coverage_get_match_rate (coverage), >, 0.0);

    /* A term the job repeats and the catalog lacks is offered, and once
     * added to the user's keywords it is matched. */
    {
      const char * const *unknown = vitae_coverage_get_unknown_terms (coverage);
      GtkWidget *add;
      gboolean known = FALSE;

      g_assert_true (unknown != NULL && g_strv_contains (unknown, "TigerBeetle"));
      add = find_button_with_data (GTK_WIDGET (_vitae_window_get_keywords_panel (window)), "term", "TigerBeetle");
      g_assert_nonnull (add);
      g_signal_emit_by_name (add, "clicked");
      for (guint i = 0; i < vitae_coverage_get_n_job_keywords (coverage); i++)
        if (g_strcmp0 (vitae_coverage_get_job_keyword (coverage, i)->keyword, "TigerBeetle") == 0)
          known = TRUE;
      g_assert_true (known);
      g_assert_false (g_strv_contains (vitae_coverage_get_unknown_terms (coverage), "TigerBeetle"));
    }

    vitae_keywords_panel_set_role (_vitae_window_get_keywords_panel (window), "frontend-developer");
    g_assert_cmpstr (vitae_coverage_get_role (coverage), ==, "frontend-developer");
  }

  /* All three follow edits after the typing pause. */
  {
    VitaeSection *section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
    VitaeEntry *entry = vitae_section_get_entry (section, 0);

    for (guint i = 0; i < 40; i++)
      {
        g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Helped with various things in the team and worked on many other duties as needed");

        vitae_entry_append_bullet (entry, bullet);
      }
  }
  iterate (800);
  /* The preview follows when it shows. */
  adw_flap_set_reveal_flap (window->side_flap, TRUE);
  adw_view_stack_set_visible_child_name (window->side_stack, "preview");
  for (gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       vitae_layout_get_n_pages (vitae_preview_get_layout (_vitae_window_get_preview (window))) <= pages && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (vitae_layout_get_n_pages (vitae_preview_get_layout (_vitae_window_get_preview (window))), >, pages);
  report = vitae_coach_panel_get_report (window->coach_panel);
  g_assert_cmpuint (vitae_coach_report_get_n_bullets (report), >, 50);

  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  VitaeWindow *window = open_window (path);
  GListModel *toplevels;
  VitaePreferencesWindow *preferences = NULL;
  GtkSpinButton *spin;

  g_assert_nonnull (window->settings);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  iterate (100);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (VITAE_IS_PREFERENCES_WINDOW (item))
        preferences = VITAE_PREFERENCES_WINDOW (item);
    }
  g_assert_nonnull (preferences);

  /* The spin button is the only one: change it as the user would. */
  {
    GtkWidget *widget = GTK_WIDGET (preferences);
    GtkWidget *found = NULL;
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, widget);
    while (stack->len > 0 && found == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_SPIN_BUTTON (w))
          found = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
    g_assert_nonnull (found);
    spin = GTK_SPIN_BUTTON (found);
  }
  g_assert_cmpuint (g_settings_get_uint (window->settings, "autosave-interval"), ==,
                    (guint) gtk_spin_button_get_value_as_int (spin));
  gtk_spin_button_set_value (spin, 7);
  g_assert_cmpuint (g_settings_get_uint (window->settings, "autosave-interval"), ==, 7);
  g_settings_reset (window->settings, "autosave-interval");

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The child of the crash test: open, type, wait for the snapshot, then wait
 * to be killed. */
static int
run_crash_child (const char *path)
{
  VitaeWindow *window;
  VitaeDocument *document;
  VitaeSection *section;
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  g_autoptr(GPtrArray) mine = NULL;
  gint64 deadline;

  adw_init ();
  vitae_core_init ();

  window = open_window (path);
  document = vitae_window_get_document (window);
  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  vitae_bullet_set_text (vitae_entry_get_bullet (vitae_section_get_entry (section, 0), 0),
                         CRASH_EDIT);

  /* Ready once a snapshot is complete: its SLOT.ini is written last, by
   * rename, after SLOT.vitae (the lock file and the snapshot come first,
   * and the writing is done in a worker thread). */
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
      const char *name;
      gboolean complete = FALSE;

      g_main_context_iteration (NULL, FALSE);
      while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
        complete |= name[0] != '.' && g_str_has_suffix (name, ".ini");
      if (complete)
        {
          g_print ("ready\n");
          break;
        }
      g_usleep (20000);
    }

  /* Keep running, as a user still typing would, until killed. */
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

static void
test_crash_recovery (void)
{
  g_autofree char *path = copy_sample ("senior-backend.vitae");
  g_autofree char *self_path = g_test_build_filename (G_TEST_BUILT, "test-window", NULL);
  g_autofree char *dir = vitae_autosave_get_default_dir ();
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  VitaeAutosaveItem *item;
  VitaeWindow *window;
  VitaeDocument *document;
  VitaeSection *section;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            self_path, "--crash-child", path, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");

  /* SIGKILL: no handler runs, nothing is cleaned up. */
  g_subprocess_force_exit (child);
  g_assert_true (g_subprocess_wait (child, NULL, &error));

  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  item = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (item->original_path, ==, path);

  /* The next start offers the snapshot back, and restoring it gives the
   * typed text, unsaved, attached to the original file. */
  window = vitae_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  vitae_window_offer_recovery (window, orphans);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-recovery", NULL));
  iterate (100);

  document = vitae_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (vitae_document_get_modified (document));
  section = vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE);
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (vitae_section_get_entry (section, 0), 0)), ==, CRASH_EDIT);
  {
    g_autofree char *restored_path = g_file_get_path (vitae_window_get_file (window));

    g_assert_cmpstr (restored_path, ==, path);
  }

  /* The old snapshot is gone; the file on disk was never touched. */
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 0);

  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  /* The snapshots of this test go to a private cache. */
  if (argc == 3 && g_str_equal (argv[1], "--crash-child"))
    {
      /* Recent files name the program; gtk_init() does not set it. */
      g_set_prgname ("test-window");
      gtk_init ();
      return run_crash_child (argv[2]);
    }

  tmpdir = g_dir_make_tmp ("vitae-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  {
    g_autofree char *cache = g_build_filename (tmpdir, "cache", NULL);
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    /* Snapshots and recent files stay in the test's own folder. */
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vitae_core_init ();

  g_test_add_func ("/vitae/window/edit-undo-save", test_edit_undo_save);
  g_test_add_func ("/vitae/window/bullet-keys", test_bullet_keys);
  g_test_add_func ("/vitae/window/bad-file-keeps-window", test_bad_file_keeps_window);
  g_test_add_func ("/vitae/window/coach-apply", test_coach_apply);
  g_test_add_func ("/vitae/window/side-panels", test_side_panels);
  g_test_add_func ("/vitae/window/side-pages-on-demand", test_side_pages_on_demand);
  g_test_add_func ("/vitae/window/first-frame-before-analysis", test_first_frame_before_analysis);
  g_test_add_func ("/vitae/window/preferences", test_preferences);
  g_test_add_func ("/vitae/window/crash-recovery", test_crash_recovery);

  ret = g_test_run ();

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmpdir);
  }
  g_free (tmpdir);

  return ret;
}
