/* vitae-wording.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vitae-document.h"
#include "vitae-render-private.h"

/* Texts that the PDF (vitae-sections.c) and the flowing formats
 * (vitae-flow.c) both print, made once: the header's contact details in
 * their order, lists joined, and the label of a keyword group. */

static void
contact_clear (gpointer data)
{
  VitaeContact *contact = data;

  g_clear_pointer (&contact->text, g_free);
}

static void
add_contact (GArray     *contacts,
             const char *kind,
             const char *text)
{
  VitaeContact contact = { kind, g_strdup (text) };

  if (text[0] != '\0')
    g_array_append_val (contacts, contact);
  else
    g_free (contact.text);
}

/**
 * _vitae_render_join_list:
 * @values: (nullable): a %NULL-terminated list
 * @separator: what goes between two values
 *
 * Returns: (transfer full): the values that are not empty, joined
 */
char *
_vitae_render_join_list (const char * const *values,
                         const char         *separator)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (values[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, values[i]);
    }

  return g_string_free (joined, FALSE);
}

/* "Street 1, 12345 City, Region, DE": the parts that are filled in. */
static char *
dup_place (VitaeNode *basics)
{
  g_autofree char *postal_city = g_strjoin (" ",
                                            vitae_node_get_text (basics, "postal-code"),
                                            vitae_node_get_text (basics, "city"), NULL);
  const char *parts[] = {
    vitae_node_get_text (basics, "address"),
    g_strstrip (postal_city),
    vitae_node_get_text (basics, "region"),
    vitae_node_get_text (basics, "country-code"),
    NULL,
  };

  return _vitae_render_join_list (parts, ", ");
}

/**
 * _vitae_render_dup_contacts:
 * @document: a document
 *
 * Returns: (transfer full) (element-type VitaeContact): the contact
 *   details that are filled in: e-mail, phone, place, web address, then
 *   the profiles, by address or else as "Network: name"
 */
GArray *
_vitae_render_dup_contacts (VitaeDocument *document)
{
  VitaeNode *basics = VITAE_NODE (document);
  GListModel *profiles = vitae_document_get_profiles (document);
  GArray *contacts = g_array_new (FALSE, FALSE, sizeof (VitaeContact));
  g_autofree char *place = dup_place (basics);

  g_array_set_clear_func (contacts, contact_clear);
  add_contact (contacts, "email", vitae_node_get_text (basics, "email"));
  add_contact (contacts, "phone", vitae_node_get_text (basics, "phone"));
  add_contact (contacts, NULL, place);
  add_contact (contacts, "url", vitae_node_get_text (basics, "url"));

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
      const char *url = vitae_node_get_text (profile, "url");
      const char *network = vitae_node_get_text (profile, "network");
      const char *username = vitae_node_get_text (profile, "username");

      if (url[0] != '\0')
        add_contact (contacts, "url", url);
      else if (username[0] != '\0')
        {
          /* Translators: a profile without an address, "GitHub: jdoe" */
          g_autofree char *text = network[0] ? g_strdup_printf (_("%s: %s"), network, username)
                                             : g_strdup (username);

          add_contact (contacts, NULL, text);
        }
    }

  return contacts;
}

/**
 * _vitae_render_dup_group_label:
 * @entry: a skill or interest group
 *
 * Returns: (transfer full) (nullable): its name and level, "Backend
 *   (Advanced)", or the one of them it has, or %NULL
 */
char *
_vitae_render_dup_group_label (VitaeNode *entry)
{
  const char *title = vitae_node_get_text (entry, "title");
  const char *level = vitae_node_get_text (entry, "level");

  if (title[0] != '\0' && level[0] != '\0')
    /* Translators: a skill group and its level, "Backend (Advanced)" */
    return g_strdup_printf (_("%s (%s)"), title, level);
  if (title[0] != '\0')
    return g_strdup (title);
  if (level[0] != '\0')
    return g_strdup (level);

  return NULL;
}
