// The fault schedule of one run, drawn up front from the seed: the same seed and run index
// always give the same list of faults, whatever the processes' timing does.
import type { FaultRates } from './proxy.ts';
import { SeededRandom } from './random.ts';

export type Fault =
  | { readonly kind: 'none' }
  | { readonly kind: 'kill_console'; readonly afterMs: number }
  | { readonly kind: 'kill_server'; readonly afterMs: number; readonly downMs: number }
  | { readonly kind: 'outage'; readonly durationMs: number }
  | { readonly kind: 'flaky'; readonly rates: FaultRates };

export interface Step {
  readonly fault: Fault;
  readonly amountMinor: number;
  /** Seeds the proxy's dice for this step. */
  readonly proxySeed: number;
}

export function runSeed(seed: number, run: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(run + 1, 0x85ebca6b)) >>> 0;
}

export function scheduleFor(seed: number, run: number, steps: number): Step[] {
  const random = new SeededRandom(runSeed(seed, run));
  return Array.from({ length: steps }, () => {
    const roll = random.next();
    let fault: Fault;
    if (roll < 0.45) fault = { kind: 'none' };
    else if (roll < 0.57) fault = { kind: 'kill_console', afterMs: random.int(0, 25) };
    else if (roll < 0.69) fault = { kind: 'kill_server', afterMs: random.int(0, 25), downMs: random.int(100, 1_500) };
    else if (roll < 0.82) fault = { kind: 'outage', durationMs: random.int(200, 2_500) };
    else {
      fault = {
        kind: 'flaky',
        rates: { delay: 0.25, dropRequest: 0.15, dropResponse: 0.2, duplicate: 0.2 },
      };
    }
    return { fault, amountMinor: random.int(1, 50) * 100, proxySeed: random.int(1, 2 ** 31 - 1) };
  });
}
