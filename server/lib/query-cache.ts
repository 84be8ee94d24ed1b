// Answers that are costly to compute and the same for everyone (summaries, a site's exposure, vector tiles)
// are kept in memory for a short time. Concurrent requests for the same key share one computation, so a burst
// of identical requests costs one query.
//
// The data only changes through seed and import, and an answer must be right as soon as they commit (issue 6:
// "derived figures correct right after an import"). So answers are keyed by the data's version, in two parts:
// - writes committed in this process (seed, the HTTP import) call noteDataChanged(): seen by the next request,
//   at no cost;
// - writes committed by another process (`npm run import` on a shared PostgreSQL, or through the embedded
//   database's socket) bump the data_version row (006_import.sql), which `readVersion` reads: one primary-key read
//   of a one-row table, shared by every request of a `versionMaxAgeMs` window (so cache hits stay nearly free;
//   such an import shows within that window of its commit, before anyone can switch to the browser).
// An answer cached under an older version is never asked for again and ages out (clearing the cache instead would
// abort computations in flight). The TTL bounds memory, and staleness should a writer ever bypass the version.
import { LRUCache } from 'lru-cache';

type Compute = () => Promise<unknown>;

export interface QueryCacheOptions {
  /** 0 turns caching off: every call computes. */
  ttlMs: number;
  maxEntries: number;
  /** The data version other processes move (the data_version row); see the comment at the top. */
  readVersion?: () => Promise<number>;
  /** How long one read of it serves later requests; 0 = every request waits for a read begun after it asked. */
  versionMaxAgeMs?: number;
}

let localVersion = 0;

/** Call after committing a change to the data (seed, import): caches in this process stop serving older answers. */
export function noteDataChanged(): void {
  localVersion += 1;
}

/**
 * Shares reads of a value among callers: a read begun less than `maxAgeMs` ago serves as it is; otherwise a caller
 * never gets a read that began before it asked: while one read runs, later callers queue for the next, which
 * starts when it ends, and all of them share it.
 */
export class FreshReader<T> {
  readonly #read: () => Promise<T>;
  readonly #maxAgeMs: number;
  #last: { startedAt: number; value: T } | null = null;
  #running: Promise<T> | null = null;
  #queued: Promise<T> | null = null;
  reads = 0;

  constructor(read: () => Promise<T>, maxAgeMs = 0) {
    this.#read = read;
    this.#maxAgeMs = maxAgeMs;
  }

  get(): Promise<T> {
    if (this.#last && performance.now() - this.#last.startedAt < this.#maxAgeMs) return Promise.resolve(this.#last.value);
    if (!this.#running) return this.#start();
    if (!this.#queued) {
      const queued = this.#running.then(
        () => undefined,
        () => undefined,
      ).then(() => {
        this.#queued = null;
        return this.#start();
      });
      this.#queued = queued;
    }
    return this.#queued;
  }

  #start(): Promise<T> {
    this.reads += 1;
    const startedAt = performance.now();
    const running: Promise<T> = this.#read()
      .then((value) => {
        if (!this.#last || this.#last.startedAt < startedAt) this.#last = { startedAt, value };
        return value;
      })
      .finally(() => {
        if (this.#running === running) this.#running = null;
      });
    this.#running = running;
    return running;
  }
}

export class QueryCache {
  readonly #cache: LRUCache<string, { value: unknown }, Compute> | null;
  readonly #version: FreshReader<number> | null;
  #hits = 0;
  #misses = 0;

  constructor({ ttlMs, maxEntries, readVersion, versionMaxAgeMs = 0 }: QueryCacheOptions) {
    this.#version = readVersion && ttlMs > 0 ? new FreshReader(readVersion, versionMaxAgeMs) : null;
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
    let version = '';
    if (this.#version) {
      try {
        version = String(await this.#version.get());
      } catch {
        // Without the version an answer in memory may be stale: compute this one afresh (its own error, if any, shows).
        return compute();
      }
    }
    const versioned = `${localVersion}.${version}\u0000${key}`;
    if (this.#cache.has(versioned)) this.#hits += 1;
    const box = await this.#cache.fetch(versioned, { context: compute });
    return box!.value as T;
  }

  /** Forget everything: call after the data changes. */
  clear(): void {
    this.#cache?.clear();
  }

  get stats() {
    return {
      enabled: this.#cache !== null,
      size: this.#cache?.size ?? 0,
      hits: this.#hits,
      misses: this.#misses,
      versionReads: this.#version?.reads ?? 0,
    };
  }
}
