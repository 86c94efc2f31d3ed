/* vitae-autosave.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vitae-types.h"

G_BEGIN_DECLS

/*
 * Autosave keeps a snapshot of unsaved work in the user's cache, one "slot"
 * per open document: SLOT.vitae (the document) and SLOT.ini (where it came
 * from). A slot's name starts with the process id of its owner, so that after
 * a crash the next start finds the slots whose owner is gone and offers them
 * back.
 */

typedef struct
{
  char   *slot;
  char   *snapshot_path;
  char   *original_path;   /* nullable: an untitled document */
  gint64  saved_at;        /* Unix time */
} VitaeAutosaveItem;

char          *vitae_autosave_get_default_dir  (void);
char          *vitae_autosave_new_slot         (void);
gboolean       vitae_autosave_write            (const char         *dir,
                                                const char         *slot,
                                                VitaeDocument      *document,
                                                const char         *original_path,
                                                GError            **error);
void           vitae_autosave_discard          (const char         *dir,
                                                const char         *slot);
GPtrArray     *vitae_autosave_find_orphans     (const char         *dir);
VitaeDocument *vitae_autosave_item_load        (VitaeAutosaveItem  *item,
                                                GError            **error);
void           vitae_autosave_item_free        (VitaeAutosaveItem  *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeAutosaveItem, vitae_autosave_item_free)

G_END_DECLS
