// Screenshot of a running atlas with the system Chromium, for the README and for looking at the page:
//   npx tsx scripts/screenshot.ts [url] [out.png] [lang]
// (default http://127.0.0.1:8080/, docs/screenshot.png, en).
import { launchBrowser, waitForMapIdle } from '../test/helpers/browser.ts';

const [url = 'http://127.0.0.1:8080/', out = 'docs/screenshot.png', lang = 'en'] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.evaluate((l) => localStorage.setItem('resiland-atlas.lang', l), lang);
  await page.reload();
  await page.getByTestId('summary-sites').waitFor({ timeout: 30_000 });
  await waitForMapIdle(page, { labels: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
