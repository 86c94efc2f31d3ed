/* test-fonts.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <poppler.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-fonts.h"
#include "vitae-template.h"

/*
 * The renderer's private font sets (vitae-fonts.c): a resume in the
 * templates' scripts is laid out with a few dozen fonts instead of all the
 * system's, with the same fonts chosen; text the private fonts cannot draw
 * goes to the system's fonts, never to missing-glyph boxes.
 */

/* Text in the scripts the fallback set is for. */
#define FALLBACK_TEXT "Backend 后端服务 バックエンド 백엔드 خدمات שירותים Сервисы"

static VitaeDocument *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "senior-backend.vitae", NULL);
  VitaeDocument *document = vitae_document_load (path, &error);

  g_assert_no_error (error);
  return document;
}

static gboolean
system_has_family (const char *family)
{
  FcFontSet *set = FcConfigGetFonts (FcConfigGetCurrent (), FcSetSystem);

  for (int i = 0; set != NULL && i < set->nfont; i++)
    {
      FcChar8 *value;

      for (int id = 0; FcPatternGetString (set->fonts[i], FC_FAMILY, id, &value) == FcResultMatch; id++)
        if (FcStrCmpIgnoreCase (value, (const FcChar8 *) family) == 0)
          return TRUE;
    }

  return FALSE;
}

static gboolean
system_has_char (gunichar c)
{
  FcFontSet *set = FcConfigGetFonts (FcConfigGetCurrent (), FcSetSystem);

  for (int i = 0; set != NULL && i < set->nfont; i++)
    {
      FcCharSet *charset;

      if (FcPatternGetCharSet (set->fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch &&
          FcCharSetHasChar (charset, c))
        return TRUE;
    }

  return FALSE;
}

static gboolean
have_private_fonts (void)
{
  if (_vitae_fonts_get_n_private (FALSE) == 0)
    {
      g_test_skip ("The templates' fonts are not installed");
      return FALSE;
    }

  return TRUE;
}

/* A resume in Latin script gets the small set, a fraction of the system's
 * fonts, which holds the templates' first families. */
static void
test_private_set (void)
{
  g_autoptr(VitaeDocument) document = load_sample ();
  FcFontSet *system = FcConfigGetFonts (FcConfigGetCurrent (), FcSetSystem);
  PangoFontMap *font_map;

  if (!have_private_fonts ())
    return;

  font_map = _vitae_fonts_get_font_map (document);
  g_assert_true (font_map == _vitae_fonts_get_private (FALSE));
  g_assert_true (font_map != pango_cairo_font_map_get_default ());

  g_assert_cmpuint (_vitae_fonts_get_n_private (FALSE), <, (guint) system->nfont);
  g_assert_cmpuint (_vitae_fonts_get_n_private (FALSE), <=, _vitae_fonts_get_n_private (TRUE));
  g_assert_true (_vitae_fonts_covers (FALSE, "Résumé – naïve café, Zürich “quoted” • 2026"));

  /* The small set lays Noto Serif out for the classic template. */
  {
    PangoContext *context = pango_font_map_create_context (font_map);
    PangoFontDescription *description = pango_font_description_from_string ("Noto Serif, serif 10.5");
    PangoFont *font = pango_font_map_load_font (font_map, context, description);
    PangoFontDescription *loaded = pango_font_describe (font);

    if (system_has_family ("Noto Serif"))
      g_assert_cmpstr (pango_font_description_get_family (loaded), ==, "Noto Serif");
    pango_font_description_free (loaded);
    pango_font_description_free (description);
    g_object_unref (font);
    g_object_unref (context);
  }
}

/* Chinese, Japanese, Korean, Arabic and Hebrew take the set with the
 * fallbacks, when their fonts are installed. */
static void
test_fallback_set (void)
{
  g_autoptr(VitaeDocument) document = load_sample ();

  if (!have_private_fonts ())
    return;

  vitae_node_set_text (VITAE_NODE (document), "summary", FALLBACK_TEXT);

  if (!_vitae_fonts_covers (TRUE, FALLBACK_TEXT))
    {
      g_test_skip ("No fonts for Chinese, Japanese, Korean, Arabic or Hebrew");
      return;
    }

  g_assert_false (_vitae_fonts_covers (FALSE, "后端服务"));
  g_assert_true (_vitae_fonts_get_font_map (document) == _vitae_fonts_get_private (TRUE));
}

/* A character none of the private fonts has, but one of the system's
 * does, sends the whole document to the system's fonts. */
static void
test_system_fallback (void)
{
  /* Thai, Devanagari, Georgian, Armenian, Ethiopic, Tamil. */
  static const gunichar candidates[] = { 0x0E01, 0x0915, 0x10D0, 0x0531, 0x1200, 0x0B95 };
  g_autoptr(VitaeDocument) document = load_sample ();
  gunichar found = 0;
  char text[8] = { 0 };

  if (!have_private_fonts ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && found == 0; i++)
    {
      text[g_unichar_to_utf8 (candidates[i], text)] = '\0';
      if (!_vitae_fonts_covers (TRUE, text) && system_has_char (candidates[i]))
        found = candidates[i];
    }
  if (found == 0)
    {
      g_test_skip ("No installed font has a script the private sets lack");
      return;
    }

  /* In a bullet, deep in the document. */
  {
    VitaeSection *section = vitae_document_get_section (document, vitae_document_get_n_sections (document) - 1);
    g_autoptr(VitaeEntry) entry = NULL;
    g_autofree char *bullet = g_strdup_printf ("Taught a class in %s", text);

    for (guint i = 0; i < vitae_document_get_n_sections (document) && entry == NULL; i++)
      {
        GListModel *entries = vitae_section_get_entries (vitae_document_get_section (document, i));

        if (g_list_model_get_n_items (entries) > 0)
          {
            entry = g_list_model_get_item (entries, 0);
            section = vitae_document_get_section (document, i);
          }
      }
    g_assert_nonnull (section);
    g_assert_nonnull (entry);
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry), >, 0);
    vitae_node_set_text (VITAE_NODE (vitae_entry_get_bullet (entry, 0)), "text", bullet);
    g_assert_cmpstr (vitae_bullet_get_text (vitae_entry_get_bullet (entry, 0)), ==, bullet);
  }

  g_assert_true (_vitae_fonts_get_font_map (document) == pango_cairo_font_map_get_default ());
  /* Invisible format characters need no font. */
  g_assert_true (_vitae_fonts_covers (FALSE, "a\u200Db\u200Ec\u00AD"));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The font names in @pdf, without subset prefixes, and its text. */
static char *
describe_pdf (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  PopplerFontInfo *info = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  PopplerFontsIter *iter = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  info = poppler_font_info_new (document);
  while (poppler_font_info_scan (info, 1, &iter) && iter != NULL)
    {
      do
        {
          const char *name = poppler_fonts_iter_get_name (iter);
          const char *plus = name ? strchr (name, '+') : NULL;

          g_ptr_array_add (names, g_strdup (plus ? plus + 1 : name ? name : "?"));
        }
      while (poppler_fonts_iter_next (iter));
      g_clear_pointer (&iter, poppler_fonts_iter_free);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (names, i));

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append_printf (out, "--- page %d\n%s\n", i + 1, text);
      g_object_unref (page);
    }
  g_object_unref (info);
  g_object_unref (document);

  return g_string_free (out, FALSE);
}

static char *
export (const char *input,
        const char *template_id,
        const char *pdf,
        gboolean    system_fonts)
{
  const char *argv[] = { g_getenv ("VITAE_EXE"), "export", input, "--template", template_id, "-o", pdf, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  envp = system_fonts ? g_environ_setenv (envp, "VITAE_SYSTEM_FONTS", "1", TRUE)
                      : g_environ_unsetenv (envp, "VITAE_SYSTEM_FONTS");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return describe_pdf (pdf);
}

/* `vitae export` embeds the same fonts and prints the same text with the
 * private sets as with all the system's fonts, in every template, for the
 * sample and for the sample with text in the fallbacks' scripts, or with
 * symbols and emoji. */
static void
test_same_output (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitae-test-fonts-XXXXXX", &error);
  g_autoptr(VitaeDocument) document = load_sample ();
  g_autofree char *sample = g_build_filename (dir, "sample.vitae", NULL);
  g_autofree char *scripts = g_build_filename (dir, "scripts.vitae", NULL);
  g_autofree char *symbols = g_build_filename (dir, "symbols.vitae", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  const char *inputs[] = { sample, scripts, symbols };

  g_assert_no_error (error);
  g_assert_true (vitae_document_save (document, sample, &error));
  g_assert_no_error (error);
  vitae_node_set_text (VITAE_NODE (document), "summary", FALLBACK_TEXT);
  g_assert_true (vitae_document_save (document, scripts, &error));
  g_assert_no_error (error);
  vitae_node_set_text (VITAE_NODE (document), "summary", "Symbols ★ ✓ ⚙ → ♫ and emoji 🚀 ✅");
  g_assert_true (vitae_document_save (document, symbols, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < vitae_template_get_count (); i++)
    for (guint k = 0; k < G_N_ELEMENTS (inputs); k++)
      {
        const char *id = vitae_template_get_nth (i)->id;
        g_autofree char *private = export (inputs[k], id, pdf, FALSE);
        g_autofree char *system = export (inputs[k], id, pdf, TRUE);

        g_test_message ("%s, %s:\n%.200s", id, inputs[k], private);
        g_assert_cmpstr (private, ==, system);
      }

  g_unlink (sample);
  g_unlink (scripts);
  g_unlink (symbols);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/vitae/fonts/private-set", test_private_set);
  g_test_add_func ("/vitae/fonts/fallback-set", test_fallback_set);
  g_test_add_func ("/vitae/fonts/system-fallback", test_system_fallback);
  g_test_add_func ("/vitae/fonts/same-output", test_same_output);

  return g_test_run ();
}
