// Property types of the files in data/base. admin-units.geojson's properties are exactly the columns
// of the admin_units table (server/sql/migrations/001_schema.sql) except the two geometry columns.
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';

export type AdminLevel = 'country' | 'oblast' | 'city' | 'rayon' | 'aiyl_aimak';

export interface AdminUnitProps {
  code: string;
  level: AdminLevel;
  parent_code: string | null;
  iso_code: string | null;
  soate: string | null;
  name_ky: string;
  name_ru: string;
  name_en: string;
  capital_en: string | null;
  valid_from: string | null;
  valid_to: string | null;
  source_id: string;
  is_sample: boolean;
}

/** MultiPolygon features become admin_units.geom; Point features become admin_units.label_point. */
export type AdminUnitFeature = Feature<MultiPolygon | Point, AdminUnitProps>;

export type NameSource = 'geonames' | 'supplied';

export interface TownProps {
  geonames_id: number;
  /** GeoNames' main name (may carry diacritics, e.g. "Üch-Terek"). */
  name: string;
  /** GeoNames' ASCII name. */
  name_en: string;
  name_ru: string | null;
  name_ky: string | null;
  /** Where name_ru / name_ky come from: a GeoNames alternate name, or supplied in scripts/lib/admin-names.ts. */
  name_ru_source: NameSource | null;
  name_ky_source: NameSource | null;
  population: number;
  feature_class: string;
  feature_code: string;
  /** GeoNames admin1 code, e.g. "03". */
  admin1: string | null;
  /** Our ISO 3166-2 code of the oblast (or city) the town is in. */
  oblast_code: string | null;
}

export type TownFeature = Feature<Point, TownProps>;

export interface WaterProps {
  name_en: string;
  name_ru: string;
  name_ky: string;
  kind: 'lake' | 'reservoir' | 'river';
}

export interface BaseData {
  adminUnits: FeatureCollection<MultiPolygon | Point, AdminUnitProps>;
  towns: FeatureCollection<Point, TownProps>;
}

export type RiverFeature = Feature<MultiLineString, WaterProps>;
