-- Users, sessions and API tokens (server/lib/auth/store.ts). Tokens arrive here only as their SHA-256 (hex);
-- every expiry is computed by the database's clock, so the server and the command line agree on it.

-- name: userByName
SELECT id::int AS id, name, role, password_hash, disabled
  FROM users
 WHERE name = $1;

-- name: listUsers
SELECT u.name, u.role, u.disabled, u.created_at,
       (SELECT max(s.created_at) FROM sessions s WHERE s.user_id = u.id) AS last_sign_in_at
  FROM users u
 ORDER BY u.name;

-- name: insertUser
INSERT INTO users (name, role, password_hash)
VALUES ($1, $2, $3)
ON CONFLICT (name) DO NOTHING
RETURNING id::int AS id, name, role, disabled, created_at;

-- The row as it was, locked until the transaction ends, so "the last admin" checks cannot race.
-- name: lockUser
SELECT id::int AS id, name, role, disabled, created_at
  FROM users
 WHERE name = $1
   FOR UPDATE;

-- Active admins other than $1, locked: demoting or disabling the last one would leave nobody to manage users.
-- name: otherActiveAdmins
SELECT count(*)::int AS n
  FROM (SELECT id FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1 FOR UPDATE) a;

-- name: updateUser
UPDATE users
   SET role = coalesce($2, role),
       disabled = coalesce($3, disabled),
       password_hash = coalesce($4, password_hash)
 WHERE id = $1
RETURNING id::int AS id, name, role, disabled, created_at;

-- name: insertSession
INSERT INTO sessions (token_hash, user_id, expires_at)
VALUES ($1, $2, now() + make_interval(hours => $3::int))
RETURNING id::int AS id, expires_at;

-- The session of a token, if it is still good: not revoked, not expired, its user not disabled.
-- name: sessionByHash
SELECT s.id::int AS credential_id, s.token_hash, s.expires_at, u.id::int AS user_id, u.name, u.role
  FROM sessions s
  JOIN users u ON u.id = s.user_id
 WHERE s.token_hash = $1
   AND s.revoked_at IS NULL
   AND s.expires_at > now()
   AND NOT u.disabled;

-- name: revokeSession
UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL;

-- After a password change or when a user is disabled: every sign-in made before ends.
-- name: revokeUserSessions
UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now();

-- Sessions long over are of no use even to the audit (which has its own rows): keep the table small.
-- name: purgeOldSessions
DELETE FROM sessions WHERE expires_at < now() - interval '30 days';

-- name: insertToken
INSERT INTO api_tokens (name, token_hash, user_id, expires_at)
VALUES ($1, $2, $3, now() + make_interval(days => $4::int))
RETURNING id::int AS id, name, created_at, expires_at;

-- name: tokenByHash
SELECT t.id::int AS credential_id, t.token_hash, t.expires_at, t.last_used_at, u.id::int AS user_id, u.name, u.role
  FROM api_tokens t
  JOIN users u ON u.id = t.user_id
 WHERE t.token_hash = $1
   AND t.revoked_at IS NULL
   AND t.expires_at > now()
   AND NOT u.disabled;

-- Written at most once a minute per token: a script calling in a loop should not turn every read into a write.
-- name: touchToken
UPDATE api_tokens
   SET last_used_at = now()
 WHERE id = $1
   AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute');

-- name: listTokens
SELECT t.id::int AS id, t.name, u.name AS user_name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
  FROM api_tokens t
  JOIN users u ON u.id = t.user_id
 WHERE ($1::text IS NULL OR u.name = $1)
 ORDER BY t.id;

-- Idempotent: revoking a revoked token keeps its first revocation time; newly_revoked says whether this call did it.
-- name: revokeToken
WITH before AS (SELECT id, revoked_at FROM api_tokens WHERE id = $1 FOR UPDATE)
UPDATE api_tokens t
   SET revoked_at = coalesce(t.revoked_at, now())
  FROM before b, users u
 WHERE t.id = b.id AND u.id = t.user_id
RETURNING t.id::int AS id, t.name, u.name AS user_name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
          b.revoked_at IS NULL AS newly_revoked;
