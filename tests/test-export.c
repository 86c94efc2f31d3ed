/* test-export.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-fields.h"
#include "vitae-render.h"
#include "vitae-test-pdf.h"

/* Runs `vitae export` (or a poppler tool) and what every reader of the PDF
 * would see: the text as extracted, the fonts, the links, the metadata. */

static char *tmpdir;

static const char *
source_root (void)
{
  const char *root = g_getenv ("VITAE_SOURCE_ROOT");

  g_assert_nonnull (root);

  return root;
}

static gboolean
have_poppler (void)
{
  static const char *tools[] = { "pdftotext", "pdffonts", "pdfinfo" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);

      if (path == NULL)
        {
          g_test_skip ("poppler-utils is not installed");
          return FALSE;
        }
    }

  return TRUE;
}

/* Runs @argv, returning its exit status and output. */
static int
run (const char * const  *argv,
     char               **out,
     char               **err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *local_out = NULL;
  g_autofree char *local_err = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &local_out, &local_err, &status, &error);
  g_assert_no_error (error);

  if (out != NULL)
    *out = g_steal_pointer (&local_out);
  if (err != NULL)
    *err = g_steal_pointer (&local_err);

  if (WIFEXITED (status))
    return WEXITSTATUS (status);

  return -1;
}

static int
run_export (const char  *input,
            const char  *output,
            const char  *template_id,
            const char  *paper,
            char       **err)
{
  const char *argv[10];
  guint n = 0;

  argv[n++] = g_getenv ("VITAE_EXE");
  argv[n++] = "export";
  argv[n++] = input;
  argv[n++] = "-o";
  argv[n++] = output;
  if (template_id != NULL)
    {
      argv[n++] = "--template";
      argv[n++] = template_id;
    }
  if (paper != NULL)
    {
      argv[n++] = "--paper";
      argv[n++] = paper;
    }
  argv[n] = NULL;

  return run (argv, NULL, err);
}

static gboolean
is_rtl (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HEBREW || script == G_UNICODE_SCRIPT_ARABIC;
}

/* Collapses every run of white space into one space, as extractors differ
 * in how they join lines. pdftotext also wraps right-to-left runs in
 * embedding controls and guesses spaces inside and around them from glyph
 * gaps (Arabic joining forms fool it), so the controls are dropped and white
 * space next to a right-to-left letter is ignored; the letters themselves
 * must still all be there, in order. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  gunichar last = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        continue;

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space && !is_rtl (c) && !is_rtl (last))
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
      last = c;
    }

  return g_string_free (out, FALSE);
}

static char *
extract_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *out = NULL;

  g_assert_cmpint (run (argv, &out, NULL), ==, 0);

  return normalise (out);
}

static char *
read_bytes (const char *path,
            gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);

  return data;
}

/* PDF streams hold NUL bytes, so string functions would stop early. */
static gboolean
bytes_contain (const char *data,
               gsize       length,
               const char *needle)
{
  gsize size = strlen (needle);

  for (gsize i = 0; i + size <= length; i++)
    if (memcmp (data + i, needle, size) == 0)
      return TRUE;

  return FALSE;
}

static GPtrArray *
list_inputs (void)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *samples = g_build_filename (source_root (), "data", "samples", NULL);
  g_autoptr(GDir) dir = g_dir_open (samples, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_ptr_array_add (inputs, g_build_filename (source_root (), "tests", "data", "render",
                                             "everything.json", NULL));

  /* Every sample resume, in both formats. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".vitae"))
      g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (inputs, g_build_filename (samples, g_ptr_array_index (names, i), NULL));

  return inputs;
}

static char *
output_path (const char *input,
             const char *template_id)
{
  g_autofree char *base = g_path_get_basename (input);
  g_autofree char *name = g_strdup_printf ("%s-%s.pdf", base, template_id);

  return g_build_filename (tmpdir, name, NULL);
}

/* Exports every input with every template once, for the tests that read
 * the results. */
static void
ensure_exports (void)
{
  static gboolean done;
  g_autoptr(GPtrArray) inputs = NULL;

  if (done)
    return;
  done = TRUE;

  inputs = list_inputs ();
  for (guint i = 0; i < inputs->len; i++)
    for (guint t = 0; t < vitae_template_get_count (); t++)
      {
        const char *input = g_ptr_array_index (inputs, i);
        const char *id = vitae_template_get_nth (t)->id;
        g_autofree char *output = output_path (input, id);
        g_autofree char *err = NULL;

        g_test_message ("export %s with %s", input, id);
        g_assert_cmpint (run_export (input, output, id, NULL, &err), ==, 0);
        g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
      }
}

/* ------------------------------------------------------------------ */

typedef struct
{
  const char *text;
  gsize       pos;
  GArray     *starts;   /* where each entry's window begins */
  GPtrArray  *windows;  /* what each window must hold */
} Reader;

static gsize
find_from (const char *text,
           gsize       from,
           const char *needle)
{
  const char *found = strstr (text + from, needle);

  return found ? (gsize) (found - text) : G_MAXSIZE;
}

/* Asserts @expected comes next in reading order. */
static gsize
expect_next (Reader     *reader,
             const char *expected)
{
  g_autofree char *needle = normalise (expected);
  gsize at;

  if (needle[0] == '\0')
    return reader->pos;

  at = find_from (reader->text, reader->pos, needle);
  if (at == G_MAXSIZE)
    g_error ("“%s” is missing or out of order after “%.80s”", needle, reader->text + reader->pos);

  reader->pos = at + strlen (needle);

  return at;
}

/* Starts a window: fields that a column layout may place beside the
 * heading must be found before the next window begins. */
static void
begin_window (Reader *reader,
              gsize   start)
{
  g_array_append_val (reader->starts, start);
  g_ptr_array_add (reader->windows, g_ptr_array_new_with_free_func (g_free));
}

static void
expect_in_window (Reader     *reader,
                  const char *expected)
{
  GPtrArray *window = g_ptr_array_index (reader->windows, reader->windows->len - 1);

  if (expected != NULL && expected[0] != '\0')
    g_ptr_array_add (window, normalise (expected));
}

static char *
join (const char * const *list)
{
  return g_strjoinv (", ", (char **) list);
}

static void
read_entry (Reader           *reader,
            VitaeSectionKind  kind,
            VitaeNode        *node)
{
  static const char *near[] = {
    "organization", "role", "location", "url", "description", "summary", "area",
    "degree", "score", "awarder", "issuer", "publisher", "entity", "type", NULL
  };
  static const char *dates[] = { "start", "end", "date", NULL };
  static const char *lists[] = { "keywords", "courses", "roles", NULL };
  const char *heading_key = vitae_section_kind_get_heading_key (kind);
  const char *primary = vitae_node_get_text (node, heading_key);
  VitaeEntry *entry = VITAE_ENTRY (node);

  if (primary[0] == '\0')
    primary = vitae_node_get_text (node, "organization");
  begin_window (reader, expect_next (reader, primary));

  for (guint i = 0; near[i]; i++)
    expect_in_window (reader, vitae_node_get_text (node, near[i]));
  for (guint i = 0; dates[i]; i++)
    {
      g_autofree char *date = vitae_date_format (vitae_node_get_text (node, dates[i]));

      expect_in_window (reader, date);
    }
  for (guint i = 0; lists[i]; i++)
    {
      g_autofree char *joined = join (vitae_node_get_list (node, lists[i]));

      expect_in_window (reader, joined);
    }

  for (guint i = 0; i < vitae_entry_get_n_bullets (entry); i++)
    expect_next (reader, vitae_bullet_get_text (vitae_entry_get_bullet (entry, i)));
}

/* Checks that @text holds every field and bullet of @document, in reading
 * order, character for character. */
static void
assert_reads_as (VitaeDocument *document,
                 const char    *text)
{
  VitaeNode *basics = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  static const char *contact[] = { "email", "phone", "address", "postal-code", "city", "region", "country-code", "url", NULL };
  Reader reader = { text, 0, g_array_new (FALSE, FALSE, sizeof (gsize)), g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref) };

  expect_next (&reader, vitae_node_get_text (basics, "name"));
  expect_next (&reader, vitae_node_get_text (basics, "label"));
  for (guint i = 0; contact[i]; i++)
    expect_next (&reader, vitae_node_get_text (basics, contact[i]));
  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);

      if (vitae_node_has (profile, "url"))
        expect_next (&reader, vitae_node_get_text (profile, "url"));
      else
        {
          expect_next (&reader, vitae_node_get_text (profile, "network"));
          expect_next (&reader, vitae_node_get_text (profile, "username"));
        }
    }

  if (vitae_node_has (basics, "summary"))
    {
      expect_next (&reader, "SUMMARY");
      expect_next (&reader, vitae_node_get_text (basics, "summary"));
    }

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);
      VitaeSectionKind kind = vitae_section_get_kind (section);
      g_autofree char *heading = g_utf8_strup (vitae_section_get_title (section), -1);

      if (vitae_section_get_n_entries (section) == 0)
        continue;

      expect_next (&reader, heading);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *node = VITAE_NODE (vitae_section_get_entry (section, e));

          switch (kind)
            {
            case VITAE_SECTION_SKILLS:
            case VITAE_SECTION_INTERESTS:
              {
                /* One "Group: a, b, c" line each. */
                g_autofree char *keywords = join (vitae_node_get_list (node, "keywords"));
                g_autofree char *line = NULL;

                if (keywords[0] == '\0')
                  line = g_strdup (vitae_node_get_text (node, "title"));
                else if (vitae_node_has (node, "level"))
                  line = g_strdup_printf ("%s (%s): %s", vitae_node_get_text (node, "title"),
                                          vitae_node_get_text (node, "level"), keywords);
                else
                  line = g_strdup_printf ("%s: %s", vitae_node_get_text (node, "title"), keywords);
                expect_next (&reader, line);
              }
              break;

            case VITAE_SECTION_LANGUAGES:
              expect_next (&reader, vitae_node_get_text (node, "title"));
              expect_next (&reader, vitae_node_get_text (node, "fluency"));
              break;

            case VITAE_SECTION_REFERENCES:
              expect_next (&reader, vitae_node_get_text (node, "reference"));
              expect_next (&reader, vitae_node_get_text (node, "title"));
              break;

            case VITAE_SECTION_EXPERIENCE:
            case VITAE_SECTION_PROJECTS:
            case VITAE_SECTION_EDUCATION:
            case VITAE_SECTION_CERTIFICATIONS:
            case VITAE_SECTION_AWARDS:
            case VITAE_SECTION_VOLUNTEER:
            case VITAE_SECTION_PUBLICATIONS:
            case VITAE_SECTION_CUSTOM:
            case VITAE_N_SECTION_KINDS:
            default:
              read_entry (&reader, kind, node);
              break;
            }
        }
    }

  for (guint w = 0; w < reader.windows->len; w++)
    {
      GPtrArray *window = g_ptr_array_index (reader.windows, w);
      gsize start = g_array_index (reader.starts, gsize, w);
      gsize end = w + 1 < reader.starts->len ? g_array_index (reader.starts, gsize, w + 1) : strlen (text);

      for (guint i = 0; i < window->len; i++)
        {
          const char *needle = g_ptr_array_index (window, i);
          gsize at = find_from (text, start, needle);

          if (at == G_MAXSIZE || at + strlen (needle) > end)
            g_error ("“%s” is not with its entry “%.60s”", needle, text + start);
        }
    }

  g_array_unref (reader.starts);
  g_ptr_array_unref (reader.windows);
}

static void
test_text_truth (void)
{
  g_autoptr(GPtrArray) inputs = NULL;

  if (!have_poppler ())
    return;

  ensure_exports ();
  inputs = list_inputs ();
  g_assert_cmpuint (inputs->len, >=, 1);

  for (guint i = 0; i < inputs->len; i++)
    {
      const char *input = g_ptr_array_index (inputs, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(VitaeDocument) document = vitae_document_load (input, &error);

      g_assert_no_error (error);

      for (guint t = 0; t < vitae_template_get_count (); t++)
        {
          g_autofree char *output = output_path (input, vitae_template_get_nth (t)->id);
          g_autofree char *text = extract_text (output);

          g_test_message ("reading %s", output);
          assert_reads_as (document, text);

          /* No ligature or private-use character escapes into the text. */
          for (const char *p = text; *p; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              g_assert_false (c >= 0xFB00 && c <= 0xFB06);
              g_assert_false (c >= 0xE000 && c <= 0xF8FF);
              g_assert_cmpint (c, !=, 0x00AD);
            }
        }
    }
}

static void
test_fixture_text (void)
{
  static const char *expected[] = {
    /* Non-Latin names and places, and the ligature traps. */
    "Zoë Ångström-Núñez 張偉",
    "efficient, fluent, affluent workflows",
    "linkedin.com/in/jane-doe",
    "Mastodon: @zoe@example.social",
    "javascript:alert(1)",
    "北京 and القاهرة",
    "תל אביב",
    "Apr 2021 – Present",
    "Sep 2017 – Mar 2021",
    "Jun 2020",
    "Languages (Expert): Rust, Go, Python, C#",
    "Infrastructure: Kubernetes, Terraform, Node.js, CI/CD",
    "Fly fishing: fjords, flies, waffles",
    "Deutsch (Muttersprache)",
    "日本語 (Conversational)",
    "Courses: Distributed Systems, Information Retrieval, Compiler Design",
    "Technologies: Rust, SQLite",
    "Author, Maintainer",
    "SPEAKING",
    "Keynote: Conflict-free offices",
  };
  g_autofree char *input = g_build_filename (source_root (), "tests", "data", "render",
                                             "everything.json", NULL);

  if (!have_poppler ())
    return;

  ensure_exports ();

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autofree char *output = output_path (input, vitae_template_get_nth (t)->id);
      g_autofree char *text = extract_text (output);

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          g_autofree char *needle = normalise (expected[i]);

          if (strstr (text, needle) == NULL)
            g_error ("%s: “%s” is not in the text:\n%s", output, needle, text);
        }
    }
}

static void
test_fonts (void)
{
  g_autoptr(GPtrArray) inputs = NULL;

  if (!have_poppler ())
    return;

  ensure_exports ();
  inputs = list_inputs ();

  for (guint i = 0; i < inputs->len; i++)
    for (guint t = 0; t < vitae_template_get_count (); t++)
      {
        g_autofree char *output = output_path (g_ptr_array_index (inputs, i),
                                               vitae_template_get_nth (t)->id);
        const char *argv[] = { "pdffonts", output, NULL };
        g_autofree char *out = NULL;
        g_auto(GStrv) lines = NULL;
        guint fonts = 0;

        g_assert_cmpint (run (argv, &out, NULL), ==, 0);
        g_assert_null (strstr (out, "Type 3"));

        /* After the two header lines, every font: embedded and subset. */
        lines = g_strsplit (out, "\n", -1);
        for (guint l = 2; lines[l] != NULL; l++)
          {
            g_auto(GStrv) columns = NULL;
            guint n;

            if (lines[l][0] == '\0')
              continue;
            columns = g_regex_split_simple ("\\s+", g_strstrip (lines[l]), 0, 0);
            n = g_strv_length (columns);
            g_assert_cmpuint (n, >, 5);
            /* emb sub uni, then the object id and generation. */
            g_assert_cmpstr (columns[n - 5], ==, "yes");
            g_assert_cmpstr (columns[n - 4], ==, "yes");
            g_assert_cmpstr (columns[n - 3], ==, "yes");
            g_assert_nonnull (strchr (columns[0], '+'));
            fonts++;
          }
        g_assert_cmpuint (fonts, >=, 2);
      }
}

static GPtrArray *
link_uris (const char *pdf)
{
  GPtrArray *uris = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data = NULL;
  gsize length;
  const char *key = "/URI (";

  data = read_bytes (pdf, &length);
  for (gsize i = 0; i + strlen (key) < length; i++)
    {
      if (memcmp (data + i, key, strlen (key)) == 0)
        {
          gsize start = i + strlen (key);
          gsize end = start;

          while (end < length && data[end] != ')')
            end++;
          g_ptr_array_add (uris, g_strndup (data + start, end - start));
        }
    }

  return uris;
}

static gboolean
str_in (GPtrArray  *array,
        const char *value)
{
  return g_ptr_array_find_with_equal_func (array, value, g_str_equal, NULL);
}

static void
test_links (void)
{
  static const char *expected[] = {
    "mailto:zoe.angstrom@example.org",
    "tel:+442079460958",
    "https://zoe.example.org",
    "https://linkedin.com/in/jane-doe",
    "https://github.com/zoe-a",
    "https://fjordflow.example.com",
    "https://github.com/zoe-a/driftwood",
    "https://www.cncf.io/certification/cka/",
  };
  g_autofree char *input = g_build_filename (source_root (), "tests", "data", "render",
                                             "everything.json", NULL);

  if (!have_poppler ())
    return;

  ensure_exports ();

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autofree char *output = output_path (input, vitae_template_get_nth (t)->id);
      g_autoptr(GPtrArray) uris = link_uris (output);

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          g_test_message ("%s: %s", output, expected[i]);
          g_assert_true (str_in (uris, expected[i]));
        }

      /* Only web, mail and phone links; a script link stays plain text. */
      for (guint i = 0; i < uris->len; i++)
        {
          const char *uri = g_ptr_array_index (uris, i);

          g_assert_true (g_str_has_prefix (uri, "https://") || g_str_has_prefix (uri, "http://") ||
                         g_str_has_prefix (uri, "mailto:") || g_str_has_prefix (uri, "tel:"));
        }
    }
}

/* Hostile text in every field that makes a link, through the JSON Resume
 * import and `vitae export`: the PDF's annotations are exactly the links
 * expected, to allowed targets, inside the page. */
static void
test_link_injection (void)
{
  static const char json[] =
    "{ \"basics\": {"
    "    \"name\": \"Ana Núñez\","
    "    \"email\": \"ana@example.com'uri='javascript:app.alert(1)\","
    "    \"phone\": \"+1 555'rect=[0 0 700 900]uri='file:///etc/passwd\","
    "    \"url\": \"https://ana.example/cv'uri='javascript:app.alert(1)\","
    "    \"profiles\": ["
    "      { \"network\": \"A\", \"url\": \"a@b.co'rect=[0 0 700 900]uri='file:///etc/passwd\" },"
    "      { \"network\": \"B\", \"url\": \"https://example.com/a\\\\'uri='file:///etc/passwd\" },"
    "      { \"network\": \"C\", \"url\": \"https://example.com/b)>>/S/JavaScript/JS(app.alert(2)\" } ] },"
    "  \"work\": [ { \"name\": \"Acme\", \"position\": \"Engineer\","
    "    \"url\": \"example.com/w'rect=[0,0,700,900]uri='javascript:x\" } ],"
    "  \"projects\": [ { \"name\": \"Tool\", \"url\": \"https://example.com/p\\\\\" } ],"
    "  \"education\": [ { \"institution\": \"School\","
    "    \"url\": \"https://example.com/e'rect=[0 0 700 900]\" } ],"
    "  \"volunteer\": [ { \"organization\": \"Club\","
    "    \"url\": \"https://example.com/v')uri='javascript:x\" } ],"
    "  \"certificates\": [ { \"name\": \"Cert\", \"url\": \"https://example.com/c'\" } ],"
    "  \"publications\": [ { \"name\": \"Paper\", \"url\": \"https://example.com/q?a='b'&c=\\\\\" } ] }";
  static const char *linked[] = {
    "https://ana.example/cv%27uri=%27javascript:app.alert%281%29",
    "https://example.com/a%5C%27uri=%27file:///etc/passwd",
    "https://example.com/b%29%3E%3E/S/JavaScript/JS%28app.alert%282%29",
    "https://example.com/w%27rect=%5B0,0,700,900%5Duri=%27javascript:x",
    "https://example.com/p%5C",
    "https://example.com/v%27%29uri=%27javascript:x",
    "https://example.com/c%27",
    "https://example.com/q?a=%27b%27&c=%5C",
  };
  g_autofree char *input = g_build_filename (tmpdir, "hostile-links.json", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "hostile-links.pdf", NULL);
  g_autofree char *data = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GPtrArray) uris = g_ptr_array_new ();
  gsize length;

  g_assert_true (g_file_set_contents (input, json, -1, NULL));
  g_assert_cmpint (run_export (input, output, NULL, "a4", &err), ==, 0);
  data = read_bytes (output, &length);

  links = test_pdf_list_links (data, length);
  g_assert_cmpuint (test_pdf_count_annotations (data, length), ==, links->len);
  for (guint i = 0; i < links->len; i++)
    {
      TestPdfLink *link = &g_array_index (links, TestPdfLink, i);

      g_test_message ("link %s [%g %g %g %g]", link->uri,
                      link->rect[0], link->rect[1], link->rect[2], link->rect[3]);
      g_assert_true (link->well_formed);
      g_assert_true (test_pdf_uri_allowed (link->uri));
      g_assert_true (test_pdf_link_inside (link, 595.276, 841.89));
      g_assert_cmpfloat (link->rect[3] - link->rect[1], <, 40);
      if (!str_in (uris, link->uri))
        g_ptr_array_add (uris, link->uri);
    }

  /* Every web address links, encoded; the e-mail and phone are not well
   * formed, so they are plain text. */
  g_assert_cmpuint (uris->len, ==, G_N_ELEMENTS (linked));
  for (guint i = 0; i < G_N_ELEMENTS (linked); i++)
    {
      g_test_message ("expecting %s", linked[i]);
      g_assert_true (str_in (uris, linked[i]));
    }

  g_assert_false (bytes_contain (data, length, "/URI (javascript"));
  g_assert_false (bytes_contain (data, length, "/URI (file"));
  g_assert_false (bytes_contain (data, length, "/URI (mailto"));
  g_assert_false (bytes_contain (data, length, "/URI (tel"));
  g_assert_false (bytes_contain (data, length, "/S /JavaScript"));

  /* The text reads as typed, the hostile parts included. */
  if (have_poppler ())
    {
      g_autofree char *text = extract_text (output);

      g_assert_nonnull (strstr (text, "ana@example.com'uri='javascript:app.alert(1)"));
      g_assert_nonnull (strstr (text, "https://example.com/b)>>/S/JavaScript/JS(app.alert(2)"));
    }
}

/* pdftotext's text with its line breaks and white space removed: a
 * text broken across lines reads whole again. */
static char *
extract_squeezed (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *out = NULL;
  GString *text = g_string_new (NULL);

  g_assert_cmpint (run (argv, &out, NULL), ==, 0);
  for (const char *p = out; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (text, g_utf8_get_char (p));

  return g_string_free (text, FALSE);
}

/* A realistic 129-character web address in a bullet, and as a bullet of
 * its own: it breaks at its seams with nothing added, so the extracted
 * text is the address once the lines are joined; its links stay on the
 * page. Before, it ran off the page, in the picture and in the text. */
static void
test_long_url (void)
{
  static const char url[] =
    "https://www.example.org/research/publications/2023/distributed-systems/"
    "consensus-protocols?author=ana-nunez&format=pdf&lang=en-GB";
  g_autofree char *json = g_strdup_printf (
    "{ \"basics\": { \"name\": \"Ana Núñez\", \"url\": \"%s\" },"
    "  \"work\": [ { \"name\": \"Acme\", \"position\": \"Engineer\", \"url\": \"%s\","
    "    \"highlights\": [ \"Wrote the guide at %s for every team.\", \"%s\" ] } ] }",
    url, url, url, url);
  g_autofree char *input = g_build_filename (tmpdir, "long-url.json", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "long-url.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GArray) links = NULL;
  gsize length;
  guint found = 0;

  if (!have_poppler ())
    return;

  g_assert_true (g_file_set_contents (input, json, -1, NULL));
  g_assert_cmpint (run_export (input, output, NULL, "a4", NULL), ==, 0);

  text = extract_squeezed (output);
  for (const char *p = text; (p = strstr (p, url)) != NULL; p++)
    found++;
  g_assert_cmpuint (found, ==, 4);
  g_assert_nonnull (strstr (text, "Wrotetheguideathttps://www.example.org/"));

  data = read_bytes (output, &length);
  links = test_pdf_list_links (data, length);
  g_assert_cmpuint (links->len, >=, 2);
  for (guint i = 0; i < links->len; i++)
    {
      TestPdfLink *link = &g_array_index (links, TestPdfLink, i);

      g_assert_cmpstr (link->uri, ==, url);
      g_assert_true (test_pdf_link_inside (link, 595.276, 841.89));
    }
}

/* A bullet taller than a page, and a contact line of 100 long profile
 * addresses, taller than a page too: each breaks across pages, and every
 * word of it is in the PDF. Before, what did not fit on the first page was
 * cut off, with exit status 0. */
static void
test_tall_blocks (void)
{
  g_autoptr(GString) json = g_string_new ("{ \"basics\": { \"name\": \"Ana Núñez\", \"profiles\": [");
  g_autoptr(GString) bullet = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *input = g_build_filename (tmpdir, "tall.json", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "tall.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GArray) links = NULL;
  const char *path = "portfolio/case-studies/distributed-systems/payment-ledger-migration/"
                     "observability-and-incident-response/runbooks-and-postmortems/"
                     "capacity-planning-for-peak-season/lessons-learned-and-follow-ups";
  gsize length;

  if (!have_poppler ())
    return;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (json, "%s{ \"network\": \"Web\", \"url\": \"https://example.com/%s/%u\" }",
                            i ? ", " : "", path, i);
  for (guint i = 0; bullet->len < 20000; i++)
    g_string_append_printf (bullet, "Step %u of the migration moved one more service. ", i);
  g_string_append_printf (json, "] }, \"work\": [ { \"name\": \"Acme\", \"position\": \"Engineer\","
                          " \"highlights\": [ \"%s\", \"Mentored four engineers.\" ] } ] }", bullet->str);

  g_assert_true (g_file_set_contents (input, json->str, -1, NULL));
  g_assert_cmpint (run_export (input, output, NULL, "a4", NULL), ==, 0);

  text = extract_squeezed (output);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *address = g_strdup_printf ("https://example.com/%s/%u%s", path, i,
                                                  i < 99 ? "·" : "EXPERIENCE");

      g_assert_nonnull (strstr (text, address));
    }
  for (const char *p = bullet->str; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (expected, *p);
  g_assert_nonnull (strstr (text, expected->str));
  g_assert_nonnull (strstr (text, "Mentoredfourengineers."));

  data = read_bytes (output, &length);
  links = test_pdf_list_links (data, length);
  g_assert_cmpuint (links->len, >=, 100);
  for (guint i = 0; i < links->len; i++)
    g_assert_true (test_pdf_link_inside (&g_array_index (links, TestPdfLink, i), 595.276, 841.89));
}

static char *
pdfinfo_field (const char *info,
               const char *field)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (field) + 1));

  return NULL;
}

static void
test_metadata (void)
{
  g_autofree char *input = g_build_filename (source_root (), "tests", "data", "render",
                                             "everything.json", NULL);
  g_autofree char *letter = g_build_filename (tmpdir, "letter.pdf", NULL);
  const char *argv[] = { "pdfinfo", NULL, NULL };
  static const struct {
    const char *field;
    const char *value;
  } fields[] = {
    { "Title", "Zoë Ångström-Núñez 張偉 — Resume" },
    { "Author", "Zoë Ångström-Núñez 張偉" },
    { "Subject", "Staff Software Engineer — efficient, fluent, affluent workflows" },
    { "Keywords", "Rust, Go, Python, C#, Kubernetes, Terraform, Node.js, CI/CD" },
    { "Creator", "Vitae " PACKAGE_VERSION },
    { "Tagged", "yes" },
    { "Encrypted", "no" },
    { "Form", "none" },
    { "JavaScript", "no" },
  };

  if (!have_poppler ())
    return;

  ensure_exports ();

  for (guint t = 0; t < vitae_template_get_count (); t++)
    {
      g_autofree char *output = output_path (input, vitae_template_get_nth (t)->id);
      g_autofree char *info = NULL;
      g_autofree char *size = NULL;
      g_autofree char *data = NULL;
      gsize length;

      argv[1] = output;
      g_assert_cmpint (run (argv, &info, NULL), ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *value = pdfinfo_field (info, fields[i].field);

          g_assert_cmpstr (value, ==, fields[i].value);
        }

      /* A4 in the C locale the tests run in. */
      size = pdfinfo_field (info, "Page size");
      g_assert_true (g_str_has_prefix (size, "595.276 x 841.89 pts"));

      data = read_bytes (output, &length);
      g_assert_true (bytes_contain (data, length, "/Lang (en)"));
    }

  {
    g_autofree char *info = NULL;
    g_autofree char *size = NULL;

    g_assert_cmpint (run_export (input, letter, NULL, "letter", NULL), ==, 0);
    argv[1] = letter;
    g_assert_cmpint (run (argv, &info, NULL), ==, 0);
    size = pdfinfo_field (info, "Page size");
    g_assert_true (g_str_has_prefix (size, "612 x 792 pts"));
  }
}

static void
test_reproducible (void)
{
  g_autofree char *input = g_build_filename (source_root (), "data", "samples",
                                             "senior-backend.json", NULL);
  g_autofree char *copy = g_build_filename (tmpdir, "copy.json", NULL);
  g_autofree char *first = g_build_filename (tmpdir, "first.pdf", NULL);
  g_autofree char *second = g_build_filename (tmpdir, "second.pdf", NULL);
  g_autofree char *third = g_build_filename (tmpdir, "third.pdf", NULL);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *contents = NULL;
  gsize la, lb, lc, length;

  if (!g_file_test (input, G_FILE_TEST_EXISTS))
    input = g_build_filename (source_root (), "tests", "data", "render", "everything.json", NULL);

  /* A copy made now has a new date, which SOURCE_DATE_EPOCH overrides. */
  contents = read_bytes (input, &length);
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));

  g_assert_cmpint (run_export (copy, first, NULL, NULL, NULL), ==, 0);
  g_usleep (1100 * 1000);
  g_assert_cmpint (run_export (copy, second, NULL, NULL, NULL), ==, 0);
  a = read_bytes (first, &la);
  b = read_bytes (second, &lb);
  g_assert_cmpmem (a, la, b, lb);

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_assert_cmpint (run_export (copy, third, NULL, NULL, NULL), ==, 0);
  g_unsetenv ("SOURCE_DATE_EPOCH");
  c = read_bytes (third, &lc);
  g_assert_true (bytes_contain (c, lc, "/CreationDate (D:20231114221320Z)"));
  g_assert_false (bytes_contain (c, lc, "/CreationDate (D:2026"));
}

static void
test_usage (void)
{
  g_autofree char *input = g_build_filename (source_root (), "tests", "data", "render",
                                             "everything.json", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "usage.pdf", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "missing.json", NULL);
  g_autofree char *broken = g_build_filename (tmpdir, "broken.json", NULL);
  g_autofree char *nofolder = g_build_filename (tmpdir, "no", "such", "folder.pdf", NULL);
  const char *exe = g_getenv ("VITAE_EXE");
  const struct {
    const char *argv[9];
    int         status;
    const char *message;
  } cases[] = {
    { { exe, "export", input, NULL }, 2, "-o OUT.pdf" },
    { { exe, "export", "-o", output, NULL }, 2, "one resume file" },
    { { exe, "export", input, "-o", output, "--template", "fancy", NULL }, 2, "compact" },
    { { exe, "export", input, "-o", output, "--paper", "legal", NULL }, 2, "legal" },
    { { exe, "export", input, "-o", output, "--bogus", NULL }, 2, "--bogus" },
    { { exe, "export", input, "-o", output, "extra", NULL }, 2, "one resume file" },
    { { exe, "export", missing, "-o", output, NULL }, 1, "missing.json" },
    { { exe, "export", broken, "-o", output, NULL }, 1, "broken.json" },
    { { exe, "export", input, "-o", nofolder, NULL }, 1, "folder.pdf" },
  };

  g_assert_true (g_file_set_contents (broken, "{ \"basics\": ", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      g_autofree char *command = g_strjoinv (" ", (char **) cases[i].argv + 1);

      g_test_message ("vitae %s", command);
      g_assert_cmpint (run (cases[i].argv, NULL, &err), ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }

  /* Every template is listed when the one asked for is unknown. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (run_export (input, output, "fancy", NULL, &err), ==, 2);
    for (guint t = 0; t < vitae_template_get_count (); t++)
      g_assert_nonnull (strstr (err, vitae_template_get_nth (t)->id));
  }
}

static void
test_failure_keeps_old_file (void)
{
  g_autofree char *broken = g_build_filename (tmpdir, "broken2.json", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "precious.pdf", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_true (g_file_set_contents (broken, "[1, 2", -1, NULL));
  g_assert_true (g_file_set_contents (output, "the old PDF", -1, NULL));

  g_assert_cmpint (run_export (broken, output, NULL, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "broken2.json"));
  contents = read_bytes (output, NULL);
  g_assert_cmpstr (contents, ==, "the old PDF");

  /* No temporary file is left behind either. */
  dir = g_dir_open (tmpdir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "precious.pdf."));
}

static void
test_slot_warning (void)
{
  g_autofree char *input = g_build_filename (source_root (), "tests", "data", "render",
                                             "everything.json", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "slots.pdf", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_export (input, output, NULL, NULL, &err), ==, 0);
  g_assert_nonnull (strstr (err, "[amount]"));
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
}

/* --pages N fits the PDF on N pages where it can, and otherwise says on
 * standard error how many lines do not fit and which bullets to cut. */
static void
test_pages (void)
{
  g_autofree char *input = g_build_filename (source_root (), "data", "samples",
                                             "senior-backend.vitae", NULL);
  g_autofree char *output = g_build_filename (tmpdir, "pages.pdf", NULL);
  const char *one[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", output, "--pages", "1", NULL };
  const char *two[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", output, "--pages", "2", NULL };
  const char *bad[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", output, "--pages", "0x", NULL };
  g_autofree char *err = NULL;
  g_autofree char *err_two = NULL;

  g_assert_cmpint (run (one, NULL, &err), ==, 0);
  g_assert_nonnull (strstr (err, "lines do not fit on the pages asked for (--pages 1)"));
  g_assert_nonnull (strstr (err, "Cutting these bullets, the weakest, would make it fit:"));
  /* Each candidate with its score, "  [ 60] Used by …". */
  g_assert_nonnull (strstr (err, "\n  ["));
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run (two, NULL, &err_two), ==, 0);
  g_assert_null (strstr (err_two, "do not fit"));

  g_assert_cmpint (run (bad, NULL, NULL), ==, 2);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  tmpdir = g_dir_make_tmp ("vitae-export-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/vitae/export/text-truth", test_text_truth);
  g_test_add_func ("/vitae/export/fixture-text", test_fixture_text);
  g_test_add_func ("/vitae/export/fonts", test_fonts);
  g_test_add_func ("/vitae/export/links", test_links);
  g_test_add_func ("/vitae/export/link-injection", test_link_injection);
  g_test_add_func ("/vitae/export/long-url", test_long_url);
  g_test_add_func ("/vitae/export/tall-blocks", test_tall_blocks);
  g_test_add_func ("/vitae/export/metadata", test_metadata);
  g_test_add_func ("/vitae/export/reproducible", test_reproducible);
  g_test_add_func ("/vitae/export/usage", test_usage);
  g_test_add_func ("/vitae/export/failure-keeps-old-file", test_failure_keeps_old_file);
  g_test_add_func ("/vitae/export/slot-warning", test_slot_warning);
  g_test_add_func ("/vitae/export/pages", test_pages);

  status = g_test_run ();

  remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
