/* vitae-error.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VITAE_ERROR (vitae_error_quark ())

/**
 * VitaeError:
 * @VITAE_ERROR_PARSE: the file is not well-formed (XML or JSON syntax)
 * @VITAE_ERROR_INVALID: the file is well-formed but not a valid resume
 * @VITAE_ERROR_FORBIDDEN: the file uses a construct we refuse (DTDs, entities)
 * @VITAE_ERROR_TOO_LARGE: the file or a value in it is larger than we accept
 * @VITAE_ERROR_ENCODING: the file is not valid UTF-8
 * @VITAE_ERROR_UNSUPPORTED: the file name has an extension we cannot handle
 * @VITAE_ERROR_IO: reading or writing failed
 * @VITAE_ERROR_CATALOG: the keyword catalog could not be used
 */
typedef enum
{
  VITAE_ERROR_PARSE,
  VITAE_ERROR_INVALID,
  VITAE_ERROR_FORBIDDEN,
  VITAE_ERROR_TOO_LARGE,
  VITAE_ERROR_ENCODING,
  VITAE_ERROR_UNSUPPORTED,
  VITAE_ERROR_IO,
  VITAE_ERROR_CATALOG,
} VitaeError;

GQuark vitae_error_quark (void);

/* A file name as messages show it: valid UTF-8 with control, invisible and
 * non-UTF-8 characters escaped. Every message that names a file, in the
 * core and in the fronts, builds the name with it. */
char  *vitae_display_name (const char *path);

G_END_DECLS
