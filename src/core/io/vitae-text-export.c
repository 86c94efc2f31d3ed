/* vitae-text-export.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-text-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-fields.h"
#include "vitae-io.h"
#include "vitae-locale.h"
#include "vitae-presentation.h"
#include "vitae-section.h"

/*
 * Plain text for the boxes of applicant tracking systems' web forms: the
 * name, the headline and one contact line, then each section under its
 * heading in capitals, an entry as one line such as
 *
 *   Senior Engineer, Acme — Berlin | Apr 2021 – Present
 *
 * followed by its text and its bullets as "- text". Lines are never wrapped:
 * the form wraps them, and a hard break in mid-sentence would stay there.
 * Nothing here depends on the clock or the locale's formats, so the same
 * document always gives the same text.
 */

#define SEPARATOR " | "

/* Helpers */

static const char *
get (VitaeNode  *node,
     const char *key)
{
  return vitae_node_get_text (node, key);
}

static void
append_joined (GString    *out,
               const char *separator,
               const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, separator);
  g_string_append (out, text);
}

/* Writes @text, @prefix before its first line. Line breaks the user typed
 * are kept, but runs of blank lines become one, and each line loses the
 * spaces around it and any carriage return: a form shows them as noise. */
static void
append_line (GString    *out,
             const char *prefix,
             const char *text)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean blank = FALSE;

  if (text == NULL || text[0] == '\0')
    return;

  copy = g_strstrip (g_strdelimit (g_strdup (text), "\r", ' '));
  if (copy[0] == '\0')
    return;

  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        {
          blank = TRUE;
          continue;
        }
      if (blank)
        g_string_append_c (out, '\n');
      blank = FALSE;

      g_string_append (out, i == 0 ? prefix : "");
      g_string_append (out, lines[i]);
      g_string_append_c (out, '\n');
    }
}

static char *
join_list (const char * const *items)
{
  return g_strjoinv (", ", (char **) items);
}

/* The headline of an entry: what it is, who it was with, where and when,
 * as every output presents it (see vitae_entry_heading_init()). */
static void
append_heading (GString      *out,
                VitaeSection *section,
                VitaeNode    *entry,
                const char   *language)
{
  VitaeEntryHeading heading;
  g_autofree char *line = NULL;

  vitae_entry_heading_init_in (&heading, vitae_section_get_kind (section), entry, language);
  line = vitae_entry_heading_dup_line (&heading);
  append_line (out, "", line);
  vitae_entry_heading_clear (&heading);
}

/* "Group: a, b, c" for skills, languages and interests. */
static void
append_group (GString    *out,
              VitaeNode  *entry,
              const char *detail_key)
{
  g_autoptr(GString) line = g_string_new (get (entry, "title"));
  const char * const *keywords = vitae_node_get_list (entry, "keywords");
  const char *detail = get (entry, detail_key);

  if (detail[0] != '\0')
    {
      if (line->len > 0)
        g_string_append_printf (line, " (%s)", detail);
      else
        g_string_append (line, detail);
    }

  if (keywords[0] != NULL)
    {
      g_autofree char *joined = join_list (keywords);

      if (line->len > 0)
        g_string_append (line, ": ");
      g_string_append (line, joined);
    }

  append_line (out, "", line->str);
}

/* "Label: text", the label in the document's language; nothing when
 * @text is empty. */
static void
append_labelled (GString    *out,
                 const char *label,
                 const char *text)
{
  g_autofree char *line = NULL;

  if (text[0] == '\0')
    return;

  /* Translators: a label such as “Courses”, then a list */
  line = g_strdup_printf (C_("label: list", "%s: %s"), label, text);
  append_line (out, "", line);
}

static void
append_labelled_list (GString    *out,
                      const char *label,
                      VitaeNode  *entry,
                      const char *key)
{
  g_autofree char *joined = join_list (vitae_node_get_list (entry, key));

  append_labelled (out, label, joined);
}

static void
append_entry (GString      *out,
              VitaeSection *section,
              VitaeEntry   *entry)
{
  VitaeNode *node = VITAE_NODE (entry);
  VitaeDocument *document = vitae_node_get_document (node);
  const char *language = document != NULL ? vitae_document_get_effective_language (document) : NULL;
  guint n_bullets = vitae_entry_get_n_bullets (entry);

  switch (vitae_section_get_kind (section))
    {
    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_INTERESTS:
      append_group (out, node, "level");
      /* (a group's items: sentences an import found under a skills heading) */
      for (guint i = 0; i < n_bullets; i++)
        append_line (out, "- ", vitae_bullet_get_text (vitae_entry_get_bullet (entry, i)));
      return;

    case VITAE_SECTION_LANGUAGES:
      {
        g_autoptr(GString) line = g_string_new (get (node, "title"));

        append_joined (line, ": ", get (node, "fluency"));
        append_line (out, "", line->str);
      }
      return;

    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_PROJECTS:
    case VITAE_SECTION_EDUCATION:
    case VITAE_SECTION_CERTIFICATIONS:
    case VITAE_SECTION_AWARDS:
    case VITAE_SECTION_VOLUNTEER:
    case VITAE_SECTION_PUBLICATIONS:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      break;
    }

  append_heading (out, section, node, language);
  append_line (out, "", get (node, "description"));
  append_line (out, "", get (node, "summary"));
  append_line (out, "", get (node, "reference"));

  /* (A grade that names itself, "GPA: 3.8", is written as it is.) */
  if (vitae_grade_has_label (get (node, "score")))
    append_line (out, "", get (node, "score"));
  else
    append_labelled (out, vitae_locale_get_string (language, "label.score"), get (node, "score"));

  for (guint i = 0; i < n_bullets; i++)
    append_line (out, "- ", vitae_bullet_get_text (vitae_entry_get_bullet (entry, i)));

  append_labelled_list (out, vitae_locale_get_string (language, "label.courses"), node, "courses");
  append_labelled_list (out, vitae_locale_get_string (language, "label.roles"), node, "roles");
  append_labelled_list (out, vitae_locale_get_string (language, "label.keywords"), node, "keywords");
  append_line (out, "", get (node, "url"));
}

static void
append_heading_line (GString    *out,
                     const char *title)
{
  g_autofree char *upper = g_utf8_strup (title, -1);

  g_string_append_printf (out, "\n%s\n", upper);
}

static void
append_section (GString      *out,
                VitaeSection *section)
{
  guint n = vitae_section_get_n_entries (section);
  gboolean spaced = FALSE;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);

  if (n == 0)
    return;

  /* Entries of one line each (skills, languages) follow each other; longer
   * ones are set apart by a blank line. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) block = g_string_new (NULL);
      const char *newline;

      append_entry (block, section, vitae_section_get_entry (section, i));
      newline = strchr (block->str, '\n');
      spaced |= newline != NULL && newline[1] != '\0';
      g_ptr_array_add (blocks, g_string_free (g_steal_pointer (&block), FALSE));
    }

  append_heading_line (out, vitae_locale_get_section_title (vitae_document_get_effective_language (vitae_node_get_document (VITAE_NODE (section))), section));
  for (guint i = 0; i < blocks->len; i++)
    {
      if (spaced && i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, g_ptr_array_index (blocks, i));
    }
}

static char *
format_location (VitaeNode *document)
{
  g_autoptr(GString) text = g_string_new (NULL);

  append_joined (text, ", ", get (document, "city"));
  append_joined (text, ", ", get (document, "region"));
  append_joined (text, ", ", get (document, "country-code"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_contact (GString       *out,
                VitaeDocument *document)
{
  VitaeNode *node = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  guint n = g_list_model_get_n_items (profiles);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *location = format_location (node);

  append_joined (line, SEPARATOR, get (node, "email"));
  append_joined (line, SEPARATOR, get (node, "phone"));
  append_joined (line, SEPARATOR, location);
  append_joined (line, SEPARATOR, get (node, "url"));

  /* A link is shown as its address, which is what a recruiter can follow;
   * without one, as "Network: username". */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
      const char *url = get (profile, "url");

      if (url[0] != '\0')
        append_joined (line, SEPARATOR, url);
      else
        {
          g_autoptr(GString) name = g_string_new (get (profile, "network"));

          append_joined (name, ": ", get (profile, "username"));
          append_joined (line, SEPARATOR, name->str);
        }
    }

  append_line (out, "", line->str);
}

/* Public API */

/**
 * vitae_text_export:
 * @document: a #VitaeDocument
 *
 * Lays @document out as plain text for pasting into web forms.
 *
 * Returns: (transfer full): UTF-8 text ending in a newline, or "" for an
 *   empty document
 */
char *
vitae_text_export (VitaeDocument *document)
{
  g_autoptr(GString) out = NULL;
  VitaeNode *node;
  guint n;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  node = VITAE_NODE (document);
  out = g_string_new (NULL);

  append_line (out, "", get (node, "name"));
  append_line (out, "", get (node, "label"));
  append_contact (out, document);

  if (get (node, "summary")[0] != '\0')
    {
      append_heading_line (out, vitae_locale_get_heading (vitae_document_get_effective_language (document), "summary"));
      append_line (out, "", get (node, "summary"));
    }

  n = vitae_document_get_n_sections (document);
  for (guint i = 0; i < n; i++)
    append_section (out, vitae_document_get_section (document, i));

  /* A document without basics would start with the blank line that comes
   * before a heading. */
  if (out->len > 0 && out->str[0] == '\n')
    g_string_erase (out, 0, 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
