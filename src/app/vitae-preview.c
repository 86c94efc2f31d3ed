/* vitae-preview.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-analysis-issue.h"
#include "vitae-bullet-row.h"
#include "vitae-editor.h"
#include "vitae-page-view.h"
#include "vitae-preview.h"
#include "vitae-template.h"
#include "vitae-window.h"

struct _VitaePreview
{
  VitaeSidePanel parent_instance;

  /* owned */
  VitaeLayout   *layout;
  GSettings     *settings;

  /* children */
  GtkDropDown   *template_dropdown;
  GtkDropDown   *paper_dropdown;
  GtkSpinButton *size_spin;
  GtkDropDown   *fit_dropdown;
  GtkBox        *cuts_box;
  GtkBox        *pages;
  GtkLabel      *status_label;
  GtkScrolledWindow *scroller;
  GtkLabel      *zoom_label;
  GtkButton     *full_button;
  GtkWidget     *zoom_out_button;
  GtkWidget     *zoom_fit_button;
  GtkWidget     *zoom_in_button;
  GtkAdjustment *size_adjustment;

  double         zoom;           /* pixels per point; 0 fits the width */
  double         pinch_start;
};

/* How many bullets to name as cuts, at most. */
#define MAX_CUTS 6

#define MIN_ZOOM 0.25
#define MAX_ZOOM 4.0
#define ZOOM_STEP 1.25

G_DEFINE_FINAL_TYPE (VitaePreview, vitae_preview, VITAE_TYPE_SIDE_PANEL)

enum {
  LAYOUT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
sync_pages (VitaePreview *self)
{
  guint n_pages = self->layout ? vitae_layout_get_n_pages (self->layout) : 0;
  guint n_widgets = 0;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pages)); child; child = gtk_widget_get_next_sibling (child))
    n_widgets++;

  while (n_widgets > n_pages)
    {
      gtk_box_remove (self->pages, gtk_widget_get_last_child (GTK_WIDGET (self->pages)));
      n_widgets--;
    }

  while (n_widgets < n_pages)
    {
      GtkWidget *page = vitae_page_view_new (n_widgets);
      g_autofree char *label = NULL;

      /* Translators: %u is a page number */
      label = g_strdup_printf (_("Page %u"), n_widgets + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_add_css_class (page, "preview-page");
      gtk_box_append (self->pages, page);
      n_widgets++;
    }

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pages)); child; child = gtk_widget_get_next_sibling (child))
    {
      vitae_page_view_set_layout (VITAE_PAGE_VIEW (child), self->layout);
      vitae_page_view_set_zoom (VITAE_PAGE_VIEW (child), self->zoom);
    }
}

/* The scale the pages are shown at now, whether fitted or chosen. */
static double
get_effective_zoom (VitaePreview *self)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->pages));
  double width = 595.0, height = 842.0;

  if (self->zoom > 0)
    return self->zoom;
  if (self->layout != NULL)
    vitae_layout_get_page_size (self->layout, &width, &height);
  if (first == NULL || gtk_widget_get_width (first) <= 0)
    return 0.5;

  return gtk_widget_get_width (first) / width;
}

static void
apply_zoom (VitaePreview *self)
{
  g_autofree char *text = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages)); child; child = gtk_widget_get_next_sibling (child))
    vitae_page_view_set_zoom (VITAE_PAGE_VIEW (child), self->zoom);

  /* A page wider than the panel scrolls sideways; a fitted one never. */
  gtk_scrolled_window_set_policy (self->scroller,
                                  self->zoom > 0 ? GTK_POLICY_AUTOMATIC : GTK_POLICY_EXTERNAL,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_halign (GTK_WIDGET (self->pages), self->zoom > 0 ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);

  if (self->zoom > 0)
    /* Translators: the preview's zoom, as "125%" (the paper's size at 72 dpi is 100%) */
    text = g_strdup_printf (_("%.0f%%"), self->zoom * 100);
  else
    text = g_strdup (_("Fit Width"));
  gtk_label_set_label (self->zoom_label, text);
}

/**
 * vitae_preview_set_zoom:
 * @self: a #VitaePreview
 * @zoom: pixels per point, or 0 to fit the pages to the panel's width
 */
void
vitae_preview_set_zoom (VitaePreview *self,
                        double        zoom)
{
  g_return_if_fail (VITAE_IS_PREVIEW (self));

  self->zoom = zoom > 0 ? CLAMP (zoom, MIN_ZOOM, MAX_ZOOM) : 0;
  apply_zoom (self);
}

double
vitae_preview_get_zoom (VitaePreview *self)
{
  g_return_val_if_fail (VITAE_IS_PREVIEW (self), 0);

  return self->zoom;
}

static void
zoom_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  VitaePreview *self = VITAE_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    vitae_preview_set_zoom (self, get_effective_zoom (self) * ZOOM_STEP);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    vitae_preview_set_zoom (self, get_effective_zoom (self) / ZOOM_STEP);
  else
    vitae_preview_set_zoom (self, 0);
}

static void
pinch_begin_cb (VitaePreview *self)
{
  self->pinch_start = get_effective_zoom (self);
}

static void
pinch_scale_changed_cb (VitaePreview   *self,
                        double          scale,
                        GtkGestureZoom *gesture)
{
  vitae_preview_set_zoom (self, self->pinch_start * scale);
}

/* A cut candidate's link: the bullet shows in the editor, ready to edit or
 * remove. */
static void
cut_clicked_cb (GtkButton   *button,
                VitaeBullet *bullet)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  VitaeEditor *editor;
  GtkWidget *row;

  if (!VITAE_IS_WINDOW (root) || bullet == NULL)
    return;

  editor = vitae_window_get_editor (VITAE_WINDOW (root));
  row = vitae_editor_find_bullet_row (editor, bullet);
  if (row == NULL)
    return;

  vitae_editor_reveal_widget (editor, row);
  vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), TRUE);
}

static void
update_cuts (VitaePreview *self)
{
  g_autoptr(GPtrArray) cuts = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cuts_box))))
    gtk_box_remove (self->cuts_box, child);

  if (self->layout != NULL && vitae_layout_get_overflow_lines (self->layout) > 0)
    cuts = vitae_layout_dup_cut_candidates (self->layout, vitae_analysis_score_bullet, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->cuts_box), cuts != NULL && cuts->len > 0);
  if (cuts == NULL || cuts->len == 0)
    return;

  {
    GtkWidget *intro = gtk_label_new (g_dngettext (GETTEXT_PACKAGE,
                                                   "Cutting this bullet, the weakest, would make it fit:",
                                                   "Cutting these bullets, the weakest, would make it fit:",
                                                   cuts->len));

    gtk_label_set_xalign (GTK_LABEL (intro), 0);
    gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
    gtk_widget_add_css_class (intro, "caption");
    gtk_box_append (self->cuts_box, intro);
  }

  for (guint i = 0; i < MIN (cuts->len, MAX_CUTS); i++)
    {
      VitaeBullet *bullet = g_ptr_array_index (cuts, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (vitae_bullet_get_text (bullet));
      g_autofree char *description = NULL;

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "cut-candidate");
      gtk_widget_set_tooltip_text (button, vitae_bullet_get_text (bullet));
      /* Translators: %s is a bullet of the resume */
      description = g_strdup_printf (_("Go to the bullet: %s"), vitae_bullet_get_text (bullet));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
      g_signal_connect_data (button, "clicked", G_CALLBACK (cut_clicked_cb), g_object_ref (bullet),
                             (GClosureNotify) (void (*) (void)) g_object_unref, 0);
      gtk_box_append (self->cuts_box, button);
    }

  if (cuts->len > MAX_CUTS)
    {
      /* Translators: %u is a number of further bullets to cut */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                            cuts->len - MAX_CUTS),
                                               cuts->len - MAX_CUTS);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->cuts_box, label);
    }
}

static void
update_status (VitaePreview *self)
{
  g_autofree char *text = NULL;
  guint n_pages, overflow;

  update_cuts (self);

  if (self->layout == NULL)
    {
      gtk_label_set_label (self->status_label, NULL);
      return;
    }

  n_pages = vitae_layout_get_n_pages (self->layout);
  overflow = vitae_layout_get_overflow_lines (self->layout);
  if (overflow > 0)
    {
      guint limit = gtk_drop_down_get_selected (self->fit_dropdown);

      if (limit <= 1)
        /* Translators: %u is a number of lines */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u line does not fit on one page",
                                             "%u lines do not fit on one page", overflow),
                                overflow);
      else
        /* Translators: %u is a number of lines, then a number of pages (2 or more) */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u line does not fit on %u pages",
                                             "%u lines do not fit on %u pages", overflow),
                                overflow, limit);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  gtk_label_set_label (self->status_label, text);
}

static void
vitae_preview_rebuild (VitaeSidePanel *panel)
{
  VitaePreview *self = VITAE_PREVIEW (panel);
  VitaeDocument *document = vitae_side_panel_get_document (panel);
  VitaeRenderOptions options;

  g_clear_object (&self->layout);
  if (document != NULL)
    {
      vitae_preview_get_options (self, &options);
      self->layout = vitae_layout_new (document, &options);
    }

  sync_pages (self);
  update_status (self);
  g_signal_emit (self, signals[LAYOUT_CHANGED], 0);
}

static void
options_changed_cb (VitaePreview *self)
{
  VitaeRenderOptions options;

  vitae_preview_get_options (self, &options);
  if (self->settings != NULL)
    {
      g_settings_set_string (self->settings, "template", options.template_id);
      g_settings_set_double (self->settings, "font-size", options.font_size);
    }

  vitae_side_panel_refresh (VITAE_SIDE_PANEL (self));
}

/* Overrides */

static void
vitae_preview_dispose (GObject *object)
{
  VitaePreview *self = (VitaePreview *)object;

  g_clear_object (&self->layout);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vitae_preview_parent_class)->dispose (object);
}

static void
vitae_preview_class_init (VitaePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VitaeSidePanelClass *panel_class = VITAE_SIDE_PANEL_CLASS (klass);

  object_class->dispose = vitae_preview_dispose;
  panel_class->rebuild = vitae_preview_rebuild;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "preview.zoom-in", NULL, zoom_action_cb);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "preview.zoom-out", NULL, zoom_action_cb);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "preview.zoom-fit", NULL, zoom_action_cb);
  /* Ctrl+plus, Ctrl+minus and Ctrl+0, as in every viewer; the keypad's and
   * Ctrl+= (plus without Shift on most layouts) too. */
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_KP_0, GDK_CONTROL_MASK, "preview.zoom-fit", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, template_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, size_spin);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, size_adjustment);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, fit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, cuts_box);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, pages);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, status_label);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, full_button);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, zoom_fit_button);
  gtk_widget_class_bind_template_child (widget_class, VitaePreview, zoom_in_button);
  gtk_widget_class_bind_template_callback (widget_class, pinch_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, pinch_scale_changed_cb);

  /**
   * VitaePreview::layout-changed:
   * @self: the preview
   *
   * Fires after the pages were laid out again.
   */
  signals[LAYOUT_CHANGED] =
    g_signal_new ("layout-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vitae_preview_init (VitaePreview *self)
{
  g_autoptr(GtkStringList) templates = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Laying pages out costs more than the other panels: wait a little longer. */
  vitae_side_panel_set_refresh_delay (VITAE_SIDE_PANEL (self), 300);

  for (guint i = 0; i < vitae_template_get_count (); i++)
    gtk_string_list_append (templates, vitae_template_get_name (vitae_template_get_nth (i)));
  gtk_drop_down_set_model (self->template_dropdown, G_LIST_MODEL (templates));
  gtk_drop_down_set_selected (self->paper_dropdown, vitae_paper_get_default () == VITAE_PAPER_A4 ? 0 : 1);
  gtk_adjustment_set_lower (self->size_adjustment, VITAE_MIN_BODY_SIZE);
  gtk_spin_button_set_value (self->size_spin, 10.5);

  vitae_preview_set_full_window (self, FALSE);
  apply_zoom (self);
}

/* Public API */

/* The preview shows the paper-size key ("auto" is the paper of the user's
 * region) and writes it only when the user picks a paper here; changing
 * the template or the size leaves an "auto" alone. */
static gboolean
paper_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *paper = g_variant_get_string (variant, NULL);

  if (g_str_equal (paper, "a4"))
    g_value_set_uint (value, 0);
  else if (g_str_equal (paper, "letter"))
    g_value_set_uint (value, 1);
  else
    g_value_set_uint (value, vitae_paper_get_default () == VITAE_PAPER_A4 ? 0 : 1);

  return TRUE;
}

static GVariant *
paper_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 0 ? "a4" : "letter");
}

GtkWidget *
vitae_preview_new (GSettings *settings)
{
  VitaePreview *self = g_object_new (VITAE_TYPE_PREVIEW, NULL);

  if (settings != NULL)
    {
      g_autofree char *template_id = g_settings_get_string (settings, "template");

      self->settings = g_object_ref (settings);
      for (guint i = 0; i < vitae_template_get_count (); i++)
        if (g_strcmp0 (vitae_template_get_nth (i)->id, template_id) == 0)
          gtk_drop_down_set_selected (self->template_dropdown, i);
      g_settings_bind_with_mapping (settings, "paper-size", self->paper_dropdown, "selected",
                                    G_SETTINGS_BIND_DEFAULT, paper_from_setting, paper_to_setting,
                                    NULL, NULL);
      gtk_spin_button_set_value (self->size_spin, g_settings_get_double (settings, "font-size"));
    }

  g_signal_connect_object (self->template_dropdown, "notify::selected", G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paper_dropdown, "notify::selected", G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->size_spin, "value-changed", G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fit_dropdown, "notify::selected", G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * vitae_preview_get_options:
 * @self: a #VitaePreview
 * @options: (out caller-allocates): the options the user picked
 *
 * The options the pages are shown with, which are also the ones to export
 * with.
 */
void
vitae_preview_get_options (VitaePreview       *self,
                           VitaeRenderOptions *options)
{
  guint template = gtk_drop_down_get_selected (self->template_dropdown);

  g_return_if_fail (VITAE_IS_PREVIEW (self));
  g_return_if_fail (options != NULL);

  vitae_render_options_init (options);
  if (template < vitae_template_get_count ())
    options->template_id = vitae_template_get_nth (template)->id;
  options->paper = gtk_drop_down_get_selected (self->paper_dropdown) == 0 ? VITAE_PAPER_A4 : VITAE_PAPER_LETTER;
  options->font_size = gtk_spin_button_get_value (self->size_spin);
  options->fit_pages = gtk_drop_down_get_selected (self->fit_dropdown);
}

/**
 * vitae_preview_set_full_window:
 * @self: a #VitaePreview
 * @full: whether the preview fills the window
 *
 * Makes the preview's button offer the way back from the whole window, or
 * the way there.
 */
void
vitae_preview_set_full_window (VitaePreview *self,
                               gboolean      full)
{
  const char *label = full ? _("Back to the Editor") : _("Show the Page in the Whole Window");

  g_return_if_fail (VITAE_IS_PREVIEW (self));

  gtk_button_set_icon_name (self->full_button, full ? "view-restore-symbolic" : "view-fullscreen-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->full_button),
                               full ? _("Back to the Editor (Escape)") : _("Show the Page in the Whole Window (Ctrl+Shift+P)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->full_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->full_button), full ? "win.leave-full-preview" : "win.full-preview");
  /* Over the whole window the focus waits on the way back, in the
   * preview, where the zoom keys work. */
  if (full)
    gtk_widget_grab_focus (GTK_WIDGET (self->full_button));

  /* The window moved the preview: GTK 4.8 leaves buttons moved with their
   * own actions' owner insensitive, until they look their actions up
   * again. */
  {
    GtkWidget *zoom_buttons[] = { self->zoom_out_button, self->zoom_fit_button, self->zoom_in_button };

    for (guint i = 0; i < G_N_ELEMENTS (zoom_buttons); i++)
      {
        g_autofree char *action = g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (zoom_buttons[i])));

        gtk_actionable_set_action_name (GTK_ACTIONABLE (zoom_buttons[i]), NULL);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (zoom_buttons[i]), action);
      }
  }
}

/**
 * vitae_preview_get_layout:
 * @self: a #VitaePreview
 *
 * Returns: (transfer none) (nullable): the pages as shown
 */
VitaeLayout *
vitae_preview_get_layout (VitaePreview *self)
{
  g_return_val_if_fail (VITAE_IS_PREVIEW (self), NULL);

  return self->layout;
}
