// The HTTP import (POST /api/import/:dataset), its dataset list and the templates, on each database, over the
// shipped data (the import fixtures use its codes). Users are made through the auth store, as `npm run user` makes
// them, and sign in through the API.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createAuthStore } from '../../server/lib/auth/store.ts';
import { DATASET_NAMES } from '../../server/lib/import/types.ts';
import type { ImportReport } from '../../server/lib/import/index.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { buildTestApp, json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const SHIPPED_DATA = path.join(REPO_ROOT, 'data');
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'import');
const PASSWORD = 'correct horse battery';

/** A multipart/form-data body with the given parts (a file part when `file` is set). */
function form(parts: { name: string; file?: string; content: Buffer | string }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----atlas-test-boundary';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.file === undefined ? '' : `; filename="${part.file}"`}`;
    const type = part.file === undefined ? '' : 'Content-Type: application/octet-stream\r\n';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`, 'utf8'));
    chunks.push(typeof part.content === 'string' ? Buffer.from(part.content, 'utf8') : part.content);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const fileForm = (name: string, content: Buffer | string) => form([{ name: 'file', file: name, content }]);

interface Rejected {
  status: number;
  detail: string;
  report: ImportReport;
}

describe.each(testTargets())('HTTP import on the $kind database', (target) => {
  const api = useApi(target, { dataDir: SHIPPED_DATA });
  const tokens: Record<'editor' | 'viewer', string> = { editor: '', viewer: '' };
  let limited: FastifyInstance;

  beforeAll(async () => {
    const store = createAuthStore(api.db.pool);
    for (const role of ['editor', 'viewer'] as const) {
      await store.createUser({ name: `test-${role}`, role, password: PASSWORD }, { name: 'test-setup', role: null });
      const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: `test-${role}`, password: PASSWORD } });
      expect(res.statusCode).toBe(200);
      tokens[role] = json<{ token: string }>(res).token;
    }
    // The same database behind a server with small limits: 1,000 bytes and 5 rows.
    limited = await buildTestApp(api.db, { IMPORT_MAX_BYTES: '1000', IMPORT_MAX_ROWS: '5' });
  });
  afterAll(async () => {
    await limited?.close();
  });

  const upload = (url: string, body: { payload: Buffer; headers: Record<string, string> }, token: string | null = tokens.editor, app = api.app) =>
    app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...body.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await api.db.pool.query(sql, params)).rows[0] as T;
  const fingerprint = (table: string) =>
    one<{ n: number; md5: string }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${table} t`);
  const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

  it('refuses an anonymous upload with 401 and a viewer with 403, and changes nothing', async () => {
    const before = await fingerprint('sales');
    const body = fileForm('sales.csv', fixture('sales_utf8_bom.csv'));
    expect(expectProblem(await upload('/api/import/sales', body, null), 401).detail).toMatch(/sign in/i);
    expect(expectProblem(await upload('/api/import/sales', body, tokens.viewer), 403).detail).toMatch(/viewer.*editor/);
    expect(await fingerprint('sales')).toEqual(before);
  });

  it('answers a dry run of the Windows-1251 semicolon CSV with its report, and writes nothing', async () => {
    const before = await fingerprint('villages');
    const res = await upload('/api/import/villages?dryRun=true&lang=ru', fileForm('сёла.csv', fixture('villages_cp1251_semicolon.csv')));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const report = json<ImportReport>(res);
    expect(report).toMatchObject({
      status: 'dry_run',
      dataset: 'villages',
      dryRun: true,
      lang: 'ru',
      actor: 'test-editor',
      file: { name: 'сёла.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      detected: { format: 'csv', encoding: 'windows-1251', delimiter: ';', decimal: ',' },
      errors: 0,
    });
    expect(report.counts.rows).toBe(4);
    expect(await fingerprint('villages')).toEqual(before);
  });

  it('reads a named .xlsx sheet and a zipped Shapefile in UTM sent over HTTP, as the command line does', async () => {
    const xlsx = json<ImportReport>(await upload('/api/import/sales?dryRun=true&sheet=sales', fileForm('two-sheets.xlsx', fixture('villages_sales_two_sheets.xlsx'))));
    expect(xlsx).toMatchObject({ status: 'dry_run', errors: 0, detected: { format: 'xlsx', sheet: 'sales' } });
    expect(xlsx.counts.rows).toBeGreaterThan(0);
    const shp = json<ImportReport>(await upload('/api/import/sites?dryRun=true', fileForm('sites_utm43n_shp.zip', fixture('sites_utm43n_shp.zip'))));
    expect(shp).toMatchObject({ status: 'dry_run', errors: 0, detected: { format: 'shapefile', crs: 'EPSG:32643' } });
    expect(shp.counts.rows).toBe(2);
  });

  it('rejects a file with one bad row with 422, the report naming that row, and changes nothing', async () => {
    const before = await fingerprint('sales');
    const csv = 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0001,fair,2009-01,1,100\nKG-PR-0001,fair,2009-02,1,-5\nKG-PR-0002,online,2009-01,2,200\n';
    const res = await upload('/api/import/sales', fileForm('sales-bad.csv', csv));
    const body = expectProblem(res, 422) as unknown as Rejected;
    expect(body.report.status).toBe('rejected');
    expect(body.detail).toBe(body.report.summary);
    expect(body.report.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'sales-bad.csv', row: 3, field: 'revenue_kgs', value: expect.stringMatching(/^-5/) }),
    ]);
    expect(body.report.counts).toMatchObject({ rows: 3, rejected: 1, inserted: 0 });
    expect(await fingerprint('sales')).toEqual(before);
  });

  it('imports a good file, and GET /api/summary shows it at once', async () => {
    const salesKgs = async () => json<{ salesKgs: number }>(await api.app.inject('/api/summary')).salesKgs;
    const before = await salesKgs();
    // Asked twice: the second answer comes from the server's cache, which must not outlive the import.
    expect(await salesKgs()).toBe(before);
    const csv = 'product_code;channel;month;quantity;revenue_kgs\nKG-PR-0001;fair;2010-01;3;1234,50\n';
    const res = await upload('/api/import/sales?lang=en', fileForm('sales-2010.csv', csv));
    expect(res.statusCode).toBe(200);
    const report = json<ImportReport>(res);
    expect(report).toMatchObject({ status: 'imported', counts: { rows: 1, inserted: 1, updated: 0, unchanged: 0 } });
    expect(report.dataVersion).toBeGreaterThan(0);
    expect(await salesKgs()).toBeCloseTo(before + 1234.5, 2);
  });

  it('records every import, dry run and rejection in the audit log: who, dataset, file, SHA-256, counts', async () => {
    const csv = 'product_code,channel,month,quantity,revenue_kgs\nKG-PR-0002,fair,2011-05,1,10\n';
    const res = await upload('/api/import/sales?dryRun=true', fileForm('audit-me.csv', csv));
    const report = json<ImportReport>(res);
    const audit = await api.app.inject({ url: '/api/audit?action=import&limit=10', headers: { authorization: `Bearer ${tokens.editor}` } });
    expect(audit.statusCode).toBe(200);
    const entries = json<{ entries: { actor: string; dataset: string; fileName: string; fileSha256: string; dryRun: boolean; counts: unknown; details: Record<string, unknown> }[] }>(audit).entries;
    expect(entries[0]).toMatchObject({
      actor: 'test-editor',
      dataset: 'sales',
      fileName: 'audit-me.csv',
      fileSha256: report.file.sha256,
      dryRun: true,
      counts: { inserted: 1, updated: 0, unchanged: 0, rejected: 0 },
      details: { status: 'dry_run' },
    });
    // The rejected and the imported file of the tests above are there too.
    expect(entries.map((e) => e.fileName)).toEqual(expect.arrayContaining(['sales-bad.csv', 'sales-2010.csv', 'сёла.csv']));
  });

  it('refuses a file above IMPORT_MAX_BYTES with 413, and a CSV or a GeoJSON above IMPORT_MAX_ROWS with 413, saying what to do', async () => {
    const big = 'product_code,channel,month,quantity,revenue_kgs\n' + 'KG-PR-0001,fair,2012-01,1,1\n'.repeat(60);
    const tooLarge = expectProblem(await upload('/api/import/sales', fileForm('big.csv', big), tokens.editor, limited), 413);
    expect(tooLarge.detail).toMatch(/larger than .*IMPORT_MAX_BYTES.*Split it/);
    const rows = ['product_code,channel,month,quantity,revenue_kgs', ...[1, 2, 3, 4, 5, 6].map((m) => `KG-PR-0001,fair,2012-0${m},1,1`)].join('\n');
    const tooLong = expectProblem(await upload('/api/import/sales', fileForm('long.csv', rows), tokens.editor, limited), 413);
    expect(tooLong.detail).toMatch(/more than 5 rows.*IMPORT_MAX_ROWS/);
    // Any format: the core stops reading at the first row over the limit.
    const points = JSON.stringify({
      type: 'FeatureCollection',
      features: [1, 2, 3, 4, 5, 6].map((i) => ({ type: 'Feature', properties: { code: `KG-V-90${i}` }, geometry: { type: 'Point', coordinates: [74.5, 42.5] } })),
    });
    expect(expectProblem(await upload('/api/import/villages', fileForm('many.geojson', points), tokens.editor, limited), 413).detail).toMatch(/more than 5 rows/);
    // Five rows are within the limit.
    const five = rows.split('\n').slice(0, 6).join('\n');
    expect((await upload('/api/import/sales?dryRun=true', fileForm('five.csv', five), tokens.editor, limited)).statusCode).toBe(200);
  });

  it('says how to send the file when the request is not a multipart upload of one "file" part', async () => {
    const plain = await api.app.inject({
      method: 'POST',
      url: '/api/import/sales',
      payload: 'product_code\n',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${tokens.editor}` },
    });
    expect(expectProblem(plain, 415).detail).toMatch(/multipart\/form-data.*"file"/);
    const field = form([{ name: 'dryRun', content: 'true' }, { name: 'file', file: 's.csv', content: fixture('sales_utf8_bom.csv') }]);
    expect(expectProblem(await upload('/api/import/sales', field), 400).detail).toMatch(/form field "dryRun".*query string/);
    expect(expectProblem(await upload('/api/import/sales', form([{ name: 'upload', file: 's.csv', content: 'x' }])), 400).detail).toMatch(/name it "file"/);
    expect(expectProblem(await upload('/api/import/sales', form([])), 400).detail).toMatch(/no file/);
    // An upload cut off before its closing boundary.
    const whole = fileForm('s.csv', fixture('sales_utf8_bom.csv'));
    const cut = { payload: whole.payload.subarray(0, whole.payload.length - 30), headers: whole.headers };
    expect(expectProblem(await upload('/api/import/sales', cut), 400).detail).toMatch(/incomplete or not well-formed/);
  });

  it('answers an unknown dataset with 404 listing the datasets, for the import and the templates', async () => {
    const imported = expectProblem(await upload('/api/import/salez', fileForm('s.csv', 'x')), 404);
    expect(imported.detail).toContain('salez');
    expect(imported.detail).toContain(DATASET_NAMES.join(', '));
    expect(expectProblem(await api.app.inject('/api/templates/salez.csv'), 404).detail).toContain(DATASET_NAMES.join(', '));
    expect(expectProblem(await api.app.inject('/api/templates/salez.xlsx'), 404).detail).toContain('sales, trainings');
  });

  it('lists the datasets with their columns, descriptions and templates in the language asked for', async () => {
    const res = await api.app.inject('/api/import/datasets?lang=ru');
    expect(res.statusCode).toBe(200);
    const body = json<{ datasets: { name: string; label: string; fields: { name: string; label: string; required: boolean; description: string; values: string | null }[]; templates: { csv: string } }[]; maxBytes: number }>(res);
    expect(body.datasets.map((d) => d.name)).toEqual(expect.arrayContaining([...DATASET_NAMES]));
    expect(body.maxBytes).toBe(52_428_800);
    const sales = body.datasets.find((d) => d.name === 'sales')!;
    expect(sales.label).toMatch(/[а-я]/);
    expect(sales.templates.csv).toBe('/api/templates/sales.csv?lang=ru');
    const channel = sales.fields.find((f) => f.name === 'channel')!;
    expect(channel).toMatchObject({ required: true, values: expect.stringContaining('ярмарки (fair)') });
    expect(channel.description).toMatch(/[а-я]/);
    // Villages give their point as lon/lat columns, not a geometry column.
    const villages = body.datasets.find((d) => d.name === 'villages')!.fields.map((f) => f.name);
    expect(villages).toEqual(expect.arrayContaining(['lon', 'lat']));
    expect(villages).not.toContain('geom');
  });

  it('serves a CSV template in UTF-8 with a BOM: the headers in the language asked for and one example row', async () => {
    const res = await api.app.inject('/api/templates/sales.csv?lang=ru');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="resiland-template-sales.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(';')).toContain('Выручка, сом');
    // The example names a product that exists, in the words the atlas shows, with a decimal comma.
    expect(lines[1]).toMatch(/^KG-PR-\d+;Ярмарки;/);
    const english = (await api.app.inject('/api/templates/sales.csv')).rawPayload.subarray(3).toString('utf8');
    expect(english.split('\r\n')[0]).toBe('Product,Channel,Month,Quantity,"Revenue, som",Source,Sample data');
  });

  it('serves an .xlsx template that read-excel-file opens: the dataset sheet, then the descriptions in three languages', async () => {
    const res = await api.app.inject('/api/templates/villages.xlsx?lang=ky');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="resiland-template-villages.xlsx"');
    const sheets = await readXlsxFile(res.rawPayload);
    expect(sheets.map((s) => s.sheet)).toEqual(['villages', 'Түшүндүрмө']);
    const [header, example] = sheets[0]!.data;
    expect(header).toContain('Калкы');
    expect(example).toHaveLength(header!.length);
    const described = sheets[1]!.data.find((row) => row[1] === 'population')!;
    expect(described.slice(-3).every((cell) => typeof cell === 'string' && cell.length > 5)).toBe(true);
  });

  it.each(['csv', 'xlsx'] as const)('passes a dry run of every %s template as it is downloaded', async (format) => {
    for (const dataset of DATASET_NAMES) {
      const template = await api.app.inject(`/api/templates/${dataset}.${format}?lang=ru`);
      const res = await upload(`/api/import/${dataset}?dryRun=true`, fileForm(`resiland-template-${dataset}.${format}`, template.rawPayload));
      const report = json<ImportReport>(res);
      expect({ dataset, status: res.statusCode, errors: report.errors, problems: report.problems.filter((p) => p.severity === 'error') }).toEqual({
        dataset,
        status: 200,
        errors: 0,
        problems: [],
      });
      expect(report.counts.rows).toBe(1);
    }
  });
});
