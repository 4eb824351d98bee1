import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { buildFloorApp, floorPageOfLength } from './floor-app.mts';
import { startNext, startStandalone, startStaticServer } from './processes.mts';
import { median, type Row } from './report.mts';
import { ensureSiteBuild } from './site-build.mts';

const RUNS = 5;
const SECONDS = 5;
const CONNECTIONS = 32;

type Sample = { requests: number; p50: number; p99: number };

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * Loads `url` for `seconds` with autocannon in a process of its own, so the
 * client never shares an event loop with the benchmark (which also hosts the
 * static reference server) and costs every target the same.
 */
async function hammer(url: string, gzip: boolean, seconds = SECONDS): Promise<Sample> {
  const headers = gzip ? ['-H', 'accept-encoding=gzip'] : [];
  const { stdout } = await promisify(execFile)(process.execPath, [AUTOCANNON, '--json', '-c', String(CONNECTIONS), '-d', String(seconds), ...headers, url], {
    maxBuffer: 16 * 2 ** 20,
  });
  const result = JSON.parse(stdout);
  if (result.errors || result.non2xx) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  return { requests: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Requests/s and latency of the article and the index from the standalone server,
 * against a bare Next.js page with the same text (the framework's floor), a
 * bare page padded to the same HTML length (what the length alone costs), and the
 * same HTML from memory (a minimal static server), A B C D A B C D.
 */
export async function benchServing(): Promise<Row[]> {
  ensureSiteBuild();
  const floorDir = buildFloorApp();
  const ours = await startStandalone(process.cwd());
  const floor = await startNext(floorDir);
  const rows: Row[] = [];
  try {
    for (const [name, path] of [
      ['article page', '/zh/blogs/221008-dce-bg'],
      ['index page', '/zh'],
    ] as const) {
      const html = Buffer.from(await (await fetch(`${ours.url}${path}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
      const staticServer = await startStaticServer(html, gzipSync(html));
      const sameLength = floorPageOfLength(html.toString('utf8').length);
      try {
        for (const gzip of [true, false]) {
          const targets = { ours: `${ours.url}${path}`, floor: `${floor.url}/`, sameLength: `${floor.url}${sameLength.path}`, static: `${staticServer.url}/` };
          for (const url of Object.values(targets)) await hammer(url, gzip, 1);
          const samples: Record<keyof typeof targets, Sample[]> = { ours: [], floor: [], sameLength: [], static: [] };
          for (let run = 0; run < RUNS; run++) {
            for (const key of Object.keys(targets) as (keyof typeof targets)[]) samples[key].push(await hammer(targets[key], gzip));
            console.error(`  ${name}, ${gzip ? 'gzip' : 'identity'}, run ${run + 1}: ${Object.entries(samples).map(([key, list]) => `${key} ${Math.round(list.at(-1)!.requests)}`).join(', ')} req/s`);
          }
          const of = (key: keyof typeof targets, field: keyof Sample) => median(samples[key].map((sample) => sample[field]));
          const encoding = gzip ? 'gzip' : 'identity';
          const measure = (what: string) => `${name}, ${encoding}, ${what}`;
          const isArticle = name === 'article page';
          rows.push(
            {
              group: 'serving',
              measure: measure('requests/s'),
              unit: 'req/s',
              ours: of('ours', 'requests'),
              reference: { value: of('floor', 'requests'), name: 'bare Next.js page' },
              ...(isArticle ? { budget: { text: '>= 0.9x floor', met: of('ours', 'requests') >= 0.9 * of('floor', 'requests') } } : {}),
            },
            {
              group: 'serving',
              measure: measure('requests/s vs a bare page as long'),
              unit: 'req/s',
              ours: of('ours', 'requests'),
              reference: {
                value: of('sameLength', 'requests'),
                name: `bare Next.js page of ${sameLength.length.toLocaleString('en-US')} characters (ours: ${html.toString('utf8').length.toLocaleString('en-US')})`,
              },
            },
            { group: 'serving', measure: measure('requests/s vs static server'), unit: 'req/s', ours: of('ours', 'requests'), reference: { value: of('static', 'requests'), name: 'node:http, HTML in memory' } },
            { group: 'serving', measure: measure('p50 latency'), unit: 'ms', ours: of('ours', 'p50'), reference: { value: of('floor', 'p50'), name: 'bare Next.js page' } },
            { group: 'serving', measure: measure('p99 latency vs a bare page as long'), unit: 'ms', ours: of('ours', 'p99'), reference: { value: of('sameLength', 'p99'), name: 'the same bare page' } },
            {
              group: 'serving',
              measure: measure('p99 latency'),
              unit: 'ms',
              ours: of('ours', 'p99'),
              reference: { value: of('floor', 'p99'), name: 'bare Next.js page' },
              ...(isArticle ? { budget: { text: '<= 1.2x floor', met: of('ours', 'p99') <= 1.2 * of('floor', 'p99') } } : {}),
            },
          );
        }
      } finally {
        staticServer.server.close();
      }
    }
  } finally {
    ours.stop();
    floor.stop();
  }
  return rows;
}
