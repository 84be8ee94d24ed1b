import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { SiteDetail, VillageFeature } from '../lib/api';
import { COUNTRY_BOUNDS } from '../lib/config';
import { fromSearchParams } from '../state/url-state';
import { briefingCamera, COUNTRY_PADDING } from './camera';

const view = (query: string) => fromSearchParams(new URLSearchParams(query));

// Two oblasts as boxes; the base map's admin units carry their ISO code as `code`.
const adminUnits: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: 'KG-J' },
      geometry: { type: 'Polygon', coordinates: [[[70.2, 40.4], [74.2, 40.4], [74.2, 42.5], [70.2, 42.5], [70.2, 40.4]]] },
    },
    {
      type: 'Feature',
      properties: { code: 'KG-O' },
      geometry: { type: 'Polygon', coordinates: [[[72.0, 39.2], [75.7, 39.2], [75.7, 41.0], [72.0, 41.0], [72.0, 39.2]]] },
    },
  ],
};

const site = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [72.9, 41.0] },
  properties: { code: 'KG-J-01', zone: null },
} as unknown as SiteDetail;

const village = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [72.75, 41.04] },
  properties: { code: 'KG-V-0001' },
} as unknown as VillageFeature;

const none = { adminUnits, site: undefined, village: undefined };

describe('the camera of a briefing', () => {
  it('frames a region (selected or filtered) by its outline, as the atlas fits a selected region', () => {
    const camera = { kind: 'bounds', bounds: [72.0, 39.2, 75.7, 41.0], padding: 48, maxZoom: 12 };
    expect(briefingCamera(view('region=KG-O'), none)).toEqual(camera);
    expect(briefingCamera(view('sel=region:KG-O'), none)).toEqual(camera);
  });

  it('frames the whole country, whatever the page showed before, when the briefing is about the country', () => {
    expect(briefingCamera(view('lang=ky'), none)).toEqual({ kind: 'bounds', bounds: COUNTRY_BOUNDS, padding: COUNTRY_PADDING });
  });

  it('keeps the map position of the address when nothing is selected or filtered by region', () => {
    expect(briefingCamera(view('map=8/42.5/78'), none)).toEqual({ kind: 'center', center: [78, 42.5], zoom: 8 });
    expect(briefingCamera(view('map=8/42.5/78&region=KG-J'), none)).toMatchObject({ kind: 'bounds', bounds: [70.2, 40.4, 74.2, 42.5] });
  });

  it('frames a site with its exposure radius once the site has arrived, and waits for it before', () => {
    expect(briefingCamera(view('sel=site:KG-J-01&r=0'), none)).toBeNull();
    const [west, south, east, north] = (briefingCamera(view('sel=site:KG-J-01&r=10'), { ...none, site }) as { bounds: number[] }).bounds;
    // 10 km around 72.9 E, 41.0 N: about 0.09° of latitude and 0.12° of longitude each way.
    expect(north! - south!).toBeCloseTo(0.18, 2);
    expect(east! - west!).toBeCloseTo(0.238, 2);
    // Another site's detail (the last briefing's) is not this one's.
    expect(briefingCamera(view('sel=site:KG-J-02'), { ...none, site })).toBeNull();
  });

  it('centres a village at the atlas\'s village zoom', () => {
    expect(briefingCamera(view('sel=village:KG-V-0001'), { ...none, village })).toEqual({ kind: 'center', center: [72.75, 41.04], zoom: 10 });
    expect(briefingCamera(view('sel=village:KG-V-0001'), none)).toBeNull();
    // The villages are in and this one is not among them: the country rather than a map that never opens.
    expect(briefingCamera(view('sel=village:KG-V-0001'), { ...none, village: null })).toEqual({
      kind: 'bounds',
      bounds: COUNTRY_BOUNDS,
      padding: COUNTRY_PADDING,
    });
  });

  it('frames a drawn area by its extent, and falls back to the country for a region the base map does not outline', () => {
    expect(briefingCamera(view('sel=area:drawn&area=72.9,40.9;73.1,40.9;73.1,41.1'), none)).toMatchObject({ bounds: [72.9, 40.9, 73.1, 41.1] });
    expect(briefingCamera(view('region=KG-Y'), none)).toEqual({ kind: 'bounds', bounds: COUNTRY_BOUNDS, padding: COUNTRY_PADDING });
    expect(briefingCamera(view('region=KG-J'), { ...none, adminUnits: undefined })).toBeNull();
  });
});
