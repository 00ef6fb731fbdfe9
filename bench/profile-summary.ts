// `tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`: where a V8 CPU profile (from
// `node --cpu-prof`) spends its time, as text: the functions with the most self time, and
// the source files with the most self time. Enough to see what limits a benchmark without
// opening DevTools.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

function shortUrl(url: string): string {
  const folders = /^file:\/\/.*?\/(node_modules|bench|server|desktop|protocol|db|wallet)\//;
  const inProject = url.replace(folders, '$1/');
  return inProject || '(native)';
}

function printTop(title: string, totals: Map<string, number>, allMs: number, top: number): void {
  console.log(`\n${title}`);
  const sorted = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, ms] of sorted) {
    const share = ((ms / allMs) * 100).toFixed(1).padStart(5);
    console.log(`${ms.toFixed(0).padStart(8)} ms ${share} %  ${name}`);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: tsx bench/profile-summary.ts FILE.cpuprofile [--top N]');
  const profile = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let allMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const frame = byId.get(id);
    if (!frame) return;
    allMs += ms;
    const where = shortUrl(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(where, (byFile.get(where) ?? 0) + ms);
  });
  const top = Number(values.top);
  console.log(`${allMs.toFixed(0)} ms sampled`);
  printTop('self time by function', byFunction, allMs, top);
  printTop('self time by file', byFile, allMs, top);
}

main();
