/* vitae-window-pages.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The side panel's Keywords and Preview pages, built the first time they
 * are shown or anything asks for them: the first frame shows the Coach,
 * and building the other two cost it about 28 M instructions. */

#define G_LOG_DOMAIN "vitae-window"

#include "config.h"

#include <string.h>

#include "vitae-bullet-row.h"
#include "vitae-window-private.h"

/* Helpers */

static void
keywords_show_occurrence_cb (VitaeWindow        *self,
                             VitaeNode          *node,
                             const char         *key,
                             guint               start,
                             guint               end,
                             VitaeKeywordsPanel *panel)
{
  if (VITAE_IS_BULLET (node))
    {
      GtkWidget *row = vitae_editor_find_bullet_row (self->editor, VITAE_BULLET (node));
      const char *text = vitae_bullet_get_text (VITAE_BULLET (node));
      GtkTextBuffer *buffer;
      GtkTextIter from, to;

      if (row == NULL || end > strlen (text) || start > end)
        return;

      /* Select the keyword, so the user sees it where it stands. */
      vitae_editor_reveal_widget (self->editor, row);
      vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), FALSE);
      buffer = gtk_text_view_get_buffer (vitae_bullet_row_get_text_view (VITAE_BULLET_ROW (row)));
      gtk_text_buffer_get_iter_at_offset (buffer, &from, g_utf8_pointer_to_offset (text, text + start));
      gtk_text_buffer_get_iter_at_offset (buffer, &to, g_utf8_pointer_to_offset (text, text + end));
      gtk_text_buffer_select_range (buffer, &from, &to);
    }
  else if (VITAE_IS_DOCUMENT (node))
    vitae_editor_scroll_to (self->editor, g_strcmp0 (key, "summary") == 0 ? VITAE_EDITOR_SUMMARY : VITAE_EDITOR_BASICS);
  else if (VITAE_IS_ENTRY (node) && vitae_entry_get_section (VITAE_ENTRY (node)) != NULL)
    {
      guint position;

      if (g_list_store_find (G_LIST_STORE (vitae_document_get_sections (self->document)),
                             vitae_entry_get_section (VITAE_ENTRY (node)), &position))
        vitae_editor_scroll_to (self->editor, position);
    }

  if (adw_flap_get_folded (self->side_flap))
    adw_flap_set_reveal_flap (self->side_flap, FALSE);
}

static void
keywords_message_cb (VitaeWindow        *self,
                     const char         *message,
                     VitaeKeywordsPanel *panel)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The role the Keywords panel starts with: the one saved in the settings,
 * else the catalog's default, else its first. */
static char *
dup_start_role (VitaeWindow *self)
{
  VitaeCatalog *catalog = vitae_catalog_get_default ();
  g_auto(GStrv) ids = vitae_catalog_dup_role_ids (catalog);
  g_autofree char *saved = NULL;
  const char *role = ids[0];

  if (self->settings != NULL)
    saved = g_settings_get_string (self->settings, "role");

  for (guint i = 0; ids[i]; i++)
    if (g_strcmp0 (ids[i], vitae_catalog_get_default_role (catalog)) == 0)
      role = ids[i];
  for (guint i = 0; ids[i]; i++)
    if (g_strcmp0 (ids[i], saved) == 0)
      role = ids[i];

  return g_strdup (role);
}

/* The job description the analysis compares with is the "job" field of
 * the resume it follows; the Keywords panel keeps it once it is built. */
static void
follow_job_cb (VitaeWindow *self)
{
  VitaeDocument *document = vitae_analysis_get_document (self->analysis);
  g_autofree char *job = NULL;

  if (self->keywords_panel != NULL)
    return;

  if (document != NULL)
    job = g_strdup (vitae_node_get_text (VITAE_NODE (document), "job"));
  /* Blank is no job at all, as in the panel. */
  vitae_analysis_set_job_text (self->analysis, job != NULL && g_strstrip (job)[0] != '\0' ? job : NULL);
}

static void
side_page_shown_cb (VitaeWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->side_stack);

  if (g_strcmp0 (name, "keywords") == 0)
    _vitae_window_get_keywords_panel (self);
  else if (g_strcmp0 (name, "preview") == 0)
    _vitae_window_get_preview (self);
}

/* Private API */

/**
 * _vitae_window_pages_init:
 * @self: a #VitaeWindow whose side stack has its pages, the Keywords and
 *   Preview ones still empty
 *
 * Builds those two when they are first shown. Until the Keywords panel is
 * built, the analysis has from the window the role the panel would pick
 * (see _vitae_window_pages_choose_role()) and the resume's job description.
 */
void
_vitae_window_pages_init (VitaeWindow *self)
{
  g_signal_connect_object (self->analysis, "notify::document", G_CALLBACK (follow_job_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "changed::job",
                                 G_CALLBACK (follow_job_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_stack, "notify::visible-child-name",
                           G_CALLBACK (side_page_shown_cb), self, G_CONNECT_SWAPPED);
}

/**
 * _vitae_window_pages_choose_role:
 * @self: a #VitaeWindow
 *
 * Gives the analysis the role the Keywords panel would start with, once,
 * before it first analyses a resume: not when the window is made, which
 * would open the keyword catalog (SQLite, its pages, the user's file)
 * before the first frame. Once the panel is built, the role is its.
 */
void
_vitae_window_pages_choose_role (VitaeWindow *self)
{
  g_autofree char *role = NULL;

  if (self->role_chosen || self->keywords_panel != NULL)
    return;

  self->role_chosen = TRUE;
  role = dup_start_role (self);
  vitae_analysis_set_role (self->analysis, role);
}

/**
 * _vitae_window_get_keywords_panel:
 * @self: a #VitaeWindow
 *
 * The Keywords panel, built on the first call: its page shown, or
 * anything else asking for it.
 *
 * Returns: (transfer none): the side panel's Keywords page
 */
VitaeKeywordsPanel *
_vitae_window_get_keywords_panel (VitaeWindow *self)
{
  g_return_val_if_fail (VITAE_IS_WINDOW (self), NULL);

  if (self->keywords_panel == NULL)
    {
      self->keywords_panel = VITAE_KEYWORDS_PANEL (vitae_keywords_panel_new (self->settings));
      /* It starts with the job the analysis has, so that binding it
       * changes nothing. */
      vitae_keywords_panel_set_job (self->keywords_panel, vitae_analysis_get_job_text (self->analysis));
      vitae_keywords_panel_set_analysis (self->keywords_panel, self->analysis);
      g_signal_connect_object (self->keywords_panel, "show-occurrence", G_CALLBACK (keywords_show_occurrence_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->keywords_panel, "message", G_CALLBACK (keywords_message_cb), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->keywords_page, GTK_WIDGET (self->keywords_panel));
    }

  return self->keywords_panel;
}

/**
 * _vitae_window_get_preview:
 * @self: a #VitaeWindow
 *
 * The Preview panel, built on the first call: its page shown, the
 * preview over the whole window, an export, or anything else asking.
 *
 * Returns: (transfer none): the side panel's Preview page
 */
VitaePreview *
_vitae_window_get_preview (VitaeWindow *self)
{
  g_return_val_if_fail (VITAE_IS_WINDOW (self), NULL);

  if (self->preview == NULL)
    {
      self->preview = VITAE_PREVIEW (vitae_preview_new (self->settings));
      if (self->document != NULL)
        vitae_side_panel_set_document (VITAE_SIDE_PANEL (self->preview), self->document);
      adw_bin_set_child (self->preview_page, GTK_WIDGET (self->preview));
    }

  return self->preview;
}
