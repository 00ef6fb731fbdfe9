import { describe, expect, it } from 'vitest';
import {
  moneyFieldText,
  moneyInputMode,
  moneyInputText,
  parseMoneyInput,
} from './money-input.ts';

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

describe('money fields (cash counts, refunds, the refund limit)', () => {
  it('read what is typed in the currency, and nothing while empty', () => {
    expect(parseMoneyInput(moneyFieldText('6500'), 'KRW')).toBe(6_500);
    expect(parseMoneyInput(moneyFieldText('6,500'), 'KRW')).toBe(6_500);
    expect(parseMoneyInput(moneyFieldText(''), 'KRW')).toBeNull();
    expect(parseMoneyInput(moneyFieldText('123456789012'), 'KRW')).toBe(123_456_789_012);
    // Dollars are typed as dollars: "12" is 1,200 cents, not 12 (it once was).
    expect(parseMoneyInput(moneyFieldText('12'), 'USD')).toBe(1_200);
    expect(parseMoneyInput(moneyFieldText('$12.50'), 'USD')).toBe(1_250);
  });

  it('keep digits, separators and the point, and ask for a decimal keyboard only for cents', () => {
    expect(moneyFieldText('₩ 6,5a00')).toBe('6,500');
    expect(moneyInputMode('KRW')).toBe('numeric');
    expect(moneyInputMode('USD')).toBe('decimal');
  });
});
