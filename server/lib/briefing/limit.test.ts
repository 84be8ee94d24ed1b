import { describe, expect, it } from 'vitest';
import { Limit, WaitTimeout } from './limit.ts';

describe('Limit', () => {
  it('lets `size` holders in at once and the next one in when a place is released, in order', async () => {
    const limit = new Limit(2);
    const a = await limit.acquire(1000);
    const b = await limit.acquire(1000);
    const order: string[] = [];
    const c = limit.acquire(1000).then((release) => (order.push('c'), release));
    const d = limit.acquire(1000).then((release) => (order.push('d'), release));
    expect(limit.load).toEqual({ active: 2, waiting: 2 });
    a();
    a(); // a second release of the same place changes nothing
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    expect(limit.load).toEqual({ active: 0, waiting: 0 });
  });

  it('gives up waiting after the timeout and leaves the queue', async () => {
    const limit = new Limit(1);
    const held = await limit.acquire(1000);
    await expect(limit.acquire(20)).rejects.toBeInstanceOf(WaitTimeout);
    expect(limit.load).toEqual({ active: 1, waiting: 0 });
    held();
    expect(limit.load).toEqual({ active: 0, waiting: 0 });
  });
});
