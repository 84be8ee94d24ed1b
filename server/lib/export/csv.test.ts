import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { flattenRows } from './flatten.ts';

const titles = new Map([['src-a', 'Source A, "quoted"'], ['src-b', 'Б источник']]);

describe('CSV export', () => {
  it('flattens names into three language columns and puts the source columns last', () => {
    const { columns, records } = flattenRows(
      [{ code: 'X', sourceId: 'src-a', name: { ky: 'Көл', ru: 'Озеро', en: 'Lake' }, n: 3 }],
      titles,
    );
    expect(columns).toEqual(['code', 'name_ky', 'name_ru', 'name_en', 'n', 'source_id', 'source_title']);
    expect(records[0]).toMatchObject({ source_id: 'src-a', source_title: 'Source A, "quoted"' });
  });

  it('joins several sources, and arrays, with "; "', () => {
    const { records } = flattenRows([{ sourceIds: ['src-a', 'src-b'], tags: ['x', 'y'] }], titles);
    expect(records[0]).toEqual({ tags: 'x; y', source_id: 'src-a; src-b', source_title: 'Source A, "quoted"; Б источник' });
  });

  it('writes a BOM, CRLF, RFC 4180 quoting, and parses back to the same values', () => {
    const text = toCsv(
      [
        { name: { ky: 'Кош-Төбө', ru: 'Кош-Тёбё', en: "Qo'shteppa, \"east\"\nline" }, ok: true, none: null, kgs: 1000000.55, sourceId: 'src-b' },
        { name: { ky: 'А', ru: 'Б', en: 'C' }, ok: false, none: null, kgs: 0, sourceId: 'src-a' },
      ],
      titles,
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('\uFEFFname_ky,name_ru,name_en,ok,none,kgs,source_id,source_title');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({
      name_ky: 'Кош-Төбө', name_ru: 'Кош-Тёбё', name_en: "Qo'shteppa, \"east\"\nline",
      ok: 'true', none: '', kgs: '1000000.55', source_id: 'src-b', source_title: 'Б источник',
    });
    expect(rows[1]).toMatchObject({ ok: 'false', kgs: '0', source_title: 'Source A, "quoted"' });
  });

  it('a text cell that a spreadsheet would run as a formula is written as text; numbers are untouched', () => {
    const rows = parse(toCsv([{ a: '=HYPERLINK("x")', b: -5, c: '-5 km' }], titles), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ a: '\'=HYPERLINK("x")', b: '-5', c: '-5 km' });
  });

  it('keeps the column set of all rows, blank where a row has none', () => {
    const rows = parse(toCsv([{ a: 1 }, { a: 2, lon: 72.7 }], titles), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { a: '1', lon: '', source_id: '', source_title: '' },
      { a: '2', lon: '72.7', source_id: '', source_title: '' },
    ]);
  });

  it('an export with no rows is a header of the source columns', () => {
    expect(toCsv([], titles)).toBe('\uFEFFsource_id,source_title\r\n');
  });
});
