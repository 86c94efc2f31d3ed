/* bench-startup-hook.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preloaded (LD_PRELOAD) into a GTK application by bench-startup.py, the
 * same way into Vitae, its peer and the empty window, so the three stop at
 * the same point: the end of the first frame any of their windows paints
 * (the frame clock's "after-paint"). There the process writes its resident
 * memory (VmRSS, VmHWM) and the time since exec to the file named by
 * VITAE_BENCH_STARTUP_REPORT and leaves with _exit(), so no teardown is
 * counted. Under callgrind, the instruction count at exit is then the cost
 * from exec to the first frame. More can be asked for in the runs without
 * valgrind (see after_paint_cb()).
 *
 * It interposes g_application_run(), which every GtkApplication calls from
 * its own binary, to watch for windows.
 */

#include "config.h"

#include <dlfcn.h>
#include <malloc.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef int (*RunFunc) (GApplication *, int, char **);

static long
read_status_kb (const char *status,
                const char *key)
{
  const char *line = strstr (status, key);

  return line != NULL ? strtol (line + strlen (key), NULL, 10) : -1;
}

static double
process_age_ms (void)
{
  g_autofree char *stat = NULL;
  struct timespec now;
  const char *after;
  unsigned long long start_ticks = 0;

  /* Field 22 of /proc/self/stat: the start time in clock ticks since boot. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after = strrchr (stat, ')')) == NULL)
    return -1;
  if (sscanf (after + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
              &start_ticks) != 1)
    return -1;
  clock_gettime (CLOCK_BOOTTIME, &now);

  return (now.tv_sec + now.tv_nsec / 1e9 - (double) start_ticks / sysconf (_SC_CLK_TCK)) * 1000.0;
}

/* What the benchmark's runs without valgrind ask for besides (none of it
 * is done in the counted runs, whose count would include it):
 *   VITAE_BENCH_STARTUP_DETAILS     the widgets of the windows and the heap
 *                                   in use, in the report
 *   VITAE_BENCH_STARTUP_SMAPS       a file to copy /proc/self/smaps into:
 *                                   where the resident memory lies
 *   VITAE_BENCH_STARTUP_SCREENSHOT  a PNG of the first frame
 *   VITAE_BENCH_STARTUP_WIDGETS     on stderr, the widgets by type, and
 *                                   Vitae's widgets with 20 or more below */

static guint
count_widgets (GtkWidget  *widget,
               GHashTable *types,
               int         depth)
{
  const char *name = G_OBJECT_TYPE_NAME (widget);
  guint n = 1;

  if (types != NULL)
    g_hash_table_insert (types, (gpointer) name,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (types, name)) + 1));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, types, depth + 1);
  if (types != NULL && n >= 20 && g_str_has_prefix (name, "Vitae"))
    g_printerr ("widgets: %*s%s %u%s\n", depth, "", name, n, gtk_widget_get_mapped (widget) ? "" : " (unmapped)");

  return n;
}

static guint
count_all_widgets (gboolean print)
{
  g_autoptr(GHashTable) types = print ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      guint n = count_widgets (window, types, 0);

      if (print)
        g_printerr ("widgets: window %s %u\n", G_OBJECT_TYPE_NAME (window), n);
      total += n;
    }

  if (print)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, types);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_printerr ("widgets: type %u %s\n", GPOINTER_TO_UINT (value), (const char *) key);
    }

  return total;
}

static void
copy_smaps (const char *path)
{
  g_autofree char *smaps = NULL;
  gsize length = 0;

  if (g_file_get_contents ("/proc/self/smaps", &smaps, &length, NULL))
    g_file_set_contents (path, smaps, length, NULL);
}

static void
save_screenshot (GdkFrameClock *clock,
                 const char    *path)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      g_autoptr(GdkPaintable) paintable = NULL;
      g_autoptr(GtkSnapshot) snapshot = NULL;
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;

      if (gtk_widget_get_frame_clock (window) != clock)
        continue;

      paintable = gtk_widget_paintable_new (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot,
                              gtk_widget_get_width (window), gtk_widget_get_height (window));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        continue;
      texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
      gdk_texture_save_to_png (texture, path);
      return;
    }
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  const char *report = g_getenv ("VITAE_BENCH_STARTUP_REPORT");
  const char *path;
  g_autofree char *status = NULL;

  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  if (report != NULL && status != NULL)
    {
      FILE *out = fopen (report, "w");

      if (out != NULL)
        {
          fprintf (out, "rss_kb %ld\nhwm_kb %ld\nwall_ms %.1f\n",
                   read_status_kb (status, "VmRSS:"),
                   read_status_kb (status, "VmHWM:"),
                   process_age_ms ());
          if (g_getenv ("VITAE_BENCH_STARTUP_DETAILS") != NULL)
            {
              struct mallinfo2 heap = mallinfo2 ();

              /* malloc's, in every arena: in use, and held but free. */
              fprintf (out, "heap_used_kb %zu\nheap_free_kb %zu\nwidgets %u\n",
                       (heap.uordblks + heap.hblkhd) / 1024, heap.fordblks / 1024,
                       count_all_widgets (g_getenv ("VITAE_BENCH_STARTUP_WIDGETS") != NULL));
            }
          fclose (out);
        }
    }
  if ((path = g_getenv ("VITAE_BENCH_STARTUP_SMAPS")) != NULL)
    copy_smaps (path);
  if ((path = g_getenv ("VITAE_BENCH_STARTUP_SCREENSHOT")) != NULL)
    save_screenshot (clock, path);

  _exit (0);
}

static void
window_realize_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

int
g_application_run (GApplication  *application,
                   int            argc,
                   char         **argv)
{
  RunFunc real_run = (RunFunc) dlsym (RTLD_NEXT, "g_application_run");

  if (GTK_IS_APPLICATION (application))
    g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);

  return real_run (application, argc, argv);
}
