/* vitae-window-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-coach-panel.h"
#include "vitae-core.h"
#include "vitae-editor.h"
#include "vitae-keywords-panel.h"
#include "vitae-preview.h"
#include "vitae-outline.h"
#include "vitae-window.h"

G_BEGIN_DECLS

struct _VitaeWindow
{
  AdwApplicationWindow  parent_instance;

  /* owned */
  VitaeDocument        *document;
  GFile                *file;
  GSettings            *settings;
  VitaeAnalysis        *analysis;
  GSignalGroup         *document_signals;
  GSignalGroup         *history_signals;
  char                 *autosave_dir;
  char                 *autosave_slot;
  guint                 autosave_source;
  guint64               autosaved_revision;
  GPtrArray            *recovery_items;

  /* side panel pages */
  VitaeCoachPanel      *coach_panel;
  VitaeKeywordsPanel   *keywords_panel;
  VitaePreview         *preview;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwSplitButton       *open_button;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *main_menu_button;
  GtkToggleButton      *side_panel_button;
  GtkRevealer          *recovery_revealer;
  GtkLabel             *recovery_label;
  AdwFlap              *outline_flap;
  AdwFlap              *side_flap;
  GtkStack             *main_stack;
  VitaeOutline         *outline;
  VitaeEditor          *editor;
  GtkBox               *side_panel;
  AdwViewStack         *side_stack;
  GMenu                *recent_menu;
};

void     _vitae_window_class_actions_init (VitaeWindowClass *klass);
void     _vitae_window_actions_update     (VitaeWindow      *self);
void     _vitae_window_set_document       (VitaeWindow      *self,
                                           VitaeDocument    *document,
                                           GFile            *file);
gboolean _vitae_window_save_to            (VitaeWindow      *self,
                                           GFile            *file);
void     _vitae_window_show_error         (VitaeWindow      *self,
                                           const char       *heading,
                                           const GError     *error);
void     _vitae_window_toast              (VitaeWindow      *self,
                                           const char       *message);
void     _vitae_window_update_recent_menu (VitaeWindow      *self);
void     _vitae_window_autosave_now       (VitaeWindow      *self);

/* vitae-file-dialog.c: the portal-friendly chooser for the GTK at hand. */
typedef void (*VitaeFileChosen) (VitaeWindow *self,
                                 GFile       *file);

typedef enum
{
  VITAE_FILE_FILTER_RESUMES,   /* .vitae and .json */
  VITAE_FILE_FILTER_VITAE,
  VITAE_FILE_FILTER_JSON,
  VITAE_FILE_FILTER_TEXT,
  VITAE_FILE_FILTER_PDF,
} VitaeFileFilter;

void     _vitae_window_choose_file        (VitaeWindow      *self,
                                           gboolean          save,
                                           const char       *title,
                                           const char       *suggested_name,
                                           VitaeFileFilter   filter,
                                           VitaeFileChosen   callback);

G_END_DECLS
