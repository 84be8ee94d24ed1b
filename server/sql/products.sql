-- OVOP+1 products, drawn at the village of the producer group that makes them. Filters: $1 oblast code,
-- $2 product category (each NULL = any).

-- name: list
SELECT p.code, p.name_ky, p.name_ru, p.name_en, p.category,
       g.code AS group_code, g.village_code,
       v.name_ky AS village_name_ky, v.name_ru AS village_name_ru, v.name_en AS village_name_en,
       v.oblast_code, v.rayon_code,
       p.is_sample, p.source_id,
       ST_AsGeoJSON(v.geom, 6)::json AS geometry
  FROM products p
  JOIN producer_groups g ON g.code = p.group_code
  JOIN villages v ON v.code = g.village_code
 WHERE ($1::text IS NULL OR v.oblast_code = $1::text)
   AND ($2::text IS NULL OR p.category = $2::text)
 ORDER BY p.code;
