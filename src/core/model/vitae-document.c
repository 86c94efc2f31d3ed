/* vitae-document.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-document"

#include "config.h"

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-history.h"
#include "vitae-language.h"
#include "vitae-node-private.h"
#include "vitae-section.h"

struct _VitaeDocument
{
  VitaeNode     parent_instance;

  /* owned */
  GListStore   *sections;
  GListStore   *profiles;
  VitaeHistory *history;

  /* The history position at the last save, to tell whether we are modified. */
  guint64       saved_position;
  /* Counts every change, for caches that follow the document. */
  guint64       revision;
  gboolean      modified;

  /* The language detected from the text, at revision detected_revision. */
  const char   *detected;
  guint64       detected_revision;
};

G_DEFINE_FINAL_TYPE (VitaeDocument, vitae_document, VITAE_TYPE_NODE)

enum {
  PROP_0,
  PROP_MODIFIED,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  CONTENT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

VitaeHistory *_vitae_history_new (VitaeDocument *document);

/* Helpers */

static void
update_modified (VitaeDocument *self)
{
  gboolean modified = vitae_history_get_position (self->history) != self->saved_position;

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

static void
vitae_document_foreach_store (VitaeNode             *node,
                              VitaeNodeForeachStore  func,
                              gpointer               user_data)
{
  VitaeDocument *self = VITAE_DOCUMENT (node);

  func (self->sections, user_data);
  func (self->profiles, user_data);
}

/* Overrides */

static void
vitae_document_dispose (GObject *object)
{
  VitaeDocument *self = (VitaeDocument *)object;

  /* The history holds the document's children; drop it first. */
  if (self->history != NULL)
    vitae_history_clear (self->history);
  g_clear_object (&self->history);
  g_clear_object (&self->sections);
  g_clear_object (&self->profiles);

  G_OBJECT_CLASS (vitae_document_parent_class)->dispose (object);
}

static void
vitae_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VitaeDocument *self = VITAE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, vitae_document_get_modified (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, vitae_document_get_language (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_document_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VitaeDocument *self = VITAE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      vitae_document_set_modified (self, g_value_get_boolean (value));
      break;

    case PROP_LANGUAGE:
      vitae_document_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vitae_document_class_init (VitaeDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VitaeNodeClass *node_class = VITAE_NODE_CLASS (klass);

  object_class->dispose = vitae_document_dispose;
  object_class->get_property = vitae_document_get_property;
  object_class->set_property = vitae_document_set_property;

  node_class->foreach_store = vitae_document_foreach_store;

  /**
   * VitaeDocument:modified:
   *
   * Whether the document changed since it was loaded or last saved. Undoing
   * back to the saved state makes it unmodified again.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VitaeDocument:language:
   *
   * The document language as a BCP 47 tag ("de", "pt-BR"), or %NULL when
   * the file does not say; the field "language", so that a change is
   * undoable like any other.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VitaeDocument::content-changed:
   * @self: the document
   *
   * Fires after every change anywhere in the document: a field of any of
   * its nodes, or an insertion, removal or move in any of its lists, whether
   * by an edit, an undo or a redo.
   */
  signals[CONTENT_CHANGED] =
    g_signal_new ("content-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
language_changed_cb (VitaeDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
vitae_document_init (VitaeDocument *self)
{
  self->sections = g_list_store_new (VITAE_TYPE_SECTION);
  self->profiles = g_list_store_new (VITAE_TYPE_ENTRY);
  self->history = _vitae_history_new (self);
  _vitae_node_attach (VITAE_NODE (self), NULL, self);
  self->detected_revision = G_MAXUINT64;
  g_signal_connect (self, "changed::language", G_CALLBACK (language_changed_cb), NULL);
}

/* Private API */

VitaeHistory *
_vitae_document_get_recording_history (VitaeDocument *self)
{
  g_assert (VITAE_IS_DOCUMENT (self));

  if (self->history == NULL || _vitae_history_is_replaying (self->history))
    return NULL;

  return self->history;
}

void
_vitae_document_content_changed (VitaeDocument *self)
{
  g_assert (VITAE_IS_DOCUMENT (self));

  self->revision++;
  if (self->history != NULL)
    update_modified (self);
  g_signal_emit (self, signals[CONTENT_CHANGED], 0);
}

void
_vitae_document_update_modified (VitaeDocument *self)
{
  g_assert (VITAE_IS_DOCUMENT (self));

  update_modified (self);
}

/* Public API */

/**
 * vitae_document_new:
 *
 * Returns: (transfer full): a new, empty document
 */
VitaeDocument *
vitae_document_new (void)
{
  return g_object_new (VITAE_TYPE_DOCUMENT, NULL);
}

/**
 * vitae_document_get_history:
 * @self: a #VitaeDocument
 *
 * Returns: (transfer none): the undo history
 */
VitaeHistory *
vitae_document_get_history (VitaeDocument *self)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  return self->history;
}

gboolean
vitae_document_get_modified (VitaeDocument *self)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

/**
 * vitae_document_set_modified:
 * @self: a #VitaeDocument
 * @modified: %FALSE once the document was saved
 *
 * Marks the document as saved (or not). Setting %FALSE remembers the current
 * undo position as the saved state.
 */
void
vitae_document_set_modified (VitaeDocument *self,
                             gboolean       modified)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));

  if (modified)
    self->saved_position = G_MAXUINT64;
  else
    {
      vitae_history_break (self->history);
      self->saved_position = vitae_history_get_position (self->history);
    }

  update_modified (self);
}

/**
 * vitae_document_set_saved_position:
 * @self: a #VitaeDocument
 * @position: a vitae_history_get_position() the document was at
 *
 * Says that the file holds the document as it was at @position, for a save
 * that finished after more changes were made: the document is unmodified
 * again once undo or redo brings it back there.
 */
void
vitae_document_set_saved_position (VitaeDocument *self,
                                   guint64        position)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));

  self->saved_position = position;
  update_modified (self);
}

/**
 * vitae_document_get_revision:
 * @self: a #VitaeDocument
 *
 * Returns: a counter that grows with every change of the content
 */
guint64
vitae_document_get_revision (VitaeDocument *self)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), 0);

  return self->revision;
}

/**
 * vitae_document_get_language:
 * @self: a #VitaeDocument
 *
 * Returns: (nullable): the document language the resume was given, as a
 *   BCP 47 tag, or %NULL
 */
const char *
vitae_document_get_language (VitaeDocument *self)
{
  const char *language;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  language = vitae_node_get_text (VITAE_NODE (self), "language");
  return language[0] != '\0' ? language : NULL;
}

/**
 * vitae_document_set_language:
 * @self: a #VitaeDocument
 * @language: (nullable): a BCP 47 tag, or %NULL for none
 *
 * Sets the document language, in the canonical case of its tag ("pt_BR"
 * becomes "pt-BR"); the change is recorded in the undo history. Text that
 * is no language tag unsets it.
 */
void
vitae_document_set_language (VitaeDocument *self,
                             const char    *language)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (VITAE_IS_DOCUMENT (self));

  normal = vitae_language_normalize (language);
  vitae_node_set_text (VITAE_NODE (self), "language", normal);
}

static void
append_text (GString    *sample,
             const char *text)
{
  if (text != NULL && text[0] != '\0' && sample->len < 64 * 1024)
    {
      g_string_append (sample, text);
      g_string_append_c (sample, '\n');
    }
}

/**
 * vitae_document_detect_language:
 * @self: a #VitaeDocument
 *
 * Guesses the language the resume is written in from its prose: the
 * headline, the summary, the entries' summaries and bullets.
 *
 * Returns: (nullable): a BCP 47 primary tag, or %NULL when unsure
 */
const char *
vitae_document_detect_language (VitaeDocument *self)
{
  g_autoptr(GString) sample = NULL;
  guint n_sections;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  if (self->detected_revision == self->revision)
    return self->detected;

  sample = g_string_new (NULL);
  append_text (sample, vitae_node_get_text (VITAE_NODE (self), "label"));
  append_text (sample, vitae_node_get_text (VITAE_NODE (self), "summary"));

  n_sections = vitae_document_get_n_sections (self);
  for (guint i = 0; i < n_sections; i++)
    {
      GListModel *entries = vitae_section_get_entries (vitae_document_get_section (self, i));
      guint n_entries = g_list_model_get_n_items (entries);

      for (guint j = 0; j < n_entries; j++)
        {
          g_autoptr(VitaeEntry) entry = g_list_model_get_item (entries, j);
          guint n_bullets = vitae_entry_get_n_bullets (entry);

          append_text (sample, vitae_node_get_text (VITAE_NODE (entry), "summary"));
          for (guint k = 0; k < n_bullets; k++)
            append_text (sample, vitae_bullet_get_text (vitae_entry_get_bullet (entry, k)));
        }
    }

  self->detected = vitae_language_detect (sample->str);
  self->detected_revision = self->revision;

  return self->detected;
}

/**
 * vitae_document_get_effective_language:
 * @self: a #VitaeDocument
 *
 * The language the resume prints its headings and dates in: its own,
 * else the language of the user's interface when Vitae has headings for
 * it (as before documents had a language), else English. The text is not
 * consulted, so that headings never change while the user types; imports
 * store the language detected from the text
 * (vitae_document_detect_language()).
 *
 * Returns: a BCP 47 tag
 */
const char *
vitae_document_get_effective_language (VitaeDocument *self)
{
  const char * const *names;
  const char *language;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  if ((language = vitae_document_get_language (self)) != NULL)
    return language;

  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      const VitaeLanguageInfo *info;

      if (g_str_equal (names[i], "C") || g_str_has_prefix (names[i], "C.") || g_str_equal (names[i], "POSIX"))
        break;
      if ((info = vitae_language_lookup (names[i])) != NULL)
        return info->tag;
    }

  return "en";
}

/**
 * vitae_document_get_sections:
 * @self: a #VitaeDocument
 *
 * Returns: (transfer none): a #GListModel of #VitaeSection, in order
 */
GListModel *
vitae_document_get_sections (VitaeDocument *self)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->sections);
}

guint
vitae_document_get_n_sections (VitaeDocument *self)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sections));
}

/**
 * vitae_document_get_section:
 * @self: a #VitaeDocument
 * @position: an index
 *
 * Returns: (transfer none) (nullable): the section at @position
 */
VitaeSection *
vitae_document_get_section (VitaeDocument *self,
                            guint          position)
{
  g_autoptr(VitaeSection) section = NULL;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  /* The store keeps its own reference, so a borrowed pointer is safe. */
  section = g_list_model_get_item (G_LIST_MODEL (self->sections), position);

  return section;
}

/**
 * vitae_document_find_section:
 * @self: a #VitaeDocument
 * @kind: a section kind
 *
 * Returns: (transfer none) (nullable): the first section of @kind
 */
VitaeSection *
vitae_document_find_section (VitaeDocument    *self,
                             VitaeSectionKind  kind)
{
  guint n;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  n = vitae_document_get_n_sections (self);
  for (guint i = 0; i < n; i++)
    {
      VitaeSection *section = vitae_document_get_section (self, i);

      if (vitae_section_get_kind (section) == kind)
        return section;
    }

  return NULL;
}

void
vitae_document_insert_section (VitaeDocument *self,
                               guint          position,
                               VitaeSection  *section)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));
  g_return_if_fail (VITAE_IS_SECTION (section));
  g_return_if_fail (position <= vitae_document_get_n_sections (self));
  g_return_if_fail (vitae_node_get_parent (VITAE_NODE (section)) == NULL);

  _vitae_node_list_insert (VITAE_NODE (self), self->sections, position, VITAE_NODE (section));
}

void
vitae_document_append_section (VitaeDocument *self,
                               VitaeSection  *section)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));

  vitae_document_insert_section (self, vitae_document_get_n_sections (self), section);
}

void
vitae_document_remove_section (VitaeDocument *self,
                               guint          position)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));
  g_return_if_fail (position < vitae_document_get_n_sections (self));

  _vitae_node_list_remove (VITAE_NODE (self), self->sections, position);
}

void
vitae_document_move_section (VitaeDocument *self,
                             guint          from,
                             guint          to)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));
  g_return_if_fail (from < vitae_document_get_n_sections (self));
  g_return_if_fail (to < vitae_document_get_n_sections (self));

  _vitae_node_list_move (VITAE_NODE (self), self->sections, from, to);
}

/**
 * vitae_document_get_profiles:
 * @self: a #VitaeDocument
 *
 * Returns: (transfer none): a #GListModel of #VitaeEntry with the fields
 *   "network", "username" and "url"
 */
GListModel *
vitae_document_get_profiles (VitaeDocument *self)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->profiles);
}

void
vitae_document_insert_profile (VitaeDocument *self,
                               guint          position,
                               VitaeEntry    *profile)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));
  g_return_if_fail (VITAE_IS_ENTRY (profile));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->profiles)));
  g_return_if_fail (vitae_node_get_parent (VITAE_NODE (profile)) == NULL);

  _vitae_node_list_insert (VITAE_NODE (self), self->profiles, position, VITAE_NODE (profile));
}

void
vitae_document_append_profile (VitaeDocument *self,
                               VitaeEntry    *profile)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));

  vitae_document_insert_profile (self, g_list_model_get_n_items (G_LIST_MODEL (self->profiles)), profile);
}

void
vitae_document_remove_profile (VitaeDocument *self,
                               guint          position)
{
  g_return_if_fail (VITAE_IS_DOCUMENT (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->profiles)));

  _vitae_node_list_remove (VITAE_NODE (self), self->profiles, position);
}

/**
 * vitae_document_equal:
 * @a: a #VitaeDocument
 * @b: a #VitaeDocument
 *
 * Returns: %TRUE if both documents hold the same content
 */
gboolean
vitae_document_equal (VitaeDocument *a,
                      VitaeDocument *b)
{
  g_return_val_if_fail (VITAE_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (VITAE_IS_DOCUMENT (b), FALSE);

  return _vitae_node_fields_equal (VITAE_NODE (a), VITAE_NODE (b))
         && _vitae_node_stores_equal (G_LIST_MODEL (a->sections), G_LIST_MODEL (b->sections))
         && _vitae_node_stores_equal (G_LIST_MODEL (a->profiles), G_LIST_MODEL (b->profiles));
}
