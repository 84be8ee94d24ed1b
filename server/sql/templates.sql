-- The import templates (server/routes/templates/): an example row that names a village, product, … must name one
-- that exists, or the template itself would fail its own dry run. The first code of each dataset another one
-- refers to (server/lib/import/datasets/: the references with a `dataset`); null while that table is empty.

-- name: exampleCodes
SELECT (SELECT code FROM hazard_sites ORDER BY code LIMIT 1) AS sites,
       (SELECT code FROM villages ORDER BY code LIMIT 1) AS villages,
       (SELECT code FROM producer_groups ORDER BY code LIMIT 1) AS producer_groups,
       (SELECT code FROM products ORDER BY code LIMIT 1) AS products,
       (SELECT code FROM indicators ORDER BY code LIMIT 1) AS indicators;
