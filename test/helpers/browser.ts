// Launches the system Chromium through playwright-core (never a downloaded browser: this machine and
// CI have no internet). Without a Chromium the browser tests skip loudly; with REQUIRE_BROWSER=1 (CI)
// a missing Chromium is a failure instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../../server/lib/briefing/chromium.ts';

// The same search as the server's briefing renderer: CHROMIUM_PATH, else the PATH, else the usual places.
export const chromiumPath = findChromium(process.env.CHROMIUM_PATH ?? '');
export const browserRequired = process.env.REQUIRE_BROWSER === '1';

if (!chromiumPath) {
  const msg =
    'Browser tests: no Chromium found (set CHROMIUM_PATH or `apt-get install -y chromium`).';
  if (browserRequired) throw new Error(`${msg} REQUIRE_BROWSER=1, so this is a failure.`);
  console.warn(`\n⚠️  ${msg} SKIPPING the browser tests.\n`);
}

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!chromiumPath) throw new Error('no Chromium');
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  // launchPersistentContext: launch() refuses --user-data-dir, and a fresh profile keeps runs independent.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: CHROMIUM_LAUNCH_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves when the page's map exists and MapLibre has finished drawing (`idle`); never a fixed sleep.
 * With `labels`, also waits until the label fonts (the style's font-faces, which can arrive after the first
 * `idle`) have placed the oblast labels, then for the redraw.
 */
export async function waitForMapIdle(page: Page, { labels = false } = {}): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__atlas?.map), undefined, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = window.__atlas!;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
  if (!labels) return;
  await page.waitForFunction(
    () => window.__atlas!.map.queryRenderedFeatures(undefined, { layers: ['oblast-label'] }).length > 0,
    undefined,
    { timeout: 30_000, polling: 250 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = window.__atlas!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Moves the map at once and resolves after it has drawn the new view. `waitForMapIdle` is not enough after
 * a jump: `map.loaded()` is still true then (the new view's tiles are only asked for on the next frame), so it
 * would resolve before anything of the new view is drawn and `queryRenderedFeatures` would see an empty view.
 */
export async function jumpAndSettle(page: Page, options: { center: [number, number]; zoom: number }): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__atlas?.map), undefined, { timeout: 60_000 });
  await page.evaluate(
    (o) =>
      new Promise<void>((resolve) => {
        const { map } = window.__atlas!;
        map.once('idle', () => resolve());
        map.jumpTo(o);
        // A jump to where the map already is changes nothing and would draw no frame: ask for one.
        map.triggerRepaint();
      }),
    options,
  );
}
