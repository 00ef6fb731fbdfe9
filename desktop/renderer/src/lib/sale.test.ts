import { describe, expect, it } from 'vitest';
import { EMPTY_SALE, type SaleState, saleKeyAction, saleReducer, withTypedAmount } from './sale.ts';

const items = [
  { itemId: 'b', quickKey: 'B', name: 'Bibimbap', priceMinor: 6_500 },
  { itemId: 'c', quickKey: 'C', name: 'Coffee', priceMinor: 2_000 },
  { itemId: 'x', quickKey: null, name: 'No key', priceMinor: 1 },
];

/** Presses keys on the register as Register.tsx does, without a DOM. */
function press(keys: readonly string[], from: SaleState = EMPTY_SALE) {
  let sale = from;
  let charged = 0;
  for (const key of keys) {
    const action = saleKeyAction(key, sale, items);
    if (action === null) continue;
    if (action === 'charge') charged++;
    else if (action.type === 'addItem') {
      const { item } = action;
      const add = {
        type: 'add',
        key: item.itemId,
        label: item.name,
        unitPriceMinor: item.priceMinor,
      } as const;
      sale = saleReducer(sale, { type: 'cart', action: add });
    } else sale = saleReducer(sale, action);
  }
  return { sale, charged };
}

const summary = (sale: SaleState) =>
  sale.cart.lines.map((line) => `${line.label}×${line.quantity}`);

describe('register keys', () => {
  it('letters add items by quick key, either case; unknown letters do nothing', () => {
    const { sale } = press(['b', 'C', 'b', 'z', 'x']);
    expect(summary(sale)).toEqual(['Bibimbap×2', 'Coffee×1']);
  });

  it('+ / − change the last line, Delete and Backspace remove it', () => {
    expect(summary(press(['b', 'c', '+', '+', '-']).sale)).toEqual(['Bibimbap×1', 'Coffee×2']);
    expect(summary(press(['b', 'c', 'Delete']).sale)).toEqual(['Bibimbap×1']);
    expect(summary(press(['b', 'c', 'Backspace']).sale)).toEqual(['Bibimbap×1']);
  });

  it('digits type an amount; Backspace edits it before removing lines; Escape clears', () => {
    const typed = press(['b', '1', '2', '5', 'Backspace']).sale;
    expect(typed.amountMinor).toBe(12);
    expect(summary(typed)).toEqual(['Bibimbap×1']);
    expect(press(['Escape'], typed).sale.amountMinor).toBe(0);
    expect(summary(press(['Escape'], typed).sale)).toEqual(['Bibimbap×1']);
    expect(press(['Escape', 'Escape'], typed).sale).toEqual(EMPTY_SALE);
  });

  it('Enter charges; a typed amount joins the cart as its own line', () => {
    const { sale, charged } = press(['b', '5', '0', '0', 'Enter']);
    expect(charged).toBe(1);
    const ready = withTypedAmount(sale, 'Amount');
    expect(summary(ready)).toEqual(['Bibimbap×1', 'Amount×1']);
    expect(ready.amountMinor).toBe(0);
    expect(ready.cart.lines[1]?.unitPriceMinor).toBe(500);
    expect(withTypedAmount(ready, 'Amount')).toBe(ready);
  });

  it('leaves other keys to the page', () => {
    for (const key of ['Tab', 'F1', 'ArrowUp', 'Shift', ' ']) {
      expect(saleKeyAction(key, EMPTY_SALE, items)).toBeNull();
    }
  });
});
