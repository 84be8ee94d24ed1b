import { describe, expect, it } from 'vitest';
import en from './en.json';
import ky from './ky.json';
import ru from './ru.json';
import { detectLanguage } from './index';

type Tree = { [key: string]: string | Tree };

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

  it('have identical key sets in Kyrgyz, Russian and English', () => {
    const reference = keys(en).sort();
    expect(keys(ky).sort()).toEqual(reference);
    expect(keys(ru).sort()).toEqual(reference);
  });

  it('use the same placeholders and tags in every language', () => {
    const reference = placeholders(en);
    for (const [lang, tree] of Object.entries(files)) {
      for (const [key, value] of placeholders(tree)) expect({ lang, key, value }).toEqual({ lang, key, value: reference.get(key) });
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
