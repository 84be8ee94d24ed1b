import { describe, expect, it } from 'vitest';
import { describeRead, messageKey, READ_MESSAGES, readMessage } from './messages.ts';
import { ReadError } from './types.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('read messages', () => {
  it('every message exists in Kyrgyz, Russian and English, with the same placeholders in each', () => {
    for (const [key, texts] of Object.entries(READ_MESSAGES)) {
      for (const lang of ['ky', 'ru', 'en'] as const) expect(texts[lang], `${key}.${lang}`).toMatch(/\S{3,}/);
      expect(placeholders(texts.ky), key).toEqual(placeholders(texts.en));
      expect(placeholders(texts.ru), key).toEqual(placeholders(texts.en));
    }
  });

  it('the three languages differ (none is a copy of another)', () => {
    for (const [key, texts] of Object.entries(READ_MESSAGES)) {
      expect(texts.ky, key).not.toBe(texts.ru);
      expect(texts.ru, key).not.toBe(texts.en);
    }
  });

  it('fills the params in', () => {
    expect(readMessage('sheet_not_found', { sheet: 'Лист1', sheets: 'villages, sales' }, 'ru')).toBe(
      'В книге нет листа «Лист1». Листы в ней: villages, sales. Выберите один из них.',
    );
    expect(readMessage('reprojected', { from: 'EPSG:32643' }, 'en')).toContain('EPSG:32643');
  });

  it('a missing param shows as ? rather than vanishing', () => {
    expect(readMessage('empty_file', {}, 'en')).toMatch(/^\? is empty/);
  });

  it('picks the variant for a detail or a feature', () => {
    expect(messageKey('bad_xlsx', { detail: 'xls' })).toBe('bad_xlsx.xls');
    expect(messageKey('bad_xlsx', { detail: 'zip error' })).toBe('bad_xlsx');
    expect(messageKey('bad_geojson', { feature: 3, detail: 'geometry_type' })).toBe('bad_geojson.feature');
    expect(messageKey('not_a_zip', { detail: 'empty' })).toBe('not_a_zip.empty');
    expect(readMessage('bad_csv', { row: 7, detail: 'quote_not_closed' }, 'ky')).toContain('7-сапта');
  });

  it('describes a ReadError in the person’s language', () => {
    expect(describeRead(new ReadError('truncated_zip', { detail: 'x' }), 'ky')).toMatch(/^Zip архиви кесилген/);
  });
});
