/* test-i18n-window.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window in another language shows no English: run with a language
 * (de, fr, es) as argument, it binds the text domain to the catalogs
 * compiled into the build tree, opens a resume, walks every side panel
 * page, the outline, the menus, Preferences, About, the keyboard shortcuts,
 * the unfilled-slots question and the export chooser, What an ATS Reads
 * and the import review, the question on closing with unsaved changes and
 * the toast of a save, and collects every label, title, tooltip, menu
 * item and accessible name.  A text that is a msgid of the sources' .pot
 * (or matches one with its %s filled in) fails the test unless the
 * language's .po translates it to itself (a name such as "Vitae" or
 * "PDF").  It also checks that the window still fits 360 pixels.
 *
 * With VITAE_SCREENSHOT_DIR set it keeps a PNG of each view.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "vitae-application.h"
#include "vitae-core.h"
#include "vitae-import-review.h"
#include "vitae-parse-check-dialog.h"
#include "vitae-preferences-window.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"

/* This test keeps its own screenshots, named by language. */
#undef screenshot

static const char *language;

/* msgid → TRUE when the .po translates it to itself, FALSE otherwise */
static GHashTable *msgids;
/* GRegex of each msgid with a %-directive, English text around it */
static GPtrArray *patterns;

/* The English text found: text → where */
static GHashTable *english;
static guint n_collected;

/* Catalogs */

static char *
po_unquote (const char *line)
{
  GString *out = g_string_new (NULL);
  const char *p = strchr (line, '"');

  g_assert_nonnull (p);
  for (p++; *p && *p != '"'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          switch (*p)
            {
            case 'n': g_string_append_c (out, '\n'); break;
            case 't': g_string_append_c (out, '\t'); break;
            default: g_string_append_c (out, *p); break;
            }
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  GString  *msgid;
  GString  *msgstr;
  gboolean  plural;
  gboolean  format;
  GString  *field;   /* the one continuation lines go to */
} PoEntry;

/* Calls @func for each entry of the .po or .pot at @path. */
static void
po_parse (const char *path,
          void      (*func) (PoEntry *entry))
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  PoEntry entry = { g_string_new (NULL), g_string_new (NULL), FALSE, FALSE, NULL };
  gboolean have = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *text = NULL;

      if (line[0] == '\0' || g_str_has_prefix (line, "msgctxt"))
        {
          if (have)
            func (&entry);
          g_string_truncate (entry.msgid, 0);
          g_string_truncate (entry.msgstr, 0);
          entry.plural = entry.format = have = FALSE;
          entry.field = NULL;
          if (line[0] == '\0')
            continue;
        }

      if (g_str_has_prefix (line, "#,"))
        entry.format |= strstr (line, "c-format") != NULL && strstr (line, "no-c-format") == NULL;
      else if (line[0] == '#')
        continue;
      else if (g_str_has_prefix (line, "msgctxt"))
        entry.field = NULL;
      else if (g_str_has_prefix (line, "msgid_plural"))
        {
          entry.plural = TRUE;
          entry.field = NULL;
        }
      else if (g_str_has_prefix (line, "msgid "))
        {
          text = po_unquote (line);
          g_string_assign (entry.msgid, text);
          entry.field = entry.msgid;
          have = TRUE;
        }
      else if (g_str_has_prefix (line, "msgstr"))
        {
          text = po_unquote (line);
          /* the first form only */
          entry.field = g_str_has_prefix (line, "msgstr[1]") ? NULL : entry.msgstr;
          if (entry.field != NULL)
            g_string_append (entry.field, text);
        }
      else if (line[0] == '"' && entry.field != NULL)
        {
          text = po_unquote (line);
          g_string_append (entry.field, text);
        }
    }
  if (have)
    func (&entry);

  g_string_free (entry.msgid, TRUE);
  g_string_free (entry.msgstr, TRUE);
}

/* The English letters of @msgid outside its directives: a pattern made of
 * a few letters ("%s: %s") would match any text. */
static guint
count_letters (const char *msgid)
{
  guint n = 0;

  for (const char *p = msgid; *p; p++)
    {
      if (*p == '%')
        {
          p++;
          while (*p && strchr ("0123456789.-+ #'$l", *p))
            p++;
          if (*p == '\0')
            break;
          continue;
        }
      if (g_ascii_isalpha (*p))
        n++;
    }

  return n;
}

static void
add_pattern (const char *msgid)
{
  GString *regex = g_string_new ("^");
  g_autoptr(GError) error = NULL;
  GRegex *compiled;

  for (const char *p = msgid; *p; p++)
    {
      if (*p == '%')
        {
          p++;
          if (*p == '%')
            {
              g_string_append (regex, "%");
              continue;
            }
          while (*p && strchr ("0123456789.-+ #'$l", *p))
            p++;
          if (*p == '\0')
            break;
          g_string_append (regex, "(.+?)");
          continue;
        }
      {
        g_autofree char *c = g_strndup (p, g_utf8_next_char (p) - p);
        g_autofree char *escaped = g_regex_escape_string (c, -1);

        g_string_append (regex, escaped);
        p = g_utf8_next_char (p) - 1;
      }
    }
  g_string_append (regex, "$");

  compiled = g_regex_new (regex->str, G_REGEX_DOTALL | G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  g_ptr_array_add (patterns, compiled);
  g_string_free (regex, TRUE);
}

static void
take_po_entry (PoEntry *entry)
{
  gboolean same = g_str_equal (entry->msgid->str, entry->msgstr->str);

  if (entry->msgid->len == 0)
    return;

  /* Any entry that keeps the text as it is makes it acceptable (a context
   * may translate the same English twice). */
  if (same || !g_hash_table_contains (msgids, entry->msgid->str))
    g_hash_table_insert (msgids, g_strdup (entry->msgid->str), GINT_TO_POINTER (same));
  if (entry->format && !same && count_letters (entry->msgid->str) >= 8)
    add_pattern (entry->msgid->str);
}

static void
take_pot_entry (PoEntry *entry)
{
  /* msgids the .po does not have yet are untranslated */
  if (entry->msgid->len > 0 && !g_hash_table_contains (msgids, entry->msgid->str))
    {
      g_hash_table_insert (msgids, g_strdup (entry->msgid->str), GINT_TO_POINTER (FALSE));
      if (entry->format && count_letters (entry->msgid->str) >= 8)
        add_pattern (entry->msgid->str);
    }
}

static void
load_catalogs (void)
{
  g_autofree char *po = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT"), "po", NULL);
  g_autofree char *name = g_strconcat (language, ".po", NULL);
  g_autofree char *po_path = g_build_filename (po, name, NULL);
  const char *pot_path = g_getenv ("VITAE_TEST_POT");

  msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  /* Without a .po (English) only the narrow window is checked. */
  if (!g_file_test (po_path, G_FILE_TEST_EXISTS))
    return;
  po_parse (po_path, take_po_entry);
  if (pot_path != NULL && g_file_test (pot_path, G_FILE_TEST_EXISTS))
    po_parse (pot_path, take_pot_entry);
  else
    g_test_message ("no current .pot: checking against the msgids of %s only", po_path);
  g_test_message ("%u msgids, %u with directives", g_hash_table_size (msgids), patterns->len);
}

/* Collecting */

static void
check_text (const char *text,
            const char *where)
{
  gpointer same;

  if (text == NULL || text[0] == '\0')
    return;
  n_collected++;

  if (g_hash_table_lookup_extended (msgids, text, NULL, &same))
    {
      if (!GPOINTER_TO_INT (same) && !g_hash_table_contains (english, text))
        g_hash_table_insert (english, g_strdup (text), g_strdup (where));
      return;
    }

  for (guint i = 0; i < patterns->len; i++)
    if (g_regex_match (g_ptr_array_index (patterns, i), text, 0, NULL))
      {
        if (!g_hash_table_contains (english, text))
          g_hash_table_insert (english, g_strdup (text), g_strdup (where));
        return;
      }
}

static void
collect_menu (GMenuModel *model,
              const char *where)
{
  if (model == NULL)
    return;

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_text (label, where);

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &name, &link))
        {
          collect_menu (link, where);
          g_object_unref (link);
        }
    }
}

static void
collect_accessible (GtkWidget  *widget,
                    const char *where)
{
  static const GtkAccessibleProperty properties[] = {
    GTK_ACCESSIBLE_PROPERTY_LABEL,
    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
    GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
  };

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), properties[i]))
      {
        /* The value, when it is not the one asked for (which none is). */
        g_autofree char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), properties[i],
                                                                     "\x01");

        check_text (value, where);
      }
}

static void
collect (GtkWidget  *widget,
         const char *where)
{
  /* Text the user typed is the user's: editables and text views are left
   * alone.  Everything else that shows words is read. */
  static const char * const properties[] = {
    "label", "title", "subtitle", "description", "heading", "body",
    "placeholder-text", "tooltip-text", "tooltip-markup",
    "application-name", "developer-name", "comments", "translator-credits",
  };
  g_autofree char *place = g_strdup_printf ("%s %s", where, G_OBJECT_TYPE_NAME (widget));

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), properties[i]);
      g_autofree char *value = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_READABLE))
        continue;
      /* A GtkText's "text"-like properties never get here; an editable's
       * own label (an AdwEntryRow's title) does. */
      g_object_get (widget, properties[i], &value, NULL);
      check_text (value, place);
    }

  collect_accessible (widget, place);

  if (GTK_IS_MENU_BUTTON (widget))
    collect_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), place);
  if (ADW_IS_SPLIT_BUTTON (widget))
    collect_menu (adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (widget)), place);
  if (GTK_IS_POPOVER_MENU (widget))
    collect_menu (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (widget)), place);
  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

      if (GTK_IS_STRING_LIST (model))
        for (guint i = 0; i < g_list_model_get_n_items (model); i++)
          check_text (gtk_string_list_get_string (GTK_STRING_LIST (model), i), place);
    }
  if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (ADW_VIEW_STACK (widget));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

          check_text (adw_view_stack_page_get_title (page), place);
        }
    }
  if (GTK_IS_FILE_CHOOSER (widget))
    {
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (widget));
      G_GNUC_END_IGNORE_DEPRECATIONS

      for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
        {
          g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

          check_text (gtk_file_filter_get_name (filter), place);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, where);
}

/* Helpers */

/* The toplevel of @type, waiting for it up to 30 s on a busy machine. */
static GtkWidget *
find_toplevel (GType type)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l; l = l->next)
        if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
          return l->data;
      g_main_context_iteration (NULL, FALSE);
    }

  return NULL;
}

/* A widget in the middle of a transition (an AdwFlap folding as the
 * window turns narrow) may have no allocation when a screenshot is taken:
 * GTK warns and draws the rest, which is all a screenshot needs. */
static gboolean
screenshot_warning_is_fatal (const char     *log_domain,
                             GLogLevelFlags  log_level,
                             const char     *message,
                             gpointer        user_data)
{
  return strstr (message, "without a current allocation") == NULL;
}

/* Keeps a PNG of @widget when VITAE_SCREENSHOT_DIR is set. */
static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("VITAE_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;

  iterate (400);
  g_test_log_set_fatal_handler (screenshot_warning_is_fatal, NULL);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strdup_printf ("i18n-%s-%s.png", language, name);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* A resume of every kind of section whose own text is no msgid. */
static char *
make_resume (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autofree char *path = g_build_filename (tmpdir, "i18n.vitae", NULL);
  g_autoptr(GError) error = NULL;

  vitae_node_set_text (VITAE_NODE (document), "name", "Ada Quill");
  vitae_node_set_text (VITAE_NODE (document), "email", "ada@example.org");
  for (guint kind = 0; kind < VITAE_N_SECTION_KINDS; kind++)
    {
      g_autoptr(VitaeSection) section = vitae_section_new (kind);
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *title = g_strdup_printf ("Quill %u", kind + 1);

      guint n_fields = 0;
      const VitaeFieldInfo *fields = vitae_section_kind_get_fields (kind, &n_fields);

      /* Every text field filled, so that every date and label shows. */
      for (guint f = 0; f < n_fields; f++)
        switch (fields[f].type)
          {
          case VITAE_FIELD_DATE:
            vitae_node_set_text (VITAE_NODE (entry), fields[f].key,
                                 g_str_equal (fields[f].key, "end") ? "2023-06" : "2021-04");
            break;
          case VITAE_FIELD_URL:
            vitae_node_set_text (VITAE_NODE (entry), fields[f].key, "https://example.org");
            break;
          case VITAE_FIELD_LIST:
            break;
          case VITAE_FIELD_TEXT:
          case VITAE_FIELD_MULTILINE:
          default:
            vitae_node_set_text (VITAE_NODE (entry), fields[f].key, "Quill Labs");
            break;
          }
      if (vitae_section_kind_has_bullets (kind))
        {
          g_autoptr(VitaeBullet) weak = vitae_bullet_new ("Responsible for the billing service");
          g_autoptr(VitaeBullet) slot = vitae_bullet_new ("Cut [p99 latency] of the search API by caching");
          g_autoptr(VitaeBullet) strong = vitae_bullet_new ("Cut the build from 40 to 9 minutes by caching the dependencies in CI");

          vitae_entry_append_bullet (entry, weak);
          vitae_entry_append_bullet (entry, slot);
          vitae_entry_append_bullet (entry, strong);
        }
      /* The headings the export prints are in the document's language,
       * which is not the window's business: these are the user's own. */
      vitae_node_set_text (VITAE_NODE (section), "title", title);
      vitae_section_append_entry (section, entry);
      vitae_document_append_section (document, section);
    }
  g_assert_true (vitae_document_save (document, path, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
report_english (void)
{
  GHashTableIter iter;
  gpointer text, where;

  g_test_message ("%u texts read", n_collected);
  g_hash_table_iter_init (&iter, english);
  while (g_hash_table_iter_next (&iter, &text, &where))
    g_test_message ("English in %s: “%s”", (const char *) where, (const char *) text);
}

/* Tests */

static void
test_no_english (void)
{
  g_autoptr(VitaeApplication) app = vitae_application_new ();
  g_autofree char *path = make_resume ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  static const char * const pages[] = { "coach", "keywords", "preview" };
  VitaeWindow *window;
  GtkWidget *dialog;
  GtkWidget *overlay;

  if (g_hash_table_size (msgids) == 0)
    {
      g_test_skip ("no catalog for this language");
      return;
    }
  english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = vitae_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  iterate (500);

  /* The outline and every side panel page. */
  adw_flap_set_reveal_flap (window->outline_flap, TRUE);
  gtk_toggle_button_set_active (window->side_panel_button, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (window->side_stack, pages[i]);
      iterate (800);
      collect (GTK_WIDGET (window), pages[i]);
      screenshot (GTK_WIDGET (window), pages[i]);
    }

  /* A job description: the match, its missing keywords, the unknown terms. */
  vitae_keywords_panel_set_job (_vitae_window_get_keywords_panel (window),
                                "We hire a backend engineer: Go, PostgreSQL, Kafka, Kubernetes, AWS. "
                                "Zorblax experience, Zorblax tooling and Zorblax pipelines are a plus.");
  adw_view_stack_set_visible_child_name (window->side_stack, "keywords");
  iterate (800);
  collect (GTK_WIDGET (window), "keywords with a job");
  screenshot (GTK_WIDGET (window), "keywords-job");

  /* Preferences */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  dialog = find_toplevel (VITAE_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (dialog);
  iterate (200);
  collect (dialog, "preferences");
  screenshot (dialog, "preferences");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* About */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  dialog = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (dialog);
  iterate (200);
  collect (dialog, "about");
  screenshot (dialog, "about");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The keyboard shortcuts, as the main menu opens them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  collect (overlay, "shortcuts");
  gtk_window_present (GTK_WINDOW (overlay));
  iterate (300);
  screenshot (overlay, "shortcuts");
  gtk_widget_set_visible (overlay, FALSE);

  /* Export: a [slot] is left, so the window asks first; then the chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  collect (dialog, "unfilled slots");
  screenshot (dialog, "unfilled-slots");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  iterate (200);
  dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER);
  if (dialog != NULL)
    {
      collect (dialog, "export chooser");
      screenshot (dialog, "export");
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      if (GTK_IS_DIALOG (dialog))
        gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      G_GNUC_END_IGNORE_DEPRECATIONS
      iterate (200);
    }
  else
    g_test_message ("no in-process file chooser appeared (a portal is in use)");

  /* What an ATS Reads */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.parse-check", NULL));
  dialog = find_toplevel (VITAE_TYPE_PARSE_CHECK_DIALOG);
  g_assert_nonnull (dialog);
  iterate (300);
  collect (dialog, "parse check");
  screenshot (dialog, "parse-check");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The import review, with a note, a date it kept and a line it left. */
  {
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(VitaeDocument) document = vitae_document_new ();
    g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
    g_autoptr(VitaeEntry) entry = vitae_entry_new ();

    g_ptr_array_add (notes, g_strdup ("Zorblax"));
    vitae_node_set_text (VITAE_NODE (entry), "role", "Zorblax");
    vitae_node_set_text (VITAE_NODE (entry), "start", "Zorblax");
    vitae_section_append_entry (section, entry);
    vitae_document_append_section (document, section);
    dialog = GTK_WIDGET (vitae_import_review_new (GTK_WINDOW (window), document,
                                                  "Zorblax\nQuux quux\n", notes));
    gtk_window_present (GTK_WINDOW (dialog));
    iterate (300);
    collect (dialog, "import review");
    screenshot (dialog, "import-review");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Closing with unsaved changes asks first; saving says so in a toast. */
  vitae_node_set_text (VITAE_NODE (vitae_window_get_document (window)), "name", "Ada Zorblax");
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  collect (dialog, "save changes");
  screenshot (dialog, "save-changes");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  iterate (200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  iterate (500);
  collect (GTK_WIDGET (window->toast_overlay), "toast");

  report_english ();
  g_assert_cmpuint (n_collected, >, 200);
  g_assert_cmpuint (g_hash_table_size (english), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (100);
  g_clear_pointer (&english, g_hash_table_unref);
}

/* The first label under @widget, depth first. */
static GtkWidget *
first_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_label (GTK_LABEL (widget))[0] != '\0')
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_label (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Names the widgets that need more than @over pixels, none of whose
 * children does: where a window that does not fit is too wide. */
static gboolean
report_widest (GtkWidget *widget,
               int        over)
{
  gboolean child_over = FALSE;
  int minimum = 0;

  if (!gtk_widget_get_visible (widget))
    return FALSE;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= over)
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    child_over |= report_widest (child, over);

  if (!child_over)
    {
      GtkWidget *label = first_label (widget);

      g_test_message ("%s needs %d px: “%s”", G_OBJECT_TYPE_NAME (widget), minimum,
                      label ? gtk_label_get_label (GTK_LABEL (label)) : "");
    }

  return TRUE;
}

/* Scrolled content wider than its window is cut off at the right edge
 * (the window's own minimum does not count it): returns how many
 * scrolled windows overflow, naming what in them is too wide. */
static guint
count_overflowing (GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;

  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget));
      int minimum = 0;

      if (child != NULL)
        {
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          if (minimum > gtk_widget_get_width (widget))
            {
              g_test_message ("scrolled content needs %d px, has %d px", minimum, gtk_widget_get_width (widget));
              report_widest (child, gtk_widget_get_width (widget) - 40);
              n++;
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_overflowing (child);

  return n;
}

/* The longer words of the language still fit a phone's 360 pixels: the
 * window dragged down from wide turns narrow on the way, as in
 * test-editor-layout, and nothing in it needs more. */
static void
test_narrow (void)
{
  g_autofree char *path = make_resume ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VitaeWindow *window = vitae_window_new (NULL);
  gint64 give_up;
  int minimum = 0, header = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  g_assert_true (vitae_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  iterate (500);

  /* Dragged down: the window turns narrow on the way, which lets it go
   * further. */
  give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (window)) > 360 && g_get_monotonic_time () < give_up)
    {
      /* A second apart, so that the flaps' animations end in between. */
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
      iterate (1000);
    }
  iterate (300);

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window->header_bar), GTK_ORIENTATION_HORIZONTAL, -1, &header, NULL, NULL, NULL);
  g_test_message ("%s: window %d px wide, needs %d px; header bar needs %d px", language,
                  gtk_widget_get_width (GTK_WIDGET (window)), minimum, header);
  screenshot (GTK_WIDGET (window), "narrow");
  if (minimum > 360)
    report_widest (GTK_WIDGET (window), 300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (header, <=, 360);
  g_assert_cmpuint (count_overflowing (GTK_WIDGET (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (100);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("VITAE_TEST_LOCALEDIR");
  int ret;

  /* The language comes first, before GTK or GLib translate a word. */
  for (int i = 1; i < argc && language == NULL; i++)
    if (g_regex_match_simple ("^[a-z][a-z][a-z]?(_[A-Z][A-Z])?$", argv[i], 0, 0))
      language = argv[i];
  if (language == NULL)
    language = "de";
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name (_("Vitae"));

  ui_test_make_tmpdir ("i18n");
  {
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  ui_test_start (&argc, &argv);
  load_catalogs ();

  g_test_add_func ("/vitae/i18n/no-english", test_no_english);
  g_test_add_func ("/vitae/i18n/narrow", test_narrow);

  ret = g_test_run ();

  ui_test_cleanup ();
  g_clear_pointer (&msgids, g_hash_table_unref);
  g_clear_pointer (&patterns, g_ptr_array_unref);

  return ret;
}
