import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import type { RegionCollectionSchema } from '../../server/schemas/api.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';

type Regions = Static<typeof RegionCollectionSchema>;

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);

  it('regions are the seven oblasts, Bishkek, and Osh city as a point', async () => {
    const res = await api.app.inject({ url: '/api/regions' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/(geo\+)?json/);
    const body = json<Regions>(res);
    expect(body.type).toBe('FeatureCollection');
    const oblasts = body.features.filter((f) => f.properties.level === 'oblast');
    const cities = body.features.filter((f) => f.properties.level === 'city');
    expect(oblasts.map((f) => f.id).sort()).toEqual(['KG-B', 'KG-C', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y']);
    expect(cities.map((f) => f.id).sort()).toEqual(['KG-GB', 'KG-GO']);
    expect(body.features.find((f) => f.id === 'KG-GO')?.geometry.type).toBe('Point');
    expect(body.features.find((f) => f.id === 'KG-J')?.geometry.type).toBe('MultiPolygon');
  });

  it('a region carries its names in Kyrgyz, Russian and English and its SOATE code as text', async () => {
    const body = json<Regions>(await api.app.inject({ url: '/api/regions' }));
    const jalalAbad = body.features.find((f) => f.id === 'KG-J')!;
    expect(jalalAbad.properties.name).toEqual({ ky: 'Жалал-Абад облусу', ru: 'Джалал-Абадская область', en: 'Jalal-Abad' });
    expect(jalalAbad.properties.soate).toBe('41703000000000');
  });

  it('the offline base map files are served under /basemap/', async () => {
    const res = await api.app.inject({ url: '/basemap/admin-units.geojson' });
    expect(res.statusCode).toBe(200);
    expect(json<{ type: string }>(res).type).toBe('FeatureCollection');
  });
});
