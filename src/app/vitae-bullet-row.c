/* vitae-bullet-row.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-bullet-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-bullet-row.h"
#include "vitae-field-binding.h"
#include "vitae-window.h"

struct _VitaeBulletRow
{
  VitaeNodeRow   parent_instance;

  /* borrowed from the parent class */
  VitaeBullet      *bullet;

  /* owned */
  VitaeAnalysis    *analysis;
  VitaeCoachResult *result;

  /* borrowed */
  GtkEventController *focus;

  /* The suggestion widgets are built only for the focused bullet, so a
   * long resume does not carry a thousand hidden cards. */
  guint             suggestions_stale : 1;

  /* The row's widgets are made when it first comes near the screen (the
   * editor asks), takes the focus or is asked for them: until then it is
   * an empty row of about the height the text will take, so a long
   * resume opens at the cost of what shows. */
  guint             built : 1;

  /* template widgets */
  GtkImage      *drag_handle;
  GtkTextView   *text_view;
  GtkLabel      *score_pill;
  GtkMenuButton *menu_button;
  GMenuModel    *bullet_menu;
  GtkRevealer   *suggestion_revealer;
  GtkBox        *suggestion_area;
};

G_DEFINE_FINAL_TYPE (VitaeBulletRow, vitae_bullet_row, VITAE_TYPE_NODE_ROW)

/* Helpers */

/* Focus lands on the text of the bullet at @position of @entry, once its row
 * exists (rows are made by the list box when the model changes). */
static void
focus_bullet_at (GtkWidget *list_box,
                 guint      position,
                 gboolean   at_end)
{
  GtkListBoxRow *row;

  if (!GTK_IS_LIST_BOX (list_box))
    return;

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), position);
  if (VITAE_IS_BULLET_ROW (row))
    vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), at_end);
}

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer,
            const char    *name,
            const char    *color)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  GdkRGBA rgba;

  if (tag != NULL)
    return tag;

  gdk_rgba_parse (&rgba, color);
  return gtk_text_buffer_create_tag (buffer, name,
                                     "underline", PANGO_UNDERLINE_ERROR,
                                     "underline-rgba", &rgba,
                                     NULL);
}

static void
update_marks (VitaeBulletRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTag *strong = ensure_tag (buffer, "coach-strong", "#e01b24");
  GtkTextTag *mild = ensure_tag (buffer, "coach-mild", "#e5a50a");
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  guint n;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, strong, &start, &end);
  gtk_text_buffer_remove_tag (buffer, mild, &start, &end);

  /* Only mark what the buffer shows: a result for older text waits. */
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (self->result == NULL || g_strcmp0 (text, vitae_coach_result_get_text (self->result)) != 0)
    return;

  n = vitae_coach_result_get_n_issues (self->result);
  for (guint i = 0; i < n; i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (self->result, i);
      gboolean serious = issue->kind == VITAE_COACH_ISSUE_WEAK_VERB ||
                         issue->kind == VITAE_COACH_ISSUE_PLACEHOLDER ||
                         issue->kind == VITAE_COACH_ISSUE_FIRST_PERSON;

      /* Issues about the whole bullet (no metric, length) have no span to mark. */
      if (issue->end <= issue->start ||
          issue->kind == VITAE_COACH_ISSUE_NO_METRIC ||
          issue->kind == VITAE_COACH_ISSUE_TOO_LONG ||
          issue->kind == VITAE_COACH_ISSUE_TOO_SHORT)
        continue;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, issue->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, issue->end);
      gtk_text_buffer_apply_tag (buffer, serious ? strong : mild, &start, &end);
    }
}

/* The rewrites stand in the card in their order, under the chips. */
static void
apply_clicked_cb (GtkButton      *button,
                  VitaeBulletRow *self)
{
  GtkWidget *line = gtk_widget_get_parent (GTK_WIDGET (button));
  guint position = 0;

  for (GtkWidget *w = gtk_widget_get_prev_sibling (line); w != NULL; w = gtk_widget_get_prev_sibling (w))
    if (!GTK_IS_FLOW_BOX (w))
      position++;

  vitae_bullet_row_apply_suggestion (self, position);
}

static void
rebuild_suggestions (VitaeBulletRow *self)
{
  GtkWidget *child;
  GtkWidget *chips;
  guint n_issues, n_suggestions;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestion_area))))
    gtk_box_remove (self->suggestion_area, child);

  /* A bullet not written yet is not judged. */
  if (self->result == NULL || !vitae_analysis_result_is_judged (self->result))
    return;

  n_issues = vitae_coach_result_get_n_issues (self->result);
  n_suggestions = vitae_coach_result_get_n_suggestions (self->result);
  if (n_issues == 0 && n_suggestions == 0)
    return;

  chips = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (chips), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (chips), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (chips), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (chips), 4);
  /* The chips are read, not operated: Tab passes them by (a flow box
   * would otherwise hold the focus on the way through). */
  gtk_widget_set_focusable (chips, FALSE);
  gtk_widget_set_can_focus (chips, FALSE);
  for (guint i = 0; i < n_issues; i++)
    {
      const VitaeCoachIssue *issue = vitae_coach_result_get_issue (self->result, i);
      GtkWidget *chip = gtk_label_new (vitae_analysis_get_issue_label (issue->kind));

      gtk_widget_add_css_class (chip, "chip");
      gtk_widget_set_tooltip_text (chip, issue->message);
      gtk_flow_box_append (GTK_FLOW_BOX (chips), chip);
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }
  gtk_box_append (self->suggestion_area, chips);

  for (guint i = 0; i < n_suggestions; i++)
    {
      const VitaeCoachSuggestion *suggestion = vitae_coach_result_get_suggestion (self->result, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *label = gtk_label_new (suggestion->text);
      GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply"));
      g_autofree char *description = NULL;

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "suggestion-text");
      gtk_widget_set_valign (apply, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (apply, i == 0 ? "suggested-action" : "flat");
      gtk_widget_set_tooltip_text (apply, i == 0 ? _("Apply this rewrite (Ctrl+Enter)") : _("Apply this rewrite"));
      /* Translators: %s is a suggested rewrite of a bullet */
      description = g_strdup_printf (_("Apply rewrite: %s"), suggestion->text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (apply),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
      g_signal_connect_object (apply, "clicked", G_CALLBACK (apply_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), apply);
      gtk_box_append (self->suggestion_area, box);
    }
}

static void
focus_enter_cb (VitaeBulletRow *self)
{
  if (self->suggestions_stale)
    {
      self->suggestions_stale = FALSE;
      rebuild_suggestions (self);
    }

  vitae_bullet_row_set_suggestions_visible (self, gtk_widget_get_first_child (GTK_WIDGET (self->suggestion_area)) != NULL);
}

static void
focus_leave_cb (VitaeBulletRow *self)
{
  vitae_bullet_row_set_suggestions_visible (self, FALSE);
}

/* Shows @result: the score pill, the underlines and the coach's card. A
 * result for an older text than the bullet's waits for the next one; the
 * underlines meanwhile move with the text as the user types. */
static void
show_result (VitaeBulletRow   *self,
             VitaeCoachResult *result)
{
  gboolean judged;

  if (result != NULL &&
      g_strcmp0 (vitae_coach_result_get_text (result), vitae_bullet_get_text (self->bullet)) != 0)
    return;

  if (result != self->result)
    {
      g_clear_pointer (&self->result, vitae_coach_result_unref);
      if (result != NULL)
        self->result = vitae_coach_result_ref (result);
    }

  /* Shown when the row is built. */
  if (!self->built)
    return;

  judged = result != NULL && vitae_analysis_result_is_judged (result);
  vitae_bullet_row_set_score (self, judged ? (int) vitae_coach_result_get_score (result) : -1);
  update_marks (self);

  /* The card under the bullet being edited follows at once, wherever the
   * focus is within the row (on an Apply button, say); another row's card
   * is rebuilt when it is next focused. */
  self->suggestions_stale = TRUE;
  if (gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->focus)))
    focus_enter_cb (self);
}

static void
analysis_bullet_changed_cb (VitaeBulletRow *self,
                            VitaeBullet    *bullet,
                            VitaeAnalysis  *analysis)
{
  if (bullet == self->bullet)
    show_result (self, vitae_analysis_get_bullet_result (analysis, bullet));
}

/* An undo can bring back the text the analysis last saw, before it runs
 * again: the buffer was replaced, so mark it again. */
static void
bullet_text_changed_cb (VitaeBulletRow *self)
{
  if (self->analysis != NULL)
    show_result (self, vitae_analysis_get_bullet_result (self->analysis, self->bullet));
}

static void
set_analysis (VitaeBulletRow *self,
              VitaeAnalysis  *analysis)
{
  if (self->analysis == analysis)
    return;

  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_func (self->analysis, analysis_bullet_changed_cb, self);
  g_set_object (&self->analysis, analysis);
  if (analysis != NULL)
    {
      g_signal_connect_object (analysis, "bullet-changed",
                               G_CALLBACK (analysis_bullet_changed_cb), self, G_CONNECT_SWAPPED);
      show_result (self, vitae_analysis_get_bullet_result (analysis, self->bullet));
    }
}

/* Callbacks */

static gboolean
key_pressed_cb (VitaeBulletRow        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkWidget *list_box = gtk_widget_get_parent (GTK_WIDGET (self));
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  VitaeNode *parent;
  VitaeEntry *entry;
  guint position;

  if (!vitae_node_row_get_position (VITAE_NODE_ROW (self), &parent, &position))
    return GDK_EVENT_PROPAGATE;
  entry = VITAE_ENTRY (parent);

  if (vitae_node_row_handle_move_key (VITAE_NODE_ROW (self), keyval, state))
    return GDK_EVENT_STOP;

  /* Ctrl+Enter takes the coach's first rewrite. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && mods == GDK_CONTROL_MASK)
    return vitae_bullet_row_apply_suggestion (self, 0) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

  /* Tab walks the [slots] a rewrite left, then leaves the bullet. */
  if (keyval == GDK_KEY_Tab && mods == 0)
    return vitae_bullet_row_select_next_slot (self) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

  /* Enter starts the next bullet, as in any list editor. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && mods == 0)
    {
      g_autoptr(VitaeBullet) bullet = vitae_bullet_new (NULL);

      vitae_history_break (vitae_document_get_history (vitae_node_get_document (VITAE_NODE (entry))));
      vitae_entry_insert_bullet (entry, position + 1, bullet);
      focus_bullet_at (list_box, position + 1, FALSE);
      return GDK_EVENT_STOP;
    }

  /* Backspace in an empty bullet removes it and goes back to the one above. */
  if (keyval == GDK_KEY_BackSpace && mods == 0 &&
      vitae_bullet_get_text (self->bullet)[0] == '\0' &&
      vitae_entry_get_n_bullets (entry) > 1)
    {
      vitae_entry_remove_bullet (entry, position);
      focus_bullet_at (list_box, position > 0 ? position - 1 : 0, TRUE);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  vitae_node_row_remove (VITAE_NODE_ROW (widget), NULL);
}

/* The bullet's place among its entry's bullets */

static GListModel *
get_siblings (VitaeNode *parent)
{
  return vitae_entry_get_bullets (VITAE_ENTRY (parent));
}

static void
insert_bullet (VitaeNode *parent,
               guint      position,
               VitaeNode *node)
{
  vitae_entry_insert_bullet (VITAE_ENTRY (parent), position, VITAE_BULLET (node));
}

static void
remove_bullet (VitaeNode *parent,
               guint      position)
{
  vitae_entry_remove_bullet (VITAE_ENTRY (parent), position);
}

static void
move_bullet (VitaeNode *parent,
             guint      from,
             guint      to)
{
  vitae_entry_move_bullet (VITAE_ENTRY (parent), from, to);
}

static VitaeNode *
copy_bullet (VitaeNode *node)
{
  return VITAE_NODE (vitae_bullet_copy (VITAE_BULLET (node)));
}

static void
focus_row (VitaeNodeRow *row)
{
  vitae_bullet_row_focus_text (VITAE_BULLET_ROW (row), TRUE);
}

/* The height a row not built yet holds for its text: the text view's
 * margins and a line of text per so many characters, as the editor's
 * column (clamped at 640 px) wraps them. A guess, corrected when built. */
#define ROW_BASE_HEIGHT  37
#define ROW_LINE_HEIGHT  20
#define ROW_LINE_CHARS   64

static int
estimate_height (const char *text)
{
  glong n_chars = text != NULL ? g_utf8_strlen (text, -1) : 0;
  glong n_lines = MAX (1, (n_chars + ROW_LINE_CHARS - 1) / ROW_LINE_CHARS);

  return ROW_BASE_HEIGHT + ROW_LINE_HEIGHT * (int) (n_lines - 1);
}

/* Overrides */

static void
vitae_bullet_row_constructed (GObject *object)
{
  VitaeBulletRow *self = (VitaeBulletRow *)object;

  G_OBJECT_CLASS (vitae_bullet_row_parent_class)->constructed (object);

  self->bullet = VITAE_BULLET (vitae_node_row_get_node (VITAE_NODE_ROW (self)));
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, estimate_height (vitae_bullet_get_text (self->bullet)));
}

/* Focus that comes to a row not built yet (Tab, the arrow keys) builds it
 * and goes on into its text. */
static gboolean
vitae_bullet_row_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  vitae_bullet_row_ensure_built (VITAE_BULLET_ROW (widget));

  return GTK_WIDGET_CLASS (vitae_bullet_row_parent_class)->focus (widget, direction);
}

static gboolean
vitae_bullet_row_grab_focus (GtkWidget *widget)
{
  VitaeBulletRow *self = VITAE_BULLET_ROW (widget);

  if (!self->built)
    {
      vitae_bullet_row_ensure_built (self);
      return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
    }

  return GTK_WIDGET_CLASS (vitae_bullet_row_parent_class)->grab_focus (widget);
}

/* The row follows its window's analysis while it is in one. */
static void
vitae_bullet_row_root (GtkWidget *widget)
{
  VitaeBulletRow *self = VITAE_BULLET_ROW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (vitae_bullet_row_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (VITAE_IS_WINDOW (root))
    set_analysis (self, vitae_window_get_analysis (VITAE_WINDOW (root)));
}

static void
vitae_bullet_row_unroot (GtkWidget *widget)
{
  set_analysis (VITAE_BULLET_ROW (widget), NULL);

  GTK_WIDGET_CLASS (vitae_bullet_row_parent_class)->unroot (widget);
}

static void
vitae_bullet_row_dispose (GObject *object)
{
  VitaeBulletRow *self = (VitaeBulletRow *)object;

  set_analysis (self, NULL);
  if (self->built)
    gtk_widget_dispose_template (GTK_WIDGET (self), VITAE_TYPE_BULLET_ROW);
  self->bullet = NULL;
  g_clear_pointer (&self->result, vitae_coach_result_unref);

  G_OBJECT_CLASS (vitae_bullet_row_parent_class)->dispose (object);
}

static void
vitae_bullet_row_class_init (VitaeBulletRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VitaeNodeRowClass *row_class = VITAE_NODE_ROW_CLASS (klass);

  object_class->constructed = vitae_bullet_row_constructed;
  object_class->dispose = vitae_bullet_row_dispose;
  widget_class->root = vitae_bullet_row_root;
  widget_class->unroot = vitae_bullet_row_unroot;
  widget_class->focus = vitae_bullet_row_focus;
  widget_class->grab_focus = vitae_bullet_row_grab_focus;

  row_class->node_type = VITAE_TYPE_BULLET;
  row_class->drop_across_parents = TRUE;
  row_class->get_siblings = get_siblings;
  row_class->insert = insert_bullet;
  row_class->remove = remove_bullet;
  row_class->move = move_bullet;
  row_class->copy = copy_bullet;
  row_class->focus = focus_row;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vitae/Vitae/vitae-bullet-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, score_pill);
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, bullet_menu);
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, suggestion_revealer);
  gtk_widget_class_bind_template_child (widget_class, VitaeBulletRow, suggestion_area);

  gtk_widget_class_install_action (widget_class, "bullet.move-up", NULL, vitae_node_row_move_up_action);
  gtk_widget_class_install_action (widget_class, "bullet.move-down", NULL, vitae_node_row_move_down_action);
  gtk_widget_class_install_action (widget_class, "bullet.duplicate", NULL, vitae_node_row_duplicate_action);
  gtk_widget_class_install_action (widget_class, "bullet.delete", NULL, delete_action);
}

static void
vitae_bullet_row_init (VitaeBulletRow *self)
{
  GtkEventController *focus;

  /* What the template says of the row itself; but focusable until built,
   * so that Tab and the arrow keys come to it and build it. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);

  /* The coach's card shows under the bullet being edited, and only there. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  self->focus = focus;
}

/* Public API */

/**
 * vitae_bullet_row_ensure_built:
 * @self: a #VitaeBulletRow
 *
 * Makes the row's widgets (its text, menu and score) if they are not made
 * yet. The editor calls it for the rows that come near the screen; every
 * function here that hands out or works on a widget calls it too.
 */
void
vitae_bullet_row_ensure_built (VitaeBulletRow *self)
{
  GtkEventController *key;

  g_return_if_fail (VITAE_IS_BULLET_ROW (self));

  if (self->built)
    return;
  self->built = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, -1);

  vitae_node_row_set_menu (VITAE_NODE_ROW (self), self->menu_button, self->bullet_menu);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), key);

  vitae_node_row_add_drag_source (VITAE_NODE_ROW (self), GTK_WIDGET (self->drag_handle), GTK_WIDGET (self));

  vitae_bind_text_view (self->text_view, VITAE_NODE (self->bullet), "text");
  /* After the binding, so that the buffer already holds the new text. */
  g_signal_connect_object (self->bullet, "changed::text",
                           G_CALLBACK (bullet_text_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->analysis != NULL)
    show_result (self, vitae_analysis_get_bullet_result (self->analysis, self->bullet));
}

/**
 * vitae_bullet_row_is_built:
 * @self: a #VitaeBulletRow
 *
 * Returns: whether the row's widgets are made
 */
gboolean
vitae_bullet_row_is_built (VitaeBulletRow *self)
{
  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), FALSE);

  return self->built;
}

GtkWidget *
vitae_bullet_row_new (VitaeBullet *bullet)
{
  g_return_val_if_fail (VITAE_IS_BULLET (bullet), NULL);

  return g_object_new (VITAE_TYPE_BULLET_ROW, "node", bullet, NULL);
}

/**
 * vitae_bullet_row_get_bullet:
 * @self: a #VitaeBulletRow
 *
 * Returns: (transfer none): the bullet the row edits
 */
VitaeBullet *
vitae_bullet_row_get_bullet (VitaeBulletRow *self)
{
  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), NULL);

  return self->bullet;
}

/**
 * vitae_bullet_row_get_text_view:
 * @self: a #VitaeBulletRow
 *
 * The coach draws its underlines into this view's buffer with tags.
 *
 * Returns: (transfer none): the text view
 */
GtkTextView *
vitae_bullet_row_get_text_view (VitaeBulletRow *self)
{
  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), NULL);

  vitae_bullet_row_ensure_built (self);

  return self->text_view;
}

/**
 * vitae_bullet_row_get_suggestion_area:
 * @self: a #VitaeBulletRow
 *
 * Returns: (transfer none): the box under the bullet for the coach's
 *   reasons and rewrites
 */
GtkBox *
vitae_bullet_row_get_suggestion_area (VitaeBulletRow *self)
{
  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), NULL);

  vitae_bullet_row_ensure_built (self);

  return self->suggestion_area;
}

void
vitae_bullet_row_set_suggestions_visible (VitaeBulletRow *self,
                                          gboolean        visible)
{
  g_return_if_fail (VITAE_IS_BULLET_ROW (self));

  vitae_bullet_row_ensure_built (self);

  gtk_revealer_set_reveal_child (self->suggestion_revealer, visible);
}

/**
 * vitae_bullet_row_set_score:
 * @self: a #VitaeBulletRow
 * @score: the coach's score 0–100, or -1 to hide the pill
 */
void
vitae_bullet_row_set_score (VitaeBulletRow *self,
                            int             score)
{
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  GtkWidget *pill;

  g_return_if_fail (VITAE_IS_BULLET_ROW (self));

  vitae_bullet_row_ensure_built (self);

  pill = GTK_WIDGET (self->score_pill);
  gtk_widget_set_visible (pill, score >= 0);
  if (score < 0)
    return;

  text = g_strdup_printf ("%d", score);
  if (g_strcmp0 (gtk_label_get_label (self->score_pill), text) == 0)
    return;
  gtk_label_set_label (self->score_pill, text);

  gtk_widget_remove_css_class (pill, "good");
  gtk_widget_remove_css_class (pill, "fair");
  gtk_widget_remove_css_class (pill, "poor");
  gtk_widget_add_css_class (pill, vitae_grade_to_id (vitae_grade_from_score (score, NULL)));

  /* Translators: %d is the coach's score of a bullet, out of 100 */
  description = g_strdup_printf (_("Score %d of 100"), score);
  gtk_widget_set_tooltip_text (pill, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pill),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

/**
 * vitae_bullet_row_focus_text:
 * @self: a #VitaeBulletRow
 * @at_end: whether the cursor goes to the end rather than the start
 *
 * Moves the keyboard focus into the bullet's text.
 */
void
vitae_bullet_row_focus_text (VitaeBulletRow *self,
                             gboolean        at_end)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (VITAE_IS_BULLET_ROW (self));

  vitae_bullet_row_ensure_built (self);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (at_end)
    gtk_text_buffer_get_end_iter (buffer, &iter);
  else
    gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/**
 * vitae_bullet_row_get_result:
 * @self: a #VitaeBulletRow
 *
 * Returns: (transfer none) (nullable): the result the row shows
 */
VitaeCoachResult *
vitae_bullet_row_get_result (VitaeBulletRow *self)
{
  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), NULL);

  return self->result;
}

/**
 * vitae_bullet_row_apply_suggestion:
 * @self: a #VitaeBulletRow
 * @position: which rewrite
 *
 * Replaces the bullet's text with a rewrite, as one undoable step, and
 * selects its first [slot] so the user can type the figure.
 *
 * Returns: %TRUE if there was such a rewrite
 */
gboolean
vitae_bullet_row_apply_suggestion (VitaeBulletRow *self,
                                   guint           position)
{
  g_autofree char *text = NULL;
  VitaeDocument *document;
  VitaeHistory *history = NULL;

  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), FALSE);

  vitae_bullet_row_ensure_built (self);

  /* A rewrite of an older text would drop what was typed since. */
  if (self->analysis != NULL &&
      (self->result == NULL ||
       g_strcmp0 (vitae_coach_result_get_text (self->result), vitae_bullet_get_text (self->bullet)) != 0))
    vitae_analysis_update_now (self->analysis, NULL);

  if (self->result == NULL || position >= vitae_coach_result_get_n_suggestions (self->result))
    return FALSE;

  text = g_strdup (vitae_coach_result_get_suggestion (self->result, position)->text);
  document = vitae_node_get_document (VITAE_NODE (self->bullet));
  if (document != NULL)
    history = vitae_document_get_history (document);

  /* The focus goes back to the text first: the card is rebuilt below, and
   * the Apply button that had it with it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));

  if (history != NULL)
    vitae_history_break (history);
  vitae_bullet_set_text (self->bullet, text);
  if (history != NULL)
    vitae_history_break (history);

  /* The user asked for this text: show what the coach says of it now,
   * not after the typing pause. */
  if (self->analysis != NULL)
    vitae_analysis_update_now (self->analysis, NULL);

  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
  }
  vitae_bullet_row_select_next_slot (self);

  return TRUE;
}

/**
 * vitae_bullet_row_select_next_slot:
 * @self: a #VitaeBulletRow
 *
 * Selects the next "[…]" slot after the cursor.
 *
 * Returns: %TRUE if there was one
 */
gboolean
vitae_bullet_row_select_next_slot (VitaeBulletRow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter cursor, open, close, limit;

  g_return_val_if_fail (VITAE_IS_BULLET_ROW (self), FALSE);

  vitae_bullet_row_ensure_built (self);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_selection_bounds (buffer, NULL, &cursor);
  gtk_text_buffer_get_end_iter (buffer, &limit);

  if (!gtk_text_iter_forward_search (&cursor, "[", GTK_TEXT_SEARCH_TEXT_ONLY, &open, NULL, &limit) ||
      !gtk_text_iter_forward_search (&open, "]", GTK_TEXT_SEARCH_TEXT_ONLY, NULL, &close, &limit))
    return FALSE;

  gtk_text_buffer_select_range (buffer, &open, &close);
  gtk_text_view_scroll_to_iter (self->text_view, &open, 0, FALSE, 0, 0);

  return TRUE;
}
