// OGC API – Features Part 1 (Core, GeoJSON, HTML) at /ogc, so QGIS, ArcGIS and GDAL read the feature layers.
// JSON by default; HTML for ?f=html or a browser's Accept header. Errors stay application/problem+json.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COLLECTIONS, COLLECTION_IDS, findCollection, type OgcCollection } from '../../lib/ogc/collections.ts';
import { collectionDocument, conformance, landingPage } from '../../lib/ogc/documents.ts';
import { collectionHtml, collectionsHtml, conformanceHtml, itemHtml, itemsHtml, landingHtml } from '../../lib/ogc/html.ts';
import { LinkBuilder, MEDIA, OGC_ROOT, originOf, pagingLinks, segment } from '../../lib/ogc/links.ts';
import {
  ParameterError,
  clampLimit,
  negotiateFormat,
  parseBbox,
  parseDatetime,
  parseFilters,
  type OutputFormat,
} from '../../lib/ogc/params.ts';
import type { ItemFilter } from '../../lib/ogc/query.ts';
import {
  CollectionParamsSchema,
  CollectionSchema,
  CollectionsSchema,
  ConformanceSchema,
  FeatureParamsSchema,
  FormatQuerySchema,
  ItemsQuerySchema,
  LandingPageSchema,
  OgcFeatureCollectionSchema,
  OgcFeatureSchema,
  type Collections,
  type OgcFeatureCollection,
} from '../../schemas/ogc.ts';
import { GEOJSON, problemResponses, problemResponsesWith404 } from '../problems.ts';

const HTML = 'text/html; charset=utf-8';
// The pages carry no script and load nothing: only their inline style is allowed.
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const TAGS = ['ogc'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  let openapiVersion: string | undefined;
  /** Version of the document at /docs/json (generated once by @fastify/swagger). */
  const apiVersion = () => (openapiVersion ??= String((app.swagger() as { openapi?: unknown }).openapi ?? '3.0.0'));

  const context = (request: FastifyRequest, f: OutputFormat | undefined) => {
    const links = new LinkBuilder(originOf(request));
    return { links, format: negotiateFormat(f, request.headers.accept), root: links.url('') };
  };

  /**
   * JSON (as `jsonType`) or the HTML page. The answer depends on Accept, so caches must key on it. Returns the
   * reply: an async handler that has sent must return it, or Fastify logs "Reply was already sent".
   */
  const answer = (reply: FastifyReply, format: OutputFormat, jsonType: string, json: unknown, page: () => string) => {
    reply.vary('Accept');
    if (format === 'html') return reply.type(HTML).header('content-security-policy', HTML_CSP).send(page());
    return reply.type(jsonType).send(json);
  };

  const collectionOr404 = (id: string): OgcCollection => {
    const c = findCollection(id);
    if (!c) {
      throw app.httpErrors.notFound(
        `There is no collection "${id}". The collections are: ${COLLECTION_IDS.join(', ')} (GET /ogc/collections).`,
      );
    }
    return c;
  };

  const landing = async (request: FastifyRequest<{ Querystring: { f?: OutputFormat } }>, reply: FastifyReply) => {
    const { links, format, root } = context(request, request.query.f);
    const doc = landingPage(links, format, apiVersion());
    return answer(reply, format, MEDIA.json, doc, () => landingHtml(doc, root));
  };
  const landingSchema = {
    tags: TAGS,
    summary: 'OGC API – Features landing page',
    querystring: FormatQuerySchema,
    response: { 200: LandingPageSchema, ...problemResponses },
  };
  app.get(OGC_ROOT, { schema: landingSchema }, landing);
  app.get(`${OGC_ROOT}/`, { schema: { ...landingSchema, hide: true } }, landing);

  app.get(`${OGC_ROOT}/conformance`, {
    schema: {
      tags: TAGS,
      summary: 'Conformance classes this API implements',
      querystring: FormatQuerySchema,
      response: { 200: ConformanceSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const { links, format, root } = context(request, request.query.f);
    const doc = conformance(apiVersion());
    const pageLinks = links.selfAndAlternate('/conformance', format, MEDIA.json);
    return answer(reply, format, MEDIA.json, doc, () => conformanceHtml(doc, pageLinks, root));
  });

  app.get(`${OGC_ROOT}/collections`, {
    schema: {
      tags: TAGS,
      summary: 'The feature collections, with their extents',
      querystring: FormatQuerySchema,
      response: { 200: CollectionsSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const { links, format, root } = context(request, request.query.f);
    const collections = [];
    for (const c of COLLECTIONS) {
      collections.push(collectionDocument(links, c, await app.ogcRepository.extent(c), 'json'));
    }
    const doc: Collections = { links: links.selfAndAlternate('/collections', format, MEDIA.json), collections };
    return answer(reply, format, MEDIA.json, doc, () => collectionsHtml(doc, root));
  });

  app.get(`${OGC_ROOT}/collections/:collectionId`, {
    schema: {
      tags: TAGS,
      summary: 'One collection: its extent (computed from the data) and links to its items',
      params: CollectionParamsSchema,
      querystring: FormatQuerySchema,
      response: { 200: CollectionSchema, ...problemResponsesWith404 },
    },
  }, async (request, reply) => {
    const c = collectionOr404(request.params.collectionId);
    const { links, format, root } = context(request, request.query.f);
    const doc = collectionDocument(links, c, await app.ogcRepository.extent(c), format);
    return answer(reply, format, MEDIA.json, doc, () => collectionHtml(doc, c, root));
  });

  app.get(`${OGC_ROOT}/collections/:collectionId/items`, {
    schema: {
      tags: TAGS,
      summary: 'Features of a collection, filtered by bbox, datetime and property values, a page at a time',
      description:
        'GeoJSON FeatureCollection with numberMatched, numberReturned and next/prev links. Property filters are ' +
        'equality on the properties marked as filters on the collection\'s HTML page (e.g. hazard_sites?status=works); ' +
        'any other query parameter is a 400.',
      params: CollectionParamsSchema,
      querystring: ItemsQuerySchema,
      response: { 200: OgcFeatureCollectionSchema, ...problemResponsesWith404 },
    },
  }, async (request, reply) => {
    const c = collectionOr404(request.params.collectionId);
    const { links, format, root } = context(request, request.query.f);
    const { bbox, datetime } = request.query;
    let filter: ItemFilter;
    try {
      filter = {
        equals: parseFilters(c, request.query as Record<string, unknown>),
        ...(bbox !== undefined ? { envelopes: parseBbox(bbox) } : {}),
        ...(datetime !== undefined ? { interval: parseDatetime(datetime) } : {}),
      };
    } catch (error) {
      if (error instanceof ParameterError) throw app.httpErrors.badRequest(error.message);
      throw error;
    }
    const limit = clampLimit(request.query.limit);
    const offset = request.query.offset ?? 0;
    const { features, numberMatched } = await app.ogcRepository.items(c, filter, { limit, offset });

    const path = `/collections/${segment(c.id)}/items`;
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const doc: OgcFeatureCollection = {
      type: 'FeatureCollection',
      features,
      numberMatched,
      numberReturned: features.length,
      timeStamp: new Date().toISOString(),
      links: [
        ...links.selfAndAlternate(path, format, MEDIA.geojson, query),
        ...pagingLinks(links, path, query, { limit, offset, returned: features.length, matched: numberMatched }, format),
        { href: links.url(`/collections/${segment(c.id)}`, { f: format }), rel: 'collection', type: format === 'json' ? MEDIA.json : MEDIA.html, title: c.title },
      ],
    };
    const itemHref = (id: string) => links.url(`${path}/${segment(id)}`, { f: 'html' });
    // Serialised here rather than by the response schema: its open-ended geometry and property unions would make
    // fast-json-stringify test every feature against each branch, which is slow for 10,000 features.
    return answer(reply, format, GEOJSON, JSON.stringify(doc), () => itemsHtml(doc, c, root, offset, itemHref));
  });

  app.get(`${OGC_ROOT}/collections/:collectionId/items/:featureId`, {
    schema: {
      tags: TAGS,
      summary: 'One feature, by its code',
      params: FeatureParamsSchema,
      querystring: FormatQuerySchema,
      response: { 200: OgcFeatureSchema, ...problemResponsesWith404 },
    },
  }, async (request, reply) => {
    const c = collectionOr404(request.params.collectionId);
    const { featureId } = request.params;
    const { links, format, root } = context(request, request.query.f);
    const feature = await app.ogcRepository.one(c, featureId);
    if (!feature) {
      throw app.httpErrors.notFound(
        `Collection ${c.id} has no feature "${featureId}". GET /ogc/collections/${c.id}/items lists its features.`,
      );
    }
    feature.links = [
      ...links.selfAndAlternate(`/collections/${segment(c.id)}/items/${segment(featureId)}`, format, MEDIA.geojson),
      { href: links.url(`/collections/${segment(c.id)}`, { f: 'json' }), rel: 'collection', type: MEDIA.json, title: c.title },
    ];
    return answer(reply, format, GEOJSON, JSON.stringify(feature), () => itemHtml(feature, c, root));
  });

  // Anything else under /ogc is a 404 problem here, never the web app's index.html (the static plugin's
  // SPA fallback serves that for unknown paths outside the API).
  app.get(`${OGC_ROOT}/*`, { schema: { hide: true } }, async (request) => {
    throw app.httpErrors.notFound(
      `Nothing here: GET ${request.url.split('?')[0]} is not a route of the OGC API. Start at /ogc (or /ogc/collections).`,
    );
  });
};
export default routes;
