// The 21 sample hazard sites: the two the press has named (Kökchököz in Bazar-Korgon rayon, one in
// Suzak rayon) and plausible others in mudflow-prone rayons of the four target oblasts, each placed
// 2–8 km upslope of a real GeoNames place with a hazard zone running down towards it.
import type { MultiPolygon, Point, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { apportion } from '../apportion.ts';
import type { TownFeature } from '../base-types.ts';
import { destination, distanceM, round } from '../geo.ts';
import { createRng, seedFrom } from '../prng.ts';
import type { HazardSiteRow, HazardType, RiskLevel, SiteStatus } from './rows.ts';
import { SAMPLE_SOURCE } from './rows.ts';
import { allInside, channelZone } from './shapes.ts';

interface SiteSpec {
  oblast: 'KG-J' | 'KG-O' | 'KG-Y' | 'KG-N';
  rayon: string;
  /** GeoNames id of the place the site threatens. */
  anchor: number;
  hazard: HazardType;
  status: SiteStatus;
  /** Rough direction of the slope above the place (degrees), to put the site in the hills, not the plain. */
  upslope: number;
  name?: { en: string; ru: string; ky: string };
}

export const SITE_SPECS: readonly SiteSpec[] = [
  { oblast: 'KG-J', rayon: 'KG-J-BAZAR-KORGON', anchor: 1528717, hazard: 'mudflow', status: 'design', upslope: 40, name: { en: 'Kökchököz', ru: 'Кокчокоз', ky: 'Көкчөкөз' } },
  { oblast: 'KG-J', rayon: 'KG-J-SUZAK', anchor: 1527317, hazard: 'mudflow', status: 'design', upslope: 130 },
  { oblast: 'KG-J', rayon: 'KG-J-NOOKEN', anchor: 1527689, hazard: 'mudflow', status: 'works', upslope: 10 },
  { oblast: 'KG-J', rayon: 'KG-J-NOOKEN', anchor: 1527903, hazard: 'flood', status: 'feasibility_study', upslope: 350 },
  { oblast: 'KG-J', rayon: 'KG-J-AKSY', anchor: 1528052, hazard: 'mudflow', status: 'feasibility_study', upslope: 340 },
  { oblast: 'KG-J', rayon: 'KG-J-ALA-BUKA', anchor: 1528875, hazard: 'mudflow', status: 'design', upslope: 320 },
  { oblast: 'KG-J', rayon: 'KG-J-TOKTOGUL', anchor: 1538648, hazard: 'landslide', status: 'feasibility_study', upslope: 20 },
  { oblast: 'KG-J', rayon: 'KG-J-TOGUZ-TORO', anchor: 1528005, hazard: 'flood', status: 'identified', upslope: 180 },
  { oblast: 'KG-J', rayon: 'KG-J-CHATKAL', anchor: 1528190, hazard: 'avalanche', status: 'identified', upslope: 0 },
  { oblast: 'KG-O', rayon: 'KG-O-UZGEN', anchor: 1527513, hazard: 'mudflow', status: 'design', upslope: 80 },
  { oblast: 'KG-O', rayon: 'KG-O-KARA-SUU', anchor: 1528091, hazard: 'flood', status: 'feasibility_study', upslope: 100 },
  { oblast: 'KG-O', rayon: 'KG-O-ARAVAN', anchor: 1528831, hazard: 'mudflow', status: 'feasibility_study', upslope: 200 },
  { oblast: 'KG-O', rayon: 'KG-O-NOOKAT', anchor: 1528339, hazard: 'landslide', status: 'design', upslope: 180 },
  { oblast: 'KG-O', rayon: 'KG-O-KARA-KULJA', anchor: 8145969, hazard: 'landslide', status: 'feasibility_study', upslope: 100 },
  { oblast: 'KG-O', rayon: 'KG-O-ALAY', anchor: 1528320, hazard: 'mudflow', status: 'design', upslope: 250 },
  { oblast: 'KG-O', rayon: 'KG-O-CHONG-ALAY', anchor: 1222683, hazard: 'glacial_lake_outburst', status: 'identified', upslope: 170 },
  { oblast: 'KG-Y', rayon: 'KG-Y-AK-SUU', anchor: 1527232, hazard: 'mudflow', status: 'design', upslope: 160 },
  { oblast: 'KG-Y', rayon: 'KG-Y-JETI-OGUZ', anchor: 1527497, hazard: 'mudflow', status: 'feasibility_study', upslope: 180 },
  { oblast: 'KG-Y', rayon: 'KG-Y-TONG', anchor: 1528666, hazard: 'rockfall', status: 'feasibility_study', upslope: 190 },
  { oblast: 'KG-N', rayon: 'KG-N-AT-BASHY', anchor: 1528796, hazard: 'mudflow', status: 'feasibility_study', upslope: 190 },
  { oblast: 'KG-N', rayon: 'KG-N-KOCHKOR', anchor: 1527902, hazard: 'flood', status: 'design', upslope: 10 },
];

/** Sums the press gives for the 21 sites (October 2025): more than 4,000 households and 5,500 ha. */
export const HOUSEHOLDS_AT_RISK_TOTAL = 4286;
export const FARMLAND_AT_RISK_TENTHS_HA = 57_425; // 5,742.5 ha

const HAZARD_NAMES: Record<HazardType, { en: string; ru: string; ky: string }> = {
  mudflow: { en: 'Mudflow channel', ru: 'Селевое русло', ky: 'Сел нугу' },
  flood: { en: 'Flood-prone riverbank', ru: 'Паводкоопасный берег', ky: 'Суу ташкыны коркунучу бар жээк' },
  landslide: { en: 'Landslide slope', ru: 'Оползневой склон', ky: 'Жер көчкү капталы' },
  avalanche: { en: 'Avalanche path', ru: 'Лавиноопасный участок', ky: 'Кар көчкү жолу' },
  rockfall: { en: 'Rockfall slope', ru: 'Камнепадный склон', ky: 'Таш кулоо капталы' },
  glacial_lake_outburst: { en: 'Glacial lake outburst path', ru: 'Прорывоопасное горное озеро', ky: 'Жарылуу коркунучу бар тоо көлү' },
};

export interface SiteContext {
  row: HazardSiteRow;
  anchor: TownFeature;
  /** Direction from the site down towards its anchor place. */
  downstream: number;
  zoneLengthM: number;
}

export function buildSites(
  towns: readonly TownFeature[],
  oblastGeom: (code: string) => MultiPolygon,
): SiteContext[] {
  const rng = createRng(seedFrom('hazard_sites'));
  const perOblast = new Map<string, number>();
  const contexts = SITE_SPECS.map((spec): SiteContext => {
    const anchor = towns.find((t) => t.properties.geonames_id === spec.anchor);
    if (!anchor) throw new Error(`site anchor GeoNames ${spec.anchor} is not in towns.geojson`);
    const n = (perOblast.get(spec.oblast) ?? 0) + 1;
    perOblast.set(spec.oblast, n);
    const code = `${spec.oblast}-${String(n).padStart(2, '0')}`;
    const within = oblastGeom(spec.oblast);
    for (let attempt = 0; attempt < 200; attempt++) {
      const bearingFromTown = spec.upslope + rng.float(-60, 60);
      const dist = rng.float(2000, 8000);
      const site = destination(anchor.geometry.coordinates, dist, bearingFromTown);
      const downstream = (bearingFromTown + 180) % 360;
      const length = Math.max(1000, Math.min(rng.float(1000, 6000), dist * rng.float(0.6, 1.3)));
      const zone = channelZone(site, downstream, length, rng);
      const point: Point = { type: 'Point', coordinates: [round(site[0] as number), round(site[1] as number)] };
      if (!zone || !booleanPointInPolygon(point, within) || !allInside(zone, within)) continue;
      const place = anchor.properties;
      const names = spec.name ?? {
        en: `${HAZARD_NAMES[spec.hazard].en} — ${place.name_en}`,
        ru: `${HAZARD_NAMES[spec.hazard].ru} — ${place.name_ru ?? place.name_en}`,
        ky: `${HAZARD_NAMES[spec.hazard].ky} — ${place.name_ky ?? place.name_en}`,
      };
      const risk: RiskLevel = spec.name ? 'very_high' : rng.weighted([['medium', 2], ['high', 5], ['very_high', 3]] as const);
      return {
        row: {
          code,
          name_ky: names.ky,
          name_ru: names.ru,
          name_en: names.en,
          hazard_type: spec.hazard,
          risk_level: risk,
          status: spec.status,
          oblast_code: spec.oblast,
          rayon_code: spec.rayon,
          households_at_risk: 0,
          farmland_at_risk_ha: 0,
          geom: point,
          zone,
          source_id: SAMPLE_SOURCE,
          is_sample: true,
        },
        anchor,
        downstream,
        zoneLengthM: length,
      };
    }
    throw new Error(`could not place site ${code} near ${anchor.properties.name_en} inside ${spec.oblast}`);
  });

  // Bigger places and riskier sites expose more; the totals match the press figures exactly.
  const riskWeight: Record<RiskLevel, number> = { low: 0.5, medium: 0.8, high: 1, very_high: 1.3 };
  const hh = apportion(
    HOUSEHOLDS_AT_RISK_TOTAL,
    contexts.map((c) => riskWeight[c.row.risk_level] * Math.sqrt(Math.max(c.anchor.properties.population, 3000)) * rng.float(0.7, 1.3)),
  );
  const land = apportion(FARMLAND_AT_RISK_TENTHS_HA, contexts.map(() => rng.float(0.5, 1.5)));
  contexts.forEach((c, i) => {
    c.row.households_at_risk = hh[i] as number;
    c.row.farmland_at_risk_ha = (land[i] as number) / 10;
  });
  return contexts;
}

export function nearestTowns(p: Position, towns: readonly TownFeature[]): { town: TownFeature; d: number }[] {
  return towns
    .map((town) => ({ town, d: distanceM(p, town.geometry.coordinates) }))
    .sort((a, b) => a.d - b.d || a.town.properties.geonames_id - b.town.properties.geonames_id);
}
