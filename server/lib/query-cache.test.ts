import { describe, expect, it } from 'vitest';
import { QueryCache } from './query-cache.ts';

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
});
