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
#include <string.h>

#include "vitae-cli-private.h"
#include "vitae-core.h"

static VitaeFormat
format_from_id (const char *id)
{
  if (g_str_equal (id, "vitae"))
    return VITAE_FORMAT_VITAE;
  if (g_str_equal (id, "json"))
    return VITAE_FORMAT_JSON_RESUME;
  if (g_str_equal (id, "txt") || g_str_equal (id, "text"))
    return VITAE_FORMAT_TEXT;
  return VITAE_FORMAT_UNKNOWN;
}

/* "-" as OUT writes to standard output, in the format --to names; there is
 * no file name to take it from. The whole output is made first, so that a
 * failure writes nothing. */
static gboolean
write_stdout (VitaeDocument  *document,
              VitaeFormat     format,
              GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize len = 0;

  if (!(data = vitae_document_serialize (document, format, &len, error)))
    return FALSE;

  bytes = g_bytes_new_take (data, len);
  return vitae_cli_write_stdout (bytes, error);
}

int
vitae_cli_convert (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *to = NULL;
  g_autofree char *out_display = NULL;
  VitaeFormat out_format;
  gboolean to_stdout;
  GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("The output format when OUT is - (standard output): vitae, json or txt"), "vitae|json|txt" },
    { NULL }
  };

  context = g_option_context_new (_("IN OUT — convert a resume"));
  g_option_context_set_summary (context,
                                _("Formats follow the extensions: .vitae (Vitae XML), "
                                  ".json (JSON Resume v1.0.0) and, for OUT only, .txt "
                                  "(plain text for web forms). OUT may be - for standard "
                                  "output, with --to naming the format."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!vitae_cli_parse_options (context, &argc, &argv))
    return VITAE_EXIT_USAGE;

  if (argc != 3)
    {
      vitae_cli_error (_("convert takes an input and an output file"));
      fprintf (stderr, "%s\n", _("Usage: vitae convert IN OUT, or vitae convert IN - --to vitae|json|txt"));
      return VITAE_EXIT_USAGE;
    }

  to_stdout = g_str_equal (argv[2], "-");
  out_display = vitae_display_name (argv[2]);
  if (to != NULL && format_from_id (to) == VITAE_FORMAT_UNKNOWN)
    {
      g_autofree char *display = vitae_display_name (to);

      /* Translators: %s is what the user gave after --to */
      vitae_cli_error (_("unknown format “%s”: use vitae, json or txt"), display);
      return VITAE_EXIT_USAGE;
    }

  if (to_stdout)
    {
      if (to == NULL)
        {
          vitae_cli_error (_("writing to standard output (-) needs the format: --to vitae, json or txt"));
          return VITAE_EXIT_USAGE;
        }
      out_format = format_from_id (to);
    }
  else
    {
      out_format = vitae_format_from_path (argv[2]);
      if (out_format != VITAE_FORMAT_VITAE &&
          out_format != VITAE_FORMAT_JSON_RESUME &&
          out_format != VITAE_FORMAT_TEXT)
        {
          /* Translators: %s is a file name */
          vitae_cli_error (_("cannot write “%s”: the output must end in .vitae, .json or .txt"), out_display);
          return VITAE_EXIT_USAGE;
        }
      if (to != NULL && format_from_id (to) != out_format)
        {
          /* Translators: %s is a file name, then a format such as json */
          vitae_cli_error (_("“%s” does not end in the extension of --to %s"), out_display, to);
          return VITAE_EXIT_USAGE;
        }
    }

  if (!(document = vitae_cli_load (argv[1], &error)) ||
      !(to_stdout ? write_stdout (document, out_format, &error)
                  : vitae_document_save (document, argv[2], &error)))
    {
      vitae_cli_error ("%s", error->message);
      return VITAE_EXIT_INPUT;
    }

  return VITAE_EXIT_OK;
}
