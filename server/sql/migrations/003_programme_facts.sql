-- Programme facts of RESILAND CA+ Kyrgyz Republic (financing, dates, implementing agency, target oblasts,
-- published figures) as data, each with its source, loaded by the seed from data/programme.json.
-- One row per fact; `kind` says which columns a row uses, and the CHECKs below hold each kind to its shape, so
-- a wrong row fails the seed instead of reaching the API half-filled.
CREATE TABLE programme_facts (
  code             text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_.-]*$'),
  kind             text NOT NULL CHECK (kind IN
                     ('programme', 'financing', 'financing_total', 'start', 'end', 'agency', 'target_oblast', 'figure')),
  -- Order within its kind, as the source lists them.
  ordinal          integer NOT NULL DEFAULT 0,
  name_ky          text,
  name_ru          text,
  name_en          text,
  -- Abbreviations as each language writes them (MES: ӨКМ in Kyrgyz, МЧС in Russian).
  short_ky         text,
  short_ru         text,
  short_en         text,
  instrument       text CHECK (instrument IN ('credit', 'grant')),
  amount           numeric(16, 2) CHECK (amount >= 0),
  unit             text CHECK (unit IN ('usd', 'kgs', 'sites', 'households', 'hectares', 'people')),
  -- Press figures are often "more than" or rounded: keep how the source put it.
  comparator       text CHECK (comparator IN ('exactly', 'more_than', 'about')),
  measure          text CHECK (measure IN ('target', 'actual')),
  year             integer CHECK (year BETWEEN 2000 AND 2100),
  month            integer CHECK (month BETWEEN 1 AND 12),
  admin_unit_code  text REFERENCES admin_units (code),
  note             text,
  source_id        text NOT NULL REFERENCES sources (id),
  is_sample        boolean NOT NULL DEFAULT false,
  CHECK (kind NOT IN ('programme', 'agency', 'financing', 'financing_total', 'figure')
         OR (name_ky IS NOT NULL AND name_ru IS NOT NULL AND name_en IS NOT NULL)),
  CHECK (kind <> 'financing' OR (instrument IS NOT NULL AND amount IS NOT NULL AND unit = 'usd')),
  CHECK (kind <> 'financing_total' OR (amount IS NOT NULL AND unit = 'usd')),
  CHECK (kind NOT IN ('start', 'end') OR year IS NOT NULL),
  CHECK (kind <> 'target_oblast' OR admin_unit_code IS NOT NULL),
  CHECK (kind <> 'figure' OR (amount IS NOT NULL AND unit IS NOT NULL AND comparator IS NOT NULL AND measure IS NOT NULL))
);
CREATE INDEX programme_facts_kind_idx ON programme_facts (kind, ordinal);
