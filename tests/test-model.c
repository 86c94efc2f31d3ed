/* test-model.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "vitae-core.h"

static VitaeDocument *
make_document (void)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Cut p99 latency from 3.2s to 180ms");

  vitae_node_set_text (VITAE_NODE (document), "name", "Ana Núñez");
  vitae_node_set_text (VITAE_NODE (entry), "organization", "Acme");
  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);
  vitae_history_clear (vitae_document_get_history (document));
  vitae_document_set_modified (document, FALSE);

  return document;
}

static void
count_cb (gpointer  instance,
          gpointer  arg,
          guint    *count)
{
  (*count)++;
}

static void
test_fields (void)
{
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  const char * const keywords[] = { "Go", "PostgreSQL", NULL };
  guint changes = 0, role_changes = 0;

  g_signal_connect (entry, "changed", G_CALLBACK (count_cb), &changes);
  g_signal_connect (entry, "changed::role", G_CALLBACK (count_cb), &role_changes);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "");
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "role"));

  vitae_node_set_text (VITAE_NODE (entry), "role", "Engineer");
  vitae_node_set_text (VITAE_NODE (entry), "role", "Engineer");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (entry), "role"), ==, "Engineer");
  g_assert_cmpuint (role_changes, ==, 1);

  vitae_node_set_list (VITAE_NODE (entry), "keywords", keywords);
  g_assert_cmpstrv (vitae_node_get_list (VITAE_NODE (entry), "keywords"), keywords);
  g_assert_cmpuint (changes, ==, 2);

  /* Clearing with "" or NULL removes the field. */
  vitae_node_set_text (VITAE_NODE (entry), "role", "");
  g_assert_false (vitae_node_has (VITAE_NODE (entry), "role"));
  vitae_node_set_list (VITAE_NODE (entry), "keywords", NULL);
  g_assert_cmpuint (g_strv_length ((char **) vitae_node_get_list (VITAE_NODE (entry), "keywords")), ==, 0);
  g_assert_cmpuint (changes, ==, 4);

  g_assert_finalize_object (g_steal_pointer (&entry));
}

static void
test_items_changed (void)
{
  g_autoptr(VitaeDocument) document = make_document ();
  VitaeSection *section = vitae_document_get_section (document, 0);
  VitaeEntry *entry = vitae_section_get_entry (section, 0);
  g_autoptr(VitaeBullet) second = vitae_bullet_new ("Second");
  guint content_changes = 0;

  g_signal_connect (document, "content-changed", G_CALLBACK (count_cb), &content_changes);

  vitae_entry_append_bullet (entry, second);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
  g_assert_true (vitae_bullet_get_entry (second) == entry);
  g_assert_true (vitae_node_get_document (VITAE_NODE (second)) == document);
  g_assert_cmpuint (content_changes, ==, 1);

  vitae_entry_move_bullet (entry, 1, 0);
  g_assert_true (vitae_entry_get_bullet (entry, 0) == second);

  vitae_entry_remove_bullet (entry, 0);
  g_assert_null (vitae_node_get_document (VITAE_NODE (second)));
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 1);
}

static void
test_undo_redo (void)
{
  g_autoptr(VitaeDocument) document = make_document ();
  VitaeHistory *history = vitae_document_get_history (document);
  VitaeSection *section = vitae_document_get_section (document, 0);
  VitaeEntry *entry = vitae_section_get_entry (section, 0);
  VitaeBullet *bullet = vitae_entry_get_bullet (entry, 0);
  g_autoptr(VitaeEntry) added = vitae_entry_new ();

  g_assert_false (vitae_history_get_can_undo (history));
  g_assert_false (vitae_document_get_modified (document));

  /* Typing merges into one step… */
  vitae_bullet_set_text (bullet, "C");
  vitae_bullet_set_text (bullet, "Cu");
  vitae_bullet_set_text (bullet, "Cut");
  g_assert_true (vitae_document_get_modified (document));
  /* …until a break. */
  vitae_history_break (history);
  vitae_bullet_set_text (bullet, "Cut costs");

  vitae_section_append_entry (section, added);
  vitae_section_move_entry (section, 1, 0);
  g_assert_true (vitae_section_get_entry (section, 0) == added);

  g_assert_true (vitae_history_undo (history));   /* the move */
  g_assert_true (vitae_section_get_entry (section, 1) == added);
  g_assert_true (vitae_history_undo (history));   /* the insertion */
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 1);
  g_assert_true (vitae_history_undo (history));   /* " costs" */
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, "Cut");
  g_assert_true (vitae_history_undo (history));   /* "Cut" */
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, "Cut p99 latency from 3.2s to 180ms");
  g_assert_false (vitae_history_undo (history));
  g_assert_false (vitae_document_get_modified (document));

  g_assert_true (vitae_history_redo (history));
  g_assert_true (vitae_history_redo (history));
  g_assert_true (vitae_history_redo (history));
  g_assert_cmpuint (vitae_section_get_n_entries (section), ==, 2);
  g_assert_cmpstr (vitae_bullet_get_text (bullet), ==, "Cut costs");
  g_assert_true (vitae_document_get_modified (document));

  /* A new change drops what could be redone. */
  vitae_node_set_text (VITAE_NODE (document), "name", "Ana");
  g_assert_false (vitae_history_get_can_redo (history));
}

static void
test_group_and_save_point (void)
{
  g_autoptr(VitaeDocument) document = make_document ();
  VitaeHistory *history = vitae_document_get_history (document);
  VitaeSection *section = vitae_document_get_section (document, 0);
  g_autoptr(VitaeSection) skills = vitae_section_new (VITAE_SECTION_SKILLS);

  vitae_history_begin_group (history);
  vitae_document_append_section (document, skills);
  vitae_node_set_text (VITAE_NODE (skills), "title", "Technical Skills");
  vitae_document_remove_section (document, 0);
  vitae_history_end_group (history);

  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 1);
  vitae_document_set_modified (document, FALSE);
  g_assert_false (vitae_document_get_modified (document));

  g_assert_true (vitae_history_undo (history));
  g_assert_cmpuint (vitae_document_get_n_sections (document), ==, 1);
  g_assert_true (vitae_document_get_section (document, 0) == section);
  g_assert_true (vitae_document_get_modified (document));
  g_assert_true (vitae_history_redo (history));
  g_assert_false (vitae_document_get_modified (document));
  g_assert_cmpstr (vitae_section_get_title (vitae_document_get_section (document, 0)), ==, "Technical Skills");
}

static void
test_copy_equal (void)
{
  g_autoptr(VitaeDocument) a = make_document ();
  g_autoptr(VitaeDocument) b = make_document ();
  VitaeSection *section = vitae_document_get_section (a, 0);
  g_autoptr(VitaeSection) copy = vitae_section_copy (section);

  g_assert_true (vitae_document_equal (a, b));
  vitae_bullet_set_text (vitae_entry_get_bullet (vitae_section_get_entry (section, 0), 0), "x");
  g_assert_false (vitae_document_equal (a, b));

  g_assert_cmpuint (vitae_section_get_n_entries (copy), ==, 1);
  g_assert_null (vitae_node_get_document (VITAE_NODE (copy)));
  g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (vitae_section_get_entry (copy, 0), 0)), ==, "Cut p99 latency from 3.2s to 180ms");
}

static void
test_section_kinds (void)
{
  for (guint i = 0; i < VITAE_N_SECTION_KINDS; i++)
    {
      VitaeSectionKind kind;

      g_assert_true (vitae_section_kind_from_id (vitae_section_kind_to_id (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (vitae_section_kind_get_title (i));
    }
  {
    VitaeSectionKind kind;

    g_assert_false (vitae_section_kind_from_id ("basics", &kind));
    g_assert_false (vitae_section_kind_from_id (NULL, &kind));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/model/fields", test_fields);
  g_test_add_func ("/vitae/model/items-changed", test_items_changed);
  g_test_add_func ("/vitae/model/undo-redo", test_undo_redo);
  g_test_add_func ("/vitae/model/group-and-save-point", test_group_and_save_point);
  g_test_add_func ("/vitae/model/copy-equal", test_copy_equal);
  g_test_add_func ("/vitae/model/section-kinds", test_section_kinds);

  return g_test_run ();
}
