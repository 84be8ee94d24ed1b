import { describe, expect, it, vi } from 'vitest';
import { bishkekDate, fileNamePart, mapImageFilename, mapToPng, type SnapshotMap } from './map-image';

/** A stand-in for a MapLibre map: `render` listeners run when triggerRepaint is called (as a real frame would). */
function fakeMap({ renders = true, dataUrl = `data:image/png;base64,${btoa('png')}` } = {}) {
  const listeners = new Set<() => void>();
  const order: string[] = [];
  const canvas = {
    toDataURL: () => {
      order.push('read');
      return dataUrl;
    },
  };
  const map = {
    once: (_event: string, listener: () => void) => {
      listeners.add(listener);
      return map;
    },
    off: (_event: string, listener: () => void) => {
      listeners.delete(listener);
      return map;
    },
    triggerRepaint: () => {
      order.push('repaint');
      if (!renders) return;
      // The frame is drawn, then `render` fires: a listener registered with once() runs one time.
      for (const l of [...listeners]) {
        listeners.delete(l);
        order.push('render');
        l();
      }
    },
    getCanvas: () => canvas,
  };
  return { map: map as unknown as SnapshotMap, order, listeners };
}

describe('mapToPng', () => {
  it('reads the canvas inside the render it triggered, not before', async () => {
    const { map, order } = fakeMap();
    const blob = await mapToPng(map);
    expect(blob.type).toBe('image/png');
    expect(await blob.text()).toBe('png');
    expect(order).toEqual(['repaint', 'render', 'read']);
  });

  it('fails with a message when the canvas gives no picture', async () => {
    const { map } = fakeMap({ dataUrl: 'data:,' });
    await expect(mapToPng(map)).rejects.toThrow(/empty/);
  });

  it('fails after the timeout when the map never redraws, and stops listening', async () => {
    vi.useFakeTimers();
    try {
      const { map, listeners } = fakeMap({ renders: false });
      const result = mapToPng(map, 500);
      const check = expect(result).rejects.toThrow(/did not redraw within 500 ms/);
      await vi.advanceTimersByTimeAsync(501);
      await check;
      expect(listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('map image file names', () => {
  const noonBishkek = new Date('2025-05-14T06:00:00Z');

  it('names the file by region and the date in Bishkek', () => {
    expect(mapImageFilename('KG-J', noonBishkek)).toBe('resiland-map-KG-J-2025-05-14.png');
  });

  it('uses the Bishkek date, a day ahead of UTC late in the evening', () => {
    expect(bishkekDate(new Date('2025-05-14T19:30:00Z'))).toBe('2025-05-15');
  });

  it('falls back to kyrgyzstan without a region, and strips characters a file name cannot hold', () => {
    expect(mapImageFilename(null, noonBishkek)).toBe('resiland-map-kyrgyzstan-2025-05-14.png');
    expect(mapImageFilename('../Жалал', noonBishkek)).toBe('resiland-map-kyrgyzstan-2025-05-14.png');
    expect(fileNamePart('a b/c')).toBe('a_b_c');
  });
});
