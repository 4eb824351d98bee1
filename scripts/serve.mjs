// `npm start`: runs the standalone production server on PORT (default 3000).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const server = join(import.meta.dirname, '..', distDir, 'standalone', 'server.js');
if (!existsSync(server)) {
  console.error(`${server} is missing: run npm run build first.`);
  process.exit(1);
}
const child = spawn(process.execPath, [server], {
  stdio: 'inherit',
  env: { PORT: '3000', HOSTNAME: '0.0.0.0', ...process.env, NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
