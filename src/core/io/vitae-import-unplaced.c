/* vitae-import-unplaced.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What an import could not place: the text of the file it read, a line
 * each (vitae_import_source_text()), and the lines of that text that are
 * nowhere in the resume it recovered (vitae_import_unplaced_lines()).
 * Every front shows the person the same lines: the window's import review
 * marks them beside the file's text, `vitae import` lists them, and the
 * import's note counts them (vitae-import.c).
 *
 * A line is looked for in the resume's text folded (lower case, letters
 * and digits only), a part at a time: apart at tabs, " · ", " | ", ", ",
 * ": " and " — ". A part is placed when its folded text is in the
 * resume's, when
 * it is only dates the resume holds as dates ("Avril 2023 – Présent"),
 * or when it is up to four pieces of the resume with a space between
 * them (a title and its dates, which a PDF gives as one line). A short label
 * before ": " may be missing ("Technologies: Go, PostgreSQL"), so may a
 * contact detail's label in a cell of its own ("Mail"), and the
 * heading of the contact details, which the import reads and keeps
 * nowhere, is placed. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import.h"
#include "vitae-import-private.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-node.h"
#include "vitae-presentation.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* Lower case, letters and digits only: how a source line is looked for in
 * the resume's text. */
static char *
fold (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Appends each field and list of @node to @all, a line each. */
void
_vitae_import_append_fields (GString   *all,
                             VitaeNode *node)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (node);

  for (guint k = 0; keys[k] != NULL; k++)
    {
      const char * const *list = vitae_node_get_list (node, keys[k]);

      g_string_append_printf (all, "\n%s", vitae_node_get_text (node, keys[k]));
      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        g_string_append_printf (all, "\n%s", list[i]);
    }
}

/* Every text the resume holds, folded: the text export; each field of the
 * basics (a street address the export leaves out too) and of each
 * profile; each field and list of each entry, and each entry's dates as a
 * reader sees them. */
static char *
fold_document (VitaeDocument *document)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *export = vitae_text_export (document);
  GListModel *profiles = vitae_document_get_profiles (document);

  g_string_append (all, export);
  _vitae_import_append_fields (all, VITAE_NODE (document));
  /* (An American address writes the state before its ZIP code, "LA 70002".) */
  g_string_append_printf (all, "\n%s %s", vitae_node_get_text (VITAE_NODE (document), "region"),
                          vitae_node_get_text (VITAE_NODE (document), "postal-code"));
  for (guint p = 0; p < g_list_model_get_n_items (profiles); p++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, p);

      _vitae_import_append_fields (all, profile);
    }
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeNode *entry = VITAE_NODE (vitae_section_get_entry (section, e));
          g_autofree char *dates = vitae_entry_dup_dates (entry);

          g_string_append_printf (all, "\n%s", dates);
          _vitae_import_append_fields (all, entry);
        }
    }

  return fold (all->str);
}

/* Whether an ISO date the importer read ("2023-04") is in the resume; no
 * date, or "" for one still going on, is. */
static gboolean
is_placed_date (const char *folded_document,
                const char *date)
{
  g_autofree char *folded = date != NULL ? fold (date) : NULL;

  return folded == NULL || folded[0] == '\0' || strstr (folded_document, folded) != NULL;
}

/* Whether @part is only dates ("Avril 2023 – Présent") that the resume
 * holds: an entry keeps dates as dates, not as the text that wrote them. */
static gboolean
is_placed_dates (const char *folded_document,
                 const char *part)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (!vitae_import_read_dates (part, &start, &end))
    return FALSE;
  return is_placed_date (folded_document, start) && is_placed_date (folded_document, end) &&
         ((start != NULL && start[0] != '\0') || (end != NULL && end[0] != '\0'));
}

static guint
n_words (const char *text)
{
  guint n = 1;

  for (const char *p = strchr (text, ' '); p != NULL; p = strchr (p + 1, ' '))
    n++;
  return n;
}

/* Whether @part is pieces of the resume, up to @n_pieces of them, that
 * stand on one line with only a space between them in the file's text: a
 * title and its dates ("Backend Engineer Jun 2017 – Feb 2021"), which the
 * PDF's text gives as one line, or a line of details apart by spaces
 * ("California 90024 ada@uni.edu": a region, a postal code, an address).
 * Each piece has four letters or digits at least; past the second, the
 * rest of a short part only (a paragraph's words are not tried so many
 * ways). */
static gboolean
is_placed_in_pieces (const char *folded_document,
                     const char *part,
                     guint       n_pieces)
{
  if (n_pieces < 2)
    return FALSE;
  for (const char *space = strchr (part, ' '); space != NULL; space = strchr (space + 1, ' '))
    {
      g_autofree char *head = g_strndup (part, space - part);
      g_autofree char *folded_head = fold (head);
      g_autofree char *folded_tail = NULL;

      if (strlen (folded_head) < 4 || strstr (folded_document, folded_head) == NULL)
        continue;
      folded_tail = fold (space + 1);
      if (strlen (folded_tail) >= 4 &&
          (strstr (folded_document, folded_tail) != NULL || is_placed_dates (folded_document, space + 1) ||
           (n_words (space + 1) <= 6 && is_placed_in_pieces (folded_document, space + 1, n_pieces - 1))))
        return TRUE;
    }
  return FALSE;
}

/* Whether @line is the heading of the contact details, which the import
 * reads (what is under it goes to the resume's basics) and keeps nowhere. */
static gboolean
is_contact_heading (const char *line)
{
  const char *id = vitae_locale_match_heading (line, NULL);

  return id != NULL && g_str_equal (id, "contact");
}

/* Whether @part is the label of a contact detail: a phone number's, an
 * e-mail address's or a site's ("Tel.", "Mail", "Website"). */
static gboolean
is_detail_label (const char *part)
{
  static const char * const labels[] = { "mail", "email", "e-mail", "web", "website", "site", "homepage", NULL };
  g_autofree char *folded = g_utf8_casefold (part, -1);

  return _vitae_import_is_phone_label (part) || g_strv_contains (labels, g_strstrip (folded));
}

/* Whether each part of a source line (apart at tabs, " · ", " | ", ", ",
 * ": " and " — "; addresses apart by spaces) is somewhere in the resume; a short label before ": " may be
 * missing ("Technologies: Go, PostgreSQL"), and so may the heading of the
 * contact details set beside them ("CONTACT <tab> ana@example.org"). */
static gboolean
is_placed (GRegex     *separators,
           const char *folded_document,
           const char *line)
{
  g_autoptr(GString) details = g_string_new (line);
  g_auto(GStrv) parts = NULL;

  /* (Web and e-mail addresses apart by spaces alone are parts too.) */
  _vitae_import_split_detail_words (details);
  parts = g_regex_split (separators, details->str, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *folded = fold (parts[i]);

      if (folded[0] == '\0' || strstr (folded_document, folded) != NULL ||
          is_placed_dates (folded_document, parts[i]) || is_placed_in_pieces (folded_document, parts[i], 4) ||
          (i == 0 && parts[1] != NULL && is_contact_heading (parts[i])))
        continue;
      /* (… or a contact detail's label in a cell of its own.) */
      if (i == 0 && parts[1] != NULL &&
          ((strstr (line, ": ") != NULL && g_utf8_strlen (parts[0], -1) <= 24) || is_detail_label (parts[0])))
        continue;
      return FALSE;
    }
  return TRUE;
}

/**
 * _vitae_import_lines_text:
 * @lines: (element-type VitaeTextLine): the lines a reader read
 *
 * A PDF's lines as the importer read them, in its order: the columns
 * apart, icons left out (an icon font's letters would read as words), a
 * blank line between pages.
 *
 * Returns: (transfer full): the text, a line each
 */
char *
_vitae_import_lines_text (GPtrArray *lines)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int page = 0;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const VitaeTextLine *line = g_ptr_array_index (lines, i);
      g_autofree char *stripped = g_strstrip (g_strdup (line->text));

      if (line->page != page && text->len > 0)
        g_string_append_c (text, '\n');
      page = line->page;
      g_string_append (text, stripped);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * _vitae_import_source_text_of:
 * @bytes: a file's contents
 * @format: what they are
 *
 * Returns: (transfer full): the text of the file a person compares the
 *   recovered resume with, a line each; "" when there is none
 */
char *
_vitae_import_source_text_of (GBytes            *bytes,
                              VitaeImportFormat  format)
{
  g_autoptr(GPtrArray) lines = NULL;
  char *text = NULL;

  switch (format)
    {
    case VITAE_IMPORT_PDF:
      lines = vitae_pdf_read_lines (bytes, VITAE_IMPORT_MAX_PAGES, NULL);
      return _vitae_import_lines_text (lines);
    case VITAE_IMPORT_DOCX:
    case VITAE_IMPORT_ODT:
      text = vitae_office_read_text (bytes, format == VITAE_IMPORT_ODT, NULL);
      return text != NULL ? text : g_strdup ("");
    case VITAE_IMPORT_JSON:
      return g_utf8_make_valid (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    case VITAE_IMPORT_LINKEDIN:
    case VITAE_IMPORT_UNKNOWN:
    default:
      return g_strdup ("");
    }
}

/**
 * vitae_import_source_text:
 * @path: a file vitae_import_file() reads
 *
 * The text a person compares the recovered resume with: a PDF's lines as
 * the importer read them (a blank line between pages), a Word or
 * OpenDocument file's paragraphs, a JSON file's text; nothing for a
 * LinkedIn export, whose CSV files are read field by field.
 *
 * Returns: (transfer full): the text, a line each; "" when the file
 *   cannot be read
 */
char *
vitae_import_source_text (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("");
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return _vitae_import_source_text_of (bytes, vitae_import_format_from_path (path));
}

/* Whether @line is a heading of a kind of section @document has, and
 * shows (an empty section is left out of the resume's text), or of the
 * summary it has: the
 * import reads a heading in another language than the resume's as the
 * kind's own ("Experience" in a French resume heads its "Expérience
 * professionnelle"), so its words may be nowhere else. */
static gboolean
heads_a_section (VitaeDocument *document,
                 const char    *line)
{
  g_autofree char *text = g_strstrip (g_strdup (line));
  int kind = text[0] != '\0' ? _vitae_import_kind_from_heading (text) : -1;

  if (kind == KIND_SUMMARY)
    {
      const char *summary = vitae_node_get_text (VITAE_NODE (document), "summary");

      return summary != NULL && summary[0] != '\0';
    }
  if (kind < 0 || kind == VITAE_SECTION_CUSTOM)
    return FALSE;
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      if ((int) vitae_section_get_kind (section) == kind && vitae_section_get_n_entries (section) > 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * vitae_import_unplaced_lines:
 * @document: the resume an import recovered
 * @source_text: (nullable): the text of the file it came from, a line
 *   each (vitae_import_source_text())
 *
 * The lines of @source_text that are nowhere in @document, as the top of
 * this file says; a blank line is placed.
 *
 * Returns: (transfer full) (element-type utf8): the lines, as the source
 *   writes them, in its order
 */
GPtrArray *
vitae_import_unplaced_lines (VitaeDocument *document,
                             const char    *source_text)
{
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) separators = NULL;
  g_autofree char *folded_document = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  if (source_text == NULL || source_text[0] == '\0')
    return g_steal_pointer (&unplaced);

  folded_document = fold_document (document);
  lines = g_strsplit (source_text, "\n", -1);
  separators = g_regex_new ("\t| · | \\| |, |: | — ", 0, 0, NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *tab = strchr (lines[i], '\t');
      g_autofree char *cell = tab != NULL ? g_strndup (lines[i], tab - lines[i]) : NULL;

      if (is_placed (separators, folded_document, lines[i]) || is_contact_heading (lines[i]) ||
          heads_a_section (document, lines[i]))
        continue;
      /* (A heading in a margin column, its section's text beside it.) */
      if (cell != NULL && heads_a_section (document, cell) && is_placed (separators, folded_document, tab + 1))
        continue;
      g_debug ("not placed: %s", lines[i]);
      g_ptr_array_add (unplaced, g_strdup (lines[i]));
    }
  return g_steal_pointer (&unplaced);
}

/**
 * _vitae_import_note_unplaced:
 * @document: the resume an import recovered
 * @source_text: the text of the file it came from
 * @notes: (nullable) (element-type utf8): the import's notes
 *
 * Adds to @notes how many lines of @source_text are nowhere in @document:
 * the number of lines the window's review marks and `vitae import` lists.
 */
void
_vitae_import_note_unplaced (VitaeDocument *document,
                             const char    *source_text,
                             GPtrArray     *notes)
{
  g_autoptr(GPtrArray) unplaced = NULL;

  if (notes == NULL)
    return;
  unplaced = vitae_import_unplaced_lines (document, source_text);
  if (unplaced->len > 0)
    g_ptr_array_add (notes,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u line could not be placed; check the result",
                                                   "%u lines could not be placed; check the result",
                                                   unplaced->len), unplaced->len));
}
