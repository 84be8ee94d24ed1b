// axe-core in the page: no serious or critical violation on the main view, with filters open, with search results,
// and on a 1024×768 tablet with the drawers open. Every control is reachable with the keyboard and shows its focus.
//
// Excluded: the map canvas (a WebGL <canvas>; axe cannot see into it and flags MapLibre's own canvas container
// roles). Its keyboard access (arrows pan, +/- zoom) and its name are MapLibre's and MapView's, and are checked
// below by focusing it.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { useAtlas } from '../helpers/atlas.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe.run(
      { exclude: [['.maplibregl-canvas-container']] },
      { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('accessibility', () => {
  const atlas = useAtlas();

  it.each(['en', 'ky'])('axe finds no serious or critical violation (%s, 1440×900 and 1920×1080)', async (lang) => {
    const page = await atlas.newPage({ lang });
    await page.goto(`${atlas.base}/?lang=${lang}`);
    await waitForMapIdle(page);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('filter-region').selectOption('KG-J');
    await page.getByTestId('search-input').fill('kok');
    await page.getByTestId('search-result').first().waitFor({ timeout: 15_000 });
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('search-input').press('Enter');
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('on a 1024×768 tablet the side columns are drawers the header opens, and axe is still clean', async () => {
    const page = await atlas.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${atlas.base}/?lang=en`);
    await waitForMapIdle(page);
    const visible = (id: string) => page.locator(`#${id}`).isVisible();
    expect(await visible('atlas-sidebar')).toBe(false);
    expect(await visible('atlas-panel')).toBe(false);
    // The map has the width.
    const mapWidth = await page.evaluate(() => window.__atlas!.map.getCanvas().clientWidth);
    expect(mapWidth).toBeGreaterThan(900);
    await page.getByTestId('drawer-sidebar').click();
    expect(await visible('atlas-sidebar')).toBe(true);
    expect(await page.getByTestId('drawer-sidebar').getAttribute('aria-expanded')).toBe('true');
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('drawer-panel').click();
    expect(await visible('atlas-sidebar')).toBe(false);
    expect(await visible('atlas-panel')).toBe(true);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it.each([
    { lang: 'ru', width: 1280 },
    { lang: 'ky', width: 1200 },
    { lang: 'ru', width: 1920 },
  ])('in $lang at $width px the header\'s parts sit side by side, none over another', async ({ lang, width }) => {
    const page = await atlas.newPage({ lang, viewport: { width, height: 800 } });
    await page.goto(`${atlas.base}/?lang=${lang}`);
    // The sample-data badge shows once the data say they are sample.
    await page.locator('.sample-badge').waitFor({ timeout: 30_000 });
    const boxes = await page.evaluate(() =>
      // The tools' first child, not their box: squeezed, flex-end pushed the children out of it to the left.
      ['.header__brand', '.sample-badge', '.header__tools > :first-child'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { sel, left: Math.round(r.left), right: Math.round(r.right) };
      }),
    );
    const [brand, badge, tools] = boxes;
    // The badge inside the brand, the tools after it: found overlapping in Russian at 1280 px before.
    expect(badge!.right).toBeLessThanOrEqual(brand!.right);
    expect(tools!.left).toBeGreaterThanOrEqual(badge!.right);
    expect(await page.evaluate(() => document.querySelector('.header')!.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  }, 60_000);

  it('every control is reached with Tab and shows a visible focus ring', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?lang=en`);
    await waitForMapIdle(page);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          id: el.dataset.testid ?? el.getAttribute('aria-label') ?? el.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none',
        };
      });
      if (!info) continue;
      expect({ control: info.id, visibleFocus: info.outline || info.shadow }).toEqual({ control: info.id, visibleFocus: true });
      reached.add(info.id);
    }
    for (const id of ['search-input', 'currency-USD', 'lang-ky', 'filter-region', 'filter-hazard', 'filter-year-to', 'layer-toggle-sites', 'open-results']) {
      expect([...reached]).toContain(id);
    }
    await page.close();
  }, 120_000);
});
