// Walks the screens in Kyrgyz, Russian and English and fails on any untranslated text: keys i18next could not find
// (collected by the page in window.__i18nMissing), raw keys on screen ("summary.title"), and English interface
// strings on a Kyrgyz or Russian screen. Data names must be in the screen's language too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resources } from '../../web/src/i18n/resources.ts';
import { chromiumPath, waitForMapIdle } from '../helpers/browser.ts';
import { useAtlas } from '../helpers/atlas.ts';

// The English strings as the app has them: the main file and every feature's own file (web/src/i18n/<area>/).
const en = resources.en.translation;
const ky = resources.ky.translation;
const ru = resources.ru.translation;

type Tree = { [key: string]: string | Tree };
const flat = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`)));

const KEY_PREFIXES = Object.keys(en).join('|');
const RAW_KEY = new RegExp(`^(${KEY_PREFIXES})\\.[A-Za-z_.]+$`);

/** English strings that must not show on a ky/ru screen: those the other languages translate differently. */
function englishOnly(other: Tree): string[] {
  const theirs = new Map(flat(other));
  return flat(en as Tree)
    .filter(([key, value]) => !/{{|<\w+>/.test(value) && /[A-Za-z]{3}/.test(value) && theirs.get(key) !== value)
    .map(([, value]) => value);
}

/** Every piece of interface text: text nodes and the labels people and screen readers read. */
function collectTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript')) continue;
      // MapLibre's attribution text is the sources' own titles (in the sources' language), not the interface.
      if (el.closest('.maplibregl-ctrl-attrib-inner')) continue;
      const text = (n.textContent ?? '').trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr);
        if (v) out.push(v.trim());
      }
    }
    return out;
  });
}

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('every screen in Kyrgyz, Russian and English', () => {
  const atlas = useAtlas();
  const trees: Record<string, Tree> = { ky, ru, en };

  async function walk(page: Page, lang: string): Promise<string[]> {
    const seen: string[] = [];
    const look = async () => seen.push(...(await collectTexts(page)));
    await page.goto(`${atlas.base}/?lang=${lang}`);
    await waitForMapIdle(page);
    await page.getByTestId('key-figure-sites-value').waitFor({ timeout: 30_000 });
    await look();
    // Filters: a region (its rayons appear), every select's options, a year range, the clear button.
    await page.getByTestId('filter-region').selectOption('KG-J');
    await page.getByTestId('filter-rayon').waitFor({ timeout: 15_000 });
    await page.getByTestId('filter-year-from').selectOption('2024');
    await page.getByTestId('filter-year-to').selectOption('2025');
    await page.getByTestId('currency-USD').click();
    await look();
    // Search results, then a selected site.
    await page.getByTestId('search-input').fill('kok');
    await page.getByTestId('search-result').first().waitFor({ timeout: 15_000 });
    await look();
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('site-info-name').waitFor({ timeout: 15_000 }).catch(() => undefined);
    await look();
    // Tablet: the drawers.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('drawer-sidebar').click();
    await look();
    await page.getByTestId('drawer-panel').click();
    await look();
    await page.setViewportSize({ width: 1440, height: 900 });
    return seen;
  }

  it.each(['ky', 'ru', 'en'])('%s: no missing keys, no raw keys, no English left over, data names in that language', async (lang) => {
    const page = await atlas.newPage({ lang });
    const texts = await walk(page, lang);
    expect(await page.evaluate(() => window.__i18nMissing ?? [])).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(texts.filter((t) => RAW_KEY.test(t))).toEqual([]);
    if (lang !== 'en') {
      const english = new Set(englishOnly(trees[lang]!));
      expect([...new Set(texts.filter((t) => english.has(t)))]).toEqual([]);
    }
    // The selected site's name is the data's name in this language.
    const sites = await atlas.api<{ features: { properties: { code: string; name: Record<string, string> } }[] }>('/api/sites');
    const sel = new URL(page.url()).searchParams.get('sel')?.replace(/^site:/, '');
    const site = sites.features.find((f) => f.properties.code === sel);
    if (site && (await page.getByTestId('site-info-name').count()) > 0) {
      expect(await page.getByTestId('site-info-name').first().innerText()).toBe(site.properties.name[lang]);
    }
    await page.close();
  }, 180_000);
});
