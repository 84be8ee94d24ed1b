// i18next set-up: Kyrgyz, Russian, English. The first visit follows the browser (a ky or ru browser
// gets its language, anything else English); a choice made in the header is remembered.
//
// Strings are loaded, not bundled: the first view downloads one language (its main file and the first-view parts of
// the areas, one chunk: vite.config.ts), and a feature that loads later (charts, results table, briefing, import)
// loads its own strings with its chunk (loadArea). Every language and area in one bundle cost the first view ~15 kB.
import i18n, { type BackendModule } from 'i18next';
import { flushSync } from 'react-dom';
import { initReactI18next, useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, type Lang } from '../lib/config';
import { areaFile, mergeInto, withAreas, type Tree } from './merge';

// Larger features keep their strings in a folder of their own, merged under the key `<area>`: `t('charts.title')`
// reads `i18n/charts/<lang>.json`. What the atlas's first view shows of an area (the filter chips, the download
// buttons, the import link) is in `i18n/<area>/first-view/<lang>.json` and comes with the language.
const mainFiles = import.meta.glob<Tree>('./{ky,ru,en}.json', { import: 'default' });
const firstViewFiles = import.meta.glob<Tree>('./*/first-view/{ky,ru,en}.json', { import: 'default' });
const areaFiles = import.meta.glob<Tree>('./*/{ky,ru,en}.json', { import: 'default' });

/** The features whose strings load with their own chunk (a folder with `<lang>.json` files under i18n/). */
export const AREAS = ['briefing', 'charts', 'import', 'results'] as const;
export type Area = (typeof AREAS)[number];

/** Areas asked for so far: a language loaded from now on (a switch) brings them too. */
const wantedAreas = new Set<Area>();

async function areaStrings(lang: Lang, area: Area): Promise<Tree> {
  const load = areaFiles[`./${area}/${lang}.json`];
  if (!load) throw new Error(`i18n: no strings of the area ${area} in ${lang}`);
  return load();
}

/**
 * The strings of `lang`: the main file, the areas' first-view parts and every wanted area, handed to `done`.
 * An area wanted while these load is loaded too, and `done` runs in the same task as the last look at the wanted
 * areas: loadArea only fills languages already in, so an area asked for in between would otherwise be missed.
 */
async function readLanguage(lang: Lang, done: (strings: Tree) => void): Promise<void> {
  const firstView = Object.keys(firstViewFiles).filter((path) => areaFile(path)?.lang === lang);
  const main = mainFiles[`./${lang}.json`];
  if (!main) throw new Error(`i18n: no strings for ${lang}`);
  const [mainTree, ...parts] = await Promise.all([main(), ...firstView.map((path) => firstViewFiles[path]!())]);
  const strings = withAreas(lang, mainTree, Object.fromEntries(firstView.map((path, i) => [path, parts[i]!])));
  const added = new Set<Area>();
  for (let next = [...wantedAreas].filter((a) => !added.has(a)); next.length > 0; next = [...wantedAreas].filter((a) => !added.has(a))) {
    const trees = await Promise.all(next.map((area) => areaStrings(lang, area)));
    next.forEach((area, i) => {
      mergeInto(strings, { [area]: trees[i]! }, lang);
      added.add(area);
    });
  }
  done(strings);
}

/** i18next's loader for the bundled files (namespace `translation` only). */
const bundledFiles: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => {},
  read(language, _namespace, callback) {
    if (!isLang(language)) {
      callback(new Error(`i18n: no strings for ${language}`), false);
      return;
    }
    // A failed chunk is not tried again: the browser keeps a failed module import failed.
    readLanguage(language, (strings) => callback(null, strings)).catch((error: unknown) =>
      callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * Loads the strings of `area` for every language in use. A chunk that needs them awaits this before it renders
 * (e.g. `lazy(() => Promise.all([import('./X'), loadArea('charts')]).then(([m]) => m))`), so no key shows untranslated.
 */
export async function loadArea(area: Area): Promise<void> {
  wantedAreas.add(area);
  // Languages still loading take the area themselves (readLanguage).
  const loaded = LANGUAGES.filter((lang) => i18n.hasResourceBundle(lang, 'translation'));
  await Promise.all(
    loaded.map(async (lang) => {
      i18n.addResourceBundle(lang, 'translation', { [area]: await areaStrings(lang, area) }, true, true);
    }),
  );
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Stored choice, else the first browser language whose primary subtag we have, else English. */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): just don't remember
  }
}

function store(lang: Lang): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // see readStored
  }
}

/** A language named in the address (`?lang=ky`, a shared link) comes before the remembered one. */
function fromAddress(): Lang | null {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return isLang(lang) ? lang : null;
}

export interface I18nOptions {
  /** Areas the page shows from the start (the briefing page: briefing, charts). */
  areas?: readonly Area[];
  /** Load every language now, so a switch is immediate (the briefing page, which the server switches between PDFs). */
  allLanguages?: boolean;
}

/** Starts i18next; resolves once the page's language (and `areas`) are loaded, before which nothing should render. */
export async function initI18n({ areas = [], allLanguages = false }: I18nOptions = {}): Promise<typeof i18n> {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lng = fromAddress() ?? detectLanguage(readStored(), browser);
  const missing: string[] = (window.__i18nMissing = []);
  for (const area of areas) wantedAreas.add(area);
  document.documentElement.lang = lng;
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  await i18n
    .use(bundledFiles)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: FALLBACK_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      preload: allLanguages ? [...LANGUAGES] : false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      // No backend receives them: missing keys are collected for the browser tests, which fail on any.
      saveMissing: true,
      missingKeyHandler: (languages, _namespace, key) => {
        missing.push(`${[languages].flat().join(',')}:${key}`);
      },
    });
  return i18n;
}

/** Switches the interface language and remembers the choice. */
export function chooseLanguage(lang: Lang): Promise<void> {
  store(lang);
  return switchLanguage(lang);
}

/** Loads for each language at most once; i18next's loadLanguages does not wait for a load already under way. */
const languageLoads = new Map<Lang, Promise<void>>();
function languageLoaded(lang: Lang): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return Promise.resolve();
  let load = languageLoads.get(lang);
  if (!load) {
    load = new Promise<void>((resolve) => {
      void i18n.loadLanguages(lang, () => resolve());
    });
    languageLoads.set(lang, load);
  }
  return load;
}

/** The language asked for last: a switch whose strings come in after a later one's is dropped. */
let latestSwitch: Lang | null = null;

/**
 * Switches to `lang`: at once when its strings are in (as a click's own update), else once they are, in one
 * synchronous React commit, so that when <html lang> says `lang` (screen readers and the browser tests read it) the
 * screen does too. If its strings cannot be loaded, the screen stays as it is.
 */
export async function switchLanguage(lang: Lang): Promise<void> {
  latestSwitch = lang;
  if (i18n.hasResourceBundle(lang, 'translation')) {
    await i18n.changeLanguage(lang);
    return;
  }
  await languageLoaded(lang);
  if (latestSwitch !== lang || !i18n.hasResourceBundle(lang, 'translation')) return;
  flushSync(() => {
    void i18n.changeLanguage(lang);
  });
}

/** Loads every language (with the areas in use) in the background, so that a later switch is immediate. */
export function preloadLanguages(): void {
  for (const lang of LANGUAGES) void languageLoaded(lang);
}

/** The current interface language, typed. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLang(lang) ? lang : FALLBACK_LANGUAGE;
}
