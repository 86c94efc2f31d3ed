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
-- open the bullet (after an optional "I", "We" or adverb), in any form of
-- their verb: "helped" also finds "helps", "helping" and "help". Their scope
-- says what the phrase tells of the person's part, which a rewrite keeps:
--   shared  a part in others' work (helped, contributed, supported): a rewrite
--           keeps it shared ("Contributed [your part] to…") and offers a
--           stronger verb only as a slot
--   duty    an assignment (responsible for, tasked with): the action named
--           after it becomes the verb ("Responsible for migrating" → "Migrated")
--   tool    a tool used (used, leveraged): "Applied …"
--   skill   knowledge (familiar with): nothing a rewrite can add
--   none    flagged, but no other opening says the same ("Worked as…")
-- "vague" and "filler" phrases are flagged anywhere outside a [slot].
CREATE TABLE coach_phrases (
  kind   TEXT NOT NULL CHECK (kind IN ('weak-verb', 'vague', 'filler')),
  phrase TEXT NOT NULL,
  scope  TEXT NOT NULL DEFAULT 'none' CHECK (scope IN ('shared', 'duty', 'tool', 'skill', 'none')),
  PRIMARY KEY (kind, phrase)
);

INSERT INTO coach_phrases (kind, phrase, scope) VALUES
  ('weak-verb', 'helped', 'shared'),
  ('weak-verb', 'collaborated with', 'shared'),
  ('weak-verb', 'provided technical support for', 'shared'),
  ('weak-verb', 'provided technical support to', 'shared'),
  ('weak-verb', 'provided technical support', 'shared'),
  ('weak-verb', 'worked directly with', 'shared'),
  ('weak-verb', 'started as', 'none'),
  ('weak-verb', 'joined', 'none'),
  ('weak-verb', 'consulted on', 'none'),
  ('weak-verb', 'consulted for', 'none'),
  ('weak-verb', 'got to', 'none'),
  ('weak-verb', 'engaged in', 'none'),
  ('weak-verb', 'was promoted to', 'none'),
  ('weak-verb', 'gained hands-on experience with', 'skill'),
  ('weak-verb', 'gained hands-on experience in', 'skill'),
  ('weak-verb', 'gained hands-on experience', 'skill'),
  ('weak-verb', 'gained experience', 'skill'),
  ('weak-verb', 'trained in', 'skill'),
  ('weak-verb', 'built expertise in', 'skill'),
  ('weak-verb', 'developed expertise in', 'skill'),
  ('weak-verb', 'helped with', 'shared'),
  ('weak-verb', 'helped to', 'shared'),
  ('weak-verb', 'helped in', 'shared'),
  ('weak-verb', 'helped on', 'shared'),
  ('weak-verb', 'assisted on', 'shared'),
  ('weak-verb', 'assisted', 'shared'),
  ('weak-verb', 'assisted with', 'shared'),
  ('weak-verb', 'assisted in', 'shared'),
  ('weak-verb', 'aided in', 'shared'),
  ('weak-verb', 'contributed to', 'shared'),
  ('weak-verb', 'contributed towards', 'shared'),
  ('weak-verb', 'contributed on', 'shared'),
  ('weak-verb', 'contributor to', 'shared'),
  ('weak-verb', 'contributor of', 'shared'),
  ('weak-verb', 'contributor on', 'shared'),
  ('weak-verb', 'major contributor to', 'shared'),
  ('weak-verb', 'major contributor of', 'shared'),
  ('weak-verb', 'key contributor to', 'shared'),
  ('weak-verb', 'key contributor of', 'shared'),
  ('weak-verb', 'main contributor to', 'shared'),
  ('weak-verb', 'participated in', 'shared'),
  ('weak-verb', 'took part in', 'shared'),
  ('weak-verb', 'was part of', 'shared'),
  ('weak-verb', 'were part of', 'shared'),
  ('weak-verb', 'part of', 'shared'),
  ('weak-verb', 'was involved in', 'shared'),
  ('weak-verb', 'were involved in', 'shared'),
  ('weak-verb', 'involved in', 'shared'),
  ('weak-verb', 'involved with', 'shared'),
  ('weak-verb', 'involvement in', 'shared'),
  ('weak-verb', 'participation in', 'shared'),
  ('weak-verb', 'contribution to', 'shared'),
  ('weak-verb', 'contributions to', 'shared'),
  ('weak-verb', 'assistance with', 'shared'),
  ('weak-verb', 'assistance in', 'shared'),
  ('weak-verb', 'supported', 'shared'),
  ('weak-verb', 'provided support for', 'shared'),
  ('weak-verb', 'provided support to', 'shared'),
  ('weak-verb', 'provided support', 'shared'),
  ('weak-verb', 'provided assistance with', 'shared'),
  ('weak-verb', 'provided assistance to', 'shared'),
  ('weak-verb', 'provided assistance', 'shared'),
  ('weak-verb', 'worked on', 'shared'),
  ('weak-verb', 'collaborated on', 'shared'),
  ('weak-verb', 'was a member of', 'shared'),
  ('weak-verb', 'member of', 'shared'),
  ('weak-verb', 'responsible for', 'duty'),
  ('weak-verb', 'was responsible for', 'duty'),
  ('weak-verb', 'were responsible for', 'duty'),
  ('weak-verb', 'primarily responsible for', 'duty'),
  ('weak-verb', 'solely responsible for', 'duty'),
  ('weak-verb', 'had responsibility for', 'duty'),
  ('weak-verb', 'had full responsibility for', 'duty'),
  ('weak-verb', 'had full responsibility over', 'duty'),
  ('weak-verb', 'had responsibility over', 'duty'),
  ('weak-verb', 'had the responsibility of', 'duty'),
  ('weak-verb', 'responsibilities included', 'duty'),
  ('weak-verb', 'responsibilities include', 'duty'),
  ('weak-verb', 'duties included', 'duty'),
  ('weak-verb', 'duties include', 'duty'),
  ('weak-verb', 'duties involved', 'duty'),
  ('weak-verb', 'in charge of', 'duty'),
  ('weak-verb', 'was in charge of', 'duty'),
  ('weak-verb', 'tasked with', 'duty'),
  ('weak-verb', 'was tasked with', 'duty'),
  ('weak-verb', 'were tasked with', 'duty'),
  ('weak-verb', 'entrusted with', 'duty'),
  ('weak-verb', 'was entrusted with', 'duty'),
  ('weak-verb', 'handled', 'duty'),
  ('weak-verb', 'dealt with', 'duty'),
  ('weak-verb', 'was asked to', 'duty'),
  ('weak-verb', 'had to', 'duty'),
  ('weak-verb', 'was assigned to', 'duty'),
  ('weak-verb', 'assigned to', 'duty'),
  ('weak-verb', 'worked as', 'none'),
  ('weak-verb', 'worked across', 'none'),
  ('weak-verb', 'worked in', 'none'),
  ('weak-verb', 'worked at', 'none'),
  ('weak-verb', 'worked for', 'none'),
  ('weak-verb', 'worked alongside', 'none'),
  ('weak-verb', 'did', 'none'),
  ('weak-verb', 'tried to', 'none'),
  ('weak-verb', 'attempted to', 'none'),
  ('weak-verb', 'served as', 'none'),
  ('weak-verb', 'was a', 'none'),
  ('weak-verb', 'worked', 'none'),
  ('weak-verb', 'used', 'tool'),
  ('weak-verb', 'utilized', 'tool'),
  ('weak-verb', 'utilised', 'tool'),
  ('weak-verb', 'leveraged', 'tool'),
  ('weak-verb', 'worked with', 'tool'),
  ('weak-verb', 'made use of', 'tool'),
  ('weak-verb', 'exposure to', 'skill'),
  ('weak-verb', 'familiar with', 'skill'),
  ('weak-verb', 'familiarity with', 'skill'),
  ('weak-verb', 'knowledge of', 'skill'),
  ('weak-verb', 'experience with', 'skill'),
  ('weak-verb', 'experience in', 'skill'),
  ('weak-verb', 'gained experience in', 'skill'),
  ('weak-verb', 'gained experience with', 'skill'),
  ('weak-verb', 'gained exposure to', 'skill'),
  ('weak-verb', 'learned', 'skill'),
  ('weak-verb', 'learnt', 'skill'),
  ('vague', 'many', 'none'),
  ('vague', 'various', 'none'),
  ('vague', 'several', 'none'),
  ('vague', 'numerous', 'none'),
  ('vague', 'significantly', 'none'),
  ('vague', 'significant', 'none'),
  ('vague', 'substantially', 'none'),
  ('vague', 'considerably', 'none'),
  ('vague', 'dramatically', 'none'),
  ('vague', 'greatly', 'none'),
  ('vague', 'vastly', 'none'),
  ('vague', 'massively', 'none'),
  ('vague', 'hugely', 'none'),
  ('vague', 'a lot of', 'none'),
  ('vague', 'lots of', 'none'),
  ('vague', 'tons of', 'none'),
  ('vague', 'a number of', 'none'),
  ('vague', 'a variety of', 'none'),
  ('vague', 'a wide range of', 'none'),
  ('vague', 'countless', 'none'),
  ('vague', 'some', 'none'),
  ('vague', 'things', 'none'),
  ('vague', 'stuff', 'none'),
  ('vague', 'and more', 'none'),
  ('vague', 'and so on', 'none'),
  ('vague', 'different', 'none'),
  ('vague', 'other tasks', 'none'),
  ('vague', 'various other tasks', 'none'),
  ('vague', 'and other tasks', 'none'),
  ('vague', 'and various other tasks', 'none'),
  ('vague', 'and other duties', 'none'),
  ('filler', 'successfully', 'none'),
  ('filler', 'effectively', 'none'),
  ('filler', 'efficiently', 'none'),
  ('filler', 'actively', 'none'),
  ('filler', 'proactively', 'none'),
  ('filler', 'basically', 'none'),
  ('filler', 'really', 'none'),
  ('filler', 'very', 'none'),
  ('filler', 'just', 'none'),
  ('filler', 'quite', 'none'),
  ('filler', 'etc', 'none'),
  ('filler', 'in order to', 'none'),
  ('filler', 'as needed', 'none'),
  ('filler', 'on a daily basis', 'none'),
  ('filler', 'hard-working', 'none'),
  ('filler', 'team player', 'none'),
  ('filler', 'go-getter', 'none'),
  ('filler', 'detail-oriented', 'none'),
  ('filler', 'results-driven', 'none');

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
--   role-noun         job titles, so that "Team lead for…" and "Intern at…"
--                     read as fragments, not as verbs
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
  ('unit', 'nines'), ('unit', 'wh'), ('unit', 'kwh'), ('unit', 'mwh'), ('unit', 'gwh'),
  ('unit', 'kw'), ('unit', 'mw'), ('unit', 'gw'), ('unit', 'ghz'), ('unit', 'mhz'),
  ('unit', '/month'), ('unit', 'ea'), ('unit', 'lakh'), ('unit', 'crore'), ('unit', 'k+'),

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
  ('number-word', 'thirteen'), ('number-word', 'fourteen'), ('number-word', 'sixteen'),
  ('number-word', 'seventeen'), ('number-word', 'eighteen'), ('number-word', 'nineteen'),
  ('number-word', 'sixty'), ('number-word', 'seventy'), ('number-word', 'eighty'),
  ('number-word', 'ninety'), ('number-word', 'billions'),
  ('number-word', 'half'),

  ('figure-word', 'halved'), ('figure-word', 'halving'), ('figure-word', 'doubled'),
  ('figure-word', 'doubling'), ('figure-word', 'tripled'), ('figure-word', 'tripling'),
  ('figure-word', 'quadrupled'), ('figure-word', 'twofold'), ('figure-word', 'threefold'),
  ('figure-word', 'fourfold'), ('figure-word', 'fivefold'), ('figure-word', 'tenfold'),
  ('figure-word', 'zero'),

  ('technique', 'by'), ('technique', 'using'), ('technique', 'with'),
  ('technique', 'via'), ('technique', 'through'), ('technique', 'leveraging'),
  ('technique', 'applying'), ('technique', 'adding'), ('technique', 'introducing'),
  ('technique', 'replacing'), ('technique', 'utilizing'), ('technique', 'utilising'),
  ('technique', 'employing'),

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
  ('team', 'management'), ('team', 'leadership'), ('team', 'dev'), ('team', 'devs'),
  ('team', 'managers'), ('team', 'professor'), ('team', 'supervisor'),

  -- Words that say a line is not about work with a measurable result, so no
  -- outcome slot ("improving [the metric]…") fits it: verbs (as lemmas) of
  -- talking, joining, studying and preparing, and the nouns of a trait or a
  -- skills claim, which get no verb slot either ("Strong ability to…").
  ('no-outcome', 'present'), ('no-outcome', 'brief'), ('no-outcome', 'discuss'),
  ('no-outcome', 'join'), ('no-outcome', 'advise'), ('no-outcome', 'explain'),
  ('no-outcome', 'adapt'), ('no-outcome', 'start'), ('no-outcome', 'begin'),
  ('no-outcome', 'attend'), ('no-outcome', 'accomplish'), ('no-outcome', 'complete'),
  ('no-outcome', 'graduate'), ('no-outcome', 'earn'), ('no-outcome', 'receive'),
  ('no-outcome', 'study'), ('no-outcome', 'learn'), ('no-outcome', 'co-author'),
  ('no-outcome', 'co-authored'), ('no-outcome', 'coauthored'), ('no-outcome', 'author'),
  ('no-outcome', 'publish'), ('no-outcome', 'prepare'), ('no-outcome', 'solicit'),
  ('no-outcome', 'engage'), ('no-outcome', 'speak'), ('no-outcome', 'talk'),
  ('no-outcome', 'volunteer'), ('no-outcome', 'represent'), ('no-outcome', 'participate'),
  ('no-outcome', 'compete'), ('no-outcome', 'meet'), ('no-outcome', 'communicate'),
  ('no-outcome', 'interview'), ('no-outcome', 'shadow'), ('no-outcome', 'observe'),
  ('no-outcome', 'submit'), ('no-outcome', 'visit'), ('no-outcome', 'pursue'),
  ('no-outcome', 'obtain'), ('no-outcome', 'hold'), ('no-outcome', 'pass'),
  ('no-outcome', 'have'), ('no-outcome', 'possess'), ('no-outcome', 'enjoy'),
  ('no-outcome', 'listen'), ('no-outcome', 'respond'), ('no-outcome', 'greet'),
  ('no-outcome', 'experience'), ('no-outcome', 'expertise'), ('no-outcome', 'ability'),
  ('no-outcome', 'abilities'), ('no-outcome', 'knowledge'), ('no-outcome', 'skills'),
  ('no-outcome', 'skill'), ('no-outcome', 'proficiency'), ('no-outcome', 'proficient'),
  ('no-outcome', 'familiarity'), ('no-outcome', 'familiar'), ('no-outcome', 'understanding'),
  ('no-outcome', 'background'), ('no-outcome', 'passion'), ('no-outcome', 'passionate'),
  ('no-outcome', 'responses'), ('no-outcome', 'attitude'), ('no-outcome', 'personality'),
  ('no-outcome', 'strong'), ('no-outcome', 'excellent'), ('no-outcome', 'extensive'),
  ('no-outcome', 'positive'), ('no-outcome', 'fluent'), ('no-outcome', 'motivated'),
  ('no-outcome', 'eager'), ('no-outcome', 'ethic'), ('no-outcome', 'player'),
  ('no-outcome', 'serve'), ('no-outcome', 'host'), ('no-outcome', 'propose'),
  ('no-outcome', 'report'),
  ('no-outcome', 'responsibilities'), ('no-outcome', 'responsibility'), ('no-outcome', 'duties'),
  ('no-outcome', 'role'), ('no-outcome', 'feedback'), ('no-outcome', 'knack'), ('no-outcome', 'talent'),

  ('role-noun', 'developer'), ('role-noun', 'engineer'), ('role-noun', 'intern'),
  ('role-noun', 'lead'), ('role-noun', 'member'), ('role-noun', 'manager'),
  ('role-noun', 'analyst'), ('role-noun', 'consultant'), ('role-noun', 'assistant'),
  ('role-noun', 'contractor'), ('role-noun', 'volunteer'), ('role-noun', 'researcher'),
  ('role-noun', 'tutor'), ('role-noun', 'instructor'), ('role-noun', 'architect'),
  ('role-noun', 'winner'), ('role-noun', 'finalist'), ('role-noun', 'founder'),

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
  ('recognition', 9, 'Awards and recognition'),
  ('teaching', 10, 'Teaching and mentoring'),
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
  ('recognition', 'award', 4), ('recognition', 'awarded', 4), ('recognition', 'prize', 4),
  ('recognition', 'won', 4), ('recognition', 'winner', 4), ('recognition', 'finalist', 4),
  ('recognition', 'scholarship', 4), ('recognition', 'honor', 3), ('recognition', 'honour', 3),
  ('recognition', 'honors', 3), ('recognition', 'recognized', 3), ('recognition', 'recognised', 3),
  ('recognition', 'placed', 2), ('recognition', 'ranked', 3), ('recognition', 'nominated', 3),
  ('recognition', 'qualified', 3),
  ('recognition', 'hackathon', 2), ('recognition', 'competition', 3), ('recognition', 'contest', 3),
  ('recognition', 'paper', 3), ('recognition', 'co-authored', 3), ('recognition', 'journal', 3),
  ('recognition', 'conference', 2), ('recognition', 'published', 2),
  ('recognition', 'medal', 4), ('recognition', 'fellowship', 4), ('recognition', 'dean''s', 4),

  ('teaching', 'taught', 3), ('teaching', 'teaching', 3), ('teaching', 'tutored', 4),
  ('teaching', 'tutoring', 4), ('teaching', 'students', 2), ('teaching', 'course', 2),
  ('teaching', 'lectures', 3), ('teaching', 'curriculum', 3), ('teaching', 'workshop', 2),
  ('teaching', 'workshops', 2), ('teaching', 'classes', 2), ('teaching', 'learners', 3),
  ('teaching', 'lesson', 3), ('teaching', 'lessons', 3), ('teaching', 'pupils', 2),

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
  ('database', 'etl', 2),

  ('caching', 'cache', 2), ('caching', 'caches', 2), ('caching', 'caching', 2),
  ('caching', 'cached', 2), ('caching', 'redis', 2), ('caching', 'memcached', 2),
  ('caching', 'ttl', 2), ('caching', 'ttls', 2), ('caching', 'eviction', 2),
  ('caching', 'cdn', 2), ('caching', 'lru', 2), ('caching', 'cache-aside', 2),
  ('caching', 'write-through', 2), ('caching', 'varnish', 2), ('caching', 'latency', 1),
  

  ('messaging', 'kafka', 2), ('messaging', 'rabbitmq', 2), ('messaging', 'sqs', 2),
  ('messaging', 'sns', 2), ('messaging', 'queue', 2), ('messaging', 'queues', 2),
  ('messaging', 'message', 2), ('messaging', 'messages', 2), ('messaging', 'messaging', 2),
  ('messaging', 'async', 2), ('messaging', 'asynchronous', 2), ('messaging', 'consumer', 1),
  ('messaging', 'consumers', 1), ('messaging', 'producer', 1), ('messaging', 'producers', 1),
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
  ('api', 'sdk', 2), ('api', 'webhooks', 2),
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
  ('support', 'support', 1), ('support', 'clients', 1),
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
  ('recognition', 'won', 1, 0), ('recognition', 'earned', 2, 0), ('recognition', 'received', 3, 0),
  ('teaching', 'taught', 1, 0), ('teaching', 'tutored', 2, 0), ('teaching', 'trained', 3, 0),
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
  ('general', 'applied', 36, 1), ('general', 'partnered', 37, 0), ('general', 'contributed', 38, 0),
  ('general', 'provided', 39, 0),
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
   ' — passing [the audit or penetration test] with [N findings]'),
  ('security-hardening', 'security', 2,
   ' across [the attack surface]',
   ' by [the control, e.g. parameterised queries or rate limiting]',
   ', closing [N findings of a class of vulnerability]'),

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
   ', reaching [how many people, users or requests]'),
  ('general-outcome', 'general', 3,
   ' to solve [the problem it addressed]',
   ' through [what you changed]',
   ', resulting in [the measured outcome, e.g. X% or from X to Y]'),

  ('recognition-field', 'recognition', 1,
   ' for [the work it recognised]',
   '',
   ', chosen from [how many entries or submissions]'),
  ('recognition-rank', 'recognition', 2,
   ' in [the competition or programme]',
   '',
   ', placing [rank] out of [N]'),

  ('teaching-reach', 'teaching', 1,
   ' for [the course or group]',
   ' using [the method or material]',
   ', reaching [how many students or learners]'),
  ('teaching-outcome', 'teaching', 2,
   ' in [the course or programme]',
   ' through [the method]',
   ', raising [pass rate or scores] from [X] to [Y]');

-- First-person words of the languages the coach does not rewrite (it
-- rewrites English only). A bullet in one of them still gets the checks
-- that hold in any language: its length, its figures and these words.
CREATE TABLE coach_first_person (
  lang  TEXT NOT NULL,
  word  TEXT NOT NULL,
  PRIMARY KEY (lang, word)
);

INSERT INTO coach_first_person (lang, word) VALUES
  ('de', 'ich'), ('de', 'wir'), ('de', 'mein'), ('de', 'meine'), ('de', 'meinen'),
  ('de', 'meinem'), ('de', 'meiner'), ('de', 'unser'), ('de', 'unsere'), ('de', 'unseren'),
  ('de', 'mir'), ('de', 'mich'), ('de', 'uns'),
  ('fr', 'je'), ('fr', 'j'), ('fr', 'nous'), ('fr', 'mon'), ('fr', 'ma'), ('fr', 'mes'),
  ('fr', 'notre'), ('fr', 'nos'), ('fr', 'moi'),
  ('es', 'yo'), ('es', 'nosotros'), ('es', 'nosotras'), ('es', 'mi'), ('es', 'mis'),
  ('es', 'nuestro'), ('es', 'nuestra'), ('es', 'nuestros'), ('es', 'nuestras'),
  ('pt', 'eu'), ('pt', 'nós'), ('pt', 'meu'), ('pt', 'minha'), ('pt', 'meus'),
  ('pt', 'minhas'), ('pt', 'nosso'), ('pt', 'nossa'), ('pt', 'nossos'), ('pt', 'nossas'),
  ('it', 'io'), ('it', 'noi'), ('it', 'mio'), ('it', 'mia'), ('it', 'miei'), ('it', 'mie'),
  ('it', 'nostro'), ('it', 'nostra'),
  ('nl', 'ik'), ('nl', 'wij'), ('nl', 'mijn'), ('nl', 'ons'), ('nl', 'onze'),
  ('pl', 'ja'), ('pl', 'my'), ('pl', 'mój'), ('pl', 'moja'), ('pl', 'moje'), ('pl', 'nasz'),
  ('pl', 'nasza'), ('pl', 'nasze'),
  ('ru', 'я'), ('ru', 'мы'), ('ru', 'мой'), ('ru', 'моя'), ('ru', 'моё'), ('ru', 'мои'),
  ('ru', 'наш'), ('ru', 'наша'), ('ru', 'наше'), ('ru', 'наши'), ('ru', 'меня'), ('ru', 'мне'),
  ('uk', 'я'), ('uk', 'ми'), ('uk', 'мій'), ('uk', 'моя'), ('uk', 'наш'), ('uk', 'наша'),
  ('ja', '私'), ('ja', '僕'), ('ja', '我々'), ('ja', '私たち'),
  ('zh', '我'), ('zh', '我们'), ('zh', '我們'),
  ('ko', '저는'), ('ko', '제가'), ('ko', '나는'), ('ko', '우리'), ('ko', '저희');
