// A real `next dev` for the browser tests of writing posts (dev-errors, live-preview):
// started on a free port with a temporary posts folder and a dist dir of its own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { freePort } from '../scripts/lib/net.mjs';

export const root = join(import.meta.dirname, '..');

// `next dev` with a distDir of its own adds it to tsconfig.json and next-env.d.ts; that is taken out again.
const tsconfig = join(root, 'tsconfig.json');
const nextEnv = join(root, 'next-env.d.ts');

/** Retries `check` until it stops throwing, or rethrows its last error after `ms`. */
export async function eventually(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function readIfPresent(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `next dev` before the tests of the enclosing describe() and stops it after,
 * with `prepare(postsDir)` writing the posts first; it is ready once `readyPath` answers.
 * Returns the server's state: `postsDir` at once, `baseUrl`, `server` and `log()`
 * (everything it printed) once started.
 */
export function useDevServer({ name, distDir, prepare, readyPath }) {
  const dev = { postsDir: mkdtempSync(join(tmpdir(), `${name}-posts-`)), baseUrl: undefined, server: undefined, output: '', log: () => dev.output };
  const originalNextEnv = readIfPresent(nextEnv);

  /** Takes this dist dir out of tsconfig.json and next-env.d.ts, keeping anyone else's changes to tsconfig.json. */
  function restoreTypeFiles() {
    const text = readFileSync(tsconfig, 'utf8');
    const kept = text.split('\n').filter((line) => !line.includes(`${distDir}/`));
    if (kept.length < text.split('\n').length) writeFileSync(tsconfig, kept.join('\n').replace(/,(\s*\])/g, '$1'));
    if (readIfPresent(nextEnv)?.includes(distDir)) {
      if (originalNextEnv) writeFileSync(nextEnv, originalNextEnv);
      else rmSync(nextEnv);
    }
  }

  /** Kills next dev and the servers it started. */
  function kill() {
    if (!dev.server) return;
    try {
      process.kill(-dev.server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  process.on('exit', kill);

  before(async () => {
    prepare(dev.postsDir);
    const port = await freePort();
    const env = { ...process.env, POSTS_DIR: dev.postsDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
    delete env.NODE_ENV;
    const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    dev.server = server;
    server.stdout.on('data', (chunk) => (dev.output += chunk));
    server.stderr.on('data', (chunk) => (dev.output += chunk));
    dev.baseUrl = `http://127.0.0.1:${port}`;
    // The first compile is slow on a small machine.
    const exited = new Promise((_, reject) => server.once('exit', () => reject(new Error(`next dev exited:\n${dev.output}`))));
    exited.catch(() => {}); // stopping it later is not a failure
    const answered = eventually(() => fetch(`${dev.baseUrl}${readyPath}`, { signal: AbortSignal.timeout(60_000) }), 180_000).catch((error) => {
      throw new Error(`next dev did not answer (${error.cause?.message ?? error.message}):\n${dev.output}`);
    });
    await Promise.race([exited, answered]);
  }, { timeout: 200_000 });

  after(async () => {
    const { server } = dev;
    if (server) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await eventually(() => assert.ok(!groupAlive(server.pid)), 10_000).catch(kill);
      await eventually(() => assert.ok(!groupAlive(server.pid)), 5_000);
    }
    restoreTypeFiles();
    rmSync(join(root, distDir), { recursive: true, force: true });
    rmSync(dev.postsDir, { recursive: true, force: true });
  });

  return dev;
}

/** Whether next dev and every server it started are still running. */
export function devServerAlive(dev) {
  return dev.server.exitCode === null && dev.server.signalCode === null && groupAlive(dev.server.pid);
}

/**
 * Waits until the page shows `text`, in the page or in Next's error overlay (a shadow root
 * that Playwright's text search enters). The overlay lists the issues one at a time; React's
 * warning about the layout's theme <script>, re-rendered on the client after the error, may
 * come first, so its "next" button is pressed until the text shows.
 */
export async function expectShown(page, text, ms = 30_000) {
  const shown = page.getByText(text, { exact: false }).first();
  await eventually(async () => {
    if (await shown.isVisible()) return;
    await page.getByRole('button', { name: /next/i }).first().click({ timeout: 2_000 }).catch(() => {});
    assert.ok(await shown.isVisible(), `${JSON.stringify(text)} is not shown in the browser`);
  }, ms);
}
