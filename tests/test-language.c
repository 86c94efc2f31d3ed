/* test-language.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "vitae-core.h"
#include "vitae-language.h"
#include "vitae-locale.h"

/* Resume sentences written for this test, a few per language, with the
 * English tool names real bullets carry. */
static const struct {
  const char *expected;
  const char *text;
} samples[] = {
  { "en", "Built a billing service in Go for two million users and cut the p99 latency of checkout from 800 ms to 120 ms." },
  { "en", "Led the migration of our monolith to Kubernetes, with zero downtime across three regions." },
  { "de", "Entwicklung eines Abrechnungsdienstes in Go für zwei Millionen Nutzer und Senkung der Latenz um 80 Prozent." },
  { "de", "Verantwortlich für die Migration der Datenbank auf PostgreSQL sowie die Einführung von CI/CD mit GitLab." },
  { "fr", "Développement d'un service de facturation en Go pour deux millions d'utilisateurs, avec une latence réduite de moitié." },
  { "fr", "Mise en place de l'intégration continue avec GitLab et migration des bases de données vers PostgreSQL." },
  { "es", "Desarrollé un servicio de facturación en Go para dos millones de usuarios y reduje la latencia a la mitad." },
  { "es", "Responsable de la migración de la base de datos a PostgreSQL y de la integración continua con GitLab." },
  { "pt", "Desenvolvi um serviço de faturação em Go para dois milhões de utilizadores e reduzi a latência pela metade." },
  { "pt", "Responsável pela migração do banco de dados para PostgreSQL e pela integração contínua com GitLab." },
  { "it", "Ho sviluppato un servizio di fatturazione in Go per due milioni di utenti e ridotto la latenza della metà." },
  { "it", "Responsabile della migrazione del database su PostgreSQL e dell'integrazione continua con GitLab." },
  { "nl", "Ontwikkelde een factureringsdienst in Go voor twee miljoen gebruikers en halveerde de latentie van het afrekenen." },
  { "nl", "Verantwoordelijk voor de migratie van de database naar PostgreSQL en het opzetten van CI/CD met GitLab." },
  { "pl", "Stworzyłem usługę rozliczeń w Go dla dwóch milionów użytkowników i skróciłem opóźnienie o połowę." },
  { "pl", "Odpowiadałem za migrację bazy danych do PostgreSQL oraz wdrożenie ciągłej integracji w GitLab." },
  { "ru", "Разработал сервис расчётов на Go для двух миллионов пользователей и сократил задержку вдвое." },
  { "ru", "Руководил переносом базы данных на PostgreSQL и внедрением CI/CD в GitLab." },
  { "uk", "Розробив сервіс розрахунків на Go для двох мільйонів користувачів і скоротив затримку вдвічі." },
  { "zh", "使用 Go 为两百万用户开发计费服务，将结账延迟降低了一半。" },
  { "zh", "负责将数据库迁移到 PostgreSQL，并在 GitLab 上搭建持续集成。" },
  { "ja", "Go で二百万人のユーザー向けに課金サービスを開発し、決済の遅延を半分に削減しました。" },
  { "ja", "データベースを PostgreSQL に移行し、GitLab で継続的インテグレーションを構築。" },
  { "ko", "Go로 이백만 명의 사용자를 위한 결제 서비스를 개발하고 지연 시간을 절반으로 줄였습니다." },
  { "ko", "데이터베이스를 PostgreSQL로 이전하고 GitLab에서 지속적 통합을 구축했습니다." },
  { "ar", "طورت خدمة فوترة بلغة Go لمليوني مستخدم وخفضت زمن الاستجابة إلى النصف." },
  { "ar", "مسؤول عن نقل قاعدة البيانات إلى PostgreSQL وبناء التكامل المستمر في GitLab." },
  { "he", "פיתחתי שירות חיוב ב-Go עבור שני מיליון משתמשים וקיצרתי את זמן התגובה בחצי." },
  { "he", "אחראי על העברת מסד הנתונים ל-PostgreSQL ועל בניית אינטגרציה רציפה ב-GitLab." },
  { "fa", "یک سرویس پرداخت با Go برای دو میلیون کاربر ساختم و تأخیر را نصف کردم." },
};

static void
test_detect (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      const char *found = vitae_language_detect (samples[i].text);

      g_test_message ("%s: %s", samples[i].expected, samples[i].text);
      g_assert_cmpstr (found, ==, samples[i].expected);
    }
}

/* Short text, lists of tools, names and numbers say nothing of their
 * language: the answer is "unsure", never a guess. */
static void
test_unsure (void)
{
  static const char *texts[] = {
    NULL,
    "",
    "Go",
    "Python, Go, Kubernetes, PostgreSQL, Redis, Kafka",
    "Jane Doe",
    "2019 – 2023",
    "jane@example.com · +1 555 0100",
    "中文",
    "Привет",
    "שלום",
    "مرحبا",
    /* Turkish, which detection does not tell apart from the others. */
    "Ödeme servisini Go ile geliştirdim ve gecikmeyi yarıya düşürdüm; iş akışını iyileştirdim.",
    "\xff\xfe invalid",
    /* Towns with their states' codes: "IL" is no Italian article, "LA"
     * no Spanish one. */
    "Chicago, IL Chicago, IL Springfield, IL Peoria, IL Los Angeles, CA Monroe, LA",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_test_message ("%s", texts[i] ? texts[i] : "(null)");
      g_assert_null (vitae_language_detect (texts[i]));
    }
}

/* A Russian or Japanese resume with many English tool names is still
 * Russian or Japanese; an English one with a name in Cyrillic is English. */
static void
test_mixed (void)
{
  g_assert_cmpstr (vitae_language_detect ("Разработал микросервисы на Go, Kubernetes, Terraform и AWS Lambda для платёжной системы."), ==, "ru");
  g_assert_cmpstr (vitae_language_detect ("Python、Django、AWS Lambda、Terraform を用いたバックエンド開発を担当。"), ==, "ja");
  g_assert_cmpstr (vitae_language_detect ("Worked with Дмитрий on the payments team and shipped the new checkout for the whole company."), ==, "en");
  /* A Turkish name and town in an English resume leave it English. */
  g_assert_cmpstr (vitae_language_detect ("Orçun Ağaoğlu, İstanbul, Giresun Kışla. Built the data pipeline for the search team and "
                                          "moved the ranking models to a new feature store, with a review of every model "
                                          "by the owners of the product and a weekly report of the results to the team."), ==, "en");
}

static void
test_normalize (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "en", "en" },
    { "EN-us", "en-US" },
    { "pt_BR", "pt-BR" },
    { "de_DE.UTF-8", "de-DE" },
    { "sr_RS@latin", "sr-RS" },
    { "zh-hant-tw", "zh-Hant-TW" },
    { "es-419", "es-419" },
    { " fr ", "fr" },
    { "iw", "he" },
    { "C", NULL },
    { "POSIX", NULL },
    { "", NULL },
    { "e", NULL },
    { "en--US", NULL },
    { "en US", NULL },
    { "12", NULL },
    { "en-toolongsubtag", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = vitae_language_normalize (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  {
    g_autofree char *primary = vitae_language_dup_primary ("pt_BR.UTF-8");

    g_assert_cmpstr (primary, ==, "pt");
  }
}

static void
test_rtl (void)
{
  g_assert_true (vitae_language_is_rtl ("ar"));
  g_assert_true (vitae_language_is_rtl ("ar-EG"));
  g_assert_true (vitae_language_is_rtl ("he"));
  g_assert_true (vitae_language_is_rtl ("he_IL.UTF-8"));
  g_assert_true (vitae_language_is_rtl ("iw"));
  g_assert_true (vitae_language_is_rtl ("fa"));
  g_assert_true (vitae_language_is_rtl ("az-Arab"));
  g_assert_false (vitae_language_is_rtl ("en"));
  g_assert_false (vitae_language_is_rtl ("ja"));
  g_assert_false (vitae_language_is_rtl ("az"));
  g_assert_false (vitae_language_is_rtl ("uz-Latn"));
  g_assert_false (vitae_language_is_rtl (NULL));
  g_assert_false (vitae_language_is_rtl ("C"));
}

static void
test_supported (void)
{
  static const char *required[] = {
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja", "ko", "ar", "he",
  };
  const VitaeLanguageInfo *list;
  guint n = 0;

  list = vitae_language_get_supported (&n);
  g_assert_cmpuint (n, >=, G_N_ELEMENTS (required));
  g_assert_cmpstr (list[0].tag, ==, "en");

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      const VitaeLanguageInfo *info = vitae_language_lookup (required[i]);

      g_assert_nonnull (info);
      g_assert_cmpstr (info->tag, ==, required[i]);
      g_assert_true (g_utf8_validate (info->endonym, -1, NULL));
      g_assert_cmpuint (strlen (info->endonym), >, 0);
      g_assert_true (info->rtl == vitae_language_is_rtl (required[i]));
    }

  g_assert_cmpstr (vitae_language_get_endonym ("de-AT"), ==, "Deutsch");
  g_assert_cmpstr (vitae_language_get_endonym ("ja_JP.UTF-8"), ==, "日本語");
  g_assert_null (vitae_language_lookup ("tlh"));
  g_assert_null (vitae_language_lookup (NULL));
}


/* The model reads data/catalog/40-locale.sql with a reader of its own;
 * SQLite, which loads it into the catalog, must read the same rows. */
static void
test_locale_agrees_with_sqlite (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_rows = 0;

  bytes = g_resources_lookup_data ("/io/github/vitae/Vitae/core/catalog/40-locale.sql", 0, &error);
  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);

  sqlite3_prepare_v2 (db, "SELECT language, key, value FROM locale_strings", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *language = (const char *) sqlite3_column_text (stmt, 0);
      const char *key = (const char *) sqlite3_column_text (stmt, 1);
      const char *value = (const char *) sqlite3_column_text (stmt, 2);

      g_assert_true (vitae_locale_has_language (language));
      g_assert_cmpstr (vitae_locale_get_string (language, key), ==, value);
      n_rows++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_rows, >, 0);

  /* Every other wording is recognised, as the language that has it. */
  sqlite3_prepare_v2 (db, "SELECT language, key, value FROM locale_aliases", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 1);
      const char *value = (const char *) sqlite3_column_text (stmt, 2);

      if (g_str_has_prefix (key, "heading."))
        g_assert_cmpstr (vitae_locale_match_heading (value, NULL), ==, key + strlen ("heading."));
      else if (g_str_has_prefix (key, "month."))
        g_assert_cmpint (vitae_locale_match_month (value, NULL), ==, (int) g_ascii_strtoll (key + strlen ("month."), NULL, 10));
      else
        g_assert_true (vitae_locale_match_present (value, NULL));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Every supported language has every heading, month, pattern and
 * "present" of its own, none copied from English by mistake where the
 * language writes them differently. */
static void
test_locale_complete (void)
{
  static const char *sections[] = {
    "summary", "experience", "projects", "education", "skills", "certifications", "awards",
    "volunteer", "publications", "languages", "interests", "references", "custom",
  };
  const VitaeLanguageInfo *list;
  guint n;

  list = vitae_language_get_supported (&n);
  for (guint i = 0; i < n; i++)
    {
      const char *tag = list[i].tag;
      g_autoptr(GHashTable) headings = g_hash_table_new (g_str_hash, g_str_equal);

      g_test_message ("%s", tag);
      g_assert_true (vitae_locale_has_language (tag));
      for (guint k = 0; k < G_N_ELEMENTS (sections); k++)
        {
          const char *heading = vitae_locale_get_heading (tag, sections[k]);

          g_assert_true (g_utf8_validate (heading, -1, NULL));
          /* No two sections share a heading, so a reader can tell them apart. */
          g_assert_true (g_hash_table_add (headings, (gpointer) heading));
          g_assert_cmpstr (vitae_locale_match_heading (heading, NULL), ==, sections[k]);
          /* French writes these two as English does. */
          if (!g_str_equal (tag, "en") &&
              !(g_str_equal (tag, "fr") && (g_str_equal (sections[k], "certifications") ||
                                            g_str_equal (sections[k], "publications"))))
            g_assert_cmpstr (heading, !=, vitae_locale_get_heading ("en", sections[k]));
        }
      for (int m = 1; m <= 12; m++)
        g_assert_cmpstr (vitae_locale_get_month (tag, m), !=, "");
      g_assert_nonnull (strstr (vitae_locale_get_string (tag, "date.month-year"), "{month}"));
      g_assert_nonnull (strstr (vitae_locale_get_string (tag, "date.month-year"), "{year}"));
      g_assert_nonnull (strstr (vitae_locale_get_string (tag, "date.range"), "{start}"));
      g_assert_nonnull (strstr (vitae_locale_get_string (tag, "date.range"), "{end}"));
      if (!g_str_equal (tag, "en"))
        g_assert_cmpstr (vitae_locale_get_present (tag), !=, "Present");
    }

  /* What has no data reads as English. */
  g_assert_false (vitae_locale_has_language ("tlh"));
  g_assert_cmpstr (vitae_locale_get_heading ("tlh", "experience"), ==, "Experience");
  g_assert_cmpstr (vitae_locale_get_heading (NULL, "summary"), ==, "Summary");
  g_assert_cmpstr (vitae_locale_get_heading ("pt-BR", "education"), ==, vitae_locale_get_heading ("pt", "education"));
}

static void
test_locale_dates (void)
{
  static const struct {
    const char *language;
    const char *start;
    const char *end;
    const char *expected;
  } cases[] = {
    { NULL, "2021-04", "", "Apr 2021 – Present" },
    { "en", "2019", "2021", "2019 – 2021" },
    { "en-GB", "2021-04-12", "2023-06", "Apr 2021 – Jun 2023" },
    { "de", "2021-03", "", "März 2021 – heute" },
    { "de_DE.UTF-8", "2018-09", "2021-02", "September 2018 – Februar 2021" },
    { "fr", "2020-08", "", "août 2020 – aujourd'hui" },
    { "pl", "2020-04", "2022-10", "kwiecień 2020 – październik 2022" },
    { "ru", "2020-04", "", "апрель 2020 – настоящее время" },
    { "zh", "2021-04", "", "2021年4月 – 至今" },
    { "ja", "2019-10", "2021-03", "2019年10月 – 2021年3月" },
    { "ko", "2021-04", "", "2021년 4월 – 현재" },
    { "ar", "2021-03", "", "مارس 2021 حتى الآن" },
    { "he", "2018-09", "2021-02", "ספטמבר 2018 עד פברואר 2021" },
    /* Dates typed as text stay as typed; an end alone is the end. */
    { "de", "Sommer 2019", "2020", "Sommer 2019 – 2020" },
    { "de", "", "2020-05", "Mai 2020" },
    { "de", "", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *span = vitae_locale_format_span (cases[i].language, cases[i].start, cases[i].end);

      g_assert_cmpstr (span, ==, cases[i].expected);
    }
}

/* Readers recognise headings, "present" and months in every language,
 * whatever their case, with a colon or not. */
static void
test_locale_match (void)
{
  const char *language = NULL;

  g_assert_cmpstr (vitae_locale_match_heading ("BERUFSERFAHRUNG", &language), ==, "experience");
  g_assert_cmpstr (language, ==, "de");
  g_assert_cmpstr (vitae_locale_match_heading ("Formação acadêmica:", &language), ==, "education");
  g_assert_cmpstr (language, ==, "pt");
  g_assert_cmpstr (vitae_locale_match_heading ("  職務経歴 ", &language), ==, "experience");
  g_assert_cmpstr (language, ==, "ja");
  g_assert_cmpstr (vitae_locale_match_heading ("학력：", NULL), ==, "education");
  g_assert_cmpstr (vitae_locale_match_heading ("ОПЫТ РАБОТЫ", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("الخبرة العملية", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("Skills", NULL), ==, "skills");
  g_assert_null (vitae_locale_match_heading ("Experienced engineer", NULL));
  g_assert_null (vitae_locale_match_heading ("heute", NULL));
  g_assert_null (vitae_locale_match_heading (NULL, NULL));

  g_assert_true (vitae_locale_match_present ("Heute", &language));
  g_assert_cmpstr (language, ==, "de");
  g_assert_true (vitae_locale_match_present ("至今", NULL));
  g_assert_true (vitae_locale_match_present ("עד היום", NULL));
  g_assert_false (vitae_locale_match_present ("Experience", NULL));

  g_assert_cmpint (vitae_locale_match_month ("März", &language), ==, 3);
  g_assert_cmpstr (language, ==, "de");
  g_assert_cmpint (vitae_locale_match_month ("październik", NULL), ==, 10);
  g_assert_cmpint (vitae_locale_match_month ("4月", NULL), ==, 4);
  g_assert_cmpint (vitae_locale_match_month ("Kubernetes", NULL), ==, 0);
}

/* Languages Vitae prints no document in are read on import all the
 * same: their headings, months and "present", in capitals too, and the
 * shortened months of the languages it prints. */
static void
test_locale_match_other_languages (void)
{
  const char *language = NULL;

  g_assert_cmpstr (vitae_locale_match_heading ("PRACOVNÍ ZKUŠENOSTI", &language), ==, "experience");
  g_assert_cmpstr (language, ==, "cs");
  g_assert_cmpstr (vitae_locale_match_heading ("Vzdelanie", NULL), ==, "education");
  g_assert_cmpstr (vitae_locale_match_heading ("PENGALAMAN", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("İŞ DENEYİMİ", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("HAKKIMDA", NULL), ==, "summary");
  g_assert_cmpstr (vitae_locale_match_heading ("Досвід роботи", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("Arbetslivserfarenhet", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("Uddannelse", NULL), ==, "education");
  g_assert_cmpstr (vitae_locale_match_heading ("Työkokemus", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("Nyelvtudás", NULL), ==, "languages");
  g_assert_cmpstr (vitae_locale_match_heading ("Experienţă profesională", NULL), ==, "experience");
  g_assert_cmpstr (vitae_locale_match_heading ("ΕΚΠΑΙΔΕΥΣΗ", NULL), ==, "education");
  g_assert_cmpstr (vitae_locale_match_heading ("Formació acadèmica", NULL), ==, "education");
  g_assert_cmpstr (vitae_locale_match_heading ("Kinh nghiệm làm việc", NULL), ==, "experience");

  g_assert_true (vitae_locale_match_present ("současnost", NULL));
  g_assert_true (vitae_locale_match_present ("DOTERAZ", NULL));
  g_assert_true (vitae_locale_match_present ("Sekarang", NULL));
  g_assert_true (vitae_locale_match_present ("Günümüz", NULL));

  g_assert_cmpint (vitae_locale_match_month ("Ene.", NULL), ==, 1);
  g_assert_cmpint (vitae_locale_match_month ("Agt.", NULL), ==, 8);
  g_assert_cmpint (vitae_locale_match_month ("Dic", NULL), ==, 12);
  g_assert_cmpint (vitae_locale_match_month ("Okt.", NULL), ==, 10);
  g_assert_cmpint (vitae_locale_match_month ("FEBRUÁR", NULL), ==, 2);
  g_assert_cmpint (vitae_locale_match_month ("Ağustos", NULL), ==, 8);
  g_assert_cmpint (vitae_locale_match_month ("Agustus", NULL), ==, 8);
  g_assert_cmpint (vitae_locale_match_month ("lokakuuta", NULL), ==, 10);
  /* Nor "set" (Italian, Spanish) nor "des" (Indonesian): English and
   * French words. */
  g_assert_cmpint (vitae_locale_match_month ("Set", NULL), ==, 0);
  g_assert_cmpint (vitae_locale_match_month ("des", NULL), ==, 0);

  /* Their documents print in English. */
  g_assert_false (vitae_locale_has_language ("cs"));
  g_assert_cmpstr (vitae_locale_get_heading ("cs", "experience"), ==, "Experience");
}

/* The document's language is a field: normalised when set, undone like
 * any edit, kept by .vitae and JSON Resume. */
static void
test_document_language (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeDocument) from_xml = NULL;
  g_autoptr(VitaeDocument) from_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *json = NULL;
  guint notified = 0;

  g_signal_connect_swapped (document, "notify::language", G_CALLBACK (g_atomic_int_inc), &notified);

  g_assert_null (vitae_document_get_language (document));
  /* The tests run in the C locale: English. */
  g_assert_cmpstr (vitae_document_get_effective_language (document), ==, "en");

  vitae_document_set_language (document, "pt_BR");
  g_assert_cmpstr (vitae_document_get_language (document), ==, "pt-BR");
  g_assert_cmpstr (vitae_document_get_effective_language (document), ==, "pt-BR");
  g_assert_cmpuint (notified, ==, 1);

  xml = vitae_xml_serialize (document, NULL);
  g_assert_nonnull (strstr (xml, "<language>pt-BR</language>"));
  from_xml = vitae_xml_parse (xml, strlen (xml), "language.vitae", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_document_get_language (from_xml), ==, "pt-BR");

  json = vitae_json_resume_serialize (document, NULL);
  g_assert_nonnull (strstr (json, "\"language\" : \"pt-BR\""));
  from_json = vitae_json_resume_parse (json, strlen (json), "language.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vitae_document_get_language (from_json), ==, "pt-BR");
  g_assert_true (vitae_document_equal (document, from_json));

  g_assert_true (vitae_history_undo (vitae_document_get_history (document)));
  g_assert_null (vitae_document_get_language (document));
  g_assert_cmpuint (notified, ==, 2);

  /* Garbage is no language. */
  vitae_document_set_language (document, "not a tag");
  g_assert_null (vitae_document_get_language (document));
}

/* The language detected from a document's prose, not from its names and
 * tools. */
static void
test_document_detect (void)
{
  g_autoptr(VitaeDocument) document = vitae_document_new ();
  g_autoptr(VitaeSection) section = vitae_section_new (VITAE_SECTION_EXPERIENCE);
  g_autoptr(VitaeEntry) entry = vitae_entry_new ();
  g_autoptr(VitaeBullet) bullet = vitae_bullet_new ("Migration der Datenbank auf PostgreSQL und Einführung von CI/CD mit GitLab für das ganze Team.");

  vitae_node_set_text (VITAE_NODE (document), "name", "Jane Doe");
  g_assert_null (vitae_document_detect_language (document));

  vitae_entry_append_bullet (entry, bullet);
  vitae_section_append_entry (section, entry);
  vitae_document_append_section (document, section);
  g_assert_cmpstr (vitae_document_detect_language (document), ==, "de");
  /* Detection stores nothing. */
  g_assert_null (vitae_document_get_language (document));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  vitae_core_init ();

  g_test_add_func ("/language/detect", test_detect);
  g_test_add_func ("/language/unsure", test_unsure);
  g_test_add_func ("/language/mixed", test_mixed);
  g_test_add_func ("/language/normalize", test_normalize);
  g_test_add_func ("/language/rtl", test_rtl);
  g_test_add_func ("/language/supported", test_supported);
  g_test_add_func ("/language/locale/sqlite", test_locale_agrees_with_sqlite);
  g_test_add_func ("/language/locale/complete", test_locale_complete);
  g_test_add_func ("/language/locale/dates", test_locale_dates);
  g_test_add_func ("/language/locale/match", test_locale_match);
  g_test_add_func ("/language/locale/match-other-languages", test_locale_match_other_languages);
  g_test_add_func ("/language/document", test_document_language);
  g_test_add_func ("/language/document/detect", test_document_detect);

  return g_test_run ();
}
