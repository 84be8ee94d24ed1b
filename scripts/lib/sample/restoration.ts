// Restoration plots near the sample sites: green (plantations, pastures, riparian strips) and grey
// (check dams, gabions, bank protection) works, with Green Wage workdays and progress up to DATA_AS_OF.
import type { MultiPolygon } from 'geojson';
import { destination, round } from '../geo.ts';
import { createRng, seedFrom, type Rng } from '../prng.ts';
import type { HazardType, RestorationKind, RestorationRow } from './rows.ts';
import { DATA_AS_OF, SAMPLE_SOURCE, ymd } from './rows.ts';
import { allInside, areaHectares, blobPlot, stripPlot } from './shapes.ts';
import type { SiteContext } from './sites.ts';

const KIND_NAMES: Record<RestorationKind, { en: string; ru: string; ky: string }> = {
  forest_plantation: { en: 'Protective forest plantation', ru: 'Защитные лесонасаждения', ky: 'Коргоочу токой отургузуу' },
  pasture_restoration: { en: 'Pasture restoration', ru: 'Восстановление пастбищ', ky: 'Жайыттарды калыбына келтирүү' },
  bank_protection: { en: 'Bank protection', ru: 'Берегоукрепление', ky: 'Жээкти бекемдөө' },
  gabions: { en: 'Gabion walls', ru: 'Габионные стенки', ky: 'Габион дубалдары' },
  check_dam: { en: 'Check dam', ru: 'Селезадерживающая плотина', ky: 'Селди кармоочу тосмо' },
  riparian_planting: { en: 'Riparian planting', ru: 'Прибрежные насаждения', ky: 'Жээк бойлой дарак отургузуу' },
};

const KINDS_BY_HAZARD: Record<HazardType, readonly (readonly [RestorationKind, number])[]> = {
  mudflow: [['check_dam', 3], ['gabions', 2], ['forest_plantation', 3], ['riparian_planting', 1], ['bank_protection', 1]],
  flood: [['bank_protection', 3], ['riparian_planting', 2], ['gabions', 2]],
  landslide: [['forest_plantation', 3], ['pasture_restoration', 2]],
  avalanche: [['forest_plantation', 1]],
  rockfall: [['forest_plantation', 2], ['gabions', 1]],
  glacial_lake_outburst: [['check_dam', 1], ['bank_protection', 1]],
};

/** Hectares planned (range), unit cost in som per hectare, Green Wage workdays per hectare done. */
const KIND_PARAMS: Record<RestorationKind, { ha: [number, number]; costPerHa: number; workdaysPerHa: [number, number]; green: boolean }> = {
  forest_plantation: { ha: [20, 120], costPerHa: 220_000, workdaysPerHa: [25, 45], green: true },
  pasture_restoration: { ha: [60, 350], costPerHa: 35_000, workdaysPerHa: [4, 10], green: true },
  riparian_planting: { ha: [4, 25], costPerHa: 150_000, workdaysPerHa: [30, 50], green: true },
  bank_protection: { ha: [2, 12], costPerHa: 3_500_000, workdaysPerHa: [150, 260], green: false },
  gabions: { ha: [1, 4], costPerHa: 6_000_000, workdaysPerHa: [200, 320], green: false },
  check_dam: { ha: [0.5, 3], costPerHa: 12_000_000, workdaysPerHa: [250, 400], green: false },
};

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function plot(kind: RestorationKind, site: SiteContext, hectares: number, rng: Rng): MultiPolygon | null {
  const s = site.row.geom.coordinates;
  if (kind === 'forest_plantation' || kind === 'pasture_restoration' || kind === 'check_dam') {
    const dist = kind === 'check_dam' ? rng.float(0, 0.3) * site.zoneLengthM : rng.float(600, 3000);
    const bearing = kind === 'check_dam' ? site.downstream : rng.float(0, 360);
    return blobPlot(destination(s, dist, bearing), hectares, rng);
  }
  const width = kind === 'gabions' ? rng.float(20, 40) : kind === 'bank_protection' ? rng.float(40, 80) : rng.float(60, 120);
  const along = rng.float(0.4, 0.8) * site.zoneLengthM;
  return stripPlot(destination(s, along, site.downstream), site.downstream, hectares, width, rng);
}

export function buildRestoration(sites: readonly SiteContext[], oblastGeom: (code: string) => MultiPolygon): RestorationRow[] {
  const rng = createRng(seedFrom('restoration_activities'));
  const asOf = dayNumber(DATA_AS_OF);
  const rows: RestorationRow[] = [];
  for (const site of sites) {
    if (site.row.status === 'identified') continue;
    const kinds: RestorationKind[] = [];
    const want = rng.int(1, 3);
    for (let guard = 0; kinds.length < want && guard < 20; guard++) {
      const k = rng.weighted(KINDS_BY_HAZARD[site.row.hazard_type]);
      if (!kinds.includes(k)) kinds.push(k);
    }
    for (const kind of kinds) {
      const p = KIND_PARAMS[kind];
      let geom: MultiPolygon | null = null;
      for (let attempt = 0; attempt < 50 && !geom; attempt++) {
        const g = plot(kind, site, rng.float(p.ha[0], p.ha[1]), rng);
        if (g && allInside(g, oblastGeom(site.row.oblast_code))) geom = g;
      }
      if (!geom) throw new Error(`could not place a ${kind} plot near ${site.row.code}`);
      const planned = round(areaHectares(geom), 2);
      // Planting starts in spring or autumn 2025–26; grey works follow the site's design stage.
      let start: string;
      if (p.green) start = ymd(rng.pick([2025, 2025, 2026]), rng.pick([3, 4, 10]), 1);
      else if (site.row.status === 'works') start = ymd(2026, rng.int(4, 6), 1);
      else if (site.row.status === 'design') start = ymd(2027, rng.int(3, 6), 1);
      else start = ymd(rng.pick([2027, 2028]), rng.int(3, 6), 1);
      const startYear = Number(start.slice(0, 4));
      const end = ymd(Math.min(2029, startYear + rng.int(1, 3)), rng.int(9, 12), rng.pick([15, 30]));
      const elapsed = (asOf - dayNumber(start)) / (dayNumber(end) - dayNumber(start));
      const done = elapsed <= 0 ? 0 : round(planned * Math.min(0.95, elapsed * rng.float(0.6, 1)), 2);
      const names = KIND_NAMES[kind];
      const place = site.anchor.properties;
      rows.push({
        code: `KG-RA-${String(rows.length + 1).padStart(4, '0')}`,
        site_code: site.row.code,
        kind,
        name_ky: `${names.ky} — ${place.name_ky ?? place.name_en}`,
        name_ru: `${names.ru} — ${place.name_ru ?? place.name_en}`,
        name_en: `${names.en} — ${place.name_en}`,
        geom,
        hectares_planned: planned,
        hectares_done: done,
        green_wage_workdays: Math.round(done * rng.float(p.workdaysPerHa[0], p.workdaysPerHa[1])),
        start_date: start,
        end_date: end,
        cost_kgs: Math.round((planned * p.costPerHa) / 1000) * 1000,
        source_id: SAMPLE_SOURCE,
        is_sample: true,
      });
    }
  }
  return rows;
}

/** Hectares done by the end of `year`, assuming steady progress from start to DATA_AS_OF. */
export function hectaresDoneBy(row: RestorationRow, year: number): number {
  if (!row.start_date || row.hectares_done === 0) return 0;
  const start = dayNumber(row.start_date);
  const asOf = dayNumber(DATA_AS_OF);
  const at = Math.min(asOf, dayNumber(ymd(year, 12, 31)));
  if (at <= start) return 0;
  return (row.hectares_done * (at - start)) / (asOf - start);
}
