/* test-bidi-text.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "vitae-test-pdf.h"

/*
 * An Arabic and a Hebrew resume with Latin words, numbers, percentages,
 * parentheses and Hebrew's prefix hyphens ("ב-Rust") inside right-to-left
 * lines, exported by `vitae export` and read back by two text extractors
 * that work differently: pdftotext orders the glyphs by where they are on
 * the page, pdf.js (what a browser shows) takes them in the order of the
 * content stream.  Both must give every field in reading order; pdf.js
 * exactly, pdftotext up to the ASCII punctuation beside an embedded Latin
 * run (poppler has no bidi algorithm for neutral characters and puts them
 * on the side where they are drawn).  And both must give the same text.
 *
 * The resumes (tests/data/bidi) were written for this test.
 */

typedef struct
{
  const char *tag;
  const char *dates[3];
} Resume;

static const Resume resumes[] = {
  { "ar", { "أبريل 2020 حتى الآن", "سبتمبر 2016 حتى مارس 2020", "سبتمبر 2012 حتى يونيو 2016" } },
  { "he", { "פברואר 2019 עד היום", "אוקטובר 2015 עד ינואר 2019", "אוקטובר 2011 עד יוני 2015" } },
};

static char *tmpdir;
static char *pdfjs;

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

static char *
export (const Resume *resume)
{
  g_autofree char *name = g_strdup_printf ("%s.json", resume->tag);
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "bidi", name, NULL);
  g_autofree char *pdf_name = g_strdup_printf ("%s.pdf", resume->tag);
  char *pdf = g_build_filename (tmpdir, pdf_name, NULL);
  const char *argv[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", pdf, NULL };

  g_free (run (argv));

  return pdf;
}

static const char *
member (JsonObject *object,
        const char *name)
{
  return json_object_get_string_member_with_default (object, name, "");
}

/* The fields of the resume in the order the page shows them. */
static GPtrArray *
expected_fields (const Resume *resume)
{
  g_autofree char *name = g_strdup_printf ("%s.json", resume->tag);
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "bidi", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  JsonObject *root, *basics;
  JsonArray *work, *education, *skills;
  guint d = 0;

  json_parser_load_from_file (parser, input, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  basics = json_object_get_object_member (root, "basics");
  work = json_object_get_array_member (root, "work");
  education = json_object_get_array_member (root, "education");
  skills = json_object_get_array_member (root, "skills");

  g_ptr_array_add (fields, g_strdup (member (basics, "name")));
  g_ptr_array_add (fields, g_strdup (member (basics, "label")));
  g_ptr_array_add (fields, g_strdup (member (basics, "email")));
  g_ptr_array_add (fields, g_strdup (member (basics, "summary")));
  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      JsonObject *job = json_array_get_object_element (work, i);
      JsonArray *highlights = json_object_get_array_member (job, "highlights");

      g_ptr_array_add (fields, g_strdup (member (job, "position")));
      g_ptr_array_add (fields, g_strdup (resume->dates[d++]));
      g_ptr_array_add (fields, g_strdup (member (job, "name")));
      for (guint j = 0; j < json_array_get_length (highlights); j++)
        g_ptr_array_add (fields, g_strdup (json_array_get_string_element (highlights, j)));
    }
  for (guint i = 0; i < json_array_get_length (education); i++)
    {
      JsonObject *school = json_array_get_object_element (education, i);

      g_ptr_array_add (fields, g_strdup (member (school, "institution")));
      g_ptr_array_add (fields, g_strdup (resume->dates[d++]));
    }
  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonArray *keywords = json_object_get_array_member (json_array_get_object_element (skills, i), "keywords");

      for (guint j = 0; j < json_array_get_length (keywords); j++)
        g_ptr_array_add (fields, g_strdup (json_array_get_string_element (keywords, j)));
    }

  return fields;
}

/* Every field of @resume is in @text, in order. */
static void
check_order (const Resume *resume,
             const char   *extractor,
             const char   *text,
             gboolean      loose)
{
  g_autofree char *squeezed = test_pdf_squeeze (text, loose);
  g_autoptr(GPtrArray) fields = expected_fields (resume);
  const char *at = squeezed;

  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *needle = test_pdf_squeeze (g_ptr_array_index (fields, i), loose);
      const char *found = strstr (at, needle);

      if (found == NULL)
        g_error ("%s: %s: “%s” is not in the text after “%s”:\n%s",
                 resume->tag, extractor, (char *) g_ptr_array_index (fields, i), at, text);
      at = found + strlen (needle);
    }
}

static char *
pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

static char *
pdfjs_text (const char *pdf)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "tools", "pdfjs-text.js", NULL);
  const char *argv[] = { "node", script, pdfjs, pdf, NULL };

  return run (argv);
}

static void
test_pdftotext (gconstpointer data)
{
  const Resume *resume = data;
  g_autofree char *pdf = export (resume);
  g_autofree char *text = pdftotext (pdf);

  check_order (resume, "pdftotext", text, TRUE);
}

static gboolean
have_pdfjs (void)
{
  g_autofree char *node = g_find_program_in_path ("node");

  if (node == NULL || pdfjs == NULL)
    {
      g_test_skip ("pdf.js and Node.js are not installed (Debian: libjs-pdf, nodejs)");
      return FALSE;
    }
  return TRUE;
}

static void
test_pdfjs (gconstpointer data)
{
  const Resume *resume = data;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  if (!have_pdfjs ())
    return;
  pdf = export (resume);
  text = pdfjs_text (pdf);
  check_order (resume, "pdf.js", text, FALSE);
}

static void
test_agree (gconstpointer data)
{
  const Resume *resume = data;
  g_autofree char *pdf = NULL;
  g_autofree char *poppler = NULL, *browser = NULL;
  g_autofree char *a = NULL, *b = NULL;

  if (!have_pdfjs ())
    return;
  pdf = export (resume);
  poppler = pdftotext (pdf);
  browser = pdfjs_text (pdf);
  a = test_pdf_squeeze (poppler, TRUE);
  b = test_pdf_squeeze (browser, TRUE);
  if (!g_str_equal (a, b))
    g_error ("%s: pdftotext and pdf.js disagree:\n%s\n---\n%s", resume->tag, poppler, browser);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *candidates[] = { g_getenv ("VITAE_PDFJS"), "/usr/share/javascript/pdf/build/pdf.js",
                               "/usr/share/nodejs/pdfjs-dist/build/pdf.js" };
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && pdfjs == NULL; i++)
    if (candidates[i] != NULL && g_file_test (candidates[i], G_FILE_TEST_EXISTS))
      pdfjs = g_strdup (candidates[i]);

  tmpdir = g_dir_make_tmp ("vitae-bidi-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
    {
      g_autofree char *a = g_strdup_printf ("/vitae/bidi/%s/pdftotext", resumes[i].tag);
      g_autofree char *b = g_strdup_printf ("/vitae/bidi/%s/pdfjs", resumes[i].tag);
      g_autofree char *c = g_strdup_printf ("/vitae/bidi/%s/agree", resumes[i].tag);

      g_test_add_data_func (a, &resumes[i], test_pdftotext);
      g_test_add_data_func (b, &resumes[i], test_pdfjs);
      g_test_add_data_func (c, &resumes[i], test_agree);
    }

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  g_free (pdfjs);

  return status;
}
