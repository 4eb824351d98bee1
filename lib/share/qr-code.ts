import { Buffer } from 'node:buffer';
import qrcode from 'qrcode-generator';

/** Light modules around the symbol, which scanners need to find it (4 is what the QR standard asks for). */
export const QUIET_ZONE = 4;

export type QrCode = {
  /** Modules on a side, without the quiet zone. */
  size: number;
  /**
   * SVG path data of the dark modules, offset by the quiet zone, to be drawn
   * with a stroke 1 unit wide: each row's runs of dark modules are horizontal
   * lines through the row's middle, each reached by a relative move from the last
   * (`M4 4.5h7m1 0h2...`). A third of the bytes of one rectangle per run, and
   * the page carries the path twice (the HTML and React's payload).
   */
  path: string;
};

/**
 * The QR code of `text`, computed when the page is built. Error correction
 * level M (15% of the symbol can be damaged or covered) is what phone cameras
 * read comfortably from a screen.
 */
export function qrCode(text: string): QrCode {
  const code = qrcode(0, 'M');
  // The library turns each character into one byte, keeping only its low 8 bits:
  // hand it UTF-8 bytes so that any text (an IDN host, say) is encoded faithfully.
  code.addData(Buffer.from(text, 'utf8').toString('latin1'), 'Byte');
  code.make();
  const size = code.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row += 1) {
    let penAt: number | undefined;
    for (let col = 0; col < size; ) {
      if (!code.isDark(row, col)) {
        col += 1;
        continue;
      }
      let end = col;
      while (end < size && code.isDark(row, end)) end += 1;
      path += penAt === undefined ? `M${col + QUIET_ZONE} ${row + QUIET_ZONE + 0.5}` : `m${col - penAt} 0`;
      path += `h${end - col}`;
      penAt = end;
      col = end;
    }
  }
  return { size, path };
}
