// npm run bench:briefing — how long GET /api/briefing.pdf takes for every oblast and city (GET /api/regions), against
// an atlas this script starts itself (scripts/lib/serve-atlas.ts: embedded database, free loopback port, the server's
// own Chromium as in production, warmed at start as `npm start` does), or against a running one:
// `npx tsx scripts/bench-briefing.ts [URL] [lang]`.
//
// First the country's briefing, which waits for what is left of the server's warm-up (Chromium's start, the first
// page load). Then each region twice in a row: "cold" is its first briefing (the server's answer cache and the
// page's tile cache do not have its figures and tiles yet), "warm" the second. Last, two pairs of briefings asked
// at the same time (BRIEFING_CONCURRENCY is 2): in the first pair, one of them opens the server's second page; in
// the second pair both find a kept page. These are shown, not held to the budget. Prints a table and one JSON line;
// exits 1 when any region's briefing takes longer than the budget (5 s) or an answer is not a PDF. Needs the built
// web app (npm run build:web) and a Chromium (CHROMIUM_PATH or on the PATH).
import { serveAtlas, type ServedAtlas } from './lib/serve-atlas.ts';

const BUDGET_MS = 5000;
const args = process.argv.slice(2);
const givenUrl = args.find((a) => /^https?:\/\//.test(a));
const lang = args.find((a) => /^(ky|ru|en)$/.test(a)) ?? 'ky';

interface Timing {
  region: string;
  coldMs: number;
  warmMs: number;
  bytes: number;
}

async function time(url: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const res = await fetch(url);
  const body = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - start;
  const isPdf = res.headers.get('content-type') === 'application/pdf' && new TextDecoder().decode(body.slice(0, 5)) === '%PDF-';
  if (res.status !== 200 || !isPdf) {
    throw new Error(`${url}: HTTP ${res.status} ${res.headers.get('content-type')}: ${new TextDecoder().decode(body.slice(0, 300))}`);
  }
  return { ms, bytes: body.length };
}

async function main() {
  let served: ServedAtlas | null = null;
  const base = givenUrl ?? (served = await serveAtlas(undefined, { BRIEFING_WARM: 'true' })).url;
  try {
    const regions = (await (await fetch(new URL('api/regions', base))).json()) as { features: { properties: { code: string } }[] };
    const codes = regions.features.map((f) => f.properties.code).sort();
    const country = await time(new URL(`api/briefing.pdf?lang=${lang}`, base).href);
    console.log(`country ${String(Math.round(country.ms)).padStart(6)} ms (with what is left of the server's warm-up)`);
    const timings: Timing[] = [];
    for (const code of codes) {
      const url = new URL(`api/briefing.pdf?region=${encodeURIComponent(code)}&lang=${lang}`, base).href;
      const cold = await time(url);
      const warm = await time(url);
      timings.push({ region: code, coldMs: Math.round(cold.ms), warmMs: Math.round(warm.ms), bytes: warm.bytes });
      console.log(`${code.padEnd(6)} cold ${String(Math.round(cold.ms)).padStart(6)} ms   warm ${String(Math.round(warm.ms)).padStart(6)} ms   ${Math.round(warm.bytes / 1024)} kB`);
    }
    const pairs: number[][] = [];
    for (const pair of [['KG-J', 'KG-O'], ['KG-N', 'KG-Y']]) {
      const both = await Promise.all(pair.map((code) => time(new URL(`api/briefing.pdf?region=${code}&lang=${lang}`, base).href)));
      pairs.push(both.map((t) => Math.round(t.ms)));
      console.log(`${pair.join(' + ')} at once: ${pairs.at(-1)!.map((ms) => `${ms} ms`).join(', ')}`);
    }
    const worstWarm = Math.max(...timings.map((t) => t.warmMs));
    const worstCold = Math.max(...timings.map((t) => t.coldMs));
    const summary = {
      bench: 'briefing',
      lang,
      regions: timings.length,
      budgetMs: BUDGET_MS,
      countryFirstMs: Math.round(country.ms),
      worstColdMs: worstCold,
      worstWarmMs: worstWarm,
      ok: Math.max(worstCold, worstWarm) <= BUDGET_MS,
      timings,
      pairsMs: pairs,
    };
    console.log(`\nworst cold ${worstCold} ms, worst warm ${worstWarm} ms, budget ${BUDGET_MS} ms: ${summary.ok ? 'OK' : 'OVER BUDGET'}`);
    console.log(JSON.stringify(summary));
    if (!summary.ok) process.exitCode = 1;
  } finally {
    await served?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
