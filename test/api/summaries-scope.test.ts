// The scope filters (region, rayon, site, village, drawn area, hazard, status, category, channel, month range) on
// every chart summary and on the key figures, each compared with an independent computation on the seeded
// fixtures written here: ST_Covers and ST_Distance instead of the server's ST_Intersects and ST_DWithin, the area
// as WKT rather than GeoJSON, and no call to scope_villages/scope_sites or to server/sql.
// Fixture geography (test/fixtures): KG-J-V01 (72.705, 41.1) and V02 (72.725, 41.1) lie within 5 km of KG-J-S01
// and S02, V03 (72.8, 41.1) of S02 only; KG-O-V04 of KG-O-S03; KG-Y-V05 of none.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../server/schemas/api.ts';
import type {
  IndicatorsSummary,
  ParticipantsSummary,
  PeopleCount,
  RestorationSummary,
  SalesByVillage,
  SalesSummary,
} from '../../server/schemas/summaries.ts';
import { periodEnd, periodStart } from '../../server/lib/period.ts';
import { json, useApi, type ApiContext } from '../helpers/app.ts';
import { testTargets } from '../helpers/databases.ts';

/** V01 and V02 inside, S01's zone reaching in, S02's not. */
const AREA_WEST = '72.70,41.09;72.73,41.09;72.73,41.11;72.70,41.11';
/** V03 lies on its western edge: the edge counts as inside. */
const AREA_EDGE = '72.8,41.0;72.9,41.0;72.9,41.2;72.8,41.2';

type Query = Partial<Record<'region' | 'rayon' | 'site' | 'village' | 'area' | 'hazard' | 'status' | 'category' | 'channel' | 'from' | 'to', string>>;

const CASES: Query[] = [
  {},
  { region: 'KG-J' },
  { rayon: 'KG-J-SUZAK' },
  { site: 'KG-J-S01' },
  { village: 'KG-J-V02' },
  { village: 'KG-J-V03', from: '2024' },
  { area: AREA_WEST },
  { area: AREA_EDGE },
  { area: AREA_WEST, category: 'felt' },
  { hazard: 'mudflow', status: 'works' },
  { channel: 'fair' },
  { category: 'honey' },
  { from: '2024-06', to: '2024-12' },
  { region: 'KG-J', channel: 'bishkek_shop', from: '2024-01', to: '2024-06' },
  { rayon: 'KG-O-KARA-SUU', category: 'dairy', from: '2024-07', to: '2024-07' },
];

const qs = (q: Query, extra = ''): string => {
  const s = new URLSearchParams(q as Record<string, string>).toString();
  return `?${[s, extra].filter(Boolean).join('&')}`;
};
const wkt = (area: string): string => {
  const corners = area.split(';').map((p) => p.replace(',', ' '));
  return `POLYGON((${[...corners, corners[0]].join(', ')}))`;
};
const masked = (n: number): PeopleCount => (n > 0 && n < 5 ? '<5' : n);
const cents = (x: number) => Math.round(x * 100) / 100;

// The scope, written independently of migration 005: `near` pairs every village with every site it is exposed to.
const SCOPE = `
WITH f AS (
  SELECT $1::text AS region, $2::text AS rayon, $3::text AS site, $4::text AS village, $5::text AS area_wkt,
         $6::text AS hazard, $7::text AS status, $8::text AS category, $9::text AS channel,
         $10::date AS start, $11::date AS stop
), near AS (
  SELECT v.code AS village, s.code AS site
    FROM villages v CROSS JOIN hazard_sites s
   WHERE ST_Covers(s.zone, v.geom) OR ST_Distance(v.geom::geography, s.geom::geography) <= 5000
), vs AS (
  SELECT v.* FROM villages v, f
   WHERE (f.region IS NULL OR v.oblast_code = f.region) AND (f.rayon IS NULL OR v.rayon_code = f.rayon)
     AND (f.village IS NULL OR v.code = f.village)
     AND (f.area_wkt IS NULL OR ST_Covers(ST_GeomFromText(f.area_wkt, 4326), v.geom))
     AND ((f.site IS NULL AND f.hazard IS NULL AND f.status IS NULL) OR v.code IN (
           SELECT n.village FROM near n JOIN hazard_sites s ON s.code = n.site
            WHERE (f.site IS NULL OR s.code = f.site) AND (f.hazard IS NULL OR s.hazard_type = f.hazard)
              AND (f.status IS NULL OR s.status = f.status)))
), ss AS (
  SELECT s.* FROM hazard_sites s, f
   WHERE (f.region IS NULL OR s.oblast_code = f.region) AND (f.rayon IS NULL OR s.rayon_code = f.rayon)
     AND (f.site IS NULL OR s.code = f.site) AND (f.hazard IS NULL OR s.hazard_type = f.hazard)
     AND (f.status IS NULL OR s.status = f.status)
     AND (f.area_wkt IS NULL OR NOT ST_Disjoint(ST_GeomFromText(f.area_wkt, 4326), s.zone))
     AND (f.village IS NULL OR s.code IN (SELECT n.site FROM near n WHERE n.village = f.village))
), sold AS (
  SELECT sa.*, p.category, vs.code AS village_code, vs.oblast_code
    FROM sales sa JOIN products p ON p.code = sa.product_code JOIN producer_groups g ON g.code = p.group_code
    JOIN vs ON vs.code = g.village_code, f
   WHERE (f.category IS NULL OR p.category = f.category) AND (f.channel IS NULL OR sa.channel = f.channel)
     AND (f.start IS NULL OR sa.month >= f.start) AND (f.stop IS NULL OR sa.month < f.stop)
)`;

async function expected<T>(api: ApiContext, q: Query, tail: string): Promise<T[]> {
  const params = [
    q.region, q.rayon, q.site, q.village, q.area === undefined ? undefined : wkt(q.area), q.hazard, q.status,
    q.category, q.channel, q.from === undefined ? undefined : periodStart(q.from),
    q.to === undefined ? undefined : periodEnd(q.to),
  ].map((v) => v ?? null);
  return (await api.db.pool.query(`${SCOPE} ${tail}`, params)).rows as T[];
}

const get = async <T>(api: ApiContext, url: string): Promise<T> => {
  const res = await api.app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return json<T>(res);
};

describe.each(testTargets())('scope filters on the $kind database', (target) => {
  const api = useApi(target);
  // Fresh tables have no statistics: the planner then guesses hundreds of rows, prices the check queries' cross
  // join past jit_above_cost and spends seconds compiling them. Real statistics keep them at milliseconds.
  beforeAll(async () => {
    await api.db.pool.query('ANALYZE');
  });

  describe.each(CASES.map((q) => ({ q, name: qs(q) })))('$name', ({ q }) => {
    it('sales by channel, by year and channel, by month and channel, by region and by category match the data', async () => {
      type Row = { key: string; channel: string | null; sales_kgs: number };
      const groupings: [string, string, string][] = [
        ['channel', 'channel', 'channel'],
        ['year_channel', "to_char(month, 'YYYY')", 'channel'],
        ['month_channel', "to_char(month, 'YYYY-MM')", 'channel'],
        ['region', 'oblast_code', 'NULL'],
        ['category', 'category', 'NULL'],
      ];
      for (const [by, key, channel] of groupings) {
        const s = await get<SalesSummary>(api, `/api/summary/sales${qs(q, `by=${by}`)}`);
        const rows = await expected<Row>(api, q,
          `SELECT ${key} AS key, ${channel}::text AS channel, sum(revenue_kgs)::float8 AS sales_kgs FROM sold GROUP BY 1, 2`);
        const sort = (a: { key: string; channel: string | null }, b: { key: string; channel: string | null }) =>
          `${a.key}/${a.channel}`.localeCompare(`${b.key}/${b.channel}`);
        expect(s.rows.map((r) => ({ key: r.key, channel: r.channel, kgs: cents(r.salesKgs) })).sort(sort), by)
          .toEqual(rows.map((r) => ({ key: r.key, channel: r.channel, kgs: cents(r.sales_kgs) })).sort(sort));
        expect(s.filters).toMatchObject(q);
      }
    });

    it('sales in US$ convert each month at the latest rate on or before it', async () => {
      const s = await get<SalesSummary>(api, `/api/summary/sales${qs(q, 'by=month')}`);
      const [row] = await expected<{ kgs: number; usd: number | null }>(api, q, `
        SELECT coalesce(sum(revenue_kgs), 0)::float8 AS kgs, round(sum(revenue_kgs / r.kgs_per_usd), 2)::float8 AS usd
          FROM sold CROSS JOIN LATERAL (SELECT kgs_per_usd FROM fx_rates WHERE rate_date <= sold.month
                                         ORDER BY rate_date DESC LIMIT 1) r`);
      expect(cents(s.total.salesKgs)).toBe(cents(row!.kgs));
      if (row!.usd === null) expect(s.total.salesUsd).toBeNull();
      else expect(s.total.salesUsd!).toBeCloseTo(row!.usd, 1);
    });

    it('sales by village and channel match the data', async () => {
      const s = await get<SalesByVillage>(api, `/api/summary/sales-by-village${qs(q)}`);
      const rows = await expected<{ village: string; channel: string; kgs: number }>(api, q,
        'SELECT village_code AS village, channel, sum(revenue_kgs)::float8 AS kgs FROM sold GROUP BY 1, 2 ORDER BY 1, 2');
      expect(s.rows.map((r) => [r.village, r.channel, cents(r.salesKgs)])).toEqual(rows.map((r) => [r.village, r.channel, cents(r.kgs)]));
    });

    it('producers follow the villages (and category), trainings the villages and period', async () => {
      const p = await get<ParticipantsSummary>(api, `/api/summary/participants${qs(q)}`);
      const [g] = await expected<{ groups: number; total: number; women: number; youth: number }>(api, q, `
        SELECT count(*)::int AS groups, coalesce(sum(members_total), 0)::int AS total,
               coalesce(sum(members_women), 0)::int AS women, coalesce(sum(members_youth), 0)::int AS youth
          FROM producer_groups pg JOIN vs ON vs.code = pg.village_code, f
         WHERE f.category IS NULL OR pg.product_category = f.category`);
      expect(p.producers).toEqual({
        groups: g!.groups, total: masked(g!.total), women: masked(g!.women), men: masked(g!.total - g!.women),
        youth: masked(g!.youth), adult: masked(g!.total - g!.youth),
      });
      const [t] = await expected<{ sessions: number; total: number; women: number; youth: number }>(api, q, `
        SELECT count(*)::int AS sessions, coalesce(sum(t.participants), 0)::int AS total,
               coalesce(sum(t.women), 0)::int AS women, coalesce(sum(t.youth), 0)::int AS youth
          FROM trainings t JOIN vs ON vs.code = t.village_code, f
         WHERE (f.start IS NULL OR t.held_on >= f.start) AND (f.stop IS NULL OR t.held_on < f.stop)`);
      expect(p.trainingParticipants).toMatchObject({
        sessions: t!.sessions, total: masked(t!.total), women: masked(t!.women), men: masked(t!.total - t!.women),
        youth: masked(t!.youth), adult: masked(t!.total - t!.youth),
      });
    });

    it('restoration follows the sites in scope', async () => {
      const r = await get<RestorationSummary>(api, `/api/summary/restoration${qs(q)}`);
      const [e] = await expected<{ planned: number; done: number }>(api, q, `
        SELECT coalesce(sum(hectares_planned), 0)::float8 AS planned, coalesce(sum(hectares_done), 0)::float8 AS done
          FROM restoration_activities ra JOIN ss ON ss.code = ra.site_code`);
      expect(r.total).toMatchObject({ targetHa: e!.planned, doneHa: e!.done });
      expect(r.programmeTarget).toEqual({ year: 2029, hectares: e!.planned, basis: 'planned_sum' });
    });

    it('indicators keep the oblasts of the places in scope', async () => {
      const i = await get<IndicatorsSummary>(api, `/api/summary/indicators${qs(q)}`);
      const place = q.rayon ?? q.site ?? q.village ?? q.area ?? q.hazard ?? q.status;
      const regions = await expected<{ region: string | null }>(api, q, `
        SELECT DISTINCT iv.region_code AS region FROM indicator_values iv, f
         WHERE (f.region IS NULL OR iv.region_code = f.region)
           AND ($12::boolean OR iv.region_code IN (SELECT oblast_code FROM vs UNION SELECT oblast_code FROM ss))
           AND (f.start IS NULL OR iv.year >= extract(year FROM f.start))
           AND (f.stop IS NULL OR make_date(iv.year, 1, 1) < f.stop)`.replace('$12::boolean', place === undefined ? 'true' : 'false'));
      expect([...new Set(i.rows.map((r) => r.region))].sort()).toEqual(regions.map((r) => r.region).sort());
    });

    it('the key figures count the same sites, villages, producers and sales', async () => {
      const s = await get<Summary>(api, `/api/summary${qs(q)}`);
      const [e] = await expected<Record<string, number>>(api, q, `
        SELECT (SELECT count(*) FROM ss)::int AS sites,
               (SELECT coalesce(sum(participating_households), 0) FROM vs)::int AS households,
               (SELECT coalesce(sum(participants), 0) FROM vs)::int AS participants,
               (SELECT coalesce(sum(members_total), 0) FROM producer_groups pg JOIN vs ON vs.code = pg.village_code, f
                 WHERE f.category IS NULL OR pg.product_category = f.category)::int AS producers,
               (SELECT coalesce(sum(revenue_kgs), 0) FROM sold)::float8 AS sales,
               (SELECT coalesce(sum(hectares_done), 0) FROM restoration_activities ra JOIN ss ON ss.code = ra.site_code)::float8 AS done`);
      expect({
        sites: s.sites, households: s.households, participants: s.participants, producers: s.producers.total,
        sales: cents(s.salesKgs), done: s.restorationHa.done,
      }).toEqual({ ...e, sales: cents(e!.sales!) });
      expect(s.scope).toMatchObject(q);
    });

    it('each key figure names the sources of the rows it counts, whether any is sample data, and its data date', async () => {
      const s = await get<Summary>(api, `/api/summary${qs(q)}`);
      const rows = await expected<{ figure: string; source_ids: string[]; is_sample: boolean; data_date: string | null }>(api, q, `
        , counted AS (
          SELECT 'sites' AS figure, source_id, is_sample, NULL::date AS month FROM ss
          UNION ALL SELECT 'households', source_id, is_sample, NULL FROM vs
          UNION ALL SELECT 'participants', source_id, is_sample, NULL FROM vs
          UNION ALL SELECT 'producers', pg.source_id, pg.is_sample, NULL
                      FROM producer_groups pg JOIN vs ON vs.code = pg.village_code, f
                     WHERE f.category IS NULL OR pg.product_category = f.category
          UNION ALL SELECT 'sales', source_id, is_sample, month FROM sold
          UNION ALL SELECT 'sales', fx.source_id, fx.is_sample, NULL
                      FROM sold CROSS JOIN LATERAL (SELECT * FROM fx_rates WHERE rate_date <= sold.month
                                                    ORDER BY rate_date DESC LIMIT 1) fx
          UNION ALL SELECT 'restoration', ra.source_id, ra.is_sample, NULL
                      FROM restoration_activities ra JOIN ss ON ss.code = ra.site_code
        )
        SELECT c.figure, array_agg(DISTINCT c.source_id ORDER BY c.source_id) AS source_ids, bool_or(c.is_sample) AS is_sample,
               to_char(CASE WHEN c.figure = 'sales' THEN (date_trunc('month', max(c.month)) + interval '1 month - 1 day')::date
                            ELSE max(src.published) END, 'YYYY-MM-DD') AS data_date
          FROM counted c JOIN sources src ON src.id = c.source_id
         GROUP BY c.figure`);
      const figures = ['sites', 'households', 'participants', 'producers', 'sales', 'restoration'] as const;
      expect(s.provenance).toEqual(Object.fromEntries(figures.map((figure) => {
        const r = rows.find((x) => x.figure === figure);
        return [figure, r ? { sourceIds: r.source_ids, isSample: r.is_sample, dataDate: r.data_date } : { sourceIds: [], isSample: false, dataDate: null }];
      })));
      expect(s.isSample).toBe(figures.some((f) => s.provenance[f].isSample));
    });
  });
});
