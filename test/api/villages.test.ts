import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { VillageCollectionSchema } from '../../server/schemas/api.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

type Villages = Static<typeof VillageCollectionSchema>;

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const codes = async (query: string) =>
    json<Villages>(await api.app.inject({ url: `/api/villages${query}` })).features.map((f) => f.id);

  it('villages are listed as points with households and participation', async () => {
    const body = json<Villages>(await api.app.inject({ url: '/api/villages' }));
    expect(body.features).toHaveLength(5);
    const v02 = body.features.find((f) => f.id === 'KG-J-V02')!;
    expect(v02.properties).toMatchObject({ households: 260, participatingHouseholds: 200, participants: 210 });
    expect(v02.properties.name.en).toBe("Qo'shteppa");
  });

  it('villages filter by region', async () => {
    expect(await codes('?region=KG-O')).toEqual(['KG-O-V04']);
  });

  it('a village exposed to two mudflow sites is listed once', async () => {
    expect(await codes('?hazard=mudflow')).toEqual(['KG-J-V01', 'KG-J-V02', 'KG-J-V03']);
  });

  it('the hazard and status filters keep villages exposed to a matching site within radiusKm', async () => {
    expect(await codes('?status=design')).toEqual(['KG-J-V01', 'KG-J-V02']);
    expect(await codes('?status=design&radiusKm=10')).toEqual(['KG-J-V01', 'KG-J-V02', 'KG-J-V03']);
    expect(await codes('?hazard=landslide')).toEqual(['KG-O-V04']);
    expect(await codes('?hazard=avalanche')).toEqual([]);
  });

  it('an unknown region is a 400', async () => {
    expectProblem(await api.app.inject({ url: '/api/villages?region=Osh' }), 400);
  });
});
