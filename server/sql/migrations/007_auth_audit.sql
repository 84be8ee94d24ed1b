-- Users, sign-in sessions, API tokens and the audit log (issue 6, items 7 and 8).
-- Secrets are never stored: a session or API token is kept as the SHA-256 of the random token handed out
-- (server/lib/auth/tokens.ts), a password as an Argon2id hash (server/lib/auth/password.ts).

CREATE TABLE users (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Sign-in names are kept in lower case, so "Aida" and "aida" are one user (server/lib/auth/roles.ts).
  name           text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
  -- viewer: reads (what anyone may do without signing in); editor: imports and edits; admin: also users and tokens.
  role           text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  -- A PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash): the parameters travel with the hash, so they can be raised later.
  password_hash  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- A disabled user can neither sign in nor use a session or token made before; their audit rows stay.
  disabled       boolean NOT NULL DEFAULT false
);

CREATE TABLE sessions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash   text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- What the token is for, e.g. "nightly sales import"; shown in lists, never the token itself.
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash    text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Every import, edit, sign-in and user or token change. Rows are only ever added. The actor is kept as text (the
-- user's name, or "cli:<account>" for the command line), not a reference, so the record outlives the user.
CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor        text NOT NULL,
  actor_role   text CHECK (actor_role IN ('viewer', 'editor', 'admin')),
  action       text NOT NULL CHECK (action IN ('import', 'edit', 'user', 'token', 'login', 'logout')),
  dataset      text,
  -- The natural key of the one record an edit changed, e.g. "KG-J-S01" or "P-001/fair/2024-03".
  record_key   text,
  file_name    text,
  file_sha256  text CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  -- {inserted, updated, unchanged, rejected} (an import may add deleted and rows).
  counts       jsonb,
  dry_run      boolean NOT NULL DEFAULT false,
  -- What else says what happened: before/after of an edit, the role given, a failed sign-in's reason, …
  details      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_dataset_idx ON audit_log (dataset, id);
CREATE INDEX audit_log_action_idx ON audit_log (action, id);
