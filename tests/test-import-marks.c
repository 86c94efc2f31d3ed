/* test-import-marks.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* List items of imported PDFs whose marks are drawn, not written: filled
 * circles, squares, dashes, rings and small pictures left of the item's
 * first letter, with no glyph in the text layer (Canva, wkhtmltopdf,
 * ReportLab and browser exports draw them so); and what looks a little
 * like them but is no item's mark: rules under headings, skill dots and
 * bars, icons before contact details, a dark sidebar with white text.
 * Each page is drawn here, in our own words (vitae-test-draw.h). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"
#include "vitae-import.h"
#include "vitae-text-reader.h"
#include "vitae-test-draw.h"

/* The line that ends in @text. */
static VitaeTextLine *
line_ending (GPtrArray  *lines,
             const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    {
      VitaeTextLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_suffix (line->text, text))
        return line;
    }
  g_error ("no line ends in %s", text);
  return NULL;
}

/* Whether the line ending in @text reads as a list item. */
static gboolean
reads_as_item (GPtrArray  *lines,
               const char *text)
{
  return g_str_has_prefix (line_ending (lines, text)->text, "• ");
}

typedef enum
{
  MARK_CIRCLE,
  MARK_SQUARE,
  MARK_DASH,
  MARK_RING,
  MARK_PICTURE,
} MarkShape;

/* A list mark drawn centred at (@x, @y), without a glyph. */
static void
draw_mark (cairo_t   *cr,
           MarkShape  shape,
           double     x,
           double     y)
{
  cairo_save (cr);
  /* (Not joined to where the text before ended.) */
  cairo_new_path (cr);
  switch (shape)
    {
    case MARK_CIRCLE:
      cairo_arc (cr, x, y, 2.2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case MARK_SQUARE:
      cairo_rectangle (cr, x - 2, y - 2, 4, 4);
      cairo_fill (cr);
      break;
    case MARK_DASH:
      cairo_rectangle (cr, x - 3, y - 0.6, 6, 1.2);
      cairo_fill (cr);
      break;
    case MARK_RING:
      cairo_set_line_width (cr, 0.8);
      cairo_arc (cr, x, y, 2.2, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    case MARK_PICTURE:
      {
        /* A bitmap of a dot, 12 pixels wide, set 4.5 points wide. */
        cairo_surface_t *dot = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 12, 12);
        cairo_t *dc = cairo_create (dot);

        cairo_set_source_rgb (dc, 0.1, 0.3, 0.6);
        cairo_arc (dc, 6, 6, 5.5, 0, 2 * G_PI);
        cairo_fill (dc);
        cairo_destroy (dc);
        cairo_translate (cr, x - 2.25, y - 2.25);
        cairo_scale (cr, 4.5 / 12, 4.5 / 12);
        cairo_set_source_surface (cr, dot, 0, 0);
        cairo_paint (cr);
        cairo_surface_destroy (dot);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

/* Text of 10 points drawn at @y has the middle of its small letters some
 * 8 points below. */
#define MIDDLE 8.5

static const char * const entries[][4] = {
  { "Harbour Survey Office", "Charted the silted channel before the spring dredging.",
    "Cut the survey's turnaround to nine days", "iPad charts for the deckhands on the echo sounder" },
  { "Tidewater Instruments", "Built and tested tide gauges for small ports.", "Designed a gauge housing",
    "npm packages for the gauges' web dashboard" },
  { "Northern Ferry Line", "Kept the timetable data of eleven routes.", "Moved the route data into a database",
    "eBay sales of the old ticket machines" },
  { "Coastal Trust", "Volunteered on weekends.", "Counted seabirds each May",
    "macOS laptops set up for the volunteers" },
  { "Fjord Museum", "Guided visitors in summer.", "Wrote the audio guide", "iOS version of the audio guide" },
};

/* Entries with a title, a line of description and two items each, the
 * items' marks drawn in five ways: a circle, a square, a dash, a ring and
 * a small picture. The second item starts with a small letter (a brand's
 * name) under a first that ends short: without the marks it would read
 * as the first one's wrapped line. */
static void
draw_shapes (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
    {
      draw_text (cr, 40, y, entries[e][0], 10, TRUE);
      draw_text (cr, 40, y += 16, entries[e][1], 10, FALSE);
      for (guint i = 2; i < 4; i++)
        {
          draw_mark (cr, (MarkShape) e, 50, (y += 16) + MIDDLE);
          draw_text (cr, 58, y, entries[e][i], 10, FALSE);
        }
      y += 26;
    }
}

static void
test_shapes (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_shapes);
  g_autoptr(VitaeDocument) document = import_drawn (draw_shapes);

  for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
    {
      VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, e);

      g_test_message ("entry %u", e);
      g_assert_false (reads_as_item (lines, entries[e][0]));
      g_assert_false (reads_as_item (lines, entries[e][1]));
      g_assert_true (reads_as_item (lines, entries[e][2]));
      g_assert_true (reads_as_item (lines, entries[e][3]));
      /* The mark starts the line, as a written one would. */
      g_assert_cmpfloat (line_ending (lines, entries[e][2])->x, <, 53);

      g_assert_nonnull (entry);
      g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
      g_assert_cmpstr (bullet_text (entry, 0), ==, entries[e][2]);
      g_assert_cmpstr (bullet_text (entry, 1), ==, entries[e][3]);
    }
}

static const char * const faint_items[] = {
  "Validated the gauge firmware on the test bench", "Wrote the field manual for the new sensors",
  "Ported the logger to a smaller board", "Cut the battery use by a third",
};

/* Items marked with light grey chevrons and triangles, as some LaTeX
 * templates draw them: far fainter than the text. */
static void
draw_faint_arrows (cairo_t *cr)
{
  double y = 130;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, y, "Tidewater Instruments", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (faint_items); i++)
    {
      double x = 47, middle = (y += 16) + MIDDLE;

      cairo_save (cr);
      cairo_new_path (cr);
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      if (i < 2)
        {
          /* A chevron. */
          cairo_move_to (cr, x - 2, middle - 3.5);
          cairo_line_to (cr, x, middle - 3.5);
          cairo_line_to (cr, x + 2.5, middle);
          cairo_line_to (cr, x, middle + 3.5);
          cairo_line_to (cr, x - 2, middle + 3.5);
          cairo_line_to (cr, x + 0.5, middle);
        }
      else
        {
          /* A triangle. */
          cairo_move_to (cr, x - 2, middle - 3);
          cairo_line_to (cr, x + 2.5, middle);
          cairo_line_to (cr, x - 2, middle + 3);
        }
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
      draw_text (cr, 56, y, faint_items[i], 10, FALSE);
    }
}

static void
test_faint_arrows (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_faint_arrows);
  g_autoptr(VitaeDocument) document = import_drawn (draw_faint_arrows);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  for (guint i = 0; i < G_N_ELEMENTS (faint_items); i++)
    g_assert_true (reads_as_item (lines, faint_items[i]));
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, G_N_ELEMENTS (faint_items));
}

static const char * const watermark_items[] = {
  "Surveyed the river banks after the spring floods", "Mapped the old weirs for the water board",
  "Trained two students in the use of the drone", "Wrote the yearly report on the dikes",
  "Checked the pumps of the northern polder",
};

/* Items marked with small green squares over a watermark: a large disc
 * a shade lighter than white paper (245 in 255) behind the list, whose
 * edge runs through the places left of some items. The paper and the
 * disc are both ground, not ink. */
static void
draw_watermark_marks (cairo_t *cr)
{
  double y = 130;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 245 / 255.0, 245 / 255.0, 245 / 255.0);
  cairo_arc (cr, 200, 196, 155, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
  draw_text (cr, 40, 40, "Tove Lindqvist", 20, TRUE);
  draw_text (cr, 40, 72, "tove.lindqvist@example.se", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, y, "Delta Water Board", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (watermark_items); i++)
    {
      y += 13;
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.1, 0.5, 0.1);
      cairo_rectangle (cr, 46 - 1.8, y + MIDDLE - 1.8, 3.6, 3.6);
      cairo_fill (cr);
      cairo_restore (cr);
      draw_text (cr, 53, y, watermark_items[i], 10, FALSE);
    }
}

static void
test_watermark_marks (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_watermark_marks);

  for (guint i = 0; i < G_N_ELEMENTS (watermark_items); i++)
    g_assert_true (reads_as_item (lines, watermark_items[i]));
}

/* Items set solid (lines 0.7 of their size apart, as tight as the boxes
 * some PDFs give their letters: each box reaches over the marks of the
 * lines above and below), wrapping back to the column's edge, under the
 * marks. */
static void
draw_tight_lines (cairo_t *cr)
{
  static const char * const lines[][2] = {
    { "•", "Moved the route data of eleven ferries" }, { "", "from spreadsheets into one database" },
    { "•", "Answered the crews' questions" }, { "", "about the new tablets" },
    { "•", "Kept the timetables of winter" }, { "•", "Planned the extra summer sailings" },
  };
  double y = 130;

  draw_text (cr, 40, 40, "Ilse Vermeulen", 20, TRUE);
  draw_text (cr, 40, 72, "ilse.vermeulen@example.nl", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, y, "Northern Ferry Line", 10, TRUE);
  y += 4;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      y += 9.5;
      if (lines[i][0][0] != '\0')
        draw_mark (cr, MARK_CIRCLE, 46, y + MIDDLE);
      draw_text (cr, lines[i][0][0] != '\0' ? 52 : 40, y, lines[i][1], 10, FALSE);
    }
}

/* Items in small print (8 points) on a page whose text is mostly set
 * larger (13 points), each marked with a dot barely more than a point
 * across, as a design tool's export draws it: the dot is small, but as
 * large as the small print's marks are. */
static const char * const tiny_items[] = {
  "Sorted the donated books by subject", "Repaired the torn covers",
  "Labelled the shelves for the reading room", "Kept the loan register",
};

static void
draw_tiny_dots (cairo_t *cr)
{
  static const char * const others[] = {
    "Town Library, lending and reading rooms", "Volunteer on Saturdays", "Spring 2023",
    "Reading Club of the old town", "Member and treasurer", "Autumn 2022",
  };
  double y = 130;

  draw_text (cr, 40, 40, "Oskar Lindqvist", 24, TRUE);
  draw_text (cr, 40, 76, "oskar.lindqvist@example.se", 13, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 16, TRUE);
  for (guint i = 0; i < 3; i++)
    draw_text (cr, 40, y += 18, others[i], 13, FALSE);
  y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (tiny_items); i++)
    {
      y += 12;
      cairo_new_path (cr);
      cairo_arc (cr, 48.5, y + 6.2, 0.65, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 52, y, tiny_items[i], 8, FALSE);
    }
  y += 10;
  for (guint i = 3; i < G_N_ELEMENTS (others); i++)
    draw_text (cr, 40, y += 18, others[i], 13, FALSE);
}

static void
test_tiny_dots (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_tiny_dots);

  for (guint i = 0; i < G_N_ELEMENTS (tiny_items); i++)
    g_assert_true (reads_as_item (lines, tiny_items[i]));
  g_assert_false (reads_as_item (lines, "Spring 2023"));
}

static void
test_tight_lines (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_tight_lines);

  g_assert_true (reads_as_item (lines, "Moved the route data of eleven ferries"));
  g_assert_false (reads_as_item (lines, "from spreadsheets into one database"));
  g_assert_true (reads_as_item (lines, "Answered the crews' questions"));
  g_assert_false (reads_as_item (lines, "about the new tablets"));
  g_assert_true (reads_as_item (lines, "Kept the timetables of winter"));
  g_assert_true (reads_as_item (lines, "Planned the extra summer sailings"));
}

/* A page whose every line starts at the column's edge or barely in from
 * it: the heading, then items whose dots stand left of the edge and whose
 * text (wrapped lines too) starts two points in from the heading's. */
static void
draw_marks_near_edge (cairo_t *cr)
{
  static const char * const items[][2] = {
    { "Door lock that opens when one knocks", "a rhythm on it" },
    { "Letter box that tells its owner", "when the post has come" },
    { "Quiz game for a school fair", NULL },
  };
  double y = 120;

  draw_text (cr, 63, 40, "Tarek Haddad", 18, TRUE);
  draw_text (cr, 63, 70, "tarek.haddad@example.de", 7.5, FALSE);
  draw_text (cr, 63, 96, "PROJECTS", 7.5, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      cairo_new_path (cr);
      cairo_arc (cr, 59, y + 6.5, 1.6, 0, 2 * G_PI);
      cairo_fill (cr);
      draw_text (cr, 65.3, y, items[i][0], 7.5, FALSE);
      if (items[i][1] != NULL)
        draw_text (cr, 65.3, y += 13, items[i][1], 7.5, FALSE);
      y += 17;
    }
}

/* The dots mark the items, though the heading starts only a fifth of an
 * em left of the items' text. */
static void
test_marks_near_edge (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_marks_near_edge);

  g_assert_true (reads_as_item (lines, "Door lock that opens when one knocks"));
  g_assert_true (reads_as_item (lines, "Letter box that tells its owner"));
  g_assert_true (reads_as_item (lines, "Quiz game for a school fair"));
  g_assert_false (reads_as_item (lines, "a rhythm on it"));
  g_assert_false (reads_as_item (lines, "PROJECTS"));
}

/* An entry in small print (7 points) whose items have dots a little more
 * than half an em across, as a résumé builder keeps its marks legible
 * beside small letters (the core of such a dot may also measure a pixel
 * more than the dot). */
static const char * const legible_items[] = {
  "Counted the birds of the marsh each dawn", "Mapped the nests along the dyke",
  "Wrote the season's report for the park", "Guided the school groups on Fridays",
};

static void
draw_legible_dots (cairo_t *cr)
{
  double y = 110;

  draw_text (cr, 40, 40, "Wiebke Janssen", 18, TRUE);
  draw_text (cr, 40, 70, "wiebke.janssen@example.de", 5.3, FALSE);
  draw_text (cr, 40, 92, "VOLUNTEERING", 9, TRUE);
  draw_text (cr, 40, y, "Ranger's helper, Wadden Sea park", 5.3, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (legible_items); i++)
    {
      y += 11;
      /* (A dot rendered a pixel wider than tall.) */
      cairo_save (cr);
      cairo_translate (cr, 45, y + 4.4);
      cairo_scale (cr, 1, 0.92);
      cairo_new_path (cr);
      cairo_arc (cr, 0, 0, 2, 0, 2 * G_PI);
      cairo_restore (cr);
      cairo_fill (cr);
      draw_text (cr, 51, y, legible_items[i], 5.3, FALSE);
    }
}

static void
test_legible_dots (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_legible_dots);

  for (guint i = 0; i < G_N_ELEMENTS (legible_items); i++)
    g_assert_true (reads_as_item (lines, legible_items[i]));
  g_assert_false (reads_as_item (lines, "Ranger's helper, Wadden Sea park"));
}

/* A bitmap icon, 8 points wide, at (@x, @y): a filled rounded square
 * with two white bars ("in"), or a filled circle with a white one inside. */
static void
draw_bitmap_icon (cairo_t  *cr,
                  gboolean  square,
                  double    x,
                  double    y)
{
  cairo_surface_t *icon = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 32);
  cairo_t *ic = cairo_create (icon);

  cairo_set_source_rgb (ic, 0.1, 0.4, 0.7);
  if (square)
    cairo_rectangle (ic, 1, 1, 30, 30);
  else
    cairo_arc (ic, 16, 16, 15, 0, 2 * G_PI);
  cairo_fill (ic);
  cairo_set_source_rgb (ic, 1, 1, 1);
  if (square)
    {
      cairo_rectangle (ic, 8, 12, 4, 14);
      cairo_rectangle (ic, 16, 12, 4, 14);
    }
  else
    cairo_arc (ic, 16, 14, 7, 0, 2 * G_PI);
  cairo_fill (ic);
  cairo_destroy (ic);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, 0.25, 0.25);
  cairo_set_source_surface (cr, icon, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (icon);
}

/* A header with icons drawn before each contact detail: an envelope, a
 * handset and a pin as paths, and two pictures, each some 0.6 to 0.8 em
 * across (text of 10 points is 13.3 units large). */
static void
draw_icons (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Oskar Lindqvist", 20, TRUE);
  /* An envelope, stroked. */
  cairo_new_path (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, 52, 77, 9, 6.5);
  cairo_move_to (cr, 52, 77);
  cairo_line_to (cr, 56.5, 81);
  cairo_line_to (cr, 61, 77);
  cairo_stroke (cr);
  draw_text (cr, 66, 72, "oskar.lindqvist@example.se", 10, FALSE);
  /* A handset: a thick arc. */
  cairo_new_path (cr);
  cairo_set_line_width (cr, 2.2);
  cairo_arc (cr, 57, 97, 4, 0.6 * G_PI, 1.4 * G_PI);
  cairo_stroke (cr);
  draw_text (cr, 66, 88, "070 123 45 67", 10, FALSE);
  /* A pin: a filled drop with a hole. */
  cairo_new_path (cr);
  cairo_arc (cr, 56.5, 110, 3.5, G_PI, 2 * G_PI);
  cairo_line_to (cr, 56.5, 117.5);
  cairo_close_path (cr);
  cairo_arc_negative (cr, 56.5, 110, 1.3, 2 * G_PI, 0);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill (cr);
  draw_text (cr, 66, 104, "Göteborg, Sweden", 10, FALSE);
  draw_bitmap_icon (cr, TRUE, 53, 124.5);
  draw_text (cr, 66, 120, "linkedin.com/in/olindqvist", 10, FALSE);
  draw_bitmap_icon (cr, FALSE, 53, 140.5);
  draw_text (cr, 66, 136, "github.com/olindqvist", 10, FALSE);

  draw_text (cr, 40, 170, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 60, 194, "Harbour Survey Office", 10, TRUE);
  draw_text (cr, 60, 210, "Charted the silted channel before the spring dredging.", 10, FALSE);
}

static void
test_icons (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_icons);
  g_autoptr(VitaeDocument) document = import_drawn (draw_icons);

  g_assert_false (reads_as_item (lines, "oskar.lindqvist@example.se"));
  g_assert_false (reads_as_item (lines, "070 123 45 67"));
  g_assert_false (reads_as_item (lines, "Göteborg, Sweden"));
  g_assert_false (reads_as_item (lines, "linkedin.com/in/olindqvist"));
  g_assert_false (reads_as_item (lines, "github.com/olindqvist"));
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "oskar.lindqvist@example.se");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "070 123 45 67");
}

static const char * const skills[] = { "Hydrography", "Tide models", "Echo sounders", "Chart plotting" };

/* Rules and bars that stand left of lines or run through them: a rule
 * across the page under a heading, a short coloured bar under another,
 * skill levels as five dots before each skill's name, and levels as bars. */
static void
draw_rules (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  /* A rule under the heading, through the top of the next line. */
  cairo_rectangle (cr, 40, 119, 515, 1);
  cairo_fill (cr);
  draw_text (cr, 60, 118, "Harbour Survey Office", 10, TRUE);
  draw_text (cr, 60, 134, "Charted the silted channel before the spring dredging.", 10, FALSE);

  draw_text (cr, 40, 170, "SKILLS", 12, TRUE);
  /* A short bar under the heading, left of the next line's first letter. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.8, 0.5, 0.1);
  cairo_rectangle (cr, 40, 188.5, 14, 2);
  cairo_fill (cr);
  cairo_restore (cr);
  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      double y = 190 + 16 * i;

      /* Five dots, the first 4 - i filled. */
      for (guint d = 0; d < 5; d++)
        {
          cairo_new_path (cr);
          cairo_arc (cr, 64 + 6 * d, y + MIDDLE, 2, 0, 2 * G_PI);
          if (d < 4 - i)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, 0.6);
              cairo_stroke (cr);
            }
        }
      draw_text (cr, 96, y, skills[i], 10, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      double y = 270 + 16 * i;

      /* A bar, its first part filled. */
      cairo_new_path (cr);
      cairo_set_line_width (cr, 0.6);
      cairo_rectangle (cr, 60, y + MIDDLE - 2, 28, 4);
      cairo_stroke (cr);
      cairo_rectangle (cr, 60, y + MIDDLE - 2, 28 - 6 * i, 4);
      cairo_fill (cr);
      draw_text (cr, 96, y, skills[i], 10, FALSE);
    }
}

static void
test_rules (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_rules);

  for (guint i = 0; i < lines->len; i++)
    g_assert_false (g_str_has_prefix (((VitaeTextLine *) g_ptr_array_index (lines, i))->text, "•"));
}

static const char * const traits[] = { "Calm in rough weather", "Careful with numbers", "Patient teacher" };

/* A dark sidebar with white text, its list once without marks and once
 * with white dots; the main column's lines start just right of the
 * sidebar's edge. */
static void
draw_sidebar (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.12, 0.16, 0.22);
  cairo_rectangle (cr, 0, 0, 180, 842);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  draw_text (cr, 20, 100, "PROFILE", 12, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (traits); i++)
    draw_text (cr, 34, 124 + 16 * i, traits[i], 9, FALSE);
  draw_text (cr, 20, 200, "HOBBIES", 12, TRUE);
  draw_text (cr, 34, 224, "Sailing small boats", 9, FALSE);
  draw_mark (cr, MARK_CIRCLE, 27, 224 + 7.5);
  draw_text (cr, 34, 240, "Restoring old radios", 9, FALSE);
  draw_mark (cr, MARK_CIRCLE, 27, 240 + 7.5);

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, 190, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 190, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 190, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 200, 124, "Harbour Survey Office", 10, TRUE);
  draw_text (cr, 200, 140, "Charted the silted channel before the spring dredging.", 10, FALSE);
}

static void
test_sidebar (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_sidebar);

  for (guint i = 0; i < G_N_ELEMENTS (traits); i++)
    g_assert_false (reads_as_item (lines, traits[i]));
  g_assert_false (reads_as_item (lines, "Harbour Survey Office"));
  g_assert_false (reads_as_item (lines, "Charted the silted channel before the spring dredging."));
  /* Light marks on the dark ground are marks. */
  g_assert_true (reads_as_item (lines, "Sailing small boats"));
  g_assert_true (reads_as_item (lines, "Restoring old radios"));
}

/* A header whose contact details are a list drawn with dots, before the
 * sections' items drawn alike. */
static void
draw_header_marks (cairo_t *cr)
{
  static const char * const details[] = { "+49 170 1234567", "ada.lindqvist@example.org", "Berlin, Germany" };
  static const char * const items[] = { "Charted the silted channel", "Trained four deckhands" };

  draw_text (cr, 40, 40, "Ada Lindqvist", 20, TRUE);
  draw_text (cr, 40, 70, "Harbour Engineer", 12, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      draw_mark (cr, MARK_CIRCLE, 44, 92 + 15 * i + MIDDLE);
      draw_text (cr, 52, 92 + 15 * i, details[i], 10, FALSE);
    }
  draw_text (cr, 40, 150, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 174, "Harbour Survey Office", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      draw_mark (cr, MARK_CIRCLE, 44, 190 + 15 * i + MIDDLE);
      draw_text (cr, 52, 190 + 15 * i, items[i], 10, FALSE);
    }
}

static void
test_header_marks (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_header_marks);
  VitaeEntry *entry = entry_at (document, VITAE_SECTION_EXPERIENCE, 0);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ada.lindqvist@example.org");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+49 170 1234567");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "city"), ==, "Berlin");
  g_assert_nonnull (entry);
  g_assert_cmpuint (vitae_entry_get_n_bullets (entry), ==, 2);
}

/* Contact details set as a list's items under "Personal info" at the
 * end of the page, the header having none ("• Email address: …"). */
static void
draw_personal_items (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ilse Vermeulen", 20, TRUE);
  draw_text (cr, 40, 72, "Ferry Dispatcher", 11, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 124, "Northern Ferry Line", 10, TRUE);
  draw_text (cr, 40, 140, "• Kept the timetable data of eleven routes", 10, FALSE);
  draw_text (cr, 40, 156, "• Answered the crews' questions about the new tablets", 10, FALSE);
  draw_text (cr, 40, 190, "Personal info", 12, TRUE);
  draw_text (cr, 40, 214, "• Date of birth: 12.03.1994", 10, FALSE);
  draw_text (cr, 40, 230, "• Phone number: +31 6 1234 5678", 10, FALSE);
  draw_text (cr, 40, 246, "• Email address: ilse.vermeulen@example.nl", 10, FALSE);
}

static void
test_personal_items (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_personal_items);

  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "email"), ==, "ilse.vermeulen@example.nl");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (document), "phone"), ==, "+31 6 1234 5678");
}

/* A school's dates set as an item of their own under its name
 * ("• 2012 – 2016"), then its items. */
static void
draw_dated_school (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ilse Vermeulen", 20, TRUE);
  draw_text (cr, 40, 72, "ilse.vermeulen@example.nl", 9, FALSE);
  draw_text (cr, 40, 100, "EDUCATION", 12, TRUE);
  draw_text (cr, 40, 124, "Maritime College Rotterdam", 10, TRUE);
  draw_text (cr, 40, 140, "• 2012 – 2016", 10, FALSE);
  draw_text (cr, 40, 156, "• Thesis on ferry timetables in winter", 10, FALSE);
  draw_text (cr, 40, 172, "• Sailing team captain", 10, FALSE);
}

static void
test_dated_school (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_dated_school);
  VitaeEntry *school = entry_at (document, VITAE_SECTION_EDUCATION, 0);

  g_assert_nonnull (school);
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "start"), ==, "2012");
  g_assert_cmpstr (vitae_node_get_text (VITAE_NODE (school), "end"), ==, "2016");
  g_assert_cmpuint (vitae_entry_get_n_bullets (school), ==, 2);
  g_assert_cmpstr (bullet_text (school, 0), ==, "Thesis on ferry timetables in winter");
  g_assert_cmpstr (bullet_text (school, 1), ==, "Sailing team captain");
}

/* A date written with its day first ("4. January 2022", a footer's) is no
 * numbered item of dates alone: it starts no entry. */
static void
draw_day_date (cairo_t *cr)
{
  draw_text (cr, 40, 40, "Ilse Vermeulen", 20, TRUE);
  draw_text (cr, 40, 72, "ilse.vermeulen@example.nl", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 124, "Northern Ferry Line\t2019 – 2021", 10, TRUE);
  draw_text (cr, 40, 140, "• Kept the timetable data of eleven routes", 10, FALSE);
  draw_text (cr, 40, 156, "• Answered the crews' questions about the new tablets", 10, FALSE);
  draw_text (cr, 40, 190, "4. January 2022", 9, FALSE);
}

static void
test_day_date (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_day_date);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 1);
}

/* Items whose drawn marks stand at the edge where the entries' titles
 * start (only their text is indented), each entry a title of two cells
 * (employer, role) over a line of dates. */
static void
draw_titles_at_marks (cairo_t *cr)
{
  static const char * const titles[][2] = { { "Harbour Survey Office", "Surveyor" },
                                            { "Tidewater Instruments", "Technician" } };
  static const char * const items[][2] = {
    { "Charted the silted channel", "Trained four deckhands" },
    { "Built tide gauges for small ports", "Wrote the calibration checklist" },
  };
  double y = 110;

  draw_text (cr, 40, 40, "Maren Solberg", 20, TRUE);
  draw_text (cr, 40, 72, "maren.solberg@example.no", 9, FALSE);
  draw_text (cr, 40, y, "EXPERIENCE", 12, TRUE);
  for (guint e = 0; e < G_N_ELEMENTS (titles); e++)
    {
      draw_text (cr, 40, y += 26, titles[e][0], 10, FALSE);
      draw_text (cr, 300, y, titles[e][1], 10, FALSE);
      draw_text (cr, 40, y += 14, e == 0 ? "2019 – 2021" : "2016 – 2019", 10, FALSE);
      for (guint i = 0; i < 2; i++)
        {
          draw_mark (cr, MARK_CIRCLE, 43, (y += 16) + MIDDLE);
          draw_text (cr, 52, y, items[e][i], 10, FALSE);
        }
    }
}

static void
test_titles_at_marks (void)
{
  g_autoptr(VitaeDocument) document = import_drawn (draw_titles_at_marks);

  g_assert_cmpuint (n_entries_of (document, VITAE_SECTION_EXPERIENCE), ==, 2);
  for (guint e = 0; e < 2; e++)
    g_assert_cmpuint (vitae_entry_get_n_bullets (entry_at (document, VITAE_SECTION_EXPERIENCE, e)), ==, 2);
}

/* One nested item under a list's last item, its "◦" drawn as the only
 * ring of the page (every other mark a dot): it is an item of its own,
 * not the wrapped line of the item above. */
static void
draw_lone_ring (cairo_t *cr)
{
  static const char * const items[] = {
    "Kept the ferry timetable website running", "Rebuilt the booking pages for phones",
    "Moved the servers to a rented cloud",
  };
  double y = 146;

  draw_text (cr, 40, 40, "Tomas Lindqvist", 20, TRUE);
  draw_text (cr, 40, 72, "tomas.lindqvist@example.se", 9, FALSE);
  draw_text (cr, 40, 100, "EXPERIENCE", 12, TRUE);
  draw_text (cr, 40, 130, "Island Ferries, web developer, 2020 – 2024", 10, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++, y += 16)
    {
      draw_mark (cr, MARK_CIRCLE, 50, y + MIDDLE);
      draw_text (cr, 58, y, items[i], 10, FALSE);
    }
  draw_mark (cr, MARK_RING, 66, y + MIDDLE);
  draw_text (cr, 74, y, "Two virtual machines and a managed database", 10, FALSE);
}

static void
test_lone_ring (void)
{
  g_autoptr(GPtrArray) lines = drawn_lines (draw_lone_ring);

  g_assert_true (reads_as_item (lines, "Moved the servers to a rented cloud"));
  g_assert_true (reads_as_item (lines, "Two virtual machines and a managed database"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-marks/shapes", test_shapes);
  g_test_add_func ("/import-marks/faint-arrows", test_faint_arrows);
  g_test_add_func ("/import-marks/watermark-marks", test_watermark_marks);
  g_test_add_func ("/import-marks/tight-lines", test_tight_lines);
  g_test_add_func ("/import-marks/icons", test_icons);
  g_test_add_func ("/import-marks/rules", test_rules);
  g_test_add_func ("/import-marks/sidebar", test_sidebar);
  g_test_add_func ("/import-marks/header-marks", test_header_marks);
  g_test_add_func ("/import-marks/personal-items", test_personal_items);
  g_test_add_func ("/import-marks/dated-school", test_dated_school);
  g_test_add_func ("/import-marks/day-date", test_day_date);
  g_test_add_func ("/import-marks/titles-at-marks", test_titles_at_marks);
  g_test_add_func ("/import-marks/tiny-dots", test_tiny_dots);
  g_test_add_func ("/import-marks/marks-near-edge", test_marks_near_edge);
  g_test_add_func ("/import-marks/legible-dots", test_legible_dots);
  g_test_add_func ("/import-marks/lone-ring", test_lone_ring);

  return g_test_run ();
}
