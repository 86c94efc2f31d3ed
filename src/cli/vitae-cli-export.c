/* vitae-cli-export.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitae-analysis.h"
#include "vitae-cli-private.h"
#include "vitae-core.h"
#include "vitae-coach.h"
#include "vitae-export.h"
#include "vitae-pdf.h"
#include "vitae-render.h"

/* The date written into the PDF: SOURCE_DATE_EPOCH when the build or the
 * user sets it, otherwise when the input file was last changed, so the same
 * file exports to the same bytes. */
static GDateTime *
export_date (const char *input)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  GStatBuf st;

  if (epoch != NULL && epoch[0] != '\0')
    {
      char *end = NULL;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (end != NULL && *end == '\0' && seconds >= 0)
        return g_date_time_new_from_unix_utc (seconds);
    }

  if (g_stat (input, &st) == 0)
    return g_date_time_new_from_unix_utc (st.st_mtime);

  return NULL;
}

/* "-o -": the PDF is made whole first, so that on a failure nothing
 * reaches standard output. */
static gboolean
export_stdout (VitaeDocument       *document,
               VitaeRenderOptions  *options,
               GError             **error)
{
  g_autoptr(VitaeLayout) layout = vitae_layout_new (document, options);
  g_autoptr(GBytes) pdf = vitae_pdf_render (layout, options, error);

  return pdf != NULL && vitae_cli_write_stdout (pdf, error);
}

/* With --pages: says on standard error what does not fit the pages asked
 * for, and which bullets, the weakest by the coach's score, to cut. The
 * export goes on: the person decides. */
static void
report_fit (VitaeDocument            *document,
            const VitaeRenderOptions *options)
{
  g_autoptr(VitaeLayout) layout = vitae_layout_new (document, options);
  g_autoptr(GPtrArray) cuts = NULL;
  guint overflow = vitae_layout_get_overflow_lines (layout);

  if (overflow == 0)
    return;

  vitae_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: a count of lines, then of pages */
                                "warning: %u line does not fit on the pages asked for (--pages %u)",
                                "warning: %u lines do not fit on the pages asked for (--pages %u)",
                                overflow),
                   overflow, options->fit_pages);
  cuts = vitae_layout_dup_cut_candidates (layout, vitae_analysis_score_bullet, NULL);
  if (cuts == NULL || cuts->len == 0)
    return;

  fprintf (stderr, "%s\n", g_dngettext (GETTEXT_PACKAGE,
                                        "Cutting this bullet, the weakest, would make it fit:",
                                        "Cutting these bullets, the weakest, would make it fit:",
                                        cuts->len));
  for (guint i = 0; i < cuts->len; i++)
    {
      VitaeBullet *bullet = g_ptr_array_index (cuts, i);
      fprintf (stderr, "  [%3d] %s\n", vitae_analysis_score_bullet (bullet, NULL), vitae_bullet_get_text (bullet));
    }
}

/* The bracketed slots such as "[p99 latency]" that rewrites leave for the
 * user, counted as the window and `vitae check` count them. */
static void
warn_unfilled_slots (VitaeDocument *document)
{
  g_autofree char *first_slot = NULL;
  guint n_slots = vitae_analysis_count_document_slots (document, &first_slot);

  if (n_slots > 0)
    vitae_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                  /* Translators: %u is a count, %s the first slot, "[p99 latency]" */
                                  "warning: %u bullet slot is still unfilled (%s); the export shows it as typed",
                                  "warning: %u bullet slots are still unfilled (the first: %s); the export shows them as typed",
                                  n_slots),
                     n_slots, first_slot);
}

/* Where the export goes: a file whose extension names the format, or
 * standard output for a PDF that is not a terminal. */
static gboolean
resolve_output (const char        *output,
                VitaeExportFormat *format)
{
  gboolean to_stdout = g_str_equal (output, "-");

  *format = to_stdout ? VITAE_EXPORT_PDF : vitae_export_format_from_path (output);
  if (*format == VITAE_EXPORT_UNKNOWN)
    {
      g_autofree char *display = vitae_display_name (output);

      vitae_cli_error (_("cannot write “%s”: the output must end in .pdf, .docx, .odt, .txt or .json"),
                       display);
      return FALSE;
    }
  if (to_stdout && isatty (STDOUT_FILENO))
    {
      vitae_cli_error (_("a PDF is not written to a terminal: redirect standard output, "
                         "as in -o - > OUT.pdf"));
      return FALSE;
    }

  return TRUE;
}

int
vitae_cli_export (int    argc,
                  char **argv)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *ids = vitae_template_dup_ids (", ");
  /* Translators: %s is a list of template ids */
  g_autofree char *summary = g_strdup_printf (_("Templates: %s."), ids);
  const char *usage = _("Usage: vitae export FILE -o OUT.pdf|.docx|.odt|.txt|.json|- [--template ID] [--paper a4|letter] [--pages N]");
  VitaeRenderOptions options;
  VitaeExportFormat format;
  int pages = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write, by extension: .pdf, .docx, .odt, .txt or .json; - writes a PDF to standard output"), N_("OUT") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id, N_("The page design"), N_("ID") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("The paper size: a4 or letter (default: the locale’s)"), "a4|letter" },
    { "pages", 0, 0, G_OPTION_ARG_INT, &pages,
      N_("Fit the PDF on N pages (tighter spacing, margins and size, within the limits); what still does not fit is said on standard error, with the weakest bullets to cut"), "N" },
    { NULL }
  };

  if (!vitae_cli_parse_args (&argc, &argv,
                             _("FILE -o OUT — export a resume as PDF, Word, OpenDocument, text or JSON Resume"),
                             summary, entries))
    return VITAE_EXIT_USAGE;

  if (argc != 2)
    return vitae_cli_usage_error (_("export takes one resume file"), usage);
  if (output == NULL || output[0] == '\0')
    return vitae_cli_usage_error (_("export needs an output file: -o OUT.pdf"), usage);

  vitae_render_options_init (&options);
  if (!vitae_cli_check_template (template_id, TRUE))
    return VITAE_EXIT_USAGE;
  options.template_id = template_id;

  if (paper != NULL && !vitae_paper_from_id (paper, &options.paper))
    {
      vitae_cli_error (_("the paper must be a4 or letter, not “%s”"), paper);
      return VITAE_EXIT_USAGE;
    }
  if (pages < 0 || pages > 20)
    {
      vitae_cli_error (_("--pages takes a number of pages from 1 to 20"));
      return VITAE_EXIT_USAGE;
    }
  options.fit_pages = pages;

  if (!resolve_output (output, &format))
    return VITAE_EXIT_USAGE;

  if (!(document = vitae_cli_open (argv[1])))
    return VITAE_EXIT_INPUT;

  warn_unfilled_slots (document);

  date = export_date (argv[1]);
  options.date = date;

  if (pages > 0)
    report_fit (document, &options);

  if (g_str_equal (output, "-") ? !export_stdout (document, &options, &error)
                                : !vitae_export_to_file (document, &options, format, output, &error))
    {
      vitae_cli_error ("%s", error->message);
      return VITAE_EXIT_INPUT;
    }

  return VITAE_EXIT_OK;
}
