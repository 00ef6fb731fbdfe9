// One sale being put together: the cart and the amount being typed on the keypad. Pure, and
// so is the keyboard map: which key does what on the register, tested without a DOM.
import { type AmountAction, amountEntryReducer, isAmountKey } from './amount-entry.ts';
import { type Cart, type CartAction, cartReducer, EMPTY_CART } from './cart.ts';

export interface SaleState {
  readonly cart: Cart;
  /** Typed on the keypad, not yet a cart line. */
  readonly amountMinor: number;
}

export const EMPTY_SALE: SaleState = { cart: EMPTY_CART, amountMinor: 0 };

export type SaleAction =
  | { readonly type: 'cart'; readonly action: CartAction }
  | { readonly type: 'amount'; readonly action: AmountAction }
  /** The typed amount becomes a cart line labelled `label`. */
  | { readonly type: 'commitAmount'; readonly label: string }
  | { readonly type: 'replace'; readonly state: SaleState };

/** The sale with its typed amount moved into the cart (what Enter charges). */
export function withTypedAmount(sale: SaleState, label: string): SaleState {
  if (sale.amountMinor === 0) return sale;
  const cart = cartReducer(sale.cart, { type: 'addAmount', label, amountMinor: sale.amountMinor });
  // A cart that could not take the amount (full, or too large) keeps it on the keypad.
  return cart === sale.cart ? sale : { cart, amountMinor: 0 };
}

export function saleReducer(sale: SaleState, action: SaleAction): SaleState {
  switch (action.type) {
    case 'cart':
      return { ...sale, cart: cartReducer(sale.cart, action.action) };
    case 'amount':
      return { ...sale, amountMinor: amountEntryReducer(sale.amountMinor, action.action) };
    case 'commitAmount':
      return withTypedAmount(sale, action.label);
    case 'replace':
      return action.state;
  }
}

/** An item the register can add by its quick key. */
export interface QuickKeyed {
  readonly quickKey: string | null;
}

export type SaleKeyAction<TItem> =
  | SaleAction
  | { readonly type: 'addItem'; readonly item: TItem }
  | 'charge';

/**
 * What a key does on the register: a letter adds the item with that quick key; digits type
 * an amount; + and − change the selected line; Backspace edits the typed amount, or else
 * removes the selected line; Delete removes the selected line; Enter charges; Escape clears
 * the typed amount, or else the whole cart. Null: not the register's key.
 */
export function saleKeyAction<TItem extends QuickKeyed>(
  key: string,
  sale: SaleState,
  items: readonly TItem[],
): SaleKeyAction<TItem> | null {
  if (key === 'Enter') return 'charge';
  if (isAmountKey(key)) return { type: 'amount', action: { type: 'key', key } };
  if (key === '+' || key === '=') return { type: 'cart', action: { type: 'step', by: 1 } };
  if (key === '-') return { type: 'cart', action: { type: 'step', by: -1 } };
  if (key === 'Backspace') {
    return sale.amountMinor > 0
      ? { type: 'amount', action: { type: 'backspace' } }
      : { type: 'cart', action: { type: 'remove' } };
  }
  if (key === 'Delete') {
    return sale.cart.lines.length > 0
      ? { type: 'cart', action: { type: 'remove' } }
      : { type: 'amount', action: { type: 'clear' } };
  }
  if (key === 'Escape') {
    return sale.amountMinor > 0
      ? { type: 'amount', action: { type: 'clear' } }
      : { type: 'replace', state: EMPTY_SALE };
  }
  if (/^[a-z]$/i.test(key)) {
    const item = items.find((candidate) => candidate.quickKey === key.toUpperCase());
    return item ? { type: 'addItem', item } : null;
  }
  return null;
}
