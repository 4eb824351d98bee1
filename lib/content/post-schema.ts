import { z } from 'zod';
import { routing } from '@/i18n/routing';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const DATE_HINT = 'expected an ISO 8601 date such as 2022-10-08 or 2022-10-08T09:30:00+08:00';

/** A calendar date that really exists (2022-02-30 is rejected), kept as written. */
const isoDate = z
  .string({ error: DATE_HINT })
  .regex(ISO_DATE, { error: DATE_HINT, abort: true })
  .refine((value) => {
    const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value.slice(0, 10);
  }, { error: `${DATE_HINT} (this day does not exist)` });

const nonEmptyText = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, got an empty value` });

const nameList = (what: string) =>
  z.array(nonEmptyText(what), { error: `expected a list of ${what}s` });

/** What a post's front matter may contain. Unknown fields are errors, so typos surface. */
export const frontMatterSchema = z.strictObject({
  title: nonEmptyText('a title'),
  date: isoDate,
  description: nonEmptyText('a one-sentence description'),
  categories: nameList('category').min(1, { error: 'expected at least one category' }),
  // Optional: posts imported from an old blog may name nobody. Absent and [] both mean
  // "no author"; nothing invents one (the pages, feeds and cards leave the author out).
  authors: nameList('author id').default([]),
  tags: nameList('tag').default([]),
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  updated: isoDate.optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** posts/authors.json: author id -> display name per locale and an optional profile URL. */
export const authorsSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'expected an id of lowercase letters, digits, - or _' }),
  z.strictObject({
    name: z.record(z.enum(routing.locales), nonEmptyText('a name')),
    url: z.url({ error: 'expected an absolute profile URL' }).optional(),
  }),
);

export type Authors = z.output<typeof authorsSchema>;
export type Author = Authors[string];

/**
 * One line per problem: `file: field "x": what was expected`, with the field's
 * line (`file: line 3: field "x": ...`) when `lineOf` knows where it was written.
 */
export function describeIssues(file: string, error: z.ZodError, lineOf: (field: string) => number | undefined = () => undefined): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'front matter';
      const line = issue.path.length ? lineOf(String(issue.path[0])) : undefined;
      return `${file}: ${line ? `line ${line}: ` : ''}${field}: ${issue.message}`;
    })
    .join('\n');
}
