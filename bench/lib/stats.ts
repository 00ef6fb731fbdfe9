// Timing and summaries. Every loop is bounded twice, by a count and by wall time, so a slow
// machine makes a run shorter, never endless.

export interface LoopBounds {
  /** Measured iterations at most. */
  readonly count: number;
  /** Stop measuring after this long even if `count` is not reached. */
  readonly timeLimitMs: number;
  /** Unmeasured iterations first: JIT, caches, connection pools. */
  readonly warmupCount: number;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The p-th percentile (0..100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  return samples.reduce((sum, sample) => sum + sample, 0) / samples.length;
}

/** Durations in ms of each measured call of a synchronous function. */
export function sampleSync(bounds: LoopBounds, work: (index: number) => void): number[] {
  for (let index = 0; index < bounds.warmupCount; index++) work(index);
  const durationsMs: number[] = [];
  const deadlineMs = nowMs() + bounds.timeLimitMs;
  for (let index = 0; index < bounds.count && nowMs() < deadlineMs; index++) {
    const startMs = nowMs();
    work(bounds.warmupCount + index);
    durationsMs.push(nowMs() - startMs);
  }
  return durationsMs;
}

/** Durations in ms of each measured call of an asynchronous function, one at a time. */
export async function sampleAsync(
  bounds: LoopBounds,
  work: (index: number) => Promise<void>,
): Promise<number[]> {
  for (let index = 0; index < bounds.warmupCount; index++) await work(index);
  const durationsMs: number[] = [];
  const deadlineMs = nowMs() + bounds.timeLimitMs;
  for (let index = 0; index < bounds.count && nowMs() < deadlineMs; index++) {
    const startMs = nowMs();
    await work(bounds.warmupCount + index);
    durationsMs.push(nowMs() - startMs);
  }
  return durationsMs;
}

/**
 * The median cost of one call of `work` in ms, timed over batches so that calls far
 * shorter than the timer's resolution still measure well.
 */
export function costPerCallMs(bounds: LoopBounds, batchSize: number, work: () => void): number {
  const batchesMs = sampleSync(bounds, () => {
    for (let index = 0; index < batchSize; index++) work();
  });
  return median(batchesMs) / batchSize;
}
