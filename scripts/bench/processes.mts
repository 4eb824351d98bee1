import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { freePort, waitFor } from '../lib/net.mjs';
import { completeStandalone } from '../standalone-assets.mjs';
import { startStandaloneServer } from '../lib/standalone-server.mjs';
import { NEXT_BIN } from '../lib/next-build.mjs';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const pid of rss.keys()) {
    for (let current: number | undefined = pid; current; current = parents.get(current)) {
      if (current === rootPid) {
        total += rss.get(pid) ?? 0;
        break;
      }
    }
  }
  return total;
}

export type Running = { url: string; process: ChildProcess; stop: () => void };

/**
 * `next start` for a generated app that lives inside the project (the floor):
 * its standalone output would nest under the project's tracing root, and both
 * run the same Next.js server.
 */
export async function startNext(projectDir: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url);
  return { url, process: child, stop: () => killTree(child) };
}

/** A built project's standalone server (as `npm start` runs it), on a free port. */
export async function startStandalone(projectDir: string): Promise<Running> {
  completeStandalone(projectDir);
  return startStandaloneServer({ root: projectDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

function killTree(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** The minimal static server reference: one HTML document held in memory, gzipped or not as asked. */
export async function startStaticServer(html: Buffer, gzipped: Buffer): Promise<{ url: string; server: Server }> {
  const server = createHttpServer((request, response) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': String((gzip ? gzipped : html).length),
    });
    response.end(gzip ? gzipped : html);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}
