// The shapes every benchmark module shares: what it is given and what it hands back.

export interface BenchOptions {
  /** A shorter run (`--quick`): the whole suite must finish in under a minute. */
  readonly quick: boolean;
}

/**
 * One figure of a run. `floor` is what the same machine does for the unavoidable part of
 * the work, measured in the same run; `ratio` is value / floor, so noise on a shared
 * machine moves both and the ratio stays comparable between runs.
 */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly floor: number | null;
  readonly ratio: number | null;
  /** The goal in words ("≤ 5× floor"); null when the figure has no goal. */
  readonly target: string | null;
  /** Whether the goal is met; null when there is no goal. Never a test assertion. */
  readonly met: boolean | null;
  /** How the floor is composed, in words. */
  readonly floorComposition: string | null;
  /** Supporting numbers (breakdowns, counts), units last in each key. */
  readonly detail: Readonly<Record<string, number | string>>;
}

/**
 * A benchmark: one family of figures. Each call uses fresh temporary databases, servers on
 * 127.0.0.1 port 0, and stops everything it started before it returns or throws.
 */
export type Benchmark = (options: BenchOptions) => Promise<BenchResult[]>;

/** Thrown by a benchmark that cannot run here (no renderer build, API not built yet). */
export class BenchSkipped extends Error {
  override name = 'BenchSkipped';
}
