// Finds sites, villages and products by name in Kyrgyz, Russian or English, typed in either script: every name and
// the query are folded to one loose Latin spelling (Cyrillic transliterated, diacritics dropped, the usual
// alternative spellings of the same sound merged), so "kokchokoz", "Кокчокоз" and "Көкчөкөз" all find Kökchököz.
// Pure, tested without a DOM; the data is small (about 140 names), so matching runs in the browser.
import type { Name } from './api';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kyrgyz
  ө: 'o', ү: 'u', ң: 'ng',
  // Kazakh / Uzbek letters that turn up in place names
  ә: 'a', ғ: 'gh', қ: 'q', ұ: 'u', һ: 'h', і: 'i', ў: 'u', ҳ: 'h',
};

/** Transliterates Cyrillic to Latin, letter by letter (lower case in, lower case out). */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) out += CYRILLIC[ch] ?? ch;
  return out;
}

/**
 * The loose spelling names are compared in: lower case, Latin, no diacritics, no spaces or punctuation, the
 * common alternative spellings of one sound merged (dzh/zh/j, kh/h/x, q/k, y/i, ...), doubled letters single.
 */
export function fold(text: string): string {
  let s = transliterate(text.toLowerCase().normalize('NFC'));
  s = s.normalize('NFD').replace(/\p{M}/gu, ''); // ö → o, ü → u, ñ → n
  s = s.replace(/[^a-z0-9]/g, '');
  s = s
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh|x/g, 'h')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/yo|ye/g, 'e')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return s;
}

export type SearchKind = 'site' | 'village' | 'product';

export interface SearchItem {
  kind: SearchKind;
  /** The code of the site, village or product. */
  id: string;
  name: Name;
  /** Where it is: [lon, lat]. */
  position: [number, number];
  /** Context shown under the name (a product's village, say). */
  detail?: Name | null;
  /** A product's village (selecting a product selects its village). */
  villageCode?: string;
}

export interface SearchIndexEntry {
  item: SearchItem;
  /** Folded names (ky, ru, en) and the code. */
  keys: string[];
}

export function buildIndex(items: readonly SearchItem[]): SearchIndexEntry[] {
  return items.map((item) => ({
    item,
    keys: [...new Set([item.name.ky, item.name.ru, item.name.en, item.id].map(fold).filter((k) => k !== ''))],
  }));
}

const KIND_ORDER: Record<SearchKind, number> = { site: 0, village: 1, product: 2 };

/**
 * The items whose name contains the query (folded), best first: a name that starts with it before one that only
 * contains it, then sites, villages, products; at most `limit`. A query under 2 letters finds nothing.
 */
export function search(index: readonly SearchIndexEntry[], query: string, limit = 8): SearchItem[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const hits: { item: SearchItem; score: number }[] = [];
  for (const { item, keys } of index) {
    let score = Infinity;
    for (const key of keys) {
      const at = key.indexOf(q);
      if (at === 0) score = Math.min(score, key === q ? 0 : 1);
      else if (at > 0) score = Math.min(score, 2);
    }
    if (score !== Infinity) hits.push({ item, score });
  }
  hits.sort(
    (a, b) => a.score - b.score || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.item.id.localeCompare(b.item.id),
  );
  return hits.slice(0, limit).map((h) => h.item);
}
