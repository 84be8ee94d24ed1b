-- Resiland Atlas data model (DESIGN.md "Data model"). SRID 4326 everywhere.
-- Must run on PostgreSQL 15 / PostGIS 3.3 (real) and PostgreSQL 18 / PostGIS 3.6 (PGlite):
-- keep to features both have.
-- Natural keys are text codes: they survive re-imports, and the API uses them as ids.
-- Every fact row names its source and says whether it is sample data.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE sources (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]*$'),
  title       text NOT NULL,
  publisher   text NOT NULL,
  published   date,
  url         text,
  licence     text NOT NULL,
  note        text,
  is_sample   boolean NOT NULL DEFAULT false
);

-- Administrative units as a tree (country → oblast → rayon → aiyl aimak); codes and names change over
-- time, hence valid_from / valid_to. Rayons have no open polygons, so geom is optional; label_point
-- carries a place to draw the name (and the whole geometry of Osh city, which Natural Earth folds into Osh oblast).
CREATE TABLE admin_units (
  code         text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  level        text NOT NULL CHECK (level IN ('country', 'oblast', 'city', 'rayon', 'aiyl_aimak')),
  parent_code  text REFERENCES admin_units (code),
  iso_code     text CHECK (iso_code ~ '^KG(-[A-Z]{1,2})?$'),
  soate        text CHECK (soate ~ '^[0-9]{14}$'),
  name_ky      text NOT NULL,
  name_ru      text NOT NULL,
  name_en      text NOT NULL,
  capital_en   text,
  geom         geometry(MultiPolygon, 4326) CHECK (geom IS NULL OR ST_IsValid(geom)),
  label_point  geometry(Point, 4326),
  valid_from   date,
  valid_to     date,
  source_id    text NOT NULL REFERENCES sources (id),
  is_sample    boolean NOT NULL DEFAULT false
);
CREATE INDEX admin_units_geom_gix ON admin_units USING gist (geom);
CREATE INDEX admin_units_parent_idx ON admin_units (parent_code);

CREATE TABLE hazard_sites (
  code                 text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  name_ky              text NOT NULL,
  name_ru              text NOT NULL,
  name_en              text NOT NULL,
  hazard_type          text NOT NULL CHECK (hazard_type IN
                         ('mudflow', 'flood', 'landslide', 'avalanche', 'rockfall', 'glacial_lake_outburst')),
  risk_level           text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high', 'very_high')),
  status               text NOT NULL CHECK (status IN
                         ('identified', 'feasibility_study', 'design', 'works', 'completed')),
  oblast_code          text NOT NULL REFERENCES admin_units (code),
  rayon_code           text REFERENCES admin_units (code),
  households_at_risk   integer NOT NULL DEFAULT 0 CHECK (households_at_risk >= 0),
  farmland_at_risk_ha  numeric(12, 2) NOT NULL DEFAULT 0 CHECK (farmland_at_risk_ha >= 0),
  geom                 geometry(Point, 4326) NOT NULL,
  zone                 geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(zone)),
  source_id            text NOT NULL REFERENCES sources (id),
  is_sample            boolean NOT NULL DEFAULT false
);
CREATE INDEX hazard_sites_geom_gix ON hazard_sites USING gist (geom);
CREATE INDEX hazard_sites_zone_gix ON hazard_sites USING gist (zone);
-- ST_DWithin on geography uses this index.
CREATE INDEX hazard_sites_geog_gix ON hazard_sites USING gist ((geom::geography));

CREATE TABLE villages (
  code                      text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  name_ky                   text NOT NULL,
  name_ru                   text NOT NULL,
  name_en                   text NOT NULL,
  oblast_code               text NOT NULL REFERENCES admin_units (code),
  rayon_code                text REFERENCES admin_units (code),
  aiyl_aimak_code           text REFERENCES admin_units (code),
  population                integer NOT NULL CHECK (population >= 0),
  households                integer NOT NULL CHECK (households >= 0),
  -- OVOP+1: the source text counts both households (families) and participants (people).
  participating_households  integer NOT NULL DEFAULT 0
                              CHECK (participating_households >= 0 AND participating_households <= households),
  participants              integer NOT NULL DEFAULT 0 CHECK (participants >= 0),
  geonames_id               integer,
  geom                      geometry(Point, 4326) NOT NULL,
  source_id                 text NOT NULL REFERENCES sources (id),
  is_sample                 boolean NOT NULL DEFAULT false
);
CREATE INDEX villages_geom_gix ON villages USING gist (geom);
CREATE INDEX villages_geog_gix ON villages USING gist ((geom::geography));

CREATE TABLE producer_groups (
  code              text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  name_ky           text NOT NULL,
  name_ru           text NOT NULL,
  name_en           text NOT NULL,
  village_code      text NOT NULL REFERENCES villages (code),
  product_category  text NOT NULL CHECK (product_category IN
                      ('felt', 'honey', 'jam_juice', 'sea_buckthorn', 'dairy', 'soap_herbal', 'dried_fruit_nuts', 'other')),
  members_total     integer NOT NULL CHECK (members_total >= 0),
  members_women     integer NOT NULL CHECK (members_women >= 0 AND members_women <= members_total),
  members_youth     integer NOT NULL CHECK (members_youth >= 0 AND members_youth <= members_total),
  founded_year      integer CHECK (founded_year BETWEEN 2007 AND 2100),
  source_id         text NOT NULL REFERENCES sources (id),
  is_sample         boolean NOT NULL DEFAULT false
);
CREATE INDEX producer_groups_village_idx ON producer_groups (village_code);

CREATE TABLE products (
  code           text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  group_code     text NOT NULL REFERENCES producer_groups (code),
  name_ky        text NOT NULL,
  name_ru        text NOT NULL,
  name_en        text NOT NULL,
  category       text NOT NULL CHECK (category IN
                   ('felt', 'honey', 'jam_juice', 'sea_buckthorn', 'dairy', 'soap_herbal', 'dried_fruit_nuts', 'other')),
  unit           text NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'kg', 'litre', 'jar', 'bottle', 'm2')),
  certification  text NOT NULL DEFAULT 'none' CHECK (certification IN ('none', 'halal', 'organic', 'halal_organic')),
  brand_level    text NOT NULL DEFAULT 'none' CHECK (brand_level IN ('none', 'local', 'regional', 'national')),
  source_id      text NOT NULL REFERENCES sources (id),
  is_sample      boolean NOT NULL DEFAULT false
);
CREATE INDEX products_group_idx ON products (group_code);

CREATE TABLE sales (
  product_code  text NOT NULL REFERENCES products (code),
  channel       text NOT NULL CHECK (channel IN
                  ('bishkek_shop', 'karakol_shop', 'fair', 'exhibition', 'online', 'export')),
  month         date NOT NULL CHECK (extract(day FROM month) = 1),
  quantity      numeric(14, 2) NOT NULL CHECK (quantity >= 0),
  -- Som carry tyiyn (1/100), so two decimals.
  revenue_kgs   numeric(16, 2) NOT NULL CHECK (revenue_kgs >= 0),
  source_id     text NOT NULL REFERENCES sources (id),
  is_sample     boolean NOT NULL DEFAULT false,
  PRIMARY KEY (product_code, channel, month)
);
CREATE INDEX sales_month_idx ON sales (month);

CREATE TABLE trainings (
  code          text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  village_code  text NOT NULL REFERENCES villages (code),
  topic         text NOT NULL CHECK (topic IN
                  ('product_development', 'quality_certification', 'marketing_sales', 'bookkeeping', 'disaster_preparedness', 'restoration')),
  held_on       date NOT NULL,
  participants  integer NOT NULL CHECK (participants >= 0),
  women         integer NOT NULL CHECK (women >= 0 AND women <= participants),
  youth         integer NOT NULL CHECK (youth >= 0 AND youth <= participants),
  source_id     text NOT NULL REFERENCES sources (id),
  is_sample     boolean NOT NULL DEFAULT false
);

CREATE TABLE restoration_activities (
  code                 text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  site_code            text NOT NULL REFERENCES hazard_sites (code),
  kind                 text NOT NULL CHECK (kind IN
                         ('forest_plantation', 'pasture_restoration', 'bank_protection', 'gabions', 'check_dam', 'riparian_planting')),
  name_ky              text NOT NULL,
  name_ru              text NOT NULL,
  name_en              text NOT NULL,
  geom                 geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  hectares_planned     numeric(12, 2) NOT NULL CHECK (hectares_planned >= 0),
  hectares_done        numeric(12, 2) NOT NULL DEFAULT 0 CHECK (hectares_done >= 0),
  green_wage_workdays  integer NOT NULL DEFAULT 0 CHECK (green_wage_workdays >= 0),
  start_date           date,
  end_date             date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  cost_kgs             numeric(16, 2) CHECK (cost_kgs >= 0),
  source_id            text NOT NULL REFERENCES sources (id),
  is_sample            boolean NOT NULL DEFAULT false
);
CREATE INDEX restoration_geom_gix ON restoration_activities USING gist (geom);
CREATE INDEX restoration_site_idx ON restoration_activities (site_code);

-- Results framework (World Bank ISR style): baseline, actual per report year, end target.
CREATE TABLE indicators (
  code              text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]+$'),
  name_ky           text NOT NULL,
  name_ru           text NOT NULL,
  name_en           text NOT NULL,
  unit              text NOT NULL CHECK (unit IN ('people', 'households', 'hectares', 'kgs', 'percent', 'sites', 'groups', 'number')),
  higher_is_better  boolean NOT NULL DEFAULT true,
  source_id         text NOT NULL REFERENCES sources (id),
  is_sample         boolean NOT NULL DEFAULT false
);

CREATE TABLE indicator_values (
  indicator_code  text NOT NULL REFERENCES indicators (code),
  -- NULL region = national figure.
  region_code     text REFERENCES admin_units (code),
  year            integer NOT NULL CHECK (year BETWEEN 2020 AND 2035),
  sex             text NOT NULL DEFAULT 'all' CHECK (sex IN ('all', 'women', 'men')),
  age_group       text NOT NULL DEFAULT 'all' CHECK (age_group IN ('all', 'youth', 'adult')),
  baseline        numeric(16, 2) NOT NULL,
  target          numeric(16, 2) NOT NULL,
  actual          numeric(16, 2),
  source_id       text NOT NULL REFERENCES sources (id),
  is_sample       boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX indicator_values_key
  ON indicator_values (indicator_code, coalesce(region_code, ''), year, sex, age_group);

CREATE TABLE fx_rates (
  rate_date    date PRIMARY KEY,
  -- Official NBKR rates carry four decimals.
  kgs_per_usd  numeric(10, 4) NOT NULL CHECK (kgs_per_usd > 0),
  source_id    text NOT NULL REFERENCES sources (id),
  is_sample    boolean NOT NULL DEFAULT false
);
