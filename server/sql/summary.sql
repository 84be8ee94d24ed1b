-- Key figures (GET /api/summary) for a scope. $1..$8 are the place filters of scope_villages/scope_sites
-- (migration 005: region, rayon, site, village, area GeoJSON, hazard, status, exposure radius in metres), the one
-- definition of the scope every summary shares. Then (each NULL = not filtered):
--   $9 product category: producer groups making it and the sales of its products (sites, households, participants
--      and restoration stay as they are: a category is not a place);
--   $10 sales channel: sales only;
--   $11 first day of the period, $12 the first day after it: sales only. Restoration is cumulative.

-- One row of figures, and `provenance`: per figure (sites, households, participants, producers, sales,
-- restoration) the distinct sources of the rows counted, whether any is sample data, and the data date: for sales
-- the last day of the latest month counted; for the others the latest publication date of those sources.
-- name: summary
WITH s AS (
  SELECT * FROM scope_sites($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8)
), v AS (
  SELECT * FROM scope_villages($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8)
), g AS (
  SELECT g.* FROM producer_groups g JOIN v ON v.code = g.village_code
   WHERE $9::text IS NULL OR g.product_category = $9::text
), sales_in AS (
  SELECT sa.month, sa.revenue_kgs, sa.source_id, sa.is_sample
    FROM sales sa
    JOIN products p ON p.code = sa.product_code
    JOIN producer_groups pg ON pg.code = p.group_code
    JOIN v ON v.code = pg.village_code
   WHERE ($9::text IS NULL OR p.category = $9::text)
     AND ($10::text IS NULL OR sa.channel = $10::text)
     AND ($11::date IS NULL OR sa.month >= $11::date)
     AND ($12::date IS NULL OR sa.month < $12::date)
), monthly AS (
  SELECT month, sum(revenue_kgs) AS revenue_kgs FROM sales_in GROUP BY month
), monthly_usd AS (
  -- Each month at the latest rate published on or before its first day; a month older than every rate
  -- falls back to the earliest rate there is.
  SELECT m.month, m.revenue_kgs / r.kgs_per_usd AS usd, r.source_id, r.is_sample
    FROM monthly m
   CROSS JOIN LATERAL (
     SELECT f.kgs_per_usd, f.source_id, f.is_sample
       FROM fx_rates f
      ORDER BY (f.rate_date <= m.month) DESC,
               CASE WHEN f.rate_date <= m.month THEN f.rate_date END DESC,
               f.rate_date ASC
      LIMIT 1
   ) r
), ra AS (
  SELECT r.* FROM restoration_activities r JOIN s ON s.code = r.site_code
), counted AS (
  SELECT 'sites' AS figure, source_id, is_sample FROM s
  UNION ALL SELECT 'households', source_id, is_sample FROM v
  UNION ALL SELECT 'participants', source_id, is_sample FROM v
  UNION ALL SELECT 'producers', source_id, is_sample FROM g
  UNION ALL SELECT 'sales', source_id, is_sample FROM sales_in
  UNION ALL SELECT 'sales', source_id, is_sample FROM monthly_usd
  UNION ALL SELECT 'restoration', source_id, is_sample FROM ra
), provenance AS (
  SELECT c.figure,
         array_agg(DISTINCT c.source_id ORDER BY c.source_id) AS source_ids,
         bool_or(c.is_sample) AS is_sample,
         CASE WHEN c.figure = 'sales'
              THEN (SELECT (max(month) + interval '1 month' - interval '1 day')::date FROM sales_in)
              ELSE max(src.published) END AS data_date
    FROM counted c
    JOIN sources src ON src.id = c.source_id
   GROUP BY c.figure
)
SELECT (SELECT count(*) FROM s)::int AS sites,
       (SELECT coalesce(sum(participating_households), 0) FROM v)::int AS households,
       (SELECT coalesce(sum(participants), 0) FROM v)::int AS participants,
       (SELECT count(*) FROM g)::int AS producer_groups,
       (SELECT coalesce(sum(members_total), 0) FROM g)::int AS producers_total,
       (SELECT coalesce(sum(members_women), 0) FROM g)::int AS producers_women,
       (SELECT coalesce(sum(members_youth), 0) FROM g)::int AS producers_youth,
       (SELECT coalesce(sum(revenue_kgs), 0) FROM sales_in)::float8 AS sales_kgs,
       (SELECT round(coalesce(sum(usd), 0), 2) FROM monthly_usd)::float8 AS sales_usd,
       (SELECT coalesce(sum(hectares_done), 0) FROM ra)::float8 AS restoration_done_ha,
       (SELECT coalesce(sum(hectares_planned), 0) FROM ra)::float8 AS restoration_planned_ha,
       coalesce((SELECT json_object_agg(figure, json_build_object(
                          'sourceIds', source_ids, 'isSample', is_sample, 'dataDate', to_char(data_date, 'YYYY-MM-DD')))
                   FROM provenance), '{}'::json) AS provenance
