// Builds the site, serves it with `next start` on a free port and runs the
// browser/HTTP tests in e2e/*.test.mjs against it with node's test runner.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Builds the site, echoing the log. A social image whose text the bundled
 * font lacks would make the renderer try to download a font and print
 * "Failed to load dynamic font"; such a build is refused.
 */
function build() {
  const result = spawnSync('npx', ['next', 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (/Failed to load dynamic font/.test(result.stdout + result.stderr)) {
    console.error('The build tried to load a font for a social image: a character is missing from the bundled font.');
    process.exit(1);
  }
}

run('bash', ['scripts/ensure-chromium.sh']);
if (process.env.E2E_SKIP_BUILD !== '1') build();

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

let status = 1;
try {
  await waitFor(`${baseUrl}/zh`);
  const files = readdirSync(join(root, 'e2e'))
    .filter((name) => name.endsWith('.test.mjs'))
    .sort()
    .map((name) => join('e2e', name));
  const tests = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, E2E_BASE_URL: baseUrl },
  });
  status = tests.status ?? 1;
} finally {
  stopServer();
}
process.exit(status);
