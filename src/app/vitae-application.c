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
#include "vitae-window.h"

struct _VitaeApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (VitaeApplication, vitae_application, ADW_TYPE_APPLICATION)

static void
vitae_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (vitae_window_new (VITAE_APPLICATION (app)));

  gtk_window_present (window);
}

static void
vitae_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      VitaeWindow *window = vitae_window_new (VITAE_APPLICATION (app));

      vitae_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
vitae_application_class_init (VitaeApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = vitae_application_activate;
  app_class->open = vitae_application_open;
}

static void
vitae_application_init (VitaeApplication *self)
{
}

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

  return g_application_run (G_APPLICATION (app), argc, argv);
}
