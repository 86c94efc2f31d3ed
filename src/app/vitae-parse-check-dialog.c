/* vitae-parse-check-dialog.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "What an ATS reads": every piece of the resume beside the text a parser
 * got out of its export, each piece marked as read or not, and why. The
 * core does the work (vitae-parse-check.c); this shows it. */

#define G_LOG_DOMAIN "vitae-parse-check-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-side-by-side.h"

#include "vitae-flow.h"
#include "vitae-parse-check-dialog.h"
#include "vitae-parse-check.h"

struct _VitaeParseCheckDialog
{
  AdwWindow           parent_instance;

  /* owned */
  VitaeDocument      *document;
  VitaeRenderOptions  options;
  char               *template_id;
  char               *text;
  guint               n_problems;
  guint               n_pieces;

  /* children */
  AdwWindowTitle     *title;
  GtkDropDown        *format_dropdown;
  GtkImage           *summary_icon;
  GtkLabel           *summary_label;
  GtkListBox         *pieces;
  GtkTextView        *text_view;
};

G_DEFINE_FINAL_TYPE (VitaeParseCheckDialog, vitae_parse_check_dialog, ADW_TYPE_WINDOW)

static const VitaeExportFormat formats[] = {
  VITAE_EXPORT_PDF, VITAE_EXPORT_DOCX, VITAE_EXPORT_ODT,
};

static const VitaeParseDifference *
find_difference (GPtrArray          *differences,
                 VitaeFlowParagraph *paragraph,
                 VitaeFlowRun       *run)
{
  for (guint i = 0; i < differences->len; i++)
    {
      const VitaeParseDifference *d = g_ptr_array_index (differences, i);

      if (g_strcmp0 (d->where, paragraph->where) == 0 && g_str_equal (d->expected, run->text))
        return d;
    }

  return NULL;
}

static GtkWidget *
create_row (VitaeFlowParagraph         *paragraph,
            VitaeFlowRun               *run,
            const VitaeParseDifference *difference)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *title = g_markup_escape_text (run->text, -1);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (difference != NULL)
    {
      subtitle = g_markup_printf_escaped ("%s — %s", paragraph->where, difference->message);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      /* Translators: read by a screen reader for a piece a parser misses */
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Not read as written"), -1);
    }
  else
    {
      subtitle = g_markup_escape_text (paragraph->where ? paragraph->where : "", -1);
      icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (icon, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Read as written"), -1);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
run_check (VitaeParseCheckDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(VitaeFlow) flow = NULL;
  g_autofree char *subtitle = NULL;
  VitaeExportFormat format = formats[gtk_drop_down_get_selected (self->format_dropdown)];
  GtkWidget *problems_first[2] = { NULL, NULL };

  g_clear_pointer (&self->text, g_free);
  self->n_problems = 0;
  self->n_pieces = 0;
  clear_list (self->pieces);

  differences = vitae_parse_check (self->document, &self->options, format, &self->text, &error);
  if (differences == NULL)
    {
      gtk_image_set_from_icon_name (self->summary_icon, "dialog-error-symbolic");
      gtk_label_set_text (self->summary_label, error->message);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", -1);
      return;
    }

  /* Every piece in the resume's order; the ones a parser misses are
   * marked where they stand. */
  flow = vitae_flow_new (self->document);
  for (guint i = 0; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

      for (guint j = 0; j < paragraph->runs->len; j++)
        {
          VitaeFlowRun *run = g_ptr_array_index (paragraph->runs, j);
          const VitaeParseDifference *difference;
          GtkWidget *row;

          if (!vitae_parse_is_piece (run->text))
            continue;
          difference = find_difference (differences, paragraph, run);
          row = create_row (paragraph, run, difference);
          gtk_list_box_append (self->pieces, row);
          self->n_pieces++;
          if (difference != NULL && problems_first[0] == NULL)
            problems_first[0] = row;
        }
    }
  self->n_problems = differences->len;

  if (self->n_problems == 0)
    {
      gtk_image_set_from_icon_name (self->summary_icon, "emblem-ok-symbolic");
      gtk_label_set_text (self->summary_label,
                          _("A parser reads every piece of the resume as it is written."));
    }
  else
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u piece does not come back as written.",
                                                               "%u pieces do not come back as written.",
                                                               self->n_problems),
                                                  self->n_problems);

      gtk_image_set_from_icon_name (self->summary_icon, "dialog-warning-symbolic");
      gtk_label_set_text (self->summary_label, summary);
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), self->text, -1);

  /* Translators: the dialog's subtitle: a format, a template and a count of pieces */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s · %s · %u piece",
                                           "%s · %s · %u pieces",
                                           self->n_pieces),
                              gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->format_dropdown)),
                              self->template_id ? self->template_id : _("default template"),
                              self->n_pieces);
  adw_window_title_set_subtitle (self->title, subtitle);

  if (problems_first[0] != NULL)
    gtk_list_box_select_row (self->pieces, GTK_LIST_BOX_ROW (problems_first[0]));
}

static void
format_changed_cb (VitaeParseCheckDialog *self)
{
  run_check (self);
}

static void
vitae_parse_check_dialog_dispose (GObject *object)
{
  VitaeParseCheckDialog *self = (VitaeParseCheckDialog *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (vitae_parse_check_dialog_parent_class)->dispose (object);
}

static void
vitae_parse_check_dialog_finalize (GObject *object)
{
  VitaeParseCheckDialog *self = (VitaeParseCheckDialog *)object;

  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (vitae_parse_check_dialog_parent_class)->finalize (object);
}

static void
vitae_parse_check_dialog_class_init (VitaeParseCheckDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vitae_parse_check_dialog_dispose;
  object_class->finalize = vitae_parse_check_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vitae_parse_check_dialog_init (VitaeParseCheckDialog *self)
{
  static const char * const format_names[] = {
    N_("PDF"), N_("Word (DOCX)"), N_("OpenDocument (ODT)"), NULL,
  };
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *summary = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *panes;

  for (guint i = 0; format_names[i] != NULL; i++)
    gtk_string_list_append (names, _(format_names[i]));

  gtk_window_set_title (GTK_WINDOW (self), _("What an ATS Reads"));
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("What an ATS Reads"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->format_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->format_dropdown), _("The export a parser reads"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->format_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Format"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->format_dropdown));
  gtk_box_append (GTK_BOX (content), header);

  self->summary_icon = GTK_IMAGE (gtk_image_new ());
  gtk_image_set_icon_size (self->summary_icon, GTK_ICON_SIZE_LARGE);
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "title-4");
  gtk_box_append (GTK_BOX (summary), GTK_WIDGET (self->summary_icon));
  gtk_box_append (GTK_BOX (summary), GTK_WIDGET (self->summary_label));
  gtk_widget_set_margin_start (summary, 18);
  gtk_widget_set_margin_end (summary, 18);
  gtk_widget_set_margin_top (summary, 12);
  gtk_widget_set_margin_bottom (summary, 6);
  gtk_box_append (GTK_BOX (content), summary);

  panes = vitae_side_by_side_new (_("What the resume holds"), _("The text a parser reads"));
  self->pieces = vitae_side_by_side_get_pieces (VITAE_SIDE_BY_SIDE (panes));
  gtk_list_box_set_selection_mode (self->pieces, GTK_SELECTION_SINGLE);
  self->text_view = vitae_side_by_side_get_text_view (VITAE_SIDE_BY_SIDE (panes));
  gtk_box_append (GTK_BOX (content), panes);

  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_object (self->format_dropdown, "notify::selected",
                           G_CALLBACK (format_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * vitae_parse_check_dialog_new:
 * @parent: the window it belongs to
 * @document: the resume
 * @options: the export's template and paper
 *
 * Returns: (transfer full): a dialog that has run the check on a PDF
 */
VitaeParseCheckDialog *
vitae_parse_check_dialog_new (GtkWindow                *parent,
                              VitaeDocument            *document,
                              const VitaeRenderOptions *options)
{
  VitaeParseCheckDialog *self;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (VITAE_TYPE_PARSE_CHECK_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->options = *options;
  self->template_id = g_strdup (options->template_id);
  self->options.template_id = self->template_id;
  /* The date and language pointers are the caller's: not needed here. */
  self->options.date = NULL;
  self->options.language = NULL;
  run_check (self);

  return self;
}

/**
 * vitae_parse_check_dialog_set_format:
 * @self: the dialog
 * @format: PDF, DOCX or ODT
 *
 * Runs the check again on @format's export.
 */
void
vitae_parse_check_dialog_set_format (VitaeParseCheckDialog *self,
                                     VitaeExportFormat      format)
{
  g_return_if_fail (VITAE_IS_PARSE_CHECK_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i] == format)
      gtk_drop_down_set_selected (self->format_dropdown, i);
}

guint
vitae_parse_check_dialog_get_n_problems (VitaeParseCheckDialog *self)
{
  g_return_val_if_fail (VITAE_IS_PARSE_CHECK_DIALOG (self), 0);

  return self->n_problems;
}

guint
vitae_parse_check_dialog_get_n_pieces (VitaeParseCheckDialog *self)
{
  g_return_val_if_fail (VITAE_IS_PARSE_CHECK_DIALOG (self), 0);

  return self->n_pieces;
}

const char *
vitae_parse_check_dialog_get_text (VitaeParseCheckDialog *self)
{
  g_return_val_if_fail (VITAE_IS_PARSE_CHECK_DIALOG (self), NULL);

  return self->text;
}
