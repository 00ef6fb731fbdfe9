import { describe, expect, it } from 'vitest';
import { chipOf, parseLines, parsePriceMinor } from './invoice-view.ts';

describe('invoice view helpers', () => {
  it('shows overdue instead of the stored status, and the status otherwise', () => {
    expect(chipOf({ status: 'viewed', overdue: true })).toBe('overdue');
    expect(chipOf({ status: 'partially_paid', overdue: false })).toBe('partially_paid');
    expect(chipOf({ status: 'paid', overdue: false })).toBe('paid');
  });

  it('reads prices in the currency’s minor units and refuses anything else', () => {
    expect(parsePriceMinor('30,000', 'KRW')).toBe(30_000);
    expect(parsePriceMinor('12.5', 'USD')).toBe(1_250);
    expect(parsePriceMinor('12.50', 'USD')).toBe(1_250);
    expect(parsePriceMinor('12.5', 'KRW')).toBeNull();
    expect(parsePriceMinor('1.234', 'USD')).toBeNull();
    expect(parsePriceMinor('0', 'KRW')).toBeNull();
    expect(parsePriceMinor('-5', 'KRW')).toBeNull();
    expect(parsePriceMinor('1e3', 'KRW')).toBeNull();
    expect(parsePriceMinor('', 'KRW')).toBeNull();
  });

  it('parses the form’s lines with their total, and refuses an incomplete line', () => {
    const lines = [
      { label: ' Piano lesson ', price: '30000', quantity: 2 },
      { label: 'Book', price: '12,000', quantity: 1 },
    ];
    expect(parseLines(lines, 'KRW')).toEqual({
      ok: true,
      lines: [
        { label: 'Piano lesson', quantity: 2, unitPriceMinor: 30_000 },
        { label: 'Book', quantity: 1, unitPriceMinor: 12_000 },
      ],
      totalMinor: 72_000,
    });
    expect(parseLines([{ label: '', price: '1', quantity: 1 }], 'KRW')).toEqual({ ok: false });
    expect(parseLines([{ label: 'x', price: 'abc', quantity: 1 }], 'KRW')).toEqual({ ok: false });
    expect(parseLines([], 'KRW')).toEqual({ ok: false });
  });
});
