import { Buffer } from 'node:buffer';
import qrcode from 'qrcode-generator';

/** Light modules around the symbol, which scanners need to find it (4 is what the QR standard asks for). */
export const QUIET_ZONE = 4;

export type QrCode = {
  /** Modules on a side, without the quiet zone. */
  size: number;
  /** SVG path data of the dark modules, one unit per module, offset by the quiet zone. */
  path: string;
};

/**
 * The QR code of `text`, as SVG path data, computed when the page is built.
 * Error correction level M (15% of the symbol can be damaged or covered) is
 * what phone cameras read comfortably from a screen.
 */
export function qrCode(text: string): QrCode {
  const code = qrcode(0, 'M');
  // The library turns each character into one byte, keeping only its low 8 bits:
  // hand it UTF-8 bytes so that any text (an IDN host, say) is encoded faithfully.
  code.addData(Buffer.from(text, 'utf8').toString('latin1'), 'Byte');
  code.make();
  const size = code.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    // Neighbouring dark modules of a row are one rectangle: a path a fraction of the length.
    for (let col = 0; col < size; ) {
      if (!code.isDark(row, col)) {
        col += 1;
        continue;
      }
      let end = col;
      while (end < size && code.isDark(row, end)) end += 1;
      runs.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h${end - col}v1h-${end - col}z`);
      col = end;
    }
  }
  return { size, path: runs.join('') };
}
