// npm run bench:filters — after a filter switch, how many frames pass between the last answer the view needs arriving
// and (a) the charts showing its values, (b) the map drawing its data; against an atlas this script starts itself
// (scripts/lib/serve-atlas.ts: new embedded database, free loopback port), or a running one:
// `npx tsx scripts/bench-filter-update.ts [http://127.0.0.1:8080/] [switches]`.
//
// In the system Chromium (headless, software WebGL) the page is instrumented before it loads:
// - frames: a requestAnimationFrame loop records each frame by document.timeline.currentTime (the same value for every
//   callback of one frame, and the last frame's value in the tasks between frames), so any event can be placed in the
//   frame before it;
// - answers: Response.prototype.json is wrapped to record when each answer's data reaches the page;
// - charts: a MutationObserver on the charts panel records every change of what the charts show (each chart's state
//   and the text of its data table, which holds the numbers the plot draws);
// - map: on every MapLibre `render`, the codes drawn in the sites, villages and hazard-zone layers (`__atlas.drawn`:
//   queryRenderedFeatures less what the filters hide with feature state, which is what that frame drew: MapLibre
//   applies feature state in the frame after it is set).
// Each switch sets the region or hazard select to a combination not asked for before (so its answers come from the
// server, not the page's cache), waits until the charts and the map show what the API answers for it, then counts,
// from the frame after the last answer the view needs (GET /api/summary/*, /api/sites, /api/villages), the frame in
// which the charts' final values were first on screen (a DOM change shows in the next frame) and the frame in which
// the map first drew its final features. 1 = the first frame after the data arrived: "within one frame". 0 or less =
// already shown before that last answer came (it did not need it). Also recorded: whether the map drew something in
// between (neither the old nor the new sites and villages: nothing, or new sites beside old villages) and whether a
// chart fell back to its loading skeleton.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveAtlas, type ServedAtlas } from './lib/serve-atlas.ts';

const args = process.argv.slice(2);
const givenUrl = args.find((a) => /^https?:\/\//.test(a));
const SWITCHES = Math.max(1, Number(args.find((a) => /^\d+$/.test(a)) ?? '14') || 14);
/** --trace prints each switch's events frame by frame (to see where the frames go). */
const TRACE = args.includes('--trace');

// A snake through region × hazard: every step changes one select, and no combination comes twice.
const REGIONS = ['KG-J', 'KG-O', 'KG-N', 'KG-Y', ''];
const HAZARDS = ['', 'mudflow', 'flood', 'landslide'];
interface Step {
  select: 'region' | 'hazard';
  region: string;
  hazard: string;
}
function steps(): Step[] {
  const out: Step[] = [];
  let region = '';
  HAZARDS.forEach((hazard, row) => {
    if (row > 0) out.push({ select: 'hazard', region, hazard });
    const order = row % 2 === 0 ? REGIONS : [...REGIONS].reverse();
    for (const r of order) {
      if (r === region) continue;
      region = r;
      out.push({ select: 'region', region, hazard });
    }
  });
  // The first row ends where the page started (no filter): its answers are cached, so it measures the cache path.
  return out;
}

/**
 * The page's instruments, as a string: tsx wraps named inner functions in a `__name()` helper the page lacks.
 * window.__fb.{frames, answers, inputs, charts, map, inflight}.
 */
const INSTRUMENTS = `
(function () {
  var fb = (window.__fb = { frames: [], answers: [], inputs: [], charts: [], map: [], inflight: 0, chartSig: null, mapSig: null });
  var now = function () { return { t: performance.now(), frame: document.timeline.currentTime }; };
  var loop = function () { requestAnimationFrame(function () { fb.frames.push(document.timeline.currentTime); loop(); }); };
  loop();
  var fetch0 = window.fetch;
  window.fetch = function () {
    fb.inflight++;
    return fetch0.apply(this, arguments).finally(function () { fb.inflight--; });
  };
  var json0 = Response.prototype.json;
  Response.prototype.json = function () {
    var url = this.url;
    return json0.call(this).then(function (v) { var e = now(); e.url = url; fb.answers.push(e); return v; });
  };
  document.addEventListener('change', function (ev) { var e = now(); e.id = ev.target && ev.target.dataset ? ev.target.dataset.testid : null; fb.inputs.push(e); }, true);
  var chartSignature = function (panel) {
    return Array.prototype.map.call(panel.querySelectorAll('section.chart'), function (c) {
      var body = c.querySelector('tbody');
      return c.dataset.testid + ':' + c.dataset.state + ':' + (body ? body.textContent : '');
    }).join('\\n');
  };
  var watchCharts = function () {
    var panel = document.querySelector('[data-testid=charts-panel]');
    if (!panel) return setTimeout(watchCharts, 20);
    var record = function () {
      var sig = chartSignature(panel);
      if (sig === fb.chartSig) return;
      fb.chartSig = sig;
      var e = now();
      e.sig = sig;
      e.states = Array.prototype.map.call(panel.querySelectorAll('section.chart'), function (c) { return c.dataset.state; });
      fb.charts.push(e);
    };
    new MutationObserver(record).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
    record();
  };
  watchCharts();
  var codes = function (map, layer) {
    if (!map.getLayer(layer)) return '';
    var seen = {};
    window.__atlas.drawn([layer]).forEach(function (f) { seen[String(f.properties.code)] = true; });
    return Object.keys(seen).sort().join(',');
  };
  var watchMap = function () {
    if (!window.__atlas) return setTimeout(watchMap, 20);
    var map = window.__atlas.map;
    map.on('render', function () {
      var sig = 'sites=' + codes(map, 'sites') + ' villages=' + codes(map, 'villages') + ' zones=' + codes(map, 'hazard-zones-fill');
      if (sig === fb.mapSig) return;
      fb.mapSig = sig;
      var e = now();
      e.sig = sig;
      fb.map.push(e);
    });
  };
  watchMap();
})();
`;

interface Stamp {
  t: number;
  frame: number;
}
interface Recorded {
  frames: number[];
  answers: (Stamp & { url: string })[];
  inputs: (Stamp & { id: string | null })[];
  charts: (Stamp & { sig: string; states: string[] })[];
  map: (Stamp & { sig: string })[];
}

type FeatureList = { features: { properties: { code: string } }[] };
type SalesAnswer = { rows: { key: string }[]; total: { salesKgs: number } };

const query = (s: Pick<Step, 'region' | 'hazard'>) =>
  new URLSearchParams(Object.entries({ region: s.region, hazard: s.hazard }).filter(([, v]) => v !== '')).toString();

async function api<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Waits until the charts and the map show the API's answers for a step, and MapLibre has nothing left to draw. */
async function settle(page: Page, base: string, step: Step): Promise<void> {
  const q = query(step);
  const sites = await api<FeatureList>(base, `/api/sites${q ? `?${q}` : ''}`);
  const byRegion = await api<SalesAnswer>(base, `/api/summary/sales?by=region${q ? `&${q}` : ''}`);
  const expected = {
    sites: sites.features.map((f) => f.properties.code).sort().join(','),
    regions: byRegion.rows.map((r) => r.key).join(','),
    total: String(Math.round(byRegion.total.salesKgs)),
  };
  await page.waitForFunction(
    (e) => {
      const fb = (window as unknown as { __fb: { inflight: number; mapSig: string | null } }).__fb;
      const charts = [...document.querySelectorAll<HTMLElement>('[data-testid=charts-panel] section.chart')];
      if (fb.inflight > 0 || charts.length < 6 || !charts.every((c) => c.dataset.state === 'ready' || c.dataset.state === 'empty')) return false;
      const region = document.querySelector('[data-testid=chart-sales-by-region]')!;
      const keys = [...region.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.key).join(',');
      const total = (region.querySelector('[data-testid=chart-total]')?.textContent ?? '').replace(/\D/g, '');
      const drawn = /sites=([^ ]*)/.exec(fb.mapSig ?? '')?.[1] ?? null;
      const map = window.__atlas!.map;
      return keys === e.regions && (e.regions === '' || total === e.total) && drawn === e.sites && map.loaded() && !map.isMoving();
    },
    expected,
    { timeout: 60_000, polling: 50 },
  );
  // Two more frames, so that the last events of this switch are recorded before they are read.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

const NEEDED = /\/api\/(summary(\/[a-z-]+)?|sites|villages)(\?|$)/;
const CHART_DATA = /\/api\/summary\/(sales|participants|restoration|indicators)(\?|$)/;
const MAP_DATA = /\/api\/(sites|villages)(\?|$)/;

interface Result {
  step: Step;
  answers: number;
  lastAnswer: string;
  /** Frame (1 = the first after the last answer the view needs) in which the charts' new values were first shown. */
  charts: number | null;
  /** The same for the map's new features. */
  map: number | null;
  /** The same, counted from the last of the charts' own summaries, and from the map's sites and villages. */
  chartsOwn: number | null;
  mapOwn: number | null;
  /** How many DOM changes brought new numbers into the charts (1: all six at once). */
  chartSteps: number;
  /** The map drew something neither old nor new in between (nothing, or new sites beside old villages). */
  mapBetween: boolean;
  /** A chart fell back to its loading skeleton (rather than keeping its values while the new ones came). */
  chartSkeleton: boolean;
}

function analyse(rec: Recorded, since: number, step: Step, before: { chartSig: string | null; mapSig: string | null }): Result {
  // The frame index of a stamp: frames[] holds document.timeline.currentTime of each frame in order.
  const frameIndex = (s: Stamp) => {
    let i = rec.frames.lastIndexOf(s.frame);
    if (i < 0) i = rec.frames.findLastIndex((f) => f <= s.frame);
    return i;
  };
  const after = <T extends Stamp>(xs: T[]) => xs.filter((x) => x.t >= since);
  const input = after(rec.inputs).at(-1);
  if (!input) throw new Error('the switch was not seen by the page');
  const answers = after(rec.answers).filter((a) => NEEDED.test(a.url));
  const lastOf = (pick: (url: string) => boolean) => {
    const xs = answers.filter((a) => pick(a.url));
    // Answered from the page's cache: the data "arrived" with the switch itself.
    return xs.length ? xs.reduce((a, b) => (b.t > a.t ? b : a)) : input;
  };
  const last = lastOf(() => true);
  const lastCharts = lastOf((u) => CHART_DATA.test(u));
  const lastMap = lastOf((u) => MAP_DATA.test(u));

  const charts = after(rec.charts);
  const finalCharts = charts.at(-1)?.sig ?? before.chartSig;
  const chartsShown = finalCharts === before.chartSig ? null : charts.find((c) => c.sig === finalCharts)!;
  const maps = after(rec.map);
  const finalMap = maps.at(-1)?.sig ?? before.mapSig;
  const mapShown = finalMap === before.mapSig ? null : maps.find((m) => m.sig === finalMap)!;

  // A DOM change made in a task after frame i is on screen in frame i + 1; MapLibre's render event is inside its frame.
  const chartFrame = chartsShown ? frameIndex(chartsShown) + 1 : null;
  const mapFrame = mapShown ? frameIndex(mapShown) : null;
  const rel = (frame: number | null, from: Stamp) => (frame === null ? null : frame - frameIndex(from));
  const mapUntilFinal = mapShown ? maps.slice(0, maps.indexOf(mapShown)) : [];
  // The charts' numbers without their states: a change of these is new numbers on screen.
  const numbers = (sig: string | null) => (sig ?? '').split('\n').map((l) => l.replace(/^([^:]*):[^:]*:/, '$1:')).join('\n');
  let chartSteps = 0;
  let previous = numbers(before.chartSig);
  for (const c of charts) {
    const n = numbers(c.sig);
    if (n !== previous) chartSteps++;
    previous = n;
  }
  return {
    step,
    answers: answers.length,
    lastAnswer: answers.length ? new URL(last === input ? 'http://x/(cache)' : (last as Stamp & { url: string }).url).pathname : '(cache)',
    charts: rel(chartFrame, last),
    map: rel(mapFrame, last),
    chartsOwn: rel(chartFrame, lastCharts),
    mapOwn: rel(mapFrame, lastMap),
    chartSteps,
    mapBetween: mapUntilFinal.some((m) => m.sig !== before.mapSig),
    chartSkeleton: charts.some((c) => c.states.includes('loading')),
  };
}

/** Every event of a switch in order, with the frame it happened after (tasks) or in (render). */
function trace(rec: Recorded, since: number): void {
  const frameOf = (s: Stamp) => rec.frames.lastIndexOf(s.frame);
  const t0 = rec.inputs.filter((x) => x.t >= since).at(-1)?.t ?? since;
  const lines = [
    ...rec.inputs.filter((x) => x.t >= since).map((x) => ({ t: x.t, f: frameOf(x), what: `change ${x.id}` })),
    ...rec.answers.filter((x) => x.t >= since).map((x) => ({ t: x.t, f: frameOf(x), what: `answer ${new URL(x.url).pathname}${new URL(x.url).search}` })),
    ...rec.charts.filter((x) => x.t >= since).map((x) => ({ t: x.t, f: frameOf(x), what: `charts ${x.states.join(',')}` })),
    ...rec.map.filter((x) => x.t >= since).map((x) => ({ t: x.t, f: frameOf(x), what: `map render ${x.sig.replace(/(=[^ ]{0,30})[^ ]*/g, '$1…')}` })),
  ].sort((a, b) => a.t - b.t);
  for (const l of lines) console.log(`    ${(l.t - t0).toFixed(1).padStart(7)} ms  frame ${String(l.f).padStart(5)}  ${l.what}`);
}

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  let served: ServedAtlas | null = null;
  if (!givenUrl) console.log('Starting an atlas over a new embedded database (about 20 s)…');
  const base = givenUrl ?? (served = await serveAtlas()).url;
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(INSTRUMENTS);
    await page.goto(new URL('/?lang=en', base).href);
    await settle(page, base, { select: 'region', region: '', hazard: '' });

    const results: Result[] = [];
    for (const step of steps().slice(0, SWITCHES)) {
      const before = await page.evaluate(() => {
        const fb = (window as unknown as { __fb: { chartSig: string | null; mapSig: string | null } }).__fb;
        return { chartSig: fb.chartSig, mapSig: fb.mapSig, t: performance.now() };
      });
      await page.getByTestId(`filter-${step.select}`).selectOption(step[step.select]);
      await settle(page, base, step);
      const rec = await page.evaluate(() => {
        const fb = (window as unknown as { __fb: Recorded }).__fb;
        return { frames: fb.frames, answers: fb.answers, inputs: fb.inputs, charts: fb.charts, map: fb.map };
      });
      const r = analyse(rec, before.t, step, before);
      if (TRACE) trace(rec, before.t);
      results.push(r);
      const show = (n: number | null) => (n === null ? 'same' : String(n));
      console.log(
        `${step.select.padEnd(6)} region=${(step.region || '–').padEnd(4)} hazard=${(step.hazard || '–').padEnd(9)} ` +
          `${String(r.answers).padStart(2)} answers, last ${r.lastAnswer.padEnd(27)} charts: frame ${show(r.charts).padStart(2)} ` +
          `(${show(r.chartsOwn).padStart(2)} after their summaries, in ${r.chartSteps} step${r.chartSteps === 1 ? '' : 's'})  ` +
          `map: frame ${show(r.map).padStart(2)} (${show(r.mapOwn).padStart(2)} after sites+villages)` +
          `${r.mapBetween ? '  map drew an in-between state' : ''}${r.chartSkeleton ? '  chart skeleton' : ''}`,
      );
      // Keep the page's records small: only what the next switch compares with.
      await page.evaluate(() => {
        const fb = (window as unknown as { __fb: Recorded }).__fb;
        fb.frames.splice(0, Math.max(0, fb.frames.length - 2));
        fb.answers.length = fb.inputs.length = fb.charts.length = fb.map.length = 0;
      });
    }

    const fetched = results.filter((r) => r.lastAnswer !== '(cache)');
    const of = (pick: (r: Result) => number | null) => fetched.map(pick).filter((n): n is number => n !== null);
    const charts = of((r) => r.charts);
    const map = of((r) => r.map);
    const within = (xs: number[]) => `${xs.filter((n) => n <= 1).length}/${xs.length}`;
    console.log(`\n${fetched.length} switches that fetched (of ${results.length}); frame 1 = the first frame after the last answer the view needs:`);
    console.log(`  charts: median frame ${median(charts)}, worst ${Math.max(...charts)}, within one frame ${within(charts)}`);
    console.log(`  map:    median frame ${median(map)}, worst ${Math.max(...map)}, within one frame ${within(map)}`);
    const together = fetched.filter((r) => r.charts !== null && r.charts === r.map).length;
    console.log(`  map and charts showed the new filter in the same frame in ${together}/${fetched.length}`);
    console.log(`  charts took new numbers in one DOM change in ${results.filter((r) => r.chartSteps === 1).length}/${results.length} switches; a chart showed its skeleton in ${results.filter((r) => r.chartSkeleton).length}`);
    console.log(`  the map drew an in-between state (nothing, or new sites beside old villages) in ${results.filter((r) => r.mapBetween).length}/${results.length}`);
    const summary = {
      bench: 'filter-update',
      switches: results.length,
      fetched: fetched.length,
      charts: { median: median(charts), worst: Math.max(...charts), withinOne: charts.filter((n) => n <= 1).length, of: charts.length },
      map: { median: median(map), worst: Math.max(...map), withinOne: map.filter((n) => n <= 1).length, of: map.length },
      chartsOwn: { median: median(of((r) => r.chartsOwn)), worst: Math.max(...of((r) => r.chartsOwn)) },
      mapOwn: { median: median(of((r) => r.mapOwn)), worst: Math.max(...of((r) => r.mapOwn)) },
      together,
      chartsInOneStep: results.filter((r) => r.chartSteps === 1).length,
      mapInBetween: results.filter((r) => r.mapBetween).length,
      chartSkeletons: results.filter((r) => r.chartSkeleton).length,
    };
    console.log(JSON.stringify(summary));
    process.exitCode = summary.charts.worst <= 1 && summary.map.worst <= 1 && together === fetched.length ? 0 : 1;
  } finally {
    await browser.close();
    await served?.close();
  }
}

await main();
