// At most `size` holders at once; the others wait in order, each for at most its own deadline.

export class WaitTimeout extends Error {
  override readonly name = 'WaitTimeout';
}

export class Limit {
  private active = 0;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(readonly size: number) {}

  /** Resolves with a release function once a place is free; rejects with WaitTimeout after `timeoutMs`. */
  acquire(timeoutMs: number): Promise<() => void> {
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new WaitTimeout(`no free place within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.push(entry);
    });
  }

  /** Holders and waiters now (for logs and tests). */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The place passes straight to the next waiter, so `active` stays the same.
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.active--;
    };
  }
}
