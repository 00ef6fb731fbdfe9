// The stdout table: one line per figure, numbers rounded so columns stay readable.
import { round3 } from './result.ts';
import type { BenchResult } from './types.ts';

function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  return round3(value).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function formatMet(met: boolean | null): string {
  if (met === null) return '—';
  return met ? 'yes' : 'NO';
}

export function formatTable(results: readonly BenchResult[]): string {
  const header = ['benchmark', 'value', 'unit', 'floor', 'ratio', 'target', 'met'];
  const rows = results.map((result) => [
    result.name,
    formatNumber(result.value),
    result.unit,
    formatNumber(result.floor),
    result.ratio === null ? '—' : `${formatNumber(result.ratio)}×`,
    result.target ?? '—',
    formatMet(result.met),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** The same table as Markdown, for docs/performance.md. */
export function formatMarkdown(results: readonly BenchResult[]): string {
  const rows = results.map(
    (result) =>
      `| ${result.name} | ${formatNumber(result.value)} | ${result.unit} | ` +
      `${formatNumber(result.floor)} | ` +
      `${result.ratio === null ? '—' : `${formatNumber(result.ratio)}×`} | ` +
      `${result.target ?? '—'} | ${formatMet(result.met)} |`,
  );
  return [
    '| benchmark | value | unit | floor | ratio | target | met |',
    '|---|---:|---|---:|---:|---|---|',
    ...rows,
  ].join('\n');
}
