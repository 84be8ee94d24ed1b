// The published figures against the shipped data/ folder (or the fixtures until data/ has its sample files).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { RegionCollectionSchema, Summary } from '../../server/schemas/api.ts';
import { REPO_ROOT } from '../../server/lib/paths.ts';
import { json, useApi } from '../helpers/app.ts';
import { FIXTURES_DIR, testTargets } from '../helpers/databases.ts';

const SHIPPED = path.join(REPO_ROOT, 'data');
const hasShipped = existsSync(path.join(SHIPPED, 'sources.json')) && existsSync(path.join(SHIPPED, 'sample', 'sales.json'));
const dataDir = hasShipped ? SHIPPED : FIXTURES_DIR;

describe.each(testTargets())(`the ${hasShipped ? 'shipped data' : 'fixtures'} on the $kind database`, (target) => {
  const api = useApi(target, { dataDir });

  it('OVOP+1 sales in 2024 sum to exactly 63,000,000 som', async () => {
    const s = json<Summary>(await api.app.inject({ url: '/api/summary?year=2024' }));
    expect(s.salesKgs).toBe(63_000_000);
  });

  it('more than 800 households take part', async () => {
    const s = json<Summary>(await api.app.inject({ url: '/api/summary?year=2024' }));
    expect(s.households).toBeGreaterThanOrEqual(800);
  });

  it('the regions are the seven oblasts and the two cities', async () => {
    const body = json<Static<typeof RegionCollectionSchema>>(await api.app.inject({ url: '/api/regions' }));
    expect(body.features.map((f) => f.id).sort()).toEqual(
      ['KG-B', 'KG-C', 'KG-GB', 'KG-GO', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y'],
    );
  });

  it('every site detail answers', async () => {
    const sites = json<{ features: { id: string }[] }>(await api.app.inject({ url: '/api/sites' }));
    expect(sites.features.length).toBeGreaterThan(0);
    for (const { id } of sites.features) {
      expect((await api.app.inject({ url: `/api/sites/${id}` })).statusCode).toBe(200);
    }
  });
});
