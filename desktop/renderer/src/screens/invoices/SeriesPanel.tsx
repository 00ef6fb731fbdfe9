// Weekly lessons: each series makes its next invoice by itself when the screen is opened.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EnrolledConsoleInfo } from '../../../../core/types.ts';
import { secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { EmptyLine, ErrorLine } from './ErrorLine.tsx';

export function SeriesPanel({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const series = useQuery(trpc.invoices.series.queryOptions());
  const students = useQuery(trpc.invoices.students.queryOptions());
  const stop = useMutation(
    trpc.invoices.stopSeries.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.invoices.series.queryKey() }),
    }),
  );
  const nameOf = (studentId: string) =>
    students.data?.find((student) => student.studentId === studentId)?.name ?? '';
  const active = (series.data ?? []).filter((row) => row.active);
  return (
    <section aria-labelledby="series-heading" className="flex flex-col gap-2">
      <h2 id="series-heading" className="text-2xl font-bold">{t.invoices.seriesHeading}</h2>
      <ErrorLine error={series.error ?? stop.error} />
      {series.isSuccess && active.length === 0 && <EmptyLine text={t.invoices.noSeries} />}
      <ul className="divide-y divide-slate-100">
        {active.map((row) => (
          <li key={row.seriesId} data-testid="series-row" data-next-day={row.nextDay}
            className="flex items-center justify-between gap-3 py-2">
            <span>
              {t.invoices.seriesLine(
                nameOf(row.studentId),
                formatMoney(row.totalMinor, info.currency, t.locale),
                row.everyWeeks,
                row.nextDay,
              )}
            </span>
            <button type="button" disabled={stop.isPending}
              onClick={() => stop.mutate({ seriesId: row.seriesId })}
              className={`${secondaryButton} h-9 px-3 text-sm`}>
              {t.invoices.stopSeries}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
