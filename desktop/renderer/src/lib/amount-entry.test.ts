import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_MINOR } from '../../../../protocol/index.ts';
import {
  type AmountAction,
  type AmountKey,
  amountEntryReducer,
  isAmountKey,
} from './amount-entry.ts';

function typeKeys(keys: readonly AmountKey[], start = 0): number {
  return keys.reduce((amount, key) => amountEntryReducer(amount, { type: 'key', key }), start);
}

describe('amountEntryReducer', () => {
  it('types digits from the right', () => {
    expect(typeKeys(['1', '2', '5'])).toBe(125);
    expect(typeKeys(['4', '00'])).toBe(400);
  });

  it('ignores leading zeros', () => {
    expect(typeKeys(['0', '00', '7'])).toBe(7);
  });

  it('backspace drops the last digit; clear empties', () => {
    const backspace: AmountAction = { type: 'backspace' };
    expect(amountEntryReducer(125, backspace)).toBe(12);
    expect(amountEntryReducer(0, backspace)).toBe(0);
    expect(amountEntryReducer(125, { type: 'clear' })).toBe(0);
  });

  it('ignores a key that would pass the largest payment', () => {
    expect(typeKeys(['9'], MAX_AMOUNT_MINOR)).toBe(MAX_AMOUNT_MINOR);
    const nearMax = Math.floor(MAX_AMOUNT_MINOR / 10);
    expect(typeKeys(['00'], nearMax)).toBe(nearMax);
    const manyNines = typeKeys(Array.from({ length: 20 }, () => '9' as const));
    expect(manyNines).toBeLessThanOrEqual(MAX_AMOUNT_MINOR);
    expect(Number.isSafeInteger(manyNines)).toBe(true);
  });
});

describe('isAmountKey', () => {
  it('accepts single digits and 00 only', () => {
    expect(['0', '9', '00'].every(isAmountKey)).toBe(true);
    expect(['a', '000', '', '-1', 'Enter'].some(isAmountKey)).toBe(false);
  });
});
