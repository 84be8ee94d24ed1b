// The import core (server/lib/import) against each database, over the shipped data (the file fixtures in
// test/fixtures/import/ and the 100,000-row sales generator use its codes). Files made here are written to a
// temporary folder by each test; each is one edge case.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportReport } from '../../server/lib/import/index.ts';
import type { ImportFileOptions } from '../../server/lib/import/index.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { writeSalesCsv } from '../../scripts/lib/make-sales-csv.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';

const SHIPPED_DATA = path.join(REPO_ROOT, 'data');
const IMPORT_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'import');
const run = promisify(execFile);

interface SalesSummary {
  rows: { key: string; salesKgs: number }[];
}

describe.each(testTargets())('import on the $kind database', (target) => {
  const api = useApi(target, { dataDir: SHIPPED_DATA });
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-import-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const load = (dataset: ImportFileOptions['dataset'], p: string, options: Partial<ImportFileOptions> = {}) =>
    importFile(api.db.pool, { dataset, input: { path: p }, ...options });
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await api.db.pool.query(sql, params)).rows[0] as T;
  /** Row count and an md5 of every row: equal before and after means nothing changed. */
  const fingerprint = (table: string) =>
    one<{ n: number; md5: string }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${table} t`);
  const codes = (report: ImportReport) => report.problems.map((p) => [p.severity, p.code, p.row ?? 0, p.field ?? '']);
  const salesIn = async (year: string) => {
    const response = await api.app.inject(`/api/summary/sales?by=year&from=${year}&to=${year}`);
    return json<SalesSummary>(response).rows.find((r) => r.key === year)?.salesKgs ?? 0;
  };

  it('a file with one bad row among many is rejected whole, naming that row, and changes nothing', async () => {
    const p = path.join(dir, 'sales-one-bad.csv');
    await writeSalesCsv(p, { rows: 3000, startMonth: '2011-01', mutate: (row, n) => (n === 1234 ? { ...row, revenue_kgs: -500 } : row) });
    const before = await fingerprint('sales');
    const report = await load('sales', p);
    expect(report.status).toBe('rejected');
    expect(report.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'negative', file: 'sales-one-bad.csv', row: 1234, field: 'revenue_kgs', column: 'revenue_kgs', value: '-500.00', expected: '0 or more' }),
    ]);
    expect(report.counts).toEqual({ rows: 3000, inserted: 0, updated: 0, unchanged: 0, rejected: 1, deleted: 0 });
    expect(await fingerprint('sales')).toEqual(before);
  });

  it('imports new rows, and importing the same file again changes nothing: 0 inserted, 0 updated, all unchanged', async () => {
    const p = file('sales-2008.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0001,fair,2008-01,10,1000.50\nKG-PR-0002,online,2008-01,3,300\n');
    const dry = await load('sales', p, { dryRun: true });
    expect(dry).toMatchObject({ status: 'dry_run', counts: { inserted: 2, updated: 0, unchanged: 0 }, dataVersion: null });
    expect(await one('SELECT count(*)::int AS n FROM sales WHERE month = $1', ['2008-01-01'])).toEqual({ n: 0 });

    const first = await load('sales', p);
    expect(first).toMatchObject({ status: 'imported', counts: { rows: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 } });
    expect(first.dataVersion).toBeGreaterThan(0);
    const after = await fingerprint('sales');
    const again = await load('sales', p);
    expect(again).toMatchObject({ status: 'imported', counts: { rows: 2, inserted: 0, updated: 0, unchanged: 2, rejected: 0 }, dataVersion: null });
    expect(await fingerprint('sales')).toEqual(after);
    const changed = await load('sales', file('sales-2008b.csv', 'product_code;channel;month;quantity;revenue_kgs\nKG-PR-0001;fair;2008-01;10;2000,25\n'));
    expect(changed.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await one('SELECT revenue_kgs::text AS r, source_id FROM sales WHERE product_code = $1 AND month = $2 AND channel = $3', ['KG-PR-0001', '2008-01-01', 'fair']))
      .toEqual({ r: '2000.25', source_id: 'user-import' });
  });

  it('records every attempt in the audit log: who, the file and its SHA-256, the counts, and whether it was a dry run', async () => {
    const p = file('sales-2007.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0001,fair,2007-03,4,400\n');
    const bad = file('sales-2007-bad.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0001,fair,2007-13,4,400\n');
    const last = () =>
      one<{ actor: string; actor_role: string | null; file_name: string; file_sha256: string; dry_run: boolean; counts: Record<string, number>; details: { status: string } }>(
        'SELECT actor, actor_role, file_name, file_sha256, dry_run, counts, details FROM audit_log ORDER BY id DESC LIMIT 1',
      );
    const dry = await load('sales', p, { dryRun: true, actor: 'aigul', actorRole: 'editor' });
    expect(await last()).toMatchObject({ actor: 'aigul', actor_role: 'editor', file_name: 'sales-2007.csv', file_sha256: dry.file.sha256, dry_run: true, details: { status: 'dry_run' } });
    const done = await load('sales', p, { actor: 'aigul', actorRole: 'editor' });
    expect(done.status).toBe('imported');
    expect(await last()).toMatchObject({ dry_run: false, counts: { inserted: 1, updated: 0 }, details: { status: 'imported' } });
    await load('sales', bad, { actor: 'cli:root' });
    expect(await last()).toMatchObject({ actor: 'cli:root', file_name: 'sales-2007-bad.csv', counts: { rejected: 1 }, details: { status: 'rejected' } });
    expect(dry.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the server answers with the imported data at once, although it had cached the figure before', async () => {
    const before = await salesIn('2008');
    expect(await salesIn('2008')).toBe(before);
    await load('sales', file('sales-2008c.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0003,export,2008-02,1,999.5\n'));
    expect(await salesIn('2008')).toBeCloseTo(before + 999.5, 2);
  });

  it('hazard types, statuses and channels written in Kyrgyz or Russian are stored as their codes', async () => {
    const p = file('sites-ky.csv', [
      'Коду,Аталышы (кыргызча),Название (по-русски),Name (English),Коркунучтун түрү,Тобокелдик деңгээли,Программадагы абалы,Район,Узундук,Кеңдик,zone',
      'KG-J-99,Жаңы участок,Новый участок,New site,Сел,Өтө жогору,Долбоорлоо,KG-J-SUZAK,72.9,40.95,"POLYGON((72.89 40.94, 72.91 40.94, 72.91 40.96, 72.89 40.96, 72.89 40.94))"',
      'KG-J-98,Экинчи,Второй,Second,оползень,высокий,ТЭО,KG-J-SUZAK,72.95,40.97,"POLYGON((72.94 40.96, 72.96 40.96, 72.96 40.98, 72.94 40.98, 72.94 40.96))"',
    ].join('\n'));
    const report = await load('sites', p, { lang: 'ky' });
    expect(report.status).toBe('imported');
    expect(report.counts.inserted).toBe(2);
    const { rows } = await api.db.pool.query(
      `SELECT code, hazard_type, risk_level, status, oblast_code, ST_GeometryType(zone) AS zone FROM hazard_sites WHERE code IN ('KG-J-98', 'KG-J-99') ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: 'KG-J-98', hazard_type: 'landslide', risk_level: 'high', status: 'feasibility_study', oblast_code: 'KG-J', zone: 'ST_MultiPolygon' },
      { code: 'KG-J-99', hazard_type: 'mudflow', risk_level: 'very_high', status: 'design', oblast_code: 'KG-J', zone: 'ST_MultiPolygon' },
    ]);
    const sales = await load('sales', file('sales-ru.csv', 'Продукт;Канал продаж;Месяц;Количество;Выручка, сом\nKG-PR-0004;Ярмарки;03.2008;5;1 500,00\nKG-PR-0004;Бишкектеги дүкөн;03.2008;1;100\n'));
    expect(sales.status).toBe('imported');
    expect((await api.db.pool.query(`SELECT channel FROM sales WHERE product_code = 'KG-PR-0004' AND month = '2008-03-01' ORDER BY channel`)).rows)
      .toEqual([{ channel: 'bishkek_shop' }, { channel: 'fair' }]);
  });

  it('an enumeration word in no list is named with the accepted words in the report\'s language', async () => {
    const report = await load('sites', file('sites-bad-word.csv', 'code,name_ky,name_ru,name_en,hazard_type,risk_level,status,lon,lat\nKG-J-01,а,б,c,землетрясение,high,design,72.7,41.1\n'), { lang: 'ru' });
    expect(report.problems[0]).toMatchObject({ code: 'not_in_list', row: 2, value: 'землетрясение', expected: expect.stringContaining('сель (mudflow)') });
    expect(report.problems[0]!.message).toMatch(/^Такого значения нет в списке/);
  });

  it('references: an unknown product, a rayon of another oblast and an oblast given as a rayon are each named', async () => {
    const sales = await load('sales', file('sales-unknown-product.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0001,fair,2008-04,1,10\nKG-PR-9999,fair,2008-04,1,10\n'));
    expect(codes(sales)).toEqual([['error', 'reference_missing', 3, 'product_code']]);
    expect(sales.problems[0]).toMatchObject({ value: 'KG-PR-9999', expected: 'a code of Products' });
    const villages = await load('villages', file('villages-bad-rayon.csv', [
      'code,name_ky,name_ru,name_en,oblast_code,rayon_code,population,households,lon,lat',
      'KG-V-9001,а,б,c,KG-O,KG-J-SUZAK,10,2,72.9,40.95',
      'KG-V-9002,а,б,c,KG-J,KG-J,10,2,72.9,40.95',
    ].join('\n')));
    expect(codes(villages)).toEqual([['error', 'rayon_not_in_oblast', 2, 'rayon_code'], ['error', 'wrong_admin_level', 3, 'rayon_code']]);
    expect(await one('SELECT count(*)::int AS n FROM villages WHERE code LIKE $1', ['KG-V-900%'])).toEqual({ n: 0 });
  });

  it('a key that appears twice in the file is refused at its second row, naming the first', async () => {
    const report = await load('sales', file('sales-twice.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0001,fair,2008-05,1,10\nkg-pr-0001,Ярмарка,2008-05-01,2,20\n'));
    expect(codes(report)).toEqual([['error', 'duplicate_key', 3, 'product_code']]);
    expect(report.problems[0]!.params).toMatchObject({ first: 2 });
  });

  it('a self-intersecting polygon is repaired with ST_MakeValid, reported as a warning, and stored valid', async () => {
    const report = await load('restoration', path.join(IMPORT_FIXTURES, 'restoration_self_intersecting.geojson'));
    expect(report.status).toBe('imported');
    expect(codes(report)).toEqual([['warning', 'geometry_repaired', 1, 'geom']]);
    expect(await one(`SELECT ST_IsValid(geom) AS valid, ST_GeometryType(geom) AS type, ST_NumGeometries(geom) AS parts FROM restoration_activities WHERE code = 'KG-RA-0001'`))
      .toEqual({ valid: true, type: 'ST_MultiPolygon', parts: 2 });
  });

  it('an unknown column is a warning, not an error', async () => {
    const report = await load('sales', path.join(IMPORT_FIXTURES, 'sales_unknown_column.csv'));
    expect(report.status).toBe('imported');
    expect(codes(report)).toEqual([['warning', 'unknown_column', 0, '']]);
    expect(report.problems[0]).toMatchObject({ column: 'comment' });
  });

  it('an empty file, and a file with a header but no rows, are rejected and say so', async () => {
    const empty = await load('sales', path.join(IMPORT_FIXTURES, 'empty.csv'));
    expect(empty).toMatchObject({ status: 'rejected', problems: [expect.objectContaining({ code: 'empty_file' })] });
    const header = await load('sales', file('sales-header-only.csv', 'product_code,channel,month,quantity,revenue_kgs\n'));
    expect(codes(header)).toEqual([['error', 'no_rows', 0, '']]);
  });

  it('a missing required column is named once for the file, with the headers it may have', async () => {
    const report = await load('sales', file('sales-no-revenue.csv', 'product_code,channel,month,quantity\nKG-PR-0001,fair,2008-06,1\n'), { lang: 'ru' });
    expect(codes(report)).toEqual([['error', 'missing_column', 0, 'revenue_kgs']]);
    expect(report.problems[0]!.message).toBe('Нет столбца «Выручка, сом». Добавьте его (название: «revenue_kgs», «revenue», «выручка», «сумма»).');
  });

  it('coordinates outside Kyrgyzstan are refused, over the border as well as far away, and a border town is not', async () => {
    const p = file('villages-abroad.csv', [
      'code,name_ky,name_ru,name_en,oblast_code,population,households,lon,lat',
      'KG-V-9101,Кара-Суу,Кара-Суу,Kara-Suu,KG-O,20000,4000,72.86666,40.7046', // 1.5 km outside the simplified outline
      'KG-V-9102,Ташкент,Ташкент,Tashkent,KG-O,10,2,69.2401,41.2995', // in the box, in Uzbekistan
      'KG-V-9103,Алматы,Алматы,Almaty,KG-C,10,2,76.9286,43.2567', // in the box, in Kazakhstan
      'KG-V-9104,Москва,Москва,Moscow,KG-C,10,2,37.6173,55.7558', // far away
      'KG-V-9105,а,б,c,KG-O,10,2,40.7,72.8', // lon and lat swapped
    ].join('\n'));
    const report = await load('villages', p);
    expect(codes(report)).toEqual([
      ['error', 'outside_kyrgyzstan', 3, 'geom'],
      ['error', 'outside_kyrgyzstan', 4, 'geom'],
      ['error', 'outside_kyrgyzstan', 5, 'geom'],
      ['error', 'coordinates_swapped', 6, 'geom'],
    ]);
    expect(report.problems[0]!.value).toBe('69.2401, 41.2995');
  });

  it('--replace makes a dataset exactly the file, and refuses while other data still needs the rows it would drop', async () => {
    const products = await load('products', file('products-two.csv', 'code,group_code,name_ky,name_ru,name_en,category\nKG-PR-0001,KG-PG-0001,а,б,c,felt\nKG-PR-0002,KG-PG-0001,а,б,c,felt\n'), { replace: true });
    expect(products.status).toBe('rejected');
    expect(codes(products)).toEqual([['error', 'replace_referenced', 0, '']]);
    expect(products.problems[0]!.message).toMatch(/^--replace would delete \d+ rows of "Products" \(KG-PR-0003, KG-PR-0004, .*\) that "Sales" still refers to/);
    expect(await one('SELECT count(*)::int AS n FROM products')).toEqual({ n: 90 });

    const { n: rates } = await one<{ n: number }>('SELECT count(*)::int AS n FROM fx_rates');
    const fx = await load('fx_rates', file('fx.csv', 'Дата;Курс\n01.01.2024;87,6543\n01.01.2025;87,0000\n'), { replace: true });
    expect(fx).toMatchObject({ status: 'imported', counts: { rows: 2 } });
    expect(fx.counts.deleted).toBe(rates - fx.counts.updated - fx.counts.unchanged);
    expect(fx.counts.deleted).toBeGreaterThan(0);
    expect((await api.db.pool.query(`SELECT to_char(rate_date, 'YYYY-MM-DD') AS d, kgs_per_usd::text AS r FROM fx_rates ORDER BY 1`)).rows)
      .toEqual([{ d: '2024-01-01', r: '87.6543' }, { d: '2025-01-01', r: '87.0000' }]);
  });

  it('imports the 100,000-row sales CSV in one go', async () => {
    const p = path.join(dir, 'sales-100k.csv');
    await writeSalesCsv(p, { rows: 100_000 });
    const report = await load('sales', p);
    expect(report).toMatchObject({ status: 'imported', errors: 0, counts: { rows: 100_000, rejected: 0 } });
    expect(report.counts.inserted + report.counts.updated + report.counts.unchanged).toBe(100_000);
    expect(await one('SELECT count(*)::int AS n FROM sales')).toEqual({ n: expect.any(Number) });
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM sales')).n).toBeGreaterThanOrEqual(100_000);
  });

  describe('npm run import (the command line, in its own process)', () => {
    const cli = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/import.ts', ...args], {
          cwd: REPO_ROOT,
          env: { ...process.env, DATABASE_URL: api.db.url, LOG_LEVEL: 'silent' },
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };

    it('exits 0 on an import, prints only the JSON report with --json, and the server shows the rows at once', async () => {
      const before = await salesIn('2008');
      const p = file('cli-ok.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0005,fair,2008-07,2,250\n');
      const result = await cli('--dataset', 'sales', p, '--json');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as ImportReport;
      expect(report).toMatchObject({ status: 'imported', dataset: 'sales', file: { name: 'cli-ok.csv' }, counts: { inserted: 1 } });
      expect(report.file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await salesIn('2008')).toBeCloseTo(before + 250, 2);
    });

    it('exits 1 on a rejected file and 0 on a clean dry run, with the readable table otherwise', async () => {
      const bad = await cli('--dataset', 'sales', file('cli-bad.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0005,fair,2008-13,2,250\n'), '--lang', 'ru');
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/^Ошибки \(1\)\n/);
      expect(bad.stdout).toMatch(/строка 2\s+month\s+2008-13/);
      expect(bad.stdout.trim().split('\n').pop()).toMatch(/^Отклонено, ничего не записано/);
      const dry = await cli('--dataset', 'sales', file('cli-dry.csv', 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0005,fair,2008-08,2,250\n'), '--dry-run', '--json');
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({ status: 'dry_run', counts: { inserted: 1 } });
    });

    it('imports the files of the issue from the command line: the Windows-1251 CSV, the .xlsx sheet and the UTM Shapefile', async () => {
      const cases = [
        { args: ['--dataset', 'villages', path.join(IMPORT_FIXTURES, 'villages_cp1251_semicolon.csv')], rows: 4, detected: { encoding: 'windows-1251', delimiter: ';', decimal: ',' } },
        { args: ['--dataset', 'sales', path.join(IMPORT_FIXTURES, 'villages_sales_two_sheets.xlsx'), '--sheet', 'sales'], rows: 2, detected: { format: 'xlsx', sheet: 'sales' } },
        { args: ['--dataset', 'sites', path.join(IMPORT_FIXTURES, 'sites_utm43n_shp.zip')], rows: 2, detected: { format: 'shapefile', crs: 'EPSG:32643' } },
      ];
      for (const c of cases) {
        const result = await cli(...c.args, '--json');
        expect(result.code, result.stdout).toBe(0);
        const report = JSON.parse(result.stdout) as ImportReport;
        expect(report).toMatchObject({ status: 'imported', errors: 0, counts: { rows: c.rows, rejected: 0 }, detected: c.detected });
      }
    });

    it('exits 1 with the usage when the command is wrong, and leaves stdout empty', async () => {
      const result = await cli('--dataset', 'harvests', 'x.csv', '--json');
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/--dataset must be one of sites, villages/);
    });
  });
});
