// npm run import -- --zh <docs_dir> --en <docs_dir> [--zh-url URL] [--en-url URL] [--blog blogs]
//   [--posts DIR] [--public DIR] [--directory-urls] [--offline] [--dry-run] [--force]
// Turns the posts of an mkdocs-material blog into posts of this site; see README,
// "Moving a blog from mkdocs-material".
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPosts, type LocaleSource } from '@/lib/import/import-posts';
import { ImportError } from '@/lib/import/import-error';

const USAGE = 'usage: npm run import -- --zh <docs_dir> --en <docs_dir> [--zh-url URL] [--en-url URL] [--blog blogs] [--posts DIR] [--public DIR] [--directory-urls] [--offline] [--dry-run] [--force]';

function source(dir: string | undefined, url: string | undefined, flag: string): LocaleSource | undefined {
  if (!dir) {
    if (url) throw new ImportError(`--${flag}-url needs --${flag}`);
    return undefined;
  }
  if (url && !/^https?:\/\//.test(url)) throw new ImportError(`--${flag}-url must be an http(s) URL, got ${url}`);
  return { docsDir: resolve(dir), baseUrl: url ? (url.endsWith('/') ? url : `${url}/`) : undefined };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      zh: { type: 'string' },
      en: { type: 'string' },
      'zh-url': { type: 'string' },
      'en-url': { type: 'string' },
      blog: { type: 'string', default: 'blogs' },
      posts: { type: 'string' },
      public: { type: 'string', default: 'public' },
      'directory-urls': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sources = { zh: source(values.zh, values['zh-url'], 'zh'), en: source(values.en, values['en-url'], 'en') };
  if (!sources.zh && !sources.en) throw new ImportError(`give --zh or --en (or both)\n${USAGE}`);
  const report = await importPosts({
    sources,
    blog: values.blog,
    postsDir: resolve(values.posts ?? process.env.POSTS_DIR ?? 'posts'),
    publicDir: resolve(values.public),
    dryRun: values['dry-run'],
    force: values.force,
    offline: values.offline,
    directoryUrls: values['directory-urls'],
    log: (line) => console.log(line),
  });
  console.log(report.format());
  return report.failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    // A bad option (node's parseArgs) or bad input gets one line; anything else its stack.
    const known = error instanceof ImportError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    console.error(known ? `import: ${error.message}` : error);
    process.exit(1);
  },
);
