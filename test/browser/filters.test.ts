// Filters change what is drawn (MapLibre sites and hazard zones) and the key figures on screen equal
// /api/summary with the same filters.
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { digits, drawnSiteCodes, useAtlas } from '../helpers/atlas.ts';

type Sites = { features: { properties: { code: string; oblastCode: string; hazardType: string; rayonCode: string | null } }[] };

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('filters in a browser', () => {
  const atlas = useAtlas();

  const figures = async (page: import('playwright-core').Page) => ({
    sites: digits(await page.getByTestId('key-figure-sites-value').innerText()),
    households: digits(await page.getByTestId('key-figure-households-value').innerText()),
    participants: digits(await page.getByTestId('key-figure-participants-value').innerText()),
    producers: digits(await page.getByTestId('key-figure-producers-value').innerText()),
    sales: digits(await page.getByTestId('key-figure-sales-kgs-full').textContent()),
    restored: digits(await page.getByTestId('key-figure-restoration-done').innerText()),
  });
  const expected = (s: Summary) => ({
    sites: s.sites,
    households: s.households,
    participants: s.participants,
    producers: s.producers.total,
    sales: Math.round(s.salesKgs),
    restored: Math.round(s.restorationHa.done),
  });
  const zoneCodes = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      return [...new Set(window.__atlas!.drawn(['hazard-zones-fill']).map((f) => String(f.properties.code)))].sort();
    });

  it('region, hazard type, rayon, category and years narrow the sites drawn, the zones and the totals', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/`);
    await waitForMapIdle(page);
    const all = await atlas.api<Sites>('/api/sites');
    await expect.poll(async () => (await drawnSiteCodes(page)).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(15);

    // Region: Jalal-Abad.
    await page.getByTestId('filter-region').selectOption('KG-J');
    const inRegion = all.features.filter((f) => f.properties.oblastCode === 'KG-J').map((f) => f.properties.code).sort();
    await expect.poll(async () => (await drawnSiteCodes(page)).every((c) => inRegion.includes(c)) && (await drawnSiteCodes(page)).length > 0, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => figures(page), { timeout: 30_000 }).toEqual(expected(await atlas.api<Summary>('/api/summary?region=KG-J')));
    await expect.poll(async () => (await zoneCodes(page)).every((c) => inRegion.includes(c)), { timeout: 30_000 }).toBe(true);

    // + hazard type.
    await page.getByTestId('filter-hazard').selectOption('mudflow');
    const mudflow = all.features
      .filter((f) => f.properties.oblastCode === 'KG-J' && f.properties.hazardType === 'mudflow')
      .map((f) => f.properties.code);
    await expect.poll(async () => (await drawnSiteCodes(page)).every((c) => mudflow.includes(c)), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => figures(page), { timeout: 30_000 }).toEqual(
      expected(await atlas.api<Summary>('/api/summary?region=KG-J&hazard=mudflow')),
    );

    // + rayon (the list offers the region's rayons that have data).
    const rayon = all.features.find((f) => f.properties.code === mudflow[0])!.properties.rayonCode!;
    await page.getByTestId('filter-rayon').selectOption(rayon);
    await expect.poll(() => figures(page), { timeout: 30_000 }).toEqual(
      expected(await atlas.api<Summary>(`/api/summary?region=KG-J&rayon=${rayon}&hazard=mudflow`)),
    );
    const inRayon = all.features
      .filter((f) => f.properties.rayonCode === rayon && f.properties.hazardType === 'mudflow')
      .map((f) => f.properties.code);
    await expect.poll(async () => (await drawnSiteCodes(page)).sort(), { timeout: 30_000 }).toEqual(inRayon.sort());

    // + category and a year range.
    await page.getByTestId('filter-category').selectOption('honey');
    await page.getByTestId('filter-year-from').selectOption('2024');
    await page.getByTestId('filter-year-to').selectOption('2025');
    await expect.poll(() => figures(page), { timeout: 30_000 }).toEqual(
      expected(await atlas.api<Summary>(`/api/summary?region=KG-J&rayon=${rayon}&hazard=mudflow&category=honey&from=2024&to=2025`)),
    );
    expect(await page.getByTestId('key-figure-sales-period').innerText()).toContain('2024');

    // Clear: everything again.
    await page.getByTestId('filters-clear').click();
    await expect.poll(() => figures(page), { timeout: 30_000 }).toEqual(expected(await atlas.api<Summary>('/api/summary')));
    await expect.poll(async () => (await drawnSiteCodes(page)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(15);
    await page.close();
  }, 180_000);

  it('the category and region filters narrow the producer groups drawn to that category and the region\'s villages', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?layers=sites,producerGroups&category=felt`);
    await waitForMapIdle(page);
    const groups = () =>
      page.evaluate(() =>
        window.__atlas!.drawn(['producer-groups-circle']).map((f) => ({ category: String(f.properties.product_category), village: String(f.properties.village_code) })),
      );
    await expect.poll(async () => (await groups()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(new Set((await groups()).map((g) => g.category))).toEqual(new Set(['felt']));
    // Without the category every category is drawn again.
    await page.getByTestId('filter-category').selectOption('');
    await expect.poll(async () => new Set((await groups()).map((g) => g.category)).size, { timeout: 30_000 }).toBeGreaterThan(1);
    // A region: only the groups of its villages (the API's villages for it).
    const villages = await atlas.api<{ features: { properties: { code: string } }[] }>('/api/villages?region=KG-Y');
    const inRegion = new Set(villages.features.map((f) => f.properties.code));
    await page.getByTestId('filter-region').selectOption('KG-Y');
    await expect
      .poll(async () => { const g = await groups(); return g.length > 0 && g.every((x) => inRegion.has(x.village)); }, { timeout: 30_000 })
      .toBe(true);
    await page.close();
  }, 90_000);

  it('the currency switch shows the sales in US dollars, as /api/summary has them', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?from=2024&to=2024`);
    const s = await atlas.api<Summary>('/api/summary?year=2024');
    await expect.poll(async () => digits(await page.getByTestId('key-figure-sales-kgs-full').textContent()), { timeout: 30_000 }).toBe(Math.round(s.salesKgs));
    await page.getByTestId('currency-USD').click();
    await expect.poll(async () => digits(await page.getByTestId('key-figure-sales-usd-full').textContent())).toBe(Math.round(s.salesUsd));
    expect(await page.getByTestId('key-figure-sales-usd').innerText()).toMatch(/\$.*M/);
    await expect.poll(() => new URL(page.url()).searchParams.get('cur')).toBe('USD');
    await page.close();
  }, 60_000);

  it('the search box finds a site typed in Latin, Russian or Kyrgyz and selects it on the map', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/`);
    await waitForMapIdle(page);
    for (const query of ['kokchokoz', 'Кокчокоз', 'Көкчөкөз']) {
      await page.getByTestId('search-input').fill(query);
      const first = page.getByTestId('search-result').first();
      await expect.poll(() => first.getAttribute('data-id'), { timeout: 15_000 }).toBe('KG-J-01');
    }
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel'), { timeout: 10_000 }).toBe('site:KG-J-01');
    // The map went to it.
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.getZoom()), { timeout: 10_000 }).toBeGreaterThanOrEqual(9.9);
    // Products are found too, and select their village.
    await page.getByTestId('search-input').fill('мёд');
    const product = page.locator('[data-testid="search-result"][data-kind="product"]').first();
    await product.waitFor({ timeout: 15_000 });
    await product.dispatchEvent('mousedown');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel') ?? '', { timeout: 10_000 }).toMatch(/^village:/);
    await page.close();
  }, 120_000);
});
