-- Hazard sites. Filters: $1 oblast code, $2 hazard type, $3 status (each NULL = any).

-- name: list
SELECT s.code, s.name_ky, s.name_ru, s.name_en,
       s.hazard_type, s.risk_level, s.status,
       s.oblast_code, s.rayon_code,
       r.name_ky AS rayon_name_ky, r.name_ru AS rayon_name_ru, r.name_en AS rayon_name_en,
       s.households_at_risk,
       s.farmland_at_risk_ha::float8 AS farmland_at_risk_ha,
       s.is_sample, s.source_id,
       ST_AsGeoJSON(s.geom, 6)::json AS geometry
  FROM hazard_sites s
  LEFT JOIN admin_units r ON r.code = s.rayon_code
 WHERE ($1::text IS NULL OR s.oblast_code = $1::text)
   AND ($2::text IS NULL OR s.hazard_type = $2::text)
   AND ($3::text IS NULL OR s.status = $3::text)
 ORDER BY s.code;

-- name: one
SELECT s.code, s.name_ky, s.name_ru, s.name_en,
       s.hazard_type, s.risk_level, s.status,
       s.oblast_code, s.rayon_code,
       r.name_ky AS rayon_name_ky, r.name_ru AS rayon_name_ru, r.name_en AS rayon_name_en,
       s.households_at_risk,
       s.farmland_at_risk_ha::float8 AS farmland_at_risk_ha,
       s.is_sample, s.source_id,
       ST_AsGeoJSON(s.geom, 6)::json AS geometry,
       ST_AsGeoJSON(s.zone, 6)::json AS zone
  FROM hazard_sites s
  LEFT JOIN admin_units r ON r.code = s.rayon_code
 WHERE s.code = $1;

-- Villages exposed to site $1: inside its hazard-zone polygon (its edge included), or within $2 metres
-- (geodesic) of its point; $2 = 0 means the zone only. One row per village (a village both in the zone and near
-- the point is one village); the totals are window sums over those rows, so households are never counted twice.
-- name: exposure
WITH site AS (
  SELECT geom, zone FROM hazard_sites WHERE code = $1
), exposed AS (
  SELECT v.code, v.name_ky, v.name_ru, v.name_en,
         v.households, v.participating_households, v.participants,
         ST_Distance(v.geom::geography, site.geom::geography) / 1000.0 AS distance_km,
         ST_Intersects(site.zone, v.geom) AS in_zone
    FROM villages v
   CROSS JOIN site
   WHERE is_exposed(site.zone, site.geom, v.geom, $2::float8)
), groups AS (
  SELECT g.village_code,
         count(*) AS groups,
         sum(g.members_total) AS members_total,
         sum(g.members_women) AS members_women,
         sum(g.members_youth) AS members_youth
    FROM producer_groups g
   WHERE g.village_code IN (SELECT code FROM exposed)
   GROUP BY g.village_code
), village_sales AS (
  SELECT g.village_code, sum(sa.revenue_kgs) AS revenue_kgs
    FROM sales sa
    JOIN products p ON p.code = sa.product_code
    JOIN producer_groups g ON g.code = p.group_code
   WHERE g.village_code IN (SELECT code FROM exposed)
   GROUP BY g.village_code
)
SELECT e.code, e.name_ky, e.name_ru, e.name_en,
       round(e.distance_km::numeric, 3)::float8 AS distance_km,
       e.in_zone,
       e.households, e.participating_households, e.participants,
       coalesce(gr.groups, 0)::int AS producer_groups,
       count(*) OVER ()::int AS total_villages,
       (sum(e.households) OVER ())::int AS total_households,
       (sum(e.participating_households) OVER ())::int AS total_participating_households,
       (sum(e.participants) OVER ())::int AS total_participants,
       (sum(coalesce(gr.groups, 0)) OVER ())::int AS total_producer_groups,
       (sum(coalesce(gr.members_total, 0)) OVER ())::int AS total_producers,
       (sum(coalesce(gr.members_women, 0)) OVER ())::int AS total_producers_women,
       (sum(coalesce(gr.members_youth, 0)) OVER ())::int AS total_producers_youth,
       (sum(coalesce(vs.revenue_kgs, 0)) OVER ())::float8 AS total_sales_kgs
  FROM exposed e
  LEFT JOIN groups gr ON gr.village_code = e.code
  LEFT JOIN village_sales vs ON vs.village_code = e.code
 ORDER BY e.distance_km, e.code;
