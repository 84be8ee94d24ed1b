import { describe, expect, it } from 'vitest';
import { briefingFilename, briefingSubjectCode } from './filename.ts';

const may14 = new Date('2025-05-14T06:00:00Z');

describe('briefing file names', () => {
  it('name the region, site or village of the briefing, its language and the date in Bishkek', () => {
    expect(briefingFilename({ region: 'KG-J' }, 'ky', may14)).toBe('resiland-briefing-KG-J-ky-2025-05-14.pdf');
    expect(briefingFilename({ sel: 'site:KG-J-S01', region: 'KG-J' }, 'en', may14)).toBe('resiland-briefing-KG-J-S01-en-2025-05-14.pdf');
    expect(briefingFilename({}, 'ru', new Date('2025-05-14T19:00:00Z'))).toBe('resiland-briefing-kyrgyzstan-ru-2025-05-15.pdf');
  });

  it('name a drawn area by its region filter, or the country', () => {
    expect(briefingSubjectCode({ sel: 'area:drawn', region: 'KG-O' })).toBe('KG-O');
    expect(briefingSubjectCode({ sel: 'area:drawn' })).toBe('kyrgyzstan');
  });
});
