// "Ask about an area": draw a polygon or a circle on the map; the finished shape becomes the selection.
import '../../styles/map-tools.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type * as maplibregl from 'maplibre-gl';
import type { Polygon } from 'geojson';
import { MIN_POLYGON_VERTICES } from './draw-state';
import { useDrawTool } from './use-draw-tool';

export interface DrawControlProps {
  map: maplibregl.Map | null;
  area: Polygon | null;
  onFinish: (polygon: Polygon) => void;
  /** Tells the map to ignore clicks for selection while a drawing is under way. */
  onDrawingChange?: (drawing: boolean) => void;
}

export function DrawControl({ map, area, onFinish, onDrawingChange }: DrawControlProps) {
  const { t } = useTranslation();
  const tool = useDrawTool(map, area, onFinish);
  const { mode, vertices } = tool.state;
  useEffect(() => onDrawingChange?.(tool.drawing), [tool.drawing, onDrawingChange]);

  let instructions = '';
  if (mode === 'polygon') {
    instructions = vertices.length < MIN_POLYGON_VERTICES ? t('draw.polygonStart') : t('draw.polygonFinish');
  } else if (mode === 'circle') {
    instructions = vertices.length === 0 ? t('draw.circleCenter') : t('draw.circleEdge');
  }
  return (
    <div className="draw-control" role="group" aria-label={t('draw.title')}>
      {!tool.drawing && (
        <>
          <button type="button" className="button" onClick={() => tool.start('polygon')} disabled={!map} data-testid="draw-polygon">
            {t('draw.polygon')}
          </button>
          <button type="button" className="button" onClick={() => tool.start('circle')} disabled={!map} data-testid="draw-circle">
            {t('draw.circle')}
          </button>
        </>
      )}
      {tool.drawing && (
        <>
          <p className="draw-control__hint" role="status" data-testid="draw-hint">
            {instructions}
          </p>
          {mode === 'polygon' && (
            <button type="button" className="button" onClick={tool.finish} disabled={vertices.length < MIN_POLYGON_VERTICES} data-testid="draw-finish">
              {t('draw.finish')}
            </button>
          )}
          <button type="button" className="button" onClick={tool.cancel} data-testid="draw-cancel">
            {t('draw.cancel')}
          </button>
        </>
      )}
    </div>
  );
}
