/* vitae-flow.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The resume as styled paragraphs, in the order and with the words the PDF
 * shows them: the header, the summary, then each section with its entries.
 * DOCX and ODT are written from this (vitae-docx.c, vitae-odt.c). */

#define G_LOG_DOMAIN "vitae-flow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-fields.h"
#include "vitae-flow.h"
#include "vitae-language.h"
#include "vitae-locale.h"
#include "vitae-presentation.h"
#include "vitae-render-private.h"
#include "vitae-section.h"

typedef struct
{
  VitaeFlow          *flow;
  VitaeFlowParagraph *paragraph;
  char               *section;   /* the current section's title */
  char               *entry;     /* the current entry's title */
  const char         *language;  /* the document language it is written in */
} Builder;

static void
run_free (gpointer data)
{
  VitaeFlowRun *run = data;

  g_free (run->text);
  g_free (run->link);
  g_free (run);
}

static void
paragraph_free (gpointer data)
{
  VitaeFlowParagraph *paragraph = data;

  g_ptr_array_unref (paragraph->runs);
  g_free (paragraph->where);
  g_free (paragraph);
}

static void
begin (Builder       *builder,
       VitaeFlowKind  kind,
       const char    *where)
{
  VitaeFlowParagraph *paragraph = g_new0 (VitaeFlowParagraph, 1);

  paragraph->kind = kind;
  if (where != NULL)
    paragraph->where = g_strdup (where);
  else if (builder->entry != NULL && builder->entry[0] != '\0')
    /* Translators: where a paragraph is, "Experience: Backend Engineer" */
    paragraph->where = g_strdup_printf (_("%s: %s"), builder->section, builder->entry);
  else
    paragraph->where = g_strdup (builder->section ? builder->section : "");
  paragraph->runs = g_ptr_array_new_with_free_func (run_free);
  g_ptr_array_add (builder->flow->paragraphs, paragraph);
  builder->paragraph = paragraph;
}

/* Ends the current paragraph, dropping it if it has no text. */
static void
end (Builder *builder)
{
  GPtrArray *paragraphs = builder->flow->paragraphs;

  if (builder->paragraph != NULL && builder->paragraph->runs->len == 0)
    g_ptr_array_remove_index (paragraphs, paragraphs->len - 1);
  builder->paragraph = NULL;
}

static VitaeFlowRun *
append (Builder        *builder,
        const char     *text,
        VitaeFlowStyle  style)
{
  VitaeFlowRun *run;

  if (text == NULL || text[0] == '\0')
    return NULL;

  run = g_new0 (VitaeFlowRun, 1);
  run->text = g_strdup (text);
  run->style = style;
  g_ptr_array_add (builder->paragraph->runs, run);

  return run;
}

/* A link is a link only when its target is one the PDF would link too:
 * http(s), mailto or tel, checked and encoded in one place. */
static void
append_link (Builder        *builder,
             const char     *kind,
             const char     *text,
             VitaeFlowStyle  style)
{
  VitaeFlowRun *run = append (builder, text, style);

  if (run != NULL)
    run->link = _vitae_render_link_target (kind, text);
}

static void
append_separator (Builder *builder)
{
  if (builder->paragraph->runs->len > 0)
    append (builder, VITAE_PRESENTATION_SEPARATOR, VITAE_FLOW_MUTED);
}

static void
add_header (Builder       *builder,
            VitaeDocument *document)
{
  VitaeNode *basics = VITAE_NODE (document);
  g_autoptr(GArray) contacts = _vitae_render_dup_contacts (document);

  begin (builder, VITAE_FLOW_NAME, _("Name"));
  append (builder, vitae_node_get_text (basics, "name"), VITAE_FLOW_BOLD);
  end (builder);

  begin (builder, VITAE_FLOW_HEADLINE, _("Headline"));
  append (builder, vitae_node_get_text (basics, "label"), VITAE_FLOW_MUTED);
  end (builder);

  /* Contact details in the body: parsers skip headers and footers. */
  begin (builder, VITAE_FLOW_CONTACT, _("Contact details"));
  for (guint i = 0; i < contacts->len; i++)
    {
      VitaeContact *contact = &g_array_index (contacts, VitaeContact, i);

      append_separator (builder);
      if (contact->kind != NULL)
        append_link (builder, contact->kind, contact->text, VITAE_FLOW_PLAIN);
      else
        append (builder, contact->text, VITAE_FLOW_PLAIN);
    }
  end (builder);
}

static void
add_heading (Builder    *builder,
             const char *title)
{
  g_autofree char *upper = g_utf8_strup (title, -1);

  g_free (builder->section);
  builder->section = g_strdup (title);
  g_clear_pointer (&builder->entry, g_free);
  begin (builder, VITAE_FLOW_HEADING, title);
  append (builder, upper, VITAE_FLOW_BOLD);
  end (builder);
}

static void
add_body (Builder        *builder,
          const char     *label,
          const char     *text,
          VitaeFlowStyle  style)
{
  if (text == NULL || text[0] == '\0')
    return;

  begin (builder, VITAE_FLOW_BODY, NULL);
  if (label != NULL)
    {
      /* Translators: a label before a list, "Courses: " */
      g_autofree char *prefix = g_strdup_printf (_("%s: "), label);

      append (builder, prefix, VITAE_FLOW_BOLD);
    }
  append (builder, text, style);
  end (builder);
}

static void
add_bullets (Builder    *builder,
             VitaeEntry *entry)
{
  for (guint i = 0; i < vitae_entry_get_n_bullets (entry); i++)
    {
      g_autofree char *where = NULL;

      if (builder->entry != NULL && builder->entry[0] != '\0')
        /* Translators: a bullet's place, "Experience: Backend Engineer, bullet 2" */
        where = g_strdup_printf (_("%s: %s, bullet %u"), builder->section, builder->entry, i + 1);
      else
        /* Translators: a bullet's place, "Experience: bullet 2" */
        where = g_strdup_printf (_("%s: bullet %u"), builder->section, i + 1);

      begin (builder, VITAE_FLOW_BULLET, where);
      append (builder, vitae_bullet_get_text (vitae_entry_get_bullet (entry, i)), VITAE_FLOW_PLAIN);
      end (builder);
    }
}

static void
add_entry (Builder          *builder,
           VitaeSectionKind  kind,
           VitaeEntry       *entry)
{
  VitaeNode *node = VITAE_NODE (entry);
  VitaeEntryHeading heading;
  VitaeFlowRun *run;

  vitae_entry_heading_init_in (&heading, kind, node, builder->language);
  g_free (builder->entry);
  builder->entry = g_strdup (heading.title[0] ? heading.title : heading.dates);
  if (!vitae_entry_heading_is_empty (&heading))
    {
      begin (builder, VITAE_FLOW_ENTRY_TITLE, NULL);
      append (builder, heading.title, VITAE_FLOW_BOLD);
      if ((run = append (builder, heading.dates, VITAE_FLOW_MUTED)) != NULL)
        run->after_tab = TRUE;
      end (builder);

      if (heading.subtitle[0] != '\0' || heading.place[0] != '\0')
        {
          begin (builder, VITAE_FLOW_ENTRY_SUBTITLE, NULL);
          append (builder, heading.subtitle, VITAE_FLOW_ITALIC);
          if ((run = append (builder, heading.place, VITAE_FLOW_ITALIC | VITAE_FLOW_MUTED)) != NULL)
            run->after_tab = TRUE;
          end (builder);
        }
    }
  vitae_entry_heading_clear (&heading);

  if (kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_CUSTOM)
    add_body (builder, NULL, vitae_node_get_text (node, "description"),
              VITAE_FLOW_ITALIC | VITAE_FLOW_MUTED);
  else if (kind == VITAE_SECTION_PROJECTS)
    add_body (builder, NULL, vitae_node_get_text (node, "description"), VITAE_FLOW_PLAIN);

  if (_vitae_node_has_text (node, "url"))
    {
      begin (builder, VITAE_FLOW_BODY, NULL);
      append_link (builder, "url", vitae_node_get_text (node, "url"), VITAE_FLOW_MUTED);
      end (builder);
    }

  if (kind == VITAE_SECTION_EDUCATION)
    {
      g_autofree char *courses = _vitae_render_join_list (vitae_node_get_list (node, "courses"), ", ");

      add_body (builder,
                vitae_grade_has_label (vitae_node_get_text (node, "score"))
                  ? NULL
                  : vitae_locale_get_string (builder->language, "label.grade"),
                vitae_node_get_text (node, "score"), VITAE_FLOW_PLAIN);
      add_body (builder, vitae_locale_get_string (builder->language, "label.courses"), courses, VITAE_FLOW_PLAIN);
    }

  add_body (builder, NULL, vitae_node_get_text (node, "summary"), VITAE_FLOW_PLAIN);

  if (kind == VITAE_SECTION_PROJECTS)
    {
      g_autofree char *keywords = _vitae_render_join_list (vitae_node_get_list (node, "keywords"), ", ");

      add_body (builder, vitae_locale_get_string (builder->language, "label.technologies"), keywords, VITAE_FLOW_PLAIN);
    }

  add_bullets (builder, entry);
}

static void
add_keyword_line (Builder    *builder,
                  VitaeEntry *entry)
{
  VitaeNode *node = VITAE_NODE (entry);
  g_autofree char *keywords = _vitae_render_join_list (vitae_node_get_list (node, "keywords"), ", ");
  g_autofree char *label = _vitae_render_dup_group_label (node);

  begin (builder, VITAE_FLOW_BODY, NULL);
  if (label != NULL && keywords[0] != '\0')
    {
      g_autofree char *prefix = g_strdup_printf (_("%s: "), label);

      append (builder, prefix, VITAE_FLOW_BOLD);
    }
  else if (label != NULL)
    append (builder, label, VITAE_FLOW_BOLD);
  append (builder, keywords, VITAE_FLOW_PLAIN);
  end (builder);
  /* (a group's items: sentences an import found under a skills heading) */
  g_free (builder->entry);
  builder->entry = g_strdup (label != NULL ? label : "");
  add_bullets (builder, entry);
}

static void
add_languages (Builder      *builder,
               VitaeSection *section)
{
  begin (builder, VITAE_FLOW_BODY, NULL);
  for (guint i = 0; i < vitae_section_get_n_entries (section); i++)
    {
      VitaeNode *node = VITAE_NODE (vitae_section_get_entry (section, i));
      const char *title = vitae_node_get_text (node, "title");
      const char *fluency = vitae_node_get_text (node, "fluency");

      if (fluency[0] == '\0')
        fluency = vitae_node_get_text (node, "level");
      if (title[0] == '\0' && fluency[0] == '\0')
        continue;

      append_separator (builder);
      append (builder, title, VITAE_FLOW_BOLD);
      if (title[0] != '\0' && fluency[0] != '\0')
        append (builder, " ", VITAE_FLOW_PLAIN);
      if (fluency[0] != '\0')
        {
          g_autofree char *text = title[0] ? g_strdup_printf ("(%s)", fluency) : g_strdup (fluency);

          append (builder, text, VITAE_FLOW_PLAIN);
        }
    }
  end (builder);
}

static void
add_reference (Builder    *builder,
               VitaeEntry *entry)
{
  VitaeNode *node = VITAE_NODE (entry);

  add_body (builder, NULL, vitae_node_get_text (node, "reference"), VITAE_FLOW_ITALIC);
  if (_vitae_node_has_text (node, "title"))
    {
      begin (builder, VITAE_FLOW_BODY, NULL);
      append (builder, "— ", VITAE_FLOW_MUTED);
      append (builder, vitae_node_get_text (node, "title"), VITAE_FLOW_BOLD);
      end (builder);
    }
}

static void
add_section (Builder      *builder,
             VitaeSection *section)
{
  VitaeSectionKind kind = vitae_section_get_kind (section);
  guint n = vitae_section_get_n_entries (section);

  if (n == 0)
    return;

  add_heading (builder, vitae_locale_get_section_title (builder->language, section));

  if (kind == VITAE_SECTION_LANGUAGES)
    {
      add_languages (builder, section);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      VitaeEntry *entry = vitae_section_get_entry (section, i);

      if (kind == VITAE_SECTION_SKILLS || kind == VITAE_SECTION_INTERESTS)
        add_keyword_line (builder, entry);
      else if (kind == VITAE_SECTION_REFERENCES)
        add_reference (builder, entry);
      else
        add_entry (builder, kind, entry);
    }
}

/**
 * vitae_flow_new:
 * @document: the resume
 *
 * Returns: (transfer full): @document as styled paragraphs, in its
 *   document language
 */
VitaeFlow *
vitae_flow_new (VitaeDocument *document)
{
  return vitae_flow_new_in (document, NULL);
}

/**
 * vitae_flow_new_in:
 * @document: the resume
 * @language: (nullable): the language to write its headings, labels and
 *   dates in, a BCP 47 tag; %NULL for its document language
 *
 * Returns: (transfer full): @document as styled paragraphs
 */
VitaeFlow *
vitae_flow_new_in (VitaeDocument *document,
                   const char    *language)
{
  g_autofree char *normal = NULL;
  VitaeNode *basics;
  const char *name;
  const char *label;
  const char *resume;
  VitaeFlow *flow;
  Builder builder;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  /* As the PDF's layout takes it (see vitae_layout_new()). */
  normal = vitae_language_normalize (language);
  language = normal != NULL ? normal : vitae_document_get_effective_language (document);
  basics = VITAE_NODE (document);
  name = vitae_node_get_text (basics, "name");
  label = vitae_node_get_text (basics, "label");

  flow = g_new0 (VitaeFlow, 1);
  flow->paragraphs = g_ptr_array_new_with_free_func (paragraph_free);
  /* Translators: the document's title, %s is the person's name */
  resume = vitae_locale_get_string (language, "label.resume");
  flow->title = name[0] ? g_strdup_printf ("%s — %s", name, resume) : g_strdup (resume);
  flow->author = g_strdup (name);
  flow->subject = g_strdup (label[0] ? label : resume);

  builder.flow = flow;
  builder.paragraph = NULL;
  builder.section = NULL;
  builder.entry = NULL;
  builder.language = language;

  add_header (&builder, document);

  if (_vitae_node_has_text (basics, "summary"))
    {
      add_heading (&builder, vitae_locale_get_heading (language, "summary"));
      add_body (&builder, NULL, vitae_node_get_text (basics, "summary"), VITAE_FLOW_PLAIN);
    }

  for (guint i = 0; i < vitae_document_get_n_sections (document); i++)
    add_section (&builder, vitae_document_get_section (document, i));

  g_free (builder.section);
  g_free (builder.entry);

  return flow;
}

/**
 * vitae_flow_free:
 * @flow: a flow
 */
void
vitae_flow_free (VitaeFlow *flow)
{
  if (flow == NULL)
    return;

  g_ptr_array_unref (flow->paragraphs);
  g_free (flow->title);
  g_free (flow->author);
  g_free (flow->subject);
  g_free (flow);
}

/**
 * vitae_flow_dup_text:
 * @flow: a flow
 *
 * Returns: (transfer full): the flow's text, a paragraph a line, with a
 *   tab before right-aligned runs: what a reader of the DOCX or ODT should
 *   extract, for the tests and the parse check
 */
char *
vitae_flow_dup_text (VitaeFlow *flow)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (flow != NULL, NULL);

  for (guint i = 0; i < flow->paragraphs->len; i++)
    {
      VitaeFlowParagraph *paragraph = g_ptr_array_index (flow->paragraphs, i);

      for (guint j = 0; j < paragraph->runs->len; j++)
        {
          VitaeFlowRun *run = g_ptr_array_index (paragraph->runs, j);

          if (run->after_tab)
            g_string_append_c (text, '\t');
          g_string_append (text, run->text);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
