// Builds the site, serves its standalone server on a free port and runs the
// browser/HTTP tests in e2e/*.test.mjs against it with node's test runner.
// A second build from 23 generated posts and the mkdocs-material fixture blog
// imported by `npm run import` (never the real posts/ folder) is served beside
// it for pagination and for imported posts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePosts } from '../scripts/generate-posts.mjs';
import { buildSite } from '../scripts/lib/next-build.mjs';
import { startStandaloneServer } from '../scripts/lib/standalone-server.mjs';

const root = join(import.meta.dirname, '..');
// The tests expect absolute links on http://localhost:3000, whatever SITE_URL the shell has,
// and "Edit this page" links to this repository address (e2e/share.test.mjs).
const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: 'http://localhost:3000',
  SITE_REPOSITORY_URL: 'https://github.com/example/daocloud-blog',
  SITE_REPOSITORY_BRANCH: 'main',
};
const fixtureEnv = { ...baseEnv, POSTS_DIR: join(tmpdir(), 'e2e-fixture-posts'), NEXT_DIST_DIR: '.next-e2e-fixtures' };
const skipBuild = process.env.E2E_SKIP_BUILD === '1';
const publicImages = join(root, 'public/images');
// `node e2e/run.mjs hostile proxy` runs only the test files whose names start with those words.
const onlyFiles = process.argv.slice(2);

/**
 * Builds a site as production does (`npm run build`), echoing the log. A social image whose text the bundled font
 * lacks would make the renderer try to download a font and print "Failed to
 * load dynamic font"; such a build is refused, as is one that traces the whole project
 * into the server output (a file read at a path Turbopack cannot follow).
 */
function build(env) {
  const result = buildSite({ cwd: root, env, stdio: 'pipe' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) process.exit(result.status);
  if (/Failed to load dynamic font/.test(result.stdout + result.stderr)) {
    console.error('The build tried to load a font for a social image: a character is missing from the bundled font.');
    process.exit(1);
  }
  if (/causes tracing of the whole project/.test(result.stdout + result.stderr)) {
    console.error('A file read at a path computed at run time made the build trace the whole project into the server output (see the warning above).');
    process.exit(1);
  }
}

const servers = [];
/** The standalone production server, as `npm start` and the container run it. */
async function serve(env) {
  const server = await startStandaloneServer({ root, distDir: env.NEXT_DIST_DIR, env, stdio: 'inherit', readyPath: '/zh' });
  servers.push(server);
  return server.url;
}

function stopServers() {
  for (const server of servers) server.stop();
}
process.on('exit', stopServers);

const chromium = spawnSync('bash', ['scripts/ensure-chromium.sh'], { cwd: root, stdio: 'inherit' });
if (chromium.status !== 0) process.exit(chromium.status ?? 1);
/**
 * Imports the fixture blog into the fixture posts as a writer would. Its images
 * must be in public/ while the fixture site builds (the build copies them into
 * its standalone output); they are removed again afterwards.
 */
function importFixtureBlog(postsDir) {
  const blog = join(root, '__tests__/fixtures/mkdocs-blog');
  const imagesBefore = new Set(existsSync(publicImages) ? readdirSync(publicImages) : []);
  const result = spawnSync(
    'npm',
    ['run', '-s', 'import', '--', '--zh', join(blog, 'zh/docs'), '--en', join(blog, 'en/docs'), '--zh-url', 'https://docs.example.com/', '--en-url', 'https://docs.example.com/en/', '--posts', postsDir, '--offline'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  return readdirSync(publicImages).filter((name) => !imagesBefore.has(name)).map((name) => join(publicImages, name));
}

if (skipBuild) {
  const missing = ['.next', fixtureEnv.NEXT_DIST_DIR].filter((distDir) => !existsSync(join(root, distDir, 'standalone/server.js')));
  if (missing.length) {
    console.error(`E2E_SKIP_BUILD=1 reuses the builds of an earlier run, and ${missing.join(' and ')} has none: run once without it.`);
    process.exit(1);
  }
} else {
  build(baseEnv);
  generatePosts(fixtureEnv.POSTS_DIR, 23);
  const importedImages = importFixtureBlog(fixtureEnv.POSTS_DIR);
  const removeImportedImages = () => importedImages.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  process.on('exit', removeImportedImages);
  build(fixtureEnv);
  removeImportedImages();
}

let status = 1;
try {
  const [siteUrl, fixtureUrl] = await Promise.all([serve(baseEnv), serve(fixtureEnv)]);
  const files = readdirSync(join(root, 'e2e'))
    .filter((name) => name.endsWith('.test.mjs'))
    .filter((name) => onlyFiles.length === 0 || onlyFiles.some((prefix) => name.startsWith(prefix)))
    .sort()
    .map((name) => join('e2e', name));
  const tests = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...baseEnv, E2E_BASE_URL: siteUrl, E2E_FIXTURE_URL: fixtureUrl },
  });
  status = tests.status ?? 1;
} finally {
  stopServers();
}
process.exit(status);
