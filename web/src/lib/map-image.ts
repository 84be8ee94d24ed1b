// The map as a PNG: what MapLibre shows, read from its WebGL canvas. MapLibre creates its context without
// preserveDrawingBuffer (faster), so the canvas may already be cleared once a frame has been composited; the
// pixels are read inside a `render` event that we trigger ourselves, in the same frame as the drawing, where the
// drawing buffer is still intact. They are read with toDataURL, which copies synchronously: Chromium's toBlob reads
// a WebGL canvas later, and was seen here to return a half-drawn next frame (background and one layer only).
import type * as maplibregl from 'maplibre-gl';

/** The part of a MapLibre map this module uses (a fake of it is enough in unit tests). */
export type SnapshotMap = Pick<maplibregl.Map, 'once' | 'off' | 'triggerRepaint' | 'getCanvas'>;

/** A repaint that never comes (a removed map, a lost WebGL context) must not hang a download or the briefing. */
const RENDER_TIMEOUT_MS = 10_000;

/** The map's current picture as a PNG Blob, at the canvas's resolution (device pixels). */
export function mapToPng(map: SnapshotMap, timeoutMs = RENDER_TIMEOUT_MS): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('render', onRender);
      reject(new Error(`The map did not redraw within ${timeoutMs} ms, so no picture could be taken`));
    }, timeoutMs);
    function onRender() {
      clearTimeout(timer);
      try {
        resolve(dataUrlToBlob(map.getCanvas().toDataURL('image/png')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    map.once('render', onRender);
    map.triggerRepaint();
  });
}

/** The bytes of a base64 data: URL as a Blob of its type. */
export function dataUrlToBlob(url: string): Blob {
  const match = /^data:([^;,]+);base64,(.*)$/.exec(url);
  // A canvas of zero width or height gives "data:," (no picture).
  if (!match || match[2] === '') throw new Error('The map picture is empty (the canvas has no pixels)');
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1] });
}

/** Today's date in Kyrgyzstan (Asia/Bishkek, UTC+6) as YYYY-MM-DD, as the server names its downloads. */
export function bishkekDate(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A code fit for a file name: letters, digits, '-', '_' only; anything else becomes '_'. */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
}

/** resiland-map-<region, site or area code; kyrgyzstan when none>-<YYYY-MM-DD>.png */
export function mapImageFilename(subject: string | null, now: Date = new Date()): string {
  const part = subject ? fileNamePart(subject) : '';
  return `resiland-map-${part || 'kyrgyzstan'}-${bishkekDate(now)}.png`;
}

/** Offers a Blob as a download under `filename` (the browser's save dialog or downloads bar). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The map as a PNG download named by region and date: what the atlas's "Map PNG" button calls. */
export async function downloadMapPng(map: SnapshotMap, subject: string | null): Promise<void> {
  saveBlob(await mapToPng(map), mapImageFilename(subject));
}
