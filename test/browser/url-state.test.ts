// The whole view lives in the address: set it through the page, reload, and the same view comes back; a shared
// link opens that view; back/forward step through selections.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { useAtlas } from '../helpers/atlas.ts';

/**
 * The map has stopped and the address records where it stopped (written a moment after, debounced): what a person
 * sees once a selection's flight is over. Polled, never a fixed wait.
 */
function settled(page: Page) {
  return expect
    .poll(
      () =>
        page.evaluate(() => {
          const m = window.__atlas!.map;
          const round = (n: number, d: number) => Number(n.toFixed(d));
          const here = `${round(m.getZoom(), 2)}/${round(m.getCenter().lat, 4)}/${round(m.getCenter().lng, 4)}`;
          return !m.isMoving() && new URLSearchParams(window.location.search).get('map') === here;
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
}

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('the view in the address', () => {
  const atlas = useAtlas();

  const screenState = (page: Page) =>
    page.evaluate(() => {
      const { map } = window.__atlas!;
      const value = (id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null)?.value ?? null;
      const c = map.getCenter();
      return {
        lon: Number(c.lng.toFixed(3)),
        lat: Number(c.lat.toFixed(3)),
        zoom: Number(map.getZoom().toFixed(2)),
        region: value('filter-region'),
        hazard: value('filter-hazard'),
        from: value('filter-year-from'),
        sitesLayer: (document.querySelector('[data-testid="layer-toggle-sites"]') as HTMLInputElement).checked,
        usd: document.querySelector('[data-testid="currency-USD"]')?.getAttribute('aria-pressed'),
        lang: document.documentElement.lang,
      };
    });

  it('set state → reload → the same view', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/`);
    await waitForMapIdle(page);
    await page.getByTestId('filter-region').selectOption('KG-J');
    await page.getByTestId('filter-hazard').selectOption('mudflow');
    await page.getByTestId('filter-year-from').selectOption('2024');
    await page.getByTestId('layer-toggle-sites').click();
    await page.getByTestId('currency-USD').click();
    await page.getByTestId('lang-ru').click();
    await page.evaluate(() => window.__atlas!.map.jumpTo({ center: [73.1, 41.2], zoom: 8.5 }));
    await expect.poll(() => new URL(page.url()).searchParams.get('map'), { timeout: 10_000 }).toBe('8.5/41.2/73.1');
    const before = await screenState(page);
    expect(before).toMatchObject({ region: 'KG-J', hazard: 'mudflow', from: '2024', sitesLayer: false, usd: 'true', lang: 'ru', zoom: 8.5 });
    const url = page.url();

    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => screenState(page), { timeout: 20_000 }).toEqual(before);
    expect(page.url()).toBe(url);

    // The same link in a fresh page (another person, no remembered language) opens the same view.
    const other = await atlas.browser.context.newPage();
    await other.goto(url);
    await waitForMapIdle(other);
    await expect.poll(() => screenState(other), { timeout: 20_000 }).toEqual(before);
    await other.close();
    await page.close();
  }, 120_000);

  it('back and forward step through selections', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?lang=en`);
    await waitForMapIdle(page);
    const select = async (query: string, id: string) => {
      await page.getByTestId('search-input').fill(query);
      await expect.poll(() => page.getByTestId('search-result').first().getAttribute('data-id'), { timeout: 15_000 }).toBe(id);
      await page.getByTestId('search-input').press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('sel'), { timeout: 10_000 }).toBe(`site:${id}`);
      // The map jumps to the result at once and fits the site's zone and radius once its details are in (the panel
      // shows them in the same render): wait for them, or a slow answer moves the map after it looked settled.
      await expect.poll(() => page.getByTestId('site-info-name').getAttribute('data-code').catch(() => null), { timeout: 20_000 }).toBe(id);
      // As a person would: let the map arrive before going on.
      await settled(page);
    };
    const sites = await atlas.api<{ features: { properties: { code: string; name: { en: string } } }[] }>('/api/sites');
    const [a, b] = sites.features.slice(0, 2).map((f) => f.properties);
    await select(a!.name.en, a!.code);
    await select(b!.name.en, b!.code);
    const sel = () => new URL(page.url()).searchParams.get('sel');

    await page.goBack();
    await expect.poll(sel).toBe(`site:${a!.code}`);
    await expect.poll(() => page.getByTestId('site-info-name').innerText().catch(() => ''), { timeout: 10_000 }).toBe(a!.name.en);
    await page.goBack();
    await expect.poll(sel).toBeNull();
    await page.goForward();
    await expect.poll(sel).toBe(`site:${a!.code}`);
    await page.goForward();
    await expect.poll(sel).toBe(`site:${b!.code}`);
    await page.close();
  }, 120_000);

  it('Back pressed while the map still flies to a new selection returns to the previous one, and the map settles there', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?lang=en`);
    await waitForMapIdle(page);
    const sites = await atlas.api<{ features: { geometry: { coordinates: [number, number] }; properties: { code: string; name: { en: string } } }[] }>('/api/sites');
    // Two sites far apart, so the flight from one to the other takes its whole duration.
    const [a, b] = [sites.features[0]!, [...sites.features].sort((x, y) => Math.abs(y.geometry.coordinates[0] - sites.features[0]!.geometry.coordinates[0]) - Math.abs(x.geometry.coordinates[0] - sites.features[0]!.geometry.coordinates[0]))[0]!];
    const sel = () => new URL(page.url()).searchParams.get('sel');
    const pick = async (site: typeof a) => {
      await page.getByTestId('search-input').fill(site.properties.name.en);
      await expect.poll(() => page.getByTestId('search-result').first().getAttribute('data-id'), { timeout: 15_000 }).toBe(site.properties.code);
      await page.getByTestId('search-input').press('Enter');
      await expect.poll(sel, { timeout: 10_000 }).toBe(`site:${site.properties.code}`);
      // The fit to the site's zone follows its details (see the test above).
      await expect
        .poll(() => page.getByTestId('site-info-name').getAttribute('data-code').catch(() => null), { timeout: 20_000 })
        .toBe(site.properties.code);
    };
    await pick(a);
    await settled(page);
    const atA = new URL(page.url()).searchParams.get('map');
    await page.getByTestId('search-input').fill(b.properties.name.en);
    await expect.poll(() => page.getByTestId('search-result').first().getAttribute('data-id'), { timeout: 15_000 }).toBe(b.properties.code);
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(sel, { timeout: 10_000 }).toBe(`site:${b.properties.code}`);
    await page.goBack();
    await expect.poll(sel).toBe(`site:${a.properties.code}`);
    await expect.poll(() => page.getByTestId('site-info-name').innerText().catch(() => ''), { timeout: 10_000 }).toBe(a.properties.name.en);
    await settled(page);
    // The map ends where A's entry had it, and the address says where the map is.
    expect(sel()).toBe(`site:${a.properties.code}`);
    expect(new URL(page.url()).searchParams.get('map')).toBe(atA);
    const [zoom, lat, lon] = atA!.split('/').map(Number);
    const centre = await page.evaluate(() => {
      const m = window.__atlas!.map;
      return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
    });
    expect(Math.abs(centre.zoom - zoom!)).toBeLessThan(0.05);
    expect(Math.abs(centre.lat - lat!)).toBeLessThan(0.01);
    expect(Math.abs(centre.lon - lon!)).toBeLessThan(0.01);
    await page.goForward();
    await expect.poll(sel).toBe(`site:${b.properties.code}`);
    await page.close();
  }, 120_000);

  it('a link with garbage in it opens the default view, not an error', async () => {
    const page = await atlas.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${atlas.base}/?map=NaN/x/1e999&layers=volcanoes&region=%3Cscript%3E&hazard=lava&from=abc&cur=EUR&sel=planet:1&r=-5`);
    await waitForMapIdle(page);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('filter-hazard').inputValue()).toBe('');
    expect(await page.getByTestId('layer-toggle-sites').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
