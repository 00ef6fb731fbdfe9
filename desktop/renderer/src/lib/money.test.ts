import { describe, expect, it } from 'vitest';
import { formatMoney, minorToDecimalString, minorUnitExponent } from './money.ts';

describe('minorToDecimalString', () => {
  it.each([
    [12345, 2, '123.45'],
    [5, 2, '0.05'],
    [0, 2, '0.00'],
    [-250, 2, '-2.50'],
    [1500, 0, '1500'],
    [1_000_000_000_000, 2, '10000000000.00'],
  ])('%i with exponent %i is %s', (amountMinor, exponent, expected) => {
    expect(minorToDecimalString(amountMinor, exponent)).toBe(expected);
  });

  it('refuses a fraction or an unsafe integer', () => {
    expect(() => minorToDecimalString(1.5, 2)).toThrow(RangeError);
    expect(() => minorToDecimalString(2 ** 53, 2)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('uses the currency exponent: KRW has no decimals, USD two', () => {
    expect(minorUnitExponent('KRW')).toBe(0);
    expect(formatMoney(1500, 'KRW', 'en-US')).toBe('₩1,500');
    expect(formatMoney(1250, 'USD', 'en-US')).toBe('$12.50');
    expect(formatMoney(7, 'EUR', 'en-US')).toBe('€0.07');
  });

  it('is exact where a float would not be', () => {
    // 0.1 + 0.2 style drift cannot happen: the amount reaches Intl as a decimal string.
    expect(formatMoney(999_999_999_999, 'USD', 'en-US')).toBe('$9,999,999,999.99');
  });
});
