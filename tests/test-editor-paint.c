/* test-editor-paint.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a frame of the editor paints: a long resume costs what shows. GTK
 * 4.8's Cairo renderer draws the whole tree of render nodes in every frame,
 * clipped to what changed but not culled, so an entry card off screen still
 * cost its two boxed lists' blurred shadows at each keystroke. Entry cards
 * far from the screen now paint nothing; the ones on it always paint,
 * however they came there: scrolled to, or moved up by a removal above. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "vitae-core.h"
#include "vitae-bullet-row.h"
#include "vitae-entry-card.h"
#include "vitae-window-private.h"
#include "vitae-test-ui.h"
#include "vitae-test-nodes.h"

/* Helpers */

/* The bullets of a long career: two strong, one weak. */
static const char *const career_texts[] = {
  "Cut the weekly billing run from six hours to forty minutes by batching the writes",
  "Looked after assorted tooling for the platform group",
  "Replaced three message brokers with one, lowering paging alerts by a half",
  NULL
};

static GtkWidget *
get_scroller (VitaeWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (vitae_window_get_editor (window)));

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));

  return scroller;
}

/* Lets the window draw @n more frames. */
static void
wait_frames (VitaeWindow *window,
             guint        n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 until = gdk_frame_clock_get_frame_counter (clock) + n;

  WAIT_UNTIL ((gtk_widget_queue_draw (GTK_WIDGET (window)),
               gdk_frame_clock_get_frame_counter (clock) >= until));
}

static void
scroll_editor_to (VitaeWindow *window,
                  double       fraction)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (get_scroller (window)));
  double upper;

  wait_frames (window, 2);
  upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, upper * fraction);
  wait_frames (window, 3);
  iterate (200);
}

/* The render nodes of the window's last frame. */
static guint
count_window_nodes (VitaeWindow *window)
{
  g_autoptr(GskRenderNode) node = painted_node (GTK_WIDGET (window));

  return count_nodes (node);
}

/* Where @card is, in heights of the editor's viewport from its top. */
static double
screens_from_top (VitaeWindow *window,
                  GtkWidget   *card,
                  double      *bottom)
{
  GtkWidget *scroller = get_scroller (window);
  double height = gtk_widget_get_height (scroller);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (card, scroller, &bounds));
  *bottom = (bounds.origin.y + bounds.size.height) / height;

  return bounds.origin.y / height;
}

/* Every entry card on screen painted; none two screens or more away did.
 * Returns how many painted. */
static guint
assert_cards_paint_near_screen (VitaeWindow *window)
{
  g_autoptr(GPtrArray) cards = find_widgets (GTK_WIDGET (vitae_window_get_editor (window)),
                                             VITAE_TYPE_ENTRY_CARD, NULL);
  guint n_painted = 0, n_shown = 0;

  g_assert_cmpuint (cards->len, >, 0);
  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      g_autoptr(GskRenderNode) node = painted_node (card);
      double bottom, top = screens_from_top (window, card, &bottom);

      if (node != NULL)
        n_painted++;
      if (bottom > 0 && top < 1)
        {
          n_shown++;
          g_assert_nonnull (node);
        }
      if (top > 3 || bottom < -2)
        g_assert_null (node);
    }
  g_test_message ("%u entry cards, %u on screen, %u painted", cards->len, n_shown, n_painted);
  g_assert_cmpuint (n_shown, >, 0);

  return n_painted;
}

/* Tests */

/* A hundred entries: the cards near the screen paint, the rest do not,
 * and the frame's render nodes are about those of a short resume. */
static void
test_far_cards_paint_nothing (void)
{
  g_autofree char *short_path = write_long_resume ("paint", 6, career_texts);
  g_autofree char *long_path = write_long_resume ("paint", 100, career_texts);
  VitaeWindow *window;
  guint short_nodes, long_nodes;

  window = open_window_sized (short_path, 1180, 780);
  scroll_editor_to (window, 0.3);
  short_nodes = count_window_nodes (window);
  close_window (window);

  window = open_window_sized (long_path, 1180, 780);
  scroll_editor_to (window, 0.02);
  g_assert_cmpuint (assert_cards_paint_near_screen (window), <, 10);
  long_nodes = count_window_nodes (window);
  g_test_message ("render nodes in a frame: %u for 6 entries, %u for 100", short_nodes, long_nodes);
  /* Before, each entry card off screen added its nodes: 100 entries
   * painted five times the nodes of 6. */
  g_assert_cmpuint (long_nodes, <, short_nodes * 2);

  scroll_editor_to (window, 0.5);
  assert_cards_paint_near_screen (window);
  screenshot (window, "editor-paint-middle");
  scroll_editor_to (window, 1.0);
  assert_cards_paint_near_screen (window);
  /* Back up, to cards that stopped painting down there. */
  scroll_editor_to (window, 0.02);
  assert_cards_paint_near_screen (window);

  close_window (window);
}

/* The index of the first entry card on screen. */
static guint
find_first_shown (VitaeWindow *window)
{
  g_autoptr(GPtrArray) cards = find_widgets (GTK_WIDGET (vitae_window_get_editor (window)),
                                             VITAE_TYPE_ENTRY_CARD, NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      double bottom, top = screens_from_top (window, g_ptr_array_index (cards, i), &bottom);

      if (bottom > 0 && top < 1)
        return i;
    }
  g_assert_not_reached ();
}

/* Far cards brought into view without a scroll paint in the frame that
 * shows them: moved up by the removal of the entries above, or moved
 * there, which leaves the page's height as it was. */
static void
test_cards_moved_into_view_paint (void)
{
  g_autofree char *path = write_long_resume ("paint", 40, career_texts);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  VitaeSection *section = vitae_document_get_section (vitae_window_get_document (window), 0);
  guint first_shown;

  scroll_editor_to (window, 0.5);
  assert_cards_paint_near_screen (window);

  /* The entries on screen and the next few screens' go. */
  first_shown = find_first_shown (window);
  for (guint n = 0; n < 8; n++)
    vitae_section_remove_entry (section, first_shown);
  wait_frames (window, 3);
  assert_cards_paint_near_screen (window);
  screenshot (window, "editor-paint-removed");

  /* The last entry comes to the top of the screen. */
  first_shown = find_first_shown (window);
  vitae_section_move_entry (section, vitae_section_get_n_entries (section) - 1, first_shown);
  wait_frames (window, 3);
  g_assert_cmpuint (find_first_shown (window), ==, first_shown);
  assert_cards_paint_near_screen (window);

  close_window (window);
}

/* Bullets moved within a card on screen are shown whole in the frames
 * after the move: the rows made for them are built, though the page keeps
 * its height and nothing scrolled. */
static void
test_bullets_moved_on_screen_built (void)
{
  g_autofree char *path = write_long_resume ("paint", 40, career_texts);
  VitaeWindow *window = open_window_sized (path, 1180, 780);
  VitaeSection *section = vitae_document_get_section (vitae_window_get_document (window), 0);
  VitaeEntry *entry;
  guint n_shown = 0;

  scroll_editor_to (window, 0.5);
  entry = vitae_section_get_entry (section, find_first_shown (window));
  for (guint i = 0; i < 5; i++)
    vitae_entry_move_bullet (entry, vitae_entry_get_n_bullets (entry) - 1, 0);
  wait_frames (window, 3);
  iterate (200);

  {
    g_autoptr(GPtrArray) rows = find_widgets (GTK_WIDGET (vitae_window_get_editor (window)),
                                              VITAE_TYPE_BULLET_ROW, NULL);

    for (guint i = 0; i < rows->len; i++)
      {
        GtkWidget *row = g_ptr_array_index (rows, i);
        double bottom, top = screens_from_top (window, row, &bottom);

        if (bottom > 0 && top < 1)
          {
            n_shown++;
            g_assert_true (vitae_bullet_row_is_built (VITAE_BULLET_ROW (row)));
          }
      }
  }
  g_test_message ("%u bullet rows on screen, all built", n_shown);
  g_assert_cmpuint (n_shown, >, 0);
  screenshot (window, "editor-paint-bullets-moved");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_set_application_name ("Vitae");

  ui_test_init (&argc, &argv, "editor-paint");

  g_test_add_func ("/vitae/editor-paint/far-cards-paint-nothing", test_far_cards_paint_nothing);
  g_test_add_func ("/vitae/editor-paint/cards-moved-into-view-paint", test_cards_moved_into_view_paint);
  g_test_add_func ("/vitae/editor-paint/bullets-moved-on-screen-built", test_bullets_moved_on_screen_built);

  ret = g_test_run ();

  ui_test_cleanup ();

  return ret;
}
