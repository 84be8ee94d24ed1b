// A World Bank ISR-style results framework: for each indicator, national and per target oblast, years
// 2024–2029: baseline (the 2024 value), the year's target (milestone; 2029 = end target) and actuals for
// 2024 and 2025. Regional rows are computed first and the national row is their sum, so additive
// indicators always add up; the percent indicator's national value is computed from the totals.
import { apportion } from '../apportion.ts';
import { round } from '../geo.ts';
import type { IndicatorRow, IndicatorUnit, IndicatorValueRow, ProducerGroupRow, RestorationRow, SaleRow, TrainingRow, VillageRow, ProductRow } from './rows.ts';
import { OBLAST_ORDER, SAMPLE_SOURCE } from './rows.ts';
import { hectaresDoneBy } from './restoration.ts';
import type { SiteContext } from './sites.ts';

type Region = (typeof OBLAST_ORDER)[number];
const YEARS = [2024, 2025, 2026, 2027, 2028, 2029] as const;
const ACTUAL_YEARS = new Set([2024, 2025]);

const DEFS: readonly { code: string; unit: IndicatorUnit; en: string; ru: string; ky: string }[] = [
  { code: 'PDO-1', unit: 'people', en: 'Direct project beneficiaries', ru: 'Прямые бенефициары проекта', ky: 'Долбоордун түз пайда алуучулары' },
  { code: 'PDO-2', unit: 'households', en: 'Households protected by completed mudflow and flood works', ru: 'Домохозяйства, защищённые завершёнными противоселевыми и противопаводковыми сооружениями', ky: 'Аяктаган селге жана суу ташкынына каршы курулмалар менен корголгон үй чарбалары' },
  { code: 'PDO-3', unit: 'hectares', en: 'Farmland protected from mudflows and floods', ru: 'Сельхозугодья, защищённые от селей и паводков', ky: 'Сел жана суу ташкынынан корголгон айыл чарба жерлери' },
  { code: 'IR-1', unit: 'hectares', en: 'Area under landscape restoration', ru: 'Площадь восстановления ландшафтов', ky: 'Ландшафтты калыбына келтирүү аянты' },
  { code: 'IR-2', unit: 'households', en: 'OVOP+1 participating households', ru: 'Домохозяйства — участники OVOP+1', ky: 'OVOP+1 катышуучу үй чарбалары' },
  { code: 'IR-3', unit: 'people', en: 'OVOP+1 participants', ru: 'Участники OVOP+1', ky: 'OVOP+1 катышуучулары' },
  { code: 'IR-4', unit: 'kgs', en: 'OVOP+1 product sales', ru: 'Продажи продукции OVOP+1', ky: 'OVOP+1 продукциясын сатуу' },
  { code: 'IR-5', unit: 'percent', en: 'Women among OVOP+1 participants', ru: 'Доля женщин среди участников OVOP+1', ky: 'OVOP+1 катышуучуларынын арасындагы аялдардын үлүшү' },
  { code: 'IR-6', unit: 'sites', en: 'Hazard sites with completed designs', ru: 'Опасные участки с завершённым проектированием', ky: 'Долбоорлоосу аяктаган коркунучтуу участоктор' },
];

export function buildIndicators(): IndicatorRow[] {
  return DEFS.map((d) => ({ code: d.code, name_ky: d.ky, name_ru: d.ru, name_en: d.en, unit: d.unit, higher_is_better: true, source_id: SAMPLE_SOURCE, is_sample: true }));
}

/** Per-region series of one indicator (and one sex / age group). */
interface Series {
  baseline: Record<Region, number>;
  target: Record<number, Record<Region, number>>;
  actual: Record<number, Record<Region, number>>;
}

const byRegion = (f: (r: Region) => number): Record<Region, number> =>
  Object.fromEntries(OBLAST_ORDER.map((r) => [r, f(r)])) as Record<Region, number>;

/** Splits a national whole number across regions in proportion to weights (exact sum). */
function split(total: number, weights: Record<Region, number>): Record<Region, number> {
  const parts = apportion(Math.round(total), OBLAST_ORDER.map((r) => weights[r]));
  return byRegion((r) => parts[OBLAST_ORDER.indexOf(r)] as number);
}

function milestones(endTarget: number, fractions: Record<number, number>, weights: Record<Region, number>): Record<number, Record<Region, number>> {
  return Object.fromEntries(YEARS.map((y) => [y, split(endTarget * (fractions[y] ?? 0), weights)]));
}

const CUMULATIVE = { 2024: 0, 2025: 0.1, 2026: 0.3, 2027: 0.55, 2028: 0.8, 2029: 1 };
const WORKS = { 2024: 0, 2025: 0, 2026: 0, 2027: 0.2, 2028: 0.6, 2029: 1 };
const sum = (xs: Iterable<number>): number => [...xs].reduce((s, x) => s + x, 0);

export interface IndicatorInputs {
  sites: readonly SiteContext[];
  villages: readonly VillageRow[];
  groups: readonly ProducerGroupRow[];
  products: readonly ProductRow[];
  sales: readonly SaleRow[];
  trainings: readonly TrainingRow[];
  restoration: readonly RestorationRow[];
}

export function buildIndicatorValues(input: IndicatorInputs): IndicatorValueRow[] {
  const villageOblast = new Map(input.villages.map((v) => [v.code, v.oblast_code as Region]));
  const groupOblast = new Map(input.groups.map((g) => [g.code, villageOblast.get(g.village_code) as Region]));
  const productOblast = new Map(input.products.map((p) => [p.code, groupOblast.get(p.group_code) as Region]));
  const siteOblast = new Map(input.sites.map((s) => [s.row.code, s.row.oblast_code as Region]));
  const inRegion = <T>(rows: readonly T[], oblastOf: (row: T) => Region | undefined, r: Region): T[] => rows.filter((x) => oblastOf(x) === r);

  const villagesIn = (r: Region) => inRegion(input.villages, (v) => v.oblast_code as Region, r);
  const groupsIn = (r: Region) => inRegion(input.groups, (g) => groupOblast.get(g.code), r);
  const trainingsIn = (r: Region, upTo: number) => inRegion(input.trainings, (t) => villageOblast.get(t.village_code), r).filter((t) => Number(t.held_on.slice(0, 4)) <= upTo);
  const sitesIn = (r: Region) => input.sites.filter((s) => s.row.oblast_code === r);
  const salesIn = (r: Region, year: number) => sum(input.sales.filter((s) => productOblast.get(s.product_code) === r && s.month.startsWith(`${year}-`)).map((s) => s.revenue_kgs));

  const zero = byRegion(() => 0);
  const series = new Map<string, Series>();
  const add = (key: string, s: Series) => series.set(key, s);

  const popWeight = byRegion((r) => sum(villagesIn(r).map((v) => v.population)));
  const beneficiaries = (r: Region, year: number, pick: 'all' | 'women' | 'youth'): number => {
    const g = groupsIn(r);
    const t = trainingsIn(r, year);
    const members = sum(g.map((x) => (pick === 'all' ? x.members_total : pick === 'women' ? x.members_women : x.members_youth)));
    const trained = sum(t.map((x) => (pick === 'all' ? x.participants : pick === 'women' ? x.women : x.youth)));
    return Math.round((year === 2024 ? 0.8 : 1) * members) + trained;
  };
  add('PDO-1|all|all', { baseline: zero, target: milestones(52_000, CUMULATIVE, popWeight), actual: { 2024: byRegion((r) => beneficiaries(r, 2024, 'all')), 2025: byRegion((r) => beneficiaries(r, 2025, 'all')) } });
  add('PDO-1|women|all', { baseline: zero, target: milestones(26_000, CUMULATIVE, popWeight), actual: { 2024: byRegion((r) => beneficiaries(r, 2024, 'women')), 2025: byRegion((r) => beneficiaries(r, 2025, 'women')) } });
  add('PDO-1|all|youth', { baseline: zero, target: milestones(15_600, CUMULATIVE, popWeight), actual: { 2024: byRegion((r) => beneficiaries(r, 2024, 'youth')), 2025: byRegion((r) => beneficiaries(r, 2025, 'youth')) } });

  const hhWeight = byRegion((r) => sum(sitesIn(r).map((s) => s.row.households_at_risk)));
  add('PDO-2|all|all', { baseline: zero, target: milestones(4_000, WORKS, hhWeight), actual: { 2024: zero, 2025: zero } });
  const landWeight = byRegion((r) => sum(sitesIn(r).map((s) => s.row.farmland_at_risk_ha)));
  add('PDO-3|all|all', { baseline: zero, target: milestones(5_500, WORKS, landWeight), actual: { 2024: zero, 2025: zero } });

  const plannedHa = byRegion((r) => sum(input.restoration.filter((a) => siteOblast.get(a.site_code) === r).map((a) => a.hectares_planned)));
  const doneBy = (r: Region, y: number) => round(sum(input.restoration.filter((a) => siteOblast.get(a.site_code) === r).map((a) => hectaresDoneBy(a, y))), 2);
  add('IR-1|all|all', { baseline: zero, target: milestones(Math.round(sum(Object.values(plannedHa))), CUMULATIVE, plannedHa), actual: { 2024: byRegion((r) => doneBy(r, 2024)), 2025: byRegion((r) => doneBy(r, 2025)) } });

  const ph = byRegion((r) => sum(villagesIn(r).map((v) => v.participating_households)));
  const ph2024 = split(Math.round(sum(Object.values(ph)) * 0.8), ph);
  add('IR-2|all|all', { baseline: ph2024, target: milestones(1_000, { 2024: 0.64, 2025: 0.8, 2026: 0.85, 2027: 0.9, 2028: 0.95, 2029: 1 }, ph), actual: { 2024: ph2024, 2025: ph } });

  const members = (r: Region, pick: 'members_total' | 'members_women' | 'members_youth') => sum(groupsIn(r).map((g) => g[pick]));
  const people = byRegion((r) => members(r, 'members_total'));
  const people2024 = split(Math.round(sum(Object.values(people)) * 0.8), people);
  const ms = { 2024: 0.72, 2025: 0.8, 2026: 0.85, 2027: 0.9, 2028: 0.95, 2029: 1 };
  add('IR-3|all|all', { baseline: people2024, target: milestones(1_150, ms, people), actual: { 2024: people2024, 2025: people } });
  const women = byRegion((r) => members(r, 'members_women'));
  const women2024 = split(Math.round(sum(Object.values(women)) * 0.8), women);
  add('IR-3|women|all', { baseline: women2024, target: milestones(700, ms, women), actual: { 2024: women2024, 2025: women } });
  const youth = byRegion((r) => members(r, 'members_youth'));
  const youth2024 = split(Math.round(sum(Object.values(youth)) * 0.8), youth);
  add('IR-3|all|youth', { baseline: youth2024, target: milestones(350, ms, youth), actual: { 2024: youth2024, 2025: youth } });

  const sales2024 = byRegion((r) => salesIn(r, 2024));
  const sales2025 = byRegion((r) => salesIn(r, 2025));
  const total2024 = sum(Object.values(sales2024));
  add('IR-4|all|all', {
    baseline: sales2024,
    target: milestones(total2024 * 1.5, { 2024: 1 / 1.5, 2025: 1.1 / 1.5, 2026: 1.2 / 1.5, 2027: 1.3 / 1.5, 2028: 1.4 / 1.5, 2029: 1 }, sales2024),
    actual: { 2024: sales2024, 2025: sales2025 },
  });

  const sitesCount = byRegion((r) => sitesIn(r).length);
  add('IR-6|all|all', { baseline: zero, target: milestones(21, { 2024: 0, 2025: 0, 2026: 10 / 21, 2027: 1, 2028: 1, 2029: 1 }, sitesCount), actual: { 2024: zero, 2025: zero } });

  const rows: IndicatorValueRow[] = [];
  const push = (code: string, region: string | null, year: number, sex: 'all' | 'women', age: 'all' | 'youth', baseline: number, target: number, actual: number | null) =>
    rows.push({ indicator_code: code, region_code: region, year, sex, age_group: age, baseline: round(baseline, 2), target: round(target, 2), actual: actual === null ? null : round(actual, 2), source_id: SAMPLE_SOURCE, is_sample: true });

  for (const def of DEFS) {
    if (def.code === 'IR-5') {
      // Not additive: each region's share, and the national share from the totals.
      const pct = (w: number, t: number) => (t === 0 ? 0 : round((100 * w) / t, 2));
      const regions: (Region | null)[] = [null, ...OBLAST_ORDER];
      for (const region of regions) {
        const w25 = region ? women[region] : sum(Object.values(women));
        const t25 = region ? people[region] : sum(Object.values(people));
        const w24 = region ? women2024[region] : sum(Object.values(women2024));
        const t24 = region ? people2024[region] : sum(Object.values(people2024));
        for (const y of YEARS) push('IR-5', region, y, 'all', 'all', pct(w24, t24), 60, y === 2024 ? pct(w24, t24) : y === 2025 ? pct(w25, t25) : null);
      }
      continue;
    }
    for (const [key, s] of series) {
      const [code, sex, age] = key.split('|') as [string, 'all' | 'women', 'all' | 'youth'];
      if (code !== def.code) continue;
      for (const y of YEARS) {
        const target = s.target[y] as Record<Region, number>;
        const actual = ACTUAL_YEARS.has(y) ? (s.actual[y] as Record<Region, number>) : null;
        push(code, null, y, sex, age, sum(Object.values(s.baseline)), sum(Object.values(target)), actual ? sum(Object.values(actual)) : null);
        for (const r of OBLAST_ORDER) push(code, r, y, sex, age, s.baseline[r], target[r], actual ? actual[r] : null);
      }
    }
  }
  return rows;
}
