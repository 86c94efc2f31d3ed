/* bench-common.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Timing helpers the benchmarks share: a monotonic clock in nanoseconds and
 * the median of an array of such times.
 */

#pragma once

#include <glib.h>
#include <time.h>

static inline gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static inline int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @times (gint64 nanoseconds) and returns their median. */
static inline gint64
median_ns (GArray *times)
{
  g_array_sort (times, compare_times);

  return g_array_index (times, gint64, times->len / 2);
}

static inline double
median_us (GArray *times)
{
  return median_ns (times) / 1e3;
}

static inline double
median_ms (GArray *times)
{
  return median_ns (times) / 1e6;
}
