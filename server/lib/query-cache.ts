// Answers that are costly to compute and the same for everyone (summaries, a site's exposure, vector tiles)
// are kept in memory for a short time. Concurrent requests for the same key share one computation, so a burst
// of identical requests costs one query. The data only changes through seed and import, which call clear();
// the TTL bounds how stale an answer can be when another process writes to a shared database.
import { LRUCache } from 'lru-cache';

type Compute = () => Promise<unknown>;

export interface QueryCacheOptions {
  /** 0 turns caching off: every call computes. */
  ttlMs: number;
  maxEntries: number;
}

export class QueryCache {
  readonly #cache: LRUCache<string, { value: unknown }, Compute> | null;
  #hits = 0;
  #misses = 0;

  constructor({ ttlMs, maxEntries }: QueryCacheOptions) {
    this.#cache =
      ttlMs > 0
        ? new LRUCache<string, { value: unknown }, Compute>({
            max: maxEntries,
            ttl: ttlMs,
            // The computation travels as the fetch context: one cache serves many kinds of answer.
            fetchMethod: async (_key, _stale, { context }) => {
              this.#misses += 1;
              // Boxed, because lru-cache treats an undefined result as "nothing to store".
              return { value: await context() };
            },
          })
        : null;
  }

  /** The cached answer for `key`, or `compute()` once (shared by concurrent callers). Errors are not cached. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.#cache) return compute();
    if (this.#cache.has(key)) this.#hits += 1;
    const box = await this.#cache.fetch(key, { context: compute });
    return box!.value as T;
  }

  /** Forget everything: call after the data changes. */
  clear(): void {
    this.#cache?.clear();
  }

  get stats() {
    return { enabled: this.#cache !== null, size: this.#cache?.size ?? 0, hits: this.#hits, misses: this.#misses };
  }
}
