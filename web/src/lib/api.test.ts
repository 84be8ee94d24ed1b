import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiUrl, buildUrl, getJson } from './api';

afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init });

describe('buildUrl', () => {
  it('leaves out empty filters and encodes the rest', () => {
    expect(buildUrl('/api', '/sites', { region: 'KG-J', hazard: null, status: undefined, q: '' })).toBe(
      '/api/sites?region=KG-J',
    );
    expect(buildUrl('/api', '/summary')).toBe('/api/summary');
    expect(buildUrl('/api', '/x', { name: 'Ош шаары & co' })).toBe('/api/x?name=%D0%9E%D1%88+%D1%88%D0%B0%D0%B0%D1%80%D1%8B+%26+co');
  });
});

describe('apiUrl', () => {
  it('fills path parameters, encoded, and keeps only the query values that are set', () => {
    expect(apiUrl('/api/sites/{id}', { path: { id: 'KG J/1' }, query: { radiusKm: 2.5 } })).toBe('/api/sites/KG%20J%2F1?radiusKm=2.5');
    expect(apiUrl('/api/summary', { query: { region: null, year: 2025 } })).toBe('/api/summary?year=2025');
    expect(apiUrl('/api/health')).toBe('/api/health');
  });

  it('accepts only what the OpenAPI document describes (checked by the compiler)', () => {
    // @ts-expect-error: not a documented path
    expect(apiUrl('/api/nowhere')).toBe('/api/nowhere');
    // @ts-expect-error: the site code is a required path parameter
    expect(apiUrl('/api/sites/{id}')).toBe('/api/sites/undefined');
    // @ts-expect-error: hazard must be one of the hazard types
    expect(apiUrl('/api/sites', { query: { hazard: 'meteor' } })).toBe('/api/sites?hazard=meteor');
  });
});

describe('getJson', () => {
  it('returns the parsed body of a 2xx answer', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ status: 'ok' })));
    await expect(getJson('/api/health')).resolves.toEqual({ status: 'ok' });
  });

  it('turns a problem+json answer into an ApiError carrying its detail', async () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'hazard must be one of …' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(problem, { status: 400, headers: { 'Content-Type': 'application/problem+json' } })),
    );
    const err = await getJson('/api/sites?hazard=x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'http', status: 400, detail: 'hazard must be one of …', title: 'Bad Request' });
  });

  it('still reports the status when the error body is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502 })));
    await expect(getJson('/api/summary')).rejects.toMatchObject({ kind: 'http', status: 502, detail: null });
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(getJson('/api/summary')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('reports HTML where JSON was expected as an invalid response', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<!doctype html><html></html>', { status: 200 })));
    await expect(getJson('/api/summary')).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('passes the signal to fetch and lets an abort through untouched', async () => {
    const fetchMock = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const controller = new AbortController();
    const pending = api.summary({ year: 2024 }, controller.signal);
    controller.abort();
    const err = await pending.catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ name: 'AbortError' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/summary?year=2024');
    expect(fetchMock.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
  });
});

describe('api', () => {
  it('builds each endpoint from its filters', async () => {
    const fetchMock = vi.fn(async (_url: string) => json({}));
    vi.stubGlobal('fetch', fetchMock);
    await api.sites({ region: 'KG-J', hazard: 'mudflow' });
    await api.site('KG-J/01', 5);
    await api.basemapLayer('admin-units');
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/api/sites?region=KG-J&hazard=mudflow',
      '/api/sites/KG-J%2F01?radiusKm=5',
      '/basemap/admin-units.geojson',
    ]);
  });
});
