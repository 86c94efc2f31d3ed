/* main.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <locale.h>
#include <stdio.h>

#include "vitae-cli.h"
#include "vitae-core.h"
#include "vitae-fonts.h"

typedef int (*ApplicationRun) (int    argc,
                               char **argv);

/* The window's module: beside the executable in the build tree, else where
 * it is installed. */
static const char *
app_module_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (g_strcmp0 (self, VITAE_EXE_BUILD_PATH) == 0)
    return VITAE_APP_MODULE_BUILD_PATH;

  return VITAE_APP_MODULE_PATH;
}

/* Loads GTK, libadwaita and the window, and runs the application. The
 * module stays loaded for the life of the process. */
static int
run_application (int    argc,
                 char **argv)
{
  const char *path = app_module_path ();
  ApplicationRun run = NULL;
  GModule *module;

  if ((module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL)) == NULL ||
      !g_module_symbol (module, "vitae_application_run", (gpointer *) &run) || run == NULL)
    {
      /* Translators: %s is the path of a library file, then the reason */
      g_printerr (_("vitae: cannot load the window (%s): %s\n"), path, g_module_error ());
      return 1;
    }
  g_module_make_resident (module);

  return run (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  vitae_core_init ();

  /* A verb as first argument runs the command line, which needs no display
   * and never loads GTK. */
  if (argc > 1 && vitae_cli_handles (argv[1]))
    {
      vitae_fonts_own_process ();
      return vitae_cli_run (argc, argv);
    }

  return run_application (argc, argv);
}
