import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create as openFont } from 'fontkit';

/**
 * Noto Sans SC (OFL) covers all of GB2312 and Latin, so both locales' social
 * images draw every character with real glyphs. The files come from the npm
 * package; nothing is fetched while drawing.
 */
export const OG_FONT_FAMILY = 'Noto Sans SC';

/** Read once per process and shared by every image drawn in it (literal paths keep build tracing to these files). */
export const ogFontData = {
  400: readFileSync(join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  700: readFileSync(join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
};

let characterSet: Set<number> | undefined;

/** Characters of `text` that the font cannot draw (whitespace aside). */
export function missingGlyphs(text: string): string[] {
  if (!characterSet) {
    const font = openFont(ogFontData[700]);
    if (!('characterSet' in font)) throw new Error('NotoSansSC_700Bold.ttf is a font collection, expected a single font');
    characterSet = new Set(font.characterSet);
  }
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!characterSet.has(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
