-- Statements of the speed benchmark (scripts/benchmark.ts), run only in its own databases.

-- name: add_source
INSERT INTO sources (id, title, publisher, licence, note, is_sample)
VALUES ('benchmark-synthetic', 'Synthetic villages for the speed benchmark', 'Resiland Atlas', 'CC0-1.0',
        'Made by scripts/benchmark.ts in the benchmark databases only', true)
ON CONFLICT (id) DO NOTHING;

-- $1: jsonb array of [lon, lat, households]. Keeps the points inside an oblast, in that oblast; idempotent.
-- name: add_villages
INSERT INTO villages (code, name_ky, name_ru, name_en, oblast_code, population, households, geom, source_id, is_sample)
SELECT 'KG-BENCH-' || lpad(p.i::text, 5, '0'), 'Айыл ' || p.i, 'Село ' || p.i, 'Bench village ' || p.i,
       o.code, p.households * 4, p.households, p.geom, 'benchmark-synthetic', true
  FROM (
    SELECT e.i::int AS i,
           ST_SetSRID(ST_MakePoint((e.v ->> 0)::float8, (e.v ->> 1)::float8), 4326) AS geom,
           (e.v ->> 2)::int AS households
      FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e (v, i)
  ) p
  CROSS JOIN LATERAL (
    SELECT a.code FROM admin_units a
     WHERE a.level = 'oblast' AND ST_Intersects(a.geom, p.geom)
     ORDER BY a.code LIMIT 1
  ) o
ON CONFLICT (code) DO NOTHING;

-- name: count_villages
SELECT count(*)::int AS n FROM villages;

-- The XYZ tile at zoom $1 holding the most villages.
-- name: busiest_tile
SELECT x, y, count(*)::int AS features
  FROM (
    SELECT floor((ST_X(geom) + 180) / 360 * 2 ^ $1::int)::int AS x,
           floor((1 - ln(tan(radians(ST_Y(geom))) + 1 / cos(radians(ST_Y(geom)))) / pi()) / 2 * 2 ^ $1::int)::int AS y
      FROM villages
  ) t
 GROUP BY x, y
 ORDER BY features DESC, x, y
 LIMIT 1;

-- name: versions
SELECT split_part(version(), ' ', 2) AS postgres, postgis_lib_version() AS postgis;
