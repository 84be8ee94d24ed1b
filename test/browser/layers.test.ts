// The layers of issue 4 in the browser, on the real app over the embedded PostGIS seeded with the shipped data: each
// toggle changes what is drawn (deck.gl picking for the sales flows, MapLibre's rendered features for the sites,
// villages, exposure rings, tile and style layers, pixels for the heat map), and choosing the web base map on this machine, which has no internet, falls
// back to the offline base with a quiet note and no error banner.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAtlas } from '../helpers/atlas.ts';
import { chromiumPath, jumpAndSettle, waitForMapIdle } from '../helpers/browser.ts';


/** deck.gl objects drawn on screen in one layer (0 while deck.gl is not loaded: nothing of it is drawn). */
const picked = (page: Page, layerId: string) =>
  page.evaluate((id) => {
    const atlas = window.__atlas!;
    if (!atlas.overlay) return 0;
    const canvas = atlas.map.getCanvas();
    return atlas.overlay.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: [id], maxObjects: 500 })
      .length;
  }, layerId);

/** MapLibre features drawn on screen in one style layer (-1 when the layer does not exist). */
const rendered = (page: Page, layerId: string) =>
  page.evaluate((id) => {
    const { map } = window.__atlas!;
    if (!map.getLayer(id)) return -1;
    return window.__atlas!.drawn([id]).length;
  }, layerId);

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('the map layers in a browser', () => {
  const atlas = useAtlas();
  let page: Page;
  const getJson = <T>(url: string): Promise<T> => atlas.api<T>(url);

  beforeAll(async () => {
    page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/`);
    await waitForMapIdle(page);
  }, 180_000);

  const toggle = (key: string) => page.getByTestId(`layer-toggle-${key}`).click();

  it('draws an exposure ring around every site at the default 5 km, and none when switched off', async () => {
    // Distinct rings drawn (a ring crossing tile borders is one feature per tile).
    const rings = () =>
      page.evaluate(() => {
        const { map } = window.__atlas!;
        if (!map.getLayer('exposure-rings')) return -1;
        return new Set(window.__atlas!.drawn(['exposure-rings']).map((f) => String(f.properties.siteCode))).size;
      });
    await expect.poll(rings, { timeout: 30_000 }).toBeGreaterThan(10);
    await toggle('exposureRings');
    await expect.poll(rings, { timeout: 10_000 }).toBe(0);
    await toggle('exposureRings');
    await expect.poll(rings, { timeout: 10_000 }).toBeGreaterThan(10);
  }, 60_000);

  it('draws sales flows from the villages when switched on, one arc per village and placed channel', async () => {
    const sales = await getJson<{ rows: { channel: string }[] }>(`/api/summary/sales-by-village`);
    const placed = sales.rows.filter((r) => r.channel !== 'online' && r.channel !== 'export').length;
    expect(placed).toBeGreaterThan(0);
    expect(await picked(page, 'sales-flows')).toBe(0);
    await toggle('salesFlows');
    await expect.poll(() => picked(page, 'sales-flows'), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await picked(page, 'sales-flows')).toBeLessThanOrEqual(placed);
    await expect(page.getByTestId('legend-flows-note').innerText()).resolves.toMatch(/online/i);
    await toggle('salesFlows');
    await expect.poll(() => picked(page, 'sales-flows'), { timeout: 10_000 }).toBe(0);
  }, 60_000);

  it('changes the picture when the sales heat map is switched on', async () => {
    const shot = () => page.getByTestId('map').screenshot();
    const before = await shot();
    await toggle('salesHeatmap');
    await expect.poll(async () => Buffer.compare(await shot(), before) !== 0, { timeout: 30_000 }).toBe(true);
    await toggle('salesHeatmap');
  }, 60_000);

  it('draws producer groups from the vector tiles and the admin boundaries, each with its own toggle', async () => {
    expect(await rendered(page, 'producer-groups-circle')).toBe(0);
    await toggle('producerGroups');
    await expect.poll(() => rendered(page, 'producer-groups-circle'), { timeout: 30_000 }).toBeGreaterThan(0);
    await toggle('producerGroups');
    await expect.poll(() => rendered(page, 'producer-groups-circle'), { timeout: 10_000 }).toBe(0);

    await expect.poll(() => rendered(page, 'admin-oblast-line'), { timeout: 30_000 }).toBeGreaterThan(0);
    await toggle('adminBoundaries');
    await expect.poll(() => rendered(page, 'admin-oblast-line'), { timeout: 10_000 }).toBe(0);
    await toggle('adminBoundaries');
    // Rayon labels appear only when zoomed in.
    expect(await rendered(page, 'admin-rayon-label')).toBe(0);
    await jumpAndSettle(page, { center: [72.9, 41.0], zoom: 8.5 });
    await expect.poll(() => rendered(page, 'admin-rayon-label'), { timeout: 30_000 }).toBeGreaterThan(0);
  }, 90_000);

  it('falls back to the offline base map by itself when the web base map cannot load (no internet here)', async () => {
    await page.getByTestId('basemap-web').click();
    await expect.poll(() => page.getByTestId('basemap-note').isVisible().catch(() => false), { timeout: 60_000 }).toBe(true);
    expect(await page.getByTestId('basemap-offline').isChecked()).toBe(true);
    expect(await page.evaluate(() => Boolean(window.__atlas!.map.getSource('web-basemap')))).toBe(false);
    // The offline base is still drawn, and nothing on screen is an error.
    expect(await rendered(page, 'country-fill')).toBeGreaterThan(0);
    expect(await page.locator('.error-notice, [role="alert"]').count()).toBe(0);
  }, 90_000);
});
