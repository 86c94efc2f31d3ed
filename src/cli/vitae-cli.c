/* vitae-cli.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "vitae-catalog.h"
#include "vitae-cli-private.h"

static const struct {
  const char   *name;
  VitaeCliVerb  run;
  const char   *summary;
} verbs[] = {
  { "check",   vitae_cli_check,   N_("Coach every bullet and check ATS keywords, per section and role") },
  { "convert", vitae_cli_convert, N_("Convert between .vitae, JSON Resume (.json) and plain text (.txt)") },
  { "suggest", vitae_cli_suggest, N_("Score resume bullets and suggest stronger rewrites") },
  { "export",  vitae_cli_export,  N_("Export a resume as a text-true PDF") },
  { "import",  vitae_cli_import,  N_("Import a PDF, Word, OpenDocument, JSON Resume or LinkedIn resume") },
};

static void
print_help (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage:"));
  fprintf (stream, "  vitae [FILE]                                 %s\n", _("Open the editor (FILE: .vitae or .json)"));
  fprintf (stream, "  vitae check FILE [--role ID] [--job TEXTFILE] [--format text|json]\n");
  fprintf (stream, "  vitae suggest [--format text|json] [TEXT…]\n");
  fprintf (stream, "  vitae export FILE -o OUT.pdf|- [--template ID] [--paper a4|letter]\n");
  fprintf (stream, "  vitae convert IN OUT|- [--to vitae|json|txt]\n");
  fprintf (stream, "  vitae import IN OUT.vitae                    %s\n", _("(IN: .pdf .docx .odt .json or a LinkedIn .zip)"));
  fprintf (stream, "  vitae --help | --version\n\n");
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    fprintf (stream, "  %-10s %s\n", verbs[i].name, _(verbs[i].summary));
  fprintf (stream, "\n%s\n", _("Run “vitae COMMAND --help” for the options of a command."));
  fprintf (stream, "%s\n", _("An output of - is standard output."));
  fprintf (stream, "%s\n", _("Exit status: 0 done, 1 the input could not be used, 2 wrong usage."));
}

void
vitae_cli_error (const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "vitae: %s\n", message);
}

/* Loads a resume as every verb does, telling the user on stderr what was
 * changed in it, such as invisible characters removed from a name. */
VitaeDocument *
vitae_cli_load (const char  *path,
                GError     **error)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *display = vitae_display_name (path);
  VitaeDocument *document;

  document = vitae_document_load_full (path, notes, error);
  for (guint i = 0; document != NULL && i < notes->len; i++)
    vitae_cli_error ("%s: %s", display, (const char *) g_ptr_array_index (notes, i));

  return document;
}

/* For "-o -": the whole output was made before, so that a failure leaves
 * standard output empty. A write error (a full disk behind a redirect, a
 * closed pipe) is an error, never a silent success. */
gboolean
vitae_cli_write_stdout (GBytes  *bytes,
                        GError **error)
{
  gsize size = 0, done = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  fflush (stdout);
  while (done < size)
    {
      gssize w = write (STDOUT_FILENO, data + done, size - done);

      if (w < 0 && errno == EINTR)
        continue;
      if (w < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       /* Translators: %s is the system's reason */
                       _("Could not write to standard output: %s"), g_strerror (saved_errno));
          return FALSE;
        }
      done += w;
    }

  return TRUE;
}

gboolean
vitae_cli_parse_options (GOptionContext   *context,
                         int              *argc,
                         char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      vitae_cli_error ("%s", error->message);
      fprintf (stderr, "%s\n", _("Run “vitae --help” for usage."));
      return FALSE;
    }

  return TRUE;
}

/**
 * vitae_cli_handles:
 * @arg: the first argument of the command line
 *
 * Returns: whether @arg is a verb or a global option of the command line,
 *   rather than a file to open in the editor
 */
gboolean
vitae_cli_handles (const char *arg)
{
  static const char * const global[] = { "check", "suggest", "export", "--help", "-h", "--version", NULL };

  if (arg == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (arg, verbs[i].name))
      return TRUE;

  return g_strv_contains (global, arg);
}

int
vitae_cli_run (int    argc,
               char **argv)
{
  const char *verb;

  g_return_val_if_fail (argc >= 2, VITAE_EXIT_USAGE);

  verb = argv[1];

  /* No verb writes the keyword catalog, so none may create, migrate, move
   * or change the user's file: a damaged one is read as far as it can be
   * and left for the window to repair. */
  vitae_catalog_set_default_read_only ();

  if (g_str_equal (verb, "--help") || g_str_equal (verb, "-h"))
    {
      print_help (stdout);
      return VITAE_EXIT_OK;
    }

  if (g_str_equal (verb, "--version"))
    {
      printf ("vitae %s\n", PACKAGE_VERSION);
      return VITAE_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verb, verbs[i].name))
      return verbs[i].run (argc - 1, argv + 1);

  {
    g_autofree char *display = vitae_display_name (verb);

    /* Translators: %s is a command name */
    vitae_cli_error (_("“%s” is not available in this build"), display);
  }
  return VITAE_EXIT_USAGE;
}
