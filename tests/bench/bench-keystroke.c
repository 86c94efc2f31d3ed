/* bench-keystroke.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing into a bullet of a 1,000-bullet resume in the real window: how long
 * a keystroke takes to reach the model (with the coach's analysis and the
 * underlines, which run in the same handler), and how long GTK then works on
 * the frame that shows it (layout, snapshot and paint, measured between the
 * frame clock's "before-paint" and "after-paint"; the wait for the next
 * vblank is not work and is not counted). Run it under Xvfb:
 *
 *   xvfb-run -a _build/tests/bench/bench-keystroke [N_ENTRIES]
 *
 * N_ENTRIES defaults to 100 (1,000 bullets); 4 gives a 2-page resume.
 * VITAE_BENCH_KEYS sets how many keystrokes (300). With VITAE_BENCH_SCROLL=1
 * the editor is first scrolled through to the end, a screen per frame, as
 * someone reading their career would: the cards and rows it passes are then
 * built, which the keystrokes' frames must not pay for.
 *
 * Wall time on a shared machine is noisy; the instructions a keystroke
 * costs, from the insertion to the end of the frame that shows it, are not:
 *
 *   GSK_RENDERER=cairo VITAE_BENCH_KEYS=50 xvfb-run -a dbus-run-session -- \
 *       valgrind --tool=callgrind --collect-atstart=no --toggle-collect=type_key \
 *       _build/tests/bench/bench-keystroke
 *
 * and divide the total by the keystrokes. (Under valgrind a keystroke is
 * slow enough for the autosave and the analysis's timeouts to run inside
 * it: callgrind_annotate --inclusive=yes shows how much of the total
 * autosave_timeout_cb and update_timeout_cb took, and how much the
 * painting, gsk_renderer_render.)
 *
 * It also prints how many render nodes the window's last frame drew: GTK
 * 4.8's Cairo renderer draws every node in every frame, clipped to what
 * changed but not culled, so a widget off screen that still paints costs
 * each keystroke (this found the entry cards off screen: 69 M of the 97 M
 * instructions a keystroke took, 7,858 nodes in a frame). VITAE_BENCH_NODES
 * =FILE writes that frame's nodes there (gsk_render_node_write_to_file) to
 * see what they are.
 *
 * On a machine without a GPU, GTK still picks its GL renderer through Mesa's
 * llvmpipe, which repaints on the CPU and dominates every frame (80 ms for a
 * 2-page resume here). GSK_RENDERER=cairo measures what a GPU would not
 * hide: our work and GTK's layout.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "vitae-bullet-row.h"
#include "vitae-core.h"
#include "vitae-window.h"
#include "tests/vitae-test-nodes.h"

#define DEFAULT_KEYS 300

typedef struct
{
  gint64   before_paint;
  gint64   update_done;
  gint64   layout_done;
  gint64   paint_done;
  gint64   frame_work;
  gint64   update_work;
  gint64   layout_work;
  gint64   paint_work;
  gint64   after_work;
  gboolean painted;
} Frame;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, (guint) ((values->len - 1) * p));
}

/* The frame clock emits "layout" and "paint" only in the frames that need
 * them, so each frame starts with neither: a time left from an earlier
 * frame would be counted against this one (it once made "snapshot and
 * paint" 254 ms beside a 5 ms frame). */
static void
before_paint_cb (GdkFrameClock *clock,
                 Frame         *frame)
{
  frame->before_paint = g_get_monotonic_time ();
  frame->update_done = 0;
  frame->layout_done = 0;
  frame->paint_done = 0;
}

/* Tick callbacks: animations, and the editor keeping the cursor in view. */
static void
update_cb (GdkFrameClock *clock,
           Frame         *frame)
{
  frame->update_done = g_get_monotonic_time ();
}

/* Connected after GTK's own handlers, so these run when GTK's layout and
 * paint of the frame are done. */
static void
layout_cb (GdkFrameClock *clock,
           Frame         *frame)
{
  frame->layout_done = g_get_monotonic_time ();
}

static void
paint_cb (GdkFrameClock *clock,
          Frame         *frame)
{
  frame->paint_done = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->before_paint != 0)
    {
      gint64 now = g_get_monotonic_time ();
      gint64 update_end = frame->update_done != 0 ? frame->update_done : frame->before_paint;
      gint64 layout_end = frame->layout_done != 0 ? frame->layout_done : update_end;
      gint64 paint_end = frame->paint_done != 0 ? frame->paint_done : layout_end;

      /* before-paint → update → layout → paint → after-paint: the parts
       * add up to the frame, whichever phases it had. */
      frame->frame_work = now - frame->before_paint;
      frame->update_work = update_end - frame->before_paint;
      frame->layout_work = layout_end - update_end;
      frame->paint_work = paint_end - layout_end;
      frame->after_work = now - paint_end;
      frame->painted = TRUE;
    }
}

static VitaeDocument *
build_document (guint n_entries)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  static const char *texts[] = {
    "Cut checkout p99 latency from 1.9 s to 340 ms by batching PostgreSQL queries",
    "Responsible for maintaining various internal tools for the team",
    "Migrated 14 services from EC2 to Amazon EKS with Terraform, saving $410K a year",
    "Helped with the database and worked on several other tasks",
    "Introduced OpenTelemetry tracing across 30 endpoints, cutting MTTR from 52 to 11 minutes",
  };

  vitae_node_set_text (VITAE_NODE (document), "name", "Benchmark Person");
  for (guint e = 0; e < n_entries; e++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *role = g_strdup_printf ("Engineer %u", e);

      vitae_node_set_text (VITAE_NODE (entry), "role", role);
      vitae_node_set_text (VITAE_NODE (entry), "organization", "Example Corp");
      vitae_node_set_text (VITAE_NODE (entry), "start", "2020-01");
      for (guint b = 0; b < 10; b++)
        {
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (texts[(e + b) % G_N_ELEMENTS (texts)]);

          vitae_entry_append_bullet (entry, bullet);
        }
      vitae_section_append_entry (section, entry);
    }
  vitae_document_append_section (document, section);

  return document;
}

static void
iterate_until_painted (Frame *frame)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (!frame->painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

/* Scrolls @editor from its top to its end, a screen per frame. */
static void
scroll_through (GtkWidget *editor,
                Frame     *frame)
{
  GtkWidget *scroller = gtk_widget_get_first_child (editor);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  guint n_frames = 0;

  for (double value = 0;
       value < gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
       value += gtk_adjustment_get_page_size (adjustment))
    {
      gtk_adjustment_set_value (adjustment, value);
      frame->painted = FALSE;
      iterate_until_painted (frame);
      n_frames++;
    }
  g_print ("  scrolled through the editor in %u frames\n", n_frames);
}

/* One keystroke and the frame that shows it: what callgrind counts with
 * --toggle-collect=type_key (not cloned, so the symbol keeps that name:
 * GCC made it type_key.constprop.0, and the toggle then matched nothing).
 * Returns when the model had it (µs). */
static __attribute__ ((noinline, noclone)) gint64
type_key (GtkTextBuffer *buffer,
          const char    *key,
          Frame         *frame)
{
  gint64 t0, t1;

  t0 = g_get_monotonic_time ();
  gtk_text_buffer_insert_at_cursor (buffer, key, -1);
  t1 = g_get_monotonic_time ();
  iterate_until_painted (frame);

  return t1 - t0;
}

/* The render nodes the window's last frame drew: the ones GTK keeps for
 * its widgets, which a GtkWidgetPaintable shows. */
static guint
count_frame_nodes (GtkWidget *window)
{
  g_autoptr(GskRenderNode) node = painted_node (window);
  const char *path = g_getenv ("VITAE_BENCH_NODES");

  if (node != NULL && path != NULL)
    gsk_render_node_write_to_file (node, path, NULL);

  return count_nodes (node);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VitaeDocument) built = NULL;
  g_autoptr(GArray) model_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paint_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) update_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) after_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  VitaeWindow *window;
  VitaeDocument *document;
  VitaeBullet *bullet;
  GtkWidget *row;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GdkFrameClock *clock;
  Frame frame = { 0 };
  guint n_entries;
  guint n_keys;
  gint64 start;
  double open_ms;

  setlocale (LC_ALL, "C.UTF-8");
  /* gtk_init() takes no argv, so nothing names the program: opening the
   * file then put a bookmark with no program into GTK's recent files, and
   * GLib said so (a g_markup_escape_text() critical) when it was saved.
   * The application does this through GApplication. */
  g_set_prgname ("vitae");
  g_set_application_name ("Vitae");
  gtk_init ();
  adw_init ();
  vitae_core_init ();

  dir = g_dir_make_tmp ("vitae-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "thousand.vitae", NULL);
  n_keys = g_getenv ("VITAE_BENCH_KEYS") ? (guint) g_ascii_strtoull (g_getenv ("VITAE_BENCH_KEYS"), NULL, 10) : 0;
  if (n_keys < 1)
    n_keys = DEFAULT_KEYS;
  n_entries = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100;
  if (n_entries < 1)
    n_entries = 100;
  built = build_document (n_entries);
  if (!vitae_document_save (built, path, &error))
    g_error ("%s", error->message);
  file = g_file_new_for_path (path);

  start = g_get_monotonic_time ();
  window = vitae_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  vitae_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frame);
  g_signal_connect_after (clock, "update", G_CALLBACK (update_cb), &frame);
  g_signal_connect_after (clock, "layout", G_CALLBACK (layout_cb), &frame);
  g_signal_connect_after (clock, "paint", G_CALLBACK (paint_cb), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  iterate_until_painted (&frame);
  open_ms = (g_get_monotonic_time () - start) / 1000.0;

  /* Settle: let the side panel's first analysis and the preview run. */
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);

  if (g_strcmp0 (g_getenv ("VITAE_BENCH_SCROLL"), "1") == 0)
    scroll_through (GTK_WIDGET (vitae_window_get_editor (window)), &frame);

  document = vitae_window_get_document (window);
  bullet = vitae_entry_get_bullet (vitae_section_get_entry (vitae_document_get_section (document, 0), n_entries / 2), 3);
  row = vitae_editor_find_bullet_row (vitae_window_get_editor (window), bullet);
  g_assert (row != NULL);
  vitae_editor_reveal_widget (vitae_window_get_editor (window), row);
  view = vitae_bullet_row_get_text_view (VITAE_BULLET_ROW (row));
  buffer = gtk_text_view_get_buffer (view);
  vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), TRUE);
  frame.painted = FALSE;
  iterate_until_painted (&frame);

  for (guint i = 0; i < n_keys; i++)
    {
      const char *key = (i % 7 == 6) ? " " : "x";
      double model_ms, frame_ms;

      frame.painted = FALSE;
      frame.before_paint = 0;

      model_ms = type_key (buffer, key, &frame) / 1000.0;
      g_assert (g_str_has_suffix (vitae_bullet_get_text (bullet), key));

      frame_ms = frame.frame_work / 1000.0;
      g_array_append_val (model_times, model_ms);
      g_array_append_val (frame_times, frame_ms);
      {
        double update_ms = frame.update_work / 1000.0;
        double layout_ms = frame.layout_work / 1000.0;
        double paint_ms = frame.paint_work / 1000.0;
        double after_ms = frame.after_work / 1000.0;
        double our_ms = model_ms + update_ms + layout_ms;

        g_array_append_val (update_times, update_ms);
        g_array_append_val (layout_times, layout_ms);
        g_array_append_val (paint_times, paint_ms);
        g_array_append_val (after_times, after_ms);
        g_array_append_val (ours, our_ms);
      }
      {
        double total = model_ms + frame_ms;

        g_array_append_val (totals, total);
      }
    }

  g_print ("Vitae keystroke benchmark: %u-bullet resume (%u entries of 10 bullets), %d keystrokes\n",
           n_entries * 10, n_entries, n_keys);
  g_print ("  open and first frame:                     %8.1f ms\n", open_ms);
  g_print ("  keystroke -> model + coach + underlines:  median %6.3f ms   p95 %6.3f ms\n",
           percentile (model_times, 0.5), percentile (model_times, 0.95));
  /* Each part's median and p95 are its own: they need not add up to the
   * frame's, whose parts add up frame by frame. */
  g_print ("  frame work (before-paint to after-paint): median %6.3f ms   p95 %6.3f ms\n",
           percentile (frame_times, 0.5), percentile (frame_times, 0.95));
  g_print ("    update (tick callbacks):                median %6.3f ms   p95 %6.3f ms\n",
           percentile (update_times, 0.5), percentile (update_times, 0.95));
  g_print ("    layout (measure, allocate):             median %6.3f ms   p95 %6.3f ms\n",
           percentile (layout_times, 0.5), percentile (layout_times, 0.95));
  g_print ("    snapshot and paint (%s):  median %6.3f ms   p95 %6.3f ms\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
           percentile (paint_times, 0.5), percentile (paint_times, 0.95));
  g_print ("    after paint (presenting the frame):     median %6.3f ms   p95 %6.3f ms\n",
           percentile (after_times, 0.5), percentile (after_times, 0.95));
  g_print ("  keystroke -> model, coach, update, layout: median %6.3f ms   p95 %6.3f ms\n",
           percentile (ours, 0.5), percentile (ours, 0.95));
  g_print ("  render nodes in the last frame:            %u\n", count_frame_nodes (GTK_WIDGET (window)));
  g_print ("  keystroke -> redrawn (sum):               median %6.3f ms   p95 %6.3f ms   (budget: median 8 ms, p95 16 ms)\n",
           percentile (totals, 0.5), percentile (totals, 0.95));

  vitae_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
