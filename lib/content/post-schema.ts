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

const nameList = (what: string, plural = `${what}s`) => z.array(nonEmptyText(what), { error: `expected a list of ${plural}` });

/** A tag's id: what front matter lists and what its page's URL ends with, the same in every language. */
export const TAG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const tagId = z
  .string({ error: 'expected a tag id as text' })
  .regex(TAG_ID, { error: (issue) => `expected a tag id from posts/tags.json (lowercase a-z, 0-9 and single -), got ${JSON.stringify(issue.input)}` });

/** What a post's front matter may contain. Unknown fields are errors, so typos surface. */
export const frontMatterSchema = z.strictObject({
  title: nonEmptyText('a title'),
  date: isoDate,
  description: nonEmptyText('a one-sentence description'),
  categories: nameList('category', 'categories').min(1, { error: 'expected at least one category' }),
  // Optional: posts imported from an old blog may name nobody. Absent and [] both mean
  // "no author"; nothing invents one (the pages, feeds and cards leave the author out).
  authors: nameList('author id').default([]),
  tags: z.array(tagId, { error: 'expected a list of tag ids' }).default([]),
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
 * posts/tags.json: tag id -> its name per locale. A tag needs a name only in the
 * languages whose posts use it, so a tag of Chinese posts alone needs no English one.
 */
export const tagsSchema = z.record(
  z.string().regex(TAG_ID),
  z.strictObject({
    name: z
      .partialRecord(z.enum(routing.locales), nonEmptyText('a name'), {
        // A record keyed by an enum reports unknown keys as unrecognized_keys, a code its types leave out.
        error: (issue) => (String(issue.code) === 'unrecognized_keys' ? `expected names in ${routing.locales.join(', ')} only` : undefined),
      })
      .refine((names) => Object.keys(names).length > 0, {
        error: 'expected a name in at least one language',
        // Said only of a table with no other fault: "no name" after "a language we lack" would mislead.
        when: (payload) => payload.issues.length === 0,
      }),
  }),
  // Zod's own words for a bad key are "Invalid key in record".
  { error: (issue) => (issue.code === 'invalid_key' ? 'expected an id of lowercase letters, digits and single - (it is the URL of the tag page)' : undefined) },
);

export type Tags = z.output<typeof tagsSchema>;
export type Tag = Tags[string];

/**
 * One line per problem: `file: field "x": what was expected`, with the field's
 * line (`file: line 3: field "x": ...`) when `lineOf` knows where it was written.
 */
export function describeIssues(file: string, error: z.ZodError, lineOf: (field: string) => number | undefined = () => undefined): string {
  const at = (field: string | undefined) => {
    const line = field === undefined ? undefined : lineOf(field);
    return line ? `line ${line}: ` : '';
  };
  return error.issues
    .flatMap((issue) => {
      // A misspelt field is named on its own line, with the fields there are.
      if (issue.code === 'unrecognized_keys' && !issue.path.length) {
        const known = Object.keys(frontMatterSchema.shape).join(', ');
        return issue.keys.map((key) => `${file}: ${at(key)}unknown field "${key}" (the fields are ${known})`);
      }
      const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'front matter';
      return [`${file}: ${at(issue.path.length ? String(issue.path[0]) : undefined)}${field}: ${issue.message}`];
    })
    .join('\n');
}
