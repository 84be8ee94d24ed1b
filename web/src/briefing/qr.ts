// The QR code of the live view's address, drawn as one SVG path (no canvas, no network): `qrcode` computes the
// modules; each dark module becomes a 1×1 square in a viewBox of the code's size plus its quiet zone.
import { create } from 'qrcode';

export interface QrShape {
  /** Modules per side, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules. */
  d: string;
}

/** Four modules of light margin on each side, as the QR standard asks, so phones find the code on a busy page. */
const QUIET = 4;

/** The code of `text`, or null when the text is too long for any QR code (a very detailed drawn area). */
export function qrShape(text: string): QrShape | null {
  let modules;
  try {
    modules = create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null;
  }
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET, d: parts.join('') };
}
