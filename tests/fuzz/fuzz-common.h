/* fuzz-common.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* libFuzzer's entry points. */
int   LLVMFuzzerInitialize   (int            *argc,
                              char         ***argv);
int   LLVMFuzzerTestOneInput (const uint8_t  *data,
                              size_t          size);

/* Sets up the core once: C.UTF-8 locale, an in-memory user catalog, and
 * criticals and warnings made fatal so that libFuzzer reports a broken
 * precondition or a g_warning() as a crash. */
void  fuzz_init              (void);
/* The input as a nul-terminated string of valid UTF-8: up to the first nul
 * byte, with invalid sequences replaced (the coach and coverage take text
 * from GTK or from vitae_read_text_file(), both valid UTF-8). */
char *fuzz_dup_valid_utf8    (const uint8_t  *data,
                              size_t          size);

G_END_DECLS
