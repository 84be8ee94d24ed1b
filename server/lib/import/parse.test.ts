import { describe, expect, it } from 'vitest';
import { parseBoolean, parseCode, parseDate, parseDecimal, parseInteger, parseMonth, parseSource, parseYear } from './parse.ts';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);
const code = (p: { ok: boolean; code?: string }) => (p.ok ? 'ok' : p.code);

describe('parseDecimal', () => {
  it('reads a decimal comma, spaces between thousands and a minus sign in a decimal-comma file', () => {
    expect(value(parseDecimal('1 234,56', ','))).toBe('1234.56');
    expect(value(parseDecimal('1\u00a0000\u00a0000,55', ','))).toBe('1000000.55');
    expect(value(parseDecimal('−12,5', ','))).toBe('-12.5');
  });

  it('reads a decimal point and comma-grouped thousands in a decimal-point file', () => {
    expect(value(parseDecimal('1,234.5', '.'))).toBe('1234.5');
    expect(value(parseDecimal('79913.50', '.'))).toBe('79913.5');
  });

  it('passes numbers from a spreadsheet or GeoJSON through', () => {
    expect(value(parseDecimal(420.5, '.'))).toBe('420.5');
  });

  it('reads the other mark where it cannot group thousands, and "1,500" as the file\'s own mark says', () => {
    expect(value(parseDecimal('1 500,00', '.'))).toBe('1500');
    expect(value(parseDecimal('12,5', '.'))).toBe('12.5');
    expect(value(parseDecimal('1,500', '.'))).toBe('1500');
    expect(value(parseDecimal('1,500', ','))).toBe('1.5');
  });

  it('refuses text and units', () => {
    expect(code(parseDecimal('много', '.'))).toBe('not_a_number');
    expect(code(parseDecimal('100 сом', ','))).toBe('not_a_number');
    expect(code(parseDecimal('1,5,0', '.'))).toBe('not_a_number');
    expect(code(parseDecimal(true, '.'))).toBe('not_a_number');
  });
});

describe('parseInteger', () => {
  it('accepts whole numbers however written and refuses fractions', () => {
    expect(value(parseInteger('1 900', ','))).toBe('1900');
    expect(value(parseInteger('12.0', '.'))).toBe('12');
    expect(code(parseInteger('12,5', ','))).toBe('not_an_integer');
  });
});

describe('parseDate', () => {
  it('reads ISO dates, Russian-style DD.MM.YYYY and ISO timestamps', () => {
    expect(value(parseDate('2024-05-20'))).toBe('2024-05-20');
    expect(value(parseDate('20.05.2024'))).toBe('2024-05-20');
    expect(value(parseDate('1/2/2024'))).toBe('2024-02-01');
    expect(value(parseDate('2024-05-20T00:00:00Z'))).toBe('2024-05-20');
  });

  it('refuses days that do not exist', () => {
    expect(code(parseDate('2024-02-30'))).toBe('not_a_date');
    expect(code(parseDate('31.04.2024'))).toBe('not_a_date');
    expect(code(parseDate('вчера'))).toBe('not_a_date');
  });
});

describe('parseMonth', () => {
  it('reads 2024-03, 03.2024 and the first day of a month as that month', () => {
    expect(value(parseMonth('2024-03'))).toBe('2024-03-01');
    expect(value(parseMonth('3.2024'))).toBe('2024-03-01');
    expect(value(parseMonth('2024-03-01'))).toBe('2024-03-01');
    expect(value(parseMonth('01.03.2024'))).toBe('2024-03-01');
  });

  it('refuses month 13 and a day other than the first, naming the month meant', () => {
    expect(code(parseMonth('2024-13'))).toBe('not_a_month');
    const later = parseMonth('2024-03-15');
    expect(later).toEqual({ ok: false, code: 'month_day', params: { day: 15, month: '2024-03' } });
  });
});

describe('parseYear, parseBoolean', () => {
  it('reads a year from text or a number', () => {
    expect(value(parseYear('2024', '.'))).toBe(2024);
    expect(value(parseYear(2019, ','))).toBe(2019);
    expect(code(parseYear('24', '.'))).toBe('not_a_year');
  });

  it('reads yes and no in the three languages', () => {
    for (const yes of ['yes', 'Да', 'ооба', 'TRUE', '1', true]) expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ['no', 'нет', 'Жок', 'false', '0', false]) expect(value(parseBoolean(no))).toBe(false);
    expect(code(parseBoolean('может быть'))).toBe('not_a_boolean');
  });
});

describe('parseCode, parseSource', () => {
  it('upper-cases codes and names Cyrillic look-alike letters typed on a Russian layout', () => {
    expect(value(parseCode(' kg-j-01 '))).toBe('KG-J-01');
    expect(parseCode('КG-J-01')).toEqual({ ok: false, code: 'bad_code', params: { letters: 'К' } });
    expect(parseCode('KG J 01')).toEqual({ ok: false, code: 'bad_code', params: {} });
  });

  it('lower-cases source ids and refuses spaces', () => {
    expect(value(parseSource('Sample-Programme'))).toBe('sample-programme');
    expect(code(parseSource('my source'))).toBe('bad_source');
  });
});
