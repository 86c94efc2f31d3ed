/* vitae-sanitize.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a loaded resume may hold, whichever format it came in.  The rules:
 *
 * - A field longer than VITAE_MAX_FIELD_SIZE, or more than VITAE_MAX_ITEMS
 *   entries or bullets, refuses the file: no resume needs them, and laying
 *   out a 10 MB paragraph or 100,000 bullets would freeze the window and the
 *   export.
 * - A control character other than tab, line feed and carriage return
 *   refuses the file, in .vitae (where XML 1.0 already forbids most of
 *   them) and JSON Resume alike: it is invisible, and it is not text.
 * - Invisible direction controls (embeddings, overrides and isolates,
 *   U+202A–U+202E, U+2066–U+2069) and zero-width spaces (U+200B, U+2060,
 *   U+FEFF) are removed from one-line identity fields (name, email, phone,
 *   URLs, user names), where they only serve to disguise what is shown.
 *   Elsewhere direction controls that are not closed on their line are
 *   removed, so that they cannot reorder the text after them; balanced ones,
 *   and the joiners U+200C and U+200D that emoji and Indic scripts need,
 *   are kept.  Each removal is reported in a note.
 */

#define G_LOG_DOMAIN "vitae-sanitize"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-io.h"
#include "vitae-node.h"
#include "vitae-section.h"

typedef struct
{
  const char *display;
  GPtrArray  *notes;
  guint       n_entries;
  guint       n_bullets;
} Sanitizer;

static gboolean
is_identity_key (const char *key)
{
  static const char * const keys[] = {
    "name", "email", "phone", "url", "username", "network",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (key, keys[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_bidi_opener (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2068);
}

static gboolean
is_bidi_closer (gunichar c)
{
  /* PDF closes embeddings and overrides, PDI closes isolates. */
  return c == 0x202C || c == 0x2069;
}

static gboolean
is_zero_width_space (gunichar c)
{
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

static gboolean
is_refused_control (gunichar c)
{
  if (c == '\t' || c == '\n' || c == '\r')
    return FALSE;

  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/* Returns the cleaned copy of @text, or %NULL when it needs no change. */
static char *
clean_text (const char *text,
            gboolean    identity,
            guint      *n_removed)
{
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) keep = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *out;
  guint removed = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean k = TRUE;

      if (identity && (is_bidi_opener (c) || is_bidi_closer (c) || is_zero_width_space (c)))
        k = FALSE;
      else if (is_bidi_opener (c))
        g_array_append_val (open, chars->len);
      else if (is_bidi_closer (c))
        {
          /* A closer without an opener on its line is unpaired. */
          if (open->len > 0)
            g_array_set_size (open, open->len - 1);
          else
            k = FALSE;
        }
      else if (c == '\n')
        {
          /* Openers still open at the end of a line are unpaired. */
          for (guint i = 0; i < open->len; i++)
            g_array_index (keep, gboolean, g_array_index (open, guint, i)) = FALSE;
          g_array_set_size (open, 0);
        }

      g_array_append_val (chars, c);
      g_array_append_val (keep, k);
    }
  for (guint i = 0; i < open->len; i++)
    g_array_index (keep, gboolean, g_array_index (open, guint, i)) = FALSE;

  out = g_string_sized_new (strlen (text));
  for (guint i = 0; i < chars->len; i++)
    {
      if (g_array_index (keep, gboolean, i))
        g_string_append_unichar (out, g_array_index (chars, gunichar, i));
      else
        removed++;
    }

  *n_removed = removed;
  if (removed == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Checks one value; returns a cleaned copy in @cleaned when it changed. */
static gboolean
check_value (Sanitizer   *self,
             const char  *path,
             const char  *key,
             const char  *text,
             char       **cleaned,
             GError     **error)
{
  gsize len = strlen (text);
  guint removed = 0;

  *cleaned = NULL;

  if (len > VITAE_MAX_FIELD_SIZE)
    {
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: “%s” is a file name, then a field such as
                    * “basics: summary”, a size in bytes and the limit in KB */
                   _("“%s”: %s is %" G_GSIZE_FORMAT " bytes long; Vitae refuses fields over %d KB"),
                   self->display, path, len, VITAE_MAX_FIELD_SIZE / 1024);
      return FALSE;
    }

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_refused_control (c))
        {
          g_set_error (error, VITAE_ERROR, VITAE_ERROR_INVALID,
                       /* Translators: “%s” is a file name, then a field and a
                        * character code such as U+0007 */
                       _("“%s”: %s contains the control character U+%04X, which is not text; remove it and open the file again"),
                       self->display, path, c);
          return FALSE;
        }
    }

  *cleaned = clean_text (text, is_identity_key (key), &removed);
  if (*cleaned != NULL && self->notes != NULL)
    g_ptr_array_add (self->notes,
                     /* Translators: %u is a number, %s a field */
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Removed %u invisible direction or zero-width character from %s",
                                                   "Removed %u invisible direction or zero-width characters from %s",
                                                   removed),
                                      removed, path));

  return TRUE;
}

static gboolean
check_node (Sanitizer   *self,
            VitaeNode   *node,
            const char  *where,
            GError     **error)
{
  g_auto(GStrv) keys = vitae_node_dup_keys (node);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      const char *key = keys[i];
      const char * const *list = vitae_node_get_list (node, key);
      g_autofree char *path = where[0] ? g_strdup_printf ("%s: %s", where, key) : g_strdup (key);

      if (list != NULL && list[0] != NULL)
        {
          g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_free);
          gboolean changed = FALSE;

          for (guint j = 0; list[j] != NULL; j++)
            {
              g_autofree char *cleaned = NULL;

              if (!check_value (self, path, key, list[j], &cleaned, error))
                return FALSE;
              changed |= cleaned != NULL;
              g_ptr_array_add (copy, cleaned ? g_steal_pointer (&cleaned) : g_strdup (list[j]));
            }
          g_ptr_array_add (copy, NULL);
          if (changed)
            vitae_node_set_list (node, key, (const char * const *) copy->pdata);
        }
      else
        {
          g_autofree char *cleaned = NULL;

          if (!check_value (self, path, key, vitae_node_get_text (node, key), &cleaned, error))
            return FALSE;
          if (cleaned != NULL)
            vitae_node_set_text (node, key, cleaned);
        }
    }

  return TRUE;
}

static gboolean
check_count (Sanitizer   *self,
             guint        count,
             const char  *what,
             GError     **error)
{
  if (count <= VITAE_MAX_ITEMS)
    return TRUE;

  g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
               /* Translators: “%s” is a file name, %s “entries” or “bullets”, %d the limit */
               _("“%s” has more than %d %s; Vitae opens resumes of up to %d"),
               self->display, VITAE_MAX_ITEMS, what, VITAE_MAX_ITEMS);
  return FALSE;
}

/**
 * vitae_document_sanitize:
 * @document: a document just parsed
 * @display: the file's name, for messages
 * @notes: (nullable) (element-type utf8): where to add one line for each
 *   change made
 * @error: a #GError
 *
 * Applies the rules at the top of this file to every field of @document.
 *
 * Returns: %TRUE if the document may be opened
 */
gboolean
vitae_document_sanitize (VitaeDocument  *document,
                         const char     *display,
                         GPtrArray      *notes,
                         GError        **error)
{
  Sanitizer self = { display, notes, 0, 0 };
  GListModel *profiles, *sections;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);

  /* Count first: a huge document is refused before any other walk. */
  sections = vitae_document_get_sections (document);
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VitaeSection) section = g_list_model_get_item (sections, s);

      self.n_entries += vitae_section_get_n_entries (section);
      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        self.n_bullets += vitae_entry_get_n_bullets (vitae_section_get_entry (section, e));
    }
  if (!check_count (&self, self.n_entries, _("entries"), error) ||
      !check_count (&self, self.n_bullets, _("bullets"), error))
    return FALSE;

  if (!check_node (&self, VITAE_NODE (document), "basics", error))
    return FALSE;

  profiles = vitae_document_get_profiles (document);
  for (guint p = 0; p < g_list_model_get_n_items (profiles); p++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, p);
      g_autofree char *where = g_strdup_printf ("profile %u", p + 1);

      if (!check_node (&self, profile, where, error))
        return FALSE;
    }

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VitaeSection) section = g_list_model_get_item (sections, s);
      const char *id = vitae_section_get_id (section);

      if (!check_node (&self, VITAE_NODE (section), id, error))
        return FALSE;

      for (guint e = 0; e < vitae_section_get_n_entries (section); e++)
        {
          VitaeEntry *entry = vitae_section_get_entry (section, e);
          g_autofree char *where = g_strdup_printf ("%s entry %u", id, e + 1);

          if (!check_node (&self, VITAE_NODE (entry), where, error))
            return FALSE;

          for (guint b = 0; b < vitae_entry_get_n_bullets (entry); b++)
            {
              g_autofree char *bullet_where = g_strdup_printf ("%s entry %u, bullet %u", id, e + 1, b + 1);

              if (!check_node (&self, VITAE_NODE (vitae_entry_get_bullet (entry, b)), bullet_where, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}
