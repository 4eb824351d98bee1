import compactEmoji from 'emojibase-data/en/compact.json';
import githubShortcodes from 'emojibase-data/en/shortcodes/github.json';
import joypixelsShortcodes from 'emojibase-data/en/shortcodes/joypixels.json';

let index: Map<string, string> | undefined;

/**
 * The emoji for a shortcode as mkdocs-material writes it (`:tada:`,
 * `:hugging:`): its default index is Twemoji with JoyPixels' names; GitHub's
 * names are accepted too. Undefined for names it does not know.
 */
export function emojiFor(name: string): string | undefined {
  index ??= buildIndex();
  return index.get(name);
}

function buildIndex(): Map<string, string> {
  const byHexcode = new Map(compactEmoji.map((entry) => [entry.hexcode, entry.unicode]));
  const map = new Map<string, string>();
  for (const shortcodes of [githubShortcodes, joypixelsShortcodes] as Record<string, string | string[]>[]) {
    for (const [hexcode, names] of Object.entries(shortcodes)) {
      const unicode = byHexcode.get(hexcode);
      if (unicode) for (const name of [names].flat()) map.set(name, unicode);
    }
  }
  return map;
}
