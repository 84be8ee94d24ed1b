// npm run seed [-- <data folder>] [--force]: migrate, then load a data folder (default: SEED_DIR, i.e. data/)
// into the configured database. The same code the server runs at start (server/db/seed.ts).
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/pool.ts';
import { migrate } from '../server/db/migrate.ts';
import { seed } from '../server/db/seed.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const folder = args.find((a) => !a.startsWith('--'));
const config = loadConfig();
const db = await openDatabase(config);
try {
  await migrate(db.pool);
  const result = await seed(db.pool, {
    dataDir: folder ? path.resolve(folder) : config.seedDir,
    force,
    log: (line) => console.log(line),
  });
  console.log(result.status === 'loaded' ? result.counts : `Nothing loaded (${result.status})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
