/* vitae-import.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Importing the resume a person already has: JSON Resume (as people write
 * it) and FRESH, LinkedIn's data export, and PDF, DOCX and ODT, whose
 * structure is recovered from their lines.
 *
 * The structure of a PDF, DOCX or ODT (vitae_import_lines()) is recovered
 * in one pass over the lines, deterministically: the same lines always
 * give the same resume. Each line gets one role from its features, in this
 * order of precedence:
 *
 *  1. style: a paragraph style names the role (Vitae's own exports, and
 *     documents made from their templates): Name, Headline, Contact,
 *     Heading…, Entry Title, Entry Subtitle, List…;
 *  2. header: before the first heading, the first line is the name (in a
 *     PDF, the largest of the first three lines after a cover's title,
 *     unless it is written in lower case, a tagline, and the smaller one
 *     as a name is, or is a title wrapped over lines, and a line of the
 *     first page as large is written as a name; with the line above it when a given name is set
 *     smaller over the surname; its words spaced wide apart as cells of
 *     their own, or its second line a cell of a line under it, as large;
 *     after a greeting, "Hello! I'm …"), a line with an e-mail address, a
 *     phone number or a web address is contact details, split at " · ",
 *     " | ", " • " or tabs (and between a phone number and the e-mail
 *     address glued to it: "(555)123-4567ada@…"); the first other short line is the headline (it
 *     runs on into no list item, cells or phone number). A line in
 *     capitals set as an address's lines ("FRANCE") is no heading. A list
 *     item ends the header. After the sections, an
 *     e-mail address or a labelled phone number on a short line of its own
 *     (a second column's) is contact details too, and so is a line made
 *     only of contact details (a footer repeated on every page: read once,
 *     dropped after), an e-mail address or a phone number after its label
 *     or icon in a cell of its own beside other text (an icon's TeX
 *     command that did not expand, "\faIcon {phone}:", is an icon), and
 *     under "Personal information" any line with an address or
 *     a number the document lacks. A labelled field gives the name ("Name,
 *     Vorname: …", "Nom : …" with "Prénom : …"; also as a list's item,
 *     "• Name: …", or as a program writes
 *     a field, 'std::string name = "…";' or '"name": "…",') or the address
 *     ("Anschrift: …", with a postal code and city under its value), and
 *     a line a PDF repeats at the head or foot of its pages is read once.
 *     A cover's title with the name after it
 *     ("Lebenslauf von …") gives it too; a cover's title alone ("Bewerbung",
 *     "Curriculum Vitae") is no name, nor a line above the name on a cover
 *     (an employer's). A number is no
 *     phone after another number's label (a birth date, a postal code, a
 *     fax) or when it reads as a date;
 *  3. heading: a line of at most five words without digits or a tab that
 *     is a known section title (in English, German, French, Spanish,
 *     Italian, Portuguese, Dutch, Polish and Russian), or that is in capitals and bold or
 *     larger than the text around it;
 *  4. bullet: a list paragraph, or a line starting with a bullet glyph
 *     (• ▪ ◦ ‣ ● ■ – - * » ›), an emoji before a phrase ("📌 …", not
 *     before contact details) or a number ("1. ", "2) ", "3.Word"); but a
 *     list item with dates at its right ("• Treasurer <tab> 2019 – 2021")
 *     is an entry title, unless the entry has no dates and the item is its
 *     first or set as its items above (then they are the entry's); lines
 *     one a line right under a heading of certificates or awards are
 *     items;
 *  5. entry title: a line whose part after a tab (or whose end) reads as
 *     dates ("Apr 2021 – Present", "2019 – 2021", "03/2020 - 06/2022"),
 *     or a bold line in a section of entries;
 *  6. entry subtitle: the line right after an entry title that is not a
 *     bullet and is italic, has a tab, or is short (under 80 characters
 *     without a final full stop);
 *  7. body: anything else, read by the section's kind (a skill group's
 *     "Label: a, b", "Grade: …", "Courses: …", a web address, a
 *     description, a summary).
 *
 * In a PDF, a line that is not bold, not a bullet and not a heading, and
 * stands closer than half its font size under a bullet or body line (and
 * not far right of it), continues it (a wrapped line; a word broken at a
 * hyphen is joined). What could not be placed is said in a note.
 *
 * Marks drawn as shapes (a dot, square, dash, ring, arrow or small
 * picture) with no glyph in the text layer are seen by the PDF reader on
 * the rendered page (vitae-text-reader-pdf-marks.c) and the line starts
 * "• " as if written, from where the mark stands; such a mark before dates
 * alone sets off its entry's dates (unless its item goes on under its
 * text: its first line), before a contact detail is dropped,
 * and a line at the marks' edge after their items, left of their text,
 * that does not go on with them begins the next entry.
 *
 * Items drawn without a glyph (vitae-import-items.c): a line in the size
 * of its section's text indented from the text's left edge, or in
 * another column from where that column's dated titles or its section's
 * lines start, is an item (not one that starts where the text after a
 * column of dates' labels does, as moderncv sets an entry's paragraph:
 * vitae-import-labels.c); a run of lines set alike whose sentences each
 * end at a line's end is a list, an item a sentence; under such an item,
 * a line that starts a sentence (or, where items have no full stops, a
 * capital under a line that does not run on) starts the next one. Where
 * items indent their first line only, a line back at the edge that the
 * line above runs on into goes on with the item. The text's left edge is
 * where most lines start, give or take a point, or a section's where its
 * items outnumber its entries; a column's right edge is measured apart
 * for the header and the sections, and a paragraph's leading for each
 * font size. Right under a heading, three short paragraphs or more (of
 * one or two lines, the second wrapped), a clear space apart, are items
 * too (vitae-import-blocks.c).
 *
 * Before that pass, a PDF whose section headings stand in a margin column
 * of their own, beside their sections' first lines, has each heading made
 * a line of its own (side_headings()), as has each section's name in a
 * column of labels at the left, right aligned against the text beside it
 * (vitae-import-label-headings.c); so has a label of words beside
 * its list's first item ("Digital skills <tab> – Wrote …", Europass:
 * vitae-import-labels.c).
 *
 * The parts: vitae-import-text.c (words), vitae-import-contact.c (and
 * vitae-import-phones.c, a phone number's label), vitae-import-header.c
 * (the header, name and address fields, repeated lines),
 * vitae-import-build.c (sections, entries, PDF geometry, side headings),
 * vitae-import-items.c (wrapped lines and list items in a PDF),
 * vitae-import-columns.c (where a PDF's columns end, each size's leading),
 * vitae-import-blocks.c (blocks told apart by the space between them),
 * vitae-import-lines.c (the pass over the lines) and, after it,
 * vitae-import-links.c (what a PDF says only in its links and
 * properties: an address behind an icon, the author's name).
 */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-history.h"
#include "vitae-import.h"
#include "vitae-import-known.h"
#include "vitae-import-private.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-presentation.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* Our own PDFs and Word files word a degree with its field as the
 * document's language does ("BSc in Physics"): read from lines, an
 * education entry gets the two back apart. */
static void
split_studies (VitaeDocument *document)
{
  const char *language = vitae_document_get_effective_language (document);

  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      if (vitae_section_get_kind (section) != VITAE_SECTION_EDUCATION)
        continue;
      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, e));
          g_autofree char *degree = NULL, *area = NULL;

          if (vitae_node_get_text (entry, "area")[0] == '\0' &&
              vitae_entry_split_study (language, vitae_node_get_text (entry, "degree"), &degree, &area))
            {
              vitae_node_set_text (entry, "degree", degree);
              vitae_node_set_text (entry, "area", area);
            }
        }
    }
}

/* Where @text, a list item or an entry's text, holds more items run
 * together in one paragraph, each after an asterisk as the first one is
 * ("*Set up the servers *Wrote the guides" / "* Ran the desk * Trained
 * …"): an asterisk after a space, before a capital (after one space at
 * most), where no asterisk stands glued to the end of a word (a footnote
 * or a word in emphasis). Returns the items, or NULL when there are not
 * two. */
static char **
split_starred (const char *text)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *p = strchr (text, '*'); p != NULL; p = strchr (p + 1, '*'))
    if (p > text && !g_ascii_isspace (p[-1]))
      return NULL;
  for (const char *p = text; *p; p++)
    {
      const char *word = p + 1 + (p[1] == ' ');

      if (*p != '*' || (p > text && !g_ascii_isspace (p[-1])) || !g_unichar_isupper (g_utf8_get_char (word)))
        continue;
      if (p > start)
        {
          char *part = g_strstrip (g_strndup (start, p - start));

          if (*part != '\0')
            g_ptr_array_add (parts, part);
          else
            g_free (part);
        }
      start = word;
    }
  /* (An asterisk at the end marks no item to come.) */
  if (*start != '\0')
    {
      char *part = g_strstrip (g_strdup (start));
      gsize len = strlen (part);

      if (len >= 2 && part[len - 1] == '*' && part[len - 2] == ' ')
        part[len - 2] = '\0';
      g_ptr_array_add (parts, part);
    }
  if (parts->len < 2)
    return NULL;
  /* (An entry's text keeps its lines apart: an item's are one.) */
  for (guint k = 0; k < parts->len; k++)
    g_strdelimit (g_ptr_array_index (parts, k), "\n", ' ');
  g_ptr_array_add (parts, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&parts), FALSE);
}

/* Where @text, a list item, holds more items run in after it, each
 * after a bullet once the one before has ended its sentence ("Ran the
 * desk. • Trained …"): the items, or NULL when there are not two. */
static char **
split_run_in (const char *text)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *p = strstr (text, " • "); p != NULL; p = strstr (p + 1, " • "))
    {
      g_autofree char *before = g_strndup (start, p - start);
      const char *next = p + strlen (" • ");

      if (!_vitae_import_ends_sentence (before) || !g_unichar_isupper (g_utf8_get_char (next)))
        continue;
      g_ptr_array_add (parts, g_steal_pointer (&before));
      start = next;
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, g_strdup (start));
  g_ptr_array_add (parts, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&parts), FALSE);
}

/* Items a resume writes run together, each after an asterisk, in one
 * paragraph (typed into a text box rather than a list): an entry's text
 * that starts with an asterisk, or an item that holds more asterisks
 * before capitals, becomes one item each; so does an item that holds
 * more after bullets, each after a full stop (split_run_in()). */
static void
split_starred_items (VitaeDocument *document)
{
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);
          const char *summary = vitae_node_get_text (VITAE_NODE (entry), "summary");
          g_auto(GStrv) items = summary[0] == '*' ? split_starred (summary) : NULL;
          guint at = 0;

          for (guint k = 0; items != NULL && items[k]; k++)
            {
              g_autoptr(VitaeBullet) bullet = vitae_bullet_new (items[k]);

              vitae_entry_insert_bullet (entry, at++, bullet);
            }
          if (items != NULL)
            vitae_node_set_text (VITAE_NODE (entry), "summary", NULL);
          for (; at < vitae_entry_get_n_bullets (entry); at++)
            {
              const char *text = vitae_bullet_get_text (vitae_entry_get_bullet (entry, at));
              g_auto(GStrv) more = split_starred (text);

              if (more == NULL)
                more = split_run_in (text);

              for (guint k = 0; more != NULL && more[k]; k++)
                {
                  g_autoptr(VitaeBullet) bullet = vitae_bullet_new (more[k]);

                  vitae_entry_insert_bullet (entry, at + 1 + k, bullet);
                }
              if (more != NULL)
                {
                  vitae_entry_remove_bullet (entry, at);
                  at += g_strv_length (more) - 1;
                }
            }
        }
    }
}

/**
 * vitae_import_format_from_path:
 * @path: a file name
 *
 * Returns: the import format its extension names
 */
VitaeImportFormat
vitae_import_format_from_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".json"))
    return VITAE_IMPORT_JSON;
  if (g_str_has_suffix (lower, ".pdf"))
    return VITAE_IMPORT_PDF;
  if (g_str_has_suffix (lower, ".docx"))
    return VITAE_IMPORT_DOCX;
  if (g_str_has_suffix (lower, ".odt"))
    return VITAE_IMPORT_ODT;
  if (g_str_has_suffix (lower, ".zip"))
    return VITAE_IMPORT_LINKEDIN;
  return VITAE_IMPORT_UNKNOWN;
}

/**
 * vitae_import_bytes:
 * @bytes: the file's contents
 * @format: what they are
 * @display: the file's name for messages
 * @notes: (nullable) (element-type utf8): where to add what the import
 *   did, a line each
 * @error: a #GError; its message starts with @display
 *
 * Returns: (transfer full) (nullable): the resume, sanitized as every
 *   loaded document is
 */
VitaeDocument *
vitae_import_bytes (GBytes             *bytes,
                    VitaeImportFormat   format,
                    const char         *display,
                    GPtrArray          *notes,
                    GError            **error)
{
  g_autoptr(VitaeDocument) document = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(VitaePdfInfo) pdf_info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *source = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display != NULL, NULL);
  _vitae_import_known_forget ();

  if (size > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("%s: the file is too large: resumes are refused above %d MB"),
                   display, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* An empty file, whatever its name says: no reader is given no bytes. */
  if (size == 0 && format != VITAE_IMPORT_UNKNOWN)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID, _("“%s” is empty"), display);
      return NULL;
    }

  switch (format)
    {
    case VITAE_IMPORT_JSON:
      if (!g_utf8_validate (data, size, NULL))
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_ENCODING,
                       _("%s: the file is not valid UTF-8 text"), display);
          return NULL;
        }
      document = vitae_json_resume_parse_full (data, size, display, notes, error);
      if (document == NULL)
        return NULL;
      break;
    case VITAE_IMPORT_PDF:
      lines = vitae_pdf_read_lines_full (bytes, VITAE_IMPORT_MAX_PAGES, &pdf_info, &local_error);
      break;
    case VITAE_IMPORT_DOCX:
    case VITAE_IMPORT_ODT:
      lines = vitae_office_read_lines (bytes, format == VITAE_IMPORT_ODT, &local_error);
      break;
    case VITAE_IMPORT_LINKEDIN:
      document = vitae_linkedin_import (bytes, notes, &local_error);
      break;
    case VITAE_IMPORT_UNKNOWN:
    default:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   _("%s: Vitae imports .pdf, .docx, .odt, .json and LinkedIn .zip files"), display);
      return NULL;
    }

  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", display, local_error->message);
      return NULL;
    }

  if (lines != NULL)
    {
      if (lines->len == 0)
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                       _("%s: the file has no text to import (a scanned page needs text recognition first)"),
                       display);
          return NULL;
        }
      /* The text the lines that could not be placed are counted in, as
       * vitae_import_source_text() reads it; a PDF's, from its lines
       * before the import joins or drops any. */
      source = format == VITAE_IMPORT_PDF ? _vitae_import_lines_text (lines)
                                          : _vitae_import_source_text_of (bytes, format);
      document = _vitae_import_read_lines (lines);
      /* What a PDF gives only in its links and properties. */
      if (pdf_info != NULL)
        _vitae_import_read_links (document, lines, pdf_info, notes);
    }

  if (!vitae_document_sanitize (document, display, notes, error))
    return NULL;

  /* The document language, from the text when the file does not say. */
  if (vitae_document_get_language (document) == NULL)
    vitae_document_set_language (document, vitae_document_detect_language (document));
  if (lines != NULL)
    {
      split_studies (document);
      split_starred_items (document);
      _vitae_import_note_unplaced (document, source, notes);
    }

  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);
  return g_steal_pointer (&document);
}

/**
 * vitae_import_file:
 * @path: a .pdf, .docx, .odt, .json or LinkedIn .zip file
 * @notes: (nullable) (element-type utf8): where to add what the import did
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the resume
 */
VitaeDocument *
vitae_import_file (const char  *path,
                   GPtrArray   *notes,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  VitaeImportFormat format = vitae_import_format_from_path (path);

  g_return_val_if_fail (path != NULL, NULL);

  if (format == VITAE_IMPORT_UNKNOWN)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED,
                   _("%s: Vitae imports .pdf, .docx, .odt, .json and LinkedIn .zip files"), display);
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO, _("%s: no such file"), display);
      return NULL;
    }
  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_IO, "%s: %s", display, local_error->message);
      return NULL;
    }
  if (g_mapped_file_get_length (mapped) > VITAE_MAX_FILE_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   _("%s: the file is too large: resumes are refused above %d MB"),
                   display, VITAE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);

  return vitae_import_bytes (bytes, format, display, notes, error);
}

/**
 * vitae_import_lines:
 * @lines: (element-type VitaeTextLine): the lines of a resume
 * @notes: (nullable) (element-type utf8): where to say how many lines
 *   could not be placed
 *
 * Recovers a resume's structure from its lines (vitae-import-lines.c);
 * the lines it could not place are counted in their text, as
 * vitae_import_unplaced_lines() finds them.
 *
 * Returns: (transfer full): the resume
 */
VitaeDocument *
vitae_import_lines (GPtrArray *lines,
                    GPtrArray *notes)
{
  g_autofree char *source = NULL;
  VitaeDocument *document;

  _vitae_import_known_forget ();
  source = _vitae_import_lines_text (lines);
  document = _vitae_import_read_lines (lines);

  _vitae_import_note_unplaced (document, source, notes);
  return document;
}

/**
 * vitae_import_read_dates:
 * @text: a date or a span of dates as a resume writes it ("Avril 2023 –
 *   Présent", "09/2019 - 06/2021", "2018")
 * @start: (out) (transfer full) (optional): the first date, ISO 8601
 *   ("2023-04"), or %NULL
 * @end: (out) (transfer full) (optional): the last date, "" for one still
 *   going on, or %NULL
 *
 * Reads dates the way the importer reads them in an entry's line, so that
 * a view can tell a line's dates from the dates an entry holds.
 *
 * Returns: whether all of @text is dates
 */
gboolean
vitae_import_read_dates (const char  *text,
                         char       **start,
                         char       **end)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gboolean read;

  g_return_val_if_fail (text != NULL, FALSE);

  read = _vitae_import_parse_dates (text, &first, &last);
  if (start != NULL)
    *start = read ? g_steal_pointer (&first) : NULL;
  if (end != NULL)
    *end = read ? g_steal_pointer (&last) : NULL;
  return read;
}
