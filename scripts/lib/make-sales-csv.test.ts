import { describe, expect, it } from 'vitest';
import { salesCsvLines, salesRows, sampleProductCodes } from './make-sales-csv.ts';

describe('the generated sales CSV', () => {
  it('has as many rows as asked, each (product, channel, month) once, with products the sample has', () => {
    const products = new Set(sampleProductCodes());
    const rows = [...salesRows({ rows: 2000 })];
    expect(rows).toHaveLength(2000);
    expect(new Set(rows.map((r) => `${r.product_code}|${r.channel}|${r.month}`)).size).toBe(2000);
    expect(rows.every((r) => products.has(r.product_code) && r.quantity > 0 && r.revenue_kgs > 0)).toBe(true);
    expect(rows.every((r) => /^\d{4}-(0[1-9]|1[0-2])$/.test(r.month))).toBe(true);
  });

  it('is the same on every run', () => {
    expect([...salesRows({ rows: 50 })]).toEqual([...salesRows({ rows: 50 })]);
  });

  it('writes a decimal comma with semicolons, and lets a test spoil one row', () => {
    const lines = [...salesCsvLines({ rows: 3, delimiter: ';', mutate: (row, n) => (n === 3 ? { ...row, revenue_kgs: -5 } : row) })];
    expect(lines[0]).toBe('product_code;channel;month;quantity;revenue_kgs\n');
    expect(lines[1]).toMatch(/^KG-PR-0001;bishkek_shop;2010-01;\d+;\d+,\d{2}\n$/);
    expect(lines[2]).toMatch(/;-5,00\n$/);
  });
});
