import { describe, expect, it } from 'vitest';
import { moneyInputText, parseMinor, parseMoneyInput } from './money-input.ts';

describe('money input', () => {
  it('reads whole won and cents exactly', () => {
    expect(parseMoneyInput('6500', 'KRW')).toBe(6_500);
    expect(parseMoneyInput(' 6,500 ', 'KRW')).toBe(6_500);
    expect(parseMoneyInput('12.5', 'USD')).toBe(1_250);
    expect(parseMoneyInput('0.07', 'USD')).toBe(7);
    expect(moneyInputText(1_250, 'USD')).toBe('12.50');
    expect(moneyInputText(6_500, 'KRW')).toBe('6500');
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1.5', '1e3', '12.345']) {
      const currency = text === '12.345' ? 'USD' : 'KRW';
      expect(parseMoneyInput(text, currency)).toBeNull();
    }
  });
});

describe('parseMoneyInput: the administrator’s amounts', () => {
  it('reads whole won and cents exactly', () => {
    expect(parseMoneyInput('4500', 'KRW')).toBe(4500);
    expect(parseMoneyInput('1,500', 'KRW')).toBe(1500);
    expect(parseMoneyInput('12.5', 'USD')).toBe(1250);
    expect(parseMoneyInput('0.07', 'USD')).toBe(7);
    expect(parseMoneyInput('3', 'USD')).toBe(300);
  });

  it('refuses decimals a currency does not have, signs, letters and the empty field', () => {
    for (const [text, currency] of [
      ['4500.5', 'KRW'],
      ['1.234', 'USD'],
      ['-5', 'KRW'],
      ['5e3', 'KRW'],
      ['', 'KRW'],
      ['12345678901234', 'KRW'],
    ] as const) {
      expect(parseMoneyInput(text, currency), text).toBeNull();
    }
  });
});

describe('parseMinor', () => {
  it('reads the digits typed as minor units, and nothing while empty', () => {
    expect(parseMinor('6500')).toBe(6_500);
    expect(parseMinor('6,500')).toBe(6_500);
    expect(parseMinor('')).toBeNull();
    expect(parseMinor('1234567890123')).toBe(123_456_789_012);
  });
});
