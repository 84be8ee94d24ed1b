-- The results framework (GET /api/results): one row per series of indicator_values, a series being an indicator,
-- a region (NULL = national), a sex and an age group. Each row carries the first year on record (its baseline),
-- the latest year with an actual (that year's baseline, target and actual) and the last year on record (the end
-- target). $1 oblast code (NULL = every region and the national rows), $2 indicator code (NULL = all).
-- name: series
WITH series AS (
  SELECT iv.indicator_code, iv.region_code, iv.sex, iv.age_group,
         min(iv.year) AS first_year,
         max(iv.year) AS end_year,
         max(iv.year) FILTER (WHERE iv.actual IS NOT NULL) AS latest_year,
         array_agg(DISTINCT iv.source_id) AS source_ids,
         bool_or(iv.is_sample) AS is_sample
    FROM indicator_values iv
   WHERE ($1::text IS NULL OR iv.region_code = $1::text)
     AND ($2::text IS NULL OR iv.indicator_code = $2::text)
   GROUP BY iv.indicator_code, iv.region_code, iv.sex, iv.age_group
)
SELECT s.indicator_code, i.name_ky, i.name_ru, i.name_en, i.unit, i.higher_is_better,
       s.region_code, a.name_ky AS region_name_ky, a.name_ru AS region_name_ru, a.name_en AS region_name_en,
       s.sex, s.age_group,
       s.first_year, b.baseline::float8 AS baseline,
       s.end_year, e.target::float8 AS end_target,
       s.latest_year, l.baseline::float8 AS latest_baseline, l.target::float8 AS latest_target,
       l.actual::float8 AS latest_actual,
       s.source_ids, s.is_sample
  FROM series s
  JOIN indicators i ON i.code = s.indicator_code
  LEFT JOIN admin_units a ON a.code = s.region_code
  JOIN indicator_values b
    ON b.indicator_code = s.indicator_code AND b.region_code IS NOT DISTINCT FROM s.region_code
   AND b.sex = s.sex AND b.age_group = s.age_group AND b.year = s.first_year
  JOIN indicator_values e
    ON e.indicator_code = s.indicator_code AND e.region_code IS NOT DISTINCT FROM s.region_code
   AND e.sex = s.sex AND e.age_group = s.age_group AND e.year = s.end_year
  LEFT JOIN indicator_values l
    ON l.indicator_code = s.indicator_code AND l.region_code IS NOT DISTINCT FROM s.region_code
   AND l.sex = s.sex AND l.age_group = s.age_group AND l.year = s.latest_year
 ORDER BY s.indicator_code, s.region_code NULLS FIRST, s.sex, s.age_group;

-- Codes of the indicators, for the 400 that lists them when an indicator filter names none.
-- name: indicatorCodes
SELECT code FROM indicators ORDER BY code;
