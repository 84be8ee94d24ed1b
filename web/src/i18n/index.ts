// i18next set-up: Kyrgyz, Russian, English. The first visit follows the browser (a ky or ru browser
// gets its language, anything else English); a choice made in the header is remembered.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, type Lang } from '../lib/config';
import en from './en.json';
import ky from './ky.json';
import ru from './ru.json';

export const resources = { ky: { translation: ky }, ru: { translation: ru }, en: { translation: en } } as const;

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
