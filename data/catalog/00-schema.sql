-- The catalog's schema. Its version is PRAGMA user_version; later files add
-- data, and migrations of the user catalog live in vitae-catalog.c.
PRAGMA user_version = 1;

CREATE TABLE IF NOT EXISTS roles (
  id    TEXT PRIMARY KEY,
  name  TEXT NOT NULL
);
