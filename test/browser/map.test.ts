// The atlas in the system Chromium, served by the real app over the embedded PostGIS seeded with the
// shipped data: the map reaches `idle`, the sites are drawn by MapLibre, the hazard zones and restoration plots by
// MapLibre from the server's vector tiles, the totals on screen are the API's for the chosen period, and the
// language switch changes the text.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import { digits, useAtlas } from '../helpers/atlas.ts';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('the atlas in a browser', () => {
  const atlas = useAtlas();
  let page: Page;
  const getJson = <T>(url: string): Promise<T> => atlas.api<T>(url);

  beforeAll(async () => {
    page = await atlas.newPage({ lang: 'en' });
  }, 180_000);

  it('loads the page, reaches map idle and draws the 21 sites with MapLibre', async () => {
    await page.goto(`${atlas.base}/`);
    await waitForMapIdle(page);
    const api = await getJson<{ features: unknown[] }>(`/api/sites`);
    expect(api.features).toHaveLength(21);

    // MapLibre's rendered features of the sites layer: found only where they were drawn (in the view, layer shown).
    const picked = await page.waitForFunction(
      () => {
        const { map } = window.__atlas!;
        if (!map.getLayer('sites')) return null;
        const codes = window.__atlas!.drawn(['sites']).map((f) => String(f.properties.code));
        return codes.length > 0 ? codes : null;
      },
      undefined,
      { timeout: 60_000, polling: 500 },
    );
    const codes = (await picked.jsonValue()) as string[];
    // Several sites sit close together at country zoom and hide one another; most must be visible.
    expect(codes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(codes).size).toBe(codes.length);
  }, 120_000);

  it('shows the same programme totals as /api/summary', async () => {
    const summary = await getJson<Summary>(`/api/summary`);
    const text = async (id: string) => page.getByTestId(id).textContent({ timeout: 30_000 });
    expect(digits(await text('key-figure-sites-value'))).toBe(summary.sites);
    expect(digits(await text('key-figure-households-value'))).toBe(summary.households);
    expect(digits(await text('key-figure-participants-value'))).toBe(summary.participants);
    expect(digits(await text('key-figure-sales-kgs-full'))).toBe(Math.round(summary.salesKgs));
    expect(digits(await text('key-figure-producers-value'))).toBe(summary.producers.total);
    expect(summary.isSample).toBe(true);
    await expect(page.getByTestId('sample-badge').isVisible()).resolves.toBe(true);
  }, 60_000);

  it('switches the interface to Kyrgyz and Russian and back to English', async () => {
    const title = () => page.locator('html').getAttribute('lang');
    const badge = () => page.getByTestId('sample-badge').innerText();
    const english = await badge();

    await page.getByTestId('lang-ky').click();
    await expect.poll(title).toBe('ky');
    const kyrgyz = await badge();
    expect(kyrgyz).not.toBe(english);
    expect(kyrgyz).toMatch(/[А-Яа-яӨөҮүҢң]/);
    // Numbers follow the language too: a space groups thousands in Kyrgyz and Russian.
    expect(await page.getByTestId('key-figure-sales-kgs-full').textContent()).toMatch(/\d[\s\u00a0\u202f]\d{3}[\s\u00a0\u202f]\d{3}/);

    await page.getByTestId('lang-ru').click();
    await expect.poll(title).toBe('ru');
    const russian = await badge();
    expect(russian).toMatch(/[А-Яа-я]/);
    expect(russian).not.toBe(english);

    await page.getByTestId('lang-en').click();
    await expect.poll(title).toBe('en');
    expect(await badge()).toBe(english);
  }, 60_000);

  it('takes away the sites when their layer is switched off', async () => {
    const count = () =>
      page.evaluate(() => window.__atlas!.drawn(['sites']).length);
    expect(await count()).toBeGreaterThan(0);
    await page.getByTestId('layer-toggle-sites').click();
    await expect.poll(count, { timeout: 10_000 }).toBe(0);
    await page.getByTestId('layer-toggle-sites').click();
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(0);
  }, 60_000);

  it('draws the hazard zones and restoration plots from the vector tiles, and the layer list toggles them', async () => {
    const rendered = (layerId: string) =>
      page.evaluate((id) => {
        const { map } = window.__atlas!;
        if (!map.getLayer(id)) return -1;
        const codes = window.__atlas!.drawn([id]).map((f) => String(f.properties.code));
        return new Set(codes).size;
      }, layerId);
    await expect.poll(() => rendered('hazard-zones-fill'), { timeout: 30_000 }).toBeGreaterThanOrEqual(15);
    await expect.poll(() => rendered('restoration-fill'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('legend-hazard-zones').isVisible()).resolves.toBe(true);

    await page.getByTestId('layer-toggle-hazardZones').click();
    await expect.poll(() => rendered('hazard-zones-fill'), { timeout: 10_000 }).toBe(0);
    expect(await rendered('restoration-fill')).toBeGreaterThan(0);
    await page.getByTestId('layer-toggle-hazardZones').click();
    await expect.poll(() => rendered('hazard-zones-fill'), { timeout: 10_000 }).toBeGreaterThanOrEqual(15);
  }, 60_000);

  it('narrows the key figures to one sales year with the year filters, and back to all years', async () => {
    const summary = (query: string) => getJson<Summary>(`/api/summary${query}`);
    const sales = () => page.getByTestId('key-figure-sales-kgs-full').textContent().then(digits);
    const [all, y2024] = await Promise.all([summary(''), summary('?from=2024&to=2024')]);
    expect(y2024.salesKgs).toBeLessThan(all.salesKgs);

    await page.getByTestId('filter-year-from').selectOption('2024');
    await page.getByTestId('filter-year-to').selectOption('2024');
    await expect.poll(sales, { timeout: 15_000 }).toBe(Math.round(y2024.salesKgs));
    expect(await page.getByTestId('key-figure-sales-period').innerText()).toContain('2024');

    await page.getByTestId('filter-year-from').selectOption('');
    await page.getByTestId('filter-year-to').selectOption('');
    await expect.poll(sales, { timeout: 15_000 }).toBe(Math.round(all.salesKgs));
  }, 60_000);
  it('downloads the map as shown as a PNG named by the region and the date', async () => {
    await page.getByTestId('filter-region').selectOption('KG-J');
    await waitForMapIdle(page);
    const size = await page.evaluate(() => {
      const c = window.__atlas!.map.getCanvas();
      return { width: c.width, height: c.height };
    });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-map-png').click()]);
    expect(download.suggestedFilename()).toMatch(/^resiland-map-KG-J-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const bytes = (await import('node:fs')).readFileSync(path!);
    // PNG signature, then the IHDR chunk: the picture has the canvas's own size.
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual(size);
    await page.getByTestId('filter-region').selectOption('');
  }, 60_000);
});
