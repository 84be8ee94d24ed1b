-- Single-record edits by editors (server/routes/edits/). Each runs in one transaction with its audit row and the
-- data version's bump (import.sql: bumpVersion), so a summary asked for right after shows the change.

-- name: lockSite
SELECT code, status FROM hazard_sites WHERE code = $1 FOR UPDATE;

-- name: updateSiteStatus
UPDATE hazard_sites SET status = $2 WHERE code = $1;

-- name: productExists
SELECT 1 FROM products WHERE code = $1;

-- The row as it is, locked; same: the new values ($4, $5), rounded as the columns round them, are the stored ones.
-- name: lockSale
SELECT quantity::float8 AS quantity, revenue_kgs::float8 AS revenue_kgs, source_id, is_sample,
       quantity = round($4::numeric, 2) AND revenue_kgs = round($5::numeric, 2) AS same
  FROM sales
 WHERE product_code = $1 AND channel = $2 AND month = $3::date
   FOR UPDATE;

-- The source a figure typed in by an editor cites; created the first time one is.
-- name: ensureEditSource
INSERT INTO sources (id, title, publisher, licence, note, is_sample)
VALUES ($1, 'Entered by programme staff', 'Ministry of Emergency Situations of the Kyrgyz Republic (RESILAND CA+)',
        'Not specified', 'Figures typed in or corrected one at a time through the API by a signed-in editor; the audit log says who and when', false)
ON CONFLICT (id) DO NOTHING;

-- A month's sales of one product through one channel, typed in by an editor: it is no longer sample data, and it
-- cites the editors' source. Values are rounded to the columns' two decimals; the stored ones come back.
-- name: upsertSale
INSERT INTO sales (product_code, channel, month, quantity, revenue_kgs, source_id, is_sample)
VALUES ($1, $2, $3::date, $4, $5, $6, false)
ON CONFLICT (product_code, channel, month) DO UPDATE
   SET quantity = EXCLUDED.quantity, revenue_kgs = EXCLUDED.revenue_kgs,
       source_id = EXCLUDED.source_id, is_sample = false
RETURNING quantity::float8 AS quantity, revenue_kgs::float8 AS revenue_kgs;
