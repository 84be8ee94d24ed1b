// The charts beside the map, in a browser on the real app over the embedded PostGIS seeded with the shipped data:
// every number a chart shows equals the API's summary for the same filters (several combinations, both currencies);
// a click on a chart's bar filters the map and the other charts, a second click clears it; the active filters show
// as chips that remove them; the period control's play button steps through the years; each chart's CSV link
// downloads, in a Russian or Kyrgyz interface, the API's summary for the chart's scope: UTF-8 with BOM, Cyrillic
// names intact, named by region and date.
// ChartsPanel is rendered by App in the right-hand panel (React.lazy), under the heading "Charts".
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bishkekDate } from '../../server/lib/export/filename.ts';
import type {
  IndicatorsSummary,
  ParticipantsSummary,
  RestorationSummary,
  SalesSummary as SalesAnswer,
} from '../../server/schemas/summaries.ts';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { digits, drawnSiteCodes, useAtlas } from '../helpers/atlas.ts';

type Money = { salesKgs: number; salesUsd: number | null };
type SalesSummary = { rows: (Money & { key: string; channel: string | null })[]; total: Money };
type People = number | '<5';
type Participants = { producers: Record<'total' | 'women' | 'men' | 'youth' | 'adult', People> };
type Restoration = { rows: { year: number | null; plannedHa: number; doneHa: number }[]; total: { targetHa: number; doneHa: number } };
type Sites = { features: { properties: { code: string; oblastCode: string } }[] };

/** The cells of a chart's data table: row key → column → text. */
async function chartTable(page: Page, chart: string): Promise<Record<string, Record<string, string>>> {
  return page.evaluate((id) => {
    const out: Record<string, Record<string, string>> = {};
    for (const tr of document.querySelectorAll<HTMLTableRowElement>(`[data-testid=chart-${id}] tbody tr`)) {
      const row: Record<string, string> = {};
      for (const td of tr.querySelectorAll<HTMLTableCellElement>('td')) row[td.dataset.column ?? ''] = td.textContent ?? '';
      out[tr.dataset.key ?? ''] = row;
    }
    return out;
  }, chart);
}

/**
 * A table's numbers as whole numbers (what the screen shows: money and hectares in whole units), "<5" kept; a cell
 * showing "–" (no row in the API's answer for that period and channel) is left out, as the API leaves it out.
 */
const asNumbers = (table: Record<string, Record<string, string>>) =>
  Object.fromEntries(
    Object.entries(table).map(([k, row]) => [
      k,
      Object.fromEntries(
        Object.entries(row)
          .filter(([, v]) => v.trim() !== '–')
          .map(([c, v]) => [c, v.trim() === '<5' ? '<5' : digits(v)]),
      ),
    ]),
  );

const money = (m: Money, currency: 'KGS' | 'USD') => Math.round((currency === 'USD' ? m.salesUsd : m.salesKgs) ?? NaN);

/** What the sales charts should show for a query string, straight from the API. */
async function expectedSales(atlas: ReturnType<typeof useAtlas>, query: string, by: string, currency: 'KGS' | 'USD') {
  const s = await atlas.api<SalesSummary>(`/api/summary/sales?by=${by}${query ? `&${query}` : ''}`);
  const table: Record<string, Record<string, number>> = {};
  for (const r of s.rows) (table[r.key] ??= {})[r.channel ?? 'value'] = money(r, currency);
  return { table, total: money(s.total, currency) };
}

/** A CSV cell as the API's JSON has it: empty is null, a number is a number, "<5" and words stay text. */
const cell = (v: string | undefined): number | string | null =>
  v === undefined || v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
type Line = Record<string, number | string | null>;

/**
 * Each chart's CSV against the API's JSON answer for the same address (the link without format=csv): the same rows
 * in the same order, each reduced to the fields that identify it and its numbers.
 */
const CSV_CHECKS: Record<string, { expected: (json: unknown) => Line[]; actual: (record: Record<string, string>) => Line }> = {
  sales: {
    expected: (json) => (json as SalesAnswer).rows.map((r) => ({ key: r.key, channel: r.channel, salesKgs: r.salesKgs, salesUsd: r.salesUsd })),
    actual: (c) => ({ key: c.key!, channel: cell(c.channel), salesKgs: cell(c.salesKgs), salesUsd: cell(c.salesUsd) }),
  },
  participants: {
    expected: (json) => {
      const { producers: p, trainings } = json as ParticipantsSummary;
      return [
        { group: 'producers', topic: null, total: p.total, women: p.women, men: p.men, youth: p.youth, adult: p.adult },
        ...trainings.map((t) => ({ group: 'trainings', topic: t.topic, total: t.participants, women: t.women, men: t.men, youth: t.youth, adult: t.adult })),
      ];
    },
    actual: (c) => ({
      group: c.group!,
      topic: cell(c.topic),
      total: cell(c.total),
      women: cell(c.women),
      men: cell(c.men),
      youth: cell(c.youth),
      adult: cell(c.adult),
    }),
  },
  restoration: {
    expected: (json) =>
      (json as RestorationSummary).rows.map((r) => ({
        year: r.year,
        plannedHa: r.plannedHa,
        doneHa: r.doneHa,
        cumulativePlannedHa: r.cumulativePlannedHa,
        cumulativeDoneHa: r.cumulativeDoneHa,
      })),
    actual: (c) => ({
      year: cell(c.year),
      plannedHa: cell(c.plannedHa),
      doneHa: cell(c.doneHa),
      cumulativePlannedHa: cell(c.cumulativePlannedHa),
      cumulativeDoneHa: cell(c.cumulativeDoneHa),
    }),
  },
  indicators: {
    expected: (json) =>
      (json as IndicatorsSummary).rows.map((r) => ({
        code: r.code,
        region: r.region,
        year: r.year,
        sex: r.sex,
        ageGroup: r.ageGroup,
        baseline: r.baseline,
        target: r.target,
        actual: r.actual,
      })),
    actual: (c) => ({
      code: c.code!,
      region: cell(c.region),
      year: cell(c.year),
      sex: c.sex!,
      ageGroup: c.ageGroup!,
      baseline: cell(c.baseline),
      target: cell(c.target),
      actual: cell(c.actual),
    }),
  },
};

/** Every name in Kyrgyz and Russian an answer carries (regions, indicators), to find in its CSV. */
function cyrillicNames(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.ky === 'string' && typeof o.ru === 'string' && typeof o.en === 'string') out.push(o.ky, o.ru);
      else Object.values(o).forEach(walk);
    }
  };
  walk(json);
  return [...new Set(out)];
}

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('charts in a browser', () => {
  const atlas = useAtlas();
  let page: Page;

  const chartsReady = () =>
    page.waitForFunction(
      () => {
        const charts = [...document.querySelectorAll<HTMLElement>('[data-testid=charts-panel] section.chart')];
        return charts.length >= 6 && charts.every((c) => c.dataset.state === 'ready' || c.dataset.state === 'empty');
      },
      undefined,
      { timeout: 60_000 },
    );
  const open = async (query: string) => {
    await page.goto(`${atlas.base}/${query ? `?${query}` : ''}`);
    await page.getByRole('heading', { name: 'Charts' }).waitFor({ timeout: 60_000 });
    await chartsReady();
  };
  const search = async () => new URLSearchParams(await page.evaluate(() => window.location.search));
  const param = async (key: string) => page.evaluate((k) => new URLSearchParams(window.location.search).get(k), key);

  beforeAll(async () => {
    page = await atlas.newPage({ lang: 'en' });
  }, 180_000);

  it.each([
    { name: 'no filter, in som', query: '', scope: '', currency: 'KGS' as const, by: 'year_channel' },
    { name: 'Jalal-Abad in 2025 (months), in som', query: 'region=KG-J&from=2025&to=2025', scope: 'region=KG-J&from=2025&to=2025', currency: 'KGS' as const, by: 'month_channel' },
    { name: 'fairs and honey, in US$', query: 'channel=fair&category=honey&cur=USD', scope: 'channel=fair&category=honey', currency: 'USD' as const, by: 'year_channel' },
    { name: 'a selected oblast with a hazard type', query: 'sel=region:KG-O&hazard=mudflow', scope: 'region=KG-O&hazard=mudflow', currency: 'KGS' as const, by: 'year_channel' },
  ])('shows exactly the API\'s summaries: $name', async ({ query, scope, currency, by }) => {
    await open(query);
    const byChannel = await expectedSales(atlas, scope, by, currency);
    const byRegion = await expectedSales(atlas, scope, 'region', currency);
    const byCategory = await expectedSales(atlas, scope, 'category', currency);
    expect(Object.keys(byChannel.table).length).toBeGreaterThan(0);
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-channel')), { timeout: 20_000 }).toEqual(byChannel.table);
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-region')), { timeout: 20_000 }).toEqual(byRegion.table);
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-category')), { timeout: 20_000 }).toEqual(byCategory.table);
    expect(digits(await page.getByTestId('chart-sales-by-channel').getByTestId('chart-total').textContent())).toBe(byChannel.total);

    const people = await atlas.api<Participants>(`/api/summary/participants${scope ? `?${scope}` : ''}`);
    const producers = (await chartTable(page, 'participants')).producers!;
    for (const k of ['total', 'women', 'men', 'youth', 'adult'] as const) {
      const v = people.producers[k];
      expect(v === '<5' ? producers[k]!.trim() : digits(producers[k]!)).toBe(v);
    }

    const restoration = await atlas.api<Restoration>(`/api/summary/restoration${scope ? `?${scope}` : ''}`);
    const shown = asNumbers(await chartTable(page, 'restoration'));
    for (const r of restoration.rows.filter((x) => x.year !== null)) {
      expect(shown[String(r.year)]).toMatchObject({ plannedHa: Math.round(r.plannedHa), doneHa: Math.round(r.doneHa) });
    }
    expect(digits(await page.getByTestId('chart-restoration').getByTestId('chart-target').textContent())).toBe(Math.round(restoration.total.targetHa));

    // Each chart's CSV link is the same summary as CSV.
    const csv = await page.getByTestId('chart-sales-by-region').getByTestId('chart-csv').getAttribute('href');
    const csvParams = new URL(csv!, atlas.base).searchParams;
    expect(csvParams.get('format')).toBe('csv');
    expect(csvParams.get('by')).toBe('region');
    for (const [k, v] of new URLSearchParams(scope)) expect(csvParams.get(k)).toBe(v);
  }, 120_000);

  it('shows an empty state a person can act on when nothing is in scope', async () => {
    // A site whose villages record no sales (found through the API, not assumed).
    const sites = await atlas.api<Sites>('/api/sites');
    let empty: string | null = null;
    for (const f of sites.features) {
      const s = await atlas.api<SalesSummary>(`/api/summary/sales?by=region&site=${f.properties.code}`);
      if (s.rows.length === 0) {
        empty = f.properties.code;
        break;
      }
    }
    if (empty === null) return; // every site has sales in this data: nothing to show empty
    await open(`sel=site:${empty}`);
    expect(await page.getByTestId('chart-sales-by-region').getAttribute('data-state')).toBe('empty');
    expect(await page.getByTestId('chart-sales-by-region').getByTestId('chart-empty').innerText()).toMatch(/No data/);
  }, 60_000);

  it('a click on a region\'s bar filters the map and the other charts; a second click clears it', async () => {
    await open('');
    await waitForMapIdle(page);
    const all = await atlas.api<Sites>('/api/sites');
    await expect.poll(async () => (await drawnSiteCodes(page)).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(15);
    const region = 'KG-J';
    const keys = Object.keys(await chartTable(page, 'sales-by-region'));
    const index = keys.indexOf(region);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.locator('[data-testid=chart-sales-by-region] .recharts-bar-rectangle').nth(index).click();

    await expect.poll(() => param('region'), { timeout: 10_000 }).toBe(region);
    const inRegion = all.features.filter((f) => f.properties.oblastCode === region).map((f) => f.properties.code);
    await expect
      .poll(async () => {
        const drawn = await drawnSiteCodes(page);
        return drawn.length > 0 && drawn.every((c) => inRegion.includes(c));
      }, { timeout: 30_000 })
      .toBe(true);
    const category = await expectedSales(atlas, `region=${region}`, 'category', 'KGS');
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-category')), { timeout: 20_000 }).toEqual(category.table);
    await expect.poll(() => page.locator('[data-testid=filter-chip][data-kind=region]').count()).toBe(1);

    await page.locator('[data-testid=chart-sales-by-region] .recharts-bar-rectangle').nth(index).click();
    await expect.poll(() => param('region'), { timeout: 10_000 }).toBeNull();
    await expect.poll(async () => (await drawnSiteCodes(page)).length, { timeout: 30_000 }).toBe(all.features.length);
  }, 120_000);

  it('a click on a year narrows every chart to it (by month), a channel filters the sales, both from the keyboard too', async () => {
    await open('');
    await page.locator('[data-testid=chart-sales-by-channel] [data-testid=chart-year-tick][data-key="2025"]').click();
    await expect.poll(async () => [await param('from'), await param('to')], { timeout: 10_000 }).toEqual(['2025', '2025']);
    const months = await expectedSales(atlas, 'from=2025&to=2025', 'month_channel', 'KGS');
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-channel')), { timeout: 20_000 }).toEqual(months.table);

    // The channel legend is a row of toggle buttons: Enter sets the channel, and again clears it.
    const fair = page.locator('[data-testid=chart-channel][data-key=fair]');
    await fair.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('channel'), { timeout: 10_000 }).toBe('fair');
    const byRegion = await expectedSales(atlas, 'from=2025&to=2025&channel=fair', 'region', 'KGS');
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-region')), { timeout: 20_000 }).toEqual(byRegion.table);
    await page.locator('[data-testid=chart-channel][data-key=fair]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('channel'), { timeout: 10_000 }).toBeNull();
  }, 120_000);

  it('shows each active filter and the selection as a chip whose button removes it, all in the address', async () => {
    await open('region=KG-J&hazard=mudflow&channel=online&from=2024-03&to=2025-06&sel=site:KG-J-01');
    const chips = page.getByTestId('filter-chip');
    await expect.poll(() => chips.count(), { timeout: 20_000 }).toBe(5);
    const kinds = await chips.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds).toEqual(['region', 'hazard', 'channel', 'period', 'selection']);
    expect(await page.locator('[data-testid=filter-chip][data-kind=region]').innerText()).toContain('Jalal-Abad');
    expect(await page.locator('[data-testid=filter-chip][data-kind=period]').innerText()).toMatch(/Mar 2024.*Jun 2025/);

    // Every remove button is labelled with what it removes.
    const labels = await page.getByTestId('filter-chip-remove').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.every((l) => l !== null && l.startsWith('Remove'))).toBe(true);

    await page.locator('[data-testid=filter-chip][data-kind=hazard] [data-testid=filter-chip-remove]').click();
    await expect.poll(() => param('hazard'), { timeout: 10_000 }).toBeNull();
    // From the keyboard: the period chip's button.
    await page.locator('[data-testid=filter-chip][data-kind=period] [data-testid=filter-chip-remove]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => [await param('from'), await param('to')], { timeout: 10_000 }).toEqual([null, null]);
    await page.locator('[data-testid=filter-chip][data-kind=selection] [data-testid=filter-chip-remove]').click();
    await expect.poll(() => param('sel'), { timeout: 10_000 }).toBeNull();
    expect((await search()).get('region')).toBe('KG-J');
    expect(await chips.count()).toBe(2);
    await page.getByTestId('filter-chips-clear').click();
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(0);
    // Filter changes replace the address after a short debounce (hooks/use-url-state.ts), so wait for it.
    await expect
      .poll(async () => [...(await search()).keys()].filter((k) => ['region', 'channel'].includes(k)), { timeout: 10_000 })
      .toEqual([]);
  }, 120_000);

  it('play steps through the years one at a time and stops at the last', async () => {
    await open('');
    const years = await page.locator('[data-testid=period-yearFrom] option').evaluateAll((els) =>
      els.map((e) => (e as HTMLOptionElement).value).filter((v) => v !== '').map(Number).sort((a, b) => a - b),
    );
    expect(years.length).toBeGreaterThan(1);
    // Read from the control, not the address: the address is written a moment later (debounced with the map's moves).
    const shownYear = async () => Number(await page.getByTestId('period-yearFrom').inputValue());
    const seen: number[] = [];
    await page.getByTestId('period-play').click();
    await expect
      .poll(
        async () => {
          const from = await shownYear();
          if (from && seen[seen.length - 1] !== from) seen.push(from);
          return page.getByTestId('period-play').getAttribute('aria-pressed');
        },
        { timeout: years.length * 4000 + 5000, interval: 150 },
      )
      .toBe('false');
    // The last step and the stop land together: the control may show the last year only after the poll's read.
    const last = await shownYear();
    if (seen[seen.length - 1] !== last) seen.push(last);
    expect(seen).toEqual(years);
    expect(await page.getByTestId('period-yearTo').inputValue()).toBe(String(years[years.length - 1]));
    // The address records where play stopped.
    await expect.poll(() => param('from'), { timeout: 10_000 }).toBe(String(years[years.length - 1]));
  }, 120_000);
  // "Switching a filter updates map and charts together": checked by the order of events, not by time. The page
  // records, in one sequence, each answer's arrival (and the first task after it), every change of the charts'
  // numbers and every frame the map draws. The filters go from none (A) through KG-O (B) to KG-O + mudflow (C) in two
  // tasks in a row, so B's answers are still on their way when C is chosen.
  it('a filter switch changes every chart at once, in the task the view\'s last answer arrives in, and the map draws only the old or the new filter, the new one in the same frame as the charts', async () => {
    await open('');
    await waitForMapIdle(page);
    await expect.poll(async () => (await drawnSiteCodes(page)).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(15);
    type Event =
      | { seq: number; kind: 'answer'; url: string }
      | { seq: number; kind: 'next-task'; after: number }
      | { seq: number; kind: 'charts'; numbers: string[] }
      | { seq: number; kind: 'map'; sites: string }
      | { seq: number; kind: 'figures'; values: string }
      | { seq: number; kind: 'frame' };
    const start = await page.evaluate(() => {
      const log: Event[] = [];
      let seq = 0;
      const w = window as unknown as { __order: Event[] };
      w.__order = log;
      const json = Response.prototype.json;
      Response.prototype.json = function (this: Response) {
        const url = this.url;
        return json.call(this).then((value: unknown) => {
          const at = ++seq;
          log.push({ seq: at, kind: 'answer', url });
          setTimeout(() => log.push({ seq: ++seq, kind: 'next-task', after: at }), 0);
          return value;
        });
      };
      const panel = document.querySelector('[data-testid=charts-panel]')!;
      const numbers = () => [...panel.querySelectorAll('section.chart')].map((c) => c.querySelector('tbody')?.textContent ?? '');
      let last = numbers().join('\n');
      new MutationObserver(() => {
        const now = numbers();
        if (now.join('\n') === last) return;
        last = now.join('\n');
        log.push({ seq: ++seq, kind: 'charts', numbers: now });
      }).observe(panel, { subtree: true, childList: true, characterData: true });
      // The key figures across the top: the same settled view as the charts.
      const figures = () =>
        [...document.querySelectorAll('[data-testid=key-figures] .key-figure__value')].map((e) => e.textContent ?? '').join('|');
      let lastFigures = figures();
      new MutationObserver(() => {
        const now = figures();
        if (now === lastFigures) return;
        lastFigures = now;
        log.push({ seq: ++seq, kind: 'figures', values: now });
      }).observe(document.querySelector('[data-testid=key-figures]')!.parentElement!, { subtree: true, childList: true, characterData: true });
      const { map } = window.__atlas!;
      const sites = () => [...new Set(window.__atlas!.drawn(['sites']).map((f) => String(f.properties.code)))].sort().join(',');
      let drawn = sites();
      map.on('render', () => {
        const now = sites();
        if (now === drawn) return;
        drawn = now;
        log.push({ seq: ++seq, kind: 'map', sites: now });
      });
      // Every frame's start: a callback registered in the frame before runs before MapLibre's draw of this one.
      const frame = () => {
        log.push({ seq: ++seq, kind: 'frame' });
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      return { numbers: numbers(), sites: drawn, figures: lastFigures };
    });

    await page.evaluate(async () => {
      const choose = (id: string, value: string) => {
        const select = document.querySelector<HTMLSelectElement>(`[data-testid=${id}]`)!;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      choose('filter-region', 'KG-O');
      await new Promise((resolve) => setTimeout(resolve, 0));
      choose('filter-hazard', 'mudflow');
    });
    const scope = 'region=KG-O&hazard=mudflow';
    const apiSites = (await atlas.api<Sites>(`/api/sites?${scope}`)).features.map((f) => f.properties.code);
    expect(apiSites.length).toBeGreaterThan(0);
    const byRegion = await expectedSales(atlas, scope, 'region', 'KGS');
    const byCategory = await expectedSales(atlas, scope, 'category', 'KGS');
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-region')), { timeout: 30_000 }).toEqual(byRegion.table);
    await expect.poll(async () => asNumbers(await chartTable(page, 'sales-by-category')), { timeout: 30_000 }).toEqual(byCategory.table);
    await chartsReady();
    await expect.poll(async () => (await drawnSiteCodes(page)).sort().join(','), { timeout: 30_000 }).toBe([...new Set(apiSites)].sort().join(','));
    await waitForMapIdle(page);
    const log = await page.evaluate(() => (window as unknown as { __order: Event[] }).__order);
    const final = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=charts-panel] section.chart')].map((c) => c.querySelector('tbody')?.textContent ?? ''),
    );
    const finalSites = [...new Set(apiSites)].sort().join(',');
    const finalFigures = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=key-figures] .key-figure__value')].map((e) => e.textContent ?? '').join('|'),
    );

    // The answers the key figures, the charts and the map need for C: seven summaries, the sites and the villages.
    const needed = log.filter(
      (e): e is Extract<Event, { kind: 'answer' }> =>
        e.kind === 'answer' && /\/api\/(summary(\/(sales|participants|restoration|indicators))?|sites|villages)\?/.test(e.url) &&
        new URL(e.url).searchParams.get('region') === 'KG-O' && new URL(e.url).searchParams.get('hazard') === 'mudflow',
    );
    expect(needed.map((e) => new URL(e.url).pathname).sort()).toEqual([
      '/api/sites', '/api/summary', '/api/summary/indicators', '/api/summary/participants', '/api/summary/restoration',
      '/api/summary/sales', '/api/summary/sales', '/api/summary/sales', '/api/villages',
    ]);
    const lastNeeded = Math.max(...needed.map((e) => e.seq));
    const nextTask = log.find((e) => e.kind === 'next-task' && e.after === lastNeeded)!.seq;

    // Charts: every state they showed is all old or all new (never some charts on one filter and some on another,
    // never B's numbers), they turned new once, after the last of those answers and before the next task ran (so no
    // frame could be drawn in between), and never went back.
    const side = (numbers: string[]) => {
      const old = numbers.every((n, i) => n === start.numbers[i]);
      const now = numbers.every((n, i) => n === final[i]);
      return old && now ? 'both' : old ? 'old' : now ? 'new' : 'mixed';
    };
    const charts = log.filter((e): e is Extract<Event, { kind: 'charts' }> => e.kind === 'charts');
    expect(start.numbers).not.toEqual(final);
    expect(charts.map((c) => side(c.numbers)).filter((s) => s !== 'old' && s !== 'new')).toEqual([]);
    const firstNew = charts.find((c) => side(c.numbers) === 'new')!;
    expect(firstNew.seq).toBeGreaterThan(lastNeeded);
    expect(firstNew.seq).toBeLessThan(nextTask);
    expect(charts.filter((c) => c.seq > firstNew.seq).every((c) => side(c.numbers) === 'new')).toBe(true);

    // Map: it drew the old sites until it drew the new ones, never nothing and never B's, and never went back.
    const maps = log.filter((e): e is Extract<Event, { kind: 'map' }> => e.kind === 'map');
    expect(start.sites).not.toBe(finalSites);
    expect(maps.map((m) => m.sites).filter((s) => s !== start.sites && s !== finalSites)).toEqual([]);
    const firstMapNew = maps.findIndex((m) => m.sites === finalSites);
    expect(firstMapNew).toBeGreaterThanOrEqual(0);
    expect(maps.slice(firstMapNew).every((m) => m.sites === finalSites)).toBe(true);

    // The key figures: only old or new values, the new ones in the same task as the charts' new numbers.
    const figureChanges = log.filter((e): e is Extract<Event, { kind: 'figures' }> => e.kind === 'figures');
    expect(start.figures).not.toBe(finalFigures);
    expect(figureChanges.map((f) => f.values).filter((v) => v !== start.figures && v !== finalFigures)).toEqual([]);
    const figuresNew = figureChanges.find((f) => f.values === finalFigures)!;
    expect(figuresNew.seq).toBeGreaterThan(lastNeeded);
    expect(figuresNew.seq).toBeLessThan(nextTask);

    // Together: the map drew the new sites in the very frame that first showed the charts' new numbers (one frame
    // start between the charts' change and the map's draw), not before them and not frames later.
    const mapNew = maps[firstMapNew]!;
    expect(mapNew.seq).toBeGreaterThan(firstNew.seq);
    const framesBetween = log.filter((e) => e.kind === 'frame' && e.seq > firstNew.seq && e.seq < mapNew.seq).length;
    expect(framesBetween).toBe(1);
  }, 120_000);

  // Each chart's CSV as a person downloads it from a Russian or Kyrgyz screen: what Excel needs to show Cyrillic (the
  // byte-order mark, valid UTF-8), the file named by the region in scope and today's date in Bishkek, and exactly the
  // API's summary for the chart's scope.
  it.each([
    { lang: 'ru', query: 'region=KG-J', region: 'KG-J', oblast: { ru: 'Джалал-Абадская область', ky: 'Жалал-Абад облусу' } },
    { lang: 'ky', query: 'sel=region:KG-O&hazard=mudflow', region: 'KG-O', oblast: { ru: 'Ошская область', ky: 'Ош облусу' } },
  ])('downloads each chart\'s CSV in $lang: BOM, Cyrillic intact, named by region and date, the API\'s numbers', async ({ lang, query, region, oblast }) => {
    const cyrillic = await atlas.newPage({ lang });
    try {
      await cyrillic.goto(`${atlas.base}/?lang=${lang}&${query}`);
      await cyrillic.getByTestId('charts-panel').waitFor({ timeout: 60_000 });
      await cyrillic.waitForFunction(
        () => {
          const charts = [...document.querySelectorAll<HTMLElement>('[data-testid=charts-panel] section.chart')];
          return charts.length >= 6 && charts.every((c) => c.dataset.state === 'ready' || c.dataset.state === 'empty');
        },
        undefined,
        { timeout: 60_000 },
      );
      const charts = await cyrillic.locator('[data-testid=charts-panel] section.chart').evaluateAll((els) =>
        els.map((e) => (e as HTMLElement).dataset.testid!.replace(/^chart-/, '')),
      );
      expect(charts).toEqual(['sales-by-channel', 'sales-by-region', 'sales-by-category', 'participants', 'restoration', 'indicators']);

      for (const chart of charts) {
        const link = cyrillic.getByTestId(`chart-${chart}`).getByTestId('chart-csv');
        const href = new URL((await link.getAttribute('href'))!, atlas.base);
        const summary = href.pathname.replace('/api/summary/', '');
        expect(Object.keys(CSV_CHECKS)).toContain(summary);
        expect(href.searchParams.get('region')).toBe(region);
        const dayBefore = bishkekDate();
        const [download] = await Promise.all([cyrillic.waitForEvent('download'), link.click()]);
        const name = download.suggestedFilename();
        expect(name.startsWith(`resiland-${summary}-`), name).toBe(true);
        expect(name, name).toContain(`-region-${region}-`);
        expect([`-${dayBefore}.csv`, `-${bishkekDate()}.csv`].some((end) => name.endsWith(end)), name).toBe(true);

        const bytes = await readFile((await download.path())!);
        expect([...bytes.subarray(0, 3)], `${chart}: UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        const records = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

        href.searchParams.delete('format');
        const json = await atlas.api<unknown>(`${href.pathname}${href.search}`);
        const check = CSV_CHECKS[summary]!;
        const expected = check.expected(json);
        expect(expected.length, `${chart}: the API has rows in scope`).toBeGreaterThan(0);
        expect(records.map(check.actual), chart).toEqual(expected);
        for (const n of cyrillicNames(json)) expect(text, chart).toContain(n);
        if (chart === 'sales-by-region') {
          expect(records.map((r) => [r.key, r.name_ru, r.name_ky])).toEqual([[region, oblast.ru, oblast.ky]]);
        }
        if (chart === 'indicators') expect(text).toContain(oblast.ru);
      }
    } finally {
      await cyrillic.close();
    }
  }, 180_000);
});
