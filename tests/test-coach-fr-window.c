/* test-coach-fr-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The coach in the window for a resume whose document language is French
 * (tests/data/coach/fr-resume.vitae, our own words): each French bullet's
 * card shows the French coaching — its chips, French rewrites, no "not
 * English" chip —, the English bullet its English coaching, and applying
 * the top rewrite of a weak French bullet never lowers its score and
 * selects the first slot. With VITAE_SCREENSHOT_DIR set it keeps a PNG. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "vitae-analysis.h"
#include "vitae-bullet-row.h"
#include "vitae-core.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (VITAE_IS_BULLET_ROW (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The texts of the rewrites @row's card shows. */
static GPtrArray *
card_rewrites (VitaeBulletRow *row)
{
  g_autoptr(GPtrArray) labels = find_widgets (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row)),
                                              GTK_TYPE_LABEL, NULL);
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "suggestion-text") &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      g_ptr_array_add (texts, (gpointer) gtk_label_get_label (g_ptr_array_index (labels, i)));

  return texts;
}

static VitaeBulletRow *
row_of (GPtrArray  *rows,
        const char *prefix)
{
  for (guint i = 0; i < rows->len; i++)
    {
      VitaeBulletRow *row = g_ptr_array_index (rows, i);

      if (g_str_has_prefix (vitae_bullet_get_text (vitae_bullet_row_get_bullet (row)), prefix))
        return row;
    }

  g_assert_not_reached ();
}

/* Focuses @row's text and waits for its card to show its rewrites. */
static GPtrArray *
open_card (VitaeBulletRow *row)
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GPtrArray *rewrites;

  vitae_bullet_row_focus_text (row, TRUE);
  for (;;)
    {
      rewrites = card_rewrites (row);
      if (rewrites->len > 0 || g_get_monotonic_time () > give_up)
        return rewrites;
      g_ptr_array_unref (rewrites);
      iterate (20);
    }
}

static void
test_french_card (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "coach", "fr-resume.vitae", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "fr-resume.vitae", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) rewrites = NULL;
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeBulletRow *duty, *english;
  VitaeCoachResult *result;
  gsize len;
  guint old_score;
  g_autofree char *expected = NULL;
  GtkWidget *apply = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  file = g_file_new_for_path (path);
  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 1000);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);
  g_assert_cmpstr (vitae_document_get_language (vitae_window_get_document (window)), ==, "fr");
  vitae_analysis_update_now (window->analysis, NULL);
  WAIT_UNTIL ((g_ptr_array_set_size (rows, 0), collect_rows (GTK_WIDGET (window), rows), rows->len >= 4));
  g_assert_cmpuint (rows->len, >=, 4);

  /* A duty in French: the French rewrite, no "not English" chip. */
  duty = row_of (rows, "Responsable de la maintenance");
  rewrites = open_card (duty);
  result = vitae_bullet_row_get_result (duty);
  g_assert_false (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_LANGUAGE));
  g_assert_true (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_WEAK_VERB));
  g_assert_cmpuint (rewrites->len, >, 0);
  g_assert_cmpstr (g_ptr_array_index (rewrites, 0), ==,
                   "Maintenance des outils internes de facturation — [combien d'incidents, en combien de temps ?]");
  screenshot (window, "coach-fr");

  /* Apply it: the score never drops, the first slot is selected. */
  old_score = vitae_coach_result_get_score (result);
  expected = g_strdup (g_ptr_array_index (rewrites, 0));
  collect_widgets (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (duty)), GTK_TYPE_BUTTON, NULL, buttons);
  g_assert_cmpuint (buttons->len, >, 0);
  apply = g_ptr_array_index (buttons, 0);
  g_signal_emit_by_name (apply, "clicked");
  g_assert_cmpstr (vitae_bullet_get_text (vitae_bullet_row_get_bullet (duty)), ==, expected);
  result = vitae_bullet_row_get_result (duty);
  g_assert_cmpuint (vitae_coach_result_get_score (result), >=, old_score);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (vitae_bullet_row_get_text_view (duty));
    GtkTextIter start, end;
    g_autofree char *selected = NULL;

    gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
    selected = gtk_text_iter_get_text (&start, &end);
    g_assert_cmpstr (selected, ==, "[combien d'incidents, en combien de temps ?]");
  }
  screenshot (window, "coach-fr-applied");

  /* The English bullet of the French resume keeps its English coaching. */
  english = row_of (rows, "Helped migrate");
  g_clear_pointer (&rewrites, g_ptr_array_unref);
  rewrites = open_card (english);
  result = vitae_bullet_row_get_result (english);
  g_assert_false (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_LANGUAGE));
  g_assert_true (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_WEAK_VERB));
  g_assert_null (strstr (g_ptr_array_index (rewrites, 0), "combien"));
  screenshot (window, "coach-fr-english-bullet");

  vitae_document_set_modified (vitae_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");
  ui_test_init (&argc, &argv, "coach-fr-window");

  g_test_add_func ("/vitae/coach-fr-window/french-card", test_french_card);

  status = g_test_run ();
  ui_test_cleanup ();

  return status;
}
