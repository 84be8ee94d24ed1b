// Properties of the offline base-map GeoJSON files served under /basemap (made by scripts/ from data/).
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** Names as the base-map files carry them; Kyrgyz (and sometimes others) may be missing. */
export interface BasemapNames {
  name_en?: string | null;
  name_ru?: string | null;
  name_ky?: string | null;
}

export interface AdminUnitProps extends BasemapNames {
  level?: string | null;
}

export interface TownProps extends BasemapNames {
  population?: number | null;
}

/** A label point of an area unit (the country, an oblast, Bishkek), placed by scripts/build-base-data.ts. */
export interface OblastLabelProps extends BasemapNames {
  code: string;
  level: string;
}

export interface BasemapData {
  country: FeatureCollection<Polygon | MultiPolygon, BasemapNames>;
  'admin-units': FeatureCollection<Polygon | MultiPolygon | Point, AdminUnitProps>;
  lakes: FeatureCollection<Polygon | MultiPolygon, BasemapNames>;
  rivers: FeatureCollection<LineString | MultiLineString, BasemapNames>;
  towns: FeatureCollection<Point, TownProps>;
  'oblast-labels': FeatureCollection<Point, OblastLabelProps>;
}

export type BasemapLayerName = keyof BasemapData;
export const BASEMAP_LAYERS: readonly BasemapLayerName[] = ['country', 'admin-units', 'lakes', 'rivers', 'towns', 'oblast-labels'];
