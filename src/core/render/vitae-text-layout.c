/* vitae-text-layout.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vitae-render"

#include "config.h"

#include <string.h>

#include "vitae-render-private.h"
#include "vitae-render.h"

/* Line breaking: a builder's text set as Pango layouts, with its break
 * rules, styles and links, and placed as an item. */

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
gboolean
_vitae_line_get_edges (PangoLayoutLine *line,
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

      if (!_vitae_line_get_edges (line, &left, &right) ||
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
      _vitae_builder_add_fallbacks (attrs, builder->fallbacks, start, end);
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

void
_vitae_item_free (gpointer data)
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

      if (_vitae_line_get_edges (l->data, &left, &right))
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
Item *
_vitae_builder_finish (TextBuilder    *builder,
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

/* The first line of @item: its layout, and an iterator on it. */
