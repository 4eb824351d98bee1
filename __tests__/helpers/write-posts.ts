import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A posts/tags.json: `containers` is named in both languages, `zh-only` in Chinese alone. */
export const TAGS = {
  containers: { name: { zh: '容器', en: 'containers' } },
  'cloud-native': { name: { zh: '云原生', en: 'cloud native' } },
  'zh-only': { name: { zh: '只有中文' } },
};

export const AUTHORS = {
  ada: { name: { zh: '阿达', en: 'Ada' }, url: 'https://example.com/ada' },
  lin: { name: { zh: '林', en: 'Lin' } },
};

/** Front matter as YAML lines, from a plain object (strings are quoted, lists indented). */
export function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    Array.isArray(value)
      ? `${key}:${value.length ? '' : ' []'}\n${value.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}`
      : `${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

export const validFields = {
  title: '容器的故事',
  date: '2024-05-01',
  description: '一篇关于容器的文章。',
  categories: ['blog'],
  authors: ['ada'],
};

const written: string[] = [];

/** Removes every folder writePosts made in this test file (jest.setup.ts calls it after each file). */
export function removeWrittenPosts(): void {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary posts folder: { 'slug/zh.mdx': source, ... } plus authors.json. */
export function writePosts(files: Record<string, string>, authors: unknown = AUTHORS): string {
  const dir = mkdtempSync(join(tmpdir(), 'posts-'));
  written.push(dir);
  if (authors !== null) writeFileSync(join(dir, 'authors.json'), JSON.stringify(authors));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

export function post(fields: Record<string, unknown> = validFields, body = '正文第一段。\n\n## 小节\n\n更多内容。\n'): string {
  return frontMatter(fields) + body;
}
