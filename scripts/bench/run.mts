// `npm run bench [section...]`: measures the site against references taken in
// the same run, prints a markdown table and writes it to bench/results.md.
// `npm run bench -- import <docs_root>` measures the import of a real mkdocs blog;
// `npm run bench -- search <docs_root>` adds that blog, imported, to the search figures.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { benchBuildScaling } from './build-scaling.mts';
import { benchImport } from './import.mts';
import { benchLoad } from './load.mts';
import { benchSocialImages } from './og.mts';
import { benchSearch } from './search.mts';
import { benchServing } from './serving.mts';
import { benchPageWeight } from './weight.mts';
import { formatSection, mergeReport, type Row } from './report.mts';

const sections: Record<string, (args: string[]) => Promise<Row[]>> = {
  serving: benchServing,
  weight: benchPageWeight,
  og: benchSocialImages,
  search: benchSearch,
  load: benchLoad,
  build: benchBuildScaling,
  import: benchImport,
};
/** Sections that take arguments after their name. */
const takesArguments = new Set(['import', 'search']);

const wanted: string[] = [];
const argumentsOf: Record<string, string[]> = {};
const unknown: string[] = [];
for (const arg of process.argv.slice(2)) {
  const last = wanted.at(-1);
  if (arg in sections) wanted.push(arg);
  else if (last && takesArguments.has(last)) (argumentsOf[last] ??= []).push(arg);
  else unknown.push(arg);
}
if (unknown.length) {
  console.error(`Unknown bench section ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}

const measured: Record<string, string> = {};
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.error(`bench: ${name}...`);
  measured[name] = formatSection(name, await run(argumentsOf[name] ?? []));
  console.log(measured[name]);
}

const path = 'bench/results.md';
const report = mergeReport(existsSync(path) ? readFileSync(path, 'utf8') : '', measured, Object.keys(sections), [
  'Ratios are ours / reference. Timings are medians of repeated runs alternating with their reference; sizes are exact; build, import and load figures come from one run each.',
]);
mkdirSync('bench', { recursive: true });
writeFileSync(path, report);
