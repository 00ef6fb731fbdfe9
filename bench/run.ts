// `npm run bench [-- --quick] [-- --only handshake,authorize] [-- --markdown]`
//
// Measures the payment path against this machine's own floor: every figure comes with the
// cost of the unavoidable part of its work, measured in the same run, so the ratio means
// the same on a laptop, a CI runner or a busy shared box. Prints a table and writes
// bench/results/latest.json. Targets are goals, never assertions: a missed target does not
// fail the run; a benchmark that breaks does (exit code 1).
//
//   --quick      a shorter run, under a minute in all
//   --only A,B   run only these benchmarks (names below)
//   --markdown   also print the table as Markdown (for docs/performance.md)
//
// Profile one benchmark with:  node --cpu-prof --import tsx bench/run.ts --only handshake
// See bench/README.md for what each benchmark measures and how its floor is composed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { authorizeBench } from './authorize/index.ts';
import { consoleBench } from './console.ts';
import { handshakeBench } from './handshake.ts';
import { ledgerWriteBench } from './ledger-write.ts';
import { reportsBench } from './reports.ts';
import { syncBench } from './sync.ts';
import { round3 } from './lib/result.ts';
import { nowMs } from './lib/stats.ts';
import { formatMarkdown, formatTable } from './lib/table.ts';
import { BenchSkipped, type Benchmark, type BenchResult } from './lib/types.ts';

/** In run order. A new benchmark is one module and one line here. */
const BENCHMARKS: ReadonlyArray<{ readonly name: string; readonly run: Benchmark }> = [
  { name: 'handshake', run: handshakeBench },
  { name: 'authorize', run: authorizeBench },
  { name: 'ledger', run: ledgerWriteBench },
  { name: 'sync', run: syncBench },
  { name: 'reports', run: reportsBench },
  { name: 'console', run: consoleBench },
];

interface Problem {
  readonly name: string;
  readonly reason: string;
}

function rounded(result: BenchResult): BenchResult {
  const detail = Object.fromEntries(
    Object.entries(result.detail).map(([key, value]) => [
      key,
      typeof value === 'number' ? round3(value) : value,
    ]),
  );
  return {
    ...result,
    value: round3(result.value),
    floor: result.floor === null ? null : round3(result.floor),
    ratio: result.ratio === null ? null : round3(result.ratio),
    detail,
  };
}

type Outcome =
  | { readonly results: BenchResult[] }
  | { readonly skipped: boolean; readonly problem: Problem };

/** Runs one benchmark; a skip or a failure is reported, never thrown, so the rest still run. */
async function runOne(bench: (typeof BENCHMARKS)[number], quick: boolean): Promise<Outcome> {
  const startMs = nowMs();
  process.stderr.write(`bench: ${bench.name} …`);
  try {
    const results = (await bench.run({ quick })).map(rounded);
    process.stderr.write(` ${((nowMs() - startMs) / 1000).toFixed(1)} s\n`);
    return { results };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const skipped = error instanceof BenchSkipped;
    process.stderr.write(` ${skipped ? 'skipped' : 'FAILED'}: ${reason}\n`);
    const detail = skipped ? reason : (error instanceof Error && error.stack) || reason;
    return { skipped, problem: { name: bench.name, reason: detail } };
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      markdown: { type: 'boolean', default: false },
    },
  });
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !BENCHMARKS.some((bench) => bench.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: unknown benchmark(s) ${unknown.join(', ')}`);
    return 2;
  }
  const quick = values.quick;
  const startedAt = new Date().toISOString();
  const runStartMs = nowMs();
  const results: BenchResult[] = [];
  const skipped: Problem[] = [];
  const failed: Problem[] = [];
  for (const bench of BENCHMARKS) {
    if (only && !only.includes(bench.name)) continue;
    const outcome = await runOne(bench, quick);
    if ('results' in outcome) results.push(...outcome.results);
    else if (outcome.skipped) skipped.push(outcome.problem);
    else failed.push(outcome.problem);
  }
  const durationMs = nowMs() - runStartMs;
  const report = {
    version: 1,
    startedAt,
    durationSeconds: round3(durationMs / 1000),
    quick,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage1m: round3(loadavg()[0] ?? 0),
    },
    results,
    skipped,
    failed,
  };
  const resultsDir = join(import.meta.dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatTable(results));
  if (values.markdown) console.log(`\n${formatMarkdown(results)}`);
  for (const skip of skipped) console.log(`skipped: ${skip.name}: ${skip.reason}`);
  for (const failure of failed) console.log(`FAILED: ${failure.name}: ${failure.reason}`);
  console.log(`bench: ${(durationMs / 1000).toFixed(1)} s, bench/results/latest.json written`);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
