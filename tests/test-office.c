/* test-office.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* DOCX and ODT export: the ZIP container, well-formed parts, the text every
 * reader gets back (our own reading of the XML, pandoc's and LibreOffice's
 * where installed), links, metadata, and the same bytes twice. */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/tree.h>
#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-flow.h"
#include "vitae-office.h"

static const char *samples[] = {
  "data/samples/senior-backend.vitae",
  "data/samples/junior-weak.json",
  "tests/data/render/everything.json",
};

static char *tmpdir;

static VitaeDocument *
load (const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), relative, NULL);
  VitaeDocument *document = vitae_document_load (path, &error);

  g_assert_no_error (error);

  return document;
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2026, 12, 1, 9, 30, 0);
}

static GBytes *
render (VitaeDocument     *document,
        VitaeExportFormat  format,
        const char        *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = fixed_date ();
  VitaeRenderOptions options;
  GBytes *bytes;

  vitae_render_options_init (&options);
  options.template_id = template_id;
  options.paper = VITAE_PAPER_A4;
  options.date = date;
  options.language = "en-US";
  bytes = vitae_export_render (document, &options, format, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

/* The parts of a ZIP, in order: name → bytes, and whether each was stored. */
typedef struct
{
  GPtrArray  *names;
  GHashTable *parts;
  GHashTable *stored;
} Zip;

static void
zip_clear (Zip *zip)
{
  g_ptr_array_unref (zip->names);
  g_hash_table_unref (zip->parts);
  g_hash_table_unref (zip->stored);
}

static void
zip_read (GBytes *bytes,
          Zip    *zip)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  zip->names = g_ptr_array_new_with_free_func (g_free);
  zip->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  zip->stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, data, size), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      GByteArray *content = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (content, (guint8 *) buffer, n);
      g_assert_cmpint (n, ==, 0);

      g_ptr_array_add (zip->names, g_strdup (name));
      g_hash_table_insert (zip->parts, g_strdup (name), g_byte_array_free_to_bytes (content));
      /* libarchive names the method of each entry only through its format
       * name; "ZIP 2.0 (uncompressed)" for a stored one. */
      if (strstr (archive_format_name (archive), "uncompressed") != NULL)
        g_hash_table_add (zip->stored, g_strdup (name));
    }
  archive_read_free (archive);
}

static xmlDocPtr
parse_part (Zip        *zip,
            const char *name)
{
  GBytes *part = g_hash_table_lookup (zip->parts, name);
  gsize size;
  const char *data;
  xmlDocPtr doc;

  g_assert_nonnull (part);
  data = g_bytes_get_data (part, &size);
  doc = xmlReadMemory (data, size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  if (doc == NULL)
    g_error ("%s is not well-formed XML", name);

  return doc;
}

static gboolean
is (xmlNodePtr  node,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

/* The text a reader of the XML gets: paragraphs a line, tabs as tabs. */
static void
collect_text (xmlNodePtr  node,
              gboolean    odf,
              GString    *text)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && (odf || is (node, "t")))
        {
          g_string_append (text, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is (child, "tab"))
        g_string_append_c (text, '\t');
      else if (odf && is (child, "s"))
        {
          xmlChar *count = xmlGetProp (child, BAD_CAST "c");

          for (int i = 0; i < (count ? atoi ((char *) count) : 1); i++)
            g_string_append_c (text, ' ');
          xmlFree (count);
        }
      else
        {
          collect_text (child, odf, text);
          if (is (child, "p") || is (child, "h"))
            g_string_append_c (text, '\n');
        }
    }
}

static char *
extract_text (Zip        *zip,
              const char *part,
              gboolean    odf)
{
  xmlDocPtr doc = parse_part (zip, part);
  GString *text = g_string_new (NULL);

  collect_text (xmlDocGetRootElement (doc), odf, text);
  xmlFreeDoc (doc);

  return g_string_free (text, FALSE);
}

static void
test_docx_structure (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr(VitaeDocument) document = load (samples[s]);
      g_autoptr(VitaeFlow) flow = vitae_flow_new (document);
      g_autoptr(GBytes) bytes = render (document, VITAE_EXPORT_DOCX, "classic");
      g_autoptr(GBytes) again = render (document, VITAE_EXPORT_DOCX, "classic");
      g_autofree char *expected = vitae_flow_dup_text (flow);
      g_autofree char *text = NULL;
      static const char *parts[] = {
        "[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
        "docProps/core.xml", "docProps/app.xml",
      };
      Zip zip;

      g_test_message ("%s", samples[s]);
      g_assert_true (g_bytes_equal (bytes, again));
      zip_read (bytes, &zip);
      g_assert_cmpuint (zip.names->len, ==, G_N_ELEMENTS (parts));
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        xmlFreeDoc (parse_part (&zip, parts[i]));

      text = extract_text (&zip, "word/document.xml", FALSE);
      g_assert_cmpstr (text, ==, expected);
      zip_clear (&zip);
    }
}

static void
test_odt_structure (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr(VitaeDocument) document = load (samples[s]);
      g_autoptr(VitaeFlow) flow = vitae_flow_new (document);
      g_autoptr(GBytes) bytes = render (document, VITAE_EXPORT_ODT, "modern");
      g_autoptr(GBytes) again = render (document, VITAE_EXPORT_ODT, "modern");
      g_autofree char *expected = vitae_flow_dup_text (flow);
      g_autofree char *text = NULL;
      GBytes *mime_type;
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      Zip zip;

      g_test_message ("%s", samples[s]);
      g_assert_true (g_bytes_equal (bytes, again));

      /* ODF 1.3 part 2, 3.3: "mimetype" first, stored, its bytes at 38. */
      g_assert_cmpuint (size, >, 38 + 39);
      g_assert_cmpmem (data + 30, 8, "mimetype", 8);
      zip_read (bytes, &zip);
      g_assert_cmpstr (g_ptr_array_index (zip.names, 0), ==, "mimetype");
      mime_type = g_hash_table_lookup (zip.parts, "mimetype");
      g_assert_cmpmem (g_bytes_get_data (mime_type, NULL), g_bytes_get_size (mime_type),
                       "application/vnd.oasis.opendocument.text", 39);
      g_assert_true (g_hash_table_contains (zip.stored, "mimetype"));
      for (guint i = 1; i < zip.names->len; i++)
        xmlFreeDoc (parse_part (&zip, g_ptr_array_index (zip.names, i)));
      g_assert_true (g_hash_table_contains (zip.parts, "META-INF/manifest.xml"));

      text = extract_text (&zip, "content.xml", TRUE);
      g_assert_cmpstr (text, ==, expected);
      zip_clear (&zip);
    }
}

/* Every bullet of the resume is a list paragraph of its own, in order. */
static void
test_bullets_are_lists (void)
{
  g_autoptr(VitaeDocument) document = load (samples[0]);
  g_autoptr(GBytes) docx = render (document, VITAE_EXPORT_DOCX, "compact");
  g_autoptr(GBytes) odt = render (document, VITAE_EXPORT_ODT, "compact");
  g_autofree char *document_xml = NULL;
  g_autofree char *content_xml = NULL;
  guint n_bullets = 0;
  Zip zip;

  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    {
      VitaeSection *section = vitae_document_get_section (document, i);

      for (guint j = 0; j < vitae_section_get_n_entries (section); j++)
        n_bullets += vitae_entry_get_n_bullets (vitae_section_get_entry (section, j));
    }
  g_assert_cmpuint (n_bullets, >, 5);

  zip_read (docx, &zip);
  document_xml = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "word/document.xml"), NULL),
                            g_bytes_get_size (g_hash_table_lookup (zip.parts, "word/document.xml")));
  zip_clear (&zip);
  {
    g_auto(GStrv) pieces = g_strsplit (document_xml, "<w:pStyle w:val=\"ListBullet\"/>", -1);

    g_assert_cmpuint (g_strv_length (pieces) - 1, ==, n_bullets);
  }
  /* One heading style per non-empty section, and the summary. */
  g_assert_nonnull (strstr (document_xml, "<w:pStyle w:val=\"Heading1\"/>"));

  zip_read (odt, &zip);
  content_xml = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "content.xml"), NULL),
                           g_bytes_get_size (g_hash_table_lookup (zip.parts, "content.xml")));
  zip_clear (&zip);
  {
    g_auto(GStrv) items = g_strsplit (content_xml, "<text:list-item>", -1);

    g_assert_cmpuint (g_strv_length (items) - 1, ==, n_bullets);
  }
  g_assert_nonnull (strstr (content_xml, "<text:h text:outline-level=\"1\""));
}

/* Links are relationships (DOCX) and text:a (ODT) with the targets the PDF
 * uses; an address that is not one is text, not a link. */
static void
test_links (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GBytes) odt = NULL;
  g_autofree char *rels = NULL;
  g_autofree char *content = NULL;
  Zip zip;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Lima");
  vitae_node_set_text (VITAE_NODE (document), "email", "ana@example.com");
  vitae_node_set_text (VITAE_NODE (document), "phone", "+1 (415) 555-0142");
  vitae_node_set_text (VITAE_NODE (document), "url", "javascript:alert(1)");

  docx = render (document, VITAE_EXPORT_DOCX, NULL);
  zip_read (docx, &zip);
  rels = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "word/_rels/document.xml.rels"), NULL),
                    g_bytes_get_size (g_hash_table_lookup (zip.parts, "word/_rels/document.xml.rels")));
  zip_clear (&zip);
  g_assert_nonnull (strstr (rels, "Target=\"mailto:ana@example.com\" TargetMode=\"External\""));
  g_assert_nonnull (strstr (rels, "Target=\"tel:+14155550142\""));
  g_assert_null (strstr (rels, "javascript"));

  odt = render (document, VITAE_EXPORT_ODT, NULL);
  zip_read (odt, &zip);
  content = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "content.xml"), NULL),
                       g_bytes_get_size (g_hash_table_lookup (zip.parts, "content.xml")));
  zip_clear (&zip);
  g_assert_nonnull (strstr (content, "xlink:href=\"mailto:ana@example.com\""));
  g_assert_null (strstr (content, "xlink:href=\"javascript"));
  /* The text is still there, as text. */
  g_assert_nonnull (strstr (content, "javascript:alert(1)"));
}

static void
test_metadata (void)
{
  g_autoptr(VitaeDocument) document = load (samples[0]);
  g_autoptr(GBytes) docx = render (document, VITAE_EXPORT_DOCX, NULL);
  g_autoptr(GBytes) odt = render (document, VITAE_EXPORT_ODT, NULL);
  g_autofree char *core = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *main_part = NULL;
  Zip zip;

  zip_read (docx, &zip);
  main_part = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "word/document.xml"), NULL),
                         g_bytes_get_size (g_hash_table_lookup (zip.parts, "word/document.xml")));
  core = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "docProps/core.xml"), NULL),
                    g_bytes_get_size (g_hash_table_lookup (zip.parts, "docProps/core.xml")));
  styles = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "word/styles.xml"), NULL),
                      g_bytes_get_size (g_hash_table_lookup (zip.parts, "word/styles.xml")));
  zip_clear (&zip);
  g_assert_nonnull (strstr (core, "<dc:title>Marisol Okafor — Resume</dc:title>"));
  g_assert_nonnull (strstr (core, "<dc:creator>Marisol Okafor</dc:creator>"));
  g_assert_nonnull (strstr (core, "<dc:language>en-US</dc:language>"));
  g_assert_nonnull (strstr (core, "2026-12-01T09:30:00Z"));
  /* A4 is 595.28 × 841.89 pt: 11906 × 16838 twips. */
  g_assert_nonnull (strstr (main_part, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  g_assert_nonnull (strstr (styles, "<w:lang w:val=\"en-US\""));

  zip_read (odt, &zip);
  meta = g_strndup (g_bytes_get_data (g_hash_table_lookup (zip.parts, "meta.xml"), NULL),
                    g_bytes_get_size (g_hash_table_lookup (zip.parts, "meta.xml")));
  zip_clear (&zip);
  g_assert_nonnull (strstr (meta, "<dc:title>Marisol Okafor — Resume</dc:title>"));
  g_assert_nonnull (strstr (meta, "<dc:language>en-US</dc:language>"));
}

/* Runs @argv; returns its standard output, or NULL if it failed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = -1;

  if (!g_spawn_sync (tmpdir, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_steal_pointer (&out);
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

/* Collapses runs of white space, so that readers that wrap or indent
 * differently compare equal, and drops the bidi controls that pdftotext
 * puts around right-to-left runs. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_bidi_control (c))
        continue;
      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

/* Right-to-left text of several words: pdftotext -raw gives its words in
 * the order they are drawn, right to left, whatever the document holds. */
static gboolean
is_rtl_phrase (const char *text)
{
  gboolean rtl = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      rtl |= script == G_UNICODE_SCRIPT_HEBREW || script == G_UNICODE_SCRIPT_ARABIC;
    }

  return rtl && strchr (text, ' ') != NULL;
}

/* Every paragraph of the flow is found, in order, in what another reader
 * extracted. */
static void
assert_in_order (const char *reader,
                 const char *extracted,
                 VitaeFlow  *flow)
{
  g_autofree char *haystack = squeeze (extracted);
  const char *cursor = haystack;

  for (guint i = 0; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

      for (guint j = 0; j < paragraph->runs->len; j++)
        {
          VitaeFlowRun *run_ = g_ptr_array_index (paragraph->runs, j);
          g_autofree char *needle = squeeze (run_->text);
          const char *found;

          if (needle[0] == '\0' || (g_str_equal (reader, "LibreOffice") && is_rtl_phrase (needle)))
            continue;
          found = strstr (cursor, needle);
          if (found == NULL)
            g_error ("%s: “%s” is missing or out of order", reader, needle);
          cursor = found + strlen (needle);
        }
    }
}

static void
test_pandoc (void)
{
  g_autofree char *pandoc = g_find_program_in_path ("pandoc");

  if (pandoc == NULL)
    {
      g_test_skip ("pandoc is not installed");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    for (VitaeExportFormat format = VITAE_EXPORT_DOCX; format <= VITAE_EXPORT_ODT; format++)
      {
        g_autoptr(VitaeDocument) document = load (samples[s]);
        g_autoptr(VitaeFlow) flow = vitae_flow_new (document);
        g_autoptr(GBytes) bytes = render (document, format, "classic");
        const char *name = format == VITAE_EXPORT_DOCX ? "resume.docx" : "resume.odt";
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        const char *argv[] = { "pandoc", "--wrap=none", "-t", "plain", name, NULL };
        g_autofree char *text = NULL;

        write_bytes (path, bytes);
        text = run (argv);
        g_assert_nonnull (text);
        assert_in_order ("pandoc", text, flow);
      }
}

/* LibreOffice opens both and prints them to PDF; pdftotext reads every
 * paragraph back in order (in the content stream's order, -raw: its
 * column detection would read the right-aligned dates after the heading's
 * second line). Slow (seconds a file), so only the everything-file. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (soffice == NULL || pdftotext == NULL)
    {
      g_test_skip ("LibreOffice or pdftotext is not installed");
      return;
    }

  for (VitaeExportFormat format = VITAE_EXPORT_DOCX; format <= VITAE_EXPORT_ODT; format++)
    {
      g_autoptr(VitaeDocument) document = load (samples[2]);
      g_autoptr(VitaeFlow) flow = vitae_flow_new (document);
      g_autoptr(GBytes) bytes = render (document, format, "classic");
      const char *name = format == VITAE_EXPORT_DOCX ? "lo.docx" : "lo.odt";
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);
      g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", tmpdir);
      const char *convert[] = { "soffice", profile, "--headless", "--convert-to", "pdf",
                                "--outdir", tmpdir, name, NULL };
      const char *extract[] = { "pdftotext", "-raw", "-enc", "UTF-8", "lo.pdf", "-", NULL };
      g_autofree char *out = NULL;
      g_autofree char *text = NULL;

      write_bytes (path, bytes);
      out = run (convert);
      g_assert_nonnull (out);
      text = run (extract);
      g_assert_nonnull (text);
      assert_in_order ("LibreOffice", text, flow);
    }
}

/* `vitae export -o OUT` picks the format by extension, any case, and
 * refuses one it does not know without writing anything. */
static void
test_cli_by_extension (void)
{
  static const struct { const char *name; const char *magic; gsize length; } outputs[] = {
    { "cli.docx", "PK\x03\x04", 4 },
    { "cli.ODT", "PK\x03\x04", 4 },
    { "cli.pdf", "%PDF-", 5 },
    { "cli.txt", "Tyler Brandt", 12 },
    { "cli.json", "{", 1 },
  };
  g_autofree char *input = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), samples[1], NULL);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *path = g_build_filename (tmpdir, outputs[i].name, NULL);
      const char *argv[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", path, NULL };
      g_autofree char *out = run (argv);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_nonnull (out);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >=, outputs[i].length);
      g_assert_cmpmem (contents, outputs[i].length, outputs[i].magic, outputs[i].length);
    }

  {
    g_autofree char *path = g_build_filename (tmpdir, "cli.rtf", NULL);
    const char *argv[] = { g_getenv ("VITAE_EXE"), "export", input, "-o", path, NULL };
    g_autofree char *out = run (argv);

    g_assert_null (out);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

/* The OpenDocument RELAX NG schemas: OASIS publishes them
 * (OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng,
 * with the OpenDocument 1.3 specification); their copyright is OASIS's,
 * so they are not in this tree. Put both in a folder and name it in
 * VITAE_ODF_SCHEMA_DIR to run this test; without them it is skipped. */
static xmlRelaxNGPtr
load_odf_schema (const char *name)
{
  const char *dir = g_getenv ("VITAE_ODF_SCHEMA_DIR");
  g_autofree char *path = NULL;
  xmlRelaxNGParserCtxtPtr parser;
  xmlExternalEntityLoader loader;
  xmlRelaxNGPtr schema;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  /* A file read here, which the loader Vitae sets for the documents it
   * opens (no external entities) would refuse. */
  loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (xmlNoNetExternalEntityLoader);
  parser = xmlRelaxNGNewParserCtxt (path);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  xmlSetExternalEntityLoader (loader);
  g_assert_nonnull (schema);

  return schema;
}

static void
collect_error (void        *data,
               const char  *format,
               ...)
{
  GString *errors = data;
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (errors, format, args);
  va_end (args);
}

/* Validates @name of @zip against @schema; fails with libxml2's reasons. */
static void
assert_part_valid (Zip           *zip,
                   const char    *name,
                   xmlRelaxNGPtr  schema)
{
  xmlDocPtr doc = parse_part (zip, name);
  xmlRelaxNGValidCtxtPtr validator = xmlRelaxNGNewValidCtxt (schema);
  g_autoptr(GString) errors = g_string_new (NULL);
  int result;

  xmlRelaxNGSetValidErrors (validator, collect_error, collect_error, errors);
  result = xmlRelaxNGValidateDoc (validator, doc);
  if (result != 0)
    g_test_message ("%s: %s", name, errors->str);
  g_assert_cmpint (result, ==, 0);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);
}

/* Every part of the ODT of each sample in each template is valid
 * OpenDocument 1.3, as the RELAX NG schemas define it (the manifest by
 * its own schema). */
static void
test_odt_schema (void)
{
  xmlRelaxNGPtr schema = load_odf_schema ("OpenDocument-v1.3-schema.rng");
  xmlRelaxNGPtr manifest = load_odf_schema ("OpenDocument-v1.3-manifest-schema.rng");

  if (schema == NULL || manifest == NULL)
    {
      g_test_skip ("No OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng "
                   "in $VITAE_ODF_SCHEMA_DIR (OASIS publishes them)");
      g_clear_pointer (&schema, xmlRelaxNGFree);
      g_clear_pointer (&manifest, xmlRelaxNGFree);
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    for (guint t = 0; t < vitae_template_get_count (); t++)
      {
        g_autoptr(VitaeDocument) document = load (samples[s]);
        const char *template_id = vitae_template_get_nth (t)->id;
        g_autoptr(GBytes) bytes = render (document, VITAE_EXPORT_ODT, template_id);
        Zip zip;

        g_test_message ("%s %s", samples[s], template_id);
        zip_read (bytes, &zip);
        for (guint i = 0; i < zip.names->len; i++)
          {
            const char *name = g_ptr_array_index (zip.names, i);

            if (g_str_equal (name, "META-INF/manifest.xml"))
              assert_part_valid (&zip, name, manifest);
            else if (g_str_has_suffix (name, ".xml"))
              assert_part_valid (&zip, name, schema);
          }
        zip_clear (&zip);
      }

  xmlRelaxNGFree (schema);
  xmlRelaxNGFree (manifest);
}

/* The ECMA-376 (Office Open XML) transitional schemas: wml.xsd and the
 * shared-*, dml-* and vml-* files it includes, and opc-xsd/ with the
 * package's (as ECMA publishes them with the standard, and as
 * python-docx keeps them in ref/xsd). They are ECMA's, not in this tree:
 * name their folder in VITAE_OOXML_SCHEMA_DIR to run this test; without
 * them it is skipped. They import the XML namespace without saying
 * where it is, so the test copies them and points that import at a
 * schema of xml:lang and xml:space of its own. */
static const char xml_namespace_schema[] =
  "<?xml version=\"1.0\"?>\n"
  "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
  " targetNamespace=\"http://www.w3.org/XML/1998/namespace\">\n"
  "  <xs:attribute name=\"lang\" type=\"xs:language\"/>\n"
  "  <xs:attribute name=\"space\">\n"
  "    <xs:simpleType>\n"
  "      <xs:restriction base=\"xs:NCName\">\n"
  "        <xs:enumeration value=\"default\"/>\n"
  "        <xs:enumeration value=\"preserve\"/>\n"
  "      </xs:restriction>\n"
  "    </xs:simpleType>\n"
  "  </xs:attribute>\n"
  "</xs:schema>\n";

/* Copies the .xsd files of @from into @to, with the XML namespace's
 * import pointed at xml.xsd there (or ../xml.xsd from a subfolder). */
static void
copy_ooxml_schemas (const char *from,
                    const char *to,
                    const char *xml_location)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *import = NULL;
      g_autoptr(GString) patched = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".xsd"))
        continue;
      g_file_get_contents (source, &contents, NULL, &error);
      g_assert_no_error (error);
      patched = g_string_new (contents);
      import = g_strdup_printf ("namespace=\"http://www.w3.org/XML/1998/namespace\" schemaLocation=\"%s\"/>",
                                xml_location);
      g_string_replace (patched, "namespace=\"http://www.w3.org/XML/1998/namespace\"/>", import, 0);
      g_file_set_contents (target, patched->str, patched->len, &error);
      g_assert_no_error (error);
    }
}

static xmlSchemaPtr
load_xsd (const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (path);
  xmlSchemaPtr schema = xmlSchemaParse (parser);

  xmlSchemaFreeParserCtxt (parser);
  if (schema == NULL)
    g_error ("%s does not compile", path);

  return schema;
}

static void
assert_part_valid_xsd (Zip          *zip,
                       const char   *name,
                       xmlSchemaPtr  schema)
{
  xmlDocPtr doc = parse_part (zip, name);
  xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt (schema);
  g_autoptr(GString) errors = g_string_new (NULL);
  int result;

  xmlSchemaSetValidErrors (validator, collect_error, collect_error, errors);
  result = xmlSchemaValidateDoc (validator, doc);
  if (result != 0)
    g_test_message ("%s: %s", name, errors->str);
  g_assert_cmpint (result, ==, 0);
  xmlSchemaFreeValidCtxt (validator);
  xmlFreeDoc (doc);
}

/* Every part of the DOCX of each sample in each template but the core
 * properties (whose schema imports Dublin Core's) is valid against the
 * ECMA-376 transitional schemas: the document, styles and numbering
 * against WordprocessingML's, the content types and relationships
 * against the package's, the extended properties against theirs. */
static void
test_docx_schema (void)
{
  const char *from = g_getenv ("VITAE_OOXML_SCHEMA_DIR");
  g_autofree char *wml = from ? g_build_filename (from, "wml.xsd", NULL) : NULL;
  g_autofree char *opc = from ? g_build_filename (from, "opc-xsd", NULL) : NULL;
  g_autofree char *dir = g_build_filename (tmpdir, "ooxml", NULL);
  g_autofree char *opc_dir = g_build_filename (dir, "opc-xsd", NULL);
  g_autofree char *xml_xsd = g_build_filename (dir, "xml.xsd", NULL);
  g_autoptr(GError) error = NULL;
  xmlExternalEntityLoader loader;
  struct {
    const char   *part;
    const char   *schema_dir;
    const char   *schema;
    xmlSchemaPtr  loaded;
  } checks[] = {
    { "word/document.xml", dir, "wml.xsd", NULL },
    { "word/styles.xml", dir, "wml.xsd", NULL },
    { "word/numbering.xml", dir, "wml.xsd", NULL },
    { "[Content_Types].xml", opc_dir, "opc-contentTypes.xsd", NULL },
    { "_rels/.rels", opc_dir, "opc-relationships.xsd", NULL },
    { "word/_rels/document.xml.rels", opc_dir, "opc-relationships.xsd", NULL },
    { "docProps/app.xml", dir, "shared-documentPropertiesExtended.xsd", NULL },
  };

  if (wml == NULL || !g_file_test (wml, G_FILE_TEST_EXISTS) || !g_file_test (opc, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("No ECMA-376 transitional schemas (wml.xsd, opc-xsd/) in $VITAE_OOXML_SCHEMA_DIR");
      return;
    }

  copy_ooxml_schemas (from, dir, "xml.xsd");
  copy_ooxml_schemas (opc, opc_dir, "../xml.xsd");
  g_file_set_contents (xml_xsd, xml_namespace_schema, -1, &error);
  g_assert_no_error (error);
  /* The schemas include and import one another: files read here. */
  loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (xmlNoNetExternalEntityLoader);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    checks[i].loaded = load_xsd (checks[i].schema_dir, checks[i].schema);
  xmlSetExternalEntityLoader (loader);

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    for (guint t = 0; t < vitae_template_get_count (); t++)
      {
        g_autoptr(VitaeDocument) document = load (samples[s]);
        const char *template_id = vitae_template_get_nth (t)->id;
        g_autoptr(GBytes) bytes = render (document, VITAE_EXPORT_DOCX, template_id);
        Zip zip;

        g_test_message ("%s %s", samples[s], template_id);
        zip_read (bytes, &zip);
        for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
          assert_part_valid_xsd (&zip, checks[i].part, checks[i].loaded);
        zip_clear (&zip);
      }

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    xmlSchemaFree (checks[i].loaded);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  tmpdir = g_dir_make_tmp ("vitae-office-XXXXXX", NULL);

  g_test_add_func ("/office/docx/structure", test_docx_structure);
  g_test_add_func ("/office/docx/schema", test_docx_schema);
  g_test_add_func ("/office/odt/structure", test_odt_structure);
  g_test_add_func ("/office/odt/schema", test_odt_schema);
  g_test_add_func ("/office/bullets-are-lists", test_bullets_are_lists);
  g_test_add_func ("/office/links", test_links);
  g_test_add_func ("/office/metadata", test_metadata);
  g_test_add_func ("/office/cli-by-extension", test_cli_by_extension);
  g_test_add_func ("/office/pandoc", test_pandoc);
  g_test_add_func ("/office/libreoffice", test_libreoffice);

  status = g_test_run ();

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmpdir);

    if (system (command) != 0)
      g_warning ("Could not remove %s", tmpdir);
  }
  g_free (tmpdir);

  return status;
}
