import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { completeStandalone } from '../standalone-assets.mjs';

/** The script that indexes a build's pages for search (Pagefind), run after `next build`. */
export const SEARCH_INDEX_SCRIPT = fileURLToPath(new URL('../search-index.mjs', import.meta.url));

/** The project's own Next.js command line. */
export const NEXT_BIN = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));

/**
 * The largest V8 heap, in MB, of each JavaScript thread of `next build`. Left to
 * itself on a machine with much memory, V8 lets the prerendering thread's heap
 * grow long before it collects garbage: a 1,000-post build reached 1.1 GB where
 * 650 MB was live. V8 flags hold for the whole process, worker threads included.
 * A much larger site that runs out of heap can raise it through NODE_OPTIONS.
 */
export const BUILD_HEAP_MB = 512;

/**
 * `next build` runs as two processes, one after the other: the bundler compiles,
 * then prerendering starts from what it wrote. In one process Next.js shuts the
 * bundler down in the background while prerendering begins, so both hold their
 * memory at once; that overlap was the build's peak (850 MB to 1,070 MB, where
 * compiling alone peaks near 750 MB and prerendering 1,000 posts near 610 MB).
 * The output is the same as a one-process build's, file for file (apart from the
 * random build ID and keys every build draws).
 */
const BUILD_STEPS = ['compile', 'generate'];

/** `env` with the build's heap limit added to NODE_OPTIONS, unless it already sets one. */
export function withBuildHeapLimit(env) {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max[-_]old[-_]space[-_]size\b/.test(options)) return env;
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${BUILD_HEAP_MB}`.trim() };
}

/** The processes (for `spawn`, in order) that make a production build as `npm run build` does. */
export function nextBuildSteps(env = process.env) {
  const buildEnv = withBuildHeapLimit({ NEXT_TELEMETRY_DISABLED: '1', ...env });
  return BUILD_STEPS.map((mode) => ({ command: process.execPath, args: [NEXT_BIN, 'build', `--experimental-build-mode=${mode}`], env: buildEnv }));
}

/**
 * A production build of the project in `cwd`, as `npm run build`, the browser
 * tests and the benchmarks make it: the build's steps, stopping at the first that
 * fails, then the standalone server's assets, the pages' security policies and
 * the search index (which reads the finished pages, so it comes last).
 * Returns the exit status and, unless the output was inherited, what the steps printed.
 */
export function buildSite({ cwd = process.cwd(), env = process.env, stdio = 'inherit' } = {}) {
  let stdout = '';
  let stderr = '';
  for (const step of nextBuildSteps(env)) {
    const result = spawnSync(step.command, step.args, { cwd, env: step.env, stdio, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    stdout += result.stdout ?? '';
    stderr += result.stderr ?? '';
    if (result.status !== 0) return { status: result.status ?? 1, stdout, stderr };
  }
  const distDir = env.NEXT_DIST_DIR || '.next';
  completeStandalone(cwd, distDir, env);
  // A process of its own: Pagefind's API is asynchronous and this function is not.
  const search = spawnSync(process.execPath, [SEARCH_INDEX_SCRIPT, distDir], { cwd, env, stdio, encoding: 'utf8' });
  stdout += search.stdout ?? '';
  stderr += search.stderr ?? '';
  return { status: search.status ?? 1, stdout, stderr };
}
