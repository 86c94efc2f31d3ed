-- 30-coach.sql
--
-- Copyright 2026 The Vitae authors
--
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The bullet coach's knowledge: the phrases it flags, the words it reads
-- figures and grammar with, the strong verbs it offers per skill area and the
-- rewrite patterns. It follows the hiring guide's advice that a bullet is an
-- action verb, a concrete problem, a technique and a measured result. All
-- words are stored in lower case; the coach compares case-insensitively.

-- Phrases flagged as issues. "weak-verb" phrases are flagged only where they
-- open the bullet (after an optional "I" or adverb); "vague" and "filler"
-- phrases anywhere. tool_object is 1 where what follows the phrase is usually
-- a tool ("used Kafka"), so a rewrite opens with a verb that introduces one.
CREATE TABLE coach_phrases (
  kind         TEXT NOT NULL CHECK (kind IN ('weak-verb', 'vague', 'filler')),
  phrase       TEXT NOT NULL,
  tool_object  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, phrase)
);

INSERT INTO coach_phrases (kind, phrase, tool_object) VALUES
  ('weak-verb', 'responsible for', 0),
  ('weak-verb', 'was responsible for', 0),
  ('weak-verb', 'were responsible for', 0),
  ('weak-verb', 'primarily responsible for', 0),
  ('weak-verb', 'helped', 0),
  ('weak-verb', 'helped with', 0),
  ('weak-verb', 'helped to', 0),
  ('weak-verb', 'helping', 0),
  ('weak-verb', 'helping with', 0),
  ('weak-verb', 'assisted', 0),
  ('weak-verb', 'assisted with', 0),
  ('weak-verb', 'assisted in', 0),
  ('weak-verb', 'worked on', 0),
  ('weak-verb', 'working on', 0),
  ('weak-verb', 'worked with', 1),
  ('weak-verb', 'worked in', 0),
  ('weak-verb', 'participated in', 0),
  ('weak-verb', 'involved in', 0),
  ('weak-verb', 'was involved in', 0),
  ('weak-verb', 'were involved in', 0),
  ('weak-verb', 'involved with', 0),
  ('weak-verb', 'handled', 0),
  ('weak-verb', 'was tasked with', 0),
  ('weak-verb', 'were tasked with', 0),
  ('weak-verb', 'tasked with', 0),
  ('weak-verb', 'duties included', 0),
  ('weak-verb', 'duties involved', 0),
  ('weak-verb', 'in charge of', 0),
  ('weak-verb', 'was in charge of', 0),
  ('weak-verb', 'used', 1),
  ('weak-verb', 'using', 1),
  ('weak-verb', 'utilized', 1),
  ('weak-verb', 'utilised', 1),
  ('weak-verb', 'leveraged', 1),
  ('weak-verb', 'contributed to', 0),
  ('weak-verb', 'took part in', 0),
  ('weak-verb', 'was part of', 0),
  ('weak-verb', 'part of', 0),
  ('weak-verb', 'tried to', 0),
  ('weak-verb', 'dealt with', 0),
  ('weak-verb', 'exposure to', 1),
  ('weak-verb', 'familiar with', 1),
  ('weak-verb', 'familiarity with', 1),
  ('weak-verb', 'knowledge of', 1),
  ('weak-verb', 'experience with', 1),
  ('weak-verb', 'experience in', 0),
  ('weak-verb', 'did', 0),
  ('weak-verb', 'was asked to', 0),
  ('weak-verb', 'had to', 0),
  ('vague', 'many', 0),
  ('vague', 'various', 0),
  ('vague', 'several', 0),
  ('vague', 'numerous', 0),
  ('vague', 'significantly', 0),
  ('vague', 'significant', 0),
  ('vague', 'substantially', 0),
  ('vague', 'considerably', 0),
  ('vague', 'dramatically', 0),
  ('vague', 'greatly', 0),
  ('vague', 'vastly', 0),
  ('vague', 'massively', 0),
  ('vague', 'hugely', 0),
  ('vague', 'a lot of', 0),
  ('vague', 'lots of', 0),
  ('vague', 'tons of', 0),
  ('vague', 'a number of', 0),
  ('vague', 'a variety of', 0),
  ('vague', 'a wide range of', 0),
  ('vague', 'countless', 0),
  ('vague', 'some', 0),
  ('vague', 'things', 0),
  ('vague', 'stuff', 0),
  ('vague', 'and more', 0),
  ('vague', 'and so on', 0),
  ('vague', 'different', 0),
  ('vague', 'other tasks', 0),
  ('vague', 'various other tasks', 0),
  ('vague', 'and other tasks', 0),
  ('vague', 'and various other tasks', 0),
  ('vague', 'and other duties', 0),
  ('filler', 'successfully', 0),
  ('filler', 'effectively', 0),
  ('filler', 'efficiently', 0),
  ('filler', 'actively', 0),
  ('filler', 'proactively', 0),
  ('filler', 'basically', 0),
  ('filler', 'really', 0),
  ('filler', 'very', 0),
  ('filler', 'just', 0),
  ('filler', 'quite', 0),
  ('filler', 'etc', 0),
  ('filler', 'in order to', 0),
  ('filler', 'as needed', 0),
  ('filler', 'on a daily basis', 0),
  ('filler', 'hard-working', 0),
  ('filler', 'team player', 0),
  ('filler', 'go-getter', 0),
  ('filler', 'detail-oriented', 0),
  ('filler', 'results-driven', 0);

-- Closed word classes the analysis reads figures and grammar with.
--   first-person      pronouns a bullet should leave out
--   passive-aux       forms of "be" that start a passive ("was migrated")
--   participle        irregular past participles; regular ones end in -ed
--   not-participle    words ending in -ed that are not participles
--   not-gerund        words ending in -ing that are not verb forms
--   unit              what turns a number into a measurement (ms, GB, x, %)
--   count-noun        things a number counts (users, requests, services)
--   number-word       figures spelled out ("two weeks to one")
--   figure-word       words that are a figure on their own ("halved")
--   technique         words that introduce how something was done
--   context           prepositions that introduce where it was done
--   particle          the second word of a phrasal verb ("set up")
--   determiner        words that open a noun phrase ("the", "our")
--   function-word     words a count never precedes ("3 in", "17 and")
--   quantity-lead     words after which a bare number is an amount ("from 14")
--   lead-adverb       adverbs a bullet may open with that a rewrite leaves out
--                     ("I also helped…", "Just fixed…")
--   bare-verb         base forms of verbs whose past tense is not a strong verb,
--                     so that "to store" and "helped the team support" read as verbs
--   team              groups a user works with ("helped the team move…" →
--                     "Moved … with the team")
--   takes-to          strong verbs that read well before "X to Y" ("Rolled out
--                     IPv6 support to the edge proxies")
--   plain-verb        past tenses a rewrite replaces by a strong verb ("Added",
--                     "Made"); any other opening verb the user wrote is kept
--   clause-lead       words that open a clause after the object, before which
--                     a rewrite puts the context and technique slots
--   object-people     people a verb acts on ("Supported students", never
--                     "Delivered students")
--   object-ticket     requests people raise ("Resolved tickets")
--   object-activity   shared activities ("Led code reviews")
--   object-outcome    results that one drives ("Drove a 40% reduction")
--   object-duty       routine work ("Automated administration tasks")
CREATE TABLE coach_lexicon (
  list  TEXT NOT NULL,
  word  TEXT NOT NULL,
  PRIMARY KEY (list, word)
);

INSERT INTO coach_lexicon (list, word) VALUES
  ('first-person', 'i'), ('first-person', 'me'), ('first-person', 'my'),
  ('first-person', 'mine'), ('first-person', 'myself'), ('first-person', 'we'),
  ('first-person', 'us'), ('first-person', 'our'), ('first-person', 'ours'),
  ('first-person', 'ourselves'),

  ('passive-aux', 'was'), ('passive-aux', 'were'), ('passive-aux', 'is'),
  ('passive-aux', 'are'), ('passive-aux', 'been'), ('passive-aux', 'being'),
  ('passive-aux', 'be'),

  ('participle', 'built'), ('participle', 'written'), ('participle', 'run'),
  ('participle', 'chosen'), ('participle', 'taken'), ('participle', 'given'),
  ('participle', 'done'), ('participle', 'made'), ('participle', 'driven'),
  ('participle', 'shown'), ('participle', 'known'), ('participle', 'seen'),
  ('participle', 'led'), ('participle', 'held'), ('participle', 'kept'),
  ('participle', 'sent'), ('participle', 'spent'), ('participle', 'brought'),
  ('participle', 'bought'), ('participle', 'found'), ('participle', 'put'),
  ('participle', 'set'), ('participle', 'cut'), ('participle', 'begun'),
  ('participle', 'broken'), ('participle', 'grown'), ('participle', 'drawn'),
  ('participle', 'rewritten'), ('participle', 'taught'), ('participle', 'paid'),
  ('participle', 'sold'), ('participle', 'told'), ('participle', 'won'),
  ('participle', 'thrown'), ('participle', 'split'), ('participle', 'shut'),
  ('participle', 'rebuilt'), ('participle', 'overseen'), ('participle', 'undertaken'),

  ('not-participle', 'need'), ('not-participle', 'speed'), ('not-participle', 'feed'),
  ('not-participle', 'seed'), ('not-participle', 'embed'), ('not-participle', 'bed'),
  ('not-participle', 'red'), ('not-participle', 'shed'), ('not-participle', 'hundred'),
  ('not-participle', 'indeed'), ('not-participle', 'proceed'), ('not-participle', 'exceed'),
  ('not-participle', 'succeed'), ('not-participle', 'breed'), ('not-participle', 'based'),
  ('not-participle', 'interested'), ('not-participle', 'experienced'),
  ('not-participle', 'skilled'), ('not-participle', 'motivated'),
  ('not-participle', 'dedicated'), ('not-participle', 'focused'),
  ('not-participle', 'detailed'), ('not-participle', 'advanced'),
  ('not-participle', 'distributed'), ('not-participle', 'automated'),

  ('not-gerund', 'thing'), ('not-gerund', 'string'), ('not-gerund', 'strings'),
  ('not-gerund', 'during'), ('not-gerund', 'something'), ('not-gerund', 'nothing'),
  ('not-gerund', 'everything'), ('not-gerund', 'anything'), ('not-gerund', 'ring'),
  ('not-gerund', 'spring'), ('not-gerund', 'king'), ('not-gerund', 'morning'),
  ('not-gerund', 'evening'), ('not-gerund', 'ceiling'), ('not-gerund', 'pricing'),
  ('not-gerund', 'billing'), ('not-gerund', 'logging'), ('not-gerund', 'caching'),
  ('not-gerund', 'routing'), ('not-gerund', 'tracing'), ('not-gerund', 'onboarding'),
  ('not-gerund', 'training'), ('not-gerund', 'alerting'), ('not-gerund', 'networking'),
  ('not-gerund', 'messaging'), ('not-gerund', 'streaming'), ('not-gerund', 'hosting'),
  ('not-gerund', 'rendering'), ('not-gerund', 'indexing'), ('not-gerund', 'sharding'),
  ('not-gerund', 'booking'), ('not-gerund', 'marketing'),
  ('not-gerund', 'accounting'), ('not-gerund', 'engineering'), ('not-gerund', 'meeting'),
  ('not-gerund', 'meetings'), ('not-gerund', 'settings'), ('not-gerund', 'ticketing'),
  ('not-gerund', 'scheduling'), ('not-gerund', 'batching'), ('not-gerund', 'paging'),

  ('unit', 'ms'), ('unit', 's'), ('unit', 'sec'), ('unit', 'secs'),
  ('unit', 'second'), ('unit', 'seconds'), ('unit', 'min'), ('unit', 'mins'),
  ('unit', 'minute'), ('unit', 'minutes'), ('unit', 'h'), ('unit', 'hr'),
  ('unit', 'hrs'), ('unit', 'hour'), ('unit', 'hours'), ('unit', 'd'),
  ('unit', 'day'), ('unit', 'days'), ('unit', 'wk'), ('unit', 'week'),
  ('unit', 'weeks'), ('unit', 'month'), ('unit', 'months'), ('unit', 'year'),
  ('unit', 'years'), ('unit', 'yr'), ('unit', 'yrs'), ('unit', 'quarter'),
  ('unit', 'quarters'), ('unit', 'µs'), ('unit', 'us'), ('unit', 'ns'),
  ('unit', 'x'), ('unit', '×'), ('unit', 'times'), ('unit', 'fold'),
  ('unit', 'k'), ('unit', 'm'), ('unit', 'b'), ('unit', 'bn'), ('unit', 'mm'),
  ('unit', 'kb'), ('unit', 'mb'), ('unit', 'gb'), ('unit', 'tb'), ('unit', 'pb'),
  ('unit', 'kib'), ('unit', 'mib'), ('unit', 'gib'), ('unit', 'tib'),
  ('unit', 'bytes'), ('unit', 'rps'), ('unit', 'qps'), ('unit', 'rpm'),
  ('unit', 'tps'), ('unit', 'req/s'), ('unit', 'req/sec'), ('unit', 'req/min'),
  ('unit', 'kbps'), ('unit', 'mbps'), ('unit', 'gbps'), ('unit', 'pp'),
  ('unit', 'percent'), ('unit', 'percentage'), ('unit', 'points'),
  ('unit', 'hundred'), ('unit', 'thousand'), ('unit', 'million'),
  ('unit', 'billion'), ('unit', 'usd'), ('unit', 'eur'), ('unit', 'gbp'),
  ('unit', 'dollars'), ('unit', 'euros'), ('unit', 'cores'), ('unit', 'vcpus'),
  ('unit', 'nines'),

  ('count-noun', 'users'), ('count-noun', 'customers'), ('count-noun', 'clients'),
  ('count-noun', 'requests'), ('count-noun', 'req'), ('count-noun', 'calls'),
  ('count-noun', 'queries'), ('count-noun', 'transactions'), ('count-noun', 'messages'),
  ('count-noun', 'events'), ('count-noun', 'jobs'), ('count-noun', 'records'),
  ('count-noun', 'rows'), ('count-noun', 'documents'), ('count-noun', 'files'),
  ('count-noun', 'services'), ('count-noun', 'microservices'), ('count-noun', 'endpoints'),
  ('count-noun', 'apis'), ('count-noun', 'servers'), ('count-noun', 'nodes'),
  ('count-noun', 'hosts'), ('count-noun', 'instances'), ('count-noun', 'clusters'),
  ('count-noun', 'regions'), ('count-noun', 'containers'), ('count-noun', 'pods'),
  ('count-noun', 'databases'), ('count-noun', 'tables'), ('count-noun', 'tenants'),
  ('count-noun', 'teams'), ('count-noun', 'engineers'), ('count-noun', 'developers'),
  ('count-noun', 'people'), ('count-noun', 'members'), ('count-noun', 'reports'),
  ('count-noun', 'tests'), ('count-noun', 'bugs'), ('count-noun', 'defects'),
  ('count-noun', 'incidents'), ('count-noun', 'tickets'), ('count-noun', 'alerts'),
  ('count-noun', 'pages'), ('count-noun', 'deploys'), ('count-noun', 'deployments'),
  ('count-noun', 'releases'), ('count-noun', 'repositories'), ('count-noun', 'repos'),
  ('count-noun', 'libraries'), ('count-noun', 'countries'), ('count-noun', 'accounts'),
  ('count-noun', 'orders'), ('count-noun', 'payments'), ('count-noun', 'sessions'),
  ('count-noun', 'connections'), ('count-noun', 'features'), ('count-noun', 'stores'),
  ('count-noun', 'partners'), ('count-noun', 'projects'), ('count-noun', 'pipelines'),
  ('count-noun', 'modules'), ('count-noun', 'lines'), ('count-noun', 'commits'),
  ('count-noun', 'vulnerabilities'), ('count-noun', 'findings'), ('count-noun', 'interns'),
  ('count-noun', 'hires'), ('count-noun', 'students'), ('count-noun', 'downloads'),
  ('count-noun', 'stars'), ('count-noun', 'contributors'), ('count-noun', 'merchants'),
  ('count-noun', 'devices'), ('count-noun', 'brokers'), ('count-noun', 'topics'),
  ('count-noun', 'partitions'), ('count-noun', 'shards'), ('count-noun', 'replicas'),
  ('count-noun', 'migrations'), ('count-noun', 'schemas'), ('count-noun', 'indexes'),
  ('count-noun', 'outages'), ('count-noun', 'errors'), ('count-noun', 'failures'),
  ('count-noun', 'steps'), ('count-noun', 'languages'), ('count-noun', 'sites'),
  ('count-noun', 'applications'), ('count-noun', 'apps'), ('count-noun', 'products'),
  ('count-noun', 'dashboards'), ('count-noun', 'metrics'), ('count-noun', 'rules'),
  ('count-noun', 'workflows'), ('count-noun', 'integrations'), ('count-noun', 'vendors'),
  ('count-noun', 'items'), ('count-noun', 'signups'), ('count-noun', 'visitors'),
  ('count-noun', 'subscribers'), ('count-noun', 'patients'), ('count-noun', 'employees'),
  ('count-noun', 'user'), ('count-noun', 'request'), ('count-noun', 'service'),
  ('count-noun', 'engineer'), ('count-noun', 'team'), ('count-noun', 'client'),
  ('count-noun', 'permission'), ('count-noun', 'levels'),

  ('number-word', 'zero'), ('number-word', 'one'), ('number-word', 'two'),
  ('number-word', 'three'), ('number-word', 'four'), ('number-word', 'five'),
  ('number-word', 'six'), ('number-word', 'seven'), ('number-word', 'eight'),
  ('number-word', 'nine'), ('number-word', 'ten'), ('number-word', 'eleven'),
  ('number-word', 'twelve'), ('number-word', 'fifteen'), ('number-word', 'twenty'),
  ('number-word', 'thirty'), ('number-word', 'forty'), ('number-word', 'fifty'),
  ('number-word', 'hundred'), ('number-word', 'hundreds'), ('number-word', 'thousand'),
  ('number-word', 'thousands'), ('number-word', 'million'), ('number-word', 'millions'),
  ('number-word', 'billion'), ('number-word', 'dozen'), ('number-word', 'dozens'),
  ('number-word', 'half'),

  ('figure-word', 'halved'), ('figure-word', 'halving'), ('figure-word', 'doubled'),
  ('figure-word', 'doubling'), ('figure-word', 'tripled'), ('figure-word', 'tripling'),
  ('figure-word', 'quadrupled'), ('figure-word', 'twofold'), ('figure-word', 'threefold'),
  ('figure-word', 'fourfold'), ('figure-word', 'fivefold'), ('figure-word', 'tenfold'),
  ('figure-word', 'zero'),

  ('technique', 'by'), ('technique', 'using'), ('technique', 'with'),
  ('technique', 'via'), ('technique', 'through'), ('technique', 'leveraging'),
  ('technique', 'applying'), ('technique', 'adding'), ('technique', 'introducing'),
  ('technique', 'replacing'),

  ('determiner', 'a'), ('determiner', 'an'), ('determiner', 'the'),
  ('determiner', 'this'), ('determiner', 'these'), ('determiner', 'those'),
  ('determiner', 'its'), ('determiner', 'their'), ('determiner', 'my'),
  ('determiner', 'our'), ('determiner', 'each'), ('determiner', 'all'),

  ('particle', 'up'), ('particle', 'out'), ('particle', 'off'), ('particle', 'down'),

  ('lead-adverb', 'also'), ('lead-adverb', 'just'), ('lead-adverb', 'basically'),
  ('lead-adverb', 'then'), ('lead-adverb', 'additionally'), ('lead-adverb', 'further'),
  ('lead-adverb', 'really'), ('lead-adverb', 'personally'), ('lead-adverb', 'mainly'),
  ('lead-adverb', 'mostly'), ('lead-adverb', 'primarily'), ('lead-adverb', 'often'),

  ('bare-verb', 'store'), ('bare-verb', 'support'), ('bare-verb', 'serve'),
  ('bare-verb', 'keep'), ('bare-verb', 'make'), ('bare-verb', 'handle'),
  ('bare-verb', 'process'), ('bare-verb', 'track'), ('bare-verb', 'answer'),
  ('bare-verb', 'learn'), ('bare-verb', 'understand'), ('bare-verb', 'debug'),
  ('bare-verb', 'test'), ('bare-verb', 'prepare'), ('bare-verb', 'plan'),
  ('bare-verb', 'organize'), ('bare-verb', 'organise'), ('bare-verb', 'check'),
  ('bare-verb', 'clean'), ('bare-verb', 'document'), ('bare-verb', 'review'),
  ('bare-verb', 'manage'), ('bare-verb', 'collect'), ('bare-verb', 'expose'),
  ('bare-verb', 'sync'), ('bare-verb', 'send'), ('bare-verb', 'find'),

  ('team', 'team'), ('team', 'teams'), ('team', 'teammates'), ('team', 'colleagues'),
  ('team', 'coworkers'), ('team', 'squad'), ('team', 'product'), ('team', 'design'),
  ('team', 'designers'), ('team', 'qa'), ('team', 'ops'), ('team', 'sales'),
  ('team', 'marketing'), ('team', 'stakeholders'), ('team', 'engineering'),
  ('team', 'seniors'), ('team', 'lead'), ('team', 'manager'), ('team', 'mentor'),

  ('takes-to', 'delivered'), ('takes-to', 'introduced'), ('takes-to', 'rolled out'),
  ('takes-to', 'deployed'), ('takes-to', 'migrated'), ('takes-to', 'moved'),
  ('takes-to', 'shipped'), ('takes-to', 'brought'), ('takes-to', 'added'),
  ('takes-to', 'extended'), ('takes-to', 'onboarded'),
  ('takes-to', 'enabled'), ('takes-to', 'guided'),

  ('plain-verb', 'added'), ('plain-verb', 'made'), ('plain-verb', 'did'),
  ('plain-verb', 'got'), ('plain-verb', 'put'), ('plain-verb', 'worked'),
  ('plain-verb', 'performed'), ('plain-verb', 'completed'), ('plain-verb', 'conducted'),

  ('clause-lead', 'after'), ('clause-lead', 'before'), ('clause-lead', 'while'),
  ('clause-lead', 'which'), ('clause-lead', 'who'), ('clause-lead', 'whom'),
  ('clause-lead', 'whose'), ('clause-lead', 'where'), ('clause-lead', 'because'),
  ('clause-lead', 'until'), ('clause-lead', 'once'), ('clause-lead', 'so'),

  ('object-people', 'students'), ('object-people', 'staff'), ('object-people', 'customers'),
  ('object-people', 'users'), ('object-people', 'engineers'), ('object-people', 'developers'),
  ('object-people', 'interns'), ('object-people', 'hires'), ('object-people', 'clients'),
  ('object-people', 'employees'), ('object-people', 'colleagues'), ('object-people', 'juniors'),
  ('object-people', 'faculty'), ('object-people', 'patients'), ('object-people', 'visitors'),
  ('object-people', 'volunteers'), ('object-people', 'members'), ('object-people', 'newcomers'),
  ('object-people', 'teammates'), ('object-people', 'analysts'), ('object-people', 'people'),
  ('object-people', 'end-users'), ('object-people', 'partners'), ('object-people', 'merchants'),

  ('object-ticket', 'tickets'), ('object-ticket', 'ticket'), ('object-ticket', 'issues'),
  ('object-ticket', 'escalations'), ('object-ticket', 'incidents'), ('object-ticket', 'bugs'),
  ('object-ticket', 'inquiries'), ('object-ticket', 'enquiries'), ('object-ticket', 'questions'),
  ('object-ticket', 'complaints'), ('object-ticket', 'cases'), ('object-ticket', 'outages'),

  ('object-activity', 'reviews'), ('object-activity', 'review'), ('object-activity', 'planning'),
  ('object-activity', 'rotation'), ('object-activity', 'meetings'), ('object-activity', 'standups'),
  ('object-activity', 'stand-ups'), ('object-activity', 'retrospectives'), ('object-activity', 'program'),
  ('object-activity', 'programme'), ('object-activity', 'initiative'), ('object-activity', 'workshops'),
  ('object-activity', 'hackathon'), ('object-activity', 'hackathons'), ('object-activity', 'sessions'),
  ('object-activity', 'interviews'), ('object-activity', 'discussions'), ('object-activity', 'effort'),
  ('object-activity', 'audit'), ('object-activity', 'ceremonies'), ('object-activity', 'sprints'),

  ('object-outcome', 'reduction'), ('object-outcome', 'increase'), ('object-outcome', 'improvement'),
  ('object-outcome', 'decrease'), ('object-outcome', 'growth'), ('object-outcome', 'drop'),
  ('object-outcome', 'savings'), ('object-outcome', 'speedup'), ('object-outcome', 'gain'),
  ('object-outcome', 'gains'), ('object-outcome', 'rise'), ('object-outcome', 'boost'),

  ('object-duty', 'tasks'), ('object-duty', 'duties'), ('object-duty', 'chores'),
  ('object-duty', 'responsibilities'), ('object-duty', 'paperwork'), ('object-duty', 'errands'),

  ('context', 'for'), ('context', 'in'), ('context', 'across'), ('context', 'on'),
  ('context', 'at'), ('context', 'within'), ('context', 'throughout'), ('context', 'serving'),

  ('quantity-lead', 'from'), ('quantity-lead', 'to'), ('quantity-lead', 'by'),
  ('quantity-lead', 'under'), ('quantity-lead', 'over'), ('quantity-lead', 'than'),
  ('quantity-lead', 'within'), ('quantity-lead', 'about'), ('quantity-lead', 'around'),
  ('quantity-lead', 'nearly'), ('quantity-lead', 'almost'), ('quantity-lead', 'approximately'),
  ('quantity-lead', 'roughly'), ('quantity-lead', 'below'), ('quantity-lead', 'above'),

  ('function-word', 'a'), ('function-word', 'an'), ('function-word', 'the'),
  ('function-word', 'and'), ('function-word', 'or'), ('function-word', 'but'),
  ('function-word', 'in'), ('function-word', 'on'), ('function-word', 'at'),
  ('function-word', 'to'), ('function-word', 'for'), ('function-word', 'from'),
  ('function-word', 'with'), ('function-word', 'of'), ('function-word', 'by'),
  ('function-word', 'as'), ('function-word', 'into'), ('function-word', 'onto'),
  ('function-word', 'via'), ('function-word', 'across'), ('function-word', 'over'),
  ('function-word', 'under'), ('function-word', 'this'), ('function-word', 'that'),
  ('function-word', 'these'), ('function-word', 'those'), ('function-word', 'its'),
  ('function-word', 'their'), ('function-word', 'when'), ('function-word', 'while'),
  ('function-word', 'was'), ('function-word', 'were'), ('function-word', 'is'),
  ('function-word', 'are');

-- The past tense of verb forms where adding -ed to the stem is wrong: the
-- coach turns "responsible for building", "was written" and "helped build"
-- into "Built", "Wrote" and "Built".
CREATE TABLE coach_irregular (
  form  TEXT PRIMARY KEY,
  past  TEXT NOT NULL
);

INSERT INTO coach_irregular (form, past) VALUES
  ('building', 'built'), ('rebuilding', 'rebuilt'), ('writing', 'wrote'),
  ('rewriting', 'rewrote'), ('leading', 'led'), ('running', 'ran'),
  ('making', 'made'), ('setting', 'set'), ('cutting', 'cut'),
  ('putting', 'put'), ('driving', 'drove'), ('taking', 'took'),
  ('bringing', 'brought'), ('choosing', 'chose'), ('keeping', 'kept'),
  ('sending', 'sent'), ('spending', 'spent'), ('holding', 'held'),
  ('teaching', 'taught'), ('getting', 'got'), ('doing', 'did'),
  ('splitting', 'split'), ('shutting', 'shut'), ('winning', 'won'),
  ('overseeing', 'oversaw'), ('undertaking', 'undertook'), ('finding', 'found'),
  ('mentoring', 'mentored'), ('developing', 'developed'), ('delivering', 'delivered'),
  ('monitoring', 'monitored'), ('maintaining', 'maintained'), ('designing', 'designed'),
  ('written', 'wrote'), ('rewritten', 'rewrote'), ('driven', 'drove'),
  ('taken', 'took'), ('chosen', 'chose'), ('overseen', 'oversaw'),
  ('undertaken', 'undertook'), ('begun', 'began'), ('broken', 'broke'),
  ('grown', 'grew'), ('drawn', 'drew'), ('shown', 'showed'), ('given', 'gave'),
  ('build', 'built'), ('rebuild', 'rebuilt'), ('write', 'wrote'), ('rewrite', 'rewrote'),
  ('lead', 'led'), ('run', 'ran'), ('cut', 'cut'), ('drive', 'drove'), ('set', 'set'),
  ('split', 'split'), ('ship', 'shipped'), ('scale', 'scaled'),
  ('plan', 'planned'), ('debug', 'debugged'), ('send', 'sent'), ('find', 'found'),
  ('keep', 'kept'), ('make', 'made'), ('understand', 'understood'),
  ('teach', 'taught'), ('bring', 'brought'), ('take', 'took'), ('choose', 'chose'),
  ('get', 'got'), ('put', 'put'), ('do', 'did');

-- Verbs that fit an object better than any skill area's do: people are
-- supported or trained, never delivered; tickets are resolved, never
-- designed. "helped-people" opens "Helped customers migrate…" as "Enabled
-- customers to migrate…". Each verb is also a strong opening verb.
CREATE TABLE coach_object_verbs (
  category  TEXT NOT NULL CHECK (category IN ('people', 'ticket', 'activity', 'outcome',
                                              'duty', 'helped-people')),
  verb      TEXT NOT NULL,
  rank      INTEGER NOT NULL,
  PRIMARY KEY (category, verb)
);

INSERT INTO coach_object_verbs (category, verb, rank) VALUES
  ('people', 'supported', 1), ('people', 'trained', 2), ('people', 'mentored', 3),
  ('people', 'onboarded', 4),
  ('ticket', 'resolved', 1), ('ticket', 'triaged', 2), ('ticket', 'closed', 3),
  ('activity', 'led', 1), ('activity', 'ran', 2), ('activity', 'improved', 3),
  ('outcome', 'drove', 1), ('outcome', 'delivered', 2), ('outcome', 'achieved', 3),
  ('duty', 'automated', 1), ('duty', 'streamlined', 2), ('duty', 'owned', 3),
  ('helped-people', 'enabled', 1), ('helped-people', 'guided', 2);

-- Nouns that name an action, after a weak opening: "Involved in the design
-- of the pipeline" → "Designed the pipeline". slot stands for the object
-- where the bullet names none ("Helped with the migration to Kubernetes" →
-- "Migrated [which services] to Kubernetes").
CREATE TABLE coach_nominals (
  noun  TEXT PRIMARY KEY,
  verb  TEXT NOT NULL,
  slot  TEXT NOT NULL
);

INSERT INTO coach_nominals (noun, verb, slot) VALUES
  ('migration', 'migrated', '[which services or data]'),
  ('move', 'moved', '[which services or data]'),
  ('design', 'designed', '[what you designed]'),
  ('redesign', 'redesigned', '[what you redesigned]'),
  ('implementation', 'implemented', '[what you implemented]'),
  ('development', 'developed', '[what you developed]'),
  ('rollout', 'rolled out', '[what you rolled out]'),
  ('roll-out', 'rolled out', '[what you rolled out]'),
  ('upgrade', 'upgraded', '[what you upgraded]'),
  ('integration', 'integrated', '[which systems]'),
  ('creation', 'created', '[what you created]'),
  ('automation', 'automated', '[which process]'),
  ('optimization', 'optimized', '[what you optimized]'),
  ('optimisation', 'optimized', '[what you optimized]'),
  ('refactoring', 'refactored', '[which code]'),
  ('rewrite', 'rewrote', '[which code]'),
  ('launch', 'launched', '[what you launched]'),
  ('deployment', 'deployed', '[what you deployed]'),
  ('testing', 'tested', '[what you tested]'),
  ('maintenance', 'maintained', '[which systems]'),
  ('setup', 'set up', '[which systems]'),
  ('set-up', 'set up', '[which systems]');

-- Vague nouns a rewrite cannot simply drop, as they are the object: it puts
-- a slot in their place ("move things to the cloud" → "Moved [which
-- systems] to the cloud").
CREATE TABLE coach_vague_slots (
  word  TEXT PRIMARY KEY,
  slot  TEXT NOT NULL
);

INSERT INTO coach_vague_slots (word, slot) VALUES
  ('things', '[which systems]'),
  ('stuff', '[what data]');

-- The skill areas of the guide's weak→strong pairs, plus a general one.
-- Ties between areas go to the lower rank.
CREATE TABLE coach_areas (
  id    TEXT PRIMARY KEY,
  rank  INTEGER NOT NULL,
  name  TEXT NOT NULL
);

INSERT INTO coach_areas (id, rank, name) VALUES
  ('database', 1, 'Database performance'),
  ('caching', 2, 'Caching and performance'),
  ('messaging', 3, 'Messaging and async processing'),
  ('security', 4, 'Security and authentication'),
  ('api', 5, 'API design and reliability'),
  ('observability', 6, 'Observability'),
  ('infrastructure', 7, 'Infrastructure and delivery'),
  ('support', 8, 'Support and operations'),
  ('general', 99, 'General');

-- Words that point a bullet at an area. Names of tools and techniques weigh
-- 2, generic words 1; the area with the highest sum wins.
CREATE TABLE coach_area_cues (
  area    TEXT NOT NULL REFERENCES coach_areas (id),
  cue     TEXT NOT NULL,
  weight  INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (area, cue)
);

INSERT INTO coach_area_cues (area, cue, weight) VALUES
  ('database', 'database', 2), ('database', 'databases', 2), ('database', 'db', 2),
  ('database', 'query', 1), ('database', 'queries', 1), ('database', 'index', 2),
  ('database', 'indexes', 2), ('database', 'indices', 2), ('database', 'schema', 2),
  ('database', 'schemas', 2), ('database', 'sql', 2), ('database', 'postgresql', 2),
  ('database', 'postgres', 2), ('database', 'mysql', 2), ('database', 'mongodb', 2),
  ('database', 'dynamodb', 2), ('database', 'cassandra', 2), ('database', 'orm', 2),
  ('database', 'join', 1), ('database', 'joins', 1), ('database', 'explain', 1),
  ('database', 'n+1', 2),
  ('database', 'replication', 2), ('database', 'sharding', 2), ('database', 'table', 1),
  ('database', 'tables', 1), ('database', 'transactions', 1), ('database', 'sqlite', 2),
  ('database', 'oracle', 2), ('database', 'elasticsearch', 2), ('database', 'normalization', 2),
  ('database', 'data', 1), ('database', 'etl', 2),

  ('caching', 'cache', 2), ('caching', 'caches', 2), ('caching', 'caching', 2),
  ('caching', 'cached', 2), ('caching', 'redis', 2), ('caching', 'memcached', 2),
  ('caching', 'ttl', 2), ('caching', 'ttls', 2), ('caching', 'eviction', 2),
  ('caching', 'cdn', 2), ('caching', 'lru', 2), ('caching', 'cache-aside', 2),
  ('caching', 'write-through', 2), ('caching', 'varnish', 2), ('caching', 'latency', 1),
  ('caching', 'performance', 1),

  ('messaging', 'kafka', 2), ('messaging', 'rabbitmq', 2), ('messaging', 'sqs', 2),
  ('messaging', 'sns', 2), ('messaging', 'queue', 2), ('messaging', 'queues', 2),
  ('messaging', 'message', 2), ('messaging', 'messages', 2), ('messaging', 'messaging', 2),
  ('messaging', 'async', 2), ('messaging', 'asynchronous', 2), ('messaging', 'consumer', 2),
  ('messaging', 'consumers', 2), ('messaging', 'producer', 2), ('messaging', 'producers', 2),
  ('messaging', 'event', 1), ('messaging', 'events', 1), ('messaging', 'event-driven', 2),
  ('messaging', 'pub/sub', 2), ('messaging', 'dead-letter', 2), ('messaging', 'nats', 2),
  ('messaging', 'streaming', 1), ('messaging', 'worker', 1), ('messaging', 'workers', 1),
  ('messaging', 'celery', 2), ('messaging', 'background', 1),

  ('security', 'authentication', 2), ('security', 'auth', 2), ('security', 'authorization', 2),
  ('security', 'oauth', 2), ('security', 'jwt', 2), ('security', 'rbac', 2),
  ('security', 'sso', 2), ('security', 'saml', 2), ('security', 'login', 1),
  ('security', 'security', 2), ('security', 'encryption', 2), ('security', 'tls', 2),
  ('security', 'secrets', 2), ('security', 'vulnerability', 2), ('security', 'vulnerabilities', 2),
  ('security', 'penetration', 2), ('security', 'owasp', 2), ('security', 'permissions', 1),
  ('security', 'access', 1), ('security', 'injection', 2), ('security', 'mfa', 2),
  ('security', '2fa', 2), ('security', 'pkce', 2), ('security', 'tokens', 1),

  ('api', 'api', 1), ('api', 'apis', 1), ('api', 'rest', 2), ('api', 'graphql', 2),
  ('api', 'grpc', 2), ('api', 'endpoint', 1), ('api', 'endpoints', 1),
  ('api', 'openapi', 2), ('api', 'versioning', 2), ('api', 'versioned', 2),
  ('api', 'clients', 1), ('api', 'sdk', 2), ('api', 'webhooks', 2),
  ('api', 'rate', 1), ('api', 'integration', 1), ('api', 'microservices', 1),

  ('observability', 'observability', 2), ('observability', 'logging', 2),
  ('observability', 'logs', 2), ('observability', 'tracing', 2), ('observability', 'traces', 2),
  ('observability', 'metrics', 1), ('observability', 'prometheus', 2),
  ('observability', 'grafana', 2), ('observability', 'opentelemetry', 2),
  ('observability', 'monitoring', 2), ('observability', 'alerts', 2),
  ('observability', 'alerting', 2), ('observability', 'on-call', 2), ('observability', 'mttr', 2),
  ('observability', 'slo', 2), ('observability', 'slos', 2), ('observability', 'dashboards', 2),
  ('observability', 'incident', 1), ('observability', 'incidents', 1),
  ('observability', 'datadog', 2), ('observability', 'sentry', 2),

  ('infrastructure', 'docker', 2), ('infrastructure', 'kubernetes', 2), ('infrastructure', 'k8s', 2),
  ('infrastructure', 'terraform', 2), ('infrastructure', 'ci/cd', 2), ('infrastructure', 'pipeline', 1),
  ('infrastructure', 'pipelines', 1), ('infrastructure', 'deploy', 1), ('infrastructure', 'deploys', 1),
  ('infrastructure', 'deployment', 1), ('infrastructure', 'deployments', 1), ('infrastructure', 'aws', 2),
  ('infrastructure', 'gcp', 2), ('infrastructure', 'azure', 2), ('infrastructure', 'lambda', 2),
  ('infrastructure', 'helm', 2), ('infrastructure', 'container', 2), ('infrastructure', 'containers', 2),
  ('infrastructure', 'infrastructure', 2), ('infrastructure', 'cloud', 1), ('infrastructure', 'serverless', 2),
  ('infrastructure', 'dockerfile', 2), ('infrastructure', 'jenkins', 2), ('infrastructure', 'build', 1),
  ('infrastructure', 'builds', 1), ('infrastructure', 'servers', 1),

  ('support', 'tickets', 2), ('support', 'ticket', 2), ('support', 'escalations', 2),
  ('support', 'helpdesk', 2), ('support', 'help-desk', 2), ('support', 'troubleshooting', 2),
  ('support', 'issues', 1), ('support', 'students', 1),
  ('support', 'staff', 1), ('support', 'customers', 1), ('support', 'computer', 1),
  ('support', 'inquiries', 2), ('support', 'sla', 2), ('support', 'slas', 2);

-- Strong opening verbs per area, best first. takes_tool is 1 for verbs that
-- read well before a tool's name ("Introduced Kafka for…"); a rewrite of a
-- bullet that opened with "used" or "worked with" prefers those.
CREATE TABLE coach_verbs (
  area        TEXT NOT NULL REFERENCES coach_areas (id),
  verb        TEXT NOT NULL,
  rank        INTEGER NOT NULL,
  takes_tool  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (area, verb)
);

INSERT INTO coach_verbs (area, verb, rank, takes_tool) VALUES
  ('database', 'optimized', 1, 0), ('database', 'tuned', 2, 0),
  ('database', 'redesigned', 3, 0), ('database', 'refactored', 4, 0),
  ('database', 'migrated', 5, 0), ('database', 'normalized', 6, 0),
  ('database', 'identified', 7, 0), ('database', 'adopted', 8, 1),

  ('caching', 'implemented', 1, 0), ('caching', 'introduced', 2, 1),
  ('caching', 'optimized', 3, 0), ('caching', 'accelerated', 4, 0),
  ('caching', 'cut', 5, 0), ('caching', 'deployed', 6, 1),

  ('messaging', 'migrated', 1, 0), ('messaging', 'decoupled', 2, 0),
  ('messaging', 'introduced', 3, 1), ('messaging', 'built', 4, 0),
  ('messaging', 'designed', 5, 0), ('messaging', 'deployed', 6, 1),

  ('security', 'designed', 1, 0), ('security', 'implemented', 2, 0),
  ('security', 'hardened', 3, 0), ('security', 'secured', 4, 0),
  ('security', 'enforced', 5, 0), ('security', 'introduced', 6, 1),
  ('security', 'integrated', 7, 1),

  ('api', 'designed', 1, 0), ('api', 'built', 2, 0), ('api', 'shipped', 3, 0),
  ('api', 'versioned', 4, 0), ('api', 'standardized', 5, 0),
  ('api', 'scaled', 6, 0), ('api', 'integrated', 7, 1),

  ('observability', 'built', 1, 0), ('observability', 'instrumented', 2, 0),
  ('observability', 'implemented', 3, 0), ('observability', 'introduced', 4, 1),
  ('observability', 'deployed', 5, 1),

  ('infrastructure', 'automated', 1, 0), ('infrastructure', 'containerized', 2, 0),
  ('infrastructure', 'migrated', 3, 0), ('infrastructure', 'provisioned', 4, 0),
  ('infrastructure', 'deployed', 5, 1), ('infrastructure', 'adopted', 6, 1),

  ('support', 'resolved', 1, 0), ('support', 'supported', 2, 0),
  ('support', 'triaged', 3, 0), ('support', 'diagnosed', 4, 0),
  ('support', 'introduced', 5, 1),

  ('general', 'built', 1, 0), ('general', 'improved', 2, 0), ('general', 'delivered', 3, 0),
  ('general', 'shipped', 4, 0), ('general', 'drove', 5, 0), ('general', 'led', 6, 0),
  ('general', 'launched', 7, 0), ('general', 'reduced', 8, 0), ('general', 'created', 9, 0),
  ('general', 'developed', 10, 0), ('general', 'owned', 11, 0), ('general', 'streamlined', 12, 0),
  ('general', 'mentored', 13, 0), ('general', 'resolved', 14, 0), ('general', 'eliminated', 15, 0),
  ('general', 'increased', 16, 0), ('general', 'scaled', 17, 0), ('general', 'wrote', 18, 0),
  ('general', 'established', 19, 0), ('general', 'architected', 20, 0),
  ('general', 'fixed', 24, 0), ('general', 'upgraded', 25, 0), ('general', 'enabled', 26, 0),
  ('general', 'published', 27, 0), ('general', 'presented', 28, 0), ('general', 'rebuilt', 29, 0),
  ('general', 'moved', 30, 0), ('general', 'achieved', 31, 0), ('general', 'onboarded', 32, 0),
  ('general', 'trained', 33, 0), ('general', 'lowered', 34, 0), ('general', 'saved', 35, 0),
  ('general', 'introduced', 21, 1), ('general', 'adopted', 22, 1), ('general', 'rolled out', 23, 1);

-- Rewrite patterns. A suggestion is a strong verb, the bullet's own words,
-- then whichever of the pattern's context, technique and result parts the
-- bullet lacks. Every figure is a bracketed slot for the user to fill; slot
-- hints stay lower case and free of digits so that they can never pass for
-- a fact the user wrote.
CREATE TABLE coach_patterns (
  id         TEXT PRIMARY KEY,
  area       TEXT NOT NULL REFERENCES coach_areas (id),
  rank       INTEGER NOT NULL,
  context    TEXT NOT NULL,
  technique  TEXT NOT NULL,
  result     TEXT NOT NULL
);

INSERT INTO coach_patterns (id, area, rank, context, technique, result) VALUES
  ('database-bottleneck', 'database', 1,
   ' for [the slow query or endpoint]',
   ' by [the fix, e.g. a compound index or one join instead of many queries]',
   ' — reducing [tail query time] from [X] to [Y]'),
  ('database-load', 'database', 2,
   ' for [the tables or workload]',
   ' using [query plan analysis and targeted indexes]',
   ', cutting [database load] by [X%]'),

  ('caching-layer', 'caching', 1,
   ' for [the highest-traffic endpoints]',
   ' using [the pattern, e.g. cache-aside with an eviction policy and a chosen expiry]',
   '; reduced [database load] by [X%] and [median latency] from [X] to [Y]'),
  ('caching-latency', 'caching', 2,
   ' on [the hot read path]',
   ' with [the invalidation strategy]',
   ' — raising [cache hit rate] to [X%] and cutting [latency] from [X] to [Y]'),

  ('messaging-async', 'messaging', 1,
   ' in [the flow, e.g. notification delivery]',
   ' with [retries and a dead-letter queue for failed messages]',
   ' — reducing [request latency] by [X ms] and reaching [delivery rate] over [period]'),
  ('messaging-throughput', 'messaging', 2,
   ' across [the producers and consumers]',
   ' using [partitioning and consumer groups]',
   ', handling [N messages per second] at [consumer lag]'),

  ('security-access', 'security', 1,
   ' for [the system or tenants]',
   ' with [the mechanism, e.g. role-based access and short-lived tokens]',
   ' — passing [the audit or penetration test] with [number of findings]'),
  ('security-hardening', 'security', 2,
   ' across [the attack surface]',
   ' by [the control, e.g. parameterised queries or rate limiting]',
   ', closing [number] [class of vulnerability] findings'),

  ('api-contract', 'api', 1,
   ' for [the clients or consumers]',
   ' with [consistent error schemas, versioning and validation]',
   ' — serving [N requests or users] with [uptime or error rate]'),
  ('api-latency', 'api', 2,
   ' for [the busiest endpoints]',
   ' by [the technique, e.g. pagination or batching]',
   ', reducing [tail latency] from [X] to [Y]'),

  ('observability-tracing', 'observability', 1,
   ' across [the services]',
   ' with [structured logs, traces and metrics]',
   ' — reducing [time to resolve incidents] from [X] to [Y]'),
  ('observability-alerting', 'observability', 2,
   ' for [the on-call team]',
   ' by [alerting on service level objectives]',
   ', cutting [pages per week] from [X] to [Y]'),

  ('infrastructure-delivery', 'infrastructure', 1,
   ' for [the services]',
   ' using [the technique, e.g. multi-stage builds or infrastructure as code]',
   ', cutting [deploy time] from [X] to [Y]'),
  ('infrastructure-cost', 'infrastructure', 2,
   ' across [the environments]',
   ' by [the change, e.g. right-sizing or autoscaling]',
   ', reducing [monthly cost] by [X%]'),

  ('support-resolution', 'support', 1,
   ' for [who: customers, students or staff]',
   ' by [how: triage, a runbook or a knowledge-base article]',
   ' — keeping [first-response time] under [X] and [satisfaction] at [Y]'),
  ('support-volume', 'support', 2,
   ' across [the channels or sites]',
   ' using [the ticketing or remote-support tool]',
   ', handling [N requests per week] within [the service level]'),

  ('general-impact', 'general', 1,
   ' for [the team, product or users]',
   ' by [how: the technique or tool you used]',
   ' — improving [the metric] from [X] to [Y]'),
  ('general-scale', 'general', 2,
   ' across [the scope: services, teams or regions]',
   ' using [the approach]',
   ', serving [N users or requests]'),
  ('general-outcome', 'general', 3,
   ' to solve [the problem it addressed]',
   ' through [what you changed]',
   ', resulting in [the measured outcome]');
