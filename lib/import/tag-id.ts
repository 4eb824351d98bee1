import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/**
 * A tag id (lowercase a-z, 0-9, single -) made from a tag's name: Latin text as
 * a slug (`Cloud Native` -> `cloud-native`, `Día` -> `dia`), Chinese through
 * its pinyin without tones (`云原生` -> `yun-yuan-sheng`), so the URL can be
 * read and typed. A name that yields no letters or digits at all (emoji,
 * punctuation) gets `t-` and a hash of the name, the same each run.
 */
export function tagIdFromName(name: string): string {
  const latin = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
  const id = latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || `t-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
