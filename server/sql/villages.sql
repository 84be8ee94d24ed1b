-- Villages. Filters: $1 oblast code; $2 hazard type and $3 status select villages exposed to at least one such
-- site (inside its zone, or within $4 metres of its point); each village is listed once however many sites.

-- name: list
SELECT v.code, v.name_ky, v.name_ru, v.name_en,
       v.oblast_code, v.rayon_code,
       v.population, v.households, v.participating_households, v.participants,
       v.is_sample, v.source_id,
       ST_AsGeoJSON(v.geom, 6)::json AS geometry
  FROM villages v
 WHERE ($1::text IS NULL OR v.oblast_code = $1::text)
   AND (($2::text IS NULL AND $3::text IS NULL) OR EXISTS (
         SELECT 1
           FROM hazard_sites s
          WHERE ($2::text IS NULL OR s.hazard_type = $2::text)
            AND ($3::text IS NULL OR s.status = $3::text)
            AND is_exposed(s.zone, s.geom, v.geom, $4::float8)))
 ORDER BY v.code;
