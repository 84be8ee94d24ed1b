// The offline MapLibre style: built from the GeoJSON files under /basemap, labelled with fonts bundled
// with the app (no tile server, no glyph server). Pure: the same inputs give the same style.
import type {
  ExpressionSpecification,
  FilterSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_COLORS as C, type Lang } from '../lib/config';
import { MAP_FONT_BOLD, MAP_FONT_REGULAR } from './font-names';
import type { BasemapData, BasemapNames } from './types';

/** Source id for each base-map file. */
export const BASEMAP_SOURCES = {
  country: 'basemap-country',
  'admin-units': 'basemap-admin-units',
  lakes: 'basemap-lakes',
  rivers: 'basemap-rivers',
  towns: 'basemap-towns',
  'oblast-labels': 'basemap-oblast-labels',
} as const;

/** Symbol layers whose text follows the interface language. */
export const LABEL_LAYER_IDS = ['towns-label-major', 'towns-label-minor', 'oblast-label', 'lakes-label'] as const;

/** The label of a feature in `lang`; a missing name falls back to Russian, then English. */
export function labelExpression(lang: Lang): ExpressionSpecification {
  const order: Lang[] = [lang, ...(['ru', 'en', 'ky'] as const).filter((l) => l !== lang)];
  return ['coalesce', ...order.map((l): ExpressionSpecification => ['get', `name_${l}`]), ''];
}

export const emptyCollection = <G extends FeatureCollection['features'][number]['geometry'], P>(): FeatureCollection<
  G,
  P
> => ({ type: 'FeatureCollection', features: [] });

const isArea: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const population: ExpressionSpecification = ['coalesce', ['get', 'population'], 0];
const MAJOR_TOWN = 50_000;

function layers(lang: Lang): LayerSpecification[] {
  const label = labelExpression(lang);
  const S = BASEMAP_SOURCES;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': C.background } },
    { id: 'country-fill', type: 'fill', source: S.country, paint: { 'fill-color': C.land } },
    {
      id: 'lakes-fill',
      type: 'fill',
      source: S.lakes,
      paint: { 'fill-color': C.water, 'fill-outline-color': C.waterOutline },
    },
    {
      id: 'rivers-line',
      type: 'line',
      source: S.rivers,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': C.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 8, 1.4, 11, 2.5],
      },
    },
    {
      id: 'oblast-borders',
      type: 'line',
      source: S['admin-units'],
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.oblastBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'country-outline',
      type: 'line',
      source: S.country,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.countryOutline, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 2.5] },
    },
    {
      id: 'oblast-label',
      type: 'symbol',
      source: S['oblast-labels'],
      maxzoom: 9,
      layout: {
        'text-field': label,
        'text-font': [MAP_FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 13],
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
        'text-max-width': 8,
      },
      paint: { 'text-color': C.oblastLabel, 'text-halo-color': C.land, 'text-halo-width': 1.2 },
    },
    {
      id: 'lakes-label',
      type: 'symbol',
      source: S.lakes,
      minzoom: 6.5,
      layout: { 'text-field': label, 'text-font': [MAP_FONT_REGULAR], 'text-size': 11 },
      paint: { 'text-color': '#2f6690', 'text-halo-color': C.water, 'text-halo-width': 1 },
    },
    {
      id: 'towns-circle',
      type: 'circle',
      source: S.towns,
      filter: ['>=', population, MAJOR_TOWN],
      paint: {
        'circle-radius': ['interpolate', ['linear'], population, MAJOR_TOWN, 2.5, 1_000_000, 5],
        'circle-color': C.town,
        'circle-stroke-color': C.townHalo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'towns-circle-minor',
      type: 'circle',
      source: S.towns,
      minzoom: 7.5,
      filter: ['<', population, MAJOR_TOWN],
      paint: { 'circle-radius': 2, 'circle-color': C.town, 'circle-stroke-color': C.townHalo, 'circle-stroke-width': 1 },
    },
    {
      id: 'towns-label-major',
      type: 'symbol',
      source: S.towns,
      filter: ['>=', population, MAJOR_TOWN],
      layout: {
        'text-field': label,
        'text-font': [MAP_FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], population, MAJOR_TOWN, 11, 1_000_000, 14],
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'symbol-sort-key': ['-', 0, population],
      },
      paint: { 'text-color': C.label, 'text-halo-color': C.townHalo, 'text-halo-width': 1.4 },
    },
    {
      id: 'towns-label-minor',
      type: 'symbol',
      source: S.towns,
      minzoom: 7.5,
      filter: ['<', population, MAJOR_TOWN],
      layout: {
        'text-field': label,
        'text-font': [MAP_FONT_REGULAR],
        'text-size': 10.5,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'symbol-sort-key': ['-', 0, population],
      },
      paint: { 'text-color': C.label, 'text-halo-color': C.townHalo, 'text-halo-width': 1.2 },
    },
  ];
}

export interface BasemapStyleOptions {
  lang: Lang;
  /** The fonts named in `text-font` (see fonts.ts). */
  fontFaces: FontFacesSpecification;
  /** The base-map files; empty collections until they arrive. */
  data?: Partial<BasemapData>;
}

export function buildBasemapStyle({ lang, fontFaces, data = {} }: BasemapStyleOptions): StyleSpecification {
  const S = BASEMAP_SOURCES;
  const admin = data['admin-units'] ?? emptyCollection();
  const source = (collection: FeatureCollection<FeatureCollection['features'][number]['geometry'], BasemapNames | null>) =>
    ({ type: 'geojson', data: collection }) as const;
  return {
    version: 8,
    name: 'Resiland Atlas offline base map',
    'font-faces': fontFaces,
    sources: {
      [S.country]: source(data.country ?? emptyCollection()),
      [S['admin-units']]: source(admin),
      [S.lakes]: source(data.lakes ?? emptyCollection()),
      [S.rivers]: source(data.rivers ?? emptyCollection()),
      [S.towns]: source(data.towns ?? emptyCollection()),
      [S['oblast-labels']]: source(data['oblast-labels'] ?? emptyCollection()),
    },
    layers: layers(lang),
  };
}
