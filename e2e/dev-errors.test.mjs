// A writer running `next dev` who breaks a post sees the file and the line or field on the
// error page and in the terminal; the server keeps running, and fixing the file brings the
// page back. Starts its own `next dev` on a temporary posts folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../scripts/lib/net.mjs';
import { useBrowser } from './browser.mjs';

const root = join(import.meta.dirname, '..');
const distDir = '.next-dev-test';
const slug = 'dev-errors';
const title = '开发服务器的错误页';

// `next dev` with a distDir of its own adds it to tsconfig.json and next-env.d.ts; that is taken out again.
const tsconfig = join(root, 'tsconfig.json');
const nextEnv = join(root, 'next-env.d.ts');
const originalNextEnv = readIfPresent(nextEnv);

const postsDir = mkdtempSync(join(tmpdir(), 'dev-errors-posts-'));
// Errors name a post's file relative to the project folder.
const file = relative(root, join(postsDir, slug, 'zh.mdx'));
let server;
let baseUrl;
// Chromium, to see the error as the writer does (launched by the describe block below).
let browser;
let log = '';

function readIfPresent(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** A post's source: front matter, then the body lines. */
function source({ date = '2024-05-01', body = ['第一段。', '', '## 小节', '', '更多内容。'] } = {}) {
  const lines = ['---', `title: "${title}"`, `date: ${date}`, 'description: "一篇文章。"', 'categories: [blog]', 'authors: [ada]', '---', ...body];
  return `${lines.join('\n')}\n`;
}

function writePost(text, locale = 'zh') {
  mkdirSync(join(postsDir, slug), { recursive: true });
  writeFileSync(join(postsDir, slug, `${locale}.mdx`), text);
}

/** The 1-based line of `text` in `whole`. */
function lineOf(whole, text) {
  const index = whole.split('\n').indexOf(text);
  assert.ok(index >= 0, `${text} is not a line of the post`);
  return index + 1;
}

/** Retries `check` until it stops throwing, or rethrows its last error after `ms`. */
async function eventually(check, ms = 10_000) {
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

/** The article page: its status, HTML, and the messages of the errors it carries. */
async function article() {
  const response = await fetch(`${baseUrl}/zh/blogs/${slug}`);
  const html = await response.text();
  return { status: response.status, html, errors: errorMessages(html) };
}

/**
 * A dev error page carries the thrown errors in the React Server Components
 * payload: strings pushed by `self.__next_f.push([1, "..."])`, in which a row
 * `<id>:E{...}` is one error as JSON.
 */
function errorMessages(html) {
  const payload = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map(([, chunk]) => JSON.parse(chunk))
    .filter(([kind, text]) => kind === 1 && typeof text === 'string')
    .map(([, text]) => text)
    .join('');
  return [...payload.matchAll(/^[0-9a-f]+:E(\{.*\})$/gm)].map(([, row]) => JSON.parse(row).message);
}

async function expectRecovered() {
  await eventually(async () => {
    const { status, html } = await article();
    assert.equal(status, 200);
    assert.match(html, new RegExp(`<h1[^>]*>${title}</h1>`));
  });
}

/**
 * The page fails with a 5xx whose error names `file` and says `what`, and a writer
 * sees that message in the browser (Next's error overlay, in a shadow root that
 * Playwright's text search enters); the terminal says it too.
 */
async function expectError(what) {
  const logged = log.length;
  const { status, errors } = await article();
  assert.ok(status >= 500, `expected an error page, got ${status}`);
  assert.ok(
    errors.some((text) => text.startsWith(`${file}: `) && text.includes(what)),
    `the error page should say ${JSON.stringify(`${file}: ... ${what}`)}; it says ${JSON.stringify(errors)}`,
  );
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/zh/blogs/${slug}`);
    const shown = page.getByText(`${file}: ${what.replace(/^: /, '')}`, { exact: false }).first();
    // The overlay lists the issues one at a time; React's warning about the layout's
    // theme <script>, re-rendered on the client after the error, may come first.
    await eventually(async () => {
      if (await shown.isVisible()) return;
      await page.getByRole('button', { name: /next/i }).first().click({ timeout: 2_000 }).catch(() => {});
      assert.ok(await shown.isVisible(), 'the post’s error is not shown in the browser');
    }, 30_000);
  } finally {
    await page.close();
  }
  await eventually(() => {
    const terminal = log.slice(logged);
    assert.ok(terminal.includes(`${file}: `) && terminal.includes(what), `the terminal should say ${JSON.stringify(what)}`);
  });
}

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
function stop() {
  if (!server) return;
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
process.on('exit', stop);

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('next dev: a broken post', () => {
  browser = useBrowser();

  before(async () => {
    writeFileSync(join(postsDir, 'authors.json'), JSON.stringify({ ada: { name: { zh: '阿达', en: 'Ada' } } }));
    writePost(source());
    const port = await freePort();
    const env = { ...process.env, POSTS_DIR: postsDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
    delete env.NODE_ENV;
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    baseUrl = `http://127.0.0.1:${port}`;
    // The first compile is slow on a small machine.
    const exited = new Promise((_, reject) => server.once('exit', () => reject(new Error(`next dev exited:\n${log}`))));
    exited.catch(() => {}); // stopping it later is not a failure
    const answered = eventually(() => fetch(`${baseUrl}/zh/blogs/${slug}`, { signal: AbortSignal.timeout(60_000) }), 180_000).catch((error) => {
      throw new Error(`next dev did not answer (${error.cause?.message ?? error.message}):\n${log}`);
    });
    await Promise.race([exited, answered]);
  }, { timeout: 200_000 });

  after(async () => {
    if (server) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await eventually(() => assert.ok(!groupAlive(server.pid)), 10_000).catch(stop);
      await eventually(() => assert.ok(!groupAlive(server.pid)), 5_000);
    }
    restoreTypeFiles();
    rmSync(join(root, distDir), { recursive: true, force: true });
    rmSync(postsDir, { recursive: true, force: true });
  });

  it('shows a good post', async () => {
    await expectRecovered();
  });

  it('names the file and the field of bad front matter, then recovers', async () => {
    const broken = source({ date: 'not-a-date' });
    writePost(broken);
    await expectError(`: line ${lineOf(broken, 'date: not-a-date')}: field "date": expected an ISO 8601 date`);
    writePost(source());
    await expectRecovered();
  });

  it('names the file and the line of a JavaScript expression, then recovers', async () => {
    const broken = source({ body: ['第一段。', '', '算一算：{1 + 1}', '', '更多内容。'] });
    writePost(broken);
    await expectError(`: line ${lineOf(broken, '算一算：{1 + 1}')}: posts may not contain JavaScript expressions`);
    writePost(source());
    await expectRecovered();
  });

  it('names the file and the line of an MDX syntax error, then recovers', async () => {
    const broken = source({ body: ['第一段。', '', '<div>', '', '没有闭合的元素。'] });
    writePost(broken);
    const line = lineOf(broken, '<div>');
    await expectError(`: line ${line}: Expected a closing tag for \`<div>\` (${line}:1-${line}:6)`);
    writePost(source());
    await expectRecovered();
  });

  it('kept the same server running throughout', () => {
    assert.equal(server.exitCode, null);
    assert.equal(server.signalCode, null);
    assert.ok(groupAlive(server.pid));
  });
});
