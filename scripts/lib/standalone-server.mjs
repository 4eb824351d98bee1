// Starts a built project's standalone server the way `npm start` and the container run it,
// on a free port of 127.0.0.1 (browser tests, benchmarks).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitFor } from './net.mjs';

/**
 * Runs `<root>/<distDir>/standalone/server.js` in a process group of its own and
 * resolves once `readyPath` answers; `stop()` ends the group.
 */
export async function startStandaloneServer({ root, distDir = '.next', env = process.env, stdio = 'ignore', readyPath = '/' }) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, distDir, 'standalone', 'server.js')], {
    cwd: root,
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    stdio: stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitFor(`${url}${readyPath}`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, process: child, stop };
}
