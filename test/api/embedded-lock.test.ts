// The embedded database's data folder is opened by one process only: a second opening (npm run import while the
// atlas runs) must reach the first one's database over its port, never open the same files again.
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedDatabase } from '../../server/db/embedded.ts';

describe('an embedded data folder opened twice', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-lock-'));
  const opened: EmbeddedDatabase[] = [];
  afterAll(async () => {
    for (const db of opened.reverse()) await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const query = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it('is reached through the port of the process that has it open, which sees what the second writes', async () => {
    // A crashed process's note (its pid no longer runs) must not stop the first opening.
    writeFileSync(path.join(dataDir, 'atlas-open.json'), JSON.stringify({ pid: 2 ** 22 + 12345, url: 'postgres://postgres@127.0.0.1:1/postgres' }));
    const first = await startEmbedded({ dataDir });
    opened.push(first);
    expect(first.shared).toBe(false);
    // Same process: the note is its own, so it would open again; a child process is the real case. Pretend by
    // rewriting the note with another live pid (this test runner's parent) that serves the first's URL.
    writeFileSync(path.join(dataDir, 'atlas-open.json'), JSON.stringify({ pid: process.ppid, url: first.url }));
    const second = await startEmbedded({ dataDir });
    opened.push(second);
    expect(second.shared).toBe(true);
    expect(second.url).toBe(first.url);

    await query(second.url, 'CREATE TABLE lock_probe (n int); INSERT INTO lock_probe VALUES (7)');
    expect(await query(first.url, 'SELECT n FROM lock_probe')).toEqual([{ n: 7 }]);
    // Stopping the shared handle leaves the database open for its owner.
    await second.stop();
    expect(await query(first.url, 'SELECT count(*)::int AS c FROM lock_probe')).toEqual([{ c: 1 }]);
  }, 120_000);

  it('removes its note when the owner stops', async () => {
    const first = opened[0]!;
    writeFileSync(path.join(dataDir, 'atlas-open.json'), JSON.stringify({ pid: process.pid, url: first.url }));
    await first.stop();
    expect(existsSync(path.join(dataDir, 'atlas-open.json'))).toBe(false);
  });
});
