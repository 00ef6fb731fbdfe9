// The keypad's amount, as integer minor units typed from the right like a cash register:
// with USD, keys 1 2 5 give 1.25; with KRW they give 125.
import { MAX_AMOUNT_MINOR } from '../../../../protocol/constants.ts';

export type AmountKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00';

export type AmountAction =
  | { readonly type: 'key'; readonly key: AmountKey }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' };

export const DIGIT_KEYS: readonly AmountKey[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function isAmountKey(value: string): value is AmountKey {
  return value === '00' || (value.length === 1 && value >= '0' && value <= '9');
}

/**
 * Next amount after `action`. A key that would pass the largest payment is ignored rather
 * than clamped, so the cashier never charges an amount they did not type.
 */
export function amountEntryReducer(amountMinor: number, action: AmountAction): number {
  switch (action.type) {
    case 'clear':
      return 0;
    case 'backspace':
      return Math.floor(amountMinor / 10);
    case 'key': {
      const shift = action.key === '00' ? 100 : 10;
      const digit = action.key === '00' ? 0 : Number(action.key);
      // amountMinor ≤ MAX_AMOUNT_MINOR (1e12), so this stays far below 2^53.
      const next = amountMinor * shift + digit;
      return next > MAX_AMOUNT_MINOR ? amountMinor : next;
    }
  }
}
