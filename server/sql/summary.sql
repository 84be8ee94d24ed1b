-- Key figures for the whole country ($1 NULL) or one oblast/city ($1 code), sales for one year ($2) or all.
-- Region filters through the site's or village's oblast_code; producers, sales and restoration follow their
-- village or site. Restoration is cumulative (not filtered by year).

-- name: summary
WITH v AS (
  SELECT * FROM villages WHERE $1::text IS NULL OR oblast_code = $1::text
), s AS (
  SELECT * FROM hazard_sites WHERE $1::text IS NULL OR oblast_code = $1::text
), g AS (
  SELECT g.* FROM producer_groups g JOIN v ON v.code = g.village_code
), sales_in AS (
  SELECT sa.month, sa.revenue_kgs, sa.is_sample
    FROM sales sa
    JOIN products p ON p.code = sa.product_code
    JOIN g ON g.code = p.group_code
   WHERE $2::int IS NULL
      OR (sa.month >= make_date($2::int, 1, 1) AND sa.month < make_date($2::int + 1, 1, 1))
), monthly AS (
  SELECT month, sum(revenue_kgs) AS revenue_kgs FROM sales_in GROUP BY month
), monthly_usd AS (
  -- Each month at the latest rate published on or before its first day; a month older than every rate
  -- falls back to the earliest rate there is.
  SELECT m.revenue_kgs / coalesce(
           (SELECT f.kgs_per_usd FROM fx_rates f WHERE f.rate_date <= m.month ORDER BY f.rate_date DESC LIMIT 1),
           (SELECT f.kgs_per_usd FROM fx_rates f ORDER BY f.rate_date ASC LIMIT 1)) AS usd
    FROM monthly m
), ra AS (
  SELECT r.* FROM restoration_activities r JOIN s ON s.code = r.site_code
)
SELECT (SELECT count(*) FROM s)::int AS sites,
       (SELECT coalesce(sum(participating_households), 0) FROM v)::int AS households,
       (SELECT coalesce(sum(participants), 0) FROM v)::int AS participants,
       (SELECT coalesce(sum(members_total), 0) FROM g)::int AS producers_total,
       (SELECT coalesce(sum(members_women), 0) FROM g)::int AS producers_women,
       (SELECT coalesce(sum(members_youth), 0) FROM g)::int AS producers_youth,
       (SELECT coalesce(sum(revenue_kgs), 0) FROM sales_in)::float8 AS sales_kgs,
       (SELECT round(coalesce(sum(usd), 0), 2) FROM monthly_usd)::float8 AS sales_usd,
       (SELECT coalesce(sum(hectares_done), 0) FROM ra)::float8 AS restoration_done_ha,
       (SELECT coalesce(sum(hectares_planned), 0) FROM ra)::float8 AS restoration_planned_ha,
       coalesce((SELECT bool_or(is_sample) FROM s), false)
         OR coalesce((SELECT bool_or(is_sample) FROM v), false)
         OR coalesce((SELECT bool_or(is_sample) FROM g), false)
         OR coalesce((SELECT bool_or(is_sample) FROM sales_in), false)
         OR coalesce((SELECT bool_or(is_sample) FROM ra), false) AS is_sample
