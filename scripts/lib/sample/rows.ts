// Row types of data/sample/<table>.json: keys exactly the columns of server/sql/migrations/001_schema.sql,
// in the same order; geometry columns as GeoJSON geometry objects; dates as 'YYYY-MM-DD'.
import type { MultiPolygon, Point } from 'geojson';

export type HazardType = 'mudflow' | 'flood' | 'landslide' | 'avalanche' | 'rockfall' | 'glacial_lake_outburst';
export type RiskLevel = 'low' | 'medium' | 'high' | 'very_high';
export type SiteStatus = 'identified' | 'feasibility_study' | 'design' | 'works' | 'completed';
export type ProductCategory = 'felt' | 'honey' | 'jam_juice' | 'sea_buckthorn' | 'dairy' | 'soap_herbal' | 'dried_fruit_nuts' | 'other';
export type Unit = 'piece' | 'kg' | 'litre' | 'jar' | 'bottle' | 'm2';
export type Certification = 'none' | 'halal' | 'organic' | 'halal_organic';
export type BrandLevel = 'none' | 'local' | 'regional' | 'national';
export type Channel = 'bishkek_shop' | 'karakol_shop' | 'fair' | 'exhibition' | 'online' | 'export';
export type TrainingTopic = 'product_development' | 'quality_certification' | 'marketing_sales' | 'bookkeeping' | 'disaster_preparedness' | 'restoration';
export type RestorationKind = 'forest_plantation' | 'pasture_restoration' | 'bank_protection' | 'gabions' | 'check_dam' | 'riparian_planting';
export type IndicatorUnit = 'people' | 'households' | 'hectares' | 'kgs' | 'percent' | 'sites' | 'groups' | 'number';

interface Provenance {
  source_id: string;
  is_sample: boolean;
}

export interface HazardSiteRow extends Provenance {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  hazard_type: HazardType;
  risk_level: RiskLevel;
  status: SiteStatus;
  oblast_code: string;
  rayon_code: string | null;
  households_at_risk: number;
  farmland_at_risk_ha: number;
  geom: Point;
  zone: MultiPolygon;
}

export interface VillageRow extends Provenance {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  oblast_code: string;
  rayon_code: string | null;
  aiyl_aimak_code: string | null;
  population: number;
  households: number;
  participating_households: number;
  participants: number;
  geonames_id: number | null;
  geom: Point;
}

export interface ProducerGroupRow extends Provenance {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  village_code: string;
  product_category: ProductCategory;
  members_total: number;
  members_women: number;
  members_youth: number;
  founded_year: number | null;
}

export interface ProductRow extends Provenance {
  code: string;
  group_code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  category: ProductCategory;
  unit: Unit;
  certification: Certification;
  brand_level: BrandLevel;
}

export interface SaleRow extends Provenance {
  product_code: string;
  channel: Channel;
  month: string;
  quantity: number;
  revenue_kgs: number;
}

export interface TrainingRow extends Provenance {
  code: string;
  village_code: string;
  topic: TrainingTopic;
  held_on: string;
  participants: number;
  women: number;
  youth: number;
}

export interface RestorationRow extends Provenance {
  code: string;
  site_code: string;
  kind: RestorationKind;
  name_ky: string;
  name_ru: string;
  name_en: string;
  geom: MultiPolygon;
  hectares_planned: number;
  hectares_done: number;
  green_wage_workdays: number;
  start_date: string | null;
  end_date: string | null;
  cost_kgs: number | null;
}

export interface IndicatorRow extends Provenance {
  code: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  unit: IndicatorUnit;
  higher_is_better: boolean;
}

export interface IndicatorValueRow extends Provenance {
  indicator_code: string;
  region_code: string | null;
  year: number;
  sex: 'all' | 'women' | 'men';
  age_group: 'all' | 'youth' | 'adult';
  baseline: number;
  target: number;
  actual: number | null;
}

export interface FxRateRow extends Provenance {
  rate_date: string;
  kgs_per_usd: number;
}

export interface SampleData {
  hazard_sites: HazardSiteRow[];
  villages: VillageRow[];
  producer_groups: ProducerGroupRow[];
  products: ProductRow[];
  sales: SaleRow[];
  trainings: TrainingRow[];
  restoration_activities: RestorationRow[];
  indicators: IndicatorRow[];
  indicator_values: IndicatorValueRow[];
  fx_rates: FxRateRow[];
}

export const SAMPLE_TABLES = [
  'hazard_sites',
  'villages',
  'producer_groups',
  'products',
  'sales',
  'trainings',
  'restoration_activities',
  'indicators',
  'indicator_values',
  'fx_rates',
] as const satisfies readonly (keyof SampleData)[];

export const SAMPLE_SOURCE = 'sample-programme';
/** The date the sample pretends to describe: sales run to 2026-09, work done is counted up to here. */
export const DATA_AS_OF = '2026-10-01';
export const OBLAST_ORDER = ['KG-J', 'KG-O', 'KG-Y', 'KG-N'] as const;

export const ymd = (y: number, m: number, d = 1): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
