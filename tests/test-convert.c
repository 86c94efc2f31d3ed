/* test-convert.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

/*
 * `vitae convert` as a user runs it: each bad input must end with exit
 * status 1, a message on stderr naming the file and the problem, no output
 * file created, and an output file that already existed left byte for byte
 * as it was.
 */

#define OLD_CONTENT "precious: the user's previous export\n"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_vitae (Run                 *run,
           const char * const  *env,
           const char          *first_arg,
           ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("VITAE_EXE"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vitae-convert-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
source_path (const char *first,
             ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_getenv ("VITAE_SOURCE_ROOT"));
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* Bad inputs */

typedef enum
{
  MAKE_FIXTURE,   /* copy tests/data/io/NAME */
  MAKE_HUGE,      /* a sparse 100 MB file */
  MAKE_DIRECTORY, /* a folder named like a resume */
  MAKE_NOTHING,   /* a file that does not exist */
  MAKE_NESTED,    /* 100,000 nested brackets */
  MAKE_BAD_UTF8,  /* Latin-1 bytes in a .vitae */
} Make;

static void
make_input (const char *path,
            const char *name,
            Make        make)
{
  switch (make)
    {
    case MAKE_FIXTURE:
      {
        g_autofree char *fixture = source_path ("tests", "data", "io", name, NULL);
        g_autofree char *contents = read_file (fixture);

        write_file (path, contents, -1);
      }
      break;

    case MAKE_HUGE:
      {
        int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

        g_assert_cmpint (fd, >=, 0);
        g_assert_no_errno (ftruncate (fd, 100 * 1024 * 1024));
        g_assert_no_errno (close (fd));
      }
      break;

    case MAKE_DIRECTORY:
      g_assert_no_errno (g_mkdir (path, 0755));
      break;

    case MAKE_NOTHING:
      break;

    case MAKE_NESTED:
      {
        g_autoptr(GString) json = g_string_new ("{\"work\": ");

        for (guint i = 0; i < 100000; i++)
          g_string_append_c (json, '[');
        for (guint i = 0; i < 100000; i++)
          g_string_append_c (json, ']');
        g_string_append (json, "}\n");
        write_file (path, json->str, json->len);
      }
      break;

    case MAKE_BAD_UTF8:
      write_file (path,
                  "<?xml version=\"1.0\"?>\n"
                  "<resume xmlns=\"https://vitae.github.io/ns/1\" version=\"1\">\n"
                  "<basics><name>Zo\xeb M\xfcller</name></basics>\n"
                  "</resume>\n", -1);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_bad_input (void)
{
  static const struct {
    const char *name;
    Make        make;
    const char *problem; /* on stderr, after the file name */
  } cases[] = {
    { "external-entity.vitae", MAKE_FIXTURE, ":2: the file declares a document type" },
    { "parameter-entity.vitae", MAKE_FIXTURE, ":2: the file declares a document type" },
    { "billion-laughs.vitae", MAKE_FIXTURE, ":2: the file declares a document type" },
    { "truncated.vitae", MAKE_FIXTURE, ": the file ends before element" },
    { "malformed.vitae", MAKE_FIXTURE, ":9: this end tag does not close element “bullet” opened on line 9" },
    { "wrong-root.vitae", MAKE_FIXTURE, ":2: this is not a Vitae resume" },
    { "schema-violation.vitae", MAKE_FIXTURE, ":12: element “bulet” is not allowed in “bullets”" },
    { "wrong-types.json", MAKE_FIXTURE, ": work[1].highlights[0] must be a string" },
    { "not-an-object.json", MAKE_FIXTURE, ": a JSON Resume is an object" },
    { "invalid-utf8.vitae", MAKE_BAD_UTF8, "” is not valid UTF-8 text (line 3)" },
    { "empty.vitae", MAKE_FIXTURE, "” is empty" },
    { "huge.vitae", MAKE_HUGE, "” is too large" },
    { "folder.vitae", MAKE_DIRECTORY, "” is a folder, not a file" },
    { "missing.vitae", MAKE_NOTHING, "No such file or directory" },
    { "nested.json", MAKE_NESTED, ":1: arrays and objects are nested more than 64 deep" },
  };
  g_autofree char *hostname = NULL;

  g_file_get_contents ("/etc/hostname", &hostname, NULL, NULL);
  if (hostname != NULL)
    g_strstrip (hostname);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = make_temp_dir ();
      g_autofree char *input = g_build_filename (dir, cases[i].name, NULL);

      g_test_message ("case %u: %s", i, cases[i].name);
      make_input (input, cases[i].name, cases[i].make);

      /* Once with no output file, once over an existing one, for each
       * output format. */
      for (guint j = 0; j < 6; j++)
        {
          const char *extensions[] = { "vitae", "json", "txt" };
          gboolean existing = j % 2 == 1;
          g_autofree char *output = g_strdup_printf ("%s/out.%s", dir, extensions[j / 2]);
          g_autofree char *after = NULL;
          g_auto(Run) run = { 0, };

          if (existing)
            write_file (output, OLD_CONTENT, -1);
          run_vitae (&run, NULL, "convert", input, output, NULL);

          g_test_message ("  → %s", run.err);
          g_assert_cmpint (run.status, ==, 1);
          g_assert_cmpstr (run.out, ==, "");
          g_assert_true (g_str_has_prefix (run.err, "vitae: "));
          if (strstr (run.err, cases[i].name) == NULL || strstr (run.err, cases[i].problem) == NULL)
            g_error ("case %s: expected the file name and “%s” in “%s”", cases[i].name, cases[i].problem, run.err);
          if (hostname != NULL && strlen (hostname) > 3)
            g_assert_null (strstr (run.err, hostname));

          if (existing)
            {
              after = read_file (output);
              g_assert_cmpstr (after, ==, OLD_CONTENT);
              g_assert_no_errno (g_unlink (output));
            }
          else
            g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

          /* Only the input is left in the folder: no temporary files. */
          g_assert_cmpuint (count_entries (dir), ==, cases[i].make == MAKE_NOTHING ? 0 : 1);
        }

      remove_tree (dir);
    }
}

/* Destinations that cannot be written. Tests may run as root, for whom
 * permissions do not stop a write, so the obstacles are structural. */
static void
test_unwritable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "junior-weak.json", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.vitae", NULL);
  g_autofree char *under_file = g_build_filename (blocker, "out.vitae", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "missing", "out.json", NULL);
  const char *outputs[] = { under_file, missing_dir, folder };

  write_file (blocker, OLD_CONTENT, -1);
  g_assert_no_errno (g_mkdir (folder, 0755));

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *kept = NULL;
      g_auto(Run) run = { 0, };

      run_vitae (&run, NULL, "convert", input, outputs[i], NULL);
      g_test_message ("%s → %s", outputs[i], run.err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, outputs[i]));
      g_assert_nonnull (strstr (run.err, "Could not save"));

      kept = read_file (blocker);
      g_assert_cmpstr (kept, ==, OLD_CONTENT);
      g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
      g_assert_cmpuint (count_entries (folder), ==, 0);
      g_assert_cmpuint (count_entries (dir), ==, 2);
    }

  remove_tree (dir);
}

/* A disk that fills up in the middle of a save leaves the old file as it
 * was and no temporary file behind. */
static void
test_disk_full (void)
{
  const char *shim = g_getenv ("VITAE_FAULT_WRITE");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "senior-backend.json", NULL);
  const char *names[] = { "resume.vitae", "resume.json", "resume.txt" };

  g_assert_nonnull (shim);
  g_assert_true (g_file_test (shim, G_FILE_TEST_EXISTS));

  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      g_autofree char *output = g_build_filename (dir, names[f], NULL);
      gsize size;

      /* With room enough, the save goes through under the shim, so the
       * failures below are the full disk's and not the shim's. */
      {
        const char *env[] = { "LD_PRELOAD", shim, "VITAE_FAULT_WRITE_AFTER", "100000000", NULL };
        g_autofree char *written = NULL;
        g_auto(Run) run = { 0, };

        write_file (output, OLD_CONTENT, -1);
        run_vitae (&run, env, "convert", input, output, NULL);
        g_assert_cmpint (run.status, ==, 0);
        written = read_file (output);
        g_assert_nonnull (strstr (written, "Marisol Okafor"));
        size = strlen (written);
        g_assert_cmpuint (size, >, 1000);
      }

      /* Nothing written, one byte, half the file, all but its last byte. */
      for (guint i = 0; i < 4; i++)
        {
          gsize limits[] = { 0, 1, size / 2, size - 1 };
          g_autofree char *limit = g_strdup_printf ("%" G_GSIZE_FORMAT, limits[i]);
          const char *env[] = { "LD_PRELOAD", shim, "VITAE_FAULT_WRITE_AFTER", limit, NULL };
          g_autofree char *after = NULL;
          g_auto(Run) run = { 0, };

          write_file (output, OLD_CONTENT, -1);
          run_vitae (&run, env, "convert", input, output, NULL);

          g_test_message ("%s after %s of %" G_GSIZE_FORMAT " bytes → %s", names[f], limit, size, run.err);
          g_assert_cmpint (run.status, ==, 1);
          g_assert_nonnull (strstr (run.err, output));
          g_assert_nonnull (strstr (run.err, g_strerror (ENOSPC)));

          after = read_file (output);
          g_assert_cmpstr (after, ==, OLD_CONTENT);
          g_assert_cmpuint (count_entries (dir), ==, 1);
        }

      g_assert_no_errno (g_unlink (output));
    }

  remove_tree (dir);
}

/* On a file system without locks (the document portal's in Flatpak), a save
 * still lands, over and over, and leaves no temporary file behind. */
static void
test_no_locks (void)
{
  const char *shim = g_getenv ("VITAE_FAULT_FLOCK");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "senior-backend.json", NULL);
  g_autofree char *output = g_build_filename (dir, "resume.vitae", NULL);
  const char *env[] = { "LD_PRELOAD", shim, NULL };

  g_assert_nonnull (shim);
  g_assert_true (g_file_test (shim, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *written = NULL;
      g_auto(Run) run = { 0, };

      run_vitae (&run, env, "convert", input, output, NULL);
      g_test_message ("save %u without locks → %d %s", i, run.status, run.err ? run.err : "");
      g_assert_cmpint (run.status, ==, 0);
      written = read_file (output);
      g_assert_nonnull (strstr (written, "Marisol Okafor"));
      g_assert_cmpuint (count_entries (dir), ==, 1);
    }

  remove_tree (dir);
}

/* Samples */

static JsonNode *
parse_json_file (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* Each shipped .vitae sample is exactly what `vitae convert` makes of its
 * .json, and converting it back gives the same JSON. */
static void
test_samples (void)
{
  const char *names[] = { "senior-backend", "junior-weak" };
  g_autofree char *dir = make_temp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *json_name = g_strconcat (names[i], ".json", NULL);
      g_autofree char *vitae_name = g_strconcat (names[i], ".vitae", NULL);
      g_autofree char *json = source_path ("data", "samples", json_name, NULL);
      g_autofree char *shipped = source_path ("data", "samples", vitae_name, NULL);
      g_autofree char *converted = g_build_filename (dir, vitae_name, NULL);
      g_autofree char *back = g_build_filename (dir, json_name, NULL);
      g_autofree char *shipped_bytes = NULL;
      g_autofree char *converted_bytes = NULL;
      g_autoptr(JsonNode) original = NULL;
      g_autoptr(JsonNode) round_trip = NULL;
      g_auto(Run) run1 = { 0, };
      g_auto(Run) run2 = { 0, };

      run_vitae (&run1, NULL, "convert", json, converted, NULL);
      g_assert_cmpstr (run1.err, ==, "");
      g_assert_cmpint (run1.status, ==, 0);

      shipped_bytes = read_file (shipped);
      converted_bytes = read_file (converted);
      g_assert_cmpstr (shipped_bytes, ==, converted_bytes);

      run_vitae (&run2, NULL, "convert", shipped, back, NULL);
      g_assert_cmpint (run2.status, ==, 0);
      original = parse_json_file (json);
      round_trip = parse_json_file (back);
      g_assert_true (json_node_equal (original, round_trip));
    }

  remove_tree (dir);
}

/* Plain text */

static char **
convert_to_lines (const char *input)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *output = g_build_filename (dir, "resume.txt", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(Run) run = { 0, };

  run_vitae (&run, NULL, "convert", input, output, NULL);
  g_assert_cmpint (run.status, ==, 0);
  first = read_file (output);

  /* The same document gives the same text. */
  run_clear (&run);
  run_vitae (&run, NULL, "convert", input, output, NULL);
  second = read_file (output);
  g_assert_cmpstr (first, ==, second);

  g_assert_true (g_utf8_validate (first, -1, NULL));
  g_assert_true (g_str_has_suffix (first, "\n"));
  g_assert_false (g_str_has_suffix (first, "\n\n"));
  remove_tree (dir);

  return g_strsplit (first, "\n", -1);
}

static gboolean
has_line (char       **lines,
          const char  *line)
{
  return g_strv_contains ((const char * const *) lines, line);
}

static void
test_text (void)
{
  static const struct {
    const char *sample;
    const char *line;
  } expected[] = {
    { "senior-backend.vitae", "Marisol Okafor" },
    { "senior-backend.vitae", "Senior Backend Engineer" },
    { "senior-backend.vitae", "marisol.okafor@example.com | +1 415 555 0142 | Oakland, California, US | "
                              "https://marisol.dev | https://github.com/msokafor | "
                              "https://www.linkedin.com/in/marisol-okafor" },
    { "senior-backend.vitae", "SUMMARY" },
    { "senior-backend.vitae", "EXPERIENCE" },
    { "senior-backend.vitae", "Senior Backend Engineer, Parcelway — San Francisco, CA | Mar 2021 – Present" },
    { "senior-backend.vitae", "Backend Engineer, Tallybook — Austin, TX | Jun 2017 – Feb 2021" },
    { "senior-backend.vitae", "- Cut checkout API p99 latency from 1.9 s to 340 ms by replacing N+1 ORM queries "
                              "with two batched PostgreSQL queries and adding covering indexes found through "
                              "EXPLAIN ANALYZE." },
    { "senior-backend.vitae", "EDUCATION" },
    { "senior-backend.vitae", "Bachelor of Science in Computer Science, University of Illinois Urbana-Champaign | "
                              "Aug 2011 – May 2015" },
    { "senior-backend.vitae", "Courses: Distributed Systems, Database Systems" },
    { "senior-backend.vitae", "CERTIFICATIONS" },
    { "senior-backend.vitae", "AWS Certified Solutions Architect – Professional, Amazon Web Services | May 2023" },
    { "senior-backend.vitae", "SKILLS" },
    { "senior-backend.vitae", "Languages (Expert): Go, Python, SQL, Java" },
    { "senior-backend.vitae", "Databases and messaging: PostgreSQL, Redis, DynamoDB, Kafka, Amazon SQS" },
    { "senior-backend.vitae", "pgshard-check (application) | Jan 2022 – Present" },
    { "senior-backend.vitae", "Roles: Author, Maintainer" },
    { "senior-backend.vitae", "English: Native" },
    { "junior-weak.json", "Tyler Brandt" },
    { "junior-weak.json", "tyler.brandt@example.com | (555) 010-2233 | Columbus, Ohio, US" },
    { "junior-weak.json", "Junior Developer, Midtown Digital Agency — Columbus, OH | Jul 2023 – Present" },
    { "junior-weak.json", "- Responsible for working on the backend of the company website." },
    { "junior-weak.json", "INTERESTS" },
    { "junior-weak.json", "Video games" },
  };
  const char *samples[] = { "senior-backend.vitae", "junior-weak.json" };

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autofree char *input = source_path ("data", "samples", samples[s], NULL);
      g_auto(GStrv) lines = convert_to_lines (input);
      guint blank_runs = 0;

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        if (g_str_equal (expected[i].sample, samples[s]) && !has_line (lines, expected[i].line))
          g_error ("%s: no line “%s”", samples[s], expected[i].line);

      /* Web forms wrap lines themselves; the export never leaves blank runs,
       * trailing blanks or indentation. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          gsize len = strlen (lines[i]);

          blank_runs += (len == 0 && lines[i + 1] != NULL && lines[i + 1][0] == '\0' && lines[i + 2] != NULL);
          if (len > 0)
            {
              g_assert_false (g_ascii_isspace (lines[i][0]));
              g_assert_false (g_ascii_isspace (lines[i][len - 1]));
            }
        }
      g_assert_cmpuint (blank_runs, ==, 0);
    }

  /* The whole layout, on input typed carelessly: blank-line runs, Windows
   * line ends, indentation, dates in every form, a link without address. */
  {
    static const char *json =
      "{\"basics\": {\"name\": \"  Ana Núñez \", \"label\": \"Backend Engineer\","
      "  \"summary\": \"  First paragraph.\\r\\n\\r\\n\\r\\n   Second paragraph.  \\n\\n\","
      "  \"email\": \"ana@example.org\", \"location\": {\"city\": \"Berlin\", \"countryCode\": \"DE\"},"
      "  \"profiles\": [{\"network\": \"Mastodon\", \"username\": \"@ana@example.social\"}]},"
      " \"work\": [{\"name\": \"Acme\", \"position\": \"Engineer\", \"startDate\": \"2021-04-12\","
      "   \"highlights\": [\"Cut p99 latency from 3.2 s to 180 ms\", \"Two\\nlines\"]},"
      "  {\"name\": \"Globex\", \"startDate\": \"Spring 2019\", \"endDate\": \"2021\"}],"
      " \"skills\": [{\"name\": \"Databases\", \"keywords\": [\"PostgreSQL\", \"Redis\"]}, {\"name\": \"Go\"}],"
      " \"x-vitae-sections\": [{\"title\": \"Talks\", \"entries\": [{\"title\": \"Scaling Postgres\","
      "   \"organization\": \"PGConf EU\", \"date\": \"2023-10\"}]}]}";
    static const char *layout =
      "Ana Núñez\n"
      "Backend Engineer\n"
      "ana@example.org | Berlin, DE | Mastodon: @ana@example.social\n"
      "\n"
      "SUMMARY\n"
      "First paragraph.\n"
      "\n"
      "Second paragraph.\n"
      "\n"
      "EXPERIENCE\n"
      "Engineer, Acme | Apr 2021 – Present\n"
      "- Cut p99 latency from 3.2 s to 180 ms\n"
      "- Two\n"
      "lines\n"
      "\n"
      "Globex | Spring 2019 – 2021\n"
      "\n"
      "SKILLS\n"
      "Databases: PostgreSQL, Redis\n"
      "Go\n"
      "\n"
      "TALKS\n"
      "Scaling Postgres, PGConf EU | Oct 2023\n";
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *input = g_build_filename (dir, "careless.json", NULL);
    g_autofree char *output = g_build_filename (dir, "careless.txt", NULL);
    g_autofree char *text = NULL;
    g_auto(Run) run = { 0, };

    write_file (input, json, -1);
    run_vitae (&run, NULL, "convert", input, output, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    text = read_file (output);
    g_assert_cmpstr (text, ==, layout);
    remove_tree (dir);
  }

  /* Non-Latin text and every date form. */
  {
    g_autofree char *input = source_path ("tests", "data", "io", "full.json", NULL);
    g_auto(GStrv) lines = convert_to_lines (input);

    g_assert_true (has_line (lines, "Zoë Ōtsuka-Haddad"));
    g_assert_true (has_line (lines, "مهندسة برمجيات, شركة البيانات — دبي | Sep 2017 – Mar 2021"));
    g_assert_true (has_line (lines, "修士 in 情報理工学, 東京大学 | Apr 2015 – Mar 2017"));
    g_assert_true (has_line (lines, "Mentorin, Code für Kinder e.V. | 2019 – 2022"));
    g_assert_true (has_line (lines, "Prix de l’ingénierie, Académie des Technologies | Nov 2022"));
    g_assert_true (has_line (lines, "- 迁移了 12 个服务到 Kubernetes，成本降低 31%。"));
    g_assert_true (has_line (lines, "العربية: طلاقة"));
    g_assert_true (has_line (lines, "言語 (上級): Go, Rust"));
    g_assert_true (has_line (lines, "VOLUNTEERING"));
    g_assert_true (has_line (lines, "REFERENCES"));
  }
}

/* Symbolic links */

static void
assert_link (const char *path,
             const char *points_to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  GStatBuf st;

  g_assert_no_errno (g_lstat (path, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  target = g_file_read_link (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (target, ==, points_to);
}

/* Saving to a link writes the file at the end of its chain, atomically
 * beside it, and keeps every link: an editor's dotfiles and a resume kept
 * in a synced folder behind a link stay as the user arranged them. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "senior-backend.json", NULL);
  g_autofree char *real = g_build_filename (dir, "real", NULL);
  g_autofree char *links = g_build_filename (dir, "links", NULL);
  g_autofree char *target = g_build_filename (real, "resume.json", NULL);
  g_autofree char *first = g_build_filename (links, "a.json", NULL);
  g_autofree char *second = g_build_filename (links, "b.json", NULL);
  g_autofree char *loop = g_build_filename (links, "loop.vitae", NULL);
  g_autofree char *dangling = g_build_filename (links, "new.txt", NULL);
  g_autofree char *created = g_build_filename (real, "new.txt", NULL);
  g_autofree char *pdf_link = g_build_filename (links, "out.pdf", NULL);
  g_autofree char *pdf = g_build_filename (real, "out.pdf", NULL);
  g_autofree char *written = NULL;
  GStatBuf st;

  g_assert_no_errno (g_mkdir (real, 0755));
  g_assert_no_errno (g_mkdir (links, 0755));
  write_file (target, OLD_CONTENT, -1);
  g_assert_no_errno (g_chmod (target, 0600));
  /* A relative link to a relative link to the file in another folder. */
  g_assert_no_errno (symlink ("../real/resume.json", second));
  g_assert_no_errno (symlink ("b.json", first));

  {
    g_auto(Run) run = { 0, };

    run_vitae (&run, NULL, "convert", input, first, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }
  assert_link (first, "b.json");
  assert_link (second, "../real/resume.json");
  written = read_file (target);
  g_assert_nonnull (strstr (written, "Marisol Okafor"));
  g_assert_no_errno (g_stat (target, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_entries (real), ==, 1);
  g_assert_cmpuint (count_entries (links), ==, 2);

  /* A link to a file that does not exist yet creates it where it points. */
  g_assert_no_errno (symlink ("../real/new.txt", dangling));
  {
    g_auto(Run) run = { 0, };

    run_vitae (&run, NULL, "convert", input, dangling, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  assert_link (dangling, "../real/new.txt");
  g_assert_true (g_file_test (created, G_FILE_TEST_IS_REGULAR));

  /* The PDF export saves the same way. */
  write_file (pdf, OLD_CONTENT, -1);
  g_assert_no_errno (symlink (pdf, pdf_link));
  {
    g_auto(Run) run = { 0, };
    g_autofree char *bytes = NULL;

    run_vitae (&run, NULL, "export", input, "-o", pdf_link, NULL);
    g_assert_cmpint (run.status, ==, 0);
    bytes = read_file (pdf);
    g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  }
  assert_link (pdf_link, pdf);

  /* A loop is refused, naming the file, and nothing is written. */
  g_assert_no_errno (symlink ("loop.vitae", loop));
  {
    g_auto(Run) run = { 0, };

    run_vitae (&run, NULL, "convert", input, loop, NULL);
    g_test_message ("%s", run.err);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "loop.vitae"));
    g_assert_nonnull (strstr (run.err, g_strerror (ELOOP)));
  }
  assert_link (loop, "loop.vitae");
  g_assert_cmpuint (count_entries (real), ==, 3);
  g_assert_cmpuint (count_entries (links), ==, 5);

  remove_tree (dir);
}

/* Standard output */

static GBytes *
run_vitae_bytes (int        *status,
                 const char *first_arg,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *out = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("VITAE_EXE"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);

  return out;
}

/* "-" is standard output, for the Flatpak sandbox, where only the files
 * handed in exist: `vitae export FILE -o - > OUT.pdf`. */
static void
test_stdout (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "senior-backend.json", NULL);
  g_autofree char *bad = source_path ("tests", "data", "io", "truncated.vitae", NULL);
  const char *formats[] = { "vitae", "json", "txt" };

  /* Each format on standard output is what the file would hold. */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strconcat ("resume.", formats[i], NULL);
      g_autofree char *output = g_build_filename (dir, name, NULL);
      g_autofree char *file = NULL;
      g_auto(Run) to_file = { 0, };
      g_auto(Run) to_stdout = { 0, };

      run_vitae (&to_file, NULL, "convert", input, output, NULL);
      g_assert_cmpint (to_file.status, ==, 0);
      file = read_file (output);
      run_vitae (&to_stdout, NULL, "convert", input, "-", "--to", formats[i], NULL);
      g_assert_cmpstr (to_stdout.err, ==, "");
      g_assert_cmpint (to_stdout.status, ==, 0);
      g_assert_cmpstr (to_stdout.out, ==, file);
      g_assert_no_errno (g_unlink (output));
    }

  /* Without a format, or with one that cannot be written, it is a usage
   * error; a bad input writes nothing. */
  {
    const char *cases[][4] = {
      { "-", NULL, NULL, "--to" },
      { "-", "--to", "pdf", "pdf" },
      { "out.json", "--to", "txt", "out.json" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *out = g_str_equal (cases[i][0], "-") ? g_strdup ("-")
                                                              : g_build_filename (dir, cases[i][0], NULL);
        g_auto(Run) run = { 0, };

        run_vitae (&run, NULL, "convert", input, out, cases[i][1], cases[i][2], NULL);
        g_test_message ("%s", run.err);
        g_assert_cmpint (run.status, ==, 2);
        g_assert_cmpstr (run.out, ==, "");
        g_assert_nonnull (strstr (run.err, cases[i][3]));
        g_assert_cmpuint (count_entries (dir), ==, 0);
      }
  }
  {
    g_auto(Run) run = { 0, };

    run_vitae (&run, NULL, "convert", bad, "-", "--to", "json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
  }

  /* The PDF: whole, and nothing at all when the input is bad. */
  {
    g_autoptr(GBytes) pdf = NULL;
    g_autoptr(GBytes) none = NULL;
    const char *data;
    gsize size;
    int status = -1;

    pdf = run_vitae_bytes (&status, "export", input, "-o", "-", NULL);
    g_assert_cmpint (status, ==, 0);
    data = g_bytes_get_data (pdf, &size);
    g_assert_cmpuint (size, >, 1000);
    g_assert_true (memcmp (data, "%PDF-", 5) == 0);
    g_assert_nonnull (g_strstr_len (data + size - 16, 16, "%%EOF"));

    none = run_vitae_bytes (&status, "export", bad, "-o", "-", NULL);
    g_assert_cmpint (status, ==, 1);
    g_assert_cmpuint (g_bytes_get_size (none), ==, 0);
  }

  remove_tree (dir);
}

/* File names */

/* A file name is data: a newline in it must not forge a line of output,
 * an escape sequence must not reach the terminal, and bytes that are not
 * UTF-8 must not make the message invalid text. */
static void
test_file_names (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "junior-weak.json", NULL);
  const char *name = "cv\nvitae: all good \x1b[2J\xff\xe2\x80\xae.json";
  const char *shown = "cv\\nvitae: all good \\x1B[2J\\xFF\\u202E.json";
  g_autofree char *hostile = g_build_filename (dir, name, NULL);
  g_autofree char *missing = g_build_filename (dir, name, "out.json", NULL);

  /* As an input that is refused, and as an output that cannot be saved. */
  write_file (hostile, "{\"basics\": [] }", -1);
  for (guint i = 0; i < 2; i++)
    {
      g_auto(Run) run = { 0, };

      if (i == 0)
        {
          g_autofree char *output = g_build_filename (dir, "out.json", NULL);

          run_vitae (&run, NULL, "convert", hostile, output, NULL);
          g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
        }
      else
        run_vitae (&run, NULL, "convert", input, missing, NULL);
      g_test_message ("%s", run.err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_true (g_utf8_validate (run.err, -1, NULL));
      g_assert_nonnull (strstr (run.err, shown));
      g_assert_null (strchr (run.err, '\x1b'));
      /* One message, one line. */
      g_assert_true (g_str_has_suffix (run.err, "\n"));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
    }

  remove_tree (dir);
}

/* Usage errors exit with 2 and write nothing. */
static void
test_usage (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *input = source_path ("data", "samples", "junior-weak.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *doc = g_build_filename (dir, "out.doc", NULL);
  g_autofree char *json = g_build_filename (dir, "out.json", NULL);
  const char *cases[][6] = {
    { "export", input, NULL },
    { "export", input, "-o", doc, NULL },
    { "export", input, "-o", pdf, "--paper", "a3" },
    { "export", input, "-o", pdf, "--template", "nope" },
    { "export", input, input, "-o", pdf, NULL },
    { "convert", input, NULL },
    { "convert", input, pdf, NULL },
    { "convert", input, json, "--bogus", NULL },
    { "convert", input, "-", "--to", "docx", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0, };

      run_vitae (&run, NULL, cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4], cases[i][5], NULL);
      g_test_message ("case %u: %s", i, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "vitae: "));
      g_assert_cmpuint (count_entries (dir), ==, 0);
    }

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vitae/convert/bad-input", test_bad_input);
  g_test_add_func ("/vitae/convert/unwritable", test_unwritable);
  g_test_add_func ("/vitae/convert/disk-full", test_disk_full);
  g_test_add_func ("/vitae/convert/no-locks", test_no_locks);
  g_test_add_func ("/vitae/convert/samples", test_samples);
  g_test_add_func ("/vitae/convert/text", test_text);
  g_test_add_func ("/vitae/convert/symlink", test_symlink);
  g_test_add_func ("/vitae/convert/stdout", test_stdout);
  g_test_add_func ("/vitae/convert/file-names", test_file_names);
  g_test_add_func ("/vitae/convert/usage", test_usage);

  return g_test_run ();
}
