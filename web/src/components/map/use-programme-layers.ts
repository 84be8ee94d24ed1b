// The programme's default layers, drawn by MapLibre (no deck.gl in the first view): exposure rings, villages and
// sites, bottom to top, over the base map and the vector-tile layers. Each comes from its factory in
// web/src/layers/; this module adds them once, feeds them data, follows the layer list and the selection, and
// gives sites and villages a hover tooltip, the pointer cursor and click-to-select. The sources hold every site and
// village; the filters hide some with feature state (use-feature-states.ts), so a filter switch calls no setData.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import type { Lang } from '../../lib/config';
import type { SiteCollection, SiteFeature, VillageCollection, VillageFeature } from '../../lib/api';
import {
  EXPOSURE_RINGS_LAYER_ID,
  EXPOSURE_RINGS_LINE_ID,
  EXPOSURE_RINGS_SOURCE_ID,
  createExposureRingsLayers,
  exposureRings,
  exposureRingsData,
  exposureRingsSource,
} from '../../layers/exposure-rings';
import { SITES_LAYER_ID, SITES_SOURCE_ID, createSitesLayer, sitesData, sitesSource } from '../../layers/sites';
import { TOOLTIP_STYLE, tooltipFor, type Translate } from '../../layers/tooltips';
import {
  VILLAGES_LAYER_ID,
  VILLAGES_SOURCE_ID,
  createVillagesLayer,
  villagesData,
  villagesSource,
} from '../../layers/villages';
import type { LayerKey, Selection } from '../../state/view-state';
import { drawnFeatures } from './use-feature-states';

/** Layers whose features open a panel when clicked (the pointer shows it), topmost first. */
export const CLICKABLE_LAYER_IDS = [SITES_LAYER_ID, VILLAGES_LAYER_ID] as const;
/** How far from a dot's edge a pointer still hits it, px. */
const PICK_TOLERANCE_PX = 3;

/**
 * The sources and layers, bottom to top, for the map's initial style (so their data load with the base map's,
 * not after its `load`); they go on top of the style, beneath what is added later (the drawing tool's layers).
 */
export function programmeStyle(layers: Record<LayerKey, boolean>): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  return {
    sources: {
      [EXPOSURE_RINGS_SOURCE_ID]: exposureRingsSource(),
      [VILLAGES_SOURCE_ID]: villagesSource(),
      [SITES_SOURCE_ID]: sitesSource(),
    },
    layers: [
      ...createExposureRingsLayers(layers.exposureRings),
      createVillagesLayer({ visible: layers.villages }),
      createSitesLayer({ visible: layers.sites }),
    ],
  };
}

/** The topmost site or village drawn at a point of the map (page pixels relative to the map), or null. */
export function pickClickable(map: maplibregl.Map, point: { x: number; y: number }): { layerId: string; code: string } | null {
  const d = PICK_TOLERANCE_PX;
  const found = drawnFeatures(map, [...CLICKABLE_LAYER_IDS], [
    [point.x - d, point.y - d],
    [point.x + d, point.y + d],
  ]);
  // queryRenderedFeatures lists the topmost layer first; within it, the feature drawn last first.
  for (const f of found) {
    const code = f.properties?.code;
    if (typeof code === 'string') return { layerId: f.layer.id, code };
  }
  return null;
}

export interface ProgrammeLayersInput {
  /** Every site and village the sources hold (the filters hide some with feature state). */
  sites: SiteCollection | undefined;
  villages: VillageCollection | undefined;
  layers: Record<LayerKey, boolean>;
  selection: Selection | null;
  radiusKm: number;
  onSelect: (selection: Selection) => void;
  /** True while an area is being drawn: clicks then belong to the drawing. */
  drawingRef: { current: boolean };
  lang: Lang;
  t: Translate;
}

const setData = (map: maplibregl.Map, id: string, data: GeoJSON) => map.getSource<GeoJSONSource>(id)?.setData(data);

/** The same features, in the same order (a filter switch that only hides and shows gives them back unchanged). */
const sameFeatures = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * setData on a GeoJSON source when its features change, not when only the collection around them does: setData goes
 * through MapLibre's worker and would delay the frame the filters' feature state is drawn in.
 */
function useSourceData<F>(map: maplibregl.Map | null, sourceId: string, features: readonly F[] | undefined, toData: (features: readonly F[]) => GeoJSON) {
  const last = useRef<{ map: maplibregl.Map; features: readonly F[] } | null>(null);
  useEffect(() => {
    if (!map || !features) return;
    if (last.current?.map === map && sameFeatures(last.current.features, features)) return;
    last.current = { map, features };
    setData(map, sourceId, toData(features));
  }, [map, sourceId, features, toData]);
}

/**
 * Marks the selected feature of a source with the `selected` feature state the layer's paint reads (and unmarks the
 * one before): drawn in the next frame, where a changed paint expression went through MapLibre's worker.
 */
function useSelectedState(map: maplibregl.Map | null, source: string, id: string | null) {
  const marked = useRef<{ map: maplibregl.Map; id: string } | null>(null);
  useLayoutEffect(() => {
    if (!map?.getSource(source)) return;
    const last = marked.current?.map === map ? marked.current.id : null;
    if (last === id) return;
    if (last !== null) map.setFeatureState({ source, id: last }, { selected: false });
    if (id !== null) map.setFeatureState({ source, id }, { selected: true });
    marked.current = id === null ? null : { map, id };
  }, [map, source, id]);
}

export function useProgrammeLayers(map: maplibregl.Map | null, input: ProgrammeLayersInput) {
  const { sites, villages, layers, selection, radiusKm, onSelect, drawingRef, lang, t } = input;
  const selectedSite = selection?.kind === 'site' ? selection.id : null;
  const selectedVillage = selection?.kind === 'village' ? selection.id : null;

  const rings = useMemo(
    () => (layers.exposureRings ? exposureRings(sites?.features ?? [], radiusKm, selectedSite) : []),
    [layers.exposureRings, sites, radiusKm, selectedSite],
  );

  // The tooltip and click read the original features (MapLibre's copies flatten nested properties).
  const lookup = useRef({ sites: new Map<string, SiteFeature>(), villages: new Map<string, VillageFeature>() });
  lookup.current = useMemo(
    () => ({
      sites: new Map((sites?.features ?? []).map((f) => [f.properties.code, f])),
      villages: new Map((villages?.features ?? []).map((f) => [f.properties.code, f])),
    }),
    [sites, villages],
  );
  const latest = useRef({ onSelect, lang, t });
  latest.current = { onSelect, lang, t };

  useSourceData(map, SITES_SOURCE_ID, sites?.features, sitesData);
  useSourceData(map, VILLAGES_SOURCE_ID, villages?.features, villagesData);
  useSourceData(map, EXPOSURE_RINGS_SOURCE_ID, rings, exposureRingsData);

  useEffect(() => {
    if (!map) return;
    const show = (id: string, visible: boolean) => {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    };
    show(SITES_LAYER_ID, layers.sites);
    show(VILLAGES_LAYER_ID, layers.villages);
    show(EXPOSURE_RINGS_LAYER_ID, layers.exposureRings);
    show(EXPOSURE_RINGS_LINE_ID, layers.exposureRings);
  }, [map, layers.sites, layers.villages, layers.exposureRings]);

  useSelectedState(map, SITES_SOURCE_ID, selectedSite);
  useSelectedState(map, VILLAGES_SOURCE_ID, selectedVillage);

  // Hover: tooltip beside the pointer and the pointer cursor; click: select. Not while an area is being drawn.
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    const tooltip = document.createElement('div');
    tooltip.className = 'atlas-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.dataset.testid = 'map-tooltip';
    Object.assign(tooltip.style, TOOLTIP_STYLE, { position: 'absolute', pointerEvents: 'none', zIndex: '3', display: 'none' });
    map.getContainer().appendChild(tooltip);
    let pointer = false;

    const hide = () => {
      tooltip.style.display = 'none';
      if (pointer) canvas.style.cursor = '';
      pointer = false;
    };
    const objectOf = (picked: { layerId: string; code: string }) =>
      picked.layerId === SITES_LAYER_ID ? lookup.current.sites.get(picked.code) : lookup.current.villages.get(picked.code);

    const onMove = (e: maplibregl.MapMouseEvent) => {
      if (drawingRef.current) return hide();
      const picked = pickClickable(map, e.point);
      const object = picked ? objectOf(picked) : undefined;
      if (!picked || !object) return hide();
      canvas.style.cursor = 'pointer';
      pointer = true;
      const { lang: l, t: tr } = latest.current;
      const content = tooltipFor({ layer: { id: picked.layerId }, object }, l, tr);
      if (!content) return;
      tooltip.innerHTML = content.html;
      tooltip.style.display = 'block';
      // Beside the pointer, kept inside the map.
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const x = Math.min(e.point.x + 14, Math.max(0, w - tooltip.offsetWidth - 4));
      const y = e.point.y + 14 + tooltip.offsetHeight > h ? Math.max(0, e.point.y - tooltip.offsetHeight - 10) : e.point.y + 14;
      tooltip.style.left = `${x}px`;
      tooltip.style.top = `${y}px`;
    };
    const onClick = (e: maplibregl.MapMouseEvent) => {
      if (drawingRef.current) return;
      const picked = pickClickable(map, e.point);
      if (!picked) return;
      latest.current.onSelect({ kind: picked.layerId === SITES_LAYER_ID ? 'site' : 'village', id: picked.code });
    };
    map.on('mousemove', onMove);
    map.on('mouseout', hide);
    map.on('movestart', hide);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', hide);
      map.off('movestart', hide);
      map.off('click', onClick);
      tooltip.remove();
    };
  }, [map, drawingRef]);
}
