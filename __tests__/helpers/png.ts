import { encodePng } from '../../scripts/lib/png.mjs';

/** A valid single-colour PNG of the given size, for tests that read image dimensions. */
export function pngBytes(width: number, height: number, rgb: [number, number, number] = [40, 120, 200]): Buffer {
  return encodePng(width, height, () => rgb);
}
