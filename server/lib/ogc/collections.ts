// The collections served at /ogc: the ONLY source of the identifiers that reach SQL (collection ids pick a
// source statement of server/sql/ogc.sql; property names become quoted column names). Request text never does.
import {
  HAZARD_TYPES,
  PRODUCT_CATEGORIES,
  RISK_LEVELS,
  SITE_STATUSES,
} from '../../schemas/api.ts';

export type PropertyType = 'string' | 'integer' | 'number' | 'boolean';

export interface OgcProperty {
  /** Column of the collection's source statement, and the property name in GeoJSON. */
  name: string;
  type: PropertyType;
  title: string;
  /** Usable as an equality filter `?name=value` on the items. */
  filter?: boolean;
  /** The values a filter accepts (anything else is a 400 that lists these). */
  values?: readonly string[];
  /** A count of people split by sex or age: HTML pages show a figure under 5 as "<5" (DESIGN.md). */
  disaggregated?: boolean;
}

export interface OgcCollection {
  id: string;
  title: string;
  description: string;
  /** GeoJSON geometry type(s) of the features, for people reading the metadata. */
  geometry: string;
  /** Set when the source has t_start / t_end: the items take `datetime`. */
  temporal?: string;
  properties: readonly OgcProperty[];
}

const str = (name: string, title: string, extra: Partial<OgcProperty> = {}): OgcProperty => ({ name, type: 'string', title, ...extra });
const int = (name: string, title: string, extra: Partial<OgcProperty> = {}): OgcProperty => ({ name, type: 'integer', title, ...extra });
const num = (name: string, title: string): OgcProperty => ({ name, type: 'number', title });

const names = (what: string): OgcProperty[] => [
  str('name_ky', `${what} name (Kyrgyz)`),
  str('name_ru', `${what} name (Russian)`),
  str('name_en', `${what} name (English)`),
];
const fact: OgcProperty[] = [
  { name: 'is_sample', type: 'boolean', title: 'Sample data (not official figures)' },
  str('source_id', 'Source (see /api/sources)'),
];
const oblast = str('oblast_code', 'Oblast or city code (ISO 3166-2)', { filter: true });
const rayon = str('rayon_code', 'Rayon code', { filter: true });

const siteCore: OgcProperty[] = [
  str('code', 'Site code'),
  ...names('Site'),
  str('hazard_type', 'Hazard type', { filter: true, values: HAZARD_TYPES }),
  str('risk_level', 'Risk level', { filter: true, values: RISK_LEVELS }),
  str('status', 'Programme status', { filter: true, values: SITE_STATUSES }),
  oblast,
  rayon,
];

export const COLLECTIONS: readonly OgcCollection[] = [
  {
    id: 'hazard_sites',
    title: 'Hazard sites',
    description: 'Natural-hazard sites of the RESILAND CA+ programme, as points, with their risk and programme status.',
    geometry: 'Point',
    properties: [
      ...siteCore,
      ...names('Rayon').map((p) => ({ ...p, name: `rayon_${p.name}` })),
      int('households_at_risk', 'Households at risk'),
      num('farmland_at_risk_ha', 'Farmland at risk (ha)'),
      ...fact,
    ],
  },
  {
    id: 'hazard_zones',
    title: 'Hazard zones',
    description: 'The hazard-zone polygon of each hazard site; the feature id is the site code.',
    geometry: 'MultiPolygon',
    properties: [
      ...siteCore,
      num('zone_area_ha', 'Zone area (ha, geodesic)'),
      int('households_at_risk', 'Households at risk'),
      num('farmland_at_risk_ha', 'Farmland at risk (ha)'),
      ...fact,
    ],
  },
  {
    id: 'villages',
    title: 'Villages',
    description: 'Villages with population, households and OVOP+1 participation.',
    geometry: 'Point',
    properties: [
      str('code', 'Village code'),
      ...names('Village'),
      oblast,
      rayon,
      str('aiyl_aimak_code', 'Aiyl aimak code'),
      int('population', 'Population'),
      int('households', 'Households'),
      int('participating_households', 'Households taking part in OVOP+1'),
      int('participants', 'People taking part in OVOP+1'),
      ...fact,
    ],
  },
  {
    id: 'producer_groups',
    title: 'Producer groups',
    description: 'OVOP+1 producer groups, drawn at the point of their village.',
    geometry: 'Point',
    properties: [
      str('code', 'Group code'),
      ...names('Group'),
      str('product_category', 'Product category', { filter: true, values: PRODUCT_CATEGORIES }),
      int('members_total', 'Members'),
      int('members_women', 'Members: women', { disaggregated: true }),
      int('members_youth', 'Members: youth', { disaggregated: true }),
      int('founded_year', 'Founded (year)'),
      str('village_code', 'Village code', { filter: true }),
      ...names('Village').map((p) => ({ ...p, name: `village_${p.name}` })),
      oblast,
      rayon,
      ...fact,
    ],
  },
  {
    id: 'restoration',
    title: 'Restoration activities',
    description: 'Landscape restoration plots (plantations, pasture, bank protection, check dams) with progress.',
    geometry: 'MultiPolygon',
    temporal: 'From start_date to end_date (whole days, UTC); no end_date = still going.',
    properties: [
      str('code', 'Activity code'),
      str('site_code', 'Hazard site code', { filter: true }),
      str('kind', 'Kind of work', {
        filter: true,
        values: ['forest_plantation', 'pasture_restoration', 'bank_protection', 'gabions', 'check_dam', 'riparian_planting'],
      }),
      ...names('Activity'),
      num('hectares_planned', 'Hectares planned'),
      num('hectares_done', 'Hectares done'),
      int('green_wage_workdays', 'Green Wage workdays'),
      str('start_date', 'Start date'),
      str('end_date', 'End date'),
      num('cost_kgs', 'Cost (som)'),
      ...fact,
    ],
  },
  {
    id: 'regions',
    title: 'Regions',
    description: 'Oblasts and cities of republican status (Osh city as a point).',
    geometry: 'MultiPolygon, Point',
    properties: [
      str('code', 'Code'),
      str('level', 'Level', { filter: true, values: ['oblast', 'city'] }),
      str('iso_code', 'ISO 3166-2 code'),
      str('soate', 'SOATE code'),
      ...names('Region'),
      str('capital_en', 'Administrative centre (English)'),
      ...fact,
    ],
  },
  {
    id: 'rayons',
    title: 'Rayons',
    description: 'Rayons (districts) as points; no open rayon boundaries exist.',
    geometry: 'Point',
    properties: [
      str('code', 'Rayon code'),
      str('soate', 'SOATE code'),
      ...names('Rayon'),
      oblast,
      ...names('Oblast').map((p) => ({ ...p, name: `oblast_${p.name}` })),
      ...fact,
    ],
  },
];

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
for (const c of COLLECTIONS) {
  for (const id of [c.id, ...c.properties.map((p) => p.name)]) {
    if (!IDENTIFIER.test(id)) throw new Error(`OGC collection ${c.id}: "${id}" is not a plain lower-case identifier`);
  }
}

export const COLLECTION_IDS: readonly string[] = COLLECTIONS.map((c) => c.id);

export function findCollection(id: string): OgcCollection | undefined {
  return COLLECTIONS.find((c) => c.id === id);
}

export const filterableProperties = (c: OgcCollection): OgcProperty[] => c.properties.filter((p) => p.filter);
