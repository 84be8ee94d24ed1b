-- Import (server/lib/import/): the statements that do not depend on the dataset. The per-dataset ones (stage table,
-- checks, upsert) are built in server/lib/import/sql.ts from the dataset definitions: identifiers from that
-- allowlist only, quoted; values only as $n parameters.

-- name: bumpVersion
UPDATE data_version
   SET version = version + 1, changed_at = now(), reason = $1
RETURNING version::int AS version;

-- name: readVersion
SELECT version::int AS version FROM data_version;

-- The source rows cite when the file names none: created the first time an import needs it.
-- name: ensureImportSource
INSERT INTO sources (id, title, publisher, licence, note, is_sample)
VALUES ($1, 'Imported by programme staff', 'Ministry of Emergency Situations of the Kyrgyz Republic (RESILAND CA+)',
        'Not specified', 'Rows imported from a file (npm run import or the import screen) that named no source', false)
ON CONFLICT (id) DO NOTHING;

-- Kyrgyzstan's outline for the "inside the country" check: the country polygon, else its oblasts and cities.
-- Widened by 0.05° (4–5.5 km): the shipped outline is simplified (Natural Earth, ~830 vertices) and puts real
-- border towns up to 2.5 km outside it (Kara-Suu 1.5 km, Boz-Adyr 2.5 km; data/base/towns.geojson), while a
-- place well inside a neighbouring country is still refused. Empty when no outline is loaded.
-- name: createCountry
CREATE TEMP TABLE import_country ON COMMIT DROP AS
SELECT ST_Buffer(outline, 0.05) AS geom
  FROM (SELECT coalesce(
                 (SELECT ST_Union(geom) FROM admin_units WHERE level = 'country' AND geom IS NOT NULL),
                 (SELECT ST_Union(geom) FROM admin_units WHERE level IN ('oblast', 'city') AND geom IS NOT NULL)) AS outline) o
 WHERE outline IS NOT NULL;
