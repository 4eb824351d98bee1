import type { PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isFullwidthPunctuation } from '@/lib/content/cjk';

/** A bare address in text, as GFM finds one: up to the next space. */
const BARE_URL = /(?:https?:\/\/|www\.)\S+/g;

/**
 * GFM links a bare address up to the next space, so in Chinese, which has no
 * spaces, `详见 https://example.com，然后` would link "，然后" too. An address
 * ends before full-width punctuation (，。：；）and the like; Chinese characters
 * in a path are kept), and a `)` it does not open is the text's, not the
 * address's, as in `（见 https://example.com/a_(b)）`. Links written as links
 * (`[text](url)`, or `<url>` in plain Markdown) are the writer's choice and stay whole.
 */
export default function remarkCjkAutolinks() {
  return (tree: Root, file: { value?: unknown }) => trimCjkAutolinks(tree, String(file.value ?? ''));
}

/** The same on a tree parsed from `source` (the importer's). */
export function trimCjkAutolinks(tree: Root, source: string) {
  visit(tree, 'link', (link, index, parent) => {
    const [text] = link.children;
    if (!parent || index === undefined || link.children.length !== 1 || text.type !== 'text') return;
    const prefix = link.url.slice(0, link.url.length - text.value.length);
    const isLiteral = link.url.endsWith(text.value) && (prefix === '' || prefix === 'http://') && /^(?:https?:\/\/|www\.)/.test(text.value);
    // A bare address, not `[text](url)` or `<url>` whose text is the address: its source is the address itself.
    const offset = link.position?.start.offset;
    if (!isLiteral || offset === undefined || !source.startsWith(text.value, offset)) return;
    const [address, rest] = splitAddress(text.value);
    if (!rest) return;
    text.value = address;
    link.url = prefix + address;
    const after = linkBareAddresses(rest);
    parent.children.splice(index + 1, 0, ...after);
    return [SKIP, index + 1 + after.length];
  });
}

/** An address and the text that follows it: cut at full-width punctuation, without a `)` it does not open. */
function splitAddress(value: string): [string, string] {
  const characters = Array.from(value);
  const cut = characters.findIndex(isFullwidthPunctuation);
  let address = cut < 0 ? value : characters.slice(0, cut).join('');
  while (address.endsWith(')') && count(address, '(') < count(address, ')')) address = address.slice(0, -1);
  return [address, value.slice(address.length)];
}

/** Text in which the further bare addresses are links again. */
function linkBareAddresses(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(BARE_URL)) {
    const [address] = splitAddress(match[0]);
    if (match.index > last) nodes.push({ type: 'text', value: value.slice(last, match.index) });
    const url = address.startsWith('www.') ? `http://${address}` : address;
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: address }] });
    last = match.index + address.length;
  }
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
