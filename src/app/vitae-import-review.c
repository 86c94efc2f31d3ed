/* vitae-import-review.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import review: the resume an import recovered (vitae-import.c),
 * piece by piece, beside the text of the file it came from. What the
 * import is unsure of is marked on both sides: a line of the source that
 * is nowhere in the resume (it could not be placed), a date it could not
 * read (kept as typed), and each note of the import. "Import" emits
 * ::import with the document; the window then makes it the document, and
 * the person fixes the rest in the editor. */

#define G_LOG_DOMAIN "vitae-import-review"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-side-by-side.h"

#include "vitae-import-review.h"
#include "vitae-import.h"

struct _VitaeImportReview
{
  AdwWindow      parent_instance;

  /* owned */
  VitaeDocument *document;
  guint          n_unsure;
  guint          n_pieces;

  /* children */
  GtkLabel      *summary_label;
  GtkListBox    *pieces;
  GtkTextView   *text_view;
};

G_DEFINE_FINAL_TYPE (VitaeImportReview, vitae_import_review, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_row (VitaeImportReview *self,
         const char        *title,
         const char        *subtitle,
         const char        *problem)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *detail = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (problem != NULL)
    {
      detail = g_markup_printf_escaped ("%s — %s", subtitle, problem);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      /* Translators: read by a screen reader for a piece the import is unsure of */
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Check this"), -1);
      self->n_unsure++;
    }
  else
    {
      detail = g_markup_escape_text (subtitle, -1);
      icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (icon, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Recovered"), -1);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_append (self->pieces, row);
  self->n_pieces++;
}

/* A date the import kept as typed, not as a date. */
static const char *
date_problem (VitaeNode *entry)
{
  static const char * const keys[] = { "start", "end", "date" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *text = vitae_node_get_text (entry, keys[i]);
      int year, month;

      if (text[0] != '\0' && !vitae_date_parse (text, &year, &month))
        return _("a date it could not read, kept as written");
    }
  return NULL;
}

/* "Experience · Acme · 2019 – 2021", without the parts that are empty. */
static char *
join_parts (const char *section,
            const char *place,
            const char *dates)
{
  const char *parts[] = { section, place, dates };
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, " · ");
      g_string_append (joined, parts[i]);
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
fill_pieces (VitaeImportReview *self,
             GPtrArray         *notes)
{
  VitaeNode *basics = VITAE_NODE (self->document);
  static const struct { const char *key; const char *label; } fields[] = {
    { "name", N_("Name") }, { "label", N_("Headline") }, { "email", N_("Email") },
    { "phone", N_("Phone") }, { "url", N_("Website") },
  };

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    add_row (self, g_ptr_array_index (notes, i), _("Import"), _("said while importing"));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *text = vitae_node_get_text (basics, fields[i].key);

      if (text[0] != '\0')
        add_row (self, text, _(fields[i].label), NULL);
      else if (g_str_equal (fields[i].key, "name"))
        add_row (self, _("No name"), _(fields[i].label), _("no line read as the name"));
    }

  for (guint s = 0; s < vitae_document_get_n_sections (self->document); s++)
    {
      VitaeSection *section = vitae_document_get_section (self->document, s);
      VitaeSectionKind kind = vitae_section_get_kind (section);

      /* The export leaves out a section with nothing in it: a heading the
       * import read but found nothing under is for the person to check. */
      add_row (self, vitae_section_get_title (section), _("Section"),
               vitae_section_get_n_entries (section) == 0
               ? _("nothing under it was read; an empty section is left out of the export")
               : NULL);
      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);
          const char * const *keywords = vitae_node_get_list (VITAE_NODE (entry), "keywords");
          g_autofree char *subtitle = NULL;
          VitaeEntryHeading heading;

          vitae_entry_heading_init (&heading, kind, VITAE_NODE (entry));
          subtitle = join_parts (vitae_section_get_title (section),
                                 heading.subtitle[0] ? heading.subtitle : heading.place, heading.dates);
          if (!vitae_entry_heading_is_empty (&heading))
            add_row (self, heading.title[0] ? heading.title : heading.subtitle, subtitle,
                     date_problem (VITAE_NODE (entry)));
          vitae_entry_heading_clear (&heading);
          if (keywords != NULL && keywords[0] != NULL)
            {
              g_autofree char *joined = g_strjoinv (", ", (char **) keywords);

              add_row (self, joined, _("Keywords"), NULL);
            }

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            add_row (self, vitae_bullet_get_text (vitae_entry_get_bullet (entry, b)), _("Bullet"), NULL);
        }
    }
}

/* Marks the lines of the source that are nowhere in the resume, as the
 * core finds them (vitae_import_unplaced_lines()): they come in the
 * source's order, so each is the next source line that reads as it. */
static void
fill_source (VitaeImportReview *self,
             const char        *source_text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GPtrArray) unplaced = vitae_import_unplaced_lines (self->document, source_text);
  g_auto(GStrv) lines = g_strsplit (source_text ? source_text : "", "\n", -1);
  GtkTextTag *unsure;
  guint next = 0;

  gtk_text_buffer_set_text (buffer, source_text ? source_text : "", -1);
  unsure = gtk_text_buffer_create_tag (buffer, "unsure", "background", "rgba(229,165,10,0.3)", NULL);

  for (guint i = 0; lines[i] != NULL && next < unplaced->len; i++)
    {
      const char *line = g_ptr_array_index (unplaced, next);
      GtkTextIter start, end;

      if (!g_str_equal (lines[i], line))
        continue;
      gtk_text_buffer_get_iter_at_line (buffer, &start, (int) i);
      end = start;
      gtk_text_iter_forward_to_line_end (&end);
      gtk_text_buffer_apply_tag (buffer, unsure, &start, &end);
      add_row (self, line, _("Source"), _("a line it could not place"));
      next++;
    }
}

static void
import_clicked_cb (VitaeImportReview *self)
{
  g_signal_emit (self, signals[SIGNAL_IMPORT], 0, self->document);
  gtk_window_close (GTK_WINDOW (self));
}

static void
vitae_import_review_dispose (GObject *object)
{
  VitaeImportReview *self = (VitaeImportReview *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (vitae_import_review_parent_class)->dispose (object);
}

static void
vitae_import_review_class_init (VitaeImportReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vitae_import_review_dispose;

  /**
   * VitaeImportReview::import:
   * @self: the review
   * @document: the recovered resume
   *
   * The person accepted the import.
   */
  signals[SIGNAL_IMPORT] = g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, VITAE_TYPE_DOCUMENT);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vitae_import_review_init (VitaeImportReview *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *panes;
  GtkWidget *import_button = gtk_button_new_with_mnemonic (_("_Import"));
  GtkWidget *cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));

  gtk_window_set_title (GTK_WINDOW (self), _("Review the Import"));
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (import_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), import_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel_button);
  gtk_box_append (GTK_BOX (content), header);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "title-4");
  gtk_widget_set_margin_start (GTK_WIDGET (self->summary_label), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->summary_label), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->summary_label), 12);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->summary_label));

  panes = vitae_side_by_side_new (_("What Vitae recovered"), _("The file's text"));
  self->pieces = vitae_side_by_side_get_pieces (VITAE_SIDE_BY_SIDE (panes));
  gtk_list_box_set_selection_mode (self->pieces, GTK_SELECTION_NONE);
  self->text_view = vitae_side_by_side_get_text_view (VITAE_SIDE_BY_SIDE (panes));
  gtk_box_append (GTK_BOX (content), panes);

  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_object (import_button, "clicked", G_CALLBACK (import_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cancel_button, "clicked", G_CALLBACK (gtk_window_close), self, G_CONNECT_SWAPPED);
}

/**
 * vitae_import_review_new:
 * @parent: (nullable): the window to review for
 * @document: the resume an import recovered
 * @source_text: (nullable): the text of the file it came from, a line each
 * @notes: (nullable) (element-type utf8): the import's notes
 *
 * Returns: (transfer full): a new review; present it
 */
VitaeImportReview *
vitae_import_review_new (GtkWindow     *parent,
                         VitaeDocument *document,
                         const char    *source_text,
                         GPtrArray     *notes)
{
  VitaeImportReview *self;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  self = g_object_new (VITAE_TYPE_IMPORT_REVIEW, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  fill_pieces (self, notes);
  fill_source (self, source_text);

  if (self->n_unsure == 0)
    summary = g_strdup (_("Every line of the file has a place in the resume."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u thing to check: it is marked on both sides.",
                                            "%u things to check: they are marked on both sides.",
                                            self->n_unsure), self->n_unsure);
  gtk_label_set_text (self->summary_label, summary);

  return self;
}

VitaeDocument *
vitae_import_review_get_document (VitaeImportReview *self)
{
  g_return_val_if_fail (VITAE_IS_IMPORT_REVIEW (self), NULL);

  return self->document;
}

guint
vitae_import_review_get_n_unsure (VitaeImportReview *self)
{
  g_return_val_if_fail (VITAE_IS_IMPORT_REVIEW (self), 0);

  return self->n_unsure;
}

guint
vitae_import_review_get_n_pieces (VitaeImportReview *self)
{
  g_return_val_if_fail (VITAE_IS_IMPORT_REVIEW (self), 0);

  return self->n_pieces;
}
