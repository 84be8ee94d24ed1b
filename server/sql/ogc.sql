-- OGC API – Features collections (server/lib/ogc/collections.ts is their registry).
-- Each statement is the SOURCE of one collection, never run alone: server/lib/ogc/query.ts wraps it as
-- `(…) AS f` and adds the bbox / datetime / property filters ($n parameters only), paging and counting.
-- Every source has the same leading columns:
--   id       text      the feature id (the natural code)
--   geom     geometry  SRID 4326, CRS84 axis order (lon, lat)
--   t_start  timestamptz  first instant of the feature's time (temporal collections only)
--   t_end    timestamptz  last instant, inclusive; NULL = still going (temporal collections only)
-- then the feature properties, flat (one value per column, so GIS tools show them as attribute columns), in
-- the order of the registry. numeric is cast to float8 and date to text: pg would hand back strings for numeric
-- and local-midnight Date objects for date.

-- name: hazard_sites
SELECT s.code AS id, s.geom,
       s.code, s.name_ky, s.name_ru, s.name_en,
       s.hazard_type, s.risk_level, s.status,
       s.oblast_code, s.rayon_code,
       r.name_ky AS rayon_name_ky, r.name_ru AS rayon_name_ru, r.name_en AS rayon_name_en,
       s.households_at_risk,
       s.farmland_at_risk_ha::float8 AS farmland_at_risk_ha,
       s.is_sample, s.source_id
  FROM hazard_sites s
  LEFT JOIN admin_units r ON r.code = s.rayon_code

-- name: hazard_zones
SELECT s.code AS id, s.zone AS geom,
       s.code, s.name_ky, s.name_ru, s.name_en,
       s.hazard_type, s.risk_level, s.status,
       s.oblast_code, s.rayon_code,
       round((ST_Area(s.zone::geography) / 10000.0)::numeric, 2)::float8 AS zone_area_ha,
       s.households_at_risk,
       s.farmland_at_risk_ha::float8 AS farmland_at_risk_ha,
       s.is_sample, s.source_id
  FROM hazard_sites s

-- name: villages
SELECT v.code AS id, v.geom,
       v.code, v.name_ky, v.name_ru, v.name_en,
       v.oblast_code, v.rayon_code, v.aiyl_aimak_code,
       v.population, v.households, v.participating_households, v.participants,
       v.is_sample, v.source_id
  FROM villages v

-- name: producer_groups
-- A producer group has no place of its own: it is drawn at its village's point.
SELECT g.code AS id, v.geom,
       g.code, g.name_ky, g.name_ru, g.name_en,
       g.product_category,
       g.members_total, g.members_women, g.members_youth,
       g.founded_year,
       g.village_code,
       v.name_ky AS village_name_ky, v.name_ru AS village_name_ru, v.name_en AS village_name_en,
       v.oblast_code, v.rayon_code,
       g.is_sample, g.source_id
  FROM producer_groups g
  JOIN villages v ON v.code = g.village_code

-- name: restoration
-- Time is the day range start_date … end_date (whole days, UTC). No end date = still going; an activity with
-- neither date has no time and never matches a datetime filter.
SELECT a.code AS id, a.geom,
       (coalesce(a.start_date, a.end_date)::timestamp AT TIME ZONE 'UTC') AS t_start,
       ((a.end_date + 1)::timestamp AT TIME ZONE 'UTC') - interval '1 microsecond' AS t_end,
       a.code, a.site_code, a.kind, a.name_ky, a.name_ru, a.name_en,
       a.hectares_planned::float8 AS hectares_planned,
       a.hectares_done::float8 AS hectares_done,
       a.green_wage_workdays,
       a.start_date::text AS start_date,
       a.end_date::text AS end_date,
       a.cost_kgs::float8 AS cost_kgs,
       a.is_sample, a.source_id
  FROM restoration_activities a

-- name: regions
-- Oblasts and the cities of republican status, as in regions.sql (Osh city is a point).
SELECT a.code AS id, coalesce(a.geom, a.label_point) AS geom,
       a.code, a.level,
       coalesce(a.iso_code, a.code) AS iso_code,
       a.soate,
       a.name_ky, a.name_ru, a.name_en,
       a.capital_en,
       a.is_sample, a.source_id
  FROM admin_units a
 WHERE a.level IN ('oblast', 'city')
   AND (a.valid_to IS NULL OR a.valid_to > current_date)

-- name: rayons
-- Rayons have no open polygons: each is its label point.
SELECT a.code AS id, coalesce(a.label_point, ST_PointOnSurface(a.geom)) AS geom,
       a.code, a.soate,
       a.name_ky, a.name_ru, a.name_en,
       a.parent_code AS oblast_code,
       p.name_ky AS oblast_name_ky, p.name_ru AS oblast_name_ru, p.name_en AS oblast_name_en,
       a.is_sample, a.source_id
  FROM admin_units a
  LEFT JOIN admin_units p ON p.code = a.parent_code
 WHERE a.level = 'rayon'
   AND (a.valid_to IS NULL OR a.valid_to > current_date)
