/* vitae-presentation.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How an entry reads on every output — the PDF, the preview, the plain
 * text export — built once here so that they never disagree. */

#define G_LOG_DOMAIN "vitae-presentation"

#include "config.h"

#include <string.h>

#include "vitae-document.h"
#include "vitae-fields.h"
#include "vitae-locale.h"
#include "vitae-presentation.h"

/**
 * vitae_entry_dup_dates_in:
 * @entry: an entry
 * @language: (nullable): the document language, a BCP 47 tag; %NULL for
 *   English
 *
 * Returns: (transfer full): the entry's dates as a reader of @language
 *   sees them: "Apr 2021 – Present" (a start and no end), "2019 – 2021",
 *   "März 2023 – heute", "2021年4月 – 至今", the end or a single date alone,
 *   or "" when it has none. Dates that are not ISO dates stay as typed.
 */
char *
vitae_entry_dup_dates_in (VitaeNode  *entry,
                          const char *language)
{
  const char *start;
  const char *end;

  g_return_val_if_fail (VITAE_IS_NODE (entry), NULL);

  start = vitae_node_get_text (entry, "start");
  end = vitae_node_get_text (entry, "end");
  if (start[0] == '\0' && end[0] == '\0')
    return vitae_locale_format_date (language, vitae_node_get_text (entry, "date"));

  return vitae_locale_format_span (language, start, end);
}

/**
 * vitae_entry_dup_dates:
 * @entry: an entry
 *
 * Returns: (transfer full): the entry's dates in the language of its
 *   document (see vitae_document_get_effective_language()), or in English
 *   for an entry in no document; see vitae_entry_dup_dates_in()
 */
char *
vitae_entry_dup_dates (VitaeNode *entry)
{
  VitaeDocument *document;

  g_return_val_if_fail (VITAE_IS_NODE (entry), NULL);

  document = vitae_node_get_document (entry);
  return vitae_entry_dup_dates_in (entry, document ? vitae_document_get_effective_language (document) : NULL);
}

static char *
join_parts (const char * const *parts,
            const char         *separator)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, parts[i]);
    }

  return g_string_free (joined, FALSE);
}

/* The study of an education entry as its document's language words it:
 * "BSc in Physics", "Licence en physique", or the degree or the field
 * alone. */
static char *
dup_study (VitaeNode  *entry,
           const char *language)
{
  const char *degree = vitae_node_get_text (entry, "degree");
  const char *area = vitae_node_get_text (entry, "area");
  const char *parts[] = { degree, area, NULL };

  if (degree[0] != '\0' && area[0] != '\0')
    return vitae_locale_format_study (language, degree, area);
  return join_parts (parts, ", ");
}

/**
 * vitae_entry_split_study:
 * @language: (nullable): the document language, a BCP 47 tag
 * @text: a degree with its field as vitae_locale_format_study() words it
 * @degree: (out) (transfer full): the degree
 * @area: (out) (transfer full): its field
 *
 * Reads back what an education entry's heading shows, for importers of
 * our own PDFs: "BSc in Physics" in English gives "BSc" and "Physics".
 * A wording whose two parts stand apart by spaces alone ("{area} {degree}")
 * is not split: the parts could not be told apart.
 *
 * Returns: %TRUE if @text reads as a degree and a field in @language
 */
gboolean
vitae_entry_split_study (const char  *language,
                         const char  *text,
                         char       **degree,
                         char       **area)
{
  const char *pattern = vitae_locale_get_string (language, "entry.study");
  const char *first = strchr (pattern, '{');
  const char *first_end = first ? strchr (first, '}') : NULL;
  const char *second = first_end ? strchr (first_end, '{') : NULL;
  const char *second_end = second ? strchr (second, '}') : NULL;
  g_autofree char *prefix = NULL, *infix = NULL, *stripped_infix = NULL;
  const char *suffix;
  const char *middle;
  gsize length;
  g_autofree char *one = NULL, *two = NULL;

  g_return_val_if_fail (text != NULL && degree != NULL && area != NULL, FALSE);

  if (second_end == NULL)
    return FALSE;
  prefix = g_strndup (pattern, first - pattern);
  infix = g_strndup (first_end + 1, second - first_end - 1);
  stripped_infix = g_strstrip (g_strdup (infix));
  suffix = second_end + 1;
  length = strlen (text);

  if (stripped_infix[0] == '\0' || !g_str_has_prefix (text, prefix) ||
      length < strlen (prefix) + strlen (suffix) || !g_str_has_suffix (text, suffix))
    return FALSE;
  middle = strstr (text + strlen (prefix), infix);
  if (middle == NULL || middle + strlen (infix) > text + length - strlen (suffix))
    return FALSE;

  one = g_strstrip (g_strndup (text + strlen (prefix), middle - text - strlen (prefix)));
  two = g_strstrip (g_strndup (middle + strlen (infix), text + length - strlen (suffix) - middle - strlen (infix)));
  if (one[0] == '\0' || two[0] == '\0')
    return FALSE;

  if (strncmp (first, "{degree}", strlen ("{degree}")) == 0)
    {
      *degree = g_steal_pointer (&one);
      *area = g_steal_pointer (&two);
    }
  else
    {
      *degree = g_steal_pointer (&two);
      *area = g_steal_pointer (&one);
    }
  return TRUE;
}

/* What an entry is and who it was with, by its section's kind: @title (the
 * role, the school, the project), @subtitle (the organisation, the study)
 * and @what, the same words on one line in the order a form reads them. */
static void
build_parts (VitaeSectionKind   kind,
             VitaeNode         *entry,
             const char        *language,
             const char       **title,
             char             **subtitle,
             char             **what)
{
  const char *with = NULL;

  switch (kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_VOLUNTEER:
      *title = vitae_node_get_text (entry, "role");
      with = vitae_node_get_text (entry, "organization");
      break;

    case VITAE_SECTION_PROJECTS:
      {
        g_autofree char *roles = g_strjoinv (", ", (char **) vitae_node_get_list (entry, "roles"));
        const char *type = vitae_node_get_text (entry, "type");
        const char *entity = vitae_node_get_text (entry, "entity");
        const char *parts[] = { roles, entity, type, NULL };
        g_autofree char *named = NULL;

        /* On one line the type qualifies the name, "pgshard (application)",
         * and the roles have a line of their own. */
        *title = vitae_node_get_text (entry, "title");
        *subtitle = join_parts (parts, VITAE_PRESENTATION_SEPARATOR);
        named = (*title)[0] != '\0' && type[0] != '\0' ? g_strdup_printf ("%s (%s)", *title, type)
                                                       : g_strconcat (*title, type, NULL);
        *what = join_parts ((const char *[]) { named, entity, NULL }, ", ");
        return;
      }

    case VITAE_SECTION_EDUCATION:
      /* The school heads the entry; on one line the study comes first,
       * "BSc in Physics, Example University". */
      *title = vitae_node_get_text (entry, "organization");
      *subtitle = dup_study (entry, language);
      *what = join_parts ((const char *[]) { *subtitle, *title, NULL }, ", ");
      return;

    case VITAE_SECTION_CERTIFICATIONS:
      *title = vitae_node_get_text (entry, "title");
      with = vitae_node_get_text (entry, "issuer");
      break;

    case VITAE_SECTION_AWARDS:
      *title = vitae_node_get_text (entry, "title");
      with = vitae_node_get_text (entry, "awarder");
      break;

    case VITAE_SECTION_PUBLICATIONS:
      *title = vitae_node_get_text (entry, "title");
      with = vitae_node_get_text (entry, "publisher");
      break;

    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_REFERENCES:
    case VITAE_SECTION_CUSTOM:
    case VITAE_N_SECTION_KINDS:
    default:
      *title = vitae_node_get_text (entry, "title");
      if ((*title)[0] == '\0')
        *title = vitae_node_get_text (entry, "role");
      with = vitae_node_get_text (entry, "organization");
      break;
    }

  *subtitle = g_strdup (with);
  *what = join_parts ((const char *[]) { *title, with, NULL }, ", ");
}

/**
 * vitae_entry_heading_init_in:
 * @heading: the heading to fill in; clear it with vitae_entry_heading_clear()
 * @kind: the kind of the entry's section
 * @entry: the entry
 * @language: (nullable): the document language, a BCP 47 tag; %NULL for
 *   the language of @entry's document
 *
 * Builds the parts of an entry's heading, the one presentation of an
 * entry that the PDF, the Word and OpenDocument files and the plain text
 * share. Every part is a string, maybe empty; when an entry has no title,
 * its subtitle moves up.
 */
void
vitae_entry_heading_init_in (VitaeEntryHeading *heading,
                             VitaeSectionKind   kind,
                             VitaeNode         *entry,
                             const char        *language)
{
  const char *title = "";
  g_autofree char *subtitle = NULL;

  g_return_if_fail (heading != NULL);
  g_return_if_fail (VITAE_IS_NODE (entry));

  if (language == NULL)
    {
      VitaeDocument *document = vitae_node_get_document (entry);

      language = document != NULL ? vitae_document_get_effective_language (document) : NULL;
    }

  build_parts (kind, entry, language, &title, &subtitle, &heading->what);
  if (title[0] == '\0')
    {
      heading->title = g_steal_pointer (&subtitle);
      heading->subtitle = g_strdup ("");
    }
  else
    {
      heading->title = g_strdup (title);
      heading->subtitle = g_steal_pointer (&subtitle);
    }
  heading->place = g_strdup (vitae_node_get_text (entry, "location"));
  heading->dates = vitae_entry_dup_dates_in (entry, language);
}

/**
 * vitae_entry_heading_init:
 * @heading: the heading to fill in; clear it with vitae_entry_heading_clear()
 * @kind: the kind of the entry's section
 * @entry: the entry
 *
 * Builds the parts of an entry's heading in the language of its document;
 * see vitae_entry_heading_init_in().
 */
void
vitae_entry_heading_init (VitaeEntryHeading *heading,
                          VitaeSectionKind   kind,
                          VitaeNode         *entry)
{
  vitae_entry_heading_init_in (heading, kind, entry, NULL);
}

/**
 * vitae_entry_heading_dup_line:
 * @heading: a heading filled in by vitae_entry_heading_init()
 *
 * Returns: (transfer full): the heading on one line of plain text, what
 *   it is, then where and when: "Senior Engineer, Acme — Berlin | Apr 2021 –
 *   Present", "BSc in Physics, Example University | 2015 – 2019"
 */
char *
vitae_entry_heading_dup_line (const VitaeEntryHeading *heading)
{
  g_autofree char *what_where = NULL;

  g_return_val_if_fail (heading != NULL, NULL);

  what_where = join_parts ((const char *[]) { heading->what, heading->place, NULL },
                           VITAE_PRESENTATION_LINE_PLACE);
  return join_parts ((const char *[]) { what_where, heading->dates, NULL }, VITAE_PRESENTATION_LINE_DATES);
}

/**
 * vitae_entry_heading_clear:
 * @heading: a heading filled in by vitae_entry_heading_init()
 *
 * Frees the heading's parts.
 */
void
vitae_entry_heading_clear (VitaeEntryHeading *heading)
{
  g_return_if_fail (heading != NULL);

  g_clear_pointer (&heading->title, g_free);
  g_clear_pointer (&heading->subtitle, g_free);
  g_clear_pointer (&heading->place, g_free);
  g_clear_pointer (&heading->dates, g_free);
  g_clear_pointer (&heading->what, g_free);
}

/**
 * vitae_entry_heading_is_empty:
 * @heading: a heading
 *
 * Returns: %TRUE when the heading has nothing to show
 */
gboolean
vitae_entry_heading_is_empty (const VitaeEntryHeading *heading)
{
  g_return_val_if_fail (heading != NULL, TRUE);

  return heading->title[0] == '\0' && heading->place[0] == '\0' && heading->dates[0] == '\0';
}
