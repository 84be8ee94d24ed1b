import { describe, expect, it } from 'vitest';
import { FreshReader, QueryCache, noteDataChanged } from './query-cache.ts';

const counter = () => {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    compute: async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { n: calls };
    },
  };
};

describe('QueryCache', () => {
  it('computes an answer once and serves it again from memory', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10 });
    const c = counter();
    expect(await cache.get('a', c.compute)).toEqual({ n: 1 });
    expect(await cache.get('a', c.compute)).toEqual({ n: 1 });
    expect(c.calls).toBe(1);
    expect(cache.stats).toMatchObject({ enabled: true, hits: 1, misses: 1 });
  });

  it('shares one computation between concurrent requests for the same key', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10 });
    const c = counter();
    const answers = await Promise.all([1, 2, 3, 4].map(() => cache.get('a', c.compute)));
    expect(c.calls).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it('keeps different keys apart', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10 });
    const c = counter();
    await cache.get('a', c.compute);
    await cache.get('b', c.compute);
    expect(c.calls).toBe(2);
  });

  it('computes again after clear()', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10 });
    const c = counter();
    await cache.get('a', c.compute);
    cache.clear();
    expect(await cache.get('a', c.compute)).toEqual({ n: 2 });
  });

  it('computes every time when the TTL is 0', async () => {
    const cache = new QueryCache({ ttlMs: 0, maxEntries: 10 });
    const c = counter();
    await cache.get('a', c.compute);
    await cache.get('a', c.compute);
    expect(c.calls).toBe(2);
    expect(cache.stats.enabled).toBe(false);
  });

  it('does not keep a failure: the next call tries again', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10 });
    await expect(cache.get('a', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('a', async () => 'ok')).toBe('ok');
  });

  it('stores answers that are undefined or null', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10 });
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return null;
    };
    expect(await cache.get('a', compute)).toBeNull();
    expect(await cache.get('a', compute)).toBeNull();
    expect(calls).toBe(1);
  });

  it('answers afresh once the data version moves, as after an import by another process', async () => {
    let version = 1;
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10, readVersion: async () => version });
    const c = counter();
    expect(await cache.get('a', c.compute)).toEqual({ n: 1 });
    expect(await cache.get('a', c.compute)).toEqual({ n: 1 });
    version = 2;
    expect(await cache.get('a', c.compute)).toEqual({ n: 2 });
    expect(await cache.get('a', c.compute)).toEqual({ n: 2 });
  });

  it('answers afresh after a write this process committed, without reading the version again', async () => {
    let reads = 0;
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10, readVersion: async () => ++reads && 1, versionMaxAgeMs: 60_000 });
    const c = counter();
    await cache.get('a', c.compute);
    noteDataChanged();
    expect(await cache.get('a', c.compute)).toEqual({ n: 2 });
    expect(reads).toBe(1);
  });

  it('computes without the cache when the version cannot be read', async () => {
    const cache = new QueryCache({ ttlMs: 60_000, maxEntries: 10, readVersion: async () => Promise.reject(new Error('db down')) });
    const c = counter();
    await cache.get('a', c.compute);
    await cache.get('a', c.compute);
    expect(c.calls).toBe(2);
  });
});

describe('FreshReader', () => {
  /** A read that finishes only when the test says so. */
  const gated = () => {
    const pending: ((v: number) => void)[] = [];
    let started = 0;
    return {
      reader: new FreshReader(() => new Promise<number>((resolve) => { started += 1; pending.push(resolve); })),
      finish: (i: number, v: number) => pending[i]!(v),
      get started() { return started; },
    };
  };

  it('shares one read among callers that ask while none is running', async () => {
    const g = gated();
    const a = g.reader.get();
    const b = g.reader.get();
    expect(g.started).toBe(1);
    g.finish(0, 7);
    expect(await a).toBe(7);
    // b asked while a's read was running: it waits for a read that begins after it asked.
    await new Promise((r) => setImmediate(r));
    expect(g.started).toBe(2);
    g.finish(1, 8);
    expect(await b).toBe(8);
  });

  it('serves a read begun within maxAgeMs as it is', async () => {
    let reads = 0;
    const reader = new FreshReader(async () => ++reads, 60_000);
    expect(await reader.get()).toBe(1);
    expect(await reader.get()).toBe(1);
    expect(reads).toBe(1);
  });

  it('gives every caller that arrives during a read the same next read', async () => {
    const g = gated();
    const first = g.reader.get();
    const queued = [g.reader.get(), g.reader.get(), g.reader.get()];
    g.finish(0, 1);
    await first;
    await new Promise((r) => setImmediate(r));
    g.finish(1, 2);
    expect(await Promise.all(queued)).toEqual([2, 2, 2]);
    expect(g.started).toBe(2);
  });
});

