/* vitae-coach-panel.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-coach-panel.h"

#define MAX_ROWS 200
/* Rows are made as the list is scrolled to its end, so many at a time
 * (about a screen: a row of wrapped text costs some 25 M instructions to
 * measure), so the panel opens at the cost of what it shows. */
#define ROWS_BATCH 16

struct _VitaeCoachPanel
{
  AdwBin             parent_instance;

  /* owned */
  VitaeAnalysis     *analysis;
  GtkSliceListModel *rows;

  /* template widgets */
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkAdjustment     *vadjustment;
  GtkLabel          *score_label;
  GtkLabel          *summary_label;
  GtkListBox        *list;
};

G_DEFINE_FINAL_TYPE (VitaeCoachPanel, vitae_coach_panel, ADW_TYPE_BIN)

enum {
  ACTIVATE_BULLET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  VitaeAnalysisIssue *issue = VITAE_ANALYSIS_ISSUE (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (NULL);
  const char *text = vitae_analysis_issue_get_text (issue);
  g_autofree char *title = g_markup_escape_text (text, -1);
  g_autofree char *subtitle = g_markup_escape_text (vitae_analysis_issue_get_summary (issue), -1);
  g_autofree char *score = g_strdup_printf ("%u", vitae_analysis_issue_get_score (issue));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_label_set_label (GTK_LABEL (pill), score);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "score-pill");
  gtk_widget_add_css_class (pill, vitae_grade_to_id (vitae_analysis_issue_get_grade (issue)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), pill);

  return row;
}

/* The page for no resume is made the first time it shows: a window that
 * opens a resume never loads its large icon. */
static void
show_empty (VitaeCoachPanel *self)
{
  if (gtk_stack_get_child_by_name (self->stack, "empty") == NULL)
    {
      GtkWidget *empty = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Resume Open"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("The coach reads every bullet as you type."));
      gtk_stack_add_named (self->stack, empty, "empty");
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* More rows once the list is scrolled within half a screen of its end. */
static void
grow_rows (VitaeCoachPanel *self)
{
  double value, page_size, upper;
  guint size;

  if (self->rows == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  size = gtk_slice_list_model_get_size (self->rows);
  if (size >= MAX_ROWS || size >= g_list_model_get_n_items (gtk_slice_list_model_get_model (self->rows)))
    return;

  value = gtk_adjustment_get_value (self->vadjustment);
  page_size = gtk_adjustment_get_page_size (self->vadjustment);
  upper = gtk_adjustment_get_upper (self->vadjustment);
  if (size == 0 || value + page_size * 1.5 >= upper)
    gtk_slice_list_model_set_size (self->rows, MIN (MAX_ROWS, size + ROWS_BATCH));
}

/* Callbacks */

static void
analysis_changed_cb (VitaeCoachPanel *self)
{
  g_autofree char *score = NULL;
  g_autofree char *summary = NULL;
  guint n_bullets, n_weak;

  if (self->analysis == NULL || vitae_analysis_get_coach_report (self->analysis) == NULL)
    {
      show_empty (self);
      return;
    }

  n_bullets = vitae_analysis_get_n_bullets (self->analysis);
  n_weak = g_list_model_get_n_items (vitae_analysis_get_issues (self->analysis));

  /* No bullets, no verdict: a zero would read as a judgement. */
  score = n_bullets ? g_strdup_printf ("%u", vitae_analysis_get_score (self->analysis)) : g_strdup ("–");
  gtk_label_set_label (self->score_label, score);
  if (n_weak == 0)
    summary = g_strdup (n_bullets ? _("Every bullet reads strong.") : _("Add bullets to your experience to be coached."));
  else
    /* Translators: the first %u counts bullets that need work, the second all bullets */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u bullets needs work, weakest first.",
                                            "%u of %u bullets need work, weakest first.",
                                            n_weak),
                               n_weak, n_bullets);
  gtk_label_set_label (self->summary_label, summary);

  gtk_widget_set_visible (GTK_WIDGET (self->list), n_weak > 0);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
row_activated_cb (VitaeCoachPanel *self,
                  GtkListBoxRow   *row)
{
  g_autoptr(VitaeAnalysisIssue) issue = NULL;

  if (self->rows == NULL)
    return;

  issue = g_list_model_get_item (G_LIST_MODEL (self->rows), gtk_list_box_row_get_index (row));
  if (issue != NULL)
    g_signal_emit (self, signals[ACTIVATE_BULLET], 0, vitae_analysis_issue_get_bullet (issue));
}

/* Overrides */

static void
vitae_coach_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vitae_coach_panel_parent_class)->map (widget);

  grow_rows (VITAE_COACH_PANEL (widget));
}

static void
vitae_coach_panel_dispose (GObject *object)
{
  VitaeCoachPanel *self = (VitaeCoachPanel *)object;

  vitae_coach_panel_set_analysis (self, NULL);

  G_OBJECT_CLASS (vitae_coach_panel_parent_class)->dispose (object);
}

static void
vitae_coach_panel_class_init (VitaeCoachPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vitae_coach_panel_dispose;
  GTK_WIDGET_CLASS (klass)->map = vitae_coach_panel_map;

  /**
   * VitaeCoachPanel::activate-bullet:
   * @self: the panel
   * @bullet: the bullet the user picked
   *
   * Fires when the user activates an issue, to go to its bullet.
   */
  signals[ACTIVATE_BULLET] =
    g_signal_new ("activate-bullet",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, VITAE_TYPE_BULLET);

  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/io/github/vitae/Vitae/vitae-coach-panel.ui");
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), VitaeCoachPanel, stack);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), VitaeCoachPanel, scroller);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), VitaeCoachPanel, score_label);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), VitaeCoachPanel, summary_label);
  gtk_widget_class_bind_template_child (GTK_WIDGET_CLASS (klass), VitaeCoachPanel, list);
  gtk_widget_class_bind_template_callback (GTK_WIDGET_CLASS (klass), row_activated_cb);
}

static void
vitae_coach_panel_init (VitaeCoachPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (self->vadjustment, "value-changed", G_CALLBACK (grow_rows), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vadjustment, "changed", G_CALLBACK (grow_rows), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
vitae_coach_panel_new (void)
{
  return g_object_new (VITAE_TYPE_COACH_PANEL, NULL);
}

/**
 * vitae_coach_panel_get_report:
 * @self: a #VitaeCoachPanel
 *
 * Returns: (transfer none) (nullable): the report the panel shows
 */
VitaeCoachReport *
vitae_coach_panel_get_report (VitaeCoachPanel *self)
{
  g_return_val_if_fail (VITAE_IS_COACH_PANEL (self), NULL);

  return self->analysis ? vitae_analysis_get_coach_report (self->analysis) : NULL;
}

/**
 * vitae_coach_panel_set_analysis:
 * @self: a #VitaeCoachPanel
 * @analysis: (nullable): the analysis to show
 *
 * The panel shows the resume's score and its bullets that need work,
 * worst first, as @analysis finds them.
 */
void
vitae_coach_panel_set_analysis (VitaeCoachPanel *self,
                                VitaeAnalysis   *analysis)
{
  g_return_if_fail (VITAE_IS_COACH_PANEL (self));
  g_return_if_fail (!analysis || VITAE_IS_ANALYSIS (analysis));

  if (self->analysis == analysis)
    return;

  if (self->analysis != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->analysis, analysis_changed_cb, self);
      g_signal_handlers_disconnect_by_func (vitae_analysis_get_issues (self->analysis), grow_rows, self);
    }
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->rows);
  g_set_object (&self->analysis, analysis);

  if (analysis != NULL)
    {
      /* A thousand weak bullets would make a list nobody reads. */
      self->rows = gtk_slice_list_model_new (g_object_ref (vitae_analysis_get_issues (analysis)), 0, 0);
      gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->rows), create_row_cb, self, NULL);
      g_signal_connect_object (vitae_analysis_get_issues (analysis), "items-changed",
                               G_CALLBACK (grow_rows), self, G_CONNECT_SWAPPED);
      grow_rows (self);
      g_signal_connect_object (analysis, "notify::coach-report",
                               G_CALLBACK (analysis_changed_cb), self, G_CONNECT_SWAPPED);
    }

  analysis_changed_cb (self);
}
