// One atlas for a browser test file: the real app over the embedded PostGIS seeded with the shipped data, listening
// on a free loopback port, and the system Chromium. Used by test/browser/{filters,url-state,i18n,a11y,errors}.test.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'vite';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { buildTestApp } from './app.ts';
import { createTestDatabase, testTargets, type TestDatabase } from './databases.ts';
import { launchBrowser } from './browser.ts';

const WEB_DIST = path.join(REPO_ROOT, 'web', 'dist', 'index.html');

export interface Atlas {
  base: string;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  app: FastifyInstance;
  /** A new page that reports page errors; `lang` is stored as the remembered choice before the first load. */
  newPage(options?: { lang?: string; viewport?: { width: number; height: number } }): Promise<Page>;
  api<T>(pathAndQuery: string): Promise<T>;
}

export function useAtlas(): Atlas {
  const ctx = {} as Atlas & { db: TestDatabase };
  beforeAll(async () => {
    // `npm install` builds the web app; build it here when a checkout has not.
    if (!existsSync(WEB_DIST)) await build({ configFile: path.join(REPO_ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
    const embedded = testTargets().find((t) => t.kind === 'embedded')!;
    ctx.db = await createTestDatabase(embedded, { dataDir: path.join(REPO_ROOT, 'data') });
    ctx.app = await buildTestApp(ctx.db, { SEED_DIR: 'data' });
    ctx.base = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    ctx.browser = await launchBrowser();
    ctx.newPage = async ({ lang = 'en', viewport } = {}) => {
      const page = await ctx.browser.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on('pageerror', (error) => console.error('[page error]', error.message));
      await page.addInitScript((l) => {
        try {
          if (!localStorage.getItem('resiland-atlas.lang')) localStorage.setItem('resiland-atlas.lang', l);
        } catch {
          // about:blank has no storage
        }
      }, lang);
      return page;
    };
    ctx.api = async <T>(pathAndQuery: string) => (await (await fetch(`${ctx.base}${pathAndQuery}`)).json()) as T;
  }, 180_000);
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.app?.close();
    await ctx.db?.drop();
  });
  return ctx;
}

/** The digits of a figure on screen ("63 000 000 сом" → 63000000). */
export const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** Codes of the sites MapLibre drew in the whole map (its rendered features of the `sites` circle layer, less those the filters hide). */
export async function drawnSiteCodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map } = window.__atlas!;
    if (!map.getLayer('sites')) return [];
    return window.__atlas!.drawn(['sites']).map((f) => String(f.properties.code));
  });
}
