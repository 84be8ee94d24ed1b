// POST /api/analysis/area: the exposure of a drawn polygon. The facets (products, sales, restoration) have the
// same shape as a site's exposure (GET /api/sites/:id), so the web shows both with the same components.
import { Type, type Static } from 'typebox';
import {
  ExposureFacetsSchema,
  ExposureTotalsSchema,
  HazardTypeSchema,
  MultiPolygonSchema,
  NameSchema,
  PolygonSchema,
  RestorationHaSchema,
  RiskLevelSchema,
  SiteStatusSchema,
} from './api.ts';

export const MAX_AREA_RADIUS_KM = 20;
/** Vertices (positions, closing ones included) a drawn area may have: enough for any hand-drawn shape. */
export const MAX_AREA_VERTICES = 10_000;
/** Geodesic area a drawn area may cover once buffered: about a quarter of the country (199,951 km²). */
export const MAX_AREA_KM2 = 50_000;
/** A 10,000-vertex polygon at full double precision is ~0.4 MB compact, ~1 MB pretty-printed. */
export const MAX_AREA_BODY_BYTES = 2 * 1024 * 1024;

const AreaGeometrySchema = Type.Union([PolygonSchema, MultiPolygonSchema]);
export type AreaGeometry = Static<typeof AreaGeometrySchema>;

export const AreaRadiusKmSchema = Type.Number({
  minimum: 0,
  maximum: MAX_AREA_RADIUS_KM,
  description: 'Buffer around the drawn area, in kilometres (geodesic); 0 = the area as drawn',
});

export const AreaQuerySchema = Type.Object({ radiusKm: Type.Optional(AreaRadiusKmSchema) });
export type AreaQuery = Static<typeof AreaQuerySchema>;

// Documents the body for OpenAPI. The route checks it first with its own messages (lib/area-input.ts),
// which say which ring and position is wrong; this schema then only ever sees bodies that pass.
export const AreaBodySchema = Type.Union(
  [
    PolygonSchema,
    MultiPolygonSchema,
    Type.Object({
      type: Type.Literal('Feature'),
      geometry: AreaGeometrySchema,
      properties: Type.Optional(Type.Union([Type.Object({}), Type.Null()])),
    }),
  ],
  {
    description:
      `A GeoJSON (RFC 7946) Polygon or MultiPolygon in lon/lat, or a Feature wrapping one; at most ` +
      `${MAX_AREA_VERTICES.toLocaleString('en')} vertices and ${MAX_AREA_KM2.toLocaleString('en')} km², ` +
      'without self-intersections. A top-level "radiusKm" member is read like the query parameter.',
  },
);

export const AreaVillageSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  oblastCode: Type.String(),
  rayonCode: Type.Union([Type.String(), Type.Null()]),
  households: Type.Integer(),
  participatingHouseholds: Type.Integer(),
  participants: Type.Integer(),
  producerGroups: Type.Integer(),
});

export const AreaSiteSchema = Type.Object({
  code: Type.String(),
  name: NameSchema,
  hazardType: HazardTypeSchema,
  riskLevel: RiskLevelSchema,
  status: SiteStatusSchema,
  oblastCode: Type.String(),
  pointInside: Type.Boolean({ description: 'The site point itself lies in the area (else only its zone reaches in)' }),
});

export const AreaAnalysisSchema = Type.Object({
  radiusKm: Type.Number(),
  areaKm2: Type.Number({ description: 'Geodesic area analysed (after the buffer), km²' }),
  drawnAreaKm2: Type.Number({ description: 'Geodesic area as drawn, km²' }),
  villages: Type.Array(AreaVillageSchema, { description: 'Villages whose point lies in the area (edge included)' }),
  totals: ExposureTotalsSchema,
  sites: Type.Array(AreaSiteSchema, { description: 'Hazard sites whose zone intersects the area' }),
  ...ExposureFacetsSchema.properties,
  restorationHa: Type.Object(RestorationHaSchema.properties, {
    description:
      'Restoration plots intersecting the area, pro rata: each plot adds its planned and done hectares times ' +
      'the share of its geodesic area that lies inside',
  }),
});
export type AreaAnalysis = Static<typeof AreaAnalysisSchema>;
