// OGC API – Features Part 1 (Core, GeoJSON, HTML) documents served at /ogc, as TypeBox schemas: the routes'
// validation and their OpenAPI description. Member names are the standard's (conformsTo, numberMatched, itemType).
import { Type, type Static } from 'typebox';

export const DEFAULT_LIMIT = 100;
/** Larger pages are clamped to this (the standard's SHOULD), not refused. */
export const MAX_LIMIT = 10_000;

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';

export const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
] as const;

export const LinkSchema = Type.Object({
  href: Type.String(),
  rel: Type.String(),
  type: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
});
export type Link = Static<typeof LinkSchema>;

export const LandingPageSchema = Type.Object({
  title: Type.String(),
  description: Type.String(),
  links: Type.Array(LinkSchema),
});
export type LandingPage = Static<typeof LandingPageSchema>;

export const ConformanceSchema = Type.Object({ conformsTo: Type.Array(Type.String()) });
export type Conformance = Static<typeof ConformanceSchema>;

const Instant = Type.Union([Type.String(), Type.Null()]);

export const ExtentSchema = Type.Object({
  spatial: Type.Optional(Type.Object({
    bbox: Type.Array(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
    crs: Type.String(),
  })),
  temporal: Type.Optional(Type.Object({
    interval: Type.Array(Type.Array(Instant, { minItems: 2, maxItems: 2 })),
    trs: Type.String(),
  })),
});
export type Extent = Static<typeof ExtentSchema>;

export const CollectionSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  itemType: Type.Literal('feature'),
  crs: Type.Array(Type.String()),
  extent: ExtentSchema,
  links: Type.Array(LinkSchema),
});
export type Collection = Static<typeof CollectionSchema>;

export const CollectionsSchema = Type.Object({
  links: Type.Array(LinkSchema),
  collections: Type.Array(CollectionSchema),
});
export type Collections = Static<typeof CollectionsSchema>;

// Feature properties differ per collection; each is flat (string, number, boolean or null).
const PropertyValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
export type PropertyValue = Static<typeof PropertyValue>;

// Geometries are passed through from ST_AsGeoJSON (RFC 7946); described, not re-validated.
const Geometry = Type.Union([
  Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }),
  Type.Null(),
]);

export const OgcFeatureSchema = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Geometry,
  properties: Type.Record(Type.String(), PropertyValue),
  links: Type.Optional(Type.Array(LinkSchema)),
});
export type OgcFeature = Static<typeof OgcFeatureSchema>;

export const OgcFeatureCollectionSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(OgcFeatureSchema),
  numberMatched: Type.Integer(),
  numberReturned: Type.Integer(),
  timeStamp: Type.String({ format: 'date-time' }),
  links: Type.Array(LinkSchema),
});
export type OgcFeatureCollection = Static<typeof OgcFeatureCollectionSchema>;

// ── Request parameters ──────────────────────────────────────────────────────────────────────
export const FormatSchema = Type.Enum(['json', 'html'], {
  description: 'Output format; without it the Accept header decides (a browser gets HTML, anything else JSON)',
});

export const FormatQuerySchema = Type.Object({ f: Type.Optional(FormatSchema) });

export const CollectionParamsSchema = Type.Object({
  collectionId: Type.String({ maxLength: 100, description: 'A collection id (GET /ogc/collections lists them)' }),
});

export const FeatureParamsSchema = Type.Object({
  collectionId: CollectionParamsSchema.properties.collectionId,
  featureId: Type.String({ maxLength: 200, description: 'The feature id: its code, e.g. KG-J-S01' }),
});

export const ItemsQuerySchema = Type.Object({
  f: Type.Optional(FormatSchema),
  bbox: Type.Optional(Type.String({
    description: 'minLon,minLat,maxLon,maxLat in degrees (CRS84); features intersecting the box',
    examples: ['72.5,40.9,73.2,41.3'],
  })),
  datetime: Type.Optional(Type.String({
    description:
      'RFC 3339 instant or interval (start/end, ".." for an open end); only on collections with time (restoration)',
    examples: ['2024-06-01/..'],
  })),
  // No schema maximum: the standard asks servers to clamp a larger limit rather than refuse it.
  limit: Type.Optional(Type.Integer({
    minimum: 1,
    default: DEFAULT_LIMIT,
    description: `Features per page, default ${DEFAULT_LIMIT}; above ${MAX_LIMIT} is read as ${MAX_LIMIT}`,
  })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'Features to skip (the next link carries it)' })),
}, {
  additionalProperties: true,
  description: 'Other keys are equality filters on the collection\'s filterable properties (see its HTML page)',
});
