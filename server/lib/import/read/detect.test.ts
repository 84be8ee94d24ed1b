import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectDecimal, detectDelimiter, formatFromBytes, formatFromName, headRows, sniffEncoding } from './detect.ts';

describe('guessing a text file’s encoding', () => {
  it('Cyrillic in UTF-8 is UTF-8 and the same text in Windows-1251 is not', () => {
    expect(sniffEncoding(Buffer.from('код;Базар-Коргон', 'utf8'))).toBe('utf-8');
    expect(sniffEncoding(iconv.encode('код;Базар-Коргон', 'windows-1251'))).toBe('windows-1251');
  });

  it('plain ASCII says nothing either way', () => {
    expect(sniffEncoding(Buffer.from('code,name\nKG-V-0001,Massy\n'))).toBeUndefined();
  });

  it('a UTF-8 letter cut off by the end of the head is not held against UTF-8, but a cut at the end of the file is', () => {
    const bytes = Buffer.from('Өзгөн', 'utf8');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(sniffEncoding(cut, true)).toBe('utf-8');
    expect(sniffEncoding(cut, false)).toBe('windows-1251');
  });
});

describe('guessing a CSV’s separator from its header line', () => {
  it('picks the separator the header uses, outside quotes', () => {
    expect(detectDelimiter('code;name;lon\n1;a;2')).toBe(';');
    expect(detectDelimiter('code,name,lon\n1,a,2')).toBe(',');
    expect(detectDelimiter('code\tname\tlon\n1\ta\t2')).toBe('\t');
    expect(detectDelimiter('"name, full";code;lon\n')).toBe(';');
  });

  it('a tie goes to the separator the next lines repeat', () => {
    expect(detectDelimiter('a;b,c\n1;2,3\n4;5,6')).toBe(';');
    expect(detectDelimiter('a;b,c\n1,2\n3,4')).toBe(',');
  });

  it('a one-column file is read with a comma', () => {
    expect(detectDelimiter('code\nKG-V-0001\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('guessing the decimal mark from the first rows', () => {
  it('Russian-style numbers (decimal comma, spaces between thousands) vote for the comma', () => {
    expect(detectDecimal([['KG-V-0001', '72,74586', '41,0376', '1 234,50']])).toBe(',');
  });

  it('numbers with a point vote for the point, and no fractions at all mean the point', () => {
    expect(detectDecimal([['72.74586', '41.0376'], ['1,234.50']])).toBe('.');
    expect(detectDecimal([['285', '79913', '2024-03']])).toBe('.');
  });

  it('dates and codes are not numbers', () => {
    expect(detectDecimal([['01.03.2024', '2024-03-01', 'KG-PR-0001', '1.2.3']])).toBe('.');
  });

  it('the head’s last line is dropped when the file goes on, so a cut number does not vote', () => {
    expect(headRows('a;b\n1;2\n3;4', ';', true)).toEqual([['a', 'b'], ['1', '2']]);
    expect(headRows('a;b\n1;2\n3;4', ';', false)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });
});

describe('telling the format', () => {
  it('from the file name', () => {
    expect(formatFromName('Продажи 2024.CSV')).toBe('csv');
    expect(formatFromName('sites.geojson')).toBe('geojson');
    expect(formatFromName('sites.json')).toBe('geojson');
    expect(formatFromName('book.xlsx')).toBe('xlsx');
    expect(formatFromName('sites_shp.zip')).toBe('shapefile');
    expect(formatFromName('old.xls')).toBe('xls');
    expect(formatFromName('layer.shp')).toBe('shp');
    expect(formatFromName('notes')).toBeUndefined();
  });

  it('from the first bytes: zip with a workbook inside, zip, old .xls, JSON, text, binary', () => {
    const workbook = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('....[Content_Types].xml')]);
    expect(formatFromBytes(workbook)).toBe('xlsx');
    expect(formatFromBytes(Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('sites.shp')]))).toBe('shapefile');
    expect(formatFromBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    expect(formatFromBytes(Buffer.from('\uFEFF  {"type":"FeatureCollection"}'))).toBe('geojson');
    expect(formatFromBytes(Buffer.from('code;name\n'))).toBe('csv');
    expect(formatFromBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBeUndefined();
  });
});

describe('finding the header below a title', () => {
  it('skips leading rows of one cell when a wider row follows, and keeps a one-column header', async () => {
    const { pickHeader } = await import('./columns.ts');
    expect(pickHeader([['Продажи за 2024 год'], ['Источник: МЧС', null], ['code', 'name'], ['KG-V-0001', 'a']])).toBe(2);
    expect(pickHeader([['code', 'name'], ['KG-V-0001', 'a']])).toBe(0);
    expect(pickHeader([['code'], ['KG-V-0001'], ['KG-V-0002']])).toBe(0);
    // A wide row first and a one-cell row later is data with gaps, not a title.
    expect(pickHeader([['code', 'name'], ['KG-V-0001'], ['KG-V-0002', 'b']])).toBe(0);
  });
});

describe('a title is only skipped above a row of names', () => {
  it('a wide row holding numbers is data, so the first row stays the header', async () => {
    const { pickHeader } = await import('./columns.ts');
    expect(pickHeader([['code;lon'], ['KG-V-0001;72', '5']])).toBe(0);
    expect(pickHeader([['Villages'], ['KG-V-0001', 41011]])).toBe(0);
  });
});
