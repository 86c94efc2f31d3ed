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
#include "vitae-language.h"
#include "vitae-template.h"

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
  fprintf (stream, "  vitae suggest [--format text|json] [--language TAG] [TEXT…]\n");
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

/* Makes the verb's option context, with @summary and @entries (either may
 * be %NULL), and parses the arguments with it. */
gboolean
vitae_cli_parse_args (int                 *argc,
                      char              ***argv,
                      const char          *parameter_string,
                      const char          *summary,
                      const GOptionEntry  *entries)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);

  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return vitae_cli_parse_options (context, argc, argv);
}

/* Says what is wrong with the command line and how it is used. */
int
vitae_cli_usage_error (const char *message,
                       const char *usage)
{
  vitae_cli_error ("%s", message);
  fprintf (stderr, "%s\n", usage);

  return VITAE_EXIT_USAGE;
}

/* The --format of check and suggest: text (the default, %NULL) or json. */
gboolean
vitae_cli_parse_format (const char *format,
                        gboolean   *json)
{
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      /* Translators: %s is what the user gave after --format */
      vitae_cli_error (_("unknown format “%s”: use text or json"), format);
      return FALSE;
    }
  *json = format != NULL && g_str_equal (format, "json");

  return TRUE;
}

/* The --language of suggest: a BCP 47 tag of one of the document
 * languages (vitae_language_get_supported ()), in @language in its
 * canonical case; %NULL there when the option is not given. */
gboolean
vitae_cli_parse_language (const char  *tag,
                          char       **language)
{
  g_autofree char *normal = vitae_language_normalize (tag);
  g_autoptr(GString) tags = NULL;
  g_autofree char *shown = NULL;
  const VitaeLanguageInfo *supported;
  guint n;

  *language = NULL;
  if (tag == NULL)
    return TRUE;
  if (normal != NULL && vitae_language_lookup (normal) != NULL)
    {
      *language = g_steal_pointer (&normal);
      return TRUE;
    }

  tags = g_string_new (NULL);
  supported = vitae_language_get_supported (&n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (tags, "%s%s", i > 0 ? ", " : "", supported[i].tag);
  /* what the user typed, with any control character or byte escaped */
  shown = g_strescape (tag, NULL);
  /* Translators: the first %s is what the user gave after --language, the
   * second a list of language tags such as “en, de, fr” */
  vitae_cli_error (_("--language: “%s” is not a language Vitae knows: use a BCP 47 tag of one of %s"),
                   shown, tags->str);

  return FALSE;
}

/* Whether @template_id names a template; if not, says so, and with @list
 * names the templates there are. */
gboolean
vitae_cli_check_template (const char *template_id,
                          gboolean    list)
{
  if (template_id == NULL || vitae_template_lookup (template_id) != NULL)
    return TRUE;

  /* Translators: %s is what the user typed */
  vitae_cli_error (_("there is no template “%s”"), template_id);
  if (list)
    {
      fprintf (stderr, "%s\n", _("Templates:"));
      for (guint i = 0; i < vitae_template_get_count (); i++)
        {
          const VitaeTemplate *template = vitae_template_get_nth (i);

          fprintf (stderr, "  %-10s %s\n", template->id, vitae_template_get_name (template));
        }
    }

  return FALSE;
}

/* Loads the resume at @path, saying on stderr why when it cannot be. */
VitaeDocument *
vitae_cli_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  VitaeDocument *document = vitae_cli_load (path, &error);

  if (document == NULL)
    vitae_cli_error ("%s", error->message);

  return document;
}

/* Prints @node on one line of standard output. */
void
vitae_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* The exit status once the report is printed: a report that could not be
 * written (a full disk behind a redirect) is a failure, not a success with
 * nothing to show. */
int
vitae_cli_finish_output (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      vitae_cli_error (_("the output could not be written"));
      return VITAE_EXIT_INPUT;
    }

  return VITAE_EXIT_OK;
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
