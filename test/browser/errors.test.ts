// The server becomes unreachable mid-session: the page says so in words a person can act on (with a retry), and
// the map stays usable (it still pans). When the server is back, Retry brings the data.
import { describe, expect, it } from 'vitest';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { useAtlas } from '../helpers/atlas.ts';

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('an unreachable server', () => {
  const atlas = useAtlas();

  it('shows an actionable notice, keeps the map panning, and recovers with Retry', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?lang=en`);
    await waitForMapIdle(page);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });

    // From now on every API request fails as if the server were down.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.getByTestId('filter-region').selectOption('KG-O');
    const alert = page.getByRole('alert').filter({ hasText: 'Cannot reach the Atlas server' }).first();
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toMatch(/network connection|administrator/);
    expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);

    // The map still pans.
    const before = await page.evaluate(() => window.__atlas!.map.getCenter().lng);
    const canvas = page.locator('.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.getCenter().lng), { timeout: 10_000 }).not.toBeCloseTo(before, 2);

    // Back online: Retry brings the figures.
    await page.unroute('**/api/**');
    // Each notice (map layers, totals) has its own Retry.
    const notices = page.getByRole('alert').filter({ hasText: 'Cannot reach the Atlas server' });
    await expect
      .poll(
        async () => {
          const retry = notices.getByRole('button', { name: 'Try again' }).first();
          if ((await retry.count()) > 0) await retry.click({ timeout: 2_000 }).catch(() => undefined);
          return notices.count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(0);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });
    await page.close();
  }, 120_000);

  it('a page opened while the server is down says so, in the chosen language', async () => {
    const page = await atlas.newPage({ lang: 'ru' });
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${atlas.base}/?lang=ru`);
    await page.getByRole('alert').filter({ hasText: 'Нет связи' }).first().waitFor({ timeout: 60_000 });
    await page.close();
  }, 120_000);
});
