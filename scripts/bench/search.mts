import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Locale } from '@/i18n/routing';
import { getPosts } from '@/lib/content/posts';
import { buildSearchIndex } from '@/lib/search/build-index';
import type { SearchDoc } from '@/lib/search/index-format';
import { searchDocOf } from '@/lib/search/post-text';
import { loadIndex, parseQuery, search } from '@/lib/search/query';
import { highlight, snippet } from '@/lib/search/snippet';
import { fold } from '@/lib/search/tokenize';
import { median, type Row } from './report.mts';

const RUNS = 11;
const GENERATED = 1000;

const queries: Record<Locale, string[]> = {
  zh: ['容器', '裸金属', '云', '量子纠缠'],
  en: ['kubernetes', 'kube', 'bare-metal', 'xyzzy'],
};

/** Words a post on this blog is about; each generated post takes a few. */
const topics: Record<Locale, string[]> = {
  zh: '容器编排 服务网格 可观测性 微服务 多集群 边缘计算 镜像仓库 持续交付 灰度发布 负载均衡 存储卷 网络策略 弹性伸缩 日志采集 链路追踪 权限管理 多租户 混合云 信创 数据库 中间件 消息队列 安全扫描 自动化运维 故障恢复 高可用 备份 迁移 性能调优 资源配额 调度器 虚拟机 裸金属 云原生 开源社区 金融行业 制造业 运营商 开发者 平台工程'.split(' '),
  en: 'orchestration service-mesh observability microservices multicluster edge registry delivery canary load-balancing volumes network-policy autoscaling logging tracing access-control multitenancy hybrid-cloud databases middleware queues scanning automation recovery availability backup migration tuning quotas scheduler virtual-machines bare-metal cloud-native community finance manufacturing telecom developers platform-engineering'.split(' '),
};

const titleForms: Record<Locale, ((a: string, b: string) => string)[]> = {
  zh: [(a, b) => `${a}与${b}实践`, (a, b) => `${a}入门：从${b}讲起`, (a) => `${a}原理解析`, (a, b) => `用${b}改进${a}`],
  en: [(a, b) => `${a} and ${b} in practice`, (a) => `A guide to ${a}`, (a, b) => `How ${a} works with ${b}`, (a, b) => `Improving ${a} with ${b}`],
};

/** A seeded generator (mulberry32), so every run indexes the same text. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words and punctuation of a text; Chinese is cut into words with Intl.Segmenter (only to generate text). */
function wordsOf(locale: Locale, text: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return Array.from(segmenter.segment(text), (part) => part.segment).filter((word) => word.trim());
}

function joinWords(locale: Locale, words: string[]): string {
  const latin = /^[\p{Script=Latin}\p{N}]/u;
  return words.reduce((text, word, i) => {
    const spaced = locale === 'en' ? !/^[.,;:!?)]/.test(word) : latin.test(word) || latin.test(words[i - 1] ?? '');
    return text + (i > 0 && spaced ? ' ' : '') + word;
  }, '');
}

/**
 * `count` posts in memory, in new sentences drawn from the real posts' word
 * pairs (a first-order Markov chain over words), with topic words in titles
 * and headings and made-up names (the long tail of product and project names
 * a real blog has), so the vocabulary grows with the corpus.
 */
function generate(locale: Locale, real: SearchDoc[], count: number): SearchDoc[] {
  const random = seeded(locale === 'zh' ? 1 : 2);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const words = wordsOf(locale, real.map((doc) => doc.text).join(' '));
  const next = new Map<string, string[]>();
  words.forEach((word, i) => i && next.set(words[i - 1], [...(next.get(words[i - 1]) ?? []), word]));
  const nameChars = Array.from(words.join('').replace(/[^\u4e00-\u9fff]/g, ''));
  const syllables = ['ka', 'lo', 'mi', 'nu', 'ter', 'vex', 'dra', 'sil', 'pon', 'zu', 'rix', 'bel'];
  const name = () => (locale === 'zh' ? pick(nameChars) + pick(nameChars) + pick(nameChars) : pick(syllables) + pick(syllables) + pick(syllables));
  const paragraph = (length: number, names: string[]) => {
    const out = [pick(words)];
    while (out.length < length) {
      if (random() < 0.02) out.push(pick(names));
      out.push(pick(next.get(out[out.length - 1]) ?? words));
    }
    return joinWords(locale, out);
  };
  return Array.from({ length: count }, (_, n) => {
    const names = Array.from({ length: 5 }, name);
    const title = pick(titleForms[locale])(pick(topics[locale]), pick(topics[locale]));
    const headings = Array.from({ length: 4 }, () => pick(titleForms[locale])(pick(topics[locale]), pick(names)));
    const text = headings.map((heading) => `${heading} ${paragraph(locale === 'zh' ? 220 : 180, names)}`).join(' ');
    return { title, url: `/${locale}/blogs/generated-${n}`, headings, text };
  });
}

/** Nanoseconds per call, from as many calls as fit in a few milliseconds. */
function perCall(run: () => unknown): number {
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < 5);
  return (elapsed / calls) * 1e6;
}

/** Medians of ours and the reference, measured alternately. */
function compare(ours: () => unknown, reference: () => unknown): [number, number] {
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    a.push(perCall(ours));
    b.push(perCall(reference));
  }
  return [median(a), median(b)];
}

function rowsFor(group: string, locale: Locale, docs: SearchDoc[]): Row[] {
  const start = performance.now();
  const json = JSON.stringify(buildSearchIndex(docs));
  const buildMs = performance.now() - start;
  const plain = JSON.stringify(docs);
  const index = loadIndex(JSON.parse(json));
  // The reference search: a case-insensitive String.includes over each document's text, prepared in advance.
  const haystacks = docs.map((doc) => fold([doc.title, ...doc.headings, doc.text].join(' ')));
  const scan = (query: string) => {
    const needle = fold(query.trim());
    return haystacks.filter((text) => text.includes(needle)).length;
  };
  const docsOnly = { value: 0, name: 'the documents alone, no postings' };
  const bytes = (text: string) => Buffer.byteLength(text);
  const [loadNs, parseNs] = compare(() => loadIndex(JSON.parse(json)), () => JSON.parse(plain));
  const rows: Row[] = [
    { group, measure: `${locale}: index build and JSON.stringify, ${docs.length} posts`, unit: 'ms', ours: buildMs },
    { group, measure: `${locale}: index size`, unit: 'bytes', ours: bytes(json), reference: { ...docsOnly, value: bytes(plain) } },
    { group, measure: `${locale}: index size, gzip`, unit: 'bytes', ours: gzipSync(json).length, reference: { ...docsOnly, value: gzipSync(plain).length } },
    { group, measure: `${locale}: load on opening (JSON.parse + loadIndex)`, unit: 'µs', ours: loadNs / 1000, reference: { value: parseNs / 1000, name: 'JSON.parse of the documents alone' } },
  ];
  for (const query of queries[locale]) {
    const hits = search(index, parseQuery(query)).length;
    const [ours, reference] = compare(() => search(index, parseQuery(query)), () => scan(query));
    rows.push({
      group,
      measure: `${locale}: query "${query}" (${hits} found, scan finds ${scan(query)}), median`,
      unit: 'ns',
      ours,
      reference: { value: reference, name: 'String.includes scan' },
    });
  }
  // What one keystroke costs in the dialog: the query, then marks and snippets for the results it shows.
  const [first] = queries[locale];
  const keystroke = () => {
    const tokens = parseQuery(first);
    return search(index, tokens).slice(0, 20).map((hit) => [highlight(hit.doc.title, tokens), snippet(hit.doc.text, tokens)]);
  };
  const [keystrokeNs, scanNs] = compare(keystroke, () => scan(first));
  rows.push({
    group,
    measure: `${locale}: query "${first}" with titles and snippets marked for the first 20 results, median`,
    unit: 'ns',
    ours: keystrokeNs,
    reference: { value: scanNs, name: 'String.includes scan' },
  });
  return rows;
}

/** Index size and query time per locale, for the real posts and for 1,000 generated posts. */
export async function benchSearch(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const locale of ['zh', 'en'] as const) {
    const real = getPosts(locale).map(searchDocOf);
    rows.push(...rowsFor('search, real posts', locale, real));
    rows.push(...rowsFor(`search, ${GENERATED.toLocaleString('en-US')} generated posts`, locale, generate(locale, real, GENERATED)));
  }
  return rows;
}
