/* vitae-import-contact-lines.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Contact details among the lines of the sections that need the lines
 * around them (the others: vitae-import-contact.c): an address that a
 * narrow sidebar wrapped at its "@", a second address of the person's in
 * a list of details, the lines of a section headed as the contact
 * details, and the header's details that the reading order puts after
 * the first heading. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-import-private.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* An e-mail address that a narrow sidebar wrapped at its "@"
 * ("ada.lovelace <newline> @example.org"): line @i of the sections, a
 * word alone, and the next one, at the same left edge, the rest of the
 * address; read when the document has none, and the next line skipped. */
gboolean
_vitae_import_take_split_email (Reader *r,
                                guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *next = i + 1 < r->lines->len ? line_at (r, i + 1) : NULL;
  g_autofree char *joined = NULL;

  if (next == NULL || next->text[0] != '@' || strpbrk (line->text, " \t@") != NULL ||
      strpbrk (next->text, " \t") != NULL || ABS (line->x - next->x) > 2 || next->page != line->page ||
      r->builder.kind == VITAE_SECTION_REFERENCES || vitae_node_has (VITAE_NODE (r->builder.document), "email"))
    return FALSE;
  joined = g_strconcat (line->text, next->text, NULL);
  if (!_vitae_import_looks_like_email (joined))
    return FALSE;
  _vitae_import_read_contact (&r->builder, joined);
  if (!vitae_node_has (VITAE_NODE (r->builder.document), "email"))
    return FALSE;
  r->skip_line = i + 1;
  return TRUE;
}

/* Whether line @i, whose text is @text, is an e-mail address alone (after
 * a label or an icon maybe) at the end of a list of the person's details
 * set one a line (a sidebar's): the lines right above it at its left
 * edge are contact details or their labels, up to one with the person's
 * address. A referee's details stay the referee's. */
gboolean
_vitae_import_is_second_address (Reader     *r,
                                 guint       i,
                                 const char *text)
{
  VitaeTextLine *line = line_at (r, i);
  const char *email = vitae_node_get_text (VITAE_NODE (r->builder.document), "email");

  if (email[0] == '\0' || r->builder.kind == VITAE_SECTION_REFERENCES ||
      _vitae_import_part_kind (text) != PART_EMAIL || strstr (text, email) != NULL)
    return FALSE;
  for (guint k = i; k-- > 0;)
    {
      VitaeTextLine *above = line_at (r, k);

      if (above->page != line->page || ABS (above->x - line->x) > 2 ||
          !(_vitae_import_is_contact_line (above->text) || _vitae_import_has_phone (above->text) ||
            _vitae_import_is_contact_label (&r->builder, above->text, line_at (r, k + 1)->text)))
        return FALSE;
      if (strstr (above->text, email) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether @text, a line of the sections, gives another person's phone
 * number with their name after a label of its own ("Contact: Ana Soto
 * - +34 …", "Supervisor: Jan Novák, 0171 …", a referee of a job): the
 * label one to three words, the name two to four written as a name, up
 * to a gap, a dash, a comma, a bar or a bracket, and not the person's
 * (nor after a label of the name's). */
gboolean
_vitae_import_names_another (Builder    *builder,
                             const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *name = g_utf8_casefold (vitae_node_get_text (VITAE_NODE (builder->document), "name"), -1);
  g_autofree char *label = NULL, *other = NULL, *folded = NULL;
  const char *after;
  guint words;

  if (colon == NULL || !_vitae_import_has_phone (colon + 1))
    return FALSE;
  label = g_strstrip (g_strndup (text, colon - text));
  words = _vitae_import_count_words (label);
  folded = g_utf8_casefold (label, -1);
  /* (The person's own name after its label: "Name: Ana Soto <tab> …".) */
  if (words < 1 || words > 3 || _vitae_import_has_digit (label) || strpbrk (label, "\t@") != NULL ||
      strstr (folded, "name") != NULL || strstr (folded, "nom") != NULL)
    return FALSE;
  after = colon + 1;
  while (*after == ' ')
    after++;
  other = g_strndup (after, strcspn (after, "\t,|(-"));
  if (strstr (other, "\u2013") != NULL)
    *strstr (other, "\u2013") = '\0';
  g_strstrip (other);
  words = _vitae_import_count_words (other);
  if (words < 2 || words > 4 || !_vitae_import_is_name_cased (other) || !_vitae_import_is_plausible_name (other))
    return FALSE;
  g_free (folded);
  folded = g_utf8_casefold (other, -1);
  return !g_str_equal (folded, name);
}

/* Reads line @i of the sections, whose text is @text, when it is a
 * contact detail that a second column puts after the sections: an e-mail
 * address or a labelled phone number on a short line of its own, when
 * the header had none, also as a list's item ("• Phone number: +38 …"
 * under "Personal info"); or a second address under the person's first
 * (_vitae_import_is_second_address()); not another person's number
 * (_vitae_import_names_another()). Returns whether it did. */
gboolean
_vitae_import_take_section_detail (Reader     *r,
                                   guint       i,
                                   const char *text)
{
  const char *item = _vitae_import_after_bullet (text);
  const char *detail = item != NULL ? item : text;

  if (r->in_header || g_utf8_strlen (text, -1) > 60 || _vitae_import_names_another (&r->builder, detail) ||
      !(_vitae_import_is_contact_detail (&r->builder, detail) || _vitae_import_is_second_address (r, i, detail)))
    return FALSE;
  _vitae_import_read_contact (&r->builder, detail);
  return TRUE;
}

/* The phone number of @part when it is one after a label of its own, a
 * word or two and a colon, that names no phone ("Portugal: +351 …",
 * "Work: 030 …"), or NULL. */
static char *
dup_number_after_label (const char *part)
{
  const char *colon = strchr (part, ':');
  g_autofree char *label = NULL;
  const char *rest;

  if (colon == NULL || colon - part > 24)
    return NULL;
  label = g_strndup (part, colon - part);
  rest = colon + 1 + strspn (colon + 1, " ");
  if (_vitae_import_count_words (label) < 1 || _vitae_import_count_words (label) > 2 ||
      _vitae_import_has_digit (label) || !_vitae_import_looks_like_phone (rest))
    return NULL;
  return g_strdup (rest);
}

/* Reads the text of @line, a line of a section headed as the person's
 * contact details ("Get in touch", "Kontakt", "Coordonnées"; a custom
 * section, no referees'), for its details: each part a phone number
 * (after a label of its own maybe: "Portugal: +351 …"), an e-mail
 * address or a link, one of them at least a number or an address. The
 * person's, the first of each kind in the basics and the others kept
 * (_vitae_import_read_contact()), though the header gave them one. When
 * every part is a detail, returns TRUE: the line is read. When the
 * other parts are an address's lines beside the details ("Acme
 * University <tab> Email: …", a second column of the block), the line
 * keeps them alone, its @text moved to them, and FALSE is returned. */
gboolean
_vitae_import_take_contact_block_line (Reader        *r,
                                       VitaeTextLine *line,
                                       const char   **text)
{
  const char *item = _vitae_import_after_bullet (*text);
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autoptr(GString) flat = NULL;
  g_auto(GStrv) parts = NULL;
  guint n_details = 0, n_links = 0;

  if (r->in_header || r->builder.section == NULL || r->builder.kind != VITAE_SECTION_CUSTOM ||
      !_vitae_import_is_contact_title (vitae_section_get_title (r->builder.section)) ||
      _vitae_import_is_several_details (item != NULL ? item : *text))
    return FALSE;
  /* (Details set apart by dashes: "E-mail: … — Mobile: …".) */
  flat = g_string_new (item != NULL ? item : *text);
  g_string_replace (flat, " — ", "\t", 0);
  g_string_replace (flat, " – ", "\t", 0);
  parts = _vitae_import_split_parts (flat->str, "\t|");
  for (guint k = 0; parts[k]; k++)
    {
      const char *part = g_strstrip (parts[k]);
      PartKind kind = _vitae_import_part_kind (part);
      g_autofree char *number = kind == PART_OTHER ? dup_number_after_label (part) : NULL;
      GString *to = details;

      /* (A detail's label in a cell of its own: "Webpage: <tab> …".) */
      if (kind == PART_OTHER && g_str_has_suffix (part, ":") && parts[k + 1] != NULL &&
          _vitae_import_part_kind (g_strstrip (parts[k + 1])) != PART_OTHER)
        continue;
      if (kind == PART_OTHER && number == NULL)
        to = rest;
      else
        n_details += kind == PART_EMAIL || kind == PART_PHONE || number != NULL;
      /* (A web address beside an address's line is a detail too.) */
      n_links += kind == PART_LINK && strchr (part, '.') != NULL;
      g_string_append_printf (to, "%s%s", to->len > 0 ? "\t" : "", number != NULL ? number : part);
    }
  if (n_details == 0 && (rest->len == 0 || n_links == 0))
    return FALSE;
  _vitae_import_read_contact (&r->builder, details->str);
  if (rest->len == 0)
    return TRUE;
  g_free (line->text);
  line->text = g_string_free (g_steal_pointer (&rest), FALSE);
  *text = line->text;
  return FALSE;
}

/* Reads line @i when it is the header's contact details that the reading
 * order put after the first heading, though the line stands above it on
 * the first page (a page read as two columns: its headings in a column
 * at the left under the name, the details level with the name in the
 * other): all its parts but one (a place) are details, and it gives the
 * person an e-mail address or a phone number they lack. Returns whether
 * it did. */
gboolean
_vitae_import_take_header_details (Reader *r,
                                   guint   i)
{
  VitaeTextLine *line = line_at (r, i);
  VitaeNode *basics = VITAE_NODE (r->builder.document);
  g_auto(GStrv) parts = NULL;
  guint n_other = 0, n_new = 0;

  if (r->in_header || line->size <= 0 || line->page != 0 || r->sections_top < 0 ||
      line->top + line->size > r->sections_top || r->builder.kind == VITAE_SECTION_REFERENCES)
    return FALSE;
  parts = _vitae_import_split_parts (line->text, "\t|");
  for (guint k = 0; parts[k]; k++)
    {
      PartKind kind = _vitae_import_part_kind (g_strstrip (parts[k]));

      n_other += kind == PART_OTHER;
      n_new += (kind == PART_EMAIL && !vitae_node_has (basics, "email")) ||
               (kind == PART_PHONE && !vitae_node_has (basics, "phone"));
    }
  if (n_other > 1 || n_new == 0)
    return FALSE;
  _vitae_import_read_contact (&r->builder, line->text);
  return TRUE;
}

/* The label of @cell, a detail after it ("Phone: …", "Tel. +1 …"):
 * its words before a colon or the number, casefolded, or NULL. */
static char *
dup_cell_label (const char *cell)
{
  gsize end = strcspn (cell, ":+0123456789");
  g_autofree char *label = g_strstrip (g_strndup (cell, end));

  if (cell[end] == '\0' || label[0] == '\0' || strlen (label) > 24 || strpbrk (label, "@/\t") != NULL)
    return NULL;
  return g_utf8_casefold (label, -1);
}

/* Whether @text, a line of the sections, sets the details of several
 * people side by side, each after the same label ("Phone: … <tab>
 * Phone: …": a table of referees, a person's a column): none of them
 * are the person's, who would not label two details alike on a row. */
gboolean
_vitae_import_is_several_details (const char *text)
{
  g_auto(GStrv) cells = g_strsplit (text, "\t", -1);

  for (guint i = 0; cells[i]; i++)
    {
      g_autofree char *label = dup_cell_label (cells[i]);

      if (label == NULL || _vitae_import_part_kind (g_strstrip (cells[i])) == PART_OTHER)
        continue;
      for (guint k = i + 1; cells[k]; k++)
        {
          g_autofree char *other = dup_cell_label (cells[k]);

          if (g_strcmp0 (label, other) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Where, in @cells (a labelled field's value and what its row sets after
 * it, tabs between), a cell of another field's label starts: a few words
 * ending in a colon, or before one ("Mobile:", "Tel.: …"), after the
 * value's first cell. Returns the tab before it, or NULL. */
const char *
_vitae_import_find_next_label (const char *cells)
{
  for (const char *tab = strchr (cells, '\t'); tab != NULL; tab = strchr (tab + 1, '\t'))
    {
      const char *cell = tab + 1;
      gsize len = strcspn (cell, "\t");
      const char *colon = memchr (cell, ':', len);
      g_autofree char *label = colon != NULL ? g_strndup (cell, colon - cell) : NULL;

      if (tab > cells && label != NULL && (colon + 1 == cell + len || colon[1] == ' ') && label[0] != '\0' &&
          g_utf8_strlen (label, -1) <= 16 && _vitae_import_count_words (label) <= 2 && !_vitae_import_has_digit (label))
        return tab;
    }
  return NULL;
}

/* Whether @part, "Label: value", is the name's field, read already
 * ("Nome: Ana Lima"): not a profile's ("Google Scholar: Ana Lima"). */
gboolean
_vitae_import_is_name_field (VitaeNode  *basics,
                             const char *part)
{
  const char *colon = strstr (part, ": ");
  g_autofree char *label = colon != NULL ? g_utf8_casefold (part, colon - part) : NULL;

  return label != NULL && g_strcmp0 (colon + 2, vitae_node_get_text (basics, "name")) == 0 &&
         _vitae_import_is_name_label (g_strstrip (label));
}
