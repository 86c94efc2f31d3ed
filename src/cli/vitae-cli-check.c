/* vitae-cli-check.c
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

#include "vitae-analysis.h"
#include "vitae-catalog.h"
#include "vitae-cli-private.h"
#include "vitae-core.h"
#include "vitae-template.h"

/* Job descriptions are pasted text: a few pages at most. */
#define MAX_JOB_SIZE (1024 * 1024)

static JsonNode *
build_json (const char    *file,
            VitaeAnalysis *analysis,
            const char    *parse_format,
            GPtrArray     *differences)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  VitaeCoachReport *report = vitae_analysis_get_coach_report (analysis);
  VitaeCoverage *coverage = vitae_analysis_get_coverage (analysis);
  guint n = vitae_coach_report_get_n_bullets (report);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  {
    /* JSON escapes what a terminal must not see; only bytes that are not
     * UTF-8 need replacing. */
    g_autofree char *valid = g_utf8_make_valid (file, -1);

    json_builder_add_string_value (builder, valid);
  }
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, vitae_analysis_get_score (analysis));

  json_builder_set_member_name (builder, "bullets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachBulletReport *bullet = vitae_coach_report_get_bullet (report, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "section");
      json_builder_add_string_value (builder, bullet->section);
      json_builder_set_member_name (builder, "entry");
      json_builder_add_int_value (builder, bullet->entry);
      json_builder_set_member_name (builder, "index");
      json_builder_add_int_value (builder, bullet->index);
      vitae_coach_result_add_json_members (bullet->result, builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ats");
  json_builder_add_value (builder, vitae_coverage_to_json (coverage));
  if (differences != NULL)
    vitae_cli_parse_add_json (builder, parse_format, differences);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_list (const char         *label,
            const char * const *items)
{
  g_autofree char *joined = NULL;

  if (items == NULL || items[0] == NULL)
    return;

  joined = g_strjoinv (", ", (char **) items);
  printf ("    %s %s\n", label, joined);
}

static void
print_text (const char    *file,
            VitaeAnalysis *analysis,
            VitaeCatalog  *catalog)
{
  VitaeCoachReport *report = vitae_analysis_get_coach_report (analysis);
  VitaeCoverage *coverage = vitae_analysis_get_coverage (analysis);
  g_autofree char *role_name = vitae_catalog_dup_role_name (catalog, vitae_coverage_get_role (coverage));
  g_autofree char *display = vitae_display_name (file);
  guint n = vitae_coach_report_get_n_bullets (report);

  /* Translators: %s is a file name, %u a score out of 100 */
  printf (_("%s: resume score %u/100\n"), display, vitae_analysis_get_score (analysis));

  /* The same count as the coach panel's: written bullets only. */
  printf ("\n");
  /* Translators: %u counts bullets that need work, of %u bullets */
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Bullets: %u of %u needs work\n",
                       "Bullets: %u of %u need work\n",
                       g_list_model_get_n_items (vitae_analysis_get_issues (analysis))),
          g_list_model_get_n_items (vitae_analysis_get_issues (analysis)),
          vitae_analysis_get_n_bullets (analysis));
  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachBulletReport *bullet = vitae_coach_report_get_bullet (report, i);
      guint n_issues = vitae_coach_result_get_n_issues (bullet->result);

      if (n_issues == 0 || !vitae_analysis_result_is_judged (bullet->result))
        continue;

      printf ("  [%3u] %s %u.%u  %s\n", vitae_coach_result_get_score (bullet->result),
              bullet->section, bullet->entry + 1, bullet->index + 1,
              vitae_coach_result_get_text (bullet->result));
      for (guint j = 0; j < n_issues; j++)
        {
          const VitaeCoachIssue *issue = vitae_coach_result_get_issue (bullet->result, j);

          printf ("        %s: %s\n", vitae_coach_issue_kind_to_id (issue->kind), issue->message);
        }
      if (vitae_coach_result_get_n_suggestions (bullet->result) > 0)
        /* Translators: a suggested rewrite of a bullet follows */
        printf (_("        try: %s\n"), vitae_coach_result_get_suggestion (bullet->result, 0)->text);
    }

  printf ("\n");
  /* Translators: the first %s is a role such as Backend Developer, %u a score out of 100 */
  printf (_("Keywords for %s: %u/100\n"), role_name ? role_name : vitae_coverage_get_role (coverage),
          vitae_coverage_get_score (coverage));
  for (guint i = 0; i < vitae_coverage_get_n_groups (coverage); i++)
    {
      const VitaeCoverageGroup *group = vitae_coverage_get_group (coverage, i);

      printf ("  %s\n", group->name);
      print_list (_("found:  "), group->found);
      print_list (_("missing:"), group->missing);
    }

  if (vitae_coverage_get_n_placements (coverage) > 0)
    {
      printf ("\n%s\n", _("Placement:"));
      for (guint i = 0; i < vitae_coverage_get_n_placements (coverage); i++)
        printf ("  - %s\n", vitae_coverage_get_placement (coverage, i)->message);
    }

  if (vitae_coverage_has_job (coverage))
    {
      g_autoptr(GPtrArray) missing = g_ptr_array_new ();
      g_autoptr(GPtrArray) missing_nice = g_ptr_array_new ();

      /* What the job requires apart from what it would like. */
      for (guint i = 0; i < vitae_coverage_get_n_job_keywords (coverage); i++)
        {
          const VitaeJobKeyword *keyword = vitae_coverage_get_job_keyword (coverage, i);

          if (!keyword->matched)
            g_ptr_array_add (keyword->tier == VITAE_TIER_MUST_HAVE ? missing : missing_nice,
                             (gpointer) keyword->keyword);
        }
      g_ptr_array_add (missing, NULL);
      g_ptr_array_add (missing_nice, NULL);

      printf ("\n");
      /* Translators: %.0f%% is a percentage, e.g. 60% */
      printf (_("Job description: %.0f%% of its keywords are on the resume\n"),
              vitae_coverage_get_match_rate (coverage) * 100.0);
      print_list (_("missing:"), (const char * const *) missing->pdata);
      print_list (_("missing, nice to have:"), (const char * const *) missing_nice->pdata);
    }
}

/* The text of --job: refused by its size before it is read, and with a
 * message that names what it is (vitae_read_text_file() speaks of
 * resumes). Returns %NULL after saying why. */
static char *
read_job (const char *job_path)
{
  g_autofree char *display = vitae_display_name (job_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *job = NULL;
  GStatBuf st;
  gsize len = 0;

  if ((g_stat (job_path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > MAX_JOB_SIZE) ||
      (!vitae_read_text_file (job_path, &job, &len, &error) &&
       g_error_matches (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE)) ||
      len > MAX_JOB_SIZE)
    {
      /* Translators: %s is a file name, %d a number of megabytes */
      vitae_cli_error (_("“%s” is too large: job descriptions are refused above %d MB"),
                       display, MAX_JOB_SIZE / (1024 * 1024));
      return NULL;
    }
  if (job == NULL)
    vitae_cli_error ("%s", error->message);

  return g_steal_pointer (&job);
}

/* The role asked for, or the catalog's default; %NULL after saying that
 * there is no such role. */
static char *
resolve_role (VitaeCatalog *catalog,
              const char   *role)
{
  g_auto(GStrv) roles = vitae_catalog_dup_role_ids (catalog);

  if (role == NULL)
    role = vitae_catalog_get_default_role (catalog);
  if (!g_strv_contains ((const char * const *) roles, role))
    {
      g_autofree char *known = g_strjoinv (", ", roles);

      /* Translators: the first %s is a role id, the second a list of them */
      vitae_cli_error (_("unknown role “%s”; the roles are: %s"), role, known);
      return NULL;
    }

  return g_strdup (role);
}

/* The same analysis as the window's, run once and at once. */
static VitaeAnalysis *
analyze (VitaeDocument *document,
         const char    *role,
         const char    *job)
{
  g_autoptr(VitaeAnalysis) analysis = vitae_analysis_new ();
  g_autoptr(GError) error = NULL;

  vitae_analysis_set_role (analysis, role);
  vitae_analysis_set_job_text (analysis, job);
  vitae_analysis_set_document (analysis, document);
  if (!vitae_analysis_update_now (analysis, &error))
    {
      vitae_cli_error ("%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&analysis);
}

int
vitae_cli_check (int    argc,
                 char **argv)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *role_arg = NULL;
  g_autofree char *role = NULL;
  g_autofree char *job_path = NULL;
  g_autofree char *job = NULL;
  g_autofree char *parse_as = NULL;
  g_autofree char *template_id = NULL;
  g_autoptr(GPtrArray) differences = NULL;
  gboolean parse = FALSE;
  VitaeCatalog *catalog;
  gboolean json;
  GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_arg,
      N_("The role to check keywords for (default: backend-developer)"), "ID" },
    { "job", 0, 0, G_OPTION_ARG_FILENAME, &job_path,
      N_("A job description to compare the resume with"), "TEXTFILE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or json"), "text|json" },
    { "parse", 0, 0, G_OPTION_ARG_NONE, &parse,
      N_("Export the resume, read it back as an ATS does, and list what does not come back as written"), NULL },
    { "parse-as", 0, 0, G_OPTION_ARG_STRING, &parse_as,
      N_("The export the parse check reads: pdf (default), docx or odt"), "pdf|docx|odt" },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("The template of the export the parse check reads"), "ID" },
    { NULL }
  };

  if (!vitae_cli_parse_args (&argc, &argv, _("FILE — coach every bullet and check ATS keywords"),
                             _("Scores every bullet of the resume, lists its issues and a stronger "
                               "rewrite, then checks the keywords recruiters filter on for the "
                               "role, section by section, and against a job description."),
                             entries) ||
      !vitae_cli_parse_format (format, &json))
    return VITAE_EXIT_USAGE;

  if (parse_as != NULL && !vitae_cli_parse_format_is_valid (parse_as))
    {
      /* Translators: %s is what the user gave after --parse-as */
      vitae_cli_error (_("the parse check reads pdf, docx or odt, not “%s”"), parse_as);
      return VITAE_EXIT_USAGE;
    }
  if (!vitae_cli_check_template (template_id, FALSE))
    return VITAE_EXIT_USAGE;
  parse = parse || parse_as != NULL;
  if (parse_as == NULL)
    parse_as = g_strdup ("pdf");

  if (argc != 2)
    return vitae_cli_usage_error (_("check takes one resume file"),
                                  _("Usage: vitae check FILE [--role ID] [--job TEXTFILE] [--format text|json] "
                                    "[--parse [--parse-as pdf|docx|odt] [--template ID]]"));

  catalog = vitae_catalog_get_default ();
  if (!(role = resolve_role (catalog, role_arg)))
    return VITAE_EXIT_USAGE;

  if ((job_path != NULL && !(job = read_job (job_path))) ||
      !(document = vitae_cli_open (argv[1])) ||
      !(analysis = analyze (document, role, job)))
    return VITAE_EXIT_INPUT;

  if (parse && !(differences = vitae_cli_parse_check (document, parse_as, template_id, &error)))
    {
      vitae_cli_error ("%s", error->message);
      return VITAE_EXIT_INPUT;
    }

  if (json)
    {
      g_autoptr(JsonNode) root = build_json (argv[1], analysis, parse_as, differences);

      vitae_cli_print_json (root);
    }
  else
    {
      print_text (argv[1], analysis, catalog);
      if (differences != NULL)
        vitae_cli_parse_print (parse_as, differences);
    }

  return vitae_cli_finish_output ();
}
