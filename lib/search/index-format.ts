/**
 * The search index as served to the browser at /<locale>/search-index.json.
 * The documents carry their text for snippets; `terms` maps each term (see
 * tokenize.ts) to its postings in document order, each the gap from the
 * previous posting's document and the term's weight there, packed into one
 * integer (gap * 128 + weight): small numbers keep the JSON short.
 */
export type SearchDoc = { title: string; url: string; headings: string[]; text: string };

export type SearchIndex = { version: 1; docs: SearchDoc[]; terms: Record<string, number[]> };

/** Weight of a term in a document: title and heading flags above a capped body count. */
export const IN_TITLE = 64;
export const IN_HEADING = 16;
export const MAX_BODY_COUNT = 15;

const WEIGHT_RANGE = 128;

export const packPosting = (gap: number, weight: number) => gap * WEIGHT_RANGE + weight;

/** Calls `visit` with each document number and weight of a postings list. */
export function forEachPosting(postings: readonly number[], visit: (doc: number, weight: number) => void): void {
  let doc = 0;
  for (const posting of postings) {
    doc += Math.floor(posting / WEIGHT_RANGE);
    visit(doc, posting % WEIGHT_RANGE);
  }
}

/** Weight of one match: which fields it is in and how often it occurs in the body. */
export function weightOf(inTitle: boolean, inHeading: boolean, bodyCount: number): number {
  return (inTitle ? IN_TITLE : 0) + (inHeading ? IN_HEADING : 0) + Math.min(bodyCount, MAX_BODY_COUNT);
}
