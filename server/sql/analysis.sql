-- Exposure analysis: what lies in a site's exposure (GET /api/sites/:id) or in a drawn area
-- (POST /api/analysis/area). Everything is computed here, by PostGIS; the server only reshapes the rows.
-- Each statement answers one row; lists come as json arrays built with the API's property names.

-- Livelihoods of the villages $1 (text[] of village codes): their producer groups and members, the groups'
-- products, and those products' sales by year and by channel. Each group, product and sale row is counted once
-- however the villages were found. sourceIds / isSample cover the villages themselves too.
-- name: village_facets
WITH v AS (
  SELECT code, source_id, is_sample FROM villages WHERE code = ANY($1::text[])
), g AS (
  SELECT pg.* FROM producer_groups pg WHERE pg.village_code IN (SELECT code FROM v)
), p AS (
  SELECT pr.*, g.village_code FROM products pr JOIN g ON g.code = pr.group_code
), s AS (
  SELECT sa.* FROM sales sa WHERE sa.product_code IN (SELECT code FROM p)
)
SELECT (SELECT count(*) FROM g)::int AS producer_groups,
       (SELECT coalesce(sum(members_total), 0) FROM g)::int AS producers_total,
       (SELECT coalesce(sum(members_women), 0) FROM g)::int AS producers_women,
       (SELECT coalesce(sum(members_youth), 0) FROM g)::int AS producers_youth,
       (SELECT coalesce(sum(revenue_kgs), 0) FROM s)::float8 AS sales_kgs,
       coalesce((SELECT json_agg(json_build_object(
                          'code', p.code,
                          'name', json_build_object('ky', p.name_ky, 'ru', p.name_ru, 'en', p.name_en),
                          'category', p.category,
                          'villageCode', p.village_code) ORDER BY p.code)
                   FROM p), '[]'::json) AS products,
       coalesce((SELECT json_agg(json_build_object('year', t.year, 'salesKgs', t.sales_kgs) ORDER BY t.year)
                   FROM (SELECT extract(year FROM month)::int AS year, sum(revenue_kgs) AS sales_kgs
                           FROM s GROUP BY 1) t), '[]'::json) AS sales_by_year,
       coalesce((SELECT json_agg(json_build_object('channel', t.channel, 'salesKgs', t.sales_kgs) ORDER BY t.channel)
                   FROM (SELECT channel, sum(revenue_kgs) AS sales_kgs FROM s GROUP BY 1) t), '[]'::json)
         AS sales_by_channel,
       array(SELECT source_id FROM v UNION SELECT source_id FROM g UNION SELECT source_id FROM p
             UNION SELECT source_id FROM s ORDER BY 1) AS source_ids,
       coalesce((SELECT bool_or(is_sample) FROM v), false)
         OR coalesce((SELECT bool_or(is_sample) FROM g), false)
         OR coalesce((SELECT bool_or(is_sample) FROM p), false)
         OR coalesce((SELECT bool_or(is_sample) FROM s), false) AS is_sample;

-- The restoration plots of site $1, whole (they belong to the site whatever the radius).
-- name: site_restoration
SELECT coalesce(sum(hectares_planned), 0)::float8 AS planned_ha,
       coalesce(sum(hectares_done), 0)::float8 AS done_ha,
       count(*)::int AS plots,
       array(SELECT DISTINCT source_id FROM restoration_activities WHERE site_code = $1 ORDER BY 1) AS source_ids,
       coalesce(bool_or(is_sample), false) AS is_sample
  FROM restoration_activities
 WHERE site_code = $1;

-- Cheap checks on a drawn area before the analysis: $1 GeoJSON geometry (text), $2 buffer in metres,
-- $3 the largest area allowed, km². ST_IsValidDetail is ST_IsValidReason with the place as a point, so the
-- message can say where the outline crosses itself. The buffer is only computed for an area within the limit.
-- name: check_area
WITH drawn AS (
  SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS geom
)
SELECT d.valid,
       d.reason,
       ST_X(d.location)::float8 AS x,
       ST_Y(d.location)::float8 AS y,
       CASE WHEN d.valid THEN ST_Area(drawn.geom::geography) / 1e6 END::float8 AS drawn_km2,
       CASE WHEN d.valid AND $2::float8 > 0 AND ST_Area(drawn.geom::geography) / 1e6 <= $3::float8
            THEN ST_Area(ST_Buffer(drawn.geom::geography, $2::float8)) / 1e6 END::float8 AS buffered_km2
  FROM drawn
 CROSS JOIN LATERAL ST_IsValidDetail(drawn.geom) AS d;

-- What lies in a drawn area $1 (GeoJSON Polygon/MultiPolygon, text), buffered by $2 metres (geodesic; 0 = as
-- drawn). A village or site point on the area's edge counts as inside (ST_Intersects). Sites count when their
-- hazard zone intersects the area. Restoration plots count pro rata: a plot's hectares (planned and done) times
-- the share of its geodesic area inside the area, so a plot half inside adds half its hectares (a plot that
-- only touches the area's edge is left out).
-- name: area
WITH drawn AS (
  SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS geom
), area AS (
  SELECT CASE WHEN $2::float8 > 0 THEN ST_Multi(ST_Buffer(geom::geography, $2::float8)::geometry)
              ELSE ST_Multi(geom) END AS geom
    FROM drawn
), inside AS (
  SELECT v.* FROM villages v JOIN area ON ST_Intersects(area.geom, v.geom)
), village_groups AS (
  SELECT village_code, count(*) AS n
    FROM producer_groups
   WHERE village_code IN (SELECT code FROM inside)
   GROUP BY village_code
), sites AS (
  SELECT s.*, ST_Intersects(area.geom, s.geom) AS point_inside
    FROM hazard_sites s JOIN area ON ST_Intersects(area.geom, s.zone)
), plots AS (
  SELECT r.hectares_planned, r.hectares_done, r.source_id, r.is_sample,
         least(1.0, ST_Area(ST_Intersection(r.geom, area.geom)::geography)
                    / nullif(ST_Area(r.geom::geography), 0))::numeric AS share
    FROM restoration_activities r
    JOIN area ON ST_Intersects(area.geom, r.geom) AND NOT ST_Touches(area.geom, r.geom)
)
SELECT round((SELECT ST_Area(geom::geography) / 1e6 FROM area)::numeric, 3)::float8 AS area_km2,
       round((SELECT ST_Area(geom::geography) / 1e6 FROM drawn)::numeric, 3)::float8 AS drawn_area_km2,
       coalesce((SELECT json_agg(json_build_object(
                          'code', i.code,
                          'name', json_build_object('ky', i.name_ky, 'ru', i.name_ru, 'en', i.name_en),
                          'oblastCode', i.oblast_code,
                          'rayonCode', i.rayon_code,
                          'households', i.households,
                          'participatingHouseholds', i.participating_households,
                          'participants', i.participants,
                          'producerGroups', coalesce(vg.n, 0)) ORDER BY i.code)
                   FROM inside i LEFT JOIN village_groups vg ON vg.village_code = i.code), '[]'::json) AS villages,
       (SELECT count(*) FROM inside)::int AS total_villages,
       (SELECT coalesce(sum(households), 0) FROM inside)::int AS total_households,
       (SELECT coalesce(sum(participating_households), 0) FROM inside)::int AS total_participating_households,
       (SELECT coalesce(sum(participants), 0) FROM inside)::int AS total_participants,
       coalesce((SELECT json_agg(json_build_object(
                          'code', s.code,
                          'name', json_build_object('ky', s.name_ky, 'ru', s.name_ru, 'en', s.name_en),
                          'hazardType', s.hazard_type,
                          'riskLevel', s.risk_level,
                          'status', s.status,
                          'oblastCode', s.oblast_code,
                          'pointInside', s.point_inside) ORDER BY s.code)
                   FROM sites s), '[]'::json) AS sites,
       (SELECT round(coalesce(sum(hectares_planned * share), 0), 2) FROM plots)::float8 AS restoration_planned_ha,
       (SELECT round(coalesce(sum(hectares_done * share), 0), 2) FROM plots)::float8 AS restoration_done_ha,
       (SELECT count(*) FROM plots)::int AS restoration_plots,
       array(SELECT source_id FROM inside UNION SELECT source_id FROM sites UNION SELECT source_id FROM plots
             ORDER BY 1) AS source_ids,
       coalesce((SELECT bool_or(is_sample) FROM inside), false)
         OR coalesce((SELECT bool_or(is_sample) FROM sites), false)
         OR coalesce((SELECT bool_or(is_sample) FROM plots), false) AS is_sample;
