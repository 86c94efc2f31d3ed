/* vitae-text-export.c — placeholder until the I/O work lands. */
#include "config.h"
#include "vitae-document.h"
#include "vitae-io.h"

char *
vitae_text_export (VitaeDocument *document)
{
  return g_strdup (vitae_node_get_text (VITAE_NODE (document), "name"));
}
