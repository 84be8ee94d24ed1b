-- Key figures for the country or a part of it. Filters (each NULL = not filtered):
--   $1 oblast/city code, $4 rayon code: sites and villages in it (producers and sales follow their village,
--      restoration its site);
--   $5 hazard type, $6 programme status: those sites, and the villages exposed to at least one of them (inside the
--      zone, or within $8 metres of the point, as GET /api/villages);
--   $7 product category: producer groups making it and the sales of its products (sites, households and
--      restoration stay as they are: a category is not a place);
--   $2..$3 years, inclusive: the sales period. Restoration is cumulative (not filtered by year).

-- name: summary
WITH s AS (
  SELECT * FROM hazard_sites
   WHERE ($1::text IS NULL OR oblast_code = $1::text)
     AND ($4::text IS NULL OR rayon_code = $4::text)
     AND ($5::text IS NULL OR hazard_type = $5::text)
     AND ($6::text IS NULL OR status = $6::text)
), v AS (
  SELECT v.* FROM villages v
   WHERE ($1::text IS NULL OR v.oblast_code = $1::text)
     AND ($4::text IS NULL OR v.rayon_code = $4::text)
     AND (($5::text IS NULL AND $6::text IS NULL) OR EXISTS (
           SELECT 1
             FROM hazard_sites hs
            WHERE ($5::text IS NULL OR hs.hazard_type = $5::text)
              AND ($6::text IS NULL OR hs.status = $6::text)
              AND is_exposed(hs.zone, hs.geom, v.geom, $8::float8)))
), g AS (
  SELECT g.* FROM producer_groups g JOIN v ON v.code = g.village_code
   WHERE $7::text IS NULL OR g.product_category = $7::text
), sales_in AS (
  SELECT sa.month, sa.revenue_kgs, sa.is_sample
    FROM sales sa
    JOIN products p ON p.code = sa.product_code
    JOIN producer_groups pg ON pg.code = p.group_code
    JOIN v ON v.code = pg.village_code
   WHERE ($7::text IS NULL OR p.category = $7::text)
     AND ($2::int IS NULL OR sa.month >= make_date($2::int, 1, 1))
     AND ($3::int IS NULL OR sa.month < make_date($3::int + 1, 1, 1))
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
