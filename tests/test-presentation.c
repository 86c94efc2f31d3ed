/* test-presentation.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One presentation of an entry: the PDF (as pdftotext reads it), the plain
 * text export and the Word file (as its XML reads) show the same words and
 * dates in the heading of an entry of every kind of section, in the
 * document's language. */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-import.h"
#include "vitae-locale.h"

static char *tmpdir;

static void
add_entry (VitaeDocument    *document,
           VitaeSectionKind  kind,
           const char       *section_title,
           const char * const *fields)
{
  g_autoptr(VitaeSection) section = vitae_section_new (kind);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();

  if (section_title != NULL)
    vitae_node_set_text (VITAE_NODE (section), "title", section_title);
  for (guint i = 0; fields[i] != NULL; i += 2)
    {
      if (g_str_equal (fields[i], "roles"))
        {
          g_auto(GStrv) roles = g_strsplit (fields[i + 1], ", ", -1);

          vitae_node_set_list (VITAE_NODE (entry), "roles", (const char * const *) roles);
        }
      else
        vitae_node_set_text (VITAE_NODE (entry), fields[i], fields[i + 1]);
    }
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);
}

/* A resume with one entry of every kind that has a heading, each nothing
 * but its heading, with the parts the outputs used to word differently:
 * a degree with its field, a project's roles and type, a place where the
 * text export left it out, a title and a role in a section of one's own. */
static VitaeDocument *
make_document (const char *language)
{
  VitaeDocument *document = vitae_document_new ();

  vitae_node_set_text (VITAE_NODE (document), "name", "Rhona Baird");
  vitae_document_set_language (document, language);
  add_entry (document, VITAE_SECTION_EXPERIENCE, NULL, (const char *[]) {
    "role", "Harbour Pilot", "organization", "Tidewater Ferries", "location", "Bergen",
    "start", "2019-04", NULL });
  add_entry (document, VITAE_SECTION_VOLUNTEER, NULL, (const char *[]) {
    "role", "Trail Warden", "organization", "Moorland Trust", "start", "2016-05", "end", "2018-08", NULL });
  add_entry (document, VITAE_SECTION_EDUCATION, NULL, (const char *[]) {
    "organization", "Northgate Polytechnic", "degree", "BEng", "area", "Marine Engineering",
    "location", "Aberdeen", "start", "2012-09", "end", "2016-06", NULL });
  add_entry (document, VITAE_SECTION_PROJECTS, NULL, (const char *[]) {
    "title", "tidecalc", "roles", "Author, Maintainer", "entity", "Harbour Guild", "type", "library",
    "start", "2020-01", NULL });
  add_entry (document, VITAE_SECTION_AWARDS, NULL, (const char *[]) {
    "title", "Lighthouse Medal", "awarder", "Coastal Society", "date", "2021-05", NULL });
  add_entry (document, VITAE_SECTION_CERTIFICATIONS, NULL, (const char *[]) {
    "title", "Deck Officer Licence", "issuer", "Maritime Board", "location", "Oslo", "date", "2018-03", NULL });
  add_entry (document, VITAE_SECTION_PUBLICATIONS, NULL, (const char *[]) {
    "title", "Tides and Timetables", "publisher", "Nautical Review", "date", "2022-11", NULL });
  add_entry (document, VITAE_SECTION_CUSTOM, "Talks", (const char *[]) {
    "title", "Reading the Swell", "role", "Speaker", "organization", "Harbour Summit",
    "location", "Tromsø", "date", "2023-02", NULL });

  return document;
}

static GBytes *
render (VitaeDocument     *document,
        VitaeExportFormat  format,
        const char        *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 1, 9, 30, 0);
  VitaeRenderOptions options;
  GBytes *bytes;

  vitae_render_options_init (&options);
  options.paper = VITAE_PAPER_A4;
  options.date = date;
  options.language = language;
  bytes = vitae_export_render (document, &options, format, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

/* The text of a PDF as pdftotext reads it. */
static char *
pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "resume.pdf", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status = -1;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (tmpdir, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

static void
collect_docx_text (xmlNodePtr  node,
                   GString    *text)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && g_str_equal ((const char *) node->name, "t"))
        g_string_append (text, (const char *) child->content);
      else if (child->type != XML_ELEMENT_NODE)
        continue;
      else if (g_str_equal ((const char *) child->name, "tab"))
        g_string_append_c (text, '\t');
      else
        {
          collect_docx_text (child, text);
          if (g_str_equal ((const char *) child->name, "p"))
            g_string_append_c (text, '\n');
        }
    }
}

/* The text of a Word file's body, a paragraph a line. */
static char *
docx_text (GBytes *docx)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autoptr(GByteArray) body = g_byte_array_new ();
  GString *text = g_string_new (NULL);
  xmlDocPtr doc;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, g_bytes_get_data (docx, NULL), g_bytes_get_size (docx)),
                   ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    if (g_str_equal (archive_entry_pathname (entry), "word/document.xml"))
      {
        char buffer[8192];
        la_ssize_t n;

        while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
          g_byte_array_append (body, (guint8 *) buffer, n);
        g_assert_cmpint (n, ==, 0);
      }
  archive_read_free (archive);

  g_assert_cmpuint (body->len, >, 0);
  doc = xmlReadMemory ((const char *) body->data, body->len, "document.xml", "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (doc);
  collect_docx_text (xmlDocGetRootElement (doc), text);
  xmlFreeDoc (doc);

  return g_string_free (text, FALSE);
}

/* The words of @text, sorted: what is left when the punctuation that
 * sets the parts apart ("·", "—", "|", ",", "()", tabs) is taken away. */
static void
add_words (GPtrArray  *words,
           const char *text)
{
  GString *word = g_string_new (NULL);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The lines of @text under the heading of @section, up to the heading of
 * the section after it, as sorted words. @skip_label: a label whose lines
 * ("Roles: a, b") are not part of the heading. */
static char *
section_words (const char    *text,
               VitaeDocument *document,
               const char    *language,
               guint          index,
               const char    *skip_label)
{
  guint n = vitae_document_get_n_sections (document);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = skip_label ? g_strdup_printf ("%s:", skip_label) : NULL;
  g_autofree char *heading = NULL;
  g_autofree char *next = NULL;
  guint i = 0;

  heading = g_utf8_casefold (vitae_locale_get_section_title (language, vitae_document_get_section (document, index)), -1);
  if (index + 1 < n)
    next = g_utf8_casefold (vitae_locale_get_section_title (language, vitae_document_get_section (document, index + 1)), -1);

  for (; lines[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_strstrip (lines[i]), -1);

      if (g_str_equal (folded, heading))
        break;
    }
  if (lines[i] == NULL)
    g_error ("no heading “%s” in:\n%s", heading, text);

  for (i++; lines[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_strstrip (lines[i]), -1);

      if (next != NULL && g_str_equal (folded, next))
        break;
      if (label != NULL && g_str_has_prefix (lines[i], label))
        add_words (words, lines[i] + strlen (label));
      else
        add_words (words, lines[i]);
    }

  g_ptr_array_sort (words, compare_words);
  g_ptr_array_add (words, NULL);

  return g_strjoinv (" ", (char **) words->pdata);
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils is not installed");

  return path != NULL;
}

static void
test_same_headings (void)
{
  static const char *languages[] = { "en", "fr", "de" };

  if (!have_pdftotext ())
    return;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(VitaeDocument) document = make_document (languages[l]);
      g_autoptr(GBytes) pdf = render (document, VITAE_EXPORT_PDF, NULL);
      g_autoptr(GBytes) docx = render (document, VITAE_EXPORT_DOCX, NULL);
      g_autoptr(GBytes) txt = render (document, VITAE_EXPORT_TEXT, NULL);
      g_autofree char *pdf_words = NULL;
      g_autofree char *text = g_strndup (g_bytes_get_data (txt, NULL), g_bytes_get_size (txt));
      g_autofree char *from_pdf = pdf_text (pdf);
      g_autofree char *from_docx = docx_text (docx);
      const char *roles = vitae_locale_get_string (languages[l], "label.roles");

      for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
        {
          g_autofree char *in_pdf = section_words (from_pdf, document, languages[l], s, NULL);
          g_autofree char *in_docx = section_words (from_docx, document, languages[l], s, NULL);
          /* The text export gives a project's roles a line of their own. */
          g_autofree char *in_text = section_words (text, document, languages[l], s, roles);

          g_test_message ("%s, section %u: %s", languages[l], s, in_pdf);
          g_assert_cmpstr (in_pdf, !=, "");
          g_assert_cmpstr (in_text, ==, in_pdf);
          g_assert_cmpstr (in_docx, ==, in_pdf);
        }
    }
}

/* A resume laid out in another language than its own, as the render
 * options allow: the Word file follows the PDF's headings and dates. */
static void
test_other_language (void)
{
  g_autoptr(VitaeDocument) document = make_document ("en");
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autofree char *from_pdf = NULL;
  g_autofree char *from_docx = NULL;

  if (!have_pdftotext ())
    return;

  pdf = render (document, VITAE_EXPORT_PDF, "fr-FR");
  docx = render (document, VITAE_EXPORT_DOCX, "fr-FR");
  from_pdf = pdf_text (pdf);
  from_docx = docx_text (docx);
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      g_autofree char *in_pdf = section_words (from_pdf, document, "fr", s, NULL);
      g_autofree char *in_docx = section_words (from_docx, document, "fr", s, NULL);

      g_test_message ("section %u: %s", s, in_pdf);
      g_assert_cmpstr (in_docx, ==, in_pdf);
    }
}

/* The importer reads a degree with its field back apart, in the words of
 * each document language, but not where spaces alone part them. */
static void
test_split_study (void)
{
  static const struct {
    const char *language;
    const char *degree;
    const char *area;
    gboolean    split;
  } cases[] = {
    { "en", "BEng", "Marine Engineering", TRUE },
    { "en", "Bachelor of Arts", "History in Practice", TRUE },
    { "fr", "Licence", "génie maritime", TRUE },
    { "ja", "学士", "海洋工学", TRUE },
    { "ru", "Бакалавр", "судостроение", TRUE },
    { "pl", "Inżynier", "oceanotechnika", TRUE },
    { "zh", "学士", "海洋工程", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *study = vitae_locale_format_study (cases[i].language, cases[i].degree, cases[i].area);
      g_autofree char *degree = NULL;
      g_autofree char *area = NULL;

      g_test_message ("%s: %s", cases[i].language, study);
      g_assert_cmpint (vitae_entry_split_study (cases[i].language, study, &degree, &area), ==, cases[i].split);
      if (cases[i].split)
        {
          g_assert_cmpstr (degree, ==, cases[i].degree);
          g_assert_cmpstr (area, ==, cases[i].area);
        }
    }

  {
    g_autofree char *degree = NULL;
    g_autofree char *area = NULL;

    g_assert_false (vitae_entry_split_study ("en", "Diploma", &degree, &area));
    g_assert_false (vitae_entry_split_study ("en", "in Physics", &degree, &area));
  }
}

/* Our own PDF and Word file import back with the degree and its field
 * apart, as they were typed. (The importer splits them in the language
 * it detects in the text; this resume's words are English.) */
static void
test_import_study (void)
{
  static const char *languages[] = { "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (VitaeExportFormat format = VITAE_EXPORT_PDF; format <= VITAE_EXPORT_DOCX; format++)
      {
        g_autoptr(VitaeDocument) document = make_document (languages[l]);
        g_autoptr(GBytes) bytes = render (document, format, NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(VitaeDocument) back = NULL;
        VitaeSection *education;
        VitaeNode *entry;

        g_test_message ("%s, format %d", languages[l], format);
        back = vitae_import_bytes (bytes, format == VITAE_EXPORT_PDF ? VITAE_IMPORT_PDF : VITAE_IMPORT_DOCX,
                                   "resume", NULL, &error);
        g_assert_no_error (error);
        education = vitae_document_find_section (back, VITAE_SECTION_EDUCATION);
        g_assert_nonnull (education);
        g_assert_cmpuint (vitae_section_get_n_entries (education), ==, 1);
        entry = VITAE_NODE (vitae_section_get_entry (education, 0));
        g_assert_cmpstr (vitae_node_get_text (entry, "degree"), ==, "BEng");
        g_assert_cmpstr (vitae_node_get_text (entry, "area"), ==, "Marine Engineering");
      }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  tmpdir = g_dir_make_tmp ("vitae-presentation-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/presentation/same-headings", test_same_headings);
  g_test_add_func ("/presentation/other-language", test_other_language);
  g_test_add_func ("/presentation/split-study", test_split_study);
  g_test_add_func ("/presentation/import-study", test_import_study);

  status = g_test_run ();

  {
    g_autofree char *path = g_build_filename (tmpdir, "resume.pdf", NULL);

    g_remove (path);
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);

  return status;
}
