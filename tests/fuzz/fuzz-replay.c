/* fuzz-replay.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

/*
 * Replays a fuzz target's inputs as GLib tests, without libFuzzer, so that
 * the normal build (gcc, no sanitizer needed) checks every seed and every
 * crash ever found: each file of the directories given on the command line
 * is one test case, run through the target's LLVMFuzzerTestOneInput() with
 * its assertions. FUZZ_TARGET names the target in the test paths.
 */

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* A copy of exactly the input's size, as libFuzzer passes it, so that
   * the sanitizer build catches a read past its end; like libFuzzer's, an
   * empty input is not NULL. */
  {
    g_autofree uint8_t *input = g_malloc (MAX (length, 1));

    memcpy (input, contents, length);

    g_assert_cmpint (LLVMFuzzerTestOneInput (input, length), ==, 0);
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort() passes pointers to the elements. */
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
add_directory (const char *dir_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind = g_path_get_basename (dir_path);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = NULL;

      test_path = g_strdup_printf ("/fuzz-%s/%s/%s", FUZZ_TARGET, kind,
                                   (const char *) g_ptr_array_index (names, i));
      g_test_add_data_func_full (test_path,
                                 g_build_filename (dir_path, g_ptr_array_index (names, i), NULL),
                                 replay_file, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
      add_directory (argv[i]);

  return g_test_run ();
}
