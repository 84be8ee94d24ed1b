// The whole view lives in the address: set it through the page, reload, and the same view comes back; a shared
// link opens that view; back/forward step through selections.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { useAtlas } from '../helpers/atlas.ts';

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
      // As a person would: let the map arrive (the address records its position when it stops) before going on.
      let last = '';
      await expect
        .poll(async () => {
          const now = page.url();
          const settled = now === last && !(await page.evaluate(() => window.__atlas!.map.isMoving()));
          last = now;
          return settled;
        }, { timeout: 15_000, interval: 700 })
        .toBe(true);
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

  it('a link with garbage in it opens the default view, not an error', async () => {
    const page = await atlas.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${atlas.base}/?map=NaN/x/1e999&layers=volcanoes&region=%3Cscript%3E&hazard=lava&from=abc&cur=EUR&sel=planet:1&r=-5`);
    await waitForMapIdle(page);
    await page.getByTestId('summary-sites').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('filter-hazard').inputValue()).toBe('');
    expect(await page.getByTestId('layer-toggle-sites').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
