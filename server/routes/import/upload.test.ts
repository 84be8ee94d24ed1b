import { describe, expect, it } from 'vitest';
import { csvRowsAtMost, readsAsCsv, safeFileName } from './upload.ts';

describe('uploaded files', () => {
  it('keep their name without folders or characters file systems refuse', () => {
    expect(safeFileName('продажи 2025.csv')).toBe('продажи 2025.csv');
    expect(safeFileName('C:\\Users\\aida\\sales.xlsx')).toBe('sales.xlsx');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a<b>:c?.csv')).toBe('a_b__c_.csv');
    expect(safeFileName('..')).toBe('upload');
    expect(safeFileName(undefined)).toBe('upload');
  });

  it('shorten a long name to fit any file system, keeping the extension', () => {
    const name = safeFileName(`${'сатуу'.repeat(40)}.xlsx`);
    expect(name.endsWith('.xlsx')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  });

  it('count a CSV\'s rows at most as its lines less the header, with or without a final line break', () => {
    expect(csvRowsAtMost({ bytes: 0, lineFeeds: 0, endsWithLineFeed: false })).toBe(0);
    expect(csvRowsAtMost({ bytes: 20, lineFeeds: 0, endsWithLineFeed: false })).toBe(0);
    expect(csvRowsAtMost({ bytes: 40, lineFeeds: 3, endsWithLineFeed: true })).toBe(2);
    expect(csvRowsAtMost({ bytes: 40, lineFeeds: 2, endsWithLineFeed: false })).toBe(2);
  });

  it('are read as CSV when forced or named so', () => {
    expect(readsAsCsv('sales.CSV', undefined)).toBe(true);
    expect(readsAsCsv('sales.xlsx', undefined)).toBe(false);
    expect(readsAsCsv('sales.xlsx', 'csv')).toBe(true);
    expect(readsAsCsv('sales.csv', 'xlsx')).toBe(false);
  });
});
