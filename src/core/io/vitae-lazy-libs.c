/* vitae-lazy-libs.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Poppler and libarchive, loaded when first used, not at every start.
 *
 * Only reading a PDF needs Poppler, and only Word, OpenDocument and
 * LinkedIn files need libarchive; but linked to the program, each is
 * loaded, relocated and partly paged in by every start of the window and
 * of every command, with what it links in turn (NSS, NSPR, lcms2 and
 * OpenJPEG for Poppler; nettle, lz4 and libacl for libarchive): some
 * 3 MiB of resident memory at the window's first frame. The functions here
 * stand in for the ones of theirs the core calls, under the same names:
 * the first call opens the library and each goes on to the library's own.
 * Nothing else in the program then refers to either, so the linker
 * (--as-needed) leaves them out of its libraries; a program that calls
 * more of them itself (a test) links them as before, and these find that
 * same copy.
 */

#define G_LOG_DOMAIN "vitae-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <dlfcn.h>
#include <poppler.h>

/* The libraries' names with their ABI versions: Poppler's GLib interface
 * has had this one since 0.18 (2011), libarchive since 3.0 (2011). */
#define POPPLER_GLIB_SONAME "libpoppler-glib.so.8"
#define LIBARCHIVE_SONAME   "libarchive.so.13"

/* Each stand-in: its return type, name, parameters and arguments. */
#define POPPLER_CALLS(F, V) \
  F (GQuark, poppler_error_quark, (void), ()) \
  F (PopplerDocument *, poppler_document_new_from_bytes, \
     (GBytes *bytes, const char *password, GError **error), (bytes, password, error)) \
  F (int, poppler_document_get_n_pages, (PopplerDocument *document), (document)) \
  F (PopplerPage *, poppler_document_get_page, (PopplerDocument *document, int index), (document, index)) \
  V (poppler_page_get_size, (PopplerPage *page, double *width, double *height), (page, width, height)) \
  F (int, poppler_page_get_index, (PopplerPage *page), (page)) \
  F (char *, poppler_page_get_text, (PopplerPage *page), (page)) \
  F (char *, poppler_page_get_text_for_area, (PopplerPage *page, PopplerRectangle *area), (page, area)) \
  F (char *, poppler_page_get_selected_text, \
     (PopplerPage *page, PopplerSelectionStyle style, PopplerRectangle *selection), (page, style, selection)) \
  F (gboolean, poppler_page_get_text_layout, \
     (PopplerPage *page, PopplerRectangle **rectangles, guint *n_rectangles), (page, rectangles, n_rectangles)) \
  F (gboolean, poppler_page_get_text_layout_for_area, \
     (PopplerPage *page, PopplerRectangle *area, PopplerRectangle **rectangles, guint *n_rectangles), \
     (page, area, rectangles, n_rectangles)) \
  F (GList *, poppler_page_get_text_attributes, (PopplerPage *page), (page)) \
  F (GList *, poppler_page_get_text_attributes_for_area, (PopplerPage *page, PopplerRectangle *area), (page, area)) \
  V (poppler_page_free_text_attributes, (GList *list), (list)) \
  F (GList *, poppler_page_get_link_mapping, (PopplerPage *page), (page)) \
  V (poppler_page_free_link_mapping, (GList *list), (list)) \
  F (char *, poppler_document_get_author, (PopplerDocument *document), (document)) \
  F (char *, poppler_document_get_title, (PopplerDocument *document), (document)) \
  V (poppler_page_render, (PopplerPage *page, cairo_t *cairo), (page, cairo))

#define ARCHIVE_CALLS(F, V) \
  F (const char *, archive_error_string, (struct archive *a), (a)) \
  F (struct archive *, archive_read_new, (void), ()) \
  F (int, archive_read_support_format_zip, (struct archive *a), (a)) \
  F (int, archive_read_open_memory, (struct archive *a, const void *buffer, size_t size), (a, buffer, size)) \
  F (int, archive_read_next_header, (struct archive *a, struct archive_entry **entry), (a, entry)) \
  F (la_ssize_t, archive_read_data, (struct archive *a, void *buffer, size_t size), (a, buffer, size)) \
  F (int, archive_read_free, (struct archive *a), (a)) \
  F (struct archive *, archive_write_new, (void), ()) \
  F (int, archive_write_set_format_zip, (struct archive *a), (a)) \
  F (int, archive_write_zip_set_compression_deflate, (struct archive *a), (a)) \
  F (int, archive_write_zip_set_compression_store, (struct archive *a), (a)) \
  F (int, archive_write_set_bytes_in_last_block, (struct archive *a, int bytes), (a, bytes)) \
  F (int, archive_write_open, \
     (struct archive *a, void *data, archive_open_callback *open_cb, archive_write_callback *write_cb, \
      archive_close_callback *close_cb), \
     (a, data, open_cb, write_cb, close_cb)) \
  F (int, archive_write_header, (struct archive *a, struct archive_entry *entry), (a, entry)) \
  F (la_ssize_t, archive_write_data, (struct archive *a, const void *buffer, size_t size), (a, buffer, size)) \
  F (int, archive_write_close, (struct archive *a), (a)) \
  F (int, archive_write_free, (struct archive *a), (a)) \
  F (struct archive_entry *, archive_entry_new, (void), ()) \
  V (archive_entry_free, (struct archive_entry *entry), (entry)) \
  F (const char *, archive_entry_pathname, (struct archive_entry *entry), (entry)) \
  V (archive_entry_set_pathname, (struct archive_entry *entry, const char *name), (entry, name)) \
  V (archive_entry_set_filetype, (struct archive_entry *entry, unsigned int type), (entry, type)) \
  V (archive_entry_set_perm, (struct archive_entry *entry, mode_t perm), (entry, perm)) \
  V (archive_entry_set_size, (struct archive_entry *entry, la_int64_t size), (entry, size)) \
  V (archive_entry_set_mtime, (struct archive_entry *entry, time_t seconds, long nanoseconds), \
     (entry, seconds, nanoseconds))

/* A table of the library's functions, filled on first use. */
#define FIELD(ret, name, params, args) ret (*name) params;
#define VOID_FIELD(name, params, args) void (*name) params;
#define RESOLVE(ret, name, params, args) table.name = find (library, soname, #name);
#define VOID_RESOLVE(name, params, args) RESOLVE (void, name, params, args)

static gpointer
find (void       *library,
      const char *soname,
      const char *name)
{
  /* Looked up in the library itself: this program's functions of the same
   * names come first in the global scope. */
  gpointer symbol = dlsym (library, name);

  if (symbol == NULL)
    g_error ("%s has no %s: %s", soname, name, dlerror ());

  return symbol;
}

static void *
open_library (const char *soname)
{
  void *library = dlopen (soname, RTLD_NOW | RTLD_LOCAL);

  /* Both are dependencies of the program, installed with it. The library
   * stays loaded: Poppler's types are registered with GObject. */
  if (library == NULL)
    g_error ("Could not load %s: %s", soname, dlerror ());

  return library;
}

#define DEFINE_TABLE(Name, name, SONAME, CALLS) \
  typedef struct { CALLS (FIELD, VOID_FIELD) } Name; \
  \
  static const Name * \
  name (void) \
  { \
    static Name table; \
    static gsize loaded; \
    \
    if (g_once_init_enter (&loaded)) \
      { \
        const char *soname = SONAME; \
        void *library = open_library (soname); \
        \
        CALLS (RESOLVE, VOID_RESOLVE) \
        g_once_init_leave (&loaded, 1); \
      } \
    \
    return &table; \
  }

DEFINE_TABLE (PopplerCalls, poppler_calls, POPPLER_GLIB_SONAME, POPPLER_CALLS)
DEFINE_TABLE (ArchiveCalls, archive_calls, LIBARCHIVE_SONAME, ARCHIVE_CALLS)

/* The stand-ins. */
#define POPPLER_STUB(ret, name, params, args) ret name params { return poppler_calls ()->name args; }
#define POPPLER_VOID_STUB(name, params, args) void name params { poppler_calls ()->name args; }
#define ARCHIVE_STUB(ret, name, params, args) ret name params { return archive_calls ()->name args; }
#define ARCHIVE_VOID_STUB(name, params, args) void name params { archive_calls ()->name args; }

POPPLER_CALLS (POPPLER_STUB, POPPLER_VOID_STUB)
ARCHIVE_CALLS (ARCHIVE_STUB, ARCHIVE_VOID_STUB)
