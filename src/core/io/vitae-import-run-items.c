/* vitae-import-run-items.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items run together in one paragraph, each marked by a dash
 * glued to its first word, as someone typed them one after the other
 * without breaking the line ("-drove the van. 2 years. -kept the
 * stock"): a line of an entry's section that starts with such a mark
 * and has another is read as items (_vitae_import_read_run_items()),
 * and so are the paragraph's next lines
 * (_vitae_import_continue_run_items()). */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <string.h>

#include "vitae-bullet.h"
#include "vitae-entry.h"
#include "vitae-import-private.h"

/* The dashes that mark such items: a hyphen, an en dash, an em dash. */
static const char * const dashes[] = { "-", "–", "—" };

/* The dash @text starts with, glued to a letter ("-drove"), or NULL. */
static const char *
glued_dash (const char *text)
{
  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    if (g_str_has_prefix (text, dashes[k]) && g_unichar_isalpha (g_utf8_get_char (text + strlen (dashes[k]))))
      return dashes[k];
  return NULL;
}

/* The parts of @text cut before each dash glued to a letter after a
 * space ("… 2 years. -kept …"), without their dashes: the first part
 * is what comes before the first dash (empty when @text starts with
 * one). NULL when a part after a dash has fewer than two words. */
static GPtrArray *
split_at_dashes (const char *text)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text, *dash = glued_dash (text);

  if (dash != NULL)
    {
      g_ptr_array_add (parts, g_strdup (""));
      start = text + strlen (dash);
    }
  for (const char *p = start; *p != '\0'; p++)
    {
      if (*p != ' ' || (dash = glued_dash (p + 1)) == NULL)
        continue;
      g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
      start = p + 1 + strlen (dash);
    }
  g_ptr_array_add (parts, g_strstrip (g_strdup (start)));
  for (guint k = 1; k < parts->len; k++)
    if (_vitae_import_count_words (g_ptr_array_index (parts, k)) < 2)
      return NULL;
  return g_steal_pointer (&parts);
}

/* Adds the parts of @parts after the first as items of @entry. */
static void
append_items (VitaeEntry *entry,
              GPtrArray  *parts)
{
  for (guint k = 1; k < parts->len; k++)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (g_ptr_array_index (parts, k));

      vitae_entry_append_bullet (entry, bullet);
    }
}

/**
 * _vitae_import_read_run_items:
 * @builder: the builder, in a section of entries
 * @text: a line of a paragraph
 *
 * Reads @text as items of the current entry (a new one if there is
 * none) when it starts items run together: it starts with a dash glued
 * to a letter, and another such dash follows after a space (see the top
 * of the file).
 *
 * Returns: whether it did
 */
gboolean
_vitae_import_read_run_items (Builder    *builder,
                              const char *text)
{
  g_autoptr(GPtrArray) parts = glued_dash (text) != NULL ? split_at_dashes (text) : NULL;

  if (parts == NULL || parts->len < 3)
    return FALSE;
  append_items (builder->entry ? builder->entry : _vitae_import_new_entry (builder), parts);
  return TRUE;
}

/**
 * _vitae_import_continue_run_items:
 * @builder: the builder, after a line of items run together
 * @text: the paragraph's next line
 *
 * Reads @text as the next line of items run together: what comes before
 * its first dash goes on with the last item, each dash starts one.
 *
 * Returns: whether it did (else @text is no such line)
 */
gboolean
_vitae_import_continue_run_items (Builder    *builder,
                                  const char *text)
{
  g_autoptr(GPtrArray) parts = split_at_dashes (text);
  const char *first;
  guint n;

  if (parts == NULL || builder->entry == NULL || (n = vitae_entry_get_n_bullets (builder->entry)) == 0)
    return FALSE;
  first = g_ptr_array_index (parts, 0);
  if (first[0] != '\0')
    {
      VitaeBullet *last = vitae_entry_get_bullet (builder->entry, n - 1);
      g_autofree char *joined = _vitae_import_join_wrapped (vitae_bullet_get_text (last), first);

      vitae_bullet_set_text (last, joined);
    }
  append_items (builder->entry, parts);
  return TRUE;
}
