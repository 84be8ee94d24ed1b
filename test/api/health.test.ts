import { describe, expect, it } from 'vitest';
import type { Health } from '../../server/schemas/api.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target, { dataDir: null });

  it('health says ok, names the database kind and the PostGIS version', async () => {
    const res = await api.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = json<Health>(res);
    expect(body.status).toBe('ok');
    expect(body.database).toBe(target.kind);
    expect(body.postgis).toMatch(/^3\.\d+/);
  });

  it('every response carries its request id, to quote when reporting a problem', async () => {
    const res = await api.app.inject({ url: '/api/health' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the OpenAPI document lists every API route', async () => {
    const res = await api.app.inject({ url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = json<{ openapi: string; paths: Record<string, unknown> }>(res);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/regions', '/api/sites', '/api/sites/{id}', '/api/villages', '/api/summary']),
    );
  });
});
