import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationError, migrate, readMigrations } from '../../server/db/migrate.ts';
import { createTestDatabase, testTargets, type TestDatabase } from '../helpers/databases.ts';

describe.each(testTargets())('on the $kind database', (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(target, { dataDir: null });
  });
  afterAll(async () => db?.drop());

  it('every migration file is recorded with its checksum', async () => {
    const files = readMigrations();
    const { rows } = await db.pool.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    expect(rows).toEqual(files.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })));
    expect(rows[0]).toMatchObject({ version: 1, name: 'schema' });
  });

  it('running the migrations again applies nothing', async () => {
    const result = await migrate(db.pool);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBe(readMigrations().length);
  });

  it('a migration changed after it was applied stops the start with a message naming the file', async () => {
    await db.pool.query("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
    try {
      await expect(migrate(db.pool)).rejects.toThrow(MigrationError);
      await expect(migrate(db.pool)).rejects.toThrow(/001_schema\.sql was changed after it was applied/);
    } finally {
      await db.pool.query('UPDATE schema_migrations SET checksum = $1 WHERE version = 1', [readMigrations()[0]!.checksum]);
    }
  });
});
