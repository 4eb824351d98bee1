// `npm run bench [section...]`: measures the site against references taken in
// the same run, prints a markdown table and writes it to bench/results.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchBuildScaling } from './build-scaling.mts';
import { benchLoad } from './load.mts';
import { benchSocialImages } from './og.mts';
import { benchSearch } from './search.mts';
import { benchServing } from './serving.mts';
import { benchPageWeight } from './weight.mts';
import { formatReport, type Row } from './report.mts';

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

const rows: Row[] = [];
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.error(`bench: ${name}...`);
  rows.push(...(await run()));
}

const report = formatReport(rows, [
  'Ratios are ours / reference. Timings are medians of repeated runs alternating with their reference; sizes are exact; build and load figures come from one run each.',
]);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.md', report);
console.log(report);
