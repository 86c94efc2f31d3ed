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
 * from exec to the first frame.
 *
 * It interposes g_application_run(), which every GtkApplication calls from
 * its own binary, to watch for windows.
 */

#include "config.h"

#include <dlfcn.h>
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

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  const char *report = g_getenv ("VITAE_BENCH_STARTUP_REPORT");
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
          fclose (out);
        }
    }

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
