// Writes a generated mkdocs-material blog for the import benchmark:
// `node scripts/generate-mkdocs-posts.mjs <root> <count>` makes <count> posts in
// Chinese and English, laid out as docs.daocloud.io's repository lays them out:
//   <root>/zh/docs/blogs/<year>/<YYMMDD>-post-<n>.md   and the same under <root>/en/docs
//   <root>/<lang>/docs/blogs/.authors.yml, <root>/<lang>/docs/blogs/images/*.png
// Each post uses the constructs real posts use (admonitions, content tabs, buttons,
// figures, grid cards, abbreviations, mermaid, HTML tables, links to posts and to
// documentation pages, ...). The output depends only on <count>.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from './lib/is-main.mjs';
import { encodePng } from './lib/png.mjs';

const AUTHORS = {
  windsonsea: { zh: 'Michael Yao', en: 'Michael Yao', description: 'Creator', avatar: 'https://github.com/windsonsea.png' },
  michelle: { zh: '吴文静', en: 'Michelle Wu', description: 'Editor' },
  samzong: { zh: '宋振', en: 'Sam Zong', description: 'Engineer' },
};
const TAGS = ['kubernetes', 'containers', 'observability', 'multicloud', 'ai', 'security'];

/** The pictures every post draws from: file name, width, height. */
const IMAGES = [
  ['architecture.png', 800, 450],
  ['dashboard.png', 1200, 630],
  ['topology.png', 640, 360],
  ['logo.png', 320, 320],
  ['workflow.png', 960, 540],
];

const TEXT = {
  zh: {
    topics: ['Kubernetes 集群升级', '裸金属容器', '多云应用分发', '可观测性平台', '服务网格治理', '离线安装', 'GPU 算力调度', '云原生存储'],
    title: (topic, n) => `${topic}实践笔记（第 ${n} 篇）`,
    sentences: [
      '容器技术让应用在开发、测试和生产环境中保持一致的运行方式，也让交付流程第一次可以被完整地描述成代码。',
      'K8s 负责调度、扩缩和自愈，让成百上千台服务器像一台大型计算机一样工作。',
      '裸金属容器去掉了虚拟化层，带来更高的部署密度和更稳定的性能表现。',
      '在金融和制造行业，很多团队仍然需要在完全离线的机房里交付平台。',
      '多集群管理让同一个应用可以在多个数据中心之间统一发布、灰度和回滚。',
      '可观测性要求把指标、日志和链路追踪放在同一个视图里，排障时才不会来回切换。',
      '服务网格把流量治理从业务代码中剥离出来，由平台统一配置熔断、限流和重试。',
      '我们在过去一年里把这套方案落地到了二十多个生产集群，期间踩过不少坑，也积累了一些值得分享的经验。',
      '升级之前一定要备份 etcd，并在测试集群上完整演练一遍回滚流程。',
      '社区版本迭代很快，K8s 官方同时维护的只有最近的几个小版本。',
      'GPU 资源昂贵，按需切分和共享可以把利用率从三成提高到七成以上。',
    ],
    headings: { background: '背景', install: '安装步骤', compare: '方案对比', diagram: '整体架构', summary: '总结' },
    abbreviation: 'Kubernetes，开源的容器编排引擎',
    tip: '提示',
    tipBody: '本文的操作基于 DCE 5.0 社区版，商业版的界面可能略有不同。',
    noteBody: '以下命令需要 root 权限，建议先在测试环境中执行一遍。',
    detailsTitle: '点击查看完整的配置示例',
    infoBody: '如果集群规模超过 500 个节点，请先阅读容量规划文档。',
    tabIntro: '依次执行以下命令，大概需要 5 分钟左右：',
    checks: ['检查内核版本不低于 4.18', '关闭 swap 分区', '确认节点之间时间同步'],
    steps: ['下载离线安装包', '解压并导入镜像', '执行安装脚本', '登录控制台验证'],
    button: '立即安装',
    imageAlt: '平台整体架构图',
    figureAlt: '监控大盘截图',
    caption: '图 1：安装完成后的监控大盘',
    cards: [
      ['rocket-launch', '快速上手', '几分钟内启动第一个集群 :tada:<br>', '支持在线和离线两种安装方式'],
      ['kubernetes', '多集群管理', '统一纳管公有云、私有云和边缘集群，', '一次配置，处处生效'],
      ['chart-line', '可观测性', '指标、日志和链路追踪一站式查看 :sparkles:', ''],
    ],
    marks: (n) => `这一版最重要的变化是==默认开启审计日志==，日志按 2^10^ 条一批写入，存储用量约为 log~2~(n) 量级，~~旧的手动合入流程~~已经废弃（第 ${n} 次迭代）。`,
    table: ['组件', '版本', '说明'],
    tableRows: [['Kubean', 'v0.7.4', '集群生命周期管理'], ['Spiderpool', 'v0.9.0', 'Underlay 网络'], ['Hwameistor', 'v0.14.1', '本地存储']],
    htmlTable: ['能力', '支持的平台'],
    htmlRows: [['部署', ['AWS', 'Azure', 'OpenStack', '裸金属']], ['升级', ['在线升级', '离线升级']]],
    checklist: ['准备 3 台控制节点', '配置负载均衡', '导入离线镜像'],
    quote: '“生活总是让我们遍体鳞伤，但到后来，那些受伤的地方一定会变成我们最强壮的地方。”',
    braces: '在模板里用 {namespace} 和 {cluster} 作为占位符，当副本数 < 3 时平台会给出告警。',
    lineBreak: ['部署完成后，<br>', '记得在控制台里确认所有节点都处于 Ready 状态。'],
    comment: '<!-- 本段内容来自内部分享，发布前请再核对一次版本号 -->',
    related: (title) => `更多细节可以参考相关文章[${title}]`,
    docLink: '完整的参数说明见[安装文档](../../install/index.md)。',
    mermaid: ['A[准备节点<br/>检查资源] --> B[导入镜像]', 'B --> C[安装集群]', 'C -.-> D[验证与监控]'],
    ending: '感谢各位读者的关注，欢迎在社区里继续交流。',
  },
  en: {
    topics: ['Kubernetes upgrades', 'Bare-metal containers', 'Multicloud delivery', 'Observability', 'Service mesh governance', 'Offline installation', 'GPU scheduling', 'Cloud-native storage'],
    title: (topic, n) => `${topic} in practice, part ${n}`,
    sentences: [
      'Containers keep an application running the same way in development, testing and production, and for the first time they let the whole delivery process be written down as code.',
      'K8s schedules, scales and heals workloads, so hundreds of servers behave like one large computer.',
      'Bare-metal containers remove a virtualization layer, which brings higher density and steadier performance.',
      'In banking and manufacturing, many teams still have to deliver a platform inside a fully offline data center.',
      'Multi-cluster management lets one application be released, canaried and rolled back across data centers.',
      'Observability means seeing metrics, logs and traces in one view, so nobody switches tools while debugging.',
      'A service mesh takes traffic management out of the business code and lets the platform configure circuit breaking, rate limits and retries.',
      'Over the past year we rolled this out to more than twenty production clusters, hit quite a few problems along the way, and learned some lessons worth sharing.',
      'Always back up etcd before an upgrade, and rehearse the rollback on a test cluster first.',
      'The community moves fast: the K8s project maintains only the most recent minor versions.',
      'GPUs are expensive, and slicing and sharing them on demand lifts their use from a third to over two thirds.',
    ],
    headings: { background: 'Background', install: 'Installation', compare: 'Comparison', diagram: 'Architecture', summary: 'Summary' },
    abbreviation: 'Kubernetes, the open-source container orchestrator',
    tip: 'Tip',
    tipBody: 'The steps below use DCE 5.0 Community; the commercial edition may look slightly different.',
    noteBody: 'The following commands need root; run them on a test machine first.',
    detailsTitle: 'Click to see the full configuration',
    infoBody: 'If the cluster has more than 500 nodes, read the capacity planning guide first.',
    tabIntro: 'Run the following commands one by one; it takes about 5 minutes:',
    checks: ['Check that the kernel is 4.18 or later', 'Turn swap off', 'Make sure the nodes keep their clocks in sync'],
    steps: ['Download the offline package', 'Unpack it and load the images', 'Run the installer', 'Log in to the console to verify'],
    button: 'Install now',
    imageAlt: 'Overall platform architecture',
    figureAlt: 'Monitoring dashboard screenshot',
    caption: 'Figure 1: the monitoring dashboard after installation',
    cards: [
      ['rocket-launch', 'Quick start', 'Start your first cluster in minutes :tada:<br>', 'online or offline'],
      ['kubernetes', 'Multi-cluster', 'Manage public cloud, private cloud and edge clusters together,', 'configure once, apply everywhere'],
      ['chart-line', 'Observability', 'Metrics, logs and traces in one place :sparkles:', ''],
    ],
    marks: (n) => `The biggest change in this release is that ==audit logging is on by default==: logs are written in batches of 2^10^, storage grows like log~2~(n), and ~~the manual merge process~~ is gone (iteration ${n}).`,
    table: ['Component', 'Version', 'Purpose'],
    tableRows: [['Kubean', 'v0.7.4', 'cluster lifecycle'], ['Spiderpool', 'v0.9.0', 'underlay networking'], ['Hwameistor', 'v0.14.1', 'local storage']],
    htmlTable: ['Capability', 'Platforms'],
    htmlRows: [['Deploy', ['AWS', 'Azure', 'OpenStack', 'Bare metal']], ['Upgrade', ['Online', 'Offline']]],
    checklist: ['Prepare 3 control-plane nodes', 'Configure a load balancer', 'Import the offline images'],
    quote: '"The world breaks everyone, and afterward, some are strong at the broken places."',
    braces: 'Templates use {namespace} and {cluster} as placeholders, and the platform warns when replicas < 3.',
    lineBreak: ['Once it is deployed,<br>', 'check in the console that every node is Ready.'],
    comment: '<!-- This part comes from an internal talk; check the version numbers before publishing -->',
    related: (title) => `For more details see a related post, [${title}]`,
    docLink: 'Every option is described in [the installation guide](../../install/index.md).',
    mermaid: ['A[Prepare nodes<br/>check resources] --> B[Load images]', 'B --> C[Install the cluster]', 'C -.-> D[Verify and monitor]'],
    ending: 'Thanks for reading; see you in the community.',
  },
};

const CODE = [
  ['bash', 'install.sh', ['#!/usr/bin/env bash', 'set -euo pipefail', 'export VERSION=v0.7.4', 'curl -sSL https://example.com/install.sh | bash -s -- "${VERSION}"', 'kubectl get nodes -o wide']],
  ['yaml', 'values.yaml', ['apiVersion: kubean.io/v1alpha1', 'kind: Cluster', 'metadata:', '  name: cluster-mini', 'spec:', '  hostsConfRef:', '    name: mini-hosts-conf', '    namespace: kubean-system']],
  ['go', 'main.go', ['package main', '', 'import "fmt"', '', 'func main() {', '\tfor i := 0; i < 3; i++ {', '\t\tfmt.Printf("node-%d ready\\n", i)', '\t}', '}']],
];

const pick = (list, seed) => list[seed % list.length];

/** When post `index` was published: one a day from 2020-01-01. */
function dateOf(index) {
  return new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
}

/** `2020/200101-post-1.md`: where post `index` lives inside the blog folder. */
export function postPath(index) {
  const date = dateOf(index);
  return `${date.slice(0, 4)}/${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-post-${index + 1}.md`;
}

const indent = (text, spaces) =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');

/** A paragraph of `length` sentences, wrapped over lines as the real posts are. */
function paragraph(locale, seed, length) {
  const sentences = Array.from({ length }, (_, i) => pick(TEXT[locale].sentences, seed * 5 + i));
  // Chinese posts wrap after a sentence, and a long one after its first comma.
  if (locale === 'zh') return sentences.map((sentence) => (sentence.length > 40 ? sentence.replace('，', '，\n') : sentence)).join('\n');
  const lines = [''];
  for (const word of sentences.join(' ').split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + word.length > 80) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines.join('\n');
}

function frontMatter(index, date) {
  const authors = Object.keys(AUTHORS);
  const lines = [];
  // A quarter of the posts have no front matter at all, as most real ones.
  if (index % 4 === 0) return '';
  if (index % 4 !== 2) lines.push(index % 8 === 3 ? `date:\n  created: ${date}` : `date: ${date}`);
  lines.push(`authors:\n  - ${pick(authors, index)}${index % 3 === 0 ? `\n  - ${pick(authors, index + 1)}` : ''}`);
  if (index % 4 !== 2) lines.push(`tags:\n  - ${pick(TAGS, index)}\n  - ${pick(TAGS, index + 2)}`);
  if (index % 2 === 0) lines.push('hide:\n  - toc');
  return `---\n${lines.join('\n')}\n---\n\n`;
}

function tabs(locale, index) {
  const text = TEXT[locale];
  const body = (manager) =>
    [
      text.tabIntro,
      '',
      '```bash',
      `sudo ${manager} install -y containerd kubelet`,
      'sudo systemctl enable --now containerd kubelet',
      '```',
      '',
      ...text.checks.map((check, i) => `${i + 1}. ${check}`),
      '',
      ...text.steps.map((step, i) => `- [${i < index % 4 ? 'x' : ' '}] ${step}`),
    ].join('\n');
  return `=== "CentOS"\n\n${indent(body('yum'), 4)}\n\n=== "Ubuntu"\n\n${indent(body('apt-get'), 4)}`;
}

function cards(locale) {
  const items = TEXT[locale].cards.map(([icon, title, first, second]) =>
    [`- :material-${icon}:{ .lg .middle } __${title}__`, '', '    ---', '', `    ${first}`, ...(second ? [`    ${second}`] : [])].join('\n'),
  );
  return `<div class="grid cards" markdown>\n\n${items.join('\n\n')}\n\n</div>`;
}

function htmlTable(locale) {
  const text = TEXT[locale];
  const rows = text.htmlRows.map(([name, items]) =>
    [
      '    <tr>',
      `      <td>${name}</td>`,
      '      <td>',
      '        <ul>',
      ...items.map((item) => `          <li>${item}</li>`),
      '        </ul>',
      '      </td>',
      '    </tr>',
    ].join('\n'),
  );
  return ['<table>', '  <thead>', `    <tr><th>${text.htmlTable[0]}</th><th><strong>${text.htmlTable[1]}</strong></th></tr>`, '  </thead>', '  <tbody>', ...rows, '  </tbody>', '</table>'].join('\n');
}

/** A neighbour in the same year folder, so the link can be `./<file>.md`. */
function relatedIndex(index, count) {
  const year = postPath(index).slice(0, 4);
  if (index > 0 && postPath(index - 1).startsWith(year)) return index - 1;
  if (index + 1 < count && postPath(index + 1).startsWith(year)) return index + 1;
  return index;
}

/** Post `index` of `count` in `locale`, as mkdocs-material Markdown. */
export function mkdocsPost(locale, index, count) {
  const text = TEXT[locale];
  const n = index + 1;
  const date = dateOf(index);
  const title = text.title(pick(text.topics, index), n);
  const related = relatedIndex(index, count);
  const relatedTitle = text.title(pick(text.topics, related), related + 1);
  const relatedFile = postPath(related).split('/')[1];
  const [lang, file, code] = pick(CODE, index);
  const [image] = pick(IMAGES, index);
  const [figure] = pick(IMAGES, index + 2);
  const width = [600, 700, 500][index % 3];
  const noteIndent = locale === 'en' ? 5 : 4;
  const h = text.headings;
  return [
    `${frontMatter(index, date)}# ${title}`,
    paragraph(locale, index, 3),
    `*[K8s]: ${text.abbreviation}`,
    `!!! tip "${text.tip}"\n\n${indent(`${text.tipBody}\n${paragraph(locale, index + 1, 2)}`, 4)}`,
    `## ${h.background}`,
    paragraph(locale, index + 2, 4),
    text.marks(n),
    `![${text.imageAlt}](../images/${image}){ width="${width}" }`,
    `[${text.button}](../../install/index.md){ .md-button .md-button--primary }`,
    `## ${h.install}`,
    `!!! note\n\n${indent(text.noteBody, noteIndent)}`,
    tabs(locale, index),
    `??? note "${text.detailsTitle}"\n\n${indent(['```yaml', ...pick(CODE, 1)[2], '```'].join('\n'), 4)}`,
    `???+ info\n\n${indent(text.infoBody, 4)}`,
    `\`\`\`${lang} title="${file}"\n${code.join('\n')}\n\`\`\``,
    `<figure markdown="span">\n  ![${text.figureAlt}](../images/${figure}){ width="${width + 100}" }\n  <figcaption>${text.caption}</figcaption>\n</figure>`,
    `## ${h.compare}`,
    paragraph(locale, index + 3, 2),
    `| ${text.table.join(' | ')} |\n| --- | --- | --- |\n${text.tableRows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`,
    htmlTable(locale),
    cards(locale),
    `## ${h.diagram}`,
    `\`\`\`mermaid\nflowchart LR\n${text.mermaid.map((line) => `    ${line}`).join('\n')}\n\`\`\``,
    text.checklist.map((item, i) => `- [${i === 0 ? 'x' : ' '}] ${item}`).join('\n'),
    `> ${text.quote}`,
    locale === 'zh' ? '按 ++ctrl+c++ 复制命令，详见 kubernetes/kubernetes#1000。' : 'Press ++ctrl+c++ to copy the command; see kubernetes/kubernetes#1000.',
    locale === 'zh' ? '__节点__\n:   运行工作负载的机器。' : '__Node__\n:   A machine that runs workloads.',
    text.braces,
    text.lineBreak.join('\n'),
    text.comment,
    '---',
    `## ${h.summary}`,
    paragraph(locale, index + 4, 3),
    `${text.related(relatedTitle)}(./${relatedFile}#${h.install.toLowerCase()})${locale === 'zh' ? '。' : '.'}`,
    text.docLink,
    text.ending,
    '',
  ].join('\n\n');
}

function authorsYaml(locale) {
  const entries = Object.entries(AUTHORS).map(([id, author]) =>
    [`  ${id}:`, `    name: ${author[locale]}`, `    description: ${author.description}`, ...(author.avatar ? [`    avatar: ${author.avatar}`] : [])].join('\n'),
  );
  return `authors:\n${entries.join('\n')}\n`;
}

/** A real RGB PNG of the given size: coloured tiles with diagonal bands, in colours picked by `seed`. */
export function png(width, height, seed) {
  // Flat 40-pixel tiles keep the files small (a few KB) while their sizes differ.
  return encodePng(width, height, (x, y) => {
    const [tileX, tileY] = [Math.floor(x / 40), Math.floor(y / 40)];
    const band = (tileX + tileY + seed) % 7 === 0;
    return [band ? 255 : (tileX * 40 * 255) / width, band ? 255 : (tileY * 40 * 255) / height, (seed * 67) & 0xff];
  });
}

/**
 * Writes `count` generated posts in both languages under `root` (emptied first):
 * `<root>/<lang>/docs` is each language's mkdocs docs_dir.
 */
export function generateMkdocsPosts(root, count) {
  rmSync(root, { recursive: true, force: true });
  const pictures = IMAGES.map(([name, width, height], seed) => [name, png(width, height, seed)]);
  for (const locale of ['zh', 'en']) {
    const blog = join(root, locale, 'docs', 'blogs');
    mkdirSync(join(blog, 'images'), { recursive: true });
    writeFileSync(join(blog, '.authors.yml'), authorsYaml(locale));
    for (const [name, bytes] of pictures) writeFileSync(join(blog, 'images', name), bytes);
    for (let index = 0; index < count; index++) {
      const path = join(blog, postPath(index));
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, mkdocsPost(locale, index, count));
    }
  }
}

if (isMain(import.meta.url)) {
  const [root, count] = process.argv.slice(2);
  if (!root || !/^\d+$/.test(count ?? '')) {
    console.error('usage: node scripts/generate-mkdocs-posts.mjs <root> <count>');
    process.exit(2);
  }
  generateMkdocsPosts(root, Number(count));
}
