import { describe, expect, it } from 'vitest';
import type { ProductCollection } from '../../server/schemas/products.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const list = async (query = '') => {
    const res = await api.app.inject({ url: `/api/products${query}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    return json<ProductCollection>(res);
  };

  it('every product is listed once, at the point of its producer group\'s village, with names in three languages', async () => {
    const body = await list();
    const { rows } = await api.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM products');
    expect(body.features).toHaveLength(rows[0]!.n);
    expect(new Set(body.features.map((f) => f.id)).size).toBe(body.features.length);
    for (const f of body.features) {
      expect(f.geometry.type).toBe('Point');
      expect(f.properties.name.ky && f.properties.name.ru && f.properties.name.en).toBeTruthy();
      expect(f.properties.villageName.en).toBeTruthy();
    }
  });

  it('products filter by region and by category', async () => {
    const all = (await list()).features;
    const first = all[0]!.properties;
    const byRegion = (await list(`?region=${first.oblastCode}`)).features;
    expect(byRegion.map((f) => f.id)).toEqual(all.filter((f) => f.properties.oblastCode === first.oblastCode).map((f) => f.id));
    const byCategory = (await list(`?category=${first.category}`)).features;
    expect(byCategory.map((f) => f.id)).toEqual(all.filter((f) => f.properties.category === first.category).map((f) => f.id));
  });

  it('an unknown category or region is a 400 that says what to send', async () => {
    expectProblem(await api.app.inject({ url: '/api/products?category=caviar' }), 400);
    expect(expectProblem(await api.app.inject({ url: '/api/products?region=KG-ZZ' }), 400).detail).toContain('one of');
  });
});
