import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NEXT_BIN = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));

/**
 * The largest V8 heap, in MB, of each JavaScript thread of `next build`. Left to
 * itself on a machine with much memory, V8 lets the prerendering thread's heap
 * grow long before it collects garbage: a 1,000-post build reached 1.1 GB where
 * 650 MB was live. V8 flags hold for the whole process, worker threads included.
 * A much larger site that runs out of heap can raise it through NODE_OPTIONS.
 */
export const BUILD_HEAP_MB = 512;

/** `env` with the build's heap limit added to NODE_OPTIONS, unless it already sets one. */
export function withBuildHeapLimit(env) {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max[-_]old[-_]space[-_]size\b/.test(options)) return env;
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${BUILD_HEAP_MB}`.trim() };
}

/** The command (for `spawn`) and environment that run `next build` as `npm run build` does. */
export function nextBuildCommand(env = process.env) {
  return { command: process.execPath, args: [NEXT_BIN, 'build'], env: withBuildHeapLimit({ NEXT_TELEMETRY_DISABLED: '1', ...env }) };
}

/** Runs `next build` in `cwd` as `npm run build` does; throws if it fails. */
export function runNextBuild({ cwd = process.cwd(), env = process.env, stdio = 'inherit' } = {}) {
  const { command, args, env: buildEnv } = nextBuildCommand(env);
  const result = spawnSync(command, args, { cwd, env: buildEnv, stdio, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`next build failed in ${cwd} (exit ${result.status ?? result.signal})`);
  return result;
}
