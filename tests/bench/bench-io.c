/* bench-io.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Times reading and writing resumes in every format, for the shipped senior
 * sample and for a long synthetic resume of 1,000 bullets, and prints the
 * median of many runs. Run from the build directory:
 *
 *   VITAE_SOURCE_ROOT=.. tests/bench/bench-io
 *
 * Opening a file happens once per user action, so there is no budget in
 * DESIGN.md; the figures show that I/O is far below anything a user notices
 * and catch a regression by an order of magnitude.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-core.h"

#define RUNS 201

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
bench (const char *name,
       BenchFunc   func,
       gpointer    data)
{
  double times[RUNS];

  /* One run to warm caches and compile the schema. */
  func (data);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (double) (g_get_monotonic_time () - start);
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_print ("%-40s median %9.1f µs   (p10 %9.1f, p90 %9.1f)\n",
           name, times[RUNS / 2], times[RUNS / 10], times[RUNS * 9 / 10]);
}

typedef struct
{
  const char    *name;
  char          *xml;
  gsize          xml_len;
  char          *json;
  gsize          json_len;
  VitaeDocument *document;
} Input;

static void
parse_xml_cb (gpointer data)
{
  Input *input = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_xml_parse (input->xml, input->xml_len, input->name, &error);

  g_assert_no_error (error);
}

static void
parse_json_cb (gpointer data)
{
  Input *input = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VitaeDocument) document = vitae_json_resume_parse (input->json, input->json_len, input->name, &error);

  g_assert_no_error (error);
}

static void
serialize_xml_cb (gpointer data)
{
  Input *input = data;
  g_autofree char *text = vitae_xml_serialize (input->document, NULL);
}

static void
serialize_json_cb (gpointer data)
{
  Input *input = data;
  g_autofree char *text = vitae_json_resume_serialize (input->document, NULL);
}

static void
export_text_cb (gpointer data)
{
  Input *input = data;
  g_autofree char *text = vitae_text_export (input->document);
}

static VitaeDocument *
make_long_document (void)
{
  VitaeDocument *document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);

  vitae_node_set_text (VITAE_NODE (document), "name", "Long Resume");
  for (guint e = 0; e < 100; e++)
    {
      g_autoptr(VitaeEntry) entry = vitae_entry_new ();
      g_autofree char *organization = g_strdup_printf ("Employer %u", e);

      vitae_node_set_text (VITAE_NODE (entry), "organization", organization);
      vitae_node_set_text (VITAE_NODE (entry), "role", "Backend Engineer");
      vitae_node_set_text (VITAE_NODE (entry), "start", "2019-04");
      vitae_node_set_text (VITAE_NODE (entry), "end", "2021-06");
      for (guint b = 0; b < 10; b++)
        {
          g_autofree char *text = g_strdup_printf ("Cut p99 latency of service %u from 1.9 s to 340 ms by batching "
                                                   "PostgreSQL queries & adding covering indexes", b);
          g_autoptr(VitaeBullet) bullet = vitae_bullet_new (text);

          vitae_entry_append_bullet (entry, bullet);
        }
      vitae_section_append_entry (section, entry);
    }
  vitae_document_append_section (document, section);

  return document;
}

static void
run_input (Input *input)
{
  g_autofree char *label = NULL;

  input->xml = vitae_xml_serialize (input->document, &input->xml_len);
  input->json = vitae_json_resume_serialize (input->document, &input->json_len);

  g_print ("\n%s (.vitae %" G_GSIZE_FORMAT " bytes, JSON %" G_GSIZE_FORMAT " bytes)\n",
           input->name, input->xml_len, input->json_len);
  bench ("  parse .vitae (with schema validation)", parse_xml_cb, input);
  bench ("  parse JSON Resume", parse_json_cb, input);
  bench ("  write .vitae", serialize_xml_cb, input);
  bench ("  write JSON Resume", serialize_json_cb, input);
  bench ("  export plain text", export_text_cb, input);

  g_clear_pointer (&input->xml, g_free);
  g_clear_pointer (&input->json, g_free);
  g_clear_object (&input->document);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sample = NULL;
  g_autoptr(GError) error = NULL;
  Input senior = { "senior-backend", };
  Input long_resume = { "1,000 bullets", };

  setlocale (LC_ALL, "C.UTF-8");
  vitae_core_init ();

  sample = g_build_filename (g_getenv ("VITAE_SOURCE_ROOT") ? g_getenv ("VITAE_SOURCE_ROOT") : "..",
                             "data", "samples", "senior-backend.json", NULL);
  senior.document = vitae_document_load (sample, &error);
  if (senior.document == NULL)
    g_error ("%s (set VITAE_SOURCE_ROOT to the source folder)", error->message);

  long_resume.document = make_long_document ();

  run_input (&senior);
  run_input (&long_resume);

  return 0;
}
