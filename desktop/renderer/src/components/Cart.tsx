// The cart: one line per item (or typed amount) with its quantity, + / − and remove, and the
// total. The selected line is the one the + / − keys change.
import { type MouseEvent, useEffect, useRef } from 'react';
import type { Currency } from '../../../../protocol/constants.ts';
import { useT } from '../i18n/i18n-context.ts';
import {
  type CartAction,
  type CartLine,
  type Cart as CartState,
  cartTotalMinor,
} from '../lib/cart.ts';
import { formatMoney } from '../lib/money.ts';
import { focusRing } from './ui.ts';

const keepFocus = (event: MouseEvent) => event.preventDefault();
const smallButton = [
  focusRing,
  'size-10 shrink-0 rounded-xl bg-slate-200 text-2xl font-bold hover:bg-slate-300',
  'disabled:opacity-40',
].join(' ');

const totalClass =
  'flex items-baseline justify-between border-t-2 border-slate-200 pt-2 text-2xl font-bold';

interface CartProps {
  readonly cart: CartState;
  readonly currency: Currency;
  readonly onAction: (action: CartAction) => void;
  readonly disabled: boolean;
  /** A typed amount not yet in the cart: Enter charges it too, so the total shows it. */
  readonly pendingMinor: number;
}

interface LineProps {
  readonly line: CartLine;
  readonly index: number;
  readonly selected: boolean;
  readonly money: (amountMinor: number) => string;
  readonly onAction: (action: CartAction) => void;
  readonly disabled: boolean;
}

function Line({ line, index, selected, money, onAction, disabled }: LineProps) {
  const t = useT();
  const control = (label: string, text: string, action: CartAction, off: boolean, extra = '') => (
    <button type="button" aria-label={label} disabled={disabled || off} onMouseDown={keepFocus}
      onClick={() => onAction(action)} className={`${smallButton} ${extra}`}>
      {text}
    </button>
  );
  return (
    <li
      data-testid="cart-line"
      data-label={line.label}
      data-quantity={line.quantity}
      aria-current={selected ? 'true' : undefined}
      aria-label={t.catalog.quantityOf(line.label, line.quantity)}
      className={`flex items-center gap-2 rounded-xl px-2 py-1 ${
        selected ? 'bg-sky-50 ring-2 ring-sky-300' : ''
      }`}
    >
      <span className="min-w-0 flex-1">
        <span className="block truncate text-lg font-semibold">{line.label}</span>
        <span className="tabular text-sm text-slate-600">
          {line.quantity} × {money(line.unitPriceMinor)}
        </span>
      </span>
      {control(t.catalog.decrease(line.label), '−', { type: 'step', index, by: -1 },
        line.quantity <= 1)}
      <span className="tabular w-8 text-center text-xl font-bold">{line.quantity}</span>
      {control(t.catalog.increase(line.label), '+', { type: 'step', index, by: 1 }, false)}
      {control(t.catalog.removeLine(line.label), '×', { type: 'remove', index }, false,
        'bg-rose-100 text-rose-800 hover:bg-rose-200')}
    </li>
  );
}

export function Cart({ cart, currency, onAction, disabled, pendingMinor }: CartProps) {
  const t = useT();
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, t.locale);
  const total = (cartTotalMinor(cart) ?? 0) + pendingMinor;
  // The line + and − act on stays in sight when the cart is longer than its box.
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const selected = list.current?.querySelector('[aria-current="true"]');
    selected?.scrollIntoView({ block: 'nearest' });
  }, [cart.selected, cart.lines.length]);
  return (
    <section
      aria-label={t.catalog.cartRegion}
      data-testid="cart"
      className="flex min-h-16 flex-[2_1_0] flex-col gap-2"
    >
      {cart.lines.length === 0 ? (
        <p className="text-base text-slate-500">{t.catalog.cartEmpty}</p>
      ) : (
        <ul ref={list} className="flex min-h-0 flex-col gap-1 overflow-y-auto">
          {cart.lines.map((line, index) => (
            <Line key={line.key} line={line} index={index} selected={cart.selected === index}
              money={money} onAction={onAction} disabled={disabled} />
          ))}
        </ul>
      )}
      <p className={totalClass}>
        <span>{t.catalog.total}</span>
        <output data-testid="cart-total" data-total-minor={total} aria-live="polite"
          className="tabular">
          {money(total)}
        </output>
      </p>
    </section>
  );
}
