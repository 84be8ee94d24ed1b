// Starts ONE embedded PostGIS in a fresh temporary folder for the test run and stops it at the end.
// Each API test file then works in its own schema of it (see test/helpers/databases.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../server/db/embedded.ts';
import { testDatabaseUrl } from '../server/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedDatabaseUrl: string;
    /** Admin URL of a real PostgreSQL/PostGIS (TEST_DATABASE_URL or DATABASE_URL), or null. */
    postgresAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-pglite-'));
  const db = await startEmbedded({ dataDir, log: (line) => console.log(`[global-setup] ${line}`) });
  project.provide('embeddedDatabaseUrl', db.url);
  project.provide('postgresAdminUrl', testDatabaseUrl() ?? null);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
