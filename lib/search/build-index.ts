import { packPosting, weightOf, type SearchDoc, type SearchIndex } from './index-format';
import { termsOf, tokenize } from './tokenize';

function termsIn(text: string): string[] {
  return tokenize(text).flatMap(termsOf);
}

function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of termsIn(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Builds one locale's index from its documents, in the order given (the
 * post store's newest-first order, which breaks ties between equal scores).
 * Only the four SearchDoc fields are copied, so nothing else a caller holds
 * (file paths, front matter) can reach the served JSON.
 */
export function buildSearchIndex(sources: readonly SearchDoc[]): SearchIndex {
  const postings = new Map<string, number[]>();
  const lastDoc = new Map<string, number>();
  sources.forEach((source, doc) => {
    const title = new Set(termsIn(source.title));
    const headings = new Set(source.headings.flatMap(termsIn));
    const body = countTerms(source.text);
    for (const term of new Set([...title, ...headings, ...body.keys()])) {
      const posting = packPosting(doc - (lastDoc.get(term) ?? 0), weightOf(title.has(term), headings.has(term), body.get(term) ?? 0));
      lastDoc.set(term, doc);
      const list = postings.get(term);
      if (list) list.push(posting);
      else postings.set(term, [posting]);
    }
  });
  return {
    version: 1,
    docs: sources.map(({ title, url, headings, text }) => ({ title, url, headings, text })),
    // Object.fromEntries defines own properties, so a term such as "__proto__" stays a term.
    terms: Object.fromEntries(postings),
  };
}
