-- Vector tiles (server/lib/tiles/layers.ts is the allowlist of layers; each has a `<layer>_mvt` and a
-- `<layer>_rows` statement here, with the same WHERE, ORDER BY and LIMIT).
-- Parameters of every tile statement: $1 z, $2 x, $3 y (validated before any query), $4 feature limit.
--
-- `<layer>_mvt`: the tile encoded by PostGIS (ST_AsMVT). One row, column `tile`: zero bytes when empty.
-- `<layer>_rows`: the same features as rows with a GeoJSON geometry in EPSG:4326, for databases whose PostGIS
--   was built without protobuf-c (the embedded PGlite one): the server encodes those rows itself.
--
-- The filter `geom && <tile envelope grown by the 64-pixel buffer, in 4326>` uses the GiST index on geom; the
-- margin 64/4096 = 0.015625 matches the buffer of ST_AsMVTGeom, so a feature that the buffer keeps is fetched.
-- The ORDER BY decides which features survive the feature limit (largest first) and makes it deterministic,
-- so both encoders keep the same ones.
-- Properties are flat and typed for MVT: numeric → float8 (ST_AsMVT would write numeric as text).

-- Capability probe, run once at start-up: raises "Compiled without protobuf-c support" where there is no MVT.
-- name: probe_mvt
SELECT ST_AsMVT(q, 'probe', 4096, 'geom') AS tile
  FROM (SELECT ST_AsMVTGeom(ST_Point(0, 0, 3857), ST_TileEnvelope(0, 0, 0), 4096, 64, true) AS geom) q;

-- name: villages_mvt
SELECT ST_AsMVT(t, 'villages', 4096, 'geom') AS tile
  FROM (
    SELECT v.code, v.name_ky, v.name_ru, v.name_en,
           v.households, v.participating_households, v.participants,
           v.oblast_code, v.is_sample,
           ST_AsMVTGeom(ST_Transform(v.geom, 3857), ST_TileEnvelope($1::int, $2::int, $3::int), 4096, 64, true) AS geom
      FROM villages v
     WHERE v.geom && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
     ORDER BY v.households DESC, v.code
     LIMIT $4::int
  ) t;

-- name: villages_rows
SELECT v.code, v.name_ky, v.name_ru, v.name_en,
       v.households, v.participating_households, v.participants,
       v.oblast_code, v.is_sample,
       ST_AsGeoJSON(v.geom)::json AS geometry
  FROM villages v
 WHERE v.geom && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
 ORDER BY v.households DESC, v.code
 LIMIT $4::int;

-- name: hazard_zones_mvt
SELECT ST_AsMVT(t, 'hazard_zones', 4096, 'geom') AS tile
  FROM (
    SELECT s.code, s.name_ky, s.name_ru, s.name_en,
           s.hazard_type, s.status, s.risk_level, s.households_at_risk, s.is_sample,
           ST_AsMVTGeom(ST_Transform(s.zone, 3857), ST_TileEnvelope($1::int, $2::int, $3::int), 4096, 64, true) AS geom
      FROM hazard_sites s
     WHERE s.zone && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
     ORDER BY s.code
     LIMIT $4::int
  ) t;

-- name: hazard_zones_rows
SELECT s.code, s.name_ky, s.name_ru, s.name_en,
       s.hazard_type, s.status, s.risk_level, s.households_at_risk, s.is_sample,
       ST_AsGeoJSON(s.zone)::json AS geometry
  FROM hazard_sites s
 WHERE s.zone && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
 ORDER BY s.code
 LIMIT $4::int;

-- percent_done is NULL (so absent from the tile) when nothing was planned.
-- name: restoration_mvt
SELECT ST_AsMVT(t, 'restoration', 4096, 'geom') AS tile
  FROM (
    SELECT r.code, r.site_code, r.kind, r.name_ky, r.name_ru, r.name_en,
           r.hectares_planned::float8 AS hectares_planned,
           r.hectares_done::float8 AS hectares_done,
           round(100 * r.hectares_done / nullif(r.hectares_planned, 0), 1)::float8 AS percent_done,
           r.is_sample,
           ST_AsMVTGeom(ST_Transform(r.geom, 3857), ST_TileEnvelope($1::int, $2::int, $3::int), 4096, 64, true) AS geom
      FROM restoration_activities r
     WHERE r.geom && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
     ORDER BY r.code
     LIMIT $4::int
  ) t;

-- name: restoration_rows
SELECT r.code, r.site_code, r.kind, r.name_ky, r.name_ru, r.name_en,
       r.hectares_planned::float8 AS hectares_planned,
       r.hectares_done::float8 AS hectares_done,
       round(100 * r.hectares_done / nullif(r.hectares_planned, 0), 1)::float8 AS percent_done,
       r.is_sample,
       ST_AsGeoJSON(r.geom)::json AS geometry
  FROM restoration_activities r
 WHERE r.geom && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
 ORDER BY r.code
 LIMIT $4::int;

-- Producer groups have no geometry of their own: they are drawn at their village.
-- name: producer_groups_mvt
SELECT ST_AsMVT(t, 'producer_groups', 4096, 'geom') AS tile
  FROM (
    SELECT g.code, g.name_ky, g.name_ru, g.name_en, g.village_code, g.product_category,
           g.members_total, g.members_women, g.members_youth, g.is_sample,
           ST_AsMVTGeom(ST_Transform(v.geom, 3857), ST_TileEnvelope($1::int, $2::int, $3::int), 4096, 64, true) AS geom
      FROM producer_groups g
      JOIN villages v ON v.code = g.village_code
     WHERE v.geom && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
     ORDER BY g.members_total DESC, g.code
     LIMIT $4::int
  ) t;

-- name: producer_groups_rows
SELECT g.code, g.name_ky, g.name_ru, g.name_en, g.village_code, g.product_category,
       g.members_total, g.members_women, g.members_youth, g.is_sample,
       ST_AsGeoJSON(v.geom)::json AS geometry
  FROM producer_groups g
  JOIN villages v ON v.code = g.village_code
 WHERE v.geom && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => 0.015625), 4326)
 ORDER BY g.members_total DESC, g.code
 LIMIT $4::int;

-- For TileJSON: each layer's extent (EPSG:4326), whether any row is sample data, and its sources as
-- "title (licence)". A layer with no rows has no row here.
-- name: metadata
WITH features AS (
  SELECT 'villages' AS layer, v.geom, v.source_id, v.is_sample FROM villages v
  UNION ALL
  SELECT 'hazard_zones', s.zone, s.source_id, s.is_sample FROM hazard_sites s
  UNION ALL
  SELECT 'restoration', r.geom, r.source_id, r.is_sample FROM restoration_activities r
  UNION ALL
  SELECT 'producer_groups', v.geom, g.source_id, g.is_sample
    FROM producer_groups g JOIN villages v ON v.code = g.village_code
), extents AS (
  SELECT layer, ST_Extent(geom) AS box, bool_or(is_sample) AS has_sample FROM features GROUP BY layer
), layer_sources AS (
  SELECT DISTINCT f.layer, src.title, src.licence
    FROM features f JOIN sources src ON src.id = f.source_id
)
SELECT e.layer,
       ST_XMin(e.box)::float8 AS xmin, ST_YMin(e.box)::float8 AS ymin,
       ST_XMax(e.box)::float8 AS xmax, ST_YMax(e.box)::float8 AS ymax,
       e.has_sample,
       coalesce((SELECT array_agg(ls.title || ' (' || ls.licence || ')' ORDER BY ls.title)
                   FROM layer_sources ls WHERE ls.layer = e.layer), '{}') AS sources
  FROM extents e
 ORDER BY e.layer;
