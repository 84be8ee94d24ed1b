import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { qrShape } from './qr';

describe('qrShape', () => {
  it('draws one square per dark module of the code, inside a quiet zone of four modules', () => {
    const text = 'http://atlas.example.kg/?region=KG-J&lang=ky';
    const shape = qrShape(text)!;
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let dark = 0;
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) dark += modules.get(r, c) ? 1 : 0;
    expect(shape.size).toBe(modules.size + 8);
    expect(shape.d.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern starts at the quiet zone's edge.
    expect(shape.d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });

  it('gives null for a text no QR code can hold', () => {
    expect(qrShape('x'.repeat(5000))).toBeNull();
  });
});
