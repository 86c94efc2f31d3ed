/* test-coach-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The coach in the window, as a new user meets it: open each sample resume,
 * go to its weakest bullets and press the Apply button of the coach's top
 * rewrite. The score never drops, the chips and the rewrites under the
 * bullet are those of the new text at once (never the old text's), the
 * cursor sits in the first slot to fill, and the bullet is in view. */

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

/* How many of each sample's weakest bullets get their top rewrite applied. */
#define N_WEAKEST 4

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
 * the editor's viewport. */
static gboolean
cursor_is_visible (VitaeWindow *window,
                   GtkTextView *view)
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

  return point.y >= 0 && point.y + location.height <= gtk_widget_get_height (GTK_WIDGET (scroller));
}

/* Every bullet's row: the editor builds entry cards as they come near the
 * screen, and finding a row builds its card. */
static void
collect_rows (VitaeWindow   *window,
              VitaeDocument *document,
              GHashTable    *rows)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            {
              VitaeBullet *bullet = vitae_entry_get_bullet (entry, b);
              GtkWidget *row = vitae_editor_find_bullet_row (vitae_window_get_editor (window), bullet);

              if (row != NULL)
                g_hash_table_insert (rows, bullet, row);
            }
        }
    }
}

/* The Apply button of rewrite @position in @row's card. */
static GtkWidget *
find_apply (VitaeBulletRow *row,
            guint           position)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  /* The card's only buttons, one a rewrite, in the rewrites' order. */
  collect_widgets (GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row)), GTK_TYPE_BUTTON, NULL, buttons);
  if (position < buttons->len && gtk_widget_get_mapped (g_ptr_array_index (buttons, position)))
    return g_ptr_array_index (buttons, position);

  return NULL;
}

/* Asserts that @row's card shows what the coach says of the bullet's
 * present text: one chip per issue, each rewrite with its Apply button. */
static void
assert_card_current (VitaeBulletRow *row)
{
  VitaeCoachResult *result = vitae_bullet_row_get_result (row);
  GtkWidget *area = GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n_chips = 0, n_rewrites = 0;

  g_assert_nonnull (result);
  g_assert_cmpstr (vitae_coach_result_get_text (result), ==, vitae_bullet_get_text (vitae_bullet_row_get_bullet (row)));

  collect_widgets (area, GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_label (GTK_LABEL (label));

      if (gtk_widget_has_css_class (label, "chip"))
        {
          g_assert_cmpuint (n_chips, <, vitae_coach_result_get_n_issues (result));
          g_assert_cmpstr (text, ==, vitae_analysis_get_issue_label (vitae_coach_result_get_issue (result, n_chips)->kind));
          n_chips++;
        }
      else if (gtk_widget_has_css_class (label, "suggestion-text"))
        {
          g_assert_cmpuint (n_rewrites, <, vitae_coach_result_get_n_suggestions (result));
          g_assert_cmpstr (text, ==, vitae_coach_result_get_suggestion (result, n_rewrites)->text);
          n_rewrites++;
        }
    }

  g_assert_cmpuint (n_chips, ==, vitae_coach_result_get_n_issues (result));
  g_assert_cmpuint (n_rewrites, ==, vitae_coach_result_get_n_suggestions (result));
}

/* The score pill shows @score. */
static void
assert_pill (VitaeBulletRow *row,
             guint           score)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *expected = g_strdup_printf ("%u", score);
  gboolean found = FALSE;

  collect_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len && !found; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_ancestor (label, GTK_WIDGET (vitae_bullet_row_get_suggestion_area (row))) ||
          !gtk_widget_get_visible (label))
        continue;
      if (g_str_equal (gtk_label_get_label (GTK_LABEL (label)), expected))
        found = TRUE;
    }

  g_assert_true (found);
}

static guint
count_bullets (VitaeDocument *document)
{
  guint n = 0;

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        n += vitae_entry_get_n_bullets (vitae_section_get_entry (section, e));
    }

  return n;
}

typedef struct
{
  VitaeBullet *bullet;
  guint        score;
} Weak;

static int
compare_weak (gconstpointer a,
              gconstpointer b)
{
  const Weak *x = a, *y = b;

  return (int) x->score - (int) y->score;
}

static void
test_sample (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = copy_sample (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) weak = g_array_new (FALSE, FALSE, sizeof (Weak));
  VitaeWindow *window = vitae_window_new (NULL);
  VitaeDocument *document;
  VitaeAnalysis *analysis;
  guint n_applied = 0;

  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);
  document = vitae_window_get_document (window);
  analysis = window->analysis;
  vitae_analysis_update_now (analysis, NULL);
  /* The editor builds its rows as the main loop runs: wait for all (a
   * slow machine under ASan takes its time). */
  WAIT_UNTIL ((g_hash_table_remove_all (rows), collect_rows (window, document, rows),
               g_hash_table_size (rows) >= count_bullets (document)));
  g_assert_cmpuint (g_hash_table_size (rows), >=, count_bullets (document));

  /* The weakest bullets by the window's own analysis: judged, with a
   * rewrite to apply. */
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            {
              VitaeBullet *bullet = vitae_entry_get_bullet (entry, b);
              VitaeCoachResult *result = vitae_analysis_get_bullet_result (analysis, bullet);
              g_autoptr(VitaeCoachResult) full = vitae_coach_analyze_bullet (vitae_coach_get_default (),
                                                                              vitae_bullet_get_text (bullet));

              if (result != NULL && vitae_analysis_result_is_judged (result) &&
                  vitae_coach_result_get_n_suggestions (full) > 0 && g_hash_table_contains (rows, bullet))
                g_array_append_val (weak, ((Weak) { bullet, vitae_coach_result_get_score (result) }));
            }
        }
    }
  g_array_sort (weak, compare_weak);
  /* A strong resume may have nothing left to apply. */
  g_test_message ("%s: %u bullets with a rewrite", name, weak->len);
  if (g_str_equal (name, "junior-weak.vitae"))
    g_assert_cmpuint (weak->len, >=, N_WEAKEST);

  for (guint i = 0; i < weak->len && n_applied < N_WEAKEST; i++)
    {
      VitaeBullet *bullet = g_array_index (weak, Weak, i).bullet;
      VitaeBulletRow *row = g_hash_table_lookup (rows, bullet);
      GtkTextView *view = vitae_bullet_row_get_text_view (row);
      g_autofree char *before = g_strdup (vitae_bullet_get_text (bullet));
      g_autofree char *expected = NULL;
      VitaeCoachResult *result;
      GtkWidget *apply;
      guint old_score, new_score;
      const char *slot;

      /* Go to the bullet as a person would: its text takes the focus and
       * the coach's card opens under it. */
      vitae_bullet_row_focus_text (row, TRUE);
      WAIT_UNTIL ((apply = find_apply (row, 0)) != NULL);
      g_assert_nonnull (apply);
      result = vitae_analysis_get_bullet_result (analysis, bullet);
      old_score = vitae_coach_result_get_score (result);
      assert_card_current (row);
      expected = g_strdup (vitae_coach_result_get_suggestion (vitae_bullet_row_get_result (row), 0)->text);
      g_test_message ("%u: %s\n  → %s", old_score, before, expected);

      /* A click: gtk_widget_activate() would click only once its press
       * animation is over. */
      g_signal_emit_by_name (apply, "clicked");

      /* At once, before any typing pause: the new text, its score (never
       * lower), its chips and rewrites. */
      g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, expected);
      result = vitae_bullet_row_get_result (row);
      g_assert_nonnull (result);
      g_assert_cmpstr (vitae_coach_result_get_text (result), ==, expected);
      new_score = vitae_coach_result_get_score (result);
      g_test_message ("  score %u → %u", old_score, new_score);
      g_assert_cmpuint (new_score, >=, old_score);
      g_assert_cmpuint (vitae_coach_result_get_score (vitae_analysis_get_bullet_result (analysis, bullet)), ==,
                        new_score);
      assert_card_current (row);
      assert_pill (row, new_score);

      /* The cursor selects the first slot, or sits at the start. */
      g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
      slot = strchr (expected, '[');
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
        GtkTextIter start, end;
        g_autofree char *selected = NULL;

        gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
        if (slot != NULL)
          {
            g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, g_utf8_pointer_to_offset (expected, slot));
            selected = gtk_text_iter_get_text (&start, &end);
            g_assert_true (g_str_has_prefix (selected, "["));
            g_assert_true (g_str_has_suffix (selected, "]"));
          }
        else
          g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 0);
      }

      /* The bullet is in view once the window has laid it out. */
      WAIT_UNTIL (cursor_is_visible (window, view));
      g_assert_true (cursor_is_visible (window, view));

      /* And still once the analysis has run again after the pause. */
      iterate (600);
      assert_card_current (row);
      g_assert_cmpuint (vitae_coach_result_get_score (vitae_bullet_row_get_result (row)), >=, old_score);
      g_assert_true (cursor_is_visible (window, view));
      n_applied++;
    }

  g_assert_cmpuint (n_applied, ==, MIN (weak->len, N_WEAKEST));
  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *samples = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "coach-window");

  /* Every sample resume that ships. */
  samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  dir = g_dir_open (samples, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".vitae"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 1);
  /* The weak sample has rewrites to apply, whatever the others have. */
  g_assert_true (g_ptr_array_find_with_equal_func (names, "junior-weak.vitae", g_str_equal, NULL));
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test = g_strdup_printf ("/vitae/coach-window/%s", (char *) g_ptr_array_index (names, i));

      g_test_add_data_func (test, g_ptr_array_index (names, i), test_sample);
    }

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
