/* test-import-pdf.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the PDF reader turns positioned glyphs into lines, columns and item
 * marks (vitae-text-reader-pdf.c, vitae-text-reader-bidi.c), on pages
 * drawn in the layouts met in real resumes, in our own words. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-import.h"
#include "vitae-template.h"
#include "vitae-text-reader.h"
#include "vitae-text-reader-private.h"
#include "vitae-test-draw.h"

/* Whether a line of @lines reads @text exactly, or (@prefix) starts so. */
static gboolean
has_line (GPtrArray  *lines,
          const char *text,
          gboolean    prefix)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = ((VitaeTextLine *) g_ptr_array_index (lines, i))->text;

      if (prefix ? g_str_has_prefix (line, text) : g_strcmp0 (line, text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Item marks printed by an HTML-to-PDF tool as a glyph a few tenths of a
 * point tall, at the item's first letter and a little below its middle
 * (FlowCV does so). Alone, each would be a row of its own between the
 * item's first two lines, and the items would run together. */
static void
draw_tiny_marks (cairo_t *cr)
{
  static const char * const items[] = {
    "Rewrote the tide table importer so that a whole season of readings loads in under two seconds",
    "Drew the harbour dashboard with plain SVG, no chart library",
    "Ran the volunteer sign-up form for three regattas and answered every e-mail within a day",
  };
  double y;

  draw_text (cr, 40, 40, "Ingrid Solberg", 20, TRUE);
  draw_text (cr, 40, 70, "ingrid.solberg@example.no", 10, FALSE);
  draw_text (cr, 40, 110, "Projects", 12, TRUE);
  draw_text (cr, 60, 130, "Harbour Watch", 10, TRUE);
  y = 146;
  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      double height = draw_wrapped (cr, 70, y, 300, items[k], 10);

      /* The mark: 0.7 points, at the first letter, a little below the
       * middle of the first line, or further below (on a row of its own
       * between the item's first two lines). */
      draw_text (cr, 70, y + (k == 0 ? 7 : 11), "•", 0.7, FALSE);
      y += height + 4;
    }
}

static void
test_tiny_marks (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_tiny_marks);
  g_autoptr(VitaeDocument) document = import_drawn (draw_tiny_marks);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_PROJECTS, 0);

  /* Each mark starts its item's first line. */
  g_assert_false (has_line (lines, "•", FALSE));
  g_assert_true (has_line (lines, "• Rewrote the tide table", TRUE));
  g_assert_true (has_line (lines, "• Drew the harbour dashboard", TRUE));
  g_assert_true (has_line (lines, "• Ran the volunteer sign-up form", TRUE));
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==,
                   "Rewrote the tide table importer so that a whole season of readings loads in under two seconds");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Drew the harbour dashboard with plain SVG, no chart library");
  g_assert_cmpstr (bullet_text (entry, 2), ==,
                   "Ran the volunteer sign-up form for three regattas and answered every e-mail within a day");
}

/* Draws @text with its right end at @right, as a right-to-left document
 * sets every line, in the Arabic face Vitae's templates use. */
static void
draw_right (cairo_t    *cr,
            double      right,
            double      y,
            const char *text,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("Noto Naskh Arabic, DejaVu Sans%s %g", bold ? " Bold" : "", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, right - (double) logical.width / PANGO_SCALE, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* An Arabic page whose last line has Latin letters alone. poppler's
 * selections leave the last line of such a page out, and its word
 * selection, which has it, gives its words from the right, two of them
 * glued ("MakeDocker, Git, Tools:"); a line of Latin letters that poppler
 * does select lacks the space its runs leave out ("Tools:Git"). */
static void
draw_rtl_latin_last (cairo_t *cr)
{
  draw_right (cr, 555, 40, "ليلى حسن", 20, TRUE);
  draw_right (cr, 555, 72, "laila.hassan@example.org", 10, FALSE);
  draw_right (cr, 555, 110, "الخبرة", 13, TRUE);
  draw_right (cr, 555, 132, "مطورة واجهات في شركة الواحة", 10, TRUE);
  draw_right (cr, 555, 150, "• صممت صفحات الحجز للفنادق الصغيرة", 10, FALSE);
  draw_right (cr, 555, 168, "• كتبت دليلا لفريق الدعم", 10, FALSE);
  draw_right (cr, 555, 206, "المهارات", 13, TRUE);
  draw_right (cr, 555, 228, "لغات البرمجة: Go, Python", 10, FALSE);
  draw_right (cr, 555, 246, "Tools: Git, Docker, Make", 10, FALSE);
}

static void
test_rtl_latin_last (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_rtl_latin_last);
  g_autoptr(GBytes) pdf = drawn_pdf (draw_rtl_latin_last);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = vitae_pdf_read_text (pdf, &error);

  g_assert_no_error (error);
  g_assert_true (has_line (lines, "Tools: Git, Docker, Make", FALSE));
  /* poppler puts spaces between some joined Arabic letters ("ل غات"):
   * they are no spaces. */
  g_assert_true (has_line (lines, "لغات البرمجة: Go, Python", FALSE));
  g_assert_true (has_line (lines, "مطورة واجهات في شركة الواحة", FALSE));
  /* poppler's word selection, which has the lines its other selections
   * leave out, cuts a line in two at a ligature ("دليلا"): the halves
   * are that line, not lines of their own. */
  {
    guint n = 0;

    for (guint i = 0; i < lines->len; i++)
      n += strstr (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, "الدعم") != NULL;
    g_assert_cmpuint (n, ==, 1);
  }
  /* The text the parse check reads is the same. */
  g_assert_nonnull (strstr (text, "Tools: Git, Docker, Make"));
}

/* The same in Vitae's own exports of an Arabic and a Hebrew resume whose
 * last skills group is named in English: with some templates poppler's
 * selections leave that last line out, and only its word selection has
 * it, from the right. */
static const char * const rtl_latin_resumes[] = {
  "{ \"basics\": { \"name\": \"ليلى حسن\", \"email\": \"laila.hassan@example.org\" },"
  "  \"work\": [ { \"name\": \"شركة الواحة\", \"position\": \"مطورة واجهات\", \"startDate\": \"2021-04\","
  "      \"highlights\": [ \"صممت صفحات الحجز للفنادق الصغيرة\" ] } ],"
  "  \"skills\": [ { \"name\": \"لغات البرمجة\", \"keywords\": [ \"Go\", \"Python\" ] },"
  "    { \"name\": \"Tools\", \"keywords\": [ \"Git\", \"Docker\", \"Make\" ] } ],"
  "  \"meta\": { \"language\": \"ar\" } }",
  "{ \"basics\": { \"name\": \"נועה לוי\", \"email\": \"noa.levi@example.org\" },"
  "  \"work\": [ { \"name\": \"סטודיו תבור\", \"position\": \"מפתחת\", \"startDate\": \"2020-02\","
  "      \"highlights\": [ \"בניתי את מערכת התורים של המרפאה\" ] } ],"
  "  \"skills\": [ { \"name\": \"שפות תכנות\", \"keywords\": [ \"Rust\", \"Kotlin\" ] },"
  "    { \"name\": \"Tools\", \"keywords\": [ \"Git\", \"Docker\", \"Make\" ] } ],"
  "  \"meta\": { \"language\": \"he\" } }",
};

static void
test_rtl_latin_last_export (void)
{
  g_autofree char *ids = vitae_template_dup_ids (",");
  g_auto(GStrv) templates = g_strsplit (ids, ",", -1);

  for (guint f = 0; f < G_N_ELEMENTS (rtl_latin_resumes); f++)
    for (guint t = 0; templates[t] != NULL; t++)
      {
        g_autoptr(GBytes) json = g_bytes_new_static (rtl_latin_resumes[f], strlen (rtl_latin_resumes[f]));
        g_autoptr(GError) error = NULL;
        g_autoptr(VitaeDocument) document = vitae_import_bytes (json, VITAE_IMPORT_JSON, "rtl.json", NULL, &error);
        g_autoptr(GBytes) pdf = NULL;
        g_autoptr(VitaeDocument) imported = NULL;
        VitaeRenderOptions options;
        VitaeEntry *tools;
        const char * const *keywords;

        g_assert_no_error (error);
        vitae_render_options_init (&options);
        options.template_id = templates[t];
        pdf = vitae_export_render (document, &options, VITAE_EXPORT_PDF, &error);
        g_assert_no_error (error);
        imported = vitae_import_bytes (pdf, VITAE_IMPORT_PDF, "export.pdf", NULL, &error);
        g_assert_no_error (error);
        g_test_message ("%s, %s", f == 0 ? "ar" : "he", templates[t]);
        tools = entry_at (imported, VITAE_SECTION_SKILLS, 1);
        g_assert_nonnull (tools);
        g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (tools), "title"), ==, "Tools");
        keywords = vitae_node_get_list (VITAE_NODE (tools), "keywords");
        g_assert_nonnull (keywords);
        g_assert_cmpstr (keywords[0], ==, "Git");
        g_assert_cmpstr (keywords[1], ==, "Docker");
        g_assert_cmpstr (keywords[2], ==, "Make");
        g_assert_null (keywords[3]);
      }
}

/* Draws the words of @text one by one, as Canva places them: a line of
 * a paragraph justified to @measure points (its spaces all as wide), or,
 * with @measure 0, spaced 0.9 em apart, this design's usual space. */
static void
draw_spaced (cairo_t    *cr,
             double      x,
             double      y,
             const char *text,
             double      measure)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  g_autofree double *widths = g_new0 (double, n + 1);
  PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans 9");
  double total = 0, space;

  for (guint k = 0; k < n; k++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoRectangle logical;

      pango_layout_set_font_description (layout, description);
      pango_layout_set_text (layout, words[k], -1);
      pango_layout_get_extents (layout, NULL, &logical);
      widths[k] = (double) logical.width / PANGO_SCALE;
      total += widths[k];
      g_object_unref (layout);
    }
  pango_font_description_free (description);
  /* DejaVu Sans 9 is set 12 points large on the page. */
  space = measure > 0 && n > 1 ? (measure - total) / (n - 1) : 0.9 * 12;
  for (guint k = 0; k < n; k++)
    {
      draw_text (cr, x, y, words[k], 9, FALSE);
      x += widths[k] + space;
    }
}

/* A Canva design whose text has spaces near an em wide: a justified line
 * of few words has spaces wider than two ems (which would read as
 * tabs), and a paragraph's last line of two words has one space twice
 * as wide as a usual one (which would read as a tab too). */
static void
draw_loose_spaces (cairo_t *cr)
{
  const double measure = 400;

  draw_text (cr, 60, 40, "Sunniva Dahl", 20, TRUE);
  draw_text (cr, 60, 70, "sunniva.dahl@example.no", 10, FALSE);
  draw_text (cr, 60, 110, "Experience", 12, TRUE);
  draw_text (cr, 60, 132, "Harbour Cleanup Crew, Volunteer", 10, TRUE);
  draw_text (cr, 380, 132, "2019 – 2021", 10, FALSE);
  draw_spaced (cr, 60, 152, "- Led weekend crews that cleared litter from", measure);
  draw_spaced (cr, 60, 166, "the four old harbours", measure);
  draw_spaced (cr, 60, 180, "every spring.", 0);
  draw_spaced (cr, 60, 200, "- Kept the tool shed stocked and logged each loan", 0);
  draw_spaced (cr, 60, 220, "- Showed new volunteers how to keep glass and", measure);
  draw_spaced (cr, 60, 234, "metal apart.", 0);
}

static void
test_loose_spaces (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_loose_spaces);
  g_autoptr(VitaeDocument) document = import_drawn (draw_loose_spaces);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_true (has_line (lines, "the four old harbours", FALSE));
  g_assert_true (has_line (lines, "every spring.", FALSE));
  g_assert_true (has_line (lines, "metal apart.", FALSE));
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 3);
  g_assert_cmpstr (bullet_text (entry, 0), ==, "Led weekend crews that cleared litter from the four old harbours every spring.");
  g_assert_cmpstr (bullet_text (entry, 1), ==, "Kept the tool shed stocked and logged each loan");
  g_assert_cmpstr (bullet_text (entry, 2), ==, "Showed new volunteers how to keep glass and metal apart.");
}

/* The width of @text drawn by draw_text(), unrounded (as its glyphs
 * are placed in the PDF). */
static double
text_width (cairo_t    *cr,
            const char *text,
            double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);
  PangoRectangle logical;

  pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  pango_font_description_free (description);
  g_object_unref (layout);
  return (double) logical.width / PANGO_SCALE;
}

/* Draws @text with its baseline at @baseline. */
static void
draw_on_baseline (cairo_t    *cr,
                  double      x,
                  double      baseline,
                  const char *text,
                  double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* Some PDFs draw a few glyphs of a line from another font that poppler
 * sizes much larger than the text around them: the first letter of a
 * word in lowercase ("Execution"), or a letter set over a space in the
 * middle of one ("Conceptuali" + "z" over the space + "ing"). Read by
 * sizes, they set the word apart as a tab ("Execution<tab>of"), and the
 * space under the letter split the word ("Conceptuali zing"). */
static void
draw_odd_glyphs (cairo_t *cr)
{
  draw_on_baseline (cr, 60, 265, "E", 17);
  draw_on_baseline (cr, 60 + text_width (cr, "E", 10), 265, "xecution of the patterns for the second act.", 10);

  /* The letter, larger and a little lower, drawn with no advance of its
   * own: the space after it lies under it. */
  {
    PangoLayout *layout = pango_cairo_create_layout (cr);
    PangoFontDescription *description = pango_font_description_from_string ("DejaVu Sans 10");

    pango_layout_set_font_description (layout, description);
    pango_layout_set_markup (layout, "Conceptuali<span size='17pt' rise='-1500' letter_spacing='-8000'>z</span>"
                             " ing clothing for the cast.", -1);
    cairo_move_to (cr, 60, 174);
    pango_cairo_show_layout (cr, layout);
    pango_font_description_free (description);
    g_object_unref (layout);
  }
}

static void
test_odd_glyphs (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_odd_glyphs);

  g_assert_true (has_line (lines, "Execution of the patterns for the second act.", FALSE));
  g_assert_true (has_line (lines, "Conceptualizing clothing for the cast.", FALSE));
  /* Such a glyph does not make its line large either (a large line
   * reads as a heading or a title): the lines are as large as their
   * text, 10 points drawn 13.3 large. */
  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpfloat (((VitaeTextLine *) g_ptr_array_index (lines, i))->size, <, 14);
}

/* A contact block printed from a web page: each field is an icon set
 * large, and beside it a small label just above its value,
 * the label's box overlapping the value's. The icon's row reaches over
 * both, but the label and the value are two lines, not one with their
 * letters interleaved ("P+H4O7NE 912…"). */
static void
draw_stacked_labels (cairo_t *cr)
{
  static const char * const fields[][2] = {
    { "PHONE", "+47 912 34 567" },
    { "E-MAIL", "ingrid.solberg@example.no" },
  };

  draw_text (cr, 40, 40, "Ingrid Solberg", 20, TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    {
      double y = 90 + 40 * k;

      draw_text (cr, 40, y, "\u260E", 22, FALSE);
      draw_text (cr, 82, y + 10, fields[k][0], 6.5, FALSE);
      draw_text (cr, 82, y + 13, fields[k][1], 11, FALSE);
    }
  draw_text (cr, 40, 190, "Experience", 12, TRUE);
  draw_text (cr, 60, 210, "Harbour pilot, Bergen Port Authority", 10, TRUE);
  draw_text (cr, 60, 226, "\u2022 Guided cargo ships through the inner harbour", 10, FALSE);
}

static void
test_stacked_labels (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_stacked_labels);
  g_autoptr(VitaeDocument) document = import_drawn (draw_stacked_labels);

  g_assert_true (has_line (lines, "PHONE", FALSE));
  g_assert_true (has_line (lines, "E-MAIL", FALSE));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ingrid.solberg@example.no");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+47 912 34 567");
}

/* Draws @text as a browser's print of an online document does: the run
 * wrapped in U+202D (left-to-right override) … U+202C (pop), marks the
 * text layer gives as characters with boxes of their own, the first
 * with the run's first glyph (only when @opens: poppler would give it
 * half that glyph's box), the last as a glyph of a space's width after
 * it. Returns where the run ends. */
static double
draw_overridden (cairo_t    *cr,
                 double      x,
                 double      baseline,
                 const char *text,
                 double      size,
                 gboolean    opens)
{
  g_autofree char *spaced = g_strconcat (text, " ", NULL);
  g_autofree char *marked = g_strconcat ("\u202D", text, "\u202C", NULL);
  cairo_glyph_t *glyphs = NULL;
  cairo_text_cluster_t *clusters = NULL;
  cairo_text_cluster_flags_t flags;
  cairo_text_extents_t extents;
  int n_glyphs = 0, n_clusters = 0;

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
  cairo_scaled_font_text_to_glyphs (cairo_get_scaled_font (cr), x, baseline, spaced, -1, &glyphs, &n_glyphs,
                                    &clusters, &n_clusters, &flags);
  if (opens)
    clusters[0].num_bytes += 3;
  clusters[n_clusters - 1].num_bytes = 3;
  cairo_show_text_glyphs (cr, opens ? marked : marked + 3, (int) strlen (marked) - (opens ? 0 : 3), glyphs, n_glyphs, clusters, n_clusters, flags);
  cairo_glyph_free (glyphs);
  cairo_text_cluster_free (clusters);
  cairo_text_extents (cr, spaced, &extents);
  return x + extents.x_advance;
}

/* A name, then the contact line: runs with no space between them but
 * the closing marks' glyphs, a little narrower than a space of the text
 * ("site • 514-… • mail"). */
static void
draw_overridden_runs (cairo_t *cr)
{
  double x;

  draw_overridden (cr, 200, 60, "Oriane Pelletier", 22, TRUE);
  x = draw_overridden (cr, 150, 90, "oriane.dev", 10, TRUE);
  x = draw_overridden (cr, x + 3, 90, "\u2022", 10, FALSE);
  x = draw_overridden (cr, x - 1.2, 90, "514-555-0188", 10, FALSE);
  x = draw_overridden (cr, x - 1.2, 90, "\u2022", 10, FALSE);
  draw_overridden (cr, x - 1.2, 90, "oriane.p@example.org", 10, FALSE);
  draw_overridden (cr, 60, 130, "Profil", 14, TRUE);
  draw_overridden (cr, 60, 150, "Conceptrice de niveaux attentive aux joueurs.", 10, TRUE);
}

static void
test_overridden_runs (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_overridden_runs);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Oriane Pelletier");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "oriane.p@example.org");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "514-555-0188");
}

/* A line drawn twice, the second time a point to the right (a heavier
 * look without a bold font): its letters are read once. */
static void
draw_overprinted (cairo_t *cr)
{
  draw_text (cr, 200, 30, "Pavel Orlov", 24, FALSE);
  draw_text (cr, 140, 62, "pavel.orlov@example.edu  github.com/porlov", 10, FALSE);
  draw_text (cr, 141.5, 62, "pavel.orlov@example.edu  github.com/porlov", 10, FALSE);
  draw_text (cr, 18, 90, "Education", 12, TRUE);
  draw_text (cr, 27, 110, "Northern Institute of Technology, applied physics", 10, FALSE);
  draw_text (cr, 40, 126, "\u2022 Wrote the control software of a student weather balloon", 9, FALSE);
}

static void
test_overprinted (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_overprinted);
  g_autoptr(VitaeDocument) document = import_drawn (draw_overprinted);

  g_assert_true (has_line (lines, "pavel.orlov@example.edu", TRUE));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "pavel.orlov@example.edu");
}

/* A dotless i under a combining diaeresis, as TeX sets an i with a
 * diaeresis (in a name too: "Loı̈c"): it reads as the one letter "ï". */
static void
draw_dotless_diaeresis (cairo_t *cr)
{
  draw_text (cr, 220, 30, "Na\u00efma Haddad", 24, FALSE);
  draw_text (cr, 230, 62, "naima.haddad@example.ch", 10, FALSE);
  draw_text (cr, 30, 90, "Expérience", 16, FALSE);
  draw_text (cr, 30, 110, "Assistante de recherche, laboratoire de géométrie", 10, FALSE);
  draw_text (cr, 30, 126, "Des diagrammes de Vorono\u0131\u0308 pour des nuages de points", 10, FALSE);
}

static void
test_dotless_diaeresis (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_dotless_diaeresis);
  g_autoptr(VitaeDocument) document = import_drawn (draw_dotless_diaeresis);

  g_assert_true (has_line (lines, "Des diagrammes de Vorono\u00ef pour des nuages de points", FALSE));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "Na\u00efma Haddad");
}

/* Draws @markup (Pango's) in DejaVu Sans @size at @x, @y. */
static void
draw_markup (cairo_t    *cr,
             double      x,
             double      y,
             const char *markup,
             double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *font = g_strdup_printf ("DejaVu Sans %g", size);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (description);
  g_object_unref (layout);
}

/* A name set large in two weights of one typeface, its parts touching
 * with no space between them, the weight alone setting them apart
 * ("selma" thin, "brandt" bold; "Selma" light, "Brandt" in the
 * text's weight); a word of the text in two weights stays one, and so
 * does a heading set large whose first three letters are set apart in
 * another weight. */
static void
draw_two_weights (cairo_t *cr)
{
  draw_markup (cr, 160, 30, "<span weight='ultralight'>selma</span><span weight='bold'>brandt</span>", 34);
  draw_text (cr, 200, 80, "selma.brandt@example.de", 10, FALSE);
  draw_markup (cr, 40, 110, "Exp<b>erience</b>", 22);
  draw_text (cr, 40, 140, "Backend developer, Fjordline Ferries", 10, TRUE);
  draw_markup (cr, 50, 158, "\u2022 Moved the <b>Java</b>Script booking widget to a typed build", 10);
  draw_markup (cr, 50, 174, "\u2022 Kept the timetable service up through two winter storms", 10);
}

static void
draw_two_weights_cased (cairo_t *cr)
{
  draw_markup (cr, 160, 30, "<span weight='ultralight'>Selma</span>Brandt", 34);
  draw_text (cr, 200, 80, "selma.brandt@example.de", 10, FALSE);
  draw_text (cr, 40, 120, "Experience", 13, TRUE);
  draw_text (cr, 40, 140, "Backend developer, Fjordline Ferries", 10, TRUE);
  draw_text (cr, 50, 158, "\u2022 Kept the timetable service up through two winter storms", 10, FALSE);
}

static void
test_two_weights (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_two_weights);
  g_autoptr(VitaeDocument) document = import_drawn (draw_two_weights);
  g_autoptr(VitaeDocument) cased = import_drawn (draw_two_weights_cased);

  g_assert_true (has_line (lines, "selma brandt", FALSE));
  g_assert_true (has_line (lines, "Experience", FALSE));
  g_assert_true (has_line (lines, "\u2022 Moved the JavaScript booking widget", TRUE));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "selma brandt");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (cased), "name"), ==, "Selma Brandt");
}

/* A name set large and letter-spaced, its words set apart by a wider
 * space: in capitals, and in capitalized words. */
static void
draw_spaced_capitals (cairo_t *cr)
{
  draw_markup (cr, 150, 30, "<span letter_spacing='9000'>ILONA NOVÁKOVÁ</span>", 26);
  draw_text (cr, 200, 80, "ilona.novakova@example.cz", 10, FALSE);
  draw_text (cr, 40, 120, "Experience", 13, TRUE);
  draw_text (cr, 40, 140, "Illustrator, Vltava Press", 10, TRUE);
  draw_text (cr, 50, 158, "\u2022 Drew the covers of a series of twelve children's books", 10, FALSE);
}

static void
draw_spaced_words (cairo_t *cr)
{
  draw_markup (cr, 150, 30, "<span letter_spacing='9000'>Ilona Nováková</span>", 26);
  draw_text (cr, 200, 80, "ilona.novakova@example.cz", 10, FALSE);
  draw_text (cr, 40, 120, "Experience", 13, TRUE);
  draw_text (cr, 40, 140, "Illustrator, Vltava Press", 10, TRUE);
  draw_text (cr, 50, 158, "\u2022 Drew the covers of a series of twelve children's books", 10, FALSE);
}

static void
test_spaced_name (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_spaced_capitals);
  g_autoptr(GPtrArray) words = drawn_lines (draw_spaced_words);
  g_autoptr(VitaeDocument) document = import_drawn (draw_spaced_capitals);
  g_autoptr(VitaeDocument) cased = import_drawn (draw_spaced_words);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "name"), ==, "ILONA NOVÁKOVÁ");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (cased), "name"), ==, "Ilona Nováková");
}

/* TeX's fonts say their weight and shape in a few letters of their
 * names, not in words: Computer Modern's bold extended "CMBX10" and
 * "CMB10", text italic "CMTI10", slanted "CMSL10", the EC and cm-super
 * fonts' "ECBX1200" and "SFBI1000"; a subset's tag before them. Their
 * roman, small capitals and bold symbols are neither. */
static void
test_tex_font_names (void)
{
  static const char * const bold[] = { "YIRYWZ+CMBX12", "CMB10", "ECBX1200", "ABCDEF+SFBX1000", "CMSSBX10", "SFBI1000", "CMBXTI10" };
  static const char * const italic[] = { "HHWWKV+CMTI10", "CMSL10", "SFTI1000", "ECSL1000", "SFBI1000", "CMBXTI10" };
  static const char * const plain[] = { "XJVDOA+CMR10", "KNVYFF+CMCSC10", "AMMHYO+CMBSY10", "CMTT10", "SFRM1000", "Cambria", "CMBright", "Sfbx" };

  for (guint i = 0; i < G_N_ELEMENTS (bold); i++)
    g_assert_true (_vitae_pdf_font_is_bold (bold[i]));
  for (guint i = 0; i < G_N_ELEMENTS (italic); i++)
    g_assert_true (_vitae_pdf_font_is_italic (italic[i]));
  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_test_message ("%s", plain[i]);
      g_assert_false (_vitae_pdf_font_is_bold (plain[i]));
      g_assert_false (_vitae_pdf_font_is_italic (plain[i]));
    }
  g_assert_false (_vitae_pdf_font_is_italic ("YIRYWZ+CMBX12"));
  g_assert_false (_vitae_pdf_font_is_bold ("HHWWKV+CMTI10"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/import-pdf/tiny-marks", test_tiny_marks);
  g_test_add_func ("/import-pdf/rtl-latin-last-line", test_rtl_latin_last);
  g_test_add_func ("/import-pdf/rtl-latin-last-line-export", test_rtl_latin_last_export);
  g_test_add_func ("/import-pdf/loose-spaces", test_loose_spaces);
  g_test_add_func ("/import-pdf/odd-glyphs", test_odd_glyphs);
  g_test_add_func ("/import-pdf/stacked-labels", test_stacked_labels);
  g_test_add_func ("/import-pdf/overridden-runs", test_overridden_runs);
  g_test_add_func ("/import-pdf/overprinted", test_overprinted);
  g_test_add_func ("/import-pdf/dotless-diaeresis", test_dotless_diaeresis);
  g_test_add_func ("/import-pdf/two-weights", test_two_weights);
  g_test_add_func ("/import-pdf/tex-font-names", test_tex_font_names);
  g_test_add_func ("/import-pdf/spaced-name", test_spaced_name);

  return g_test_run ();
}
