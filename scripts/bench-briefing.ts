// npm run bench:briefing — how long GET /api/briefing.pdf takes for every oblast and city (GET /api/regions), against
// an atlas this script starts itself (scripts/lib/serve-atlas.ts: embedded database, free loopback port, the server's
// own Chromium as in production), or against a running one: `npx tsx scripts/bench-briefing.ts [URL] [lang]`.
//
// Each region is asked twice in a row: "cold" is its first briefing (the server's answer cache and the browser's
// HTTP cache do not have its figures and tiles yet; the first region also pays for launching Chromium), "warm" the
// second. Prints a table and one JSON line; exits 1 when a warm briefing takes longer than the budget (5 s) or any
// answer is not a PDF. Needs the built web app (npm run build:web) and a Chromium (CHROMIUM_PATH or on the PATH).
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
  const base = givenUrl ?? (served = await serveAtlas()).url;
  try {
    const regions = (await (await fetch(new URL('api/regions', base))).json()) as { features: { properties: { code: string } }[] };
    const codes = regions.features.map((f) => f.properties.code).sort();
    const timings: Timing[] = [];
    for (const code of codes) {
      const url = new URL(`api/briefing.pdf?region=${encodeURIComponent(code)}&lang=${lang}`, base).href;
      const cold = await time(url);
      const warm = await time(url);
      timings.push({ region: code, coldMs: Math.round(cold.ms), warmMs: Math.round(warm.ms), bytes: warm.bytes });
      console.log(`${code.padEnd(6)} cold ${String(Math.round(cold.ms)).padStart(6)} ms   warm ${String(Math.round(warm.ms)).padStart(6)} ms   ${Math.round(warm.bytes / 1024)} kB`);
    }
    const worstWarm = Math.max(...timings.map((t) => t.warmMs));
    const worstCold = Math.max(...timings.slice(1).map((t) => t.coldMs), 0);
    const summary = {
      bench: 'briefing',
      lang,
      regions: timings.length,
      budgetMs: BUDGET_MS,
      worstWarmMs: worstWarm,
      worstColdMsAfterLaunch: worstCold,
      firstColdMs: timings[0]?.coldMs ?? null,
      ok: worstWarm <= BUDGET_MS,
      timings,
    };
    console.log(`\nworst warm ${worstWarm} ms, worst cold (browser already running) ${worstCold} ms, budget ${BUDGET_MS} ms: ${summary.ok ? 'OK' : 'OVER BUDGET'}`);
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
