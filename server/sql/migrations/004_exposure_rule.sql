-- The one definition of exposure (DESIGN.md: computed by PostGIS, never by hand): a village is exposed to a
-- hazard site when it lies in the site's hazard zone (its edge included) or within radius_m metres (geodesic) of
-- the site's point; radius 0 means the zone alone. Every query that links villages to sites calls this.
-- A plain SQL function: PostgreSQL inlines it, so the GiST indexes on geom and geom::geography still serve.
CREATE FUNCTION is_exposed(zone geometry, site_point geometry, village_point geometry, radius_m float8)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT ST_Intersects(zone, village_point)
      OR (radius_m > 0 AND ST_DWithin(village_point::geography, site_point::geography, radius_m))
$$;
