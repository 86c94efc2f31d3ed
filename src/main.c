/* main.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vitae-application.h"
#include "vitae-cli.h"
#include "vitae-core.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  vitae_core_init ();

  /* A verb as first argument runs the command line, which needs no display. */
  if (argc > 1 && vitae_cli_handles (argv[1]))
    return vitae_cli_run (argc, argv);

  return vitae_application_run (argc, argv);
}
