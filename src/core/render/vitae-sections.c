/* vitae-sections.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-fields.h"
#include "vitae-locale.h"
#include "vitae-presentation.h"
#include "vitae-render-private.h"
#include "vitae-render.h"
#include "vitae-section.h"

/* Building the blocks: the header, the summary and each section's entries,
 * in reading order. */

/* A block of running text, which may break across pages between lines. */
static Block *
add_paragraph (VitaeLayout *self,
               TextBuilder *builder,
               gpointer     node,
               double       space_before,
               double       indent)
{
  const VitaeTemplate *template = self->template;
  Block *block;
  Item *item;

  item = _vitae_builder_finish (builder, template->family, self->font_size,
                                indent, 0, content_width (self) - indent, PANGO_ALIGN_LEFT);
  if (item == NULL)
    return NULL;

  block = _vitae_layout_add_block (self, VITAE_BLOCK_PARAGRAPH, node, space_before);
  _vitae_block_add_item (block, item, item->n_lines);
  block->splittable = TRUE;
  _vitae_block_compute_rows (block);

  return block;
}

static void
add_header (VitaeLayout *self)
{
  const VitaeTemplate *template = self->template;
  VitaeNode *basics = VITAE_NODE (self->document);
  g_autoptr(GArray) contacts = _vitae_render_dup_contacts (self->document);
  PangoAlignment alignment = template->center_header ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  double width = content_width (self);
  TextBuilder builder;
  Block *block;
  Item *item;

  if (_vitae_node_has_text (basics, "name"))
    {
      _vitae_builder_init (&builder, self);
      _vitae_builder_append (&builder, vitae_node_get_text (basics, "name"), STYLE_BOLD | STYLE_ACCENT);
      item = _vitae_builder_finish (&builder, template->heading_family,
                                    self->font_size * template->name_scale, 0, 0, width, alignment);
      block = _vitae_layout_add_block (self, VITAE_BLOCK_NAME, basics, 0);
      _vitae_block_add_item (block, item, item->n_lines);
      block->keep_with_next = TRUE;
    }

  if (_vitae_node_has_text (basics, "label"))
    {
      _vitae_builder_init (&builder, self);
      _vitae_builder_append (&builder, vitae_node_get_text (basics, "label"), STYLE_MUTED);
      item = _vitae_builder_finish (&builder, template->family,
                                    self->font_size * template->headline_scale, 0, 0, width, alignment);
      block = _vitae_layout_add_block (self, VITAE_BLOCK_HEADLINE, basics, 0.1);
      _vitae_block_add_item (block, item, item->n_lines);
      block->keep_with_next = TRUE;
    }

  /* Contact details, in the body: ATS parsers skip page headers. */
  _vitae_builder_init (&builder, self);
  for (guint i = 0; i < contacts->len; i++)
    {
      VitaeContact *contact = &g_array_index (contacts, VitaeContact, i);

      if (i > 0)
        _vitae_builder_append (&builder, VITAE_PRESENTATION_SEPARATOR, STYLE_MUTED);
      if (contact->kind != NULL)
        _vitae_builder_append_link (&builder, contact->kind, contact->text, STYLE_PLAIN);
      else
        _vitae_builder_append (&builder, contact->text, STYLE_PLAIN);
    }

  item = _vitae_builder_finish (&builder, template->family, self->font_size, 0, 0, width, alignment);
  if (item != NULL)
    {
      block = _vitae_layout_add_block (self, VITAE_BLOCK_CONTACT, basics, 0.35);
      _vitae_block_add_item (block, item, item->n_lines);
    }
}

static Block *
add_section_heading (VitaeLayout *self,
                     gpointer     node,
                     const char  *title)
{
  const VitaeTemplate *template = self->template;
  g_autofree char *upper = g_utf8_strup (title, -1);
  double size = self->font_size * template->heading_scale;
  gboolean first = self->blocks->len == 0;
  TextBuilder builder;
  Block *block;
  Item *item;

  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, upper, STYLE_BOLD | STYLE_ACCENT);
  item = _vitae_builder_finish (&builder, template->heading_family, size, 0, 0,
                                content_width (self), PANGO_ALIGN_LEFT);
  block = _vitae_layout_add_block (self, VITAE_BLOCK_SECTION_HEADING, node, first ? 0 : template->section_gap);
  _vitae_block_add_item (block, item, item->n_lines);
  block->keep_with_next = TRUE;

  if (template->heading_rule)
    _vitae_block_add_shape (block, SHAPE_RULE, 0, block->height + 1.5,
                            content_width (self), 0.6, template->accent);
  else
    _vitae_block_add_shape (block, SHAPE_RULE, 0, block->height + 1.5,
                            MIN (content_width (self), 2.4 * size), 1.6, template->accent);

  return block;
}

/* Text set flush right at @y: on one line, or when that would take more
 * than two fifths of the column (a long free-text date), wrapped there. */
static Item *
add_right_text (VitaeLayout *self,
                const char  *text,
                Style        style,
                double       y)
{
  const VitaeTemplate *template = self->template;
  double width = content_width (self);
  double most = 0.4 * width;
  TextBuilder builder;
  Item *item;

  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, text, style);
  item = _vitae_builder_finish (&builder, template->family, self->font_size, 0, y, -1, PANGO_ALIGN_LEFT);
  if (item_width (item) <= most)
    {
      item->x = width - item_width (item);
      return item;
    }

  _vitae_item_free (item);
  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, text, style);
  item = _vitae_builder_finish (&builder, template->family, self->font_size, 0, y, most, PANGO_ALIGN_RIGHT);
  item->x = width - most;

  return item;
}

/* The heading of an entry: what and where on the left, the dates on the
 * right of the first line, the place on the right of the second. */
static Block *
add_entry_heading (VitaeLayout             *self,
                   VitaeNode               *entry,
                   const VitaeEntryHeading *heading,
                   gboolean                 first_in_section)
{
  const char *primary = heading->title;
  const char *secondary = heading->subtitle;
  const char *place = heading->place;
  const char *dates = heading->dates;
  const VitaeTemplate *template = self->template;
  double width = content_width (self);
  double gap = self->font_size;
  TextBuilder builder;
  Item *right = NULL;
  Item *left;
  Block *block;
  double y = 0;
  guint n_lines;

  if (vitae_entry_heading_is_empty (heading))
    return NULL;

  block = _vitae_layout_add_block (self, VITAE_BLOCK_ENTRY_HEADING, entry,
                                   first_in_section ? 0.45 : template->entry_gap);

  if (dates[0] != '\0')
    right = add_right_text (self, dates, STYLE_MUTED, 0);

  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, primary, STYLE_BOLD);
  if (template->one_line_entry)
    {
      if (secondary[0] != '\0')
        {
          _vitae_builder_append (&builder, ", ", STYLE_PLAIN);
          _vitae_builder_append (&builder, secondary, STYLE_PLAIN);
        }
      if (place[0] != '\0')
        {
          _vitae_builder_append (&builder, VITAE_PRESENTATION_SEPARATOR, STYLE_MUTED);
          _vitae_builder_append (&builder, place, STYLE_MUTED);
        }
    }
  left = _vitae_builder_finish (&builder, template->family, self->font_size, 0, 0,
                                width - (right ? item_width (right) + gap : 0), PANGO_ALIGN_LEFT);
  n_lines = left ? left->n_lines : 1;

  /* The dates go after the left text in the content stream, so that
   * extractors read "Engineer Apr 2021 – Present" in that order. */
  _vitae_block_add_item (block, left, n_lines);
  if (right != NULL)
    {
      _vitae_block_add_item (block, right, right->n_lines);
      block->dates = right;
      block->dates_beside = left;
    }
  y = block->height;

  if (!template->one_line_entry && (secondary[0] != '\0' || place[0] != '\0'))
    {
      Item *second_right = NULL;
      Item *second_left;
      guint more;

      if (place[0] != '\0')
        second_right = add_right_text (self, place, STYLE_ITALIC | STYLE_MUTED, y);

      _vitae_builder_init (&builder, self);
      _vitae_builder_append (&builder, secondary, STYLE_ITALIC);
      second_left = _vitae_builder_finish (&builder, template->family, self->font_size, 0, y,
                                           width - (second_right ? item_width (second_right) + gap : 0),
                                           PANGO_ALIGN_LEFT);
      more = second_left ? second_left->n_lines : 1;
      _vitae_block_add_item (block, second_left, n_lines + more);
      if (second_right != NULL)
        {
          _vitae_block_add_item (block, second_right, n_lines + MAX (more, second_right->n_lines));
          block->place = second_right;
          block->place_beside = second_left;
        }
    }

  return block;
}

static Block *
add_labelled_line (VitaeLayout *self,
                   gpointer     node,
                   const char  *label,
                   const char  *text,
                   double       space_before)
{
  TextBuilder builder;

  if (text == NULL || text[0] == '\0')
    return NULL;

  _vitae_builder_init (&builder, self);
  if (label != NULL)
    {
      /* Translators: a label before a list, "Courses: " */
      g_autofree char *prefix = g_strdup_printf (_("%s: "), label);

      _vitae_builder_append (&builder, prefix, STYLE_BOLD);
    }
  _vitae_builder_append (&builder, text, STYLE_PLAIN);

  return add_paragraph (self, &builder, node, space_before, 0);
}

static Block *
add_bullet (VitaeLayout *self,
            VitaeBullet *bullet,
            gboolean     first)
{
  const VitaeTemplate *template = self->template;
  double size = self->font_size;
  double indent = 1.15 * size;
  TextBuilder builder;
  PangoLayoutIter *iter;
  Block *block;
  Item *item;
  double baseline;

  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, vitae_bullet_get_text (bullet), STYLE_PLAIN);
  item = _vitae_builder_finish (&builder, template->family, size, indent, 0,
                                content_width (self) - indent, PANGO_ALIGN_LEFT);
  if (item == NULL)
    return NULL;

  block = _vitae_layout_add_block (self, VITAE_BLOCK_BULLET, bullet, first ? 0.25 : template->bullet_gap);
  _vitae_block_add_item (block, item, item->n_lines);

  iter = item_get_iter (item, 0);
  baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);

  /* The mark sits on the x-height of the first line, a drawn shape so
   * that it extracts as nothing rather than as a private-use glyph. */
  if (template->bullet == VITAE_BULLET_SHAPE_SQUARE)
    _vitae_block_add_shape (block, SHAPE_SQUARE, 0.35 * size, baseline - 0.42 * size,
                            0.28 * size, 0.28 * size, template->accent);
  else
    _vitae_block_add_shape (block, SHAPE_DOT, 0.35 * size, baseline - 0.44 * size,
                            0.3 * size, 0.3 * size, template->ink);

  return block;
}

static void
add_text_field (VitaeLayout *self,
                VitaeNode   *entry,
                const char  *key,
                Style        style,
                double       space_before)
{
  TextBuilder builder;

  if (!_vitae_node_has_text (entry, key))
    return;

  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, vitae_node_get_text (entry, key), style);
  add_paragraph (self, &builder, entry, space_before, 0);
}

static void
add_url_field (VitaeLayout *self,
               VitaeNode   *entry,
               double       space_before)
{
  TextBuilder builder;

  if (!_vitae_node_has_text (entry, "url"))
    return;

  _vitae_builder_init (&builder, self);
  _vitae_builder_append_link (&builder, "url", vitae_node_get_text (entry, "url"), STYLE_MUTED);
  add_paragraph (self, &builder, entry, space_before, 0);
}

static void
add_entry (VitaeLayout      *self,
           VitaeSectionKind  kind,
           VitaeEntry       *entry,
           gboolean          first_in_section)
{
  VitaeNode *node = VITAE_NODE (entry);
  VitaeEntryHeading heading;
  guint first_block = self->blocks->len;
  guint n_bullets = vitae_entry_get_n_bullets (entry);
  guint heading_block;
  double inner = 0.15;

  /* The heading every output shows, in the layout's language. */
  vitae_entry_heading_init_in (&heading, kind, node, self->language);
  add_entry_heading (self, node, &heading, first_in_section);
  vitae_entry_heading_clear (&heading);
  heading_block = first_block;

  /* Details under the heading, most identifying first. */
  if (kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_CUSTOM)
    add_text_field (self, node, "description", STYLE_ITALIC | STYLE_MUTED, inner);
  else if (kind == VITAE_SECTION_PROJECTS)
    add_text_field (self, node, "description", STYLE_PLAIN, inner);

  add_url_field (self, node, inner);

  if (kind == VITAE_SECTION_EDUCATION)
    {
      g_autofree char *courses = _vitae_render_join_list (vitae_node_get_list (node, "courses"), ", ");

      add_labelled_line (self, node,
                         vitae_grade_has_label (vitae_node_get_text (node, "score"))
                           ? NULL
                           : vitae_locale_get_string (self->language, "label.grade"),
                         vitae_node_get_text (node, "score"), inner);
      add_labelled_line (self, node, vitae_locale_get_string (self->language, "label.courses"), courses, inner);
    }

  add_text_field (self, node, "summary", STYLE_PLAIN, inner);

  if (kind == VITAE_SECTION_PROJECTS)
    {
      g_autofree char *keywords = _vitae_render_join_list (vitae_node_get_list (node, "keywords"), ", ");

      add_labelled_line (self, node, vitae_locale_get_string (self->language, "label.technologies"), keywords, inner);
    }

  /* An entry's heading and the text up to its first bullet stay together. */
  if (n_bullets > 0)
    for (guint i = heading_block; i < self->blocks->len; i++)
      ((Block *) g_ptr_array_index (self->blocks, i))->keep_with_next = TRUE;
  else if (self->blocks->len > heading_block + 1)
    ((Block *) g_ptr_array_index (self->blocks, heading_block))->keep_with_next = TRUE;

  for (guint i = 0; i < n_bullets; i++)
    add_bullet (self, vitae_entry_get_bullet (entry, i), i == 0 && self->blocks->len == first_block + 1);

  /* Nor does a last bullet of one line go alone to the top of a page: at
   * least two lines of an entry are together on each side of a break. */
  if (n_bullets >= 2 && self->blocks->len >= 2)
    {
      Block *last = g_ptr_array_index (self->blocks, self->blocks->len - 1);
      Block *before = g_ptr_array_index (self->blocks, self->blocks->len - 2);

      if (last->kind == VITAE_BLOCK_BULLET && before->kind == VITAE_BLOCK_BULLET &&
          last->n_lines < 2)
        before->keep_with_next = TRUE;
    }
}

/* Skills and interests: one "Group: a, b, c" line each, never columns,
 * so that every parser reads the group with its keywords. */
static void
add_keyword_line (VitaeLayout *self,
                  VitaeEntry  *entry,
                  gboolean     first)
{
  VitaeNode *node = VITAE_NODE (entry);
  g_autofree char *keywords = _vitae_render_join_list (vitae_node_get_list (node, "keywords"), ", ");
  g_autofree char *label = _vitae_render_dup_group_label (node);
  TextBuilder builder;

  _vitae_builder_init (&builder, self);
  if (label != NULL && keywords[0] != '\0')
    {
      g_autofree char *prefix = g_strdup_printf (_("%s: "), label);

      _vitae_builder_append (&builder, prefix, STYLE_BOLD);
    }
  else if (label != NULL)
    _vitae_builder_append (&builder, label, STYLE_BOLD);
  _vitae_builder_append (&builder, keywords, STYLE_PLAIN);
  add_paragraph (self, &builder, node, first ? 0.45 : 0.2, 0);

  /* A group's items, sentences an import found under a skills heading
   * ("Led code reviews for a team of six"): printed, as the editor
   * shows them. */
  for (guint i = 0; i < vitae_entry_get_n_bullets (entry); i++)
    add_bullet (self, vitae_entry_get_bullet (entry, i), i == 0);
}

static void
add_languages (VitaeLayout  *self,
               VitaeSection *section)
{
  TextBuilder builder;
  guint n = vitae_section_get_n_entries (section);
  gboolean first = TRUE;

  _vitae_builder_init (&builder, self);
  for (guint i = 0; i < n; i++)
    {
      VitaeNode *node = VITAE_NODE (vitae_section_get_entry (section, i));
      const char *title = vitae_node_get_text (node, "title");
      const char *fluency = vitae_node_get_text (node, "fluency");
      const char *level = vitae_node_get_text (node, "level");

      if (fluency[0] == '\0')
        fluency = level;
      if (title[0] == '\0' && fluency[0] == '\0')
        continue;

      if (!first)
        _vitae_builder_append (&builder, VITAE_PRESENTATION_SEPARATOR, STYLE_MUTED);
      first = FALSE;

      _vitae_builder_append (&builder, title, STYLE_BOLD);
      if (title[0] != '\0' && fluency[0] != '\0')
        _vitae_builder_append (&builder, " ", STYLE_PLAIN);
      if (fluency[0] != '\0')
        {
          g_autofree char *text = title[0] ? g_strdup_printf ("(%s)", fluency) : g_strdup (fluency);

          _vitae_builder_append (&builder, text, STYLE_PLAIN);
        }
    }

  add_paragraph (self, &builder, section, 0.45, 0);
}

static void
add_reference (VitaeLayout *self,
               VitaeEntry  *entry,
               gboolean     first)
{
  VitaeNode *node = VITAE_NODE (entry);
  TextBuilder builder;
  Block *block;

  _vitae_builder_init (&builder, self);
  _vitae_builder_append (&builder, vitae_node_get_text (node, "reference"), STYLE_ITALIC);
  block = add_paragraph (self, &builder, node, first ? 0.45 : self->template->entry_gap, 0);

  if (_vitae_node_has_text (node, "title"))
    {
      _vitae_builder_init (&builder, self);
      _vitae_builder_append (&builder, "— ", STYLE_MUTED);
      _vitae_builder_append (&builder, vitae_node_get_text (node, "title"), STYLE_BOLD);
      if (block != NULL)
        block->keep_with_next = TRUE;
      add_paragraph (self, &builder, node, block ? 0.15 : (first ? 0.45 : self->template->entry_gap), 0);
    }
}

static gboolean
section_is_empty (VitaeSection *section)
{
  return vitae_section_get_n_entries (section) == 0;
}

static void
add_section (VitaeLayout  *self,
             VitaeSection *section)
{
  VitaeSectionKind kind = vitae_section_get_kind (section);
  guint n = vitae_section_get_n_entries (section);

  if (section_is_empty (section))
    return;

  add_section_heading (self, section, vitae_locale_get_section_title (self->language, section));

  if (kind == VITAE_SECTION_LANGUAGES)
    {
      add_languages (self, section);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      VitaeEntry *entry = vitae_section_get_entry (section, i);

      switch (kind)
        {
        case VITAE_SECTION_SKILLS:
        case VITAE_SECTION_INTERESTS:
          add_keyword_line (self, entry, i == 0);
          break;

        case VITAE_SECTION_REFERENCES:
          add_reference (self, entry, i == 0);
          break;

        case VITAE_SECTION_EXPERIENCE:
        case VITAE_SECTION_PROJECTS:
        case VITAE_SECTION_EDUCATION:
        case VITAE_SECTION_CERTIFICATIONS:
        case VITAE_SECTION_AWARDS:
        case VITAE_SECTION_VOLUNTEER:
        case VITAE_SECTION_PUBLICATIONS:
        case VITAE_SECTION_CUSTOM:
          add_entry (self, kind, entry, i == 0);
          break;

        case VITAE_SECTION_LANGUAGES:
        case VITAE_N_SECTION_KINDS:
        default:
          g_assert_not_reached ();
        }
    }
}

void
_vitae_layout_build_blocks (VitaeLayout *self)
{
  VitaeNode *basics = VITAE_NODE (self->document);
  guint n = vitae_document_get_n_sections (self->document);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  self->blocks = g_ptr_array_new_with_free_func (_vitae_block_free);

  add_header (self);

  if (_vitae_node_has_text (basics, "summary"))
    {
      TextBuilder builder;

      add_section_heading (self, NULL, vitae_locale_get_heading (self->language, "summary"));
      _vitae_builder_init (&builder, self);
      _vitae_builder_append (&builder, vitae_node_get_text (basics, "summary"), STYLE_PLAIN);
      add_paragraph (self, &builder, basics, 0.45, 0);
    }

  for (guint i = 0; i < n; i++)
    add_section (self, vitae_document_get_section (self->document, i));
}
