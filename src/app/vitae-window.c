/* vitae-window.c — minimal shell, grows into the editor. */
#define G_LOG_DOMAIN "vitae-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vitae-core.h"
#include "vitae-window.h"

struct _VitaeWindow
{
  AdwApplicationWindow parent_instance;

  VitaeDocument *document;
};

G_DEFINE_FINAL_TYPE (VitaeWindow, vitae_window, ADW_TYPE_APPLICATION_WINDOW)

static void
vitae_window_dispose (GObject *object)
{
  VitaeWindow *self = (VitaeWindow *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (vitae_window_parent_class)->dispose (object);
}

static void
vitae_window_class_init (VitaeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vitae_window_dispose;
}

static void
vitae_window_init (VitaeWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);
  gtk_window_set_title (GTK_WINDOW (self), _("Vitae"));
}

VitaeWindow *
vitae_window_new (VitaeApplication *application)
{
  return g_object_new (VITAE_TYPE_WINDOW, "application", application, NULL);
}

void
vitae_window_open_file (VitaeWindow *self,
                        GFile       *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  g_clear_object (&self->document);
  self->document = vitae_document_load (path, &error);
}
