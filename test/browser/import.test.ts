// The import screen (import.html) in the system Chromium, as an editor uses it: sign in with the keyboard, check the
// Windows-1251 semicolon CSV Excel writes, read the report, confirm, and find the import in the history; a file with
// a bad row is refused with that row named and Confirm disabled; the same in Russian; axe-core clean throughout.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { useAtlas } from '../helpers/atlas.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'import');
const EDITOR = { name: 'aida.editor', password: 'mountain-river-2025' };

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Serious or critical axe-core violations (the same rules as test/browser/a11y.test.ts). */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const missingKeys = (page: Page) => page.evaluate(() => window.__i18nMissing ?? []);

/** Signs in with the keyboard only: the name field, Tab to the password, Enter to submit. */
async function signIn(page: Page): Promise<void> {
  await page.getByTestId('import-signin-name').focus();
  await page.keyboard.type(EDITOR.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(EDITOR.password);
  await page.keyboard.press('Enter');
  await page.getByTestId('import-account').waitFor({ timeout: 15_000 });
}

/** Chooses the dataset and the file, runs the dry run and waits for its report. */
async function check(page: Page, dataset: string, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
  await page.getByTestId('import-dataset').selectOption(dataset);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-check').click();
  const report = page.getByTestId('import-report');
  await report.waitFor({ timeout: 30_000 });
  return (await report.getAttribute('data-status')) ?? '';
}

const BAD_SALES = [
  'product_code,channel,month,quantity,revenue_kgs',
  'KG-PR-0001,fair,2013-01,1,100',
  'KG-PR-0001,fair,2013-02,1,-250',
  'KG-PR-0002,online,2013-01,2,200',
].join('\n');

// Skipped only when no Chromium exists (helpers/browser.ts warns loudly; CI sets REQUIRE_BROWSER=1 and fails instead).
describe.skipIf(!chromiumPath)('the import screen', () => {
  const atlas = useAtlas();
  beforeAll(async () => {
    await atlas.app.authStore.createUser({ name: EDITOR.name, role: 'editor', password: EDITOR.password }, { name: 'test-setup', role: null });
  });

  it('is linked from the atlas header', async () => {
    const page = await atlas.newPage();
    await page.goto(`${atlas.base}/?lang=en`);
    const link = page.getByTestId('open-import');
    await link.waitFor({ timeout: 30_000 });
    expect(await link.textContent()).toBe('Import data');
    expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe('/import.html');
    await page.close();
  }, 60_000);

  it('signs an editor in, checks the Windows-1251 CSV, imports it on Confirm, and shows it in the history', async () => {
    const page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/import.html`);
    await page.getByTestId('import-signin-name').waitFor({ timeout: 30_000 });
    expect(await axe(page)).toEqual([]);
    await signIn(page);
    expect(await page.getByTestId('import-account').textContent()).toContain('aida.editor (editor)');
    // Nothing can be confirmed before a dry run.
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);

    // The templates of the chosen dataset are offered, in the screen's language.
    await page.getByTestId('import-dataset').selectOption('villages');
    expect(await page.getByTestId('import-template-xlsx').getAttribute('href')).toBe('/api/templates/villages.xlsx?lang=en');

    const status = await check(page, 'villages', path.join(FIXTURES, 'villages_cp1251_semicolon.csv'));
    expect(status).toBe('dry_run');
    expect(await page.getByTestId('import-count-rows').textContent()).toBe('4');
    expect(await page.getByTestId('import-report-detected').textContent()).toMatch(/CSV, windows-1251, separator ";", decimal mark ","/);
    expect(await axe(page)).toEqual([]);

    const confirm = page.getByTestId('import-confirm');
    expect(await confirm.isEnabled()).toBe(true);
    await confirm.click();
    await page.locator('[data-testid="import-report"][data-status="imported"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-report-status').textContent()).toMatch(/^Imported\./);

    // The history lists the import and the dry run before it, newest first.
    const firstRow = page.getByTestId('import-history-row').first();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-history-status"]')?.textContent === 'Imported', undefined, { timeout: 15_000 });
    expect(await firstRow.getByTestId('import-history-file').textContent()).toBe('villages_cp1251_semicolon.csv');
    const statuses = await page.getByTestId('import-history-status').allTextContents();
    expect(statuses.slice(0, 2)).toEqual(['Imported', 'Checked (dry run)']);
    expect(await axe(page)).toEqual([]);
    expect(await missingKeys(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('refuses a file with a bad row: the row is named in the table and Confirm stays disabled', async () => {
    const page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/import.html`);
    // Still signed in from the test before (the session cookie of this browser profile).
    await page.getByTestId('import-account').waitFor({ timeout: 30_000 });
    const status = await check(page, 'sales', { name: 'sales-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_SALES) });
    expect(status).toBe('rejected');
    const rows = page.getByTestId('import-problem');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-severity')).toBe('error');
    expect(await rows.first().getByTestId('import-problem-row').textContent()).toBe('3');
    expect(await rows.first().textContent()).toContain('revenue_kgs');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('imports the .xlsx from its named sheet and the zipped Shapefile in UTM 43N, and the data lands where the files say', async () => {
    const page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/import.html`);
    await page.getByTestId('import-account').waitFor({ timeout: 30_000 });
    const confirm = async () => {
      await page.getByTestId('import-confirm').click();
      await page.locator('[data-testid="import-report"][data-status="imported"]').waitFor({ timeout: 30_000 });
    };

    // The workbook's second sheet, "sales", named in the reading options.
    await page.getByTestId('import-advanced').locator('summary').click();
    await page.getByTestId('import-option-sheet').fill('sales');
    expect(await check(page, 'sales', path.join(FIXTURES, 'villages_sales_two_sheets.xlsx'))).toBe('dry_run');
    expect(await page.getByTestId('import-count-rows').textContent()).toBe('2');
    await confirm();
    const { rows: sales } = await atlas.app.db.pool.query<{ revenue: string }>(
      "SELECT revenue_kgs::text AS revenue FROM sales WHERE product_code = 'KG-PR-0001' AND channel = 'fair' AND month = '2024-03-01'",
    );
    expect(sales).toEqual([{ revenue: '79913.50' }]);
    await page.getByTestId('import-option-sheet').fill('');

    // The Shapefile: reprojected from its .prj; GDAL puts KG-J-01 at 72.7869603, 41.0900009 (fixtures README).
    expect(await check(page, 'sites', path.join(FIXTURES, 'sites_utm43n_shp.zip'))).toBe('dry_run');
    expect(await page.getByTestId('import-report-detected').textContent()).toMatch(/EPSG:32643/);
    await confirm();
    const site = await atlas.api<{ geometry: { coordinates: [number, number] }; properties: { householdsAtRisk: number } }>('/api/sites/KG-J-01');
    expect(site.properties.householdsAtRisk).toBe(308);
    const [lon, lat] = site.geometry.coordinates;
    // Within a metre: 1e-5 degrees is about 0.8 m of longitude and 1.1 m of latitude here.
    expect(Math.abs(lon - 72.7869603414746) * 84_000).toBeLessThan(1);
    expect(Math.abs(lat - 41.0900008624205) * 111_000).toBeLessThan(1);
    await page.close();
  }, 120_000);

  it('works in Russian: the screen, the report and its messages', async () => {
    const page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/import.html`);
    await page.getByTestId('import-account').waitFor({ timeout: 30_000 });
    await page.getByTestId('lang-ru').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    expect(await page.locator('h1').textContent()).toBe('Импорт данных');
    // The dataset labels come from the server in the screen's language.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="import-dataset"] option')].some((o) => o.textContent === 'Продажи'), undefined, {
      timeout: 15_000,
    });
    const status = await check(page, 'sales', { name: 'продажи.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_SALES) });
    expect(status).toBe('rejected');
    expect(await page.getByTestId('import-report-status').textContent()).toMatch(/^В файле есть ошибки/);
    const message = (await page.getByTestId('import-problem').first().locator('td').last().textContent()) ?? '';
    expect(message).toMatch(/[а-яё]{4}/i);
    expect(await page.locator('th', { hasText: 'Найденное значение' }).count()).toBe(1);
    expect(await missingKeys(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    // The choice is remembered.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.close();
  }, 120_000);

  it('works in Kyrgyz too: the screen, the report and its messages, with no key missing', async () => {
    const page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/import.html`);
    await page.getByTestId('import-account').waitFor({ timeout: 30_000 });
    await page.getByTestId('lang-ky').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ky');
    expect(await page.locator('h1').textContent()).toBe('Маалымат киргизүү');
    const status = await check(page, 'sales', { name: 'сатуу.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_SALES) });
    expect(status).toBe('rejected');
    expect(await page.getByTestId('import-report-status').textContent()).toMatch(/^Файлда каталар бар/);
    const message = (await page.getByTestId('import-problem').first().locator('td').last().textContent()) ?? '';
    // The server's message in Kyrgyz: Cyrillic, with a letter Russian does not have.
    expect(message).toMatch(/[өүң]/i);
    expect(await missingKeys(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('signs out, and then offers the sign-in form again', async () => {
    const page = await atlas.newPage({ lang: 'en' });
    await page.goto(`${atlas.base}/import.html?lang=en`);
    await page.getByTestId('import-signout').click();
    await page.getByTestId('import-signin-name').waitFor({ timeout: 15_000 });
    await page.reload();
    await page.getByTestId('import-signin-name').waitFor({ timeout: 15_000 });
    await page.close();
  }, 60_000);
});
