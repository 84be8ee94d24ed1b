import { describe, expect, it } from 'vitest';
import { COLLECTIONS, findCollection } from './collections.ts';
import { countStatement, extentStatement, itemsStatement, oneStatement } from './query.ts';

const sites = findCollection('hazard_sites')!;
const restoration = findCollection('restoration')!;
const SOURCE = 'SELECT * FROM somewhere';

describe('composed statements', () => {
  it('values go in only as $n parameters, in order, and the SQL shape does not depend on them', () => {
    const hostile = "x'; DROP TABLE villages; --";
    const a = itemsStatement(sites, SOURCE, {
      envelopes: [{ minLon: 1, minLat: 2, maxLon: 3, maxLat: 4 }],
      equals: [{ name: 'status', value: hostile }],
    }, { limit: 10, offset: 20 });
    expect(a.values).toEqual([1, 2, 3, 4, hostile, 10, 20]);
    expect(a.text).not.toContain('DROP');
    expect(a.text).toContain('ST_MakeEnvelope($1::float8, $2::float8, $3::float8, $4::float8, 4326)');
    expect(a.text).toContain('f."status" = $5::text');
    expect(a.text).toMatch(/ORDER BY f\.id\nLIMIT \$6 OFFSET \$7$/);
    const b = itemsStatement(sites, SOURCE, {
      envelopes: [{ minLon: 9, minLat: 9, maxLon: 9, maxLat: 9 }],
      equals: [{ name: 'status', value: 'works' }],
    }, { limit: 1, offset: 0 });
    expect(b.text).toBe(a.text);
  });

  it('a filter the registry does not mark as filterable never reaches SQL', () => {
    expect(() => countStatement(sites, SOURCE, { equals: [{ name: 'name_en', value: 'x' }] })).toThrow('has no filter "name_en"');
    expect(() => countStatement(sites, SOURCE, { equals: [{ name: 'status" OR 1=1 --', value: 'x' }] })).toThrow('has no filter');
  });

  it('two envelopes (antimeridian) are ORed; time bounds are added only when given', () => {
    const s = countStatement(restoration, SOURCE, {
      envelopes: [{ minLon: 170, minLat: 0, maxLon: 180, maxLat: 1 }, { minLon: -180, minLat: 0, maxLon: -170, maxLat: 1 }],
      interval: { from: '2024-01-01T00:00:00.000Z', to: null },
    });
    expect(s.text).toMatch(/\(ST_Intersects\(.+\) OR ST_Intersects\(.+\)\)/);
    expect(s.text).toContain('f.t_start IS NOT NULL');
    expect(s.text).toContain('(f.t_end IS NULL OR f.t_end >= $9::timestamptz)');
    expect(s.text).not.toContain('f.t_start <=');
    expect(() => countStatement(sites, SOURCE, { interval: { from: null, to: null } })).toThrow('has no time');
  });

  it('every property of every collection is selected as a quoted column, after id and geometry', () => {
    for (const c of COLLECTIONS) {
      const { text, values } = oneStatement(c, SOURCE, 'ID');
      expect(values).toEqual(['ID']);
      expect(text).toContain('f.id AS ogc_id, ST_AsGeoJSON(f.geom, 6)::json AS ogc_geometry');
      for (const p of c.properties) expect(text).toContain(`f."${p.name}"`);
    }
  });

  it('the extent asks for time only on temporal collections', () => {
    expect(extentStatement(restoration, SOURCE).text).toContain('min(f.t_start)');
    expect(extentStatement(sites, SOURCE).text).not.toContain('f.t_start');
  });
});
