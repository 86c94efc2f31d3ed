/* test-crash-safety.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Nothing is lost": a save that is killed at any moment, a snapshot taken
 * before a crash, a full disk and a read-only folder all leave a complete,
 * loadable file behind.
 */

/* unshare() and CLONE_NEWNS */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "src/core/vitae-core.h"

/* Saves per child: the child is killed long before it would finish. */
#define N_SAVES 200
#define N_TRIALS 20

static const char *self_exe;

/* Helpers */

static VitaeDocument *
make_document (const char *name,
               guint       n_entries)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);

  vitae_node_set_text (VITAE_NODE (document), "name", name);
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *org = g_strdup_printf ("Employer %u", i);

      vitae_node_set_text (VITAE_NODE (entry), "organization", org);
      for (guint j = 0; j < 8; j++)
        {
          g_autofree char *text = g_strdup_printf ("Cut p99 latency of service %u.%u from 3.2 s to 180 ms with PostgreSQL indexes", i, j);
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (text);

          vitae_entry_append_bullet (entry, bullet);
        }
      vitae_section_append_entry (section, entry);
    }
  vitae_document_append_section (document, section);

  return document;
}

/* Two different versions of the same resume, A small and B much larger, so
 * that a torn write of either could never pass for the other. */
static VitaeDocument *
make_version (gboolean b)
{
  return b ? make_document ("Ana Núñez (B)", 40) : make_document ("Ana Núñez (A)", 4);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vitae-crash-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Every name in @path but @except. */
static GPtrArray *
list_others (const char *path,
             const char *except)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_strcmp0 (name, except) != 0)
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

static void
assert_is_a_or_b (VitaeDocument *loaded,
                  VitaeDocument *a,
                  VitaeDocument *b)
{
  g_assert_nonnull (loaded);
  g_assert_true (vitae_document_equal (loaded, a) || vitae_document_equal (loaded, b));
}

/* Children, run as `test-crash-safety --child KIND PATH` */

static void
child_ready (void)
{
  /* One line per finished save tells the parent where the child is. */
  if (write (STDOUT_FILENO, "saved\n", 6) != 6)
    _exit (3);
}

static int
child_main (const char *kind,
            const char *path)
{
  g_autoptr(VitaeDocument) a = make_version (FALSE);
  g_autoptr(VitaeDocument) b = make_version (TRUE);
  g_autofree char *slot = vitae_autosave_new_slot ();

  /* A relaunch after a crash: how many snapshots would it offer? */
  if (g_str_equal (kind, "count-orphans"))
    {
      g_autoptr(GPtrArray) orphans = vitae_autosave_find_orphans (path);

      return (int) MIN (orphans->len, 100);
    }

  /* Takes a few snapshots, then crashes. */
  if (g_str_equal (kind, "autosave-crash"))
    {
      for (guint i = 0; i < 3; i++)
        {
          g_autoptr(GError) error = NULL;

          if (!vitae_autosave_write (path, slot, i % 2 ? b : a, "/home/ana/resume.vitae", &error))
            {
              g_printerr ("%s\n", error->message);
              return 2;
            }
        }
      raise (SIGKILL);
      return 3;
    }

  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autoptr(GError) error = NULL;
      VitaeDocument *document = i % 2 ? b : a;
      gboolean ok;

      if (g_str_equal (kind, "save"))
        ok = vitae_document_save (document, path, &error);
      else
        ok = vitae_autosave_write (path, slot, document, "/home/ana/resume.vitae", &error);

      if (!ok)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      child_ready ();
    }

  /* Snapshots are only orphans once their process is gone: stay alive until
   * the parent kills us. */
  if (g_str_equal (kind, "autosave"))
    for (;;)
      pause ();

  return 0;
}

/* Spawns a child of @kind on @path, lets it finish @n_saves saves, waits
 * @delay_us more and kills it with SIGKILL.  Returns the number of saves the
 * child reported. */
static guint
run_and_kill (const char *kind,
              const char *path,
              guint       n_saves,
              guint       delay_us)
{
  const char *argv[] = { self_exe, "--child", kind, path, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint seen = 0;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  while (seen < n_saves)
    {
      g_autofree char *line = g_data_input_stream_read_line (lines, NULL, NULL, &error);

      g_assert_no_error (error);
      if (line == NULL)
        break;
      g_assert_cmpstr (line, ==, "saved");
      seen++;
    }

  g_usleep (delay_us);
  g_subprocess_force_exit (child);
  g_assert_true (g_subprocess_wait (child, NULL, &error));
  g_assert_no_error (error);

  /* A child that finished all its saves before the signal exits normally. */
  if (g_subprocess_get_if_signaled (child))
    g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
  else
    g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);

  return seen;
}

/* Tests */

/* A save killed at a random moment leaves the old or the new version, whole,
 * and at most the one temporary file of the killed save, which the next save
 * removes. */
static void
test_kill_during_save (void)
{
  g_autoptr(VitaeDocument) a = make_version (FALSE);
  g_autoptr(VitaeDocument) b = make_version (TRUE);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.vitae", NULL);
  guint torn = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (vitae_document_save (a, path, &error));
  g_assert_no_error (error);

  for (guint trial = 0; trial < N_TRIALS; trial++)
    {
      g_autoptr(VitaeDocument) loaded = NULL;
      g_autoptr(GPtrArray) others = NULL;
      guint n_saves = g_test_rand_int_range (0, N_SAVES);
      guint delay_us = g_test_rand_int_range (0, 3000);
      guint seen;

      seen = run_and_kill ("save", path, n_saves, delay_us);
      g_assert_cmpuint (seen, ==, n_saves);

      loaded = vitae_document_load (path, &error);
      g_assert_no_error (error);
      assert_is_a_or_b (loaded, a, b);

      others = list_others (dir, "resume.vitae");
      g_assert_cmpuint (others->len, <=, 1);
      if (others->len == 1)
        {
          const char *name = g_ptr_array_index (others, 0);

          /* Hidden, and named after the file it was meant to replace. */
          g_assert_true (g_str_has_prefix (name, ".resume.vitae."));
          torn++;
        }

      /* The next save cleans up after the killed one. */
      g_assert_true (vitae_document_save (a, path, &error));
      g_assert_no_error (error);
      g_clear_pointer (&others, g_ptr_array_unref);
      others = list_others (dir, "resume.vitae");
      g_assert_cmpuint (others->len, ==, 0);
    }

  g_test_message ("%u trials, %u killed while a save was in progress", N_TRIALS, torn);
  remove_tree (dir);
}

/* A snapshot written before a crash is found and restored afterwards, whole,
 * with where it came from, and marked unsaved. */
static void
test_autosave_after_kill (void)
{
  g_autoptr(VitaeDocument) a = make_version (FALSE);
  g_autoptr(VitaeDocument) b = make_version (TRUE);
  g_autofree char *dir = make_temp_dir ();

  for (guint trial = 0; trial < 5; trial++)
    {
      g_autoptr(GPtrArray) orphans = NULL;
      g_autoptr(VitaeDocument) restored = NULL;
      g_autoptr(GError) error = NULL;
      VitaeAutosaveItem *item;

      /* At least one snapshot, so there is something to restore. */
      run_and_kill ("autosave", dir, g_test_rand_int_range (1, 40), g_test_rand_int_range (0, 3000));

      orphans = vitae_autosave_find_orphans (dir);
      g_assert_cmpuint (orphans->len, ==, 1);
      item = g_ptr_array_index (orphans, 0);
      g_assert_cmpstr (item->original_path, ==, "/home/ana/resume.vitae");

      restored = vitae_autosave_item_load (item, &error);
      g_assert_no_error (error);
      assert_is_a_or_b (restored, a, b);
      g_assert_true (vitae_document_get_modified (restored));

      /* Once restored, the slot is discarded, with any temporary file of a
       * snapshot that was being written, and the folder is empty. */
      vitae_autosave_discard (dir, item->slot);
      g_clear_pointer (&orphans, g_ptr_array_unref);
      orphans = list_others (dir, NULL);
      g_assert_cmpuint (orphans->len, ==, 0);
    }

  remove_tree (dir);
}

/* Runs @argv as process 2 of a new PID namespace, as Flatpak runs the app
 * (bubblewrap is process 1), and returns its wait status, or -1 if this
 * system does not let a test make a PID namespace.  Only async-signal-safe
 * calls between fork() and exec(). */
static int
run_as_pid_2 (const char * const *argv)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      pid_t init, app;

      if (unshare (CLONE_NEWPID) != 0)
        _exit (100);

      init = fork ();
      if (init < 0)
        _exit (101);
      if (init == 0)
        {
          /* Process 1, the namespace's init: it runs the app and reports how
           * the app ended. */
          app = fork ();
          if (app < 0)
            _exit (101);
          if (app == 0)
            {
              execv (argv[0], (char **) argv);
              _exit (127);
            }
          while (waitpid (app, &status, 0) < 0)
            if (errno != EINTR)
              _exit (102);
          if (WIFSIGNALED (status))
            _exit (128 + WTERMSIG (status));
          _exit (WEXITSTATUS (status));
        }

      while (waitpid (init, &status, 0) < 0)
        if (errno != EINTR)
          _exit (102);
      _exit (WIFEXITED (status) ? WEXITSTATUS (status) : 103);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == 100)
    return -1;

  return WEXITSTATUS (status);
}

/* In Flatpak every launch is process 2 of its own PID namespace.  A crash
 * there, then a relaunch: the snapshot is offered.  When liveness was asked
 * of the process id, the relaunch took the snapshot for its own (its pid is
 * 2 too) and never offered it. */
static void
test_autosave_pid_namespace (void)
{
  g_autofree char *dir = make_temp_dir ();
  const char *crash[] = { self_exe, "--child", "autosave-crash", dir, NULL };
  const char *count[] = { self_exe, "--child", "count-orphans", dir, NULL };
  g_autoptr(GPtrArray) names = NULL;
  gboolean as_pid_2 = FALSE;
  int result;

  result = run_as_pid_2 (crash);
  if (result < 0)
    {
      g_test_skip ("This system does not let a test make a PID namespace (needs root or CAP_SYS_ADMIN)");
      remove_tree (dir);
      return;
    }
  g_assert_cmpint (result, ==, 128 + SIGKILL);

  /* The snapshot was taken by process 2: its slot says so. */
  names = list_others (dir, NULL);
  for (guint i = 0; i < names->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (names, i), "-", 3);

      if (g_strv_length (parts) == 3 && g_str_equal (parts[1], "2"))
        as_pid_2 = TRUE;
    }
  g_assert_true (as_pid_2);

  /* The relaunch, process 2 again, offers it. */
  g_assert_cmpint (run_as_pid_2 (count), ==, 1);
  /* Looking did not take it: the next launch offers it still. */
  g_assert_cmpint (run_as_pid_2 (count), ==, 1);

  remove_tree (dir);
}

static void
write_slot (const char *dir,
            const char *slot)
{
  g_autoptr(VitaeDocument) a = make_version (FALSE);
  g_autofree char *vitae = g_strconcat (slot, ".vitae", NULL);
  g_autofree char *ini = g_strconcat (slot, ".ini", NULL);
  g_autofree char *vitae_path = g_build_filename (dir, vitae, NULL);
  g_autofree char *ini_path = g_build_filename (dir, ini, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (vitae_document_save (a, vitae_path, &error));
  g_assert_no_error (error);
  g_file_set_contents (ini_path, "[autosave]\noriginal=/home/ana/resume.vitae\nsaved-at=1\n", -1, &error);
  g_assert_no_error (error);
}

/* A snapshot left by a crashed process whose id now belongs to a live,
 * unrelated process (here: this one, and init) is offered all the same; a
 * snapshot of a live writer, in this process or another, is not. */
static void
test_autosave_pid_reuse (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *mine = g_strdup_printf ("%d-0-1", (int) getpid ());
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(VitaeDocument) a = make_version (FALSE);
  g_autofree char *live = vitae_autosave_new_slot ();
  g_autoptr(GError) error = NULL;

  write_slot (dir, mine);
  write_slot (dir, "1-0-1");

  /* A slot this process writes is alive. */
  g_assert_true (vitae_autosave_write (dir, live, a, NULL, &error));
  g_assert_no_error (error);

  orphans = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (orphans->len, ==, 2);
  for (guint i = 0; i < orphans->len; i++)
    {
      VitaeAutosaveItem *item = g_ptr_array_index (orphans, i);

      g_assert_true (g_str_equal (item->slot, mine) || g_str_equal (item->slot, "1-0-1"));
    }

  /* While this process offers them, nobody else does. */
  {
    const char *count[] = { self_exe, "--child", "count-orphans", dir, NULL };
    g_autoptr(GSubprocess) child = g_subprocess_newv (count, G_SUBPROCESS_FLAGS_NONE, &error);

    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait (child, NULL, &error));
    g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
  }

  /* Let go, they are orphans again; discarded, they are gone. */
  g_clear_pointer (&orphans, g_ptr_array_unref);
  again = vitae_autosave_find_orphans (dir);
  g_assert_cmpuint (again->len, ==, 2);
  for (guint i = 0; i < again->len; i++)
    vitae_autosave_discard (dir, ((VitaeAutosaveItem *) g_ptr_array_index (again, i))->slot);
  vitae_autosave_discard (dir, live);
  g_clear_pointer (&again, g_ptr_array_unref);
  again = list_others (dir, NULL);
  g_assert_cmpuint (again->len, ==, 0);

  remove_tree (dir);
}

/* A temporary file of a killed save named after a process id that is alive
 * (this process's, init's) is stale all the same, and the next save removes
 * it; the temporary file of a save in progress in another process is left
 * alone whatever its name, until that process dies. */
static void
test_stale_temp_pid_reuse (void)
{
  g_autoptr(VitaeDocument) a = make_version (FALSE);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "resume.vitae", NULL);
  g_autofree char *reused = g_strdup_printf ("%s/.resume.vitae.vitae-save-%d-abcdef", dir, (int) getpid ());
  g_autofree char *init = g_strdup_printf ("%s/.resume.vitae.vitae-save-1-ghijkl", dir);
  g_autofree char *busy = g_strdup_printf ("%s/.resume.vitae.vitae-save-999999999-mnopqr", dir);
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GError) error = NULL;
  int ready[2];
  char byte;
  pid_t writer;
  int status;

  g_assert_true (g_file_set_contents (reused, "<half a resume", -1, NULL));
  g_assert_true (g_file_set_contents (init, "<half a resume", -1, NULL));
  g_assert_true (g_file_set_contents (busy, "<a save in progress", -1, NULL));

  /* Another process writing "busy" holds its lock. */
  g_assert_no_errno (pipe (ready));
  writer = fork ();
  g_assert_cmpint (writer, >=, 0);
  if (writer == 0)
    {
      int fd = open (busy, O_RDWR | O_CLOEXEC);

      /* Dies with this test, even if an assertion ends it. */
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      close (ready[0]);
      if (fd < 0 || flock (fd, LOCK_EX) != 0 || write (ready[1], "x", 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);

  g_assert_true (vitae_document_save (a, path, &error));
  g_assert_no_error (error);
  others = list_others (dir, "resume.vitae");
  g_assert_cmpuint (others->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (others, 0), ==, ".resume.vitae.vitae-save-999999999-mnopqr");

  /* The writer dies: its temporary file is stale now. */
  g_assert_no_errno (kill (writer, SIGKILL));
  g_assert_cmpint (waitpid (writer, &status, 0), ==, writer);
  g_assert_true (vitae_document_save (a, path, &error));
  g_assert_no_error (error);
  g_clear_pointer (&others, g_ptr_array_unref);
  others = list_others (dir, "resume.vitae");
  g_assert_cmpuint (others->len, ==, 0);

  remove_tree (dir);
}

/* Mounts, made in a private mount namespace of a forked test process, so
 * that they vanish with it however the test ends. */

static gboolean
enter_private_mounts (void)
{
  if (geteuid () != 0)
    return FALSE;
  if (unshare (CLONE_NEWNS) != 0)
    return FALSE;
  return mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
}

/* Whether this machine lets a test mount a tmpfs: tried in a forked child,
 * whose namespace and mounts die with it. */
static gboolean
can_mount (void)
{
  static int result = -1;

  if (result < 0)
    {
      g_autofree char *dir = make_temp_dir ();
      int status = 0;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        _exit (enter_private_mounts () &&
               mount ("tmpfs", dir, "tmpfs", 0, "size=64k") == 0 &&
               mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL) == 0 ? 0 : 1);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      result = WIFEXITED (status) && WEXITSTATUS (status) == 0;
      g_rmdir (dir);
    }

  return result;
}

#define OLD_CONTENT "<not a resume, but the user's old file>"

static void
write_old (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, OLD_CONTENT, -1, &error);
  g_assert_no_error (error);
}

static void
assert_old_kept (const char *dir,
                 const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GPtrArray) others = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, OLD_CONTENT);
  others = list_others (dir, base);
  g_assert_cmpuint (others->len, ==, 0);
}

static void
assert_save_fails (const char *path,
                   int         expected_errno)
{
  /* About 200 KB: more than a 64 KiB tmpfs holds. */
  g_autoptr(VitaeDocument) b = make_document ("Ana Núñez", 200);
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (path);

  g_assert_false (vitae_document_save (b, path, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  /* The user reads which file and why. */
  g_assert_nonnull (strstr (error->message, display));
  g_assert_nonnull (strstr (error->message, g_strerror (expected_errno)));
}

/* Runs the current test again in a subprocess, which mounts a tmpfs on a
 * folder made here, named after this process, in its own mount namespace:
 * the mount is gone when the subprocess ends, passed or failed, and the
 * folder is removed here. */
static char *
mount_point (pid_t parent)
{
  g_autofree char *name = g_strdup_printf ("vitae-crash-mount-%d", (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
run_mounted (void)
{
  g_autofree char *dir = mount_point (getpid ());

  g_assert_no_errno (g_mkdir (dir, 0700));
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  remove_tree (dir);
  g_test_trap_assert_passed ();
}

/* A save into a full disk fails, names the file and the reason, and leaves
 * the old file and nothing else.  A 64 KiB tmpfs holds the old file but not
 * the new one; without one, test-convert covers the same with the write()
 * fault shim. */
static void
test_full_disk (void)
{
  if (!can_mount ())
    {
      g_test_skip ("Cannot mount a small tmpfs here (needs root and mount namespaces); "
                   "test-convert's disk-full test covers this with the write() fault shim");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autofree char *dir = mount_point (getppid ());
      g_autofree char *path = g_build_filename (dir, "resume.vitae", NULL);

      g_assert_true (enter_private_mounts ());
      g_assert_no_errno (mount ("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0755"));
      write_old (path);
      assert_save_fails (path, ENOSPC);
      assert_old_kept (dir, path);
      return;
    }

  run_mounted ();
}

/* A save into a read-only folder fails the same way.  Root ignores file
 * permissions, so as root the folder is a read-only mount; as anyone else,
 * a folder without write permission. */
static void
test_read_only_folder (void)
{
  if (geteuid () != 0)
    {
      g_autofree char *dir = make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, "resume.vitae", NULL);

      write_old (path);
      g_assert_no_errno (g_chmod (dir, 0555));
      assert_save_fails (path, EACCES);
      g_assert_no_errno (g_chmod (dir, 0755));
      assert_old_kept (dir, path);
      remove_tree (dir);
      return;
    }

  if (!can_mount ())
    {
      g_test_skip ("Running as root, for whom permissions do not stop a write, "
                   "and this system does not let a test make a read-only mount");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autofree char *dir = mount_point (getppid ());
      g_autofree char *path = g_build_filename (dir, "resume.vitae", NULL);

      g_assert_true (enter_private_mounts ());
      g_assert_no_errno (mount ("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0755"));
      write_old (path);
      g_assert_no_errno (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL));
      assert_save_fails (path, EROFS);
      assert_old_kept (dir, path);
      return;
    }

  run_mounted ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  vitae_core_init ();
  self_exe = argv[0];

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vitae/crash-safety/kill-during-save", test_kill_during_save);
  g_test_add_func ("/vitae/crash-safety/autosave-after-kill", test_autosave_after_kill);
  g_test_add_func ("/vitae/crash-safety/autosave-pid-namespace", test_autosave_pid_namespace);
  g_test_add_func ("/vitae/crash-safety/autosave-pid-reuse", test_autosave_pid_reuse);
  g_test_add_func ("/vitae/crash-safety/stale-temp-pid-reuse", test_stale_temp_pid_reuse);
  g_test_add_func ("/vitae/crash-safety/full-disk", test_full_disk);
  g_test_add_func ("/vitae/crash-safety/read-only-folder", test_read_only_folder);

  return g_test_run ();
}
