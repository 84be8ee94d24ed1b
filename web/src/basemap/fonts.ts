// The one set of font files, used both by the page (CSS Font Loading API) and by the map's labels
// (the style's `font-faces`): Noto Sans 400/700, Latin + Cyrillic subsets, bundled as assets so the
// map needs no glyph server and works offline.
//
// Kyrgyz needs Ң ң Ө ө Ү ү (U+04A2, U+04A3, U+04AE, U+04AF, U+04E8, U+04E9), which Fontsource puts in its
// `cyrillic-ext` subset, not `cyrillic`; without it those letters would fall back to a system font on
// the page and be missing on the map. The file is only fetched when such a letter is drawn.
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import { FONT_FAMILY, MAP_FONT_BOLD, MAP_FONT_REGULAR, UNICODE_RANGES, type FontSubset } from './font-names';

interface FontFile {
  weight: 400 | 700;
  subset: FontSubset;
  url: string;
}

const FONT_FILES: readonly FontFile[] = [
  { weight: 400, subset: 'latin', url: latin400 },
  { weight: 400, subset: 'cyrillic', url: cyrillic400 },
  { weight: 400, subset: 'cyrillic-ext', url: cyrillicExt400 },
  { weight: 700, subset: 'latin', url: latin700 },
  { weight: 700, subset: 'cyrillic', url: cyrillic700 },
  { weight: 700, subset: 'cyrillic-ext', url: cyrillicExt700 },
];

const absolute = (url: string): string => new URL(url, document.baseURI).href;

/** The style's `font-faces`: one entry per name used in `text-font`. */
export function mapFontFaces(): FontFacesSpecification {
  const facesFor = (weight: 400 | 700) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({
      url: absolute(f.url),
      'unicode-range': [...UNICODE_RANGES[f.subset]],
    }));
  return { [MAP_FONT_REGULAR]: facesFor(400), [MAP_FONT_BOLD]: facesFor(700) };
}

/** Registers the same files for the page's own text (family FONT_FAMILY, used in the CSS). */
export function registerPageFonts(): void {
  if (typeof FontFace === 'undefined' || !('fonts' in document)) return;
  for (const file of FONT_FILES) {
    const face = new FontFace(FONT_FAMILY, `url(${file.url}) format('woff2')`, {
      weight: String(file.weight),
      style: 'normal',
      display: 'swap',
      unicodeRange: UNICODE_RANGES[file.subset].join(','),
    });
    document.fonts.add(face);
    // Loaded lazily by the browser when a covered character is drawn; a failure just leaves the fallback.
  }
}
