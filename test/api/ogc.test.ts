import { describe, expect, it } from 'vitest';
import type { Collection, Collections, Conformance, LandingPage, Link, OgcFeature, OgcFeatureCollection } from '../../server/schemas/ogc.ts';
import { json, useApi } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';
import { expectProblem } from '../helpers/problems.ts';

const HOST = 'atlas.example:8080';
const ORIGIN = `http://${HOST}`;
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const link = (links: readonly Link[], rel: string, type?: string) =>
  links.find((l) => l.rel === rel && (type === undefined || l.type === type));

describe.each(testTargets())('on the $kind database', (target) => {
  const api = useApi(target);
  const get = (url: string, headers: Record<string, string> = {}) =>
    api.app.inject({ url, headers: { host: HOST, ...headers } });
  const items = async (url: string) => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(200);
    return json<OgcFeatureCollection>(res);
  };
  const ids = async (url: string) => (await items(url)).features.map((f) => f.id);

  describe('landing page, conformance and collections', () => {
    it('the landing page links to itself, the API definition, the conformance classes and the collections, absolutely', async () => {
      const res = await get('/ogc');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const doc = json<LandingPage>(res);
      expect(doc.title).toContain('OGC API');
      expect(link(doc.links, 'self')).toMatchObject({ href: `${ORIGIN}/ogc?f=json`, type: 'application/json' });
      expect(link(doc.links, 'alternate')).toMatchObject({ href: `${ORIGIN}/ogc?f=html`, type: 'text/html' });
      expect(link(doc.links, 'service-desc')?.href).toBe(`${ORIGIN}/docs/json`);
      expect(link(doc.links, 'service-desc')?.type).toMatch(/^application\/vnd\.oai\.openapi\+json;version=3\.\d$/);
      expect(link(doc.links, 'service-doc')).toMatchObject({ href: `${ORIGIN}/docs`, type: 'text/html' });
      expect(link(doc.links, 'conformance')?.href).toBe(`${ORIGIN}/ogc/conformance?f=json`);
      expect(link(doc.links, 'data')?.href).toBe(`${ORIGIN}/ogc/collections?f=json`);
      expect(json<LandingPage>(await get('/ogc/')).title).toBe(doc.title);
      // The service-desc link is honest about the document it points at.
      const openapi = json<{ openapi: string }>(await get('/docs/json')).openapi;
      expect(link(doc.links, 'service-desc')?.type).toBe(`application/vnd.oai.openapi+json;version=${openapi.split('.').slice(0, 2).join('.')}`);
    });

    it('conformance lists Core, GeoJSON and HTML, and OpenAPI 3.0 only when /docs/json is 3.0', async () => {
      const doc = json<Conformance>(await get('/ogc/conformance'));
      const base = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf';
      expect(doc.conformsTo).toEqual(expect.arrayContaining([`${base}/core`, `${base}/geojson`, `${base}/html`]));
      const openapi = json<{ openapi: string }>(await get('/docs/json')).openapi;
      expect(doc.conformsTo.includes(`${base}/oas30`)).toBe(openapi.startsWith('3.0'));
    });

    it('collections lists every layer with a CRS84 extent computed from the data, and time where it has time', async () => {
      const res = await get('/ogc/collections');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const doc = json<Collections>(res);
      expect(doc.collections.map((c) => c.id)).toEqual([
        'hazard_sites', 'hazard_zones', 'villages', 'producer_groups', 'restoration', 'regions', 'rayons',
      ]);
      const byId = new Map(doc.collections.map((c) => [c.id, c]));
      const sites = byId.get('hazard_sites')!;
      expect(sites.itemType).toBe('feature');
      expect(sites.crs).toEqual(['http://www.opengis.net/def/crs/OGC/1.3/CRS84']);
      expect(sites.extent.spatial?.bbox).toEqual([[72.7, 40.2, 73, 41.1]]);
      expect(sites.extent.temporal).toBeUndefined();
      expect(byId.get('hazard_zones')!.extent.spatial?.bbox).toEqual([[72.68, 40.19, 73.02, 41.115]]);
      expect(byId.get('restoration')!.extent.temporal).toEqual({
        interval: [['2024-04-01T00:00:00.000Z', '2025-10-31T23:59:59.999Z']],
        trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
      });
      // The fixture's rayons have no geometry: no spatial extent rather than a made-up one.
      expect(byId.get('rayons')!.extent.spatial).toBeUndefined();
      expect(link(sites.links, 'items', 'application/geo+json')?.href).toBe(`${ORIGIN}/ogc/collections/hazard_sites/items?f=json`);
      expect(link(sites.links, 'items', 'text/html')?.href).toBe(`${ORIGIN}/ogc/collections/hazard_sites/items?f=html`);
    });

    it('one collection answers with its own links; an unknown one is a 404 that lists the collections', async () => {
      const doc = json<Collection>(await get('/ogc/collections/villages'));
      expect(doc.id).toBe('villages');
      expect(link(doc.links, 'self')?.href).toBe(`${ORIGIN}/ogc/collections/villages?f=json`);
      expect(doc.extent.spatial?.bbox).toEqual([[72.705, 40.2, 78, 42.5]]);

      const problem = expectProblem(await get('/ogc/collections/sales_points'), 404);
      expect(problem.detail).toBe(
        'There is no collection "sales_points". The collections are: hazard_sites, hazard_zones, villages, ' +
          'producer_groups, restoration, regions, rayons (GET /ogc/collections).',
      );
    });

    it('a path under /ogc that is no route is a 404 problem, not the web app', async () => {
      const problem = expectProblem(await get('/ogc/collections/villages/items/KG-J-V01/extra', { accept: BROWSER_ACCEPT }), 404);
      expect(problem.detail).toContain('Start at /ogc');
    });
  });

  describe('items', () => {
    it('items are a GeoJSON FeatureCollection of flat properties, the code as id, with counts and a time stamp', async () => {
      const res = await get('/ogc/collections/hazard_sites/items');
      expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
      const doc = json<OgcFeatureCollection>(res);
      expect(doc.type).toBe('FeatureCollection');
      expect(doc.numberMatched).toBe(3);
      expect(doc.numberReturned).toBe(3);
      expect(Date.parse(doc.timeStamp)).toBeGreaterThan(Date.now() - 60_000);
      expect(doc.features.map((f) => f.id)).toEqual(['KG-J-S01', 'KG-J-S02', 'KG-O-S03']);
      const s01 = doc.features[0]!;
      expect(s01.geometry).toEqual({ type: 'Point', coordinates: [72.7, 41.1] });
      expect(s01.properties).toMatchObject({
        code: 'KG-J-S01', name_ru: 'Кокчокоз', name_en: 'Kökchököz', hazard_type: 'mudflow', status: 'design',
        rayon_name_en: 'Bazar-Korgon rayon', farmland_at_risk_ha: 420.5, households_at_risk: 310,
        is_sample: true, source_id: 'sample-programme',
      });
      expect(Object.values(s01.properties).every((v) => v === null || typeof v !== 'object')).toBe(true);
      expect(link(doc.links, 'self')?.href).toBe(`${ORIGIN}/ogc/collections/hazard_sites/items?f=json`);
      expect(link(doc.links, 'alternate')?.href).toBe(`${ORIGIN}/ogc/collections/hazard_sites/items?f=html`);
      expect(link(doc.links, 'next')).toBeUndefined();
      expect(link(doc.links, 'prev')).toBeUndefined();
    });

    it('every collection answers its items, polygons and points alike', async () => {
      const counts: Record<string, number> = {};
      for (const id of ['hazard_zones', 'villages', 'producer_groups', 'restoration', 'regions', 'rayons']) {
        counts[id] = (await items(`/ogc/collections/${id}/items`)).numberMatched;
      }
      expect(counts).toEqual({ hazard_zones: 3, villages: 5, producer_groups: 4, restoration: 2, regions: 9, rayons: 3 });
      const zone = (await items('/ogc/collections/hazard_zones/items?limit=1')).features[0]!;
      expect(zone.geometry?.type).toBe('MultiPolygon');
      expect(zone.properties.zone_area_ha).toBeGreaterThan(0);
      const group = (await items('/ogc/collections/producer_groups/items?limit=1')).features[0]!;
      expect(group.geometry).toEqual({ type: 'Point', coordinates: [72.705, 41.1] });
      expect(group.properties.village_name_ru).toBe('Кокчокоз');
      const ra = (await items('/ogc/collections/restoration/items')).features;
      expect(ra.map((f) => [f.id, f.properties.start_date, f.properties.end_date])).toEqual([
        ['RA-01', '2024-04-01', '2025-10-31'],
        ['RA-02', null, null],
      ]);
      const oshCity = json<OgcFeature>(await get('/ogc/collections/regions/items/KG-GO'));
      expect(oshCity.geometry?.type).toBe('Point');
    });

    it('pages follow next links to the end, carrying the filters, and numberMatched counts them all', async () => {
      const seen: string[] = [];
      let url: string | undefined = `${ORIGIN}/ogc/collections/villages/items?limit=2&oblast_code=KG-J`;
      let pages = 0;
      while (url) {
        const doc: OgcFeatureCollection = await items(url.replace(ORIGIN, ''));
        expect(doc.numberMatched).toBe(3);
        seen.push(...doc.features.map((f) => f.id));
        pages += 1;
        url = link(doc.links, 'next')?.href;
        if (url) expect(new URL(url).searchParams.get('oblast_code')).toBe('KG-J');
      }
      expect(pages).toBe(2);
      expect(seen).toEqual(['KG-J-V01', 'KG-J-V02', 'KG-J-V03']);

      const second = await items('/ogc/collections/villages/items?limit=2&offset=2');
      expect(second.features.map((f) => f.id)).toEqual(['KG-J-V03', 'KG-O-V04']);
      expect(link(second.links, 'next')?.href).toBe(`${ORIGIN}/ogc/collections/villages/items?limit=2&offset=4&f=json`);
      expect(link(second.links, 'prev')?.href).toBe(`${ORIGIN}/ogc/collections/villages/items?limit=2&offset=0&f=json`);

      const past = await items('/ogc/collections/villages/items?offset=50');
      expect(past).toMatchObject({ numberMatched: 5, numberReturned: 0, features: [] });
      expect(link(past.links, 'next')).toBeUndefined();
    });

    it('a limit above 10000 is clamped; a limit below 1 or a negative offset is a 400', async () => {
      const doc = await items('/ogc/collections/villages/items?limit=50000&offset=1');
      expect(doc.numberReturned).toBe(4);
      expect(new URL(link(doc.links, 'prev')!.href).searchParams.get('limit')).toBe('10000');
      expect(expectProblem(await get('/ogc/collections/villages/items?limit=0'), 400).detail).toBe(
        'Query parameter limit must be a whole number at least 1; received 0.',
      );
      expect(expectProblem(await get('/ogc/collections/villages/items?limit=ten'), 400).detail).toContain('limit must be a whole number');
      expect(expectProblem(await get('/ogc/collections/villages/items?offset=-1'), 400).detail).toContain('offset');
    });

    it('bbox keeps the features that intersect the box and leaves out the others', async () => {
      expect(await ids('/ogc/collections/hazard_sites/items?bbox=72.69,41.09,72.71,41.11')).toEqual(['KG-J-S01']);
      expect(await ids('/ogc/collections/hazard_sites/items?bbox=72.6,41.0,72.8,41.2')).toEqual(['KG-J-S01', 'KG-J-S02']);
      expect(await ids('/ogc/collections/hazard_sites/items?bbox=60,30,61,31')).toEqual([]);
      // The zone polygons reach further than their points: this box holds no site point but S02's zone.
      expect(await ids('/ogc/collections/hazard_sites/items?bbox=72.755,41.09,72.77,41.1')).toEqual([]);
      expect(await ids('/ogc/collections/hazard_zones/items?bbox=72.755,41.09,72.77,41.1')).toEqual(['KG-J-S02']);
      // The Jalal-Abad rectangle and nothing else contains this point's box.
      expect(await ids('/ogc/collections/regions/items?bbox=71,41.5,71.1,41.6')).toEqual(['KG-J']);
      // A box across the antimeridian is valid (and here empty).
      expect(await ids('/ogc/collections/villages/items?bbox=170,40,-170,45')).toEqual([]);
      const withBbox = await items('/ogc/collections/villages/items?bbox=72,40,74,42&limit=1');
      expect(withBbox.numberMatched).toBe(4);
      expect(new URL(link(withBbox.links, 'next')!.href).searchParams.get('bbox')).toBe('72,40,74,42');
    });

    it('a malformed bbox is a 400 that says the expected form and what was received', async () => {
      expect(expectProblem(await get('/ogc/collections/villages/items?bbox=1,2,3'), 400).detail).toBe(
        'Query parameter bbox must be four numbers minLon,minLat,maxLon,maxLat in degrees (WGS 84, CRS84), ' +
          'e.g. 72.5,40.9,73.2,41.3; received "1,2,3".',
      );
      expect(expectProblem(await get('/ogc/collections/villages/items?bbox=1,2,0,3,4,100'), 400).detail).toContain('six numbers (a 3D box)');
      expect(expectProblem(await get('/ogc/collections/villages/items?bbox=72,a,73,41'), 400).detail).toContain('received "72,a,73,41"');
      expect(expectProblem(await get('/ogc/collections/villages/items?bbox=72,40,190,41'), 400).detail).toContain('out of range');
      expect(expectProblem(await get('/ogc/collections/villages/items?bbox=72,42,73,41'), 400).detail).toContain('minLat 42 above maxLat 41');
    });

    it('datetime on restoration keeps the activities whose days meet the instant or interval', async () => {
      const at = (datetime: string) => ids(`/ogc/collections/restoration/items?datetime=${encodeURIComponent(datetime)}`);
      expect(await at('2024-06-01')).toEqual(['RA-01']);
      expect(await at('2024-04-01T00:00:00Z')).toEqual(['RA-01']);
      expect(await at('2024-03-31T23:59:59Z')).toEqual([]);
      expect(await at('2025-10-31T23:59:59.999Z')).toEqual(['RA-01']);
      expect(await at('2025-11-01T00:30:00+01:00')).toEqual(['RA-01']); // 2025-10-31T23:30Z
      expect(await at('2025-11-01T00:00:00Z')).toEqual([]);
      expect(await at('2023-01-01/2024-03-31')).toEqual([]);
      expect(await at('2023-01-01/2024-04-01')).toEqual(['RA-01']);
      expect(await at('../2024-04-01')).toEqual(['RA-01']);
      expect(await at('2025-10-31/..')).toEqual(['RA-01']);
      expect(await at('2025-11-01/..')).toEqual([]);
      // RA-02 has no dates: it never matches a time filter, even a fully open one.
      expect(await at('../..')).toEqual(['RA-01']);
    });

    it('a malformed datetime, a backwards interval or datetime on a layer without time is a 400', async () => {
      const bad = async (q: string) => expectProblem(await get(`/ogc/collections/restoration/items?datetime=${encodeURIComponent(q)}`), 400).detail;
      expect(await bad('yesterday')).toBe(
        'Query parameter datetime must be an RFC 3339 date-time or date (2024-05-01T00:00:00Z, 2024-05-01), or an ' +
          'interval start/end with ".." for an open end (2024-01-01/2024-12-31, 2024-06-01/.., ../2024-06-30); received "yesterday".',
      );
      expect(await bad('2024-02-30')).toContain('received "2024-02-30"');
      expect(await bad('2024-06-01T25:00:00Z')).toContain('RFC 3339');
      expect(await bad('2024-06-01T10:00:00')).toContain('RFC 3339'); // no time zone
      expect(await bad('2025-01-01/2024-01-01')).toContain('ends before it starts');
      expect(expectProblem(await get('/ogc/collections/villages/items?datetime=2024-01-01'), 400).detail).toBe(
        'Query parameter datetime does not apply to collection villages, whose features have no time; it works on: restoration.',
      );
    });

    it('property filters select by equality; a bad value or an unknown parameter is a 400 that lists the choices', async () => {
      expect(await ids('/ogc/collections/hazard_sites/items?status=works')).toEqual(['KG-J-S02']);
      expect(await ids('/ogc/collections/hazard_sites/items?hazard_type=mudflow&oblast_code=KG-J')).toEqual(['KG-J-S01', 'KG-J-S02']);
      expect(await ids('/ogc/collections/producer_groups/items?product_category=honey')).toEqual(['PG-02']);
      expect(await ids('/ogc/collections/restoration/items?site_code=KG-O-S03')).toEqual(['RA-02']);
      expect(expectProblem(await get('/ogc/collections/hazard_sites/items?hazard_type=lava'), 400).detail).toBe(
        'Query parameter hazard_type must be one of: mudflow, flood, landslide, avalanche, rockfall, glacial_lake_outburst; received "lava".',
      );
      expect(expectProblem(await get('/ogc/collections/villages/items?name_en=Ak-Bulak'), 400).detail).toBe(
        'Query parameter name_en is not recognised for collection villages; its items take f, bbox, limit, offset ' +
          'and the property filters oblast_code, rayon_code.',
      );
      expect(expectProblem(await get('/ogc/collections/hazard_sites/items?status=works&status=design'), 400).detail).toContain('given once');
      expect(expectProblem(await get('/ogc/collections/hazard_sites/items?f=xml'), 400).detail).toBe(
        'Query parameter f must be one of: json, html; received "xml".',
      );
    });

    it('one feature by its code, with links; a missing one is a 404 problem', async () => {
      const res = await get('/ogc/collections/villages/items/KG-J-V02');
      expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
      const feature = json<OgcFeature>(res);
      expect(feature).toMatchObject({ type: 'Feature', id: 'KG-J-V02', geometry: { type: 'Point', coordinates: [72.725, 41.1] } });
      expect(feature.properties.name_en).toBe("Qo'shteppa");
      expect(feature.properties.name_ky).toBe('Кош-Төбө');
      expect(link(feature.links ?? [], 'self')?.href).toBe(`${ORIGIN}/ogc/collections/villages/items/KG-J-V02?f=json`);
      expect(link(feature.links ?? [], 'collection')?.href).toBe(`${ORIGIN}/ogc/collections/villages?f=json`);

      expect(expectProblem(await get('/ogc/collections/villages/items/KG-J-V99'), 404).detail).toBe(
        'Collection villages has no feature "KG-J-V99". GET /ogc/collections/villages/items lists its features.',
      );
      expect(expectProblem(await get('/ogc/collections/nowhere/items/KG-J-V01'), 404).detail).toContain('There is no collection "nowhere"');
    });
  });

  describe('HTML', () => {
    it('a browser gets HTML pages; ?f= overrides the Accept header either way', async () => {
      for (const url of ['/ogc', '/ogc/conformance', '/ogc/collections', '/ogc/collections/restoration', '/ogc/collections/villages/items', '/ogc/collections/villages/items/KG-J-V01']) {
        const res = await get(url, { accept: BROWSER_ACCEPT });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
        expect(res.headers.vary).toContain('Accept');
        expect(res.headers.vary).toContain('Origin'); // CORS's Vary is kept, not replaced
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
        expect(res.body).toMatch(/^<!DOCTYPE html>/);
      }
      expect((await get('/ogc?f=json', { accept: BROWSER_ACCEPT })).headers['content-type']).toMatch(/^application\/json/);
      expect((await get('/ogc/collections?f=html')).headers['content-type']).toBe('text/html; charset=utf-8');
      expect((await get('/ogc', { accept: 'application/json' })).headers['content-type']).toMatch(/^application\/json/);
      expect((await get('/ogc', { accept: '*/*' })).headers['content-type']).toMatch(/^application\/json/);
    });

    it('pages link the collections, their items and the next page', async () => {
      const list = (await get('/ogc/collections?f=html')).body;
      expect(list).toContain(`<a href="${ORIGIN}/ogc/collections/hazard_sites?f=html">hazard_sites</a>`);
      const page = (await get('/ogc/collections/villages/items?f=html&limit=2')).body;
      expect(page).toContain('Features 1–2 of 5');
      expect(page).toContain(`<a href="${ORIGIN}/ogc/collections/villages/items/KG-J-V01?f=html">KG-J-V01</a>`);
      expect(page).toContain(`href="${ORIGIN}/ogc/collections/villages/items?f=html&amp;limit=2&amp;offset=2" rel="next"`);
      expect(page).toContain('<td lang="ru">Кокчокоз</td>');
      expect(page).toContain('Sample data');
      const collection = (await get('/ogc/collections/restoration?f=html')).body;
      expect(collection).toContain('2024-04-01T00:00:00.000Z / 2025-10-31T23:59:59.999Z');
      expect(collection).toContain('<code>?kind=</code>');
    });

    it('names with quotes, apostrophes and angle brackets are escaped, and small disaggregated counts show as <5', async () => {
      await api.db.pool.query(
        `INSERT INTO villages (code, name_ky, name_ru, name_en, oblast_code, population, households, geom, source_id, is_sample)
         VALUES ('KG-J-V98', $1, $2, $3, 'KG-J', 10, 3, ST_SetSRID(ST_MakePoint(72.6, 41.0), 4326), 'sample-programme', true)`,
        ['Айыл "<Тест>"', 'Село \'Тест\' & <b>', '<script>alert("x")</script>'],
      );
      try {
        const page = (await get('/ogc/collections/villages/items?f=html')).body;
        expect(page).not.toContain('<script>');
        expect(page).not.toContain('<b>');
        expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
        expect(page).toContain('Айыл &quot;&lt;Тест&gt;&quot;');
        expect(page).toContain('Село &#39;Тест&#39; &amp; &lt;b&gt;');
        const one = (await get('/ogc/collections/villages/items/KG-J-V98?f=html')).body;
        expect(one).not.toContain('<script>');
        expect(one).toContain('&lt;script&gt;');
        // JSON carries the names exactly.
        const feature = json<OgcFeature>(await get('/ogc/collections/villages/items/KG-J-V98'));
        expect(feature.properties.name_en).toBe('<script>alert("x")</script>');
        expect(feature.properties.name_ru).toBe("Село 'Тест' & <b>");
      } finally {
        await api.db.pool.query("DELETE FROM villages WHERE code = 'KG-J-V98'");
      }
      const group = (await get('/ogc/collections/producer_groups/items/PG-02?f=html')).body;
      expect(group).toMatch(/<th>members_women<\/th><td>&lt;5<\/td>/);
      expect(group).toMatch(/<th>members_total<\/th><td>8<\/td>/);
      const escapedId = await get('/ogc/collections/villages/items/%3Cb%3E?f=html');
      expectProblem(escapedId, 404);
    });

    it('a hostile Host header cannot break out of the page markup', async () => {
      const res = await api.app.inject({ url: '/ogc?f=html', headers: { host: 'x"><script>y' } });
      expect(res.body).not.toContain('<script>y');
    });
  });
});
