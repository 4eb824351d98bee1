// Builds a Pagefind index from pages and runs queries against it with
// Pagefind's own browser script (pagefind.js and its WebAssembly), in Node:
// `node pagefind-run.mjs <input.json>`, where the input is
// { pages: [{ url, html }], queries: { <language>: [query, ...] } }; prints
// { <language>: { <query>: [{ id, score, data }] } } as JSON. A process of its
// own because both Pagefind's Node API and its browser script are ES modules
// with top-level state.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSearchIndex } from '../../scripts/search-index.mjs';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bundle = join(dirname(process.argv[2]), 'pagefind');
await writeSearchIndex(input.pages, bundle);

// The browser script fetches its files next to itself (file: URLs here), and reads the page's <html lang>.
globalThis.fetch = async (url) => {
  const path = fileURLToPath(new URL(String(url)));
  return new Response(await readFile(path), { headers: { 'content-type': path.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
};

const answers = {};
for (const [language, queries] of Object.entries(input.queries)) {
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
  // A fresh module (and index) per language, as each page loads its own.
  const pagefind = await import(`${pathToFileURL(join(bundle, 'pagefind.js')).href}?language=${language}`);
  await pagefind.options({ baseUrl: '/' });
  answers[language] = {};
  for (const query of queries) {
    const found = await pagefind.search(query);
    answers[language][query] = await Promise.all(found.results.map(async (result) => ({ id: result.id, score: result.score, data: await result.data() })));
  }
}
process.stdout.write(JSON.stringify(answers));
