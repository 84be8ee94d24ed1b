// Screenshot of a running atlas with the system Chromium, for the README and for looking at the page:
//   npx tsx scripts/screenshot.ts [url] [out.png] [lang]
// (default http://127.0.0.1:8080/, docs/screenshot.png, en). Waits for the map's `idle`, not a fixed sleep.
import { launchBrowser } from '../test/helpers/browser.ts';

const [url = 'http://127.0.0.1:8080/', out = 'docs/screenshot.png', lang = 'en'] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.evaluate((l) => localStorage.setItem('resiland-atlas.lang', l), lang);
  await page.reload();
  await page.waitForFunction(() => Boolean(window.__atlas?.map), undefined, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = window.__atlas!;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
  await page.getByTestId('summary-sites').waitFor({ timeout: 30_000 });
  // `idle` can come before the label fonts (the style's font-faces) have loaded; wait for labels to be placed.
  await page.waitForFunction(
    () => window.__atlas!.map.queryRenderedFeatures(undefined, { layers: ['oblast-label'] }).length > 0,
    undefined,
    { timeout: 30_000, polling: 250 },
  );
  await page.evaluate(() => new Promise<void>((resolve) => { const m = window.__atlas!.map; m.once('idle', () => resolve()); m.triggerRepaint(); }));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
