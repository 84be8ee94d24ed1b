-- The chart summaries (/api/summary/...). Every statement starts with the same place filters, $1..$8: region,
-- rayon, site, village, area (GeoJSON text), hazard, status and the exposure radius in metres, the arguments of
-- scope_villages()/scope_sites() (migration 005), the one definition of the villages and sites in scope that
-- GET /api/summary shares. Then, where the statement needs them: category, channel, and the period as its first
-- day and the first day AFTER it (each NULL = open). Producer groups, their sales and trainings follow their
-- village; restoration follows its site.

-- Sales ($9 product category, $10 channel, period $11, $12) grouped by $13: year | month | channel | region (the
-- village's oblast) | category | site | year_channel | month_channel (one row per period and channel).
-- by=site puts a village's sales under every site in scope it is exposed to (so a village near two sites counts
-- under both, and villages near no site are left out); the last row (is_total) counts every sale once.
-- Each month's revenue is converted at the latest KGS per US$ rate on or before its first day, or the earliest
-- rate for months older than every rate (as /api/summary does).
-- name: sales
WITH v AS (
  SELECT v.code, v.oblast_code, v.geom FROM scope_villages($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) v
), sales_in AS (
  SELECT sa.month, sa.channel, sa.revenue_kgs, sa.source_id, sa.is_sample,
         p.category, v.code AS village_code, v.oblast_code
    FROM sales sa
    JOIN products p ON p.code = sa.product_code
    JOIN producer_groups g ON g.code = p.group_code
    JOIN v ON v.code = g.village_code
   WHERE ($9::text IS NULL OR p.category = $9::text)
     AND ($10::text IS NULL OR sa.channel = $10::text)
     AND ($11::date IS NULL OR sa.month >= $11::date)
     AND ($12::date IS NULL OR sa.month < $12::date)
), rates AS (
  SELECT m.month, r.kgs_per_usd, r.source_id, r.is_sample
    FROM (SELECT DISTINCT month FROM sales_in) m
    LEFT JOIN LATERAL (
      SELECT f.kgs_per_usd, f.source_id, f.is_sample
        FROM fx_rates f
       ORDER BY (f.rate_date <= m.month) DESC,
                CASE WHEN f.rate_date <= m.month THEN f.rate_date END DESC,
                f.rate_date ASC
       LIMIT 1
    ) r ON true
), priced AS (
  SELECT si.*, si.revenue_kgs / r.kgs_per_usd AS usd,
         r.source_id AS fx_source_id, coalesce(r.is_sample, false) AS fx_is_sample
    FROM sales_in si
    JOIN rates r ON r.month = si.month
), exposure AS (
  -- Only for by=site: which sites in scope each village in scope is exposed to.
  SELECT s.code AS site_code, v.code AS village_code
    FROM v
    JOIN scope_sites($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) s
      ON is_exposed(s.zone, s.geom, v.geom, $8::float8)
   WHERE $13::text = 'site'
), keyed AS (
  SELECT CASE $13::text
           WHEN 'year' THEN to_char(p.month, 'YYYY')
           WHEN 'month' THEN to_char(p.month, 'YYYY-MM')
           WHEN 'channel' THEN p.channel
           WHEN 'region' THEN p.oblast_code
           WHEN 'category' THEN p.category
           WHEN 'year_channel' THEN to_char(p.month, 'YYYY')
           WHEN 'month_channel' THEN to_char(p.month, 'YYYY-MM')
         END AS key,
         CASE WHEN $13::text IN ('channel', 'year_channel', 'month_channel') THEN p.channel END AS row_channel,
         p.*
    FROM priced p
   WHERE $13::text <> 'site'
  UNION ALL
  SELECT e.site_code AS key, NULL AS row_channel, p.*
    FROM priced p
    JOIN exposure e ON e.village_code = p.village_code
), grouped AS (
  SELECT false AS is_total, key, row_channel,
         sum(revenue_kgs) AS sales_kgs, sum(usd) AS sales_usd,
         array_agg(DISTINCT source_id) AS source_ids,
         array_agg(DISTINCT fx_source_id) FILTER (WHERE fx_source_id IS NOT NULL) AS fx_source_ids,
         bool_or(is_sample OR fx_is_sample) AS is_sample
    FROM keyed
   GROUP BY key, row_channel
  UNION ALL
  SELECT true, NULL, NULL,
         coalesce(sum(revenue_kgs), 0), sum(usd),
         array_agg(DISTINCT source_id) FILTER (WHERE source_id IS NOT NULL),
         array_agg(DISTINCT fx_source_id) FILTER (WHERE fx_source_id IS NOT NULL),
         coalesce(bool_or(is_sample OR fx_is_sample), false)
    FROM priced
)
SELECT gr.is_total, gr.key, gr.row_channel AS channel,
       gr.sales_kgs::float8 AS sales_kgs,
       round(gr.sales_usd, 2)::float8 AS sales_usd,
       coalesce(gr.source_ids, '{}') AS source_ids,
       coalesce(gr.fx_source_ids, '{}') AS fx_source_ids,
       gr.is_sample,
       coalesce(a.name_ky, hs.name_ky) AS name_ky,
       coalesce(a.name_ru, hs.name_ru) AS name_ru,
       coalesce(a.name_en, hs.name_en) AS name_en
  FROM grouped gr
  LEFT JOIN admin_units a ON $13::text = 'region' AND a.code = gr.key
  LEFT JOIN hazard_sites hs ON $13::text = 'site' AND hs.code = gr.key
 ORDER BY gr.is_total, gr.key, gr.row_channel;

-- Members of the producer groups of the villages in scope ($9 product category). Current membership: the period
-- does not apply.
-- name: producers
SELECT count(g.code)::int AS groups,
       coalesce(sum(g.members_total), 0)::int AS total,
       coalesce(sum(g.members_women), 0)::int AS women,
       coalesce(sum(g.members_youth), 0)::int AS youth,
       coalesce(array_agg(DISTINCT g.source_id) FILTER (WHERE g.source_id IS NOT NULL), '{}') AS source_ids,
       coalesce(bool_or(g.is_sample), false) AS is_sample
  FROM producer_groups g
  JOIN scope_villages($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) v ON v.code = g.village_code
 WHERE $9::text IS NULL OR g.product_category = $9::text;

-- Training participants by topic, for trainings held in the villages in scope during the period ($9, $10).
-- name: trainings
SELECT t.topic,
       count(*)::int AS sessions,
       sum(t.participants)::int AS participants,
       sum(t.women)::int AS women,
       sum(t.youth)::int AS youth,
       array_agg(DISTINCT t.source_id) AS source_ids,
       bool_or(t.is_sample) AS is_sample
  FROM trainings t
  JOIN scope_villages($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) v ON v.code = t.village_code
 WHERE ($9::date IS NULL OR t.held_on >= $9::date)
   AND ($10::date IS NULL OR t.held_on < $10::date)
 GROUP BY t.topic
 ORDER BY t.topic;

-- Restoration of the sites in scope; period $9, $10.
-- Rows: hectares planned and done to date, by the year the activities are due to end; activities without an end date form the row with year NULL, kept only when no
-- period is given. The last row (is_total) is every activity of those sites whatever its dates: the target.
-- name: restoration
WITH ra AS (
  SELECT r.*
    FROM restoration_activities r
    JOIN scope_sites($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) s ON s.code = r.site_code
)
SELECT false AS is_total,
       extract(year FROM end_date)::int AS year,
       count(*)::int AS activities,
       sum(hectares_planned)::float8 AS planned_ha,
       sum(hectares_done)::float8 AS done_ha,
       array_agg(DISTINCT source_id) AS source_ids,
       bool_or(is_sample) AS is_sample
  FROM ra
 WHERE (($9::date IS NULL AND $10::date IS NULL) OR end_date IS NOT NULL)
   AND ($9::date IS NULL OR end_date >= $9::date)
   AND ($10::date IS NULL OR end_date < $10::date)
 GROUP BY extract(year FROM end_date)
UNION ALL
SELECT true, NULL,
       count(*)::int,
       coalesce(sum(hectares_planned), 0)::float8,
       coalesce(sum(hectares_done), 0)::float8,
       coalesce(array_agg(DISTINCT source_id) FILTER (WHERE source_id IS NOT NULL), '{}'),
       coalesce(bool_or(is_sample), false)
  FROM ra
 ORDER BY 1, 2 NULLS LAST;

-- Indicator values with the target of the last year on record for the same indicator, region, sex and age
-- group (end_target), computed before the period filter so it is the same whatever the period.
-- Indicators are reported per oblast (or nationally, region NULL). Scope: $1 keeps that oblast's rows; any other
-- place filter ($2..$7) keeps the oblasts of the villages and sites in scope; no place filter keeps the national
-- rows too. Period $9, $10 keeps the years it touches.
-- name: indicators
WITH series AS (
  SELECT iv.*,
         last_value(iv.target) OVER w AS end_target,
         last_value(iv.year) OVER w AS end_year
    FROM indicator_values iv
  WINDOW w AS (PARTITION BY iv.indicator_code, coalesce(iv.region_code, ''), iv.sex, iv.age_group
               ORDER BY iv.year ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT i.code, i.name_ky, i.name_ru, i.name_en, i.unit, i.higher_is_better,
       sr.region_code, a.name_ky AS region_name_ky, a.name_ru AS region_name_ru, a.name_en AS region_name_en,
       sr.year, sr.sex, sr.age_group,
       sr.baseline::float8 AS baseline, sr.target::float8 AS target, sr.actual::float8 AS actual,
       sr.end_target::float8 AS end_target, sr.end_year,
       sr.source_id, sr.is_sample
  FROM series sr
  JOIN indicators i ON i.code = sr.indicator_code
  LEFT JOIN admin_units a ON a.code = sr.region_code
 WHERE ($1::text IS NULL OR sr.region_code = $1::text)
   AND (($2::text IS NULL AND $3::text IS NULL AND $4::text IS NULL AND $5::text IS NULL AND $6::text IS NULL
         AND $7::text IS NULL)
        OR sr.region_code IN (SELECT v.oblast_code FROM scope_villages($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) v
                              UNION SELECT s.oblast_code FROM scope_sites($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) s))
   AND ($9::date IS NULL OR sr.year >= extract(year FROM $9::date))
   AND ($10::date IS NULL OR make_date(sr.year, 1, 1) < $10::date)
 ORDER BY i.code, sr.region_code NULLS FIRST, sr.sex, sr.age_group, sr.year;

-- What lib/scope.ts checks the codes of a scope against, so an unknown one is a 400 that says where to find the
-- codes: every site code (few enough to list), and whether rayon $1 and village $2 exist (NULL = not asked).
-- name: scopeCodes
SELECT coalesce((SELECT array_agg(code ORDER BY code) FROM hazard_sites), '{}') AS sites,
       ($1::text IS NULL OR EXISTS (SELECT 1 FROM admin_units WHERE code = $1::text AND level = 'rayon')) AS rayon_known,
       ($2::text IS NULL OR EXISTS (SELECT 1 FROM villages WHERE code = $2::text)) AS village_known;

-- Sales by producer village and channel ($9 product category, $10 channel, period $11, $12), with each village's
-- point: what the map draws as flows from the villages to where their products are sold. Villages without sales
-- are left out.
-- name: salesByVillage
SELECT v.code, v.name_ky, v.name_ru, v.name_en, v.oblast_code,
       ST_X(v.geom)::float8 AS lon, ST_Y(v.geom)::float8 AS lat,
       sa.channel,
       sum(sa.revenue_kgs)::float8 AS sales_kgs,
       array_agg(DISTINCT sa.source_id) AS source_ids,
       bool_or(sa.is_sample) AS is_sample
  FROM sales sa
  JOIN products p ON p.code = sa.product_code
  JOIN producer_groups g ON g.code = p.group_code
  JOIN scope_villages($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8) v ON v.code = g.village_code
 WHERE ($9::text IS NULL OR p.category = $9::text)
   AND ($10::text IS NULL OR sa.channel = $10::text)
   AND ($11::date IS NULL OR sa.month >= $11::date)
   AND ($12::date IS NULL OR sa.month < $12::date)
 GROUP BY v.code, v.name_ky, v.name_ru, v.name_en, v.oblast_code, v.geom, sa.channel
 ORDER BY v.code, sa.channel;
