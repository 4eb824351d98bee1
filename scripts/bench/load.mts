import autocannon from 'autocannon';
import { startStandalone, treeRss } from './processes.mts';
import type { Row } from './report.mts';
import { ensureSiteBuild } from './site-build.mts';

const CONNECTIONS = 64;
const WARM_UP_SECONDS = 10;
const SECONDS = 60;

/** Every page of the sitemap, as local paths. */
async function allPaths(origin: string): Promise<string[]> {
  const xml = await (await fetch(`${origin}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/**
 * Holds 64 connections for 60 s over a mix of all pages: there must be no
 * error and no non-2xx answer, and the server's memory at the end must stay
 * within 15% of its memory after the warm-up.
 */
export async function benchLoad(): Promise<Row[]> {
  ensureSiteBuild();
  const server = await startStandalone(process.cwd());
  try {
    const paths = await allPaths(server.url);
    const requests = paths.map((path) => ({ path, headers: { 'accept-encoding': 'gzip' } }));
    await autocannon({ url: server.url, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests });
    const warm = treeRss(server.process.pid!);
    const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, requests });
    const end = treeRss(server.process.pid!);
    const mb = (bytes: number) => bytes / 2 ** 20;
    return [
      { group: 'load', measure: `${paths.length} pages, ${CONNECTIONS} connections, ${SECONDS} s: requests`, unit: 'count', ours: result.requests.total },
      { group: 'load', measure: 'errors and non-2xx answers', unit: 'count', ours: result.errors + result.non2xx, budget: { text: '0', met: result.errors + result.non2xx === 0 } },
      { group: 'load', measure: 'p99 latency', unit: 'ms', ours: result.latency.p99 },
      {
        group: 'load',
        measure: 'server memory at the end',
        unit: 'MB',
        ours: mb(end),
        reference: { value: mb(warm), name: 'after the warm-up' },
        budget: { text: 'within 15% of the warm-up', met: end <= warm * 1.15 },
      },
    ];
  } finally {
    server.stop();
  }
}
