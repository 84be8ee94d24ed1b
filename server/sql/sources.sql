-- Sources and who cites them. Every fact table names its source in source_id; the citations statement lists
-- them all (an allowlist of tables: test/api/sources.test.ts fails when a table with a source_id is missing here).

-- name: list
SELECT id, title, publisher, to_char(published, 'YYYY-MM-DD') AS published, url, licence, note, is_sample
  FROM sources
 ORDER BY id;

-- name: citations
SELECT source_id, table_name, count(*)::int AS rows
  FROM (SELECT source_id, 'admin_units' AS table_name FROM admin_units
        UNION ALL SELECT source_id, 'hazard_sites' FROM hazard_sites
        UNION ALL SELECT source_id, 'villages' FROM villages
        UNION ALL SELECT source_id, 'producer_groups' FROM producer_groups
        UNION ALL SELECT source_id, 'products' FROM products
        UNION ALL SELECT source_id, 'sales' FROM sales
        UNION ALL SELECT source_id, 'trainings' FROM trainings
        UNION ALL SELECT source_id, 'restoration_activities' FROM restoration_activities
        UNION ALL SELECT source_id, 'indicators' FROM indicators
        UNION ALL SELECT source_id, 'indicator_values' FROM indicator_values
        UNION ALL SELECT source_id, 'fx_rates' FROM fx_rates
        UNION ALL SELECT source_id, 'programme_facts' FROM programme_facts) cited
 GROUP BY source_id, table_name
 ORDER BY source_id, table_name;
