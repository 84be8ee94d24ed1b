// npm run data:sample — generates the SAMPLE programme dataset in data/sample/<table>.json from the
// base files in data/base. Deterministic: fixed seeds, no clock, no locale; same bytes every run.
// generateSample() is pure so tests can call it; only running this file as a script writes files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MultiPolygon } from 'geojson';
import type { AdminUnitFeature, BaseData } from './lib/base-types.ts';
import { buildFxRates } from './lib/sample/fx.ts';
import { buildIndicators, buildIndicatorValues } from './lib/sample/indicators.ts';
import { buildProducerGroups, buildProducts, buildTrainings } from './lib/sample/livelihoods.ts';
import { buildRestoration } from './lib/sample/restoration.ts';
import { SAMPLE_TABLES, type SampleData } from './lib/sample/rows.ts';
import { buildSales } from './lib/sample/sales.ts';
import { buildSites } from './lib/sample/sites.ts';
import { buildVillages } from './lib/sample/villages.ts';
import { rowsToJson, writeText } from './lib/write-json.ts';

export function generateSample(base: BaseData): SampleData {
  const units = base.adminUnits.features as AdminUnitFeature[];
  const oblastGeom = (code: string): MultiPolygon => {
    const unit = units.find((u) => u.properties.code === code);
    if (!unit || unit.geometry.type !== 'MultiPolygon') throw new Error(`admin-units.geojson has no polygon for ${code}`);
    return unit.geometry;
  };
  const rayons = units.filter((u) => u.properties.level === 'rayon');
  const towns = base.towns.features;

  const sites = buildSites(towns, oblastGeom);
  const villages = buildVillages(sites, towns, rayons).map((v) => v.row);
  const groups = buildProducerGroups(villages);
  const products = buildProducts(groups);
  const sales = buildSales(products, groups, villages);
  const trainings = buildTrainings(villages);
  const restoration = buildRestoration(sites, oblastGeom);
  const indicators = buildIndicators();
  const indicatorValues = buildIndicatorValues({ sites, villages, groups, products, sales, trainings, restoration });

  return {
    hazard_sites: sites.map((s) => s.row),
    villages,
    producer_groups: groups,
    products,
    sales,
    trainings,
    restoration_activities: restoration,
    indicators,
    indicator_values: indicatorValues,
    fx_rates: buildFxRates(),
  };
}

export function readBase(dataDir: string): BaseData {
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(dataDir, 'base', name), 'utf8')) as T;
  return { adminUnits: read('admin-units.geojson'), towns: read('towns.geojson') };
}

function main(): void {
  const dataDir = resolve(fileURLToPath(import.meta.url), '../../data');
  const sample = generateSample(readBase(dataDir));
  for (const table of SAMPLE_TABLES) writeText(join(dataDir, 'sample', `${table}.json`), rowsToJson(sample[table]));
  console.log(`data/sample: ${SAMPLE_TABLES.map((t) => `${t} ${sample[t].length}`).join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
