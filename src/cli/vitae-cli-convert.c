/* vitae-cli-convert.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vitae-cli-private.h"
#include "vitae-core.h"

int
vitae_cli_convert (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  VitaeFormat out_format;

  context = g_option_context_new (_("IN OUT — convert a resume"));
  g_option_context_set_summary (context,
                                _("Formats follow the extensions: .vitae (Vitae XML), "
                                  ".json (JSON Resume v1.0.0) and, for OUT only, .txt "
                                  "(plain text for web forms)."));
  if (!vitae_cli_parse_options (context, &argc, &argv))
    return VITAE_EXIT_USAGE;

  if (argc != 3)
    {
      vitae_cli_error (_("convert takes an input and an output file"));
      fprintf (stderr, "%s\n", _("Usage: vitae convert IN OUT"));
      return VITAE_EXIT_USAGE;
    }

  out_format = vitae_format_from_path (argv[2]);
  if (out_format != VITAE_FORMAT_VITAE &&
      out_format != VITAE_FORMAT_JSON_RESUME &&
      out_format != VITAE_FORMAT_TEXT)
    {
      /* Translators: %s is a file name */
      vitae_cli_error (_("cannot write “%s”: the output must end in .vitae, .json or .txt"), argv[2]);
      return VITAE_EXIT_USAGE;
    }

  if (!(document = vitae_cli_load (argv[1], &error)) ||
      !vitae_document_save (document, argv[2], &error))
    {
      vitae_cli_error ("%s", error->message);
      return VITAE_EXIT_INPUT;
    }

  return VITAE_EXIT_OK;
}
