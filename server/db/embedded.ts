// Embedded PostGIS: PGlite (PostgreSQL 18 + PostGIS 3.6 in WebAssembly) persisted in a folder and served
// on a loopback port with pglite-socket, so the rest of the server talks plain `pg` to either database.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { REPO_ROOT } from '../lib/paths.ts';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free loopback port. */
  port?: number;
  log?: (line: string) => void;
}

export async function startEmbedded({ dataDir, port = 0, log = () => {} }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const relative = path.relative(REPO_ROOT, dataDir);
  const shown = relative && !relative.startsWith('..') ? relative : dataDir;
  const isNew = !existsSync(path.join(dataDir, 'PG_VERSION'));
  log(
    isNew
      ? `Creating embedded PostGIS in ${shown} (first start takes ~20 s)…`
      : `Opening embedded PostGIS in ${shown} (takes a few seconds)…`,
  );
  const started = performance.now();
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { postgis } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
  // The default of one connection makes pg.Pool fail with ECONNRESET (RECIPES.md).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 8 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  log(`…ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
