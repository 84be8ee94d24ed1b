-- The audit log (server/lib/audit.ts): rows are only ever added, and read newest first.

-- name: insert
INSERT INTO audit_log (actor, actor_role, action, dataset, record_key, file_name, file_sha256, counts, dry_run, details)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb)
RETURNING id::int AS id, at;

-- Newest first; $1 limit, $2 only entries older than this id (the previous page's last), $3 dataset, $4 action.
-- name: list
SELECT id::int AS id, at, actor, actor_role, action, dataset, record_key, file_name, file_sha256, counts, dry_run, details
  FROM audit_log
 WHERE ($2::bigint IS NULL OR id < $2)
   AND ($3::text IS NULL OR dataset = $3)
   AND ($4::text IS NULL OR action = $4)
 ORDER BY id DESC
 LIMIT $1;
