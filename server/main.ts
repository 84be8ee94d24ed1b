// npm start: open the database (DATABASE_URL or embedded) → migrate → seed → listen; close cleanly on a signal.
import { loadConfig } from './config.ts';
import { openDatabase } from './db/pool.ts';
import { migrate } from './db/migrate.ts';
import { seed } from './db/seed.ts';
import { buildApp } from './app.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, log);
  let closing = false;
  const close = async (code: number) => {
    if (closing) return;
    closing = true;
    await db.close().catch(() => {});
    process.exit(code);
  };
  try {
    const migrated = await migrate(db.pool);
    log(`Migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied} already in place`);
    await seed(db.pool, { dataDir: config.seedDir, log });
    const app = await buildApp({ db, config });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        log(`${signal}: shutting down…`);
        void app.close().finally(() => close(0));
      });
    }
    await app.listen({ port: config.port, host: config.host });
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const port = (app.server.address() as { port: number } | null)?.port ?? config.port;
    log(`Resiland Atlas at http://${shownHost}:${port}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await close(1);
  }
}

void main();
