import { defineConfig } from 'vitest/config';

// vitest 5's failure reporter calls Map.groupBy (Node ≥ 21); on Node 20 it crashes while printing a failed test,
// hiding the failure. This file loads in the reporter's process, so a small polyfill here is enough.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    include: [
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      'web/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    // One embedded PostGIS for the whole run (creating one takes ~10–20 s); its URL reaches tests via inject().
    globalSetup: ['test/global-setup.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
    // Two cores, and the embedded database is one session: run files one after another.
    fileParallelism: false,
  },
});
