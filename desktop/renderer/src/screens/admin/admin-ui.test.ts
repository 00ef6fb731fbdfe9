// The administrator's input parsing (amounts: lib/money-input.test.ts): fee rates
// to basis points, report ranges, and money.
import { describe, expect, it } from 'vitest';
import { money } from './admin-ui.ts';
import { percentToBasisPoints } from './FeesScreen.tsx';
import { rangeFits } from './ReportsScreen.tsx';

describe('percentToBasisPoints', () => {
  it('turns a percent with up to two decimals into basis points', () => {
    expect(percentToBasisPoints('2.5')).toBe(250);
    expect(percentToBasisPoints('0')).toBe(0);
    expect(percentToBasisPoints('100')).toBe(10_000);
    expect(percentToBasisPoints('1.25')).toBe(125);
  });

  it('refuses more than 100 %, three decimals and text', () => {
    expect(percentToBasisPoints('100.01')).toBeNull();
    expect(percentToBasisPoints('1.234')).toBeNull();
    expect(percentToBasisPoints('two')).toBeNull();
  });
});

describe('report ranges and days', () => {
  it('accepts one day up to 92 days, never reversed or empty', () => {
    expect(rangeFits('2026-11-01', '2026-11-01')).toBe(true);
    expect(rangeFits('2026-01-01', '2026-04-02')).toBe(true);
    expect(rangeFits('2026-01-01', '2026-04-03')).toBe(false);
    expect(rangeFits('2026-11-02', '2026-11-01')).toBe(false);
    expect(rangeFits('', '2026-11-01')).toBe(false);
  });

  it('formats known currencies with Intl and shows an unknown code as it is', () => {
    expect(money(4500, 'KRW', 'en-US')).toBe('₩4,500');
    expect(money(1250, 'USD', 'en-US')).toBe('$12.50');
    expect(money(7, 'XYZ', 'en-US')).toBe('7 XYZ');
  });
});
