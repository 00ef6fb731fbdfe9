// Building results: the ratio to the floor and whether the goal is met, computed one way.
import type { BenchResult } from './types.ts';

/** A goal on the value, on the ratio to the floor, or both (all must hold). */
export interface Target {
  readonly text: string;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly minRatio?: number;
  readonly maxRatio?: number;
}

export interface ResultInput {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly floor?: number | null;
  readonly floorComposition?: string | null;
  readonly target?: Target | null;
  readonly detail?: Readonly<Record<string, number | string>>;
}

function isMet(target: Target, value: number, ratio: number | null): boolean {
  const checks: boolean[] = [];
  if (target.minValue !== undefined) checks.push(value >= target.minValue);
  if (target.maxValue !== undefined) checks.push(value <= target.maxValue);
  // A ratio goal with no floor cannot be judged as met.
  if (target.minRatio !== undefined) checks.push(ratio !== null && ratio >= target.minRatio);
  if (target.maxRatio !== undefined) checks.push(ratio !== null && ratio <= target.maxRatio);
  return checks.every(Boolean);
}

export function makeResult(input: ResultInput): BenchResult {
  const floor = input.floor ?? null;
  const ratio = floor !== null && floor > 0 ? input.value / floor : null;
  const target = input.target ?? null;
  return {
    name: input.name,
    value: input.value,
    unit: input.unit,
    floor,
    ratio,
    target: target?.text ?? null,
    met: target ? isMet(target, input.value, ratio) : null,
    floorComposition: input.floorComposition ?? null,
    detail: input.detail ?? {},
  };
}

/** Rounds for display and JSON: three significant digits keep noise out of diffs. */
export function round3(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 6)));
}
