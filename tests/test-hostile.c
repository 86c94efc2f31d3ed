/* test-hostile.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files someone else made: huge fields, too many bullets, control
 * characters, invisible direction controls, scripting links.  Each is
 * refused or cleaned with a message, the same way in .vitae and JSON Resume,
 * never a crash or a freeze (see the rules in src/core/io/vitae-sanitize.c).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "src/core/vitae-core.h"
#include "src/core/render/vitae-pdf.h"
#include "src/core/vitae-export.h"

static char *tmpdir;

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static VitaeDocument *
load_json (const char  *json,
           GPtrArray   *notes,
           GError     **error)
{
  g_autofree char *path = write_temp ("hostile.json", json);

  return vitae_document_load_full (path, notes, error);
}

/* The same document saved as .vitae and loaded back, so that both loaders
 * see the same content. */
static VitaeDocument *
load_as_vitae (VitaeDocument  *document,
               GPtrArray      *notes,
               GError        **error)
{
  g_autofree char *xml = NULL;
  g_autofree char *path = NULL;
  gsize len;

  xml = vitae_xml_serialize (document, &len);
  path = write_temp ("hostile.vitae", xml);

  return vitae_document_load_full (path, notes, error);
}

/* PDF files hold nul bytes, which the string functions stop at. */
static const char *
find_bytes (const char *data,
            gsize       len,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;

  return NULL;
}

static VitaeDocument *
document_with_summary (const char *summary)
{
  VitaeDocument *document = vitae_document_new ();

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana");
  vitae_node_set_text (VITAE_NODE (document), "summary", summary);

  return document;
}

/* A 10 MB field is refused, naming the field and the limit. */
static void
test_huge_field (void)
{
  g_autofree char *big = g_strnfill (10 * 1000 * 1000, 'a');
  g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"Ana\", \"summary\": \"%s\"}}", big);
  g_autoptr(VitaeDocument) source = document_with_summary (big);
  g_autoptr(VitaeDocument) from_json = NULL;
  g_autoptr(VitaeDocument) from_xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *at_limit = g_strnfill (VITAE_MAX_FIELD_SIZE, 'a');
  g_autoptr(VitaeDocument) limit_source = document_with_summary (at_limit);
  g_autoptr(VitaeDocument) limit_loaded = NULL;

  from_json = load_json (json, NULL, &error);
  g_assert_null (from_json);
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "hostile.json"));
  g_assert_nonnull (strstr (error->message, "basics: summary"));
  g_clear_error (&error);

  /* libxml2 refuses a 10 MB text node itself; a 1 MB one reaches the
   * field limit, which names the field. */
  from_xml = load_as_vitae (source, NULL, &error);
  g_assert_null (from_xml);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "hostile.vitae"));
  g_clear_error (&error);

  big[1000 * 1000] = '\0';
  vitae_node_set_text (VITAE_NODE (source), "summary", big);
  from_xml = load_as_vitae (source, NULL, &error);
  g_assert_null (from_xml);
  g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "basics: summary"));
  g_clear_error (&error);

  /* Exactly at the limit is fine. */
  limit_loaded = load_as_vitae (limit_source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (limit_loaded), "summary"), ==, at_limit);
}

/* 100,000 bullets are refused with the limit; as many as the limit load,
 * spread over entries of at most VITAE_MAX_BULLETS_PER_ENTRY; one entry of
 * more is refused, naming its place. */
static void
test_many_bullets (void)
{
  const struct {
    guint       n_entries;
    guint       per_entry;
    const char *expected;  /* NULL: loads */
  } cases[] = {
    { 500, 200, "more than 10000 bullets" },
    { VITAE_MAX_ITEMS / 100, 100, NULL },
    { 1, VITAE_MAX_BULLETS_PER_ENTRY, NULL },
    { 1, VITAE_MAX_BULLETS_PER_ENTRY + 1, "work[0].highlights: more than 200 bullets in one entry" },
    { 1, 100000, "work[0].highlights: more than 200 bullets in one entry" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) json = g_string_new ("{\"work\": [");
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      for (guint e = 0; e < cases[c].n_entries; e++)
        {
          g_string_append_printf (json, "%s{\"name\": \"Acme %u\", \"highlights\": [", e ? ", " : "", e);
          for (guint i = 0; i < cases[c].per_entry; i++)
            g_string_append_printf (json, "%s\"Cut latency %u\"", i ? ", " : "", i);
          g_string_append (json, "]}");
        }
      g_string_append (json, "]}");

      document = load_json (json->str, NULL, &error);
      if (cases[c].expected != NULL)
        {
          g_assert_null (document);
          g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
          g_test_message ("%s", error->message);
          g_assert_nonnull (strstr (error->message, cases[c].expected));
          g_assert_nonnull (strstr (error->message, "hostile.json"));
        }
      else
        {
          VitaeSection *section;

          g_assert_no_error (error);
          section = vitae_document_get_section (document, 0);
          g_assert_cmpuint (vitae_section_get_n_entries (section), ==, cases[c].n_entries);
          g_assert_cmpuint (vitae_entry_get_n_bullets (vitae_section_get_entry (section, 0)), ==,
                            cases[c].per_entry);
        }
    }
}

/* The same limits hold for JSON Resume, checked on the arrays before the
 * document is built: keywords in one skill group, entries in one section,
 * profiles, and the keywords of all the groups together. */
static void
test_json_limits (void)
{
  const struct {
    const char *before;
    const char *unit;
    const char *after;
    guint       count;
    const char *expected;  /* NULL: loads */
  } cases[] = {
    { "{\"skills\": [{\"name\": \"Go\", \"keywords\": [", "\"k\"", "]}]}", VITAE_MAX_ITEMS_PER_LIST, NULL },
    { "{\"skills\": [{\"name\": \"Go\", \"keywords\": [", "\"k\"", "]}]}", 190000,
      "skills[0].keywords: more than 500 keywords, courses or roles in one list" },
    { "{\"skills\": [", "{\"keywords\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\"]}",
      "]}", 1001, "skills: more than 1000 entries in one section" },
    { "{\"skills\": [", "{\"keywords\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\"]}",
      "]}", 1000, NULL },
    { "{\"basics\": {\"profiles\": [", "{\"network\": \"N\"}", "]}}", VITAE_MAX_PROFILES + 1,
      "basics.profiles: more than 100 profiles" },
    { "{\"education\": [", "{\"courses\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\"]}",
      "]}", 1000, "more than 10000 keywords, courses and roles" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) json = g_string_new (cases[c].before);
      g_autoptr(VitaeDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < cases[c].count; i++)
        g_string_append_printf (json, "%s%s", i ? ", " : "", cases[c].unit);
      g_string_append (json, cases[c].after);

      document = load_json (json->str, NULL, &error);
      if (cases[c].expected == NULL)
        {
          g_assert_no_error (error);
          g_assert_nonnull (document);
          continue;
        }
      g_assert_null (document);
      g_assert_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[c].expected));
    }
}

/* A control character is refused in JSON and in .vitae alike; tab, line
 * feed and carriage return are text. */
static void
test_control_characters (void)
{
  const char *refused[] = { "A\\u0007na", "A\\u001bna", "A\\u0085na", "A\\u007fna" };
  g_autoptr(VitaeDocument) ok = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"%s\"}}", refused[i]);
      g_autoptr(VitaeDocument) document = load_json (json, NULL, &error);

      g_assert_null (document);
      g_assert_error (error, VITAE_ERROR, VITAE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "basics: name"));
      g_assert_nonnull (strstr (error->message, "control character U+"));
      g_clear_error (&error);
    }

  /* In .vitae: C0 controls are not XML at all, C1 and DEL are refused. */
  {
    const char *xml_refused[] = { "&#x85;", "&#x7f;", "&#x7;" };

    for (guint i = 0; i < G_N_ELEMENTS (xml_refused); i++)
      {
        g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                                "<resume xmlns=\"https://vitae.github.io/ns/1\" version=\"1\">"
                                                "<basics><name>A%sna</name></basics></resume>",
                                                xml_refused[i]);
        g_autofree char *path = write_temp ("control.vitae", xml);
        g_autoptr(VitaeDocument) document = vitae_document_load (path, &error);

        g_assert_null (document);
        g_assert_nonnull (error);
        g_test_message ("%s", error->message);
        g_assert_nonnull (strstr (error->message, "control.vitae"));
        g_clear_error (&error);
      }
  }

  ok = load_json ("{\"basics\": {\"name\": \"Ana\", \"summary\": \"One\\tTwo\\r\\nThree\"}}", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (ok), "summary"), ==, "One\tTwo\r\nThree");
}

/* Direction controls and zero-width spaces are removed from names and
 * addresses, with a note; joiners stay; balanced controls in prose stay. */
static void
test_bidi_and_zero_width (void)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(VitaeDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *json =
    "{\"basics\": {"
    "\"name\": \"\\u202eAna\\u200b N\\u2066\\u00fa\\u00f1ez\\ufeff\","
    "\"email\": \"ana@exam\\u202eple.com\","
    "\"label\": \"\\u0915\\u094d\\u200d\\u0937 Engineer \\ud83d\\udc69\\u200d\\ud83d\\udcbb\","
    "\"summary\": \"Quoted \\u2067\\u05e9\\u05dc\\u05d5\\u05dd\\u2069 kept; \\u202eunclosed\"}}";

  document = load_json (json, notes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Ana Núñez");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ana@example.com");
  /* ZWJ in Devanagari and in an emoji sequence is legitimate. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "label"), ==,
                   "\u0915\u094d\u200d\u0937 Engineer \U0001F469\u200d\U0001F4BB");
  /* A balanced isolate stays; the override never closed goes. */
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "summary"), ==,
                   "Quoted \u2067\u05e9\u05dc\u05d5\u05dd\u2069 kept; unclosed");

  g_assert_cmpuint (notes->len, ==, 3);
  for (guint i = 0; i < notes->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (notes, i));
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "basics: "));

  /* The .vitae loader applies the same rule. */
  vitae_node_set_text (VITAE_NODE (document), "name", "\u202eAna");
  g_ptr_array_set_size (notes, 0);
  again = load_as_vitae (document, notes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (again), "name"), ==, "Ana");
  g_assert_cmpuint (notes->len, ==, 1);
}

/* Links with other schemes than http, https, mailto and tel never become
 * live in the PDF: every /URI entry of the file is checked. */
static void
test_scripting_links (void)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (tmpdir, "links.pdf", NULL);
  g_autofree char *data = NULL;
  gsize len;
  guint n_uris = 0;
  const char *json =
    "{\"basics\": {\"name\": \"Ana\", \"email\": \"ana@example.com\","
    "\"url\": \"javascript:alert(document.cookie)\","
    "\"profiles\": [{\"network\": \"a\", \"url\": \"file:///etc/passwd\"},"
    "               {\"network\": \"b\", \"url\": \"data:text/html,<script>alert(1)</script>\"},"
    "               {\"network\": \"c\", \"url\": \"JaVaScRiPt://x.org/%0aalert(1)\"},"
    "               {\"network\": \"d\", \"url\": \"https://example.org/ana\"}]},"
    "\"work\": [{\"name\": \"Acme\", \"url\": \"vbscript:msgbox(1)\", \"highlights\": [\"Cut latency\"]}]}";

  document = load_json (json, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vitae_pdf_export (document, NULL, pdf, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (pdf, &data, &len, NULL));
  for (const char *p = data; (p = find_bytes (p, len - (p - data), "/URI (")) != NULL; p++)
    {
      const char *target = p + strlen ("/URI (");

      n_uris++;
      g_assert_true (g_str_has_prefix (target, "https://") || g_str_has_prefix (target, "http://") ||
                     g_str_has_prefix (target, "mailto:") || g_str_has_prefix (target, "tel:"));
    }
  /* The safe links are live: the check above looked at real entries. */
  g_assert_cmpuint (n_uris, >=, 2);
  g_assert_null (find_bytes (data, len, "/URI (javascript"));
  g_assert_null (find_bytes (data, len, "/URI (file:"));

  /* They stay in the text, where the user can see and fix them. */
  {
    g_autofree char *text = vitae_text_export (document);

    g_assert_nonnull (strstr (text, "javascript:alert(document.cookie)"));
    g_assert_nonnull (strstr (text, "file:///etc/passwd"));
  }
}

/* A folder name with a newline and an escape sequence cannot forge a line
 * or reach the terminal through the message of a failed autosave. */
static void
test_autosave_message_escaped (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(GError) error = NULL;
  const char *dir = "/proc/vitae\nforged line\x1b[31m";

  g_assert_false (vitae_autosave_write (dir, "slot", document, NULL, &error));
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_nonnull (strstr (error->message, "\\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  tmpdir = g_dir_make_tmp ("vitae-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/vitae/hostile/huge-field", test_huge_field);
  g_test_add_func ("/vitae/hostile/many-bullets", test_many_bullets);
  g_test_add_func ("/vitae/hostile/json-limits", test_json_limits);
  g_test_add_func ("/vitae/hostile/control-characters", test_control_characters);
  g_test_add_func ("/vitae/hostile/bidi-and-zero-width", test_bidi_and_zero_width);
  g_test_add_func ("/vitae/hostile/scripting-links", test_scripting_links);
  g_test_add_func ("/vitae/hostile/autosave-message-escaped", test_autosave_message_escaped);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)))
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmpdir);
    g_free (tmpdir);
  }

  return status;
}
