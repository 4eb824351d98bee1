import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateMkdocsPosts } from '../generate-mkdocs-posts.mjs';
import { sampledProcess, timedBuild, type BuildResult, type Step } from './build-scaling.mts';
import type { Row } from './report.mts';

const DIST_DIR = '.next-bench';
const LOCALES = ['zh', 'en'] as const;
/** Where the docs pretend to be published, so links to documentation pages stay links (buttons included). */
const SITE_URLS = { zh: 'https://docs.example.com/', en: 'https://docs.example.com/en/' };

type ImportResult = { seconds: number; peakBytes: number; files: number };

/** Each language's mkdocs docs_dir under a docs root laid out as docs.daocloud.io's repository: `<root>/zh/docs`, `<root>/en/docs`. */
function docsDirs(root: string): Partial<Record<(typeof LOCALES)[number], string>> {
  const dirs = Object.fromEntries(LOCALES.map((locale) => [locale, join(root, locale, 'docs')]).filter(([, dir]) => existsSync(dir)));
  if (!Object.keys(dirs).length) throw new Error(`${root}: expected zh/docs and/or en/docs inside it (each language's mkdocs docs_dir)`);
  return dirs;
}

/** `npm run import` as a user runs it, in a process of its own: wall time, peak memory of its process tree, posts written. */
export async function timedImport(root: string, out: string): Promise<ImportResult> {
  const dirs = docsDirs(root);
  const args = [
    'run',
    'import',
    '--',
    ...Object.entries(dirs).flatMap(([locale, dir]) => [`--${locale}`, dir, `--${locale}-url`, SITE_URLS[locale as keyof typeof SITE_URLS]]),
    '--offline',
    '--posts',
    join(out, 'posts'),
    '--public',
    join(out, 'public'),
  ];
  // Under `npm run bench`, npm names its own script; the same npm then runs the import.
  const npm = process.env.npm_execpath;
  const step: Step = npm ? { command: process.execPath, args: [npm, ...args], env: process.env } : { command: 'npm', args, env: process.env };
  const start = process.hrtime.bigint();
  const run = await sampledProcess(step, process.cwd());
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.code !== 0) {
    const failed = /^Failed: \d+\n(?: {2}.*\n)*/m.exec(run.output)?.[0];
    throw new Error(`the import of ${root} exited with ${run.code}:\n${failed ?? run.output.slice(-4000)}`);
  }
  const files = Number(/^Posts written: (\d+)/m.exec(run.output)?.[1]);
  if (!files) throw new Error(`the import of ${root} wrote no posts:\n${run.output.slice(-2000)}`);
  return { seconds, peakBytes: run.peakBytes, files };
}

/** Imports the docs under `root` into a temporary posts and public folder, then builds the site from those posts alone, cold. */
async function importAndBuild(root: string): Promise<{ imported: ImportResult; build: BuildResult }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const imported = await timedImport(root, out);
    const build = await timedBuild(process.cwd(), { NEXT_DIST_DIR: DIST_DIR, POSTS_DIR: join(out, 'posts') });
    return { imported, build };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => bytes / 2 ** 20;

function rowsFor(label: string, { imported, build }: { imported: ImportResult; build: BuildResult }, reference: BuildResult, budgets: boolean): Row[] {
  const versus = (value: number) => ({ value, name: `real posts alone, ${reference.pages} pages` });
  return [
    { group: 'import', measure: `${label}: import time, ${imported.files.toLocaleString('en-US')} files`, unit: 's', ours: imported.seconds },
    { group: 'import', measure: `${label}: import peak memory`, unit: 'MB', ours: mb(imported.peakBytes) },
    { group: 'import', measure: `${label}: build wall time, ${build.pages.toLocaleString('en-US')} pages`, unit: 's', ours: build.seconds, reference: versus(reference.seconds) },
    {
      group: 'import',
      measure: `${label}: build peak memory`,
      unit: 'MB',
      ours: mb(build.peakBytes),
      reference: versus(mb(reference.peakBytes)),
      ...(budgets ? { budget: { text: '< 1,024 MB', met: mb(build.peakBytes) < 1024 } } : {}),
    },
  ];
}

/**
 * mkdocs-material posts through `npm run import` (--offline, a fresh process)
 * into temporary folders, then the site built from what it wrote (cold, as the
 * build section builds), beside a build of the real posts alone measured in the
 * same run. With no argument, 100 and 1,000 generated posts in both languages
 * and the marginal cost per page and per file between them; with a docs root
 * (`npm run bench -- import <root>`, holding zh/docs and/or en/docs) that blog.
 * The real posts/ and .next are never touched.
 */
export async function benchImport(args: string[] = []): Promise<Row[]> {
  if (args.length > 1) throw new Error(`import takes at most one docs root, got ${args.join(' ')}`);
  const docsRoot = args[0] ? resolve(args[0]) : undefined;
  if (docsRoot) docsDirs(docsRoot);
  const reference = await timedBuild(process.cwd(), { NEXT_DIST_DIR: DIST_DIR });
  const rows: Row[] = [
    { group: 'import', measure: `reference, real posts alone: build wall time, ${reference.pages} pages`, unit: 's', ours: reference.seconds },
    { group: 'import', measure: 'reference, real posts alone: build peak memory', unit: 'MB', ours: mb(reference.peakBytes) },
  ];
  try {
    if (docsRoot) {
      rows.push(...rowsFor(`docs ${relative(process.cwd(), docsRoot) || '.'}`, await importAndBuild(docsRoot), reference, false));
      return rows;
    }
    const runs: Record<number, Awaited<ReturnType<typeof importAndBuild>>> = {};
    for (const count of [100, 1000]) {
      const root = mkdtempSync(join(tmpdir(), `bench-mkdocs-${count}-`));
      try {
        generateMkdocsPosts(root, count);
        runs[count] = await importAndBuild(root);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
      rows.push(...rowsFor(`${count.toLocaleString('en-US')} generated mkdocs posts x 2 locales`, runs[count], reference, count === 1000));
    }
    const [small, large] = [runs[100], runs[1000]];
    const perPage = ((large.build.seconds - small.build.seconds) / (large.build.pages - small.build.pages)) * 1000;
    const perFile = ((large.imported.seconds - small.imported.seconds) / (large.imported.files - small.imported.files)) * 1000;
    rows.push(
      { group: 'import', measure: 'marginal import time per file, 100 -> 1,000 posts', unit: 'ms', ours: perFile },
      { group: 'import', measure: 'marginal build time per page, 100 -> 1,000 posts', unit: 'ms', ours: perPage, budget: { text: '<= 50 ms', met: perPage <= 50 } },
    );
    return rows;
  } finally {
    rmSync(join(process.cwd(), DIST_DIR), { recursive: true, force: true });
  }
}
