-- First-level units: oblasts and the two cities of republican status. Osh city has no polygon of its own
-- (Natural Earth folds it into Osh oblast), so its geometry is its label point.

-- name: list
SELECT a.code,
       a.level,
       coalesce(a.iso_code, a.code) AS iso_code,
       a.soate,
       a.name_ky, a.name_ru, a.name_en,
       a.source_id,
       ST_AsGeoJSON(coalesce(a.geom, a.label_point), 6)::json AS geometry
  FROM admin_units a
 WHERE a.level IN ('oblast', 'city')
   AND (a.valid_to IS NULL OR a.valid_to > current_date)
   AND coalesce(a.geom, a.label_point) IS NOT NULL
 ORDER BY a.level DESC, a.code;

-- name: codes
SELECT a.code
  FROM admin_units a
 WHERE a.level IN ('oblast', 'city')
   AND (a.valid_to IS NULL OR a.valid_to > current_date)
 ORDER BY a.code;
