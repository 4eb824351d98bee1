import type { Root } from 'mdast';
import { isByline } from '@/lib/content/byline';
import { countCjk } from '@/lib/content/cjk';
import { textOf } from '@/lib/content/plain-text';

const SENTENCE_END = /[。！？；!?;]|\.(?=\s|$)/gu;
/** How far past the limit a first sentence may run and still be kept whole. */
const OVERRUN = 1.25;

/**
 * A description from the post's opening paragraph (a byline aside): the whole paragraph when
 * short, else its sentences up to about 120 characters of Chinese or 160 of
 * Latin text, cut at a sentence end when there is one (a first sentence up to a quarter
 * longer is kept whole), else after a clause or a word, with an ellipsis.
 */
export function describeFromBody(tree: Root): string | undefined {
  const paragraph = tree.children.map((node) => (node.type === 'paragraph' ? textOf(node, { includeImageAlt: false }) : '')).find((text) => text && !isByline(text));
  if (!paragraph) return undefined;
  const limit = countCjk(paragraph) * 3 > paragraph.length ? 120 : 160;
  const characters = Array.from(paragraph);
  if (characters.length <= limit) return paragraph;
  const head = characters.slice(0, limit).join('');
  const ends = [...head.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
  const lastEnd = ends.filter((end) => end >= head.length * 0.3).at(-1);
  if (lastEnd) return head.slice(0, lastEnd).trim();
  // A first sentence a little over the limit is kept whole rather than cut.
  const longer = characters.slice(0, Math.round(limit * OVERRUN)).join('');
  const firstEnd = new RegExp(SENTENCE_END.source, 'u').exec(longer.slice(head.length));
  if (firstEnd) return longer.slice(0, head.length + firstEnd.index + firstEnd[0].length).trim();
  return `${cutAtWord(head).replace(/[\s,，、:：;；]+$/u, '')}…`;
}

/** Text cut after its last clause (a comma in Chinese, a space in Latin text), never inside a Latin word. */
function cutAtWord(head: string): string {
  const clause = Math.max(...['，', '、', '；', '：'].map((mark) => head.lastIndexOf(mark)));
  if (clause >= head.length / 2) return head.slice(0, clause);
  const space = head.lastIndexOf(' ');
  if (countCjk(head) * 3 <= head.length && space >= head.length / 2) return head.slice(0, space);
  return head.replace(/[A-Za-z0-9_.-]+$/, '');
}
