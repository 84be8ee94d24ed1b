// The JSON documents of /ogc (landing page, conformance, collection metadata), from the registry, the
// extents the repository computed and the request's origin.
import {
  CONFORMANCE_CLASSES,
  CRS84,
  GREGORIAN,
  type Collection,
  type Conformance,
  type Extent,
  type LandingPage,
} from '../../schemas/ogc.ts';
import type { OgcCollection } from './collections.ts';
import { LinkBuilder, MEDIA, segment } from './links.ts';
import type { OutputFormat } from './params.ts';

const OAS30 = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30';

/**
 * The conformance classes, given the version of the OpenAPI document at /docs/json: the "oas30" class is
 * claimed only when that document is OpenAPI 3.0 (a 3.1 document does not meet it).
 */
export function conformance(openapiVersion: string): Conformance {
  const oas30 = openapiVersion.startsWith('3.0');
  return { conformsTo: CONFORMANCE_CLASSES.filter((c) => c !== OAS30 || oas30) };
}

/** `application/vnd.oai.openapi+json;version=3.1` for an OpenAPI 3.1.x document. */
export const openapiMediaType = (openapiVersion: string): string =>
  `application/vnd.oai.openapi+json;version=${openapiVersion.split('.').slice(0, 2).join('.')}`;

export function landingPage(links: LinkBuilder, format: OutputFormat, openapiVersion: string): LandingPage {
  return {
    title: 'Resiland Atlas: OGC API – Features',
    description:
      'Hazard sites and zones of the RESILAND CA+ programme in Kyrgyzstan, the villages around them, OVOP+1 producer ' +
      'groups, restoration work and administrative units, as OGC API – Features (Part 1: Core, GeoJSON, HTML) for ' +
      'QGIS, ArcGIS and GDAL. Coordinates are WGS 84 longitude/latitude (CRS84).',
    links: [
      ...links.selfAndAlternate('', format, MEDIA.json),
      { href: `${links.origin}/docs/json`, rel: 'service-desc', type: openapiMediaType(openapiVersion), title: 'The API definition (OpenAPI)' },
      { href: `${links.origin}/docs`, rel: 'service-doc', type: MEDIA.html, title: 'The API documentation' },
      { href: links.url('/conformance', { f: 'json' }), rel: 'conformance', type: MEDIA.json, title: 'Conformance classes implemented by this server' },
      { href: links.url('/collections', { f: 'json' }), rel: 'data', type: MEDIA.json, title: 'The feature collections' },
    ],
  };
}

export interface ExtentValues {
  bbox: [number, number, number, number] | null;
  interval: [string | null, string | null] | null;
}

/**
 * A collection's metadata. Inside /collections the links are always the JSON ones (self = JSON), whatever the
 * format of the list; a single collection's self follows its own format.
 */
export function collectionDocument(
  links: LinkBuilder,
  c: OgcCollection,
  extent: ExtentValues,
  format: OutputFormat,
): Collection {
  const path = `/collections/${segment(c.id)}`;
  const ext: Extent = {};
  if (extent.bbox) ext.spatial = { bbox: [extent.bbox], crs: CRS84 };
  if (extent.interval) ext.temporal = { interval: [extent.interval], trs: GREGORIAN };
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    itemType: 'feature',
    crs: [CRS84],
    extent: ext,
    links: [
      ...links.selfAndAlternate(path, format, MEDIA.json),
      { href: links.url(`${path}/items`, { f: 'json' }), rel: 'items', type: MEDIA.geojson, title: `${c.title} (GeoJSON)` },
      { href: links.url(`${path}/items`, { f: 'html' }), rel: 'items', type: MEDIA.html, title: `${c.title} (HTML)` },
    ],
  };
}
