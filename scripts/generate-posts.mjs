// Writes generated posts for benchmarks and pagination tests into a folder
// outside posts/: `node scripts/generate-posts.mjs <dir> <count>` makes <count>
// posts, each in Chinese and English, with the real authors table and a tags table.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from './lib/is-main.mjs';

const zhSentences = [
  '容器技术让应用在不同环境中保持一致的运行方式。',
  'Kubernetes 负责调度、扩缩和自愈，让集群像一台大型计算机。',
  '裸金属容器减少了虚拟化层，带来更高的密度和更好的性能。',
  '云原生平台帮助企业更快地交付和治理分布式应用。',
  '可观测性需要把指标、日志和链路追踪放在同一个视图中。',
  '多集群管理让团队可以在不同的数据中心之间统一发布应用。',
];
const enSentences = [
  'Containers keep an application running the same way in every environment.',
  'Kubernetes schedules, scales and heals workloads so a cluster behaves like one large computer.',
  'Bare-metal containers remove a virtualization layer, which brings higher density and better performance.',
  'A cloud-native platform helps teams deliver and govern distributed applications faster.',
  'Observability means seeing metrics, logs and traces in one place.',
  'Multi-cluster management lets a team release the same application across data centers.',
];
const categories = ['blog', 'news', 'guide'];
// posts/tags.json of the generated posts: every tag named in both languages.
const tags = {
  containers: { name: { zh: '容器', en: 'containers' } },
  kubernetes: { name: { zh: 'Kubernetes', en: 'Kubernetes' } },
  'cloud-native': { name: { zh: '云原生', en: 'cloud native' } },
  observability: { name: { zh: '可观测性', en: 'observability' } },
};
const tagIds = Object.keys(tags);

function paragraphs(sentences, seed, count) {
  return Array.from({ length: count }, (_, p) =>
    Array.from({ length: 4 }, (_, s) => sentences[(seed + p * 3 + s) % sentences.length]).join(sentences === zhSentences ? '' : ' '),
  ).join('\n\n');
}

function post(locale, index) {
  const sentences = locale === 'zh' ? zhSentences : enSentences;
  const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  const title = locale === 'zh' ? `云原生实践第 ${index + 1} 篇` : `Cloud-native practice, part ${index + 1}`;
  const description = locale === 'zh' ? `第 ${index + 1} 篇关于容器与 Kubernetes 的生成文章。` : `Generated article ${index + 1} about containers and Kubernetes.`;
  const sections = (locale === 'zh' ? ['背景', '做法', '结论'] : ['Background', 'Approach', 'Conclusion'])
    .map((heading, s) => `## ${heading}\n\n${paragraphs(sentences, index + s, 3)}`)
    .join('\n\n');
  return [
    '---',
    `title: "${title}"`,
    `date: ${day}`,
    `description: "${description}"`,
    `categories: [${categories[index % categories.length]}]`,
    'authors: [windsonsea]',
    `tags: [${tagIds[index % 4]}, ${tagIds[(index + 1) % 4]}]`,
    '---',
    paragraphs(sentences, index, 2),
    '',
    sections,
    '',
  ].join('\n');
}

export function generatePosts(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(import.meta.dirname, '..', 'posts', 'authors.json'), join(dir, 'authors.json'));
  writeFileSync(join(dir, 'tags.json'), `${JSON.stringify(tags, null, 2)}\n`);
  for (let index = 0; index < count; index++) {
    const folder = join(dir, `generated-${String(index + 1).padStart(4, '0')}`);
    mkdirSync(folder);
    for (const locale of ['zh', 'en']) writeFileSync(join(folder, `${locale}.mdx`), post(locale, index));
  }
}

if (isMain(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !/^\d+$/.test(count ?? '')) {
    console.error('usage: node scripts/generate-posts.mjs <dir> <count>');
    process.exit(2);
  }
  generatePosts(dir, Number(count));
}
