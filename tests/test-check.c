/* test-check.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

/* Runs the built `vitae` with @args; returns its exit status. */
static int
run_vitae (const char * const  *args,
           char               **out,
           char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("VITAE_EXE"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &stdout_bytes, &stderr_bytes, &error);
  g_assert_no_error (error);

  /* An empty stream has no data pointer: make it "". */
  *out = g_strndup (g_bytes_get_size (stdout_bytes) ? g_bytes_get_data (stdout_bytes, NULL) : "",
                    g_bytes_get_size (stdout_bytes));
  *err = g_strndup (g_bytes_get_size (stderr_bytes) ? g_bytes_get_data (stderr_bytes, NULL) : "",
                    g_bytes_get_size (stderr_bytes));

  return g_subprocess_get_exit_status (process);
}

static char *
sample (const char *name)
{
  return g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "data", "samples", name, NULL);
}

static JsonObject *
parse_object (const char *text,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

static void
assert_members (JsonObject         *object,
                const char * const *members)
{
  g_autoptr(GList) names = json_object_get_members (object);

  g_assert_cmpuint (g_list_length (names), ==, g_strv_length ((char **) members));
  for (guint i = 0; members[i]; i++)
    g_assert_true (json_object_has_member (object, members[i]));
}

static void
test_json_contract (void)
{
  g_autofree char *path = sample ("junior-weak.vitae");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *args[] = { "check", path, "--format", "json", NULL };
  const char *top[] = { "file", "score", "bullets", "ats", NULL };
  const char *bullet_members[] = { "section", "entry", "index", "text", "score", "issues", "suggestions", NULL };
  const char *ats_members[] = { "role", "score", "keywords", "groups", "placement", NULL };
  JsonObject *root, *ats, *first;
  JsonArray *bullets;
  gboolean saw_weak_verb = FALSE;

  g_assert_cmpint (run_vitae (args, &out, &err), ==, 0);
  root = parse_object (out, parser);
  assert_members (root, top);
  g_assert_cmpstr (json_object_get_string_member (root, "file"), ==, path);
  g_assert_cmpint (json_object_get_int_member (root, "score"), <, 70);

  bullets = json_object_get_array_member (root, "bullets");
  g_assert_cmpuint (json_array_get_length (bullets), ==, 10);
  first = json_array_get_object_element (bullets, 0);
  assert_members (first, bullet_members);
  g_assert_cmpstr (json_object_get_string_member (first, "section"), ==, "experience");
  g_assert_cmpint (json_object_get_int_member (first, "entry"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (first, "index"), ==, 0);

  for (guint i = 0; i < json_array_get_length (bullets); i++)
    {
      JsonArray *issues = json_object_get_array_member (json_array_get_object_element (bullets, i), "issues");

      for (guint j = 0; j < json_array_get_length (issues); j++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (issues, j), "kind"), "weak-verb"))
          saw_weak_verb = TRUE;
    }
  g_assert_true (saw_weak_verb);

  /* No --job, no "job" member. */
  ats = json_object_get_object_member (root, "ats");
  assert_members (ats, ats_members);
  g_assert_cmpstr (json_object_get_string_member (ats, "role"), ==, "backend-developer");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (ats, "groups")), ==, 5);
}

static void
test_job_and_role (void)
{
  g_autofree char *path = sample ("senior-backend.vitae");
  g_autofree char *job = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "tests", "data", "ats", "backend-job.txt", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *args[] = { "check", path, "--role", "backend-developer", "--job", job, "--format", "json", NULL };
  const char *job_members[] = { "keywords", "matched", "missing", "match_rate", "must_have",
                                "nice_to_have", "match_score", "terms", "ignored", NULL };
  JsonObject *root, *ats, *job_object;
  double rate;

  g_assert_cmpint (run_vitae (args, &out, &err), ==, 0);
  root = parse_object (out, parser);
  g_assert_cmpint (json_object_get_int_member (root, "score"), >=, 80);
  ats = json_object_get_object_member (root, "ats");
  job_object = json_object_get_object_member (ats, "job");
  g_assert_nonnull (job_object);
  assert_members (job_object, job_members);
  rate = json_object_get_double_member (job_object, "match_rate");
  g_assert_cmpfloat (rate, >, 0.0);
  g_assert_cmpfloat (rate, <=, 1.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job_object, "keywords")), ==,
                    json_array_get_length (json_object_get_array_member (job_object, "matched")) +
                    json_array_get_length (json_object_get_array_member (job_object, "missing")));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job_object, "keywords")), ==,
                    json_array_get_length (json_object_get_array_member (job_object, "must_have")) +
                    json_array_get_length (json_object_get_array_member (job_object, "nice_to_have")));

  /* As text, what the job would only like is listed apart. */
  {
    const char *text_args[] = { "check", path, "--job", job, NULL };
    g_autofree char *text = NULL;
    g_autofree char *text_err = NULL;

    g_assert_cmpint (run_vitae (text_args, &text, &text_err), ==, 0);
    g_assert_nonnull (strstr (text, "missing, nice to have: Rust"));
  }
}

static void
test_text_and_errors (void)
{
  g_autofree char *path = sample ("junior-weak.json");
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "vitae-no-such-resume.vitae", NULL);
  struct {
    const char *args[8];
    int         status;
    const char *in_stdout;
    const char *in_stderr;
  } cases[] = {
    { { "check", path, NULL }, 0, "resume score", NULL },
    { { "check", path, "--role", "frontend-developer", NULL }, 0, "Keywords for", NULL },
    { { "check", path, "--role", "astronaut", NULL }, 2, NULL, "backend-developer" },
    { { "check", path, "--format", "yaml", NULL }, 2, NULL, "yaml" },
    { { "check", NULL }, 2, NULL, "check takes one resume file" },
    { { "check", missing, NULL }, 1, NULL, "vitae-no-such-resume.vitae" },
    { { "check", path, "--job", missing, NULL }, 1, NULL, "vitae-no-such-resume.vitae" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_vitae (cases[i].args, &out, &err), ==, cases[i].status);
      if (cases[i].in_stdout != NULL)
        g_assert_nonnull (strstr (out, cases[i].in_stdout));
      if (cases[i].in_stderr != NULL)
        g_assert_nonnull (strstr (err, cases[i].in_stderr));
      if (cases[i].status != 0)
        g_assert_cmpstr (out, ==, "");
    }
}

/* A job description has its own, smaller limit, and the message says
 * so: it used to be refused as if it were a resume. */
static void
test_job_too_large (void)
{
  g_autofree char *path = sample ("senior-backend.vitae");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitae-check-XXXXXX", &error);
  g_autofree char *huge = g_build_filename (dir, "huge-job.txt", NULL);
  g_autofree char *large = g_build_filename (dir, "large-job.txt", NULL);
  g_autofree char *text = NULL;
  const char *jobs[] = { huge, large };
  FILE *file;

  g_assert_no_error (error);
  /* 20 MB, above every limit, made sparse; and 2 MB of real text. */
  file = fopen (huge, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 20 * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('\n', file);
  fclose (file);
  text = g_strnfill (2 * 1024 * 1024, 'x');
  g_file_set_contents (large, text, -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      const char *args[] = { "check", path, "--job", jobs[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_vitae (args, &out, &err), ==, 1);
      g_test_message ("%s", err);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, i == 0 ? "huge-job.txt" : "large-job.txt"));
      g_assert_nonnull (strstr (err, "job descriptions are refused above 1 MB"));
      g_assert_null (strstr (err, "resume"));
    }

  g_unlink (huge);
  g_unlink (large);
  g_rmdir (dir);
}

/* The report names the file escaped: a newline or an escape sequence in the
 * name cannot forge a line of the report or reach the terminal. JSON
 * carries the name as it is, escaped by JSON's own rules. */
static void
test_file_name (void)
{
  g_autofree char *source = sample ("junior-weak.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitae-check-XXXXXX", &error);
  const char *name = "cv\nScore: 100 of 100 \x1b[1m.json";
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *json_out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GStrv) lines = NULL;
  const char *text_args[] = { "check", path, NULL };
  const char *json_args[] = { "check", path, "--format", "json", NULL };
  JsonObject *root;

  g_assert_no_error (error);
  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run_vitae (text_args, &out, &err), ==, 0);
  g_assert_null (strchr (out, '\x1b'));
  lines = g_strsplit (out, "\n", 2);
  g_assert_true (g_str_has_prefix (lines[0], dir));
  g_assert_nonnull (strstr (lines[0], "/cv\\nScore: 100 of 100 \\x1B[1m.json: resume score "));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_vitae (json_args, &json_out, &err), ==, 0);
  root = parse_object (json_out, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "file"), ==, path);

  g_unlink (path);
  g_rmdir (dir);
}

/* `vitae check` only reads the keyword catalog: a damaged user catalog is
 * neither moved nor changed (the window repairs it), and the check runs. */
static void
test_damaged_catalog (void)
{
  static const char garbage[] = "SQLite format 3\0but the rest of this file is not a database at all";
  g_autofree char *path = sample ("senior-backend.vitae");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitae-check-XXXXXX", &error);
  g_autofree char *catalog = g_build_filename (dir, "user-catalog.db", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("VITAE_USER_CATALOG"));
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *args[] = { "check", path, "--format", "json", NULL };
  gsize after_len;
  guint n_files = 0;

  g_assert_no_error (error);
  g_file_set_contents (catalog, garbage, sizeof garbage, &error);
  g_assert_no_error (error);

  g_setenv ("VITAE_USER_CATALOG", catalog, TRUE);
  g_assert_cmpint (run_vitae (args, &out, &err), ==, 0);
  if (saved != NULL)
    g_setenv ("VITAE_USER_CATALOG", saved, TRUE);
  else
    g_unsetenv ("VITAE_USER_CATALOG");
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (out, "\"score\""));

  g_file_get_contents (catalog, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_len, garbage, sizeof garbage);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_unlink (catalog);
  g_rmdir (dir);
}

/* A report that cannot be written is an error: exit status 1. */
static void
test_output_error (void)
{
  g_autofree char *path = sample ("junior-weak.json");
  const char *formats[] = { "text", "json" };

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;

      g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
      process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("VITAE_EXE"), "check", path,
                                             "--format", formats[i], NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
      g_assert_nonnull (strstr (err, "the output could not be written"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vitae/check/json-contract", test_json_contract);
  g_test_add_func ("/vitae/check/job-and-role", test_job_and_role);
  g_test_add_func ("/vitae/check/text-and-errors", test_text_and_errors);
  g_test_add_func ("/vitae/check/job-too-large", test_job_too_large);
  g_test_add_func ("/vitae/check/file-name", test_file_name);
  g_test_add_func ("/vitae/check/damaged-catalog", test_damaged_catalog);
  g_test_add_func ("/vitae/check/output-error", test_output_error);

  return g_test_run ();
}
