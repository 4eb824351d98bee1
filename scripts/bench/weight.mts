import { gzipSync } from 'node:zlib';
import { FLOOR_DIR, buildFloorApp } from './floor-app.mts';
import { startNext, startStandalone } from './processes.mts';
import type { Row } from './report.mts';
import { ensureSiteBuild } from './site-build.mts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET_BYTES = 10 * 1024;

/** HTML bytes and the gzip size of every script the page loads. */
async function weigh(origin: string, path: string) {
  const html = await (await fetch(`${origin}${path}`)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
  let js = 0;
  for (const src of scripts) js += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer()), { level: 9 }).length;
  return { html: Buffer.byteLength(html), htmlGzip: gzipSync(html, { level: 9 }).length, js };
}

/** Page weight of the article beside the framework's floor; the difference is what the site adds. */
export async function benchPageWeight(): Promise<Row[]> {
  ensureSiteBuild();
  if (!existsSync(join(FLOOR_DIR, '.next/BUILD_ID'))) buildFloorApp();
  const ours = await startStandalone(process.cwd());
  const floor = await startNext(FLOOR_DIR);
  try {
    const article = await weigh(ours.url, '/zh/blogs/221008-dce-bg');
    const bare = await weigh(floor.url, '/');
    const reference = (value: number) => ({ value, name: 'bare Next.js page, same text' });
    return [
      { group: 'page weight', measure: 'article HTML', unit: 'bytes', ours: article.html, reference: reference(bare.html) },
      { group: 'page weight', measure: 'article HTML, gzip', unit: 'bytes', ours: article.htmlGzip, reference: reference(bare.htmlGzip) },
      {
        group: 'page weight',
        measure: 'article first-load JavaScript, gzip',
        unit: 'bytes',
        ours: article.js,
        reference: reference(bare.js),
        budget: { text: 'ours - floor < 10 KB', met: article.js - bare.js < BUDGET_BYTES },
      },
      { group: 'page weight', measure: 'JavaScript the site adds beyond the floor, gzip', unit: 'bytes', ours: article.js - bare.js },
    ];
  } finally {
    ours.stop();
    floor.stop();
  }
}
