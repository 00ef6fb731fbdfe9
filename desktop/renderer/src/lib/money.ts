// Money at the edge: amounts are integer minor units everywhere; only here do they become
// text. The decimal string goes to Intl as a string, so no float ever touches an amount.
import { CURRENCY_MINOR_UNITS, type Currency } from '../../../../protocol/constants.ts';

/** Digits after the decimal point for `currency` (KRW 0, USD 2). */
export function minorUnitExponent(currency: Currency): number {
  return CURRENCY_MINOR_UNITS[currency];
}

/** A decimal number as text, which Intl.NumberFormat formats exactly. */
export type DecimalString = `${number}`;

/** 12345 with exponent 2 → "123.45"; with exponent 0 → "12345". Integers only. */
export function minorToDecimalString(amountMinor: number, exponent: number): DecimalString {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`not an integer amount: ${amountMinor}`);
  }
  const sign = amountMinor < 0 ? '-' : '';
  const padded = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? padded : padded.slice(0, -exponent);
  const text = exponent === 0 ? sign + whole : `${sign}${whole}.${padded.slice(-exponent)}`;
  // Built from digits, an optional sign and one point: TypeScript cannot see it is numeric.
  return text as DecimalString;
}

// Intl formatters are costly to build and the set of (locale, currency) pairs is tiny.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: Currency, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    const exponent = minorUnitExponent(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "₩1,500", "$12.50". `locale` undefined means the machine's locale. */
export function formatMoney(amountMinor: number, currency: Currency, locale?: string): string {
  const decimal = minorToDecimalString(amountMinor, minorUnitExponent(currency));
  return formatterFor(currency, locale).format(decimal);
}
