/* vitae-coach-load.h
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vitae-coach-private.h"
#include "vitae-sql.h"

G_BEGIN_DECLS

/* vitae-coach-load.c: reading the catalog */
gboolean          _vitae_coach_load_catalog   (VitaeCoach          *self,
                                               sqlite3             *db,
                                               GError             **error);
CoachArea        *_vitae_coach_find_area      (VitaeCoach          *self,
                                               const char          *id,
                                               guint               *index);
void              _vitae_coach_free_area      (gpointer             data);
void              _vitae_coach_free_nominal   (gpointer             data);
gboolean          _vitae_coach_finish_sql     (VitaeSql            *q,
                                               gboolean             french,
                                               GError             **error);
gboolean          _vitae_coach_has_table      (sqlite3             *db,
                                               const char          *name);

/* vitae-coach.c: analyses @text in the language it is coached in: French
 * where the coach's language is French and the bullet is, else as
 * _vitae_coach_analyze() does. */
VitaeCoachResult *_vitae_coach_analyze_text   (VitaeCoach          *self,
                                               const char          *text,
                                               CoachAnalyzeMode     mode);

G_END_DECLS
