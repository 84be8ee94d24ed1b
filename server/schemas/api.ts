// The API contract: TypeBox schemas used by the routes (validation + OpenAPI) and, as types only,
// by the web client. Property names are camelCase; names a person reads come in all three languages.
import { Type, type Static } from 'typebox';

export const LANGS = ['ky', 'ru', 'en'] as const;
export const HAZARD_TYPES = ['mudflow', 'flood', 'landslide', 'avalanche', 'rockfall', 'glacial_lake_outburst'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export const SITE_STATUSES = ['identified', 'feasibility_study', 'design', 'works', 'completed'] as const;
export const PRODUCT_CATEGORIES = [
  'felt', 'honey', 'jam_juice', 'sea_buckthorn', 'dairy', 'soap_herbal', 'dried_fruit_nuts', 'other',
] as const;
export const SALES_CHANNELS = ['bishkek_shop', 'karakol_shop', 'fair', 'exhibition', 'online', 'export'] as const;

export type HazardType = (typeof HAZARD_TYPES)[number];
export type SiteStatus = (typeof SITE_STATUSES)[number];
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];
export type SalesChannel = (typeof SALES_CHANNELS)[number];

// Type.Enum keeps the literal types (Static<> gives the union); a mapped Type.Union would widen to never.
const literalUnion = <const T extends string[]>(values: readonly [...T], description: string) =>
  Type.Enum(values, { description });

export const HazardTypeSchema = literalUnion(HAZARD_TYPES, 'Hazard type');
export const RiskLevelSchema = literalUnion(RISK_LEVELS, 'Risk level');
export const SiteStatusSchema = literalUnion(SITE_STATUSES, 'Programme status (identified → completed)');

export const NameSchema = Type.Object(
  { ky: Type.String(), ru: Type.String(), en: Type.String() },
  { description: 'Name in Kyrgyz, Russian and English' },
);
export type Name = Static<typeof NameSchema>;

// ── GeoJSON (RFC 7946), typed to its properties ─────────────────────────────────────────────
const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
export const PointSchema = Type.Object({ type: Type.Literal('Point'), coordinates: Position });
export const PolygonSchema = Type.Object({
  type: Type.Literal('Polygon'),
  coordinates: Type.Array(Type.Array(Position)),
});
export const MultiPolygonSchema = Type.Object({
  type: Type.Literal('MultiPolygon'),
  coordinates: Type.Array(Type.Array(Type.Array(Position))),
});
export const GeometrySchema = Type.Union([PointSchema, PolygonSchema, MultiPolygonSchema]);

const feature = <G extends ReturnType<typeof Type.Object> | ReturnType<typeof Type.Union>, P extends ReturnType<typeof Type.Object>>(
  geometry: G,
  properties: P,
) =>
  Type.Object({
    type: Type.Literal('Feature'),
    id: Type.String(),
    geometry,
    properties,
  });

const collection = <F extends ReturnType<typeof Type.Object>>(f: F) =>
  Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(f) });

// ── Health ──────────────────────────────────────────────────────────────────────────────────
export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')]),
  postgis: Type.String({ description: 'PostGIS version' }),
});
export type Health = Static<typeof HealthSchema>;

// ── Regions (first-level units) ─────────────────────────────────────────────────────────────
export const RegionPropsSchema = Type.Object({
  code: Type.String({ description: 'ISO 3166-2 code, e.g. KG-J' }),
  level: Type.Union([Type.Literal('oblast'), Type.Literal('city')]),
  isoCode: Type.String(),
  soate: Type.Union([Type.String(), Type.Null()]),
  name: NameSchema,
  sourceId: Type.String(),
});
export type RegionProps = Static<typeof RegionPropsSchema>;
export const RegionCollectionSchema = collection(
  feature(Type.Union([PointSchema, MultiPolygonSchema]), RegionPropsSchema),
);

// ── Sites ───────────────────────────────────────────────────────────────────────────────────
export const SitePropsSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  hazardType: HazardTypeSchema,
  riskLevel: RiskLevelSchema,
  status: SiteStatusSchema,
  oblastCode: Type.String(),
  rayonCode: Type.Union([Type.String(), Type.Null()]),
  rayonName: Type.Union([NameSchema, Type.Null()]),
  householdsAtRisk: Type.Integer(),
  farmlandAtRiskHa: Type.Number(),
  isSample: Type.Boolean(),
  sourceId: Type.String(),
});
export type SiteProps = Static<typeof SitePropsSchema>;
export const SiteFeatureSchema = feature(Type.Union([PointSchema, MultiPolygonSchema]), SitePropsSchema);
export const SiteCollectionSchema = collection(SiteFeatureSchema);

export const ExposedVillageSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  distanceKm: Type.Number({ description: 'Geodesic distance from the site point, km' }),
  inZone: Type.Boolean({ description: 'Inside the hazard-zone polygon' }),
  households: Type.Integer(),
  participatingHouseholds: Type.Integer(),
  participants: Type.Integer(),
  producerGroups: Type.Integer(),
});
export type ExposedVillage = Static<typeof ExposedVillageSchema>;

export const ProducersSchema = Type.Object({
  total: Type.Integer(),
  women: Type.Integer(),
  youth: Type.Integer(),
});

// ── Exposure facets: what lies in a site's exposure or in a drawn area (server/schemas/analysis.ts) ─
export const ExposureTotalsSchema = Type.Object({
  villages: Type.Integer(),
  households: Type.Integer({ description: 'Households of the villages, each village counted once' }),
  participatingHouseholds: Type.Integer(),
  participants: Type.Integer(),
  producerGroups: Type.Integer(),
  producers: ProducersSchema,
  salesKgs: Type.Number({ description: 'All recorded sales of the villages\' producer groups, som' }),
});

export const ExposureProductSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  category: literalUnion(PRODUCT_CATEGORIES, 'Product category'),
  villageCode: Type.String({ description: 'Village of the producer group that makes it' }),
});

export const SalesByYearSchema = Type.Array(
  Type.Object({ year: Type.Integer(), salesKgs: Type.Number() }),
  { description: 'Sales of the villages\' products per calendar year, som; years without sales are absent' },
);
export const SalesByChannelSchema = Type.Array(
  Type.Object({ channel: literalUnion(SALES_CHANNELS, 'Sales channel'), salesKgs: Type.Number() }),
  { description: 'Sales of the villages\' products per channel, all years, som; channels without sales are absent' },
);

export const RestorationHaSchema = Type.Object({
  planned: Type.Number(),
  done: Type.Number(),
  plots: Type.Integer({ description: 'Restoration plots counted' }),
});

export const ExposureFacetsSchema = Type.Object({
  products: Type.Array(ExposureProductSchema),
  salesByYear: SalesByYearSchema,
  salesByChannel: SalesByChannelSchema,
  sourceIds: Type.Array(Type.String(), { description: 'Sources of every row behind these figures (GET /api/sources)' }),
  isSample: Type.Boolean({ description: 'True when any row behind these figures is sample data' }),
});
export type ExposureFacets = Static<typeof ExposureFacetsSchema>;

export const SiteDetailSchema = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: PointSchema,
  properties: Type.Object({
    ...SitePropsSchema.properties,
    zone: MultiPolygonSchema,
    exposure: Type.Object({
      radiusKm: Type.Number({ description: '0 = the hazard zone only' }),
      villages: Type.Array(ExposedVillageSchema),
      totals: ExposureTotalsSchema,
      ...ExposureFacetsSchema.properties,
      restorationHa: Type.Object(RestorationHaSchema.properties, {
        description: "Hectares of the site's own restoration plots (whatever the radius)",
      }),
    }),
  }),
});
export type SiteDetail = Static<typeof SiteDetailSchema>;

// ── Villages ────────────────────────────────────────────────────────────────────────────────
export const VillagePropsSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  oblastCode: Type.String(),
  rayonCode: Type.Union([Type.String(), Type.Null()]),
  population: Type.Integer(),
  households: Type.Integer(),
  participatingHouseholds: Type.Integer(),
  participants: Type.Integer(),
  isSample: Type.Boolean(),
  sourceId: Type.String(),
});
export type VillageProps = Static<typeof VillagePropsSchema>;
export const VillageCollectionSchema = collection(feature(PointSchema, VillagePropsSchema));

// ── Summary: the key figures (GET /api/summary) are defined with their scope, at the end of this file ──

// ── Errors (RFC 9457 application/problem+json) ──────────────────────────────────────────────
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String({ description: 'What went wrong and what to do about it' }),
  instance: Type.Optional(Type.String()),
});
export type Problem = Static<typeof ProblemSchema>;

// ── Request parameters (added with the server routes) ───────────────────────────────────────
export const DEFAULT_RADIUS_KM = 5;
export const MAX_RADIUS_KM = 100;

export const RegionFilterSchema = Type.String({
  minLength: 1,
  maxLength: 40,
  description: 'Oblast or city code (GET /api/regions lists them), e.g. KG-J',
  examples: ['KG-J'],
});
export const RadiusKmSchema = Type.Number({
  exclusiveMinimum: 0,
  maximum: MAX_RADIUS_KM,
  default: DEFAULT_RADIUS_KM,
  description: 'Radius around the site point, in kilometres (geodesic)',
});

export const SiteQuerySchema = Type.Object({
  region: Type.Optional(RegionFilterSchema),
  hazard: Type.Optional(HazardTypeSchema),
  status: Type.Optional(SiteStatusSchema),
});
export type SiteQuery = Static<typeof SiteQuerySchema>;

export const SiteParamsSchema = Type.Object({
  id: Type.String({
    pattern: '^[A-Z0-9-]{1,40}$',
    description: 'a site code of 1 to 40 capital letters, digits or hyphens',
    examples: ['KG-J-S01'],
  }),
});
// A site's exposure may be its zone alone (0), which the villages filter (RadiusKmSchema) does not offer.
export const SiteRadiusKmSchema = Type.Number({
  minimum: 0,
  maximum: MAX_RADIUS_KM,
  default: DEFAULT_RADIUS_KM,
  description: 'Radius around the site point, in kilometres (geodesic); 0 = villages in the hazard zone only',
});
export const SiteDetailQuerySchema = Type.Object({ radiusKm: Type.Optional(SiteRadiusKmSchema) });

export const VillageQuerySchema = Type.Object({
  region: Type.Optional(RegionFilterSchema),
  hazard: Type.Optional(literalUnion(HAZARD_TYPES,
    'Keep villages exposed to a site of this hazard type (in its zone or within radiusKm)',
  )),
  status: Type.Optional(literalUnion(SITE_STATUSES,
    'Keep villages exposed to a site with this programme status (in its zone or within radiusKm)',
  )),
  radiusKm: Type.Optional(RadiusKmSchema),
});
export type VillageQuery = Static<typeof VillageQuerySchema>;

// ── The scope of the key figures and chart summaries (GET /api/summary and /api/summary/...) ──
// One contract for every figure beside the map, so a region, site, village or drawn area means the same thing
// in each (server/lib/scope.ts turns it into SQL parameters; scope_villages/scope_sites in migration 005).
export const AREA_SCOPE_MAX_VERTICES = 200;
export const PeriodSchema = Type.String({
  pattern: '^(20[0-9]{2}|2100)(-(0[1-9]|1[0-2]))?$',
  description: 'a year (YYYY) or a month (YYYY-MM) from 2000 to 2100',
  examples: ['2024', '2024-06'],
});
const CodeParam = (description: string, example: string) =>
  Type.String({ pattern: '^[A-Za-z0-9-]{1,40}$', description, examples: [example] });

export const ScopeQueryProperties = {
  region: Type.Optional(RegionFilterSchema),
  rayon: Type.Optional(CodeParam(
    'a rayon code (GET /ogc/collections/rayons/items lists them); keeps its villages and sites', 'KG-J-SUZAK',
  )),
  site: Type.Optional(Type.String({
    ...SiteParamsSchema.properties.id,
    description:
      'a site code of 1 to 40 capital letters, digits or hyphens (GET /api/sites lists them); keeps that site and the ' +
      `villages exposed to it (in its hazard zone or within ${DEFAULT_RADIUS_KM} km of its point)`,
  })),
  village: Type.Optional(CodeParam(
    'a village code (GET /api/villages lists them); keeps that village and the sites it is exposed to (restoration ' +
      'follows those sites)',
    'KG-J-V01',
  )),
  area: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 8000,
    description:
      'a drawn outline as the web address writes it, "lon,lat;lon,lat;..." in WGS 84 degrees, ' +
      `3 to ${AREA_SCOPE_MAX_VERTICES} corners, without repeating the first one at the end; keeps the villages whose ` +
      'point lies in it (edge included) and the sites whose hazard zone reaches into it, as POST /api/analysis/area counts them',
    examples: ['72.9,40.9;73.1,40.9;73.1,41.1'],
  })),
  hazard: Type.Optional(literalUnion(HAZARD_TYPES,
    `Sites of this hazard type, and the villages exposed to one (in its zone or within ${DEFAULT_RADIUS_KM} km)`,
  )),
  status: Type.Optional(literalUnion(SITE_STATUSES,
    `Sites with this programme status, and the villages exposed to one (in its zone or within ${DEFAULT_RADIUS_KM} km)`,
  )),
  category: Type.Optional(literalUnion(PRODUCT_CATEGORIES,
    'Product category: the producer groups making it and the sales of its products. Applies to sales and ' +
      'producers only; sites, households, participants, trainings, restoration and indicators ignore it',
  )),
  channel: Type.Optional(literalUnion(SALES_CHANNELS,
    'Sales channel: the sales made through it. Applies to sales only; every other figure ignores it',
  )),
  from: Type.Optional(Type.String({
    ...PeriodSchema,
    description:
      'a year (YYYY) or a month (YYYY-MM) from 2000 to 2100, the first of the period (inclusive); it bounds sales ' +
      '(by month), trainings (by date), restoration (by end date) and indicators (by year)',
  })),
  to: Type.Optional(Type.String({
    ...PeriodSchema,
    description:
      'a year (YYYY) or a month (YYYY-MM) from 2000 to 2100, the last of the period (inclusive: a year runs through ' +
      'December), not before from',
  })),
};

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
export const ScopeFiltersSchema = Type.Object({
  region: nullable(Type.String()),
  rayon: nullable(Type.String()),
  site: nullable(Type.String()),
  village: nullable(Type.String()),
  area: nullable(Type.String({ description: 'The outline as received ("lon,lat;...")' })),
  hazard: nullable(HazardTypeSchema),
  status: nullable(SiteStatusSchema),
  category: nullable(literalUnion(PRODUCT_CATEGORIES, 'Product category')),
  channel: nullable(literalUnion(SALES_CHANNELS, 'Sales channel')),
  from: nullable(Type.String()),
  to: nullable(Type.String()),
}, { description: 'The scope filters applied, as received (null = not filtered)' });
export type ScopeFilters = Static<typeof ScopeFiltersSchema>;

const SummaryYear = (description: string) => Type.Integer({ minimum: 2000, maximum: 2100, description });
export const SummaryQuerySchema = Type.Object({
  ...ScopeQueryProperties,
  year: Type.Optional(SummaryYear('Sales year; the same as from=year&to=year (kept for older links); not with from/to')),
});
export type SummaryQuery = Static<typeof SummaryQuerySchema>;

// Provenance of one key figure: what a person sees when hovering it.
export const FigureProvenanceSchema = Type.Object({
  sourceIds: Type.Array(Type.String(), {
    description: 'Distinct sources (GET /api/sources) of the rows counted, FX rates included for sales; sorted',
  }),
  isSample: Type.Boolean({ description: 'True when any row counted is sample data' }),
  dataDate: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
    description:
      'YYYY-MM-DD. sales: the last day of the latest month with a sale counted (sales are recorded per month). ' +
      'Every other figure (the data model records no date per row for them): the latest publication date ' +
      '(GET /api/sources `published`) of the sources of the rows counted. null when nothing is counted or no ' +
      'source has a date',
  }),
});
export type FigureProvenance = Static<typeof FigureProvenanceSchema>;

// ── Summary: the key figures ─────────────────────────────────────────────────────────────────────────────────
export const SummarySchema = Type.Object({
  region: Type.Union([Type.String(), Type.Null()]),
  year: Type.Union([Type.Integer(), Type.Null()]),
  filters: Type.Object({
    rayon: Type.Union([Type.String(), Type.Null()]),
    hazard: Type.Union([HazardTypeSchema, Type.Null()]),
    status: Type.Union([SiteStatusSchema, Type.Null()]),
    category: Type.Union([literalUnion(PRODUCT_CATEGORIES, 'Product category'), Type.Null()]),
    from: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Year of the period\'s first month (year, when given, is from and to); scope.from has the month',
    }),
    to: Type.Union([Type.Integer(), Type.Null()], { description: 'Year of the period\'s last month; scope.to has the month' }),
  }, { description: 'Older form of some of the filters, kept for existing clients (null = not filtered); scope has them all' }),
  sites: Type.Integer(),
  households: Type.Integer({ description: 'Households taking part in OVOP+1' }),
  participants: Type.Integer({ description: 'People taking part in OVOP+1' }),
  producers: Type.Object({
    groups: Type.Integer({ description: 'Producer groups of the villages in scope' }),
    ...ProducersSchema.properties,
  }, { description: 'Members of those groups: total, women, youth' }),
  salesKgs: Type.Number(),
  salesUsd: Type.Number({ description: 'Each month converted at that month\'s KGS per US$ rate' }),
  restorationHa: Type.Object({ done: Type.Number(), planned: Type.Number() }),
  isSample: Type.Boolean({ description: 'True when any figure comes from sample data' }),
  scope: ScopeFiltersSchema,
  provenance: Type.Object({
    sites: FigureProvenanceSchema,
    households: FigureProvenanceSchema,
    participants: FigureProvenanceSchema,
    producers: FigureProvenanceSchema,
    sales: FigureProvenanceSchema,
    restoration: FigureProvenanceSchema,
  }, { description: 'Where each figure comes from: its sources, whether any of it is sample data, and its data date' }),
});
export type Summary = Static<typeof SummarySchema>;
