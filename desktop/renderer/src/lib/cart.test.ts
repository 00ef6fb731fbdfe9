import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_MINOR } from '../../../../protocol/constants.ts';
import { linesTotalMinor } from '../../../../protocol/messages.ts';
import {
  type Cart,
  type CartAction,
  cartLines,
  cartReducer,
  cartTotalMinor,
  EMPTY_CART,
  MAX_CART_LINES,
} from './cart.ts';

const run = (actions: readonly CartAction[], from: Cart = EMPTY_CART) =>
  actions.reduce(cartReducer, from);
const add = (key: string, unitPriceMinor: number): CartAction => ({
  type: 'add',
  key,
  label: key,
  unitPriceMinor,
});

describe('cart', () => {
  it('adds items, counts repeats on one line and sums like the protocol', () => {
    const cart = run([add('bibimbap', 6_500), add('kimbap', 3_500), add('bibimbap', 6_500)]);
    expect(cart.lines.map((line) => [line.key, line.quantity])).toEqual([
      ['bibimbap', 2],
      ['kimbap', 1],
    ]);
    expect(cart.selected).toBe(0);
    expect(cartTotalMinor(cart)).toBe(16_500);
    expect(linesTotalMinor(cartLines(cart))).toBe(16_500);
  });

  it('+ and − change the last touched line; − never drops below one', () => {
    let cart = run([add('a', 100), add('b', 200), { type: 'step', by: 1 }]);
    expect(cart.lines[1]?.quantity).toBe(2);
    cart = run([{ type: 'step', by: -1 }, { type: 'step', by: -1 }], cart);
    expect(cart.lines[1]?.quantity).toBe(1);
    cart = run([{ type: 'step', index: 0, by: 1 }], cart);
    expect(cart.lines.map((line) => line.quantity)).toEqual([2, 1]);
    expect(run([{ type: 'step', by: 1 }])).toEqual(EMPTY_CART);
  });

  it('Delete removes the selected line and selects its neighbour', () => {
    let cart = run([add('a', 100), add('b', 200), add('c', 300)]);
    cart = cartReducer(cart, { type: 'step', index: 1, by: 1 });
    cart = cartReducer(cart, { type: 'remove' });
    expect(cart.lines.map((line) => line.key)).toEqual(['a', 'c']);
    expect(cart.selected).toBe(1);
    cart = run([{ type: 'remove' }, { type: 'remove' }, { type: 'remove' }], cart);
    expect(cart).toMatchObject({ lines: [], selected: null });
  });

  it('typed amounts are lines of their own', () => {
    const cart = run([
      { type: 'addAmount', label: 'Amount', amountMinor: 1_000 },
      { type: 'addAmount', label: 'Amount', amountMinor: 1_000 },
      { type: 'addAmount', label: 'Amount', amountMinor: 0 },
    ]);
    expect(cart.lines.map((line) => [line.key, line.quantity])).toEqual([
      ['amount:1', 1],
      ['amount:2', 1],
    ]);
  });

  it('ignores what would leave a payable cart: too many lines, too large a sum', () => {
    const full = run(Array.from({ length: MAX_CART_LINES + 5 }, (_, n) => add(`item-${n}`, 1)));
    expect(full.lines).toHaveLength(MAX_CART_LINES);
    const big = run([add('big', MAX_AMOUNT_MINOR)]);
    expect(run([add('big', MAX_AMOUNT_MINOR), { type: 'step', by: 1 }], big)).toEqual(big);
    expect(cartTotalMinor(big)).toBe(MAX_AMOUNT_MINOR);
  });
});
