import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, textOf } from '@/lib/plain-text';
import { getPost } from '@/lib/posts';
import { NEXT_BIN } from './processes.mts';

export const WORK_DIR = join(process.cwd(), 'bench/.work');
export const FLOOR_DIR = join(WORK_DIR, 'floor');

/**
 * The framework's floor: a bare App Router app of the same Next.js version
 * whose one page holds as much text as the article, with no i18n, no MDX and
 * no client component of ours. It lives inside the project so it builds with
 * the same node_modules.
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
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: FLOOR_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the floor app failed:\n${result.stdout}\n${result.stderr}`);
  return FLOOR_DIR;
}
