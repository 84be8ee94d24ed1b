import { describe, expect, it } from 'vitest';
import { bishkekDate, exportFilename } from './filename.ts';

describe('export file names', () => {
  const now = new Date('2025-05-13T19:30:00Z'); // already 14 May in Bishkek (UTC+6)

  it('dates the file in Kyrgyzstan time', () => {
    expect(bishkekDate(now)).toBe('2025-05-14');
  });

  it('names what, then the filters in alphabetical order, without format', () => {
    expect(exportFilename('sales', { region: ['KG-J'], by: ['channel'], format: ['csv'] }, 'csv', now))
      .toBe('resiland-sales-by-channel-region-KG-J-2025-05-14.csv');
  });

  it('keeps only safe characters, so a filter cannot break the header', () => {
    expect(exportFilename('sites', { region: ['K"G; x=../y'] }, 'csv', now))
      .toBe('resiland-sites-region-K_G_x_.._y-2025-05-14.csv');
  });

  it('without filters it is what and date', () => {
    expect(exportFilename('regions', {}, 'geojson', now)).toBe('resiland-regions-2025-05-14.geojson');
  });
});
