-- The catalog's schema. Its version is PRAGMA user_version; later files add
-- data. The shipped catalog is rebuilt from these files at every start, so
-- it never needs migrating; migrations of the user catalog (a separate file
-- that updates never overwrite) live in vitae-catalog.c.
PRAGMA user_version = 2;
PRAGMA foreign_keys = ON;

-- A role a resume can target, such as backend-developer. Exactly one role
-- is the default.
CREATE TABLE IF NOT EXISTS roles (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0,
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  description TEXT NOT NULL DEFAULT ''
);

-- Skill tiers, in the order a missing keyword is ranked. The weight is what
-- a found keyword of the tier adds to a group's coverage.
CREATE TABLE tiers (
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  rank    INTEGER NOT NULL UNIQUE,
  weight  REAL NOT NULL
);

INSERT INTO tiers (id, name, rank, weight) VALUES
  ('must-have',    'Must-have',    0, 1.0),
  ('nice-to-have', 'Nice-to-have', 1, 0.75),
  ('emerging',     'Emerging',     2, 0.5);

-- The canonical spelling of a keyword is its name, shared by every role.
-- match_case is 1 where a spelling is also an ordinary word ("Go", "Rust",
-- "React"), so only the exact capitalisation counts; joins_hyphen is 1 where
-- a hyphen glues the spelling into another word ("go-live", "Go-to") that
-- must not match.
CREATE TABLE keywords (
  name          TEXT PRIMARY KEY,
  match_case    INTEGER NOT NULL DEFAULT 0 CHECK (match_case IN (0, 1)),
  joins_hyphen  INTEGER NOT NULL DEFAULT 0 CHECK (joins_hyphen IN (0, 1))
);

-- Other spellings of a keyword, with their own case and hyphen rules.
CREATE TABLE aliases (
  alias         TEXT NOT NULL,
  keyword       TEXT NOT NULL REFERENCES keywords (name),
  match_case    INTEGER NOT NULL DEFAULT 0 CHECK (match_case IN (0, 1)),
  joins_hyphen  INTEGER NOT NULL DEFAULT 0 CHECK (joins_hyphen IN (0, 1)),
  PRIMARY KEY (alias, keyword)
);

-- What placement advice needs to know about a keyword:
--   framework         pairs with a language in a Skills section
--   database          a specific database or data store
--   cloud-provider    a cloud provider (AWS, GCP, Azure)
--   cloud-service     a specific service of a provider (S3, Lambda, GKE)
--   ownership         a senior signal that belongs in a bullet showing ownership
--   generic-database  a vague word for a database ("relational database")
--   generic-cloud     a vague word for the cloud
-- Generic keywords are matched for advice only: they belong to no group and
-- never count as a job description's keyword.
CREATE TABLE keyword_facets (
  keyword  TEXT NOT NULL REFERENCES keywords (name),
  facet    TEXT NOT NULL CHECK (facet IN ('framework', 'database', 'cloud-provider',
                                          'cloud-service', 'ownership',
                                          'generic-database', 'generic-cloud')),
  PRIMARY KEY (keyword, facet)
);

-- The keyword groups of a role, with where on a resume they count:
-- sections is a space-separated list of section ids ("skills experience");
-- needs_skills says the group must be named in a Skills section;
-- needs_context says a keyword counts fully only in a bullet or summary
-- sentence; target is how many found keywords make the group complete.
CREATE TABLE keyword_groups (
  role_id        TEXT NOT NULL REFERENCES roles (id),
  id             TEXT NOT NULL,
  name           TEXT NOT NULL,
  position       INTEGER NOT NULL,
  sections       TEXT NOT NULL,
  needs_skills   INTEGER NOT NULL DEFAULT 0 CHECK (needs_skills IN (0, 1)),
  needs_context  INTEGER NOT NULL DEFAULT 0 CHECK (needs_context IN (0, 1)),
  target         INTEGER NOT NULL CHECK (target > 0),
  advice         TEXT NOT NULL,
  rationale      TEXT NOT NULL,
  PRIMARY KEY (role_id, id)
);

-- Which group of a role a keyword belongs to, and its tier for that role.
CREATE TABLE group_keywords (
  role_id   TEXT NOT NULL,
  group_id  TEXT NOT NULL,
  keyword   TEXT NOT NULL REFERENCES keywords (name),
  tier      TEXT NOT NULL REFERENCES tiers (id),
  position  INTEGER NOT NULL,
  PRIMARY KEY (role_id, keyword),
  FOREIGN KEY (role_id, group_id) REFERENCES keyword_groups (role_id, id)
);

-- The skills a role is hired on, with their tier, how to show them and how
-- long they take to learn.
CREATE TABLE skills (
  role_id   TEXT NOT NULL REFERENCES roles (id),
  id        TEXT NOT NULL,
  name      TEXT NOT NULL,
  tier      TEXT NOT NULL REFERENCES tiers (id),
  kind      TEXT NOT NULL CHECK (kind IN ('technical', 'tool', 'methodology')),
  position  INTEGER NOT NULL,
  summary   TEXT NOT NULL,
  proof     TEXT NOT NULL,
  duration  TEXT NOT NULL,
  PRIMARY KEY (role_id, id)
);

-- Certifications and whether they are worth it for the role, and why.
CREATE TABLE certifications (
  role_id   TEXT NOT NULL REFERENCES roles (id),
  id        TEXT NOT NULL,
  name      TEXT NOT NULL,
  issuer    TEXT NOT NULL,
  cost      TEXT NOT NULL,
  effort    TEXT NOT NULL,
  verdict   TEXT NOT NULL CHECK (verdict IN ('worth-it', 'situational', 'overrated')),
  reason    TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (role_id, id)
);

CREATE INDEX group_keywords_by_group ON group_keywords (role_id, group_id, position);
CREATE INDEX aliases_by_keyword ON aliases (keyword);

-- The technology vocabulary (17-technology.sql): every technology, practice
-- and discipline term a job description is read against, one row per kind
-- of term, one term a line, so that loading it costs a few rows however
-- many terms there are. A line is tab-separated: the ids of the roles the
-- term applies to (space-separated, possibly none), then its canonical
-- spelling, then its aliases and inflected forms. A spelling is prefixed
-- with "!" when only its exact capitals count and with "^" when a hyphen
-- glues it into another word ("go-live"), as match_case and joins_hyphen
-- say in the keywords table; "=" marks a keyword of that table, whose
-- spelling and rules are already known. The kind says where a missing term
-- belongs on a resume (named technologies in the skills, practices and
-- disciplines in a bullet); "quality" marks words such as "reliability"
-- that describe software rather than name a skill, which a job
-- description's keywords leave out.
CREATE TABLE technologies (
  kind   TEXT PRIMARY KEY CHECK (kind IN ('language', 'framework', 'data-store',
                                          'cloud-service', 'tool', 'practice',
                                          'discipline', 'quality')),
  terms  TEXT NOT NULL
);
