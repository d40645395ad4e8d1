import { encode } from 'uqr';

/** A QR code as one SVG path: the dark modules, row by row, on a `size` × `size` grid. */
export interface QrCode {
  /** What it encodes. */
  address: string;
  /** Modules per side, the quiet zone included. */
  size: number;
  /** The dark modules, as runs along each row. */
  d: string;
}

/**
 * Lays out a QR code for an address at build time (uqr, error correction M, so a projector's glare
 * or a crease in the handout still scans). Runs of dark modules become one rectangle each, which
 * keeps the path a few hundred bytes.
 */
export function qrCodeFor(address: string): QrCode {
  const { size, data } = encode(address, { ecc: 'M', border: 2 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { address, size, d: runs.join('') };
}
