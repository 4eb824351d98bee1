import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, textOf } from '@/lib/content/plain-text';
import { getPost } from '@/lib/content/posts';
import { NEXT_BIN } from '../lib/next-build.mjs';

export const WORK_DIR = join(process.cwd(), 'bench/.work');
export const FLOOR_DIR = join(WORK_DIR, 'floor');
const SIZED_PAGES = 60;
const SIZED_STEP = 500;

/**
 * The framework's floor: a bare App Router app of the same Next.js version
 * whose one page holds as much text as the article, with no i18n, no MDX and
 * no client component of ours. It lives inside the project so it builds with
 * the same node_modules. Beside it, `/sized/N` pages hold the article's text
 * cut or repeated to N characters, so a page of ours can also be compared with
 * a bare page of the same HTML length (see floorPageOfLength).
 */
export function buildFloorApp(): string {
  const post = getPost('zh', '221008-dce-bg');
  if (!post) throw new Error('the benchmark needs posts/221008-dce-bg/zh.mdx');
  const paragraphs = textOf(parseMarkdown(post.body)).match(/.{1,300}/gsu) ?? [];
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(join(FLOOR_DIR, 'app'), { recursive: true });
  writeFileSync(join(FLOOR_DIR, 'package.json'), '{ "private": true }\n');
  writeFileSync(join(FLOOR_DIR, 'next.config.js'), 'module.exports = {};\n');
  writeFileSync(
    join(FLOOR_DIR, 'app/layout.tsx'),
    'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="zh-CN"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    join(FLOOR_DIR, 'app/page.tsx'),
    `const paragraphs: string[] = ${JSON.stringify(paragraphs)};\n\nexport default function Page() {\n  return <main><h1>${post.title}</h1>{paragraphs.map((text, index) => <p key={index}>{text}</p>)}</main>;\n}\n`,
  );
  mkdirSync(join(FLOOR_DIR, 'app/sized/[chars]'), { recursive: true });
  writeFileSync(
    join(FLOOR_DIR, 'app/sized/[chars]/page.tsx'),
    `const text = ${JSON.stringify(paragraphs.join(''))};\n\n` +
      `export function generateStaticParams() {\n  return Array.from({ length: ${SIZED_PAGES} }, (_, i) => ({ chars: String((i + 1) * ${SIZED_STEP}) }));\n}\n\n` +
      `export default async function Page({ params }: { params: Promise<{ chars: string }> }) {\n` +
      `  const chars = Number((await params).chars);\n` +
      `  const body = text.repeat(Math.ceil(chars / text.length)).slice(0, chars);\n` +
      `  const parts = Array.from({ length: Math.ceil(chars / 300) }, (_, i) => body.slice(i * 300, (i + 1) * 300));\n` +
      `  return <main><h1>${post.title}</h1>{parts.map((part, index) => <p key={index}>{part}</p>)}</main>;\n}\n`,
  );
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: FLOOR_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the floor app failed:\n${result.stdout}\n${result.stderr}`);
  return FLOOR_DIR;
}

/**
 * The floor app's `/sized/N` page whose prerendered HTML is nearest `length`
 * characters long. Length, not bytes: Next's work per request on a prerendered
 * page (the ETag hash, encoding the string) goes by characters, and markup is
 * one byte a character where Chinese text is three.
 */
export function floorPageOfLength(length: number): { path: string; length: number } {
  const dir = join(FLOOR_DIR, '.next/server/app/sized');
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ path: `/sized/${name.slice(0, -'.html'.length)}`, length: readFileSync(join(dir, name), 'utf8').length }));
  return pages.reduce((best, page) => (Math.abs(page.length - length) < Math.abs(best.length - length) ? page : best));
}
