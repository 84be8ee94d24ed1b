import { describe, expect, it } from 'vitest';
import { fromSearchParams } from '../state/url-state';
import { briefingPageUrl, briefingPdfUrl, dispositionFilename } from './links';
import { briefingSubject, latestDate, liveViewUrl, mapSelection, periodText, publicOrigin } from './subject';

const view = (query: string) => fromSearchParams(new URLSearchParams(query));

describe('the subject of a briefing', () => {
  it('is the selection when there is one, else the region filter, else the country', () => {
    expect(briefingSubject(view('sel=site:KG-J-S01&region=KG-O'))).toEqual({ kind: 'site', code: 'KG-J-S01' });
    expect(briefingSubject(view('sel=region:KG-N'))).toEqual({ kind: 'region', code: 'KG-N' });
    expect(briefingSubject(view('region=KG-J'))).toEqual({ kind: 'region', code: 'KG-J' });
    expect(briefingSubject(view(''))).toEqual({ kind: 'country', code: null });
    expect(briefingSubject(view('sel=area:drawn&area=72.9,40.9;73.1,40.9;73.1,41.1'))).toEqual({ kind: 'area', code: null });
  });

  it('fits the map to the region filter when nothing is selected', () => {
    expect(mapSelection(view('region=KG-J'))).toEqual({ kind: 'region', id: 'KG-J' });
    expect(mapSelection(view(''))).toBeNull();
  });
});

describe('the text of a briefing', () => {
  it('write the period as people read it', () => {
    expect(periodText(view(''))).toBeNull();
    expect(periodText(view('from=2024&to=2024'))).toBe('2024');
    expect(periodText(view('from=2024&to=2025'))).toBe('2024–2025');
    expect(periodText(view('from=2024'))).toBe('2024–…');
  });
});

describe('the link back to the live view', () => {
  it('carries the view under the public origin, and nothing the briefing alone was given', () => {
    const params = new URLSearchParams('region=KG-J&lang=ky&link=https://atlas.example.kg/');
    const url = liveViewUrl(fromSearchParams(params), publicOrigin(params, 'http://127.0.0.1:8080'));
    expect(url).toBe('https://atlas.example.kg/?region=KG-J&lang=ky');
  });

  it('ignores a link that is not an http(s) address', () => {
    expect(publicOrigin(new URLSearchParams('link=javascript:alert(1)'), 'http://x.test')).toBe('http://x.test');
    expect(publicOrigin(new URLSearchParams('link=not a url'), 'http://x.test')).toBe('http://x.test');
  });

  it('is the bare atlas address for the default view', () => {
    expect(liveViewUrl(view(''), 'http://x.test/')).toBe('http://x.test/');
  });
});

describe('the data date', () => {
  it('is the latest date given', () => {
    expect(latestDate(['2024-05-01', null, '2025-05-14', 'nonsense'])).toBe('2025-05-14');
    expect(latestDate([])).toBeNull();
  });
});

describe('the atlas links to its briefing', () => {
  it('with the view\'s own parameters, for the PDF and for the page', () => {
    const state = view('region=KG-J&lang=ky&utm_source=mail');
    expect(briefingPdfUrl(state)).toBe('/api/briefing.pdf?region=KG-J&lang=ky');
    expect(briefingPageUrl(state, { print: true })).toBe('/briefing.html?region=KG-J&lang=ky&print=1');
  });

  it('reads the file name the server gives', () => {
    expect(dispositionFilename('attachment; filename="resiland-briefing-KG-J-ky-2026-11-26.pdf"')).toBe('resiland-briefing-KG-J-ky-2026-11-26.pdf');
    expect(dispositionFilename(null)).toBeNull();
  });
});
