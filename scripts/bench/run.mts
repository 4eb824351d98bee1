// `npm run bench [section...]`: measures the site against references taken in
// the same run, prints a markdown table and writes it to bench/results.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { benchBuildScaling } from './build-scaling.mts';
import { benchLoad } from './load.mts';
import { benchSocialImages } from './og.mts';
import { benchSearch } from './search.mts';
import { benchServing } from './serving.mts';
import { benchPageWeight } from './weight.mts';
import { formatSection, mergeReport, type Row } from './report.mts';

const sections: Record<string, () => Promise<Row[]>> = {
  serving: benchServing,
  weight: benchPageWeight,
  og: benchSocialImages,
  search: benchSearch,
  load: benchLoad,
  build: benchBuildScaling,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in sections));
if (unknown.length) {
  console.error(`Unknown bench section ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}

const measured: Record<string, string> = {};
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.error(`bench: ${name}...`);
  measured[name] = formatSection(name, await run());
  console.log(measured[name]);
}

const path = 'bench/results.md';
const report = mergeReport(existsSync(path) ? readFileSync(path, 'utf8') : '', measured, Object.keys(sections), [
  'Ratios are ours / reference. Timings are medians of repeated runs alternating with their reference; sizes are exact; build and load figures come from one run each.',
]);
mkdirSync('bench', { recursive: true });
writeFileSync(path, report);
