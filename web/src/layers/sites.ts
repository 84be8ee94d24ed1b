// Hazard sites: a dot per site, filled by hazard type (Okabe–Ito) and outlined by programme status.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { SiteFeature, SiteProperties as SiteProps } from '../lib/api';
import { HAZARD_COLORS, SELECTED_OUTLINE, SITE_RADIUS_PX, STATUS_OUTLINES, type Rgba } from '../lib/config';

export const SITES_LAYER_ID = 'sites';

const UNKNOWN: Rgba = [128, 128, 128, 255];

export function siteFillColor(p: SiteProps): Rgba {
  return HAZARD_COLORS[p.hazardType] ?? UNKNOWN;
}

export function siteLineColor(p: SiteProps, selectedCode: string | null): Rgba {
  if (p.code === selectedCode) return SELECTED_OUTLINE;
  return STATUS_OUTLINES[p.status]?.color ?? UNKNOWN;
}

export function siteLineWidth(p: SiteProps, selectedCode: string | null): number {
  const base = STATUS_OUTLINES[p.status]?.widthPx ?? 1;
  return p.code === selectedCode ? base + 2 : base;
}

export function siteRadius(p: SiteProps, selectedCode: string | null): number {
  return p.code === selectedCode ? SITE_RADIUS_PX + 3 : SITE_RADIUS_PX;
}

export function sitePosition(f: SiteFeature): [number, number] {
  const [lon = 0, lat = 0] = f.geometry.coordinates;
  return [lon, lat];
}

export interface SitesLayerOptions {
  data: readonly SiteFeature[];
  visible?: boolean;
  selectedCode?: string | null;
  onClick?: (site: SiteFeature) => void;
}

export function createSitesLayer({ data, visible = true, selectedCode = null, onClick }: SitesLayerOptions) {
  return new ScatterplotLayer<SiteFeature>({
    id: SITES_LAYER_ID,
    data: data.filter((f) => f.geometry?.type === 'Point'),
    visible,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: sitePosition,
    getFillColor: (f) => siteFillColor(f.properties),
    getLineColor: (f) => siteLineColor(f.properties, selectedCode),
    getLineWidth: (f) => siteLineWidth(f.properties, selectedCode),
    getRadius: (f) => siteRadius(f.properties, selectedCode),
    updateTriggers: {
      getLineColor: [selectedCode],
      getLineWidth: [selectedCode],
      getRadius: [selectedCode],
    },
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    onClick: (info: PickingInfo<SiteFeature>) => {
      if (info.object && onClick) onClick(info.object);
      return Boolean(info.object);
    },
  });
}
