// Screenshot of the atlas with the system Chromium, for the README and for looking at the page:
//   npm run screenshot                      starts an atlas itself (embedded database, free loopback port),
//                                           writes docs/screenshot.png (1440×900, English) and stops it
//   npx tsx scripts/screenshot.ts URL [out.png] [lang] [WIDTHxHEIGHT]    a running atlas ("" for one it starts)
import { launchBrowser, waitForMapIdle } from '../test/helpers/browser.ts';
import { serveAtlas, type ServedAtlas } from './lib/serve-atlas.ts';

const [givenUrl, out = 'docs/screenshot.png', lang = 'en', size = '1440x900'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number) as [number, number];

let served: ServedAtlas | null = null;
if (!givenUrl) {
  console.log('Starting an atlas over a new embedded database (about 20 s)…');
  served = await serveAtlas();
}
const url = givenUrl || served!.url;
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(url);
  await page.evaluate((l) => localStorage.setItem('resiland-atlas.lang', l), lang);
  await page.reload();
  // Attached, not visible: on a tablet the totals sit in a closed drawer.
  await page.getByTestId('key-figure-sites-value').waitFor({ state: 'attached', timeout: 30_000 });
  await waitForMapIdle(page, { labels: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await served?.close();
}
