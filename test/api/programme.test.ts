// GET /api/programme against the shipped data/ folder: the published facts in data/programme.json, their sources,
// and how they square with the shipped sample (21 sites, 63,000,000 som in 2024).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { RegionCollectionSchema, Summary } from '../../server/schemas/api.ts';
import type { Programme } from '../../server/schemas/programme.ts';
import type { SourceList } from '../../server/schemas/sources.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const SHIPPED = path.join(REPO_ROOT, 'data');

describe.each(testTargets())('the shipped programme facts on the $kind database', (target) => {
  const api = useApi(target, { dataDir: SHIPPED });
  const programme = async () => {
    const res = await api.app.inject({ url: '/api/programme' });
    expect(res.statusCode).toBe(200);
    return json<Programme>(res);
  };

  it('financing by source adds up: IDA credit 45 + PROGREEN grant 5 + Korea–World Bank grant 2.4 = US$52.4M', async () => {
    const { financing } = await programme();
    expect(financing.parts.map((p) => [p.abbreviation.en, p.instrument, p.amountUsd])).toEqual([
      ['IDA', 'credit', 45_000_000],
      ['PROGREEN', 'grant', 5_000_000],
      ['KWPF', 'grant', 2_400_000],
    ]);
    expect(financing.parts[2]!.name.en).toBe('Korea–World Bank Partnership Facility grant');
    expect(financing.totalUsd).toBe(52_400_000);
    // Whole dollars, so the sum is exact.
    expect(financing.parts.reduce((sum, p) => sum + p.amountUsd, 0)).toBe(financing.totalUsd);
    expect(financing.totalSourceId).toBe('press-resiland-2024-04');
    expect(financing.parts.every((p) => p.sourceId === 'press-resiland-2024-04')).toBe(true);
  });

  it('the programme starts in April 2024 and ends in 2029', async () => {
    const p = await programme();
    expect(p.start).toMatchObject({ year: 2024, month: 4, sourceId: 'mes-ovop-2025-05-14' });
    expect(p.end).toMatchObject({ year: 2029, month: null, sourceId: 'mes-ovop-2025-05-14' });
    expect(p.abbreviation).toBe('RESILAND CA+');
  });

  it('the implementing agency is the MES, named in Kyrgyz, Russian and English', async () => {
    expect((await programme()).implementingAgency).toEqual({
      name: {
        ky: 'Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги',
        ru: 'Министерство чрезвычайных ситуаций Кыргызской Республики',
        en: 'Ministry of Emergency Situations of the Kyrgyz Republic',
      },
      abbreviation: { ky: 'ӨКМ', ru: 'МЧС', en: 'MES' },
      sourceId: 'mes-ovop-2025-05-14',
    });
  });

  it('the target oblasts are Jalal-Abad, Osh, Issyk-Kul and Naryn, with the names the regions have', async () => {
    const { targetOblasts } = await programme();
    expect(targetOblasts.map((o) => o.code)).toEqual(['KG-J', 'KG-O', 'KG-Y', 'KG-N']);
    const regions = json<Static<typeof RegionCollectionSchema>>(await api.app.inject({ url: '/api/regions' }));
    for (const oblast of targetOblasts) {
      expect(oblast.name).toEqual(regions.features.find((f) => f.id === oblast.code)!.properties.name);
    }
    expect(targetOblasts[0]!.name.ru).toBe('Джалал-Абадская область');
  });

  it('the published figures are there as the sources put them', async () => {
    const figures = (await programme()).figures.map((f) => [f.code, f.measure, f.comparator, f.value, f.unit, f.year, f.sourceId]);
    expect(figures).toEqual([
      ['figure.sites', 'target', 'exactly', 21, 'sites', null, 'press-resiland-2025-10'],
      ['figure.ovop-households', 'target', 'more_than', 800, 'households', null, 'mes-ovop-2025-05-14'],
      ['figure.households-protected', 'target', 'more_than', 4000, 'households', null, 'press-resiland-2025-10'],
      ['figure.farmland-protected', 'target', 'more_than', 5500, 'hectares', null, 'press-resiland-2025-10'],
      ['figure.beneficiaries', 'target', 'more_than', 50_000, 'people', null, 'press-resiland-2024-04'],
      ['figure.ovop-sales-2024', 'actual', 'about', 63_000_000, 'kgs', 2024, 'mes-ovop-2025-05-14'],
    ]);
  });

  it('the shipped sample agrees with the published figures: 21 sites, 63,000,000 som in 2024, over 800 households', async () => {
    const { figures } = await programme();
    const value = (code: string) => figures.find((f) => f.code === code)!.value;
    const sites = json<{ features: unknown[] }>(await api.app.inject({ url: '/api/sites' }));
    expect(sites.features).toHaveLength(value('figure.sites'));
    const summary = json<Summary>(await api.app.inject({ url: '/api/summary?year=2024' }));
    expect(summary.salesKgs).toBe(value('figure.ovop-sales-2024'));
    expect(summary.households).toBeGreaterThan(value('figure.ovop-households'));
  });

  it('every fact names a source that exists, and the facts are not sample data', async () => {
    const p = await programme();
    const sources = json<SourceList>(await api.app.inject({ url: '/api/sources' })).sources.map((s) => s.id);
    expect(p.sourceIds).toEqual(['mes-ovop-2025-05-14', 'press-resiland-2024-04', 'press-resiland-2025-10']);
    for (const id of p.sourceIds) expect(sources).toContain(id);
    expect(p.isSample).toBe(false);
  });
});

describe.each(testTargets())('without programme facts on the $kind database', (target) => {
  const api = useApi(target); // the fixtures have no programme.json

  it('GET /api/programme is a 404 that says how to load them', async () => {
    const problem = expectProblem(await api.app.inject({ url: '/api/programme' }), 404);
    expect(problem.detail).toBe(
      'No programme facts are loaded. Put programme.json in the data folder (SEED_DIR) and run `npm run seed`.',
    );
  });
});
