/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { htmlLang, type Locale } from '@/i18n/routing';
import { renderMdx } from '@/lib/mdx/render';
import type { Pagefind, PagefindData } from '@/lib/search/pagefind';
import { find } from '@/lib/search/results';
import { checkMdxComponent, mdxComponents } from '@/components/mdx';
import TableOfContents from '@/components/TableOfContents';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

/**
 * Pagefind's own indexer and search code (its browser script and WebAssembly,
 * run in Node by ../helpers/pagefind-run.mjs) over fixture posts laid out as
 * the article page lays them out: only the <article data-pagefind-body> is
 * indexed, without its contents list; navigation, breadcrumbs and footer are
 * around it. The site's real article is among the fixtures, for recall.
 */
type Fixture = { locale: Locale; slug: string; title: string; body: string };

const realBody = (locale: Locale) => readFileSync(join(process.cwd(), 'posts/221008-dce-bg', `${locale}.mdx`), 'utf8').split(/^---$/m).slice(2).join('---');

const fixtures: Fixture[] = [
  { locale: 'zh', slug: 'dce', title: 'DCE 研发背景', body: realBody('zh') },
  { locale: 'en', slug: 'dce', title: 'DCE: Research and Development Background', body: realBody('en') },
  {
    locale: 'zh',
    slug: 'exact',
    title: '机房笔记',
    body: '开头一段。\n\n## 选型\n\n我们选择了裸金属服务器来运行数据库。\n\n<Figure src="/images/a.svg" alt="机柜里的企鹅玩偶" width="10" height="10">\n  图注：凌晨三点的值班室\n</Figure>\n\n```sh\nzypper install tcpdumpx\n```\n',
  },
  {
    locale: 'zh',
    slug: 'apart',
    title: '裸金属与服务器',
    body: '裸金属很好。服务器很多。裸金属的优点是性能，服务器的缺点是贵。\n\n## 裸金属\n\n裸金属，裸金属，裸金属。\n\n## 服务器\n\n服务器，服务器，服务器。\n',
  },
  {
    locale: 'en',
    slug: 'exact',
    title: 'Machine room notes',
    body: 'Opening words.\n\n## Choosing hardware\n\nWe chose bare metal for the database.\n\n<Figure src="/images/a.svg" alt="a penguin plush inside the rack" width="10" height="10">\n  Caption: the night shift at three\n</Figure>\n',
  },
  {
    locale: 'en',
    slug: 'apart',
    title: 'Metal, and bare walls',
    body: 'Metal everywhere. Bare walls. Metal racks against bare concrete; metal and more metal.\n\n## Metal\n\nMetal, metal, metal, bare.\n',
  },
];

/** Words that appear only around the article (header, breadcrumbs, footer) or in its contents list and byline. */
const CHROME = { zh: ['导航栏甲', '面包屑乙', '页脚丙'], en: ['navbarword', 'crumbword', 'footerword'] };

const messages = { zh, en };

async function articlePage({ locale, slug, title, body }: Fixture): Promise<{ url: string; html: string }> {
  const { content, headings } = await renderMdx(body, { file: `posts/${slug}/${locale}.mdx`, components: mdxComponents, checkComponent: checkMdxComponent, anchorLabel: 'Link' });
  const [nav, crumbs, footer] = CHROME[locale];
  const article = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      <article className="post" data-pagefind-body>
        <header>
          <h1>{title}</h1>
          <dl className="post-meta" data-pagefind-ignore="all">
            <dt>{nav}</dt>
          </dl>
        </header>
        <TableOfContents headings={[...headings, { id: 'x', text: crumbs, depth: 2 }]} />
        <div className="prose">{content}</div>
      </article>
    </NextIntlClientProvider>,
  );
  const html = `<!DOCTYPE html><html lang="${htmlLang[locale]}"><head><title>${title}</title></head><body><header><nav>${nav}</nav></header><main><nav>${crumbs}</nav>${article}</main><footer>${footer}</footer></body></html>`;
  return { url: `/${locale}/blogs/${slug}`, html };
}

/** A listing page: no data-pagefind-body, so not indexed, though it repeats an article's words. */
const listing = (locale: Locale) => ({ url: `/${locale}`, html: `<!DOCTYPE html><html lang="${htmlLang[locale]}"><body><main><h1>listingonlyword 列表丁</h1><p>裸金属服务器 bare metal</p></main></body></html>` });

const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
/** What the article says (its indexed part), as text: title, prose, captions and alt text; not the contents list. */
function indexedText(html: string): string {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  // The contents list and byline, then what else is marked data-pagefind-ignore (copy buttons, heading anchors, hints; none nested).
  const withoutToc = article
    .replace(/<nav class="toc"[\s\S]*?<\/nav>/, '')
    .replace(/<dl class="post-meta"[\s\S]*?<\/dl>/, '')
    .replace(/<(\w+)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, '');
  const alts = [...withoutToc.matchAll(/\balt="([^"]*)"/g)].map((match) => match[1]);
  return `${plainText(withoutToc)} ${alts.join(' ')}`;
}

const cjkWords = (text: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((part) => part.segment).filter((word) => /^\p{Script=Han}{2}$/u.test(word));
const latinWords = (text: string) => (text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []).filter((word) => !/^(?:https?|www)$/.test(word));
const unique = <T,>(list: T[]) => [...new Set(list)];

type Answer = { id: string; score: number; data: PagefindData };
let answers: Record<string, Record<string, Answer[]>>;
let pages: { url: string; html: string }[];
let zhWords: string[];
let enWords: string[];
const exactQueries = { 'zh-cn': ['裸金属服务器', '"裸金属服务器"'], en: ['bare metal', '"bare metal"'] };
const otherQueries = {
  'zh-cn': ['企鹅玩偶', '值班室', 'tcpdumpx', ...CHROME.zh, '列表丁', 'chose'],
  en: ['penguin', 'night shift', 'tcpdumpx', ...CHROME.en, 'listingonlyword', '裸金属'],
};

beforeAll(async () => {
  pages = [...(await Promise.all(fixtures.map(articlePage))), listing('zh'), listing('en')];
  const textOf = (locale: Locale) => pages.filter((page) => page.url.startsWith(`/${locale}/blogs/`)).map((page) => indexedText(page.html)).join(' ');
  zhWords = unique(cjkWords(textOf('zh')));
  enWords = unique(latinWords(textOf('en')));
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  try {
    const input = join(dir, 'input.json');
    const queries = { 'zh-cn': [...zhWords, ...exactQueries['zh-cn'], ...otherQueries['zh-cn']], en: [...enWords, ...exactQueries.en, ...otherQueries.en] };
    writeFileSync(input, JSON.stringify({ pages, queries }));
    answers = JSON.parse(execFileSync(process.execPath, [join(__dirname, '../helpers/pagefind-run.mjs'), input], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

const urlsOf = (language: string, query: string) => answers[language][query].map((answer) => answer.data.url).sort();

/** Which articles of a locale contain the word, by a scan of their indexed text (words whole for Latin script). */
function scan(locale: Locale, word: string): string[] {
  const pattern = /\p{Script=Han}/u.test(word) ? new RegExp(word) : new RegExp(`\\b${word}\\b`, 'i');
  return pages.filter((page) => page.url.startsWith(`/${locale}/blogs/`) && pattern.test(indexedText(page.html))).map((page) => page.url).sort();
}

/** Pagefind's answers, through the dialog's own ranking (lib/search/results.ts). */
const fromAnswers = (language: string): Pagefind => ({
  options: async () => undefined,
  search: async (query) => ({ results: answers[language][query].map((answer) => ({ id: answer.id, score: answer.score, data: async () => answer.data })) }),
});

describe('search over fixture posts (Pagefind)', () => {
  it('finds every article that contains a two-character Chinese word, as a substring scan does', () => {
    expect(zhWords.length).toBeGreaterThan(100);
    const missed = zhWords.filter((word) => scan('zh', word).some((url) => !urlsOf('zh-cn', word).includes(url)));
    expect(missed).toEqual([]);
  });

  it('finds every article that contains an English word', () => {
    expect(enWords.length).toBeGreaterThan(100);
    const missed = enWords.filter((word) => scan('en', word).some((url) => !urlsOf('en', word).includes(url)));
    expect(missed).toEqual([]);
  });

  it.each([
    ['zh-cn', '裸金属服务器', '/zh/blogs/exact', '/zh/blogs/apart'],
    ['en', 'bare metal', '/en/blogs/exact', '/en/blogs/apart'],
  ])('%s: ranks an article with the exact phrase above one with its words apart', async (language, query, exact, apart) => {
    // Pagefind alone ranks the article with more of the words first.
    const plain = answers[language][query].map((answer) => answer.data.url);
    expect(plain.indexOf(apart)).toBeLessThan(plain.indexOf(exact));
    const { options } = await find(fromAnswers(language), query);
    const order = unique(options.map((option) => option.url.split(/[?#]/)[0]));
    expect(order.indexOf(exact)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(exact)).toBeLessThan(order.indexOf(apart));
  });

  it('links sections to heading ids that exist in the page, titled with the heading', () => {
    const sections = Object.values(answers).flatMap((byQuery) => Object.values(byQuery).flat()).flatMap((answer) => answer.data.sub_results);
    const anchored = sections.filter((section) => section.url.includes('#'));
    expect(anchored.length).toBeGreaterThan(20);
    for (const section of anchored) {
      const [path, hash] = section.url.split('#');
      const page = pages.find((candidate) => candidate.url === path)!;
      const id = decodeURIComponent(hash);
      expect(page.html).toMatch(new RegExp(`<h[1-6] id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>${section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`));
    }
    expect(anchored.some((section) => decodeURIComponent(section.url) === '/zh/blogs/dce#容器-vs-虚拟化')).toBe(true);
  });

  it('finds figure captions, image alt text and code', () => {
    expect(urlsOf('zh-cn', '企鹅玩偶')).toEqual(['/zh/blogs/exact']);
    expect(urlsOf('zh-cn', '值班室')).toEqual(['/zh/blogs/exact']);
    expect(urlsOf('zh-cn', 'tcpdumpx')).toEqual(['/zh/blogs/exact']);
    expect(urlsOf('en', 'penguin')).toEqual(['/en/blogs/exact']);
    expect(urlsOf('en', 'night shift')).toEqual(['/en/blogs/exact']);
  });

  it('finds nothing in navigation, breadcrumbs, footer, byline, contents list or listing pages', () => {
    for (const word of CHROME.zh) expect(urlsOf('zh-cn', word)).toEqual([]);
    for (const word of CHROME.en) expect(urlsOf('en', word)).toEqual([]);
    expect(urlsOf('zh-cn', '列表丁')).toEqual([]);
    expect(urlsOf('en', 'listingonlyword')).toEqual([]);
  });

  it('searches each language in its own index', () => {
    expect(urlsOf('zh-cn', 'chose')).toEqual([]);
    expect(urlsOf('en', '裸金属')).toEqual([]);
  });
});
