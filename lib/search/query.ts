import { forEachPosting, weightOf, MAX_BODY_COUNT, type SearchDoc, type SearchIndex } from './index-format';
import { termsOf, tokenize, type Token } from './tokenize';

/** The index as the browser queries it: a Map, so a term such as "constructor" is never an Object method. */
export type LoadedIndex = { docs: SearchDoc[]; terms: Map<string, number[]> };

export type Hit = { doc: SearchDoc; score: number };

export function loadIndex(json: SearchIndex): LoadedIndex {
  return { docs: json.docs, terms: new Map(Object.entries(json.terms)) };
}

/** The distinct words and CJK runs of what the reader typed. */
export function parseQuery(query: string): Token[] {
  const seen = new Set<string>();
  return tokenize(query).filter((token) => !seen.has(token.text) && seen.add(token.text));
}

/** Weight of a CJK run of three or more characters, checked in the text: its bigrams may occur apart. */
function runWeight(doc: SearchDoc, run: string): number {
  let count = 0;
  for (let at = doc.text.indexOf(run); at >= 0 && count < MAX_BODY_COUNT; at = doc.text.indexOf(run, at + run.length)) count++;
  return weightOf(doc.title.includes(run), doc.headings.some((heading) => heading.includes(run)), count);
}

/** Document number -> weight, for the documents that contain one query token. */
function matchToken(index: LoadedIndex, token: Token): Map<number, number> {
  const found = new Map<number, number>();
  const add = (postings: readonly number[] = []) =>
    forEachPosting(postings, (doc, weight) => found.set(doc, Math.max(found.get(doc) ?? 0, weight)));
  const [first, ...rest] = termsOf(token);
  if (!token.cjk) {
    // A word matches every indexed word it begins ("kube" -> "kubernetes").
    for (const [term, postings] of index.terms) if (term.startsWith(token.text)) add(postings);
  } else if (Array.from(token.text).length === 1) {
    // One character matches every bigram that contains it, and itself alone.
    for (const [term, postings] of index.terms) if (term.includes(token.text)) add(postings);
  } else {
    add(index.terms.get(first));
    for (const bigram of rest) {
      const docs = new Set<number>();
      forEachPosting(index.terms.get(bigram) ?? [], (doc) => docs.add(doc));
      for (const doc of found.keys()) if (!docs.has(doc)) found.delete(doc);
    }
    if (rest.length) {
      for (const doc of found.keys()) {
        const weight = runWeight(index.docs[doc], token.text);
        if (weight) found.set(doc, weight);
        else found.delete(doc);
      }
    }
  }
  return found;
}

/**
 * Documents that match every token, best first: a title match outweighs any
 * number of body matches (see weightOf); ties keep the index order, newest first.
 */
export function search(index: LoadedIndex, tokens: readonly Token[]): Hit[] {
  let scores: Map<number, number> | undefined;
  for (const token of tokens) {
    const found = matchToken(index, token);
    if (scores) {
      for (const [doc, score] of scores) {
        const weight = found.get(doc);
        if (weight === undefined) scores.delete(doc);
        else scores.set(doc, score + weight);
      }
    } else {
      scores = found;
    }
    if (!scores.size) return [];
  }
  return [...(scores ?? [])]
    .sort(([a, x], [b, y]) => y - x || a - b)
    .map(([doc, score]) => ({ doc: index.docs[doc], score }));
}
