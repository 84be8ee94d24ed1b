// The scope contract at its edges: provenance on known fixture rows, the 400s a bad scope gets (each saying what to
// send), CSV downloads with the new filters, and answer-cache keys that keep apart what the filters tell apart.
// Fixtures: every row is from the sample source "sample-programme"; 2024 sales of KG-J end in June (V02, fair).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import type { AreaAnalysis } from '../../server/schemas/analysis.ts';
import type { SalesSummary } from '../../server/schemas/summaries.ts';
import type { SourceList } from '../../server/schemas/sources.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const AREA_WEST = '72.70,41.09;72.73,41.09;72.73,41.11;72.70,41.11';
/** KG-J-V01 alone. */
const AREA_V01 = '72.70,41.09;72.71,41.09;72.71,41.11;72.70,41.11';

describe.each(testTargets())('the summary scope on the $kind database', (target) => {
  const api = useApi(target);
  const get = async <T>(url: string): Promise<T> => {
    const res = await api.app.inject({ url });
    expect(res.statusCode, res.body).toBe(200);
    return json<T>(res);
  };

  describe('provenance of the key figures', () => {
    it('sales are dated by their last month; the other figures by their sources\' publication date', async () => {
      const s = await get<Summary>('/api/summary?region=KG-J&year=2024');
      const { sources } = await get<SourceList>('/api/sources');
      const published = sources.find((x) => x.id === 'sample-programme')!.published;
      expect(published).not.toBeNull();
      expect(s.provenance.sales).toEqual({ sourceIds: ['sample-programme'], isSample: true, dataDate: '2024-06-30' });
      for (const figure of ['sites', 'households', 'participants', 'producers', 'restoration'] as const) {
        expect(s.provenance[figure], figure).toEqual({ sourceIds: ['sample-programme'], isSample: true, dataDate: published });
      }
      // A month range ending earlier dates the sales earlier.
      expect((await get<Summary>('/api/summary?region=KG-J&from=2024-01&to=2024-05')).provenance.sales.dataDate).toBe('2024-01-31');
    });

    it('a figure that counts nothing has no source, no sample mark and no date', async () => {
      const s = await get<Summary>('/api/summary?region=KG-T');
      for (const p of Object.values(s.provenance)) expect(p).toEqual({ sourceIds: [], isSample: false, dataDate: null });
      const noSales = await get<Summary>('/api/summary?region=KG-J&channel=export&year=2024');
      expect(noSales.provenance.sales).toEqual({ sourceIds: [], isSample: false, dataDate: null });
      expect(noSales.provenance.households.sourceIds).toEqual(['sample-programme']);
    });

    it('the older fields stay: filters.from/to are the years of the period, region and year as sent', async () => {
      const s = await get<Summary>('/api/summary?region=KG-J&from=2024-03&to=2025-01&channel=fair');
      expect(s).toMatchObject({ region: 'KG-J', year: null, filters: { from: 2024, to: 2025, rayon: null } });
      expect(s.scope).toMatchObject({ region: 'KG-J', from: '2024-03', to: '2025-01', channel: 'fair', area: null });
    });
  });

  describe('an area means what POST /api/analysis/area counts in it', () => {
    it.each([
      ['two villages and one zone', AREA_WEST],
      ['a village on the edge', '72.8,41.0;72.9,41.0;72.9,41.2;72.8,41.2'],
      ['KG-J-V01 alone', AREA_V01],
    ])('%s', async (_name, area) => {
      const corners = area.split(';').map((c) => c.split(',').map(Number));
      const res = await api.app.inject({
        method: 'POST', url: '/api/analysis/area',
        payload: { type: 'Polygon', coordinates: [[...corners, corners[0]]] },
      });
      expect(res.statusCode, res.body).toBe(200);
      const analysis = json<AreaAnalysis>(res);
      const s = await get<Summary>(`/api/summary?area=${area}`);
      expect({ sites: s.sites, households: s.households, participants: s.participants }).toEqual({
        sites: analysis.sites.length,
        households: analysis.totals.participatingHouseholds,
        participants: analysis.totals.participants,
      });
      expect(s.households).toBeGreaterThan(0);
    });
  });

  describe('a bad scope is a 400 that says what to send', () => {
    it.each([
      ['area=72.7,41.09;72.73,41.09', 'Query parameter area must be a drawn outline as "lon,lat;lon,lat;..."', 'received 2 corners'],
      ['area=72.7,41.09;72.73;72.73,41.11', 'Query parameter area must be a drawn outline', 'corner 2 ("72.73") is not two numbers'],
      ['area=72.7,41.09;72.73,41.09;72.73,41.11;72.7,41.09', 'Query parameter area', 'the last corner repeats the first one: leave it out'],
      ['area=41.09,72.7;41.09,92.73;41.11,92.73', 'Query parameter area: Position 2 of the outer ring', 'outside lon/lat range'],
      // A bow tie: the outline crosses itself, which PostGIS finds (as for POST /api/analysis/area).
      ['area=72.7,41.09;72.73,41.11;72.73,41.09;72.7,41.11', 'Query parameter area: The polygon crosses itself', 'redraw it without crossing lines'],
      ['channel=bazaar', 'Query parameter channel must be one of: bishkek_shop, karakol_shop, fair, exhibition, online', 'export'],
      ['from=2024-07&to=2024-06', 'from (2024-07) is after to (2024-06)', 'Swap them or widen the period'],
      ['village=KG-J-V99', 'Query parameter village must be the code of a village (GET /api/villages lists them)', '"KG-J-V99"'],
      ['rayon=KG-J-NOWHERE', 'Query parameter rayon must be the code of a rayon', '"KG-J-NOWHERE"'],
      ['category=wine', 'Query parameter category must be one of: felt, honey', 'other'],
    ])('%s', async (query, first, second) => {
      for (const path of ['/api/summary', '/api/summary/sales', '/api/summary/participants', '/api/summary/restoration',
        '/api/summary/indicators', '/api/summary/sales-by-village']) {
        const problem = expectProblem(await api.app.inject({ url: `${path}?${query}` }), 400);
        expect(problem.detail, path).toContain(first);
        expect(problem.detail, path).toContain(second);
      }
    });

    it('an area of more corners than the web address carries is refused, with the limit', async () => {
      const corners = Array.from({ length: 201 }, (_, i) => {
        const a = (2 * Math.PI * i) / 201;
        return `${(72.7 + 0.05 * Math.cos(a)).toFixed(5)},${(41.1 + 0.05 * Math.sin(a)).toFixed(5)}`;
      });
      const problem = expectProblem(await api.app.inject({ url: `/api/summary?area=${corners.join(';')}` }), 400);
      expect(problem.detail).toContain('3 to 200 corners');
      expect(problem.detail).toContain('received 201 corners');
    });
  });

  describe('downloads and the answer cache', () => {
    it('CSV downloads carry the new filters: sales by month and channel, and the key figures', async () => {
      const url = `/api/summary/sales?by=month_channel&area=${AREA_WEST}&channel=fair&from=2024-01&to=2024-12&format=csv`;
      const res = await api.app.inject({ url });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const records = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
      const data = await get<SalesSummary>(url.replace('&format=csv', ''));
      expect(records.map((r) => [r.key, r.channel, Number(r.salesKgs)])).toEqual(data.rows.map((r) => [r.key, r.channel, r.salesKgs]));
      expect(records.length).toBeGreaterThan(0);

      const summary = await api.app.inject({ url: `/api/summary?village=KG-J-V02&channel=fair&format=csv` });
      expect(summary.statusCode, summary.body).toBe(200);
      const [row] = parse(summary.body, { bom: true, columns: true }) as Record<string, string>[];
      const figures = await get<Summary>('/api/summary?village=KG-J-V02&channel=fair');
      expect(Number(row!.salesKgs)).toBe(figures.salesKgs);
      expect(row!.source_id).toBe('sample-programme');
      expect(row!.scope_channel).toBe('fair');
    });

    it('answers that differ only by channel, area, village or month are cached apart', async () => {
      const base = await get<Summary>('/api/summary?region=KG-J&year=2024');
      const variants = await Promise.all([
        get<Summary>('/api/summary?region=KG-J&year=2024&channel=fair'),
        get<Summary>(`/api/summary?region=KG-J&year=2024&area=${AREA_V01}`),
        get<Summary>('/api/summary?region=KG-J&year=2024&village=KG-J-V02'),
        get<Summary>('/api/summary?region=KG-J&from=2024-01&to=2024-05'),
      ]);
      for (const v of variants) expect(v.salesKgs).toBeLessThan(base.salesKgs);
      expect(new Set(variants.map((v) => v.salesKgs)).size).toBeGreaterThan(1);
      expect((await get<Summary>('/api/summary?region=KG-J&year=2024')).salesKgs).toBe(base.salesKgs);
    });
  });
});
