// Downloads: ?format=csv|geojson|json (or Accept: text/csv) on the routes that opt in with config.export.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import type { IndicatorsSummary, ParticipantsSummary, SalesSummary } from '../../server/schemas/summaries.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { json, useApi, type ApiContext } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const BOM = '\uFEFF';
const FILENAME = /^attachment; filename="(resiland-[A-Za-z0-9_.-]+-\d{4}-\d{2}-\d{2}\.(csv|geojson|json))"$/;

/** GETs a CSV download and parses it back (csv-parse, header row as keys), checking the envelope on the way. */
async function csv(api: ApiContext, url: string, headers: Record<string, string> = {}) {
  const res = await api.app.inject({ url, headers });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const disposition = String(res.headers['content-disposition']);
  expect(disposition).toMatch(FILENAME);
  expect(res.body.startsWith(BOM)).toBe(true);
  expect(res.body).toContain('\r\n');
  const records = parse(res.body, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return { records, filename: FILENAME.exec(disposition)![1]!, body: res.body };
}

const getJson = async <T>(api: ApiContext, url: string): Promise<T> => {
  const res = await api.app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return json<T>(res);
};

describe.each(testTargets())('exports of the fixtures on the $kind database', (target) => {
  const api = useApi(target);

  it('sites as CSV: BOM, Cyrillic and apostrophes intact, names in three columns, a source per row', async () => {
    const { records, filename } = await csv(api, '/api/sites?format=csv&region=KG-J');
    expect(filename).toMatch(/^resiland-sites-region-KG-J-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(records.map((r) => r.code)).toEqual(['KG-J-S01', 'KG-J-S02']);
    expect(records[0]).toMatchObject({
      name_ky: 'Көкчөкөз',
      name_ru: 'Кокчокоз',
      name_en: 'Kökchököz',
      lon: '72.7',
      lat: '41.1',
      isSample: 'true',
      source_id: 'sample-programme',
      source_title: 'Sample RESILAND CA+ programme data (test fixture)',
    });
    expect(Object.keys(records[0]!).slice(-2)).toEqual(['source_id', 'source_title']);
  });

  it('villages as CSV keep a name with an apostrophe, and the filters name the file', async () => {
    const { records, filename } = await csv(api, '/api/villages?format=csv&hazard=mudflow&radiusKm=5');
    expect(filename).toMatch(/^resiland-villages-hazard-mudflow-radiusKm-5-/);
    expect(records.find((r) => r.code === 'KG-J-V02')?.name_en).toBe("Qo'shteppa");
  });

  it('Accept: text/csv asks for CSV without a format parameter', async () => {
    const { records } = await csv(api, '/api/regions', { accept: 'text/csv' });
    expect(records.length).toBeGreaterThan(0);
    expect(records.find((r) => r.code === 'KG-GO')).toMatchObject({ lon: expect.any(String), lat: expect.any(String) });
  });

  it('without a format the answers are unchanged (no attachment)', async () => {
    const res = await api.app.inject({ url: '/api/sites' });
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(String(res.headers.vary)).toMatch(/Accept/);
  });

  it('GeoJSON of villages is the FeatureCollection as an attachment', async () => {
    const res = await api.app.inject({ url: '/api/villages?format=geojson' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toMatch(/filename="resiland-villages-\d{4}-\d{2}-\d{2}\.geojson"/);
    expect(json<{ type: string; features: unknown[] }>(res)).toMatchObject({ type: 'FeatureCollection' });
    expect(json<{ features: unknown[] }>(res).features).toHaveLength(5);
  });

  it('/api/summary as CSV is one row whose totals equal the JSON, with the sources it counted', async () => {
    const s = await getJson<Summary>(api, '/api/summary?year=2024&region=KG-J');
    const { records, filename } = await csv(api, '/api/summary?year=2024&region=KG-J&format=csv');
    expect(filename).toMatch(/^resiland-summary-region-KG-J-year-2024-/);
    expect(records).toHaveLength(1);
    const row = records[0]!;
    expect(Number(row.salesKgs)).toBe(s.salesKgs);
    expect(Number(row.salesUsd)).toBe(s.salesUsd);
    expect(Number(row.producers_women)).toBe(s.producers.women);
    expect(Number(row.restorationHa_planned)).toBe(s.restorationHa.planned);
    expect(row.source_id).toBe('sample-programme');
  });

  it('sales CSV rows add up to the JSON total, tyiyn included', async () => {
    const s = await getJson<SalesSummary>(api, '/api/summary/sales?by=channel');
    const { records } = await csv(api, '/api/summary/sales?by=channel&format=csv');
    expect(records.map((r) => r.key)).toEqual(s.rows.map((r) => r.key));
    const total = records.reduce((a, r) => a + Number(r.salesKgs), 0);
    expect(Math.round(total * 100) / 100).toBe(s.total.salesKgs);
    expect(records[0]).toMatchObject({ by: 'channel', source_id: 'sample-programme', isSample: 'true' });
  });

  it('participants CSV: producers, then one row per training topic, "<5" kept as text', async () => {
    const p = await getJson<ParticipantsSummary>(api, '/api/summary/participants');
    const { records } = await csv(api, '/api/summary/participants?format=csv');
    expect(records.map((r) => [r.group, r.topic, r.total])).toEqual([
      ['producers', '', String(p.producers.total)],
      ['trainings', 'product_development', '25'],
      ['trainings', 'quality_certification', '14'],
    ]);
    expect(records[2]!.youth).toBe('<5');
  });

  it('indicators CSV has the region names in three columns and the status', async () => {
    const s = await getJson<IndicatorsSummary>(api, '/api/summary/indicators');
    const { records } = await csv(api, '/api/summary/indicators?format=csv');
    expect(records.map((r) => r.status)).toEqual(s.rows.map((r) => r.status));
    expect(records[1]).toMatchObject({ regionName_en: expect.any(String), name_ky: expect.stringMatching(/[А-Яа-яӨөҮү]/) });
  });

  it('format=json downloads the summary JSON', async () => {
    const res = await api.app.inject({ url: '/api/summary/restoration?format=json' });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toMatch(/filename="resiland-restoration-\d{4}-\d{2}-\d{2}\.json"/);
    expect(json<{ total: { targetHa: number } }>(res).total.targetHa).toBe(45);
  });

  it('a bad filter on a CSV request is still a problem+json 400, not a CSV', async () => {
    expectProblem(await api.app.inject({ url: '/api/sites?format=csv&region=KG-X' }), 400);
    expectProblem(await api.app.inject({ url: '/api/summary/sales?region=KG-X', headers: { accept: 'text/csv' } }), 400);
  });

  it('summaries offer no GeoJSON, and feature lists no bare JSON download', async () => {
    expect(expectProblem(await api.app.inject({ url: '/api/summary?format=geojson' }), 400).detail)
      .toContain('must be one of: json, csv');
    expect(expectProblem(await api.app.inject({ url: '/api/sites?format=xlsx' }), 400).detail)
      .toContain('must be one of: geojson, csv');
  });

  it('a gzip-accepting client gets the CSV compressed', async () => {
    const res = await api.app.inject({ url: '/api/summary/indicators?format=csv', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    if (res.headers['content-encoding'] === 'gzip') {
      const { gunzipSync } = await import('node:zlib');
      expect(gunzipSync(res.rawPayload).toString('utf8').startsWith(BOM)).toBe(true);
    }
  });
});

describe.each(testTargets())('exports of the shipped data on the $kind database', (target) => {
  const api = useApi(target, { dataDir: path.join(REPO_ROOT, 'data') });

  it('GeoJSON of the sites is a valid FeatureCollection of 21 point features', async () => {
    const res = await api.app.inject({ url: '/api/sites?format=geojson' });
    expect(res.statusCode).toBe(200);
    const fc = json<{ type: string; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] }>(res);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(21);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates as [number, number];
      // Kyrgyzstan, in RFC 7946 longitude–latitude order.
      expect(lon).toBeGreaterThan(69);
      expect(lon).toBeLessThan(81);
      expect(lat).toBeGreaterThan(39);
      expect(lat).toBeLessThan(44);
      expect(f.properties).toHaveProperty('code', f.id);
    }
  });

  it('sites CSV has the 21 sites, Cyrillic intact, each with its source title', async () => {
    const { records } = await csv(api, '/api/sites?format=csv');
    expect(records).toHaveLength(21);
    expect(records.find((r) => r.name_en === 'Kökchököz')?.name_ky).toBe('Көкчөкөз');
    for (const r of records) expect(r.source_title).toMatch(/^Generated sample programme dataset/);
  });

  it('sales by year CSV: 2024 is 63,000,000 and the rows add up to the JSON total', async () => {
    const s = await getJson<SalesSummary>(api, '/api/summary/sales?by=year');
    const { records } = await csv(api, '/api/summary/sales?by=year&format=csv');
    expect(records.find((r) => r.key === '2024')?.salesKgs).toBe('63000000');
    const total = records.reduce((a, r) => a + Number(r.salesKgs), 0);
    expect(Math.round(total * 100) / 100).toBe(s.total.salesKgs);
    expect(records[0]!.source_id).toBe('sample-fx; sample-programme');
  });

  it('/api/summary CSV for 2024 says 63,000,000 som', async () => {
    const { records } = await csv(api, '/api/summary?year=2024&format=csv');
    expect(records[0]!.salesKgs).toBe('63000000');
    expect(records[0]!.isSample).toBe('true');
  });
});
