/* vitae-render.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <hb-ot.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "vitae-bullet.h"
#include "vitae-document.h"
#include "vitae-entry.h"
#include "vitae-error.h"
#include "vitae-fields.h"
#include "vitae-fonts.h"
#include "vitae-language.h"
#include "vitae-locale.h"
#include "vitae-presentation.h"
#include "vitae-render.h"
#include "vitae-render-private.h"
#include "vitae-section.h"

/*
 * The renderer turns a document into blocks, in reading order, each made of
 * Pango layouts placed relative to the block and of shapes (bullet marks,
 * rules). Pagination then places the blocks on pages; drawing a page walks
 * the blocks placed on it. Layout happens at 72 units per inch with
 * unhinted metrics, so one layout is exact on a PDF surface and, scaled, on
 * the screen.
 */

typedef struct
{
  guint  start;   /* byte offsets in the layout's text */
  guint  end;
  char  *uri;
} Link;

/* One Pango layout of an item's text; see PART_SIZE. */
typedef struct
{
  PangoLayout *layout;
  guint        offset;  /* where its text starts in the item's text */
  double       y;       /* its top, below the item's top */
} Part;

/* A text placed in a block: one or more parts, one below the other. */
typedef struct
{
  GArray  *parts;
  double   x;
  double   y;
  double   width;       /* of its widest line */
  double   left;        /* where its text starts and ends, white space */
  double   right;       /* at the end of lines aside, from its x */
  double   height;
  guint    n_lines;
  GArray  *links;       /* in text order */
} Item;

typedef enum
{
  SHAPE_DOT,
  SHAPE_SQUARE,
  SHAPE_RULE,
} ShapeKind;

typedef struct
{
  ShapeKind kind;
  double    x;
  double    y;
  double    width;
  double    height;
  guint32   color;
} Shape;

typedef struct
{
  guint  page;
  double y;
  guint  first_line;
  guint  n_lines;
  double offset;    /* the block's own y where the piece starts */
  double height;
} Piece;

typedef struct
{
  VitaeBlockKind  kind;
  VitaeNode      *node;
  double          space_before;
  double          height;
  guint           n_lines;
  gboolean        keep_with_next;
  gboolean        splittable;
  GPtrArray      *items;
  GArray         *shapes;
  /* Only for splittable blocks: the top and bottom of each line. */
  GArray         *line_tops;
  GArray         *line_bottoms;
  GArray         *pieces;
  /* Only for entry headings: the dates' and the place's items and the
   * texts on their left, which may be NULL; whether both moved beside
   * those. */
  Item           *dates;
  Item           *dates_beside;
  Item           *place;
  Item           *place_beside;
  gboolean        dates_moved;
} Block;

struct _VitaeLayout
{
  GObject              parent_instance;

  VitaeDocument       *document;
  const VitaeTemplate *template;
  PangoContext        *context;
  GPtrArray           *blocks;
  VitaePaper           paper;
  double               page_width;
  double               page_height;
  double               margin;
  double               font_size;
  double               spacing;
  guint                n_pages;
  guint                fit_pages;
  guint                overflow_lines;
  guint                n_unfit;
  char                *unfit;
  /* How each character past ASCII is drawn (a GlyphSource), and the
   * characters left out since no font draws them as text. */
  GHashTable          *glyph_sources;
  GString             *dropped;
  /* The document language (BCP 47), and whether it is written right to
   * left: then every layout is right to left and the page a mirror. */
  char                *language;
  gboolean             rtl;
};

G_DEFINE_FINAL_TYPE (VitaeLayout, vitae_layout, G_TYPE_OBJECT)

/* Text styles a run of text may take. */
typedef enum
{
  STYLE_PLAIN   = 0,
  STYLE_BOLD    = 1 << 0,
  STYLE_ITALIC  = 1 << 1,
  STYLE_MUTED   = 1 << 2,
  STYLE_ACCENT  = 1 << 3,
} Style;

/* A run of @builder's text in one style. */
typedef struct
{
  guint start;
  guint end;
  Style style;
} Span;

typedef struct
{
  VitaeLayout *self;
  GString     *text;
  GArray      *spans;   /* of Span, in text order, styled runs only */
  GArray      *links;
  GArray      *fallbacks;  /* of Fallback, in text order */
} TextBuilder;

/* A run of a builder's text drawn with a font named for it. */
typedef struct
{
  guint       start;
  guint       end;
  const char *family;
} Fallback;

/* The separator between contact details, and between a heading's parts. */
#define CONTACT_SEPARATOR " · "

/* ------------------------------------------------------------------ */
/* Paper                                                                */
/* ------------------------------------------------------------------ */

/* Territories that use US Letter, as in glibc's LC_PAPER data. */
static const char * const letter_territories[] = {
  "US", "CA", "MX", "CL", "CO", "VE", "PH", "CR", "GT", "PA", "SV", "DO",
  "PR", "NI", "HN", "BZ", NULL
};

/**
 * vitae_paper_for_locale:
 * @locale: (nullable): a POSIX locale name such as "en_US.UTF-8"
 *
 * Returns: the paper size used in the territory of @locale: Letter in the
 *   Americas that use it, A4 elsewhere and for "C" or an unknown locale
 */
VitaePaper
vitae_paper_for_locale (const char *locale)
{
  const char *underscore;
  char territory[3] = { 0 };

  if (locale == NULL)
    return VITAE_PAPER_A4;

  underscore = strchr (locale, '_');
  if (underscore == NULL || !g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2]))
    return VITAE_PAPER_A4;
  if (underscore[3] != '\0' && underscore[3] != '.' && underscore[3] != '@')
    return VITAE_PAPER_A4;

  territory[0] = g_ascii_toupper (underscore[1]);
  territory[1] = g_ascii_toupper (underscore[2]);

  return g_strv_contains (letter_territories, territory) ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
}

/**
 * vitae_paper_get_default:
 *
 * Returns: the paper size of the user's locale (LC_PAPER): what the C
 *   library says when a locale is set, otherwise the territory of the
 *   locale named by the environment
 */
VitaePaper
vitae_paper_get_default (void)
{
  const char *current = setlocale (LC_PAPER, NULL);
  const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };

#ifdef _NL_PAPER_HEIGHT
  if (current != NULL && !g_str_equal (current, "C") && !g_str_equal (current, "POSIX") &&
      !g_str_has_prefix (current, "C."))
    {
      /* glibc gives the height in millimetres: 279 for Letter, 297 for A4. */
      guint height = GPOINTER_TO_UINT (nl_langinfo (_NL_PAPER_HEIGHT));

      return height == 279 ? VITAE_PAPER_LETTER : VITAE_PAPER_A4;
    }
#else
  (void) current;
#endif

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_getenv (names[i]);

      if (value != NULL && value[0] != '\0')
        return vitae_paper_for_locale (value);
    }

  return VITAE_PAPER_A4;
}

gboolean
vitae_paper_from_id (const char *id,
                     VitaePaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (id, "a4") == 0)
    *paper = VITAE_PAPER_A4;
  else if (g_ascii_strcasecmp (id, "letter") == 0)
    *paper = VITAE_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

const char *
vitae_paper_to_id (VitaePaper paper)
{
  return paper == VITAE_PAPER_LETTER ? "letter" : "a4";
}

/**
 * vitae_paper_get_size:
 * @paper: a #VitaePaper
 * @width: (out): the width in points
 * @height: (out): the height in points
 */
void
vitae_paper_get_size (VitaePaper  paper,
                      double     *width,
                      double     *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (paper == VITAE_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 210.0 / 25.4 * 72.0;
      *height = 297.0 / 25.4 * 72.0;
    }
}

/**
 * vitae_render_options_init:
 * @options: the options to fill
 *
 * Sets @options to the defaults: the default template, the locale's paper,
 * the template's margin and size, no fitting, no date.
 */
void
vitae_render_options_init (VitaeRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->paper = vitae_paper_get_default ();
}

/* ------------------------------------------------------------------ */
/* Links                                                                */
/* ------------------------------------------------------------------ */

static gboolean
is_token (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}

/* Appends the bytes from @start to @end percent-encoded, keeping only ASCII
 * letters, digits, the marks in @keep and escapes already made ("%20").
 * No @keep holds a quote, a backslash, a parenthesis or a space, so what
 * comes out needs no escaping in a URI, in cairo's quoted tag attribute or
 * in the PDF string cairo 1.16 writes the target into without escaping it. */
static void
append_encoded (GString    *out,
                const char *start,
                const char *end,
                const char *keep)
{
  for (const char *p = start; p < end; p++)
    {
      guchar c = *p;

      if (g_ascii_isalnum (c) || (c != '\0' && strchr (keep, c) != NULL))
        g_string_append_c (out, c);
      else if (c == '%' && end - p >= 3 && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        g_string_append_c (out, '%');
      else
        g_string_append_printf (out, "%%%02X", c);
    }
}

/* A host name from @start to @end in ASCII: dot-separated labels of
 * letters, digits and inner hyphens, at least two of them; names in other
 * scripts are converted to their "xn--" form. Returns %NULL for anything
 * else (a quote, a space, "=" or ":" in the name, an empty label…). */
static char *
dup_host (const char *start,
          const char *end)
{
  g_autofree char *text = g_strndup (start, end - start);
  g_autofree char *ascii = NULL;
  guint n_labels = 0;
  const char *label;

  if (end - start < 3 || end - start > 253 || !g_utf8_validate (text, -1, NULL))
    return NULL;

  ascii = g_hostname_to_ascii (text);
  if (ascii == NULL || strlen (ascii) > 253)
    return NULL;

  label = ascii;
  for (const char *p = ascii;; p++)
    {
      if (*p == '.' || *p == '\0')
        {
          gsize length = p - label;

          if (length == 0 || length > 63 || label[0] == '-' || p[-1] == '-')
            return NULL;
          n_labels++;
          if (*p == '\0')
            break;
          label = p + 1;
        }
      else if (!g_ascii_isalnum (*p) && *p != '-')
        return NULL;
    }

  if (n_labels < 2)
    return NULL;

  return g_ascii_strdown (ascii, -1);
}

/* An e-mail address as people write one: one "@", a local part of the
 * characters RFC 5322 allows unquoted (and letters of any script), and a
 * host name with a dot. */
static char *
email_target (const char *text)
{
  const char *at = strchr (text, '@');
  g_autofree char *host = NULL;
  GString *uri;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL ||
      at - text > 64 || strlen (text) > 254 ||
      text[0] == '.' || at[-1] == '.' || g_strstr_len (text, at - text, "..") != NULL)
    return NULL;

  for (const char *p = text; p < at; p++)
    if (!g_ascii_isalnum (*p) && (guchar) *p < 0x80 && strchr ("!#$%&'*+/=?^_`{|}~-.", *p) == NULL)
      return NULL;

  if (!(host = dup_host (at + 1, at + strlen (at))))
    return NULL;

  uri = g_string_new ("mailto:");
  append_encoded (uri, text, at, "!$*+-._~");
  g_string_append_c (uri, '@');
  g_string_append (uri, host);

  return g_string_free (uri, FALSE);
}

/* A telephone number: digits, at most one leading "+", and the spaces,
 * dashes, dots, slashes and parentheses people group them with; 3 to 15
 * digits, as E.164 allows. */
static char *
phone_target (const char *text)
{
  GString *number = g_string_new ("tel:");
  guint digits = 0;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (number, *p);
          digits++;
        }
      else if (*p == '+' && number->len == 4)
        g_string_append_c (number, '+');
      else if (!strchr (" -.()/", *p))
        {
          /* Letters or other marks: not a number we can dial. */
          g_string_free (number, TRUE);
          return NULL;
        }
    }

  if (digits < 3 || digits > 15)
    {
      g_string_free (number, TRUE);
      return NULL;
    }

  return g_string_free (number, FALSE);
}

/* A web address: @scheme ("http" or "https", as typed) and the rest of
 * @text after "://" (or all of it, for "github.com/jane"): a host with a
 * dot and an optional port, then a path, query and fragment, encoded. A
 * user name before the host ("https://bank.com@evil.example") is refused. */
static char *
web_target (const char *scheme,
            const char *rest)
{
  const char *end = rest + strcspn (rest, "/?#");
  const char *colon = memchr (rest, ':', end - rest);
  const char *host_end = colon ? colon : end;
  g_autofree char *host = NULL;
  g_autofree char *lower_scheme = g_ascii_strdown (scheme, -1);
  GString *uri;

  if (memchr (rest, '@', end - rest) != NULL)
    return NULL;

  if (colon != NULL)
    {
      if (end - colon < 2 || end - colon > 6)
        return NULL;
      for (const char *p = colon + 1; p < end; p++)
        if (!g_ascii_isdigit (*p))
          return NULL;
    }

  if (!(host = dup_host (rest, host_end)))
    return NULL;

  /* Schemes are case-insensitive; the lower case is the one every reader
   * and the check before a link is kept know. */
  uri = g_string_new (NULL);
  g_string_append_printf (uri, "%s://", lower_scheme);
  g_string_append (uri, host);
  g_string_append_len (uri, host_end, end - host_end);
  append_encoded (uri, end, end + strlen (end), "-._~:/?#@!$&*+,;=");

  return g_string_free (uri, FALSE);
}

/**
 * _vitae_render_link_target:
 * @kind: "email", "phone" or "url"
 * @text: the visible text
 *
 * Works out where a detail links to. Only web, mail and telephone links are
 * made, to well-formed addresses and numbers: anything else (javascript:,
 * file:, data:, an address with a quote or a space in it…) stays plain
 * text. The target is plain ASCII with no quote, backslash, parenthesis or
 * space: what is not a letter, a digit or a URI mark is percent-encoded.
 *
 * Returns: (transfer full) (nullable): the target URI, or %NULL for no link
 */
char *
_vitae_render_link_target (const char *kind,
                           const char *text)
{
  g_autofree char *scheme = NULL;
  char *uri;

  if (text == NULL || text[0] == '\0' || !g_utf8_validate (text, -1, NULL) || strlen (text) > 2048)
    return NULL;

  if (g_str_equal (kind, "phone"))
    return phone_target (text);

  if (!is_token (text))
    return NULL;

  if (g_str_equal (kind, "email"))
    uri = email_target (text);
  else if ((scheme = g_uri_parse_scheme (text)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (scheme, -1);

      if (!g_str_equal (lower, "http") && !g_str_equal (lower, "https"))
        return NULL;
      if (!g_str_has_prefix (text + strlen (scheme), "://"))
        return NULL;

      uri = web_target (scheme, text + strlen (scheme) + 3);
    }
  else
    /* "github.com/jane" without a scheme: a web address if it starts with
     * a host name. */
    uri = web_target ("https", text);

  return uri;
}

/* Whether @uri may go into a link: a web, mail or telephone target in
 * printable ASCII with nothing that cairo's attribute syntax or a PDF
 * string would read as syntax. Every link passes here before it is kept. */
static gboolean
link_target_is_safe (const char *uri)
{
  static const char * const schemes[] = { "http", "https", "mailto", "tel", NULL };
  g_autofree char *scheme = g_uri_parse_scheme (uri);
  g_autofree char *lower = scheme ? g_ascii_strdown (scheme, -1) : NULL;

  if (lower == NULL || !g_strv_contains (schemes, lower))
    return FALSE;

  for (const char *p = uri; *p; p++)
    if ((guchar) *p <= ' ' || (guchar) *p >= 0x7f || strchr ("'\"\\()<>", *p) != NULL)
      return FALSE;

  return TRUE;
}

/* Appends @key='@value' to cairo tag attributes: the value quoted, with
 * each quote and backslash escaped by a backslash, as cairo's attribute
 * syntax asks. Every string attribute is written here. */
static void
append_tag_attribute (GString    *attributes,
                      const char *key,
                      const char *value)
{
  g_string_append_printf (attributes, " %s='", key);
  for (const char *p = value; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');
}

/* ------------------------------------------------------------------ */
/* Text                                                                 */
/* ------------------------------------------------------------------ */

static void
link_clear (gpointer data)
{
  Link *link = data;

  g_clear_pointer (&link->uri, g_free);
}

static void
builder_init (TextBuilder *builder,
              VitaeLayout *self)
{
  builder->self = self;
  builder->text = g_string_new (NULL);
  builder->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  builder->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_set_clear_func (builder->links, link_clear);
  builder->fallbacks = g_array_new (FALSE, FALSE, sizeof (Fallback));
}

/* ------------------------------------------------------------------ */
/* Fonts for symbols                                                    */
/* ------------------------------------------------------------------ */

/*
 * No character prints as a "tofu" box: Pango draws a character no font
 * has as a box holding its code, which extractors read as digits
 * ("🚀Software Engineer" as "01F 680Software Engineer"). Nor as a
 * colour glyph: Cairo embeds a colour emoji font (Noto Color Emoji's
 * bitmaps) as a Type 3 font, which ATS parsers do not read. A character
 * is drawn with the fonts the layout finds for it, else with a
 * monochrome font that has it, else left out of the page; the coach
 * names emoji as an ATS risk either way.
 */

typedef enum
{
  GLYPH_DRAWN = 1,     /* by the fonts the text is set in */
  GLYPH_FALLBACK,      /* by one of mono_fallbacks, named for it */
  GLYPH_DROPPED,       /* by no font: left out */
} GlyphSource;

/* Monochrome fonts with symbols and emoji, that embed as TrueType or
 * OpenType outlines. */
static const char * const mono_fallbacks[] = {
  "Symbola",
  "Noto Emoji",
  "Noto Sans Symbols2",
  "Noto Sans Symbols",
  "DejaVu Sans",
};

static gboolean
font_is_color (PangoFont *font)
{
  hb_font_t *hb_font = pango_font_get_hb_font (font);
  hb_face_t *face = hb_font != NULL ? hb_font_get_face (hb_font) : NULL;

  return face != NULL &&
         (hb_ot_color_has_png (face) || hb_ot_color_has_svg (face) ||
          hb_ot_color_has_layers (face));
}

/* Whether @font, loaded for the family @family, is that family and
 * draws @c in outlines. */
static gboolean
font_draws (PangoFont  *font,
            const char *family,
            gunichar    c)
{
  g_autoptr(PangoFontDescription) description = NULL;
  const char *name;

  if (font == NULL || !pango_font_has_char (font, c) || font_is_color (font))
    return FALSE;
  if (family == NULL)
    return TRUE;

  description = pango_font_describe (font);
  name = pango_font_description_get_family (description);

  return name != NULL && g_ascii_strcasecmp (name, family) == 0;
}

/* Characters that take no glyph of their own: they join or vary the one
 * before (a zero-width joiner, a variation selector, an emoji's tag or
 * skin tone), and go with it when it is left out. */
static gboolean
is_glyph_modifier (gunichar c)
{
  return c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f) ||
         (c >= 0xe0020 && c <= 0xe007f) || (c >= 0xe0100 && c <= 0xe01ef) ||
         (c >= 0x1f3fb && c <= 0x1f3ff) || c == 0x20e3;
}

/* The font Pango sets @c in, alone, in @family or the template's: the
 * itemizer's choice, which for an emoji prefers a colour font. */
static PangoFont *
itemized_font (VitaeLayout *self,
               gunichar     c,
               const char  *family)
{
  g_autoptr(PangoFontDescription) description = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoFont *font = NULL;
  char text[8];
  int length = g_unichar_to_utf8 (c, text);
  GList *items;

  description = pango_font_description_from_string (family != NULL ? family : self->template->family);
  pango_font_description_set_absolute_size (description, 10 * PANGO_SCALE);
  pango_attr_list_insert (attrs, pango_attr_font_desc_new (description));
  items = pango_itemize (self->context, text, 0, length, attrs, NULL);
  if (items != NULL && ((PangoItem *) items->data)->analysis.font != NULL)
    font = g_object_ref (((PangoItem *) items->data)->analysis.font);
  g_list_free_full (items, (GDestroyNotify) pango_item_free);
  pango_attr_list_unref (attrs);

  return font;
}

static GlyphSource
glyph_source (VitaeLayout  *self,
              gunichar      c,
              const char  **family)
{
  gpointer cached;
  GlyphSource source = GLYPH_DROPPED;
  PangoFont *font;

  *family = NULL;
  if (c < 0x80 || g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
      g_unichar_type (c) == G_UNICODE_FORMAT || is_glyph_modifier (c))
    return GLYPH_DRAWN;

  if (self->glyph_sources == NULL)
    self->glyph_sources = g_hash_table_new (NULL, NULL);
  cached = g_hash_table_lookup (self->glyph_sources, GUINT_TO_POINTER (c));
  if (cached != NULL)
    {
      source = GPOINTER_TO_UINT (cached) & 0xff;
      if (source == GLYPH_FALLBACK)
        *family = mono_fallbacks[GPOINTER_TO_UINT (cached) >> 8];
      return source;
    }

  font = itemized_font (self, c, NULL);
  if (font_draws (font, NULL, c))
    source = GLYPH_DRAWN;
  g_clear_object (&font);

  for (guint i = 0; source == GLYPH_DROPPED && i < G_N_ELEMENTS (mono_fallbacks); i++)
    {
      font = itemized_font (self, c, mono_fallbacks[i]);
      if (font_draws (font, mono_fallbacks[i], c))
        {
          source = GLYPH_FALLBACK;
          *family = mono_fallbacks[i];
          g_hash_table_insert (self->glyph_sources, GUINT_TO_POINTER (c),
                               GUINT_TO_POINTER (source | (i << 8)));
        }
      g_clear_object (&font);
    }

  if (source != GLYPH_FALLBACK)
    g_hash_table_insert (self->glyph_sources, GUINT_TO_POINTER (c), GUINT_TO_POINTER (source));
  if (source == GLYPH_DROPPED)
    {
      if (self->dropped == NULL)
        self->dropped = g_string_new (NULL);
      g_string_append_unichar (self->dropped, c);
    }

  return source;
}

/* Appends @text to @builder, but for the characters no font draws as
 * text, with a monochrome font named for the ones only it draws. */
static void
append_drawable (TextBuilder *builder,
                 const char  *text)
{
  const char *run = text;
  gboolean dropping = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *family;
      GlyphSource source;

      if (c < 0x80)
        {
          /* A symbol left out between spaces, or before one at the
           * start, leaves one space, or none. */
          if (dropping && c == ' ' &&
              (builder->text->len == 0 || builder->text->str[builder->text->len - 1] == ' '))
            {
              run = p + 1;
              dropping = FALSE;
              continue;
            }
          dropping = FALSE;
          continue;
        }
      if (dropping && is_glyph_modifier (c))
        source = GLYPH_DROPPED;
      else
        source = glyph_source (builder->self, c, &family);
      dropping = source == GLYPH_DROPPED;

      if (source == GLYPH_DRAWN)
        continue;

      g_string_append_len (builder->text, run, p - run);
      run = g_utf8_next_char (p);
      if (source == GLYPH_FALLBACK)
        {
          Fallback fallback = { builder->text->len, 0, family };

          g_string_append_len (builder->text, p, run - p);
          fallback.end = builder->text->len;
          g_array_append_val (builder->fallbacks, fallback);
        }
    }
  g_string_append (builder->text, run);
}

static void
add_fallback_attributes (GPtrArray *attrs,
                         GArray    *fallbacks,
                         guint      start,
                         guint      end)
{
  for (guint i = 0; i < fallbacks->len; i++)
    {
      Fallback *fallback = &g_array_index (fallbacks, Fallback, i);
      PangoAttribute *attr;

      if (fallback->end <= start || fallback->start >= end)
        continue;
      attr = pango_attr_family_new (fallback->family);
      attr->start_index = MAX (fallback->start, start) - start;
      attr->end_index = MIN (fallback->end, end) - start;
      g_ptr_array_add (attrs, attr);
    }
}

static void
builder_append (TextBuilder *builder,
                const char  *text,
                Style        style)
{
  Span span;

  if (text == NULL || text[0] == '\0')
    return;

  span.start = builder->text->len;
  append_drawable (builder, text);
  span.end = builder->text->len;
  span.style = style;

  if (style != STYLE_PLAIN)
    g_array_append_val (builder->spans, span);
}

/* Appends @text, linked to where @kind says when it is a safe target. */
static void
builder_append_link (TextBuilder *builder,
                     const char  *kind,
                     const char  *text,
                     Style        style)
{
  g_autofree char *uri = NULL;
  Link link;

  if (text == NULL || text[0] == '\0')
    return;

  uri = _vitae_render_link_target (kind, text);
  link.start = builder->text->len;
  builder_append (builder, text, style);
  link.end = builder->text->len;

  if (uri != NULL && link_target_is_safe (uri))
    {
      link.uri = g_steal_pointer (&uri);
      g_array_append_val (builder->links, link);
    }
}

/* ------------------------------------------------------------------ */
/* Line breaking                                                        */
/* ------------------------------------------------------------------ */

/*
 * A text becomes one Pango layout per part of at most PART_SIZE bytes or
 * so: Pango's cost for a layout grows faster than its length (a break rule
 * or a style costs a walk from the start of the text, a link's rectangle a
 * walk over the line's runs), so parts keep a 60,000-keyword line or a
 * 50,000-profile contact line linear. A part ends where its last line
 * starts, and the next part starts there, so the lines break exactly where
 * one layout would break them (Pango breaks greedily, line by line).
 */
#define PART_SIZE 2048

/* How breakable a word is: whole (where a break would make extractors
 * join the halves with a space or lose a hyphen), at the seams of a web
 * address, or anywhere. A word is made more breakable only when it is
 * wider than the column. */
typedef enum
{
  WORD_WHOLE,
  WORD_AT_SEAMS,
  WORD_ANYWHERE,
} WordBreaks;

typedef struct
{
  guint      start;      /* byte offsets in the part's text */
  guint      end;
  gboolean   has_break;  /* Pango would break inside it */
  WordBreaks breaks;
} Word;

/* A dash or hyphen: a line that ends in one reads wrong, joined to the
 * next line by a reader that takes a hyphen at a line's end for a
 * hyphenation ("Kubernetes- und" as "Kubernetesund") or by one that puts
 * a space between lines ("Top-4–10" as "Top-4– 10"). */
static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x00ad || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xfe63 || c == 0xff0d;
}

/* Whether a word is broken between its letters by Pango that should be
 * broken at spaces only: Korean is set keep-all, as Korean typesetting
 * does, so that a word never extracts in two ("서비 스"). */
static gboolean
is_keep_all (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HANGUL;
}

/* Finds the words of @text (runs without white space) that Pango would
 * break inside, after a hyphen or a slash ("state-of-the-art", "CI/CD",
 * "linkedin.com/in/jane-doe"), from one pass of Pango's own segmentation.
 * Words in scripts written without spaces (Chinese, Japanese) keep their
 * breaks; Korean words, written with spaces, do not. A word that ends in
 * a dash ("Kubernetes- und") or a dash standing alone ("PlayStore -
 * Android") is one word with its neighbours, so that no line ends in a
 * dash. Words with no break inside need no rule: a paragraph costs one
 * rule per hyphenated word, not one per word. The segmentation is the
 * document language's (@language), as the layouts' is. */
static GArray *
find_words (const char    *text,
            guint          length,
            PangoLanguage *language)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  glong n_chars = g_utf8_strlen (text, length);
  g_autofree PangoLogAttr *log_attrs = g_new0 (PangoLogAttr, n_chars + 1);
  const char *end = text + length;
  const char *p = text;
  glong index = 0;
  gboolean glue = FALSE;      /* the word before ends in a dash */
  gboolean adjacent = FALSE;  /* and is the last of @words */

  pango_get_log_attrs (text, length, -1, language, log_attrs, n_chars + 1);

  while (p < end)
    {
      Word word = { 0, 0, FALSE, WORD_WHOLE };
      gboolean wide = FALSE, keep_all = FALSE, dash_only = TRUE;
      gunichar last = 0;
      glong first;

      while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
        {
          gunichar c = g_utf8_get_char (p);

          /* Never glue over a line the user ended. */
          if (c != ' ' && c != '\t' && c != 0x00a0)
            adjacent = FALSE;
          p = g_utf8_next_char (p);
          index++;
        }
      if (p >= end)
        break;

      word.start = p - text;
      first = index;
      while (p < end && !g_unichar_isspace (g_utf8_get_char (p)))
        {
          gunichar c = g_utf8_get_char (p);

          wide |= g_unichar_iswide (c) && !is_keep_all (c);
          keep_all |= is_keep_all (c);
          dash_only &= is_dash (c);
          last = c;
          if (index > first && log_attrs[index].is_line_break)
            word.has_break = TRUE;
          p = g_utf8_next_char (p);
          index++;
        }
      word.end = p - text;

      if (wide && !keep_all)
        {
          adjacent = FALSE;
          continue;
        }

      /* A word after a dash is one word with it, and so is a dash alone
       * with the word before it: the space between them is no break. */
      if ((glue || dash_only) && adjacent)
        {
          Word *previous = &g_array_index (words, Word, words->len - 1);

          previous->end = word.end;
          previous->has_break = TRUE;
        }
      else
        g_array_append_val (words, word);

      glue = is_dash (last);
      adjacent = TRUE;
    }

  return words;
}

static void
add_allow_breaks (GPtrArray *attrs,
                  guint      start,
                  guint      end)
{
  PangoAttribute *attr;

  if (end <= start + 1)
    return;

  attr = pango_attr_allow_breaks_new (FALSE);
  attr->start_index = start;
  attr->end_index = end;
  g_ptr_array_add (attrs, attr);
}

/* No line break from @start to @end of @text. Pango 1.50 keeps the break
 * after a character that allows one after it (an en dash, U+2010) when a
 * rule that starts before the character covers it; a rule that starts at
 * the character does remove it. So the rule is cut into pieces, each
 * starting at such a character and overlapping the one before. */
static void
add_no_break (GPtrArray  *attrs,
              const char *text,
              guint       start,
              guint       end)
{
  guint from = start;

  for (const char *p = g_utf8_next_char (text + start); p < text + end; p = g_utf8_next_char (p))
    {
      GUnicodeBreakType type = g_unichar_break_type (g_utf8_get_char (p));

      if (type == G_UNICODE_BREAK_AFTER || type == G_UNICODE_BREAK_HYPHEN)
        {
          add_allow_breaks (attrs, from, g_utf8_next_char (p) - text);
          from = p - text;
        }
    }
  add_allow_breaks (attrs, from, end);
}

/* The seams of a web address: after a "/" (but not inside "//"), before a
 * "?", a "&" or a "#". A line breaks there without a hyphen, so the
 * address extracts whole once the lines are joined. And in words glued
 * at dashes standing alone ("Go - Rust - Kafka" …), before each dash:
 * a line may start with one, where none ends in one. */
static void
add_word_rules (GPtrArray  *attrs,
                const char *text,
                Word       *word)
{
  guint start = word->start;

  switch (word->breaks)
    {
    case WORD_WHOLE:
      if (word->has_break)
        add_no_break (attrs, text, word->start, word->end);
      break;

    case WORD_AT_SEAMS:
      for (guint i = word->start + 1; i < word->end; i++)
        {
          gboolean seam = (text[i - 1] == '/' && text[i] != '/') ||
                          text[i] == '?' || text[i] == '&' || text[i] == '#' ||
                          (text[i - 1] == ' ' && is_dash (g_utf8_get_char (text + i)));

          if (seam)
            {
              add_no_break (attrs, text, start, i);
              start = i;
            }
        }
      add_no_break (attrs, text, start, word->end);
      break;

    case WORD_ANYWHERE:
    default:
      break;
    }
}

static void
add_color (GPtrArray *attrs,
           guint32    color,
           guint      start,
           guint      end)
{
  PangoAttribute *attr;

  attr = pango_attr_foreground_new (((color >> 16) & 0xff) * 257,
                                    ((color >> 8) & 0xff) * 257,
                                    (color & 0xff) * 257);
  attr->start_index = start;
  attr->end_index = end;
  g_ptr_array_add (attrs, attr);
}

/* Adds the styles of @spans over @start to @end, relative to @start.
 * Spans are in text order and do not overlap. */
static void
add_span_attributes (VitaeLayout *self,
                     GPtrArray   *attrs,
                     GArray      *spans,
                     guint        start,
                     guint        end)
{
  const VitaeTemplate *template = self->template;
  guint low = 0, high = spans->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (spans, Span, middle).end <= start)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      guint s, e;
      PangoAttribute *attr;

      if (span->start >= end)
        break;
      s = MAX (span->start, start) - start;
      e = MIN (span->end, end) - start;

      if (span->style & STYLE_BOLD)
        {
          attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          attr->start_index = s;
          attr->end_index = e;
          g_ptr_array_add (attrs, attr);
        }
      if (span->style & STYLE_ITALIC)
        {
          attr = pango_attr_style_new (PANGO_STYLE_ITALIC);
          attr->start_index = s;
          attr->end_index = e;
          g_ptr_array_add (attrs, attr);
        }
      if (span->style & STYLE_MUTED)
        add_color (attrs, template->muted, s, e);
      else if (span->style & STYLE_ACCENT)
        add_color (attrs, template->accent, s, e);
    }
}

static int
compare_attributes (gconstpointer a,
                    gconstpointer b)
{
  const PangoAttribute *attr_a = *(PangoAttribute * const *) a;
  const PangoAttribute *attr_b = *(PangoAttribute * const *) b;

  if (attr_a->start_index != attr_b->start_index)
    return attr_a->start_index < attr_b->start_index ? -1 : 1;

  return 0;
}

typedef struct
{
  const char     *family;
  double          size;
  double          width;
  PangoAlignment  alignment;
} TextFormat;

static PangoLayout *
create_layout (VitaeLayout      *self,
               const char       *text,
               guint             length,
               GPtrArray        *attrs,
               const TextFormat *format)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoAttrList *list = pango_attr_list_new ();
  PangoLayout *layout;
  PangoAttribute *attr;
  PangoAlignment alignment = format->alignment;

  font = pango_font_description_from_string (format->family);
  pango_font_description_set_absolute_size (font, format->size * PANGO_SCALE);

  /* Text truth: ligatures off, so "fi" extracts as two letters, and no
   * hyphens added at breaks, so every character is one the user typed. */
  attr = pango_attr_font_features_new ("liga=0,clig=0,dlig=0");
  pango_attr_list_insert (list, attr);
  attr = pango_attr_insert_hyphens_new (FALSE);
  pango_attr_list_insert (list, attr);

  /* In order of their start, each is appended in constant time. */
  g_ptr_array_sort (attrs, compare_attributes);
  for (guint i = 0; i < attrs->len; i++)
    pango_attr_list_insert (list, pango_attribute_copy (g_ptr_array_index (attrs, i)));

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, length);
  pango_layout_set_attributes (layout, list);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* A right-to-left document: every paragraph is, even one that starts
   * with a Latin word, and what was flush left is flush right. */
  if (self->rtl)
    {
      pango_layout_set_auto_dir (layout, FALSE);
      if (alignment == PANGO_ALIGN_LEFT)
        alignment = PANGO_ALIGN_RIGHT;
      else if (alignment == PANGO_ALIGN_RIGHT)
        alignment = PANGO_ALIGN_LEFT;
    }
  pango_layout_set_alignment (layout, alignment);
  if (format->width > 0)
    pango_layout_set_width (layout, (int) (format->width * PANGO_SCALE));
  if (self->template->line_spacing != 1.0)
    pango_layout_set_line_spacing (layout, self->template->line_spacing);
  pango_attr_list_unref (list);

  return layout;
}

/* The left and right edges of the text of @line, in Pango units from the
 * layout's left: white space at the end of a line may hang past the
 * column, and does not count. Returns FALSE for a line of white space. */
static gboolean
line_get_edges (PangoLayoutLine *line,
                int             *left,
                int             *right)
{
  const char *text = pango_layout_get_text (line->layout);
  int start = line->start_index;
  int end = start + line->length;
  int *ranges = NULL;
  int n_ranges = 0;

  while (end > start)
    {
      const char *previous = g_utf8_find_prev_char (text + start, text + end);

      if (previous == NULL)
        previous = text + start;
      if (!g_unichar_isspace (g_utf8_get_char (previous)))
        break;
      end = previous - text;
    }
  if (end <= start)
    return FALSE;

  pango_layout_line_get_x_ranges (line, start, end, &ranges, &n_ranges);
  if (n_ranges == 0)
    {
      g_free (ranges);
      return FALSE;
    }

  *left = ranges[0];
  *right = ranges[1];
  for (int i = 1; i < n_ranges; i++)
    {
      *left = MIN (*left, ranges[2 * i]);
      *right = MAX (*right, ranges[2 * i + 1]);
    }
  g_free (ranges);

  return TRUE;
}

/* Makes the words of each line of @layout wider than @width more
 * breakable. Returns whether any was. */
static gboolean
loosen_overfull_lines (PangoLayout *layout,
                       GArray      *words,
                       double       width)
{
  gboolean loosened = FALSE;
  guint first = 0;

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      guint start = line->start_index;
      guint end = line->start_index + line->length;
      int left, right;

      if (!line_get_edges (line, &left, &right) ||
          right - left <= (int) (width * PANGO_SCALE) + PANGO_SCALE / 4)
        continue;

      while (first < words->len && g_array_index (words, Word, first).end <= start)
        first++;
      for (guint i = first; i < words->len; i++)
        {
          Word *word = &g_array_index (words, Word, i);

          if (word->start >= end)
            break;
          if (word->breaks < WORD_ANYWHERE)
            {
              word->breaks++;
              loosened = TRUE;
            }
        }
    }

  return loosened;
}

/* Lays out the text from @start to @end of @builder as one layout, with
 * its styles and break rules: a word wider than the column first breaks
 * at the seams of a web address, then, if a piece is still too wide,
 * anywhere. */
static PangoLayout *
layout_range (TextBuilder      *builder,
              guint             start,
              guint             end,
              const TextFormat *format)
{
  const char *text = builder->text->str + start;
  g_autoptr(GArray) words = find_words (text, end - start, pango_context_get_language (builder->self->context));
  PangoLayout *layout = NULL;

  for (guint pass = 0; pass < 3; pass++)
    {
      g_autoptr(GPtrArray) attrs = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_attribute_destroy);

      add_span_attributes (builder->self, attrs, builder->spans, start, end);
      add_fallback_attributes (attrs, builder->fallbacks, start, end);
      for (guint i = 0; i < words->len; i++)
        add_word_rules (attrs, text, &g_array_index (words, Word, i));

      g_clear_object (&layout);
      layout = create_layout (builder->self, text, end - start, attrs, format);

      if (format->width <= 0 || !loosen_overfull_lines (layout, words, format->width))
        break;
    }

  return layout;
}

/* Where a part that starts at @start may end: at a space near PART_SIZE
 * bytes on, else at a character. */
static guint
part_end (GString *text,
          guint    start)
{
  const char *p = text->str + start + PART_SIZE;
  const char *limit = text->str + MIN (text->len, start + 2 * PART_SIZE);

  if (start + PART_SIZE >= text->len)
    return text->len;

  p = g_utf8_find_prev_char (text->str, p + 1);
  for (const char *q = p; q < limit; q = g_utf8_next_char (q))
    if (g_unichar_isspace (g_utf8_get_char (q)))
      return q - text->str;

  return p - text->str;
}

static void
item_free (gpointer data)
{
  Item *item = data;

  for (guint i = 0; i < item->parts->len; i++)
    g_object_unref (g_array_index (item->parts, Part, i).layout);
  g_array_unref (item->parts);
  g_clear_pointer (&item->links, g_array_unref);
  g_free (item);
}

static void
item_add_part (Item        *item,
               PangoLayout *layout,
               guint        offset)
{
  Part part = { layout, offset, item->height };
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (item->parts->len == 0)
    {
      item->left = G_MAXDOUBLE;
      item->right = -G_MAXDOUBLE;
    }
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      int left, right;

      if (line_get_edges (l->data, &left, &right))
        {
          item->left = MIN (item->left, (double) left / PANGO_SCALE);
          item->right = MAX (item->right, (double) right / PANGO_SCALE);
        }
    }
  item->width = MAX (item->width, (double) logical.width / PANGO_SCALE);
  item->height += (double) logical.height / PANGO_SCALE;
  item->n_lines += pango_layout_get_line_count (layout);
  g_array_append_val (item->parts, part);
}

/* Turns the builder's text into an item, and clears the builder. Returns
 * the item, or %NULL when there was no text. */
static Item *
builder_finish (TextBuilder    *builder,
                const char     *family,
                double          size,
                double          x,
                double          y,
                double          width,
                PangoAlignment  alignment)
{
  const TextFormat format = { family, size, width, alignment };
  Item *item = NULL;

  if (builder->text->len > 0)
    {
      guint offset = 0;

      item = g_new0 (Item, 1);
      item->parts = g_array_new (FALSE, FALSE, sizeof (Part));
      item->x = x;
      item->y = y;
      item->links = g_array_ref (builder->links);

      while (offset < builder->text->len)
        {
          guint end = width > 0 ? part_end (builder->text, offset) : builder->text->len;
          PangoLayout *layout = layout_range (builder, offset, end, &format);

          /* Unless it is the last, a part ends where its last line starts. */
          if (end < builder->text->len && pango_layout_get_line_count (layout) > 1)
            {
              PangoLayoutLine *last = pango_layout_get_line_readonly (layout, pango_layout_get_line_count (layout) - 1);

              end = offset + last->start_index;
              g_object_unref (layout);
              layout = layout_range (builder, offset, end, &format);
            }

          item_add_part (item, layout, offset);
          offset = end;
        }
    }

  g_string_free (builder->text, TRUE);
  g_array_unref (builder->spans);
  g_array_unref (builder->links);
  g_array_unref (builder->fallbacks);
  memset (builder, 0, sizeof *builder);

  return item;
}

static double
item_width (Item *item)
{
  return item->width;
}

static double
item_height (Item *item)
{
  return item->height;
}

/* The first line of @item: its layout, and an iterator on it. */
static PangoLayoutIter *
item_get_iter (Item *item,
               guint part)
{
  return pango_layout_get_iter (g_array_index (item->parts, Part, part).layout);
}


/* ------------------------------------------------------------------ */
/* Blocks                                                               */
/* ------------------------------------------------------------------ */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->node);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->shapes, g_array_unref);
  g_clear_pointer (&block->line_tops, g_array_unref);
  g_clear_pointer (&block->line_bottoms, g_array_unref);
  g_clear_pointer (&block->pieces, g_array_unref);
  g_free (block);
}

static Block *
add_block (VitaeLayout    *self,
           VitaeBlockKind  kind,
           gpointer        node,
           double          space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->node = node ? g_object_ref (node) : NULL;
  block->space_before = space_before * self->font_size * self->spacing;
  block->items = g_ptr_array_new_with_free_func (item_free);
  block->shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  block->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (self->blocks, block);

  return block;
}

/* Adds @item to @block, growing the block to hold it. */
static void
block_add_item (Block *block,
                Item  *item,
                guint  n_lines)
{
  if (item == NULL)
    return;

  block->height = MAX (block->height, item->y + item_height (item));
  block->n_lines = MAX (block->n_lines, n_lines);
  g_ptr_array_add (block->items, item);
}

static void
block_add_shape (Block     *block,
                 ShapeKind  kind,
                 double     x,
                 double     y,
                 double     width,
                 double     height,
                 guint32    color)
{
  Shape shape = { kind, x, y, width, height, color };

  g_array_append_val (block->shapes, shape);
  block->height = MAX (block->height, y + height);
}

static double
content_width (VitaeLayout *self)
{
  return self->page_width - 2 * self->margin;
}

typedef struct
{
  double top;
  double bottom;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a;
  const Row *row_b = b;

  return row_a->top < row_b->top ? -1 : row_a->top > row_b->top;
}

/* Finds the rows of @block, top to bottom, where pagination may break it:
 * the lines of its items, lines side by side (an entry's dates beside its
 * title) making one row. */
static void
block_compute_rows (Block *block)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Row));

  g_clear_pointer (&block->line_tops, g_array_unref);
  g_clear_pointer (&block->line_bottoms, g_array_unref);
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  block->line_bottoms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < block->items->len; i++)
    {
      Item *item = g_ptr_array_index (block->items, i);

      for (guint p = 0; p < item->parts->len; p++)
        {
          Part *part = &g_array_index (item->parts, Part, p);
          PangoLayoutIter *iter = pango_layout_get_iter (part->layout);

          do
            {
              int y0, y1;
              Row row;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              row.top = item->y + part->y + (double) y0 / PANGO_SCALE;
              row.bottom = item->y + part->y + (double) y1 / PANGO_SCALE;
              g_array_append_val (lines, row);
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }

  if (block->items->len > 1)
    g_array_sort (lines, compare_rows);

  for (guint i = 0; i < lines->len; i++)
    {
      Row *row = &g_array_index (lines, Row, i);
      guint n = block->line_tops->len;

      if (n > 0 && row->top < g_array_index (block->line_bottoms, double, n - 1) - 0.01)
        {
          double *bottom = &g_array_index (block->line_bottoms, double, n - 1);

          *bottom = MAX (*bottom, row->bottom);
          continue;
        }
      g_array_append_val (block->line_tops, row->top);
      g_array_append_val (block->line_bottoms, row->bottom);
    }
}

/* A block of running text, which may break across pages between lines. */
static Block *
add_paragraph (VitaeLayout *self,
               TextBuilder *builder,
               gpointer     node,
               double       space_before,
               double       indent)
{
  const VitaeTemplate *template = self->template;
  Block *block;
  Item *item;

  item = builder_finish (builder, template->family, self->font_size,
                         indent, 0, content_width (self) - indent, PANGO_ALIGN_LEFT);
  if (item == NULL)
    return NULL;

  block = add_block (self, VITAE_BLOCK_PARAGRAPH, node, space_before);
  block_add_item (block, item, item->n_lines);
  block->splittable = TRUE;
  block_compute_rows (block);

  return block;
}

static gboolean
has_text (VitaeNode  *node,
          const char *key)
{
  return vitae_node_get_text (node, key)[0] != '\0';
}

static char *
join_list (const char * const *values,
           const char         *separator)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (values[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, values[i]);
    }

  return g_string_free (joined, FALSE);
}

/* ------------------------------------------------------------------ */
/* Building the blocks                                                  */
/* ------------------------------------------------------------------ */

static void
add_header (VitaeLayout *self)
{
  const VitaeTemplate *template = self->template;
  VitaeNode *basics = VITAE_NODE (self->document);
  GListModel *profiles = vitae_document_get_profiles (self->document);
  PangoAlignment alignment = template->center_header ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  double width = content_width (self);
  g_autofree char *place = NULL;
  g_autofree char *postal_city = NULL;
  TextBuilder builder;
  gboolean first = TRUE;
  Block *block;
  Item *item;

  if (has_text (basics, "name"))
    {
      builder_init (&builder, self);
      builder_append (&builder, vitae_node_get_text (basics, "name"), STYLE_BOLD | STYLE_ACCENT);
      item = builder_finish (&builder, template->heading_family,
                             self->font_size * template->name_scale, 0, 0, width, alignment);
      block = add_block (self, VITAE_BLOCK_NAME, basics, 0);
      block_add_item (block, item, item->n_lines);
      block->keep_with_next = TRUE;
    }

  if (has_text (basics, "label"))
    {
      builder_init (&builder, self);
      builder_append (&builder, vitae_node_get_text (basics, "label"), STYLE_MUTED);
      item = builder_finish (&builder, template->family,
                             self->font_size * template->headline_scale, 0, 0, width, alignment);
      block = add_block (self, VITAE_BLOCK_HEADLINE, basics, 0.1);
      block_add_item (block, item, item->n_lines);
      block->keep_with_next = TRUE;
    }

  /* Contact details, in the body: ATS parsers skip page headers. */
  {
    const char *address_parts[5];
    guint n = 0;

    postal_city = g_strjoin (" ",
                             vitae_node_get_text (basics, "postal-code"),
                             vitae_node_get_text (basics, "city"), NULL);
    g_strstrip (postal_city);
    address_parts[n++] = vitae_node_get_text (basics, "address");
    address_parts[n++] = postal_city;
    address_parts[n++] = vitae_node_get_text (basics, "region");
    address_parts[n++] = vitae_node_get_text (basics, "country-code");
    address_parts[n] = NULL;
    place = join_list (address_parts, ", ");
  }

  builder_init (&builder, self);

#define SEPARATE() G_STMT_START { \
    if (!first) builder_append (&builder, CONTACT_SEPARATOR, STYLE_MUTED); \
    first = FALSE; \
  } G_STMT_END

  if (has_text (basics, "email"))
    {
      SEPARATE ();
      builder_append_link (&builder, "email", vitae_node_get_text (basics, "email"), STYLE_PLAIN);
    }
  if (has_text (basics, "phone"))
    {
      SEPARATE ();
      builder_append_link (&builder, "phone", vitae_node_get_text (basics, "phone"), STYLE_PLAIN);
    }
  if (place[0] != '\0')
    {
      SEPARATE ();
      builder_append (&builder, place, STYLE_PLAIN);
    }
  if (has_text (basics, "url"))
    {
      SEPARATE ();
      builder_append_link (&builder, "url", vitae_node_get_text (basics, "url"), STYLE_PLAIN);
    }
  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(VitaeNode) profile = g_list_model_get_item (profiles, i);
      const char *url = vitae_node_get_text (profile, "url");
      const char *network = vitae_node_get_text (profile, "network");
      const char *username = vitae_node_get_text (profile, "username");

      if (url[0] != '\0')
        {
          SEPARATE ();
          builder_append_link (&builder, "url", url, STYLE_PLAIN);
        }
      else if (username[0] != '\0')
        {
          g_autofree char *text = NULL;

          SEPARATE ();
          /* Translators: a profile without an address, "GitHub: jdoe" */
          text = network[0] ? g_strdup_printf (_("%s: %s"), network, username) : g_strdup (username);
          builder_append (&builder, text, STYLE_PLAIN);
        }
    }
#undef SEPARATE

  item = builder_finish (&builder, template->family, self->font_size, 0, 0, width, alignment);
  if (item != NULL)
    {
      block = add_block (self, VITAE_BLOCK_CONTACT, basics, 0.35);
      block_add_item (block, item, item->n_lines);
    }
}

static Block *
add_section_heading (VitaeLayout *self,
                     gpointer     node,
                     const char  *title)
{
  const VitaeTemplate *template = self->template;
  g_autofree char *upper = g_utf8_strup (title, -1);
  double size = self->font_size * template->heading_scale;
  gboolean first = self->blocks->len == 0;
  TextBuilder builder;
  Block *block;
  Item *item;

  builder_init (&builder, self);
  builder_append (&builder, upper, STYLE_BOLD | STYLE_ACCENT);
  item = builder_finish (&builder, template->heading_family, size, 0, 0,
                         content_width (self), PANGO_ALIGN_LEFT);
  block = add_block (self, VITAE_BLOCK_SECTION_HEADING, node, first ? 0 : template->section_gap);
  block_add_item (block, item, item->n_lines);
  block->keep_with_next = TRUE;

  if (template->heading_rule)
    block_add_shape (block, SHAPE_RULE, 0, block->height + 1.5,
                     content_width (self), 0.6, template->accent);
  else
    block_add_shape (block, SHAPE_RULE, 0, block->height + 1.5,
                     MIN (content_width (self), 2.4 * size), 1.6, template->accent);

  return block;
}

/* Text set flush right at @y: on one line, or when that would take more
 * than two fifths of the column (a long free-text date), wrapped there. */
static Item *
add_right_text (VitaeLayout *self,
                const char  *text,
                Style        style,
                double       y)
{
  const VitaeTemplate *template = self->template;
  double width = content_width (self);
  double most = 0.4 * width;
  TextBuilder builder;
  Item *item;

  builder_init (&builder, self);
  builder_append (&builder, text, style);
  item = builder_finish (&builder, template->family, self->font_size, 0, y, -1, PANGO_ALIGN_LEFT);
  if (item_width (item) <= most)
    {
      item->x = width - item_width (item);
      return item;
    }

  item_free (item);
  builder_init (&builder, self);
  builder_append (&builder, text, style);
  item = builder_finish (&builder, template->family, self->font_size, 0, y, most, PANGO_ALIGN_RIGHT);
  item->x = width - most;

  return item;
}

/* The heading of an entry: what and where on the left, the dates on the
 * right of the first line, the place on the right of the second. */
static Block *
add_entry_heading (VitaeLayout *self,
                   VitaeNode   *entry,
                   const char  *primary,
                   const char  *secondary,
                   const char  *place,
                   const char  *dates,
                   gboolean     first_in_section)
{
  const VitaeTemplate *template = self->template;
  double width = content_width (self);
  double gap = self->font_size;
  TextBuilder builder;
  Item *right = NULL;
  Item *left;
  Block *block;
  double y = 0;
  guint n_lines;

  if (primary[0] == '\0')
    {
      primary = secondary;
      secondary = "";
    }
  if (primary[0] == '\0' && place[0] == '\0' && dates[0] == '\0')
    return NULL;

  block = add_block (self, VITAE_BLOCK_ENTRY_HEADING, entry,
                     first_in_section ? 0.45 : template->entry_gap);

  if (dates[0] != '\0')
    right = add_right_text (self, dates, STYLE_MUTED, 0);

  builder_init (&builder, self);
  builder_append (&builder, primary, STYLE_BOLD);
  if (template->one_line_entry)
    {
      if (secondary[0] != '\0')
        {
          builder_append (&builder, ", ", STYLE_PLAIN);
          builder_append (&builder, secondary, STYLE_PLAIN);
        }
      if (place[0] != '\0')
        {
          builder_append (&builder, CONTACT_SEPARATOR, STYLE_MUTED);
          builder_append (&builder, place, STYLE_MUTED);
        }
    }
  left = builder_finish (&builder, template->family, self->font_size, 0, 0,
                         width - (right ? item_width (right) + gap : 0), PANGO_ALIGN_LEFT);
  n_lines = left ? left->n_lines : 1;

  /* The dates go after the left text in the content stream, so that
   * extractors read "Engineer Apr 2021 – Present" in that order. */
  block_add_item (block, left, n_lines);
  if (right != NULL)
    {
      block_add_item (block, right, right->n_lines);
      block->dates = right;
      block->dates_beside = left;
    }
  y = block->height;

  if (!template->one_line_entry && (secondary[0] != '\0' || place[0] != '\0'))
    {
      Item *second_right = NULL;
      Item *second_left;
      guint more;

      if (place[0] != '\0')
        second_right = add_right_text (self, place, STYLE_ITALIC | STYLE_MUTED, y);

      builder_init (&builder, self);
      builder_append (&builder, secondary, STYLE_ITALIC);
      second_left = builder_finish (&builder, template->family, self->font_size, 0, y,
                                    width - (second_right ? item_width (second_right) + gap : 0),
                                    PANGO_ALIGN_LEFT);
      more = second_left ? second_left->n_lines : 1;
      block_add_item (block, second_left, n_lines + more);
      if (second_right != NULL)
        {
          block_add_item (block, second_right, n_lines + MAX (more, second_right->n_lines));
          block->place = second_right;
          block->place_beside = second_left;
        }
    }

  return block;
}

static Block *
add_labelled_line (VitaeLayout *self,
                   gpointer     node,
                   const char  *label,
                   const char  *text,
                   double       space_before)
{
  TextBuilder builder;

  if (text == NULL || text[0] == '\0')
    return NULL;

  builder_init (&builder, self);
  if (label != NULL)
    {
      /* Translators: a label before a list, "Courses: " */
      g_autofree char *prefix = g_strdup_printf (_("%s: "), label);

      builder_append (&builder, prefix, STYLE_BOLD);
    }
  builder_append (&builder, text, STYLE_PLAIN);

  return add_paragraph (self, &builder, node, space_before, 0);
}

static Block *
add_bullet (VitaeLayout *self,
            VitaeBullet *bullet,
            gboolean     first)
{
  const VitaeTemplate *template = self->template;
  double size = self->font_size;
  double indent = 1.15 * size;
  TextBuilder builder;
  PangoLayoutIter *iter;
  Block *block;
  Item *item;
  double baseline;

  builder_init (&builder, self);
  builder_append (&builder, vitae_bullet_get_text (bullet), STYLE_PLAIN);
  item = builder_finish (&builder, template->family, size, indent, 0,
                         content_width (self) - indent, PANGO_ALIGN_LEFT);
  if (item == NULL)
    return NULL;

  block = add_block (self, VITAE_BLOCK_BULLET, bullet, first ? 0.25 : template->bullet_gap);
  block_add_item (block, item, item->n_lines);

  iter = item_get_iter (item, 0);
  baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);

  /* The mark sits on the x-height of the first line, a drawn shape so
   * that it extracts as nothing rather than as a private-use glyph. */
  if (template->bullet == VITAE_BULLET_SHAPE_SQUARE)
    block_add_shape (block, SHAPE_SQUARE, 0.35 * size, baseline - 0.42 * size,
                     0.28 * size, 0.28 * size, template->accent);
  else
    block_add_shape (block, SHAPE_DOT, 0.35 * size, baseline - 0.44 * size,
                     0.3 * size, 0.3 * size, template->ink);

  return block;
}

static void
add_text_field (VitaeLayout *self,
                VitaeNode   *entry,
                const char  *key,
                Style        style,
                double       space_before)
{
  TextBuilder builder;

  if (!has_text (entry, key))
    return;

  builder_init (&builder, self);
  builder_append (&builder, vitae_node_get_text (entry, key), style);
  add_paragraph (self, &builder, entry, space_before, 0);
}

static void
add_url_field (VitaeLayout *self,
               VitaeNode   *entry,
               double       space_before)
{
  TextBuilder builder;

  if (!has_text (entry, "url"))
    return;

  builder_init (&builder, self);
  builder_append_link (&builder, "url", vitae_node_get_text (entry, "url"), STYLE_MUTED);
  add_paragraph (self, &builder, entry, space_before, 0);
}

static void
add_entry (VitaeLayout      *self,
           VitaeSectionKind  kind,
           VitaeEntry       *entry,
           gboolean          first_in_section)
{
  VitaeNode *node = VITAE_NODE (entry);
  g_autofree char *dates = vitae_entry_dup_dates_in (node, self->language);
  g_autofree char *secondary = NULL;
  g_autofree char *roles = NULL;
  const char *primary = "";
  const char *place = vitae_node_get_text (node, "location");
  guint first_block = self->blocks->len;
  guint n_bullets = vitae_entry_get_n_bullets (entry);
  guint heading_block;
  double inner = 0.15;

  switch (kind)
    {
    case VITAE_SECTION_EXPERIENCE:
    case VITAE_SECTION_VOLUNTEER:
      primary = vitae_node_get_text (node, "role");
      secondary = g_strdup (vitae_node_get_text (node, "organization"));
      break;

    case VITAE_SECTION_PROJECTS:
      {
        const char *parts[4];

        roles = join_list (vitae_node_get_list (node, "roles"), ", ");
        parts[0] = roles;
        parts[1] = vitae_node_get_text (node, "entity");
        parts[2] = vitae_node_get_text (node, "type");
        parts[3] = NULL;
        primary = vitae_node_get_text (node, "title");
        secondary = join_list (parts, CONTACT_SEPARATOR);
      }
      break;

    case VITAE_SECTION_EDUCATION:
      {
        const char *parts[3] = {
          vitae_node_get_text (node, "degree"),
          vitae_node_get_text (node, "area"),
          NULL,
        };

        primary = vitae_node_get_text (node, "organization");
        secondary = join_list (parts, ", ");
      }
      break;

    case VITAE_SECTION_CERTIFICATIONS:
      primary = vitae_node_get_text (node, "title");
      secondary = g_strdup (vitae_node_get_text (node, "issuer"));
      break;

    case VITAE_SECTION_AWARDS:
      primary = vitae_node_get_text (node, "title");
      secondary = g_strdup (vitae_node_get_text (node, "awarder"));
      break;

    case VITAE_SECTION_PUBLICATIONS:
      primary = vitae_node_get_text (node, "title");
      secondary = g_strdup (vitae_node_get_text (node, "publisher"));
      break;

    case VITAE_SECTION_CUSTOM:
      primary = vitae_node_get_text (node, "title");
      if (primary[0] == '\0')
        primary = vitae_node_get_text (node, "role");
      secondary = g_strdup (vitae_node_get_text (node, "organization"));
      break;

    case VITAE_SECTION_SKILLS:
    case VITAE_SECTION_INTERESTS:
    case VITAE_SECTION_LANGUAGES:
    case VITAE_SECTION_REFERENCES:
    case VITAE_N_SECTION_KINDS:
    default:
      g_assert_not_reached ();
    }

  add_entry_heading (self, node, primary, secondary, place, dates, first_in_section);
  heading_block = first_block;

  /* Details under the heading, most identifying first. */
  if (kind == VITAE_SECTION_EXPERIENCE || kind == VITAE_SECTION_CUSTOM)
    add_text_field (self, node, "description", STYLE_ITALIC | STYLE_MUTED, inner);
  else if (kind == VITAE_SECTION_PROJECTS)
    add_text_field (self, node, "description", STYLE_PLAIN, inner);

  add_url_field (self, node, inner);

  if (kind == VITAE_SECTION_EDUCATION)
    {
      g_autofree char *courses = join_list (vitae_node_get_list (node, "courses"), ", ");

      add_labelled_line (self, node, vitae_locale_get_string (self->language, "label.grade"),
                         vitae_node_get_text (node, "score"), inner);
      add_labelled_line (self, node, vitae_locale_get_string (self->language, "label.courses"), courses, inner);
    }

  add_text_field (self, node, "summary", STYLE_PLAIN, inner);

  if (kind == VITAE_SECTION_PROJECTS)
    {
      g_autofree char *keywords = join_list (vitae_node_get_list (node, "keywords"), ", ");

      add_labelled_line (self, node, vitae_locale_get_string (self->language, "label.technologies"), keywords, inner);
    }

  /* An entry's heading and the text up to its first bullet stay together. */
  if (n_bullets > 0)
    for (guint i = heading_block; i < self->blocks->len; i++)
      ((Block *) g_ptr_array_index (self->blocks, i))->keep_with_next = TRUE;
  else if (self->blocks->len > heading_block + 1)
    ((Block *) g_ptr_array_index (self->blocks, heading_block))->keep_with_next = TRUE;

  for (guint i = 0; i < n_bullets; i++)
    add_bullet (self, vitae_entry_get_bullet (entry, i), i == 0 && self->blocks->len == first_block + 1);

  /* Nor does a last bullet of one line go alone to the top of a page: at
   * least two lines of an entry are together on each side of a break. */
  if (n_bullets >= 2 && self->blocks->len >= 2)
    {
      Block *last = g_ptr_array_index (self->blocks, self->blocks->len - 1);
      Block *before = g_ptr_array_index (self->blocks, self->blocks->len - 2);

      if (last->kind == VITAE_BLOCK_BULLET && before->kind == VITAE_BLOCK_BULLET &&
          last->n_lines < 2)
        before->keep_with_next = TRUE;
    }
}

/* Skills and interests: one "Group: a, b, c" line each, never columns,
 * so that every parser reads the group with its keywords. */
static void
add_keyword_line (VitaeLayout *self,
                  VitaeEntry  *entry,
                  gboolean     first)
{
  VitaeNode *node = VITAE_NODE (entry);
  g_autofree char *keywords = join_list (vitae_node_get_list (node, "keywords"), ", ");
  const char *title = vitae_node_get_text (node, "title");
  const char *level = vitae_node_get_text (node, "level");
  g_autofree char *label = NULL;
  TextBuilder builder;

  if (title[0] != '\0' && level[0] != '\0')
    /* Translators: a skill group and its level, "Backend (Advanced)" */
    label = g_strdup_printf (_("%s (%s)"), title, level);
  else if (title[0] != '\0')
    label = g_strdup (title);
  else if (level[0] != '\0')
    label = g_strdup (level);

  builder_init (&builder, self);
  if (label != NULL && keywords[0] != '\0')
    {
      g_autofree char *prefix = g_strdup_printf (_("%s: "), label);

      builder_append (&builder, prefix, STYLE_BOLD);
    }
  else if (label != NULL)
    builder_append (&builder, label, STYLE_BOLD);
  builder_append (&builder, keywords, STYLE_PLAIN);
  add_paragraph (self, &builder, node, first ? 0.45 : 0.2, 0);
}

static void
add_languages (VitaeLayout  *self,
               VitaeSection *section)
{
  TextBuilder builder;
  guint n = vitae_section_get_n_entries (section);
  gboolean first = TRUE;

  builder_init (&builder, self);
  for (guint i = 0; i < n; i++)
    {
      VitaeNode *node = VITAE_NODE (vitae_section_get_entry (section, i));
      const char *title = vitae_node_get_text (node, "title");
      const char *fluency = vitae_node_get_text (node, "fluency");
      const char *level = vitae_node_get_text (node, "level");

      if (fluency[0] == '\0')
        fluency = level;
      if (title[0] == '\0' && fluency[0] == '\0')
        continue;

      if (!first)
        builder_append (&builder, CONTACT_SEPARATOR, STYLE_MUTED);
      first = FALSE;

      builder_append (&builder, title, STYLE_BOLD);
      if (title[0] != '\0' && fluency[0] != '\0')
        builder_append (&builder, " ", STYLE_PLAIN);
      if (fluency[0] != '\0')
        {
          g_autofree char *text = title[0] ? g_strdup_printf ("(%s)", fluency) : g_strdup (fluency);

          builder_append (&builder, text, STYLE_PLAIN);
        }
    }

  add_paragraph (self, &builder, section, 0.45, 0);
}

static void
add_reference (VitaeLayout *self,
               VitaeEntry  *entry,
               gboolean     first)
{
  VitaeNode *node = VITAE_NODE (entry);
  TextBuilder builder;
  Block *block;

  builder_init (&builder, self);
  builder_append (&builder, vitae_node_get_text (node, "reference"), STYLE_ITALIC);
  block = add_paragraph (self, &builder, node, first ? 0.45 : self->template->entry_gap, 0);

  if (has_text (node, "title"))
    {
      builder_init (&builder, self);
      builder_append (&builder, "— ", STYLE_MUTED);
      builder_append (&builder, vitae_node_get_text (node, "title"), STYLE_BOLD);
      if (block != NULL)
        block->keep_with_next = TRUE;
      add_paragraph (self, &builder, node, block ? 0.15 : (first ? 0.45 : self->template->entry_gap), 0);
    }
}

static gboolean
section_is_empty (VitaeSection *section)
{
  return vitae_section_get_n_entries (section) == 0;
}

static void
add_section (VitaeLayout  *self,
             VitaeSection *section)
{
  VitaeSectionKind kind = vitae_section_get_kind (section);
  guint n = vitae_section_get_n_entries (section);

  if (section_is_empty (section))
    return;

  add_section_heading (self, section, vitae_locale_get_section_title (self->language, section));

  if (kind == VITAE_SECTION_LANGUAGES)
    {
      add_languages (self, section);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      VitaeEntry *entry = vitae_section_get_entry (section, i);

      switch (kind)
        {
        case VITAE_SECTION_SKILLS:
        case VITAE_SECTION_INTERESTS:
          add_keyword_line (self, entry, i == 0);
          break;

        case VITAE_SECTION_REFERENCES:
          add_reference (self, entry, i == 0);
          break;

        case VITAE_SECTION_EXPERIENCE:
        case VITAE_SECTION_PROJECTS:
        case VITAE_SECTION_EDUCATION:
        case VITAE_SECTION_CERTIFICATIONS:
        case VITAE_SECTION_AWARDS:
        case VITAE_SECTION_VOLUNTEER:
        case VITAE_SECTION_PUBLICATIONS:
        case VITAE_SECTION_CUSTOM:
          add_entry (self, kind, entry, i == 0);
          break;

        case VITAE_SECTION_LANGUAGES:
        case VITAE_N_SECTION_KINDS:
        default:
          g_assert_not_reached ();
        }
    }
}

static void
build_blocks (VitaeLayout *self)
{
  VitaeNode *basics = VITAE_NODE (self->document);
  guint n = vitae_document_get_n_sections (self->document);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  self->blocks = g_ptr_array_new_with_free_func (block_free);

  add_header (self);

  if (has_text (basics, "summary"))
    {
      TextBuilder builder;

      add_section_heading (self, NULL, vitae_locale_get_heading (self->language, "summary"));
      builder_init (&builder, self);
      builder_append (&builder, vitae_node_get_text (basics, "summary"), STYLE_PLAIN);
      add_paragraph (self, &builder, basics, 0.45, 0);
    }

  for (guint i = 0; i < n; i++)
    add_section (self, vitae_document_get_section (self->document, i));
}

/* ------------------------------------------------------------------ */
/* Pagination                                                           */
/* ------------------------------------------------------------------ */

static void
add_piece (Block  *block,
           guint   page,
           double  y,
           guint   first_line,
           guint   n_lines)
{
  Piece piece = { page, y, first_line, n_lines, 0, block->height };

  if (block->splittable)
    {
      double top = g_array_index (block->line_tops, double, first_line);
      double bottom = g_array_index (block->line_bottoms, double, first_line + n_lines - 1);

      piece.offset = top;
      piece.height = bottom - top;
    }

  g_array_append_val (block->pieces, piece);
}

/* The height a block needs with the blocks it must stay with: the whole of
 * each, except the last, of which a splittable one needs two lines. */
static double
chain_height (VitaeLayout *self,
              guint        start)
{
  double height = 0;

  for (guint i = start; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean last = !block->keep_with_next || i + 1 == self->blocks->len;

      if (i > start)
        height += block->space_before;

      if (last && block->splittable && block->line_tops->len > 3)
        height += g_array_index (block->line_bottoms, double, 1);
      else
        height += block->height;

      if (last)
        break;
    }

  return height;
}

static void
paginate (VitaeLayout *self)
{
  double top = self->margin;
  double bottom = self->page_height - self->margin;
  double y = top;
  guint page = 0;

  /* A block taller than a page (a bullet of thousands of words, a contact
   * line of thousands of profiles) breaks between its rows rather than
   * run off the page. */
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (!block->splittable && block->height > bottom - top)
        {
          block->splittable = TRUE;
          block_compute_rows (block);
        }
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean at_top = y <= top;
      double space = at_top ? 0 : block->space_before;
      guint line = 0;

      g_array_set_size (block->pieces, 0);

      if (!at_top && y + space + chain_height (self, i) > bottom &&
          !(block->splittable && !block->keep_with_next))
        {
          page++;
          y = top;
          space = 0;
        }

      if (!block->splittable)
        {
          add_piece (block, page, y + space, 0, block->n_lines);
          y += space + block->height;
          continue;
        }

      /* Running text: as many lines as fit, leaving no single line alone
       * at the bottom of a page or at the top of the next. */
      while (line < block->line_tops->len)
        {
          guint remaining = block->line_tops->len - line;
          double offset = g_array_index (block->line_tops, double, line);
          guint fit = 0;

          while (fit < remaining &&
                 y + space + g_array_index (block->line_bottoms, double, line + fit) - offset <= bottom)
            fit++;

          if (fit == remaining)
            {
              add_piece (block, page, y + space, line, fit);
              y += space + g_array_index (block->line_bottoms, double, line + fit - 1) - offset;
              break;
            }

          if (y <= top)
            fit = MAX (fit, 1);
          else if (fit >= 2 && remaining - fit >= 2)
            ;
          else if (fit >= 2 && remaining > 3)
            fit = remaining - 2;
          else
            fit = 0;

          if (fit > 0)
            {
              add_piece (block, page, y + space, line, fit);
              line += fit;
            }

          page++;
          y = top;
          space = 0;
        }
    }

  self->n_pages = page + 1;
}

/* Notes every text that would be cut: a line wider than the column or
 * a piece running past the bottom margin. Layout avoids both (long words
 * break, tall blocks break between rows); this is the last guard, so that
 * nothing is ever lost from the page without a word. */
static void
find_unfit (VitaeLayout *self)
{
  double width = content_width (self);
  double bottom = self->page_height - self->margin;

  self->n_unfit = 0;
  g_clear_pointer (&self->unfit, g_free);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean fits = TRUE;

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);

          if (piece->y + piece->height > bottom + 0.5)
            fits = FALSE;
        }

      for (guint j = 0; j < block->items->len; j++)
        {
          Item *item = g_ptr_array_index (block->items, j);

          if (item->left <= item->right &&
              (item->x + item->left < -0.5 || item->x + item->right > width + 0.5))
            fits = FALSE;
        }

      if (!fits && block->items->len > 0)
        {
          Item *item = g_ptr_array_index (block->items, 0);
          const char *text = pango_layout_get_text (g_array_index (item->parts, Part, 0).layout);

          if (self->unfit == NULL)
            self->unfit = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 60));
          self->n_unfit++;
        }
    }
}

/* Whether the texts at the right of @block, its dates and place, can
 * move beside the texts on their left. */
static gboolean
dates_can_move (Block *block)
{
  Item *items[] = { block->dates, block->place };
  Item *besides[] = { block->dates_beside, block->place_beside };
  gboolean any = FALSE;

  if (block->pieces->len == 0)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      PangoLayoutLine *line = NULL;

      if (items[k] == NULL)
        continue;
      /* Texts that wrap, and right-to-left ones, stay where they are. */
      if (items[k]->n_lines != 1)
        return FALSE;
      if (besides[k] != NULL)
        line = pango_layout_get_line_readonly (g_array_index (besides[k]->parts, Part, 0).layout, 0);
      if (line != NULL && line->resolved_dir == PANGO_DIRECTION_RTL)
        return FALSE;
      any = TRUE;
    }

  return any;
}

static void
move_beside (VitaeLayout *self,
             Item        *item,
             Item        *beside)
{
  double end = 0;
  int left, right;

  if (item == NULL)
    return;
  if (beside != NULL &&
      line_get_edges (pango_layout_get_line_readonly (g_array_index (beside->parts, Part, 0).layout, 0),
                      &left, &right))
    end = beside->x + (double) right / PANGO_SCALE + 0.6 * self->font_size;
  item->x = end - item->left;
}

static void
move_dates (VitaeLayout *self,
            Block       *block)
{
  move_beside (self, block->dates, block->dates_beside);
  move_beside (self, block->place, block->place_beside);
  block->dates_moved = TRUE;
}

/* Moves the dates of entry headings beside the title, and the places
 * beside the organisation, closer than any extractor's column gap (0.6 em
 * against poppler's one em), so that every reader takes them with their
 * heading.
 *
 * Right-aligned dates are read as a column of their own: poppler
 * (pdftotext, and the readers built on it) reads that column after every
 * line to its left down the page when nothing below reaches under it, and
 * pdfminer's layout analysis groups it into a box of its own that it
 * reads after the entry's bullets whenever they are short. Drawing them
 * right after the heading in the content stream is not enough for readers
 * that sort by position, so every entry's dates and place move, and the
 * document keeps one look. Texts that wrap, and right-to-left ones, stay
 * where they are. Nothing moves up or down, so the pages stay as they were
 * paginated. */
static void
place_dates (VitaeLayout *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (dates_can_move (block))
        move_dates (self, block);
    }
}

/* The width of the box @item is set in: its layout's, or its own. */
static double
item_box_width (Item *item)
{
  int width = pango_layout_get_width (g_array_index (item->parts, Part, 0).layout);

  return width > 0 ? (double) width / PANGO_SCALE : item_width (item);
}

/* A right-to-left page is the mirror of a left-to-right one: headings,
 * titles and bullets' marks on the right, dates on the left. The texts
 * are laid out right to left already; only their boxes and the shapes
 * move. */
static void
mirror_blocks (VitaeLayout *self)
{
  double width = content_width (self);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint k = 0; k < block->items->len; k++)
        {
          Item *item = g_ptr_array_index (block->items, k);

          item->x = width - (item->x + item_box_width (item));
        }
      for (guint k = 0; k < block->shapes->len; k++)
        {
          Shape *shape = &g_array_index (block->shapes, Shape, k);

          shape->x = width - (shape->x + shape->width);
        }
    }
}

/* place_dates() for a right-to-left page, once mirrored, where dates and
 * places sit at the left: they move beside the texts on their right (the
 * title, the organisation), at their left. */
static gboolean
dates_can_move_rtl (Block *block)
{
  Item *items[] = { block->dates, block->place };
  gboolean any = FALSE;

  if (block->pieces->len == 0)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      if (items[k] == NULL)
        continue;
      if (items[k]->n_lines != 1)
        return FALSE;
      any = TRUE;
    }

  return any;
}

static void
move_beside_rtl (VitaeLayout *self,
                 Item        *item,
                 Item        *beside)
{
  double end = content_width (self);
  int left, right;

  if (item == NULL)
    return;
  if (beside != NULL &&
      line_get_edges (pango_layout_get_line_readonly (g_array_index (beside->parts, Part, 0).layout, 0),
                      &left, &right))
    end = beside->x + (double) left / PANGO_SCALE - 0.6 * self->font_size;
  item->x = end - item->right;
}

static void
move_dates_rtl (VitaeLayout *self,
                Block       *block)
{
  move_beside_rtl (self, block->dates, block->dates_beside);
  move_beside_rtl (self, block->place, block->place_beside);
  block->dates_moved = TRUE;
}

static void
place_dates_rtl (VitaeLayout *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (dates_can_move_rtl (block))
        move_dates_rtl (self, block);
    }
}

static void
layout_at (VitaeLayout *self,
           double       font_size,
           double       spacing,
           double       margin)
{
  self->font_size = font_size;
  self->spacing = spacing;
  self->margin = margin;
  build_blocks (self);
  paginate (self);
  if (self->rtl)
    {
      mirror_blocks (self);
      place_dates_rtl (self);
    }
  else
    place_dates (self);
  find_unfit (self);
}

static guint
count_overflow_lines (VitaeLayout *self,
                      guint        pages)
{
  guint lines = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);

          if (piece->page >= pages)
            lines += piece->n_lines;
        }
    }

  return lines;
}

/* ------------------------------------------------------------------ */
/* Drawing                                                              */
/* ------------------------------------------------------------------ */

static void
set_source_color (cairo_t *cr,
                  guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static void
draw_link (VitaeLayout     *self,
           cairo_t         *cr,
           PangoLayoutLine *line,
           Link            *link,
           guint            offset,
           double           x,
           double           top,
           double           height)
{
  int *ranges = NULL;
  int n_ranges = 0;
  GString *attributes;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  /* The link's bytes in the part's text, which starts at @offset. */
  gint64 start = MAX ((gint64) link->start - offset, (gint64) line->start_index);
  gint64 end = MIN ((gint64) link->end - offset, (gint64) line->start_index + line->length);
  guint n_rects = 0;

  if (start >= end)
    return;

  pango_layout_line_get_x_ranges (line, (int) start, (int) end, &ranges, &n_ranges);

  attributes = g_string_new ("rect=[");
  for (int i = 0; i < n_ranges; i++)
    {
      /* Never past the page, whatever the text does. */
      double x0 = CLAMP (x + (double) ranges[2 * i] / PANGO_SCALE, 0, self->page_width);
      double x1 = CLAMP (x + (double) ranges[2 * i + 1] / PANGO_SCALE, 0, self->page_width);
      double y0 = CLAMP (top, 0, self->page_height);
      double y1 = CLAMP (top + height, 0, self->page_height);
      double values[4] = { x0, y0, x1 - x0, y1 - y0 };

      if (x1 - x0 < 0.01 || y1 - y0 < 0.01)
        continue;

      for (guint j = 0; j < 4; j++)
        {
          g_string_append (attributes, g_ascii_formatd (buffer, sizeof buffer, "%.2f", values[j]));
          g_string_append_c (attributes, ' ');
        }
      n_rects++;
    }
  g_string_append_c (attributes, ']');
  append_tag_attribute (attributes, "uri", link->uri);

  if (n_rects > 0)
    {
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }

  g_string_free (attributes, TRUE);
  g_free (ranges);
}

/* The first of @links that ends after @offset. */
static guint
find_link (GArray *links,
           guint   offset)
{
  guint low = 0, high = links->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (links, Link, middle).end <= offset)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Whether the line of a block whose top is at @line_top (below the
 * block's top) is drawn with @piece: all are, unless the block is broken
 * across pages, where those whose top is within the piece are. */
static gboolean
line_in_piece (Block  *block,
               Piece  *piece,
               double  line_top)
{
  return !block->splittable ||
         (line_top >= piece->offset - 0.01 && line_top < piece->offset + piece->height - 0.01);
}

/* Whether any line of the part @p of @item may be drawn with @piece. */
static gboolean
part_in_piece (Block *block,
               Piece *piece,
               Item  *item,
               guint  p)
{
  double top = item->y + g_array_index (item->parts, Part, p).y;

  if (!block->splittable)
    return TRUE;
  if (top >= piece->offset + piece->height - 0.01)
    return FALSE;
  if (p + 1 < item->parts->len &&
      item->y + g_array_index (item->parts, Part, p + 1).y < piece->offset - 0.01)
    return FALSE;

  return TRUE;
}

/* Gives every glyph of a right-to-left run that starts a cluster and has
 * no width a sliver of one (1/16 pt, invisible). Some Arabic fonts (Noto
 * Naskh Arabic) set lam-alef as a lam that draws both letters and an empty
 * alef of no width: poppler then takes the alef for the start of another
 * line and extracts the rest of the line before it. With a width, the
 * alef is read in its place. Marks within a cluster keep theirs. */
static void
nudge_empty_rtl_glyphs (PangoLayoutLine *line)
{
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      if ((run->item->analysis.level & 1) == 0)
        continue;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyphInfo *glyph = &run->glyphs->glyphs[i];

          if (glyph->geometry.width == 0 && glyph->attr.is_cluster_start)
            glyph->geometry.width = PANGO_SCALE / 16;
        }
    }
}

/* Draws the lines of @item that belong to @piece, at @x and with the
 * block's origin at @origin: all of them, or for a block broken across
 * pages those whose top is within the piece. */
static void
draw_item (VitaeLayout *self,
           cairo_t     *cr,
           Block       *block,
           Piece       *piece,
           Item        *item,
           double       x,
           double       origin,
           gboolean     tagged)
{
  for (guint p = 0; p < item->parts->len; p++)
    {
      Part *part = &g_array_index (item->parts, Part, p);
      double part_top = item->y + part->y;
      PangoLayoutIter *iter;
      guint next_link;

      if (!part_in_piece (block, piece, item, p))
        continue;

      iter = pango_layout_get_iter (part->layout);
      next_link = find_link (item->links, part->offset);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          guint line_end = part->offset + line->start_index + line->length;
          double line_top;
          int y0, y1;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          line_top = part_top + (double) y0 / PANGO_SCALE;
          if (!line_in_piece (block, piece, line_top))
            continue;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + item->x + (double) logical.x / PANGO_SCALE,
                         origin + part_top + baseline);
          nudge_empty_rtl_glyphs (line);
          pango_cairo_show_layout_line (cr, line);

          if (!tagged)
            continue;

          /* Links are in text order: those on this line, then on. */
          while (next_link < item->links->len &&
                 g_array_index (item->links, Link, next_link).end <= part->offset + line->start_index)
            next_link++;
          for (guint i = next_link; i < item->links->len; i++)
            {
              Link *link = &g_array_index (item->links, Link, i);

              if (link->start >= line_end)
                break;
              draw_link (self, cr, line, link, part->offset,
                         x + item->x, origin + line_top, (double) (y1 - y0) / PANGO_SCALE);
            }
        }
      while (pango_layout_iter_next_line (iter));

      pango_layout_iter_free (iter);
    }
}

static void
draw_shape (cairo_t *cr,
            Shape   *shape,
            double   x,
            double   origin)
{
  set_source_color (cr, shape->color);

  switch (shape->kind)
    {
    case SHAPE_DOT:
      cairo_new_path (cr);
      cairo_arc (cr, x + shape->x + shape->width / 2, origin + shape->y + shape->height / 2,
                 shape->width / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case SHAPE_SQUARE:
    case SHAPE_RULE:
    default:
      cairo_rectangle (cr, x + shape->x, origin + shape->y, shape->width, shape->height);
      cairo_fill (cr);
      break;
    }
}

static const char *
block_tag (Block *block)
{
  switch (block->kind)
    {
    case VITAE_BLOCK_NAME:
      return "H1";
    case VITAE_BLOCK_SECTION_HEADING:
      return "H2";
    case VITAE_BLOCK_ENTRY_HEADING:
      return "H3";
    case VITAE_BLOCK_BULLET:
      return "LI";
    case VITAE_BLOCK_HEADLINE:
    case VITAE_BLOCK_CONTACT:
    case VITAE_BLOCK_PARAGRAPH:
    default:
      return "P";
    }
}

static void
draw_piece (VitaeLayout *self,
            cairo_t     *cr,
            Block       *block,
            Piece       *piece,
            gboolean     tagged)
{
  double x = self->margin;
  double origin = piece->y - piece->offset;
  const char *tag = block_tag (block);

  if (tagged)
    cairo_tag_begin (cr, tag, NULL);

  if (block->kind == VITAE_BLOCK_BULLET && tagged)
    cairo_tag_begin (cr, "Lbl", NULL);

  /* Marks and rules belong to the block's first piece. */
  if (piece->first_line == 0)
    for (guint i = 0; i < block->shapes->len; i++)
      draw_shape (cr, &g_array_index (block->shapes, Shape, i), x, origin);

  if (block->kind == VITAE_BLOCK_BULLET && tagged)
    {
      cairo_tag_end (cr, "Lbl");
      cairo_tag_begin (cr, "LBody", NULL);
    }

  set_source_color (cr, self->template->ink);
  for (guint i = 0; i < block->items->len; i++)
    draw_item (self, cr, block, piece, g_ptr_array_index (block->items, i), x, origin, tagged);

  if (block->kind == VITAE_BLOCK_BULLET && tagged)
    cairo_tag_end (cr, "LBody");

  if (tagged)
    cairo_tag_end (cr, tag);
}

/* ------------------------------------------------------------------ */
/* Object                                                               */
/* ------------------------------------------------------------------ */

static void
vitae_layout_finalize (GObject *object)
{
  VitaeLayout *self = VITAE_LAYOUT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->unfit, g_free);
  g_clear_pointer (&self->glyph_sources, g_hash_table_unref);
  if (self->dropped != NULL)
    g_string_free (self->dropped, TRUE);
  g_clear_pointer (&self->language, g_free);
  g_clear_object (&self->context);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (vitae_layout_parent_class)->finalize (object);
}

static void
vitae_layout_class_init (VitaeLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vitae_layout_finalize;
}

static void
vitae_layout_init (VitaeLayout *self)
{
}

static PangoContext *
create_context (VitaeDocument *document)
{
  /* The templates' fonts only, unless the document needs more. */
  PangoFontMap *font_map = _vitae_fonts_get_font_map (document);
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted, unrounded metrics: the same line breaks on paper and on a
   * screen at any zoom. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * vitae_layout_new:
 * @document: the resume
 * @options: (nullable): how to lay it out; %NULL for the defaults
 *
 * Lays @document out into pages. The layout is a snapshot: after the
 * document changes, make a new one.
 *
 * With @options->fit_pages set, spacing, margins and then the body size
 * shrink step by step, never below %VITAE_MIN_MARGIN and
 * %VITAE_MIN_BODY_SIZE, until the resume fits; when it cannot,
 * vitae_layout_get_overflow_lines() says by how much.
 *
 * Returns: (transfer full): the layout
 */
VitaeLayout *
vitae_layout_new (VitaeDocument            *document,
                  const VitaeRenderOptions *options)
{
  /* Tightening steps for fitting: spacing first, then margins, then size. */
  static const struct {
    double spacing;
    double margin;
    double size;
  } steps[] = {
    { 1.0,  0, 0.0 },
    { 0.8,  0, 0.0 },
    { 0.65, 6, 0.0 },
    { 0.5,  12, 0.0 },
    { 0.5,  12, 0.5 },
    { 0.45, 18, 1.0 },
    { 0.4,  18, 1.5 },
    { 0.35, 24, 2.0 },
  };
  VitaeRenderOptions defaults;
  VitaeLayout *self;
  double size, margin;

  g_return_val_if_fail (VITAE_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    {
      vitae_render_options_init (&defaults);
      options = &defaults;
    }

  self = g_object_new (VITAE_TYPE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->template = vitae_template_lookup (options->template_id);
  if (self->template == NULL)
    {
      g_warning ("No template “%s”, using the default", options->template_id);
      self->template = vitae_template_lookup (NULL);
    }
  self->paper = options->paper;
  vitae_paper_get_size (options->paper, &self->page_width, &self->page_height);
  self->context = create_context (document);
  self->fit_pages = options->fit_pages;

  /* The document language sets the headings, the dates, the line-breaking
   * rules and the direction of the page. */
  self->language = vitae_language_normalize (options->language);
  if (self->language == NULL)
    self->language = g_strdup (vitae_document_get_effective_language (document));
  self->rtl = vitae_language_is_rtl (self->language);
  pango_context_set_language (self->context, pango_language_from_string (self->language));
  if (self->rtl)
    pango_context_set_base_dir (self->context, PANGO_DIRECTION_RTL);

  size = options->font_size > 0 ? options->font_size : self->template->body_size;
  size = MAX (size, VITAE_MIN_BODY_SIZE);
  margin = options->margin > 0 ? options->margin : self->template->margin;
  margin = CLAMP (margin, VITAE_MIN_MARGIN, self->page_width / 4);

  layout_at (self, size, 1.0, margin);

  if (options->fit_pages > 0 && self->n_pages > options->fit_pages)
    {
      for (guint i = 1; i < G_N_ELEMENTS (steps); i++)
        {
          layout_at (self,
                     MAX (size - steps[i].size, VITAE_MIN_BODY_SIZE),
                     steps[i].spacing,
                     MAX (margin - steps[i].margin, VITAE_MIN_MARGIN));
          if (self->n_pages <= options->fit_pages)
            break;
        }

      self->overflow_lines = count_overflow_lines (self, options->fit_pages);
    }

  return self;
}

/**
 * vitae_layout_get_language:
 * @self: a #VitaeLayout
 *
 * Returns: the document language the layout is in, a BCP 47 tag
 */
const char *
vitae_layout_get_language (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->language;
}

VitaeDocument *
vitae_layout_get_document (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->document;
}

const VitaeTemplate *
vitae_layout_get_template (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->template;
}

guint
vitae_layout_get_n_pages (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->n_pages;
}

/**
 * vitae_layout_get_page_size:
 * @self: a #VitaeLayout
 * @width: (out) (optional): the page width in points
 * @height: (out) (optional): the page height in points
 */
void
vitae_layout_get_page_size (VitaeLayout *self,
                            double      *width,
                            double      *height)
{
  g_return_if_fail (VITAE_IS_LAYOUT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/**
 * vitae_layout_get_font_size:
 * @self: a #VitaeLayout
 *
 * Returns: the body size the layout uses, in points, after any fitting
 */
double
vitae_layout_get_font_size (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->font_size;
}

double
vitae_layout_get_margin (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->margin;
}

/**
 * vitae_layout_draw_page:
 * @self: a #VitaeLayout
 * @page: a page number, from 0
 * @cr: where to draw, with one unit to the point
 *
 * Draws the page's content; the caller paints the paper and scales @cr for
 * the screen. On a PDF surface the page is also tagged (headings,
 * paragraphs, lists) and its links made live.
 */
void
vitae_layout_draw_page (VitaeLayout *self,
                        guint        page,
                        cairo_t     *cr)
{
  gboolean tagged;
  gboolean in_list = FALSE;

  g_return_if_fail (VITAE_IS_LAYOUT (self));
  g_return_if_fail (page < self->n_pages);
  g_return_if_fail (cr != NULL);

  tagged = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;

  cairo_save (cr);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);
          gboolean bullet = block->kind == VITAE_BLOCK_BULLET;

          if (piece->page != page)
            continue;

          if (tagged && in_list && !bullet)
            {
              cairo_tag_end (cr, "L");
              in_list = FALSE;
            }
          if (tagged && bullet && !in_list)
            {
              cairo_tag_begin (cr, "L", NULL);
              in_list = TRUE;
            }

          draw_piece (self, cr, block, piece, tagged);
        }
    }

  if (in_list)
    cairo_tag_end (cr, "L");

  cairo_restore (cr);
}

/**
 * _vitae_layout_dup_page_text:
 * @self: a #VitaeLayout
 * @page: a page number, from 0
 *
 * The text of the lines drawn on @page, in the order they are drawn, each
 * followed by a line feed: the lines whose box lies on the page, found
 * the way vitae_layout_draw_page() finds them. A line that would be drawn
 * past the edge of the page is left out, so that a test (or the fuzz
 * target) sees what a reader would not.
 *
 * Returns: (transfer full): the text
 */
/*
 * _vitae_layout_get_dropped:
 *
 * Returns: the characters left out of the pages because no font draws
 *   them as text, each once, or "" for none
 */
const char *
_vitae_layout_get_dropped (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  return self->dropped != NULL ? self->dropped->str : "";
}

char *
_vitae_layout_dup_page_text (VitaeLayout *self,
                             guint        page)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      for (guint j = 0; j < block->pieces->len; j++)
        {
          Piece *piece = &g_array_index (block->pieces, Piece, j);
          double origin = piece->y - piece->offset;

          if (piece->page != page)
            continue;

          for (guint k = 0; k < block->items->len; k++)
            {
              Item *item = g_ptr_array_index (block->items, k);

              for (guint p = 0; p < item->parts->len; p++)
                {
                  Part *part = &g_array_index (item->parts, Part, p);
                  const char *part_text = pango_layout_get_text (part->layout);
                  PangoLayoutIter *iter;

                  if (!part_in_piece (block, piece, item, p))
                    continue;

                  iter = pango_layout_get_iter (part->layout);
                  do
                    {
                      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
                      PangoRectangle logical;
                      double line_top, left, right;
                      int y0, y1;

                      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
                      line_top = item->y + part->y + (double) y0 / PANGO_SCALE;
                      if (!line_in_piece (block, piece, line_top))
                        continue;

                      pango_layout_iter_get_line_extents (iter, NULL, &logical);
                      left = self->margin + item->x + (double) logical.x / PANGO_SCALE;
                      right = left + (double) logical.width / PANGO_SCALE;
                      if (left < -0.5 || right > self->page_width + 0.5 ||
                          origin + line_top < -0.5 ||
                          origin + item->y + part->y + (double) y1 / PANGO_SCALE > self->page_height + 0.5)
                        continue;

                      g_string_append_len (text, part_text + line->start_index, line->length);
                      g_string_append_c (text, '\n');
                    }
                  while (pango_layout_iter_next_line (iter));
                  pango_layout_iter_free (iter);
                }
            }
        }
    }

  return g_string_free (text, FALSE);
}

guint
vitae_layout_get_n_boxes (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->blocks->len;
}

/**
 * vitae_layout_get_box:
 * @self: a #VitaeLayout
 * @position: a block index, in reading order
 * @box: (out caller-allocates): where the block is
 *
 * Returns: %TRUE if @position names a block
 */
gboolean
vitae_layout_get_box (VitaeLayout    *self,
                      guint           position,
                      VitaeLayoutBox *box)
{
  Block *block;
  Piece *first, *last;

  g_return_val_if_fail (VITAE_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (box != NULL, FALSE);

  if (position >= self->blocks->len)
    return FALSE;

  block = g_ptr_array_index (self->blocks, position);
  g_assert (block->pieces->len > 0);
  first = &g_array_index (block->pieces, Piece, 0);
  last = &g_array_index (block->pieces, Piece, block->pieces->len - 1);

  box->kind = block->kind;
  box->node = block->node;
  box->first_page = first->page;
  box->last_page = last->page;
  box->y = first->y;
  box->height = 0;
  for (guint i = 0; i < block->pieces->len; i++)
    box->height += g_array_index (block->pieces, Piece, i).height;
  box->n_lines = block->n_lines;

  return TRUE;
}

/**
 * vitae_layout_get_overflow_lines:
 * @self: a #VitaeLayout
 *
 * Returns: when the layout was asked to fit a number of pages and could not,
 *   the number of lines beyond them at the tightest readable setting;
 *   otherwise 0
 */
guint
vitae_layout_get_overflow_lines (VitaeLayout *self)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), 0);

  return self->overflow_lines;
}

/**
 * vitae_layout_check_fit:
 * @self: a #VitaeLayout
 * @error: a #GError
 *
 * Checks that every text of the layout is on its pages: no line wider than
 * the column, nothing past the bottom margin. The layout breaks long words
 * and tall blocks so that this holds; should anything still not fit, the
 * error names it rather than let it be cut from the page unseen.
 *
 * Returns: %TRUE when everything fits
 */
gboolean
vitae_layout_check_fit (VitaeLayout  *self,
                        GError      **error)
{
  g_return_val_if_fail (VITAE_IS_LAYOUT (self), FALSE);

  if (self->n_unfit == 0)
    return TRUE;

  if (self->n_unfit == 1)
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                 /* Translators: %s is the start of the text */
                 _("“%s” does not fit on the page"), self->unfit);
  else
    g_set_error (error, VITAE_ERROR, VITAE_ERROR_TOO_LARGE,
                 g_dngettext (GETTEXT_PACKAGE,
                              /* Translators: %s is the start of the first text, %u the number of others */
                              "“%s” and %u more text do not fit on the page",
                              "“%s” and %u more texts do not fit on the page",
                              self->n_unfit - 1),
                 self->unfit, self->n_unfit - 1);

  return FALSE;
}

typedef struct
{
  VitaeBullet *bullet;
  int          score;
  guint        order;
  guint        n_lines;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->score != cb->score)
    return ca->score < cb->score ? -1 : 1;

  return ca->order < cb->order ? -1 : (ca->order > cb->order);
}

/**
 * vitae_layout_dup_cut_candidates:
 * @self: a #VitaeLayout
 * @score_func: (scope call): how strong a bullet is
 * @user_data: data for @score_func
 *
 * Names the bullets to cut so the resume fits: the weakest first, as many
 * as it takes to free vitae_layout_get_overflow_lines() lines.
 *
 * Returns: (transfer full) (element-type VitaeBullet): the bullets, weakest
 *   first; empty when nothing overflows
 */
GPtrArray *
vitae_layout_dup_cut_candidates (VitaeLayout          *self,
                                 VitaeBulletScoreFunc  score_func,
                                 gpointer              user_data)
{
  g_autoptr(GArray) candidates = NULL;
  GPtrArray *result;
  guint freed = 0;

  g_return_val_if_fail (VITAE_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (score_func != NULL, NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->overflow_lines == 0)
    return result;

  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Candidate candidate;

      if (block->kind != VITAE_BLOCK_BULLET)
        continue;

      candidate.bullet = VITAE_BULLET (block->node);
      candidate.score = score_func (candidate.bullet, user_data);
      candidate.order = i;
      candidate.n_lines = block->n_lines;
      g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len && freed < self->overflow_lines; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      g_ptr_array_add (result, g_object_ref (candidate->bullet));
      freed += candidate->n_lines;
    }

  return result;
}
