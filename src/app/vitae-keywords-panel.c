/* vitae-keywords-panel.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-keywords-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-catalog.h"
#include "vitae-field-binding.h"
#include "vitae-keywords-panel.h"

struct _VitaeKeywordsPanel
{
  AdwBin          parent_instance;

  /* owned */
  VitaeAnalysis  *analysis;
  GSettings      *settings;
  GStrv           role_ids;
  gboolean        job_bound;      /* the job view has its field binding */

  /* template widgets */
  GtkStack       *stack;
  GtkDropDown    *role_dropdown;
  GtkLabel       *score_label;
  GtkLabel       *caption_label;
  GtkBox         *groups_box;
  GtkBox         *placement_box;
  GtkTextView    *job_view;
  GtkLabel       *job_label;
  GtkFlowBox     *job_chips;
  GtkLabel       *unknown_label;
  GtkFlowBox     *unknown_chips;
};

G_DEFINE_FINAL_TYPE (VitaeKeywordsPanel, vitae_keywords_panel, ADW_TYPE_BIN)

enum {
  SHOW_OCCURRENCE,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static GtkWidget *
create_chip (const char *label,
             const char *style,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "chip");
  gtk_widget_add_css_class (button, style);
  gtk_widget_add_css_class (button, "flat");
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);

  return button;
}

static GtkWidget *
create_flow (void)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 12);

  return flow;
}

/* What the user picked or added is shown at once, not after a pause. */
static void
update_now (VitaeKeywordsPanel *self)
{
  g_autoptr(GError) error = NULL;

  if (self->analysis != NULL && !vitae_analysis_update_now (self->analysis, &error))
    g_warning ("Keyword coverage failed: %s", error->message);
}

static void
found_clicked_cb (GtkButton          *button,
                  VitaeKeywordsPanel *self)
{
  /* A found chip is labelled with its keyword. */
  const char *keyword = gtk_button_get_label (button);
  VitaeCoverage *coverage = vitae_keywords_panel_get_coverage (self);
  guint n;

  if (coverage == NULL)
    return;

  /* Show where the keyword stands, preferring a bullet over a list. */
  n = vitae_coverage_get_n_occurrences (coverage);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        const VitaeCoverageOccurrence *occurrence = vitae_coverage_get_occurrence (coverage, i);

        if (g_strcmp0 (occurrence->keyword, keyword) != 0)
          continue;
        if (pass == 0 && !VITAE_IS_BULLET (occurrence->node))
          continue;

        g_signal_emit (self, signals[SHOW_OCCURRENCE], 0, occurrence->node, occurrence->key,
                       occurrence->start, occurrence->end);
        return;
      }
}

static void
missing_clicked_cb (GtkButton          *button,
                    VitaeKeywordsPanel *self)
{
  /* A missing chip's tooltip says where to add its keyword: a click shows
   * it where touch has no tooltips. */
  const char *message = gtk_widget_get_tooltip_text (GTK_WIDGET (button));

  g_signal_emit (self, signals[MESSAGE], 0, message);
}

/* The term and the group to add it to stay on the menu's item: tests/window
 * finds the item by its "term". */
static void
add_unknown_cb (GtkButton          *button,
                VitaeKeywordsPanel *self)
{
  const char *term = g_object_get_data (G_OBJECT (button), "term");
  const char *group = g_object_get_data (G_OBJECT (button), "group");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));

  /* The user's own catalog keeps it; the shipped one is never changed. */
  if (!vitae_catalog_add_user_keyword (vitae_coverage_get_catalog (vitae_keywords_panel_get_coverage (self)),
                                       vitae_keywords_panel_get_role (self), group, term, &error))
    message = g_strdup (error->message);
  else
    /* Translators: %s is a term from a job description */
    message = g_strdup_printf (_("“%s” is now one of your keywords"), term);

  g_signal_emit (self, signals[MESSAGE], 0, message);
  update_now (self);
}

static GtkWidget *
create_unknown_chip (VitaeKeywordsPanel *self,
                     VitaeCoverage      *coverage,
                     const char         *term)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (_("Add to your keywords, in:"));
  g_autofree char *tooltip = NULL;

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), term);
  gtk_widget_add_css_class (button, "chip");
  gtk_widget_add_css_class (button, "unknown");
  /* Translators: %s is a term from a job description */
  tooltip = g_strdup_printf (_("Vitae does not know “%s”: add it to your own keywords"), term);
  gtk_widget_set_tooltip_text (button, tooltip);

  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_margin_bottom (title, 4);
  gtk_box_append (GTK_BOX (box), title);
  for (guint i = 0; i < vitae_coverage_get_n_groups (coverage); i++)
    {
      const VitaeCoverageGroup *group = vitae_coverage_get_group (coverage, i);
      GtkWidget *item = gtk_button_new_with_label (group->name);

      gtk_widget_add_css_class (item, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (item))), 0);
      g_object_set_data_full (G_OBJECT (item), "term", g_strdup (term), g_free);
      g_object_set_data_full (G_OBJECT (item), "group", g_strdup (group->id), g_free);
      g_signal_connect_object (item, "clicked", G_CALLBACK (add_unknown_cb), self, 0);
      gtk_box_append (GTK_BOX (box), item);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  return button;
}

static void
add_keyword_chips (VitaeKeywordsPanel       *self,
                   VitaeCoverage            *coverage,
                   GtkWidget                *flow,
                   const VitaeCoverageGroup *group)
{
  for (guint i = 0; group->found && group->found[i]; i++)
    {
      const VitaeCoverageKeyword *keyword = vitae_coverage_find_keyword (coverage, group->found[i]);
      gboolean weak_spot = keyword && group->needs_context && !keyword->in_context;
      g_autofree char *tooltip = NULL;
      GtkWidget *chip;

      if (weak_spot)
        /* Translators: %s is a keyword */
        tooltip = g_strdup_printf (_("“%s” is only listed; show it in a bullet to make it count."), group->found[i]);
      else
        tooltip = g_strdup (_("Found: click to see where"));

      chip = create_chip (group->found[i], weak_spot ? "misplaced" : "found", tooltip);
      g_signal_connect_object (chip, "clicked", G_CALLBACK (found_clicked_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), chip);
    }

  for (guint i = 0; group->missing && group->missing[i]; i++)
    {
      g_autofree char *message = vitae_analysis_describe_missing (group, group->missing[i], NULL);
      GtkWidget *chip = create_chip (group->missing[i], "missing", message);

      g_signal_connect_object (chip, "clicked", G_CALLBACK (missing_clicked_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), chip);
    }
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    {
      if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
    }
}

/* The page for no resume is made the first time it shows: a window that
 * opens a resume never loads its large icon. */
static void
show_empty (VitaeKeywordsPanel *self)
{
  if (gtk_stack_get_child_by_name (self->stack, "empty") == NULL)
    {
      GtkWidget *empty = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "edit-find-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Resume Open"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Keyword coverage shows which terms recruiters filter on your resume has, and where."));
      gtk_stack_add_named (self->stack, empty, "empty");
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* A group of the role's keywords: its name, how many the resume has, a
 * bar that shows as much, and its chips. */
static GtkWidget *
create_group_box (VitaeKeywordsPanel       *self,
                  VitaeCoverage            *coverage,
                  const VitaeCoverageGroup *group)
{
  guint n_found = group->found ? g_strv_length ((char **) group->found) : 0;
  guint n_missing = group->missing ? g_strv_length ((char **) group->missing) : 0;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (group->name);
  GtkWidget *count;
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  GtkWidget *flow = create_flow ();
  g_autofree char *count_text = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  /* Translators: keywords of the group found on the resume, of all of them, e.g. 4/10 */
  count_text = g_strdup_printf (_("%u/%u"), n_found, n_found + n_missing);
  count = gtk_label_new (count_text);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), count);

  /* The bar shows what the count says: found of all the group's
   * keywords (the score's target may be fewer: 2/10 is not full). */
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), n_found + n_missing > 0 ? (double) n_found / (n_found + n_missing) : 0.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, group->name,
                                  -1);
  if (group->advice != NULL)
    gtk_widget_set_tooltip_text (header, group->advice);

  add_keyword_chips (self, coverage, flow, group);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), flow);

  return box;
}

/* Shows the coverage as the analysis last found it. */
static void
show_coverage (VitaeKeywordsPanel *self)
{
  VitaeCoverage *coverage = vitae_keywords_panel_get_coverage (self);
  g_autofree char *score = NULL;
  guint n_groups;

  clear_box (GTK_WIDGET (self->groups_box));
  clear_box (GTK_WIDGET (self->placement_box));
  clear_box (GTK_WIDGET (self->job_chips));
  clear_box (GTK_WIDGET (self->unknown_chips));

  if (self->analysis == NULL || vitae_analysis_get_document (self->analysis) == NULL)
    {
      show_empty (self);
      return;
    }

  /* With a job pasted, how well the resume matches it is the headline;
   * the role's coverage is a line under the job. */
  if (vitae_coverage_has_job (coverage))
    {
      /* Translators: how much of a job's keywords the resume has, e.g. 80% */
      score = g_strdup_printf (_("%.0f%%"), vitae_coverage_get_match_rate (coverage) * 100.0);
      gtk_label_set_label (self->caption_label, _("Match with the job"));
    }
  else
    {
      score = g_strdup_printf ("%u", vitae_analysis_get_ats_score (self->analysis));
      gtk_label_set_label (self->caption_label, _("Keyword coverage"));
    }
  gtk_label_set_label (self->score_label, score);

  n_groups = vitae_coverage_get_n_groups (coverage);
  for (guint i = 0; i < n_groups; i++)
    {
      gtk_box_append (self->groups_box, create_group_box (self, coverage, vitae_coverage_get_group (coverage, i)));
    }

  for (guint i = 0; i < vitae_coverage_get_n_placements (coverage); i++)
    {
      const VitaeCoveragePlacement *placement = vitae_coverage_get_placement (coverage, i);
      GtkWidget *label = gtk_label_new (placement->message);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "placement");
      gtk_box_append (self->placement_box, label);
    }
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->placement_box)),
                          vitae_coverage_get_n_placements (coverage) > 0);

  if (vitae_coverage_has_job (coverage))
    {
      g_autofree char *rate = NULL;
      guint n = vitae_coverage_get_n_job_keywords (coverage);

      /* Translators: %.0f%% is a percentage, %u the role's keyword coverage (0–100) */
      rate = g_strdup_printf (_("The resume has %.0f%% of this job’s keywords. Keyword coverage for the role: %u."),
                              vitae_coverage_get_match_rate (coverage) * 100.0,
                              vitae_analysis_get_ats_score (self->analysis));
      gtk_label_set_label (self->job_label, rate);
      /* The job's must-haves first, then its nice-to-haves. */
      for (guint i = 0; i < 2 * n; i++)
        {
          const VitaeJobKeyword *keyword = vitae_coverage_get_job_keyword (coverage, i % n);
          g_autofree char *message = NULL;
          GtkWidget *chip;

          if ((keyword->tier == VITAE_TIER_MUST_HAVE) != (i < n))
            continue;
          message = keyword->matched ? NULL
                    : vitae_analysis_describe_missing (NULL, keyword->keyword, keyword->section);
          chip = create_chip (keyword->keyword, keyword->matched ? "found" : "missing",
                              keyword->matched ? _("On your resume") : message);

          if (keyword->tier != VITAE_TIER_MUST_HAVE)
            gtk_widget_add_css_class (chip, "nice-to-have");
          g_signal_connect_object (chip, "clicked",
                                   keyword->matched ? G_CALLBACK (found_clicked_cb) : G_CALLBACK (missing_clicked_cb),
                                   self, 0);
          gtk_flow_box_append (self->job_chips, chip);
        }
    }
  else
    gtk_label_set_label (self->job_label, _("Paste a job description to see how well the resume matches it."));

  /* Technical terms the job repeats that the catalog does not know. */
  {
    const char * const *unknown = vitae_coverage_has_job (coverage)
                                  ? vitae_coverage_get_unknown_terms (coverage) : NULL;
    guint n_unknown = unknown ? g_strv_length ((char **) unknown) : 0;

    for (guint i = 0; i < n_unknown; i++)
      gtk_flow_box_append (self->unknown_chips, create_unknown_chip (self, coverage, unknown[i]));
    gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), n_unknown > 0);
    gtk_widget_set_visible (GTK_WIDGET (self->unknown_chips), n_unknown > 0);
  }

  gtk_stack_set_visible_child_name (self->stack, "coverage");
}

/* Pasting a job is typing: the analysis follows once it pauses. */
static void
job_changed_cb (VitaeKeywordsPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->job_view);
  g_autofree char *job = NULL;
  GtkTextIter start, end;

  if (self->analysis == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  job = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Blank is no job at all. */
  vitae_analysis_set_job_text (self->analysis, g_strstrip (job)[0] != '\0' ? job : NULL);
}

/* The pasted job is kept with the resume, in its "job" field: the pane
 * edits the field of whichever document the analysis follows. */
static void
job_document_changed_cb (VitaeKeywordsPanel *self)
{
  VitaeDocument *document = self->analysis ? vitae_analysis_get_document (self->analysis) : NULL;

  if (self->job_bound)
    vitae_binding_set_node (GTK_WIDGET (self->job_view), document ? VITAE_NODE (document) : NULL);
  else if (document != NULL)
    {
      vitae_bind_text_view (self->job_view, VITAE_NODE (document), "job");
      self->job_bound = TRUE;
    }
}

static void
role_changed_cb (VitaeKeywordsPanel *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "role", vitae_keywords_panel_get_role (self));

  if (self->analysis != NULL)
    {
      vitae_analysis_set_role (self->analysis, vitae_keywords_panel_get_role (self));
      update_now (self);
    }
}

/* Overrides */

static void
vitae_keywords_panel_dispose (GObject *object)
{
  VitaeKeywordsPanel *self = (VitaeKeywordsPanel *)object;

  vitae_keywords_panel_set_analysis (self, NULL);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->role_ids, g_strfreev);

  G_OBJECT_CLASS (vitae_keywords_panel_parent_class)->dispose (object);
}

static void
vitae_keywords_panel_class_init (VitaeKeywordsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vitae_keywords_panel_dispose;

  /**
   * VitaeKeywordsPanel::show-occurrence:
   * @self: the panel
   * @node: the bullet, entry or document holding the keyword
   * @key: the field holding it
   * @start: where it starts, in bytes
   * @end: where it ends, in bytes
   *
   * Fires when the user asks where a found keyword stands.
   */
  signals[SHOW_OCCURRENCE] =
    g_signal_new ("show-occurrence",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, VITAE_TYPE_NODE, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * VitaeKeywordsPanel::message:
   * @self: the panel
   * @message: advice to show the user
   *
   * Fires when the user asks what to do about a missing keyword.
   */
  signals[MESSAGE] =
    g_signal_new ("message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-keywords-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, score_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, caption_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, groups_box);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, placement_box);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, job_view);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, job_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, job_chips);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, unknown_label);
  gtk_widget_class_bind_template_child (widget_class, VitaeKeywordsPanel, unknown_chips);
}

static void
vitae_keywords_panel_init (VitaeKeywordsPanel *self)
{
  VitaeCatalog *catalog = vitae_catalog_get_default ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->role_ids = vitae_catalog_dup_role_ids (catalog);
  for (guint i = 0; self->role_ids[i]; i++)
    {
      g_autofree char *name = vitae_catalog_dup_role_name (catalog, self->role_ids[i]);

      gtk_string_list_append (names, name ? name : self->role_ids[i]);
    }
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (names));
  vitae_keywords_panel_set_role (self, vitae_catalog_get_default_role (catalog));

  g_signal_connect_object (gtk_text_view_get_buffer (self->job_view), "changed",
                           G_CALLBACK (job_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
vitae_keywords_panel_new (GSettings *settings)
{
  VitaeKeywordsPanel *self = g_object_new (VITAE_TYPE_KEYWORDS_PANEL, NULL);

  if (settings != NULL)
    {
      g_autofree char *role = g_settings_get_string (settings, "role");

      vitae_keywords_panel_set_role (self, role);
      self->settings = g_object_ref (settings);
    }

  g_signal_connect_object (self->role_dropdown, "notify::selected", G_CALLBACK (role_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * vitae_keywords_panel_get_coverage:
 * @self: a #VitaeKeywordsPanel
 *
 * Returns: (transfer none): the coverage the panel shows
 */
VitaeCoverage *
vitae_keywords_panel_get_coverage (VitaeKeywordsPanel *self)
{
  g_return_val_if_fail (VITAE_IS_KEYWORDS_PANEL (self), NULL);

  return self->analysis ? vitae_analysis_get_coverage (self->analysis) : NULL;
}

/**
 * vitae_keywords_panel_set_analysis:
 * @self: a #VitaeKeywordsPanel
 * @analysis: (nullable): the analysis to show
 *
 * The panel shows the keyword coverage @analysis finds, and sets its role
 * and job description from what the user picks and pastes.
 */
void
vitae_keywords_panel_set_analysis (VitaeKeywordsPanel *self,
                                   VitaeAnalysis      *analysis)
{
  g_return_if_fail (VITAE_IS_KEYWORDS_PANEL (self));
  g_return_if_fail (!analysis || VITAE_IS_ANALYSIS (analysis));

  if (self->analysis == analysis)
    return;

  if (self->analysis != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->analysis, show_coverage, self);
      g_signal_handlers_disconnect_by_func (self->analysis, job_document_changed_cb, self);
    }
  g_set_object (&self->analysis, analysis);

  if (analysis != NULL)
    {
      vitae_analysis_set_role (analysis, vitae_keywords_panel_get_role (self));
      job_changed_cb (self);
      g_signal_connect_object (analysis, "notify::coverage",
                               G_CALLBACK (show_coverage), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::document",
                               G_CALLBACK (show_coverage), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::document",
                               G_CALLBACK (job_document_changed_cb), self, G_CONNECT_SWAPPED);
    }
  job_document_changed_cb (self);

  show_coverage (self);
}

const char *
vitae_keywords_panel_get_role (VitaeKeywordsPanel *self)
{
  guint selected;

  g_return_val_if_fail (VITAE_IS_KEYWORDS_PANEL (self), NULL);

  selected = gtk_drop_down_get_selected (self->role_dropdown);
  if (selected >= g_strv_length (self->role_ids))
    return self->role_ids[0];

  return self->role_ids[selected];
}

void
vitae_keywords_panel_set_role (VitaeKeywordsPanel *self,
                               const char         *role)
{
  g_return_if_fail (VITAE_IS_KEYWORDS_PANEL (self));

  for (guint i = 0; self->role_ids[i]; i++)
    if (g_strcmp0 (self->role_ids[i], role) == 0)
      gtk_drop_down_set_selected (self->role_dropdown, i);
}

/**
 * vitae_keywords_panel_set_job:
 * @self: a #VitaeKeywordsPanel
 * @job: (nullable): a job description's text
 *
 * Puts @job in the job description pane, as if pasted.
 */
void
vitae_keywords_panel_set_job (VitaeKeywordsPanel *self,
                              const char         *job)
{
  g_return_if_fail (VITAE_IS_KEYWORDS_PANEL (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->job_view), job ? job : "", -1);
  update_now (self);
}
