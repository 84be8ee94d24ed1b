-- Which content the seed last loaded, so a restart with unchanged data files skips the seed in milliseconds.
CREATE TABLE seed_state (
  name          text PRIMARY KEY,
  content_hash  text NOT NULL,
  loaded_at     timestamptz NOT NULL DEFAULT now()
);
