// i18next set-up: Kyrgyz, Russian, English. The first visit follows the browser (a ky or ru browser
// gets its language, anything else English); a choice made in the header is remembered.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, type Lang } from '../lib/config';
import en from './en.json';
import ky from './ky.json';
import ru from './ru.json';

type Tree = { [key: string]: string | Tree };

// Larger features keep their strings in a folder of their own (`i18n/<area>/{ky,ru,en}.json`), merged under the
// key `<area>`: `t('charts.title')` reads `i18n/charts/<lang>.json`. One file per feature and language keeps
// parallel work on different features out of each other's way.
const areaFiles = import.meta.glob<Tree>('./*/{ky,ru,en}.json', { eager: true, import: 'default' });

/** The strings of one language: the main file plus every area's file under its folder name. */
export function translationsFor(lang: Lang, main: Tree, areas: Record<string, Tree> = areaFiles): Tree {
  const merged: Tree = { ...main };
  for (const [path, tree] of Object.entries(areas)) {
    const match = /^\.\/([\w-]+)\/(ky|ru|en)\.json$/.exec(path);
    if (!match || match[2] !== lang) continue;
    if (match[1]! in merged) throw new Error(`i18n: the area ${match[1]} clashes with a key of the main ${lang}.json`);
    merged[match[1]!] = tree;
  }
  return merged;
}

export const resources = {
  ky: { translation: translationsFor('ky', ky) },
  ru: { translation: translationsFor('ru', ru) },
  en: { translation: translationsFor('en', en) },
} as const;

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

export function initI18n(): typeof i18n {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lng = fromAddress() ?? detectLanguage(readStored(), browser);
  const missing: string[] = (window.__i18nMissing = []);
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
    // No backend receives them: missing keys are collected for the browser tests, which fail on any.
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => {
      missing.push(`${[languages].flat().join(',')}:${key}`);
    },
  });
  document.documentElement.lang = lng;
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18n;
}

/** Switches the interface language and remembers the choice. */
export function chooseLanguage(lang: Lang): void {
  store(lang);
  void i18n.changeLanguage(lang);
}

/** The current interface language, typed. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLang(lang) ? lang : FALLBACK_LANGUAGE;
}
