-- Import (issue 6): a data version every committed write bumps, and a safe geometry parser for imported cells.

-- One row: the version of the programme data. Seed and every committed import add one, in their own transaction,
-- so the server's answer cache (server/lib/query-cache.ts) sees a write made by another process (the CLI) as soon
-- as it commits: it reads this row, and keys its answers by the version. The row lock also makes two imports that
-- reach their write at the same time take turns.
CREATE TABLE data_version (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  version     bigint NOT NULL DEFAULT 0,
  changed_at  timestamptz NOT NULL DEFAULT now(),
  -- What made the last change, e.g. "import sales (sales-2025.csv)" or "seed".
  reason      text
);
INSERT INTO data_version (id, version, reason) VALUES (true, 0, 'created');

-- Geometry text from a file (GeoJSON, or WKT/EWKT as people paste it in a spreadsheet cell) → a geometry in
-- EPSG:4326, or the parser's own words when it cannot be read. One bad cell must not abort the import's
-- transaction: the exception handler turns it into a row error the report can name.
CREATE FUNCTION import_parse_geometry(src text, OUT geom geometry, OUT error text)
LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
  IF src IS NULL THEN
    RETURN;
  END IF;
  IF left(ltrim(src), 1) = '{' THEN
    geom := ST_SetSRID(ST_GeomFromGeoJSON(src), 4326);
  ELSE
    geom := ST_GeomFromEWKT(src);
    IF ST_SRID(geom) = 0 THEN
      geom := ST_SetSRID(geom, 4326);
    ELSIF ST_SRID(geom) <> 4326 THEN
      geom := ST_Transform(geom, 4326);
    END IF;
  END IF;
EXCEPTION WHEN OTHERS THEN
  geom := NULL;
  error := SQLERRM;
END
$$;
