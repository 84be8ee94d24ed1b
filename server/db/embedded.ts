// Embedded PostGIS: PGlite (PostgreSQL 18 + PostGIS 3.6 in WebAssembly) persisted in a folder and served
// on a loopback port with pglite-socket, so the rest of the server talks plain `pg` to either database.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { REPO_ROOT } from '../lib/paths.ts';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  /** True when another process (a running atlas) has the folder open and this one talks to it over its port. */
  shared: boolean;
  stop(): Promise<void>;
}

/**
 * A data folder is open in one process at a time: a second PGlite on the same files would corrupt them. The process
 * that opens it writes this file (its pid and the loopback URL it serves the database on); another process (npm run
 * import, seed or user while the atlas runs) finds it and connects to that URL instead. pglite-socket runs one
 * connection's transaction at a time, so an import there is still all-or-nothing.
 */
const LOCK_FILE = 'atlas-open.json';

interface Lock {
  pid: number;
  url: string;
}

function readLock(dataDir: string): Lock | null {
  try {
    const lock = JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as Partial<Lock>;
    return typeof lock.pid === 'number' && typeof lock.url === 'string' ? { pid: lock.pid, url: lock.url } : null;
  } catch {
    return null;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Whether something accepts connections at the lock's URL (a pid can be reused by another program after a crash). */
function answers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), timeout: 1000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
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
  const held = readLock(dataDir);
  if (held && held.pid !== process.pid && alive(held.pid) && (await answers(held.url))) {
    log(`Using the embedded PostGIS in ${shown}, open in the running atlas (process ${held.pid})`);
    return { url: held.url, dataDir, shared: true, stop: async () => {} };
  }
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
  const lockPath = path.join(dataDir, LOCK_FILE);
  writeFileSync(lockPath, JSON.stringify({ pid: process.pid, url } satisfies Lock));
  log(`…ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  let stopped = false;
  return {
    url,
    dataDir,
    shared: false,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (readLock(dataDir)?.pid === process.pid) rmSync(lockPath, { force: true });
    },
  };
}
