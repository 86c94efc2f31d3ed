/* vitae-coach-panel.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-coach-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-bullet-row.h"
#include "vitae-coach-panel.h"

#define MAX_ROWS 200

struct _VitaeCoachPanel
{
  VitaeSidePanel    parent_instance;

  /* owned */
  VitaeCoachReport *report;

  /* children */
  GtkStack         *stack;
  GtkLabel         *score_label;
  GtkLabel         *summary_label;
  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (VitaeCoachPanel, vitae_coach_panel, VITAE_TYPE_SIDE_PANEL)

enum {
  ACTIVATE_BULLET,
  REPORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

VitaeBullet *
vitae_coach_report_find_bullet (VitaeDocument                *document,
                                const VitaeCoachBulletReport *bullet)
{
  VitaeSection *section;
  VitaeEntry *entry;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (bullet != NULL, NULL);

  if (bullet->section_index >= vitae_document_get_n_sections (document))
    return NULL;
  section = vitae_document_get_section (document, bullet->section_index);
  if (bullet->entry >= vitae_section_get_n_entries (section))
    return NULL;
  entry = vitae_section_get_entry (section, bullet->entry);
  if (bullet->index >= vitae_entry_get_n_bullets (entry))
    return NULL;

  return vitae_entry_get_bullet (entry, bullet->index);
}

static int
compare_worst_first (gconstpointer a,
                     gconstpointer b)
{
  const VitaeCoachBulletReport *x = *(const VitaeCoachBulletReport * const *) a;
  const VitaeCoachBulletReport *y = *(const VitaeCoachBulletReport * const *) b;
  guint sx = vitae_coach_result_get_score (x->result);
  guint sy = vitae_coach_result_get_score (y->result);

  if (sx != sy)
    return sx < sy ? -1 : 1;
  if (x->section_index != y->section_index)
    return x->section_index < y->section_index ? -1 : 1;
  if (x->entry != y->entry)
    return x->entry < y->entry ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index);
}

/**
 * vitae_coach_report_dup_worst_first:
 * @report: a report
 *
 * Returns: (transfer container) (element-type VitaeCoachBulletReport): the
 *   bullets with at least one issue, lowest score first, then in document
 *   order
 */
GPtrArray *
vitae_coach_report_dup_worst_first (VitaeCoachReport *report)
{
  GPtrArray *lines = g_ptr_array_new ();
  guint n = vitae_coach_report_get_n_bullets (report);

  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachBulletReport *bullet = vitae_coach_report_get_bullet (report, i);

      /* A bullet not written yet is not a weak one. */
      if (vitae_coach_result_get_n_issues (bullet->result) > 0 &&
          vitae_coach_result_get_text (bullet->result)[0] != '\0')
        g_ptr_array_add (lines, (gpointer) bullet);
    }
  g_ptr_array_sort (lines, compare_worst_first);

  return lines;
}

static char *
describe_issues (VitaeCoachResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = vitae_coach_result_get_n_issues (result);
  guint seen = 0;

  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (result, i);

      /* Two passive clauses are one kind of problem to read about. */
      if (seen & (1u << issue->kind))
        continue;
      seen |= 1u << issue->kind;

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, vitae_coach_issue_kind_get_label (issue->kind));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_row (VitaeCoachPanel              *self,
            const VitaeCoachBulletReport *bullet)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (NULL);
  g_autofree char *title = g_markup_escape_text (vitae_coach_result_get_text (bullet->result), -1);
  g_autofree char *issues = describe_issues (bullet->result);
  g_autofree char *subtitle = g_markup_escape_text (issues, -1);
  g_autofree char *score = g_strdup_printf ("%u", vitae_coach_result_get_score (bullet->result));
  guint value = vitae_coach_result_get_score (bullet->result);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title[0] ? title : _("(empty bullet)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_label_set_label (GTK_LABEL (pill), score);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "score-pill");
  gtk_widget_add_css_class (pill, value >= 80 ? "good" : value >= 50 ? "fair" : "poor");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), pill);

  g_object_set_data (G_OBJECT (row), "bullet-report", (gpointer) bullet);

  return row;
}

static void
vitae_coach_panel_rebuild (VitaeSidePanel *panel)
{
  VitaeCoachPanel *self = VITAE_COACH_PANEL (panel);
  VitaeDocument *document = vitae_side_panel_get_document (panel);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *score = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  guint n_bullets;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);

  g_clear_pointer (&self->report, vitae_coach_report_unref);
  if (document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->report = vitae_coach_analyze_document (vitae_coach_get_default (), document);
  lines = vitae_coach_report_dup_worst_first (self->report);

  /* Count the bullets written so far; empty new ones are not judged. */
  n_bullets = 0;
  for (guint i = 0; i < vitae_coach_report_get_n_bullets (self->report); i++)
    if (vitae_coach_result_get_text (vitae_coach_report_get_bullet (self->report, i)->result)[0] != '\0')
      n_bullets++;

  /* No bullets, no verdict: a zero would read as a judgement. */
  score = n_bullets ? g_strdup_printf ("%u", vitae_coach_report_get_score (self->report)) : g_strdup ("–");
  gtk_label_set_label (self->score_label, score);
  if (lines->len == 0)
    summary = g_strdup (n_bullets ? _("Every bullet reads strong.") : _("Add bullets to your experience to be coached."));
  else
    /* Translators: the first %u counts bullets that need work, the second all bullets */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u bullets needs work, weakest first.",
                                            "%u of %u bullets need work, weakest first.",
                                            lines->len),
                               lines->len, n_bullets);
  gtk_label_set_label (self->summary_label, summary);

  for (guint i = 0; i < lines->len && i < MAX_ROWS; i++)
    gtk_list_box_append (self->list, create_row (self, g_ptr_array_index (lines, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->list), lines->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "report");

  g_signal_emit (self, signals[REPORT_CHANGED], 0);
}

static void
row_activated_cb (VitaeCoachPanel *self,
                  GtkListBoxRow   *row)
{
  const VitaeCoachBulletReport *line = g_object_get_data (G_OBJECT (row), "bullet-report");
  VitaeDocument *document = vitae_side_panel_get_document (VITAE_SIDE_PANEL (self));
  VitaeBullet *bullet;

  if (line == NULL || document == NULL)
    return;

  bullet = vitae_coach_report_find_bullet (document, line);
  if (bullet != NULL)
    g_signal_emit (self, signals[ACTIVATE_BULLET], 0, bullet);
}

/* Overrides */

static void
vitae_coach_panel_dispose (GObject *object)
{
  VitaeCoachPanel *self = (VitaeCoachPanel *)object;

  g_clear_pointer (&self->report, vitae_coach_report_unref);

  G_OBJECT_CLASS (vitae_coach_panel_parent_class)->dispose (object);
}

static void
vitae_coach_panel_class_init (VitaeCoachPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VitaeSidePanelClass *panel_class = VITAE_SIDE_PANEL_CLASS (klass);

  object_class->dispose = vitae_coach_panel_dispose;
  panel_class->rebuild = vitae_coach_panel_rebuild;

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

  /**
   * VitaeCoachPanel::report-changed:
   * @self: the panel
   *
   * Fires after the panel analysed the document again.
   */
  signals[REPORT_CHANGED] =
    g_signal_new ("report-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vitae_coach_panel_init (VitaeCoachPanel *self)
{
  GtkWidget *box, *header, *caption, *scroller, *empty;

  self->score_label = GTK_LABEL (gtk_label_new ("0"));
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "title-1");
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "numeric");
  caption = gtk_label_new (_("Resume score"));
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption-heading");
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_justify (self->summary_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 12);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->score_label));
  gtk_box_append (GTK_BOX (header), caption);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->summary_label));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bullets that need work"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_EXTERNAL, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Resume Open"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("The coach reads every bullet as you type."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, scroller, "report");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
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
 * Returns: (transfer none) (nullable): the last analysis of the document
 */
VitaeCoachReport *
vitae_coach_panel_get_report (VitaeCoachPanel *self)
{
  g_return_val_if_fail (VITAE_IS_COACH_PANEL (self), NULL);

  return self->report;
}
