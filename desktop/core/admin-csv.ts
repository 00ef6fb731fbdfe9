// CSV text for the administrator's tables, made in the core so the renderer only saves it.
// Stable for spreadsheets: English headers, money as integer minor units with a currency
// column, instants as ISO 8601 UTC. Cells a spreadsheet would run as a formula (= + - @, tab,
// CR at the start) get a leading apostrophe; numbers are left alone, so -500 stays a number.
import { stringify } from 'csv-stringify/sync';

/** One column: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string | number | null;
}

/** Rows per export: a bound, far above what one admin table shows. */
export const MAX_CSV_ROWS = 50_000;

/** An instant (epoch ms) as ISO 8601 UTC; empty for "never". */
export function isoInstant(epochMs: number | null): string {
  return epochMs === null ? '' : new Date(epochMs).toISOString();
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  if (rows.length > MAX_CSV_ROWS) throw new RangeError(`more than ${MAX_CSV_ROWS} rows`);
  const records = rows.map((row) => columns.map((column) => column.cell(row) ?? ''));
  return stringify([columns.map((column) => column.header), ...records], {
    // A byte order mark makes spreadsheet programs read the UTF-8 (Korean names) as UTF-8.
    bom: true,
    // RFC 4180's line ending.
    record_delimiter: 'windows',
    // A cell holding a bare line break must be quoted too, or a reader splits the record.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
