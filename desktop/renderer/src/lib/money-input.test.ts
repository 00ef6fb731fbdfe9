import { describe, expect, it } from 'vitest';
import { moneyInputText, parseMoneyInput } from './money-input.ts';

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
