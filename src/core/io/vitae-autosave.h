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
 * per open document: SLOT.vitae (the document), SLOT.ini (where it came
 * from) and SLOT.lock, which the owner keeps locked (flock) while it lives.
 * The kernel drops the lock when the owner dies, so after a crash the next
 * start finds the slots whose lock is free and offers them back.  Process
 * ids decide nothing: inside a PID namespace (Flatpak) every launch has the
 * same one.
 */

typedef struct
{
  char   *slot;
  char   *snapshot_path;
  char   *original_path;   /* nullable: an untitled document */
  gint64  saved_at;        /* Unix time */
  int     lock_fd;         /* the slot's lock, held while the item lives (> 0) */
} VitaeAutosaveItem;

char          *vitae_autosave_get_default_dir  (void);
char          *vitae_autosave_new_slot         (void);
gboolean       vitae_autosave_write            (const char         *dir,
                                                const char         *slot,
                                                VitaeDocument      *document,
                                                const char         *original_path,
                                                GError            **error);
void           vitae_autosave_write_async      (const char          *dir,
                                                const char          *slot,
                                                VitaeDocument       *document,
                                                const char          *original_path,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean       vitae_autosave_write_finish     (GAsyncResult        *result,
                                                GError             **error);
void           vitae_autosave_discard          (const char         *dir,
                                                const char         *slot);
GPtrArray     *vitae_autosave_find_orphans     (const char         *dir);
VitaeDocument *vitae_autosave_item_load        (VitaeAutosaveItem  *item,
                                                GError            **error);
void           vitae_autosave_item_free        (VitaeAutosaveItem  *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VitaeAutosaveItem, vitae_autosave_item_free)

G_END_DECLS
