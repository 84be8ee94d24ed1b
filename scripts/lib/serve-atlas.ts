// A throwaway atlas for the command-line tools (screenshot, web benchmark): the same open → migrate → seed →
// buildApp path as `npm start` (server/main.ts), over a new embedded database in a temporary folder (so it never
// fights a running server for the data folder), listening on a free loopback port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/pool.ts';
import { seed } from '../../server/db/seed.ts';

export interface ServedAtlas {
  url: string;
  close(): Promise<void>;
}

/** `env`: settings over these defaults. The briefing renderer is not warmed unless asked (BRIEFING_WARM): a Chromium
 * starting in the server would disturb what the web benchmark and the screenshot measure and draw. */
export async function serveAtlas(log: (line: string) => void = () => {}, env: Record<string, string> = {}): Promise<ServedAtlas> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-serve-'));
  const config = loadConfig(
    { DATABASE_URL: '', DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', BRIEFING_WARM: 'false', ...env },
    {},
  );
  const db = await openDatabase(config, log);
  try {
    await migrate(db.pool);
    await seed(db.pool, { dataDir: config.seedDir, log });
    const app = await buildApp({ db, config });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      url: `${url}/`,
      close: async () => {
        await app.close();
        await db.close().catch(() => {});
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await db.close().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
