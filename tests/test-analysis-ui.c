/* test-analysis-ui.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The views of a window show one analysis: after Apply, undo and redo, the
 * bullet's card (chips and rewrites), its score pill and underlines, the
 * outline's section marks and the side panels all agree with it, and so
 * does `vitae check`.
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "vitae-bullet-row.h"
#include "vitae-core.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"

/* Helpers */

/* Lets GTK draw and settle; what is checked never depends on the time. */
static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Waits for the analysis' typing pause to end, if an update is pending. */
static void
wait_for_update (VitaeAnalysis *analysis)
{
  g_autoptr(GMainLoop) loop = NULL;
  gulong handler;

  if (!vitae_analysis_is_pending (analysis))
    return;

  loop = g_main_loop_new (NULL, FALSE);
  handler = g_signal_connect_swapped (analysis, "updated", G_CALLBACK (g_main_loop_quit), loop);
  g_main_loop_run (loop);
  g_signal_handler_disconnect (analysis, handler);
  iterate_pending ();
}

/* The big number at the top of a side panel. */
static GtkLabel *
find_score_label (GtkWidget *panel)
{
  g_autoptr(GPtrArray) labels = find_widgets (panel, GTK_TYPE_LABEL, "title-1");
  GtkLabel *found = NULL;

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "numeric"))
      {
        g_assert_null (found);
        found = g_ptr_array_index (labels, i);
      }
  g_assert_nonnull (found);

  return found;
}

static gboolean
is_marked_kind (VitaeCoachIssueKind kind)
{
  return kind != VITAE_COACH_ISSUE_NO_METRIC &&
         kind != VITAE_COACH_ISSUE_TOO_LONG &&
         kind != VITAE_COACH_ISSUE_TOO_SHORT;
}

/* The underlines cover exactly the spans of the result's issues. */
static void
assert_underlines (VitaeBulletRow   *row,
                   VitaeCoachResult *result)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (vitae_bullet_row_get_text_view (row));
  guint n = (guint) gtk_text_buffer_get_char_count (buffer);
  g_autofree gboolean *expected = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < vitae_coach_result_get_n_issues (result); i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      if (is_marked_kind (issue->kind))
        for (guint c = issue->start; c < issue->end && c < n; c++)
          expected[c] = TRUE;
    }

  for (guint c = 0; c < n; c++)
    {
      GtkTextIter iter;
      GSList *tags;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, c);
      tags = gtk_text_iter_get_tags (&iter);
      if (expected[c] != (tags != NULL))
        g_error ("character %u of “%s” is %s underlined", c, vitae_coach_result_get_text (result),
                 tags ? "wrongly" : "not");
      g_slist_free (tags);
    }
}

/* The card under the bullet shows the result's chips and rewrites. */
static void
assert_card (VitaeBulletRow   *row,
             VitaeCoachResult *result)
{
  GtkWidget *area = GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row));
  g_autoptr(GPtrArray) chips = find_widgets (area, GTK_TYPE_LABEL, "chip");
  g_autoptr(GPtrArray) rewrites = find_widgets (area, GTK_TYPE_LABEL, "suggestion-text");

  g_assert_cmpuint (chips->len, ==, vitae_coach_result_get_n_issues (result));
  for (guint i = 0; i < chips->len; i++)
    g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (chips, i)), ==,
                     vitae_analysis_get_issue_label (vitae_coach_result_get_issue (result, i)->kind));

  g_assert_cmpuint (rewrites->len, ==, vitae_coach_result_get_n_suggestions (result));
  for (guint i = 0; i < rewrites->len; i++)
    g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (rewrites, i)), ==,
                     vitae_coach_result_get_suggestion (result, i)->text);
}

static void
assert_pill (GtkWidget *pill,
             guint      score)
{
  g_autofree char *text = g_strdup_printf ("%u", score);

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pill)), ==, text);
  for (VitaeGrade grade = VITAE_GRADE_POOR; grade <= VITAE_GRADE_GOOD; grade++)
    g_assert_cmpint (gtk_widget_has_css_class (pill, vitae_grade_to_id (grade)), ==,
                     grade == vitae_grade_from_score (score, NULL));
}

static void
assert_row_agrees (VitaeWindow    *window,
                   VitaeBulletRow *row)
{
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  VitaeBullet *bullet = vitae_bullet_row_get_bullet (row);
  VitaeCoachResult *result = vitae_analysis_get_bullet_result (analysis, bullet);
  g_autoptr(GPtrArray) pills = find_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL, "score-pill");

  g_assert_nonnull (result);
  g_assert_cmpstr (vitae_coach_result_get_text (result), ==, vitae_bullet_get_text (bullet));
  g_assert_true (vitae_bullet_row_get_result (row) == result);

  g_assert_cmpuint (pills->len, ==, 1);
  g_assert_true (gtk_widget_get_visible (g_ptr_array_index (pills, 0)));
  assert_pill (g_ptr_array_index (pills, 0), vitae_coach_result_get_score (result));
  assert_underlines (row, result);

  /* The card shows under the bullet being edited. When the suite runs
   * tests side by side on one display, another test's window may take the
   * focus: the card is then hidden, and rebuilt when the focus comes back. */
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));
    GtkWidget *focus = gtk_root_get_focus (root);
    GtkWidget *area = GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row));

    if (gtk_window_is_active (GTK_WINDOW (root)) && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
      {
        g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (area))));
        assert_card (row, result);
      }
    else if (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (area))))
      assert_card (row, result);
  }
}

/* The outline's marks and both panels show what the analysis says. */
static void
assert_views_agree (VitaeWindow *window)
{
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  g_autoptr(GPtrArray) rows = find_widgets (GTK_WIDGET (window->outline), GTK_TYPE_LIST_BOX_ROW, NULL);
  g_autoptr(GPtrArray) coach_pills = find_widgets (GTK_WIDGET (window->coach_panel), GTK_TYPE_LABEL, "score-pill");
  g_autofree char *score = g_strdup_printf ("%u", vitae_analysis_get_score (analysis));
  g_autofree char *ats = g_strdup_printf ("%u", vitae_analysis_get_ats_score (analysis));
  GListModel *issues = vitae_analysis_get_issues (analysis);
  guint n_marked = 0;

  g_assert_false (vitae_analysis_is_pending (analysis));

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) dots = NULL;
      VitaeSection *section;
      GtkWidget *dot;
      VitaeGrade grade;

      /* A section's row, and its one mark. */
      if (!VITAE_IS_NODE_ROW (row))
        continue;
      section = VITAE_SECTION (vitae_node_row_get_node (VITAE_NODE_ROW (row)));
      dots = find_widgets (row, GTK_TYPE_LABEL, "health-dot");
      g_assert_cmpuint (dots->len, ==, 1);
      dot = g_ptr_array_index (dots, 0);

      grade = vitae_analysis_get_section_grade (analysis, section);
      g_assert_cmpint (gtk_widget_get_visible (dot), ==, grade != VITAE_GRADE_NONE);
      for (VitaeGrade g = VITAE_GRADE_POOR; g <= VITAE_GRADE_GOOD; g++)
        g_assert_cmpint (gtk_widget_has_css_class (dot, vitae_grade_to_id (g)), ==, g == grade);
      if (grade != VITAE_GRADE_NONE)
        n_marked++;
    }
  g_assert_cmpuint (n_marked, >, 0);

  /* The coach panel: the same score, and one row per issue, worst first. */
  g_assert_cmpstr (gtk_label_get_label (find_score_label (GTK_WIDGET (window->coach_panel))), ==, score);
  g_assert_cmpuint (coach_pills->len, ==, MIN (g_list_model_get_n_items (issues), 200));
  for (guint i = 0; i < coach_pills->len; i++)
    {
      g_autoptr(VitaeAnalysisIssue) issue = g_list_model_get_item (issues, i);

      assert_pill (g_ptr_array_index (coach_pills, i), vitae_analysis_issue_get_score (issue));
    }

  g_assert_cmpstr (gtk_label_get_label (find_score_label (GTK_WIDGET (_vitae_window_get_keywords_panel (window)))), ==, ats);
}

/* `vitae check` on the same resume gives the same scores. */
static void
assert_check_agrees (VitaeWindow *window,
                     const char  *path)
{
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  const char *argv[] = { g_getenv ("VITAE_EXE"), "check", path, "--format", "json", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  JsonObject *root;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_true (vitae_document_save (vitae_window_get_document (window), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "score"), ==, vitae_analysis_get_score (analysis));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "ats"), "score"), ==,
                   vitae_analysis_get_ats_score (analysis));
}

static GtkWidget *
find_apply_button (VitaeBulletRow *row)
{
  g_autoptr(GPtrArray) buttons = find_widgets (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row)),
                                               GTK_TYPE_BUTTON, "suggested-action");

  return buttons->len > 0 ? g_ptr_array_index (buttons, 0) : NULL;
}

/* Tests */

static void
test_apply_undo_redo (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  g_autofree char *check_path = g_build_filename (tmpdir, "check.vitae", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  VitaeDocument *document;
  VitaeEntry *entry;
  VitaeBullet *bullet;
  VitaeBulletRow *row;
  GtkWidget *apply;
  g_autofree char *original = NULL;
  g_autofree char *rewrite = NULL;

  g_assert_nonnull (analysis);
  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  iterate_pending ();

  document = vitae_window_get_document (window);
  g_assert_true (vitae_analysis_get_document (analysis) == document);
  entry = vitae_section_get_entry (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE), 0);
  bullet = vitae_entry_get_bullet (entry, 0);
  original = g_strdup (vitae_bullet_get_text (bullet));

  /* Moved down and back: the bullet gets a new row, which must follow its
   * text as the first one did. */
  vitae_entry_move_bullet (entry, 0, 1);
  iterate_pending ();
  vitae_entry_move_bullet (entry, 1, 0);
  iterate_pending ();
  wait_for_update (analysis);

  row = VITAE_BULLET_ROW (vitae_editor_find_bullet_row (vitae_window_get_editor (window), bullet));
  g_assert_nonnull (row);

  /* Opened: every view shows the analysis. */
  vitae_bullet_row_focus_text (row, TRUE);
  iterate_pending ();
  assert_row_agrees (window, row);
  assert_views_agree (window);
  assert_check_agrees (window, check_path);

  /* Apply, clicked as the user does: the button has the focus. */
  apply = find_apply_button (row);
  g_assert_nonnull (apply);
  rewrite = g_strdup (vitae_coach_result_get_suggestion (vitae_analysis_get_bullet_result (analysis, bullet), 0)->text);
  gtk_widget_grab_focus (apply);
  g_signal_emit_by_name (apply, "clicked");
  iterate_pending ();
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, rewrite);
  assert_row_agrees (window, row);
  assert_views_agree (window);
  assert_check_agrees (window, check_path);

  /* Undo: the original text, its underlines, card and pill again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, original);
  wait_for_update (analysis);
  assert_row_agrees (window, row);
  assert_views_agree (window);
  assert_check_agrees (window, check_path);

  /* Redo: the rewrite again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, rewrite);
  wait_for_update (analysis);
  assert_row_agrees (window, row);
  assert_views_agree (window);
  assert_check_agrees (window, check_path);

  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_before_update (void)
{
  g_autofree char *path = copy_sample ("junior-weak.vitae");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeAnalysis *analysis = vitae_window_get_analysis (window);
  VitaeDocument *document;
  VitaeBullet *bullet;
  VitaeBulletRow *row;
  GtkTextBuffer *buffer;
  g_autofree char *original = NULL;

  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  iterate_pending ();

  document = vitae_window_get_document (window);
  bullet = vitae_entry_get_bullet (vitae_section_get_entry (vitae_document_find_section (document, VITAE_SECTION_EXPERIENCE), 0), 0);
  original = g_strdup (vitae_bullet_get_text (bullet));
  row = VITAE_BULLET_ROW (vitae_editor_find_bullet_row (vitae_window_get_editor (window), bullet));
  vitae_bullet_row_focus_text (row, TRUE);
  iterate_pending ();
  assert_row_agrees (window, row);

  /* A keystroke, then undo before the typing pause ends: the buffer was
   * replaced, and the text is the one the analysis saw. */
  buffer = gtk_text_view_get_buffer (vitae_bullet_row_get_text_view (row));
  gtk_text_buffer_insert_at_cursor (buffer, " x", -1);
  g_assert_true (vitae_analysis_is_pending (analysis));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, original);
  assert_underlines (row, vitae_analysis_get_bullet_result (analysis, bullet));

  wait_for_update (analysis);
  assert_row_agrees (window, row);
  assert_views_agree (window);

  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "analysis-ui");

  g_test_add_func ("/vitae/analysis-ui/apply-undo-redo", test_apply_undo_redo);
  g_test_add_func ("/vitae/analysis-ui/undo-before-update", test_undo_before_update);

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
