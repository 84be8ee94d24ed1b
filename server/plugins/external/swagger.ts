import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

// The OpenAPI document (GET /docs/json) is generated from the routes' TypeBox schemas; the web client's
// types can be generated from it, so the contract cannot drift.
export default fp(async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Resiland Atlas API',
        version: '0.1.0',
        description:
          'Hazard sites of the RESILAND CA+ programme in Kyrgyzstan, the villages exposed to them, and their OVOP+1 ' +
          'livelihoods and restoration. Features are GeoJSON (RFC 7946); errors are application/problem+json (RFC 9457).',
      },
      tags: [
        { name: 'health', description: 'Service status' },
        { name: 'regions', description: 'Oblasts and cities' },
        { name: 'sites', description: 'Hazard sites and their exposure' },
        { name: 'villages', description: 'Villages' },
        { name: 'summary', description: 'Key figures and the summaries the charts use; CSV with format=csv' },
        { name: 'analysis', description: 'Exposure of a drawn area, computed by PostGIS' },
        { name: 'products', description: 'OVOP+1 products' },
        { name: 'programme', description: 'Programme facts: financing, dates, agency, published targets' },
        { name: 'sources', description: 'Where every figure comes from' },
        { name: 'tiles', description: 'Mapbox Vector Tiles and TileJSON 3 (the OGC API – Features at /ogc is described there)' },
        { name: 'auth', description: 'Sign in and out; who the request is signed in as' },
        { name: 'users', description: 'Users and their roles (admin)' },
        { name: 'tokens', description: 'API tokens for scripts (admin)' },
        { name: 'audit', description: 'Who changed what, and when (editor, admin)' },
        { name: 'edits', description: 'Single-record changes (editor)' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A session token (POST /api/auth/login) or an API token' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'atlas_session', description: 'Set by POST /api/auth/login; writes also need the header X-Atlas-Request: 1' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}, { name: 'swagger' });
