/* vitae-import-empty.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Headings that would leave a section with nothing in it: one wrapped
 * onto two lines ("ARBEITS-" over "ERFAHRUNG"), read as one heading; the
 * heading of the contact details, whose lines went to the basics; and a
 * job title under the name set like a heading, the person's label. And
 * items that only say the name again. */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-import-private.h"
#include "vitae-locale.h"
#include "vitae-section.h"
#include "vitae-text-reader.h"

/* Whether @text stops where a heading goes on: after a hyphen, a slash,
 * an ampersand or a word that joins two others ("Academic and",
 * "Premios y", "Lenguajes de"). */
static gboolean
ends_open (const char *text)
{
  static const char * const joining[] = {
    "and", "of", "for", "in", "to", "with", "the", "y", "e", "de", "del", "da", "do", "en", "para", "con", "com",
    "et", "des", "du", "pour", "und", "für", "von", "zur", "zum", "di", "della", "per", "i", "w", "z", "oraz",
    "van", "voor", "ve", "și", "şi", "és", "och", "og", "ja", "a", "и", "в", "та", "і", NULL
  };
  const char *space = strrchr (text, ' ');
  g_autofree char *last = g_utf8_casefold (space != NULL ? space + 1 : text, -1);
  gsize len = strlen (text);

  if (len == 0)
    return FALSE;
  if (text[len - 1] == '-' || text[len - 1] == '/' || text[len - 1] == '&')
    return TRUE;
  return space != NULL && g_strv_contains (joining, last);
}

/* One heading of the two lines of one wrapped onto the next. */
static char *
join_text (const char *first,
           const char *second)
{
  gsize len = strlen (first);
  gunichar c = g_utf8_get_char (second);

  /* "Arbeits-" + "erfahrung": one word broken at its hyphen. */
  if (len > 1 && first[len - 1] == '-' && first[len - 2] != ' ' && g_unichar_islower (c))
    return g_strdup_printf ("%.*s%s", (int) len - 1, first, second);
  return g_strconcat (first, " ", second, NULL);
}

/* A heading wrapped onto two lines is read as two; when the line before
 * @i was a heading that started a section with nothing in it yet, set in
 * the same size and weight just a wrapped line's gap above, over or beside
 * it, and it stops where a heading goes on (a hyphen, "and"), @i starts
 * in small letters or the two all but touch, that section is dropped and the two lines are one
 * heading, which this returns. */
static char *
join_wrapped_heading (Reader     *r,
                      guint       i,
                      const char *text)
{
  Builder *builder = &r->builder;
  VitaeTextLine *line = line_at (r, i);
  VitaeTextLine *before;
  guint n = vitae_document_get_n_sections (builder->document);

  if (i == 0 || r->last_heading != i || builder->section == NULL || n == 0 ||
      vitae_section_get_n_entries (builder->section) > 0 ||
      vitae_document_get_section (builder->document, n - 1) != builder->section)
    return NULL;
  before = line_at (r, i - 1);
  if (before->page != line->page || line->size <= 0 || ABS (before->size - line->size) > 0.5 ||
      (before->flags & VITAE_TEXT_LINE_BOLD) != (line->flags & VITAE_TEXT_LINE_BOLD) ||
      line->gap > line->size * 0.6 || before->right < line->x || line->right < before->x)
    return NULL;
  /* A side heading beside its first entry's title is on the same row:
   * a wrapped heading's second line is on the next. */
  if (before->top > 0 && line->top > 0 && line->top < before->top + line->size * 0.5)
    return NULL;
  /* (Or the two lines all but touch: a wrapped line's own gap.) */
  if (!ends_open (before->text) && !g_unichar_islower (g_utf8_get_char (text)) && line->gap > line->size * 0.25)
    return NULL;

  vitae_document_remove_section (builder->document, n - 1);
  builder->section = NULL;
  builder->entry = NULL;
  return join_text (before->text, text);
}

/**
 * _vitae_import_start_heading:
 * @r: the reader
 * @i: the line of a heading
 * @text: its text
 *
 * Starts the section @i heads, or, when @i goes on with a heading wrapped
 * onto it, the section of the two lines.
 */
void
_vitae_import_start_heading (Reader     *r,
                             guint       i,
                             const char *text)
{
  g_autofree char *joined = join_wrapped_heading (r, i, text);

  _vitae_import_start_section (&r->builder, joined != NULL ? joined : text);
  r->last_heading = i + 1;
}

/* Whether @title heads the contact details or the person's data
 * ("Kontakt", "Dane kontaktowe", "Personal information", "Get in
 * touch"). */
gboolean
_vitae_import_is_contact_title (const char *title)
{
  const char *id = vitae_locale_match_heading (title, NULL);

  return (id != NULL && g_str_equal (id, "contact")) || _vitae_import_is_contact_heading (title) ||
         _vitae_import_is_personal_heading (title);
}

/* Whether @title reads as a job title: a few words, no digits, no
 * address, no heading of a section, none of the name's words. */
static gboolean
is_label_title (VitaeDocument *document,
                const char    *title)
{
  const char *name = vitae_node_get_text (VITAE_NODE (document), "name");
  guint n = _vitae_import_count_words (title);
  guint n_letters = 0;
  g_auto(GStrv) words = NULL;

  if (name[0] == '\0' || n == 0 || n > 6 || _vitae_import_has_digit (title) || strpbrk (title, "@,:;()<>|") != NULL ||
      _vitae_import_kind_from_heading (title) >= 0 || vitae_locale_match_heading (title, NULL) != NULL)
    return FALSE;
  for (const char *p = title; *p; p = g_utf8_next_char (p))
    n_letters += g_unichar_isalpha (g_utf8_get_char (p));
  if (n_letters < 3)
    return FALSE;
  words = g_strsplit (title, " ", -1);
  for (guint k = 0; words[k] != NULL; k++)
    {
      g_autofree char *a = g_utf8_casefold (words[k], -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (strlen (a) > 1 && strstr (b, a) != NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * _vitae_import_drop_empty_sections:
 * @document: an imported resume
 *
 * Custom sections the import left with no entries: the heading of the
 * contact details (its lines went to the basics) is no section; and
 * among those before any section with entries (the header's), the first
 * that reads as a job title is the person's label when none was found.
 */
void
_vitae_import_drop_empty_sections (VitaeDocument *document)
{
  gboolean leading = TRUE;
  gboolean have_label = vitae_node_has (VITAE_NODE (document), "label");

  for (guint k = 0; k < vitae_document_get_n_sections (document);)
    {
      VitaeSection *section = vitae_document_get_section (document, k);
      const char *title = vitae_node_get_text (VITAE_NODE (section), "title");

      if (vitae_section_get_n_entries (section) > 0 || vitae_section_get_kind (section) != VITAE_SECTION_CUSTOM ||
          title[0] == '\0')
        {
          leading = leading && vitae_section_get_n_entries (section) == 0;
          k++;
          continue;
        }
      if (_vitae_import_is_contact_title (title))
        {
          vitae_document_remove_section (document, k);
          continue;
        }
      if (leading && !have_label && is_label_title (document, title))
        {
          vitae_node_set_text (VITAE_NODE (document), "label", title);
          have_label = TRUE;
          vitae_document_remove_section (document, k);
          continue;
        }
      k++;
    }
}

/* Whether every word of @text, case aside, is a word of @name. */
static gboolean
only_name_words (const char *text,
                 GStrv       name)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit (g_strstrip (folded), " ", -1);

  if (words[0] == NULL || words[0][0] == '\0')
    return FALSE;
  for (guint k = 0; words[k]; k++)
    if (words[k][0] != '\0' && !g_strv_contains ((const char * const *) name, words[k]))
      return FALSE;
  return TRUE;
}

/**
 * _vitae_import_drop_name_items:
 * @document: an imported resume
 *
 * Items that say the name again, or some of its words, and nothing
 * else (a sidebar's details that start with the family name and the
 * given name on lines of their own, a profile's name as a line), are
 * the name: they are left out. A name of two words at least.
 */
void
_vitae_import_drop_name_items (VitaeDocument *document)
{
  const char *name = vitae_node_get_text (VITAE_NODE (document), "name");
  g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;
  g_auto(GStrv) words = folded != NULL ? g_strsplit (folded, " ", -1) : NULL;

  if (words == NULL || g_strv_length (words) < 2)
    return;
  for (guint s = 0; s < vitae_document_get_n_sections (document); s++)
    {
      VitaeSection *section = vitae_document_get_section (document, s);

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);

          for (guint b = vitae_entry_get_n_bullets (entry); b > 0; b--)
            if (only_name_words (vitae_bullet_get_text (vitae_entry_get_bullet (entry, b - 1)), words))
              vitae_entry_remove_bullet (entry, b - 1);
        }
    }
}
