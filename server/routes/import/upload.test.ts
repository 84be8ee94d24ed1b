import { describe, expect, it } from 'vitest';
import { safeFileName } from './upload.ts';

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
});
