// Failed sign-ins are limited per name and address, in memory: after MAX_FAILURES wrong passwords within
// WINDOW_MS, further tries for that name from that address are refused (429) until the window has passed, so a
// password cannot be guessed at speed. In memory is enough for one server process; several processes behind a
// load balancer would each count on their own (a shared store would be the next step).
import { LRUCache } from 'lru-cache';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  /** When the first failure of the current window happened (ms). */
  since: number;
}

export class LoginLimiter {
  readonly #failures: LRUCache<string, Failures>;
  readonly #now: () => number;
  readonly #max: number;
  readonly #windowMs: number;

  constructor({ now = Date.now, max = MAX_FAILURES, windowMs = WINDOW_MS, entries = 10_000 } = {}) {
    this.#now = now;
    this.#max = max;
    this.#windowMs = windowMs;
    // Bounded, so a flood of made-up names cannot grow memory without end (the oldest are forgotten first).
    this.#failures = new LRUCache({ max: entries });
  }

  static key(name: string, ip: string): string {
    return `${name.trim().toLowerCase()}\u0000${ip}`;
  }

  /** Seconds until another try is allowed; 0 when one is allowed now. */
  retryAfterSeconds(key: string): number {
    const f = this.#current(key);
    if (!f || f.count < this.#max) return 0;
    return Math.max(1, Math.ceil((f.since + this.#windowMs - this.#now()) / 1000));
  }

  fail(key: string): void {
    const f = this.#current(key);
    if (f) f.count += 1;
    else this.#failures.set(key, { count: 1, since: this.#now() });
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }

  #current(key: string): Failures | undefined {
    const f = this.#failures.get(key);
    if (f && this.#now() - f.since >= this.#windowMs) {
      this.#failures.delete(key);
      return undefined;
    }
    return f;
  }
}
