// How the translation files make one tree per language: the main file (`i18n/<lang>.json`) plus every area under its
// folder name, the area being its first-view part (`i18n/<area>/first-view/<lang>.json`) and the rest
// (`i18n/<area>/<lang>.json`) together. Kept apart from index.ts so tests and tools can merge the files without
// starting i18next.

export type Tree = { [key: string]: string | Tree };

/** `./charts/first-view/en.json` or `./charts/en.json` → area, part and language; null for any other path. */
export function areaFile(path: string): { area: string; firstView: boolean; lang: string } | null {
  const match = /^\.\/([\w-]+)\/(first-view\/)?(ky|ru|en)\.json$/.exec(path);
  return match ? { area: match[1]!, firstView: Boolean(match[2]), lang: match[3]! } : null;
}

/** Merges `part` into `into`; a key both define is an error (two files would fight over one string). */
export function mergeInto(into: Tree, part: Tree, where: string): Tree {
  for (const [key, value] of Object.entries(part)) {
    const have = into[key];
    if (have === undefined) into[key] = typeof value === 'string' ? value : mergeInto({}, value, `${where}.${key}`);
    else if (typeof have !== 'string' && typeof value !== 'string') mergeInto(have, value, `${where}.${key}`);
    else throw new Error(`i18n: ${where}.${key} is defined twice`);
  }
  return into;
}

/**
 * Adds the areas' files of `lang` from `files` (paths as areaFile reads them) to `main`, each under its folder name.
 * An area may not share its name with a key of the main file.
 */
export function withAreas(lang: string, main: Tree, files: Record<string, Tree>): Tree {
  const merged: Tree = { ...main };
  for (const [path, tree] of Object.entries(files)) {
    const file = areaFile(path);
    if (!file || file.lang !== lang) continue;
    const have = merged[file.area];
    if (have !== undefined && (typeof have === 'string' || main[file.area] !== undefined)) {
      throw new Error(`i18n: the area ${file.area} clashes with a key of the main ${lang}.json`);
    }
    merged[file.area] = mergeInto(have ?? {}, tree, `${lang}:${file.area}`);
  }
  return merged;
}
