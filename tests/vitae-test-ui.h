/* vitae-test-ui.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "vitae-core.h"
#include "vitae-window.h"

/*
 * What the widget tests share: their own temporary folder and start-up,
 * running the main loop for a while or until something holds, copying a
 * sample or writing a long career to open, opening and closing a window on
 * it, and finding widgets in a tree.
 */

static G_GNUC_UNUSED char *tmpdir;

/* Makes tmpdir, named after @name, with the test's own cache folder in it:
 * snapshots of unsaved work never reach the real ~/.cache. Before GTK
 * starts, for a test that puts more of its own folders there. */
static inline void
ui_test_make_tmpdir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("vitae-test-%s-XXXXXX", name);
  g_autofree char *cache = NULL;
  g_autofree char *data = NULL;

  tmpdir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  cache = g_build_filename (tmpdir, "cache", NULL);
  data = g_build_filename (tmpdir, "data", NULL);
  /* Snapshots and recent files stay in the test's own folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
}

/* Starts GTK for tests, libadwaita and the core. */
static inline void
ui_test_start (int    *argc,
               char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  vitae_core_init ();
}

/* Both of the above: what a widget test's main() does first. */
static inline void
ui_test_init (int         *argc,
              char      ***argv,
              const char  *name)
{
  ui_test_make_tmpdir (name);
  ui_test_start (argc, argv);
}

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      if (g_rmdir (path) != 0)
        g_printerr ("could not remove %s: %s\n", path, g_strerror (errno));
    }
  else if (g_unlink (path) != 0)
    g_printerr ("could not remove %s: %s\n", path, g_strerror (errno));
}

/* Removes tmpdir and all the test left in it. */
static inline void
ui_test_cleanup (void)
{
  if (tmpdir != NULL)
    remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
}

/* Runs the main loop for @msec milliseconds. */
static inline void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets the main loop run until @cond holds, for at most 30 s (a busy
 * machine under ASan is slow; nothing here depends on how long it takes). */
#define WAIT_UNTIL(cond) \
  G_STMT_START { \
    gint64 give_up_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < give_up_) \
      iterate (20); \
  } G_STMT_END

/* Copies data/samples/@name into tmpdir, as @as if not %NULL, and returns
 * the copy's path: a test edits and saves its own copy. */
static inline char *
copy_sample_as (const char *name,
                const char *as)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
  g_autofree char *dest = g_build_filename (tmpdir, as ? as : name, NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (source, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (dest, contents, len, NULL));

  return g_steal_pointer (&dest);
}

static inline char *
copy_sample (const char *name)
{
  return copy_sample_as (name, NULL);
}

/* Writes tmpdir/@stem-N.vitae, a career of @n_entries positions of ten
 * bullets each, the bullets taken in turn from the %NULL-terminated
 * @texts, and returns its path. */
static inline char *
write_long_resume (const char        *stem,
                   guint              n_entries,
                   const char *const *texts)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s-%u.vitae", stem, n_entries);
  char *path = g_build_filename (tmpdir, name, NULL);
  guint n_texts = g_strv_length ((char **) texts);

  g_assert_cmpuint (n_texts, >, 0);
  vitae_node_set_text (VITAE_NODE (document), "name", "Long Career");
  for (guint e = 0; e < n_entries; e++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *role = g_strdup_printf ("Engineer %u", e);

      vitae_node_set_text (VITAE_NODE (entry), "role", role);
      vitae_node_set_text (VITAE_NODE (entry), "organization", "Example Works");
      vitae_node_set_text (VITAE_NODE (entry), "start", "2015-03");
      for (guint b = 0; b < 10; b++)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (texts[(e + b) % n_texts]);

          vitae_entry_append_bullet (entry, bullet);
        }
      vitae_section_append_entry (section, entry);
    }
  vitae_document_append_section (document, section);
  g_assert_true (vitae_document_save (document, path, &error));
  g_assert_no_error (error);

  return path;
}

/* A window on the resume at @path, shown at @width × @height (or its
 * default size for -1), once its editor is on screen. */
static inline VitaeWindow *
open_window_sized (const char *path,
                   int         width,
                   int         height)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);

  g_assert_true (vitae_window_open_file (window, file));
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (vitae_window_get_editor (window))));
  iterate (200);

  return window;
}

static inline VitaeWindow *
open_window (const char *path)
{
  return open_window_sized (path, -1, -1);
}

/* Closes @window without asking about unsaved changes. */
static inline void
close_window (VitaeWindow *window)
{
  VitaeDocument *document = vitae_window_get_document (window);

  if (document != NULL)
    vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

static inline GtkWidget *
get_focus (VitaeWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Whether the focus is @widget or inside it. */
static inline gboolean
focus_is_in (VitaeWindow *window,
             GtkWidget   *widget)
{
  GtkWidget *focus = get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget under @widget, in tree order, that @match accepts. */
static inline GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline void
collect_widgets (GtkWidget  *widget,
                 GType       type,
                 const char *css_class,
                 GPtrArray  *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, css_class, found);
}

/* Every widget under @widget, in tree order, of @type and with
 * @css_class if not %NULL. */
static inline GPtrArray *
find_widgets (GtkWidget  *widget,
              GType       type,
              const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (widget, type, css_class, found);

  return found;
}

/* With VITAE_SCREENSHOT_DIR set, saves what @window shows as NAME.png
 * there, to look at the states the tests reach. */
static inline void
screenshot_window (GtkWindow  *window,
                   const char *name)
{
  const char *dir = g_getenv ("VITAE_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  iterate (300);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
  g_test_message ("screenshot: %s", path);
}

#define screenshot(window, name) screenshot_window (GTK_WINDOW (window), name)
