/* test-suggest.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <unistd.h>
#include <string.h>

/* Runs `vitae suggest ARGS…` with @input on its standard input and returns
 * its exit status. */
static int
run_suggest (const char * const  *args,
             const char          *input,
             char               **out,
             char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) stdin_bytes = NULL;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  const char *exe = g_getenv ("VITAE_EXE");

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *) exe);
  g_ptr_array_add (argv, (char *) "suggest");
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);

  stdin_bytes = g_bytes_new (input != NULL ? input : "", input != NULL ? strlen (input) : 0);
  g_subprocess_communicate (process, stdin_bytes, NULL, &stdout_bytes, &stderr_bytes, &error);
  g_assert_no_error (error);

  *out = g_strndup (g_bytes_get_size (stdout_bytes) > 0 ? g_bytes_get_data (stdout_bytes, NULL) : "",
                    g_bytes_get_size (stdout_bytes));
  *err = g_strndup (g_bytes_get_size (stderr_bytes) > 0 ? g_bytes_get_data (stderr_bytes, NULL) : "",
                    g_bytes_get_size (stderr_bytes));

  return g_subprocess_get_exit_status (process);
}

/* The same with standard input read from a file holding @input: vitae
 * stops reading an input it refuses, which a pipe would report to the
 * writer as an error. */
static int
run_suggest_file (const char  *input,
                  gsize        length,
                  char       **out,
                  char       **err)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("vitae-suggest-XXXXXX", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, input, length, &error);
  g_assert_no_error (error);

  g_subprocess_launcher_set_stdin_file_path (launcher, path);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("VITAE_EXE"), "suggest", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_unlink (path);

  return g_subprocess_get_exit_status (process);
}

static GPtrArray *
parse_lines (const char *out)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  g_assert_true (g_str_has_suffix (out, "\n"));
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
      g_ptr_array_add (objects, json_node_ref (json_parser_get_root (parser)));
    }

  return objects;
}

static gboolean
has_kind (JsonObject *bullet,
          const char *kind)
{
  JsonArray *issues = json_object_get_array_member (bullet, "issues");

  for (guint i = 0; i < json_array_get_length (issues); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (issues, i), "kind"), kind))
      return TRUE;

  return FALSE;
}

static void
test_json_arguments (void)
{
  const char * const args[] = {
    "--format", "json",
    "Used Kafka for message processing.",
    "Cut p99 latency from 3.2s to 180ms with a compound index on PostgreSQL.",
    "Worked on the Zürich–São Paulo replication",
    NULL
  };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  JsonObject *first, *second, *third;
  JsonArray *issues;

  g_assert_cmpint (run_suggest (args, NULL, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");

  /* One object per bullet, in input order, with exactly the contract's members. */
  objects = parse_lines (out);
  g_assert_cmpuint (objects->len, ==, 3);
  first = json_node_get_object (g_ptr_array_index (objects, 0));
  second = json_node_get_object (g_ptr_array_index (objects, 1));
  third = json_node_get_object (g_ptr_array_index (objects, 2));

  g_assert_cmpuint (json_object_get_size (first), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==, "Used Kafka for message processing.");
  g_assert_true (has_kind (first, "weak-verb"));
  g_assert_true (has_kind (first, "no-metric"));
  g_assert_cmpint (json_object_get_int_member (first, "score"), <, 80);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "suggestions")), ==, 3);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (json_array_get_object_element (
                                     json_object_get_array_member (first, "suggestions"), 0), "text"),
                                   "[What you built or changed] using Kafka for message processing"));

  g_assert_false (has_kind (second, "no-metric"));
  g_assert_cmpint (json_object_get_int_member (second, "score"), >=, 80);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (second, "suggestions")), ==, 0);

  /* Spans count characters: "Worked on" is 0–9 and the bullet has 42. */
  issues = json_object_get_array_member (third, "issues");
  for (guint i = 0; i < json_array_get_length (issues); i++)
    {
      JsonObject *issue = json_array_get_object_element (issues, i);
      const char *kind = json_object_get_string_member (issue, "kind");

      g_assert_cmpuint (json_object_get_size (issue), ==, 4);
      if (g_str_equal (kind, "weak-verb"))
        {
          g_assert_cmpint (json_object_get_int_member (issue, "start"), ==, 0);
          g_assert_cmpint (json_object_get_int_member (issue, "end"), ==, 9);
        }
      else if (g_str_equal (kind, "no-metric"))
        g_assert_cmpint (json_object_get_int_member (issue, "end"), ==, 42);
    }
}

static void
test_stdin (void)
{
  const char * const args[] = { "--format", "json", NULL };
  const char *input =
    "• Built the billing API for 40K users\n"
    "\n"
    "- built dashboards in Grafana for 5 teams\r\n"
    "   \n"
    "Helped with the migration to Kubernetes\n";
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  JsonObject *second;

  g_assert_cmpint (run_suggest (args, input, &out, &err), ==, 0);
  objects = parse_lines (out);

  /* Blank lines are skipped and list marks are not part of the bullet. */
  g_assert_cmpuint (objects->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (g_ptr_array_index (objects, 0)), "text"),
                   ==, "Built the billing API for 40K users");
  second = json_node_get_object (g_ptr_array_index (objects, 1));
  g_assert_cmpstr (json_object_get_string_member (second, "text"), ==, "built dashboards in Grafana for 5 teams");
  /* The input is read as one list of bullets, so the verb repeats. */
  g_assert_true (has_kind (second, "repeated-verb"));
  g_assert_true (has_kind (json_node_get_object (g_ptr_array_index (objects, 2)), "weak-verb"));
}

static void
test_text (void)
{
  const char * const args[] = { "Responsible for the payments API.", "Reduced EC2 costs by 30% by moving batch jobs to spot instances.", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_suggest (args, NULL, &out, &err), ==, 0);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Bullet 1: Responsible for the payments API.\n"));
  g_assert_nonnull (strstr (out, "Score: "));
  g_assert_nonnull (strstr (out, "weak-verb: “Responsible for”"));
  /* "Responsible for" says whose the work was, not what was done: the
   * verb is the user's to pick, never "Designed" (DESIGN.md, principle 1) */
  g_assert_nonnull (strstr (out, "    1. [What you did, e.g. Ran or Built] the payments API"));
  g_assert_nonnull (strstr (out, "Bullet 2: Reduced EC2 costs by 30% by moving batch jobs to spot instances.\n  Score: 100/100\n  No issues.\n"));
}

static void
test_errors (void)
{
  static const struct {
    const char *args[4];
    const char *input;
    int         status;
    const char *message;
  } cases[] = {
    { { "--format", "yaml", "Built it", NULL }, NULL, 2, "yaml" },
    { { "--colour", NULL }, NULL, 2, "--colour" },
    /* a language Vitae has no document language for, and no tag at all */
    { { "--language", "xx", "Built it" }, NULL, 2, "--language: “xx”" },
    { { "--language", "fr!", "Built it" }, NULL, 2, "--language: “fr!”" },
    { { "--language", "", "Built it" }, NULL, 2, "--language" },
    { { "--format", "json", NULL }, "Built the API\nCut costs \xff by 30%\n", 1, "line 2" },
    { { "--format", "json", NULL }, "", 0, NULL },
    /* A control character is not text, and echoed back it would reach the
     * terminal: refused, as in a resume file. */
    { { NULL }, "Built the API\nCut costs \x1b[2J by 30%\n", 1, "line 2: the control character U+001B" },
    { { "Cut costs \x1b]0;title\x07 by 30%", NULL }, NULL, 1, "bullet 1 on the command line: the control character U+001B" },
    { { NULL }, "Cut costs\xc2\x9b by 30%\r\n", 1, "line 1: the control character U+009B" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (run_suggest (cases[i].args, cases[i].input, &out, &err), ==, cases[i].status);
      /* Nothing is printed for input that cannot be used. */
      g_assert_cmpstr (out, ==, "");
      if (cases[i].message != NULL)
        {
          g_assert_true (g_str_has_prefix (err, "vitae: "));
          g_assert_nonnull (strstr (err, cases[i].message));
        }
      else
        g_assert_cmpstr (err, ==, "");
    }
}

/* Standard input is held to a resume's limits: a line to a field's size,
 * the whole to a file's. `vitae suggest < /dev/zero` used to read one
 * endless line until memory ran out. */
static void
test_stdin_limits (void)
{
  g_autofree char *at_limit = NULL;
  g_autoptr(GString) long_line = g_string_new ("Built the payments API\n");
  g_autoptr(GString) zeros = g_string_new (NULL);
  g_autoptr(GString) many = g_string_new (NULL);
  g_autofree char *out = NULL, *err = NULL;

  /* A 64 KB line is a bullet, one byte more is refused, naming the line. */
  at_limit = g_strnfill (64 * 1024, 'a');
  g_assert_cmpint (run_suggest (NULL, at_limit, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Bullet 1: aaaa"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_string_append (long_line, at_limit);
  g_string_append (long_line, "a\nShipped it\n");
  g_assert_cmpint (run_suggest (NULL, long_line->str, &out, &err), ==, 1);
  g_test_message ("%s", err);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "vitae: standard input, line 2: "));
  g_assert_nonnull (strstr (err, "64 KB"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* What /dev/zero gives: nul bytes and no line end (a megabyte of them
   * here, so that a regression cannot fill the machine's memory). */
  g_string_set_size (zeros, 1024 * 1024);
  memset (zeros->str, 0, zeros->len);
  g_assert_cmpint (run_suggest_file (zeros->str, zeros->len, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "standard input, line 1: the line is too long"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* More than a file's 16 MB, even in short lines. */
  for (guint i = 0; i < 17 * 1024 * 1024 / 2; i++)
    g_string_append (many, "\n\n");
  g_assert_cmpint (run_suggest_file (many->str, many->len, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "standard input is too large"));
}

/* Output that cannot be written is an error: exit status 1. */
static void
test_output_error (void)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }

  /* Enough bullets that the report overflows stdio's buffer. */
  g_ptr_array_add (argv, (char *) g_getenv ("VITAE_EXE"));
  g_ptr_array_add (argv, (char *) "suggest");
  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (argv, (char *) "Responsible for working on the backend of the company website.");
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "the output could not be written"));
}

/* The words of @text, lower case, that are not in @original: what the coach
 * added. */
static GPtrArray *
added_words (const char *text,
             const char *original)
{
  g_autofree char *lower_original = g_utf8_strdown (original, -1);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) originals = g_regex_split_simple ("[^[:alnum:]']+", lower_original, 0, 0);
  g_auto(GStrv) words = g_regex_split_simple ("[^[:alnum:]']+", lower, 0, 0);
  GPtrArray *added = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !g_strv_contains ((const char * const *) originals, words[i]))
      g_ptr_array_add (added, g_strdup (words[i]));

  return added;
}

static JsonObject *
suggest_one (const char * const  *args,
             char               **out)
{
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  g_assert_cmpint (run_suggest (args, NULL, out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  objects = parse_lines (*out);
  g_assert_cmpuint (objects->len, ==, 1);

  return json_object_ref (json_node_get_object (g_ptr_array_index (objects, 0)));
}

/* `--language fr` says the bullets are French: a weak French bullet gets a
 * French rewrite, with a French [slot] and no English word the bullet did
 * not have. Without the option the coach reads it as before, as a language
 * it does not rewrite; and an English bullet reads the same with or without
 * the option's English. */
static void
test_language (void)
{
  const char *french = "Responsable de la maintenance des outils internes de facturation";
  const char *english = "Responsible for the maintenance of the internal billing tools";
  const char * const fr_args[] = { "--format", "json", "--language", "fr", french, NULL };
  const char * const plain_args[] = { "--format", "json", french, NULL };
  const char * const en_args[] = { "--format", "json", english, NULL };
  const char * const en_tag_args[] = { "--format", "json", "--language", "en-GB", english, NULL };
  /* English a French rewrite could slip in, beside what the English coach
   * itself adds to the same bullet in English */
  const char * const common[] = { "the", "and", "of", "to", "for", "with", "by", "your", "what", "how",
                                  "many", "much", "result", "own", NULL };
  g_autofree char *out = NULL, *plain_out = NULL, *en_out = NULL, *en_tag_out = NULL;
  g_autoptr(JsonObject) bullet = suggest_one (fr_args, &out);
  g_autoptr(JsonObject) plain = suggest_one (plain_args, &plain_out);
  g_autoptr(JsonObject) en_bullet = suggest_one (en_args, &en_out);
  g_autoptr(JsonObject) en_tag_bullet = suggest_one (en_tag_args, &en_tag_out);
  g_autoptr(GPtrArray) english_added = g_ptr_array_new_with_free_func (g_free);
  JsonArray *suggestions = json_object_get_array_member (bullet, "suggestions");
  JsonArray *en_suggestions = json_object_get_array_member (en_bullet, "suggestions");

  /* the English coach's own words for the same bullet in English */
  g_assert_cmpuint (json_array_get_length (en_suggestions), >, 0);
  for (guint i = 0; i < json_array_get_length (en_suggestions); i++)
    {
      const char *text = json_object_get_string_member (json_array_get_object_element (en_suggestions, i), "text");
      g_autoptr(GPtrArray) words = added_words (text, english);

      for (guint w = 0; w < words->len; w++)
        g_ptr_array_add (english_added, g_strdup (g_ptr_array_index (words, w)));
    }
  for (guint i = 0; common[i] != NULL; i++)
    g_ptr_array_add (english_added, g_strdup (common[i]));

  g_assert_true (has_kind (bullet, "weak-verb"));
  g_assert_false (has_kind (bullet, "language"));
  g_assert_cmpuint (json_array_get_length (suggestions), >, 0);
  for (guint i = 0; i < json_array_get_length (suggestions); i++)
    {
      const char *text = json_object_get_string_member (json_array_get_object_element (suggestions, i), "text");
      const char *open = strchr (text, '[');
      const char *close = open != NULL ? strchr (open, ']') : NULL;
      g_autofree char *slot = NULL;
      g_autoptr(GPtrArray) words = added_words (text, french);

      g_test_message ("%s", text);
      /* a slot that asks in French */
      g_assert_nonnull (close);
      slot = g_strndup (open, close + 1 - open);
      g_assert_true (strstr (slot, "combien") != NULL || strstr (slot, "quel") != NULL ||
                     strstr (slot, "vous") != NULL);
      for (guint w = 0; w < words->len; w++)
        for (guint e = 0; e < english_added->len; e++)
          g_assert_cmpstr (g_ptr_array_index (words, w), !=, g_ptr_array_index (english_added, e));
    }

  /* without the option: no rewrite, the checks of any language */
  g_assert_true (has_kind (plain, "language"));
  g_assert_false (has_kind (plain, "weak-verb"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plain, "suggestions")), ==, 0);

  /* English is what the coach reads without the option */
  g_assert_cmpstr (en_out, ==, en_tag_out);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vitae/suggest/json-arguments", test_json_arguments);
  g_test_add_func ("/vitae/suggest/stdin", test_stdin);
  g_test_add_func ("/vitae/suggest/text", test_text);
  g_test_add_func ("/vitae/suggest/errors", test_errors);
  g_test_add_func ("/vitae/suggest/stdin-limits", test_stdin_limits);
  g_test_add_func ("/vitae/suggest/output-error", test_output_error);
  g_test_add_func ("/vitae/suggest/language", test_language);

  return g_test_run ();
}
