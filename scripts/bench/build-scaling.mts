import { spawn } from 'node:child_process';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePosts } from '../generate-posts.mjs';
import { nextBuildSteps } from '../lib/next-build.mjs';
import { treeRss } from './processes.mts';
import type { Row } from './report.mts';
import { WORK_DIR } from './floor-app.mts';

export type BuildResult = { seconds: number; peakBytes: number; pages: number };
export type Step = ReturnType<typeof nextBuildSteps>[number];

/** Runs one process, sampling the memory of its whole process tree; resolves with its exit code, peak and output. */
export function sampledProcess(step: Step, cwd: string): Promise<{ code: number; peakBytes: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(step.command, step.args, { cwd, env: step.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, peakBytes: peak, output });
    });
  });
}

/** Runs one process of the build (see sampledProcess); rejects with the end of its output if it fails. */
async function sampledRun(step: Step, cwd: string): Promise<{ peakBytes: number; output: string }> {
  const run = await sampledProcess(step, cwd);
  if (run.code !== 0) throw new Error(`${step.args.join(' ')} failed:\n${run.output.slice(-4000)}`);
  return run;
}

/**
 * Runs the build as `npm run build` does (its steps one after another) with the
 * given environment: wall time, peak memory of the largest step and the number of
 * prerendered pages. The build starts cold, as in CI or a container build: its
 * output folder, and with it Turbopack's build cache, is removed first (a warm
 * cache lowered the 1,000-post peak by about 150 MB).
 */
export async function timedBuild(cwd: string, env: Record<string, string>): Promise<BuildResult> {
  rmSync(join(cwd, env.NEXT_DIST_DIR ?? '.next'), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  let peakBytes = 0;
  let output = '';
  for (const step of nextBuildSteps({ ...process.env, ...env })) {
    const run = await sampledRun(step, cwd);
    peakBytes = Math.max(peakBytes, run.peakBytes);
    output += run.output;
  }
  const pages = Number(/Generating static pages using \d+ workers? \(\d+\/(\d+)\)/.exec(output)?.[1]);
  if (!pages) throw new Error(`no page count in the build output:\n${output.slice(-2000)}`);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, peakBytes, pages };
}

/** A bare App Router app with `count` static pages from generateStaticParams: what Next.js itself costs per page. */
function writeBarePagesApp(dir: string, count: number) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app/[id]'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  writeFileSync(join(dir, 'next.config.js'), 'module.exports = {};\n');
  writeFileSync(join(dir, 'app/layout.tsx'), 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html><body>{children}</body></html>;\n}\n');
  writeFileSync(
    join(dir, 'app/[id]/page.tsx'),
    `export function generateStaticParams() {\n  return Array.from({ length: ${count} }, (_, i) => ({ id: String(i) }));\n}\n\nexport default async function Page({ params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return <main><h1>Page {id}</h1><p>${'text '.repeat(400)}</p></main>;\n}\n`,
  );
}

/**
 * `next build` wall time and peak memory with the real posts and with 100 and
 * 1,000 generated posts in both locales (POSTS_DIR; the real posts/ is never
 * touched), and the marginal time per prerendered page, beside a bare Next.js
 * app built with as many trivial pages.
 */
export async function benchBuildScaling(): Promise<Row[]> {
  const distDir = '.next-bench';
  const runs: Record<string, BuildResult> = {};
  runs.real = await timedBuild(process.cwd(), { NEXT_DIST_DIR: distDir });
  for (const count of [100, 1000]) {
    const postsDir = join(tmpdir(), `bench-posts-${count}`);
    generatePosts(postsDir, count);
    runs[count] = await timedBuild(process.cwd(), { NEXT_DIST_DIR: distDir, POSTS_DIR: postsDir });
    rmSync(postsDir, { recursive: true, force: true });
  }
  rmSync(join(process.cwd(), distDir), { recursive: true, force: true });
  const bare: Record<string, BuildResult> = {};
  for (const count of [runs[100].pages, runs[1000].pages]) {
    const dir = join(WORK_DIR, `bare-${count}`);
    writeBarePagesApp(dir, count);
    bare[count] = await timedBuild(dir, {});
    rmSync(dir, { recursive: true, force: true });
  }
  const marginal = (runs[1000].seconds - runs[100].seconds) / (runs[1000].pages - runs[100].pages);
  const bareMarginal = (bare[runs[1000].pages].seconds - bare[runs[100].pages].seconds) / (runs[1000].pages - runs[100].pages);
  const mb = (bytes: number) => bytes / 2 ** 20;
  const rows: Row[] = [];
  for (const [name, result] of Object.entries(runs)) {
    const label = name === 'real' ? 'real posts' : `${name} generated posts x 2 locales`;
    const reference = name === 'real' ? undefined : bare[result.pages];
    rows.push(
      { group: 'build', measure: `${label}: wall time, ${result.pages} pages`, unit: 's', ours: result.seconds, ...(reference ? { reference: { value: reference.seconds, name: `bare Next.js, ${result.pages} pages` } } : {}) },
      {
        group: 'build',
        measure: `${label}: peak memory`,
        unit: 'MB',
        ours: mb(result.peakBytes),
        ...(reference ? { reference: { value: mb(reference.peakBytes), name: `bare Next.js, ${result.pages} pages` } } : {}),
        ...(name === '1000' ? { budget: { text: '< 1,024 MB', met: mb(result.peakBytes) < 1024 } } : {}),
      },
    );
  }
  rows.push({
    group: 'build',
    measure: 'marginal time per page, 100 -> 1,000 posts',
    unit: 'ms',
    ours: marginal * 1000,
    reference: { value: bareMarginal * 1000, name: 'bare Next.js page' },
    budget: { text: '<= 50 ms', met: marginal * 1000 <= 50 },
  });
  return rows;
}
