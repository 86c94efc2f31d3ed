-- 31-coach-fr.sql
--
-- Copyright 2026 The Vitae authors
--
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The bullet coach's knowledge of French, read when a document's language is
-- French: the same hiring guide as 30-coach.sql (an action, the context, the
-- technique, a measured result), in the two forms French resumes open a
-- bullet with — a noun naming the action ("Mise en place de…",
-- "Développement d'…") or a past participle ("Développé…", "Mis en place…").
-- Both are strong; neither is rewritten into the other. All words are stored
-- in lower case with a straight apostrophe; the coach folds "’" to "'".

-- Phrases flagged as issues. "weak-verb" phrases are flagged only where they
-- open the bullet (after "J'ai", "Je" or "Nous avons"); the scope says what
-- the phrase tells of the person's part, which a rewrite keeps:
--   duty    an assignment ("Responsable de"): the action named after it opens
--           the rewrite ("Responsable de la migration…" → "Migration…")
--   shared  a part in others' work ("Participation à"): kept, with a slot for
--           the person's own part
--   skill   knowledge ("Familiarisation avec"): kept, with a slot for what the
--           person did with it, and no result slot
--   tool    a tool used ("Utilisation de"): kept, with a slot for its purpose
--   none    kept, with a slot for what the person did
-- Each phrase lists its preposition and article, longest first at match
-- time, so that the span flagged and dropped is the whole opening.
CREATE TABLE coach_fr_phrases (
  kind   TEXT NOT NULL CHECK (kind IN ('weak-verb', 'vague', 'filler')),
  phrase TEXT NOT NULL,
  scope  TEXT NOT NULL DEFAULT 'none' CHECK (scope IN ('shared', 'duty', 'tool', 'skill', 'none')),
  PRIMARY KEY (kind, phrase)
);

INSERT INTO coach_fr_phrases (kind, phrase, scope) VALUES
  ('weak-verb', 'responsable de la', 'duty'),
  ('weak-verb', 'responsable de l''', 'duty'),
  ('weak-verb', 'responsable du', 'duty'),
  ('weak-verb', 'responsable des', 'duty'),
  ('weak-verb', 'responsable de', 'duty'),
  ('weak-verb', 'responsable d''', 'duty'),
  ('weak-verb', 'responsabilité de la', 'duty'),
  ('weak-verb', 'responsabilité du', 'duty'),
  ('weak-verb', 'responsabilité des', 'duty'),
  ('weak-verb', 'responsabilité directe sur', 'duty'),
  ('weak-verb', 'responsabilité sur', 'duty'),
  ('weak-verb', 'chargé de la', 'duty'),
  ('weak-verb', 'chargé de l''', 'duty'),
  ('weak-verb', 'chargé du', 'duty'),
  ('weak-verb', 'chargé des', 'duty'),
  ('weak-verb', 'chargé de', 'duty'),
  ('weak-verb', 'chargé d''', 'duty'),
  ('weak-verb', 'chargée de la', 'duty'),
  ('weak-verb', 'chargée de l''', 'duty'),
  ('weak-verb', 'chargée du', 'duty'),
  ('weak-verb', 'chargée des', 'duty'),
  ('weak-verb', 'chargée de', 'duty'),
  ('weak-verb', 'chargée d''', 'duty'),
  ('weak-verb', 'en charge de la', 'duty'),
  ('weak-verb', 'en charge de l''', 'duty'),
  ('weak-verb', 'en charge du', 'duty'),
  ('weak-verb', 'en charge des', 'duty'),
  ('weak-verb', 'en charge de', 'duty'),
  ('weak-verb', 'en charge d''', 'duty'),
  ('weak-verb', 'prise en charge de la', 'duty'),
  ('weak-verb', 'prise en charge de l''', 'duty'),
  ('weak-verb', 'prise en charge du', 'duty'),
  ('weak-verb', 'prise en charge des', 'duty'),
  ('weak-verb', 'prise en charge de', 'duty'),
  ('weak-verb', 'prise en charge d''', 'duty'),
  ('weak-verb', 'missions de', 'duty'),
  ('weak-verb', 'tâches de', 'duty'),
  ('weak-verb', 'participation à la', 'shared'),
  ('weak-verb', 'participation à l''', 'shared'),
  ('weak-verb', 'participation au', 'shared'),
  ('weak-verb', 'participation aux', 'shared'),
  ('weak-verb', 'participation à', 'shared'),
  ('weak-verb', 'participé à la', 'shared'),
  ('weak-verb', 'participé à l''', 'shared'),
  ('weak-verb', 'participé au', 'shared'),
  ('weak-verb', 'participé aux', 'shared'),
  ('weak-verb', 'participé à', 'shared'),
  ('weak-verb', 'participer à', 'shared'),
  ('weak-verb', 'participer au', 'shared'),
  ('weak-verb', 'participer aux', 'shared'),
  ('weak-verb', 'contribution à', 'shared'),
  ('weak-verb', 'contribution au', 'shared'),
  ('weak-verb', 'contribution aux', 'shared'),
  ('weak-verb', 'contribué à', 'shared'),
  ('weak-verb', 'contribué au', 'shared'),
  ('weak-verb', 'contribué aux', 'shared'),
  ('weak-verb', 'aide à la', 'shared'),
  ('weak-verb', 'aide à l''', 'shared'),
  ('weak-verb', 'aide au', 'shared'),
  ('weak-verb', 'aide aux', 'shared'),
  ('weak-verb', 'aide à', 'shared'),
  ('weak-verb', 'aidé à', 'shared'),
  ('weak-verb', 'aidé', 'shared'),
  ('weak-verb', 'assistance à la', 'shared'),
  ('weak-verb', 'assistance au', 'shared'),
  ('weak-verb', 'assistance aux', 'shared'),
  ('weak-verb', 'assistance à', 'shared'),
  ('weak-verb', 'assisté', 'shared'),
  ('weak-verb', 'soutien à la', 'shared'),
  ('weak-verb', 'soutien au', 'shared'),
  ('weak-verb', 'soutien aux', 'shared'),
  ('weak-verb', 'support aux', 'shared'),
  ('weak-verb', 'support à', 'shared'),
  ('weak-verb', 'collaboration étroite avec', 'shared'),
  ('weak-verb', 'collaboration et support', 'shared'),
  ('weak-verb', 'collaboration avec', 'shared'),
  ('weak-verb', 'collaboré avec', 'shared'),
  ('weak-verb', 'implication dans', 'shared'),
  ('weak-verb', 'impliqué dans', 'shared'),
  ('weak-verb', 'impliquée dans', 'shared'),
  ('weak-verb', 'intégration à', 'none'),
  ('weak-verb', 'intégration au sein de', 'none'),
  ('weak-verb', 'travail sur', 'none'),
  ('weak-verb', 'travaillé sur', 'none'),
  ('weak-verb', 'travaillé avec', 'tool'),
  ('weak-verb', 'utilisation de', 'tool'),
  ('weak-verb', 'utilisation du', 'tool'),
  ('weak-verb', 'utilisation des', 'tool'),
  ('weak-verb', 'utilisation d''', 'tool'),
  ('weak-verb', 'utilisé', 'tool'),
  ('weak-verb', 'familiarisation avec', 'skill'),
  ('weak-verb', 'apprentissage de', 'skill'),
  ('weak-verb', 'apprentissage du', 'skill'),
  ('weak-verb', 'apprentissage des', 'skill'),
  ('weak-verb', 'apprentissage de la', 'skill'),
  ('weak-verb', 'découverte de', 'skill'),
  ('weak-verb', 'découverte du', 'skill'),
  ('weak-verb', 'découverte des', 'skill'),
  ('weak-verb', 'connaissance de', 'skill'),
  ('weak-verb', 'connaissances en', 'skill'),
  ('weak-verb', 'expérience en', 'skill'),
  ('weak-verb', 'expérience avec', 'skill'),
  ('weak-verb', 'initiation à', 'skill'),
  ('vague', 'divers', 'none'),
  ('vague', 'diverses', 'none'),
  ('vague', 'différents', 'none'),
  ('vague', 'différentes', 'none'),
  ('vague', 'plusieurs', 'none'),
  ('vague', 'nombreux', 'none'),
  ('vague', 'nombreuses', 'none'),
  ('vague', 'de nombreux', 'none'),
  ('vague', 'de nombreuses', 'none'),
  ('vague', 'certains', 'none'),
  ('vague', 'quelques', 'none'),
  ('vague', 'etc', 'none'),
  ('vague', 'significativement', 'none'),
  ('vague', 'considérablement', 'none'),
  ('vague', 'grandement', 'none'),
  ('filler', 'avec succès', 'none'),
  ('filler', 'efficacement', 'none'),
  ('filler', 'activement', 'none'),
  ('filler', 'au quotidien', 'none'),
  ('filler', 'de manière efficace', 'none'),
  ('filler', 'de façon efficace', 'none'),
  ('filler', 'de manière proactive', 'none'),
  ('filler', 'au sein de la société', 'none');

-- The words that open a strong bullet, in either form, and the class of
-- work they name, which chooses the result slot (coach_fr_slots):
--   build    made something that did not exist
--   improve  made something faster, cheaper, better
--   fix      kept something working
--   lead     people: led, hired, trained
--   ship     delivered, deployed, launched
--   learn    no measurable result: a document, a study, a talk
--   general  any other work: steering, organising, following up
-- A multi-word opener ("mise en place") is one row. An opener that is a
-- noun carries the participle a duty's rewrite uses after "Chargé de"…:
-- "Chargé de développer" → "Développé".
CREATE TABLE coach_fr_openers (
  phrase TEXT NOT NULL PRIMARY KEY,
  form   TEXT NOT NULL CHECK (form IN ('participle', 'noun', 'infinitive')),
  class  TEXT NOT NULL CHECK (class IN ('build', 'improve', 'fix', 'lead', 'ship', 'learn', 'general'))
);

INSERT INTO coach_fr_openers (phrase, form, class) VALUES
  ('développé', 'participle', 'build'), ('développée', 'participle', 'build'),
  ('développement', 'noun', 'build'), ('développer', 'infinitive', 'build'),
  ('conçu', 'participle', 'build'), ('conçue', 'participle', 'build'),
  ('conception', 'noun', 'build'), ('concevoir', 'infinitive', 'build'),
  ('créé', 'participle', 'build'), ('créée', 'participle', 'build'),
  ('création', 'noun', 'build'), ('créer', 'infinitive', 'build'),
  ('réalisé', 'participle', 'build'), ('réalisation', 'noun', 'build'), ('réaliser', 'infinitive', 'build'),
  ('mis en place', 'participle', 'build'), ('mise en place', 'noun', 'build'), ('mettre en place', 'infinitive', 'build'),
  ('mis en œuvre', 'participle', 'build'), ('mise en œuvre', 'noun', 'build'), ('mettre en œuvre', 'infinitive', 'build'),
  ('construit', 'participle', 'build'), ('construction', 'noun', 'build'), ('construire', 'infinitive', 'build'),
  ('implémenté', 'participle', 'build'), ('implémentation', 'noun', 'build'), ('implémenter', 'infinitive', 'build'),
  ('intégré', 'participle', 'build'), ('intégration', 'noun', 'build'), ('intégrer', 'infinitive', 'build'),
  ('programmé', 'participle', 'build'), ('programmation', 'noun', 'build'),
  ('codé', 'participle', 'build'),
  ('architecturé', 'participle', 'build'), ('architecture', 'noun', 'build'),
  ('modélisé', 'participle', 'build'), ('modélisation', 'noun', 'build'),
  ('automatisé', 'participle', 'improve'), ('automatisation', 'noun', 'improve'), ('automatiser', 'infinitive', 'improve'),
  ('refondu', 'participle', 'improve'), ('refonte', 'noun', 'improve'),
  ('migré', 'participle', 'improve'), ('migration', 'noun', 'improve'), ('migrer', 'infinitive', 'improve'),
  ('transition', 'noun', 'improve'),
  ('optimisé', 'participle', 'improve'), ('optimisation', 'noun', 'improve'), ('optimiser', 'infinitive', 'improve'),
  ('amélioré', 'participle', 'improve'), ('amélioration', 'noun', 'improve'), ('améliorer', 'infinitive', 'improve'),
  ('réduit', 'participle', 'improve'), ('réduction', 'noun', 'improve'), ('réduire', 'infinitive', 'improve'),
  ('accéléré', 'participle', 'improve'), ('accélération', 'noun', 'improve'),
  ('augmenté', 'participle', 'improve'), ('augmentation', 'noun', 'improve'),
  ('diminué', 'participle', 'improve'), ('diminution', 'noun', 'improve'),
  ('modernisé', 'participle', 'improve'), ('modernisation', 'noun', 'improve'),
  ('simplifié', 'participle', 'improve'), ('simplification', 'noun', 'improve'),
  ('fiabilisé', 'participle', 'improve'), ('fiabilisation', 'noun', 'improve'),
  ('sécurisé', 'participle', 'improve'), ('sécurisation', 'noun', 'improve'),
  ('industrialisé', 'participle', 'improve'), ('industrialisation', 'noun', 'improve'),
  ('modifié', 'participle', 'improve'), ('modification', 'noun', 'improve'),
  ('restructuré', 'participle', 'improve'), ('restructuration', 'noun', 'improve'),
  ('structuré', 'participle', 'improve'), ('structuration', 'noun', 'improve'),
  ('maintenu', 'participle', 'fix'), ('maintenance', 'noun', 'fix'), ('maintenir', 'infinitive', 'fix'),
  ('corrigé', 'participle', 'fix'), ('correction', 'noun', 'fix'), ('corriger', 'infinitive', 'fix'),
  ('résolu', 'participle', 'fix'), ('résolution', 'noun', 'fix'), ('résoudre', 'infinitive', 'fix'),
  ('supervisé', 'participle', 'fix'), ('supervision', 'noun', 'fix'),
  ('administré', 'participle', 'fix'), ('administration', 'noun', 'fix'),
  ('testé', 'participle', 'fix'), ('tests', 'noun', 'fix'),
  ('validé', 'participle', 'fix'), ('validation', 'noun', 'fix'),
  ('exploité', 'participle', 'fix'), ('exploitation', 'noun', 'fix'),
  ('géré', 'participle', 'general'), ('gestion', 'noun', 'general'), ('gérer', 'infinitive', 'general'),
  ('piloté', 'participle', 'general'), ('pilotage', 'noun', 'general'), ('piloter', 'infinitive', 'general'),
  ('dirigé', 'participle', 'general'), ('direction', 'noun', 'general'), ('diriger', 'infinitive', 'general'),
  ('encadré', 'participle', 'lead'), ('encadrement', 'noun', 'lead'), ('encadrer', 'infinitive', 'lead'),
  ('managé', 'participle', 'lead'), ('management', 'noun', 'lead'),
  ('animé', 'participle', 'lead'), ('animation', 'noun', 'lead'), ('animer', 'infinitive', 'lead'),
  ('coordonné', 'participle', 'general'), ('coordination', 'noun', 'general'), ('coordonner', 'infinitive', 'general'),
  ('recruté', 'participle', 'lead'), ('recrutement', 'noun', 'lead'), ('recruter', 'infinitive', 'lead'),
  ('formé', 'participle', 'lead'),
  ('accompagné', 'participle', 'lead'), ('accompagnement', 'noun', 'lead'), ('accompagner', 'infinitive', 'lead'),
  ('mentoré', 'participle', 'lead'), ('mentorat', 'noun', 'lead'),
  ('organisé', 'participle', 'general'), ('organisation', 'noun', 'general'), ('organiser', 'infinitive', 'general'),
  ('suivi', 'participle', 'general'),
  ('négocié', 'participle', 'lead'), ('négociation', 'noun', 'lead'),
  ('déployé', 'participle', 'ship'), ('déploiement', 'noun', 'ship'), ('déployer', 'infinitive', 'ship'),
  ('livré', 'participle', 'ship'), ('livraison', 'noun', 'ship'), ('livrer', 'infinitive', 'ship'),
  ('lancé', 'participle', 'ship'), ('lancement', 'noun', 'ship'), ('lancer', 'infinitive', 'ship'),
  ('publié', 'participle', 'ship'), ('publication', 'noun', 'ship'), ('publier', 'infinitive', 'ship'),
  ('commercialisé', 'participle', 'ship'), ('commercialisation', 'noun', 'ship'),
  ('connecté', 'participle', 'build'),
  ('sélectionné', 'participle', 'learn'), ('sélection', 'noun', 'learn'),
  ('rédigé', 'participle', 'learn'), ('rédaction', 'noun', 'learn'), ('rédiger', 'infinitive', 'learn'),
  ('analysé', 'participle', 'learn'), ('analyse', 'noun', 'learn'), ('analyser', 'infinitive', 'learn'),
  ('étudié', 'participle', 'learn'), ('étude', 'noun', 'learn'),
  ('identifié', 'participle', 'learn'), ('identification', 'noun', 'learn'),
  ('recherche', 'noun', 'learn'),
  ('veille', 'noun', 'learn'),
  ('revue', 'noun', 'learn'),
  ('présenté', 'participle', 'learn'), ('présentation', 'noun', 'learn'),
  ('préparation', 'noun', 'learn'), ('préparé', 'participle', 'learn'),
  ('documenté', 'participle', 'learn'), ('documentation', 'noun', 'learn'),
  ('promouvoir', 'infinitive', 'learn'),
  ('effectuer', 'infinitive', 'learn');

-- Word lists of the French analysis:
--   first-person  pronouns a resume leaves out
--   auxiliary     the auxiliary after them ("J'ai participé"), left out too
--   number        number words that state a figure ("trois", "dizaine")
--   unit          units and currencies after a number ("k€", "ms")
CREATE TABLE coach_fr_words (
  list TEXT NOT NULL CHECK (list IN ('first-person', 'auxiliary', 'number', 'unit')),
  word TEXT NOT NULL,
  PRIMARY KEY (list, word)
);

INSERT INTO coach_fr_words (list, word) VALUES
  ('first-person', 'je'), ('first-person', 'j'''), ('first-person', 'nous'),
  ('first-person', 'moi'), ('first-person', 'm'''),
  ('auxiliary', 'ai'), ('auxiliary', 'avons'), ('auxiliary', 'suis'), ('auxiliary', 'sommes'),
  ('number', 'deux'), ('number', 'trois'), ('number', 'quatre'), ('number', 'cinq'),
  ('number', 'six'), ('number', 'sept'), ('number', 'huit'), ('number', 'neuf'),
  ('number', 'dix'), ('number', 'onze'), ('number', 'douze'), ('number', 'quinze'),
  ('number', 'vingt'), ('number', 'trente'), ('number', 'quarante'), ('number', 'cinquante'),
  ('number', 'cent'), ('number', 'cents'), ('number', 'mille'), ('number', 'million'),
  ('number', 'millions'), ('number', 'milliard'), ('number', 'milliards'),
  ('number', 'dizaine'), ('number', 'dizaines'), ('number', 'centaine'), ('number', 'centaines'),
  ('number', 'millier'), ('number', 'milliers'), ('number', 'moitié'), ('number', 'double'),
  ('number', 'doublé'), ('number', 'triple'), ('number', 'triplé'), ('number', 'divisé'),
  ('number', 'divisée'), ('number', 'multiplié'), ('number', 'multipliée'),
  ('unit', '%'), ('unit', '€'), ('unit', 'k€'), ('unit', 'm€'), ('unit', '$'), ('unit', 'k$'),
  ('unit', 'ms'), ('unit', 's'), ('unit', 'h'), ('unit', 'min'), ('unit', 'k'), ('unit', 'go'),
  ('unit', 'to'), ('unit', 'mo'), ('unit', 'x'), ('unit', '×');

-- The slots a rewrite adds, in French, as questions the person answers with
-- what only they know. A result slot by class of work (none for 'learn'),
-- and a slot by scope of a weak opening.
CREATE TABLE coach_fr_slots (
  name TEXT NOT NULL PRIMARY KEY,
  slot TEXT NOT NULL
);

INSERT INTO coach_fr_slots (name, slot) VALUES
  ('build', '[pour quel résultat ? combien, de X à Y]'),
  ('improve', '[de combien ? de X à Y]'),
  ('fix', '[combien d''incidents, en combien de temps ?]'),
  ('lead', '[combien de personnes ?]'),
  ('ship', '[en combien de temps, pour combien d''utilisateurs ?]'),
  ('general', '[quel résultat, de combien ?]'),
  ('shared', '[votre part : ce que vous avez fait vous-même]'),
  ('skill', '[ce que vous en avez fait]'),
  ('tool', '[pour quoi faire ?]'),
  ('none', '[ce que vous y avez fait]'),
  ('verb', '[Verbe d''action]');
