/* test-language.c
 *
 * Copyright 2026 The Vitae authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vitae-language.h"

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/detect", test_detect);
  g_test_add_func ("/language/unsure", test_unsure);
  g_test_add_func ("/language/mixed", test_mixed);
  g_test_add_func ("/language/normalize", test_normalize);
  g_test_add_func ("/language/rtl", test_rtl);
  g_test_add_func ("/language/supported", test_supported);

  return g_test_run ();
}
