// npm run bench:web — the web client's speed in the system Chromium, against an atlas this script starts itself
// (scripts/lib/serve-atlas.ts: embedded database, free loopback port, responses gzip-compressed by @fastify/compress
// as in production), or against a running one: `npx tsx scripts/bench-web.ts [http://127.0.0.1:8080/] [reps]`.
//
// 1. JS of the first view: the bytes of every script the atlas page loads until its map is idle with the default
//    layers (the page's chunks, the lazy map chunk and MapLibre's worker), as transferred with the cache off (CDP
//    encodedDataLength: compressed body + headers; the worker script, which the page's CDP session does not see,
//    from the page's resource timing transferSize). Budget 450 kB.
// 2. Time from navigation to the map's first `idle` with all default layers (sites, villages and exposure rings
//    drawn by MapLibre, base map filled), against the same for a bare MapLibre page with the same offline base map
//    (web/bench/bare.html) measured in the same run, alternating, with the cache off. Budget: ratio ≤ 1.5.
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveAtlas, type ServedAtlas } from './lib/serve-atlas.ts';

const JS_BUDGET_BYTES = 450 * 1024;
const RATIO_BUDGET = 1.5;
// Arguments: [URL of a running atlas] [repetitions]; either may be left out.
const args = process.argv.slice(2);
const givenUrl = args.find((a) => /^https?:\/\//.test(a));
const repsText = args.find((a) => /^\d+$/.test(a)) ?? '5';
const REPS = Math.max(1, Number(repsText) || 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Counts the transferred bytes of scripts (CDP: the page and its workers' requests). */
async function countScripts(cdp: CDPSession): Promise<() => { bytes: number; files: { url: string; bytes: number }[] }> {
  const scripts = new Map<string, string>();
  const files: { url: string; bytes: number }[] = [];
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  cdp.on('Network.responseReceived', (e) => {
    const js = e.type === 'Script' || /javascript/.test(e.response.mimeType) || /\.(m?js)(\?|$)/.test(e.response.url);
    if (js) scripts.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const url = scripts.get(e.requestId);
    if (url) files.push({ url: new URL(url).pathname, bytes: e.encodedDataLength });
  });
  return () => ({ bytes: files.reduce((n, f) => n + f.bytes, 0), files });
}

/**
 * Records performance.now() at every `idle` of window[global].map. A string, not a function: tsx wraps named inner
 * functions in a `__name()` helper the page does not have.
 */
function idleRecorder(global: '__atlas' | '__bare'): string {
  return `window.__benchIdle = [];
    (function hook() {
      var holder = window[${JSON.stringify(global)}];
      if (!holder) return setTimeout(hook, 5);
      holder.map.on('idle', function () { window.__benchIdle.push(performance.now()); });
    })();`;
}

/** ms from navigation start to the atlas map's first idle once the default layers are drawn. */
async function atlasRun(page: Page, url: string): Promise<number> {
  await page.addInitScript(idleRecorder('__atlas'));
  await page.goto(url);
  // Drawn: MapLibre has rendered sites, villages and exposure rings, and the base map has its oblast labels.
  await page.waitForFunction(
    () => {
      const atlas = window.__atlas;
      if (!atlas) return false;
      for (const id of ['sites', 'villages', 'exposure-rings']) {
        if (!atlas.map.getLayer(id) || atlas.map.queryRenderedFeatures(undefined, { layers: [id] }).length === 0) return false;
      }
      return atlas.map.queryRenderedFeatures(undefined, { layers: ['oblast-label'] }).length > 0;
    },
    undefined,
    { timeout: 90_000, polling: 50 },
  );
  return page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const dataDone = Math.max(
      ...resources.filter((r) => /\/api\/(sites|villages)(\?|$)|\/basemap\//.test(r.name)).map((r) => r.responseEnd),
    );
    const idles = (window as unknown as { __benchIdle: number[] }).__benchIdle;
    return idles.find((t) => t >= dataDone) ?? idles[idles.length - 1] ?? performance.now();
  });
}

/** ms from navigation start to the bare map's first idle once its base-map data is in. */
async function bareRun(page: Page, url: string): Promise<number> {
  await page.addInitScript(idleRecorder('__bare'));
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const bare = (window as unknown as { __bare?: { map: import('maplibre-gl').Map; dataReady: boolean } }).__bare;
      return Boolean(bare?.dataReady && bare.map.queryRenderedFeatures(undefined, { layers: ['oblast-label'] }).length > 0);
    },
    undefined,
    { timeout: 90_000, polling: 50 },
  );
  return page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const dataDone = Math.max(...resources.filter((r) => /\/basemap\//.test(r.name)).map((r) => r.responseEnd));
    const idles = (window as unknown as { __benchIdle: number[] }).__benchIdle;
    return idles.find((t) => t >= dataDone) ?? idles[idles.length - 1] ?? performance.now();
  });
}

let served: ServedAtlas | null = null;
if (!givenUrl) {
  console.log('Starting an atlas over a new embedded database (about 20 s)…');
  served = await serveAtlas();
}
const base = givenUrl ?? served!.url;
const atlasUrl = new URL('/?lang=en', base).href;
const bareUrl = new URL('/bench/bare.html', base).href;
const browser = await launchBrowser();
try {
  // Warm-up (the server's first queries, Chromium's first WebGL context): not counted.
  for (const [run, url] of [[atlasRun, atlasUrl], [bareRun, bareUrl]] as const) {
    const page = await browser.context.newPage();
    await run(page, url);
    await page.close();
  }

  let js = { bytes: 0, files: [] as { url: string; bytes: number }[] };
  const atlasMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < REPS; i++) {
    for (const which of i % 2 === 0 ? (['atlas', 'bare'] as const) : (['bare', 'atlas'] as const)) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const scripts = await countScripts(cdp);
      if (which === 'atlas') {
        atlasMs.push(await atlasRun(page, atlasUrl));
        if (i === 0) {
          js = scripts();
          const seen = new Set(js.files.map((f) => f.url));
          const extra = await page.evaluate(() =>
            (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .filter((r) => /\.m?js(\?|$)/.test(r.name))
              .map((r) => ({ url: new URL(r.name).pathname, bytes: r.transferSize })),
          );
          for (const f of extra) if (!seen.has(f.url) && f.bytes > 0) js.files.push(f);
          js.bytes = js.files.reduce((n, f) => n + f.bytes, 0);
        }
      } else {
        bareMs.push(await bareRun(page, bareUrl));
      }
      await page.close();
    }
  }
  const ratio = median(atlasMs) / median(bareMs);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log('\nJS of the first view (transferred as served: precompressed Brotli, as Chromium asks for it):');
  for (const f of js.files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.url}`);
  console.log(`  ${kb(js.bytes).padStart(9)}  total (budget ${kb(JS_BUDGET_BYTES)}) ${js.bytes <= JS_BUDGET_BYTES ? 'OK' : 'OVER'}`);
  console.log(`\nNavigation → first idle with the default layers, ${REPS} alternating runs each, cache off:`);
  console.log(`  atlas: median ${median(atlasMs).toFixed(0)} ms  (${atlasMs.map((m) => m.toFixed(0)).join(', ')})`);
  console.log(`  bare MapLibre, same base map: median ${median(bareMs).toFixed(0)} ms  (${bareMs.map((m) => m.toFixed(0)).join(', ')})`);
  console.log(`  ratio ${ratio.toFixed(2)} (budget ≤ ${RATIO_BUDGET}) ${ratio <= RATIO_BUDGET ? 'OK' : 'OVER'}`);
  console.log(
    JSON.stringify({
      jsBytes: js.bytes,
      jsBudgetBytes: JS_BUDGET_BYTES,
      atlasMedianMs: Math.round(median(atlasMs)),
      bareMedianMs: Math.round(median(bareMs)),
      ratio: Number(ratio.toFixed(2)),
      reps: REPS,
    }),
  );
  process.exitCode = js.bytes <= JS_BUDGET_BYTES && ratio <= RATIO_BUDGET ? 0 : 1;
} finally {
  await browser.close();
  await served?.close();
}
