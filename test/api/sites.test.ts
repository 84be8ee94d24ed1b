import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { SiteCollectionSchema } from '../../server/schemas/api.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

type Sites = Static<typeof SiteCollectionSchema>;

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const codes = async (query: string) =>
    json<Sites>(await api.app.inject({ url: `/api/sites${query}` })).features.map((f) => f.id);

  it('all sites are listed as points with their code as the feature id', async () => {
    const body = json<Sites>(await api.app.inject({ url: '/api/sites' }));
    expect(body.features.map((f) => f.id)).toEqual(['KG-J-S01', 'KG-J-S02', 'KG-O-S03']);
    expect(body.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    const s01 = body.features[0]!.properties;
    expect(s01.rayonName?.en).toBe('Bazar-Korgon rayon');
    expect(s01.farmlandAtRiskHa).toBe(420.5);
    expect(s01.isSample).toBe(true);
  });

  it('sites filter by region, hazard type and status, alone or together', async () => {
    expect(await codes('?region=KG-J')).toEqual(['KG-J-S01', 'KG-J-S02']);
    expect(await codes('?hazard=landslide')).toEqual(['KG-O-S03']);
    expect(await codes('?status=design')).toEqual(['KG-J-S01']);
    expect(await codes('?region=KG-J&hazard=mudflow&status=works')).toEqual(['KG-J-S02']);
    expect(await codes('?region=KG-Y')).toEqual([]);
  });

  it('an unknown region code is a 400 that lists the codes that exist', async () => {
    const problem = expectProblem(await api.app.inject({ url: '/api/sites?region=KG-X' }), 400);
    expect(problem.detail).toContain('region');
    expect(problem.detail).toContain('"KG-X"');
    expect(problem.detail).toContain('KG-J');
    expect(problem.detail).toContain('KG-GO');
  });

  it('an invalid hazard type is a 400 that lists the allowed values', async () => {
    const problem = expectProblem(await api.app.inject({ url: '/api/sites?hazard=lava' }), 400);
    expect(problem.detail).toBe(
      'Query parameter hazard must be one of: mudflow, flood, landslide, avalanche, rockfall, glacial_lake_outburst; received "lava".',
    );
  });

  it('an invalid status is a 400 that lists the programme stages', async () => {
    const problem = expectProblem(await api.app.inject({ url: '/api/sites?status=done' }), 400);
    expect(problem.detail).toContain('identified, feasibility_study, design, works, completed');
  });
});
