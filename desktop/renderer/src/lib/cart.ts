// The register's cart: lines of catalog items or typed amounts, with quantities. Pure, so
// the keyboard rules (+ / − on the last line, Delete removes it) are tested without a DOM.
import { MAX_AMOUNT_MINOR } from '../../../../protocol/constants.ts';

/** What a signed payment request may carry (protocol lineSchema). */
export const MAX_CART_LINES = 100;
export const MAX_LINE_QUANTITY = 10_000;

export interface CartLine {
  /** The item's id, or `amount:<n>` for a typed amount (each its own line). */
  readonly key: string;
  readonly label: string;
  readonly unitPriceMinor: number;
  readonly quantity: number;
}

export interface Cart {
  readonly lines: readonly CartLine[];
  /** The line + and − act on: the one last added or changed. */
  readonly selected: number | null;
  /** Numbers the typed-amount lines. */
  readonly amountCount: number;
}

export type CartAction =
  | {
      readonly type: 'add';
      readonly key: string;
      readonly label: string;
      readonly unitPriceMinor: number;
    }
  | { readonly type: 'addAmount'; readonly label: string; readonly amountMinor: number }
  | { readonly type: 'step'; readonly index?: number; readonly by: 1 | -1 }
  | { readonly type: 'remove'; readonly index?: number }
  | { readonly type: 'clear' };

export const EMPTY_CART: Cart = { lines: [], selected: null, amountCount: 0 };

/** The cart's sum, or null when it would pass the largest payment. */
export function cartTotalMinor(cart: Cart): number | null {
  let total = 0;
  for (const line of cart.lines) {
    total += line.quantity * line.unitPriceMinor;
    if (total > MAX_AMOUNT_MINOR) return null;
  }
  return total;
}

function withLine(cart: Cart, index: number, line: CartLine): Cart {
  const lines = cart.lines.map((old, at) => (at === index ? line : old));
  return { ...cart, lines, selected: index };
}

function fits(cart: Cart, next: Cart): Cart {
  // A change that would make the cart unpayable is ignored, like a keypad digit too many.
  return cartTotalMinor(next) === null ? cart : next;
}

/** Next cart after `action`; anything out of bounds leaves the cart as it was. */
export function cartReducer(cart: Cart, action: CartAction): Cart {
  switch (action.type) {
    case 'clear':
      return EMPTY_CART;
    case 'add': {
      const index = cart.lines.findIndex((line) => line.key === action.key);
      const existing = cart.lines[index];
      if (existing) {
        if (existing.quantity >= MAX_LINE_QUANTITY) return cart;
        return fits(cart, withLine(cart, index, { ...existing, quantity: existing.quantity + 1 }));
      }
      if (cart.lines.length >= MAX_CART_LINES) return cart;
      const { key, label, unitPriceMinor } = action;
      const line = { key, label, unitPriceMinor, quantity: 1 };
      return fits(cart, { ...cart, lines: [...cart.lines, line], selected: cart.lines.length });
    }
    case 'addAmount': {
      if (action.amountMinor <= 0 || cart.lines.length >= MAX_CART_LINES) return cart;
      const count = cart.amountCount + 1;
      const line = {
        key: `amount:${count}`,
        label: action.label,
        unitPriceMinor: action.amountMinor,
        quantity: 1,
      };
      const lines = [...cart.lines, line];
      return fits(cart, { lines, selected: cart.lines.length, amountCount: count });
    }
    case 'step': {
      const index = action.index ?? cart.selected ?? cart.lines.length - 1;
      const line = cart.lines[index];
      if (!line) return cart;
      const quantity = line.quantity + action.by;
      // − on a single one keeps it: removing is Delete's job, never a slip of the minus key.
      if (quantity < 1 || quantity > MAX_LINE_QUANTITY) return { ...cart, selected: index };
      return fits(cart, withLine(cart, index, { ...line, quantity }));
    }
    case 'remove': {
      const index = action.index ?? cart.selected ?? cart.lines.length - 1;
      if (!cart.lines[index]) return cart;
      const lines = cart.lines.filter((_, at) => at !== index);
      const selected = lines.length === 0 ? null : Math.min(index, lines.length - 1);
      return { ...cart, lines, selected };
    }
  }
}

/** The lines a charge carries (protocol Line). */
export function cartLines(cart: Cart) {
  return cart.lines.map(({ label, quantity, unitPriceMinor }) => ({
    label,
    quantity,
    unitPriceMinor,
  }));
}
