/* vitae-window-private.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-coach-panel.h"
#include "vitae-core.h"
#include "vitae-export.h"
#include "vitae-editor.h"
#include "vitae-keywords-panel.h"
#include "vitae-preview.h"
#include "vitae-outline.h"
#include "vitae-window.h"

G_BEGIN_DECLS

/* What a file on disk was when this window last read or wrote it. */
typedef struct
{
  gboolean valid;
  guint64  dev;
  guint64  ino;
  gint64   size;
  gint64   mtime_sec;
  gint64   mtime_nsec;
} VitaeFileStamp;

/* What to do once the document is safe (saved, or let go on purpose). */
typedef void (*VitaeWindowThen) (VitaeWindow *self,
                                 gpointer     data);

typedef struct _VitaeWindowPending VitaeWindowPending;

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
  gboolean              autosave_busy;
  GPtrArray            *recovery_items;
  guint                 autosave_retry_source;
  VitaeFileStamp        stamp;
  GFileMonitor         *file_monitor;
  int                   open_lock_fd;     /* -1: none */
  VitaeWindowPending   *pending;
  GFile                *saving_file;      /* a save being written, or NULL */
  guint64               saving_revision;  /* what it holds */
  gboolean              save_queued;      /* Save asked for meanwhile */
  GFile                *save_queued_file; /* Save As chosen meanwhile */
  guint                 recent_menu_source;
  GFile                *exported_file;    /* the last export, for its toast */
  gboolean              defer_analysis;   /* until the first frame is painted */
  gboolean              role_chosen;      /* the analysis has its start role */
  guint                 first_analysis_source;
  VitaeExportFormat     export_format;    /* the format the last export used */

  /* side panel pages */
  VitaeCoachPanel      *coach_panel;
  VitaeKeywordsPanel   *keywords_panel;   /* built on demand: use the getters */
  VitaePreview         *preview;          /* likewise */
  AdwBin               *keywords_page;    /* the pages that hold them */
  AdwBin               *preview_page;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  GtkToggleButton      *outline_button;
  AdwSplitButton       *open_button;
  GtkButton            *open_narrow_button;
  GtkButton            *save_button;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *main_menu_button;
  GtkToggleButton      *side_panel_button;
  GtkRevealer          *recovery_revealer;
  GtkLabel             *recovery_label;
  GtkRevealer          *changed_revealer;
  GtkLabel             *changed_label;
  GtkButton            *changed_reload_button;
  GtkRevealer          *autosave_revealer;
  GtkLabel             *autosave_label;
  GtkStack             *content_stack;
  AdwBin               *full_preview_bin;
  AdwFlap              *outline_flap;
  AdwFlap              *side_flap;
  GtkScrolledWindow    *side_scroller;
  GtkStack             *main_stack;
  VitaeOutline         *outline;
  VitaeEditor          *editor;
  GtkBox               *side_panel;
  AdwViewStack         *side_stack;
  GMenu                *recent_menu;
  GMenu                *main_menu;

  /* narrow: below NARROW_WIDTH the header bar gives up the Save button and
   * the Recent drop-down (both move into the main menu), so a phone's 360
   * pixels hold it and the title keeps room. */
  gboolean              narrow;
  guint                 narrow_source;
  GMenu                *narrow_section;

  /* The side panel's width, dragged by its edge; the preview alone over
   * the whole window, and what to go back to after it. */
  int                   side_panel_width;
  int                   drag_start_width;
  guint                 side_width_source;
  gboolean              full_preview;
  char                 *full_return_page;
  GtkWidget            *full_return_focus;   /* weak */
};

void     _vitae_window_class_actions_init (VitaeWindowClass *klass);
void     _vitae_window_actions_update     (VitaeWindow      *self);
void     _vitae_window_set_document       (VitaeWindow      *self,
                                           VitaeDocument    *document,
                                           GFile            *file);
void     _vitae_window_update_title       (VitaeWindow      *self);
void     _vitae_window_defer_first_analysis (VitaeWindow    *self);
gboolean _vitae_window_write_checked      (VitaeDocument    *document,
                                           const char       *path,
                                           VitaeFormat       format,
                                           GError          **error);
void     _vitae_window_save_as_chosen     (VitaeWindow      *self,
                                           GFile            *file);
void     _vitae_window_export_pdf_chosen  (VitaeWindow      *self,
                                           GFile            *file);
void     _vitae_window_import_chosen      (VitaeWindow      *self,
                                           GFile            *file);
void     _vitae_window_show_error         (VitaeWindow      *self,
                                           const char       *heading,
                                           const GError     *error);
void     _vitae_window_toast              (VitaeWindow      *self,
                                           const char       *message);
void     _vitae_window_update_recent_menu (VitaeWindow      *self);
void     _vitae_window_queue_recent_menu  (VitaeWindow      *self);
void     _vitae_window_set_full_preview   (VitaeWindow      *self,
                                           gboolean          full);
void     _vitae_window_set_side_panel_width (VitaeWindow    *self,
                                             int             width);

/* vitae-window-files.c: the document's file, and never losing work. */
void         _vitae_window_files_init        (VitaeWindow      *self);
void         _vitae_window_files_class_init  (VitaeWindowClass *klass);
void         _vitae_window_files_dispose     (VitaeWindow      *self);
void         _vitae_window_follow_file       (VitaeWindow      *self);
gboolean     _vitae_window_changed_on_disk   (VitaeWindow      *self);
void         _vitae_window_replace           (VitaeWindow      *self,
                                              VitaeDocument    *document,
                                              GFile            *file,
                                              VitaeWindowThen   then,
                                              gpointer          data,
                                              GDestroyNotify    destroy);
VitaeWindow *_vitae_window_find_showing      (GFile            *file);
gboolean     _vitae_window_open_elsewhere    (GFile            *file);
void         _vitae_window_open_checked      (VitaeWindow      *self,
                                              GFile            *file);
void         _vitae_window_show_recovery     (VitaeWindow      *self);
void         _vitae_window_reload            (VitaeWindow      *self);
AdwMessageDialog *_vitae_window_ask_save_changes (VitaeWindow  *self,
                                                  const char   *body);

/* vitae-window-layout.c: narrow, the side panel's width, the full preview. */
void         _vitae_window_layout_init       (VitaeWindow      *self);
void         _vitae_window_layout_allocated  (VitaeWindow      *self);
void         _vitae_window_update_narrow_section (VitaeWindow  *self);

/* vitae-window-pages.c: the Keywords and Preview pages, built on demand. */
void                _vitae_window_pages_init         (VitaeWindow *self);
void                _vitae_window_pages_choose_role  (VitaeWindow *self);
VitaeKeywordsPanel *_vitae_window_get_keywords_panel (VitaeWindow *self);
VitaePreview       *_vitae_window_get_preview        (VitaeWindow *self);

/* vitae-window-save.c: saving and snapshots, written in a worker thread. */
void         _vitae_window_set_pending       (VitaeWindow      *self,
                                              VitaeWindowThen   then,
                                              gpointer          data,
                                              GDestroyNotify    destroy);
void         _vitae_window_finish_pending    (VitaeWindow      *self,
                                              gboolean          saved);
gboolean     _vitae_window_when_saved        (VitaeWindow      *self,
                                              VitaeWindowThen   then,
                                              gpointer          data,
                                              GDestroyNotify    destroy);
void         _vitae_window_save              (VitaeWindow      *self);
void         _vitae_window_save_to           (VitaeWindow      *self,
                                              GFile            *file);
void         _vitae_window_save_dispose      (VitaeWindow      *self);
void         _vitae_window_autosave_later    (VitaeWindow      *self);
void         _vitae_window_autosave_now      (VitaeWindow      *self);
void         _vitae_window_autosave_in_background (VitaeWindow *self);
void         _vitae_window_retry_autosave    (VitaeWindow      *self);
void         _vitae_window_autosave_failed   (VitaeWindow      *self,
                                              const GError     *error);
void         _vitae_window_autosave_ok       (VitaeWindow      *self);

/* vitae-file-dialog.c: the portal-friendly chooser for the GTK at hand.
 * The callback gets %NULL when the chooser was cancelled; a file it gets is
 * used as it is (through the portal only that name may be written). */
typedef void (*VitaeFileChosen) (VitaeWindow *self,
                                 GFile       *file);

typedef enum
{
  VITAE_FILE_FILTER_RESUMES,   /* .vitae and .json */
  VITAE_FILE_FILTER_VITAE,
  VITAE_FILE_FILTER_JSON,
  VITAE_FILE_FILTER_TEXT,
  VITAE_FILE_FILTER_PDF,
  VITAE_FILE_FILTER_IMPORT,    /* every resume Vitae can import */
} VitaeFileFilter;

void     _vitae_window_choose_file        (VitaeWindow      *self,
                                           gboolean          save,
                                           const char       *title,
                                           const char       *suggested_name,
                                           VitaeFileFilter   filter,
                                           VitaeFileChosen   callback);
/* The same, opening in @folder (may be NULL). */
void     _vitae_window_choose_file_in     (VitaeWindow      *self,
                                           gboolean          save,
                                           const char       *title,
                                           const char       *suggested_name,
                                           GFile            *folder,
                                           VitaeFileFilter   filter,
                                           VitaeFileChosen   callback);

/* The Export chooser: one filter per format, @format's first. The callback
 * gets the format the name's extension says, else the chosen filter's
 * (GTK 4.8), else @format; the name is never changed. */
typedef void (*VitaeExportChosen) (VitaeWindow       *self,
                                   GFile             *file,
                                   VitaeExportFormat  format);

/* Recovers a resume from a PDF, Word, OpenDocument, JSON or LinkedIn file
 * and shows it for review; the review's Import replaces the document. */
void     _vitae_window_import_with_review (VitaeWindow      *self,
                                           GFile            *file);
void     _vitae_window_export_chosen      (VitaeWindow      *self,
                                           GFile            *file,
                                           VitaeExportFormat format);
void     _vitae_window_choose_export      (VitaeWindow      *self,
                                           const char       *suggested_name,
                                           VitaeExportFormat format,
                                           VitaeExportChosen callback);

G_END_DECLS
