/* vitae-file-dialog.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-file-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-window-private.h"

/* A chooser open for @window: what to call when it closes. */
typedef struct
{
  VitaeWindow       *window;
  VitaeFileChosen    file_chosen;
  VitaeExportChosen  export_chosen;
  /* For an export: the format it opened with, and the filters' formats
   * in their order. */
  VitaeExportFormat  format;
  VitaeExportFormat  filter_formats[8];
} Request;

static Request *
request_new (VitaeWindow *window)
{
  Request *request = g_new0 (Request, 1);

  request->window = g_object_ref (window);

  return request;
}

/* Calls back with @file (NULL when cancelled; an export then says
 * nothing) and frees @request. */
static void
request_finish (Request           *request,
                GFile             *file,
                VitaeExportFormat  format)
{
  if (request->file_chosen != NULL)
    request->file_chosen (request->window, file);
  else if (file != NULL)
    request->export_chosen (request->window, file, format);

  g_object_unref (request->window);
  g_free (request);
}

static GtkFileFilter *
create_filter (VitaeFileFilter filter)
{
  GtkFileFilter *file_filter = gtk_file_filter_new ();

  switch (filter)
    {
    case VITAE_FILE_FILTER_RESUMES:
      gtk_file_filter_set_name (file_filter, _("Resumes"));
      gtk_file_filter_add_pattern (file_filter, "*.vitae");
      gtk_file_filter_add_pattern (file_filter, "*.json");
      break;

    case VITAE_FILE_FILTER_VITAE:
      gtk_file_filter_set_name (file_filter, _("Vitae Resumes"));
      gtk_file_filter_add_pattern (file_filter, "*.vitae");
      break;

    case VITAE_FILE_FILTER_JSON:
      gtk_file_filter_set_name (file_filter, _("JSON Resume"));
      gtk_file_filter_add_pattern (file_filter, "*.json");
      break;

    case VITAE_FILE_FILTER_TEXT:
      gtk_file_filter_set_name (file_filter, _("Plain Text"));
      gtk_file_filter_add_pattern (file_filter, "*.txt");
      break;

    case VITAE_FILE_FILTER_IMPORT:
      gtk_file_filter_set_name (file_filter, _("Resumes to Import (PDF, Word, OpenDocument, JSON Resume, LinkedIn)"));
      gtk_file_filter_add_pattern (file_filter, "*.pdf");
      gtk_file_filter_add_pattern (file_filter, "*.docx");
      gtk_file_filter_add_pattern (file_filter, "*.odt");
      gtk_file_filter_add_pattern (file_filter, "*.json");
      gtk_file_filter_add_pattern (file_filter, "*.zip");
      break;

    case VITAE_FILE_FILTER_PDF:
    default:
      gtk_file_filter_set_name (file_filter, _("PDF Documents"));
      gtk_file_filter_add_pattern (file_filter, "*.pdf");
      break;
    }

  return file_filter;
}

/* Export */

static const struct
{
  VitaeExportFormat  format;
  const char        *name;       /* translated when shown */
  const char        *pattern;
  const char        *mime_type;
} export_formats[] = {
  { VITAE_EXPORT_PDF,         N_("PDF Document"),               "*.pdf",  "application/pdf" },
  { VITAE_EXPORT_DOCX,        N_("Word Document"),              "*.docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  { VITAE_EXPORT_ODT,         N_("OpenDocument Text"),          "*.odt",  "application/vnd.oasis.opendocument.text" },
  { VITAE_EXPORT_TEXT,        N_("Plain Text (for Web Forms)"), "*.txt",  "text/plain" },
  { VITAE_EXPORT_JSON_RESUME, N_("JSON Resume"),                "*.json", "application/json" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (export_formats) <= G_N_ELEMENTS (((Request *) NULL)->filter_formats));

/* The filters, @request's format first so that it is the one shown. */
static GListStore *
create_export_filters (Request        *request,
                       GtkFileFilter **first)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  VitaeExportFormat format = request->format;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
      {
        g_autoptr(GtkFileFilter) filter = NULL;

        if ((pass == 0) != (export_formats[i].format == format))
          continue;

        filter = gtk_file_filter_new ();
        gtk_file_filter_set_name (filter, _(export_formats[i].name));
        gtk_file_filter_add_pattern (filter, export_formats[i].pattern);
        gtk_file_filter_add_mime_type (filter, export_formats[i].mime_type);
        request->filter_formats[g_list_model_get_n_items (G_LIST_MODEL (filters))] = export_formats[i].format;
        if (pass == 0 && first != NULL)
          *first = filter;
        g_list_store_append (filters, filter);
      }

  return filters;
}

/* The name's extension says the format; without one, the filter does. */
static VitaeExportFormat
export_format_for (GFile             *file,
                   VitaeExportFormat  fallback)
{
  g_autofree char *basename = g_file_get_basename (file);
  VitaeExportFormat format = basename ? vitae_export_format_from_path (basename) : VITAE_EXPORT_UNKNOWN;

  return format != VITAE_EXPORT_UNKNOWN ? format : fallback;
}

#if GTK_CHECK_VERSION (4, 10, 0)
/* Newer than GDK_VERSION_MAX_ALLOWED, which keeps the rest of the code at 4.8. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  /* GtkFileDialog does not say which filter was chosen: the extension, or
   * the format the chooser opened with. */
  request_finish (request, file, file != NULL ? export_format_for (file, request->format) : request->format);
}

void
_vitae_window_choose_export (VitaeWindow       *self,
                             const char        *suggested_name,
                             VitaeExportFormat  format,
                             VitaeExportChosen  callback)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GtkFileFilter *first = NULL;
  Request *request = request_new (self);
  g_autoptr(GListStore) filters = NULL;

  request->export_chosen = callback;
  request->format = format;
  filters = create_export_filters (request, &first);

  gtk_file_dialog_set_title (dialog, _("Export"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, first);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  gtk_file_dialog_set_initial_name (dialog, suggested_name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, export_done_cb, request);
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else

static void
export_response_cb (GtkNativeDialog *native,
                    int              response,
                    Request         *request)
{
  g_autoptr(GFile) file = NULL;
  VitaeExportFormat chosen = request->format;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (native));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      guint n = g_list_model_get_n_items (filters);

      /* The filter chosen says the format, if the name has no extension. */
      for (guint i = 0; filter != NULL && i < n && i < G_N_ELEMENTS (request->filter_formats); i++)
        {
          g_autoptr(GtkFileFilter) item = g_list_model_get_item (filters, i);

          if (item == filter)
            chosen = request->filter_formats[i];
        }
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
    }
  request_finish (request, file, file != NULL ? export_format_for (file, chosen) : chosen);

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
_vitae_window_choose_export (VitaeWindow       *self,
                             const char        *suggested_name,
                             VitaeExportFormat  format,
                             VitaeExportChosen  callback)
{
  Request *request = request_new (self);
  g_autoptr(GListStore) filters = NULL;
  GtkFileChooserNative *native;

  request->export_chosen = callback;
  request->format = format;
  filters = create_export_filters (request, NULL);

  native = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  g_signal_connect (native, "response", G_CALLBACK (export_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

#if GTK_CHECK_VERSION (4, 10, 0)
/* Newer than GDK_VERSION_MAX_ALLOWED, which keeps the rest of the code at 4.8. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
dialog_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GFile) file = NULL;

  if (gtk_file_dialog_get_accept_label (GTK_FILE_DIALOG (object)) != NULL)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  request_finish (request, file, VITAE_EXPORT_UNKNOWN);
}

void
_vitae_window_choose_file_in (VitaeWindow     *self,
                              gboolean         save,
                              const char      *title,
                              const char      *suggested_name,
                              GFile           *folder,
                              VitaeFileFilter  filter,
                              VitaeFileChosen  callback)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) file_filter = create_filter (filter);
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  Request *request = request_new (self);

  request->file_chosen = callback;

  g_list_store_append (filters, file_filter);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, file_filter);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);

  if (save)
    {
      /* The accept label tells the callback which finish function to use. */
      gtk_file_dialog_set_accept_label (dialog, _("_Save"));
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, request);
    }
  else
    gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, dialog_done_cb, request);
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else

static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    Request         *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  request_finish (request, file, VITAE_EXPORT_UNKNOWN);

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
_vitae_window_choose_file_in (VitaeWindow     *self,
                              gboolean         save,
                              const char      *title,
                              const char      *suggested_name,
                              GFile           *folder,
                              VitaeFileFilter  filter,
                              VitaeFileChosen  callback)
{
  g_autoptr(GtkFileFilter) file_filter = create_filter (filter);
  GtkFileChooserNative *native;
  Request *request = request_new (self);

  request->file_chosen = callback;

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        save ? _("_Save") : _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), file_filter);
  if (save && suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  /* A folder that is gone leaves the chooser where it would open. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  g_signal_connect (native, "response", G_CALLBACK (native_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

void
_vitae_window_choose_file (VitaeWindow     *self,
                           gboolean         save,
                           const char      *title,
                           const char      *suggested_name,
                           VitaeFileFilter  filter,
                           VitaeFileChosen  callback)
{
  _vitae_window_choose_file_in (self, save, title, suggested_name, NULL, filter, callback);
}
