// The charts beside the map, in a browser on the real app over the embedded PostGIS seeded with the shipped data:
// every number a chart shows equals the API's summary for the same filters (several combinations, both currencies);
// a click on a chart's bar filters the map and the other charts, a second click clears it; the active filters show
// as chips that remove them; the period control's play button steps through the years.
// ChartsPanel is rendered by App in the right-hand panel (React.lazy), under the heading "Charts".
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
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
    expect([...(await search()).keys()].filter((k) => ['region', 'channel'].includes(k))).toEqual([]);
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
});
