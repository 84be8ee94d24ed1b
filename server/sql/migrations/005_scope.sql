-- The one definition of the scope of the key figures and chart summaries (GET /api/summary and /api/summary/...):
-- which villages and which hazard sites a set of filters keeps. Every summary statement calls these, so a region,
-- rayon, site, village or drawn area means the same thing in each figure beside the map.
--   region, rayon: the oblast/city and rayon the village or site lies in;
--   site, hazard, status: those sites, and the villages exposed to at least one of them (is_exposed: in the
--     hazard zone or within radius_m metres of the site point);
--   village: that village, and the sites it is exposed to;
--   area: GeoJSON text of a Polygon/MultiPolygon (lon/lat): the villages whose point lies in it, its edge included,
--     and the sites whose hazard zone intersects it, as POST /api/analysis/area counts them (ST_Intersects).
-- Each argument (p_ prefixed: a bare "status" would mean the column) NULL = not filtered; the filters combine with AND. Plain SQL functions of one SELECT: PostgreSQL
-- inlines them into the calling query, so the GiST indexes still serve and the planner sees the real rows.
-- Tables are found through the search_path at call time, as for any query of the application.

CREATE FUNCTION scope_villages(p_region text, p_rayon text, p_site text, p_village text, p_area text,
                               p_hazard text, p_status text, p_radius_m float8)
RETURNS SETOF villages
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT v.*
    FROM villages v
   WHERE (p_region IS NULL OR v.oblast_code = p_region)
     AND (p_rayon IS NULL OR v.rayon_code = p_rayon)
     AND (p_village IS NULL OR v.code = p_village)
     AND (p_area IS NULL OR ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(p_area), 4326), v.geom))
     AND ((p_site IS NULL AND p_hazard IS NULL AND p_status IS NULL) OR EXISTS (
           SELECT 1
             FROM hazard_sites s
            WHERE (p_site IS NULL OR s.code = p_site)
              AND (p_hazard IS NULL OR s.hazard_type = p_hazard)
              AND (p_status IS NULL OR s.status = p_status)
              AND is_exposed(s.zone, s.geom, v.geom, p_radius_m)))
$$;

CREATE FUNCTION scope_sites(p_region text, p_rayon text, p_site text, p_village text, p_area text,
                            p_hazard text, p_status text, p_radius_m float8)
RETURNS SETOF hazard_sites
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT s.*
    FROM hazard_sites s
   WHERE (p_region IS NULL OR s.oblast_code = p_region)
     AND (p_rayon IS NULL OR s.rayon_code = p_rayon)
     AND (p_site IS NULL OR s.code = p_site)
     AND (p_hazard IS NULL OR s.hazard_type = p_hazard)
     AND (p_status IS NULL OR s.status = p_status)
     AND (p_area IS NULL OR ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(p_area), 4326), s.zone))
     AND (p_village IS NULL OR EXISTS (
           SELECT 1 FROM villages v WHERE v.code = p_village AND is_exposed(s.zone, s.geom, v.geom, p_radius_m)))
$$;
