/* vitae-sanitize.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a loaded resume may hold, whichever format it came in.  The rules:
 *
 * - A field longer than VITAE_MAX_FIELD_SIZE, or more than VITAE_MAX_ITEMS
 *   entries, bullets or list items in all, refuses the file: no resume needs
 *   them, and laying out a 10 MB paragraph or 100,000 bullets would freeze
 *   the window and the export.
 * - So do counts no resume comes near in one place (vitae-io.h): more than
 *   100 sections, 1,000 entries in a section, 200 bullets in an entry, 500
 *   keywords (or courses, or roles) in one list, 100 profiles.  Both readers
 *   check them before building the document, the .vitae one in its scan of
 *   the bytes, before RELAX NG validation, whose interleave patterns cost
 *   far more than linear time on long lists (190,000 keywords took 48 s to
 *   refuse or open); this file checks them again on whatever was built.
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

/* Limits */

static const guint limits[VITAE_N_LIMITS] = {
  [VITAE_LIMIT_SECTIONS]            = VITAE_MAX_SECTIONS,
  [VITAE_LIMIT_ENTRIES_PER_SECTION] = VITAE_MAX_ENTRIES_PER_SECTION,
  [VITAE_LIMIT_BULLETS_PER_ENTRY]   = VITAE_MAX_BULLETS_PER_ENTRY,
  [VITAE_LIMIT_ITEMS_PER_LIST]      = VITAE_MAX_ITEMS_PER_LIST,
  [VITAE_LIMIT_PROFILES]            = VITAE_MAX_PROFILES,
  [VITAE_LIMIT_ENTRIES]             = VITAE_MAX_ITEMS,
  [VITAE_LIMIT_BULLETS]             = VITAE_MAX_ITEMS,
  [VITAE_LIMIT_LIST_ITEMS]          = VITAE_MAX_ITEMS,
};

/**
 * vitae_limit_get_max:
 * @limit: a #VitaeLimit
 *
 * Returns: the largest count @limit allows
 */
guint
vitae_limit_get_max (VitaeLimit limit)
{
  g_return_val_if_fail (limit < VITAE_N_LIMITS, 0);

  return limits[limit];
}

/**
 * vitae_limit_check:
 * @limit: a #VitaeLimit
 * @count: how many there are
 * @where: the file's name, and where in it, for the message
 * @error: a #GError
 *
 * Returns: %TRUE if @count is within @limit; otherwise %FALSE with an
 *   error that names the place, what is over the limit and the limit
 */
gboolean
vitae_limit_check (VitaeLimit   limit,
                   guint        count,
                   const char  *where,
                   GError     **error)
{
  g_return_val_if_fail (limit < VITAE_N_LIMITS, FALSE);

  if (count <= limits[limit])
    return TRUE;

  /* Each limit has its whole sentence: what is counted changes the words
   * around it in most languages. */
  switch (limit)
    {
    case VITAE_LIMIT_SECTIONS:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u section; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u sections; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_ENTRIES_PER_SECTION:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u entry in one section; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u entries in one section; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_BULLETS_PER_ENTRY:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u bullet in one entry; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u bullets in one entry; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_ITEMS_PER_LIST:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u keyword, course or role in one list; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u keywords, courses or roles in one list; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_PROFILES:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u profile; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u profiles; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_ENTRIES:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u entry; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u entries; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_BULLETS:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u bullet; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u bullets; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    case VITAE_LIMIT_LIST_ITEMS:
    case VITAE_N_LIMITS:
    default:
      g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name and a place in it, %u a limit */
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u keyword, course or role; no resume needs that many, and Vitae opens none that has them",
                                "%s: more than %u keywords, courses and roles; no resume needs that many, and Vitae opens none that has them",
                                limits[limit]),
                   where, limits[limit]);
      break;
    }

  return FALSE;
}

typedef struct
{
  const char *display;
  GPtrArray  *notes;
  guint       n_entries;
  guint       n_bullets;
  guint       n_list_items;
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
                   _("“%s”: %s is %lu bytes long; Vitae refuses fields over %d KB"),
                   self->display, path, (unsigned long) len, VITAE_MAX_FIELD_SIZE / 1024);
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
          g_autofree char *place = g_strdup_printf ("“%s”: %s", self->display, path);
          guint n = g_strv_length ((char **) list);
          gboolean changed = FALSE;

          self->n_list_items += n;
          if (!vitae_limit_check (VITAE_LIMIT_ITEMS_PER_LIST, n, place, error) ||
              !vitae_limit_check (VITAE_LIMIT_LIST_ITEMS, self->n_list_items, place, error))
            return FALSE;

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
  Sanitizer self = { display, notes, 0, 0, 0 };
  g_autofree char *quoted = NULL;
  GListModel *profiles, *sections;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), FALSE);

  /* Count first: a huge document is refused before any other walk. */
  quoted = g_strdup_printf ("“%s”", display);
  sections = vitae_document_get_sections (document);
  profiles = vitae_document_get_profiles (document);
  if (!vitae_limit_check (VITAE_LIMIT_SECTIONS, g_list_model_get_n_items (sections), quoted, error) ||
      !vitae_limit_check (VITAE_LIMIT_PROFILES, g_list_model_get_n_items (profiles), quoted, error))
    return FALSE;
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VitaeSection) section = g_list_model_get_item (sections, s);
      g_autofree char *where = g_strdup_printf ("“%s”: %s", display, vitae_section_get_id (section));
      guint n_entries = vitae_section_get_n_entries (section);

      self.n_entries += n_entries;
      if (!vitae_limit_check (VITAE_LIMIT_ENTRIES_PER_SECTION, n_entries, where, error) ||
          !vitae_limit_check (VITAE_LIMIT_ENTRIES, self.n_entries, quoted, error))
        return FALSE;

      for (guint e = 0; e < n_entries; e++)
        {
          guint n_bullets = vitae_entry_get_n_bullets (vitae_section_get_entry (section, e));
          g_autofree char *entry_where = NULL;

          self.n_bullets += n_bullets;
          if (n_bullets <= VITAE_MAX_BULLETS_PER_ENTRY && self.n_bullets <= VITAE_MAX_ITEMS)
            continue;
          entry_where = g_strdup_printf ("“%s”: %s entry %u", display, vitae_section_get_id (section), e + 1);
          if (!vitae_limit_check (VITAE_LIMIT_BULLETS_PER_ENTRY, n_bullets, entry_where, error) ||
              !vitae_limit_check (VITAE_LIMIT_BULLETS, self.n_bullets, quoted, error))
            return FALSE;
        }
    }

  if (!check_node (&self, VITAE_NODE (document), "basics", error))
    return FALSE;

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
