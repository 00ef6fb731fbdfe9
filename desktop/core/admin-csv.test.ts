// The CSV writer: RFC 4180 quoting, UTF-8 with a byte order mark for Korean text, ISO
// instants, and the guard against cells a spreadsheet would run as formulas.
import { describe, expect, it } from 'vitest';
import { type CsvColumn, isoInstant, MAX_CSV_ROWS, toCsv } from './admin-csv.ts';

interface Row {
  readonly name: string;
  readonly amountMinor: number;
  readonly at: number | null;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'name', cell: (row) => row.name },
  { header: 'amount_minor', cell: (row) => row.amountMinor },
  { header: 'at', cell: (row) => isoInstant(row.at) },
];

const BOM = '\uFEFF';
const lines = (text: string) => text.replace(BOM, '').split('\r\n');

describe('toCsv', () => {
  it('writes a BOM, English headers and CRLF lines, money as integers', () => {
    const at = Date.UTC(2026, 10, 24, 3);
    const text = toCsv(COLUMNS, [{ name: 'Lunch', amountMinor: 4500, at }]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(lines(text)).toEqual([
      'name,amount_minor,at',
      'Lunch,4500,2026-11-24T03:00:00.000Z',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and keeps Korean text as it is', () => {
    const text = toCsv(COLUMNS, [
      { name: '김밥, 라면', amountMinor: 1, at: null },
      { name: 'the "best" tutor', amountMinor: 2, at: null },
      { name: 'two\nlines', amountMinor: 3, at: null },
    ]);
    expect(text).toContain('"김밥, 라면",1,\r\n');
    expect(text).toContain('"the ""best"" tutor",2,\r\n');
    expect(text).toContain('"two\nlines",3,\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    const names = ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tTab'];
    const text = toCsv(
      COLUMNS,
      names.map((name) => ({ name, amountMinor: 0, at: null })),
    );
    const cells = lines(text).slice(1, -1).map((line) => line.slice(0, line.lastIndexOf(',0,')));
    expect(cells).toEqual([`"'=HYPERLINK(""x"")"`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTab"]);
  });

  it('leaves negative amounts as numbers and empties nulls', () => {
    const text = toCsv(COLUMNS, [{ name: 'refund', amountMinor: -500, at: null }]);
    expect(lines(text)[1]).toBe('refund,-500,');
  });

  it('refuses more rows than its bound', () => {
    const row = { name: 'x', amountMinor: 1, at: null };
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, () => row);
    expect(() => toCsv(COLUMNS, rows)).toThrow(RangeError);
  });
});
