import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generatePosts } from '../generate-posts.mjs';
import { buildSite } from '../lib/next-build.mjs';
import { startStandaloneServer } from '../lib/standalone-server.mjs';
import { indexBuild } from '../search-index.mjs';
import { timedImport } from './import.mts';
import { median, type Row } from './report.mts';
import { docOf, singleFileIndexBytes } from './single-file-index.mts';
import { WORK_DIR } from './floor-app.mts';

const GENERATED = 1000;
const LATENCY_RUNS = 11;
/** The budget for the first search at 1,000 posts per locale: script, WebAssembly, index chunks and fragments. */
const FIRST_SEARCH_BUDGET = 250 * 1024;

/** Two different searches per locale, words every corpus has (the generated posts' sentences and the real article share them). */
const QUERIES = { zh: ['容器', '集群'], en: ['kubernetes', 'observability'] } as const;
/** Distinct queries for the latency runs, each typed into the open dialog in turn. */
const LATENCY_QUERIES = {
  zh: ['容器', '集群', '裸金属', '云原生', '可观测性', '链路追踪', '数据中心', '虚拟化', '调度', '分布式', '指标'],
  en: ['containers', 'cluster', 'bare-metal', 'cloud-native', 'observability', 'traces', 'data centers', 'virtualization', 'schedules', 'distributed', 'metrics'],
} as const;

type Corpus = { name: string; distDir: string; buildSeconds?: number };

const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const sizeOf = (dir: string) => files(dir).reduce((sum, path) => sum + statSync(path).size, 0);

/**
 * A production build (as `npm run build`) of `postsDir` in its own output folder, made
 * once and timed; its time is kept beside it. A build made otherwise (the browser
 * tests' `.next`) is reused, with no build time to compare the indexing with.
 */
function ensureBuild(name: string, distDir: string, postsDir?: string): Corpus {
  const timing = join(process.cwd(), distDir, 'bench-build-seconds.json');
  if (existsSync(join(process.cwd(), distDir, 'BUILD_ID')) && !existsSync(timing)) return { name, distDir };
  if (!existsSync(timing)) {
    const started = performance.now();
    const env = { ...process.env, NEXT_DIST_DIR: distDir, ...(postsDir ? { POSTS_DIR: postsDir } : {}) };
    const result = buildSite({ env, stdio: 'pipe' });
    if (result.status !== 0) throw new Error(`the ${name} build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
    writeFileSync(timing, JSON.stringify((performance.now() - started) / 1000));
  }
  return { name, distDir, buildSeconds: JSON.parse(readFileSync(timing, 'utf8')) };
}

/** The reference: today's single-file index of each locale, built from the same prerendered articles. */
function referenceBytes(distDir: string, locale: 'zh' | 'en'): number {
  const dir = join(process.cwd(), distDir, 'server/app', locale, 'blogs');
  const docs = files(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => docOf(path, readFileSync(path, 'utf8')))
    .filter((doc) => doc !== undefined);
  return singleFileIndexBytes(docs);
}

/** Bytes (bodies as transferred, and headers) of search's requests while `run` runs. */
async function bytesDuring(page: Page, run: () => Promise<void>): Promise<number> {
  const pending: Promise<number>[] = [];
  const listener = (request: import('playwright-core').Request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
  };
  page.on('requestfinished', listener);
  await run();
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', listener);
  return (await Promise.all(pending)).reduce((a, b) => a + b, 0);
}

/** Types a query into the open dialog and waits until its count (or "nothing found") is announced. */
async function searchFor(page: Page, query: string): Promise<void> {
  const input = page.getByRole('combobox');
  await input.fill('');
  await page.keyboard.type(query);
  await page.waitForFunction((q) => {
    const status = document.querySelector('dialog [role=status]')?.textContent ?? '';
    return /\d/.test(status) || status.includes(q);
  }, query);
}

/** From the last keystroke's input event to the last change of the dialog that followed it (results and count shown). */
async function latency(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __input: number; __shown: number; __observer?: MutationObserver };
    w.__input = 0;
    w.__shown = 0;
    document.addEventListener('input', () => ((w.__input = performance.now()), (w.__shown = 0)), { capture: true });
    w.__observer ??= new MutationObserver(() => (w.__shown = performance.now()));
    w.__observer.observe(document.querySelector('dialog')!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await searchFor(page, query);
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __input: number; __shown: number };
    return w.__shown - w.__input;
  });
}

async function rowsFor(corpus: Corpus, measureLatency: boolean): Promise<Row[]> {
  const group = `search, ${corpus.name}`;
  const rows: Row[] = [];
  const started = performance.now();
  const { languages, outputPath } = await indexBuild(process.cwd(), corpus.distDir);
  const indexSeconds = (performance.now() - started) / 1000;
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  rows.push({ group, measure: `index build (Pagefind), ${pages.toLocaleString('en-US')} articles`, unit: 'ms', ours: indexSeconds * 1000 });
  if (corpus.buildSeconds) {
    // The ratio is indexing's share of the whole build.
    rows.push({ group, measure: 'index build beside the whole `npm run build`', unit: 's', ours: indexSeconds, reference: { value: corpus.buildSeconds, name: 'whole build, indexing included' } });
  }
  rows.push({ group, measure: 'index size on disk, all languages', unit: 'KB', ours: sizeOf(outputPath) / 1024 });
  const server = await startStandaloneServer({ root: process.cwd(), distDir: corpus.distDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, readyPath: '/zh' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const locale of ['zh', 'en'] as const) {
      const reference = { value: referenceBytes(corpus.distDir, locale), name: 'single-file index, gzip' };
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/${locale}`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      const [first, second] = QUERIES[locale];
      const firstBytes = await bytesDuring(page, () => searchFor(page, first));
      const secondBytes = await bytesDuring(page, () => searchFor(page, second));
      const budget = corpus.name.startsWith(GENERATED.toLocaleString('en-US')) ? { text: '< 250 KB', met: firstBytes < FIRST_SEARCH_BUDGET } : undefined;
      rows.push({ group, measure: `${locale}: first search "${first}", bytes downloaded`, unit: 'KB', ours: firstBytes / 1024, reference: { ...reference, value: reference.value / 1024 }, budget });
      rows.push({ group, measure: `${locale}: second search "${second}", bytes downloaded`, unit: 'KB', ours: secondBytes / 1024, reference: { value: 0, name: 'single-file index: none' } });
      if (measureLatency) {
        const times: number[] = [];
        for (const query of LATENCY_QUERIES[locale].slice(0, LATENCY_RUNS)) times.push(await latency(page, query));
        rows.push({ group, measure: `${locale}: last keystroke to results shown, median of ${times.length} queries (Chromium)`, unit: 'ms', ours: median(times) });
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return rows;
}

/**
 * Search (Pagefind) at the real posts, at 1,000 generated posts per locale and,
 * with `npm run bench -- search <mkdocs root>`, at a blog imported from it:
 * bytes a reader downloads for a first and a second search beside today's
 * single-file index, index build time, size and share of the build; the time
 * from the last keystroke to results on the 1,000-post build. Builds are made
 * once into their own output folders and reused.
 */
export async function benchSearch(args: string[] = []): Promise<Row[]> {
  const corpora: Corpus[] = [ensureBuild('real posts', '.next')];
  const generated = join(WORK_DIR, `search-posts-${GENERATED}`);
  if (!existsSync(join(process.cwd(), '.next-bench-search', 'bench-build-seconds.json'))) generatePosts(generated, GENERATED);
  corpora.push(ensureBuild(`${GENERATED.toLocaleString('en-US')} generated posts per locale`, '.next-bench-search', generated));
  if (args[0]) {
    const out = mkdtempSync(join(tmpdir(), 'bench-search-import-'));
    try {
      await timedImport(resolve(args[0]), out);
      rmSync(join(process.cwd(), '.next-bench-search-sample'), { recursive: true, force: true });
      corpora.push(ensureBuild(`imported sample ${args[0]}`, '.next-bench-search-sample', join(out, 'posts')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const rows: Row[] = [];
  for (const corpus of corpora) rows.push(...(await rowsFor(corpus, corpus.distDir === '.next-bench-search')));
  return rows;
}
