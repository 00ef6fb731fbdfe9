// A table of an administrator's screen: a caption that names it, column headers for screen
// readers, numbers right-aligned, and its CSV export beside the caption.
import type { ReactNode } from 'react';
import type { CsvRequest } from '../../../../core/admin-tables.ts';
import { panel } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { CsvButton } from './CsvButton.tsx';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Right-aligned with tabular digits: amounts, counts, ratios. */
  readonly numeric?: boolean;
}

interface DataTableProps<Row> {
  readonly title: string;
  readonly testId: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[] | undefined;
  readonly rowKey: (row: Row) => string;
  /** What the CSV button exports: the same table and filter. */
  readonly csv: CsvRequest;
  /** A last row (totals), in the same columns. */
  readonly footer?: Row;
  readonly note?: string;
}

const cellClass = (numeric: boolean | undefined) =>
  `whitespace-nowrap px-2 py-2 ${numeric ? 'tabular text-right' : 'text-left'}`;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const t = useT();
  const { columns, rows, footer } = props;
  return (
    <section className={`${panel} flex flex-col gap-2 p-4`} data-testid={props.testId}>
      <div className="flex items-start justify-between gap-4">
        <div>
          <h3 className="text-xl font-bold">{props.title}</h3>
          {props.note !== undefined && <p className="text-sm text-slate-600">{props.note}</p>}
        </div>
        <CsvButton request={props.csv} title={props.title} testId={props.testId} />
      </div>
      {rows === undefined ? (
        <p className="text-slate-500">{t.admin.loading}</p>
      ) : rows.length === 0 ? (
        <p className="text-slate-500" data-testid={`${props.testId}-empty`}>
          {t.admin.noRows}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-base">
            <caption className="sr-only">{props.title}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={cellClass(column.numeric)}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={props.rowKey(row)} data-testid="admin-row"
                  className="border-b border-slate-100">
                  {columns.map((column) => (
                    <td key={column.header} className={cellClass(column.numeric)}>
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {footer !== undefined && (
              <tfoot>
                <tr data-testid="admin-total-row" className="border-t-2 border-slate-300 font-bold">
                  {columns.map((column) => (
                    <td key={column.header} className={cellClass(column.numeric)}>
                      {column.cell(footer)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
