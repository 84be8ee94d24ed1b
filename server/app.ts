// buildApp({ db, config }): the Fastify instance without listening, for main.ts and for tests (app.inject).
// Plugins and routes are registered explicitly (no autoload): the list below is the map of the server.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/pool.ts';

import database from './plugins/external/database.ts';
import sensible from './plugins/external/sensible.ts';
import cors from './plugins/external/cors.ts';
import compress from './plugins/external/compress.ts';
import etag from './plugins/external/etag.ts';
import swagger from './plugins/external/swagger.ts';
import staticFiles from './plugins/external/static.ts';
import errors from './plugins/app/errors.ts';
import queryCache from './plugins/app/query-cache.ts';
import healthRepository from './plugins/app/health-repository.ts';
import regionsRepository from './plugins/app/regions-repository.ts';
import sitesRepository from './plugins/app/sites-repository.ts';
import villagesRepository from './plugins/app/villages-repository.ts';
import summaryRepository from './plugins/app/summary-repository.ts';
import productsRepository from './plugins/app/products-repository.ts';
import summariesRepository from './plugins/app/summaries-repository.ts';
import exportDownloads from './plugins/app/export.ts';
import tilesRepository from './plugins/app/tiles-repository.ts';
import ogcRepository from './plugins/app/ogc-repository.ts';
import analysisRepository from './plugins/app/analysis-repository.ts';
import programmeRepository from './plugins/app/programme-repository.ts';
import sourcesRepository from './plugins/app/sources-repository.ts';
import resultsRepository from './plugins/app/results-repository.ts';
import auth from './plugins/app/auth.ts';

import healthRoutes from './routes/health/index.ts';
import regionsRoutes from './routes/regions/index.ts';
import sitesRoutes from './routes/sites/index.ts';
import villagesRoutes from './routes/villages/index.ts';
import summaryRoutes from './routes/summary/index.ts';
import productsRoutes from './routes/products/index.ts';
import summariesRoutes from './routes/summaries/index.ts';
import tilesRoutes from './routes/tiles/index.ts';
import ogcRoutes from './routes/ogc/index.ts';
import analysisRoutes from './routes/analysis/index.ts';
import programmeRoutes from './routes/programme/index.ts';
import sourcesRoutes from './routes/sources/index.ts';
import briefingRoutes from './routes/briefing/index.ts';
import resultsRoutes from './routes/results/index.ts';
import authRoutes from './routes/auth/index.ts';
import usersRoutes from './routes/users/index.ts';
import tokensRoutes from './routes/tokens/index.ts';
import auditRoutes from './routes/audit/index.ts';
import editsRoutes from './routes/edits/index.ts';
import importRoutes from './routes/import/index.ts';
import templatesRoutes from './routes/templates/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface BuildOptions {
  db: Database;
  config: Config;
}

export async function buildApp({ db, config }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: () => randomUUID(),
    // verbose: Ajv errors carry the received value and the parameter's schema, from which the error handler
    // writes "radiusKm must be a number greater than 0 and at most 100; received "0"".
    ajv: { customOptions: { verbose: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(database, { db });
  await app.register(sensible);
  await app.register(cors, { config });
  await app.register(compress);
  // Before etag: its onSend hook then sees the CSV (untagged), not the JSON the CSV was made from.
  await app.register(exportDownloads);
  await app.register(etag);
  await app.register(swagger);
  await app.register(errors);

  await app.register(queryCache);
  await app.register(healthRepository);
  await app.register(regionsRepository);
  await app.register(sitesRepository);
  await app.register(villagesRepository);
  await app.register(summaryRepository);
  await app.register(productsRepository);
  await app.register(summariesRepository);
  await app.register(tilesRepository);
  await app.register(ogcRepository);
  await app.register(analysisRepository);
  await app.register(programmeRepository);
  await app.register(sourcesRepository);
  await app.register(resultsRepository);
  // Who is asking (request.user) and requireRole, for the routes that write or show the audit log.
  await app.register(auth);

  await app.register(healthRoutes);
  await app.register(regionsRoutes);
  await app.register(sitesRoutes);
  await app.register(villagesRoutes);
  await app.register(summaryRoutes);
  await app.register(productsRoutes);
  await app.register(summariesRoutes);
  await app.register(tilesRoutes);
  await app.register(ogcRoutes);
  await app.register(analysisRoutes);
  await app.register(programmeRoutes);
  await app.register(sourcesRoutes);
  await app.register(briefingRoutes);
  await app.register(resultsRoutes);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(tokensRoutes);
  await app.register(auditRoutes);
  await app.register(editsRoutes);
  await app.register(importRoutes);
  await app.register(templatesRoutes);

  await app.register(staticFiles, { config });
  return app;
}
