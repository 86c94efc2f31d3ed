/* vitae-application.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-application"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-application.h"
#include "vitae-window-private.h"

struct _VitaeApplication
{
  AdwApplication parent_instance;

  /* Snapshots are offered once per process, in its first window. */
  guint          recovery_checked : 1;
};

G_DEFINE_FINAL_TYPE (VitaeApplication, vitae_application, ADW_TYPE_APPLICATION)

/* Helpers */

static void
offer_recovery (VitaeApplication *self,
                VitaeWindow      *window)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) orphans = NULL;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;

  dir = vitae_autosave_get_default_dir ();
  orphans = vitae_autosave_find_orphans (dir);
  vitae_window_offer_recovery (window, orphans);
}

static GFile *
get_last_file (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, "io.github.vitae.Vitae", TRUE)))
    return NULL;

  settings = g_settings_new ("io.github.vitae.Vitae");
  path = g_settings_get_string (settings, "last-file");
  if (path[0] == '\0' || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_file_new_for_path (path);
}

/* Actions */

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  const char *developers[] = { _("The Vitae authors"), NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (parent,
                         "application-name", _("Vitae"),
                         "application-icon", "io.github.vitae.Vitae",
                         "developer-name", _("The Vitae authors"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/vitae/vitae",
                         "issue-url", "https://github.com/vitae/vitae/issues",
                         "comments", _("Write a resume that gets through applicant tracking systems and impresses the person who reads it. Vitae works offline and sends nothing anywhere."),
                         "developers", developers,
                         /* Translators: your names, one a line, shown in the About window */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Vitae authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its own unsaved changes. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

/* Overrides */

static void
vitae_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (vitae_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", (const char *[]) { "<Control>q", NULL });
  /* GtkApplication sets this one itself only for a gtk/help-overlay.ui in
   * the resources; the window builds its shortcuts window when asked. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_window_set_default_icon_name (APP_ID);
}

static void
vitae_application_activate (GApplication *app)
{
  VitaeApplication *self = VITAE_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_autoptr(GFile) last = get_last_file ();

      window = GTK_WINDOW (vitae_window_new (self));
      _vitae_window_defer_first_analysis (VITAE_WINDOW (window));
      /* Not if another Vitae shows it already: two windows saving over each
       * other is how work gets lost. */
      if (last != NULL && !_vitae_window_open_elsewhere (last))
        vitae_window_open_file (VITAE_WINDOW (window), last);
    }

  gtk_window_present (window);
  offer_recovery (self, VITAE_WINDOW (window));
}

static void
vitae_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  VitaeApplication *self = VITAE_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      /* A file shown already comes to the front, as in GNOME Text Editor. */
      VitaeWindow *window = _vitae_window_find_showing (files[i]);

      if (window == NULL)
        {
          window = vitae_window_new (self);
          _vitae_window_defer_first_analysis (window);
          gtk_window_present (GTK_WINDOW (window));
          /* Last, so that what it shows (an import's review) is on top. */
          _vitae_window_open_checked (window, files[i]);
        }
      else
        gtk_window_present (GTK_WINDOW (window));
      offer_recovery (self, window);
    }
}

static void
vitae_application_class_init (VitaeApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = vitae_application_startup;
  app_class->activate = vitae_application_activate;
  app_class->open = vitae_application_open;
}

static void
vitae_application_init (VitaeApplication *self)
{
}

/* Public API */

VitaeApplication *
vitae_application_new (void)
{
  return g_object_new (VITAE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/vitae/Vitae",
                       NULL);
}

int
vitae_application_run (int    argc,
                       char **argv)
{
  g_autoptr(VitaeApplication) app = vitae_application_new ();

  g_set_application_name (_("Vitae"));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
