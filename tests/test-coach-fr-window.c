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

static char *tmpdir;

static void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets the main loop run until @cond holds, for at most 30 s. */
#define WAIT_UNTIL(cond) \
  G_STMT_START { \
    gint64 give_up_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < give_up_) \
      iterate (20); \
  } G_STMT_END

static void
screenshot (GtkWindow  *window,
            const char *name)
{
  const char *dir = g_getenv ("VITAE_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  iterate (300);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (VITAE_IS_BULLET_ROW (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* The texts of the rewrites @row's card shows. */
static GPtrArray *
card_rewrites (VitaeBulletRow *row)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row)), GTK_TYPE_LABEL, labels);
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
  screenshot (GTK_WINDOW (window), "coach-fr");

  /* Apply it: the score never drops, the first slot is selected. */
  old_score = vitae_coach_result_get_score (result);
  expected = g_strdup (g_ptr_array_index (rewrites, 0));
  collect_widgets (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (duty)), GTK_TYPE_BUTTON, buttons);
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
  screenshot (GTK_WINDOW (window), "coach-fr-applied");

  /* The English bullet of the French resume keeps its English coaching. */
  english = row_of (rows, "Helped migrate");
  g_clear_pointer (&rewrites, g_ptr_array_unref);
  rewrites = open_card (english);
  result = vitae_bullet_row_get_result (english);
  g_assert_false (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_LANGUAGE));
  g_assert_true (vitae_coach_result_has_issue (result, VITAE_COACH_ISSUE_WEAK_VERB));
  g_assert_null (strstr (g_ptr_array_index (rewrites, 0), "combien"));
  screenshot (GTK_WINDOW (window), "coach-fr-english-bullet");

  vitae_document_set_modified (vitae_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");
  tmpdir = g_dir_make_tmp ("vitae-test-coach-fr-window-XXXXXX", &error);
  g_assert_no_error (error);
  {
    g_autofree char *cache = g_build_filename (tmpdir, "cache", NULL);

    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  vitae_core_init ();

  g_test_add_func ("/vitae/coach-fr-window/french-card", test_french_card);

  status = g_test_run ();
  {
    g_autofree char *copy = g_build_filename (tmpdir, "fr-resume.vitae", NULL);
    g_autofree char *cache = g_build_filename (tmpdir, "cache", NULL);

    g_remove (copy);
    g_rmdir (cache);
    g_rmdir (tmpdir);
  }

  return status;
}
