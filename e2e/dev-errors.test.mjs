// A writer running `next dev` who breaks a post sees the file and the line or field on the
// error page and in the terminal; the server keeps running, and fixing the file brings the
// page back. Starts its own `next dev` on a temporary posts folder.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { useBrowser } from './browser.mjs';
import { devServerAlive, eventually, expectShown, root, useDevServer } from './dev-server.mjs';

const slug = 'dev-errors';
const title = '开发服务器的错误页';

// next dev on a temporary posts folder, and Chromium to see the error as the writer does
// (both started by the describe block below).
let dev;
let browser;
// Errors name a post's file relative to the project folder.
let file;

/** A post's source: front matter, then the body lines. */
function source({ date = '2024-05-01', body = ['第一段。', '', '## 小节', '', '更多内容。'] } = {}) {
  const lines = ['---', `title: "${title}"`, `date: ${date}`, 'description: "一篇文章。"', 'categories: [blog]', 'authors: [ada]', '---', ...body];
  return `${lines.join('\n')}\n`;
}

function writePost(text, postsDir = dev.postsDir) {
  mkdirSync(join(postsDir, slug), { recursive: true });
  writeFileSync(join(postsDir, slug, 'zh.mdx'), text);
}

/** The 1-based line of `text` in `whole`. */
function lineOf(whole, text) {
  const index = whole.split('\n').indexOf(text);
  assert.ok(index >= 0, `${text} is not a line of the post`);
  return index + 1;
}

/** The article page: its status, HTML, and the messages of the errors it carries. */
async function article() {
  const response = await fetch(`${dev.baseUrl}/zh/blogs/${slug}`);
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
  const logged = dev.log().length;
  const { status, errors } = await article();
  assert.ok(status >= 500, `expected an error page, got ${status}`);
  assert.ok(
    errors.some((text) => text.startsWith(`${file}: `) && text.includes(what)),
    `the error page should say ${JSON.stringify(`${file}: ... ${what}`)}; it says ${JSON.stringify(errors)}`,
  );
  const page = await browser.newPage();
  try {
    await page.goto(`${dev.baseUrl}/zh/blogs/${slug}`);
    await expectShown(page, `${file}: ${what.replace(/^: /, '')}`);
  } finally {
    await page.close();
  }
  await eventually(() => {
    const terminal = dev.log().slice(logged);
    assert.ok(terminal.includes(`${file}: `) && terminal.includes(what), `the terminal should say ${JSON.stringify(what)}`);
  });
}

describe('next dev: a broken post', () => {
  dev = useDevServer({
    name: 'dev-errors',
    distDir: '.next-dev-test',
    readyPath: `/zh/blogs/${slug}`,
    prepare(postsDir) {
      writeFileSync(join(postsDir, 'authors.json'), JSON.stringify({ ada: { name: { zh: '阿达', en: 'Ada' } } }));
      writePost(source(), postsDir);
    },
  });
  file = relative(root, join(dev.postsDir, slug, 'zh.mdx'));
  browser = useBrowser();

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

  it('says that search needs a build, since next dev writes no search index', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${dev.baseUrl}/zh/blogs/${slug}`);
      await page.getByRole('button', { name: '搜索' }).click();
      await expectShown(page, '在 `npm run dev` 中不可用');
    } finally {
      await page.close();
    }
  });

  it('kept the same server running throughout', () => {
    assert.ok(devServerAlive(dev));
  });
});
