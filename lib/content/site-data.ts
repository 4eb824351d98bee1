import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { displayPath, PostError } from './post-error';
import { authorsSchema, describeIssues, tagsSchema, type Authors, type Tags } from './post-schema';

/** What posts refer to by id, read from the JSON files beside them. */
export type SiteData = { authors: Authors; tags: Tags };

export function readSiteData(dir: string): SiteData {
  return { authors: readAuthors(dir), tags: readTags(dir) };
}

/** posts/authors.json, or no authors when there is no such file. */
export function readAuthors(dir: string): Authors {
  return readDataFile(join(dir, 'authors.json'), authorsSchema) ?? {};
}

/** posts/tags.json, or no tags when there is no such file. */
export function readTags(dir: string): Tags {
  return readDataFile(join(dir, 'tags.json'), tagsSchema) ?? {};
}

function readDataFile<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema> | undefined {
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PostError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new PostError(describeIssues(file, parsed.error));
  return parsed.data;
}
