import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { textElement } from './jsx';

/** pymdownx.keys names that are not the key's label with its first letter capitalised. */
const KEY_LABELS: Record<string, string> = {
  ctrl: 'Ctrl',
  control: 'Ctrl',
  cmd: 'Cmd',
  command: 'Cmd',
  opt: 'Option',
  option: 'Option',
  win: 'Win',
  windows: 'Win',
  meta: 'Meta',
  esc: 'Esc',
  escape: 'Esc',
  del: 'Del',
  delete: 'Del',
  ins: 'Ins',
  insert: 'Ins',
  'page-up': 'Page Up',
  'page-down': 'Page Down',
  pgup: 'Page Up',
  pgdn: 'Page Down',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  'arrow-up': '↑',
  'arrow-down': '↓',
  'arrow-left': '←',
  'arrow-right': '→',
  return: 'Enter',
  plus: '+',
};

/** `++ctrl+alt+del++`: key names (or "quoted labels") joined by `+`, between `++`. */
const KEYS = /(?<!\{)\+\+((?:[a-z0-9-]+|"[^"\n]+")(?:\+(?:[a-z0-9-]+|"[^"\n]+"))*)\+\+/gi;

export function keyLabel(name: string): string {
  if (name.startsWith('"')) return name.slice(1, -1);
  const lower = name.toLowerCase();
  if (KEY_LABELS[lower]) return KEY_LABELS[lower];
  if (/^f\d{1,2}$/.test(lower)) return lower.toUpperCase();
  return lower.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/**
 * Keyboard keys written for pymdownx.keys (`++ctrl+c++`) become <kbd> elements
 * joined by "+", as mkdocs shows them; inline code keeps its `++` as written.
 */
export function replaceKeys(tree: Root) {
  findAndReplace(tree, [
    KEYS,
    (_whole: string, keys: string) => {
      const parts = keys.match(/"[^"\n]+"|[^+]+/g) ?? [];
      return parts.flatMap((key, index): PhrasingContent[] => [
        ...(index ? [{ type: 'text' as const, value: '+' }] : []),
        textElement('kbd', {}, [{ type: 'text', value: keyLabel(key) }]),
      ]);
    },
  ]);
}
