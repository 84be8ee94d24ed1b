// Picks a data name ({ky, ru, en}) in the interface language, falling back when a name is empty.
import type { Name } from './api';
import type { Lang } from './config';

const FALLBACK: Record<Lang, readonly Lang[]> = { ky: ['ky', 'ru', 'en'], ru: ['ru', 'ky', 'en'], en: ['en', 'ru', 'ky'] };

export function localName(name: Name | null | undefined, lang: Lang): string {
  if (!name) return '';
  for (const l of FALLBACK[lang]) {
    const value = name[l];
    if (value && value.trim() !== '') return value;
  }
  return '';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
