import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

/** One line of the benchmark table: our figure beside a reference measured in the same run. */
export type Row = {
  group: string;
  measure: string;
  unit: string;
  ours: number;
  /** The reference figure, and what it is. */
  reference?: { value: number; name: string };
  /** e.g. "<= 1.2x reference" with whether it was met. */
  budget?: { text: string; met: boolean };
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');

function ratio(row: Row): string {
  if (!row.reference || row.reference.value === 0) return '';
  return `${(row.ours / row.reference.value).toFixed(2)}x`;
}

function version(pkg: string): string {
  return JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
}

/** One section's table in markdown, headed by the machine, versions and date it was measured on. */
export function formatSection(name: string, rows: Row[]): string {
  const cpu = cpus();
  return [
    `## ${name}`,
    '',
    `Measured ${new Date().toISOString()} on ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB,`,
    `Node ${process.version}, Next.js ${version('next')}, React ${version('react')}.`,
    '',
    '| group | measure | ours | reference | ratio | budget |',
    '| --- | --- | ---: | --- | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${[
          row.group,
          `${row.measure} (${row.unit})`,
          whole(row.ours),
          row.reference ? `${whole(row.reference.value)} (${row.reference.name})` : '',
          ratio(row),
          row.budget ? `${row.budget.text}: ${row.budget.met ? 'met' : '**missed**'}` : '',
        ].join(' | ')} |`,
    ),
    '',
  ].join('\n');
}

/**
 * The whole report: the sections measured now replace their earlier tables,
 * the others are kept as they were, in the order of `order`.
 */
export function mergeReport(previous: string, measured: Record<string, string>, order: string[], notes: string[]): string {
  const sections = new Map<string, string>();
  for (const part of previous.split(/\n(?=## )/).slice(1)) sections.set(part.slice(3, part.indexOf('\n')).trim(), part.trimEnd() + '\n');
  for (const [name, table] of Object.entries(measured)) sections.set(name, table);
  const body = order.filter((name) => sections.has(name)).map((name) => sections.get(name));
  return ['# Benchmarks', '', 'Produced by `npm run bench`; `npm run bench -- <section>` measures one section again.', '', ...notes.map((note) => `- ${note}`), '', ...body].join('\n');
}
