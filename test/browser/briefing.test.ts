// The briefing in Chromium, on the real app over the embedded PostGIS seeded with the shipped data: for each
// language the page of Jalal-Abad prints to exactly one A4 landscape page whose text holds the region's name in that
// language, the key figures of GET /api/summary?region=KG-J as the page formats them, and the legend's heading; and
// GET /api/briefing.pdf answers the same one-page PDF under its file name, or a 400 for a bad query. The server keeps
// its briefing pages and shows them the next view (server/lib/briefing/renderer.ts): a page shown one briefing after
// another prints each with its own name, figures, language and map.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { resources } from '../../web/src/i18n/resources.ts';
import { formatHectares, formatInteger, formatMoney } from '../../web/src/lib/format.ts';
import type { Lang } from '../../web/src/lib/config.ts';
import { createRenderer } from '../../server/lib/briefing/renderer.ts';
import { useAtlas } from '../helpers/atlas.ts';
import { chromiumPath } from '../helpers/browser.ts';

interface Summary {
  sites: number;
  households: number;
  participants: number;
  producers: { total: number };
  salesKgs: number;
  restorationHa: { done: number };
}
interface Regions {
  features: { properties: { code: string; name: Record<Lang, string> } }[];
}

const A4_LANDSCAPE_PT = { width: 841.89, height: 595.28 };
const LANGS: Lang[] = ['ky', 'ru', 'en'];

/** Pages, their size in points and the text of a PDF (pdf.js, as a reader would extract it). */
async function readPdf(bytes: Uint8Array): Promise<{ pages: number; size: { width: number; height: number }; text: string }> {
  const pdf = await getDocument({ data: Uint8Array.from(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  let size = { width: 0, height: 0 };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    if (n === 1) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      size = { width: x1 - x0, height: y1 - y0 };
    }
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return { pages: pdf.numPages, size, text: texts.join('\n') };
}

/**
 * Text without its spaces: pdf.js cuts a line into runs where the font changes (Kyrgyz ү, ө, ң come from another
 * subset than the rest of the word, and "Жалал-Абад" comes out as "Жалал - Абад"), and number grouping uses
 * no-break spaces; comparing without any whitespace is immune to both.
 */
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '');

async function printBriefing(page: Page, base: string, query: string): Promise<Uint8Array> {
  await page.goto(`${base}/briefing.html?${query}`);
  await page.waitForFunction(() => window.__briefingReady === true || typeof window.__briefingError === 'string', undefined, {
    timeout: 90_000,
    polling: 100,
  });
  expect(await page.evaluate(() => window.__briefingError ?? null)).toBeNull();
  return page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
}

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('the briefing in a browser', () => {
  const atlas = useAtlas();

  describe.each(LANGS)('in %s', (lang) => {
    it('prints Jalal-Abad on exactly one A4 landscape page with its name, its key figures and the legend', async () => {
      const [summary, regions] = await Promise.all([
        atlas.api<Summary>('/api/summary?region=KG-J'),
        atlas.api<Regions>('/api/regions'),
      ]);
      const page = await atlas.newPage({ lang, viewport: { width: 1123, height: 794 } });
      try {
        const pdf = await readPdf(await printBriefing(page, atlas.base, `region=KG-J&lang=${lang}`));
        expect(pdf.pages).toBe(1);
        expect(pdf.size.width).toBeCloseTo(A4_LANDSCAPE_PT.width, 0);
        expect(pdf.size.height).toBeCloseTo(A4_LANDSCAPE_PT.height, 0);

        const text = squash(pdf.text);
        const name = regions.features.find((f) => f.properties.code === 'KG-J')!.properties.name[lang];
        expect(text).toContain(squash(name));
        const strings = resources[lang].translation as unknown as { legend: { title: string }; briefing: Record<string, string> };
        expect(text.toLowerCase()).toContain(squash(strings.legend.title).toLowerCase());
        for (const figure of [
          formatInteger(summary.sites, lang),
          formatInteger(summary.households, lang),
          formatInteger(summary.participants, lang),
          formatInteger(summary.producers.total, lang),
          formatMoney(summary.salesKgs, 'KGS', lang),
          formatHectares(summary.restorationHa.done, lang),
        ]) {
          expect(text).toContain(squash(figure));
        }
        // The sample-data note, since the shipped programme data is sample data.
        expect(text).toContain(squash(strings.briefing.sampleNote!).slice(0, 30));
      } finally {
        await page.close();
      }
    }, 180_000);
  });

  it('shows the map as drawn: its picture is in the page, not an empty canvas', async () => {
    const page = await atlas.newPage({ lang: 'en', viewport: { width: 1123, height: 794 } });
    try {
      await printBriefing(page, atlas.base, 'region=KG-J&lang=en');
      const picture = await page.evaluate(async () => {
        const img = document.querySelector<HTMLImageElement>('.briefing-map__picture');
        if (!img) return null;
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        // Distinct colours: a blank or background-only picture has one or two.
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
      });
      expect(picture).not.toBeNull();
      expect(picture!.width).toBeGreaterThan(300);
      expect(picture!.colours).toBeGreaterThan(50);
      // A scale bar is drawn over it, and the link back to the live view carries the view.
      expect(await page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*k?m/);
      expect(await page.getByTestId('briefing-live-url').textContent()).toMatch(/\?region=KG-J&lang=en$/);
      expect(await page.getByTestId('briefing-qr').count()).toBe(1);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('gives a site\'s briefing the figures of that site (the atlas\'s scope), not those of its oblast', async () => {
    const sites = await atlas.api<{ features: { properties: { code: string; oblastCode: string } }[] }>('/api/sites');
    const site = sites.features[0]!.properties;
    const [own, oblast] = await Promise.all([
      atlas.api<Summary>(`/api/summary?site=${site.code}`),
      atlas.api<Summary>(`/api/summary?region=${site.oblastCode}`),
    ]);
    expect(own.households).not.toBe(oblast.households);
    const page = await atlas.newPage({ lang: 'en', viewport: { width: 1123, height: 794 } });
    try {
      await printBriefing(page, atlas.base, `sel=site:${site.code}&lang=en`);
      expect(await page.getByTestId('briefing-households').textContent()).toBe(formatInteger(own.households, 'en'));
      expect(await page.getByTestId('briefing-sites').textContent()).toBe(formatInteger(own.sites, 'en'));
    } finally {
      await page.close();
    }
  }, 180_000);

  it('GET /api/briefing.pdf answers a one-page PDF named by region, language and date', async () => {
    const res = await fetch(`${atlas.base}/api/briefing.pdf?region=KG-J&lang=ky`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="resiland-briefing-KG-J-ky-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.pages).toBe(1);
    const regions = await atlas.api<Regions>('/api/regions');
    expect(squash(pdf.text)).toContain(squash(regions.features.find((f) => f.properties.code === 'KG-J')!.properties.name.ky));
  }, 180_000);

  it('shows a kept page one briefing after another, each with its own region, language, figures and map', async () => {
    const [regions, osh, jalalAbad] = await Promise.all([
      atlas.api<Regions>('/api/regions'),
      atlas.api<Summary>('/api/summary?region=KG-O'),
      atlas.api<Summary>('/api/summary?region=KG-J'),
    ]);
    const name = (code: string, lang: Lang) => squash(regions.features.find((f) => f.properties.code === code)!.properties.name[lang]);
    const renderer = createRenderer({ executablePath: chromiumPath, concurrency: 1, timeoutMs: 90_000 });
    try {
      // As the server does at start (BRIEFING_WARM): the country's page, loaded once.
      expect(await renderer.warm(`${atlas.base}/briefing.html?lang=ky`)).toBeNull();
      const first = await readPdf(await renderer.render(`${atlas.base}/briefing.html?region=KG-O&lang=ru`));
      const second = await readPdf(await renderer.render(`${atlas.base}/briefing.html?region=KG-J&lang=en`));
      const again = await readPdf(await renderer.render(`${atlas.base}/briefing.html?region=KG-J&lang=en`));
      expect(renderer.pages).toEqual({ loads: 1, reuses: 3 });

      expect([first.pages, second.pages, again.pages]).toEqual([1, 1, 1]);
      expect(squash(first.text)).toContain(name('KG-O', 'ru'));
      expect(squash(first.text)).toContain(squash(formatInteger(osh.households, 'ru')));
      expect(squash(first.text)).not.toContain(name('KG-J', 'ru'));
      expect(squash(second.text)).toContain(name('KG-J', 'en'));
      expect(squash(second.text)).toContain(squash(formatInteger(jalalAbad.households, 'en')));
      expect(squash(second.text)).toContain(squash(formatMoney(jalalAbad.salesKgs, 'KGS', 'en')));
      expect(squash(again.text)).toBe(squash(second.text));
    } finally {
      await renderer.close();
    }
  }, 240_000);

  it('places a kept page\'s map on each briefing\'s subject, as a newly loaded page places it', async () => {
    const camera = async (page: Page) =>
      page.evaluate(() => {
        const { map } = window.__atlas!;
        return { zoom: map.getZoom(), center: map.getCenter().toArray() };
      });
    const kept = await atlas.newPage({ lang: 'en', viewport: { width: 1123, height: 794 } });
    const fresh = await atlas.newPage({ lang: 'en', viewport: { width: 1123, height: 794 } });
    try {
      await printBriefing(kept, atlas.base, 'region=KG-O&lang=en');
      // The country after a region: the map must not stay where the region left it.
      for (const query of ['lang=en', 'region=KG-J&lang=en']) {
        // Both pages share the test browser's one window, where Chromium draws the tab behind slowly.
        await kept.bringToFront();
        await kept.evaluate((search) => window.__briefingShow!(search), `?${query}`);
        await kept.waitForFunction(() => window.__briefingReady === true || typeof window.__briefingError === 'string', undefined, { timeout: 90_000 });
        expect(await kept.evaluate(() => window.__briefingError ?? null)).toBeNull();
        await fresh.bringToFront();
        await printBriefing(fresh, atlas.base, query);
        const [a, b] = [await camera(kept), await camera(fresh)];
        expect(a.zoom).toBeCloseTo(b.zoom, 2);
        expect(a.center[0]).toBeCloseTo(b.center[0]!, 3);
        expect(a.center[1]).toBeCloseTo(b.center[1]!, 3);
        expect(await kept.getByTestId('briefing-title').textContent()).toBe(await fresh.getByTestId('briefing-title').textContent());
      }
    } finally {
      await kept.close();
      await fresh.close();
    }
  }, 240_000);

  it('asks again for the figures, regions and sources when a kept page is shown a briefing (they may have changed since)', async () => {
    const page = await atlas.newPage({ lang: 'en', viewport: { width: 1123, height: 794 } });
    const asked = (path: string) =>
      page.evaluate((p) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname + new URL(e.name).search === p).length, path);
    const show = async (query: string) => {
      await page.evaluate((search) => window.__briefingShow!(search), `?${query}`);
      await page.waitForFunction(() => window.__briefingReady === true || typeof window.__briefingError === 'string', undefined, { timeout: 90_000 });
      expect(await page.evaluate(() => window.__briefingError ?? null)).toBeNull();
    };
    try {
      await printBriefing(page, atlas.base, 'region=KG-J&lang=en');
      const before = await Promise.all(['/api/summary?region=KG-J', '/api/regions', '/api/sources'].map(asked));
      expect(before).toEqual([1, 1, 1]);
      // The same address again: the same queries, asked again.
      await show('region=KG-J&lang=en');
      expect(await Promise.all(['/api/summary?region=KG-J', '/api/regions', '/api/sources'].map(asked))).toEqual([2, 2, 2]);
      // Another region: its own figures, and the regions and sources (whose queries did not change) asked again.
      await show('region=KG-O&lang=en');
      expect(await Promise.all(['/api/summary?region=KG-O', '/api/regions', '/api/sources'].map(asked))).toEqual([1, 3, 3]);
    } finally {
      await page.close();
    }
  }, 240_000);

  it('GET /api/briefing.pdf answers a bad query with a 400 problem, not a 500', async () => {
    const res = await fetch(`${atlas.base}/api/briefing.pdf?region=KG-J&sel=site:NOPE`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
