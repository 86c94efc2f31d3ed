/* test-language-ui.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Document Language row in the editor's Basics: it shows the
 * document's language, sets it through the model (so that Undo takes it
 * back) and follows the document when it changes otherwise. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "vitae-core.h"
#include "vitae-editor.h"
#include "vitae-language.h"

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The position of @tag's endonym in the row's list. */
static guint
position_of (AdwComboRow *row,
             const char  *tag)
{
  GListModel *model = adw_combo_row_get_model (row);
  const char *endonym = vitae_language_get_endonym (tag);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), endonym))
      return i;

  g_assert_not_reached ();
  return 0;
}

static void
test_picker (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  VitaeHistory *history = vitae_document_get_history (document);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = vitae_editor_new ();
  AdwComboRow *row;
  const VitaeLanguageInfo *list;
  guint n;

  gtk_window_set_child (GTK_WINDOW (window), editor);
  vitae_editor_set_document (VITAE_EDITOR (editor), document);

  row = ADW_COMBO_ROW (find_row (editor, "Document Language"));
  g_assert_nonnull (row);

  /* Every document language is offered by its own name, after "none". */
  list = vitae_language_get_supported (&n);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, n + 1);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  /* Picking a language sets the document's, undoably. */
  adw_combo_row_set_selected (row, position_of (row, "de"));
  g_assert_cmpstr (vitae_document_get_language (document), ==, "de");
  g_assert_true (vitae_history_get_can_undo (history));
  g_assert_true (vitae_history_undo (history));
  g_assert_null (vitae_document_get_language (document));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  /* A language set elsewhere (an import, a redo) shows; a regional tag
   * shows as its language and is not rewritten by showing it. */
  vitae_document_set_language (document, "pt-BR");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, position_of (row, "pt"));
  g_assert_cmpstr (vitae_document_get_language (document), ==, "pt-BR");

  adw_combo_row_set_selected (row, position_of (row, "he"));
  g_assert_cmpstr (vitae_document_get_language (document), ==, "he");

  /* "Same as Interface" removes the document's own. */
  adw_combo_row_set_selected (row, 0);
  g_assert_null (vitae_document_get_language (document));

  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (position_of (row, list[i].tag), ==, i + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();
  adw_init ();

  g_test_add_func ("/language-ui/picker", test_picker);

  return g_test_run ();
}
