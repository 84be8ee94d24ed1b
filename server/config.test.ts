import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadConfig, parseOrigins, testDatabaseUrl } from './config.ts';
import { REPO_ROOT } from './lib/paths.ts';

describe('loadConfig', () => {
  it('gives the documented defaults when nothing is set', () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: path.join(REPO_ROOT, '.data', 'pglite'),
      embeddedDbPort: 0,
      logLevel: 'info',
      statementTimeoutMs: 5000,
      seedDir: path.join(REPO_ROOT, 'data'),
    });
  });

  it('reads numbers from environment strings and lets overrides win', () => {
    const config = loadConfig({ PORT: '9000' }, { PORT: '7000', STATEMENT_TIMEOUT_MS: '250', HOST: '127.0.0.1' });
    expect(config.port).toBe(9000);
    expect(config.statementTimeoutMs).toBe(250);
    expect(config.host).toBe('127.0.0.1');
  });

  it('treats an empty DATABASE_URL as unset, so the embedded database is used', () => {
    expect(loadConfig({}, { DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadConfig({}, { DATABASE_URL: 'postgres://db/x' }).databaseUrl).toBe('postgres://db/x');
  });

  it('keeps absolute folders and anchors relative ones at the repository root', () => {
    expect(loadConfig({}, { DATA_DIR: '/var/lib/atlas' }).dataDir).toBe('/var/lib/atlas');
    expect(loadConfig({}, { SEED_DIR: 'test/fixtures/data' }).seedDir).toBe(path.join(REPO_ROOT, 'test/fixtures/data'));
  });

  it('rejects a port that is not a number, naming the setting', () => {
    expect(() => loadConfig({}, { PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('rejects an unknown log level', () => {
    expect(() => loadConfig({}, { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('parseOrigins', () => {
  it('splits a comma list, trims it and drops empty entries', () => {
    expect(parseOrigins(' http://a:1, http://b:2 ,,')).toEqual(['http://a:1', 'http://b:2']);
  });
  it("keeps '*' as any origin and '' as none", () => {
    expect(parseOrigins('*')).toBe('*');
    expect(parseOrigins('')).toEqual([]);
  });
});

describe('testDatabaseUrl', () => {
  it('prefers TEST_DATABASE_URL over DATABASE_URL and ignores empty values', () => {
    expect(testDatabaseUrl({ TEST_DATABASE_URL: 'postgres://t', DATABASE_URL: 'postgres://d' })).toBe('postgres://t');
    expect(testDatabaseUrl({ DATABASE_URL: 'postgres://d' })).toBe('postgres://d');
    expect(testDatabaseUrl({ TEST_DATABASE_URL: '' })).toBeUndefined();
  });
});
