/* vitae-cli-import.c
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
#include "vitae-import.h"

/* How many lines `vitae import` lists that it could not place; past them
 * it says how many more there are. */
#define MAX_LISTED 50

/* Lists on stderr the lines of @path's text that are nowhere in @document,
 * as the window's import review marks them (vitae_import_unplaced_lines()),
 * so that the person can see what the written file leaves out: the lines
 * the note "N lines could not be placed" counts. Only a file read as lines
 * of text has them; a JSON file's members are read by name, and its notes
 * say what became of the others. */
static void
print_unplaced (VitaeDocument *document,
                const char    *path,
                const char    *display)
{
  g_autofree char *source = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  guint listed;

  switch (vitae_import_format_from_path (path))
    {
    case VITAE_IMPORT_PDF:
    case VITAE_IMPORT_DOCX:
    case VITAE_IMPORT_ODT:
      break;
    case VITAE_IMPORT_JSON:
    case VITAE_IMPORT_LINKEDIN:
    case VITAE_IMPORT_UNKNOWN:
    default:
      return;
    }

  source = vitae_import_source_text (path);
  unplaced = vitae_import_unplaced_lines (document, source);
  listed = MIN (unplaced->len, MAX_LISTED);

  for (guint i = 0; i < listed; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (g_ptr_array_index (unplaced, i)));

      /* The cells of a line are apart by a tab in the text; a terminal
       * would show it as a gap of any width. */
      g_strdelimit (line, "\t", ' ');

      /* Translators: the first %s is a file name, the second a line of
       * its text that the import put nowhere in the resume */
      vitae_cli_error (_("%s: not placed: “%s”"), display, line);
    }
  if (unplaced->len > listed)
    /* Translators: %s is a file name, %u a number of lines not listed */
    vitae_cli_error (g_dngettext (GETTEXT_PACKAGE, "%s: … and %u more line not placed",
                                  "%s: … and %u more lines not placed", unplaced->len - listed),
                     display, unplaced->len - listed);
}

/* vitae import IN OUT.vitae: reads a resume the person already has and
 * writes it as a .vitae file, saying on stderr what the import did (older
 * field names read, lines it could not place, each of them listed).
 * Nothing is written when the input cannot be used. */
int
vitae_cli_import (int    argc,
                  char **argv)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *in_display = NULL;
  g_autofree char *out_display = NULL;

  if (!vitae_cli_parse_args (&argc, &argv, _("IN OUT.vitae — import a resume you already have"),
                             _("IN may be a PDF (.pdf), a Word (.docx) or OpenDocument (.odt) "
                               "file, a JSON Resume or FRESH file (.json), or LinkedIn's data "
                               "export (.zip). What the import changed or could not place is "
                               "printed on standard error."),
                             NULL))
    return VITAE_EXIT_USAGE;

  if (argc != 3)
    return vitae_cli_usage_error (_("import takes an input file and an output .vitae file"),
                                  _("Usage: vitae import IN OUT.vitae"));

  in_display = vitae_display_name (argv[1]);
  out_display = vitae_display_name (argv[2]);
  if (vitae_format_from_path (argv[2]) != VITAE_FORMAT_VITAE)
    {
      /* Translators: %s is a file name */
      vitae_cli_error (_("cannot write “%s”: the output must end in .vitae"), out_display);
      return VITAE_EXIT_USAGE;
    }
  if (vitae_import_format_from_path (argv[1]) == VITAE_IMPORT_UNKNOWN)
    {
      /* Translators: %s is a file name */
      vitae_cli_error (_("cannot import “%s”: use a .pdf, .docx, .odt, .json or LinkedIn .zip file"),
                       in_display);
      return VITAE_EXIT_USAGE;
    }

  document = vitae_import_file (argv[1], notes, &error);
  if (document == NULL)
    {
      vitae_cli_error ("%s", error->message);
      return VITAE_EXIT_INPUT;
    }

  for (guint i = 0; i < notes->len; i++)
    vitae_cli_error ("%s: %s", in_display, (const char *) g_ptr_array_index (notes, i));
  print_unplaced (document, argv[1], in_display);

  if (!vitae_document_save (document, argv[2], &error))
    {
      vitae_cli_error ("%s", error->message);
      return VITAE_EXIT_INPUT;
    }

  return VITAE_EXIT_OK;
}
