// The donor's path in a browser, on the real app over the embedded PostGIS seeded with the shipped data: the key
// figures across the top equal GET /api/summary and show their source and data date on keyboard focus and hover;
// the results table opens from "Results" in the right-hand panel, shows GET /api/results for the region the map's
// filter sets, sorts by its columns, opens women / men / youth, and its CSV link downloads the API's CSV with
// Cyrillic intact.
// Wiring it expects (App.tsx): <KeyFigures> under the header (data-testid key-figures), a button
// data-testid="open-results" in #atlas-panel, and the table (data-testid results-table) for view.filters.region.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import type { Results } from '../../server/schemas/results.ts';
import type { SourceList } from '../../server/schemas/sources.ts';
import { digits, useAtlas } from '../helpers/atlas.ts';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe violations inside these parts of the page. */
async function axeViolations(page: Page, include: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (parts) => {
    type Axe = { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(
      { include: parts.map((p) => [p]) },
      { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
}

/** A number as the English interface writes it ("1,234.5" → 1234.5); "<5" and "–" stay text. */
const enNumber = (text: string): number | string => {
  const t = text.trim();
  return /^-?[\d,]+(\.\d+)?$/.test(t) ? Number(t.replace(/,/g, '')) : t;
};
/** A value as the table writes it: hectares and percentages to one decimal, som whole, counts as they are. */
const asShown = (v: number | string | null, unit: string): number | string => {
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  const decimals = unit === 'hectares' || unit === 'percent' ? 1 : unit === 'kgs' ? 0 : 2;
  return Math.round(v * 10 ** decimals) / 10 ** decimals;
};

/** The rows of the table as shown: indicator, region, latest actual, percent, status. */
async function tableRows(page: Page) {
  return page.getByTestId('results-row').evaluateAll((trs) =>
    trs.map((tr) => {
      const cell = (col: string) => tr.querySelector(`[data-col="${col}"]`)!;
      const actual = cell('latestActual').querySelector('[data-testid="results-actual"]');
      const percent = cell('percentOfEndTarget').textContent!.replace(/[%\u00a0\s]/g, '');
      return {
        indicator: tr.getAttribute('data-indicator')!,
        region: tr.getAttribute('data-region')!,
        actual: actual ? actual.textContent! : '–',
        percent: percent.startsWith('–') ? null : Number(percent.replace(/,/g, '')),
        status: cell('status').querySelector('[data-status]')!.getAttribute('data-status')!,
      };
    }),
  );
}

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('key figures and the results table in a browser', () => {
  const atlas = useAtlas();
  let page: Page;

  beforeAll(async () => {
    page = await atlas.newPage({ lang: 'en', viewport: { width: 1280, height: 900 } });
    await page.goto(`${atlas.base}/`);
    await waitForMapIdle(page);
    await page.getByTestId('filter-region').selectOption('KG-J');
  }, 180_000);

  it('key figures equal GET /api/summary for the region and show source and data date on focus and hover', async () => {
    const summary = await atlas.api<Summary>('/api/summary?region=KG-J');
    const { sources } = await atlas.api<SourceList>('/api/sources');
    const title = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
    const figures = async () => ({
      sites: digits(await page.getByTestId('key-figure-sites-value').innerText()),
      households: digits(await page.getByTestId('key-figure-households-value').innerText()),
      participants: digits(await page.getByTestId('key-figure-participants-value').innerText()),
      producers: digits(await page.getByTestId('key-figure-producers-value').innerText()),
      restored: digits(await page.getByTestId('key-figure-restoration-done').innerText()),
    });
    await expect.poll(figures, { timeout: 30_000 }).toEqual({
      sites: summary.sites,
      households: summary.households,
      participants: summary.participants,
      producers: summary.producers.total,
      restored: Math.round(summary.restorationHa.done),
    });

    // Keyboard focus opens the tooltip: sources by title, the data date, and the sample note.
    const sites = page.getByTestId('key-figure-sites');
    await sites.focus();
    await expect.poll(() => page.getByTestId('key-figure-sites-tooltip').isVisible()).toBe(true);
    const p = summary.provenance.sites;
    expect(p.sourceIds.length).toBeGreaterThan(0);
    expect(await page.getByTestId('key-figure-sites-sources').innerText()).toBe(p.sourceIds.map(title).join('; '));
    if (p.dataDate) {
      const date = await page.getByTestId('key-figure-sites-date').innerText();
      expect(date).toContain(p.dataDate.slice(0, 4));
      expect(date).toContain(String(Number(p.dataDate.slice(8, 10))));
      expect(await page.getByTestId('key-figure-sites-date').getAttribute('datetime')).toBe(p.dataDate);
    }
    expect(await page.getByTestId('key-figure-sites-sample').count()).toBe(p.isSample ? 1 : 0);
    // The tooltip is the figure's accessible description.
    const describedBy = await sites.getAttribute('aria-describedby');
    expect(await page.getByTestId('key-figure-sites-tooltip').getAttribute('id')).toBe(describedBy);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('key-figure-sites-tooltip').isVisible()).toBe(false);

    // Tab moves to the next figure and opens its tooltip; the sales tooltip has the exact amounts.
    await page.getByTestId('key-figure-participants').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('key-figure-sales-tooltip').isVisible()).toBe(true);
    expect(digits(await page.getByTestId('key-figure-sales-kgs-full').innerText())).toBe(Math.round(summary.salesKgs));
    expect(await page.getByTestId('key-figure-sales-sources').innerText()).toBe(summary.provenance.sales.sourceIds.map(title).join('; '));

    // Hover does the same for a mouse.
    await page.getByTestId('key-figure-households').hover();
    await expect.poll(() => page.getByTestId('key-figure-households-tooltip').isVisible()).toBe(true);
    await page.mouse.move(5, 500);
  }, 90_000);

  it('opens the results table from the panel with GET /api/results for the region on the map', async () => {
    await page.locator('#atlas-panel').getByTestId('open-results').click();
    const api = await atlas.api<Results>('/api/results?region=KG-J');
    expect(api.rows.length).toBeGreaterThan(0);
    await expect.poll(async () => (await tableRows(page)).length, { timeout: 30_000 }).toBe(api.rows.length);
    expect(await page.getByTestId('results-region').innerText()).toContain('Jalal-Abad');
    const shown = (await tableRows(page)).map((r) => ({ ...r, actual: enNumber(r.actual) }));
    expect(shown).toEqual(api.rows.map((r) => ({
      indicator: r.indicator,
      region: r.region ?? '',
      actual: asShown(r.latestActual, r.unit),
      percent: r.percentOfEndTarget,
      status: r.status,
    })));
  }, 60_000);

  it('sorts by a column both ways with aria-sort, keeping rows without a value last', async () => {
    const header = page.locator('th[data-col="percentOfEndTarget"]');
    await page.getByTestId('results-sort-percentOfEndTarget').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = (await tableRows(page)).map((r) => r.percent);
    const present = up.filter((x): x is number => x !== null);
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(up.slice(present.length).every((x) => x === null)).toBe(true);

    await page.getByTestId('results-sort-percentOfEndTarget').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = (await tableRows(page)).map((r) => r.percent).filter((x): x is number => x !== null);
    expect(down).toEqual([...down].sort((a, b) => b - a));

    await page.getByTestId('results-sort-status').click();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    const order = ['on_track', 'at_risk', 'off_track', 'no_data'];
    const statuses = (await tableRows(page)).map((r) => order.indexOf(r.status));
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
  }, 60_000);

  it('opens women, men and youth of a row with the API\'s values', async () => {
    const api = await atlas.api<Results>('/api/results?region=KG-J');
    const withGroups = api.rows.find((r) => r.groups.length > 0)!;
    expect(withGroups).toBeDefined();
    const row = page.locator(`[data-testid="results-row"][data-indicator="${withGroups.indicator}"]`);
    await row.getByTestId('results-expand').click();
    expect(await row.getByTestId('results-expand').getAttribute('aria-expanded')).toBe('true');
    const groups = await page.getByTestId('results-group-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        group: tr.getAttribute('data-group'),
        actual: tr.querySelector('[data-testid="results-actual"]')?.textContent ?? null,
        withheld: tr.querySelector('.results__withheld') !== null,
      })));
    expect(groups.map((g) => g.group)).toEqual(withGroups.groups.map((g) => g.group));
    for (const [i, g] of withGroups.groups.entries()) {
      if (g.withheld) expect(groups[i]!.withheld).toBe(true);
      else expect(enNumber(groups[i]!.actual ?? '–')).toEqual(asShown(g.latestActual, withGroups.unit));
    }
  }, 60_000);

  it('downloads the CSV of the rows shown, named by region and date, UTF-8 with BOM and Cyrillic intact', async () => {
    const api = await atlas.api<Results>('/api/results?region=KG-J');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('results-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^resiland-results-region-KG-J-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    for (const r of api.rows) {
      expect(text).toContain(r.name.ky);
      expect(text).toContain(r.name.ru);
    }
    expect(text).toContain(api.rows[0]!.regionName!.ru);
    const lines = text.trim().split('\r\n');
    expect(lines.length - 1).toBe(api.rows.reduce((n, r) => n + 1 + r.groups.length, 0));
  }, 60_000);

  it('axe finds no serious or critical violation in the key figures and the opened table', async () => {
    await page.getByTestId('key-figure-sales').focus();
    expect(await axeViolations(page, ['[data-testid="key-figures"]', '[data-testid="results-table"]'])).toEqual([]);
  }, 60_000);

  it('follows the region filter of the map', async () => {
    await page.getByTestId('filter-region').selectOption('KG-N');
    const api = await atlas.api<Results>('/api/results?region=KG-N');
    await expect
      .poll(async () => (await tableRows(page)).map((r) => r.region).join(','), { timeout: 30_000 })
      .toBe(api.rows.map(() => 'KG-N').join(','));
    const href = await page.getByTestId('results-csv').getAttribute('href');
    expect(href).toContain('region=KG-N');
  }, 60_000);
});
