// Villages near the sample sites: real GeoNames places (names, coordinates, geonames_id) with sample
// population where GeoNames has none, and sample OVOP+1 participation adding up to the published
// "more than 800 families". A place near two sites is one village row (households never counted twice).
import type { Point } from 'geojson';
import { apportion } from '../apportion.ts';
import type { AdminUnitFeature, TownFeature } from '../base-types.ts';
import { distanceM } from '../geo.ts';
import { createRng, seedFrom } from '../prng.ts';
import type { VillageRow } from './rows.ts';
import { OBLAST_ORDER, SAMPLE_SOURCE } from './rows.ts';
import { nearestTowns, type SiteContext } from './sites.ts';

export const PARTICIPATING_HOUSEHOLDS_TOTAL = 812;
const NEAR_M = 15_000;
/** cities500 holds few Kyrgyz villages, so a site with fewer than two places within 15 km takes the nearest up to this far. */
const FALLBACK_M = 35_000;
const MIN_PER_SITE = 2;
const MAX_PER_SITE = 6;

/** Oblast capitals and big towns are not villages. */
export function isVillageCandidate(t: TownFeature): boolean {
  const p = t.properties;
  return (
    p.oblast_code !== null &&
    (OBLAST_ORDER as readonly string[]).includes(p.oblast_code) &&
    p.feature_code !== 'PPLA' &&
    p.feature_code !== 'PPLC' &&
    p.population <= 60_000
  );
}

export interface VillageContext {
  row: VillageRow;
  /** Codes of the sites the village was chosen for. */
  siteCodes: string[];
}

export function buildVillages(
  sites: readonly SiteContext[],
  towns: readonly TownFeature[],
  rayons: readonly AdminUnitFeature[],
): VillageContext[] {
  const rng = createRng(seedFrom('villages'));
  const candidates = towns.filter(isVillageCandidate);
  const chosen = new Map<number, { town: TownFeature; siteCodes: string[] }>();
  for (const site of sites) {
    // A place across an oblast border still counts: it keeps its own oblast.
    const byDistance = nearestTowns(site.row.geom.coordinates, candidates);
    const near = byDistance.filter((c) => c.d <= NEAR_M);
    const picked = near.length >= MIN_PER_SITE ? near : byDistance.filter((c) => c.d <= FALLBACK_M).slice(0, MIN_PER_SITE);
    if (!picked.some((c) => c.town === site.anchor) && isVillageCandidate(site.anchor)) picked.unshift({ town: site.anchor, d: 0 });
    for (const { town } of picked.slice(0, MAX_PER_SITE)) {
      const entry = chosen.get(town.properties.geonames_id) ?? { town, siteCodes: [] };
      entry.siteCodes.push(site.row.code);
      chosen.set(town.properties.geonames_id, entry);
    }
  }

  const entries = [...chosen.values()];
  const rows: VillageContext[] = entries.map(({ town, siteCodes }, i) => {
    const p = town.properties;
    const population = p.population > 0 ? p.population : rng.int(300, 1200) * 10;
    const households = Math.round(population / 4.5);
    const oblast = p.oblast_code as string;
    const rayon = rayons
      .filter((r) => r.properties.parent_code === oblast)
      .map((r) => ({ code: r.properties.code, d: distanceM(town.geometry.coordinates, (r.geometry as Point).coordinates) }))
      .sort((a, b) => a.d - b.d)[0];
    return {
      siteCodes,
      row: {
        code: `KG-V-${String(i + 1).padStart(4, '0')}`,
        name_ky: p.name_ky ?? p.name_en,
        name_ru: p.name_ru ?? p.name_en,
        name_en: p.name_en,
        oblast_code: oblast,
        rayon_code: rayon?.code ?? null,
        aiyl_aimak_code: null,
        population,
        households,
        participating_households: 0,
        participants: 0,
        geonames_id: p.geonames_id,
        geom: town.geometry,
        source_id: SAMPLE_SOURCE,
        is_sample: true,
      },
    };
  });

  // Most villages take part in OVOP+1; the anchors of sites always do.
  const anchorIds = new Set(sites.map((s) => s.anchor.properties.geonames_id));
  const weights = rows.map((v) =>
    anchorIds.has(v.row.geonames_id as number) || rng.chance(0.8) ? Math.sqrt(v.row.households) * rng.float(0.6, 1.4) : 0,
  );
  const ph = apportion(PARTICIPATING_HOUSEHOLDS_TOTAL, weights);
  rows.forEach((v, i) => {
    v.row.participating_households = Math.min(ph[i] as number, v.row.households);
    v.row.participants = Math.round(v.row.participating_households * rng.float(1.05, 1.2));
  });
  return rows;
}
