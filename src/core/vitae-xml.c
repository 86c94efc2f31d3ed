/* vitae-xml.c — placeholder until the I/O work lands. */
#include "config.h"
#include "vitae-document.h"
#include "vitae-error.h"
#include "vitae-io.h"

VitaeDocument *
vitae_xml_parse (const char *data, gsize length, const char *filename, GError **error)
{
  g_set_error (error, VITAE_ERROR, VITAE_ERROR_UNSUPPORTED, "%s: not readable yet", filename);
  return NULL;
}

char *
vitae_xml_serialize (VitaeDocument *document, gsize *length)
{
  *length = 0;
  return g_strdup ("");
}
