// Evaluates a MapLibre paint value for one feature the way MapLibre does (style-spec's expression engine), so layer
// factories can be tested by what they draw rather than by the shape of their expressions.
import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';

type PaintGroup = 'paint_fill' | 'paint_line' | 'paint_circle' | 'layout_circle';

/** The evaluated value: colours as `rgba(r,g,b,a)` strings, numbers and arrays as they are. */
/** `state` is the feature's feature state (what layers read with ['feature-state', …]). */
export function evaluatePaint(group: PaintGroup, property: string, value: unknown, properties: object = {}, state: object = {}): unknown {
  const spec = (latest[group] as Record<string, unknown>)[property] as StylePropertySpecification;
  const parsed = createExpression(value, group.startsWith('layout') ? 'layout' : 'paint', spec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  // Feature type 3 = polygon, as MapLibre passes it for fill and line layers over polygons.
  // Feature type 1 = point, for circle layers.
  const type = group.endsWith('_circle') ? 1 : 3;
  const result: unknown = parsed.value.evaluate({ zoom: 8 }, { type, properties } as never, state as never);
  if (result !== null && typeof result === 'object' && 'r' in result) {
    const { r, g, b, a } = result as { r: number; g: number; b: number; a: number };
    return `rgba(${[r, g, b].map((c) => Math.round((c / (a || 1)) * 255)).join(',')},${a})`;
  }
  return result;
}
