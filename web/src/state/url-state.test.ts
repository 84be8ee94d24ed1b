import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { MAX_AREA_VERTICES, fromSearchParams, historyMode, toSearchParams, viewOf, type UrlState } from './url-state';
import { initialViewState } from './view-state';

const defaults: UrlState = { ...initialViewState, lang: null };
const roundTrip = (s: UrlState) => fromSearchParams(new URLSearchParams(toSearchParams(s).toString()));

const square: Polygon = { type: 'Polygon', coordinates: [[[74, 42], [75, 42], [75, 43], [74, 43], [74, 42]]] };

describe('url state', () => {
  it('writes nothing for the first view and reads an empty address as the first view', () => {
    expect(toSearchParams(defaults).toString()).toBe('');
    expect(fromSearchParams(new URLSearchParams(''))).toEqual(defaults);
  });

  it('round-trips position, layers, base map, filters, selection, radius, currency and language', () => {
    const state: UrlState = {
      ...defaults,
      view: { lon: 72.7812, lat: 41.2345, zoom: 9.25 },
      layers: Object.fromEntries(Object.keys(initialViewState.layers).map((k) => [k, k === 'sites'])) as UrlState['layers'],
      basemap: 'web',
      hillshade: true,
      selection: { kind: 'site', id: 'KG-J-S01' },
      radiusKm: 12.5,
      filters: {
        region: 'KG-J',
        rayon: 'KG-J-R02',
        hazard: 'mudflow',
        status: 'works',
        category: 'honey',
        channel: 'fair',
        yearFrom: 2024,
        yearTo: 2025,
        monthFrom: null,
        monthTo: null,
      },
      currency: 'USD',
      lang: 'ky',
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it('puts a one-year range in `year` too, as the totals had it', () => {
    const s = fromSearchParams(new URLSearchParams('from=2024&to=2024'));
    expect(s.year).toBe(2024);
  });

  it('round-trips a drawn area with its selection', () => {
    const state: UrlState = { ...defaults, selection: { kind: 'area', id: 'drawn' }, area: square };
    expect(roundTrip(state)).toEqual(state);
  });

  it('leaves out an area too large for an address', () => {
    const ring = Array.from({ length: MAX_AREA_VERTICES + 5 }, (_, i) => [74 + Math.cos(i) , 42 + Math.sin(i)]);
    const state: UrlState = { ...defaults, selection: { kind: 'area', id: 'drawn' }, area: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] } };
    expect(toSearchParams(state).has('area')).toBe(false);
    expect(roundTrip(state).selection).toBeNull();
  });

  it.each([
    'map=abc', 'map=99/41/74', 'map=6/95/74', 'map=6//', 'layers=volcanoes', 'basemap=satellite', 'hillshade=yes',
    'sel=site', 'sel=planet:X', 'sel=site:<script>', 'sel=area:drawn', 'sel=area:drawn&area=1,2;3', 'area=x,y;z',
    'r=-1', 'r=101', 'r=NaN', 'r=', 'region=%00', 'region=' + 'A'.repeat(80), 'hazard=lava', 'status=done',
    'category=caviar', 'from=1999', 'to=2024.5', 'from=abc&to=', 'cur=EUR', 'lang=de', '%E0%A4%A', '&&&==&',
    'rayon=KG-J-R02', 'channel=barter', 'from=2024-13', 'to=2024-00', 'from=2024-1', 'to=2024-06-01',
  ])('garbage "%s" gives the defaults, never a crash', (query) => {
    const s = fromSearchParams(new URLSearchParams(query));
    expect(viewOf(s)).toEqual(initialViewState);
    expect(s.lang).toBeNull();
  });

  it('keeps the sensible parts of a partly broken address', () => {
    const s = fromSearchParams(new URLSearchParams('region=KG-O&hazard=lava&cur=USD&r=abc'));
    expect(s.filters.region).toBe('KG-O');
    expect(s.filters.hazard).toBeNull();
    expect(s.currency).toBe('USD');
    expect(s.radiusKm).toBe(initialViewState.radiusKm);
  });

  it('swaps a backwards year range', () => {
    expect(fromSearchParams(new URLSearchParams('from=2026&to=2024')).filters).toMatchObject({ yearFrom: 2024, yearTo: 2026 });
  });

  it('`layers=` switches every layer off', () => {
    expect(Object.values(fromSearchParams(new URLSearchParams('layers=')).layers).every((v) => !v)).toBe(true);
  });

  it('unknown layer names are ignored and other parameters in the address are kept', () => {
    expect(fromSearchParams(new URLSearchParams('layers=sites,volcanoes')).layers.sites).toBe(true);
    const params = toSearchParams({ ...defaults, currency: 'USD' }, new URLSearchParams('utm=x&cur=KGS'));
    expect(params.get('utm')).toBe('x');
    expect(params.get('cur')).toBe('USD');
  });

  it('pushes a history entry for a new selection and replaces it for anything else', () => {
    const selected = { ...initialViewState, selection: { kind: 'site' as const, id: 'A' } };
    expect(historyMode(initialViewState, selected)).toBe('push');
    expect(historyMode(selected, { ...selected, view: { lon: 1, lat: 2, zoom: 6 } })).toBe('replace');
    expect(historyMode(selected, { ...selected, selection: { kind: 'site', id: 'A' } })).toBe('replace');
  });

  it('round-trips a channel and a month range as the API writes periods (from=2024-03&to=2025-06)', () => {
    const state: UrlState = {
      ...defaults,
      filters: { ...defaults.filters, channel: 'online', yearFrom: 2024, monthFrom: 3, yearTo: 2025, monthTo: 6 },
    };
    const params = toSearchParams(state);
    expect(params.get('channel')).toBe('online');
    expect(params.get('from')).toBe('2024-03');
    expect(params.get('to')).toBe('2025-06');
    expect(roundTrip(state)).toEqual(state);
  });

  it('reads a one-year month range as that year for the totals, and swaps a backwards month range', () => {
    const s = fromSearchParams(new URLSearchParams('from=2024-02&to=2024-05'));
    expect(s.filters).toMatchObject({ yearFrom: 2024, monthFrom: 2, yearTo: 2024, monthTo: 5 });
    expect(s.year).toBe(2024);
    expect(fromSearchParams(new URLSearchParams('from=2025-02&to=2024-05')).filters).toMatchObject({
      yearFrom: 2024,
      monthFrom: 5,
      yearTo: 2025,
      monthTo: 2,
    });
  });

  it('round-trips every chip-able filter with a selection of each kind', () => {
    for (const selection of [
      { kind: 'site', id: 'KG-J-S01' },
      { kind: 'village', id: 'KG-J-V001' },
      { kind: 'region', id: 'KG-J-SUZAK' },
    ] as const) {
      const state: UrlState = {
        ...defaults,
        selection,
        filters: { ...defaults.filters, region: 'KG-J', hazard: 'flood', status: 'design', category: 'felt', channel: 'export', yearFrom: 2025, yearTo: 2025 },
        year: 2025,
      };
      expect(roundTrip(state)).toEqual(state);
    }
  });
});
