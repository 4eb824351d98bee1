import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { parsePost } from '@/lib/content/post-store';
import { readAuthors, readTags, type SiteData } from '@/lib/content/site-data';
import { renderMdx } from '@/lib/mdx/render';
import { checkMdxComponent } from '@/components/mdx/props';
import { Downloads, PostAssets } from './assets';
import { mergeAuthors } from './authors';
import { convertPost } from './convert';
import { splitFrontMatter, tagNames } from './front-matter';
import { sourceAnchors } from './heading-anchors';
import { ImportError } from './import-error';
import type { LinkSite } from './links';
import { ImportReport } from './report';
import { slugFromFileName } from './slug';
import { keepWritten, planTags, type TagPlan, type TagSource } from './tags';

export type LocaleSource = { docsDir: string; baseUrl?: string };

export type ImportOptions = {
  sources: Partial<Record<Locale, LocaleSource>>;
  /** The blog's folder inside each docs_dir. */
  blog: string;
  postsDir: string;
  publicDir: string;
  dryRun: boolean;
  force: boolean;
  /** Keep absolute images remote instead of trying to download them. */
  offline: boolean;
  /** The docs site uses mkdocs' `use_directory_urls: true`. */
  directoryUrls: boolean;
  log: (line: string) => void;
};

type Job = { key: string; locale: Locale; path: string; slug: string };

/**
 * Imports every mkdocs-material post of the given docs folders into `postsDir`,
 * checking each as the build would before writing it, and reports on all of it.
 */
export async function importPosts(options: ImportOptions): Promise<ImportReport> {
  const report = new ImportReport();
  const locales = routing.locales.filter((locale) => options.sources[locale]);
  const jobs = locales.flatMap((locale) => listPosts(locale, options, report));
  const slugOwner = new Map<string, string>();
  const runnable = jobs.filter((job) => {
    const owner = slugOwner.get(job.slug) ?? job.key;
    slugOwner.set(job.slug, owner);
    if (owner === job.key) return true;
    report.outcomes.push({ status: 'failed', slug: job.slug, locale: job.locale, file: display(job.path), reason: `${display(job.path)}: its slug "${job.slug}" is already taken by ${owner}` });
    return false;
  });

  const existingAuthors = existsSync(join(options.postsDir, 'authors.json')) ? readAuthors(options.postsDir) : {};
  const { authors, added } = mergeAuthors(
    existingAuthors,
    Object.fromEntries(locales.map((locale) => [locale, join(options.sources[locale]!.docsDir, options.blog, '.authors.yml')])),
  );
  report.authorsAdded = added;
  const existingTags = readTags(options.postsDir);
  const tagSources = new Map(runnable.filter((job) => !isSkipped(job, options)).map((job) => [job, tagSource(job)]));
  const tagPlan = planTags(existingTags, [...tagSources.values()]);
  for (const { key, reason } of tagPlan.unpaired) {
    for (const job of runnable.filter((candidate) => candidate.key === key)) {
      report.note(display(job.path), 'derived', `tags not paired with the translation's: ${reason}; each language's tags got ids of their own (pair them in tags.json by hand)`);
    }
  }

  const postSlugs = new Map(locales.map((locale) => [locale, new Map(runnable.filter((job) => job.locale === locale).map((job) => [job.path, job.slug]))]));
  const downloads = options.offline ? null : new Downloads();
  const anchorsOf = sourceAnchors();
  const assetsBySlug = new Map<string, PostAssets>();
  const imported = new Map<string, number>();
  const writtenTags: TagSource[] = [];
  const ordered = [...runnable].sort((a, b) => a.key.localeCompare(b.key) || locales.indexOf(a.locale) - locales.indexOf(b.locale));
  for (const [index, job] of ordered.entries()) {
    options.log(`[${index + 1}/${ordered.length}] ${display(job.path)}`);
    let assets = assetsBySlug.get(job.slug);
    if (!assets) assetsBySlug.set(job.slug, (assets = new PostAssets(options.publicDir, job.slug, downloads)));
    if (await importOne(job, assets, { options, report, data: { authors, tags: tagPlan.tags }, tagPlan, postSlugs: postSlugs.get(job.locale)!, anchorsOf })) {
      imported.set(job.key, (imported.get(job.key) ?? 0) + 1);
      if (tagSources.has(job)) writtenTags.push(tagSources.get(job)!);
    }
  }
  report.pairs = locales.length > 1 ? [...imported.values()].filter((count) => count === locales.length).length : 0;
  if (added.length && !options.dryRun) {
    mkdirSync(options.postsDir, { recursive: true });
    writeFileSync(join(options.postsDir, 'authors.json'), `${JSON.stringify(authors, null, 2)}\n`);
  }
  const tags = keepWritten(existingTags, tagPlan, writtenTags);
  report.tagsAdded = tags.added;
  report.tagsNamed = tags.named;
  if ((tags.added.length || tags.named.length) && !options.dryRun) {
    mkdirSync(options.postsDir, { recursive: true });
    writeFileSync(join(options.postsDir, 'tags.json'), `${JSON.stringify(tags.tags, null, 2)}\n`);
  }
  return report;
}

async function importOne(
  job: Job,
  assets: PostAssets,
  { options, report, data, tagPlan, postSlugs, anchorsOf }: { options: ImportOptions; report: ImportReport; data: SiteData; tagPlan: TagPlan; postSlugs: Map<string, string>; anchorsOf: LinkSite['anchorsOf'] },
): Promise<boolean> {
  const target = targetOf(job, options);
  const base = { slug: job.slug, locale: job.locale, file: display(job.path) };
  if (isSkipped(job, options)) {
    report.outcomes.push({ ...base, status: 'skipped', reason: `${display(target)} exists (--force replaces it)` });
    return false;
  }
  const source = options.sources[job.locale]!;
  try {
    const { mdx } = await convertPost(readFileSync(job.path, 'utf8'), { path: job.path, file: display(job.path), locale: job.locale, slug: job.slug }, {
      site: { docsDir: source.docsDir, locale: job.locale, baseUrl: source.baseUrl, directoryUrls: options.directoryUrls, postSlugs, anchorsOf },
      assets,
      report,
      tagId: (name) => tagPlan.idOf(job.locale, name),
    });
    // The checks the build makes: front matter, authors, components, and the MDX compile.
    const post = parsePost(mdx, { file: display(target), slug: job.slug, locale: job.locale, data });
    await renderMdx(post.body, { file: display(target), checkComponent: checkMdxComponent, anchorLabel: '#' });
    if (!options.dryRun) {
      assets.commit();
      mkdirSync(join(options.postsDir, job.slug), { recursive: true });
      writeFileSync(target, mdx);
    }
    report.outcomes.push({ ...base, status: options.dryRun ? 'would-write' : 'written', target: display(target) });
    return true;
  } catch (error) {
    const line = error instanceof ImportError && error.line ? `:${error.line}` : '';
    const reason = error instanceof ImportError ? `${display(job.path)}${line}: ${error.message}` : `${display(job.path)}: ${(error as Error).message}`;
    report.outcomes.push({ ...base, status: 'failed', reason });
    return false;
  }
}

const targetOf = (job: Job, options: ImportOptions) => join(options.postsDir, job.slug, `${job.locale}.mdx`);

/** A post already imported is left alone unless --force. */
const isSkipped = (job: Job, options: ImportOptions) => existsSync(targetOf(job, options)) && !options.force;

/** A post's tags as its source writes them; a file that cannot be read has none here, and fails with its reason when converted. */
function tagSource(job: Job): TagSource {
  try {
    return { key: job.key, locale: job.locale, names: tagNames(splitFrontMatter(readFileSync(job.path, 'utf8')).data) };
  } catch {
    return { key: job.key, locale: job.locale, names: [] };
  }
}

function listPosts(locale: Locale, options: ImportOptions, report: ImportReport): Job[] {
  const root = join(options.sources[locale]!.docsDir, options.blog);
  if (!existsSync(root)) throw new ImportError(`${display(root)}: no such folder (is --${locale} the mkdocs docs_dir, and --blog its blog folder?)`);
  return markdownFiles(root).flatMap((path) => {
    const key = relative(root, path).split(sep).join('/');
    const slug = slugFromFileName(path);
    if (/(^|\/)index\.md$/.test(key)) {
      report.outcomes.push({ status: 'skipped', slug, locale, file: display(path), reason: 'an index page, not a post' });
      return [];
    }
    return [{ key, locale, path, slug }];
  });
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []));
}

/** A path as the report shows it: relative to the working folder when inside it. */
function display(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') ? shown : path;
}
