import { describe, expect, it } from 'vitest';
import { AREAS, detectLanguage } from './index';
import { resources } from './resources';
import { areaFile, mergeInto, withAreas } from './merge';

type Tree = { [key: string]: string | Tree };
// The merged strings (main file + every area folder), as the app reads them.
const ky = resources.ky.translation as Tree;
const ru = resources.ru.translation as Tree;
const en = resources.en.translation as Tree;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function placeholders(tree: Tree): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (t: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out.set(`${prefix}${k}`, [...v.matchAll(/{{\s*(\w+)\s*}}|<(\w+)>/g)].map((m) => m[0]).sort().join(' '));
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(tree, '');
  return out;
}

describe('translations', () => {
  const files: Record<string, Tree> = { ky, ru, en };

  // Plural keys carry the forms each language has (ru: _one/_few/_many/_other; ky and en: _one/_other).
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  const base = (tree: Tree) => [...new Set(keys(tree).map((k) => k.replace(PLURAL, '')))].sort();

  it('have identical key sets in Kyrgyz, Russian and English (plural forms aside)', () => {
    const reference = base(en);
    expect(base(ky)).toEqual(reference);
    expect(base(ru)).toEqual(reference);
  });

  it('give every plural key each form the language needs', () => {
    for (const [lang, tree] of Object.entries(files)) {
      const forms = new Intl.PluralRules(lang === 'ky' ? 'ky' : lang).resolvedOptions().pluralCategories;
      const plural = new Set(keys(tree).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const key of plural) {
        for (const form of forms) expect({ lang, key: `${key}_${form}`, present: keys(tree).includes(`${key}_${form}`) }).toEqual({ lang, key: `${key}_${form}`, present: true });
      }
    }
  });

  it('use the same placeholders and tags in every language', () => {
    const reference = placeholders(en);
    for (const [lang, tree] of Object.entries(files)) {
      for (const [key, value] of placeholders(tree)) {
        // A plural form is checked against the English form of the same key (_few, _many against _other).
        const ref = reference.get(key) ?? reference.get(key.replace(/_(zero|two|few|many)$/, '_other'));
        expect({ lang, key, value }).toEqual({ lang, key, value: ref });
      }
    }
  });

  it('have no empty strings', () => {
    for (const tree of Object.values(files)) {
      const empty = keys(tree).filter((k) => k.split('.').reduce<Tree | string>((t, part) => (t as Tree)[part] as Tree | string, tree) === '');
      expect(empty).toEqual([]);
    }
  });
});

describe('detectLanguage', () => {
  it('uses a remembered choice first', () => {
    expect(detectLanguage('ky', ['en-US'])).toBe('ky');
  });
  it('follows a Kyrgyz or Russian browser', () => {
    expect(detectLanguage(null, ['ky-KG', 'ru'])).toBe('ky');
    expect(detectLanguage(null, ['ru-RU'])).toBe('ru');
    expect(detectLanguage(null, ['de-DE', 'ru'])).toBe('ru');
  });
  it('falls back to English for other browsers and ignores junk in storage', () => {
    expect(detectLanguage(null, ['de-DE'])).toBe('en');
    expect(detectLanguage('xx', [])).toBe('en');
  });
});

describe('the translation files', () => {
  it('name as loadable areas exactly the folders with strings of their own', () => {
    const folders = Object.keys(import.meta.glob('./*/{ky,ru,en}.json')).map((path) => areaFile(path)?.area);
    expect([...new Set(folders)].sort()).toEqual([...AREAS].sort());
  });

  it('read an area file path as area, part and language', () => {
    expect(areaFile('./charts/first-view/ky.json')).toEqual({ area: 'charts', firstView: true, lang: 'ky' });
    expect(areaFile('./charts/en.json')).toEqual({ area: 'charts', firstView: false, lang: 'en' });
    expect(areaFile('./en.json')).toBeNull();
  });

  it("merge an area's first-view part and the rest, and refuse a string both define", () => {
    const files = { './a/first-view/en.json': { x: { one: '1' } }, './a/en.json': { x: { two: '2' }, y: 'y' } };
    expect(withAreas('en', { main: 'm' }, files)).toEqual({ main: 'm', a: { x: { one: '1', two: '2' }, y: 'y' } });
    expect(() => mergeInto({ x: { one: '1' } }, { x: { one: 'again' } }, 'en:a')).toThrow('en:a.x.one is defined twice');
    expect(() => withAreas('en', { a: 'main' }, files)).toThrow('clashes');
  });
});
