/* test-parse-check.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parse check finds nothing to report on Vitae's own exports, in every
 * template and format, and finds every fault planted in the text a parser
 * got back: a broken email, words run together, a missing date, a bullet
 * out of order. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-parse-check.h"

static const char *samples[] = {
  "data/samples/senior-backend.vitae",
  "data/samples/junior-weak.json",
  "tests/data/render/everything.json",
};

static VitaeDocument *
load (const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), relative, NULL);
  VitaeDocument *document = vitae_document_load (path, &error);

  g_assert_no_error (error);

  return document;
}

static void
print_differences (const char *what,
                   GPtrArray  *differences)
{
  for (guint i = 0; i < differences->len; i++)
    {
      VitaeParseDifference *d = g_ptr_array_index (differences, i);

      g_test_message ("%s: %s [%s] “%s”: %s", what, d->where,
                      vitae_parse_problem_to_id (d->problem), d->expected, d->message);
    }
}

static void
test_clean (void)
{
  static const VitaeExportFormat formats[] = { VITAE_EXPORT_PDF, VITAE_EXPORT_DOCX, VITAE_EXPORT_ODT };

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    for (guint t = 0; t < vitae_template_get_count (); t++)
      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autoptr(VitaeDocument) document = load (samples[s]);
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) differences = NULL;
          g_autofree char *what = NULL;
          VitaeRenderOptions options;

          vitae_render_options_init (&options);
          options.template_id = vitae_template_get_nth (t)->id;
          differences = vitae_parse_check (document, &options, formats[f], NULL, &error);
          g_assert_no_error (error);
          what = g_strdup_printf ("%s %s %s", samples[s], options.template_id,
                                  vitae_export_format_get_extension (formats[f]));
          print_differences (what, differences);
          g_assert_cmpuint (differences->len, ==, 0);
        }
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);

  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

static guint
count_problem (GPtrArray         *differences,
               VitaeParseProblem  problem,
               const char        *expected)
{
  guint n = 0;

  for (guint i = 0; i < differences->len; i++)
    {
      VitaeParseDifference *d = g_ptr_array_index (differences, i);

      n += d->problem == problem && strstr (d->expected, expected) != NULL;
    }

  return n;
}

static void
test_planted_faults (void)
{
  g_autoptr(VitaeDocument) document = load (samples[0]);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) clean = NULL;
  g_autofree char *text = NULL;
  const char *bullet = "Mentored four engineers through design reviews; two were promoted within a year.";

  clean = vitae_parse_check (document, NULL, VITAE_EXPORT_PDF, &text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (clean->len, ==, 0);

  /* An email address an extractor broke. */
  {
    g_autofree char *broken = replace (text, "marisol.okafor@example.com", "marisol.okafor(at)example.com");
    g_autoptr(GPtrArray) differences = vitae_parse_check_compare (document, broken);
    VitaeParseDifference *d;

    print_differences ("email", differences);
    g_assert_cmpuint (differences->len, ==, 1);
    d = g_ptr_array_index (differences, 0);
    g_assert_cmpint (d->problem, ==, VITAE_PARSE_MISSING);
    g_assert_cmpstr (d->expected, ==, "marisol.okafor@example.com");
    g_assert_nonnull (strstr (d->message, "email"));
  }

  /* Two words run together, as a line break after a hyphen does. */
  {
    g_autofree char *merged = replace (text, "idempotent payment-capture", "idempotentpayment-capture");
    g_autoptr(GPtrArray) differences = vitae_parse_check_compare (document, merged);

    print_differences ("merged", differences);
    g_assert_cmpuint (differences->len, ==, 1);
    g_assert_cmpuint (count_problem (differences, VITAE_PARSE_MERGED, "idempotent payment-capture"), ==, 1);
  }

  /* A date that does not extract. */
  {
    g_autofree char *dateless = replace (text, "Jun 2017 – Feb 2021", "");
    g_autoptr(GPtrArray) differences = vitae_parse_check_compare (document, dateless);
    VitaeParseDifference *d;

    print_differences ("date", differences);
    g_assert_cmpuint (differences->len, ==, 1);
    d = g_ptr_array_index (differences, 0);
    g_assert_cmpint (d->problem, ==, VITAE_PARSE_MISSING);
    g_assert_cmpstr (d->expected, ==, "Jun 2017 – Feb 2021");
    g_assert_nonnull (strstr (d->message, "dates"));
    g_assert_nonnull (strstr (d->where, "Backend Engineer"));
  }

  /* A bullet read at the end of the page, out of its entry. */
  {
    g_autofree char *without = replace (text, bullet, "");
    g_autofree char *moved = g_strconcat (without, "\n", bullet, "\n", NULL);
    g_autoptr(GPtrArray) differences = vitae_parse_check_compare (document, moved);

    print_differences ("order", differences);
    g_assert_cmpuint (count_problem (differences, VITAE_PARSE_OUT_OF_ORDER, "Mentored four"), ==, 1);
  }

  /* Text an extractor dropped whole. */
  {
    g_autofree char *dropped = replace (text, "SUMMARY", "");
    g_autoptr(GPtrArray) differences = vitae_parse_check_compare (document, dropped);

    g_assert_cmpuint (count_problem (differences, VITAE_PARSE_MISSING, "SUMMARY"), ==, 1);
  }
}

/* `vitae check FILE --parse` adds the "parse" member to the JSON, and a
 * paragraph to the text; a format it does not read is a usage error. */
static void
test_cli (void)
{
  g_autofree char *input = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), samples[1], NULL);
  const char *json_argv[] = { g_getenv ("VITAE_EXE"), "check", input, "--parse-as", "docx",
                              "--format", "json", NULL };
  const char *text_argv[] = { g_getenv ("VITAE_EXE"), "check", input, "--parse", NULL };
  const char *bad_argv[] = { g_getenv ("VITAE_EXE"), "check", input, "--parse-as", "rtf", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  JsonObject *parse;
  int status;

  g_spawn_sync (NULL, (char **) json_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  parse = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "parse");
  g_assert_nonnull (parse);
  g_assert_cmpstr (json_object_get_string_member (parse, "format"), ==, "docx");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parse, "differences")), ==, 0);
  g_clear_pointer (&out, g_free);

  g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "What an ATS reads of the PDF: everything, as written"));

  g_spawn_sync (NULL, (char **) bad_argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/parse-check/clean", test_clean);
  g_test_add_func ("/parse-check/planted-faults", test_planted_faults);
  g_test_add_func ("/parse-check/cli", test_cli);

  return g_test_run ();
}
