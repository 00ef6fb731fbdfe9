// A price typed by a person ("6500", "6,500", "12.50") as integer minor units, parsed as
// text so no float ever touches it. Null when it is not an amount in this currency.
import { minorUnitExponent } from './money.ts';
import type { Currency } from '../../../../protocol/constants.ts';

export function parseMoneyInput(text: string, currency: Currency): number | null {
  const exponent = minorUnitExponent(currency);
  const cleaned = text.trim().replace(/[,\s₩$]/g, '');
  const pattern = exponent === 0 ? /^\d{1,13}$/ : new RegExp(`^\\d{1,11}(\\.\\d{1,${exponent}})?$`);
  if (!pattern.test(cleaned)) return null;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The inverse, for an edit form: 6500 KRW → "6500", 1250 USD → "12.50". */
export function moneyInputText(amountMinor: number, currency: Currency): string {
  const exponent = minorUnitExponent(currency);
  if (exponent === 0) return String(amountMinor);
  const padded = String(amountMinor).padStart(exponent + 1, '0');
  return `${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

/** What a money field keeps of a keystroke: digits, separators and the decimal point. */
export function moneyFieldText(typed: string): string {
  return typed.replace(/[^\d.,]/g, '').slice(0, 16);
}

/** A phone keyboard with a decimal point only where the currency has minor units. */
export function moneyInputMode(currency: Currency): 'numeric' | 'decimal' {
  return minorUnitExponent(currency) === 0 ? 'numeric' : 'decimal';
}
